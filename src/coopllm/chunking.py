"""Long articles: split on paragraph and sentence boundaries, then merge the answers.

A model's context (8k tokens on the local backend) holds a few thousand words of article;
longer ones are cut into chunks of about ``chunk_chars`` (a CJK character counting three:
see :class:`_Measure`) that end at a paragraph (or, in a giant paragraph, a sentence)
boundary and repeat the previous chunk's last paragraph or last few sentences (a tenth of
a chunk at most), so a signing described across a boundary is seen whole at least once.
A text at most a tenth over the limit stays one chunk, and so does the rest of a long
one: one character more must not double an article's requests. A chunk is a slice of the
article, its breaks as written: a cut never puts a paragraph break the page lacks inside a
sentence ("the U.S.\n\nDepartment of Energy"). Each chunk is extracted on its own;
agreements of two chunks are merged when they are the same document (a title that names
it, or a mention that does not, "the agreement", with the named one's parties), never
when their parties show two deals, nor two of one chunk's answer (see
:func:`merge_drafts`). Grounding runs on the whole article afterwards, so every span
is in whole-article offsets.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from coopllm.dates import resolve_date
from coopllm.grounding import normalize_for_match
from coopllm.guard import Checker
from coopllm.lexicon import generic_title
from coopllm.parties import is_named, parties_apart
from coopllm.ratelimit import WIDE_CHAR
from coopllm.schema import Agreement, ExtractionDraft, Party, PartyKind, Signatory
from coopllm.sentences import PARAGRAPH_BREAK, sentence_bounds

_PARAGRAPH = re.compile(PARAGRAPH_BREAK)
_SOFT_BREAK = re.compile(r"[\s,;\uff0c\uff1b\u3001]")
"""Where a 'sentence' with no full stop may be cut: a clause stop or a space."""

Span = tuple[int, int]
"""A piece or chunk as (start, end) offsets into the article."""
_MARGIN = 10
"""A text (or the rest of one) up to 1/10 over ``chunk_chars`` is one chunk: 12,001
characters cost one request, not two or four."""
_OVERLAP = 10
"""The part a chunk repeats of the one before measures at most 1/10 of ``chunk_chars``:
the last paragraph, or the last sentences of a long one (half a chunk, repeated, made an
article a character over the limit cost four requests' worth of text)."""


def _stripped(text: str, start: int, end: int) -> Span | None:
    """``text[start:end]`` without the blank space around it, or None when it is blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _paragraphs(text: str) -> Iterator[Span]:
    """Each paragraph, without the blank space around it."""
    start = 0
    for match in [*_PARAGRAPH.finditer(text), None]:
        end = match.start() if match else len(text)
        if span := _stripped(text, start, end):
            yield span
        start = match.end() if match else end


class _Measure:
    """The size of a slice of one article in chunk characters, a CJK character counting
    three.

    ``chunk_chars`` counts characters of English, about four to a token; a CJK character
    is about a token of its own, so a chunk of Chinese holds a third as many (12,000: some
    3,000 tokens of English, 4,000 of Chinese). Measured character by character, the
    Chinese part of a page whose English comes first gets Chinese-sized chunks (a limit
    chosen once for the page gave it English-sized ones, 11,000 tokens, over an 8k context).
    """

    def __init__(self, text: str) -> None:
        self._wide = array("q", (m.start() for m in WIDE_CHAR.finditer(text)))

    def __call__(self, start: int, end: int) -> int:
        wide = bisect.bisect_left(self._wide, end) - bisect.bisect_left(self._wide, start)
        return end - start + 2 * wide

    def reach(self, start: int, most: int) -> int:
        """The furthest end of a slice from ``start`` that measures at most ``most``."""
        ends = range(start, start + most + 1)
        return start + bisect.bisect_right(ends, most, key=lambda end: self(start, end)) - 1

    def reach_back(self, end: int, most: int) -> int:
        """The earliest start of a slice up to ``end`` that measures at most ``most``."""
        starts = range(max(0, end - most), end + 1)
        return starts[bisect.bisect_left(starts, -most, key=lambda start: -self(start, end))]


def _pieces(text: str, measure: _Measure, most: int) -> list[Span]:
    """Paragraphs, with any paragraph over ``most`` in its sentences (:func:`_cut`)."""
    ends = [end for _, end in sentence_bounds(text)]
    pieces: list[Span] = []
    for start, end in _paragraphs(text):
        long = measure(start, end) > most
        pieces += _cut(text, (start, end), measure, most, ends) if long else [(start, end)]
    return pieces


def _cut(
    text: str, paragraph: Span, measure: _Measure, most: int, ends: Sequence[int]
) -> list[Span]:
    """A long paragraph's sentences, any over ``most`` cut at a clause stop or a space
    (or, in a run with none, hard). ``ends`` are the article's sentence ends in order, as
    the guard reads them (:func:`coopllm.sentences.sentence_bounds`): "U.S. Department",
    "Sept. 5" and "Co., Ltd. jointly" run on."""
    start, stop = paragraph
    pieces: list[Span] = []
    for end in [*ends[bisect.bisect_right(ends, start) : bisect.bisect_left(ends, stop)], stop]:
        while measure(start, end) > most:  # a 'sentence' with no full stop at all
            cut = _soft_cut(text, start, measure.reach(start, most))
            pieces.append((start, cut))
            start = cut
        pieces.append((start, end))
        start = end
    return [span for a, b in pieces if (span := _stripped(text, a, b))]


def _soft_cut(text: str, start: int, limit: int) -> int:
    """After the last clause stop or space in the second half of [start, limit), else at
    ``limit``: a hard cut may fall inside a name, the last resort."""
    breaks = [m.end() for m in _SOFT_BREAK.finditer(text, start + (limit - start) // 2, limit)]
    return breaks[-1] if breaks else limit


def _overlap(text: str, measure: _Measure, chunk: Span, starts: Sequence[int], most: int) -> int:
    """Where the chunk after ``chunk`` starts: at the earliest of its pieces' ``starts``
    that leaves at most ``most`` to repeat; else at a sentence's start; else, in a
    sentence that long, after a clause stop or a space, or anywhere (a name a hard cut
    split is then whole in the next chunk)."""
    first, end = chunk
    earliest = max(first, measure.reach_back(end, most))
    at = earliest
    for bounds in (starts, [start for start, _ in sentence_bounds(text)]):
        i = bisect.bisect_left(bounds, earliest)
        if i < len(bounds) and bounds[i] < end:
            at = bounds[i]
            break
    else:
        soft = _SOFT_BREAK.search(text, earliest, end)
        at = soft.end() if soft else earliest
    span = _stripped(text, at, end)  # an indented paragraph, a run of spaces
    return span[0] if span else end


def split_text(text: str, chunk_chars: int) -> list[str]:
    """Chunks of at most ``chunk_chars`` (see :class:`_Measure`; the last, and a text that
    is one chunk, a tenth more), each a slice of ``text`` that starts with the end of the
    one before (:data:`_OVERLAP`)."""
    measure = _Measure(text)
    stretched = chunk_chars + chunk_chars // _MARGIN
    if measure(0, len(text)) <= stretched:
        return [text]
    repeated = chunk_chars // _OVERLAP
    # A piece leaves room for the repeated part and the blank space written before it.
    pieces = _pieces(text, measure, chunk_chars - 2 * repeated)
    starts = [start for start, _ in pieces]
    spans: list[Span] = []
    first, last = pieces[0]
    for start, end in pieces[1:]:
        if measure(first, end) > chunk_chars and measure(first, pieces[-1][1]) > stretched:
            spans.append((first, last))
            first = _overlap(text, measure, (first, last), starts, repeated)
            first = first if measure(first, end) <= chunk_chars else start
        last = end
    spans.append((first, last))
    return [text[start:end] for start, end in spans]


def _key(value: str | None) -> str:
    return normalize_for_match(value) if value else ""


def _title_key(title: str) -> str:
    """A title as two chunks may each write it: "the Strategic Cooperation Agreement" is
    the "Strategic Cooperation Agreement"."""
    return _key(_LEADING_ARTICLE.sub("", title))


_LEADING_ARTICLE = re.compile(r"^\s*(?:the|a|an)\s+", re.IGNORECASE)


def _same_document(a: Agreement, b: Agreement) -> bool:
    """One document seen in two chunks, unless their parties show two deals
    (:func:`~coopllm.parties.parties_apart`; a generic title, "cooperation agreement", is
    as often two documents, one signed with each partner): the same named title; a named
    title and a mention without one ("the agreement", or none) of the same parties,
    whatever type the mention's chunk guessed from its few words; two mentions without a
    named title of one type and the same parties or words (an MoU and a project
    agreement of one pair are two)."""
    if parties_apart(a.parties, b.parties):
        return False
    named_a, named_b = _named_title(a), _named_title(b)
    if named_a and named_b:
        return _title_key(named_a) == _title_key(named_b)
    # Both with parties, and not apart: one's parties are among the other's, by some name.
    shared = bool(a.parties) and bool(b.parties)
    if named_a or named_b:
        return shared
    first, second = a.title, b.title
    same_words = bool(first and second and _title_key(first) == _title_key(second))
    return a.agreement_type == b.agreement_type and (shared or same_words)


def _named_title(agreement: Agreement) -> str | None:
    """The agreement's title where it names the document, not where it only says "an
    agreement" ("the agreement", "cooperation agreement", 该协议): a chunk that tells
    the signing's end writes that of the document another chunk named."""
    title = agreement.title
    return None if title is None or generic_title(title) else title


def _person_key(person: Signatory) -> tuple[str, str, str]:
    """A person by name and title; an unnamed one by organisation too (the head of the
    university and the head of the company are two)."""
    organization = "" if person.name else _key(person.organization)
    return _key(person.name), _key(person.title), organization


def _union_people(a: list[Signatory], b: list[Signatory]) -> list[Signatory]:
    seen = {_person_key(p) for p in a}
    return [*a, *(p for p in b if _person_key(p) not in seen)]


def _union_strings(a: list[str], b: list[str]) -> list[str]:
    """``a``, then each of ``b`` not already there (nor earlier in ``b``), by key: two
    chunks' entries of one party each listing "HUST" gave ["HUST", "HUST"]."""
    united, seen = list(a), {_key(x) for x in a}
    for x in b:
        if _key(x) not in seen:
            seen.add(_key(x))
            united.append(x)
    return united


def _union_parties(a: list[Party], b: list[Party]) -> list[Party]:
    """Each organisation once, legal form aside: a chunk that writes "Corvan Metals" names
    the "Corvan Metals Ltd." of another (:func:`is_named`). By a name that is the other's
    name or alias, not by an alias both list: "HUST" stands for two universities (the
    spec's example). Normalisation, which comes after, joins the same organisation's
    variants by its keys ("The Hong Kong Polytechnic University" and "Hong Kong
    Polytechnic University") and keeps those two apart as well."""
    united = list(a)
    for party in b:
        index = next(
            (
                i
                for i, known in enumerate(united)
                if is_named(known, [party.name]) or is_named(party, [known.name])
            ),
            None,
        )
        if index is None:
            united.append(party)
        else:
            united[index] = _one_party(united[index], party)
    return united


def _one_party(a: Party, b: Party) -> Party:
    """Two entries of one organisation: the fuller name (spec: Party.name, the fullest
    the text gives), every other name an alias, the first kind that says one."""
    name = max(a.name, b.name, key=len)
    others = [form for form in (a.name, *a.aliases, b.name, *b.aliases) if _key(form) != _key(name)]
    kind = b.kind if a.kind is PartyKind.OTHER else a.kind
    return a.model_copy(update={"name": name, "aliases": _union_strings([], others), "kind": kind})


@dataclass(frozen=True)
class _Evidence:
    """What the whole article says of a chunk's date and place, to choose between two
    chunks' answers: the first chunk's is not the better for coming first ("Last
    Tuesday" against a later chunk's "on May 14"; a town the guard drops as no venue).
    Without a checker, a value over none."""

    checker: Checker | None = None
    published: dt.date | None = None

    def of_date(self, agreement: Agreement) -> int:
        """A date_text that states a day (:func:`resolve_date`) over one that does not,
        then one in a sentence about the signing (the guard doubts others)."""
        said = agreement.date_text
        if not said or self.checker is None:
            return int(bool(said))
        states_a_day = resolve_date(said, self.published) is not None
        return 1 + 2 * states_a_day + self.checker.said_at_signing(said)

    def of_place(self, agreement: Agreement) -> int:
        """A location the article introduces as the signing's venue (the guard drops
        others)."""
        where = agreement.location
        if not where or self.checker is None:
            return int(bool(where))
        return 1 + self.checker.venue_of_signing(where)


def _better(a: Agreement, b: Agreement, rank: Callable[[Agreement], int]) -> Agreement:
    """``b`` where it ranks higher, else ``a``: a tie goes to the first chunk."""
    return b if rank(b) > rank(a) else a


def _merge(a: Agreement, b: Agreement, evidence: _Evidence) -> Agreement:
    """One document seen in two chunks: a named title and its type win over a mention's
    (:func:`_named_title`), the better date (with its date_text) and place
    (:class:`_Evidence`), else the first values; lists are united."""
    titled = b if _named_title(b) and not _named_title(a) else a
    dated = _better(a, b, evidence.of_date)
    return a.model_copy(
        update={
            "title": titled.title or a.title or b.title,
            "agreement_type": titled.agreement_type,
            "date_text": dated.date_text,
            "date_signed": dated.date_signed,
            "location": _better(a, b, evidence.of_place).location,
            "parties": _union_parties(a.parties, b.parties),
            "signatories": _union_people(a.signatories, b.signatories),
            "witnesses": _union_people(a.witnesses, b.witnesses),
            "facilitators": _union_strings(a.facilitators, b.facilitators),
            "established_entities": _union_strings(a.established_entities, b.established_entities),
            "cooperation_areas": _union_strings(a.cooperation_areas, b.cooperation_areas),
        }
    )


def merge_drafts(
    drafts: list[ExtractionDraft],
    checker: Checker | None = None,
    published: dt.date | None = None,
) -> ExtractionDraft:
    """One draft for the whole article from the drafts of its chunks. An agreement joins
    one of an earlier chunk's, one each: the agreements one answer gives are ones the
    model kept apart, in one view of the text, and stay apart. The ``checker`` of the
    whole article and its ``published`` date choose between two chunks' dates and places
    (:class:`_Evidence`); without them, the first chunk's stand."""
    evidence = _Evidence(checker, published)
    agreements: list[Agreement] = []
    for draft in drafts:
        earlier = len(agreements)
        joined: set[int] = set()  # those this draft's agreements joined already
        for agreement in draft.agreements:
            index = next(
                (
                    i
                    for i in range(earlier)
                    if i not in joined and _same_document(agreements[i], agreement)
                ),
                None,
            )
            if index is None:
                agreements.append(agreement)
            else:
                joined.add(index)
                agreements[index] = _merge(agreements[index], agreement, evidence)
    # model_construct: a long article may hold more agreements than one answer's cap, and
    # every part was validated already.
    return ExtractionDraft.model_construct(article=drafts[0].article, agreements=agreements)


def chunk_notes(notes: list[list[str]]) -> list[str]:
    """The chunks' notes (``notes[i]``: chunk i+1's), each once: a note every chunk gave
    alike ("documents pass skipped: …") repeated once a chunk. Of an article in chunks,
    each says which gave it ("chunk 2/5: …", "chunks 2-5/5: …"), for one chunk's failed
    pass to be looked into, or re-asked, as that chunk's."""
    where: dict[str, list[int]] = {}
    for number, said in enumerate(notes, 1):
        for note in said:
            numbers = where.setdefault(note, [])
            if number not in numbers:
                numbers.append(number)
    if len(notes) == 1:
        return list(where)
    return [f"{_chunk_numbers(numbers, len(notes))}: {note}" for note, numbers in where.items()]


def _chunk_numbers(numbers: list[int], total: int) -> str:
    """ "chunk 2/5", "chunks 2-4/5", "chunks 1, 3-5/5": runs of chunks as ranges."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    written = ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)
    return f"chunk{'s' if len(numbers) > 1 else ''} {written}/{total}"
