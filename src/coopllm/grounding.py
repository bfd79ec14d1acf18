"""Grounding: find where each string value of a record stands in the source text.

A value the model returns is only trusted when it can be pointed at in the article. Matching
runs in three tiers, cheapest and most certain first:

1. ``exact`` - the value is a substring of the text (every occurrence is returned);
2. ``normalized`` - equal after NFKC, casefolding and dropping whitespace and punctuation,
   which absorbs the scraping damage real articles carry ("Co.Ltd." for "Co. Ltd.",
   "Measuring&Cutting", full-width letters such as U+FF21);
3. ``fuzzy`` - a rapidfuzz partial-ratio alignment on the normalised strings, for a typo in
   a long name (never for a person's name: the guard asks without it).

A match is never the inside of a longer word ("Tang Wei" in "Tang Weiguo"), and past the
exact tier it must write the value's numbers as the value does ("2023.1.12" is not
"2023.11.2", nor "February 21" "February 27").

Characters are the unit throughout (no word tokenisation), so Chinese works the same way as
English. Spans are always offsets into the *original* text: the normalised text carries an
index map back to it, built once per text by :class:`SourceIndex`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz

from coopllm.schema import (
    Agreement,
    ArticleExtraction,
    ExtractionDraft,
    GroundedValue,
    Signatory,
    Span,
)

MatchStatus = Literal["exact", "normalized", "fuzzy", "ungrounded"]

MIN_MATCH_CHARS = 2
"""Shorter normalised values carry too little information to ground anywhere but exactly."""

MIN_FUZZY_CHARS = 8
"""Below this length one edit is a large share of the value, so fuzzy scores mean little."""

_FIRST_MARK = "\u0300"
"""No code point below the first combining diacritic is a mark: a cheap pre-check."""

MARK_FREE_RANGES = (
    ("\x00", "\u02ff"),  # Latin and its symbols, up to the first combining diacritic
    ("\u2000", "\u20cf"),  # general punctuation, super- and subscripts, currency
    ("\u3000", "\u3029"),  # CJK symbols and punctuation, up to the tone marks
    ("\u3040", "\u3098"),  # hiragana, up to the voicing marks
    ("\u30a0", "\u30ff"),  # katakana
    ("\u4e00", "\u9fff"),  # CJK unified ideographs
    ("\uff00", "\uffef"),  # full-width and half-width forms
)
"""Blocks without a single combining mark (a test checks every code point): a text made
only of these, as almost every English or Chinese article is, is one unit per character."""
_MARK_FREE = re.compile("[" + "".join(f"{lo}-{hi}" for lo, hi in MARK_FREE_RANGES) + "]*")

_Offsets = tuple[tuple[int, int], ...]
_Result = tuple[MatchStatus, _Offsets]


def is_grounded(status: MatchStatus) -> bool:
    """Whether a match status means the value was found in the source."""
    return status != "ungrounded"


def _is_mark(char: str) -> bool:
    return char >= _FIRST_MARK and unicodedata.category(char).startswith("M")


def _unit_bounds(text: str) -> list[tuple[int, int]] | None:
    """Split ``text`` into base characters with their combining marks; None when it has
    no combining mark, so that each character is a unit of its own.

    Normalising per unit rather than per code point keeps "e" + U+0301 together, so NFKC
    can compose it; and because text and value are cut the same way, the index map stays
    exact. (This runs over every character of every article and of every value looked
    up: a text without any mark, the usual case, is then folded character by character
    with no bounds built at all.)
    """
    if _MARK_FREE.fullmatch(text):
        return None
    cuts = [i for i, char in enumerate(text) if i == 0 or not _is_mark(char)]
    return list(zip(cuts, [*cuts[1:], len(text)], strict=False))  # no cuts: empty text


def _is_kept(char: str) -> bool:
    """Letters, marks, digits and symbols count; punctuation, spaces and controls do not."""
    return unicodedata.category(char)[0] not in "PZC"


@lru_cache(maxsize=65536)
def _fold_unit(unit: str) -> str:
    """Normal form of one unit; cached because articles reuse a small alphabet."""
    folded = unicodedata.normalize("NFKC", unit).casefold()
    return "".join(char for char in folded if _is_kept(char))


def normalize_for_match(s: str) -> str:
    """The form the ``normalized`` tier compares: NFKC, casefolded, without spaces or
    punctuation. Evaluation reuses it so that gold and prediction are compared alike."""
    bounds = _unit_bounds(s)
    if bounds is None:
        return "".join(map(_fold_unit, s))
    return "".join(_fold_unit(s[start:end]) for start, end in bounds)


_TRADITIONAL_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
"""Where Traditional characters with a Simplified form are: CJK Extension A, the unified
ideographs and the compatibility ideographs (the supplementary planes' are too rare in
news to pay for)."""


@lru_cache(maxsize=1)
def _traditional() -> tuple[re.Pattern[str], dict[int, str]]:
    """A pattern finding OpenCC's Traditional characters (its ``t2s``), and the table to
    their Simplified forms. Each character is converted on a line of its own, so that none
    of OpenCC's phrases spans two (乾隆 stays, 乾燥 becomes 干燥) and the table is one
    character for one. Built at the first text with a non-ASCII character (20-30 ms), so
    neither importing coopllm nor an ASCII article loads OpenCC."""
    import opencc

    chars = [chr(code) for low, high in _TRADITIONAL_BLOCKS for code in range(low, high + 1)]
    converted: list[str] = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    table = {ord(t): s for t, s in zip(chars, converted, strict=True) if len(s) == 1 and s != t}
    return re.compile("[" + "".join(map(chr, table)) + "]"), table


def simplified(text: str) -> str:
    """``text`` with its Traditional Chinese characters in their Simplified forms (簽署
    as 签署, 協議 as 协议), for the rules, written in Simplified characters, to read
    Taiwan's, Hong Kong's and Macau's news. One character for one: an offset into it is an
    offset into ``text``. Never what a record holds, nor what grounding compares: a name
    stands as written.

    A text without Traditional characters is returned as it is, after one scan (a few
    microseconds an article): translating costs fifteen times that."""
    if text.isascii():
        return text
    found, table = _traditional()
    return text.translate(table) if found.search(text) else text


def _word_class(char: str) -> str | None:
    """Coarse class used to decide whether two adjacent characters belong to one word."""
    if char.isdigit():
        return "digit"
    if char.isupper():
        return "upper"
    if char.islower():
        return "lower"
    return "caseless" if char.isalnum() else None


_JOINING = frozenset(
    {
        ("upper", "upper"),
        ("lower", "lower"),
        ("digit", "digit"),
        ("upper", "digit"),
        ("digit", "upper"),
        ("lower", "digit"),
        ("digit", "lower"),
    }
)
"""Neighbouring classes that continue a word. A case change ("theNEU", "NRTCsigned") or a
change of script ("与NEU签约") counts as a break, because scraped text often loses the space
there and Chinese never has one."""


def _joins(left: str, right: str) -> bool:
    return (_word_class(left), _word_class(right)) in _JOINING


class SourceIndex:
    """One article text prepared for many look-ups.

    A record holds some thirty values and batch runs see 100,000 articles, so the normalised
    text and its map back to original offsets are built once per text, and repeated values
    (a party name reused as a signatory's organisation) are answered from a cache.
    """

    def __init__(self, text: str, *, offset: int = 0) -> None:
        """``offset``: where ``text`` starts in the source text the spans index (the
        article as given, before the whitespace around it was stripped)."""
        self.text = text
        self.offset = offset
        bounds = _unit_bounds(text)
        if bounds is None:
            pieces = list(map(_fold_unit, text))
            # Each normalised character maps back to the character it came from.
            self._starts = [i for i, piece in enumerate(pieces) for _ in piece]
            self._ends = [start + 1 for start in self._starts]
        else:
            pieces = [_fold_unit(text[start:end]) for start, end in bounds]
            units = list(zip(bounds, pieces, strict=True))  # ... or the unit it came from
            self._starts = [start for (start, _), piece in units for _ in piece]
            self._ends = [end for (_, end), piece in units for _ in piece]
        self.normalized = "".join(pieces)
        self._cache: dict[tuple[str, float | None], _Result] = {}

    def locate(
        self, value: str, *, fuzzy_threshold: float = 90.0
    ) -> tuple[MatchStatus, list[Span]]:
        """Status and source-text spans of ``value``; see the module docstring."""
        status, offsets = self.offsets(value, fuzzy_threshold=fuzzy_threshold)
        shift = self.offset
        return status, [Span(start=start + shift, end=end + shift) for start, end in offsets]

    def offsets(self, value: str, *, fuzzy_threshold: float | None = 90.0) -> _Result:
        """What ``locate`` answers, as plain (start, end) pairs: the guard asks about
        every value several times and needs no ``Span`` objects. ``fuzzy_threshold``
        None: no fuzzy match (a person's name: "Wang Xiaoming" is not "Wang Xiaoping")."""
        key = (value, fuzzy_threshold)
        if key not in self._cache:
            self._cache[key] = self._match(value, fuzzy_threshold)
        return self._cache[key]

    def _match(self, value: str, fuzzy_threshold: float | None) -> _Result:
        if not value:
            return "ungrounded", ()
        target = normalize_for_match(value)
        exact = self._exact(value)
        if exact:
            return "exact", exact
        if len(target) < MIN_MATCH_CHARS:
            return "ungrounded", ()
        # Normalising drops the punctuation between digits ("2023.1.12" and "2023.11.2"
        # both fold to "2023112"), and a fuzzy match lets a digit differ ("February 21"
        # for "February 27"): a match must write the value's numbers, as written.
        numbers = _numbers(value)
        normalized = self._same_numbers(self._normalized(target), numbers)
        if normalized:
            return "normalized", normalized
        if fuzzy_threshold is None:
            return "ungrounded", ()
        fuzzy = self._same_numbers(self._fuzzy(target, fuzzy_threshold), numbers)
        if fuzzy:
            return "fuzzy", fuzzy
        return "ungrounded", ()

    def _same_numbers(self, found: _Offsets, numbers: list[str]) -> _Offsets:
        return tuple(span for span in found if _numbers(self.text[span[0] : span[1]]) == numbers)

    def _exact(self, value: str) -> _Offsets:
        """Every occurrence that is no part of a longer word: "Tang Wei" is not written
        in "Tang Weiguo", nor "HUST" in "HUSTLE" (a change of case or script is a word's
        end: scraped text loses spaces there, and Chinese has none)."""
        found = []
        for start in _occurrences(self.text, value):
            end = start + len(value)
            if not self._cuts_a_letter(start, end) and self._stands_alone(start, end):
                found.append((start, end))
        return tuple(found)

    def _cuts_a_letter(self, start: int, end: int) -> bool:
        """Whether original span [start, end) begins or ends inside a letter written
        with a combining mark ("E" and U+0301 in decomposed text, as some exports write
        "É"): "CAFE" is not written in "CAFÉ Group", in either form."""
        text = self.text
        return any(
            at < len(text) and unicodedata.category(text[at]).startswith("M") for at in (start, end)
        )

    def _normalized(self, target: str) -> _Offsets:
        found = []
        for first in _occurrences(self.normalized, target):
            last = first + len(target)
            if not self._on_unit_bounds(first, last):
                continue
            start, end = self._starts[first], self._ends[last - 1]
            if self._stands_alone(start, end):
                found.append((start, end))
        return tuple(found)

    def _fuzzy(self, target: str, threshold: float) -> _Offsets:
        if len(target) < MIN_FUZZY_CHARS:
            return ()
        alignment = fuzz.partial_ratio_alignment(target, self.normalized, score_cutoff=threshold)
        if alignment is None:
            return ()
        first, last = self._widen(target, alignment.dest_start, alignment.dest_end, threshold)
        if not _covers(last - first, target, threshold):
            return ()
        start, end = self._whole_words(self._starts[first], self._ends[last - 1])
        if fuzz.ratio(target, normalize_for_match(self.text[start:end])) < threshold:
            return ()  # "Gu Hongyan" is no typo of the "Gu Hongyang" the window cut
        return ((start, end),)

    def _whole_words(self, start: int, end: int) -> tuple[int, int]:
        """Span [start, end) grown to the ends of the words it cuts: the best window of a
        typo'd value often stops a letter short ("Qingshan Universit")."""
        text = self.text
        while start > 0 and _joins(text[start - 1], text[start]):
            start -= 1
        while end < len(text) and _joins(text[end - 1], text[end]):
            end += 1
        return start, end

    def _widen(self, target: str, first: int, last: int, threshold: float) -> tuple[int, int]:
        """Best window near partial_ratio's alignment, which always has the value's length.

        When the text holds one character more than the value ("Technology" for
        "Technolgy"), the fixed-length window cuts off an end of the name; trying each edge
        a few characters either way recovers it. Few edits are allowed above the threshold,
        so the search stays tiny.
        """
        slack = int(len(target) * (100 - threshold) / 100) + 1
        size = len(self.normalized)
        best = (fuzz.ratio(target, self.normalized[first:last]), first, last)
        for left in range(max(0, first - slack), min(size, first + slack) + 1):
            for right in range(max(left + 1, last - slack), min(size, last + slack) + 1):
                score = fuzz.ratio(target, self.normalized[left:right])
                if score > best[0]:
                    best = (score, left, right)
        return self._grown(target, best[1], best[2], threshold)

    def _grown(self, target: str, first: int, last: int, threshold: float) -> tuple[int, int]:
        """A window shorter than the value grown by the Chinese characters beside it while
        it stays above the threshold: the best-scoring window often stops a character
        short ("…研究" for "…研究所"), and Chinese has no word ends to grow it to."""
        text = self.normalized
        while last - first < len(target):
            if (
                last < len(text)
                and _word_class(text[last]) == "caseless"
                and (fuzz.ratio(target, text[first : last + 1]) >= threshold)
            ):
                last += 1
            elif (
                first > 0
                and _word_class(text[first - 1]) == "caseless"
                and (fuzz.ratio(target, text[first - 1 : last]) >= threshold)
            ):
                first -= 1
            else:
                break
        return first, last

    def _on_unit_bounds(self, first: int, last: int) -> bool:
        """Whether normalised range [first, last) covers whole units only.

        One unit can fold to several characters ("ﬁ" to "fi"); a match that starts or ends
        inside such a unit would map to a span whose text does not normalise to the value.
        """
        starts = self._starts
        opens = first == 0 or starts[first - 1] != starts[first]
        closes = last == len(starts) or starts[last] != starts[last - 1]
        return opens and closes

    def _stands_alone(self, start: int, end: int) -> bool:
        """Whether original span [start, end) is not the inside of a longer word."""
        text = self.text
        # isalnum first: most neighbours are spaces or punctuation, and every exact match
        # is checked (a value is looked up in all its occurrences).
        outside = text[start - 1] if start else " "
        before = not (outside.isalnum() and _joins(outside, text[start]))
        outside = text[end] if end < len(text) else " "
        after = not (outside.isalnum() and _joins(text[end - 1], outside))
        return before and after


def _numbers(text: str) -> list[str]:
    """The runs of digits in ``text``, in any script's digits (NFKC: "２０２３" is 2023)."""
    return _DIGITS.findall(unicodedata.normalize("NFKC", text)) if _HAS_DIGIT(text) else []


_DIGITS = re.compile(r"\d+")
_HAS_DIGIT = re.compile(r"\d").search


def _covers(window: int, target: str, threshold: float) -> bool:
    """Whether an aligned window is long enough to stand for the whole value.

    partial_ratio also scores short windows at the ends of the text, so a value whose tail
    is missing (the text ends "... Huazhong University") or a text shorter than the value
    could otherwise pass.
    """
    return window * 100 >= len(target) * threshold


def _occurrences(haystack: str, needle: str) -> Iterator[int]:
    """Start of every non-overlapping occurrence of a non-empty ``needle``."""
    index = haystack.find(needle)
    while index != -1:
        yield index
        index = haystack.find(needle, index + len(needle))


def locate(
    value: str, text: str, *, fuzzy_threshold: float = 90.0
) -> tuple[MatchStatus, list[Span]]:
    """Find ``value`` in ``text``; use :class:`SourceIndex` to look up many values."""
    return SourceIndex(text).locate(value, fuzzy_threshold=fuzzy_threshold)


def _people_values(people: Sequence[Signatory], prefix: str) -> Iterator[tuple[str, str]]:
    for index, person in enumerate(people):
        for field in ("name", "title", "organization"):
            value = getattr(person, field)
            if value is not None:
                yield f"{prefix}[{index}].{field}", value


def _list_values(values: Sequence[str], prefix: str) -> Iterator[tuple[str, str]]:
    for index, value in enumerate(values):
        yield f"{prefix}[{index}]", value


def _agreement_values(agreement: Agreement, prefix: str) -> Iterator[tuple[str, str]]:
    """String values of one agreement that must occur in the text.

    ``cooperation_areas`` are paraphrases by design and the enums are labels, so neither is
    grounded.
    """
    for field in ("title", "date_text", "location"):
        value = getattr(agreement, field)
        if value is not None:
            yield f"{prefix}.{field}", value
    for index, party in enumerate(agreement.parties):
        yield f"{prefix}.parties[{index}].name", party.name
        yield from _list_values(party.aliases, f"{prefix}.parties[{index}].aliases")
    yield from _people_values(agreement.signatories, f"{prefix}.signatories")
    yield from _people_values(agreement.witnesses, f"{prefix}.witnesses")
    yield from _list_values(agreement.facilitators, f"{prefix}.facilitators")
    yield from _list_values(agreement.established_entities, f"{prefix}.established_entities")


def _record_values(record: ExtractionDraft | ArticleExtraction) -> Iterator[tuple[str, str]]:
    """Every groundable string of ``record`` with its JSON path, in document order."""
    if record.article.title is not None:
        yield "article.title", record.article.title
    for index, agreement in enumerate(record.agreements):
        yield from _agreement_values(agreement, f"agreements[{index}]")


def ground_record(
    record: ExtractionDraft | ArticleExtraction,
    text: str | SourceIndex,
    *,
    fuzzy_threshold: float = 90.0,
) -> list[GroundedValue]:
    """One :class:`GroundedValue` per string value of ``record`` (None values skipped).

    Pass a ``SourceIndex`` already built for the text to reuse its work (the guard builds
    one per article too).
    """
    index = text if isinstance(text, SourceIndex) else SourceIndex(text)
    grounded = []
    for path, value in _record_values(record):
        status, spans = index.locate(value, fuzzy_threshold=fuzzy_threshold)
        grounded.append(GroundedValue(path=path, value=value, status=status, spans=spans))
    return grounded
