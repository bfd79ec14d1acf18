"""Rules made from the sixty-first blind set's misses, each on a text of our own that fails
on the code before them: a body's name the model gave with "in" and a place after it is
the name the article writes alone too; a room "at" the building the model gave, where the
signing's sentence writes it, is the venue."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement


def test_a_bodys_place_after_its_name_goes_where_the_article_writes_it_alone() -> None:
    text = (
        "Marafiki University and Brenner Foundation sign health pact\n\n"
        "Marafiki University in Kenya and the Brenner Foundation signed a memorandum of "
        "understanding last month.\n"
    )
    given = Agreement(parties=named_parties("Marafiki University in Kenya", "Brenner Foundation"))
    kept, _ = guarded(text, dt.date(2025, 11, 12), given)
    assert [p.name for p in kept[0].parties] == ["Marafiki University", "Brenner Foundation"]


def test_a_name_written_with_its_place_every_time_stays_whole() -> None:
    text = (
        "Czech Technical University in Prague and the Brenner Foundation signed a memorandum "
        "of understanding last month.\n"
    )
    name = "Czech Technical University in Prague"
    given = Agreement(parties=named_parties(name, "Brenner Foundation"))
    kept, _ = guarded(text, dt.date(2025, 11, 12), given)
    assert kept[0].parties[0].name == name


def test_the_room_at_the_building_the_model_gave_is_the_venue() -> None:
    text = (
        "The Shared Services Agreement was signed yesterday in the Council Chamber at Holt Civic "
        "Centre by Councillor Ann Reed and Councillor Tom Hale.\n"
    )
    given = Agreement(
        title="Shared Services Agreement",
        parties=named_parties("Ashby City Council", "Holt District Council"),
        signatories=named_people("Ann Reed", "Tom Hale"),
        location="Holt Civic Centre",
    )
    kept, _ = guarded(text, dt.date(2025, 10, 15), given)
    assert kept[0].location == "Council Chamber at Holt Civic Centre"
