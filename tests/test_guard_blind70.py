"""Rules made from the seventieth blind set's misses, on texts of our own that fail on
the code before them: a Chinese name after its place or body and title, in Traditional
characters too, a head before the title ("執行院長") or an honorific after the name
("教授"); a title with its office in brackets, no name; an initial after a title in lower
case; an owner's seat named by its kind's word; a document the article tells only as an
earlier signing."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement, Signatory
from coopllm.sentences import sentence_bounds
from coopllm.titles import clean_people


@pytest.mark.parametrize(
    ("written", "person"),
    [
        ("臨港區副區長鄭志遠", ("鄭志遠", "副區長", "臨港區")),
        ("海灣科大校長霍文明教授", ("霍文明", "校長", "海灣科大")),
        ("研究院執行院長林嘉文", ("林嘉文", "執行院長", "研究院")),
        ("临港区委书记黄立新", ("黄立新", "书记", "临港区委")),
        ("上海市副市长王强", ("王强", "副市长", "上海市")),
        ("海灣科大副校長（研究）", (None, "海灣科大副校長（研究）", None)),
    ],
)
def test_a_chinese_name_after_its_body_and_title_is_split(
    written: str, person: tuple[str | None, str, str | None]
) -> None:
    (cleaned,) = clean_people([Signatory(name=written)])
    assert (cleaned.name, cleaned.title, cleaned.organization) == person


def test_an_initial_after_a_lower_case_title_ends_no_sentence() -> None:
    text = (
        "The signing was witnessed by Velo chairman R. Anand Rao and Tom Hale, the British "
        "consul in Pune."
    )
    assert len(sentence_bounds(text)) == 1
    checker = Checker(SourceIndex(text)).dated(dt.date(2025, 3, 5))
    assert checker.states("Tom Hale", "witnesses")


def test_an_owners_seat_named_by_its_kinds_word_is_the_venue() -> None:
    text = (
        "Velo and Tarn University signed an agreement at the company's headquarters in "
        "Hinjewadi to set up a joint lab.\n"
    )
    venues = Checker(SourceIndex(text)).dated(dt.date(2025, 3, 5)).signing_venues()
    assert venues == ["company's headquarters in Hinjewadi"]


def test_a_document_told_only_as_an_earlier_signing_is_dropped() -> None:
    text = (
        "12月30日上午，临江市人民医院与宁山县人民医院共同签署《临江市心血管专科联盟合作协议》。"
        "院长许文斌介绍，早在2023年，临江市人民医院已与宁山县人民医院签订紧密型医联体协议。\n"
    )
    parties = named_parties("临江市人民医院", "宁山县人民医院")
    alliance = Agreement(
        title="临江市心血管专科联盟合作协议", parties=parties, signatories=named_people("许文斌")
    )
    earlier = Agreement(title="紧密型医联体协议", parties=parties)
    kept, _ = guarded(text, dt.date(2026, 1, 6), alliance, earlier)
    assert [a.title for a in kept] == ["临江市心血管专科联盟合作协议"]
    # its year after the title: not an earlier signing's
    later = text.replace(
        "院长许文斌介绍，早在2023年，临江市人民医院已与宁山县人民医院签订紧密型医联体协议。",
        "紧密型医联体协议是2023年工作的延续。",
    )
    kept, _ = guarded(later, dt.date(2026, 1, 6), alliance, earlier)
    assert len(kept) == 2
