"""Which sentence states each kept value's role: what a reader checks a record against.

Grounding says where a value is written; it does not say why the value is a signatory
rather than a guest. The guard keeps a signer because a sentence says they signed, a
witness because one says they witnessed or unveiled, a location because one introduces it
as the signing's place, a body because founding words govern it, a facilitator because
facilitating words do, and it doubts a date no sentence about the signing writes:
:func:`role_evidence` gives, for each such value of a finished record, the first sentence
that does, read by the same rules (:class:`~coopllm.guard.Checker`).
A value kept without one (lenient mode, an unnamed signer whose title the article does not
write) has none, and says so by its absence.
"""

from __future__ import annotations

from collections.abc import Iterator

from coopllm.guard.apply import signed_too, signer_keys
from coopllm.guard.checker import Checker
from coopllm.guard.reading import Sentence
from coopllm.schema import Agreement, ArticleExtraction, ExtractionDraft, Signatory, Span


def role_evidence(record: ExtractionDraft | ArticleExtraction, checker: Checker) -> dict[str, Span]:
    """The sentence, as a span of the text, that states the role of each value of
    ``record`` that has one, by the value's path (as :func:`coopllm.grounding.ground_record`
    names it): a person's name (or, unnamed, the title written in its place), the
    location, the signing's ``date_text``, each founded body and facilitator."""
    shift = checker.index.offset
    return {
        path: Span(start=start + shift, end=end + shift)
        for index, agreement in enumerate(record.agreements)
        for path, (start, end) in _agreement_evidence(agreement, f"agreements[{index}]", checker)
    }


def _agreement_evidence(
    agreement: Agreement, prefix: str, checker: Checker
) -> Iterator[tuple[str, Sentence]]:
    location, date_text = agreement.location, agreement.date_text
    found: list[tuple[str, Sentence | None]] = [
        (f"{prefix}.location", checker.venue_sentence(location) if location else None),
        (f"{prefix}.date_text", checker.signing_sentence(date_text) if date_text else None),
    ]
    signers = signer_keys(agreement.signatories)
    for role in ("signatories", "witnesses"):
        people: list[Signatory] = getattr(agreement, role)
        found += [_person_evidence(person, f"{prefix}.{role}[{i}]", role, checker, signers)
                  for i, person in enumerate(people)]  # fmt: skip
    found += [(f"{prefix}.established_entities[{i}]", checker.founding_sentence(body))
              for i, body in enumerate(agreement.established_entities)]  # fmt: skip
    found += [(f"{prefix}.facilitators[{i}]", checker.facilitating_sentence(name))
              for i, name in enumerate(agreement.facilitators)]  # fmt: skip
    return ((path, sentence) for path, sentence in found if sentence is not None)


def _person_evidence(
    person: Signatory, prefix: str, role: str, checker: Checker, signers: set[str]
) -> tuple[str, Sentence | None]:
    """A named person's evidence under the name; an unnamed one's under the title the
    article writes in place of a name, as the guard checks them. A witness who also signed
    the agreement is one by unveiling what it set up (``apply._not_own_witnesses``)."""
    name = person.name
    if name and role == "witnesses" and signed_too(person, signers):
        return f"{prefix}.name", checker.unveiling_sentence(name)
    if name:
        return f"{prefix}.name", checker.role_sentence(name, role, person=True)
    if person.title and checker.grounded(person.title):
        return f"{prefix}.title", checker.role_sentence(person.title, role)
    return f"{prefix}.title", None
