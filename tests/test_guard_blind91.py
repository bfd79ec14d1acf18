"""blind91's rules, each failing on the code before: a Hong Kong paper's date line that
ends on its time of update, a body an earlier one is raised to ("升級為") founded by a
renewal "根據新備忘錄", a named room of a named building with its town after it, and an
owner's capitalised word ("the Institute's") before a venue and its town."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.dates import parse_published
from coopllm.schema import Agreement


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2026年1月6日　星期二　　更新時間：07:15", dt.date(2026, 1, 6)),
        ("2025年9月2日 发布时间：09:30", dt.date(2025, 9, 2)),
        ("2026年1月6日　签约时间：15:00", None),  # an event's time: the signing's day
    ],
)
def test_a_date_line_ending_on_the_pages_time_of_update_is_its_date(
    line: str, expected: dt.date | None
) -> None:
    text = (
        f"港聞\n\n甲大學與乙公司續簽備忘錄\n{line}\n記者 張小明\n\n【本報訊】雙方昨日續簽備忘錄。\n"
    )
    assert parse_published(text) == expected


_RAISED = (
    "甲大學與乙公司續簽備忘錄\n\n12月30日，甲大學工程學院與乙智造公司續簽《合作備忘錄》。"
    "根據新備忘錄，雙方將把2020年合辦的「智能感知聯合實驗室」升級為「甲乙智能機械人聯合研發中心」，"
    "由乙智造公司投入資金。\n"
)


@pytest.mark.parametrize("entities", [[], ["智能感知聯合實驗室"]])
def test_the_body_an_earlier_one_is_raised_to_is_founded_not_the_earlier(
    entities: list[str],
) -> None:
    given = Agreement(
        title="合作備忘錄",
        parties=named_parties("甲大學工程學院", "乙智造公司"),
        date_text="12月30日",
        established_entities=entities,
    )
    (agreement,), _ = guarded(_RAISED, dt.date(2026, 1, 6), given)
    assert agreement.established_entities == ["甲乙智能機械人聯合研發中心"]


@pytest.mark.parametrize(
    ("sentence", "given", "venue"),
    [
        (
            "The memorandum was signed last Thursday in the Ash Room of the college's Harbour "
            "Campus in Millbrook by Dr Ada Obi and Karl Lund.",
            "Millbrook",
            "Ash Room of the college's Harbour Campus in Millbrook",
        ),
        (
            "The memorandum was signed on June 5 at the Institute's Rowan Building in Millbrook "
            "by Dr Ada Obi and Karl Lund.",
            "Millbrook",
            "Rowan Building in Millbrook",
        ),
        (  # a building's word alone after the owner: the owner's word is of its name
            "The memorandum was signed on June 5 at the Harbourmaster's House in Millbrook "
            "by Dr Ada Obi and Karl Lund.",
            "Millbrook",
            "Harbourmaster's House in Millbrook",
        ),
    ],
)
def test_a_rooms_building_and_an_owners_venue_with_its_town_are_the_place(
    sentence: str, given: str, venue: str
) -> None:
    text = (
        "College and agency sign skills memorandum\nPublished: 12 June 2025\n"
        "Millbrook College and the Norland Skills Agency have signed a memorandum of "
        f"understanding on apprenticeships. {sentence}\n"
    )
    agreement = Agreement(
        title="memorandum of understanding",
        parties=named_parties("Millbrook College", "Norland Skills Agency"),
        signatories=named_people("Ada Obi", "Karl Lund"),
        location=given,
    )
    (kept,), _ = guarded(text, dt.date(2025, 6, 12), agreement)
    assert kept.location == venue


def test_the_update_lines_date_given_as_the_signings_is_the_pages() -> None:
    text = (
        "港聞\n\n甲大學與乙公司續簽備忘錄\n2026年1月6日　星期二　　更新時間：07:15\n記者 張小明\n\n"
        "【本報訊】甲大學與乙公司12月30日在甲大學禮堂續簽《合作備忘錄》。\n"
    )
    given = Agreement(
        title="合作備忘錄", parties=named_parties("甲大學", "乙公司"), date_text="2026年1月6日"
    )
    (agreement,), _ = guarded(text, dt.date(2026, 1, 6), given)
    assert (agreement.date_text, agreement.date_signed) == ("12月30日", dt.date(2025, 12, 30))
