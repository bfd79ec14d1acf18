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
from collections.abc import Sequence

import instructor
from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz

from coopllm.dates import dateline_date, story_day, years_written
from coopllm.grounding import normalize_for_match
from coopllm.guard import Checker, as_lenient
from coopllm.guard.reading import TO_COME, ZH_TITLE_JOINER, signed_now, tells_its_day
from coopllm.lexicon import EN_COMPANY_NAME, HAN, simplified
from coopllm.parties import (
    a_party_already,
    bracketed_after,
    is_named,
    parties_apart,
    party_kind_for,
    zh_body_name,
    zh_name_as_written,
)
from coopllm.schema import (
    Agreement,
    AgreementType,
    CleanStr,
    ExtractionDraft,
    Party,
    Signatory,
    most_items,
)
from coopllm.sentences import sentence_bounds
from coopllm.titles import one_of_its_people

_ZH_AGREEMENT = "协议|合同|协定|(?<![符联综])合约"
"""Chinese words for an agreement or a contract (协定, 合约; not 符合约定, "as agreed")."""
_DOCUMENT_WORD = re.compile(
    r"agreement|memorand|\bmemo\s+of\s+understanding\b|\bmou\b|contract|protocol"
    rf"|letter of intent|备忘录|意向书|{_ZH_AGREEMENT}",
    re.IGNORECASE,
)
SIGNING_WORDS = r"sign|agreement|memorand|\bmou\b|contract|protocol|签|协议|备忘录|合同|意向书"
"""What marks a sentence the documents question needs (``signing_sentences``)."""
_SIGNING_CUE = re.compile(rf"(?=[samcp签协备合意])(?:{SIGNING_WORDS})", re.IGNORECASE)
"""``SIGNING_WORDS``, tried only at their first letters: a regex of alternatives is
otherwise tried in full at every character, two and a half times the time (0.1 ms an
article)."""

_BODY = r"institute|base|cent(?:er|re)|lab|laborator(?:y|ies)|academy|park|platform"
"""What a joint establishment founds, in a title's English words."""
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
            # The body within a few words, not past a partnership's: "Agreement on
            # Building a Long-term Partnership for Platform Economy Talent" founds none.
            r"\b(?:establish|construct|build|set(?:ting)?\s+up|found(?!ation))\w*"
            r"(?:\s+(?!partnerships?\b|relationships?\b|mechanisms?\b)\S+){0,8}?\s+"
            rf"(?:{_BODY})s?\b"
            rf"|\bjoint\s+(?:\S+\s+){{0,3}}?(?:{_BODY})s?\s+(?:\S+\s+){{0,2}}?"
            r"(?:agreement|contract)"
            r"|(?:共建|成立|组建|设立|筹建|(?:联合|合作|共同)建设).{0,15}?(?:中心|研究院|研究所|基地"
            r"|实验室|平台|(?<![校家])园|学院(?!奖学金|基金)|工作室)"
            # ... not a contract to build one ("数据中心建设项目合同": a project).
            r"|(?:中心|研究院|研究所|基地|实验室|平台|学院|工作室)(?:的)?"
            r"(?:共建|组建|建设(?!项目|工程|合同))",
            re.I,
        ),
    ),
    (AgreementType.FRAMEWORK_AGREEMENT, re.compile(r"framework|框架", re.I)),
    (
        AgreementType.PROJECT_AGREEMENT,
        re.compile(
            r"project|research contract|development contract|technical\s+service"
            r"|technology\s+(?:development|transfer|service)|项目|建设工程|技术(?:开发|服务|转让)合同",
            re.I,
        ),
    ),
    (
        AgreementType.COOPERATION_AGREEMENT,
        re.compile(rf"agreement|contract|\baccord\b|\bpact\b|{_ZH_AGREEMENT}", re.I),
    ),
)


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


def signing_sentences(text: str, limit: int = 40, *, whole: bool = True) -> str:
    """The sentences the documents question needs: those naming a signing or a document.

    Sending these instead of the whole article makes the second call a fraction of the
    first one's cost; titles, signers and parties of a signing stand in such sentences.
    The cues are read in Simplified characters (簽 as 签), the sentences sent as written.
    With none, the whole text (an article may tell its signing in words no cue knows), or
    "" when not ``whole``.
    """
    read = simplified(text)
    picked = [
        text[start:end].strip()
        for start, end in sentence_bounds(text)
        if _SIGNING_CUE.search(read, start, end)
    ]
    return "\n".join(picked[:limit]) or (text if whole else "")


