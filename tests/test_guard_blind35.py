"""Rules from the thirty-fifth blind set (``examples/blind35``), each on a text of our own
that fails on the code before them: a wire release's head (a date line with its time and
zone, blank lines between, a dateline with the wire's name between slashes) dates the
page; a short form the text brackets after a party's name is its alias; an agreement
signed "at the same ceremony", given the page's date, takes the ceremony's day; a
university's own page's 我校 is the university (the witness lead's run-on past 随后 is
tested in ``test_guard_blind34.py``)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people, normalized

from coopllm.dates import dateline_date, only_on_the_page_date_line
from coopllm.schema import Agreement, Party

_WIRE = (
    "Harbour Wire | Press Releases\n\n"
    "Orion Storage and Port of Tallis sign cooperation agreement\n\n"
    "Batteries for the cruise berths\n\n"
    "NEWS PROVIDED BY\n"
    "Orion Storage Inc.\n"
    "Apr 17, 2025, 08:00 ET\n\n"
    'TALLIS, April 17, 2025 /Harbour Wire/ -- Orion Storage Inc. ("Orion") and the Port '
    "of Tallis Authority today announced a Cooperation Agreement.\n\n"
    "The agreement was signed on the 14th at the port's terminal by Orion Chief Executive "
    "Ann Vale and Port of Tallis Authority Director Ray Holt. At the same ceremony, Orion "
    "Grid LLC signed a "
    "Supply Contract with the Port of Tallis Authority.\n"
)


def test_a_wire_releases_head_dates_the_page() -> None:
    """The blind35 aj06's: its date line (a time and its zone, the head spaced out) and its
    dateline ("/Meridian Newswire/ --") were not read, so the page had no date."""
    assert only_on_the_page_date_line("Apr 17, 2025", _WIRE)
    assert dateline_date(_WIRE) == dt.date(2025, 4, 17)


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        (_WIRE, ["Orion"]),
        ("Orion Storage Inc. (Beijing) signed.", []),  # a place
        ("Orion Storage Inc.（以下简称“奥瑞”）签约。", []),  # the guard reads a Chinese one
    ],
)
def test_a_short_form_bracketed_after_a_partys_name_is_its_alias(
    text: str, aliases: list[str]
) -> None:
    given = Agreement(parties=[Party(name="Orion Storage Inc.")])
    (agreement,) = normalized(text, given)
    assert agreement.parties[0].aliases == aliases


def test_a_page_dated_agreement_signed_at_the_same_ceremony_takes_its_day() -> None:
    """The blind35 aj06's contract, whose model gave the wire's "Apr 17, 2025"."""
    parties = [Party(name="Orion Storage Inc.", aliases=["Orion"])]
    cooperation = Agreement(
        title="Cooperation Agreement",
        parties=[*parties, *named_parties("Port of Tallis Authority")],
        signatories=named_people("Ann Vale", "Ray Holt"),
        date_text="Apr 17, 2025",
        date_signed=dt.date(2025, 4, 17),
    )
    supply = Agreement(
        title="Supply Contract",
        parties=named_parties("Orion Grid LLC", "Port of Tallis Authority"),
        date_text="Apr 17, 2025",
        date_signed=dt.date(2025, 4, 17),
    )
    kept, warnings = guarded(_WIRE, dt.date(2025, 4, 17), cooperation, supply)
    assert [a.date_signed for a in kept] == [dt.date(2025, 4, 14)] * 2, warnings


@pytest.mark.parametrize(
    ("text", "school"),
    [
        (
            "澄州理工大学新闻网\n\n我校与青屿水务集团签署协议\n\n我校与青屿水务集团签约。\n",
            "澄州理工大学",
        ),
        ("我校与青屿水务集团签约。\n", None),  # no university named anywhere
    ],
)
def test_our_school_is_the_university_the_page_names(text: str, school: str | None) -> None:
    """The blind35 aj01's "我校", given beside a copy of the agreement with the name."""
    given = Agreement(parties=named_parties("我校", "青屿水务集团"))
    (agreement,) = normalized(text, given)
    assert agreement.parties[0].name == (school or "我校")


def test_a_joint_body_named_after_a_partys_one_word_short_name_is_founded() -> None:
    """With short forms now read from the text ("Harwick"), the blind9 j05's test centre,
    which holds that word, was taken for the party and no longer added."""
    text = (
        'Harwick Energy Systems, Inc. ("Harwick") and the Calloway Institute of Technology '
        "(CIT) signed a Joint Development Agreement under which the two organisations will "
        "co-build the Harwick-CIT Electrolyser Test Centre.\n"
    )
    given = Agreement(
        title="Joint Development Agreement",
        parties=[
            Party(name="Harwick Energy Systems, Inc.", aliases=["Harwick"]),
            Party(name="Calloway Institute of Technology", aliases=["CIT"]),
        ],
    )
    (kept,), warnings = guarded(text, dt.date(2025, 5, 7), given)
    assert kept.established_entities == ["Harwick-CIT Electrolyser Test Centre"], warnings
