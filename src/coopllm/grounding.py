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
"2023.11.2", nor "February 21" "February 27"). A fuzzy match must also write its number
words alike (十一局 is not 十二局, "Phase III" not "Phase II", "First" not "Fifth") and may
not change a short word (one letter makes "Hubei" "Hebei"): a fuzzy match is a typo in a long
word, or a space or a stop, never another organisation. A date is never fuzzy: one letter or
numeral off is another day. A person's name is never fuzzy, nor the start of a longer name
(王伟 in 王伟东, "Li Wei" in "Li Wei-ming").

Characters are the unit throughout (no word tokenisation), so Chinese works the same way as
English. Spans are always offsets into the *original* text: the normalised text carries an
index map back to it, built once per text by :class:`SourceIndex`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property, lru_cache
from itertools import compress
from typing import Literal, NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from coopllm.lexicon import ZH_TITLE_HEADS, ZH_TITLES, simplified, word_alternation
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

SHORT_WORD = 7
"""Longest word (letters) a fuzzy match may not change: an edit in a short word makes another
name ("Hubei" and "Hebei", "Shanxi" and "Shaanxi" are two provinces), while a typo in a long
one ("Technolgy") leaves the word recognisable."""

NEVER_FUZZY = frozenset({"date_text"})
"""Fields grounded exactly or normalised only: a date one letter or numeral off is another
date ("June 20" for "July 20", 十一月 for 十月), and ``date_signed`` is read from it."""

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


_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
"""A Latin letter, which may carry an accent (Latin-1 to Extended-B, Extended Additional)."""
_UNACCENTED = str.maketrans({"đ": "d", "ð": "d", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe",
                             "ı": "i", "þ": "th"})  # fmt: skip
"""Latin letters with a stroke or ligature, which no decomposition takes apart."""
_UNACCENTED_ANY_CASE = str.maketrans({"Đ": "D", "Ð": "D", "Ł": "L", "Ø": "O", "Æ": "AE",
                                      "Œ": "OE", "Þ": "TH", "İ": "I"}) | _UNACCENTED  # fmt: skip


def _unaccented(text: str) -> str:
    """``text`` without the accents of its Latin letters, its case and spacing kept."""
    decomposed = unicodedata.normalize("NFKD", text).translate(_UNACCENTED_ANY_CASE)
    return "".join(c for c in decomposed if not _is_mark(c))


@lru_cache(maxsize=65536)
def _fold_unit(unit: str) -> str:
    """Normal form of one unit; cached because articles reuse a small alphabet. A Latin
    letter loses its accents ("José María Pérez" is "Jose Maria Perez", "Łódź" "Lodz",
    as a model or an English page may write them); other scripts' marks stay (が is not
    か)."""
    folded = unicodedata.normalize("NFKC", unit).casefold()
    if _LATIN_LETTER.match(unit):
        folded = unicodedata.normalize("NFKD", folded).translate(_UNACCENTED)
        folded = "".join(c for c in folded if not _is_mark(c))
    return "".join(char for char in folded if _is_kept(char))


@lru_cache(maxsize=4096)
def normalize_for_match(s: str) -> str:
    """The form the ``normalized`` tier compares: NFKC, casefolded, Latin letters without
    accents, without spaces or punctuation. (Evaluation does not use it: the spec's
    scoring folds case and punctuation only, see :func:`coopllm.evaluation.normalize_name`.)
    Cached: the rules compare a record's few names with each other some seventy times an
    article."""
    bounds = _unit_bounds(s)
    if bounds is None:
        return "".join(map(_fold_unit, s))
    return "".join(_fold_unit(s[start:end]) for start, end in bounds)


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


def _base_before(text: str, end: int) -> str:
    """The letter that ``text[:end]`` ends with, past its combining marks: "U" in a
    decomposed "NEÚ", whose accent joins no word."""
    at = end - 1
    while at > 0 and _is_mark(text[at]):
        at -= 1
    return text[at]


