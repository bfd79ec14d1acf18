"""The record: pydantic models that mirror ``EXTRACTION_SPEC.md`` field for field.

The field descriptions are the spec's rules in short: they travel to the model inside
the JSON Schema, so the schema is part of the prompt. Lists carry ``max_length`` so a
grammar-constrained local model cannot loop forever inside one.

``ExtractionDraft`` is what the model is asked for; ``ArticleExtraction`` is what the
library returns (the draft plus ``source`` and the library's own metadata).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

SCHEMA_VERSION = "1"
"""Bumped whenever a change to these models changes what a valid record is (cache key)."""

_OPENING_QUOTES = "\"'\u201c\u2018\u300c\u300e\u300a"
_CLOSING_QUOTES = "\"'\u201d\u2019\u300d\u300f\u300b"
_QUOTES = frozenset(_OPENING_QUOTES + _CLOSING_QUOTES)
_APOSTROPHE = re.compile(r"(?<=\w)['\u2019](?=\w)")


def _clean_text(value: Any) -> Any:
    """Fold whitespace runs and strip wrapping quotes, and the commas a model leaves after a
    value ('Kedah Industrial Skills Corporation (KISC)",': the blind45 at04's); empty
    strings become None."""
    if not isinstance(value, str):
        return value
    cleaned = " ".join(value.split())  # str.split's whitespace is the regex \s's
    while (unquoted := _unwrapped(cleaned.rstrip(",;，；").rstrip())) != cleaned:
        cleaned = unquoted.strip()
    return cleaned or None


def _unwrapped(text: str) -> str:
    """``text`` without the quotes around it: a pair around the whole value, or a lone
    quote at one end. A quote within the value is part of it ("“一带一路”研究院",
    '"Belt and Road" Research Center'), so a pair goes only where no quote of its kind
    stands inside, and a lone quote only where no other quote does."""
    first, last, inner = text[:1], text[-1:], text[1:-1]
    paired = bool(first) and first in _OPENING_QUOTES and last in _CLOSING_QUOTES
    if paired and not _quote_marks(inner) & {first, last}:
        return inner
    if first in _QUOTES and not _quote_marks(text[1:]):
        return text[1:]
    if last in _QUOTES and not _quote_marks(text[:-1]):
        return text[:-1]
    return text


def _quote_marks(text: str) -> frozenset[str]:
    """The quotes in ``text``; an apostrophe inside a word ("Xi'an") is none."""
    return _QUOTES.intersection(_APOSTROPHE.sub("", text))


CleanStr = Annotated[str, BeforeValidator(_clean_text)]
OptionalStr = Annotated[str | None, BeforeValidator(_clean_text)]


def _clean_list(values: Any) -> Any:
    """Drop empty and repeated entries, keeping first-seen order."""
    if not isinstance(values, list):
        return values
    seen: set[str] = set()
    out: list[Any] = []
    for item in values:
        item = _clean_text(item)
        if item is None or (isinstance(item, str) and item.lower() in seen):
            continue
        if isinstance(item, str):
            seen.add(item.lower())
        out.append(item)
    return out


StrList = Annotated[list[CleanStr], BeforeValidator(_clean_list)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class AgreementType(StrEnum):
    """What kind of document was signed (spec: Agreement.agreement_type)."""

    MEMORANDUM_OF_UNDERSTANDING = "memorandum_of_understanding"
    STRATEGIC_COOPERATION = "strategic_cooperation"
    FRAMEWORK_AGREEMENT = "framework_agreement"
    JOINT_ESTABLISHMENT = "joint_establishment"
    PROJECT_AGREEMENT = "project_agreement"
    COOPERATION_AGREEMENT = "cooperation_agreement"
    OTHER = "other"


class PartyKind(StrEnum):
    """What sort of organisation a party is (spec: Party.kind)."""

    UNIVERSITY = "university"
    COMPANY = "company"
    GOVERNMENT = "government"
    RESEARCH_INSTITUTE = "research_institute"
    OTHER = "other"


class Signatory(_Model):
    """A person who signed or witnessed; ``name`` is null for unnamed signers."""

    name: OptionalStr = Field(
        default=None,
        description="The person's name exactly as written, without any title. "
        "Null when the text does not name the person (e.g. 'the head of the institute').",
    )
    title: OptionalStr = Field(
        default=None,
        description="Job title as written, e.g. 'Vice President', 'Dean'. Null if none.",
    )
    organization: OptionalStr = Field(
        default=None,
        description="The party or body this person acts for, as written.",
    )


class Party(_Model):
    """An organisation bound by the agreement."""

    name: CleanStr = Field(
        min_length=1,
        description="The fullest name the text gives, exactly as written. Never expand an "
        "abbreviation the text itself does not expand.",
    )
    aliases: StrList = Field(
        default_factory=list,
        max_length=6,
        description="Other names the text uses for the same organisation (abbreviations, "
        "'the Group Company').",
    )
    kind: PartyKind = Field(
        default=PartyKind.OTHER,
        description="university (incl. its colleges and institutes), company, government "
        "(incl. departments and agencies), research_institute (non-university, non-company), "
        "other.",
    )

    @property
    def all_names(self) -> tuple[str, ...]:
        """Every name the record gives the party, its main name first: the article may
        write any of them."""
        return (self.name, *self.aliases)


class Agreement(_Model):
    """One distinct document signed."""

    title: OptionalStr = Field(
        default=None,
        description="The agreement's name as written; null when the text gives none.",
    )
    agreement_type: AgreementType = Field(
        default=AgreementType.COOPERATION_AGREEMENT,
        description="memorandum_of_understanding (MoU, memo, memorandum); strategic_cooperation "
        "(title says strategic); framework_agreement (framework, not strategic); "
        "joint_establishment (founds or co-builds a named institute, base, lab, centre); "
        "project_agreement (a specific project or research contract); cooperation_agreement "
        "(any other cooperation agreement); other.",
    )
    date_signed: dt.date | None = Field(
        default=None,
        description="ISO date of signing. A date without a year takes the publication year "
        "(or the year before when that would fall after publication).",
    )
    date_text: OptionalStr = Field(
        default=None,
        description="The signing date exactly as written, e.g. 'On the morning of October 20th'.",
    )
    location: OptionalStr = Field(
        default=None,
        description="Venue or city of the signing as written; null when not stated. Never guess.",
    )
    parties: list[Party] = Field(
        default_factory=list,
        max_length=8,
        description="The organisations bound by the agreement (usually two or more).",
    )
    signatories: list[Signatory] = Field(
        default_factory=list,
        max_length=8,
        description="ONLY people the text says signed it (put pen to paper, signed on behalf "
        "of). People who attended, spoke, presided or witnessed are NOT signatories.",
    )
    witnesses: list[Signatory] = Field(
        default_factory=list,
        max_length=8,
        description="People the text says witnessed the signing, or jointly unveiled or "
        "inaugurated what it set up.",
    )
    facilitators: StrList = Field(
        default_factory=list,
        max_length=5,
        description="Organisations that facilitated, brokered or promoted the deal without "
        "being a party.",
    )
    established_entities: StrList = Field(
        default_factory=list,
        max_length=5,
        description="Named joint bodies the agreement founds, co-builds or unveils "
        "(institutes, R&D bases, centres, labs).",
    )
    cooperation_areas: StrList = Field(
        default_factory=list,
        max_length=5,
        description="Short noun phrases for what the parties will cooperate on.",
    )


class Article(_Model):
    """Facts about the article itself."""

    title: OptionalStr = Field(default=None, description="The headline, as written.")
    published: dt.date | None = Field(
        default=None,
        description="The page's own date (from 'Time:', 'Updated:', 'Release:' lines), ISO.",
    )
    language: str = Field(
        default="en",
        description="BCP-47 code of the article's language: 'en', 'zh', ...",
    )

    @field_validator("language")
    @classmethod
    def _bcp47(cls, value: str) -> str:
        value = value.strip()
        if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", value):
            raise ValueError(f"{value!r} is not a BCP-47 language code such as 'en' or 'zh'")
        return value


class ExtractionDraft(_Model):
    """What the model is asked to return for one article."""

    article: Article
    agreements: list[Agreement] = Field(
        default_factory=list,
        max_length=6,
        description="One entry per distinct document signed; empty when nothing was signed.",
    )


class Span(_Model):
    """A character range ``[start, end)`` of the source text."""

    start: int
    end: int


class GroundedValue(_Model):
    """Where one string value of the record stands in the source (or that it does not)."""

    path: str = Field(description="JSON path of the value, e.g. 'agreements[0].parties[1].name'.")
    value: str
    status: str = Field(description="'exact', 'normalized', 'fuzzy' or 'ungrounded'.")
    spans: list[Span] = Field(default_factory=list)
    evidence: Span | None = Field(
        default=None,
        description="The sentence that states the value's role: a person's signing, "
        "witnessing or unveiling (an unnamed person's under the title written in place of "
        "the name), the location as the signing's place, the date_text in a sentence about "
        "the signing, a body's founding, a facilitator's help. It runs from a list's label "
        "to the name's item, or on to the next sentence, where the role is said there; for "
        "a place signed 'here' under a dateline naming it, it is the sentence that signs "
        "there. None where no sentence states the role (a value the guard would drop, kept "
        "in lenient mode; its other doubts are in warnings), or the value has none to "
        "state (a party's name, a named person's title).",
    )


class Usage(_Model):
    """Tokens and attempts spent on one article, summed over re-asks and calls."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    requests: int = 0
    cached: bool = False
    batch_prompt_tokens: int = Field(
        default=0,
        description="Of prompt_tokens, those billed by the provider's batch service, at its "
        "discount (coopllm batch collect).",
    )
    batch_completion_tokens: int = Field(
        default=0, description="Of completion_tokens, those billed by the batch service."
    )

    def add(self, prompt_tokens: int, completion_tokens: int) -> None:
        """Count one completion."""
        self.absorb(prompt_tokens, completion_tokens, 1)

    def plus(self, other: Usage) -> Usage:
        """A new Usage counting both (``cached`` stays this one's)."""
        total = self.model_copy()
        total.absorb(
            other.prompt_tokens, other.completion_tokens, other.requests,
            batch_prompt_tokens=other.batch_prompt_tokens,
            batch_completion_tokens=other.batch_completion_tokens,
        )  # fmt: skip
        return total

    def add_batch(self, prompt_tokens: int, completion_tokens: int) -> None:
        """Count one completion answered by the provider's batch service."""
        self.add(prompt_tokens, completion_tokens)
        self.batch_prompt_tokens += prompt_tokens
        self.batch_completion_tokens += completion_tokens

    def absorb(
        self, prompt_tokens: int, completion_tokens: int, requests: int, *,
        batch_prompt_tokens: int = 0, batch_completion_tokens: int = 0,
    ) -> None:  # fmt: skip
        """Count completions made earlier (a cache hit reports what its answer cost, and
        how much of it the batch service billed, at its discount)."""
        self.prompt_tokens += prompt_tokens
        self.completion_tokens += completion_tokens
        self.total_tokens += prompt_tokens + completion_tokens
        self.requests += requests
        self.batch_prompt_tokens += batch_prompt_tokens
        self.batch_completion_tokens += batch_completion_tokens


class Provenance(_Model):
    """What produced a record. A database built over many runs can tell its records apart
    by it, and find those to extract again when the model or a prompt changes."""

    model: str = Field(description="The model asked, as configured (e.g. gpt-4o-mini).")
    answered_by: list[str] = Field(
        default_factory=list,
        description="The model names the endpoint's answers gave: the dated snapshot "
        "(gpt-4o-mini-2024-07-18) that an alias like gpt-4o-mini stood for that day.",
    )
    endpoint: str = Field(
        description="'openai', 'local-llama.cpp', 'offline' (replayed), or the host of the "
        "OpenAI-compatible base URL."
    )
    mode: str = Field(description="How the schema was asked for (tools, json_schema, ...).")
    reasoning_effort: str | None = Field(
        default=None,
        description="The reasoning effort the run asked for (low, medium...), or null: the "
        "model's default. A model that does not reason refuses it and answers without it "
        "(the run's log says so).",
    )
    prompts_sha256: str = Field(description="Hash of the prompt templates used.")
    schema_version: str = Field(description="The version of these models (SCHEMA_VERSION).")
    coopllm_version: str


class ArticleExtraction(_Model):
    """The validated record for one article, as the library returns and writes it."""

    source: str = Field(description="The id the caller gave (file name, URL, row id).")
    article: Article
    agreements: list[Agreement] = Field(default_factory=list)
    grounding: list[GroundedValue] = Field(
        default_factory=list, description="Span of every string value in the source text."
    )
    warnings: list[str] = Field(
        default_factory=list, description="What the library dropped or doubts, and why."
    )
    usage: Usage = Field(default_factory=Usage)
    text_sha256: str | None = Field(
        default=None, description="SHA-256 of the article text (resume and provenance)."
    )
    provenance: Provenance | None = Field(
        default=None, description="What produced the record (None in records made by hand)."
    )


def most_items(model: type[BaseModel], field: str) -> int:
    """The ``max_length`` of a list field of ``model``: how many items it may hold."""
    bounds = (getattr(m, "max_length", None) for m in model.model_fields[field].metadata)
    return next(bound for bound in bounds if isinstance(bound, int))


def within_bounds(agreement: Agreement) -> tuple[Agreement, list[str]]:
    """The agreement with each list (and each party's aliases) cut to its schema bound,
    and a warning for each item cut: merging passes and chunks may pass a bound the
    model's answers kept, and a record must validate against its own exported schema."""
    cut: dict[str, list[Any]] = {}
    warnings: list[str] = []
    for field in _BOUNDED_LISTS:
        items = getattr(agreement, field)
        most = most_items(Agreement, field)
        if len(items) > most:
            cut[field] = items[:most]
            warnings += [
                _PAST_BOUND.format(what=_said(i), n=most, field=field) for i in items[most:]
            ]
    parties: list[Party] = cut.get("parties", agreement.parties)
    most = most_items(Party, "aliases")
    if any(len(party.aliases) > most for party in parties):
        cut["parties"] = [p.model_copy(update={"aliases": p.aliases[:most]}) for p in parties]
        warnings += [
            f"dropped alias {alias!r} of {party.name!r}: a party holds at most {most} aliases"
            for party in parties
            for alias in party.aliases[most:]
        ]
    return (agreement.model_copy(update=cut) if cut else agreement), warnings


def _said(item: object) -> str:
    name = getattr(item, "name", item)
    return repr(name) if name else "an unnamed person"


_BOUNDED_LISTS = tuple(
    name
    for name, field in Agreement.model_fields.items()
    if any(getattr(rule, "max_length", None) for rule in field.metadata)
)
_PAST_BOUND = "dropped {what}: an agreement holds at most {n} {field}"
