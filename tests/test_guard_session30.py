"""Rules of the session of 2026-12-05, each on a text of our own that fails on the code
before them: a signer named in full once and then by surname alone where a sentence opens
with it ("Okafor-Lindqvist signed the memorandum …": the blind27 ab06's miss); a signer
moved by their paragraph is said to be so."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement
from coopllm.titles import addressed_by_surname

TWO_PARAGRAPHS = (
    "Harrow Observatory renews data pact with the Selby Space Office\n\n"
    "The observatory's director, Imogen Okafor-Lindqvist, opened a new archive wing on "
    "Tuesday.\n"
    "Okafor-Lindqvist signed the renewed memorandum on behalf of the observatory, and "
    "Selby Space Office Director Paul Amesbury signed for the office.\n"
)


def test_a_signer_named_again_by_surname_at_a_sentences_start_signed() -> None:
    given = Agreement(
        title="renewed memorandum",
        parties=named_parties("Harrow Observatory", "Selby Space Office"),
        signatories=named_people("Imogen Okafor-Lindqvist", "Paul Amesbury"),
    )
    (kept,), warnings = guarded(TWO_PARAGRAPHS, dt.date(2025, 6, 12), given)
    assert [p.name for p in kept.signatories] == ["Imogen Okafor-Lindqvist", "Paul Amesbury"], (
        warnings
    )


@pytest.mark.parametrize(
    "text",
    [
        # an initial's full stop is no sentence's end: whose "A. Okafor" is, the text does not say
        "Imogen Okafor spoke. A. Okafor signed the memorandum.",
        # a surname opening a sentence with no verb after it begins a longer name
        "Imogen Okafor spoke.\nOkafor Hall hosted the signing.",
        # nor is a surname the subject where a noun follows it
        "Imogen Okafor spoke.\nOkafor family members attended.",
    ],
)
def test_a_surname_opening_a_sentence_is_no_mention_where_the_text_does_not_say_whose(
    text: str,
) -> None:
    assert addressed_by_surname(text, "Imogen Okafor") == ()


def test_a_surname_opening_a_line_before_a_verb_is_a_mention() -> None:
    text = "Imogen Okafor spoke.\nOkafor signed for the observatory."
    assert addressed_by_surname(text, "Imogen Okafor") == ((21, 27),)


LISTED = (
    "乙县重点项目集中签约\n\n"
    "5月8日上午，乙县重点项目集中签约仪式在县会展中心举行。\n"
    "——乙县人民政府与丁电子有限公司签订《智能终端项目投资协议书》。"
    "县长魏东与丁电子有限公司董事长严松代表双方签约。\n"
    "——乙县高新区管理委员会与戊物流集团有限公司签订《冷链物流园项目合作协议》。"
    "副县长秦岚与戊物流集团有限公司总经理孔越签署协议。\n"
)


def test_a_move_by_the_paragraph_says_the_paragraph_named_the_document() -> None:
    """Signers moved to the document their paragraph titles (the blind24 y01's rule): the
    warning says the paragraph named it, as no sentence of their signing does."""
    terminals = Agreement(
        title="智能终端项目投资协议书", parties=named_parties("乙县人民政府", "丁电子有限公司")
    )
    logistics = Agreement(
        title="冷链物流园项目合作协议",
        parties=named_parties("乙县高新区管理委员会", "戊物流集团有限公司"),
        signatories=named_people("魏东", "严松"),
    )
    kept, warnings = guarded(LISTED, dt.date(2024, 5, 9), terminals, logistics)
    assert [p.name for p in kept[0].signatories] == ["魏东", "严松"], warnings
    moves = [w for w in warnings if w.startswith("moved signatory")]
    assert moves and all("their paragraph titles" in w for w in moves), warnings