def agreement_type_for(title: str) -> AgreementType | None:
    """The spec's type for a document title, or None when the title says nothing. Read
    with underscores as spaces: small models write a type's name as the title
    ("memorandum_of_understanding"); and in Simplified characters (戰略 as 战略)."""
    words = simplified(title).replace("_", " ")
    for kind, pattern in _TYPE_RULES:
        if pattern.search(words):
            return kind
    return None


def _same_title(a: str | None, b: str) -> bool:
    """The same title, but for case, spaces and punctuation."""
    return bool(a) and normalize_for_match(a or "") == normalize_for_match(b)


def _same_document(a: str | None, b: str) -> bool:
    """The same title, or one whose words hold the other's ("the Strategic Cooperation
    Agreement" and "Strategic Cooperation Agreement"), or a Chinese title that ends the
    other's after the parties' names (:func:`_named_by_parties`: "合作备忘录" of
    "南岭农林大学与阿什伯恩大学合作备忘录", the blind9 j02's; not "合作协议" of
    "共建联合实验室合作协议", a review's find). Chinese writes no spaces between words for
    the ratio to weigh."""
    if not a:
        return False
    shorter, longer = sorted((a, b), key=len)
    return (
        _named_by_parties(shorter, longer)
        or _same_title(a, b)
        or fuzz.token_set_ratio(a.lower(), b.lower()) >= 95
    )


def _named_by_parties(short: str, title: str) -> bool:
    """Whether a Chinese ``title`` is ``short`` (four characters or more) after the names
    of its parties, joined ("甲大学与乙大学", "东澜大学—澜川市人民政府")."""
    folded = normalize_for_match(short)
    if len(folded) < _LEAST_ENDING or not HAN.match(folded):
        return False
    whole = normalize_for_match(title)
    if whole == folded or not whole.endswith(folded):
        return False
    return bool(ZH_TITLE_JOINER.search(simplified(title)))


_LEAST_ENDING = 4
"""Characters of the shortest Chinese title taken for the end of another's: "合作备忘录" and
"全面战略合作协议" name their document; "协议" and "合同" only its kind."""


def _is_background(
    title: str, checker: Checker, published: dt.date | None, dates: Sequence[str]
) -> bool:
    """True when every sentence naming the document dates it before the reported year:
    a year that old in the document's own clause ("the agreement signed in 2018"), or,
    where the sentence tells none of the event's ``dates`` (its agreements' date texts),
    in the sentence ("In 2015 the pair signed a memorandum"). "Building on the agreement
    signed in 2018, the two signed a lab agreement on May 18" reports the lab agreement."""
    if published is None:
        return False
    old = published.year - 1
    mentions = checker.clauses_with(title)
    for clause, sentence in mentions:
        if own := years_written(clause):
            if max(own) >= old:
                return False
        elif any(date.casefold() in sentence.casefold() for date in dates) or (
            max(years_written(sentence), default=old) >= old
        ):
            return False
    return bool(mentions)


def _event_dates(draft: ExtractionDraft, published: dt.date | None) -> list[str]:
    """The date texts of the draft's agreements that write no year before the one reported."""
    old = published.year - 1 if published else 0
    return [
        a.date_text
        for a in draft.agreements
        if a.date_text and a.date_text.strip() and all(y >= old for y in years_written(a.date_text))
    ]


_TITLE_GOES_ON = re.compile(r"\s+(?:between|with|by|at|in|on|for|and)\s+", re.IGNORECASE)
"""Where a document's title may go on past its name: its parties, its venue."""


def _title_as_written(title: str, checker: Checker) -> str:
    """The title, or where the article does not write it, the longest start of it that
    the article writes and that still names a document: a model's title with the
    parties and venue copied into it, a word of them changed ("Memorandum of
    Understanding between Caldermoor and Nordvik University at Haugen Hall", where the
    article writes "at Nordvik's Haugen Hall": the blind5 f02's) is "Memorandum of
    Understanding"."""
    if checker.grounded(title):
        return title
    for goes_on in reversed(list(_TITLE_GOES_ON.finditer(title))):
        start = title[: goes_on.start()]
        if _DOCUMENT_WORD.search(simplified(start)) and checker.grounded(start):
            return start
    return title


def _usable(
    doc: SignedDocument,
    checker: Checker,
    published: dt.date | None,
    dates: Sequence[str],
    elsewhere: set[str],
) -> bool:
    """Whether the document is one signed at the news's event: a document's title the
    article writes (not words of its sentence: :func:`~coopllm.guard.reading.tells_its_day`),
    not background, and not one still to come, unless someone signs it
    who signs no other document (``elsewhere``: the others' signers, folded), as a
    model copies the day's signers onto a document to come (see :func:`_own_signers`)."""
    own = [name for name in doc.signers if normalize_for_match(name) not in elsewhere]
    return (
        bool(_DOCUMENT_WORD.search(simplified(doc.title)))
        and not tells_its_day(doc.title)
        and checker.grounded(doc.title)
        and not _is_background(doc.title, checker, published, dates)
        and not _still_to_come(doc.title, checker, bool(doc.signers), bool(own))
    )


