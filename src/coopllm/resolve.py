"""Resolving: merge the short "documents and signers" pass into the full extraction.

A small model asked for the whole record at once tends to fold several documents into
one agreement and to list speakers as signers. A second, much smaller question ("which
documents were signed, and by whom?") is easier for it. This module merges that answer in,
trusting only what the article supports: titles that occur in the text and name a
document, signers that occur in a sentence that says they signed, and no agreement that
the article dates to an earlier year (background, not the event reported).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import instructor
from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz

from coopllm.grounding import normalize_for_match
from coopllm.guard import Checker, sentence_bounds
from coopllm.schema import (
    Agreement,
    AgreementType,
    CleanStr,
    ExtractionDraft,
    Party,
    PartyKind,
    Signatory,
)

_DOCUMENT_WORD = re.compile(
    r"agreement|memorand|\bmou\b|contract|protocol|letter of intent|协议|备忘录|合同|意向书",
    re.IGNORECASE,
)
_SIGNING_CUE = re.compile(
    r"sign|agreement|memorand|\bmou\b|contract|protocol|签|协议|备忘录|合同|意向书", re.IGNORECASE
)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b|(19[5-9]\d|20\d\d)年")

# The spec's agreement_type rules, in the order they take precedence.
_TYPE_RULES: tuple[tuple[AgreementType, re.Pattern[str]], ...] = (
    (
        AgreementType.MEMORANDUM_OF_UNDERSTANDING,
        re.compile(r"\bmemo(?:randum|randa|s)?\b|\bmemorandums\b|\bmous?\b|备忘录", re.I),
    ),
    (AgreementType.STRATEGIC_COOPERATION, re.compile(r"strategic|战略", re.I)),
    (
        AgreementType.JOINT_ESTABLISHMENT,
        re.compile(
            r"(establish|construct|build|set(?:ting)?\s+up|found(?!ation))\w*\b.*\b(institute|"
            r"base|cent(?:er|re)|lab|laborator(?:y|ies)|academy|park|platform)s?\b"
            r"|(?:共建|成立|组建|设立|筹建|(?:联合|合作)建设).{0,15}?(?:中心|研究院|研究所|基地"
            r"|实验室|平台|(?<![校家])园|学院(?!奖学金|基金)|工作室)",
            re.I,
        ),
    ),
    (AgreementType.FRAMEWORK_AGREEMENT, re.compile(r"framework|框架", re.I)),
    (
        AgreementType.PROJECT_AGREEMENT,
        re.compile(
            r"project|research contract|development contract|项目|技术(?:开发|服务|转让)合同", re.I
        ),
    ),
    (AgreementType.COOPERATION_AGREEMENT, re.compile(r"agreement|contract|协议|合同", re.I)),
)


# The spec's party kinds, first match wins. A registered company's suffix comes first: a
# university's holding company ("Zhejiang University Holding Group Co., Ltd.") is a
# company, and so is a city's investment group ("Municipal ... Group Co., Ltd."); the
# looser company words after the government's ("Municipal Corporation of Greater Mumbai"
# governs a city). "X Institute of Technology" is a university's name (Harbin's).
_KIND_RULES: tuple[tuple[PartyKind, re.Pattern[str]], ...] = (
    (PartyKind.COMPANY, re.compile(
        r"\bco\b(?!-)|\bltd\b|\blimited\b|\binc\b|\bplc\b|\bgmbh\b|有限|股份|公司|集团", re.I)),
    # A zone's or a university town's management committee governs it.
    (PartyKind.GOVERNMENT, re.compile(
        r"管委会|管理委员会|\b(?:zone|park|town|district|area)\s+(?:management|administrative)"
        r"\s+committee\b|\b(?:management|administrative)\s+committee\s+of\b", re.I)),
    (PartyKind.UNIVERSITY, re.compile(
        r"universit|college|school|faculty|institute of technology\b\s*(?:[(（].*)?$|大学"
        r"|(?<!科)学院",  # 科学院 is an academy of sciences, not a college
        re.I)),
    (PartyKind.GOVERNMENT, re.compile(
        r"government|ministry|department|bureau|commission|committee|municipal|政府|厅|局"
        r"|委员会|(?<!俱乐)部$|[省市县区]委|发改委|科委|经信委", re.I)),
    (PartyKind.COMPANY, re.compile(r"\b(?:corp|corporation|group|company)\b", re.I)),
    (PartyKind.RESEARCH_INSTITUTE, re.compile(
        r"institute|academy|laborator|研究院|研究所|科学院", re.I)),
)  # fmt: skip


class SignedDocument(BaseModel):
    """One document signed at the reported event."""

    model_config = ConfigDict(extra="forbid")

    title: CleanStr = Field(
        description="The document's name exactly as written, e.g. 'strategic cooperation "
        "framework agreement'."
    )
    parties: list[CleanStr] = Field(
        default_factory=list,
        max_length=4,
        description="The organisations bound by it, names exactly as written.",
    )
    signers: list[CleanStr] = Field(
        default_factory=list,
        max_length=4,
        description="Names of the people the article says signed it, as written, without "
        "titles; empty when not named.",
    )


class SignedDocuments(instructor.OpenAISchema):
    """The documents signed at the event the article reports."""

    model_config = ConfigDict(extra="forbid")

    documents: list[SignedDocument] = Field(
        default_factory=list,
        max_length=6,
        description="Each distinct document signed at the reported event, in order.",
    )


def _type_of(agreement: Agreement) -> AgreementType:
    by_title = agreement_type_for(agreement.title) if agreement.title else None
    return by_title or agreement.agreement_type


def signing_sentences(text: str, limit: int = 40) -> str:
    """The sentences the documents question needs: those naming a signing or a document.

    Sending these instead of the whole article makes the second call a fraction of the
    first one's cost; titles, signers and parties of a signing stand in such sentences.
    """
    picked = [
        text[start:end].strip()
        for start, end in sentence_bounds(text)
        if _SIGNING_CUE.search(text[start:end])
    ]
    return "\n".join(picked[:limit]) or text


def agreement_type_for(title: str) -> AgreementType | None:
    """The spec's type for a document title, or None when the title says nothing. Read
    with underscores as spaces: small models write a type's name as the title
    ("memorandum_of_understanding")."""
    words = title.replace("_", " ")
    for kind, pattern in _TYPE_RULES:
        if pattern.search(words):
            return kind
    return None


def _same_document(a: str | None, b: str) -> bool:
    if not a:
        return False
    left, right = normalize_for_match(a), normalize_for_match(b)
    return left == right or fuzz.token_set_ratio(a.lower(), b.lower()) >= 95


def _is_background(title: str, checker: Checker, published: dt.date | None) -> bool:
    """True when every sentence naming the document dates it before the reported year."""
    if published is None:
        return False
    years = [
        int(next(y for y in match.groups() if y))
        for sentence in checker.sentences_with(title)
        for match in _YEAR.finditer(unicodedata.normalize("NFKC", sentence))  # "２０１８年"
    ]
    return bool(years) and max(years) < published.year - 1


def _usable(doc: SignedDocument, checker: Checker, published: dt.date | None) -> bool:
    return (
        bool(_DOCUMENT_WORD.search(doc.title))
        and checker.grounded(doc.title)
        and not _is_background(doc.title, checker, published)
    )


def _person(name: str, draft: ExtractionDraft) -> Signatory:
    """The model's fuller entry for a person (title, organisation) when it gave one."""
    key = normalize_for_match(name)
    for agreement in draft.agreements:
        for person in (*agreement.signatories, *agreement.witnesses):
            if person.name and normalize_for_match(person.name) == key:
                return person.model_copy()
    return Signatory(name=name)


