"""The gates :func:`coopllm.lexicon.tried_at` puts before the rules' dearest patterns
change no match: each gated pattern finds what it finds without its gate, sentence by
sentence and over whole texts, in every article of our examples (as written and in
Simplified characters). A branch added later that starts where its gate does not let it
(a Chinese word not among its characters, an English one without a word's start) fails
here."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from coopllm.dates import _YEAR_WRITTEN
from coopllm.guard.days import _ANNOUNCING_WORD
from coopllm.guard.people import _NEW_CLAUSE
from coopllm.guard.reading import DEAL, SIGNING_VERB, TO_COME, TOLD_AS_ANOTHER
from coopllm.lexicon import simplified, tried_at, untried
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


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int] | None]:
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
    gated = GATED[name]
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
