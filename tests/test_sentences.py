"""Where sentences end (``coopllm.sentences``): abbreviations, initials, legal forms,
paragraph and line breaks."""

from __future__ import annotations

import pytest

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.sentences import lines_apart, sentence_bounds


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_bounds(text)]


@pytest.mark.parametrize(
    "name", ["Emile Dupont", "Émile Dupont", "Łukasz Nowak", "Ｊｏｈｎ Ｓｍｉｔｈ"]
)
def test_a_sentence_may_begin_with_a_capital_of_any_script(name: str) -> None:
    text = f"Tomas Brill signed for Northgate Robotics. {name} attended the ceremony."
    assert _sentences(text) == ["Tomas Brill signed for Northgate Robotics.",
                                f"{name} attended the ceremony."]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "It was signed by Gov. Jane Whitfield and Assoc. Prof. Mark Ellison in Sacramento.",
        "It was signed by Prof. G. Rangarajan and Mr. Manoj Raghavan in Bengaluru.",
        "Dr. V. K. Saraswat and Hon. Mary Kamau looked on as Smt. Anita Rao signed.",
        "Tata Elxsi Pvt. Ltd. and Acme Pte. Ltd. signed it with Acme Sdn. Bhd. here.",
    ],
)
def test_an_english_title_or_initial_ends_no_sentence(text: str) -> None:
    """An English audit's finds: each split its sentence, and the guard dropped signers,
    witnesses and the venue for want of the signing words in their half."""
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "It was signed by Lin Tao and Robert Smith Jr. Mayor Wu Fang attended.",
        "It was signed with the Commerce Dept. The mayor attended.",
        "It was signed at 10 a.m. The mayor attended.",
        "They met in Building No. 5 Building. The mayor attended.",
        "It was signed with Acme Pvt. The mayor attended.",
    ],
)
def test_a_name_or_a_time_that_ends_with_an_abbreviation_may_end_its_sentence(text: str) -> None:
    """A review's finds: "Jr." and "Dept." end a name, and may end a sentence."""
    assert len(_sentences(text)) == 2


def test_an_initial_ends_no_sentence() -> None:
    text = "It was signed by President James R. Smith and the U.S. Deputy Secretary David Turk."
    assert _sentences(text) == [text]
    labelled = "It was signed for Party A. Mayor Wang Wu attended the ceremony."
    assert len(_sentences(labelled)) == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The pact was inked in the presence of R. S. Menon and the mayor.", 1),
        ("The MoU was signed by P. Iyer for the institute.", 1),
        ("It was signed with Northgate and B. The mayor attended.", 2),
        ("It was signed for Plan A. B. Menon attended.", 2),
        ("The pact was signed by Parties A and B. Mayor Wu Fang praised it.", 2),
    ],
)
def test_a_first_initial_after_a_lower_case_word_ends_no_sentence(text: str, count: int) -> None:
    """An English audit's find: "in the presence of R." ended a sentence (no capitalised
    word before the initial), and the witnesses after it stood in a sentence without the
    witnessing words. Not a letter before a sentence's first word, nor a label's."""
    assert len(_sentences(text)) == count


def test_a_lower_case_word_after_an_abbreviation_runs_on() -> None:
    text = "Northgate Robotics Co., Ltd. jointly signed it. élan was shown."
    assert _sentences(text) == [text]


@pytest.mark.parametrize("suffix", ["Co., Ltd.", "Inc.", "Corp.", "Co."])
def test_a_company_name_may_end_a_sentence(suffix: str) -> None:
    text = f"Tomas Brill signed with Bluefin Marine {suffix} The mayor, Wu Fang, attended."
    assert len(_sentences(text)) == 2
    assert not Checker(SourceIndex(text)).has_evidence("Wu Fang", "signatories")


