"""A read-only review's finds on the forty-seventh and forty-eighth blind sets' rules, each a
text of the reviewer's kind that failed on those rules as first written: titles written
dot to dot ("Prof.Dr."), a day's own commas before a venue, a venue named as a school after
"with" a company, an earlier document's mention beside an untitled copy, 和 inside a
company's name and a chain of titles before its signer, a body's comma in "The MoU with …
was signed by", and Malaysian honorifics combined."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement, Party, Signatory
from coopllm.sentences import sentence_bounds
from coopllm.titles import clean_people


@pytest.mark.parametrize(
    "text",
    [
        "The MoU was signed by Prof.Dr. Ahmad Zaki, Rector of UTM, and Mr Lee Wan, CEO of Acme.",
        "It was signed by Prof.Dr.Ir. Budi Santoso and Assoc.Prof. Mark Ellison.",
    ],
)
def test_titles_written_dot_to_dot_end_no_sentence(text: str) -> None:
    assert len(sentence_bounds(text)) == 1


def test_a_degree_after_a_single_letter_still_may_end_a_sentence() -> None:
    assert len(sentence_bounds("She holds a B.Eng. The first cohort starts in May.")) == 2


@pytest.mark.parametrize(
    ("day", "venue"),
    [
        ("on Tuesday, March 3 at the Grand Hyatt in Jakarta", "Grand Hyatt"),
        ("on March 3, 2026 at the Grand Hyatt in Jakarta", "Grand Hyatt"),
        ("on Tuesday, March 3, 2026 in Jakarta", "Jakarta"),
    ],
)
def test_a_days_own_commas_part_no_signing_from_its_venue(day: str, venue: str) -> None:
    text = f"Acme Corp and Beta Inc signed a Technology License Agreement {day}.\n"
    given = Agreement(
        title="Technology License Agreement", parties=named_parties("Acme Corp", "Beta Inc")
    )
    kept, _ = guarded(text, dt.date(2026, 3, 4), given)
    assert kept[0].location == venue


def test_a_school_after_with_a_company_is_the_venue() -> None:
    text = (
        "Acme Robotics Ltd signed a memorandum of understanding with Beta Motors Ltd at "
        "Strathmore University, Nairobi.\n"
    )
    given = Agreement(
        title="memorandum of understanding",
        parties=named_parties("Acme Robotics Ltd", "Beta Motors Ltd"),
        location="Nairobi",
    )
    kept, _ = guarded(text, dt.date(2025, 9, 18), given)
    assert kept[0].location == "Strathmore University, Nairobi"


def test_a_units_home_after_with_the_unit_is_no_venue() -> None:
    text = (
        "The Kenya Medical Research Institute signed a memorandum of understanding with the "
        "School of Public Health at the University of the Witwatersrand, Johannesburg.\n"
    )
    given = Agreement(
        title="memorandum of understanding",
        parties=named_parties("Kenya Medical Research Institute", "School of Public Health"),
        location="Johannesburg",
    )
    kept, _ = guarded(text, dt.date(2025, 9, 18), given)
    assert kept[0].location == "Johannesburg"


@pytest.mark.parametrize(
    "earlier",
    [
        "雙方此前已簽署戰略合作協議。",
        "此前，雙方已簽署戰略合作框架協議。",
        "去年雙方簽署了戰略合作協議。",
    ],
)
def test_an_earlier_documents_mention_leaves_the_untitled_copy_dropped(earlier: str) -> None:
    text = (
        "西嶺縣政府與西嶺師範學院今（12）日簽署合作意向書，由縣長蔡明遠與院長呂佳蓉代表雙方簽署。"
        f"{earlier}\n"
    )
    people = named_people("蔡明遠", "呂佳蓉")
    untitled = Agreement(parties=named_parties("西嶺縣政府", "西嶺師範學院"), signatories=people)
    titled = untitled.model_copy(update={"title": "合作意向書"})
    kept, _ = guarded(text, dt.date(2025, 12, 12), untitled, titled)
    assert len(kept) == 1


@pytest.mark.parametrize(
    ("before", "body"),
    [
        ("北京和利时科技集团有限公司总经理李蔚", "北京和利时科技集团有限公司"),
        ("中宏新材料股份有限公司党委书记、董事长李蔚", "中宏新材料股份有限公司"),
        ("中宏新材料股份有限公司(以下简称“中宏新材”)总经理李蔚", "中宏新材料股份有限公司"),
    ],
)
def test_the_other_signers_body_is_read_whole(before: str, body: str) -> None:
    text = (
        f"3月2日，江淮农业大学材料学院院长周海涛与{before}签署《先进膜材料联合实验室共建协议》。\n"
    )
    given = Agreement(
        title="先进膜材料联合实验室共建协议",
        parties=named_parties("江淮农业大学材料学院"),
        signatories=named_people("周海涛", "李蔚"),
    )
    kept, _ = guarded(text, dt.date(2025, 3, 5), given)
    assert [p.name for p in kept[0].parties] == ["江淮农业大学材料学院", body]


_EACH_WITH = (
    "The Kestrel Water Agency (KWA) signed two Memoranda of Understanding on Monday.\n\n"
    "The Memorandum of Understanding (MoU) with the Centre for Arid Soils, Bikaner was signed by "
    "Dr. Asha Varma, Director, KWA, and Dr. Ravi Sethi, Director, Centre for Arid Soils.\n\n"
    "The MoU with the Institute of Technology, Rourkela was signed by Shri Mohan Das, Member, "
    "KWA, and Prof. Neha Rao, Director of the institute.\n"
)


def test_each_memorandum_with_its_body_by_a_name_with_a_comma_is_split() -> None:
    given = Agreement(
        title="Memorandum of Understanding",
        parties=[
            Party(name="Kestrel Water Agency", aliases=["KWA"]),
            Party(name="Centre for Arid Soils, Bikaner"),
            Party(name="Institute of Technology, Rourkela"),
        ],
        signatories=named_people("Asha Varma", "Ravi Sethi", "Mohan Das", "Neha Rao"),
    )
    kept, _ = guarded(_EACH_WITH, dt.date(2026, 5, 13), given)
    assert [[p.name for p in a.signatories] for a in kept] == [
        ["Asha Varma", "Ravi Sethi"],
        ["Mohan Das", "Neha Rao"],
    ]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("拿督斯里", "拿督斯里"),
        ("丹斯里拿督陈志明", "陈志明"),
        ("拿汀斯里黄美玲", "黄美玲"),
        ("拿督陈志明先生", "陈志明"),
    ],
)
def test_malaysian_honorifics_combined_come_off_and_alone_stay(written: str, name: str) -> None:
    assert [p.name for p in clean_people([Signatory(name=written)])] == [name]
