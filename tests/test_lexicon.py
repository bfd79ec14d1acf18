"""The gates :func:`coopllm.lexicon.tried_at` puts before the rules' dearest patterns
change no match: each gated pattern finds what it finds without its gate, sentence by
sentence and over whole texts, in every article of our examples (as written and in
Simplified characters). A branch added later that starts where its gate does not let it
(a Chinese word not among its characters, an English one without a word's start) fails
here."""

from __future__ import annotations

import importlib
import itertools
import pkgutil
import re
from pathlib import Path

import pytest

import coopllm
from coopllm.dates import _YEAR_WRITTEN
from coopllm.guard.days import _ANNOUNCING_WORD
from coopllm.guard.people import _NEW_CLAUSE
from coopllm.guard.reading import DEAL, SIGNING_VERB, TO_COME, TOLD_AS_ANOTHER
from coopllm.lexicon import Needing, simplified, tried_at, untried, written_alone
from coopllm.titles import _BODY_WORD

REPO = Path(__file__).resolve().parents[1]
_TEXTS = [
    text
    for path in sorted((REPO / "examples").rglob("*.txt"))
    for written in [path.read_text(encoding="utf-8")]
    for text in (written, simplified(written))
]
_SENTENCE_END = re.compile(r"[.。!?！？;；\n]")

GATED = {
    "TO_COME": TO_COME,
    "TOLD_AS_ANOTHER": TOLD_AS_ANOTHER,
    "DEAL": DEAL,
    "SIGNING_VERB": SIGNING_VERB,
    "_NEW_CLAUSE": _NEW_CLAUSE,
    "_YEAR_WRITTEN": _YEAR_WRITTEN,
    "_BODY_WORD": _BODY_WORD,
    "_ANNOUNCING_WORD": _ANNOUNCING_WORD,
}


def _compiled(pattern: re.Pattern[str] | Needing) -> re.Pattern[str]:
    return pattern.compiled if isinstance(pattern, Needing) else pattern


def _spans(pattern: re.Pattern[str] | Needing, text: str) -> list[tuple[int, int] | None]:
    """Where ``pattern`` matches: its first match in each sentence, then every match of
    the whole text."""
    bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    first = [
        (found.span() if (found := pattern.search(text, start, end)) else None)
        for start, end in itertools.pairwise(bounds)
    ]
    return first + [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", list(GATED))
def test_a_gate_changes_no_match(name: str) -> None:
    gated = _compiled(GATED[name])
    plain = re.compile(untried(gated.pattern), gated.flags)
    assert _TEXTS
    for text in _TEXTS:
        assert _spans(gated, text) == _spans(plain, text), text[:80]


def test_a_gate_that_leaves_out_a_branchs_start_is_caught() -> None:
    """The check above can fail: a gate that lets no Chinese character by loses 协议."""
    wrong = re.compile(tried_at(r"\bagreement\b|协议", words="a"), re.IGNORECASE)
    plain = re.compile(untried(wrong.pattern), re.IGNORECASE)
    text = "双方签署了合作协议。The agreement was signed."
    assert _spans(wrong, text) != _spans(plain, text)


def _needing() -> dict[str, Needing]:
    """Every pattern of coopllm's that is tried only where its words are written."""
    found = {}
    for module in pkgutil.walk_packages(coopllm.__path__, "coopllm."):
        if module.name.endswith("__main__"):  # runs the command line
            continue
        for name, value in vars(importlib.import_module(module.name)).items():
            if isinstance(value, Needing):
                found[f"{module.name}.{name}"] = value
    return found


NEEDING = _needing()


def _without(words: tuple[str, ...], text: str, fold: bool) -> str:
    """``text`` with every one of ``words`` taken out, until none is left (taking one out
    may join two halves of another)."""
    written = re.compile("|".join(map(re.escape, words)), re.IGNORECASE if fold else 0)
    while (fewer := written.sub("", text)) != text:
        text = fewer
    return text


def _keeps_its_promise(needing: Needing, texts: list[str]) -> bool:
    """Whether the pattern, without its words, finds nothing in any of ``texts`` with a
    group of its words taken out: what a text turned away would have found.

    A text that never wrote the group is left out: there the gated search finds nothing,
    and the test below asks the plain one to find the same (searching every English page
    again for a Chinese pattern took half a minute)."""
    fold = bool(needing.compiled.flags & re.IGNORECASE)
    for text in texts:
        for group in needing.needs:
            left = _without(group, text, fold)
            if left != text and any(found is not None for found in _spans(needing.compiled, left)):
                return False
    return True


def test_patterns_tried_where_their_words_are_written_are_found() -> None:
    """The record's dearest rules are tried only on texts that write their words; this
    catches a new rule's pattern wrapped under another's words by mistake."""
    assert len(NEEDING) >= 30, sorted(NEEDING)


@pytest.mark.parametrize("name", list(NEEDING))
def test_a_pattern_needs_the_words_it_is_tried_for(name: str) -> None:
    """Taking a group of its words out of every example article (as written and in
    Simplified characters) leaves nothing the pattern finds, and where they stay the
    pattern finds what it finds untried."""
    needing = NEEDING[name]
    assert _keeps_its_promise(needing, _TEXTS)
    for text in _TEXTS:
        assert _spans(needing, text) == _spans(needing.compiled, text), text[:80]


def test_a_word_a_branch_can_do_without_is_caught() -> None:
    """The check above can fail: 签署 is a match without "signed"."""
    wrong = Needing(re.compile(r"\bsigned\b|签署", re.IGNORECASE), ("signed",))
    text = "双方签署了合作协议。The agreement was signed."
    assert not _keeps_its_promise(wrong, [text])
    assert _keeps_its_promise(Needing(wrong.compiled, ("signed", "签署")), [text])
    assert wrong.search("双方签署了合作协议。") is None
    assert wrong.compiled.search("双方签署了合作协议。") is not None


_WORDS = sorted({word for text in _TEXTS[::8] for word in re.findall(r"[A-Z][\w'\u2019-]+", text)})[
    ::25
]
"""Capitalised words of our examples (names, bodies, places), a sample of them."""


@pytest.mark.parametrize("apart", [r"\w-", r"\w", r"\w'\u2019-"])
def test_a_word_written_alone_is_found_where_a_look_behind_finds_it(apart: str) -> None:
    """:func:`written_alone` finds what ``(?<![apart])word(?![apart])`` finds, each
    match's span the same: over our example pages, and over texts made to trip it (the
    word inside a longer one, right after a letter, twice with no space, at the ends)."""
    assert len(_WORDS) > 50
    made = ["Quill", "Quill-Quill Quill", "aQuill Quill", "QuillQuill", "O'Quill Quill's", ""]
    for word in [*_WORDS, "Quill", "a-b", "Li Li"]:
        pattern = re.compile(rf"(?<![{apart}]){re.escape(word)}(?![{apart}])")
        for text in [*_TEXTS[::8], *made, f"{word}{word} {word}-{word} x{word}"]:
            want = [found.span() for found in pattern.finditer(text)]
            assert [found.span() for found in written_alone(text, word, apart)] == want, word
