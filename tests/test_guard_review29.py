"""The fifteenth read-only review's finds in the blind29 rules, each on a text of our own
that fails on the code before the mend: a transliterated surname counted inside another
word or for a namesake; titles of other offices cut into a company's name ("…有限公司非" +
"执行董事"); a body's name wrapped across a line; a bracketed spelling with accents, or
after a title, or before 先生; venue clauses written "in the margins of", or without a
comma (not "alongside", which may be the place's own words)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.guard.apply import _CLAUSE_AFTER
from coopllm.guard.left_out import _founded_bodies
from coopllm.schema import Agreement, Signatory
from coopllm.titles import addressed_by_surname, clean_people, person_after_organisation

ATTENDED = "甲大学副校长约翰·斯坦（John Stein）教授等出席仪式。"


@pytest.mark.parametrize(
    "then",
    [
        "随后，郑华与哈萨克斯坦驻华大使馆代表分别签署了《合作备忘录》。",
        "随后，斯坦福大学代表李明签署了《合作备忘录》。",
        "随后，郑华与斯坦基金会代表签署了《合作备忘录》。",
    ],
)
def test_a_transliterated_surname_inside_another_word_is_no_mention(then: str) -> None:
    assert addressed_by_surname(ATTENDED + then, "约翰·斯坦") == ()


def test_a_transliterated_surname_two_people_share_is_no_ones_mention() -> None:
    text = "约翰·斯坦与玛丽·斯坦出席仪式。随后，郑华与斯坦教授签署了《合作备忘录》。"
    assert addressed_by_surname(text, "约翰·斯坦") == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("约翰・斯坦出席仪式。随后，郑华与斯坦教授签署了协议。", "约翰・斯坦"),
        ("约翰·斯坦出席仪式。随后，副校长斯坦签署了协议。", "约翰·斯坦"),
    ],
)
def test_a_transliterated_surname_after_a_title_or_another_dot_is_a_mention(
    text: str, name: str
) -> None:
    assert len(addressed_by_surname(text, name)) == 1


def test_a_signer_named_inside_a_countrys_name_is_not_read_as_signing() -> None:
    then = "随后，郑华与哈萨克斯坦驻华大使馆代表分别签署了《合作备忘录》。\n"
    text = f"甲医院与乙大学签署合作备忘录\n\n{ATTENDED}{then}"
    given = Agreement(
        title="合作备忘录",
        parties=named_parties("甲医院", "乙大学"),
        signatories=named_people("郑华", "约翰·斯坦"),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 1, 6), given)
    assert [p.name for p in kept.signatories] == ["郑华"], warnings


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("乙新能源有限公司非执行董事马骏", "非执行董事"),
        ("乙新能源有限公司独立董事马骏", "独立董事"),
        ("乙基金管理有限公司基金经理马骏", "基金经理"),
        ("乙新能源有限公司常务副总经理马骏", "常务副总经理"),
        ("乙新能源有限公司项目经理马骏", "项目经理"),
    ],
)
def test_a_title_of_another_office_is_not_cut_into_the_company(written: str, title: str) -> None:
    person = person_after_organisation(written)
    assert person is not None
    assert (person.name, person.title) == ("马骏", title)
    assert person.organization is not None and written.startswith(person.organization + title)


def test_a_bodys_name_wrapped_after_its_kind_is_read_whole() -> None:
    text = "Alder and Brook will establish the Alder–Brook Centre for Lake\nResilience.\n"
    assert _founded_bodies(text) == ["Alder–Brook Centre for Lake Resilience"]


@pytest.mark.parametrize(
    ("given", "name", "title"),
    [
        ("让·杜布瓦（François Dubois）先生", "让·杜布瓦", None),
        ("约翰・卡特（José Carter）教授", "约翰・卡特", "教授"),
        ("艾琳·卡特教授（Eileen Carter）", "艾琳·卡特", "教授"),
        ("玛丽·奥尼尔（O'Neil, Mary）博士等", "玛丽·奥尼尔", "博士"),
    ],
)
def test_a_bracketed_spelling_goes_however_written(
    given: str, name: str, title: str | None
) -> None:
    (person,) = clean_people([Signatory(name=given)])
    assert (person.name, person.title) == (name, title)


@pytest.mark.parametrize(
    "venue",
    [
        "Kambara Convention Centre, in the margins of the Lake Forum",
        "Kambara Convention Centre on the sidelines of the Lake Forum",
    ],
)
def test_a_forums_margins_are_no_part_of_the_venue(venue: str) -> None:
    assert _CLAUSE_AFTER.sub("", venue) == "Kambara Convention Centre"


def test_what_a_venue_stands_alongside_is_its_own_description() -> None:
    """The sixteenth review's find: "alongside" cut a place's own words."""
    venue = "Riverside Pavilion, alongside the Old Harbour"
    assert _CLAUSE_AFTER.sub("", venue) == venue


def test_a_hyphenated_word_after_during_is_the_venues_own() -> None:
    assert _CLAUSE_AFTER.sub("", "Hall 2, during-hours wing") == "Hall 2, during-hours wing"
