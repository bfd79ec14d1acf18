"""Rules made from the fifty-seventh blind set's misses, each on a text of our own that fails
on the code before them: a body the agreement has its parties build, unquoted, its short
form bracketed after it, is its founded body, and its unveilers by that short form its
witnesses; a room in lower case of a named building after "signed … in the" is the venue,
over a town the sentence writes only as an owner's ("Erlenbrück's Lord Mayor")."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement

_INSTITUTE = (
    "12月2日上午，北岭省科学技术厅、临江市人民政府、北岭理工大学三方共建研究院合作协议签约仪式在北岭"
    "会堂举行。副厅长吴海、副市长彭群、校长唐敬分别代表三方签署协议。\n\n"
    "根据协议，三方将共同建设北岭省先进材料研究院（以下简称“材料研究院”）。\n\n"
    "当天下午，副省长方明、临江市委书记钱东共同为材料研究院揭牌。\n"
)


def test_a_body_the_agreement_builds_unquoted_is_founded_and_its_unveilers_witness() -> None:
    given = Agreement(
        title="研究院合作协议",
        parties=named_parties("北岭省科学技术厅", "临江市人民政府", "北岭理工大学"),
        signatories=named_people("吴海", "彭群", "唐敬"),
    )
    kept, _ = guarded(_INSTITUTE, dt.date(2025, 12, 3), given)
    assert kept[0].established_entities == ["北岭省先进材料研究院"]
    assert [p.name for p in kept[0].witnesses] == ["方明", "钱东"]


_CHAMBER = (
    "HARWICK - Harwick Mayor Ada Reyes and Erlenbrück's Lord Mayor Omar Haddad signed the "
    "Friendship Agreement between Harwick City Council and the City of Erlenbrück on 9 October "
    "in the council chamber of Erlenbrück Town Hall.\n"
)


def _given_the_town() -> Agreement:
    """The agreement as the model gave it, its place the town."""
    return Agreement(
        title="Friendship Agreement",
        parties=named_parties("Harwick City Council", "City of Erlenbrück"),
        signatories=named_people("Ada Reyes", "Omar Haddad"),
        location="Erlenbrück",
    )


def test_a_room_of_a_named_building_is_the_venue_over_an_owners_town() -> None:
    kept, _ = guarded(_CHAMBER, dt.date(2025, 10, 14), _given_the_town())
    assert kept[0].location == "council chamber of Erlenbrück Town Hall"


def test_a_town_written_after_in_stays_the_given_place() -> None:
    text = _CHAMBER.replace(
        "on 9 October in the council chamber of Erlenbrück Town Hall",
        ("on 9 October in Erlenbrück, in the council chamber of the Old Town Hall"),
    )
    kept, _ = guarded(text, dt.date(2025, 10, 14), _given_the_town())
    assert kept[0].location == "Erlenbrück"
