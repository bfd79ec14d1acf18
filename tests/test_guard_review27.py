"""A thirteenth read-only review's finds on the blind26 and blind27 rules, each a case the
first versions did worse on than the code before them (a review helper's texts, in our
words): a defined term's name read as "Limited" past a bracketed "(Holdings)"; a speaker
who then signs made no signer; a programme's 计划 read as a founding planned; another
ceremony's main hall to come taken as the venue; "本周五" put in the week before; a related
story's byline dating the page."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.dates import dateline_date, resolve_date
from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement


def test_a_defined_term_after_a_bracketed_word_is_the_whole_name() -> None:
    text = (
        'The board of Harwick Biologics (Holdings) Limited (the "Company") is pleased to '
        "announce that on 2 March 2025 the Company entered into a cooperation framework "
        "agreement with Lantern Pharma Co., Ltd. It was signed by Mr. Ivo Brandt and Ms. Mei Sato."
    )
    given = Agreement(
        title="cooperation framework agreement",
        parties=named_parties("Lantern Pharma Co., Ltd.", "The Company"),
        signatories=named_people("Ivo Brandt", "Mei Sato"),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 3, 3), given)
    assert "Limited" not in [p.name for p in kept.parties], warnings


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("鸿远科技董事长韦思成表示，公司将加大投入，并当场与市长孔德明签署了投资协议。", "韦思成"),
        ("会上，市长孔德明指出，项目意义重大，随即代表市政府与韦思成签署合作协议。", "孔德明"),
    ],
)
def test_a_speaker_who_then_signs_is_a_signer(text: str, name: str) -> None:
    assert Checker(SourceIndex(text)).has_evidence(name, "signatories", person=True)


def test_a_programmes_plan_puts_no_founding_to_come() -> None:
    text = "9月18日，青州市与鸿远科技在科技创新行动计划框架下签署合作协议，共建“青鸿联合实验室”。"
    assert Checker(SourceIndex(text)).founded("青鸿联合实验室")


def test_the_main_hall_of_a_ceremony_to_come_is_no_venue() -> None:
    text = (
        "青州签约\n\n9月18日，市长孔德明与董事长韦思成代表双方签署合作协议。"
        "据悉，下月举行的第二批项目集中签约仪式的主会场设在青州国际会展中心。"
    )
    given = Agreement(
        title="合作协议",
        parties=named_parties("青州市", "鸿远科技"),
        signatories=named_people("孔德明", "韦思成"),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 9, 19), given)
    assert kept.location is None, warnings


@pytest.mark.parametrize(
    ("said", "page"),
    [("本周五", dt.date(2025, 11, 27)), ("本周二", dt.date(2025, 11, 24))],
)
def test_a_day_of_this_week_after_the_page_is_none(said: str, page: dt.date) -> None:
    assert resolve_date(said, page) is None


def test_a_related_storys_byline_dates_no_page() -> None:
    text = (
        "Alder and Brook sign deal\n\n"
        "Alder Minerals and Brook Chemical on Monday signed a cathode venture agreement to "
        "build a plant in the port town of Carrow, the two companies said in a statement.\n\n"
        "Related stories\n\nBrook Chemical opens Perth office\n"
        "By Tom Reyes | 3 March 2024 | 2 min read\n"
    )
    assert dateline_date(text) is None


def test_a_with_clause_witnessing_with_no_object_is_a_witnesss() -> None:
    """A miss the thirteenth review found: "…, with Governor Arif Rahman witnessing."."""
    text = (
        "Grid memorandum signed\n\nOn Monday, Selat chief executive Sari Utami and Harbour "
        "director Owen Lim signed the grid memorandum, with Governor Arif Rahman witnessing."
    )
    given = Agreement(
        title="grid memorandum",
        parties=named_parties("Selat", "Harbour"),
        signatories=named_people("Sari Utami", "Owen Lim"),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 6, 3), given)
    assert [(p.name, p.title) for p in kept.witnesses] == [("Arif Rahman", "Governor")], warnings