class _Folded(NamedTuple):
    """A text normalised for matching, with the text offsets each character came from."""

    text: str
    starts: list[int]
    ends: list[int]


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
        self._cache: dict[tuple[str, float | None, bool], _Result] = {}
        self._every: dict[tuple[str, bool], _Offsets] = {}

    @cached_property
    def _folded(self) -> _Folded:
        """The normalised text and its map back, built at the first value the text does
        not write as given (one in another case, a name across a line break)."""
        text = self.text
        bounds = _unit_bounds(text)
        if bounds is None:
            pieces = list(map(_fold_unit, text))
            normalized = "".join(pieces)
            # Each normalised character maps back to the character it came from: the
            # kept ones (compress), unless a character folds to several ("ﬁ" to "fi").
            starts = list(compress(range(len(text)), pieces))
            if len(starts) != len(normalized):
                starts = [i for i, piece in enumerate(pieces) for _ in piece]
            return _Folded(normalized, starts, [start + 1 for start in starts])
        pieces = [_fold_unit(text[start:end]) for start, end in bounds]
        units = list(zip(bounds, pieces, strict=True))  # ... or the unit it came from
        starts = [start for (start, _), piece in units for _ in piece]
        ends = [end for (_, end), piece in units for _ in piece]
        return _Folded("".join(pieces), starts, ends)

    @property
    def normalized(self) -> str:
        """The text as ``normalize_for_match`` folds it."""
        return self._folded.text

    @property
    def _starts(self) -> list[int]:
        """Where in the text each normalised character's unit starts."""
        return self._folded.starts

    @property
    def _ends(self) -> list[int]:
        """Where in the text each normalised character's unit ends."""
        return self._folded.ends

    def locate(
        self, value: str, *, fuzzy_threshold: float | None = 90.0, person: bool = False
    ) -> tuple[MatchStatus, list[Span]]:
        """Status and source-text spans of ``value``; see the module docstring."""
        status, offsets = self.offsets(value, fuzzy_threshold=fuzzy_threshold, person=person)
        shift = self.offset
        return status, [Span(start=start + shift, end=end + shift) for start, end in offsets]

    def offsets(
        self, value: str, *, fuzzy_threshold: float | None = 90.0, person: bool = False
    ) -> _Result:
        """What ``locate`` answers, as plain (start, end) pairs: the guard asks about
        every value several times and needs no ``Span`` objects. ``fuzzy_threshold``
        None: no fuzzy match (a date: "June 20" is not "July 20"). ``person``: a person's
        name, never fuzzy ("Wang Xiaoming" is not "Wang Xiaoping") and never the start of
        a longer name (see ``_name_goes_on``)."""
        key = (value, None if person else fuzzy_threshold, person)
        if key not in self._cache:
            self._cache[key] = self._match(value, key[1], person)
        return self._cache[key]

    def written_form(self, value: str, *, person: bool = False) -> str:
        """The article's own spelling of a value it writes with other accents ("José
        María Pérez" for "Jose Maria Perez", "Łódź" for "Lodz"), else the value: a record
        holds names as written (spec), and scoring compares them so."""
        status, spans = self.offsets(value, fuzzy_threshold=None, person=person)
        if status != "normalized":
            return value
        start, end = spans[0]
        found = self.text[start:end]
        return found if _unaccented(found) == _unaccented(value) else value

    def _match(self, value: str, fuzzy_threshold: float | None, person: bool) -> _Result:
        if not value:
            return "ungrounded", ()
        target = normalize_for_match(value)
        exact = self._whole_names(self._exact(value), target) if person else self._exact(value)
        if exact:
            return "exact", exact
        if len(target) < MIN_MATCH_CHARS:
            return "ungrounded", ()
        normalized = self._normalized_mentions(value, target, person)
        if normalized:
            return "normalized", normalized
        if fuzzy_threshold is None:
            return "ungrounded", ()
        fuzzy = tuple(
            s for s in self._fuzzy(target, fuzzy_threshold) if _same_words(value, self._at(s))
        )
        if fuzzy:
            return "fuzzy", fuzzy
        return "ungrounded", ()

    def every_mention(self, value: str, *, person: bool = False) -> _Offsets:
        """Every mention of the value written as the value is but for the spaces and line
        breaks between its words and the accents on its letters, the exact ones among them:
        a name written once as given and once broken across a line ("José Pérez" and
        "José\nPérez"). Grounding gives a value the spans of its first tier that finds any;
        the guard reads a role in every sentence that names the value. Not another case
        ("the" for "The", a headline's capitals), never fuzzy."""
        key = (value, person)
        if key not in self._every:
            status, found = self.offsets(value, fuzzy_threshold=None, person=person)
            target = normalize_for_match(value)
            if status == "exact" and len(target) >= MIN_MATCH_CHARS:
                words = _unaccented(value).split()
                more = self._normalized_mentions(value, target, person)
                alike = (span for span in more if _unaccented(self._at(span)).split() == words)
                found = tuple(sorted({*found, *alike}))
            self._every[key] = found
        return self._every[key]

    def _normalized_mentions(self, value: str, target: str, person: bool) -> _Offsets:
        """The normalised tier's mentions of ``value`` (``target``, folded)."""
        # Normalising drops the punctuation between digits ("2023.1.12" and "2023.11.2"
        # both fold to "2023112"): a match must write the value's numbers, as written.
        numbers = _numerals(value)
        normalized = tuple(s for s in self._normalized(target) if _numerals(self._at(s)) == numbers)
        return self._whole_names(normalized, target) if person else normalized

    def _at(self, span: tuple[int, int]) -> str:
        return self.text[span[0] : span[1]]

    def longer_name(self, value: str) -> str | None:
        """The longer name the text writes ``value`` in, when it writes it in no other way:
        "Zhejiang University" only as "Zhejiang University of Technology", 浙江大学 only
        as 浙江大学城市学院 (another institution). None when some mention stands alone or
        there is none; a company's name ends at its legal form ("Hanseong Marine Engineering
        Co. of the Republic of Korea": its country)."""
        found = self.offsets(value)[1]
        longer = []
        formed = _ENDS_IN_A_LEGAL_FORM.search(value) is not None
        for start, end in found:
            after = _LONGER_NAME.match(simplified(self.text[end : end + _LONGER_NAME_SPAN]))
            if after is None or (formed and after.group().lstrip().startswith("of")):
                return None
            longer.append(self.text[start : end + after.end()])
        return longer[0] if longer else None

    def _whole_names(self, found: _Offsets, target: str) -> _Offsets:
        """The mentions of a person's name that are not the start or end of a longer one."""
        short = len(target) == 2 and all(map(_is_cjk, target))
        split = len(target) > 2 and all(map(_is_cjk, target)) and self._written_apart(target)
        return tuple(
            span
            for span in found
            if not self._name_goes_on(*span, short)
            and not (split and self._opens_on_a_titles_end(span[0]))
        )

    def _written_apart(self, name: str) -> bool:
        """Whether the text writes the Chinese ``name`` less its first character on its
        own, not after that character: "孙伟表示" beside "董事长孙伟"."""
        rest = name[1:]
        at = self.text.find(rest, 1)
        while at >= 0:
            if self.text[at - 1] != name[0]:
                return True
            at = self.text.find(rest, at + 1)
        return False

    def _opens_on_a_titles_end(self, start: int) -> bool:
        """Whether the Chinese name at ``start`` opens on the last character of a title
        written before it, the rest of the name written on its own elsewhere
        (:meth:`_written_apart`): "董事长孙伟" and "孙伟表示" are 董事长 and 孙伟, not 董事 and
        长孙伟 (the blind89 cl03's model gave that witness beside 孙伟, 长孙 being a surname
        too); not a name after a body's, "丰田汽车公司长谷川浩" (公司 and 长谷川浩, not 司长:
        review90)."""
        window = simplified(self.text[max(0, start - _TITLE_BEFORE_SPAN) : start + 1])
        return _ENDS_A_TITLE.search(window) is not None

    def _name_goes_on(self, start: int, end: int, short_cjk: bool) -> bool:
        """Whether the name at [start, end) is part of a longer one: joined by a hyphen to
        a letter ("Li Wei-ming", "Jean-Pierre Li" for "Pierre Li"), or, for a Chinese name
        of two characters, followed by a character that is no word said after a name (王伟
        in 王伟东; not in 王伟副校长, 王伟与, 王伟签署: see ``_AFTER_A_NAME``). A Chinese
        name of three characters is whole: four-character names are rare."""
        text = self.text
        if _HYPHEN_LETTER.match(text, end) or (
            start > 1 and text[start - 1] in _HYPHENS and text[start - 2].isalpha()
        ):
            return True
        return (
            short_cjk
            and end < len(text)
            and _is_cjk(text[end])
            and not _AFTER_A_NAME.match(simplified(text[end : end + _AFTER_A_NAME_SPAN]))
        )

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
        return any(at < len(text) and _is_mark(text[at]) for at in (start, end))

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
        while end < len(text) and _joins(_base_before(text, end), text[end]):
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
        it stays above the threshold and its edits do not grow: the best-scoring window
        often stops a character short ("…研究" for "…研究所"), and Chinese has no word ends
        to grow it to.

        The edits are counted as Levenshtein's, where a changed character is one edit:
        "…研究所" is as near "…研究院" as "…研究" is, and is grown to; a window that lacks
        a character inside ("十月" for "十一月") is not grown by the unrelated character
        after it (the ratio, which counts a change as two, would drop either way)."""
        edits = Levenshtein.distance(target, self.normalized[first:last])
        while last - first < len(target):
            if (grown := self._grows(target, first, last + 1, last, edits, threshold)) is not None:
                last, edits = last + 1, grown
            elif (
                grown := self._grows(target, first - 1, last, first - 1, edits, threshold)
            ) is not None:
                first, edits = first - 1, grown
            else:
                break
        return first, last

    def _grows(
        self, target: str, first: int, last: int, added: int, edits: int, threshold: float
    ) -> int | None:
        """The edits of window [first, last), grown by the character at ``added``, if that
        is a caseless character, the window stays above the threshold and has no more
        edits than ``edits``."""
        text = self.normalized
        if not (0 <= added < len(text) and _word_class(text[added]) == "caseless"):
            return None
        window = text[first:last]
        if fuzz.ratio(target, window) < threshold:
            return None
        grown = Levenshtein.distance(target, window, score_cutoff=edits)
        return grown if grown <= edits else None

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
        after = not (outside.isalnum() and _joins(_base_before(text, end), outside))
        return before and after


_ZH_NUMERALS = "〇零一二三四五六七八九十百千万两兩萬"
_NUMERALS = re.compile(rf"\d+|[{_ZH_NUMERALS}]+")
"""Runs of digits (in any script: NFKC makes "２０２３" 2023) or of Chinese numerals."""
_TRADITIONAL_NUMERALS = str.maketrans("兩萬", "两万")

_ROMAN = r"X?(?:IX|IV|VI{0,3}|I{1,3})|XX?"
"""Roman numerals I to XX."""
_NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip
_WORD_START = r"(?:(?<![^\W\d_])|(?<=[a-z])(?=[A-Z]))"
_WORD_END = r"(?:(?![^\W\d_])|(?<=[a-z])(?=[A-Z]))"
"""A word's edges: no letter beside it, or a change to upper case (scraped text loses the
space there: "PhaseII", "theFirst")."""
_NUMBER_TOKENS = re.compile(
    rf"{_NUMERALS.pattern}"
    # Roman numerals in capitals only ("Xi" is a name), not before an apostrophe ("XI'AN").
    rf"|{_WORD_START}(?:{_ROMAN}){_WORD_END}"
    r"(?!['\u2019][^\W\d_])"
    rf"|{_WORD_START}(?i:{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))}){_WORD_END}"
)
"""What a fuzzy match must write as the value does: digits, Chinese numerals, Roman numerals
I to XX, English number words and ordinals to twenty."""


def _numerals(text: str) -> list[str]:
    """The runs of digits and of Chinese numerals in ``text``: the normalised tier
    compares the same letters, so only where stops split numbers can it differ."""
    return _tokens(_NUMERALS, text)


def _tokens(pattern: re.Pattern[str], text: str) -> list[str]:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_TRADITIONAL_NUMERALS)
    return [token.casefold() for token in pattern.findall(text)]


def _same_words(value: str, found: str) -> bool:
    """Whether a fuzzy match ``found`` may stand for ``value``: it writes the same numbers
    and number words, and changes no short word."""
    return _tokens(_NUMBER_TOKENS, value) == _tokens(_NUMBER_TOKENS, found) and not (
        _changes_a_short_word(value, found)
    )


_CONNECTIVES = frozenset({"and", "of", "the", "for", "at", "in", "on"})
"""Words a name may add or leave out as it may an "&": "Science and Technology" is
"Science & Technology"."""


def _changes_a_short_word(value: str, found: str) -> bool:
    """Whether the edits that turn ``value`` into ``found`` (normalised) change a word of
    at most ``SHORT_WORD`` letters on either side, or add one: the edits a typo makes in
    a long word are kept, and spaces and stops are no edits. Caseless scripts have no
    words here (a Chinese character is not a word): their numerals are checked instead."""
    source, source_words = _short_words(value)
    dest, dest_words = _short_words(found)
    for op in Levenshtein.editops(source, dest):
        if op.tag == "insert":
            touched = _inside(source_words, op.src_pos) or dest_words[op.dest_pos] >= 0
        elif op.tag == "delete":
            touched = source_words[op.src_pos] >= 0 or _inside(dest_words, op.dest_pos)
        else:
            touched = source_words[op.src_pos] >= 0 or dest_words[op.dest_pos] >= 0
        if touched:
            return True
    return False


def _inside(words: list[int], at: int) -> bool:
    """Whether a character added before position ``at`` falls inside one short word."""
    return 0 < at < len(words) and words[at - 1] == words[at] >= 0


def _short_words(text: str) -> tuple[str, list[int]]:
    """``text`` normalised without its connectives, and for each of its characters the
    number of the short word it is in (-1: in a long word, or in none)."""
    folded: list[str] = []
    words: list[int] = []
    done = 0
    for number, (start, end) in enumerate(_cased_words(text)):
        gap = normalize_for_match(text[done:start])
        word = normalize_for_match(text[start:end])
        if word in _CONNECTIVES:
            word = ""
        folded += (gap, word)
        words += [-1] * len(gap) + [number if len(word) <= SHORT_WORD else -1] * len(word)
        done = end
    tail = normalize_for_match(text[done:])
    return "".join(folded) + tail, words + [-1] * len(tail)


def _cased_words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of letters with case (Latin, Greek, Cyrillic...), split
    where a lower-case letter meets a capital (scraped text loses the space there)."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for at, char in enumerate(text):
        cased = char.islower() or char.isupper()
        if start is None:
            start = at if cased else None
        elif cased and char.isupper() and text[at - 1].islower():
            spans.append((start, at))
            start = at
        elif not cased and not _is_mark(char):
            spans.append((start, at))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


_HYPHENS = "-\u2010\u2011"
_HYPHEN_LETTER = re.compile(rf"[{_HYPHENS}][^\W\d_]")
"""A hyphen joining a letter to a name goes on with it: "Li Wei-ming" is not "Li Wei"."""

_NAME_FOLLOWERS = (
    # Honorifics and groups the vocabulary of titles (coopllm.titles) lacks.
    *("先生", "女士", "同志", "老师", "一行", "等"),
    # Conjunctions: 王伟与李明, 王伟和李明.
    *("与", "和", "及", "暨", "同", "跟"),
    # Prepositions and adverbs: 王伟在会上, 王伟代表学校, 王伟分别, 王伟也.
    *("在", "于", "为", "向", "对", "代表", "分别", "共同", "一同", "一起", "也", "还", "则"),
    *("就", "将", "已", "是", "的"),
    # The verbs the guard reads a role in, and those of speaking.
    *("签", "见证", "主持", "出席", "参加", "致辞", "讲话", "发言", "揭牌", "揭幕", "陪同"),
    *("会见", "率", "带队", "宣读", "宣布", "表示", "指出", "介绍", "强调", "说", "作"),
    *("希望", "感谢", "欢迎", "首先", "随后", "应邀"),
    # ... and more of them, with titles the vocabulary leaves out (a Chinese audit's).
    *("先后", "授牌", "认为", "回顾", "致欢迎辞", "致欢迎词", "互签", "草签", "带领", "一致"),
    *("主委", "首席"),
)
"""What a sentence says right after a person's name, besides a title."""
_AFTER_A_NAME_SPAN = 8
"""Characters read after a name: the longest title or word that may follow it."""


