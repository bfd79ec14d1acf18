"""Rules from the thirty-second blind set (``examples/blind32``), each on a text of our own
that fails on the code before them: a release's date line with a dash after it is the
page's, and the signing takes its own day ("yesterday"); a party that is two others named
together (a headline's words) is dropped; a witness of "both signings" named before their
role witnesses both; a body that "It sets up" is the agreement the sentence before names."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement
from coopllm.titles import listed_names


def test_a_date_line_with_a_dash_is_the_pages_and_the_signing_takes_its_own_day() -> None:
    """The blind32 ag05's: a release dated "June 12, 2025 —" on a line of its own, whose
    model gave that line's date for a signing its body tells as "yesterday"."""
    text = (
        "Orion and Ridgeport sign framework agreement on irrigation pilots\n"
        "PRESS RELEASE\n"
        "June 12, 2025 \u2014\n\n"
        "Orion Tools Inc. and Ridgeport University yesterday signed a Framework Agreement on "
        "Irrigation Pilots at an online ceremony.\n"
    )
    given = Agreement(
        title="Framework Agreement on Irrigation Pilots",
        parties=named_parties("Orion Tools Inc.", "Ridgeport University"),
        date_text="June 12",
        date_signed=dt.date(2025, 6, 12),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 6, 12), given)
    assert (kept.date_text, kept.date_signed) == ("yesterday", dt.date(2025, 6, 11)), warnings


def test_a_party_that_is_two_others_named_together_is_dropped() -> None:
    """The blind32 ag06's model gave the headline's "Council and Brightwater engineers"
    beside the two bodies it names; a joint venture's own name stays."""
    text = (
        "Council and Brightwater engineers sign flood modelling deal\n\n"
        "Harlow Vale District Council has signed a research agreement with the Brightwater "
        "University School of Civil Engineering. The Council and Brightwater Joint Venture "
        "will run it.\n"
    )
    council = "Harlow Vale District Council"
    school = "Brightwater University School of Civil Engineering"
    given = Agreement(
        title="research agreement",
        parties=named_parties("Council and Brightwater engineers", council, school),
    )
    (kept,), warnings = guarded(text, dt.date(2026, 1, 14), given)
    assert [p.name for p in kept.parties] == [council, school], warnings
    joint = "Council and Brightwater Joint Venture"
    given = Agreement(title="research agreement", parties=named_parties(joint, council, school))
    (kept,), warnings = guarded(text, dt.date(2026, 1, 14), given)
    assert [p.name for p in kept.parties] == [joint, council, school], warnings


def test_a_witness_of_both_signings_named_before_their_role_witnesses_both() -> None:
    """The blind32 ag04's model gave the minister who "witnessed both signings" to the
    first agreement alone."""
    text = (
        "Port signs two deals\n\n"
        "Orion Offshore AS signed a memorandum of understanding with Ridgeport Holdings Ltd, "
        "and a skills agreement with the University of Ridgeport.\n"
        "Owen Pryce, Minister for Energy and Coastal Communities, witnessed both signings.\n"
    )
    memorandum = Agreement(
        title="memorandum of understanding",
        parties=named_parties("Orion Offshore AS", "Ridgeport Holdings Ltd"),
        witnesses=named_people("Owen Pryce"),
    )
    skills = Agreement(
        title="skills agreement",
        parties=named_parties("Orion Offshore AS", "University of Ridgeport"),
    )
    kept, warnings = guarded(text, dt.date(2025, 3, 17), memorandum, skills)
    assert [[p.name for p in a.witnesses] for a in kept] == [["Owen Pryce"]] * 2, warnings


def test_a_name_before_its_role_outside_a_lead_is_read_only_for_a_known_person() -> None:
    clause = "Hong Kong, the dean of engineering, "
    assert listed_names(clause, clause, known={"Owen Pryce"}) == []
    clause = "Owen Pryce, Minister for Energy and Coastal Communities, "
    assert listed_names(clause, clause) == []
    assert listed_names(clause, clause, known={"Owen Pryce"}) == ["Owen Pryce"]


@pytest.mark.parametrize(
    ("closing", "founded"),
    [
        ("It sets up the Ridgeport Offshore Skills Centre, which will run technician training.",
         ["Ridgeport Offshore Skills Centre"]),
        # Not "This month" (the eighteenth review's find).
        ("This month the university also set up the Ridgeport Marine Robotics Lab with state "
         "funding.", []),
    ],
)  # fmt: skip
def test_a_body_that_it_sets_up_is_the_agreement_the_sentence_before_names(
    closing: str, founded: list[str]
) -> None:
    """The blind32 ag04's: "The second, a Skills Partnership Agreement, is between … It sets
    up the … Skills Centre", which the model left out."""
    text = (
        "Port signs two deals\n\n"
        "Orion Offshore AS signed two agreements on Thursday.\n"
        "The first, a Memorandum of Understanding on Port Services, was signed by Ada Reyes "
        "and Tom Hale.\n"
        "The second, a Skills Partnership Agreement, is between Orion Offshore AS and the "
        f"University of Ridgeport. {closing}\n"
    )
    memorandum = Agreement(
        title="Memorandum of Understanding on Port Services",
        parties=named_parties("Orion Offshore AS", "Ridgeport Holdings Ltd"),
    )
    skills = Agreement(
        title="Skills Partnership Agreement",
        parties=named_parties("Orion Offshore AS", "University of Ridgeport"),
    )
    kept, warnings = guarded(text, dt.date(2025, 3, 17), memorandum, skills)
    assert [a.established_entities for a in kept] == [[], founded], warnings
