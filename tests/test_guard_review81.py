"""A read-only review of the blind80 rules (review81) proved these over-reaches, each on a
text of its own; the first two rules below were then narrowed, an "X-based" seat before a
party's name taken out, and "双方校长" given the agreement's parties (no former president,
no third body's): these tests pin what the review found."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people, normalized

from coopllm.schema import Agreement


def test_a_town_after_a_street_only_where_the_sentence_ends() -> None:
    text = (
        "The agreement between Kilifi Cashew Ltd and Vermeer Systems B.V. was signed at the "
        "KNCC offices on Moi Avenue, Chief Executive Jane Mwangi said.\n"
    )
    given = Agreement(
        title="agreement", parties=named_parties("Kilifi Cashew Ltd", "Vermeer Systems B.V.")
    )
    kept, _ = guarded(text, dt.date(2026, 1, 5), given)
    assert kept[0].location == "KNCC offices on Moi Avenue"


@pytest.mark.parametrize(
    "text",
    ["日前，南江大学与湖畔理工大学签署合作协议。签约仪式后，两校举行了学术交流会。"
     "活动在湖畔理工大学图书馆报告厅举行。\n",
     "日前，南江大学与湖畔理工大学签署合作协议。下一次签约仪式将在湖畔举办。"
     "仪式在湖畔理工大学礼堂举行。\n"],
)  # fmt: skip
def test_no_later_event_nor_one_to_come_gives_the_venue(text: str) -> None:
    given = Agreement(title="合作协议", parties=named_parties("南江大学", "湖畔理工大学"))
    kept, _ = guarded(text, dt.date(2026, 3, 7), given)
    assert kept[0].location is None


@pytest.mark.parametrize(
    "name", ["Plant-based Foods Association", "Community-based Health Network"]
)
def test_a_names_based_word_stays(name: str) -> None:
    text = f"The ministry signed an MoU with the {name} on Monday.\n"
    given = Agreement(title="MoU", parties=named_parties("Ministry of Agriculture", name))
    assert [p.name for p in normalized(text, given)[0].parties] == ["Ministry of Agriculture", name]


def test_a_third_bodys_president_is_not_one_of_both_sides() -> None:
    text = (
        "日前，南江大学与湖畔理工大学签署合作协议。南江大学党委书记周立，湖畔理工大学校长戴维·芬奇，"
        "湖畔中学校长王敏等出席。双方校长签署了《合作协议》。\n"
    )
    given = Agreement(
        title="合作协议",
        parties=named_parties("南江大学", "湖畔理工大学"),
        signatories=named_people("王敏", "戴维·芬奇"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 7), given)
    assert "王敏" not in [p.name for p in kept[0].signatories]


def test_a_former_president_is_not_one_of_both_sides() -> None:
    text = (
        "日前，南江大学与湖畔理工大学签署合作协议。南江大学原校长周立、湖畔理工大学校长戴维·芬奇等"
        "出席。双方校长签署了《合作协议》。\n"
    )
    given = Agreement(
        title="合作协议",
        parties=named_parties("南江大学", "湖畔理工大学"),
        signatories=named_people("周立", "戴维·芬奇"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 7), given)
    assert "周立" not in [p.name for p in kept[0].signatories]
