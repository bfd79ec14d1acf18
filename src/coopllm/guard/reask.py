"""The guard's first stage, during the model call: names the article does not hold are
validation errors, so instructor re-asks the model with the reasons.

``GuardedDraft`` is the response model; :func:`guarding` sets, for the call, the checker
of the article being extracted.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import instructor
from pydantic import model_validator

from coopllm.guard.checker import Checker
from coopllm.schema import ExtractionDraft


def _names(draft: ExtractionDraft) -> Iterator[tuple[str, bool]]:
    """Every organisation, person and entity name the guard insists on, and whether it
    is a person's."""
    for agreement in draft.agreements:
        yield from ((party.name, False) for party in agreement.parties)
        people = (*agreement.signatories, *agreement.witnesses)
        yield from ((person.name, True) for person in people if person.name)
        yield from ((name, False) for name in agreement.facilitators)
        yield from ((name, False) for name in agreement.established_entities)


def find_problems(draft: ExtractionDraft, checker: Checker) -> list[str]:
    """What to tell the model about every name that does not occur in the article."""
    return [
        f"'{value}' does not occur in the article; copy names exactly as written or leave them out"
        for value, person in _names(draft)
        if not checker.grounded(value, person=person)
    ]


_active_checker: ContextVar[Checker | None] = ContextVar("coopllm_checker", default=None)


@contextmanager
def guarding(checker: Checker | None) -> Iterator[None]:
    """Validate ``GuardedDraft`` against ``checker``'s article inside the block (None: off).

    A context variable, not pydantic's validation ``context``: instructor renders every
    message as a Jinja2 template whenever a validation context is passed, which both
    costs a template compile per request and would rewrite any article that happens to
    contain ``{{ ... }}``. asyncio copies the variable into each task, so concurrent
    articles never see each other's checker.
    """
    token = _active_checker.set(checker)
    try:
        yield
    finally:
        _active_checker.reset(token)


class GuardedDraft(ExtractionDraft, instructor.OpenAISchema):
    """The response model: an ``ExtractionDraft`` that the guard re-asks on.

    Being an ``OpenAISchema`` already, it is used by instructor as it is; otherwise
    instructor would wrap it in a new class on every request and rebuild its JSON
    Schema each time (measured: most of the per-article overhead).
    """

    @model_validator(mode="after")
    def _grounded(self) -> GuardedDraft:
        checker = _active_checker.get()
        if checker is None:
            return self
        problems = find_problems(self, checker)
        if problems:
            raise ValueError("; ".join(problems))
        return self