def _still_to_come(title: str, checker: Checker, signed: bool, own: bool) -> bool:
    """Whether the article names the document only as still to be signed: where no one
    signs it, every clause naming it to come; where only signers of other documents do,
    every clause naming it to come at a later time ("is expected to be signed later this
    year"), as a preview of the day's documents ("a Fisheries Agreement would be signed
    during the trip", then "signed both") is no such news (the eleventh review's finds)."""
    if own:
        return False
    return _only_to_come(title, checker, later=signed)


def _signers_elsewhere(
    doc: SignedDocument, documents: Sequence[SignedDocument], agreements: list[Agreement]
) -> set[str]:
    """The signers, folded, of every other document and of the draft's agreements."""
    people = [n for d in documents if d is not doc for n in d.signers]
    people += [p.name for a in agreements for p in a.signatories if p.name]
    return {normalize_for_match(name) for name in people}


def _person(name: str, draft: ExtractionDraft) -> Signatory:
    """The model's fuller entry for a person (title, organisation) when it gave one."""
    key = normalize_for_match(name)
    for agreement in draft.agreements:
        for person in (*agreement.signatories, *agreement.witnesses):
            if person.name and normalize_for_match(person.name) == key:
                return person.model_copy()
    return Signatory(name=name)


def _with_document(
    agreement: Agreement, doc: SignedDocument, draft: ExtractionDraft, checker: Checker
) -> Agreement:
    """Add the document's grounded parties and its signers the text says signed."""
    known = {normalize_for_match(p.name) for p in agreement.signatories if p.name}
    signers = [
        _person(name, draft)
        for name in doc.signers
        if not _part_of_one(name, known, checker.read_text)
        and checker.grounded(name, person=True)
        and checker.has_evidence(name, "signatories", person=True)
    ]
    return agreement.model_copy(
        update={
            "signatories": [*agreement.signatories, *signers],
            "parties": _with_parties(agreement.parties, doc.parties, checker),
        }
    )


def _part_of_one(name: str, known: set[str], text: str) -> bool:
    """Whether ``name`` is one of the ``known`` signers' names, or a Chinese part of one
    that the text writes nowhere else ("嘉言" of 方嘉言, whom "首席执行官方嘉言" writes after a
    title ending in 官: the blind68 bq02's documents pass gave the part; not 王伟 beside
    王伟东, where the text writes 王伟 alone too: a review's find)."""
    key = normalize_for_match(name)
    if key in known:
        return True
    holders = [k for k in known if key in k]
    if not HAN.search(name) or not holders:
        return False
    alone = text
    for holder in sorted(holders, key=len, reverse=True):
        alone = alone.replace(holder, "")
    return name not in alone


def _with_parties(parties: Sequence[Party], names: Sequence[str], checker: Checker) -> list[Party]:
    """``parties`` and the document's grounded ``names`` they lack: each another party,
    or, where the article brackets it after a party's name as its short form, that
    party's alias ("Harbin Institute of Technology (HIT)": no third party "HIT"). A
    Chinese name given with characters left out of its middle is taken as the article
    writes it (:func:`~coopllm.parties.zh_name_as_written`), where it is no party's
    name already written out ("中国银行股份有限公司" for the party 中国银行 is no
    中国建设银行股份有限公司: a review's find)."""
    merged = list(parties)
    for given in names:
        name = given
        if not a_party_already(given, merged):  # "中国银行股份有限公司" is 中国银行, given
            name = zh_name_as_written(given, checker.read_text) or given
        if any(is_named(party, [name]) for party in merged) or not checker.grounded(name):
            continue
        text = checker.read_text
        short_for = next(
            (i for i, party in enumerate(merged) if bracketed_after(name, party, text)), None
        )
        if short_for is None:
            merged.append(Party(name=name, kind=party_kind_for(name)))
        else:
            party = merged[short_for]
            merged[short_for] = party.model_copy(update={"aliases": [*party.aliases, name]})
    return merged


_MOST_AGREEMENTS = most_items(ExtractionDraft, "agreements")
_LEFT_OUT = "documents pass: {title!r} left out: a record holds at most {n} agreements"


