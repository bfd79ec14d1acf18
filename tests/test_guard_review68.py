"""A review's finds in blind67's rules, each on a text of our own that the rules read wrong
before these mends: a related story's or a caption's date across a bar taken for the
page's; another deal's signing "earlier this month" taken for this one's; a sidelines
phrase of talks or a speech taken for the signing's; "signed up to 12 agreements" read as
no signing; a memorandum among counted documents, or a tripartite one, dropped as a
summary."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.dates import parse_published
from coopllm.schema import Agreement

_DAY = dt.date(2025, 5, 17)


@pytest.mark.parametrize(
    "line",
    [
        "See also: Kestrel and Beta Motors renew supply deal | March 3, 2025",
        "Photo: Jane Doe and John Roe hold up the agreement | May 6, 2025",
    ],
)
def test_a_link_or_a_caption_beside_a_date_is_no_date_line(line: str) -> None:
    text = (
        "Kestrel University and Acme Corp sign battery research agreement\n\n"
        f"{line}\n\n"
        "Kestrel University and Acme Corp on Tuesday signed a research agreement.\n"
    )
    assert parse_published(text) is None


def test_another_deals_signing_earlier_this_month_gives_no_venue() -> None:
    text = (
        "Kestrel University and Acme Corp sign research pact\n\n"
        "Kestrel University and Acme Corp on Friday signed a research agreement on battery "
        "materials.\n\n"
        "Earlier this month, Acme and Beta Motors signed a supply agreement at Mombasa City "
        "Hall.\n"
    )
    agreement = Agreement(
        title="research agreement", parties=named_parties("Kestrel University", "Acme Corp")
    )
    kept, _ = guarded(text, _DAY, agreement)
    assert kept[0].location is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The MoU, first discussed on the sidelines of the Baltic Ports Expo in Gdynia in May, "
        "was signed on Wednesday by Eva Lind and Per Dahl.",
        "Speaking on the sidelines of the Baltic Ports Expo in Gdynia, Eva Lind said the MoU "
        "she signed with Per Dahl on Tuesday would speed up the work.",
    ],
)
def test_talks_or_a_speech_on_the_sidelines_give_no_venue(sentence: str) -> None:
    agreement = Agreement(
        parties=named_parties("Norrvik", "Skarby"),
        signatories=named_people("Eva Lind", "Per Dahl"),
        location="Baltic Ports Expo in Gdynia",
    )
    kept, _ = guarded(f"Fuel cell makers sign MoU\n\n{sentence}\n", _DAY, agreement)
    assert kept[0].location is None


def test_a_signing_in_september_on_the_sidelines_is_at_the_event() -> None:
    text = (
        "Fuel cell makers sign MoU\n\n"
        "The MoU was signed in September on the sidelines of the Baltic Ports Expo in Gdynia "
        "by Eva Lind and Per Dahl.\n"
    )
    agreement = Agreement(
        parties=named_parties("Norrvik", "Skarby"),
        signatories=named_people("Eva Lind", "Per Dahl"),
        location="Baltic Ports Expo in Gdynia",
    )
    kept, _ = guarded(text, _DAY, agreement)
    assert kept[0].location == "Baltic Ports Expo in Gdynia"


def test_signed_up_to_a_count_of_agreements_is_a_signing() -> None:
    text = (
        "Two presidents sign deals\n\n"
        "Presidents Ana Ruto and Ben Oku on Tuesday signed up to 12 agreements worth $3 "
        "billion at State House.\n"
    )
    agreement = Agreement(
        parties=named_parties("Kenya", "Ruvia"), signatories=named_people("Ana Ruto", "Ben Oku")
    )
    kept, _ = guarded(text, _DAY, agreement)
    assert [p.name for p in kept[0].signatories] == ["Ana Ruto", "Ben Oku"]


def _three(summary_parties: tuple[str, ...]) -> tuple[Agreement, Agreement, Agreement]:
    summary = Agreement(
        parties=named_parties(*summary_parties),
        signatories=named_people("Jane Doe", "John Roe", "Sam Lee"),
    )
    lab = Agreement(
        title="Joint Laboratory Agreement",
        parties=named_parties("Kestrel University", "Acme Corp"),
        signatories=named_people("Jane Doe", "John Roe"),
    )
    talent = Agreement(
        title="Talent Training Agreement",
        parties=named_parties("Kestrel University", "Beta Energy"),
        signatories=named_people("Jane Doe", "Sam Lee"),
    )
    return summary, lab, talent


@pytest.mark.parametrize(
    "opening",
    [
        "Kestrel University, Acme Corp and Beta Energy signed three documents on Tuesday: a "
        "memorandum of understanding, the Joint Laboratory Agreement and the Talent Training "
        "Agreement.",
        "Kestrel University, Acme Corp and Beta Energy signed a tripartite cooperation "
        "agreement on Tuesday, and then the Joint Laboratory Agreement and the Talent Training "
        "Agreement.",
    ],
)
def test_a_counted_or_tripartite_document_is_no_summary(opening: str) -> None:
    text = (
        f"Three partners sign\n\n{opening} Jane Doe signed for the university, John Roe for "
        "Acme and Sam Lee for Beta.\n"
    )
    parties = ("Kestrel University", "Acme Corp", "Beta Energy")
    kept, _ = guarded(text, _DAY, *_three(parties))
    assert len(kept) == 3
