"""Long articles: split on paragraph and sentence boundaries, then merge the answers.

A model's context (8k tokens on the local backend) holds a few thousand words of article;
longer ones are cut into chunks of at most ``max_chars`` that end at a paragraph (or, for
a giant paragraph, a sentence) boundary and repeat the previous chunk's last paragraph, so
a signing described across a boundary is seen whole at least once. Each chunk is extracted
on its own; agreements are merged when they are the same document (same title and type,
or same parties). Grounding runs on the whole article afterwards, so every span is in
whole-article offsets.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coopllm.grounding import normalize_for_match, simplified
from coopllm.normalize import resolve_date
from coopllm.parties import is_named, parties_apart
from coopllm.schema import Agreement, ExtractionDraft, Party, PartyKind, Signatory

if TYPE_CHECKING:  # guard imports this module (its paragraph breaks)
    from coopllm.guard import Checker

_LINE_BREAK = r"(?:\r\n|\r(?!\n)|[\n\x0b\x0c\x85\u2028])"
PARAGRAPH_BREAK = rf"{_LINE_BREAK}\s*{_LINE_BREAK}|\u2029"
"""Two line breaks (LF, CRLF, a lone CR, VT, FF, NEL or U+2028) with blank space between, or a
paragraph separator (U+2029): however the page wrote its paragraphs."""
_PARAGRAPH = re.compile(PARAGRAPH_BREAK)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|[\u3002\uff01\uff1f]")
"""Where a sentence ends: an English stop before a space ("3.5", "J.R." run on), a Chinese
one anywhere."""
_SOFT_BREAK = re.compile(r"[\s,;\uff0c\uff1b\u3001]")
"""Where a 'sentence' with no full stop may be cut: a clause stop or a space."""


def _pieces(text: str, max_chars: int) -> list[str]:
    """Paragraphs, with any paragraph over ``max_chars`` cut at sentence ends (or, in a
    run with none, at a clause stop or a space). Each piece is the paragraph's own text,
    spaces and all: the model copies values from it as written."""
    pieces: list[str] = []
    for paragraph in (p.strip() for p in _PARAGRAPH.split(text)):
        if paragraph:
            pieces += _cut(paragraph, max_chars) if len(paragraph) > max_chars else [paragraph]
    return pieces


def _cut(paragraph: str, max_chars: int) -> list[str]:
    pieces: list[str] = []
    start = last = 0  # the piece being built, and the last sentence end in it
    for end in [*(m.end() for m in _SENTENCE_END.finditer(paragraph)), len(paragraph)]:
        if end - start > max_chars and last > start:
            pieces.append(paragraph[start:last])
            start = last
        while end - start > max_chars:  # a 'sentence' with no full stop at all
            cut = _soft_cut(paragraph, start, start + max_chars)
            pieces.append(paragraph[start:cut])
            start = cut
        last = end
    pieces.append(paragraph[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


def _soft_cut(paragraph: str, start: int, limit: int) -> int:
    """After the last clause stop or space in the second half of [start, limit), else at
    ``limit``: a hard cut may fall inside a name."""
    breaks = [m.end() for m in _SOFT_BREAK.finditer(paragraph, start + (limit - start) // 2, limit)]
    return breaks[-1] if breaks else limit


_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def chunk_limit(text: str, chunk_chars: int) -> int:
    """Characters per chunk: a CJK character is about a token, an English one a quarter."""
    sample = text[:20_000]
    cjk_share = len(_CJK.findall(sample)) / max(1, len(sample))
    return chunk_chars // 3 if cjk_share > 0.2 else chunk_chars


def split_text(text: str, max_chars: int) -> list[str]:
    """Chunks of at most ``max_chars``; each starts with the previous one's last piece."""
    if len(text) <= max_chars:
        return [text]
    chunks: list[str] = []
    current: list[str] = []
    # Half a chunk each, less the paragraph break between: the overlap piece and the next
    # one always fit.
    for piece in _pieces(text, (max_chars - 2) // 2):
        if current and sum(len(p) + 2 for p in current) + len(piece) > max_chars:
            chunks.append("\n\n".join(current))
            current = [current[-1]]  # overlap: the boundary paragraph is seen twice
        current.append(piece)
    if current and (not chunks or len(current) > 1):
        chunks.append("\n\n".join(current))
    return chunks


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
    return None if title is None or _GENERIC_TITLE.fullmatch(simplified(title).strip()) else title


_GENERIC_TITLE = re.compile(
    r"(?:(?:the|this|that|a|an|its|their|said|such)\s+)?"
    r"(?:(?:co-?operation|cooperative|partnership)\s+)?(?:agreement|deal|pact|contract|accord)"
    r"|(?:该|本|此|这份|这项|上述|双方)?(?:合作)?(?:协议书?|合同)",
    re.IGNORECASE,
)


def _person_key(person: Signatory) -> tuple[str, str, str]:
    """A person by name and title; an unnamed one by organisation too (the head of the
    university and the head of the company are two)."""
    organization = "" if person.name else _key(person.organization)
    return _key(person.name), _key(person.title), organization


def _union_people(a: list[Signatory], b: list[Signatory]) -> list[Signatory]:
    seen = {_person_key(p) for p in a}
    return [*a, *(p for p in b if _person_key(p) not in seen)]


def _union_strings(a: list[str], b: list[str]) -> list[str]:
    seen = {_key(x) for x in a}
    return [*a, *(x for x in b if _key(x) not in seen)]


def _union_parties(a: list[Party], b: list[Party]) -> list[Party]:
    """Each organisation once, by any of its names, legal form aside: a chunk that writes
    "Corvan Metals" names the "Corvan Metals Ltd." of another (:func:`is_named`)."""
    united = list(a)
    for party in b:
        names = [party.name, *party.aliases]
        index = next((i for i, known in enumerate(united) if is_named(known, names)), None)
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