def _new_agreement(
    template: Agreement | None, title: str, listed: Sequence[str], checker: Checker
) -> Agreement:
    """Another document of the same event: same date and place, but the day and the
    venue its own sentence of signing writes (:func:`_its_own_day_and_venue`; neither the
    template's where it tells another day it does not write: :func:`_another_day`), its own
    title, and the template's parties the document names (``listed``), or all of them
    when it names none: "A signed X with B, and Y with C" does not bind B to Y."""
    base = template or Agreement()
    parties = [p for p in base.parties if is_named(p, listed)] if listed else base.parties
    day, venue = _its_own_day_and_venue(title, checker)
    if not _another_day(title, checker):
        day, venue = day or base.date_text, venue or base.location
    return base.model_copy(
        update={
            "title": title,
            "agreement_type": agreement_type_for(title) or AgreementType.OTHER,
            "date_text": day,
            "location": venue,
            "parties": parties,
            "signatories": [],
            "witnesses": [],
            "facilitators": [],
            "established_entities": [],
            "cooperation_areas": [],
        }
    )


_ANOTHER_DAY = re.compile(
    r"\b(?:following|next|previous)\s+(?:day|morning|afternoon|evening|week)\b"
    r"|\bday\s+(?:after|before)\b|\blater\s+that\s+(?:week|month)\b|次日|第二天|翌日|前一天|前一日",
    re.IGNORECASE,
)
"""Words that put a signing on another day than the one told before, not written as a
date: "The following day the delegation travelled to Askøy, where … signed …"."""


def _another_day(title: str, checker: Checker) -> bool:
    """Whether the sentence that signs ``title`` puts it on a day of its own that it does
    not write (``_ANOTHER_DAY``): it takes no other document's day (the blind5 f02's
    framework agreement, "The following day", not the memorandum's "On Wednesday 15 May")."""
    sentence = checker.signing_sentence(title)
    return sentence is not None and bool(_ANOTHER_DAY.search(checker.text, *sentence))


def _its_own_day_and_venue(title: str, checker: Checker) -> tuple[str | None, str | None]:
    """The day the sentence that signs ``title`` writes, and the one venue of the signing
    it names ("On Monday, … signed a Predictive Maintenance Pilot Agreement in Gdansk":
    the blind16 q05's pilot, not the framework's "yesterday at Meridian's headquarters")."""
    day = checker.signing_day(title)
    sentence = checker.signing_sentence(title)
    venues = [
        venue
        for venue in checker.signing_venues()
        if sentence is not None and checker.mentions_in(venue, sentence)
    ]
    return day, venues[0] if len(venues) == 1 else None


def _other_parties(agreement: Agreement, listed: Sequence[str]) -> bool:
    """Whether a document's parties (``listed``) show it is not ``agreement``: it names a
    party the agreement lacks, and the agreement has one the document does not name. A
    generic title ("Cooperation Agreement") reads as part of a longer one ("Talent
    Training Cooperation Agreement"); their parties tell them apart."""
    return parties_apart(agreement.parties, [Party(name=name) for name in listed])


def merge_documents(
    draft: ExtractionDraft,
    documents: SignedDocuments,
    checker: Checker,
    *,
    published: dt.date | None,
    notes: list[str],
) -> ExtractionDraft:
    """The draft with the documents pass merged in (each type is then set from its
    title by :func:`settle_types`, as every chunk's is).

    ``published`` is the page's date (the caller's, or read from the page), the model's
    when there is none: an older document is background by it, and the model may leave
    it out. A document past the schema's bound on agreements is left out, said in
    ``notes`` (the record would not validate)."""
    published = published or draft.article.published or dateline_date(checker.text)
    dated = checker.dated(story_day(checker.text, published))  # "On Monday": the story's
    dates = _event_dates(draft, published)
    agreements = _reported(list(draft.agreements), checker, published, notes)
    for given in documents.documents:
        doc = given.model_copy(update={"title": _title_as_written(given.title, checker)})
        elsewhere = _signers_elsewhere(given, documents.documents, agreements)
        if not _usable(doc, checker, published, dates, elsewhere):
            continue
        listed = _bodies_listed(doc, agreements, checker)
        position = _document_of(agreements, doc.title, listed, checker)
        if position is None and len(agreements) >= _MOST_AGREEMENTS:
            notes.append(_LEFT_OUT.format(title=doc.title, n=_MOST_AGREEMENTS))
            continue
        if position is None:
            template = agreements[0] if agreements else None
            agreements.append(_new_agreement(template, doc.title, listed, dated))
            position = len(agreements) - 1
        elif _titled_in_full(agreements, position, doc.title, checker):
            agreements[position] = agreements[position].model_copy(update={"title": doc.title})
        agreements[position] = _with_document(agreements[position], doc, draft, checker)
    return draft.model_copy(update={"agreements": agreements})