_TITLE_BEFORE_SPAN = 8
"""Characters read before a name for a title it may open on the end of."""
_ENDS_A_TITLE = re.compile(f"(?:{word_alternation(t for t in ZH_TITLES if len(t) > 1)})$")
"""A Chinese title of two characters or more that ends the text read."""
_AFTER_A_NAME = re.compile(word_alternation({*ZH_TITLES, *ZH_TITLE_HEADS, *_NAME_FOLLOWERS}))
"""A Chinese title (the vocabulary, and the words that begin one, such as 副 and 常务) or
another word said after a name."""


_LONGER_NAME = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w'-]*"
    r"|城市学院|医学院|学院|研究生院|研究院|研究所|研究中心|分院|分公司|子公司|分校|校区"
    r"|附属|附中|附小|医院|分行|支行|分局|分会|分中心"
)
"""How an organisation's name runs on into another's, right after it: "Zhejiang University"
into "Zhejiang University of Technology", 浙江大学 into 浙江大学城市学院, 甲公司 into
甲公司分公司 (read in Simplified characters)."""
_ENDS_IN_A_LEGAL_FORM = re.compile(
    r"\b(?:Co|Ltd|Limited|Inc|Corp|Corporation|LLC|PLC|GmbH|AG|Pte|Pty)\.?$", re.IGNORECASE
)
_LONGER_NAME_SPAN = 40
"""Characters read after a name: room for "of the" and a long word."""


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
    value: str, text: str, *, fuzzy_threshold: float | None = 90.0, person: bool = False
) -> tuple[MatchStatus, list[Span]]:
    """Find ``value`` in ``text``; use :class:`SourceIndex` to look up many values."""
    return SourceIndex(text).locate(value, fuzzy_threshold=fuzzy_threshold, person=person)


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
    evidence: Mapping[str, Span] | None = None,
) -> list[GroundedValue]:
    """One :class:`GroundedValue` per string value of ``record`` (None values skipped).

    Pass a ``SourceIndex`` already built for the text to reuse its work (the guard builds
    one per article too). ``evidence``: the sentence that states each value's role, by
    path (:func:`coopllm.guard.evidence.role_evidence`).
    """
    evidence = evidence or {}
    index = text if isinstance(text, SourceIndex) else SourceIndex(text)
    grounded = []
    for path, value in _record_values(record):
        fuzzy = None if path.rpartition(".")[2] in NEVER_FUZZY else fuzzy_threshold
        person = _PERSON_NAME.search(path) is not None
        status, spans = index.locate(value, fuzzy_threshold=fuzzy, person=person)
        grounded.append(
            GroundedValue(
                path=path, value=value, status=status, spans=spans, evidence=evidence.get(path)
            )
        )
    return grounded


_PERSON_NAME = re.compile(r"\.(?:signatories|witnesses)\[\d+\]\.name$")
"""The paths of people's names, grounded as the guard grounds them (``person``)."""
