"""Making a record from an article's answers: the deterministic half of the pipeline.

Once the passes have answered (:mod:`coopllm.extraction`), what is left needs no network
and no state beyond the article: merging each chunk's documents pass into its draft,
settling each agreement's type by its title, merging the chunks, then normalisation, the
guard's drops and demotions, and grounding. :class:`RecordJob` carries all of it as
plain data (sent to a worker process as JSON) and :func:`make_record` is a pure function
of it, so that a batch can make its records in a process of its own
(:mod:`coopllm.workers`) while its event loop goes on sending requests: at batch speed
this work is most of the client's CPU.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coopllm.chunking import chunk_notes, merge_drafts
from coopllm.dates import reads_either_way, story_day
from coopllm.grounding import SourceIndex, ground_record
from coopllm.guard import Checker, apply_guard, role_evidence
from coopllm.normalize import normalize_draft
from coopllm.resolve import SignedDocuments, merge_documents, settle_types, titled_left_out
from coopllm.schema import (
    ArticleExtraction,
    ExtractionDraft,
    Provenance,
    Usage,
    most_items,
    within_bounds,
)

_MOST_AGREEMENTS = most_items(ExtractionDraft, "agreements")
_MOST_DOCUMENTS = most_items(SignedDocuments, "documents")
_FULL = (
    "the answer holds {n} {what}, as many as one answer may: the article may name more, "
    "which this record lacks"
)


@dataclass(frozen=True)
class ChunkAnswers:
    """What the passes over one chunk answered."""

    draft: ExtractionDraft
    documents: SignedDocuments | None  # None: the pass was off or gave no valid answer
    notes: list[str]  # this chunk's warnings so far (see chunk_notes)


@dataclass(frozen=True)
class RecordJob:
    """Everything a record is made from, once the model has answered."""

    text: str  # the article as checked (stripped)
    lead: int  # characters before it in the text as given: spans index that text
    published: dt.date | None  # the caller's date, or the page's labelled one
    source: str
    chunks: list[ChunkAnswers]
    usage: Usage
    answered_by: list[str]  # the model names the endpoint's answers gave
    strict: bool
    provenance: Provenance


def make_record(job: RecordJob) -> ArticleExtraction:
    """The record of ``job``'s answers: chunk by chunk, then over the whole article."""
    checker = Checker(SourceIndex(job.text, offset=job.lead), published=job.published)
    notes = [list(chunk.notes) for chunk in job.chunks]  # the job stays as it was given
    drafts = [
        settle_types(_with_documents(chunk, checker, job.published, said), checker)
        for chunk, said in zip(job.chunks, notes, strict=True)
    ]
    draft = drafts[0] if len(drafts) == 1 else merge_drafts(drafts, checker, job.published)
    draft, added = titled_left_out(draft, checker, strict=job.strict)
    record = _finished(draft, checker, job)
    if said := [*chunk_notes(notes), *added]:
        record = record.model_copy(update={"warnings": [*said, *record.warnings]})
    return record


def _with_documents(
    chunk: ChunkAnswers, checker: Checker, published: dt.date | None, notes: list[str]
) -> ExtractionDraft:
    """The chunk's draft with its documents pass merged in, noting each answer that fills
    the schema's bound (which keeps a grammar-constrained model from looping): an article
    that reports more, as a fair signing a dozen projects does, would otherwise lose some
    without a word."""
    draft, found = chunk.draft, chunk.documents
    if len(draft.agreements) >= _MOST_AGREEMENTS:
        notes.append(_FULL.format(n=_MOST_AGREEMENTS, what="agreements"))
    if found is None:
        return draft
    if len(found.documents) >= _MOST_DOCUMENTS:
        notes.append(_FULL.format(n=_MOST_DOCUMENTS, what="documents"))
    return merge_documents(draft, found, checker, published=published, notes=notes)


def _finished(draft: ExtractionDraft, checker: Checker, job: RecordJob) -> ArticleExtraction:
    """Normalise, guard and ground a draft into the final record. ``job.published`` is a
    date the model cannot move."""
    normalized = normalize_draft(draft, checker.text, job.published, checker.grounded)
    checker = checker.dated(story_day(checker.text, normalized.article.published))
    guarded, guarded_warnings = apply_guard(normalized, checker, strict=job.strict)
    warnings = _headline_taken(draft, normalized) + _unsupported_dates(draft, normalized)
    warnings += guarded_warnings
    agreements = []
    for agreement in guarded.agreements:
        bounded, cut = within_bounds(agreement)
        agreements.append(bounded)
        warnings += [said for said in cut if said not in warnings]  # a party in two agreements
    record = ArticleExtraction(
        source=job.source,
        article=guarded.article,
        agreements=agreements,
        warnings=warnings,
        usage=job.usage,
        provenance=job.provenance.model_copy(update={"answered_by": sorted(job.answered_by)}),
    )
    grounding = ground_record(record, checker.index, evidence=role_evidence(record, checker))
    return record.model_copy(update={"grounding": grounding})


def _unsupported_dates(draft: ExtractionDraft, normalized: ExtractionDraft) -> list[str]:
    """The model's dates that normalisation let go, said as the guard says its drops: a
    publication date the text does not write, a signing date its ``date_text`` does not
    state (normalisation keeps the agreements in order, one for one); and the signing
    dates of numbers that read either way (05/03/2024), read month first."""
    said: list[str] = []
    claimed = draft.article.published
    if claimed is not None and normalized.article.published is None:
        said.append(f"dropped published {claimed}: the page does not write this date as its own")
    for before, after in zip(draft.agreements, normalized.agreements, strict=True):
        if before.date_signed is not None and after.date_signed is None:
            text = before.date_text
            why = f"its date_text {text!r} does not state it" if text else "no date_text says it"
            said.append(f"dropped date_signed {before.date_signed}: {why}")
    published = normalized.article.published
    for agreement in normalized.agreements:
        date_text, date = agreement.date_text, agreement.date_signed
        other = reads_either_way(date_text, published) if date_text and date else None
        if other is not None:
            said.append(
                f"doubted date_signed {date}: its date_text {date_text!r} may be day first, {other}"
            )
    return said


def _headline_taken(draft: ExtractionDraft, normalized: ExtractionDraft) -> list[str]:
    """The page's headline normalisation took over the model's title, said."""
    given, headline = draft.article.title, normalized.article.title
    if headline == given:
        return []
    model = f"the model's {given!r}" if given else "the model gave none"
    return [f"took article title {headline!r}: the page's headline, and {model}"]
