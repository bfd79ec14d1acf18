"""review90's finds in blind89's rules and the long page's speed-ups, each failing on the
code it reviewed: a name after a body's (公司长谷川浩) is no title's end, 续约 alone (talks,
a decision) dates no signing, an owner's capitalised words are a venue only up to a
building's or a room's word, a ceremony "marked" after the signing is not its place, a
gate built from a Turkish name finds its own text, "in" and a long indent before a surname
still read it as a place, and an empty word is looked up to an end."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.grounding import SourceIndex
from coopllm.lexicon import written_alone
from coopllm.parties import bracketed_after
from coopllm.schema import Agreement, Party
from coopllm.titles import addressed_by_surname


def test_a_name_after_a_bodys_that_opens_with_a_titles_end_is_kept() -> None:
    text = (
        "3月5日，东岭大学与丰田汽车公司签署合作备忘录。东岭大学校长周明与丰田汽车"
        "公司长谷川浩代表双方签约。\n"
    )
    assert SourceIndex(text).locate("长谷川浩", fuzzy_threshold=None, person=True)[1]
    given = Agreement(
        title="合作备忘录",
        parties=named_parties("东岭大学", "丰田汽车公司"),
        signatories=named_people("周明", "长谷川浩"),
    )
    (agreement,) = guarded(text, dt.date(2025, 3, 8), given)[0]
    assert [s.name for s in agreement.signatories] == ["周明", "长谷川浩"]


def test_renewal_talks_date_no_signing() -> None:
    text = (
        "6月10日，岭南医院与东江大学就续约《临床教学合作备忘录》进行磋商。"
        "6月18日，双方正式签署《临床教学合作备忘录》。\n"
    )
    given = Agreement(
        title="临床教学合作备忘录",
        parties=named_parties("岭南医院", "东江大学"),
    )
    (agreement,) = guarded(text, dt.date(2025, 6, 20), given)[0]
    assert (agreement.date_text, agreement.date_signed) == ("6月18日", dt.date(2025, 6, 18))


def _place(sentence: str) -> str | None:
    text = f"Deal signed\n{sentence}\n"
    given = Agreement(
        title="supply agreement", parties=named_parties("Harlow College", "Pendle Trust")
    )
    (agreement,) = guarded(text, dt.date(2025, 3, 12), given)[0]
    return agreement.location


def test_an_owners_words_are_a_venue_only_to_a_buildings_or_a_rooms_word() -> None:
    signed = "Harlow College and Pendle Trust signed a supply agreement on Monday at a ceremony in "
    assert _place(signed + "Microsoft's Redmond campus.") is None
    assert _place(signed + "the Council's December meeting.") is None
    assert _place(signed + "Beijing's Great Hall of the People.") is None
    assert _place(signed + "the Town Hall's Lister Room.") == "Town Hall's Lister Room"


def test_a_ceremony_that_marked_the_signing_later_is_not_its_place() -> None:
    later = (
        "Harlow College and Pendle Trust signed the supply agreement in March and marked it "
        "at a public ceremony in Leeds's Civic Hall."
    )
    assert _place(later) is None
    special = (
        "Harlow College and Pendle Trust signed the supply agreement on Monday at a special "
        "ceremony in the Town Hall's Lister Room."
    )
    assert _place(special) == "Town Hall's Lister Room"


def test_a_gate_built_from_a_turkish_name_finds_its_own_text() -> None:
    text = "Marmara Kalkınma Ajansı (MARKA) and İzmir Yüksek Teknoloji Enstitüsü (IYTE) signed."
    assert bracketed_after("MARKA", Party(name="Marmara Kalkınma Ajansı"), text)
    assert bracketed_after("IYTE", Party(name="İzmir Yüksek Teknoloji Enstitüsü"), text)


def test_in_and_a_long_indent_before_a_surname_read_it_as_a_place() -> None:
    text = (
        "Dana Jordan signed the memorandum. Trade talks were held in\n"
        + " " * 44
        + "Jordan last year. Jordan said the deal would help.\n"
    )
    assert addressed_by_surname(text, "Dana Jordan") == ()


def test_an_empty_word_is_looked_up_to_an_end() -> None:
    assert [found.span() for found in written_alone(" a ", "")] == [(0, 0), (3, 3)]
