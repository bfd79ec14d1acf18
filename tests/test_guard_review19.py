"""A fifth read-only review, of the nineteenth set's rules against the code before them:
the cases where they did worse, each mended (see README, "A nineteenth blind set")."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties

from coopllm.dates import date_and_place
from coopllm.headline import headline
from coopllm.schema import Agreement, Signatory

PAGE = dt.date(2025, 5, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Orrin Ltd today unveiled a Cooperation Agreement it signed with Vesta plc last month.",
        "Orrin Ltd and Vesta plc signed a Cooperation Agreement to modernise today's grid.",
        "The Cooperation Agreement signed by Orrin Ltd and Vesta plc is still in force today.",
        "Orrin Ltd today revealed that it had signed a Cooperation Agreement with Vesta plc.",
    ],
)
def test_today_of_something_else_does_not_date_the_signing(text: str) -> None:
    """ "today" dates a signing only right before its verb or its place."""
    agreement = Agreement(
        title="Cooperation Agreement", parties=named_parties("Orrin Ltd", "Vesta plc")
    )
    (kept,), warnings = guarded(text, PAGE, agreement)
    assert kept.date_signed is None, warnings


@pytest.mark.parametrize(
    "text",
    [
        "Orrin Ltd and Vesta plc signed a Strategic Cooperation Agreement on Monday. Orrin Ltd "
        "and Kael Corp signed a Supply Contract. Orrin Ltd and Vesta plc also signed a talent "
        "training contract.",
        "Orrin Ltd and Vesta plc signed a Strategic Cooperation Agreement on Monday. At the same "
        "event, Orrin Ltd signed a Supply Contract with Kael Corp and a talent training contract "
        "with Vesta plc.",
    ],
)
def test_an_untitled_document_of_the_twins_parties_told_beside_another_stays(text: str) -> None:
    """A sentence telling another document is excused only by a party the shell has not,
    and not where it joins two documents."""
    agreements = [
        Agreement(
            title="Strategic Cooperation Agreement", parties=named_parties("Orrin Ltd", "Vesta plc")
        ),
        Agreement(title="Supply Contract", parties=named_parties("Orrin Ltd", "Kael Corp")),
        Agreement(parties=named_parties("Orrin Ltd", "Vesta plc")),
    ]
    kept, warnings = guarded(text, PAGE, *agreements)
    assert len(kept) == 3, warnings


def test_a_list_after_a_short_form_is_no_apposition() -> None:
    text = (
        "Halden University (HU), Vesta Technologies, and Kael Labs signed a tripartite "
        "Memorandum of Understanding on Monday."
    )
    names = ("Halden University", "Vesta Technologies", "Kael Labs")
    agreement = Agreement(title="Memorandum of Understanding", parties=named_parties(*names))
    (kept,), warnings = guarded(text, PAGE, agreement)
    assert [p.name for p in kept.parties] == list(names), warnings


@pytest.mark.parametrize(
    "text",
    [
        "Ministry of Health Signs Agreement With Orrin Pharma\nDeal to expand rural vaccine "
        "supply\n\nThe Ministry of Health signed a Cooperation Agreement with Orrin Pharma.",
        "Orrin Ltd Partners With Halden University\n\nOrrin Ltd signed a Memorandum of "
        "Understanding with Halden University on Monday in Leeds.",
    ],
)
def test_a_title_case_headline_naming_a_body_is_no_masthead(text: str) -> None:
    first = text.split("\n")[0]
    assert headline(first, text) == first
    assert headline(None, text) == first


@pytest.mark.parametrize(
    "text",
    [
        "In Singapore, Orrin Ltd chief executive Jane Roe told reporters the firm signed a "
        "Memorandum of Understanding with Vesta plc on Monday.",
        "In London, Orrin Ltd shares rose 5% on news it signed a Memorandum of Understanding "
        "with Vesta plc.",
        "In Europe, Orrin Ltd has signed a Memorandum of Understanding with Vesta plc.",
    ],
)
def test_a_place_opening_a_sentence_without_its_day_is_no_venue(text: str) -> None:
    agreement = Agreement(
        title="Memorandum of Understanding", parties=named_parties("Orrin Ltd", "Vesta plc")
    )
    (kept,), warnings = guarded(text, PAGE, agreement)
    assert kept.location is None, warnings


def test_a_separate_document_with_another_body_is_not_the_records() -> None:
    text = (
        "Orrin Ltd and Vesta plc signed a Memorandum of Understanding at a ceremony on Monday. "
        "At the same ceremony in Harbour House, Orrin Ltd and Kael Inc also signed a Supply "
        "Agreement. Vesta plc signed a separate Memorandum of Understanding at Delta Hall in "
        "Paris on Tuesday with Delta Corp."
    )
    mou = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Orrin Ltd", "Vesta plc"),
        location="Harbour House",
    )
    supply = Agreement(
        title="Supply Agreement",
        parties=named_parties("Orrin Ltd", "Kael Inc"),
        location="Harbour House",
    )
    (kept, _), warnings = guarded(text, PAGE, mou, supply)
    assert kept.location == "Harbour House", warnings


def test_cooperation_in_a_city_of_one_word_is_a_venue() -> None:
    text = (
        "The Ministry of Trade of Freedonia and the Ministry of Commerce of Sylvania signed an "
        "Agreement on Economic Cooperation in Hanoi on 5 May."
    )
    agreement = Agreement(
        title="Agreement on Economic Cooperation",
        parties=named_parties("Ministry of Trade of Freedonia", "Ministry of Commerce of Sylvania"),
    )
    (kept,), warnings = guarded(text, PAGE, agreement)
    assert kept.location == "Hanoi", warnings


def test_party_a_signed_is_a_signing() -> None:
    text = (
        "Orrin Ltd (Party A) and Vesta plc (Party B) held a ceremony at Harbour House on Monday. "
        "Li Ming of Party B and Wang Fang of Party A signed the Supply Contract."
    )
    agreement = Agreement(
        title="Supply Contract",
        parties=named_parties("Orrin Ltd", "Vesta plc"),
        signatories=[Signatory(name="Li Ming"), Signatory(name="Wang Fang")],
    )
    (kept,), warnings = guarded(text, PAGE, agreement)
    assert [p.name for p in kept.signatories] == ["Li Ming", "Wang Fang"], warnings


@pytest.mark.parametrize(
    "later",
    [
        "The deal follows the joint venture agreement under which Orrin Ltd and Delta Corp set "
        "up Kael Energy Co., Ltd.",
        "Vesta plc plans to explore a joint venture and may eventually establish Kael Energy "
        "Co., Ltd.",
    ],
)
def test_a_joint_venture_of_an_earlier_deal_or_a_plan_is_not_founded_here(later: str) -> None:
    text = f"Orrin Ltd and Vesta plc signed a Supply Agreement on Monday. {later}"
    agreement = Agreement(
        title="Supply Agreement",
        parties=named_parties("Orrin Ltd", "Vesta plc"),
        established_entities=["Kael Energy Co., Ltd."],
    )
    (kept,), warnings = guarded(text, PAGE, agreement)
    assert kept.established_entities == [], warnings


@pytest.mark.parametrize(
    ("words", "body"),
    [
        ("to establish the Joint Laboratory for Battery Recycling for Orrin Ltd and Vesta plc "
         "engineers", "Joint Laboratory for Battery Recycling"),
        ("under which they will set up the Innovation Centre for Smart Ports for Eastmoor City",
         "Innovation Centre for Smart Ports"),
    ],
)  # fmt: skip
def test_a_bodys_name_stops_before_whom_it_is_for(words: str, body: str) -> None:
    text = f"Orrin Ltd and Vesta plc signed a Memorandum of Understanding on Monday {words}."
    agreement = Agreement(
        title="Memorandum of Understanding", parties=named_parties("Orrin Ltd", "Vesta plc")
    )
    (kept,), warnings = guarded(text, PAGE, agreement)
    assert kept.established_entities == [body], warnings


def test_an_owner_by_its_name_keeps_its_venue() -> None:
    assert date_and_place("on Monday at a ceremony in the Savoy's Lancaster Room") == (
        "on Monday",
        "Savoy's Lancaster Room",
    )


def test_a_merged_title_keeps_the_day_its_sentence_writes() -> None:
    """The long title dated by the page's line, its tail by the signing's sentence."""
    text = (
        "甲公司与乙公司签约\n发布时间：2025-01-03 09:30\n"
        "上月28日，甲公司与乙公司在丙市签署《新能源项目投资协议》。"
    )
    parties = named_parties("甲公司", "乙公司")
    long = Agreement(
        title="新能源项目投资协议",
        date_text="2025-01-03",
        date_signed=dt.date(2025, 1, 3),
        parties=parties,
    )
    short = Agreement(
        title="投资协议", date_text="上月28日", date_signed=dt.date(2024, 12, 28), parties=parties
    )
    kept, warnings = guarded(text, dt.date(2025, 1, 3), long, short)
    assert [(a.title, a.date_signed) for a in kept] == [
        ("新能源项目投资协议", dt.date(2024, 12, 28))
    ], warnings
