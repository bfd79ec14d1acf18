"""The hallucination guard: names must stand in the article, signers must be said to sign.

Two stages use the same checks:

* during the call, ``GuardedDraft`` (the response model) raises a validation error that
  lists every problem, so instructor re-asks the model with the reasons;
* after the re-asks, :func:`apply_guard` drops (strict) or flags (lenient) what is still
  wrong, and says so in ``warnings``: nothing ungrounded is kept silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeVar

from pydantic import ValidationInfo, model_validator

from coopllm.grounding import SourceIndex, is_grounded
from coopllm.schema import Agreement, ExtractionDraft, Party, Signatory

_SIGN_VERB = re.compile(
    r"\b(?:signed|signs|sign|inked|countersigned)\b(?!\s+(?:ceremony|ceremonies))"
    r"|(?<!见证)(?:签署|签约|签订|签字|签下)(?!仪式)",
    re.IGNORECASE,
)
_SINGULAR = {
    "signatories": "signatory",
    "witnesses": "witness",
    "facilitators": "facilitator",
    "established_entities": "established entity",
}
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|(?<=[。！？；])|\n+")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a draft, with the sentence the model is told."""

    path: str
    value: str
    reason: str


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


class _Checker:
    """Grounding and signing checks over one article text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.index = SourceIndex(text)
        self._bounds = _sentences(text)

    def grounded(self, value: str) -> bool:
        status, _ = self.index.locate(value)
        return is_grounded(status)

    def said_to_sign(self, name: str) -> bool:
        """True when a sentence that mentions the name also has a signing verb."""
        _, spans = self.index.locate(name)
        for span in spans:
            for start, end in self._bounds:
                if start <= span.start < end and _SIGN_VERB.search(self.text[start:end]):
                    return True
        return False


def _names(draft: ExtractionDraft) -> Iterator[tuple[str, str]]:
    """(path, value) of every organisation, person and entity name the guard insists on."""
    for i, agreement in enumerate(draft.agreements):
        base = f"agreements[{i}]"
        for j, party in enumerate(agreement.parties):
            yield f"{base}.parties[{j}].name", party.name
        for role in ("signatories", "witnesses"):
            for j, person in enumerate(getattr(agreement, role)):
                if person.name:
                    yield f"{base}.{role}[{j}].name", person.name
        for j, value in enumerate(agreement.facilitators):
            yield f"{base}.facilitators[{j}]", value
        for j, value in enumerate(agreement.established_entities):
            yield f"{base}.established_entities[{j}]", value


def find_problems(draft: ExtractionDraft, checker: _Checker) -> list[Problem]:
    """Every ungrounded name and every signatory the article does not say signed."""
    problems = [
        Problem(path, value, f"'{value}' does not occur in the article")
        for path, value in _names(draft)
        if not checker.grounded(value)
    ]
    for i, agreement in enumerate(draft.agreements):
        for j, person in enumerate(agreement.signatories):
            named = person.name and checker.grounded(person.name)
            if named and person.name and not checker.said_to_sign(person.name):
                problems.append(
                    Problem(
                        f"agreements[{i}].signatories[{j}].name",
                        person.name,
                        f"the article does not say that '{person.name}' signed; list only "
                        "people who signed (attendees, speakers, hosts and witnesses are "
                        "not signatories)",
                    )
                )
    return problems


class GuardedDraft(ExtractionDraft):
    """The response model: an ``ExtractionDraft`` that the guard re-asks on."""

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> GuardedDraft:
        context = info.context or {}
        text = context.get("source_text")
        if not text or not context.get("strict", True):
            return self
        problems = find_problems(self, _Checker(text))
        if problems:
            raise ValueError("; ".join(p.reason for p in problems))
        return self


def _keep_person(person: Signatory, checker: _Checker, role: str) -> tuple[bool, str | None]:
    if person.name and not checker.grounded(person.name):
        return False, f"dropped {_SINGULAR[role]} '{person.name}': not in the article"
    if role == "signatories" and person.name and not checker.said_to_sign(person.name):
        return False, f"dropped signatory '{person.name}': the article does not say they signed"
    return True, None


def _clean_party(party: Party, checker: _Checker, warnings: list[str]) -> Party | None:
    if not checker.grounded(party.name):
        warnings.append(f"dropped party '{party.name}': not in the article")
        return None
    aliases = [a for a in party.aliases if checker.grounded(a)]
    warnings.extend(
        f"dropped alias '{a}': not in the article" for a in party.aliases if a not in aliases
    )
    return party.model_copy(update={"aliases": aliases})


def _clean_agreement(agreement: Agreement, checker: _Checker, warnings: list[str]) -> Agreement:
    parties = [p for p in (_clean_party(x, checker, warnings) for x in agreement.parties) if p]
    update: dict[str, object] = {"parties": parties}
    for role in ("signatories", "witnesses"):
        kept: list[Signatory] = []
        for person in getattr(agreement, role):
            keep, why = _keep_person(person, checker, role)
            if keep:
                kept.append(_clean_fields(person, ("title", "organization"), checker, warnings))
            elif why:
                warnings.append(why)
        update[role] = kept
    for field in ("facilitators", "established_entities"):
        values: list[str] = getattr(agreement, field)
        kept_values: list[str] = [v for v in values if checker.grounded(v)]
        update[field] = kept_values
        warnings.extend(
            f"dropped {_SINGULAR[field]} '{v}': not in the article"
            for v in values
            if v not in kept_values
        )
    cleaned = _clean_fields(agreement, ("title", "location", "date_text"), checker, warnings)
    return cleaned.model_copy(update=update)


_M = TypeVar("_M", Agreement, Signatory)


def _clean_fields(model: _M, fields: tuple[str, ...], checker: _Checker, warnings: list[str]) -> _M:
    """Set optional string fields that do not occur in the article to None, with a warning."""
    update: dict[str, None] = {}
    for field in fields:
        value = getattr(model, field)
        if value and not checker.grounded(value):
            warnings.append(f"dropped {field} '{value}': not in the article")
            update[field] = None
    return model.model_copy(update=update) if update else model


def _flag_only(draft: ExtractionDraft, checker: _Checker) -> list[str]:
    return [f"unverified {p.path} '{p.value}': {p.reason}" for p in find_problems(draft, checker)]


def apply_guard(
    draft: ExtractionDraft, text: str, *, strict: bool = True
) -> tuple[ExtractionDraft, list[str]]:
    """Strict: drop what fails and say so. Lenient: keep everything and flag it."""
    checker = _Checker(text)
    if not strict:
        return draft, _flag_only(draft, checker)
    warnings: list[str] = []
    agreements = [_clean_agreement(a, checker, warnings) for a in draft.agreements]
    article = draft.article
    if article.title and not checker.grounded(article.title):
        warnings.append(f"dropped article title '{article.title}': not in the article")
        article = article.model_copy(update={"title": None})
    return draft.model_copy(update={"article": article, "agreements": agreements}), warnings