def party_kind_for(name: str) -> PartyKind:
    """A party's kind from the words of its name (the model's own guess, when it made one,
    is kept by the caller)."""
    for kind, pattern in _KIND_RULES:
        if pattern.search(name):
            return kind
    return PartyKind.OTHER


def _with_document(
    agreement: Agreement, doc: SignedDocument, draft: ExtractionDraft, checker: Checker
) -> Agreement:
    """Add the document's grounded parties and its signers the text says signed."""
    known = {normalize_for_match(p.name) for p in agreement.signatories if p.name}
    signers = [
        _person(name, draft)
        for name in doc.signers
        if normalize_for_match(name) not in known
        and checker.grounded(name)
        and checker.has_evidence(name, "signatories")
    ]
    names = {normalize_for_match(form) for p in agreement.parties for form in (p.name, *p.aliases)}
    parties = [
        Party(name=name, kind=party_kind_for(name))
        for name in doc.parties
        if normalize_for_match(name) not in names and checker.grounded(name)
    ]
    return agreement.model_copy(
        update={
            "signatories": [*agreement.signatories, *signers],
            "parties": [*agreement.parties, *parties],
        }
    )


def _new_agreement(template: Agreement | None, title: str) -> Agreement:
    """Another document of the same event: same date, place and parties, its own title."""
    base = template or Agreement()
    return base.model_copy(
        update={
            "title": title,
            "agreement_type": agreement_type_for(title) or AgreementType.OTHER,
            "signatories": [],
            "witnesses": [],
            "facilitators": [],
            "established_entities": [],
            "cooperation_areas": [],
        }
    )


