"""Rules made from the sixty-first blind set's misses, each on a text of our own that fails
on the code before them: a party the model gave twice, once with "in" and a place after
its name, is one party; a room "at" the building the model gave, where the words of
signing introduce it, is the venue."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement


def test_a_party_given_again_with_its_place_is_one_party() -> None:
    text = (
        "Marafiki University and Brenner Foundation sign health pact\n\n"
        "Marafiki University in Kenya and the Brenner Foundation signed a memorandum of "
        "understanding last month.\n"
    )
    given = Agreement(
        parties=named_parties(
            "Marafiki University", "Brenner Foundation", "Marafiki University in Kenya"
        )
    )
    kept, _ = guarded(text, dt.date(2025, 11, 12), given)
    assert [p.name for p in kept[0].parties] == ["Marafiki University", "Brenner Foundation"]


def test_a_name_with_in_given_once_stays_whole() -> None:
    """Not the parent of a branch campus the article names too (a review's find)."""
    text = (
        "Northwestern University in Qatar and the Brenner Foundation signed a memorandum of "
        "understanding last month. Northwestern University in Qatar is a branch campus of "
        "Northwestern University.\n"
    )
    name = "Northwestern University in Qatar"
    given = Agreement(parties=named_parties(name, "Brenner Foundation"))
    kept, _ = guarded(text, dt.date(2025, 11, 12), given)
    assert kept[0].parties[0].name == name


_SIGNED_AT = (
    "The Shared Services Agreement was signed yesterday {place} by Councillor Ann Reed and "
    "Councillor Tom Hale{after}.\n"
)


@pytest.mark.parametrize(
    ("place", "after", "venue"),
    [
        ("in the Council Chamber at Holt Civic Centre", "", "Council Chamber at Holt Civic Centre"),
        # Not a room the sentence gives another event (a review's find).
        (
            "at Holt Civic Centre",
            ", after a public meeting in the Council Chamber at Holt Civic Centre",
            "Holt Civic Centre",
        ),
    ],
)
def test_the_room_at_the_building_the_model_gave_where_the_signing_was(
    place: str, after: str, venue: str
) -> None:
    given = Agreement(
        title="Shared Services Agreement",
        parties=named_parties("Ashby City Council", "Holt District Council"),
        signatories=named_people("Ann Reed", "Tom Hale"),
        location="Holt Civic Centre",
    )
    text = _SIGNED_AT.format(place=place, after=after)
    kept, _ = guarded(text, dt.date(2025, 10, 15), given)
    assert kept[0].location == venue
