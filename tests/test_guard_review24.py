"""A tenth read-only review, of the twenty-fourth set's rules: cases where they did worse
than the code before them, each on a text of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement, Party
from coopllm.titles import name_ending, split_title

DAY = dt.date(2025, 6, 6)


def test_a_person_named_like_a_town_given_as_a_party_stays_a_signer() -> None:
    """ "董事长陈国镇" given as a party and a signer: the party goes, the signer stays
    (a three-character name ending in 镇 is no company's)."""
    text = (
        "华澄公司与乙大学签约\n\n"
        "6月5日，华澄公司董事长陈国镇与乙大学校长李明代表双方签署战略合作协议。\n"
    )
    given = Agreement(
        title="战略合作协议",
        agreement_type="strategic_cooperation",
        parties=[*named_parties("华澄公司", "乙大学"), Party(name="陈国镇")],
        signatories=named_people("陈国镇", "李明"),
    )
    (kept,), warnings = guarded(text, DAY, given)
    assert [p.name for p in kept.parties] == ["华澄公司", "乙大学"], warnings
    assert [p.name for p in kept.signatories] == ["陈国镇", "李明"], warnings


@pytest.mark.parametrize(
    ("words", "city"),
    [
        ("a Memorandum on Joint Research in Kuala Lumpur on Monday", "Kuala Lumpur"),
        ("an Agreement on Economic Cooperation in Hanoi and pledged to expand trade", "Hanoi"),
    ],
)
def test_a_city_after_a_titles_field_is_still_the_venue(words: str, city: str) -> None:
    text = f"Partners sign deal\n\nAcme and Beta signed {words}.\n"
    given = Agreement(agreement_type="cooperation_agreement", parties=named_parties("Acme", "Beta"))
    (kept,), warnings = guarded(text, DAY, given)
    assert kept.location == city, warnings


@pytest.mark.parametrize("item", ["党委书记甘肃", "院长谷歌", "校长颜色"])
def test_places_and_words_after_a_title_are_no_names(item: str) -> None:
    assert name_ending(item) is None


def test_a_village_office_is_no_name() -> None:
    assert split_title("颜家村书记") == (None, "颜家村书记")