def merge_documents(
    draft: ExtractionDraft, documents: SignedDocuments, checker: Checker
) -> ExtractionDraft:
    """The draft with the documents pass merged in, and each type set from its title."""
    published = draft.article.published
    agreements = list(draft.agreements)
    for doc in documents.documents:
        if not _usable(doc, checker, published):
            continue
        position = next(
            (i for i, a in enumerate(agreements) if _same_document(a.title, doc.title)), None
        )
        if position is None:
            # Articles often name one document twice in different words ("the memo", its
            # formal title): a document of a type already present is taken to be that one.
            kind = agreement_type_for(doc.title)
            position = next(
                (i for i, a in enumerate(agreements) if kind and _type_of(a) == kind), None
            )
        if position is None:
            if len(agreements) == 1 and not agreements[0].title:
                agreements[0] = agreements[0].model_copy(update={"title": doc.title})
                position = 0
            else:
                agreements.append(_new_agreement(agreements[0] if agreements else None, doc.title))
                position = len(agreements) - 1
        agreements[position] = _with_document(agreements[position], doc, draft, checker)
    typed = [
        a.model_copy(update={"agreement_type": _settled_type(a)})
        if a.title and checker.grounded(a.title)
        else a
        for a in agreements
    ]
    return draft.model_copy(update={"agreements": typed})


_PRECEDENCE = [kind for kind, _ in _TYPE_RULES]


def _settled_type(agreement: Agreement) -> AgreementType:
    """The type the (written) title says, unless the model read from the content a type
    that takes precedence over it (the spec's order): a joint establishment that founds
    a named body (the spec's rule is the content's, "it founds or co-builds") over a
    title that says "framework", "project" or only "agreement"; a project agreement over
    one that only says "agreement". A title's MoU or strategic stands."""
    by_title = agreement_type_for(agreement.title) if agreement.title else None
    if by_title is None:
        return agreement.agreement_type
    by_content = agreement.agreement_type
    founds = by_content is AgreementType.JOINT_ESTABLISHMENT and agreement.established_entities
    if (founds or by_content is AgreementType.PROJECT_AGREEMENT) and _PRECEDENCE.index(
        by_content
    ) < _PRECEDENCE.index(by_title):
        return by_content
    return by_title
