"""Rules made from the sixty-sixth blind set's misses, on texts of our own that fail on
the code before them: a title given with whom or where it was signed after the document's
name; a second signing's day counted from the first's ("A week later"); an owner's seat
written "the Authority's offices in Halden" or "NDWA headquarters in Nairobi"; a title's
"Capacity Building", which builds nothing; a Chinese party's name given with characters
left out of its middle."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.parties import zh_name_as_written
from coopllm.schema import Agreement

_TWO_SIGNINGS = (
    "Harbour robots maker signs two agreements\n"
    "Release: 20 November 2025\n\n"
    "Velmar Robotics Ltd. today announces two agreements.\n\n"
    "On 4 November, Velmar entered into a Cooperation Agreement on Quay Automation with the "
    "Port of Skarvik Authority. The agreement was signed at the Authority's offices in "
    "Skarvik by Velmar Chief Executive Officer Ines Dahl and the Authority's Chief "
    "Executive, Jon Berg.\n\n"
    "A week later, Velmar's Chief Operating Officer, Arjun Rao, and Lintel Freight plc's "
    "Managing Director, Ewa Nowak, signed a Framework Agreement for Yard Fleet Automation "
    "at Lintel's head office in Marbury.\n"
)


def _two_agreements(second_title: str) -> tuple[Agreement, Agreement]:
    first = Agreement(
        title="Cooperation Agreement on Quay Automation with the Port of Skarvik Authority",
        parties=named_parties("Velmar Robotics Ltd.", "Port of Skarvik Authority"),
        signatories=named_people("Ines Dahl", "Jon Berg"),
        date_text="On 4 November",
        date_signed=dt.date(2025, 11, 4),
    )
    second = Agreement(
        title=second_title,
        parties=named_parties("Velmar Robotics Ltd.", "Lintel Freight plc"),
        signatories=named_people("Arjun Rao", "Ewa Nowak"),
        date_text="On 4 November",
        date_signed=dt.date(2025, 11, 4),
    )
    return first, second


def test_whom_and_where_it_was_signed_are_no_part_of_a_title() -> None:
    both = _two_agreements(
        "Framework Agreement for Yard Fleet Automation at Lintel's head office in Marbury"
    )
    kept, _ = guarded(_TWO_SIGNINGS, dt.date(2025, 11, 20), *both)
    assert [a.title for a in kept] == [
        "Cooperation Agreement on Quay Automation",
        "Framework Agreement for Yard Fleet Automation",
    ]


def test_a_title_keeps_a_place_that_is_no_venue_of_the_signing() -> None:
    text = (
        "Polar institutes sign research accord\n\n"
        "The Skarvik Polar Institute and Marbury University signed an agreement at the "
        "institute's Aurora Hall on Monday. The Agreement on Research in Antarctica runs for "
        "five years.\n"
    )
    agreement = Agreement(
        title="Agreement on Research in Antarctica",
        parties=named_parties("Skarvik Polar Institute", "Marbury University"),
    )
    kept, _ = guarded(text, dt.date(2025, 11, 20), agreement)
    assert kept[0].title == "Agreement on Research in Antarctica"


def test_a_second_signings_day_counts_from_the_first() -> None:
    kept, _ = guarded(_TWO_SIGNINGS, dt.date(2025, 11, 20), *_two_agreements("Framework Agreement"))
    assert [(a.date_text, a.date_signed) for a in kept] == [
        ("On 4 November", dt.date(2025, 11, 4)),
        ("A week later", dt.date(2025, 11, 11)),
    ]


def test_an_owners_seat_in_its_town_is_each_signings_venue() -> None:
    kept, _ = guarded(_TWO_SIGNINGS, dt.date(2025, 11, 20), *_two_agreements("Framework Agreement"))
    assert [a.location for a in kept] == [
        "Authority's offices in Skarvik",
        "Lintel's head office in Marbury",
    ]


def test_an_owners_letters_before_its_headquarters_and_a_titles_capacity_building() -> None:
    text = (
        "University and water authority sign MoU\n"
        "Updated: October 14, 2025\n\n"
        "Marbury University of Technology and the National Dryland Water Board (NDWB) signed "
        'a "Memorandum of Understanding on Water Research and Capacity Building" on Friday '
        "at NDWB headquarters in Lodwar.\n"
    )
    agreement = Agreement(
        title="Memorandum of Understanding on Water Research and Capacity Building",
        parties=named_parties("Marbury University of Technology", "National Dryland Water Board"),
        location="NDWB headquarters in Lodwar",
    )
    kept, _ = guarded(text, dt.date(2025, 10, 14), agreement)
    assert kept[0].location == "NDWB headquarters in Lodwar"


def test_a_chinese_name_with_characters_left_out_is_taken_as_written() -> None:
    text = "9月26日，临港冷运物流集团有限公司与宁州市临港经济开发区管理委员会签署投资协议。"
    assert zh_name_as_written("临港冷运集团有限公司", text) == "临港冷运物流集团有限公司"
    assert zh_name_as_written("临港冷运物流集团有限公司", text) is None  # written as given
    assert zh_name_as_written("北港冷运集团有限公司", text) is None  # no such name
    two = text + "临港冷运仓储集团有限公司也到场。"
    assert zh_name_as_written("临港冷运集团有限公司", two) is None  # which of two


def test_the_towns_one_venue_of_the_signing_is_taken_over_the_town() -> None:
    """The blind50 ay04's shape: the model gave the town, the article the room and the
    building in it. The code before dropped the town (the building's "Building" read as
    what the deal builds) and took the one venue; now the town is a place of the signing,
    and the venue written in it is taken over it."""
    text = (
        "Training centre deal signed\n\n"
        "The Agreement on the Training Centre was signed in Meeting Room 4 on the second floor "
        "of the Regional Water Office Building in Tamsar. The Valley Farmers Union and Tamsar "
        "Polytechnic are its parties.\n"
    )
    agreement = Agreement(
        title="Agreement on the Training Centre",
        parties=named_parties("Valley Farmers Union", "Tamsar Polytechnic"),
        location="Tamsar",
    )
    kept, _ = guarded(text, dt.date(2025, 11, 12), agreement)
    assert kept[0].location == (
        "Meeting Room 4 on the second floor of the Regional Water Office Building in Tamsar"
    )
