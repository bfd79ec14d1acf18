"""Rules made from the seventy-second blind set's misses, on texts of our own that fail on
the code before them: a Chinese doing the model wrote after a name, a building of the
venue given as a party, and a venue where two ceremonies were held one after the other."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement, Signatory
from coopllm.titles import clean_people


@pytest.mark.parametrize(
    ("given", "name"),
    [
        ("孟立言见证签约", "孟立言"),
        ("孟立言見證簽約", "孟立言"),  # Traditional characters, read in Simplified
        ("Helen Marsh通过视频致辞", "Helen Marsh"),
        ("周可在", "周可"),
        ("王自强", "王自强"),  # a name alone stays
        ("见证", "见证"),  # no name left: as given, for the rules to judge
    ],
)
def test_a_chinese_doing_after_a_name_is_no_part_of_it(given: str, name: str) -> None:
    (cleaned,) = clean_people([Signatory(name=given)])
    assert cleaned.name == name


def test_a_building_of_the_venue_given_as_a_party_is_dropped() -> None:
    text = (
        "The agreement was signed on Thursday in the Kestrel Room of the Alder Engineering "
        "Building in Northfield by Northfield Polytechnic and Tamsin Robotics Ltd.\n"
    )
    agreement = Agreement(
        title="agreement",
        parties=named_parties(
            "Northfield Polytechnic",
            "Tamsin Robotics Ltd.",
            "Alder Engineering Building (Northfield)",
        ),
        location="Kestrel Room of the Alder Engineering Building in Northfield",
    )
    kept, warnings = guarded(text, dt.date(2025, 9, 22), agreement)
    assert [p.name for p in kept[0].parties] == ["Northfield Polytechnic", "Tamsin Robotics Ltd."]
    assert any("a building of the signing's venue" in w for w in warnings)


def test_a_body_whose_name_the_venue_writes_stays_a_party() -> None:
    text = (
        "The agreement was signed on Thursday at the Alder Research Centre in Northfield by "
        "the Alder Research Centre and Tamsin Robotics Ltd.\n"
    )
    agreement = Agreement(
        title="agreement",
        parties=named_parties("Alder Research Centre", "Tamsin Robotics Ltd."),
        location="Alder Research Centre in Northfield",
    )
    kept, _ = guarded(text, dt.date(2025, 9, 22), agreement)
    assert [p.name for p in kept[0].parties] == ["Alder Research Centre", "Tamsin Robotics Ltd."]


def test_a_venue_where_two_ceremonies_were_held_one_after_the_other() -> None:
    text = (
        "上周五，江州市第一人民医院在住院部九楼报告厅先后举行两场签约仪式，与华澄医疗科技有限公司签署"
        "《智慧医院建设合作协议》。\n"
    )
    checker = Checker(SourceIndex(text)).dated(dt.date(2025, 11, 18))
    assert checker.signing_venues() == ["住院部九楼报告厅"]
