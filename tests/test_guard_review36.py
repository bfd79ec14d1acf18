"""The twenty-second read-only review's finds against the thirty-sixth blind set's rules,
each on a text of our own that fails on the code before the mend: a site's navigation is
no list of other stories; a same-day word in the signing's sentence, or its dateline,
lets the page's date line date it; an unsigned agreement of another party or phase is no
copy; an event's day and venue stay its own where the signing went elsewhere or the next
day; a venue's name crosses "and" only to a building's word; a unit a signing sentence
names is a party; a body "of" a place turned with its "The", a full stop or three words
(the owner's venues, the main hall where someone only spoke and the unveilers' glosses and
halls are tested with the rules they mend, in ``test_guard_session36.py``)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.normalize import normalize_draft
from coopllm.schema import Agreement, Article, ExtractionDraft, Party

_DAY = dt.date(2025, 5, 20)


def test_a_sites_latest_news_line_is_no_list_of_other_stories() -> None:
    """A scraped page with single line breaks: "Latest News" over the whole article."""
    text = (
        "Beta University News\nHome\nLatest News\nAcme Robotics and Beta University sign MoU\n"
        "Updated: May 20, 2025\nAcme Robotics and Beta University on Tuesday signed a "
        "Memorandum of Understanding at the Harbour Hall.\nThe MoU was signed by Acme CEO Ann "
        "Vale and Beta president Ray Holt.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Acme Robotics", "Beta University"),
    )
    kept, _ = guarded(text, _DAY, given)
    assert [a.title for a in kept] == ["Memorandum of Understanding"]


@pytest.mark.parametrize(
    "lead",
    ["今晨，", "当天，", "本报讯 "],
)
def test_a_same_day_word_of_the_signing_keeps_the_pages_date(lead: str) -> None:
    text = (
        "青州市与华衡交投签约\n\n发布日期：2025-05-20\n\n"
        f"{lead}青州市人民政府与华衡交通投资集团有限公司签署战略合作框架协议。\n"
    )
    given = Agreement(
        title="战略合作框架协议",
        parties=named_parties("青州市人民政府", "华衡交通投资集团有限公司"),
        date_text="发布日期：2025-05-20",
        date_signed=_DAY,
    )
    (kept,), _ = guarded(text, _DAY, given)
    assert kept.date_signed == _DAY


_ORION = (
    "Beta University signed a Memorandum of Understanding with Orion Ltd on Monday, signed "
    "by Vice-Chancellor Ann Vale and Orion chief executive Ray Holt. {more}"
)


@pytest.mark.parametrize(
    ("more", "title", "parties"),
    [
        (
            "A similar memorandum was concluded with Delta Port, whose terms mirror it.",
            "Memorandum of Understanding",
            ("Beta University", "Delta Port"),
        ),
        (
            "The Phase II Memorandum of Understanding is to follow.",
            "Phase II Memorandum of Understanding",
            ("Beta University", "Orion Ltd"),
        ),
    ],
)
def test_an_unsigned_agreement_of_another_party_or_phase_is_no_copy(
    more: str, title: str, parties: tuple[str, str]
) -> None:
    signed = Agreement(
        title="Phase I Memorandum of Understanding"
        if "Phase" in more
        else "Memorandum of Understanding",
        parties=named_parties("Beta University", "Orion Ltd"),
        signatories=named_people("Ann Vale", "Ray Holt"),
    )
    text = _ORION.format(more=more)
    if "Phase" in more:
        text = text.replace("signed a Memorandum", "signed the Phase I Memorandum")
    other = Agreement(title=title, parties=named_parties(*parties))
    kept, _ = guarded(text, _DAY, signed, other)
    assert len(kept) == 2


_FAIR = (
    "对接会签下两份协议\n\n本月12日，第二届澜州医疗器械对接会在澜州国际会议中心举行。{signing}\n"
)


@pytest.mark.parametrize(
    "signing",
    [
        "会后，代表团前往远帆医疗总部，澜州市人民医院与远帆医疗科技有限公司签署两份协议。",
        "次日，澜州市人民医院与远帆医疗科技有限公司签署两份协议。",
        "签约仪式于澜州宾馆举行，澜州市人民医院与远帆医疗科技有限公司签署两份协议。",
        "签约仪式设在澜州宾馆，澜州市人民医院与远帆医疗科技有限公司签署两份协议。",
    ],
)
def test_a_signing_elsewhere_or_the_next_day_takes_not_the_events_day_and_venue(
    signing: str,
) -> None:
    given = Agreement(
        parties=named_parties("澜州市人民医院", "远帆医疗科技有限公司"),
        signatories=named_people("何宇", "许宁"),
    )
    (kept,), _ = guarded(_FAIR.format(signing=signing), dt.date(2025, 11, 19), given)
    assert kept.location != "澜州国际会议中心"
    assert kept.date_signed != dt.date(2025, 11, 12)


@pytest.mark.parametrize(
    "after",
    ["Tallis and Orion Energy will open an office there.", "Tallis and Greenport on Monday."],
)
def test_a_town_does_not_run_on_past_and_into_another_name(after: str) -> None:
    text = (
        "The Tallis Regional Government and Orion Energy signed a Strategic Cooperation "
        f"Agreement in {after} It was signed by premier Ann Vale and Orion chairman Ray Holt."
    )
    given = Agreement(
        title="Strategic Cooperation Agreement",
        parties=named_parties("Tallis Regional Government", "Orion Energy"),
        signatories=named_people("Ann Vale", "Ray Holt"),
        location="Tallis",
    )
    (kept,), _ = guarded(text, _DAY, given)
    assert kept.location == "Tallis"


def test_a_unit_a_signing_sentence_names_stays_the_party() -> None:
    text = (
        "海澜理工大学机器人研究院与博川医疗科技有限公司签订手术机器人研发项目合同，研究院为合同"
        "甲方。11月12日，海澜理工大学副校长刘芳与博川医疗科技有限公司副总经理周牧签署《手术机器人"
        "研发项目合同》。"
    )
    given = Agreement(
        title="手术机器人研发项目合同",
        parties=named_parties("海澜理工大学机器人研究院", "博川医疗科技有限公司"),
        signatories=named_people("刘芳", "周牧"),
    )
    (kept,), _ = guarded(text, dt.date(2025, 11, 19), given)
    assert kept.parties[0].name == "海澜理工大学机器人研究院"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("The County Council of Fenmoor", "Fenmoor County Council"),
        ("City Council of St. Albans", "St. Albans City Council"),
        ("County Council of North Fenmoor Vale", "North Fenmoor Vale County Council"),
    ],
)
def test_a_body_of_a_place_is_turned_with_its_the_a_full_stop_or_three_words(
    given: str, expected: str
) -> None:
    text = f"The university and {expected} signed the agreement."
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(parties=[Party(name=given)])])
    (agreement,) = normalize_draft(draft, text, written=lambda value: value in text).agreements
    assert [p.name for p in agreement.parties] == [expected]