_ZH_TITLED_SIGNING = re.compile(
    r"(?P<first>[^，。；、：:\s“”《》（）()]{2,30}?)(?:还|也|又|同时|另)?与"
    r"(?P<second>[^，。；、：:\s“”《》（）()]{2,30}?)(?:正式|共同)?(?:签订|签署)了?"
    r"《(?P<title>[^《》\n]{2,60})》"
)
"""A Chinese clause of two bodies signing a document by its title: "近日，市科技局还与临州职业
技术学院签订《海洋装备技术技能人才培养合作协议》" (the blind20 u03's, which neither pass gave)."""


_TITLE_DRESS = re.compile(r"[（(][^（）()]*[）)]|书$")
"""What a title may carry that another form of it leaves out: a bracketed term
("（2025—2027年）"), 书 ("协议书")."""


def _one_title(given: str | None, written: str) -> bool:
    """Whether an agreement's title is the document written: the same, or the same once
    dressed forms are bare ("战略合作协议" of 《战略合作协议书》: a review's find)."""
    if not given:
        return False
    bare = [normalize_for_match(_TITLE_DRESS.sub("", t)) for t in (given, written)]
    return _same_title(given, written) or _same_document(given, written) or bare[0] == bare[1]


def titled_left_out(
    draft: ExtractionDraft, checker: Checker, *, strict: bool = True
) -> tuple[ExtractionDraft, list[str]]:
    """The draft with each document a Chinese clause titles and says two bodies signed
    (``_ZH_TITLED_SIGNING``) where no agreement of the draft is that document: in a
    sentence of a signing done (:meth:`~coopllm.guard.reading.Reading.signing_sentences`:
    not an earlier one, another's told as such, nor one to come), both parties bodies'
    names (:func:`~coopllm.parties.zh_body_name`). Its day and place are the guard's to
    read from its own sentence. Each addition said, none past the schema's bound; in
    lenient mode (not ``strict``) said as the guard's are (:func:`~coopllm.guard.as_lenient`),
    and not made: lenient mode adds nothing the model did not give."""
    if not draft.agreements and (found := _entered_into(checker)) is not None:
        return _with_the_one_left_out(draft, found, strict=strict)
    if "《" not in checker.text:  # no title: the pattern's free first words cost a scan
        return draft, []
    agreements = list(draft.agreements)
    titles = [a.title for a in agreements]
    said: list[str] = []
    signing = set(checker.signing_sentences())
    for found in _ZH_TITLED_SIGNING.finditer(checker.text):
        title, first, second = found["title"], found["first"], found["second"]
        if any(_one_title(given, title) for given in titles):
            continue
        if checker.sentence_at(found.start()) not in signing:
            continue
        if not (zh_body_name(first) and zh_body_name(second)):
            continue
        if len(titles) >= _MOST_AGREEMENTS:
            said.append(f"left out agreement '{title}': a record holds at most {_MOST_AGREEMENTS}")
            break
        titles.append(title)
        if strict:
            agreements.append(
                Agreement(
                    title=title,
                    agreement_type=agreement_type_for(title) or AgreementType.COOPERATION_AGREEMENT,
                    parties=[Party(name=n, kind=party_kind_for(n)) for n in (first, second)],
                )
            )
        added = (
            f"added agreement '{title}' of '{first}' and '{second}': the article says they "
            "signed it, and neither pass gave it"
        )
        said.append(added if strict else as_lenient(added))
    return draft.model_copy(update={"agreements": agreements}), said


_EN_ENTERED_INTO = re.compile(
    rf"(?P<first>{EN_COMPANY_NAME})[ \t]*(?:\([^()\n]{{1,60}}\))?(?:,[^.;\n]{{1,120}}?,)?[ \t]+"
    r"(?:has[ \t]+|have[ \t]+)?(?:entered[ \t]+into|signed|concluded|executed)"
    r"[ \t]+(?:an?|the)[ \t]+"
    r"(?P<title>(?:[A-Z][\w-]*[ \t]+){1,8}?(?:Agreement|Memorandum[ \t]+of[ \t]+Understanding"
    r"|Contract))[ \t]*(?:\([^()\n]{1,60}\))?[ \t]+with[ \t]+"
    rf"(?P<second>{EN_COMPANY_NAME})"
)
"""An English sentence of one body entering into a titled document with another, as a
listed company's announcement writes it: "Suzhou Qinglan Motion Control Co., Ltd.
("Qinglan Motion"), an indirect wholly-owned subsidiary of the Company, entered into a
Strategic Cooperation Framework Agreement (the "Agreement") with Harbin Beiyuan Robotics
Technology Co., Ltd." (the blind37 al01's, which neither pass gave)."""


