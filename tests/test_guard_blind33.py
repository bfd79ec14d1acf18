"""Rules from the thirty-third blind set (``examples/blind33``), each on a text of our own
that fails on the code before them: a founded body and a facilitator the model gave with
their bracketed abbreviation are named without it; "a deal put together by X" is
facilitating; "三方计划…，于…签署" is a signing to come; a role after a name may open with a
possessive ("Kell's Consul General"); a province's government without its 人民 is its
short form."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.guard.reading import signed_now
from coopllm.normalize import normalize_draft
from coopllm.parties import zh_short_form
from coopllm.schema import Agreement, Article, ExtractionDraft
from coopllm.titles import listed_names

TEXT = (
    "Chamber-brokered deal sets up marine coatings test centre\n\n"
    "A paint maker and a materials company have agreed to build a laboratory, in a deal put "
    "together by the Kell-China Chamber of Commerce (KCCC).\n"
    "Orion Coatings Ltd and Ridge New Materials Co., Ltd. signed the Agreement on the "
    "Joint Centre for Coatings Testing yesterday. It was signed by Tomas Hale and Wu Jia. "
    "Henrik Dahl, chairman of the KCCC, and Liv Aas, Kell's Consul General in Shanghai, "
    "witnessed the signing.\n"
    "The Joint Centre for Coatings Testing (JCCT) will open in Zhoushan.\n"
)


def test_a_founded_body_and_a_facilitator_are_named_without_their_abbreviation() -> None:
    agreement = Agreement(
        title="Agreement on the Joint Centre for Coatings Testing",
        established_entities=["Joint Centre for Coatings Testing (JCCT)"],
        facilitators=["Kell-China Chamber of Commerce (KCCC)"],
    )
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    (normalized,) = normalize_draft(draft, TEXT).agreements
    assert normalized.established_entities == ["Joint Centre for Coatings Testing"]
    assert normalized.facilitators == ["Kell-China Chamber of Commerce"]


def test_a_deal_put_together_by_a_body_is_facilitated() -> None:
    given = Agreement(
        title="Agreement on the Joint Centre for Coatings Testing",
        parties=named_parties("Orion Coatings Ltd", "Ridge New Materials Co., Ltd."),
        signatories=named_people("Tomas Hale", "Wu Jia"),
        facilitators=["Kell-China Chamber of Commerce"],
    )
    (kept,), warnings = guarded(TEXT, dt.date(2026, 2, 4), given)
    assert kept.facilitators == ["Kell-China Chamber of Commerce"], warnings


def test_a_role_after_a_name_may_open_with_a_possessive() -> None:
    clause = "Henrik Dahl, chairman of the KCCC, and Liv Aas, Kell's Consul General in Shanghai"
    assert listed_names(clause, TEXT, led=True) == ["Henrik Dahl", "Liv Aas"]


def test_a_plan_then_a_clause_then_the_time_is_a_signing_to_come() -> None:
    assert not signed_now("三方计划在此次协议基础上，于今年二季度签署共建“丙实验室”的专项协议。")
    assert signed_now("双方在平等互利的基础上，于12月30日签署协议。")


def test_a_provinces_government_without_its_renmin_is_its_short_form() -> None:
    """The blind33 ah01's model gave an untitled agreement of the headline's "甲省政府"
    beside the titled one of "甲省人民政府": one signing, whose untitled copy goes."""
    assert zh_short_form("甲省政府", "甲省人民政府")
    assert not zh_short_form("甲省政府", "甲省乙县人民政府")
    text = (
        "甲省政府与乙能源集团共建“甲省氢能研究院”\n\n"
        "本月10日上午，甲省人民政府与乙能源投资集团有限公司（以下简称“乙能源集团”）在丙市举行签约仪式。"
        "双方签署了《关于共建甲省氢能研究院的协议》。\n"
        "副省长陈立与乙能源集团董事长韩东分别代表双方签字。\n"
    )
    shell = Agreement(parties=named_parties("甲省政府", "乙能源投资集团有限公司"))
    titled = Agreement(
        title="关于共建甲省氢能研究院的协议",
        parties=named_parties("甲省人民政府", "乙能源集团"),
        signatories=named_people("陈立", "韩东"),
    )
    kept, warnings = guarded(text, dt.date(2025, 9, 12), shell, titled)
    assert [a.title for a in kept] == ["关于共建甲省氢能研究院的协议"], warnings
