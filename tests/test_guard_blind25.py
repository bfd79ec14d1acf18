"""Rules from the twenty-fifth blind set (``examples/blind25``), each on a text of our own
that fails on the code before them: witnesses named before "出席仪式", whose 见证 opens the
next clause ("…出席仪式，并共同见证…")."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement

FAIR = (
    "青岚市举行重点项目集中签约仪式\n\n"
    "5月8日上午，青岚市重点项目集中签约仪式在青岚会议中心举行。市委书记梁国栋，副市长唐雅丽出席"
    "仪式，并共同见证签约。青岚高新区管委会主任孔德明与鸿远科技董事长韦思成签署了"
    "《智能装备产业园合作协议》。\n"
)

PARK = Agreement(
    title="智能装备产业园合作协议",
    agreement_type="cooperation_agreement",
    parties=named_parties("青岚高新区管委会", "鸿远科技"),
    signatories=named_people("孔德明", "韦思成"),
)
"""The draft's one agreement, its witnesses left out."""


def test_witnesses_named_before_attending_then_witnessing_in_the_next_clause() -> None:
    """The blind25 z02's "市委副书记、市长何振邦，副市长罗静怡出席仪式，并共同见证三项合作协议
    签署", whose two witnesses the model left out: the clause before 见证 held "并共同" alone."""
    (kept,), warnings = guarded(FAIR, dt.date(2025, 5, 8), PARK)
    assert [w.name for w in kept.witnesses] == ["梁国栋", "唐雅丽"], warnings


def test_a_clause_of_attending_without_witnessing_adds_no_witness() -> None:
    """Attending alone is no witnessing: "…出席仪式，并致辞" names no witness."""
    text = FAIR.replace("并共同见证签约", "并发表讲话")
    (kept,), warnings = guarded(text, dt.date(2025, 5, 8), PARK)
    assert kept.witnesses == [], warnings


def test_attending_then_witnessing_no_signing_is_no_witness_evidence() -> None:
    """ "…出席仪式，并共同见证了两校的友谊" witnesses a friendship, not a signing."""
    text = "副省长王海涛，校长林涛出席仪式，并共同见证了两校的友谊。随后双方签署协议。"
    checker = Checker(SourceIndex(text))
    assert not checker.states("王海涛", "witnesses")
    assert Checker(SourceIndex(FAIR)).states("梁国栋", "witnesses")