def _entered_into(checker: Checker) -> re.Match[str] | None:
    """The article's one ``_EN_ENTERED_INTO``, of two bodies, told as done (no words of a
    signing to come before it: :data:`~coopllm.guard.reading.TO_COME`) and not in the
    page's list of other stories; None where there is none or more than one."""
    text = checker.text
    found = [
        hit
        for hit in _EN_ENTERED_INTO.finditer(text)
        if hit["first"] != hit["second"]
        and not TO_COME.search(text, max(0, hit.start() - _LOOK_BEFORE), hit.end())
        and not any(start <= hit.start() < end for start, end in checker.other_stories)
    ]
    return found[0] if len(found) == 1 else None


_LOOK_BEFORE = 80
"""How far before the sentence's bodies words of a signing to come are looked for."""


def _with_the_one_left_out(
    draft: ExtractionDraft, found: re.Match[str], *, strict: bool
) -> tuple[ExtractionDraft, list[str]]:
    """The draft, empty of agreements, with the one an English sentence says two bodies
    entered into (``_EN_ENTERED_INTO``): an empty record is the worst a batch can keep.
    Its people, day and place are the guard's to read; said, and in lenient mode only
    said."""
    title, first, second = found["title"], found["first"], found["second"]
    said = (
        f"added agreement '{title}' of '{first}' and '{second}': the article says they "
        "entered into it, and neither pass gave any agreement"
    )
    if not strict:
        return draft, [as_lenient(said)]
    agreement = Agreement(
        title=title,
        agreement_type=agreement_type_for(title) or AgreementType.COOPERATION_AGREEMENT,
        parties=[Party(name=n, kind=party_kind_for(n)) for n in (first, second)],
    )
    return draft.model_copy(update={"agreements": [agreement]}), [said]


def _titled_in_full(
    agreements: Sequence[Agreement], position: int, document: str, checker: Checker
) -> bool:
    """Whether the document's title, as written, is to replace the agreement's: it has
    none the article writes (:func:`_written_title`), or one the document's title ends
    after its parties' names (:func:`_named_by_parties`), or, English, starts (a full
    title: :func:`_a_title`), which no other agreement has ("合作备忘录" of
    "南岭农林大学与阿什伯恩大学合作备忘录": the blind9 j02's, whose short title an earlier
    memorandum the article recalls shares, which dated the renewal by that one's year; two
    of "framework agreement" are one the model gave twice, which the guard keeps once only
    while they are alike)."""
    title = agreements[position].title
    if not title or not _written_title(title, checker):
        return True
    short = normalize_for_match(title)
    shared = any(
        i != position and normalize_for_match(a.title or "") == short
        for i, a in enumerate(agreements)
    )
    if shared:
        return False
    if HAN.search(document):
        return _named_by_parties(title, document)
    longer = normalize_for_match(document)
    return short != longer and longer.startswith(short) and _a_title(document)


def _a_title(document: str) -> bool:
    """Whether an English document's name reads as its full title, not as words about it:
    every longer word capitalised ("Memorandum of Understanding on Battery Talent"; not
    "strategic cooperation agreement between the university and the company"), and no
    supplement's ("Amendment to the …": another document)."""
    if _SUPPLEMENT.search(document):
        return False
    return all(word[0].isupper() for word in re.findall(r"[A-Za-z][\w'-]{3,}", document))


_SUPPLEMENT = re.compile(r"\b(?:supplement\w*|amendment|annex|addendum|protocol)\b", re.I)


def _bodies_listed(
    doc: SignedDocument, agreements: Sequence[Agreement], checker: Checker
) -> list[str]:
    """The document's parties the article writes, less those that are people: its
    signers or the draft's, written with their titles ("南岭省教育厅副厅长谭丽华", "校长方志诚":
    the blind9 j02's), which would tell the document from the draft's agreement of the
    same signing (:func:`_other_parties`)."""
    people = [Signatory(name=name) for name in doc.signers]
    people += [p for a in agreements for p in (*a.signatories, *a.witnesses)]
    return [
        name
        for name in doc.parties
        if checker.grounded(name) and not one_of_its_people(name, people)
    ]


