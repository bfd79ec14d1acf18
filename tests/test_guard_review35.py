"""The twenty-first read-only review's finds in the blind35 rules, each on a text of our
own that fails on the code before the mend: a bracket after a party's name is its alias
only where its initials or its words spell it; 我校 is the masthead's university, never
its partner's (the run-on witness lead's finds are in ``test_guard_blind35.py``); a
ceremony's day goes by a title only where no other agreement has it; a wire's
date line below blank lines dates the page."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, normalized

from coopllm.dates import dateline_date
from coopllm.schema import Agreement, Party


@pytest.mark.parametrize("bracket", ["(USA)", "(U.S.)", "(NYSE)", "(OS-500)"])
def test_a_places_an_exchanges_or_a_products_code_is_no_alias(bracket: str) -> None:
    text = f"Orion Storage Inc. {bracket} and Tallis Ferries Ltd. signed a Cooperation Agreement."
    given = Agreement(parties=named_parties("Orion Storage Inc.", "Tallis Ferries Ltd."))
    (agreement,) = normalized(text, given)
    assert agreement.parties[0].aliases == []


def test_a_bracket_after_a_longer_name_is_not_the_shorter_ones() -> None:
    text = "The Faculty of Engineering, University of Calderport (FEUC) signed the memorandum."
    (agreement,) = normalized(text, Agreement(parties=named_parties("University of Calderport")))
    assert agreement.parties[0].aliases == []


@pytest.mark.parametrize(
    "head",
    [
        "澄州理工大学新闻网\n\n我校与东澜大学签署战略合作协议\n",  # the partner is a party
        "东澜大学新闻学院代表团来访并与我校签约\n",  # a headline, no masthead
    ],
)
def test_our_school_is_never_the_partner_university(head: str) -> None:
    text = f"{head}\n我校与东澜大学签署战略合作协议。\n"
    given = Agreement(parties=named_parties("我校", "东澜大学"))
    (agreement,) = normalized(text, given)
    assert "东澜大学" not in [p.name for p in agreement.parties if "我校" in p.aliases]


def test_a_ceremonys_day_goes_by_a_title_only_where_no_other_agreement_has_it() -> None:
    """Two "Supply Contract"s: the one signed at a separate ceremony keeps its date."""
    text = (
        "Harbour Wire | Press Releases\n\nApr 17, 2025, 08:00 ET\n\n"
        "TALLIS, April 17, 2025 /Harbour Wire/ -- On April 14, Orion Storage Inc. and the Port "
        "of Tallis Authority signed a Cooperation Agreement at the port's terminal. At the "
        "same ceremony, Orion Grid LLC and the Port of Tallis Authority signed a Supply "
        "Contract for Terminal 2.\n\n"
        "Orion Grid LLC and the Port of Tallis Authority signed a second Supply Contract, for "
        "Terminal 3, at a separate ceremony in Kessington.\n"
    )
    april_14 = dt.date(2025, 4, 14)
    parties = named_parties("Orion Grid LLC", "Port of Tallis Authority")
    kept, warnings = guarded(
        text,
        dt.date(2025, 4, 17),
        Agreement(
            title="Cooperation Agreement",
            parties=named_parties("Orion Storage Inc.", "Port of Tallis Authority"),
            date_text="April 14",
            date_signed=april_14,
        ),
        Agreement(
            title="Supply Contract", parties=parties, date_text="April 14", date_signed=april_14
        ),
        Agreement(
            title="Supply Contract",
            parties=parties,
            date_text="Apr 17, 2025",
            date_signed=dt.date(2025, 4, 17),
        ),
    )
    assert kept[-1].date_signed != april_14, warnings


def test_a_wire_date_line_below_blank_lines_dates_the_page() -> None:
    text = (
        "Harbour Wire | Press Releases\n\nOrion and Tallis sign\n\nBatteries for berths\n\n"
        "NEWS PROVIDED BY\nOrion Storage Inc.\nApr 17, 2025, 08:00 ET\n\nOrion Storage Inc. "
        "today announced a Cooperation Agreement.\n"
    )
    assert dateline_date(text) == dt.date(2025, 4, 17)


def test_a_party_named_in_one_word_still_holds_a_body_named_after_it() -> None:
    """Only a one-word alias, not a one-word party name, lets a body holding it be added."""
    text = (
        "Kestrel Ltd. and Fraunhofer signed a cooperation agreement. Kestrel will fund the "
        "newly established Fraunhofer Hydrogen Centre.\n"
    )
    given = Agreement(
        title="cooperation agreement",
        parties=[Party(name="Kestrel Ltd."), Party(name="Fraunhofer")],
    )
    (kept,), warnings = guarded(text, dt.date(2025, 5, 7), given)
    assert kept.established_entities == [], warnings