def test_a_company_abbreviation_before_a_name_runs_on() -> None:
    text = "Bluefin Marine Co., Ltd. Chairman Wang Wu signed it. Bluefin Marine Co. Ltd. agreed."
    assert _sentences(text) == [
        "Bluefin Marine Co., Ltd. Chairman Wang Wu signed it.",
        "Bluefin Marine Co. Ltd. agreed.",
    ]


def test_a_paragraph_ends_a_sentence_before_a_lower_case_word_too() -> None:
    text = "The pact was signed on Monday.\n\nmeanwhile, Mayor Li Wei toured the park."
    assert len(_sentences(text)) == 2
    assert not Checker(SourceIndex(text)).has_evidence("Li Wei", "signatories")


def test_a_sentence_keeps_its_stop_and_not_the_gap_after_it() -> None:
    text = "It was signed.  The mayor came!\u3000双方签署。仪式举行；结束"
    assert _sentences(text) == [
        "It was signed.", "The mayor came!", "双方签署。", "仪式举行；", "结束"
    ]  # fmt: skip
    text = "Signed here\r\n \r\nThe end; \u201cYes.\u201d no"
    assert _sentences(text) == ["Signed here", "The end;", "\u201cYes.\u201d no"]


@pytest.mark.parametrize("gap", ["\n\n", "\r\n\r\n", "\r\r", "\u2029", "\u2028\u2028",
                                 "\x85\x85", "\n  \n", "\x0b\x0b", "\x0c\x0c"])  # fmt: skip
def test_a_paragraph_break_ends_a_headline_however_it_is_written(gap: str) -> None:
    text = f"Mayor Wu Fang Visits Riverbend University{gap}Tomas Brill signed the agreement"
    assert len(_sentences(text)) == 2, repr(gap)


@pytest.mark.parametrize("gap", ["\n", "\r\n", "\r", "\u2028"])
def test_one_line_break_is_no_sentence_end(gap: str) -> None:
    """Articles are hard-wrapped: one break, however written, runs on."""
    assert len(_sentences(f"Tomas Brill signed{gap}the agreement")) == 1


@pytest.mark.parametrize(
    ("text", "guards", "chunkers"),
    [
        ("同名城区携手\n5月12日，甲区与乙区签署协议。", 2, 1),  # a head line, then the body
        ("同名城区携手\r\n日前，双方签署协议。", 2, 1),  # CRLF too
        # a hard-wrapped paragraph's lines: one sentence (the next review's finds)
        ("区长沈晓燕与南湖大学校长高建华\n代表双方签约。", 1, 1),
        ("在区委书记王五\n的见证下，双方签约。", 1, 1),
        ("会后，甲区与乙大学约定于\n5月12日，在行政中心签约。", 1, 1),
        ("Pennfield\nTown Hall hosted the signing.", 1, 1),  # English wraps: one sentence
        ("甲区与乙区签署协议。\n双方将开展合作。", 2, 2),  # a stop ends it already
    ],
)
def test_the_guard_reads_chinese_lines_apart(text: str, guards: int, chunkers: int) -> None:
    """A Chinese head line above a line that opens with its day ends a sentence for the
    guard (``lines_apart``), not for the chunker (``sentence_bounds``), from whose
    sentences the requests recorded were made; a wrapped paragraph's lines end none."""

    def written(bounds: tuple[tuple[int, int], ...]) -> int:
        return sum(1 for start, end in bounds if text[start:end].strip())

    assert (written(lines_apart(text)), written(sentence_bounds(text))) == (guards, chunkers)


def test_a_short_months_dot_before_its_day_ends_no_clause() -> None:
    """The rules read a signing's day in its clause: "signed on Oct. 8 at …" holds it (the
    blind31 af05's); "… in Oct. The rest" still ends its sentence."""
    text = "The memo was signed on Oct. 8 by Ivo Marr. It lapsed in Oct. The rest is history."
    rules_text = Checker(SourceIndex(text)).rules_text
    assert rules_text[26] == " "  # "Oct. 8"
    assert rules_text.index("Oct.", 30) > 0 and len(sentence_bounds(text)) == 3