def _reported(
    agreements: list[Agreement], checker: Checker, published: dt.date | None, notes: list[str]
) -> list[Agreement]:
    """The agreements but those the article names only as background: the blind5 f01's
    "In 2021 Kestrel and the university signed a Knowledge Transfer Partnership
    agreement", which the model gave as a second agreement of the day, with its signers
    and date (:func:`_only_earlier`); and, with no signer, one it names only as still to
    be signed (the blind7 h02's "they expect to sign a second agreement … in the spring",
    :func:`_only_to_come`) or as an unveiling, no document's word in its title
    (``_AN_UNVEILING``). Each dropped is said in ``notes``; none where every one would go
    (the article may only tell of them). Stricter than the documents pass's reading, as
    the model gave these as the news."""
    earlier = published is not None and any(
        year < published.year - 1 for year in years_written(checker.text)
    )  # no earlier year anywhere: nothing to look up (a hit's cost)
    looked_up = published if earlier else None
    said = [
        (a, _background(a, a.title, checker, looked_up, _own_signers(a, agreements)))
        if a.title
        else (a, None)
        for a in agreements
    ]
    reported = [a for a, why in said if why is None]
    if not reported or len(reported) == len(agreements):
        return agreements
    notes.extend(
        f"dropped agreement {a.title!r}: the article names it only as {why}"
        for a, why in said
        if why
    )
    return reported


def _own_signers(agreement: Agreement, agreements: list[Agreement]) -> list[str]:
    """The agreement's signers that sign no other agreement of the record: those a model
    copied from the day's signing onto a document still to come (the blind24 y05's
    "A second-phase agreement … is expected to be signed later this year", given the
    signers of the three-way deal) are no sign that it was signed."""
    others = {
        normalize_for_match(p.name)
        for a in agreements
        if a is not agreement
        for p in a.signatories
        if p.name
    }
    signers = [p.name for p in agreement.signatories if p.name]
    return [name for name in signers if normalize_for_match(name) not in others]


def _background(
    agreement: Agreement,
    title: str,
    checker: Checker,
    published: dt.date | None,
    own_signers: list[str],
) -> str | None:
    """What the article names the agreement only as, where it is no news of the day: an
    earlier one, looked up only with ``published`` (:func:`_only_earlier`); one still to
    be signed, or an unveiling, where no one signed it; None for the news."""
    if published is not None and _only_earlier(title, checker, published):
        return "an earlier one"
    signed = any(p.name for p in agreement.signatories)
    if _still_to_come(title, checker, signed, bool(own_signers)):
        return "one still to be signed"
    if signed:
        return None
    if (
        _AN_UNVEILING.search(title)
        and not _DOCUMENT_WORD.search(simplified(title))
        and f"《{title}》" not in checker.text
    ):
        return "an unveiling, not a document signed"
    return None


_AN_UNVEILING = re.compile(
    r"(?:揭牌|揭幕|授牌|挂牌)(?:仪式)?$|\b(?:unveiling|inauguration)(?:\s+ceremony)?$",
    re.IGNORECASE,
)
"""A title that names a plaque's unveiling (the blind7 h04's "江澜大学—星衡智能具身智能联合
实验室揭牌", which the model gave as a third agreement of the two signed)."""


def _only_to_come(title: str, checker: Checker, *, later: bool = False) -> bool:
    """Whether every clause that names the title tells its signing as still to come, and
    none as done ("signed the MoU and will sign the lab agreement" is one clause of
    both: the MoU stays); ``later``, at a time to come that the clause writes."""
    mentions = [item for clause, _ in checker.clauses_with(title) for item in _items(clause, title)]
    return bool(mentions) and all(
        TO_COME.search(clause)
        and not signed_now(clause)
        and (not later or _LATER.search(clause) is not None)
        for clause in mentions
    )


_BULLET = re.compile(r"\n\s*[-•*·▪]\s+")
"""A list's item opening a line: a release's bullets under its headline."""


def _items(clause: str, title: str) -> list[str]:
    """The bullets of ``clause`` that open on ``title`` and are about it alone, or the
    clause where it has none: "- Memorandum of Understanding signed with Hoshida …" and "-
    Binding offtake agreement targeted for 2026" are two items, which a page's bullets
    without full stops run into one sentence (the blind83 cf04's); not "- Memorandum of
    Understanding under which the parties will sign a binding offtake agreement in 2027",
    whose signing to come is another document's (review84)."""
    items = [
        item
        for item in _BULLET.split(clause)
        if item.casefold().startswith(title.casefold()) and not _ANOTHERS.search(item, len(title))
    ]
    return items or [clause]


_ANOTHERS = re.compile(r"\b(?:under\s+which|whereby|which|that|when)\b", re.IGNORECASE)
"""A relative clause after a bullet's title: what follows is another's doing."""


_LATER = re.compile(
    r"\b(?:later\s+(?:this|in\s+the)\s+(?:year|month|autumn|fall|spring|summer|winter)"
    r"|next\s+(?:year|month|week|spring|summer|autumn|fall|winter)"
    r"|in\s+the\s+(?:coming|near\s+future|future)|by\s+the\s+end\s+of|in\s+due\s+course)\b"
    r"|下半年|明年|年内|年底前|今后|下一步|近期内",
    re.IGNORECASE,
)
"""A time to come a clause writes for a signing: "later this year", "next month", 明年."""


_RENEWED = re.compile(r"续签|续约|renew", re.IGNORECASE)


def _only_earlier(title: str, checker: Checker, published: dt.date) -> bool:
    """Whether every clause that names the title dates it, in its own words, before the
    page's year, and no sentence renews it (:func:`_reported`)."""
    mentions = checker.clauses_with(title)
    return bool(mentions) and all(
        (own := years_written(clause))
        and max(own) < published.year - 1
        and not _RENEWED.search(sentence)
        for clause, sentence in mentions
    )


def settle_types(draft: ExtractionDraft, checker: Checker) -> ExtractionDraft:
    """Each agreement typed by the title the article writes for it (see
    :func:`_settled_type`), whether or not the documents pass ran: with it off, or with
    no valid answer from it, the model's type stood against the spec's title rules."""
    typed = [
        a.model_copy(update={"agreement_type": _settled_type(a, checker)})
        if a.title and checker.grounded(a.title)
        else a
        for a in draft.agreements
    ]
    return draft.model_copy(update={"agreements": typed})


def _document_of(
    agreements: list[Agreement], title: str, listed: Sequence[str], checker: Checker
) -> int | None:
    """The agreement a document is, or None for another document: the one of the same
    title (but for case and punctuation); else one whose title reads alike, unless its
    parties show it is another (:func:`_other_parties`)."""
    position = next((i for i, a in enumerate(agreements) if _same_title(a.title, title)), None)
    fitting = [i for i, a in enumerate(agreements) if not _other_parties(a, listed)]
    if position is None:
        position = next((i for i in fitting if _same_document(agreements[i].title, title)), None)
    if position is None:
        position = _named_otherwise([agreements[i] for i in fitting], title, checker)
        position = None if position is None else fitting[position]
    untitled = len(agreements) == 1 and _no_title(agreements[0].title)
    if position is None and untitled and fitting:
        position = 0
    return position


def _no_title(title: str | None) -> bool:
    """Whether an agreement has no title: none, or the value of a type, which a model
    gives for one ("cooperation_agreement": the blind9 j03's)."""
    return not title or title in _TYPE_VALUES


_TYPE_VALUES = frozenset(kind.value for kind in AgreementType)


def _written_title(title: str | None, checker: Checker) -> bool:
    """Whether the agreement's title is one the article writes ("cooperation_agreement",
    the type's value the model gave as the title, is none)."""
    return bool(title) and checker.grounded(title or "")


def _named_otherwise(agreements: list[Agreement], title: str, checker: Checker) -> int | None:
    """The agreement a document of this title is, named in other words: articles often
    name one document twice ("the memo", its formal title). One of the same type whose
    title is missing, not written in the article, or alike; not one whose written title
    differs: two contracts signed at one event (《涂层材料技术开发合同》, 《刀具检测技术
    服务合同》) are two agreements."""
    kind = agreement_type_for(title)
    if kind is None:
        return None
    return next(
        (
            i
            for i, a in enumerate(agreements)
            if _type_of(a) == kind
            and (
                not a.title
                or not checker.grounded(a.title)
                or fuzz.token_set_ratio(a.title.lower(), title.lower()) >= _ALIKE
            )
        ),
        None,
    )


_ALIKE = 70
"""How alike (rapidfuzz's token set ratio) two titles of one type are to be one document:
"Strategic Cooperation Agreement" and "the strategic cooperation agreement between the
university and the company" are; the two contracts above (about 50) are not."""
_PRECEDENCE = [kind for kind, _ in _TYPE_RULES]


def _settled_type(agreement: Agreement, checker: Checker) -> AgreementType:
    """The type the (written) title says, unless the model read from the content a type
    that takes precedence over it (the spec's order): a joint establishment that founds
    a named body (the spec's rule is the content's, "it founds or co-builds"; a body the
    article says is founded, not one the guard will drop, such as the venue) over a
    title that says "framework", "project" or only "agreement"; a project agreement over
    one that only says "agreement". A title's MoU or strategic stands."""
    by_title = agreement_type_for(agreement.title) if agreement.title else None
    if by_title is None:
        return agreement.agreement_type
    by_content = agreement.agreement_type
    founds = by_content is AgreementType.JOINT_ESTABLISHMENT and any(
        checker.founded(entity) for entity in agreement.established_entities
    )
    if (founds or by_content is AgreementType.PROJECT_AGREEMENT) and _PRECEDENCE.index(
        by_content
    ) < _PRECEDENCE.index(by_title):
        return by_content
    return by_title
