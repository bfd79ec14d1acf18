"""The guard's second stage, after the re-asks: :func:`apply_guard`.

It drops (strict) or flags (lenient) what is still ungrounded, and demotes values whose
role the article never states (:class:`coopllm.guard.checker.Checker` reads the
evidence): a signatory never said to sign, a witness never said to witness or unveil, an
entity no founding words govern, a location not introduced as the signing's, a
facilitator no facilitating words govern. A person the model gave in the wrong role moves
to the right one where the article says so; an agreement given twice, every field
alike, is kept once. The people the model left out of their roles are put in by
:mod:`coopllm.guard.left_out`. Each drop, move, addition and doubt is a warning.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from typing import TypeVar

from rapidfuzz.distance import Levenshtein

from coopllm.dates import (
    DATE_MENTION,
    MONTHS_AND_DAYS,
    RECENT_ALONE,
    counted_from_page,
    date_and_place,
    names_no_date,
    only_on_the_page_date_line,
    resolve_date,
)
from coopllm.grounding import NEVER_FUZZY, normalize_for_match
from coopllm.guard.apart import told_apart
from coopllm.guard.between import (
    no_unsigned_unit,
    no_venue_as_party,
    parties_at_its_venue,
    parties_between,
    parties_in_the_title,
    parties_of_the_signers,
    parties_signing_together,
    parties_under_it,
    people_given_as_parties,
    the_other_signers_body,
)
from coopllm.guard.bodies import ENTITY_KIND, unnamed_body
from coopllm.guard.checker import Checker
from coopllm.guard.days import (
    dated_the_day_after,
    not_an_announcements_day,
    not_an_earlier_signings_day,
    signers_sentences,
)
from coopllm.guard.each_with import each_between, signed_in_turn, signed_with_each
from coopllm.guard.held_back import held_back_dropped
from coopllm.guard.left_out import (
    SAID_OF_A_MOVE,
    brokers_as_parties,
    entities_in_full,
    entities_left_out,
    entities_of_their_founder,
    facilitators_left_out,
    no_party_as_entity,
    parties_as_people,
    parties_as_signers,
    signers_given_twice,
    signers_left_out,
    signers_of_their_documents,
    unveilers_left_out,
    unveilers_of_the_founding,
    venue_left_out,
    witnesses_left_out,
    witnesses_of_their_documents,
)
from coopllm.guard.other_stories import other_stories_dropped
from coopllm.guard.projects import projects_left_out
from coopllm.guard.reading import (
    DATELINE_HEAD,
    DEAL,
    DEAL_WORD,
    SIGNED,
    TOLD_AS_EARLIER,
    Sentence,
    a_heading,
    another_document,
    finds,
    kinds_named,
    shortened,
    signed_now,
    tells_its_day,
)
from coopllm.guard.unnamed import holders_left_out, office_apart, unnamed_signers_named
from coopllm.lexicon import (
    EN_BODYS_WORD,
    EN_BUILDING_WORDS,
    EN_OWNING_BODY,
    EN_SIGNING_VERB,
    HAN,
    SMALL_COUNT,
    ZH_BODY_WORDS,
    ZH_FUNCTIONS,
    ZH_SIGNING_VERB,
    Needing,
    generic_title,
    simplified,
    small_count,
    written_alone,
)
from coopllm.parties import (
    STATUS_WORDS,
    a_party_already,
    bare_name,
    bracketed_after,
    company_own_name,
    in_order,
    is_named,
    short_forms_after,
    university_short_form,
    with_its_country,
    without_legal_form,
    zh_company_name,
    zh_short_form,
)
from coopllm.schema import Agreement, AgreementType, ExtractionDraft, Party, Signatory
from coopllm.titles import (
    ZH_TITLE_BEFORE,
    body_after_its_person,
    one_of_its_people,
    organisation_of,
)

_ADMIN_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff]{2})[市省县区]$|\s+(?:City|Province|County)$")
"""A place's administrative word, which a model adds to the name the text gives the venue
("合肥市" where "签约仪式在合肥举行", "Yingkou City")."""
_COUNTRY_AFTER = re.compile(r",\s+(?:[A-Z][\w.'\u2019-]*\s?){1,3}$")
"""A country after a city, as the article writes a party's seat ("based in Trondheim,
Norway"), where the signing's sentence names the city alone ("signed … in Trondheim":
the blind3 d03's); not a place the article never writes ("Jilin Province, Japan")."""
_DESCRIBED = re.compile(r",\s+(?:the|a|an)\s+[^,]*\b[a-z]+$")
"""What the article writes of a place after its name ("in Velde, the Estmarkian capital,":
the blind4 e03's), which the model gave with it: the place is its name. Not a name that
goes on after a comma ("Manila, the Philippines", "Peace Palace, The Hague")."""
_HERE = re.compile(r"\s+(?-i:here)$")
"""A news desk's "here" after the place, its own town ("was signed at Wisma Darul Aman here
yesterday": the blind45 at04's), which the model gave with it."""
_WHAT_IS_SAID = {
    "signatories": "signed",
    "witnesses": "witnessed or unveiled anything",
    "established_entities": "was founded, co-built or unveiled",
    "facilitators": "facilitated, brokered or promoted the deal",
}
_SINGULAR = {
    "signatories": "signatory",
    "witnesses": "witness",
    "facilitators": "facilitator",
    "established_entities": "established entity",
}


_ZH_CLAUSE_AS_NAME = re.compile(
    r"^(?=[^·]{7,}$)[\u4e00-\u9fff（）()]{2,}[及与和、][\u4e00-\u9fff（）()]{2,}?"
    r"(?:出席|见证|签署|签约|主持|参加|致辞)"
)
"""A Chinese "name" of seven characters or more, no foreign name's dot in it, that is a
clause: two people joined, then its verb ("王启明教授及中山市副市长李晓东出席见证": the blind45
at05's model gave it as a signer; not a role's label before one name, "签约代表王小明": a
review's find)."""


_ZH_SIGNING_IN_A_NAME = re.compile(r"[《》]|代表[^，。]{0,8}签(?:署|订|约|字)")
"""A document's quotes or "代表…签署" in a Chinese "name": a sentence's words ("蓝澜环境总裁
代表三方签署《共建先进膜材料联合研究院合作协议》", the blind78 ca03's signer)."""


def _person_kept(
    person: Signatory, role: str, checker: Checker, warnings: list[str], bodies: tuple[str, ...]
) -> bool:
    if not person.name:
        return _unnamed_kept(person, role, checker, warnings)
    if not checker.grounded(person.name, person=True):
        warnings.append(f"dropped {_SINGULAR[role]} '{person.name}': not in the article")
        return False
    if _ZH_CLAUSE_AS_NAME.search(simplified(person.name)) or _ZH_SIGNING_IN_A_NAME.search(
        simplified(person.name)
    ):
        warnings.append(
            f"dropped {_SINGULAR[role]} '{person.name}': words of a sentence, no person's name"
        )
        return False
    if _a_bodys_short_form(person.name, checker):
        warnings.append(
            f"dropped {_SINGULAR[role]} '{person.name}': the short form the article gives an "
            "organisation, no person's name"
        )
        return False
    if checker.has_evidence(person.name, role, person=True):
        return True
    titled = checker.signed_as_titled(person.name, bodies) if role == "signatories" else None
    if titled is not None:
        warnings.append(
            f"kept signatory '{person.name}': the article says '{titled}' signed, and writes "
            "them with that title"
        )
        return True
    warnings.append(
        f"dropped {_SINGULAR[role]} '{person.name}': the article does not say they "
        f"{_WHAT_IS_SAID[role]}"
    )
    return False


_ZH_BODYS_WORD_LAST = re.compile(
    r"(?:公司|集团|中心|大学|学院|医院|银行|政府|[所院校局厅委部办厂社行])$"
)
"""The word of an organisation that ends its Chinese short form ("材料所", "公司"); not a
person's name that a company is named after ("（以下简称“李宁”）… 创始人李宁": a review's
find)."""


def _a_bodys_short_form(name: str, checker: Checker) -> bool:
    """Whether the article introduces the Chinese ``name`` as an organisation's short form
    ("（以下简称“材料所”）", "（以下简称“华睿新材”或“公司”）"): a company's announcement calls
    itself "公司", and a model gave that and its counterparty's "材料所" as the signers (the
    blind63 bl02's)."""
    if not _ZH_BODYS_WORD_LAST.search(simplified(name)):
        return False
    quoted = rf"简称[^）)。\n]{{0,40}}?[“\"'「『‘]{re.escape(simplified(name))}[”\"'」』’]"
    return re.search(quoted, checker.read_text) is not None


def _cleaned_person(
    person: Signatory, role: str, checker: Checker, warnings: list[str], bodies: tuple[str, ...]
) -> Signatory | None:
    """The person with the fields the article writes, or None when the article does not
    hold them to the role, or holds nothing of them: an unnamed signer whose title and
    organisation the text does not write would be kept as an entry of three nulls."""
    person = office_apart(person, checker, bodies)
    if not _person_kept(person, role, checker, warnings, bodies):
        return None
    cleaned = _clean_fields(person, ("title", "organization"), checker, warnings)
    cleaned = _as_written(cleaned, checker)
    if cleaned.name or cleaned.title or cleaned.organization:
        return cleaned
    warnings.append(
        f"dropped {_SINGULAR[role]} (unnamed): the article writes nothing that identifies them"
    )
    return None


def _cleaned_people(
    people: list[Signatory],
    role: str,
    checker: Checker,
    warnings: list[str],
    bodies: tuple[str, ...] = (),
) -> list[Signatory]:
    """The people the article holds to ``role``; ``bodies``: the agreement's parties' names,
    whose titles' holders may sign in their place ("双方校长")."""
    cleaned = (_cleaned_person(person, role, checker, warnings, bodies) for person in people)
    kept = [person for person in cleaned if person is not None]
    if role != "signatories":
        return kept
    once = _holders_once(kept, checker, warnings)
    return unnamed_signers_named(once, checker, warnings, bodies)


def _holders_once(
    signers: list[Signatory], checker: Checker, warnings: list[str]
) -> list[Signatory]:
    """The signers but one given by the words a signing sentence writes in place of the name
    of a signer kept by them ("恒屹智能总经理" beside 韩国栋, whom the article writes
    "恒屹智能董事长、总经理韩国栋": :meth:`~coopllm.guard.holders.HolderEvidence.
    signed_as_titled`), as a name or an unnamed signer's title: one person, named."""
    titled = {
        normalize_for_match(phrase)
        for person in signers
        if person.name
        and not checker.has_evidence(person.name, "signatories", person=True)  # remembered
        and (phrase := checker.signed_as_titled(person.name)) is not None
    }
    if not titled:
        return signers
    kept = []
    for person in signers:
        words = person.title if person.name is None else person.name
        if words and normalize_for_match(words) in titled:
            warnings.append(f"dropped signatory '{words}': the named signer that title is")
            continue
        kept.append(person)
    return kept


def _as_written(person: Signatory, checker: Checker) -> Signatory:
    """The person's name and organisation as the article spells them (see
    :meth:`~coopllm.grounding.SourceIndex.written_form`)."""
    index = checker.index
    name = index.written_form(person.name, person=True) if person.name else None
    organization = index.written_form(person.organization) if person.organization else None
    if (name, organization) == (person.name, person.organization):
        return person
    return person.model_copy(update={"name": name, "organization": organization})


def _unnamed_kept(person: Signatory, role: str, checker: Checker, warnings: list[str]) -> bool:
    """An unnamed person ("the head of the Testing Institute") is held to the same role
    evidence, by the title the article gives in place of a name; one the article does not
    write cannot be checked, and its title is dropped as any ungrounded title is. One with
    no title nor organisation either is no one the record can tell (the blind77 bz05's
    model gave a witness of three nulls)."""
    title = person.title
    if not (title or person.organization):
        warnings.append(f"dropped {_SINGULAR[role]} (unnamed): no title, no organisation")
        return False
    if not title or not checker.grounded(title) or checker.has_evidence(title, role):
        return True
    warnings.append(
        f"dropped {_SINGULAR[role]} '{title}' (unnamed): the article does not say they "
        f"{_WHAT_IS_SAID[role]}"
    )
    return False


def _clean_parties(
    agreement: Agreement,
    checker: Checker,
    warnings: list[str],
    everyone: list[Signatory],
) -> list[Party]:
    """The agreement's parties as :func:`_clean_party` keeps them, a signer's organisation
    taken once (:func:`_signers_body`); a person of another agreement of the record
    (``everyone``'s) too ("HIOT Director Dr. Ingrid Solvang", given as a party of the
    research contract her institute signed beside the laboratory she signed: the blind39
    an04's)."""
    people = [*agreement.signatories, *agreement.witnesses]
    parties: list[Party] = []
    for given in agreement.parties:
        theirs = people if one_of_its_people(given.name, people) else everyone
        party = _clean_party(given, theirs, checker, warnings)
        if party is None and one_of_its_people(given.name, theirs):
            others = [p for p in agreement.parties if p is not given]
            signers = agreement.signatories if theirs is people else everyone
            party = _signers_body(
                given, signers, parties, checker, warnings, others, own=theirs is people
            )
        if party is not None and not _listed(party, parties):
            parties.append(party)
    twice = [party for party in parties if _given_twice_with_a_place(party, parties)]
    for party in twice:
        warnings.append(f"dropped party '{party.name}': another party with a place after it")
    parties = [party for party in parties if party not in twice]
    together = [party for party in parties if _others_together(party, parties, checker)]
    for party in together:
        warnings.append(f"dropped party '{party.name}': the other parties named together")
    parties = [party for party in parties if party not in together]
    parents = [party for party in parties if _parent_of_a_party(party, parties, checker)]
    for party in parents:
        warnings.append(f"dropped party '{party.name}': the parent of the party that signed")
    return _named_within_others(
        [party for party in parties if party not in parents], checker, warnings
    )


_ZH_LEVEL_FIRST = re.compile(r"[省县区]|市(?!场)")
"""A Chinese body's name that opens on its administrative level, its place's name left
out ("市物流与供应链协会" of 江阳市物流与供应链协会; not 市场, a market)."""
_ZH_PLACE = re.compile(r"[\u4e00-\u9fff]{2,3}")
_ZH_LEGAL_PERSON = re.compile(r"(?:医疗|学校)?(?:财团|社团)法人")
"""A Taiwan body's legal form before its name ("財團法人恆光紀念醫院"): the body by its name
alone too. Not "國立": 國立清華大學 and 清華大學 are two universities
(``tests/test_guard_blind43.py``)."""


def _named_within_others(
    parties: list[Party], checker: Checker, warnings: list[str]
) -> list[Party]:
    """The parties but one another party's name holds (:func:`_within`): the same body,
    the shorter name an alias of the longer (as a company's name without its country
    before it is: the blind43 ar04's)."""
    kept = list(parties)
    for party in parties:
        host = next((other for other in kept if _within(party, other, checker)), None)
        if host is None or len(kept) <= _TWO:
            continue  # "市中医院与杭州市中医院签署…": two bodies that sign together (review82)
        kept.remove(party)
        if party.name not in host.all_names:
            grown = host.model_copy(update={"aliases": [*host.aliases, party.name]})
            kept[kept.index(host)] = grown
        warnings.append(f"dropped party '{party.name}': a shorter name of '{host.name}'")
    return kept


def _within(party: Party, other: Party, checker: Checker) -> bool:
    """Whether ``other``'s name holds ``party``'s, which the article writes nowhere but
    inside it ("华岳能源集团有限公司" only in "中国华岳能源集团有限公司": the blind81 cd01's
    model gave both), or which is ``other``'s without its place's name ("市物流与供应链协会"
    of "江阳市物流与供应链协会": the blind81 cd03's) or its legal form ("恆光紀念醫院" of
    "財團法人恆光紀念醫院": the blind82 ce02's); in English, only the place a university is
    "of" (:func:`_the_place_of`)."""
    if other is party or not other.name.endswith(party.name) or other.name == party.name:
        return False
    if not HAN.search(party.name):  # "Tarn University" in "Tarn University Hospital" is its
        return _the_place_of(party.name, other.name, checker.text)  # own (review82)
    inner = [found.span() for found in finds(party.name, checker.text)]
    outer = [found.span() for found in finds(other.name, checker.text)]
    if inner and all(any(s <= a and b <= e for s, e in outer) for a, b in inner):
        return True
    place = other.name[: len(other.name) - len(party.name)]
    if _ZH_LEGAL_PERSON.fullmatch(simplified(place)):
        return True
    return _ZH_LEVEL_FIRST.match(party.name) is not None and _ZH_PLACE.fullmatch(place) is not None


def _the_place_of(name: str, other: str, text: str) -> bool:
    """Whether ``name`` is the place ``other``, a university, is "of": "Port Ellerby" of
    "University of Port Ellerby" (the blind85 ch05's model gave both, the page writing
    "signed … for Port Ellerby"), the same body by its short name; not where the page
    lists the two together ("Guyana, the University of Guyana and …": review87)."""
    if other.casefold() != f"university of {name}".casefold():
        return False
    place, university = re.escape(name), re.escape(other)
    together = (
        rf"\b{place}(?:,|\s+and)\s+(?:the\s+)?{university}|{university}(?:,|\s+and)\s+{place}\b"
    )
    return re.search(together, text, re.IGNORECASE) is None


_A_SUBSIDIARY_OF = re.compile(
    r"\s*(?:\([^()\n]{1,80}\))?\s*,\s+an?\s+(?:[\w-]+\s+){0,3}?subsidiary\s+of\s+"
    r"(?P<parent>[^,.;()\n]{2,80}?)\s*(?:[,(]|\s+(?:entered|signed|has|have|concluded)\b)"
)
"""After a party's name, the body it is a subsidiary of: "Northgate Clean Energy (HK)
Limited ("Northgate Clean Energy"), an indirect wholly-owned subsidiary of the Company,
entered into …"."""


def _parent_of_a_party(party: Party, parties: list[Party], checker: Checker) -> bool:
    """Whether the article writes another of three parties or more, in a sentence that
    says it entered into or signed a document, as a subsidiary of ``party`` (by a name of
    it, or the term the article defines for it: "the Company"), which is then no party:
    the blind56 be04's listed parent, whose announcement tells its subsidiary's MoU. Not
    a parent the sentence names again, among those who entered into it ("the Company, Acme
    Energy …, an indirect wholly-owned subsidiary of the Company, and Beta … entered into":
    a review's find)."""
    if len(parties) < _THREE_OR_MORE:
        return False
    text = checker.text
    for other in parties:
        if other is party:
            continue
        for name in other.all_names:
            for mention in finds(name, text):
                found = _A_SUBSIDIARY_OF.match(text, mention.end())
                if found is None or not _ENTERED.search(
                    text, *checker.sentence_at(mention.start())
                ):
                    continue
                parent = found["parent"].strip()
                named = _defined_term_of(parent, checker) or parent
                listed = _the_subjects(text, mention.start(), found.end(), checker)
                said = listed.replace(found.group(), " ", 1)
                if is_named(party, [named]) and not (finds(parent, said) or finds(named, said)):
                    return True
    return False


def _the_subjects(text: str, at: int, past: int, checker: Checker) -> str:
    """The words of the bodies that entered into the document, around the one written at
    ``at``: from the sentence's start, or its last "that" before, to its signing verb
    after ``past`` ("… is pleased to announce that on 3 March 2026, the Company, Acme
    Energy …, and Beta … entered into")."""
    start, end = checker.sentence_at(at)
    opened = [m.end() for m in _THAT.finditer(text, start, at)]
    verb = _ENTERED.search(text, past, end)
    return text[opened[-1] if opened else start : verb.start() if verb else end]


_THAT = re.compile(r"\bthat\b")


_THREE_OR_MORE = 3
_ENTERED = re.compile(r"\b(?:entered\s+into|signed|concluded|executed)\b", re.IGNORECASE)


_AND = re.compile(r"\s+(?:and|&)\s+")
"""What joins two bodies' names in English."""
_CAPITALISED = re.compile(r"(?<![\w'])[A-Z][\w'-]*")
"""A capitalised word: a name's."""
_LOWER_CASE_END = re.compile(r"\s[a-z][\w-]*$")
"""A name's last word in lower case: a common noun ("engineers"), no body's name's."""


def _others_together(party: Party, parties: list[Party], checker: Checker) -> bool:
    """Whether the party's name is two other parties written together by short names
    ("Council and Brightwater engineers", a headline's words for "Harlow Vale District
    Council" and "Brightwater University School of Civil Engineering": the blind32
    ag06's): each part's capitalised words are words of one other party's name, the
    parts name two of them at least, and the name is no body's own, as it ends in a
    common noun or stands only in the headline (not "Department of Science and
    Technology" beside "… Environment and Science" and "… University of Technology": a
    review's find)."""
    parts = _AND.split(party.name)
    if len(parts) < 2:
        return False
    if not (_LOWER_CASE_END.search(party.name) or _only_in_the_headline(party.name, checker)):
        return False
    others = [other.name.split() for other in parties if other is not party]
    named: set[int] = set()
    for part in parts:
        words = _CAPITALISED.findall(part)
        owner = next(
            (i for i, name in enumerate(others) if words and in_order(words, name)),
            None,
        )
        if owner is None:
            return False
        named.add(owner)
    return len(named) >= 2


def _only_in_the_headline(name: str, checker: Checker) -> bool:
    """Whether every mention of ``name`` stands on the article's first line."""
    text = checker.text
    opening = len(text) - len(text.lstrip())
    line_end = text.find("\n", opening)
    line_end = len(text) if line_end == -1 else line_end
    mentions = [
        at for bounds in checker.sentences_with(name) for at, _ in checker.mentions_in(name, bounds)
    ]
    return bool(mentions) and all(at < line_end for at in mentions)


def _listed(party: Party, parties: list[Party]) -> bool:
    """Whether ``parties`` has one of ``party``'s name already: a name the guard took for
    the model's words ("Pwani Coastal Water Authority" for "Kenyan coastal water
    authority") may be one the model gave besides."""
    key = normalize_for_match(party.name)
    return any(normalize_for_match(p.name) == key for p in parties)


def _signers_body(
    party: Party,
    signers: list[Signatory],
    parties: list[Party],
    checker: Checker,
    warnings: list[str],
    others: list[Party],
    *,
    own: bool = True,
) -> Party | None:
    """For a party the model wrote as one of the agreement's signers, the organisation
    written before the title (:func:`~coopllm.titles.organisation_of`: "青石县工业和信息化局"
    of "青石县工业和信息化局局长肖敏", the blind18 s03's), where the article writes it and
    none of ``parties`` is or holds it yet; else None (a witness's organisation is no
    party: a review's find), nor of a signer the article does not say signed (the blind9
    j02's "南岭省教育厅副厅长谭丽华", a witness the model gave as both), nor of one it says
    signed for another of the ``others`` parties (:func:`_acting_for_another`). Of ``own``
    signers (the agreement's, not another's), an English one's too
    (:func:`_english_signers_body`)."""
    signer = next((p for p in signers if p.name and one_of_its_people(party.name, [p])), None)
    signed = signer is not None and checker.has_evidence(
        signer.name or "", "signatories", person=True
    )
    body = organisation_of(party.name) if signed else None
    if body is None and signed and own:
        body = _english_signers_body(party.name, signer, others)
    if body and _acting_for_another(party.name, body, others, checker.text):
        body = None  # "…发改委主任李志刚代表县政府…签约": the county's signer
    if body and checker.grounded(body) and not a_party_already(body, parties):
        warnings.append(f"took party '{body}' for '{party.name}': the organisation of a person")
        return Party(name=checker.index.written_form(body), kind=party.kind)
    warnings.append(f"dropped party '{party.name}': a person or a role, not an organisation")
    return None


def _english_signers_body(
    written: str, signer: Signatory | None, others: list[Party]
) -> str | None:
    """The body of an English signer the model gave as a party: the one their title is
    "of" ("Ngaio Fleming, director of the Aotearoa Hydrogen Research Centre": the blind78
    ca04's), or, for their name alone, the organisation the model gave them ("Rawiri
    Parata", chair of Murihiku Development Holdings); None for a unit of another party
    ("Dean of the College of Computing and Data Science at Halverson" beside Halverson
    University: the blind67 bp05's)."""
    body = body_after_its_person(written)
    if body is None and signer is not None and signer.name == written:
        body = signer.organization
    if body is None or HAN.search(body):
        return None
    parent = _A_UNITS_PARENT.search(body)
    unit = parent is not None and any(p.name.startswith(parent["parent"]) for p in others)
    return None if unit else body


_A_UNITS_PARENT = re.compile(
    r"\s(?:at|of)\s+(?:the\s+)?(?P<parent>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)$"
)
"""The body a unit's name ends in: "… at Halverson", "… of Acme Group"."""


_ACTING_FOR = r"\s*代表(?P<body>[^，,。；;与和、\s]{2,16}?)(?=[，,与和、]|签|$)"
"""After a person written with their organisation and title, whom they signed for."""


def _acting_for_another(written: str, body: str, others: list[Party], text: str) -> bool:
    """Whether the article says the person ``written`` signed for another party than their
    ``body`` ("青石县发展和改革委员会主任李志刚代表县政府": 县政府 is 青石县人民政府 in short,
    a review's find; not "…局长肖敏代表县工信局", their own bureau in short)."""
    for found in re.finditer(rf"{re.escape(written)}{_ACTING_FOR}", text):
        short = found["body"]
        if in_order(short, body):
            continue
        if any(in_order(short, name) for p in others for name in p.all_names):
            return True
    return False


def _undescribed(name: str, checker: Checker) -> str | None:
    """The party's name without the words the model wrote before it that describe the
    body (``_DESCRIBED_BEFORE``, read in Simplified characters), where the article writes it
    so, or what kind of maker it is (:func:`_without_its_makers_kind`); None elsewhere."""
    described = _DESCRIBED_BEFORE.match(simplified(name))
    bare = name[described.end() :] if described is not None else ""
    if bare and checker.grounded(bare):
        return bare
    return _without_its_makers_kind(name, checker)


def _without_its_country(name: str, checker: Checker) -> str | None:
    """The name without its country's name as an owner's (``_A_COUNTRYS``), where the
    article writes that word as a place too ("… who flew in from Germany"; not "Queen's
    University" beside "Queen Victoria": a review's find), and the rest; with the country
    after it where the article writes it so ("National Grid Resilience Agency of Malaysia
    (NGRA)" under a headline's "Malaysia's National Grid Resilience Agency"); None
    elsewhere."""
    found = _A_COUNTRYS.match(name)
    if found is None:
        return None
    country = found["country"]
    bare = name[found.end() :]
    if checker.grounded(after := f"{bare} of {country}"):
        return after
    place = rf"\b(?:in|from|to|across|throughout)\s+{country}\b(?![\w'\u2019])"
    return bare if re.search(place, checker.text) and checker.grounded(bare) else None


_WITH_A_PLACE = re.compile(r"\s+in\s+(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,2}")
"""A place after a body's name: " in Kenya"."""


def _given_twice_with_a_place(party: Party, parties: list[Party]) -> bool:
    """Whether the party is another of the agreement's with a place after its name, the
    same body given twice ("Kavirondo University in Kenya" beside "Kavirondo University":
    the blind61 bj06's); not a name of its own that holds "in" ("Northwestern University in
    Qatar" alone, or beside another body: a review's finds)."""
    return any(
        other is not party
        and party.name.startswith(other.name)
        and _WITH_A_PLACE.fullmatch(party.name, len(other.name)) is not None
        for other in parties
    )


def _without_its_makers_kind(name: str, checker: Checker) -> str | None:
    """A Chinese company's name without what kind of maker it is before it
    (``_ZH_MAKER_BEFORE``: "上市工具機零組件大廠宏躍精密工業股份有限公司（宏躍精密）": the
    blind44 as03's), where the short form the article brackets after it starts the rest,
    not the whole ("河北大厂影视小镇开发有限公司（大厂影视）", "…大厂回族自治县…", a place's
    大厂: a review's finds); or where the rest is a company's name whose first words the
    article writes again without the maker's kind ("光電大廠晶緯光電股份有限公司…晶緯光電董事長
    黃啟明": the blind58 bg03's); None elsewhere."""
    maker = _ZH_MAKER_BEFORE.match(simplified(name))
    if maker is None:
        return None
    bare = name[maker.end() :]
    shorts = short_forms_after(name, checker.text)
    told = any(bare.startswith(short[:2]) and not name.startswith(short[:2]) for short in shorts)
    return bare if told or _written_without_its_kind(name, bare, checker) else None


def _written_without_its_kind(name: str, bare: str, checker: Checker) -> bool:
    """Whether ``bare``, ``name`` without a maker's kind, is a company's name (a legal form
    ends it, four characters or more before it) whose first four characters the article
    writes twice or more outside ``name``: the company is named by them, the kind only
    described it once (not "北京大厂科技有限公司" beside "上海云帆科技有限公司", nor
    "河北大厂影视小镇开发有限公司" with "影视小镇" once more: a review's finds)."""
    bare = simplified(bare)
    ending = _ZH_COMPANY_ENDING.search(bare)
    if ending is None or ending.start() < 4:
        return False
    text = checker.read_text
    return text.count(bare[:4]) - text.count(simplified(name)) >= 2


_ZH_COMPANY_ENDING = re.compile(r"(?:有限公司|有限责任公司|集团|株式会社)$")
"""The legal form or 集团 that ends a Chinese company's name, or a Japanese company's as
Chinese writes it (株式会社: "日本工具機大廠北辰精機株式會社", the blind77 bz03's)."""


_DESCRIBED_BEFORE = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:[a-z-]+\s+){0,3}?"
    r"(?:company|firm|group|maker|manufacturer|producer|developer|supplier|operator|provider"
    r"|start-?up|giant|conglomerate|carmaker|automaker|chipmaker|insurer|lender|bank)\s+"
    r"(?=[A-Z0-9])"
    r"|^(?:[\u4e00-\u9fff（）()]{2,30}?(?:旗下|下属|所属)的?)+(?=[\u4e00-\u9fff]{4})"
    r"|^[\u4e00-\u9fff]{2,12}?(?:公司|企业|集团|机构|医院|大学|供应商|开发商|制造商|银行|研究所|研究院"
    r"|协会)(?=[A-Z][A-Za-z]+[ \t]+[A-Z])"
)
"""What a party's name the model gave may open with that describes the body, not names it
("Japanese chemicals company Hoshino Chemical Co., Ltd.", as "the Japanese chemicals
company Hoshino Chemical Co., Ltd." introduces it: the blind19 t05's; "South Korean battery
maker Hanul Cell Technologies Co., Ltd.", a country of two words: the blind63 bl04's), its parent's
name and 旗下 ("华岭集团旗下江州华岭碳纤维科技有限公司": the blind30 ae01's), or a Chinese
kind of body before a Latin name ("吉隆坡生物科技公司Meranti CellWorks Sdn Bhd": the blind74
bw02's)."""
_ZH_MAKER_BEFORE = re.compile(
    r"^[\u4e00-\u9fff]{2,16}?(?:大厂|厂商|龙头企业|龙头|领军企业|制造商|供应商|上市公司)"
    r"(?=[\u4e00-\u9fff]{4})"
)
"""What kind of maker a Chinese company is, before its name: "上市工具机零组件大厂"."""
_A_COUNTRYS = re.compile(r"(?P<country>[A-Z][a-z]+)['\u2019]s\s+(?=(?:\S+\s+){2,}\S)")
"""A capitalised word as an owner's before a body's name of three words or more, a
country's where the article writes it as a place (:func:`_without_its_country`):
"Germany's Rheinland Technical University of Applied Sciences" (the blind45 at04's)."""


_A_KIND_OF_BODY = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:[A-Z][a-z]+\s+)?(?P<kind>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,3})$"
)
"""A party the model gave as what kind of body it is, in lower case after a place's
adjective or none ("Kenyan coastal water authority")."""


def _defined_term_of(term: str, checker: Checker) -> str | None:
    """The one name the article defines ``term`` for, a capitalised word or two in quotes
    first in the brackets after it ("Tianhe Greenport Holdings Limited (the "Company",
    together with its subsidiaries, the "Group")": the blind20 u06's documents pass gave
    the "Company"; "The Company" as the blind26 aa06's model gave it); None where the term
    is no such word or names none or two."""
    term = re.sub(r"^(?:The|the)\s+", "", term)
    if not re.fullmatch(r"[A-Z][\w-]*(?:\s[A-Z][\w-]*)?", term):
        return None
    brackets = rf"[(（]\s*(?:the\s+)?[\"“]{re.escape(term)}[\"”]"
    if not re.search(brackets, checker.text):  # most articles define nothing: no name read
        return None
    defined = re.compile(
        r"(?P<name>[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|\([A-Z][\w&.' -]*\)|of|and|&|for)){0,8}"
        rf"(?:,\s*(?:Ltd|Inc|Limited|LLC)\.?)?)\s*{brackets}"
    )
    found = {
        _ITS_BOARD.sub("", " ".join(m["name"].split())) for m in defined.finditer(checker.text)
    }
    name = found.pop() if len(found) == 1 else None
    return None if name is None or _LEGAL_FORM_ALONE.fullmatch(name) else name


_LEGAL_FORM_ALONE = re.compile(r"(?:Limited|Ltd\.?|Inc\.?|LLC|plc|PLC|Corp\.?)")
"""A defined name read as a legal form alone: a name the pattern did not reach back over
(a review's find: "Harwick Biologics (Holdings) Limited" before its bracket is read
whole now, and another form it misses gives no name rather than "Limited")."""


_ITS_BOARD = re.compile(r"^(?:The\s+)?(?:(?:Board\s+of\s+)?Directors|Board|Shareholders)\s+of\s+")
"""Who speaks for the defined body, not its name ("The Board of Directors of … Limited (the
"Company")": a review's find)."""


_LEADING_ARTICLE = re.compile(r"^(?:The|A|An)\s+")


def _named_for(description: str, checker: Checker) -> str | None:
    """The one name the article writes for a party the model gave as a kind of body: a
    whole capitalised name that ends in the kind's words, in a sentence that signs ("A
    Kenyan coastal water authority … The Pwani Coastal Water Authority (PCWA) … put their
    names to the memorandum": the blind12 m04's; not "East Java Port Operator" of "… Port
    Operator Association", a bystander's, nor a lender named only apart: a review's
    finds); None where the name is one already, or the article writes none or two."""
    described = _A_KIND_OF_BODY.match(description)
    if described is None:
        return None
    words = described["kind"].split()
    kind = r"\s+".join(re.escape(word[:1].upper() + word[1:]) for word in words)
    name = re.compile(rf"(?<![\w-])(?:[A-Z][\w&'-]*\s+){{1,4}}{kind}(?![\w-]|\s+[A-Z])")
    found = {
        _LEADING_ARTICLE.sub("", " ".join(m.group().split()))
        for m in name.finditer(checker.text)
        if SIGNED.search(checker.rules_text, *checker.sentence_at(m.start()))
    }
    return found.pop() if len(found) == 1 else None


_A_GOVERNMENT = re.compile(
    r"^(?:the\s+)?(?:(?:Government|State|Republic|Kingdom)\s+of\s+[A-Z]|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
    r"\s+Government$)"
)
"""A government's name, as a ministry's apposition writes it: "Government of India",
"Kerala State Government"."""


def _apposed_to(name: str, checker: Checker) -> str | None:
    """The body a party's name stands after as its apposition, in a sentence that signs
    ("The Ministry of Inland Waterways and Coastal Development (MoIWCD), Government of
    India, and the Danish Maritime Technology Agency … signed": the blind19 t04's, whose
    model gave "Government of India"): the body that signed, the name what it is part of.
    English, the body's short form in brackets before the comma, the name a government's
    (not "Eastmoor University (EMU), Beta Technologies, and Gamma Labs", a list: a review's
    find); None elsewhere."""
    if not _A_GOVERNMENT.search(name):
        return None
    apposed = re.compile(
        r"(?:(?<=\s)|^)(?:[Tt]he\s+)?(?P<body>[A-Z][^,;.()\n]{2,90}?)\s*\([^()\n]{1,16}\),\s+"
        rf"(?:the\s+)?{re.escape(name)},\s"
    )
    found = {
        " ".join(m["body"].split())
        for start, end in checker.signing_sentences()
        for m in apposed.finditer(checker.text, start, end)
    }
    return found.pop() if len(found) == 1 else None


def _with_its_status(name: str, checker: Checker) -> str | None:
    """The Chinese name with the status word the article writes before every mention of
    it (``STATUS_WORDS``, read in Simplified characters, which stand where the text's do:
    "國立中嶺科技大學" of the blind43 ar04's "中嶺科技大學"), the official name of a public
    or private institution; None where a mention stands without it, or after a name's
    characters, whose status word is a longer name's ("广东省立中山图书馆": a review's
    find)."""
    if not HAN.match(name):
        return None
    found = checker.index.offsets(name, fuzzy_threshold=None)[1]
    text = checker.read_text
    heads = {text[max(0, start - 3) : start] for start, _ in found}
    if not heads or any(head[-2:] not in STATUS_WORDS or _after_a_name(head) for head in heads):
        return None
    start = found[0][0]
    return checker.text[start - 2 : found[0][1]]


def _with_its_first_word(name: str, checker: Checker) -> str | None:
    """A company's name with its legal form ("Cordillera Azul S.A.") and the capitalised
    word the article writes before every mention of it, inside a sentence ("…(UTC), Minera
    Cordillera Azul S.A. and Denmark's …": the blind77 bz05's model left "Minera" out), a
    Spanish or Portuguese company's word (``_A_LATIN_COMPANYS_WORD``); None where a mention
    stands without it, or the word is any other."""
    if HAN.search(name) or without_legal_form(name) == name.strip():
        return None
    found = checker.index.offsets(name, fuzzy_threshold=None)[1]
    words = {
        head["word"] if (head := _FIRST_WORD.search(checker.text, max(0, at - 30), at)) else ""
        for at, _ in found
    }
    if len(words) != 1 or not _A_LATIN_COMPANYS_WORD.fullmatch(word := words.pop()):
        return None
    return f"{word} {name}"


_FIRST_WORD = re.compile(r"[\w,)]\s(?P<word>[A-Z][a-z\u00e0-\u00ff]+)\s$")
"""A capitalised word of letters alone right before a name, inside a sentence."""
_A_LATIN_COMPANYS_WORD = re.compile(
    r"Minera|Mineração|Compañía|Companhia|Empresa|Empresas|Sociedad|Sociedade|Corporación"
    r"|Constructora|Construtora|Inversiones|Industrias|Naviera|Petrolera|Pesquera|Forestal"
    r"|Agrícola|Distribuidora|Transportes|Laboratorios|Comercializadora|Viña|Cervecería"
    r"|Siderúrgica|Eléctrica|Energética"
)
"""The words a Spanish or Portuguese company's name opens with, saying what it does
("Minera", "Constructora"): a name's own, not a people's ("Chilean", "Argentine") nor a
day's ("On Monday Ferrovial S.A.": review78)."""


def _after_a_name(head: str) -> bool:
    """Whether the character before a status word (the first of ``head``'s three) is a
    name's, not a function word's nor the text's start."""
    return len(head) == 3 and HAN.match(head[0]) is not None and head[0] not in _FUNCTION_WORDS


_FUNCTION_WORDS = "与和及同由在对向为是的"
"""Characters that stand before a name without being part of it."""


_ON_BEHALF_OF_ITS_PARENT = re.compile(
    r"\s*,\s+(?:who|which)\s+signed\s+(?:it\s+)?(?:on\s+behalf\s+of|for)\s+its\s+parent"
    r"(?:\s+(?:company|group|corporation|firm|organi[sz]ation))?\s*,?\s+(?:the\s+)?"
    r"(?P<parent>(?-i:[A-Z])[\w&'\u2019-]*(?:[ \t]+(?:(?-i:[A-Z])[\w&'\u2019-]*|of)){0,6})"
    r"(?<![ \t]of)",
    re.IGNORECASE,
)
"""After a body's name, that its signer signed for its parent: "Ingrid Solberg, managing
director of Halvorsen Gas Logistics AS, who signed on behalf of its parent company,
Halvorsen Group" (the blind69 br05's); its name up to "and", which goes on to the other
signers ("…its parent company Norse Energy Group and Tom Reid, …": a review's find)."""


def _its_parent_signed_for(name: str, checker: Checker) -> str | None:
    """The parent a party's signer signed on behalf of, where the article says so right
    after every mention of the party's name (``_ON_BEHALF_OF_ITS_PARENT``): the parent is
    the party to the document, not the subsidiary the signer heads."""
    mentions = finds(name, checker.text)
    parents = {
        found["parent"]
        for mention in mentions
        if (found := _ON_BEHALF_OF_ITS_PARENT.match(checker.text, mention.end())) is not None
    }
    if len(parents) != 1 or len(mentions) != 1:
        return None
    return parents.pop()


_A_DESCRIPTION = re.compile(r"\s(?:through|by|via|under|with|in)\s+which\s", re.IGNORECASE)
"""A description's relative clause inside a party's name ("the Aberdeen-registered
subsidiary through which Norway's Fjordlys Offshore AS runs its British business")."""
_CAPITALISED_NAME = re.compile(r"(?:[A-Z][\w&.'\u2019-]*\s+)*[A-Z][\w&.'\u2019-]*")


def _named_not_described(party: Party, warnings: list[str]) -> Party:
    """The party named by its one capitalised alias where the model gave the description
    the article writes after its name as the name (``_A_DESCRIPTION``; the blind86 ci04's
    "Fjordlys Offshore UK Limited, the Aberdeen-registered subsidiary through which …",
    given the other way round)."""
    if not _A_DESCRIPTION.search(party.name):
        return party
    names = [a for a in party.aliases if _CAPITALISED_NAME.fullmatch(a)]
    if len(names) != 1:
        return party
    warnings.append(f"took party '{names[0]}' for '{party.name}': its name, not its description")
    return party.model_copy(
        update={"name": names[0], "aliases": [a for a in party.aliases if a != names[0]]}
    )


_A_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whom|whose|which)\s", re.IGNORECASE)
"""A relative clause inside a party's name: a sentence's words the model gave ("the chief
executive of Port of Awarua Ltd, who signed on behalf of the port company while its
chair, …": the blind78 ca04's)."""


_EXCHANGES_NOTICE = re.compile(
    r"take\s+no\s+responsibility\s+for\s+the\s+contents\s+of\s+this\s+announcement"
    r"|对本公告(?:之|的)?内容概不负责",
    re.IGNORECASE,
)
"""The notice a stock exchange has printed above a listed company's announcement ("Hong
Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no
responsibility for the contents of this announcement", "…对本公告之内容概不负责"): the
exchange that writes it is no party to what the announcement tells."""


_NOTICE_REACH = 200
"""How far before the exchange's notice its bodies' names may stand."""


def _only_in_the_exchanges_notice(party: Party, checker: Checker) -> bool:
    """Whether every mention of the party, by any of its names and in any case, stands
    right before the exchange's notice in its paragraph (``_EXCHANGES_NOTICE``): the
    blind81 cd05's, whose model gave both operators of the exchange as parties beside the
    two that signed; not the exchange's own announcement, which names it in its head and
    body too, nor a party after a notice whose full stop a PDF's text lost (review82)."""
    read = checker.read_text
    notices = [found.start() for found in _EXCHANGES_NOTICE.finditer(read)]
    if not notices:
        return False
    mentions = [
        found
        for name in party.all_names
        for found in re.finditer(re.escape(simplified(name)), read, re.IGNORECASE)
    ]
    return bool(mentions) and all(
        any(
            0 <= at - found.end() <= _NOTICE_REACH and "\n\n" not in read[found.end() : at]
            for at in notices
        )
        for found in mentions
    )


def _the_body_of_its_person(name: str, checker: Checker) -> str | None:
    """The body a party's name is a person's role "of" ("Dr Aroha Tane, chief executive of
    Tiwai Clean Power Ltd": the blind78 ca04's), where the article writes it; else None."""
    body = body_after_its_person(name)
    return body if body is not None and checker.grounded(body) else None


_ZH_BODY_ENDS = re.compile(rf"(?:{ZH_BODY_WORDS}|[局厅委院会司部办所校馆处室站社])$")
"""How a Chinese body's name ends, before the title of its head the model gave with it."""


def _without_its_heads_title(name: str, checker: Checker) -> str | None:
    """A Chinese party the model gave with its head's title after it ("县农业农村局局长": the
    blind82 ce01's, whose head 谭晓军 signed for it), as the body the article writes; None
    where the name ends in no title or the rest is no body's name written."""
    read = simplified(name)
    title = ZH_TITLE_BEFORE.search(read)
    if title is None or title.start() < _TWO:
        return None
    body = name[: title.start()]
    return body if _ZH_BODY_ENDS.search(simplified(body)) and checker.grounded(body) else None


_RENAMINGS: tuple[tuple[Callable[[str, Checker], str | None], str], ...] = (
    (_the_body_of_its_person, "the body of the person the model named it by"),
    (_without_its_heads_title, "the body whose head's title the model wrote after it"),
    (
        _apposed_to,
        "the article writes it after that body's name, as what the body is part of",
    ),
    (_with_its_status, "the article writes it so, its status first, every time"),
    (_with_its_first_word, "the article writes the company's name so, every time"),
    (_without_its_country, "the article writes that country as a place apart from it"),
    (_undescribed, "the words before describe it"),
    (_defined_term_of, "the name it stands for"),
    (_named_for, "the article's name for it"),
    (_its_parent_signed_for, "its signer signed on behalf of that parent of it"),
)
"""The names the article writes for a party the model gave otherwise, tried in turn, each
with what the warning says of it."""


def _clean_party(
    party: Party, people: list[Signatory], checker: Checker, warnings: list[str]
) -> Party | None:
    """The party under the names the article uses. Normalisation named it by the fullest
    name the article writes, so a name it does not write means it writes none of them; one
    the model wrote in other Chinese characters is taken as the page writes it
    (:func:`_in_the_pages_characters`).
    None for one of the agreement's ``people`` the model gave as a party too
    (:func:`coopllm.titles.one_of_its_people`), said by :func:`_signers_body`."""
    party = _named_not_described(party, warnings)
    as_written = _in_the_pages_characters(party.name, checker)
    if as_written != party.name and checker.grounded(as_written):  # the blind92 co03's
        warnings.append(f"took party '{as_written}' for '{party.name}': as the article writes it")
        party = party.model_copy(update={"name": as_written})
    if not checker.grounded(party.name):
        warnings.append(f"dropped party '{party.name}': not in the article")
        return None
    if one_of_its_people(party.name, people):
        return None
    if _A_RELATIVE_CLAUSE.search(party.name):
        warnings.append(f"dropped party '{party.name}': words of a sentence, no body's name")
        return None
    if _only_in_the_exchanges_notice(party, checker):
        warnings.append(f"dropped party '{party.name}': named only in the exchange's notice")
        return None
    for renamed, why in _RENAMINGS:
        name = renamed(party.name, checker)
        if name is not None:
            warnings.append(f"took party '{name}' for '{party.name}': {why}")
            party = party.model_copy(update={"name": name})
    longer = checker.index.longer_name(party.name)
    if longer is not None:
        warnings.append(
            f"doubted party '{party.name}': the article writes it only within the longer "
            f"name '{longer}'"
        )
    own = normalize_for_match(party.name)  # a name taken from the aliases is no alias now
    others = [
        _in_the_pages_characters(a, checker) for a in party.aliases if normalize_for_match(a) != own
    ]
    grounded = [a for a in others if checker.grounded(a)]
    warnings.extend(f"dropped alias '{a}': not in the article" for a in others if a not in grounded)
    # A person's name, not the party's own short form that the model also gave as a
    # signer: one in capitals ("IAH"), or one its name holds ("Velo" of "Velo Motors",
    # "华为" of "华为技术有限公司": a review's find); the signer goes instead.
    aliases = [
        a for a in grounded if a.isupper() or a in party.name or not one_of_its_people(a, people)
    ]
    warnings.extend(
        f"dropped alias '{a}': one of the agreement's people" for a in grounded if a not in aliases
    )
    # a word in lower case is no name ("principal" for Pentland Coast College: the blind86 ci04's)
    warnings.extend(f"dropped alias '{a}': a word, no name" for a in aliases if _lower_case(a))
    aliases = [a for a in aliases if not _lower_case(a)]
    written = checker.index.written_form
    return party.model_copy(
        update={"name": written(party.name), "aliases": [written(a) for a in aliases]}
    )


def _lower_case(alias: str) -> bool:
    """Whether an English alias is written in lower case alone, a common word's form."""
    return alias.isascii() and alias.islower()


def _no_people_as_parties(agreement: Agreement, checker: Checker, warnings: list[str]) -> Agreement:
    """The agreement without the parties that are its people as the rules added them (the
    blind10 k01's "澜江省能源局局长何文斌", whose signer the model left out; those of the
    people the model gave went with :func:`_clean_party`): a signer's is
    the organisation written before the title (:func:`~coopllm.titles.organisation_of`),
    where the article writes it and no party is or holds it yet; a witness's, and any
    other, is dropped (a witness's organisation is no party: a review's find)."""
    people = [*agreement.signatories, *agreement.witnesses]
    bodies = [p for p in agreement.parties if not one_of_its_people(p.name, people)]
    if len(bodies) == len(agreement.parties):
        return agreement  # the usual record: no party is one of its people
    parties: list[Party] = []
    for party in agreement.parties:
        if party in bodies:
            parties.append(party)
            continue
        others = [p for p in agreement.parties if p is not party]
        body = _signers_body(
            party, agreement.signatories, [*bodies, *parties], checker, warnings, others
        )
        if body is not None:
            parties.append(body)
    return agreement.model_copy(update={"parties": parties})


def _clean_list(values: list[str], field: str, checker: Checker, warnings: list[str]) -> list[str]:
    kept: list[str] = []
    for given in values:
        value = _in_the_pages_characters(given, checker)  # "南湾…中心" on a 南灣 page: review93
        if not checker.grounded(value):
            warnings.append(f"dropped {_SINGULAR[field]} '{value}': not in the article")
        elif (
            field == "established_entities"
            and not ENTITY_KIND.search(simplified(value))
            and not checker.a_joint_venture(value)
        ):
            warnings.append(
                f"dropped established entity '{value}': not named as an institute, centre, "
                "base, lab or similar body"
            )
        elif field == "established_entities" and unnamed_body(value):
            warnings.append(
                f"dropped established entity '{value}': no name, only the kind of body it is"
            )
        elif not _role_said(checker, value, field):
            warnings.append(
                f"dropped {_SINGULAR[field]} '{value}': the article does not say it "
                f"{_WHAT_IS_SAID[field]}"
            )
        else:
            kept.append(value)
    return kept


def _role_said(checker: Checker, value: str, field: str) -> bool:
    """Whether the article says the value's role: a facilitator's, or a founded body's."""
    return checker.facilitated(value) if field == "facilitators" else checker.founded(value)


_OTHER_ROLE = {"signatories": "witnesses", "witnesses": "signatories"}
_DONE_WHEN_STRICT = re.compile(r"^(moved|took|added) ")
_WOULD = {"moved": "would move", "took": "would take", "added": "would add"}
"""What the guard changes besides dropping (a role moved, a location or a date text
taken, a person the model left out added), which lenient mode does not do: its warning
says what the guard would have done ("the guard would add witness '吴芳': …")."""


def _in_its_role(
    agreement: Agreement, checker: Checker, warnings: list[str], others: list[Agreement]
) -> Agreement:
    """The agreement with a signer the article says only witnessed among its witnesses,
    and a witness it says only signed among its signers: the model mistook the role, and
    the guard would drop the person from both ("Dean Gao and Chairman Okamura signed …"
    given as witnesses), where it says so plainly (:meth:`Checker.states`); one the model
    placed in both roles is kept in the one the article says (the blind45 at01's witness
    given as a signer too); unnamed people stay where they are.

    Where the article has ``others`` agreements, only a signer moves (one who signed may
    have signed another document than this: a witness of the MoU who signed the lease
    would become its signer), and only one who witnessed this signing or one beside it at
    the same ceremony (the blind3 d02's "attended the conference and witnessed the
    signings", given as a signer of one of three; :func:`_witnessed_here`). What the body
    says counts, not a headline (:func:`_said_in_the_body`)."""
    people = {
        "signatories": list(agreement.signatories),
        "witnesses": list(agreement.witnesses),
    }
    placed = {
        role: {normalize_for_match(p.name) for p in people[role] if p.name} for role in people
    }
    moves = {"signatories": "witnesses"} if others else _OTHER_ROLE
    for role, other in moves.items():
        for person in getattr(agreement, role):
            name = person.name
            if name is None or not (
                checker.grounded(name, person=True)
                and not _said_in_the_body(name, role, checker)
                and checker.has_evidence(name, other, person=True)
                and (checker.states(name, other) or _an_unveiler(name, role, agreement, checker))
                and (not others or _witnessed_here(name, agreement, others, checker))
            ):
                continue
            people[role].remove(person)
            said = f"the article says they {SAID_OF_A_MOVE[other]}, not that they "
            said += SAID_OF_A_MOVE[role]
            if normalize_for_match(name) in placed[other]:  # given in both: the body decides
                warnings.append(f"dropped {_SINGULAR[role]} '{name}': {said}")
                continue
            people[other].append(person)
            warnings.append(f"moved {_SINGULAR[role]} '{name}' to {other}: {said}")
    return agreement.model_copy(update=people)


def _said_in_the_body(name: str, role: str, checker: Checker) -> bool:
    """Whether a sentence of the body says the person's role; a headline's loose words are
    not the body's ("…周启明带队赴青岚县考察调研并签署校地合作协议", where the body says he
    witnessed: the blind45 at01's)."""
    return any(
        not checker.a_heading_line(sentence)
        for sentence in checker.role_sentences(name, role, person=True)
    )


def _witnessed_here(
    name: str, agreement: Agreement, others: list[Agreement], checker: Checker
) -> bool:
    """Whether a witness may be this agreement's, of several: the model placed them in no
    other, and the sentence that says they witnessed names no party of another that this
    one lacks ("Mayor Wu witnessed the signing of a supply agreement between Acme and
    Gamma": not the MoU's witness; a review's find), but inside its own party's name (江大,
    another's short name, in this one's 浙江大学: a review's find)."""
    key = normalize_for_match(name)
    if any(
        key == normalize_for_match(person.name)
        for other in others
        for person in (*other.signatories, *other.witnesses)
        if person.name
    ):
        return False
    found = checker.role_sentence(name, "witnesses", person=True)
    if found is None:
        return False
    ours = {n for party in agreement.parties for n in party.all_names if n.strip()}
    theirs = {n for o in others for party in o.parties for n in party.all_names if n.strip()}
    own = {normalize_for_match(n) for n in ours}
    within = [span for n in ours for span in checker.mentions_in(n, found)]
    return not any(
        not any(at <= start and end <= until for at, until in within)
        for party in theirs
        if normalize_for_match(party) not in own
        for start, end in checker.mentions_in(party, found)
    )


def _an_unveiler(name: str, role: str, agreement: Agreement, checker: Checker) -> bool:
    """Whether a person given as a signer is a witness as the spec has one who unveiled
    what was set up (the held-out zh_h1's find: "省委书记刘建华与华远集团董事长王海涛出席签约
    仪式，并共同为江南新材料研究院揭牌", the deputies signing): the article says they
    unveiled a plaque or a founded body, and says another of the signers signed (not "林涛
    与周博共同为研究院揭牌。随后，两人签署了协议": there the unveilers may be the signers,
    a review's find)."""
    return (
        role == "signatories"
        and checker.unveiled_what_was_set_up(name, agreement.established_entities)
        and any(
            other.name and checker.has_evidence(other.name, "signatories", person=True)
            for other in agreement.signatories
        )
    )


def _clean_agreement(
    agreement: Agreement,
    checker: Checker,
    warnings: list[str],
    *,
    own_parties: bool,
    everyone: list[Signatory],
    undated: bool,
) -> Agreement:
    """The agreement with what the article does not bear out dropped; ``own_parties``: no
    other agreement of the record has its parties, ``undated``: the model dated none
    (:func:`_dated_by_the_signing`); ``everyone``: the record's people
    (:func:`_clean_parties`)."""
    parties = _clean_parties(agreement, checker, warnings, everyone)
    update: dict[str, object] = {"parties": parties}
    signers = _cleaned_people(
        _not_a_party(agreement.signatories, "signatories", parties, warnings),
        "signatories",
        checker,
        warnings,
        tuple(n for p in parties for n in p.all_names),
    )
    witnesses = _cleaned_people(
        _not_a_party(agreement.witnesses, "witnesses", parties, warnings),
        "witnesses",
        checker,
        warnings,
    )
    update["signatories"] = signers
    update["witnesses"] = _not_own_witnesses(witnesses, signers, checker, warnings)
    facilitators = _not_parties(agreement.facilitators, "facilitators", parties, warnings)
    update["facilitators"] = _clean_list(facilitators, "facilitators", checker, warnings)
    entities = _not_parties(
        agreement.established_entities, "established_entities", parties, warnings
    )
    update["established_entities"] = _clean_list(
        entities, "established_entities", checker, warnings
    )
    agreement = _no_type_for_a_title(agreement, checker, warnings, own_parties=own_parties)
    agreement = _no_sentence_for_a_title(agreement, warnings)
    agreement = _title_in_its_brackets(agreement, warnings)
    agreement = _title_without_its_term(agreement, warnings)
    agreement = _title_with_its_document_word(agreement, checker, warnings)
    agreement = _title_as_named(agreement, checker, warnings)
    agreement = _title_without_its_tail(agreement, checker, warnings)
    agreement, place = _place_of_date_text(agreement, warnings)
    place = _with_its_building(place, checker)
    agreement = _date_text_as_its_mention(agreement, checker, warnings)  # what is left a sentence
    agreement = _location_as_written(agreement, checker, warnings)
    cleaned = _clean_fields(agreement, ("title", "location", "date_text"), checker, warnings)
    dated = _dated_by_the_signing(
        cleaned, checker, warnings, own_parties=own_parties, undated=undated
    )
    if dated is cleaned and agreement.date_text and not cleaned.date_text and cleaned.date_signed:
        # The date was read from that text (coopllm.dates), which the model may only
        # have written another way ("October 20" for "Oct. 20"): kept, and doubted.
        warnings.append(
            f"doubted date_signed {cleaned.date_signed}: read from a date_text the article "
            "does not contain"
        )
    cleaned = dated
    _doubt_date(cleaned, checker, warnings)
    location = cleaned.location
    described = _HERE.sub("", _DESCRIBED.sub("", location or ""))
    if location and described != location and checker.venue_of_signing(described):
        warnings.append(
            f"dropped location '{location}': the signing's place is written '{described}'"
        )
        update["location"] = location = described
    if location and not checker.venue_of_signing(location):
        bare = _ADMIN_SUFFIX.sub("", location)
        if bare == location:
            bare = _COUNTRY_AFTER.sub("", location)
        if bare != location and checker.venue_of_signing(bare):
            warnings.append(
                f"dropped location '{location}': the signing's place is written '{bare}'"
            )
            update["location"] = location = bare  # a venue in that town may name it in full
        else:
            warnings.append(f"dropped location '{location}': not tied to the signing in the text")
            update["location"] = location = None
    if not location and place and checker.grounded(place) and checker.venue_of_signing(place):
        warnings.append(f"took location '{place}' from date_text: the signing's place")
        update["location"] = place
    elif location and place and _the_dates_venue(place, location, checker):
        named = "in full" if _in_or_of(location, place) else f"not '{location}'"
        warnings.append(
            f"took location '{place}' from date_text over '{location}': the sentence that "
            f"dates the signing names that venue, {named}"
        )
        update["location"] = place
    elif location and (longer := _venue_named_in_full(location, checker)) is not None:
        warnings.append(f"took location '{longer}' over '{location}': the signing's venue")
        update["location"] = longer
    elif location and (room := _its_room_named(location, checker)) is not None:
        warnings.append(f"took location '{room}' over '{location}': the signing's room there")
        update["location"] = room
    elif location and (venue := _venue_in_the_town(location, cleaned, checker)) is not None:
        warnings.append(f"took location '{venue}' over '{location}': the signing's venue")
        update["location"] = venue
    elif location and (venue := _venue_over_a_party(location, cleaned, checker)) is not None:
        warnings.append(
            f"took location '{venue}' over '{location}': a party's name, where the article "
            "writes the signing's venue"
        )
        update["location"] = venue
    elif location and (venue := _the_towns_venue(location, checker)) is not None:
        warnings.append(f"took location '{venue}' over '{location}': the signing's venue there")
        update["location"] = venue
    event = update.get("location", location)
    if isinstance(event, str) and (held := _where_the_event_was_held(event, checker)):
        warnings.append(f"took location '{held}' over '{event}': the event was held there")
        update["location"] = held
    return cleaned.model_copy(update=update)


_AN_EVENT = re.compile(
    r"\b(?:Week|Forum|Summit|Conference|Expo|Fair|Congress|Festival|Exhibition|Symposium)$"
)
"""The last word of an event's name, which is no place."""


def _where_the_event_was_held(event: str, checker: Checker) -> str | None:
    """The one venue the article says an event given as the location was held at, with
    its town ("signed three separate agreements on Tuesday at Northern Maritime Week, held
    this year at the Aurelia Expo Centre in Port Vesna": the blind30 ae05's, whose model
    gave the event); None for no event, or where the article writes no venue or two."""
    if not _AN_EVENT.search(event) or set(checker.signing_venues()) - {event}:
        return None  # a venue of the signing's own ("at the Grand Hotel on the sidelines of …")
    word = rf"(?!(?:{MONTHS_AND_DAYS})\b)[A-Z][\w&'\u2019-]*"  # "held in Tarnby in October"
    words = rf"{word}(?:\s+(?:of\s+(?:the\s+)?)?{word})*"
    held = re.compile(
        rf"{re.escape(event)},?\s+(?:which\s+(?:was|is)\s+|was\s+)?(?:held|took\s+place"
        rf"|taking\s+place)\s+(?:this\s+year\s+)?(?:at|in)\s+(?:the\s+)?"
        rf"(?P<venue>{words}(?:\s+in\s+{words})?)"
    )
    found = {" ".join(m["venue"].split()) for m in held.finditer(checker.text)}
    return found.pop() if len(found) == 1 else None


_HELD = re.compile(r"\b(?:signed|signing|held|took\s+place|hosted|inked)\b", re.IGNORECASE)
"""A signing or holding word, the last of which before a venue's "at" must have only the
document, its title and the day between (:func:`_only_the_deal_between`)."""
_DEAL_OR_DAY_WORDS = frozenset((
    "the", "a", "an", "on", "was", "were", "been", "is", "officially", "formally", "today",
    "yesterday", "ceremony", "signing", "it", "them", "this", "last", "week", "morning",
    "afternoon", "evening", "of", "memorandum", "understanding", "mou", "agreement",
    "agreements", "contract", "deal", "accord", "framework", "cooperation", "strategic",
    "documents", "document", "th", "st", "nd", "rd", "two", "three", "four", "memoranda",
    "memorandums", "mous", "separate", "at",
))  # fmt: skip
"""The lowercase words that may stand between a signing word and its venue's "at": "signed
the memorandum of understanding on 14 March at", "signed two separate documents on 2
December at a ceremony at" (the blind62 bk06's); not "signed a lease with Beta for offices
at", "signed a deal to open a lab at", "after talks held at" (a review's finds)."""
_VENUE_WORD_GOES_ON = re.compile(r"[A-Z0-9]|(?:of|the|and|for|&|campus)$")
"""A word that goes on with a venue's name: capitalised, a joining word, "campus" ("the
university's Coloso campus in Antofagasta": the blind47 av06's), or any after a possessive
("Corvane's headquarters"); not "by Ambassador …", "at 11am" (a review's finds)."""


def _venue_over_a_party(location: str, agreement: Agreement, checker: Checker) -> str | None:
    """The one venue the article writes for the signing (:meth:`~coopllm.guard.places.
    PlaceEvidence.signing_venues`), where the model gave a party's name as the location and
    that venue does not hold it ("Meridian Bay University" for "signed … at the Linwood
    Innovation Hub on the university's Eastgate campus", whose signer is "… at Meridian Bay
    University": the blind55 bd06's); None else."""
    if not any(is_named(party, [location]) for party in agreement.parties):
        return None
    venues = checker.signing_venues()
    if len(venues) != 1 or location.casefold() in venues[0].casefold():
        return None
    return venues[0]


def _venue_in_the_town(town: str, agreement: Agreement, checker: Checker) -> str | None:
    """The one venue a sentence of the signing writes in the town the model gave, with the
    town, as written ("at the Embassy of the Republic of Estoria in Velsmark", "at
    Corvane's headquarters in Brantwick": the blind14 o04's and o06's, given the town; "in
    the Grand Hall of the Admiralty Building in Brennick": the blind28 ac06's);
    its leading "the" left out, as the venue's name goes, and an owner's word before it ("the
    university's"; "the Institute's", the blind91 cn06's: ``EN_OWNING_BODY``, not "the
    Harbourmaster's House", "the Queen's Medical Centre": review92); after a signing or
    holding word in the same clause (not "witnessed by Ms Dewi Anggraini, Minister Counsellor at
    the Embassy of … in Singapore": the blind8 i03's). English only; None where signing
    sentences write none or two, or one writes the town alone as where it was signed
    ("signed the MoU in London on Monday, after talks held at the Foreign Office in
    London": a review's finds), the headline's "… sign … in Velsmark" aside. "The ceremony
    was held at …" right after a signing's sentence is one (:func:`_ceremonies_after_signings`:
    the blind23 x06's "… at the Harbour Authority Pavilion in Caldmere", the model's
    "Caldmere"). A comma may stand for "in" ("at Krishi Bhawan, New Delhi": the blind46
    au02's). A forum's name "on the sidelines of" which it was signed is one too ("on the
    sidelines of the Atlantic Ports and Logistics Forum in Lisbon": the blind62 bk04's and
    the blind60 bi05's, given the town)."""
    if HAN.search(town) or not town[:1].isupper():
        return None
    written = re.compile(
        rf"\b(?:at|in|(?P<aside>on\s+the\s+(?:sidelines|margins)\s+of))\s+(?:the\s+)?"
        rf"(?:(?P<owner>(?:[a-z]+|(?<=the\s){EN_OWNING_BODY})['\u2019]s)\s+)?"
        rf"(?P<venue>[A-Z][\w'\u2019&-]*(?:\s+[\w'\u2019&-]+){{0,7}}?)"
        rf"(?P<sep>\s+in|,)\s+{re.escape(town)}(?![\w-])"
    )
    text = checker.text
    ceremonies = _ceremonies_after_signings(agreement, checker)
    sentences = sorted({*checker.signing_sentences(), *ceremonies})
    found = [
        (start, venue)
        for start, end in sentences
        for venue in written.finditer(text, start, end)
        if not _DAY_OR_MONTH.search(venue["venue"])
        and _a_venues_words(f"{venue['owner'] or ''} {venue['venue']}")
        and (venue["aside"] is None or _A_GATHERING.search(venue["venue"]) is not None)
    ]
    at_venues = [venue.span() for _, venue in found]
    alone = re.compile(rf"\bin\s+{re.escape(town)}(?![\w-])")
    for start, end in sentences:
        for town_at in alone.finditer(text, start, end):
            if checker.in_the_headline(town_at.start()):
                continue  # the headline's "… sign … in Velsmark"
            if not any(at <= town_at.start() < until for at, until in at_venues):
                return None  # "signed … in London": the town is the signing's place
    if len({" ".join(venue["venue"].split()) for _, venue in found}) != 1:
        return None
    start, venue = found[0]
    held = [word.end() for word in _HELD.finditer(text, start, venue.start())]
    if not held:
        return None
    between = _ON_ITS_BEHALF.sub("", text[held[-1] : venue.start()])
    with_its_parties = _the_deal_with_its_parties(between, agreement) and not _A_UNIT.search(
        between
    )  # "with the School of Public Health at Imperial College, London": the party's home
    if not (_only_the_deal_between(between) or with_its_parties):
        return None
    sep = "," if venue["sep"] == "," else " in"
    return f"{' '.join(venue['venue'].split())}{sep} {town}"


_A_GATHERING = re.compile(
    r"\b(?:Forum|Summit|Conference|Congress|Convention|Expo|Exhibition|Fair|Symposium"
    r"|Dialogue|Week)$"
)
"""The last word of a gathering's name, on whose sidelines a document is signed: "the
Atlantic Ports and Logistics Forum in Lisbon" (the blind62 bk04's); not "Prime Minister
Costa's State Visit in Lisbon" (a review's find)."""
_THE_CEREMONY = re.compile(
    r"\s*The\s+(?:signing\s+)?ceremony\s+(?:was\s+held|took\s+place)\s+(?:at|in)\b"
)
_NEXT_WORD = re.compile(r"\S")


def _ceremonies_after_signings(agreement: Agreement, checker: Checker) -> list[Sentence]:
    """The sentences "The ceremony was held at …" right after a sentence that tells the
    signing and names no document but the agreement's: where a model's town may be
    written in full (:func:`_venue_in_the_town`), never a venue of its own (a ceremony
    after another document's signing is that one's: a review's finds)."""
    text = checker.text
    names = [n for p in agreement.parties for n in p.all_names]
    found = []
    for start, end in checker.signing_sentences():
        if another_document(text[start:end], agreement.title, names):
            continue
        after = _NEXT_WORD.search(text, end)
        following = checker.sentence_at(after.start()) if after else None
        if following is not None and _THE_CEREMONY.match(text, *following):
            found.append(following)
    return found


def _only_the_deal_between(words: str) -> bool:
    """Whether the words between a signing word and a venue's "at" are the document, its
    capitalised title and the day only (``_DEAL_OR_DAY_WORDS``), in one clause: a date's
    own commas aside ("signed on Monday, March 3, at the Harbourside Innovation Hub in
    Port Carrick": the blind18 s06's)."""
    words = _DATE_AND_COMMA.sub(" ", DATE_MENTION.sub("\0", words))
    if len(words) > 60 or re.search(r"[,;()]", words):
        return False
    return all(
        word[0].isupper() or word.isdigit() or word.lower() in _DEAL_OR_DAY_WORDS
        for word in re.findall(r"[\w'\u2019]+", words)
    )


_A_UNIT = re.compile(
    r"\b(?:School|Faculty|Department|Dept\.?|Division|Centre|Center|Institute|Laboratory"
    r"|Unit|College)\s+(?:of|for)\s[^,;]*$"
)
"""A unit's name last in the words before a venue's "at": the party is a unit of the venue,
its home, not where they signed ("with the School of Public Health at Imperial College,
London"; not "with Beta Motors Ltd at Strathmore University, Nairobi": reviews' finds)."""
_ON_ITS_BEHALF = re.compile(
    r"^\s*(?:on\s+behalf\s+of|for)\s+(?:the\s+(?:company|university|institute|agency"
    r"|ministry|government|college|school|firm|group|bank|council|city|county)\b"
    r"|[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*)*)"
)
"""Whom a signer signed for, right after "signed" ("signed on behalf of the company at the
university's Coloso campus in Antofagasta": the blind47 av06's): no words of another
matter between the signing and its venue."""


def _the_deal_with_its_parties(words: str, agreement: Agreement) -> bool:
    """Whether the words between a signing word and a venue's "at" are the document
    (:func:`_only_the_deal_between`, its short form bracketed) "with" the agreement's
    parties, listed by their names and short forms ("signed two Memoranda of Understanding
    (MoUs) with the Institute of Dryland Agriculture Research, Jodhpur (IDAR) and the
    National Institute of Technology, Sonepur (NIT Sonepur) at Krishi Bhawan": the blind46
    au02's); not "with Beta for offices at" (a review's find)."""
    head, with_, listed = words.partition(" with ")
    if not with_ or not _only_the_deal_between(_BRACKETED_SHORT_FORM.sub("", head)):
        return False
    names = sorted({n for p in agreement.parties for n in p.all_names}, key=len, reverse=True)
    for name in names:
        listed = listed.replace(name, "\0")
    listed = _BRACKETED_SHORT_FORM.sub("", listed.replace("(\0)", ""))
    return "\0" in listed and _ONLY_A_LIST.fullmatch(listed) is not None


_BRACKETED_SHORT_FORM = re.compile(r"\s*\([A-Z][\w .&-]{0,24}\)")
"""A short form in brackets after a name: "(MoUs)", "(NIT Sonepur)"."""
_ONLY_A_LIST = re.compile(r"(?:\s|\0|,|\band\b|\bthe\b)*")
"""What is left of a list of the parties once their names (\\0) are blanked."""
_DATE_AND_COMMA = re.compile(r"\0\s*,?")
"""A date blanked out (``DATE_MENTION``) and the comma that closes it."""


def _a_venues_words(venue: str) -> bool:
    """Whether every word of the venue goes on with its name (``_VENUE_WORD_GOES_ON``)."""
    words = venue.split()
    return all(
        _VENUE_WORD_GOES_ON.match(word) is not None or before.endswith(("'s", "\u2019s"))
        for before, word in itertools.pairwise(words)
    )


_NAME_GOES_ON = r"(?:(?:[ \t]*\n)?[ \t]*(?<=[ \t\n])(?:(?:of|the|and|&)\s+)*[A-Z][\w'\u2019&-]*)+"
"""The words that go on from a town's name into a longer one, across a line break of a
wrapped text ("Pennfield\nTown Hall"), not a blank line; not out of the headline, whose
line ends its words (:func:`_venue_named_in_full`); "and" between capitalised words too
("Lanshui International Convention and Exhibition Center": the blind33 ah04's)."""
_DAY_OR_MONTH = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?"
    r"|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?"
    r"|Dec(?:ember)?)\b(?!['\u2019])|\b(?:During|At|On|In|For|With|By|After|Before|And|As)\b"
)
"""A day or a month after a place's name, as wire copy writes it ("signed in London
Monday": a review's find), or a word that opens a phrase, which are no part of a venue's
name."""
"""Capitalised words after a place's name, and the particles between them: the longer
name of a venue in it ("Pennfield Town Hall", "Beijing Hotel")."""


def _venue_named_in_full(location: str, checker: Checker) -> str | None:
    """The one longer name, starting with the location's, that the article introduces as
    the venue of the signing, where the model gave the town (the blind5 f03's "Pennfield"
    for "signed at Pennfield Town Hall"); None where there is none or more than one.
    A Chinese name does not show where it ends: there, the one venue the signing's words
    name (:meth:`~coopllm.guard.places.PlaceEvidence.signing_venues`) that starts with it
    ("崖溪县人民医院" of "在崖溪县人民医院门诊楼五楼学术报告厅，该院…签署": the blind87 cj03's),
    not where another sentence names the location itself as a signing's ("在北京签署", beside
    another signing "在北京大学": review44's; "在上海市签署": review88)."""
    if HAN.search(location):
        found = [v for v in checker.signing_venues() if v.startswith(location) and v != location]
        if len(found) != 1:
            return None
        own = checker.venue_sentence(location)
        return found[0] if own in (None, checker.venue_sentence(found[0])) else None
    written = re.compile(rf"(?<![\w-]){re.escape(location)}{_NAME_GOES_ON}")
    longer = {
        found.group()
        for found in written.finditer(checker.text)
        if not _DAY_OR_MONTH.search(found.group(), len(location))
        and not ("\n" in found.group() and checker.in_the_headline(found.start()))
        # "… in Velsmark\nPublished"
        and _one_venue(found.group(), location)
    }
    venues = [name for name in longer if checker.venue_of_signing(name)]
    return venues[0] if len(venues) == 1 else None


def _the_towns_venue(town: str, checker: Checker) -> str | None:
    """The one venue the article introduces as the signing's that it writes in ``town``,
    the model's ("Conference Hall 2 on the third floor of the Regional Administration
    Building in Kattaqishloq" for "Kattaqishloq": the blind50 ay04's, a venue longer than
    :func:`_venue_in_the_town` reads); None where there is none or more than one, or its
    sentence writes the town after another place too ("at Lancaster House in Velsmark and
    at the Science Museum in Velsmark"). English only."""
    if HAN.search(town):
        return None
    ends = (f" in {town}", f", {town}")
    venues = [venue for venue in checker.signing_venues() if venue.endswith(ends)]
    if len(venues) != 1:
        return None
    said = checker.venue_sentence(venues[0])
    written = checker.text[said[0] : said[1]] if said else ""
    return venues[0] if sum(written.count(end) for end in ends) == 1 else None


def _its_room_named(building: str, checker: Checker) -> str | None:
    """The room "at" the building the model gave, where the words of signing introduce it,
    no clause, other place or event between ("was signed yesterday in the Council Chamber at
    Wrenfield Civic Centre": the blind61 bj04's, given the centre; not "signed … at Holt
    Civic Centre …, after a public meeting in the Council Chamber at Holt Civic Centre", nor
    "… before a reception in the Members Lounge at …": a review's finds); None where none
    does, or two."""
    if HAN.search(building):
        return None
    written = re.compile(
        r"\b(?:signed|inked)\b(?:(?!\b(?:before|after|during|following|where|when|while"
        r"|which|at)\b)[^.;,]){0,60}?"
        rf"\bin\s+the\s+(?P<room>(?:[A-Z][\w'\u2019-]*\s+){{0,3}}(?:{_ROOM_WORDS}))\s+at\s+"
        rf"{re.escape(building)}(?![\w-])"
    )
    rooms = {
        f"{found['room']} at {building}"
        for start, end in checker.signing_sentences()
        for found in written.finditer(checker.text, start, end)
    }
    venues = [room for room in rooms if checker.venue_of_signing(room)]
    return venues[0] if len(venues) == 1 else None


_ROOM_WORDS = "Chamber|Room|Boardroom|Suite|Auditorium|Theatre|Lounge|Gallery|Library"
"""The last word of a room's name in a building."""


_ENDS_IN_A_BUILDING = re.compile(rf"\b(?:{EN_BUILDING_WORDS})$")


def _one_venue(name: str, town: str) -> bool:
    """Whether a name that goes on from the town is one venue's: across "and" only to a
    building's word ("Lanshui International Convention and Exhibition Center"), and
    naming the town once; not "Tallis and Orion Energy", "Tallis and Greenport", nor
    "Pennfield Town Hall and Pennfield Library" (a review's finds)."""
    if name.count(town) > 1:
        return False
    return not re.search(r"\s(?:and|&)\s", name) or _ENDS_IN_A_BUILDING.search(name) is not None


def _the_dates_venue(place: str, location: str, checker: Checker) -> bool:
    """Whether the place the model wrote after the signing's date is the venue to keep
    over its location: written, introduced as the signing's in a sentence that does not
    name the location (the blind4 e02's "signed on Tuesday at a ceremony on the main stage
    of the Quayside Exhibition Centre", where the model gave the headline's "… Signed as
    the Forum Closes in Haverport"), or that names the location as the venue's town or
    owner (:func:`_in_or_of`). Not where that sentence names the location apart, nor
    where the location is the venue the place goes on from ("Lancaster House" of
    "Lancaster House in central London": the blind3 d01's): the model chose. A name, as a
    word: "Indonesian port operator" does not name "Indonesia" (the blind20 u05's "on
    Tuesday in Jakarta")."""
    if place == location or not checker.grounded(place):
        return False
    sentence = checker.venue_sentence(place)
    if sentence is None:
        return False
    written = " ".join(checker.text[sentence[0] : sentence[1]].split())
    words = r"\s+".join(map(re.escape, location.split()))
    named = re.search(rf"(?<!\w){words}(?!\w)", written, re.IGNORECASE)
    return named is None or _in_or_of(location, place)  # not "Indonesia" of "Indonesian"


def _in_or_of(location: str, place: str) -> bool:
    """Whether ``place`` is a venue in the town ``location`` ("the Orchid Hall of the
    Harbourview Grand Hotel in Singapore" of "Singapore": the blind9 j06's), at a building
    the town names ("Corn Exchange Room at Dunmere Town Hall" of "Dunmere": the blind84
    cg04's) or of the owner ``location`` ("Port of Calloway Authority's Harbor Operations
    Center": j05's)."""
    return (
        place.endswith(f" {location}")
        or f" at {location} " in place
        or place.startswith((f"{location}'s ", f"{location}\u2019s "))
    )


_SIGNS_A_NAMED_DOCUMENT = re.compile(
    r"[^《》]{2,80}?(?:签署|签订|签定|签)了?《(?P<title>[^《》]{2,80})》[。.]?"
)
"""A sentence that signs one named document, given as a title: "甲与乙签订《…协议》"."""


_TYPE_NAMES = frozenset(kind.value for kind in AgreementType)


def _no_type_for_a_title(
    agreement: Agreement, checker: Checker, warnings: list[str], *, own_parties: bool
) -> Agreement:
    """The agreement without a title that is its type's name in the schema
    ("memorandum_of_understanding", "framework_agreement": the blind38 am05's model gave two
    so), which grounding finds in the article's "memorandum of understanding" but no
    article writes as a name; titled instead by the one name the sentences of the signing
    write with the type's words (:func:`_the_one_name_of_its_type`: "The Green Hydrogen
    Production Framework Agreement was signed on Thursday": the blind73 bv04's), where no
    other agreement of the record has its parties (``own_parties``: the name may be that
    one's, the blind38 am05's)."""
    title = agreement.title
    if title is None or title.strip() not in _TYPE_NAMES:
        return agreement
    name = _the_one_name_of_its_type(title.strip(), checker) if own_parties else None
    if name is not None:
        warnings.append(
            f"took title '{name}' for '{title}': the one name with its type's words the "
            "sentences of the signing write"
        )
        return agreement.model_copy(update={"title": name})
    warnings.append(f"dropped title '{title}': the name of its type, not its own")
    return agreement.model_copy(update={"title": None})


def _no_sentence_for_a_title(agreement: Agreement, warnings: list[str]) -> Agreement:
    """The agreement without an English title that is a sentence telling a signing
    ("Negotiators from Elbtal and Kestrel Microsystems Sdn Bhd, a PAPC member based in Bayan
    Lepas, initialled a joint development agreement …": the blind74 bw04's): its clauses
    parted by a comma, more words than a name has, a verb of signing; or one in lower case
    that writes the signing's day (:func:`~coopllm.guard.reading.tells_its_day`). Not a
    name that writes an earlier document's signing ("Supplementary Agreement to the Concession
    Agreement signed in 2019", "Protocol Amending the Agreement … signed at Hanoi on 7
    September 1995": review75)."""
    title = agreement.title
    if title is None:
        return agreement
    if tells_its_day(title):
        warnings.append(
            f"dropped title '{title}': it tells the signing's day, and names no document"
        )
        return agreement.model_copy(update={"title": None})
    if (
        "," not in title
        or len(title.split()) <= _A_NAMES_WORDS
        or not _A_SIGNING_TOLD.search(title)
    ):
        return agreement
    warnings.append(f"dropped title '{title}': it tells a signing, and names no document")
    return agreement.model_copy(update={"title": None})


_A_SIGNING_TOLD = re.compile(r"\b(?:signed|signs|inked|inks|initiall?ed|initials)\b")
_A_NAMES_WORDS = 12
"""A signing verb in lower case, and the most words a document's name runs to."""


def _the_one_name_of_its_type(kind: str, checker: Checker) -> str | None:
    """The one name the sentences of this signing (:meth:`~Checker.signing_sentences`, not
    the headline's) write with the words of the type ``kind``, capitalised, one to four
    words before them, as the document signed ("The Green Hydrogen Production Framework
    Agreement was signed on Thursday" for "framework_agreement"; "signed the …"), a
    cooperation's "Agreement" after them; None where they write none or two. Not a name
    the sentence only mentions ("… signed a cooperation agreement, extending their Harbour
    Survey Cooperation Agreement": review74)."""
    words = r"\s+".join(w if w in _SMALL_WORDS else w.capitalize() for w in kind.split("_"))
    name = rf"(?P<name>(?:[A-Z][\w-]*\s+){{1,4}}{words}(?:\s+(?:Framework\s+)?Agreement)?)"
    signed = (
        re.compile(
            rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+{name}\s+(?:was|has\s+been)\s+"
            r"(?:formally\s+|officially\s+)?(?:signed|inked)\b"
        ),
        re.compile(rf"\bsigned\s+the\s+{name}(?![\w-])"),
    )
    names = {
        " ".join(found["name"].split())
        for start, end in checker.signing_sentences()
        if not checker.in_the_headline(start)
        for pattern in signed
        for found in pattern.finditer(checker.text, start, end)
    }
    return names.pop() if len(names) == 1 else None


_SMALL_WORDS = frozenset({"of", "on", "and", "for"})
"""Words a document's name writes in lower case ("Memorandum of Understanding")."""


def _title_in_its_brackets(agreement: Agreement, warnings: list[str]) -> Agreement:
    """The agreement titled by the document's name in 《》 where the model gave the
    sentence that signs it ("鹤阳县人民政府与…促进会签订《招商引资战略合作协议》": the
    blind17 r01's); not a title that only holds another's name ("《战略合作框架协议》补充
    协议", "关于《…》的实施细则": a review's finds)."""
    title = agreement.title or ""
    signs = _SIGNS_A_NAMED_DOCUMENT.fullmatch(title.strip())
    if signs is None or not DEAL.search(signs["title"]):
        return agreement
    name = signs["title"]
    warnings.append(f"took title '{name}' for '{title}': the document's name in 《》")
    return agreement.model_copy(update={"title": name})


_TERM_BEFORE = re.compile(
    r"(?i:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+years?)\s+"
    r"(?P<title>(?-i:[A-Z])\S.*)"
)
"""How long a document runs, written before its name ("a two-year Cocoa Fermentation
Research Agreement": the blind49 ax04's model gave "Two-year Cocoa …")."""


def _title_without_its_term(agreement: Agreement, warnings: list[str]) -> Agreement:
    """The agreement titled without the term a model wrote before the document's name
    (``_TERM_BEFORE``), where the rest still names a document."""
    found = _TERM_BEFORE.fullmatch((agreement.title or "").strip())
    if found is None or not DEAL.search(found["title"]):
        return agreement
    name = found["title"]
    warnings.append(f"took title '{name}' for '{agreement.title}': how long it runs is no name")
    return agreement.model_copy(update={"title": name})


_DOCUMENT_BEFORE = re.compile(
    r"(?P<head>(?:(?!(?:The|A|An)\s)[A-Z][\w-]*\s+){0,4}(?:Agreement|Memorandum\s+of\s+Understanding|MoU|MOU"
    r"|Contract|Accord|Protocol|Letter\s+of\s+Intent)\s+(?:on|for|of|regarding|concerning)"
    r"\s+(?:the\s+)?)$"
)
"""A document's word and its "on" right before the words of its subject: "an Agreement on
the " before "Joint Establishment of …"."""


def _title_with_its_document_word(
    agreement: Agreement, checker: Checker, warnings: list[str]
) -> Agreement:
    """The agreement titled as the article writes its name, where the model gave the
    name's subject alone, no document's word in it, and every mention of it stands after
    the same document's word ("Joint Establishment of the Tamsin Valley Clean Hydrogen
    Centre" of "signed an Agreement on the Joint Establishment of …": the blind36 ak03's).
    English only."""
    title = agreement.title
    if not title or HAN.search(title) or DEAL.search(title):
        return agreement
    text = checker.text
    heads = set()
    for found in written_alone(text, title):
        head = _DOCUMENT_BEFORE.search(text, max(0, found.start() - 80), found.start())
        if head is None:
            return agreement
        heads.add(head["head"])
    if len(heads) != 1:
        return agreement
    named = heads.pop() + title
    warnings.append(f"took title '{named}' for '{title}': the document's name as written")
    return agreement.model_copy(update={"title": named})


def _title_as_named(agreement: Agreement, checker: Checker, warnings: list[str]) -> Agreement:
    """The agreement titled with the name a sentence of signing gives it, where the model
    wrote its words in lower case as a description ("strategic cooperation agreement" of
    "The Renewed Strategic Cooperation Agreement was signed on Monday …": the blind69
    br06's, whose lower-case title then read as another document than the one the signing
    sentence names, and the signing's day was lost). Only where every such sentence
    writes the one name after "the", "a" or "its", each of its words capitalised, one to
    three words before them ("Renewed"), and none writes the model's words as it did: the
    sentences that tell this signing (:meth:`~Checker.signing_sentences`, not another's,
    an earlier one's), naming one of its signers or all its parties ("On the same day,
    Brane Labs and Kell University signed the Data Research Partnership Agreement" names
    another: a review's find); not in the headline, whose words are all capitalised
    ("Riverbend University and Northgate Robotics Sign Cooperation Agreement"). English
    only."""
    title = agreement.title
    if not title or title != title.lower() or not title.isascii() or not DEAL.search(title):
        return agreement
    words = r"\s+".join(map(re.escape, title.split()))
    named = re.compile(
        rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?P<name>(?:[A-Z][\w-]*\s+){{1,3}}"
        rf"(?i:{words}))(?![\w-])"
    )
    written = re.compile(rf"(?<![\w-]){words}(?![\w-])")
    signers = [p.name for p in agreement.signatories if p.name]
    own = [
        (start, end)
        for start, end in checker.signing_sentences()
        if not checker.in_the_headline(start)
        and (
            any(checker.mentions_in(name, (start, end)) for name in signers)
            or all(any(checker.mentions_in(n, (start, end)) for n in p.all_names)
                   for p in agreement.parties)
        )
    ]  # fmt: skip
    if not own or any(written.search(checker.text, start, end) for start, end in own):
        return agreement  # a sentence of its signing writes it as the model did
    names = {
        " ".join(found["name"].split())
        for start, end in own
        for found in named.finditer(checker.text, start, end)
        if all(word[:1].isupper() for word in found["name"].split())
    }
    if len(names) != 1:
        return agreement
    name = names.pop()
    warnings.append(f"took title '{name}' for '{title}': the name the signing's sentence writes")
    return agreement.model_copy(update={"title": name})


_TAIL_OPENS = re.compile(r"\s+(?:(?P<with>with|between)\s+(?:the\s+)?|(?:at|in)\s+)")
"""Where what the model wrote after a document's name may begin: whom, or where."""
_TITLE_CASED = re.compile(
    r"[A-Z0-9][\w'\u2019&-]*(?:\s+(?:[A-Z0-9][\w'\u2019&-]*|of|on|for|and|the|in|to))*"
)
"""A document's name as a name is written: its words capitalised but for particles."""


def _title_without_its_tail(
    agreement: Agreement, checker: Checker, warnings: list[str]
) -> Agreement:
    """The agreement titled without what the model wrote after the document's name: whom
    it was signed with, one of its parties ("Cooperation Agreement on Automated Container
    Handling with the Port of Halden Authority"), or where, a venue of the signing
    ("Framework Agreement for Warehouse Fleet Automation at Kestrel's head office in
    Brantwick": the blind66 bo05's, whose venue the title then held). English only; the
    first such cut, where the rest still names a document, written as a name of more
    than one word (``_TITLE_CASED``; not a bare "Contract"; not a section heading's
    "Research contract with Fenmoor University", which the guard reads as the heading it
    is), and what it cuts is a party
    or a venue of the signing ("Agreement on Research in Antarctica" stays; "at the Town
    Hall in Halden" is the venue "Town Hall in Halden"); not a title the headline writes
    (:func:`_the_headlines`), nor one the article quotes whole ("signed the "Memorandum of
    Understanding on Smart City Development in Kigali" in Kigali": a review's find)."""
    title = agreement.title
    if not title or HAN.search(title) or _the_headlines(title, checker):
        return agreement
    if re.search(rf"[\"\u201c\u2018']{re.escape(title)}[\"\u201d\u2019']", checker.text):
        return agreement  # "signed the "… Development in Kigali"": the name, quoted whole
    for opens in _TAIL_OPENS.finditer(title):
        head, rest = title[: opens.start()], title[opens.end() :].removeprefix("the ")
        if not DEAL.search(head) or not _TITLE_CASED.fullmatch(head) or " " not in head:
            continue
        if opens["with"]:
            if not any(is_named(party, [rest]) for party in agreement.parties):
                continue
        elif rest not in checker.signing_venues():
            continue
        warnings.append(
            f"took title '{head}' for '{title}': whom or where it was signed is no part of its name"
        )
        return agreement.model_copy(update={"title": head})
    return agreement


def _the_headlines(title: str, checker: Checker) -> bool:
    """Whether the headline writes ``title``, as the name the page gives the document
    ("FRAMEWORK AGREEMENT WITH THE PEOPLE'S GOVERNMENT OF LINHE CITY": the blind20 u06's,
    whose other record of it the guard finds by that name)."""
    written = re.finditer(re.escape(title), checker.text, re.IGNORECASE)
    return any(checker.in_the_headline(found.start()) for found in written)


_A_SENTENCE_LONG = 60
"""Characters of a date_text past which the model gave a sentence, not a date."""


def _date_text_as_its_mention(
    agreement: Agreement, checker: Checker, warnings: list[str]
) -> Agreement:
    """The agreement with its ``date_text`` the one day a sentence the model gave as it
    writes ("In a separate development, MPA confirmed that the Second Amendment … was signed
    on 30 December with …": the blind50 ay05's): the spec's date_text is the date as
    written, and its ``date_signed`` the day that day resolves to where the sentence's
    other numbers were read as a date (:func:`_redated`: "On Tuesday, … signed … for a KSh
    3.4 billion milk processing plant" gave 4 March, the blind84 cg05's)."""
    date_text = agreement.date_text or ""
    if len(date_text) <= _A_SENTENCE_LONG:
        return agreement
    days = list(DATE_MENTION.finditer(date_text))
    if len(days) != 1:
        return agreement
    day = days[0].group().strip()
    warnings.append(f"took date_text '{day}' for '{date_text}': the day the sentence writes")
    return agreement.model_copy(
        update={"date_text": day, "date_signed": _redated(agreement, day, checker)}
    )


def _redated(agreement: Agreement, day: str, checker: Checker) -> dt.date | None:
    """The agreement's date as the ``day`` its date text was cut to resolves, where the
    sentence resolved to another month and day (its other numbers read as a date); else
    the sentence's date, which read the year or month told around the day ("On March 5
    last year …", "于去年3月5日", "on the 14th of last month": the cut day leaves them out,
    review86); where it gave none, the day's own only if told from the page's alone
    (:func:`~coopllm.dates.counted_from_page`: not "on the 14th" of "… of last month")."""
    before = agreement.date_signed
    after = resolve_date(day, checker.published)
    if before is None:  # a weekday or "yesterday" is whole: "On Monday, … for a 2.5 million …"
        return after if counted_from_page(day) else None
    if after is None or (after.month, after.day) == (before.month, before.day):
        return before
    return after


def _place_of_date_text(agreement: Agreement, warnings: list[str]) -> tuple[Agreement, str | None]:
    """The agreement with its ``date_text`` the date alone, and the place the model wrote
    after it ("Tuesday at the Malaysian High Commission in London", the blind2 c01's;
    :func:`~coopllm.dates.date_and_place`), which becomes the location where the model's
    is missing or no venue of the signing, and the article says it is."""
    if not agreement.date_text:
        return agreement, None
    date_text, place = date_and_place(agreement.date_text)
    if date_text == agreement.date_text:
        return agreement, None
    cut = place or agreement.date_text[len(date_text) :].strip()
    said = "a place" if place is not None else "words after the date"
    warnings.append(f"dropped '{cut}' from date_text '{agreement.date_text}': {said}, not the date")
    venue = _LEADING_THE.sub("", place) if place else None  # "the Orchid Hall of …": its name
    return agreement.model_copy(update={"date_text": date_text}), venue


_LEADING_THE = re.compile(r"^(?-i:the)\s+")


def _with_its_building(place: str | None, checker: Checker) -> str | None:
    """The place the model wrote after the signing's date with the building the article
    writes it "at", where the signing's venue is the two ("the Corn Exchange Room" of
    "last Thursday in the Corn Exchange Room at Dunmere Town Hall": the blind84 cg04's,
    :meth:`~coopllm.guard.places.PlaceEvidence.signing_venues`); else the place, as where
    the room alone is a signing's venue too (another signing's in a room of that name)."""
    venues = checker.signing_venues()
    if place is None or place in venues:  # the room alone is another signing's: review86
        return place
    return next((v for v in venues if v.startswith(f"{place} at ")), place)


def _dated_by_the_signing(
    agreement: Agreement,
    checker: Checker,
    warnings: list[str],
    *,
    alone: bool = False,
    own_parties: bool = True,
    undated: bool = False,
) -> Agreement:
    """The agreement dated by the day the sentence about its signing writes
    (:meth:`~coopllm.guard.places.PlaceEvidence.signing_day`), where the model gave the
    page's own date line ("2024-03-04 09:30" above "上月28日，…举行…签约仪式": the blind5
    f06's), no date (f02's "On Wednesday 15 May, … signed a Memorandum of Understanding",
    an agreement the documents pass gave), or words that name no date (the blind8 i03's
    "Under a Strategic Cooperation Agreement", then dropped where no day is found), or
    only as of recent days (the blind43 ar02's "近日", beside "4月28日上午，签约仪式在…举行"). The
    sentence that names its title first, else the one day the article's signings give.
    As it is where none does: the page's date may be the signing's (:func:`_doubt_date`
    doubts it). ``alone``: the record's one agreement, without a date_text (the model's
    dropped as not the article's: "on the morning of September 2" for the blind16 q06's
    "last Thursday signed"), which a sentence of its own signing may date
    (:func:`_its_signing_sentences`); ``own_parties``: no other agreement has its parties,
    whose sentences a heading for a title would let in; ``undated``: the model dated none
    of the record's two or more agreements, which the one day of each one's own signing
    sentences then dates (the blind41 ap05's "Cascade State University and Ridgeline
    Aerospace Inc. on Thursday signed an amendment"; not beside another it dated, whose day
    it may be alone, nor by another's sentence: "Earlier this month, Acme signed a
    licensing agreement with Gamma": a review's finds)."""
    date_text = agreement.date_text
    wordy = bool(date_text) and agreement.date_signed is None and names_no_date(date_text or "")
    on_page_line = bool(date_text) and only_on_the_page_date_line(date_text or "", checker.text)
    only_recent = RECENT_ALONE.fullmatch(date_text or "") is not None
    if date_text and not (wordy or on_page_line or only_recent):
        return _dated_by_its_own_signing(agreement, checker, warnings)
    own = _its_signing_sentences(agreement, checker, own_parties) if on_page_line else ()
    day = _the_signings_day(agreement.title, checker, own)
    if day is not None and only_recent and _anothers_day(day, agreement, checker):
        day = None  # "近日" stays: the day is another document's ceremony (a review's find)
    doubted = agreement.date_signed  # the model's, its date_text not the article's
    if day is None and alone and doubted in (None, checker.published):
        # Only where the model's date is the page's own, which the article does not write
        # as the signing's (a review's find: not "已于8月28日签署" a model wrote otherwise).
        day = _named_signings_day(agreement, checker, by_title=doubted is not None)
    if day is None and undated:  # the one day its own signing's sentences give
        day = _named_signings_day(agreement, checker, by_title=False) or _parties_signing_day(
            agreement, checker
        )
    if day is None and (on_page_line or not date_text):
        recent = _told_as_recent(agreement, checker)
        if recent is not None:
            over = f" over '{date_text}', the page's own date line" if date_text else ""
            warnings.append(
                f"took date_text '{recent}'{over}: the sentence about its signing tells it "
                "only as of recent days, which name no date"
            )
            return agreement.model_copy(update={"date_text": recent, "date_signed": None})
    if (
        day is None
        and on_page_line
        and checker.published is not None  # else no day of the article's can be read
        and not _told_on_the_pages_day(checker)
    ):
        warnings.append(
            f"dropped date_text '{date_text}': the page's own date line, and the article "
            "tells no day of the signing"
        )
        return agreement.model_copy(update={"date_text": None, "date_signed": None})
    if day is None:
        if not wordy:
            return agreement
        warnings.append(f"dropped date_text '{date_text}': it names no date")
        return agreement.model_copy(update={"date_text": None})
    if not date_text:
        other = "the model's is not the article's" if doubted else "the model gave none"
    elif on_page_line:
        other = "the other is the page's own date line"
    else:
        other = "the other names no " + ("day" if only_recent else "date")
    took = f"took date_text '{day}'" + (f" over '{date_text}'" if date_text else "")
    warnings.append(f"{took}: the sentence about its signing writes it, and {other}")
    return agreement.model_copy(
        update={"date_text": day, "date_signed": resolve_date(day, checker.published)}
    )


_TODAY = re.compile(r"\btoday\b|今天|今日", re.IGNORECASE)
"""What says a sentence's signing is on the page's own day: its agreement takes no other
signing's day ("today signed" beside "On Monday, … signed the contract")."""


_ANNOUNCED_TODAY = re.compile(
    r"(?:今天|今日)\s*(?:正式)?(?:宣布|公布|发布)|\btoday\s+(?:formally\s+)?announced\b"
    r"|\bannounced\s+today\b",
    re.IGNORECASE,
)
"""A today that dates an announcement, not its signing ("今日宣布，已與…簽署": the blind75
bx05's, signed at a ceremony the day before)."""
_THE_CEREMONY_OPENS = re.compile(
    r"\s*(?:(?:签署|签约|签字)仪式(?:于|在)|the\s+signing\s+ceremony\s+(?:was\s+held|took\s+place)\b)",
    re.IGNORECASE,
)
"""A sentence that opens with the signing's ceremony, its subject ("簽署儀式於6月2日下午在…
舉行"): the announced signing's own, not another event's ("6月2日，…论坛签约仪式在澳门举行，
二十余个项目集中签约", "more than 20 agreements were signed at the signing ceremony of the
forum": review76)."""


def _announced_today(checker: Checker, start: int, end: int) -> bool:
    """Whether every today of the sentence dates its announcement, not its signing."""
    sentence = checker.rules_text[start:end]
    return _TODAY.search(_ANNOUNCED_TODAY.sub(" ", sentence)) is None


def _the_ceremonys_day(checker: Checker, own: tuple[Sentence, ...]) -> str | None:
    """The day the sentence right after one of the agreement's ``own`` writes, where it
    opens with the signing's ceremony (``_THE_CEREMONY_OPENS``) and counts no documents
    ("…，二十余个项目集中签约", "where more than 20 agreements were signed"); None where no
    such sentence follows, or it writes no day (not a forum's ceremony told later, nor one
    after another document's signing: review77)."""
    text = checker.rules_text
    after = [checker.sentence_after(bounds) for bounds in own]
    opened = tuple(
        dict.fromkeys(
            bounds
            for bounds in after
            if bounds is not None
            and _THE_CEREMONY_OPENS.match(text, bounds[0])
            and not _CEREMONY_OF_MANY.search(text, *bounds)
        )
    )
    return checker.day_written(opened) if len(opened) == 1 else None


_CEREMONY_OF_MANY = re.compile(
    r"集中签约|[二三四五六七八九十多余]+(?:个|项|份)|\b(?:\d+|two|three|four|five|several|many)\s+"
    r"(?:[\w-]+\s+)?(?:agreements|deals|documents|contracts|memorand\w*|mous)\b",
    re.IGNORECASE,
)
"""A ceremony sentence that counts its documents: a fair's or a forum's, not one
agreement's."""


_SAME_DAY = re.compile(
    rf"{_TODAY.pattern}|\b(?:tonight|this\s+(?:morning|afternoon|evening)"
    r"|(?:on\s+)?the\s+same\s+day|during\s+the"
    r"|at\s+the\s+(?:forum|summit|conference|expo|fair|event))\b"
    r"|今晨|今早|上午|下午|晚上|当天|当日|同日|会上|期间|本报讯",
    re.IGNORECASE,
)
"""What in a signing's sentence tells it on the page's day or an event's, whose day the
page's may be: "today", "this morning", "上午", "当天", "会上" (a review's finds)."""


def _told_on_the_pages_day(checker: Checker) -> bool:
    """Whether the article may tell its signing on the page's own day, so that the page's
    date line may date an agreement the model dated by it: a sentence of its signing says
    so or refers to an event's day (``_SAME_DAY``), opens with a release's dateline
    ("TALLIS, May 20 (HarbourWire) - … signed"), or writes a day the page's date reads as
    itself ("MOMBASA, May 20 … on Tuesday signed", a Tuesday: the blind10 k04's); or no
    sentence of the article is read as a signing's."""
    signing = checker.signing_sentences()
    if not signing or any(
        _SAME_DAY.search(checker.rules_text, start, end) or DATELINE_HEAD.match(checker.text, start)
        for start, end in signing
    ):
        return True
    day = checker.signing_day(within=signing)
    return day is not None and resolve_date(day, checker.published) == checker.published


def _named_signings_day(agreement: Agreement, checker: Checker, *, by_title: bool) -> str | None:
    """The one day the sentences of the agreement's own signing write, read only where no
    other day is found (:func:`_its_signing_sentences`); ``by_title``: for a date in doubt,
    only those that name its title ("On May 2, … signed an agreement" is not the
    "Cooperation Agreement"'s: a review's find), or, either way, its signer by name (the
    blind20 u04's "Marsh signed the MoU … on Tuesday")."""
    own = _its_signing_sentences(agreement, checker)
    if by_title and agreement.title:
        own = tuple(at for at in own if checker.mentions_in(agreement.title, at))
    own = tuple(sorted({*own, *signers_sentences(agreement, checker)}))
    return checker.signing_day(within=own) if own else None


def _parties_signing_day(agreement: Agreement, checker: Checker) -> str | None:
    """The one day of the sentences that tell all the agreement's parties signing, whatever
    they call the document ("Cascade State University and Ridgeline Aerospace Inc. on
    Thursday signed an amendment": the blind41 ap05's), none telling another's signing."""
    names = [p.all_names for p in agreement.parties]
    own = tuple(
        sentence
        for sentence in checker.signing_sentences()
        if len(names) >= _TWO
        and all(any(checker.mentions_in(n, sentence) for n in forms) for forms in names)
        and not checker.tells_another_signing(checker.text[slice(*sentence)])
    )
    return checker.signing_day(within=own) if own else None


def _dated_by_its_own_signing(
    agreement: Agreement, checker: Checker, warnings: list[str]
) -> Agreement:
    """The agreement dated by the day its own signing's sentences write, naming its title
    or its signer (:func:`_named_signings_day`), right by the signing's verb
    (:func:`_by_the_verb`), where the model's date_text stands in no sentence about a
    signing: the blind31 af05's memorandum "signed on Oct. 8 … by … Rafael
    Okonjo-Mendes", whose model gave the "Thursday" the other agreement was only
    initialled. Else the model's date stays (:func:`_doubt_date` doubts it): not for a
    day of another doing in the clause ("signed by Ivo Marr after talks that began on
    Oct. 28": a review's find). A date_text that reads as no day gives way to the day of
    any sentence of its own signing, its parties' or its signers' (the blind41 ap03's
    "本月中旬", the visit's, beside "訪問團上週四在德國斯圖加特與…簽署，由廖啟賢校長與…代表雙方
    簽署"; not an earlier memorandum's "signed on September 18": a review's find)."""
    date_text = agreement.date_text
    if not date_text:
        return agreement
    if checker.said_at_signing(date_text):
        return _its_sentences_day(agreement, date_text, checker, warnings)
    vague = agreement.date_signed is None
    day = _named_signings_day(agreement, checker, by_title=not vague)
    if day is None or day == date_text or not (vague or _by_the_verb(day, checker.text)):
        return agreement
    other = "names no day" if vague else "is in no sentence about a signing"
    warnings.append(
        f"took date_text '{day}' over '{date_text}': the sentence about its signing writes "
        f"it, and the other {other}"
    )
    return agreement.model_copy(
        update={"date_text": day, "date_signed": resolve_date(day, checker.published)}
    )


def _its_sentences_day(
    agreement: Agreement, date_text: str, checker: Checker, warnings: list[str]
) -> Agreement:
    """The agreement dated by the day the signing sentence of its ``date_text`` writes
    by the signing's verb, where ``date_text`` reads as no day ("On the opening day of
    the Northern Corridor Semiconductor Summit", beside "were signed here today": the
    blind78 ca05's); as it is where the model's date reads as a day, or the sentence
    writes none or two."""
    sentence = checker.signing_sentence(date_text)
    if agreement.date_signed is not None or sentence is None:
        return agreement
    day = checker.signing_day(within=(sentence,))
    if day is None or day == date_text:
        return agreement
    warnings.append(
        f"took date_text '{day}' over '{date_text}': the same sentence about its signing "
        "writes it, and the other names no day"
    )
    return agreement.model_copy(
        update={"date_text": day, "date_signed": resolve_date(day, checker.published)}
    )


def _anothers_day(day: str, agreement: Agreement, checker: Checker) -> bool:
    """Whether every sentence that writes ``day`` names another document than the
    agreement ("5月8日上午，华远电力与锦城市人民政府的项目合同签约仪式在锦城宾馆举行" for a
    framework agreement signed "近日")."""
    names = [n for p in agreement.parties for n in p.all_names]
    return all(
        another_document(checker.text[start:end], agreement.title, names)
        for start, end in checker.sentences_with(day)
    )


def _by_the_verb(day: str, text: str) -> bool:
    """Whether the text writes ``day`` right after a signing verb, two words at most
    between ("signed the memorandum on Oct. 8"), or right before a Chinese one ("10月8日在
    丙市正式签署")."""
    written = re.escape(day.strip().removeprefix("on ").strip())
    return (
        re.search(
            rf"{EN_SIGNING_VERB}\s+(?:[\w.-]+\s+){{0,2}}?(?:on\s+)?{written}",
            text,
            re.I,
        )
        is not None
        or re.search(rf"{written}(?:在[^，。；]{{0,20}})?(?:正式|共同)?{ZH_SIGNING_VERB}", text)
        is not None
    )


_RECENT_OPENING = re.compile(
    r"\s*(?:本报讯\s*)?(?:[（(](?:记者|通讯员)[^）)]{0,30}[）)]\s*)?"
    r"(?P<word>日前|近日|近期|(?i:recently))\s*[,，]"
)
_RECENTLY_SIGNED = re.compile(r"\b(?P<word>recently)\s+(?:signed|inked)\b", re.IGNORECASE)
"""Words that tell a signing as of recent days, and name no day: a sentence's opening, a
paper's lead before it aside ("日前，甲与乙签署…", "本报讯（记者 罗晓雯）日前，…": the blind62
bk01's; "Recently, Alpha and Beta signed …") or right before the verb ("Alpha
and Beta recently signed"); not within other words ("今日前往") nor of something else
("which recently opened a centre, today signed", "近期成功上市的…": a review's finds)."""


def _told_as_recent(agreement: Agreement, checker: Checker) -> str | None:
    """The word of recent days (``_RECENT_OPENING``, ``_RECENTLY_SIGNED``) a sentence
    telling the agreement's signing writes, where no sentence of it writes a day: the
    spec's date as written, which resolves to none (the blind22 w02's "日前，…在北京签署
    《战略合作框架协议》", whose model gave the page's date line; the blind4 e05's "日前，…
    签约仪式…举行", whose model gave a date the article does not write). None where the
    sentences write none, or two."""
    text = checker.rules_text
    found = {
        recent["word"]
        for start, end in _its_signing_sentences(agreement, checker)
        if (
            recent := _RECENT_OPENING.match(text, start, end)
            or _RECENTLY_SIGNED.search(text, start, end)
        )
    }
    return found.pop() if len(found) == 1 else None


def _its_signing_sentences(
    agreement: Agreement, checker: Checker, own_parties: bool = True
) -> tuple[Sentence, ...]:
    """The sentences that tell the agreement's signing done: each names every party of
    it and a document, none other than it (:func:`~coopllm.guard.reading.another_document`);
    not another's signing, an earlier one, one to come, a visit ("On April 30, Beta signed
    a similar agreement with Gamma", "周五，双方将签署…", "4月28日，双方曾签署合作意向书", "an
    Acme delegation visited the campus to discuss the signing": a review's finds). A
    section's heading for a title names no document a sentence can be told from: read as
    none, where ``own_parties`` (another agreement of the same parties would have its
    sentences taken for this one's: a review's find)."""
    parties = [p.all_names for p in agreement.parties]
    title = agreement.title
    if title and own_parties and a_heading(title, checker.text):
        title = None
    return tuple(
        sentence
        for sentence in checker.signing_sentences()
        if parties
        and DEAL.search(checker.rules_text, *sentence)
        and all(any(checker.mentions_in(n, sentence) for n in names) for names in parties)
        and not another_document(checker.text[sentence[0] : sentence[1]], title)
    )


_SHORT_TITLES = {"memorandum of understanding": "MoU"}
"""The short form a title's later sentences use, whose signing sentence dates it where the
title's own sentences do not ("renewed its Memorandum of Understanding with …" then "The
renewed MoU was signed on the 3rd of March": the blind43 ar03's; a recent day only, not the
"MoU in August 2021" it recalls)."""


_ZH_TITLE_IN_QUOTES = re.compile(r"《([^《》\n]{2,80})》")


def _full_titles_day(title: str, checker: Checker) -> str | None:
    """The day the signing sentence of the title's full form gives: the one longer 《title》
    the article writes that the model's shortens (:func:`shortened`), as a headline
    shortens it ("木薯新品种选育技术开发合同" of the body's "《木薯抗病新品种选育技术开发合同》":
    the blind90 cm03's, its day "前天" in the body's sentence)."""
    short = simplified(title)
    full = {
        checker.text[found.start(1) : found.end(1)]
        for found in _ZH_TITLE_IN_QUOTES.finditer(checker.rules_text)
        if found[1] != short and shortened(short, found[1])
    }
    return checker.signing_day(full.pop()) if len(full) == 1 else None


def _short_forms_day(title: str, checker: Checker) -> str | None:
    """The day of the first signing sentence that names the title's short form as the
    document told ("The renewed MoU", "this MoU"; not another's: "the agency signed an MoU
    with Mysore Dairy", a review's find), where it names no other kind of document, the
    title's own with words before it aside ("John Smith, who on 14 May signed a supply
    agreement with …, signed the MoU": a review's find)."""
    full = title.casefold()
    short = _SHORT_TITLES.get(full)
    if short is None:
        return None
    the_one = re.compile(rf"\b(?:the|this)\s+(?:[\w-]+\s+)?{re.escape(short)}\b", re.IGNORECASE)
    signing = next(
        (
            at
            for at in checker.signing_sentences()
            if the_one.search(checker.text, *at) and checker.mentions_in(short, at)
        ),
        None,
    )
    if signing is None:
        return None
    kinds = kinds_named(checker.text[signing[0] : signing[1]])
    return (
        None if any(not k.endswith(full) for k in kinds) else checker.signing_day(within=(signing,))
    )


_THE_DOCUMENT_SIGNED = re.compile(
    r"\s*(?:The|This)\s+(?:[\w-]+\s+)?(?:agreement|memorandum|MoU|MOU|accord|deal)\s+"
    r"(?:was|has\s+been)\s+(?:formally\s+|officially\s+)?(?:signed|inked)\s+"
)
"""A sentence that opens on the document told before it, signed, its day right after:
"The agreement was signed on Tuesday by …" (not "… signed after the board approved it on
Monday": a review's find; a word before the document's, "The renewed agreement", is read
where the day is, which ``signing_day`` reads as recent)."""


def _next_sentences_day(title: str, checker: Checker) -> str | None:
    """The day of the sentence right after the first that names the title, where it opens
    on that document signed (``_THE_DOCUMENT_SIGNED``) and names no other kind of
    document: "… has signed a Memorandum of Understanding with Hanul …. The agreement was
    signed on Tuesday by …" (the blind43 ar01's, whose first sentence writes no day)."""
    named = checker.sentences_with(title)
    after = checker.sentence_after(named[0]) if named else None
    opening = _THE_DOCUMENT_SIGNED.match(checker.text, after[0]) if after else None
    if after is None or opening is None or not DATE_MENTION.match(checker.text, opening.end()):
        return None
    if len(kinds_named(checker.text[after[0] : after[1]])) > 1:
        return None
    return checker.signing_day(within=(after,))


def _the_signings_day(
    title: str | None, checker: Checker, own: tuple[Sentence, ...] = ()
) -> str | None:
    """The day the sentence that signs ``title`` writes, unless a sentence that names the
    title gives it a time of its own; else the one day of the agreement's ``own`` signing
    sentences where they give one (none where they sign "today": not another agreement's
    "On Monday"); a title's short form's (``_SHORT_TITLES``) where the title's sentences
    give none; else the one day of the article's signings
    (:meth:`~coopllm.guard.places.PlaceEvidence.signing_day`: the ceremony's "4月20日上午，
    …签约仪式…举行", beside an undated "…签署了战略合作协议", a review's find); else the
    day of the event the signing was done at (the blind17 r01's "推介会现场集中签约")."""
    if title:
        day = checker.signing_day(title)
        if day is not None or checker.dated_otherwise(title):
            return day  # "The Supply Agreement, signed in March, …": not the others' day
        day = (
            _short_forms_day(title, checker)
            or _next_sentences_day(title, checker)
            or _full_titles_day(title, checker)
        )
        if day is not None:
            return day
    if own:
        day = checker.signing_day(within=own)
        todays = [at for at in own if _TODAY.search(checker.rules_text, *at)]
        if day is not None or (todays and not all(_announced_today(checker, *at) for at in todays)):
            return day
        if todays:  # "今日宣布，已與…簽署": the day of its ceremony, if a sentence tells it
            return _the_ceremonys_day(checker, own)
    event = checker.signing_event()
    return checker.signing_day() or (event.day if event is not None else None)


def _doubt_date(agreement: Agreement, checker: Checker, warnings: list[str]) -> None:
    """Doubt, not drop, a signing date whose ``date_text`` stands only in sentences that
    say nothing of the signing: the date may still be right (the signing told in the next
    sentence), but it is as likely the day of a visit or a talk. Likewise one that stands
    only on the page's own date line (发布时间：2025-04-22; the held-out zh_h1's, whose
    signing was 4月20日上午): the page's date, the signing's only where the article signs
    that day ("today signed"). And one read from a weekday alone or a day told from the
    page's ("on Tuesday", "yesterday"), counted back from the page's date, which may be
    later than the writing."""
    date_text, date = agreement.date_text, agreement.date_signed
    if not date_text or date is None:
        return
    if counted_from_page(date_text):
        warnings.append(
            f"doubted date_signed {date}: its date_text '{date_text}' is counted back from "
            "the page's date (a page may be dated later than it was written)"
        )
    if only_on_the_page_date_line(date_text, checker.text):
        warnings.append(
            f"doubted date_signed {date}: its date_text '{date_text}' is the page's own date "
            "line, not a sentence about the signing"
        )
    elif not checker.said_at_signing(date_text):
        warnings.append(
            f"doubted date_signed {date}: its date_text '{date_text}' is not in a sentence "
            "about the signing"
        )


def _not_own_witnesses(
    witnesses: list[Signatory],
    signers: list[Signatory],
    checker: Checker,
    warnings: list[str],
) -> list[Signatory]:
    """The witnesses but the agreement's own signers who unveiled nothing: a sentence's
    "witnessed" is another's ("Zhang San signed the agreement, witnessed by Li Wei"), and
    who signs does not witness the signing. A signer who also unveiled what was set up is
    the spec's witness too ("signed, then jointly unveiled the lab's plaque")."""
    signing = signer_keys(signers)
    kept = [p for p in witnesses if not signed_too(p, signing) or checker.unveiled(p.name or "")]
    warnings.extend(
        f"dropped witness '{p.name}': a signatory of the agreement, and the article does not "
        "say they unveiled or inaugurated anything"
        for p in witnesses
        if p not in kept
    )
    return kept


def signer_keys(signers: list[Signatory]) -> set[str]:
    """The agreement's signers by name, as :func:`signed_too` matches them."""
    return {normalize_for_match(p.name) for p in signers if p.name}


def signed_too(witness: Signatory, signing: set[str]) -> bool:
    """Whether a witness is one of the agreement's signers (``signing``, by
    :func:`signer_keys`): a witness then only by unveiling (``_not_own_witnesses``)."""
    return bool(witness.name) and normalize_for_match(witness.name or "") in signing


def _location_as_written(agreement: Agreement, checker: Checker, warnings: list[str]) -> Agreement:
    """The agreement with its location without a clause the model copied after it
    (``_CLAUSE_AFTER``); with a location the article does not hold, but does without the
    administrative word the model added ("Yingkou City" where it writes "Yingkou"), or
    the party's name it put in front (:func:`_without_owner`), as written, with a
    warning: the place is the article's, its spelling the model's."""
    location = agreement.location
    head = (location or "").partition("，")[0]
    if head != location and HAN.search(head) and checker.venue_of_signing(head):
        warnings.append(f"took location '{head}' for '{location}': the clause after it cut")
        agreement = agreement.model_copy(update={"location": head})
        location = head  # "…多功能廳，成都則在…設分會場": the blind50 ay03's
    if location and (clause := _CLAUSE_AFTER.search(location)) and clause.start() > 0:
        place = location[: clause.start()]
        warnings.append(f"took location '{place}' for '{location}': the words after it cut")
        agreement = agreement.model_copy(update={"location": place})
        location = place
    if location and _HELD_AFTER.search(location) and checker.grounded(location):
        place = _HELD_AFTER.sub("", location)
        warnings.append(f"took location '{place}' for '{location}': the verb cut")
        return agreement.model_copy(update={"location": place})
    if not location or checker.grounded(location):
        return agreement
    bare = _ADMIN_SUFFIX.sub("", location)
    if bare == location or not checker.grounded(bare):
        bare = _without_owner(location, agreement.parties, checker.text) or location
    if bare == location:
        return agreement
    warnings.append(f"dropped location '{location}': the article writes it '{bare}'")
    return agreement.model_copy(update={"location": bare})


_CLAUSE_AFTER = re.compile(
    r"(?:,\s+(?:in\s+front\s+of|in\s+the\s+presence\s+of|attended\s+by|witnessed\s+by"
    r"|before\s+an?|where|which|who|with\s+(?:some|around|about|more|over|nearly|\d)|during"
    r"|as\s+part\s+of)"
    r"|,?\s+(?:on|in|at)\s+the\s+(?:sidelines?|margins?)\s+of)(?![\w-]).*$",
    re.DOTALL,
)
"""A clause a model copied after an English venue, of who was there or what happened:
"the Brindley Atrium of the college's Mercer Building, in front of around eighty staff,
students and guests." (the blind23 x05's), "…Convention Centre, on the sidelines of the
Second Lake Basin Water Security Forum." (the blind29 ad05's; "in the margins of", with or
without a comma: a review's finds); not the place's own words
after a comma ("Manila, the Philippines", "Conference Room B, level 5, Menara TM",
"Harbour Pavilion, in central Caldmere": a review's finds)."""
_HELD_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:同步|同时|隆重|正式)?举行$")
"""The verb a model copied after a Chinese place ("苏州、成都两地同步举行": the blind10
k03's)."""
_OWN_WORD = re.compile(r"(?:学校|我校|该校|本校|学院|我院|本院|该院|医院|公司|我公司|集团)$")
"""How a Chinese article calls a party in the name of its own rooms: 学校行政楼."""
_SHORTEST_ROOM = 4


_EN_OWNED = re.compile(r"['\u2019]s\s+(?=[A-Z])")
"""A party's name made an English venue's owner: "Eastlake University of Technology's
Academic Exchange Center"."""


def _without_owner(location: str, parties: list[Party], text: str) -> str | None:
    """A Chinese venue as the article writes it, where the model put a party's name in
    front of it ("江陵理工大学行政楼第一会议室" for "学校行政楼第一会议室", the blind3 d04's):
    the article's word for the party kept (学校, 公司), or the room alone; an English one
    the model gave as the party's ("Eastlake University of Technology's Academic Exchange
    Center" for "the university's Academic Exchange Center": the blind21 v05's), the room
    alone where the article writes it as the party's in a common noun (not "the Mayor's
    Office", nor "the Board Room of Acme Ltd's …": a review's finds). None where the
    article does not write the rest of it."""
    for name in (name for party in parties for name in party.all_names):
        rest = location.removeprefix(name)
        if rest != location and (owned := _EN_OWNED.match(rest)) is not None:
            room = re.escape(rest[owned.end() :])
            said = re.search(rf"\b(?:the|its|our)\s+[a-z]+['\u2019]s\s+{room}\b", text)
            return rest[owned.end() :] if said else None
        if rest == location or len(rest) < _SHORTEST_ROOM or not HAN.match(rest):
            continue
        at = text.find(rest)
        if at >= 0:
            own = _OWN_WORD.search(text, 0, at)
            return own.group() + rest if own else rest
    return None


def _not_a_party(
    people: list[Signatory], role: str, parties: list[Party], warnings: list[str]
) -> list[Signatory]:
    """The people but those named as one of the parties' abbreviations, spaces and dots
    aside: a model may give an organisation as a signer, its abbreviation spelt as
    initials ("I. A. H." for the text's IAH, the blind2 c03's), which grounding finds in
    the text all the same; or a Chinese body's name (the blind24 y03's model gave the
    company that announced the deal as its signer). Only capitals or a body's name: a
    company may bear its founder's name ("Li Ning Co., Ltd." and its chairman Li Ning, a
    review's find)."""
    forms = {_spaceless(form) for party in parties for form in party.all_names}
    kept = [
        person
        for person in people
        if not (person.name and (_INITIALS.fullmatch(person.name) or zh_company_name(person.name)))
        or _spaceless(person.name) not in forms
    ]
    warnings.extend(
        f"dropped {_SINGULAR[role]} '{person.name}': a party to the agreement, not a person"
        for person in people
        if person not in kept
    )
    return kept


_INITIALS = re.compile(r"[A-Z][A-Z.&\s-]*[A-Z.]")
"""A name in capitals and dots only: "I. A. H.", "IAH"."""


def _spaceless(name: str) -> str:
    """A name's matching form (:func:`~coopllm.parties.bare_name`) without its spaces."""
    return bare_name(name).replace(" ", "")


def _not_parties(
    values: list[str], field: str, parties: list[Party], warnings: list[str]
) -> list[str]:
    """The facilitators or founded bodies that are not parties: a facilitator helps
    "without being a party" (spec), and a body the agreement founds did not sign it
    ("中国科学院上海药物研究所与复旦大学共建…联合实验室" founds the lab, not the institute)."""
    if not values:
        return values
    kept = [name for name in values if not any(is_named(p, [name]) for p in parties)]
    warnings.extend(
        f"dropped {_SINGULAR[field]} '{name}': a party to the agreement"
        for name in values
        if name not in kept
    )
    return kept


_M = TypeVar("_M", Agreement, Signatory)


def _clean_fields(model: _M, fields: tuple[str, ...], checker: Checker, warnings: list[str]) -> _M:
    """Set optional string fields that do not occur in the article to None, with a warning;
    those it writes in other Chinese characters, as it writes them
    (:func:`_in_the_pages_characters`)."""
    update: dict[str, str | None] = {}
    for field in fields:
        value = getattr(model, field)
        if value and (written := _in_the_pages_characters(value, checker)) != value:
            given, value = value, written  # as the page writes it first: review93
            warnings.append(f"took {field} '{written}' for '{given}': as the article writes it")
            update[field] = written
        if value and not checker.grounded(value, fuzzy=field not in NEVER_FUZZY):
            warnings.append(f"dropped {field} '{value}': not in the article")
            update[field] = None
    return model.model_copy(update=update) if update else model


def _in_the_pages_characters(value: str, checker: Checker) -> str:
    """A Chinese value as the page writes it where the model mixed in other characters (a
    Traditional page's "多功能廳" for the model's "多功能厅", "協議" for "協议": the blind50
    ay03's): the page's span where the value, read in Simplified characters, stands in its
    Simplified reading; else the value."""
    if not HAN.search(value) or value in checker.text:
        return value
    at = checker.read_text.find(simplified(value))
    return value if at < 0 else checker.text[at : at + len(value)]


def _distinct(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """Each agreement once: a small model may give one document twice, every field alike
    (the spec's agreements are one per distinct document signed; the held-out en_h2's).
    Not two that differ in anything, which may be two documents of one title, nor two
    alike once the guard dropped their paraphrased titles, nor any where the article
    counts the documents ("signed two MoUs", 签署两份协议: a review's finds), unless the
    record holds more than all its counts together ("two heritage agreements were signed"
    beside four copies of a third: the blind88 ck05's; "two framework agreements and three
    supply contracts": review89)."""
    repeated = {n for n, agreement in enumerate(agreements) if agreement in agreements[:n]}
    if not repeated:
        return agreements
    if len(agreements) <= _all_counted(checker.rules_text):
        return agreements  # the article read only where the model repeated one
    warnings.extend(
        f"dropped agreement '{agreements[n].title or 'untitled'}': given twice, every field alike"
        for n in sorted(repeated)
    )
    return [agreement for n, agreement in enumerate(agreements) if n not in repeated]


def _one_document(
    agreements: list[Agreement],
    checker: Checker,
    warnings: list[str],
    headline: str | None,
) -> list[Agreement]:
    """An agreement given twice, once under its title and once under the title's tail
    ("工业机器人视觉检测系统联合研发项目合作协议" and "联合研发项目合作协议", the blind2
    c06's) or its head without its years (:func:`_within_title`), as one: same day and
    parties (or a signer in common: :func:`_signed_by_its_signers`),
    one's people among the other's (or one with no signer: the blind11 l01's
    "战略合作框架协议", given its witnesses, beside the full title
    given its signers), and the short title written in the article only inside the long
    one, in the ``headline`` ("…签署战略合作框架协议 共建…研究院": the blind11 l01's) or after
    words that point back at it (``_THIS_ONE``).
    The long one stays, with what the short one adds. Not where the article counts as
    many documents as the record has, or more (:func:`_documents_counted`: the blind37
    al02's "both documents", beside a renewed memorandum the model gave twice)."""
    merged = list(agreements)
    pair = _a_tail(merged, checker, headline, alone=True)  # the strict pairs, and more
    if pair is None:
        return agreements  # the article's count read only where a pair may be found
    counted = _documents_counted(checker.rules_text)
    if counted >= len(agreements):
        return agreements
    alone = counted > 0  # fewer documents than the record's: the short title may stand alone
    if not alone:
        pair = _a_tail(merged, checker, headline)
    while pair is not None and len(merged) > counted:
        short, long = pair
        warnings.append(f"dropped agreement '{short.title}': the same document as '{long.title}'")
        merged = [
            _dated_as_written(_with_what_it_adds(a, short, checker.read_text), short, checker)
            if a is long
            else a
            for a in merged
            if a is not short
        ]
        pair = _a_tail(merged, checker, headline, alone=alone)
    return merged


def _a_tail(
    agreements: list[Agreement],
    checker: Checker,
    headline: str | None,
    *,
    alone: bool = False,
) -> tuple[Agreement, Agreement] | None:
    """The first agreement given under the tail of another's title, and that other."""
    for short in agreements:
        for long in agreements:
            if long is not short and _tail_of(short, long, checker, headline, alone=alone):
                return short, long
    return None


def _tail_of(
    short: Agreement,
    long: Agreement,
    checker: Checker,
    headline: str | None,
    *,
    alone: bool,
) -> bool:
    """Whether ``short`` is ``long`` given under the end of its title (``_one_document``);
    with ``alone``, where the article counts fewer documents than the record has, also
    where it writes the short title alone ("近日，甲与乙签署战略合作框架协议", then "仪式上共签署
    两份文件" and "签署《甲 乙战略合作框架协议》": the blind43 ar02's), but in no sentence that
    writes the long one too ("签署战略合作协议和数字经济战略合作协议", two documents: a review's
    find)."""
    if not short.title or not long.title or short.title == long.title:
        return False
    offset = _within_title(short.title, long.title)
    named_within = offset is None and _without_its_parties(long) == short.title
    if (offset is None and not named_within) or not _one_day(short, long, checker):
        return False
    if not _one_set_of_parties(short.parties, long.parties, checker.read_text) and not (
        _signed_by_its_signers(short, long)
    ):
        return False
    names = [{p.name for p in (*a.signatories, *a.witnesses) if p.name} for a in (short, long)]
    unsigned = not all(_signed_by_someone(a, checker) for a in (short, long))
    if not unsigned and (
        not (names[0] & names[1]) or not (names[0] <= names[1] or names[1] <= names[0])
    ):
        return False  # someone in common, as one document's signers are
    bodies = [set(a.established_entities) for a in (short, long)]
    if not (bodies[0] <= bodies[1] or bodies[1] <= bodies[0]):
        return False
    text = checker.text
    told = [m.span() for m in finds(headline, text)] if headline else []
    if offset is None:  # the long title less its parties' names, told in the headline only
        mentions = list(finds(short.title, text))
        return bool(mentions) and all(
            any(at <= m.start() and m.end() <= until for at, until in told) for m in mentions
        )
    inside = [m.start() + offset for m in finds(long.title, text)]
    written = [
        m.start()
        for m in finds(short.title, text)
        if not any(at <= m.start() and m.end() <= until for at, until in told)
        and not _THIS_ONE.search(text, max(0, m.start() - _THIS_REACH), m.start())
    ]
    if sorted(inside) == written != []:
        return True
    # ``alone``: each mention alone in a sentence that does not list the long one beside it
    loose = [m.start() for m in finds(short.title, text) if m.start() not in inside]
    return alone and not any(
        finds(long.title, text[slice(*checker.sentence_at(at))]) for at in loose
    )


_THIS_ONE = re.compile(r"(?:此次|本次|这次|该)$|\bth(?:is|e\s+new)\s+$", re.IGNORECASE)
"""Words that point a short title back at the document just told ("此次战略合作协议的签署,
标志着…": the blind39 an01's, after "《智慧港口装备战略合作协议》签约仪式"): such a mention is
the long one's."""
_THIS_REACH = 8


def _signed_by_its_signers(short: Agreement, long: Agreement) -> bool:
    """Whether ``short`` and ``long`` have a signer in common: the same document though
    the model gave the short one another party (the blind28 ac02's "项目投资协议" with the
    trade office that brought the investor, beside "精密减速器智能制造项目投资协议" with the
    district, the same district head signing both; its witness given as a signer too, as
    models do before the rules move them); not two documents no signer ties ("an MoU
    with Kestrel" beside "a Memorandum of Understanding on Student Exchange with Brennick
    College": a review's find)."""
    return bool(signer_keys(short.signatories) & signer_keys(long.signatories))


_PERIOD_AFTER = re.compile(
    r"\s*[（(]\s*(?:19|20)\d{2}\s*年?\s*(?:[-—–~～至到]\s*(?:19|20)\d{2}\s*年?\s*)?[）)]$"
)
"""A title's bracketed years ("（2025—2027年）", "(2025)"); not a phase's or an edition's
("（一期）" and "（二期）" are two documents: a review's find)."""


def _without_its_parties(agreement: Agreement) -> str | None:
    """A Chinese title less its parties' names and its bracketed years: "对口支援协议" of
    "北辰工业大学对口支援滇岭师范学院协议（2025—2030年）", whose headline "…签署对口支援协议" a
    model gave as a second agreement (the blind63 bl03's); None for a title that names
    none of them."""
    title = agreement.title or ""
    if not HAN.search(title):
        return None
    names = sorted(
        {n for p in agreement.parties for n in p.all_names if len(n) > 1}, key=len, reverse=True
    )
    bare = title
    for name in names:
        bare = bare.replace(name, "")
    return _PERIOD_AFTER.sub("", bare) if bare != title else None


def _within_title(short: str, long: str) -> int | None:
    """Where ``short`` stands in ``long``: its end ("联合研发项目合作协议" of "工业机器人…
    联合研发项目合作协议"), or its start before a bracketed tail (``_PERIOD_AFTER``:
    "多式联运合作备忘录" of "多式联运合作备忘录（2025—2027年）", the blind23 x03's); None."""
    if long.endswith(short):
        return len(long) - len(short)
    return 0 if _PERIOD_AFTER.sub("", long) == short else None


def _one_day(one: Agreement, other: Agreement, checker: Checker) -> bool:
    """Whether two agreements are dated alike, or one only by the page's own date line
    (the model's "2025-01-03" for the blind19 t03's "投资协议", the long title's "上月28日"
    beside it), which the signing's sentence dates later."""
    return one.date_signed == other.date_signed or any(
        _page_dated(a, checker) for a in (one, other)
    )


def _dated_as_written(kept: Agreement, gone: Agreement, checker: Checker) -> Agreement:
    """The kept agreement with the day of the one merged into it where the kept one's is
    only the page's date line and the other's is not (a review's find: the long title
    dated by the page's line, its tail by "上月28日")."""
    if kept.date_signed == gone.date_signed or not _page_dated(kept, checker):
        return kept
    if _page_dated(gone, checker) or gone.date_signed is None:
        return kept
    return kept.model_copy(update={"date_signed": gone.date_signed, "date_text": gone.date_text})


def _page_dated(agreement: Agreement, checker: Checker) -> bool:
    """Whether the agreement's date_text is only the page's own date line."""
    date_text = agreement.date_text
    return date_text is not None and only_on_the_page_date_line(date_text, checker.text)


def _signed_by_someone(agreement: Agreement, checker: Checker) -> bool:
    """Whether a signer of the agreement is one the article says signed (the model gives
    the leaders who witnessed as signers, whom the guard drops later)."""
    return any(
        p.name and checker.has_evidence(p.name, "signatories", person=True)
        for p in agreement.signatories
    )


def _one_set_of_parties(ours: list[Party], theirs: list[Party], read_text: str) -> bool:
    """Whether two lists name the same parties, a name and its short form one party
    (:func:`_short_for`)."""

    def one(party: Party, other: Party) -> bool:
        return (
            is_named(party, other.all_names)
            or _short_for(party.name, other, read_text)
            or _short_for(other.name, party, read_text)
        )

    return (
        len(ours) == len(theirs)
        and all(any(one(party, other) for other in theirs) for party in ours)
        and all(any(one(other, party) for party in ours) for other in theirs)
    )


def _parties_by_their_full_names(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The agreements with each party the model gave by a Chinese short form
    (:func:`_short_for`: "稀土所" for "中国科学院赣南稀土功能材料研究所（以下简称“稀土所”）",
    "省科技厅" of "江西省科学技术厅": the blind40 ao04's) named by the one party of the record
    it is short for, its short form an alias; once where the agreement has both. A short
    form with a department's words after it, which the model took from a signer's title
    ("恒拓智能人力资源" of "恒拓智能人力资源总监钱志远": the blind54 bc03's), is the body's too,
    and no alias of it."""
    known = [p for a in agreements for p in a.parties]
    renamed = []
    for agreement in agreements:
        parties: list[Party] = []
        for party in agreement.parties:
            party = _as_its_government(party, checker.text, warnings)
            full = _the_one_full_name(party, known, checker.read_text) or _en_one_word_short_for(
                party.name, agreement.parties, checker.read_text
            )  # an English word stands for a party of its own agreement only ("Tavel")
            if full is not None:
                warnings.append(f"took party '{full.name}' for '{party.name}': its short form")
                short = [] if _a_department_of(party.name, checker.read_text) else [party.name]
                aliases = list(dict.fromkeys([*full.aliases, *short, *party.aliases]))
                party = full.model_copy(update={"aliases": aliases})
            same = next((i for i, p in enumerate(parties) if p.name == party.name), None)
            if same is None:
                parties.append(party)
            else:
                merged = [*parties[same].aliases, *party.aliases]
                parties[same] = parties[same].model_copy(
                    update={"aliases": list(dict.fromkeys(merged))}
                )
        renamed.append(agreement.model_copy(update={"parties": parties}))
    return renamed


_GOVERNMENT_OF = re.compile(
    r"\b(?:(?:Federal|National|Central|State|Provincial|Regional|Municipal)\s+)?"
    r"Government\s+of\s+(?:the\s+)?$"
)
"""The words of a government's name before its state, province or city ("Government of the",
"Federal Government of")."""
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
"""A body's "of" before "Government of …": "the School of Government of Peking University"
names a school, not a government (review77)."""


def _as_its_government(party: Party, text: str, warnings: list[str]) -> Party:
    """The party named as its government, where the model gave a state, province or city
    ("State of Sierra Dorada") that the text writes only in the government's name ("The
    Government of the State of Sierra Dorada and Aguas del Altiplano … signed": the blind76
    by06's); as given where the text writes it once without (the place, not its
    government), or writes none."""
    name = party.name
    if HAN.search(name) or name.startswith("Government"):
        return party
    full: set[str] = set()
    for found in written_alone(text, name):
        head = _GOVERNMENT_OF.search(text, max(0, found.start() - 50), found.start())
        if head is None or _OF_BEFORE.search(text, max(0, head.start() - 8), head.start()):
            return party
        full.add(text[head.start() : found.end()])
    if len(full) != 1:
        return party
    (named,) = full
    warnings.append(f"took party '{named}' for '{name}': the article writes it as its government's")
    return party.model_copy(update={"name": named})


def _en_one_word_short_for(short: str, known: list[Party], read_text: str) -> Party | None:
    """The one party of ``known`` (its agreement's) that the English one word ``short``
    stands for: the first word of its name, which the text writes alone after the full
    name ("Nordvik" of "Nordvik Hydrogen AS": "It was signed for Nordvik by its chief
    executive"; not "Siemens, Siemens Energy and Teesside University signed", a parent
    written before its subsidiary: review74), or the body's word its name ends in, which
    the text writes after "the" ("Authority" of "Eskmouth Harbour Authority": "on behalf
    of the Authority"; the blind73 bv04's model gave both as parties); None where it
    stands for none or two ("University" beside two universities)."""
    bare = short.removeprefix("the ").strip()
    if " " in bare or not bare[:1].isupper():
        return None
    if EN_BODYS_WORD.fullmatch(bare):
        said = re.search(rf"\b(?i:the)\s+{re.escape(bare)}\b", read_text) is not None
        fuller = [p for p in known if p.name != short and p.name.split()[-1] == bare]
    else:
        fuller = [p for p in known if p.name != short and _short_after(bare, p.name, read_text)]
        said = bool(fuller)
    return fuller[0] if said and len({p.name for p in fuller}) == 1 else None


def _short_after(word: str, name: str, read_text: str) -> bool:
    """Whether ``word`` is the first of ``name``'s words, and the text writes the name before
    it first writes the word alone, and writes the word alone."""
    words = name.split()
    if len(words) < _TWO or words[0] != word:
        return False
    alone = re.search(rf"\b{re.escape(word)}\b(?!\s+{re.escape(words[1])})", read_text)
    full = read_text.find(name)
    return alone is not None and 0 <= full < alone.start()


_AN_OFFICES_END = "厅局府委"
"""The last characters of a government office, whose contractions Chinese writes unbracketed
("省科技厅" of "江西省科学技术厅"); a hospital's or a company's may be another's ("市中医院" is
no contraction of "澜州市中心医院": a review's find)."""


_CAPITALS_ALONE = re.compile(r"[A-Z]{2,6}")
"""A party's name in capitals alone, which may be another's initials."""


def _every_words_initial(short: str, name: str) -> bool:
    """Whether ``short`` is the initials of every word of ``name``, no particle passed over
    ("HSU" of "Halvorsen State University"; not "UN" of "University of Nairobi", nor "GE" of
    "Government of Egypt": a review's finds)."""
    return "".join(word[0] for word in name.split()).upper() == short


def _the_one_full_name(party: Party, known: list[Party], read_text: str) -> Party | None:
    """The one party of ``known``, by another name, that ``party``'s Chinese name is the
    short form of: the one the text brackets after that name, an office's contraction
    (``_AN_OFFICES_END``), a company's own name before its trade and legal form
    (:func:`~coopllm.parties.company_own_name`), after its country's
    (:func:`~coopllm.parties.with_its_country`), or a university's contraction
    (:func:`~coopllm.parties.university_short_form`); or whose name the article brackets
    its Latin capitals after, or, three or more, the initials of every word of ("HSU" of
    "Halvorsen State University", the record's other party: the blind59 bh04's); None
    where there is none or more than one."""
    if not HAN.search(party.name):
        if not _CAPITALS_ALONE.fullmatch(party.name):
            return None
        spelt = [
            p
            for p in known
            if p.name != party.name
            and (
                bracketed_after(party.name, p, read_text)
                or (len(party.name) >= 3 and _every_words_initial(party.name, p.name))
            )
        ]
        return spelt[0] if len({p.name for p in spelt}) == 1 else None
    short = _a_department_of(party.name, read_text) or party.name
    fuller = {
        p.name: p
        for p in known
        if p.name != party.name
        and len(p.name) > len(short)
        and (
            bracketed_after(short, p, read_text)
            or (short[-1] in _AN_OFFICES_END and zh_short_form(short, p.name))
            or company_own_name(short, p.name)
            or with_its_country(short, p.name)
            or university_short_form(short, p.name)
        )
    }
    return next(iter(fuller.values())) if len(fuller) == 1 else None


_ZH_DEPARTMENT_TITLE = re.compile(
    rf"(?P<department>{ZH_FUNCTIONS})(?=(?:部|中心)?(?:总监|经理|主管|负责人|部长|主任))"
)
"""A department's words before a manager's title, in a signer's title: "人力资源总监",
"市场部经理"."""


def _a_department_of(name: str, read_text: str) -> str | None:
    """The body ``name`` is, where it is a body's name and a department's words that the
    article writes before a manager's title ("恒拓智能人力资源" in "恒拓智能人力资源总监钱志远"):
    the name without them; None else."""
    for found in _ZH_DEPARTMENT_TITLE.finditer(read_text):
        if read_text[: found.end()].endswith(name) and len(name) > len(found["department"]):
            return name[: -len(found["department"])]
    return None


def _short_for(short: str, party: Party, read_text: str) -> bool:
    """Whether ``short`` is the party's short form: the one the article brackets after its
    name ("江淮工业大学（以下简称“江淮工大”）": the blind11 l01's), or the contraction Chinese
    writes unbracketed ("省科技厅" of "澜江省科学技术厅": the blind27 ab01's)."""
    return bracketed_after(short, party, read_text) or zh_short_form(short, party.name)


def _with_what_it_adds(kept: Agreement, other: Agreement, read_text: str) -> Agreement:
    """``kept`` with the people (by name: "岑一帆" of "康宁生物" is the one of "康宁生物医药股份
    有限公司"), bodies and areas only ``other`` lists, and its location
    and date text where ``kept`` has none; a party ``kept`` names by the short form the
    article (``read_text``) brackets after ``other``'s name for it, by that name (the
    blind2 c06's "星河智造" for "星河智能制造有限公司（以下简称“星河智造”）")."""
    update: dict[str, object] = {
        field: [
            *getattr(kept, field),
            *(x for x in getattr(other, field) if x not in getattr(kept, field)),
        ]
        for field in ("facilitators", "established_entities", "cooperation_areas")
    }
    for role in ("signatories", "witnesses"):
        theirs: list[Signatory] = getattr(kept, role)
        named = {normalize_for_match(p.name) for p in theirs if p.name}
        update[role] = [
            *theirs,
            *(p for p in getattr(other, role) if p not in theirs and not _named_in(p, named)),
        ]
    update["location"] = kept.location or other.location
    update["date_text"] = kept.date_text or other.date_text
    update["parties"] = [_by_its_full_name(p, other.parties, read_text) for p in kept.parties]
    return kept.model_copy(update=update)


def _named_in(person: Signatory, names: set[str]) -> bool:
    """Whether the person is named and their name is one of ``names`` (matching forms)."""
    return person.name is not None and normalize_for_match(person.name) in names


def _by_its_full_name(party: Party, others: list[Party], read_text: str) -> Party:
    """The party, or the one of ``others`` it is the short form of (:func:`_short_for`),
    with it among its aliases."""
    full = next((o for o in others if _short_for(party.name, o, read_text)), None)
    if full is None:
        return party
    aliases = [*full.aliases, *(n for n in party.all_names if n not in full.all_names)]
    return full.model_copy(update={"aliases": aliases})


def _no_headline_repeat(
    agreements: list[Agreement],
    headline: str | None,
    checker: Checker,
    warnings: list[str],
) -> list[Agreement]:
    """An agreement given twice, once under words of the headline alone (the blind8 i01's
    "cold-region farming memorandum with Finnish agency" beside its "memorandum of
    understanding"), or under a subheading's words that tell the signing
    (``_A_DOCUMENT_SIGNED_IN``: "Memorandum signed in Dresden", the blind74 bw04's), as
    one: the same named signers, parties and day as one titled in the body. The titled one
    stays, with what the other adds. Not one with no title, whose
    paraphrased title the guard dropped (two documents may be signed by the same people:
    ``_distinct``'s review find), nor where the article counts its documents or names two
    in one sentence."""
    repeats = [
        a
        for a in agreements
        if a.title
        and (
            (
                headline is not None
                and finds(a.title, headline)  # the headline's words, and only the headline's
                and not _body_titled(a.title, headline, checker.text)
            )
            or _A_DOCUMENT_SIGNED_IN.match(a.title) is not None
        )
    ]
    if not repeats or _SEVERAL_DOCUMENTS.search(checker.rules_text):
        return agreements  # the article read only where the headline titles one
    if _TWO_DOCUMENTS.search(checker.rules_text):
        return agreements  # "签署《A协议》和《B协议》", "an MoU … and a supply contract"
    kept = list(agreements)
    for repeat in repeats:
        twin = next(
            (
                a
                for a in kept
                if a is not repeat and _same_signing(a, repeat, headline, checker.text)
            ),
            None,
        )
        if twin is None:
            continue
        warnings.append(
            f"dropped agreement '{repeat.title}': the same signing as '{twin.title}', "
            "under words of the headline alone"
        )
        kept = [
            _with_what_it_adds(a, repeat, checker.read_text) if a is twin else a
            for a in kept
            if a is not repeat
        ]
    return kept


_A_DOCUMENT_SIGNED_IN = re.compile(
    r"(?:memorandum|agreement|mou|deal|pact|contract|accord)s?\s+(?:signed|inked)\s+(?:in|at)\s",
    re.IGNORECASE,
)
"""A subheading's words given as a title: "Memorandum signed in Dresden" (the blind74
bw04's), the signing told, no document named."""
_CEREMONY = re.compile(r"(?:仪式|典礼)$|\bceremony$", re.IGNORECASE)
"""A title that names the signing's ceremony ("合作项目集中签约仪式", "signing ceremony"): no
document is named so."""


def _no_ceremony_for_a_title(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The record without the ceremony the model gave as an agreement, titled by it (the
    blind16 q03's "合作项目集中签约仪式" beside the "共建创新药物联合实验室协议" it held the
    signing of): where a document of the same parties and signers stands beside it, it is
    that one's signing, and gives it the witnesses, day and place it lacks; else it keeps
    all but the title, which names no document."""
    kept = list(agreements)
    for agreement in agreements:
        if not agreement.title or not _CEREMONY.search(agreement.title.strip()):
            continue
        twin = next((a for a in kept if _signed_there_too(agreement, a, checker)), None)
        if twin is None or _several_documents(checker):
            warnings.append(f"dropped title '{agreement.title}': it names the ceremony")
            kept = [a.model_copy(update={"title": None}) if a is agreement else a for a in kept]
            continue
        warnings.append(
            f"dropped agreement '{agreement.title}': the ceremony of signing '{twin.title}'"
        )
        joined = _with_what_it_adds(twin, agreement, checker.read_text)
        joined = joined.model_copy(
            update={"date_signed": twin.date_signed or agreement.date_signed}
        )
        kept = [joined if a is twin else a for a in kept if a is not agreement]
    return kept


def _several_documents(checker: Checker) -> bool:
    """Whether a sentence of signing names two documents, the same signers' ("签署了战略合作
    框架协议，并签署了《共建联合实验室协议》": a review's find): the ceremony may be the
    other's. (Not where the article counts projects: "三个合作项目集中签约", each titled.)"""
    text = checker.rules_text
    return any(
        len(DEAL.findall(text, start, end)) >= _TWO for start, end in checker.signing_sentences()
    )


_TWO = 2


def _signed_there_too(ceremony: Agreement, document: Agreement, checker: Checker) -> bool:
    """Whether ``document``, titled by no ceremony, is one the ceremony agreement tells:
    the same parties, and every signer the ceremony names among its own."""
    if document is ceremony or not document.title or _CEREMONY.search(document.title.strip()):
        return False
    signers = [signer_keys(a.signatories) for a in (ceremony, document)]
    return _one_set_of_parties(ceremony.parties, document.parties, checker.read_text) and (
        signers[0] <= signers[1]
    )


def _no_empty_twin(
    agreements: list[Agreement],
    checker: Checker,
    warnings: list[str],
    headline: str | None,
) -> list[Agreement]:
    """The record without an agreement that holds nothing of its own: no title (the
    model's paraphrase dropped), no person or body, and the parties of the
    one titled agreement beside it (the blind11 l02's "strategic cooperation agreement",
    given beside "共建…联合实验室合作协议" for "…签署合作协议"): the same signing, which
    gives the titled one its place and date where it has none (its date text with its day:
    "近日" and no day, where the titled one kept a day from a date text the article does
    not write, the blind68 bq03's). Likewise one titled with
    the headline's words alone and no person (the blind18 s02's "校企合作协议" of "…签署校企
    合作协议 共建智能装备研究院", whose base the model gave it): its bodies go to the titled
    one; its signers too, where the titled one names none and no sentence signs it by its
    title (:func:`_signed_shell`). Not
    where the article counts its documents, names two in one sentence, or tells another
    document signed (:func:`~coopllm.guard.reading.another_document`; the twin's title
    after its party's name is no other: "…西南区域营销服务分公司校企合作协议签约仪式", the
    blind68 bq03's). Beside
    other documents, only where each is titled in the body and no other has the shell's
    parties (:func:`_its_one_twin`: the blind19 t01's untitled ceremony beside its
    《科技创新战略合作协议》 and three sub-agreements of other parties)."""
    text = checker.text
    empty = [a for a in agreements if _holds_nothing(a, headline, text)]
    signed = not empty  # a headline's title with the signers its twin lacks (the blind52 ba03's)
    if signed:
        empty = [a for a in agreements if a.signatories and _signed_shell(a, headline, text)]
    if len(empty) != 1 or not empty[0].parties:
        return agreements
    shell = empty[0]
    twin = _its_one_twin(shell, agreements, checker, headline)
    if twin is None or not _witnessed_its_signing(shell.witnesses, twin, checker):
        return agreements
    if signed and (twin.signatories or (twin.title and checker.titles_signing(twin.title))):
        return agreements  # the twin signed in a sentence of its own: two (a review's find)
    if len(agreements) == _TWO and (
        _SEVERAL_DOCUMENTS.search(checker.rules_text) or _TWO_DOCUMENTS.search(checker.rules_text)
    ):
        return agreements
    others = [a for a in agreements if a is not shell and a is not twin]
    names = [name for party in twin.parties for name in party.all_names]
    if any(
        another_document(
            checker.text[start:end].replace(shell.title or "\0", ""), twin.title, names
        )
        and signed_now(checker.rules_text[start:end])
        and not _told_of_the_others((start, end), others, shell, checker)
        for start, end in checker.signing_sentences()
    ):
        return agreements  # "The two also signed a contract …": a review's find
    if shell.date_signed and twin.date_signed and shell.date_signed != twin.date_signed:
        return agreements
    said = f"'{shell.title}', titled by the headline alone" if shell.title else "'untitled'"
    holds = (
        f"its signers alone, which '{twin.title}' lacks"
        if signed
        else (f"nothing '{twin.title}' does not")
    )
    warnings.append(f"dropped agreement {said}: it holds {holds}")
    day = twin.date_signed or shell.date_signed
    if shell.date_text and not twin.date_text:  # its day goes with the date text it takes
        day = shell.date_signed
    merged = _with_what_it_adds(twin, shell, checker.read_text).model_copy(
        update={"date_signed": day}
    )
    return [merged if a is twin else a for a in agreements if a is not shell]


def _witnessed_its_signing(witnesses: list[Signatory], twin: Agreement, checker: Checker) -> bool:
    """Whether every one of a shell's ``witnesses`` is named in the sentence that signs
    its twin ("在副省长周立衡和华拓集团董事长韩启明的共同见证下，…签署《科技创新战略合作协议》":
    the blind19 t01's), so they are the twin's witnesses, not the shell's own."""
    if not witnesses:
        return True
    sentences = [
        sentence
        for sentence in checker.signing_sentences()
        if twin.title and checker.mentions_in(twin.title, sentence)
    ]
    return any(
        all(person.name and checker.mentions_in(person.name, sentence) for person in witnesses)
        for sentence in sentences
    )


def _told_of_the_others(
    sentence: Sentence, others: list[Agreement], shell: Agreement, checker: Checker
) -> bool:
    """Whether a sentence that tells documents other than a twin's tells the record's
    ``others``: it names one's title or a party the ``shell`` has not (not "Acme and Beta
    also signed a talent training contract" beside Acme's supply contract with Gamma: a
    review's find), or counts them ("同步签署3项子协议" beside three sub-agreements: the
    blind19 t01's headline); not one that joins two documents."""
    words = checker.rules_text[slice(*sentence)]
    if not others or _TWO_DOCUMENTS.search(words):
        return False  # "… a Supply Contract with Gamma and a talent training contract with Beta"
    own = {normalize_for_match(n) for p in shell.parties for n in p.all_names}
    names = [
        n
        for a in others
        for n in (a.title or "", *(m for p in a.parties for m in p.all_names))
        if normalize_for_match(n) not in own
    ]
    if any(name and checker.mentions_in(name, sentence) for name in names):
        return True
    counted = {small_count(n) for n in _DOCUMENTS_COUNTED.findall(words)}
    return counted == {len(others)}


_DOCUMENTS_COUNTED = re.compile(rf"({SMALL_COUNT})\s*[份项个](?=[^，。；,;]{{0,6}}?(?:协议|合同))")


def _its_one_twin(
    shell: Agreement,
    agreements: list[Agreement],
    checker: Checker,
    headline: str | None,
) -> Agreement | None:
    """The one agreement titled in the body that has ``shell``'s parties, where every
    other agreement is titled in the body too (each document the article signs is
    accounted for, so the shell is none of them) and names other parties; None where
    there is no such one."""
    others = [a for a in agreements if a is not shell]
    if not all(_body_titled(a.title, headline, checker.text) for a in others):
        return None
    twins = [a for a in others if _one_set_of_parties(shell.parties, a.parties, checker.read_text)]
    return twins[0] if len(twins) == 1 else None


def _no_fold(agreements: list[Agreement], checker: Checker, warnings: list[str]) -> list[Agreement]:
    """The record without an agreement that names no document (no title, or one without a
    document's word: the blind18 s03's "招商引资", a breadcrumb's) and folds the parties of
    two or more documents the record has apart: every party of it is a party of one of
    them, no one of them has all its parties, it has no signer of its own, and no signing
    sentence names all its parties (not a tripartite deal signed beside two contracts
    between pairs of its parties: a review's finds); a party no signing names, the event's
    host, aside (:func:`_signs_nothing`), beside two or more of the documents' parties (not
    a tripartite deal whose parties no signing sentence names: a review's find). The model
    gave the whole trip's signings as one beside each; each stays on its own. Of two
    parties, only an untitled one the record holds beyond the documents the article counts
    (:func:`_a_pair_beyond_the_count`: the blind46 au01's district government and the
    company its university signed with, where "上述两项协议" were signed)."""
    documents = [a for a in agreements if a.title and DEAL.search(a.title)]
    signers = {normalize_for_match(p.name) for d in documents for p in d.signatories if p.name}
    kept: list[Agreement] = []
    brokers: list[str] = []  # the folded ones' facilitators, each to its own document
    for agreement in agreements:
        names = [n for d in documents if d is not agreement for p in d.parties for n in p.all_names]
        own_signers = [
            p
            for p in agreement.signatories
            if p.name and normalize_for_match(p.name) not in signers
        ]
        folded = (
            not (agreement.title and DEAL.search(agreement.title))
            and not own_signers
            and not _signed_together(agreement.parties, checker)
            and len(documents) >= _TWO
            and (
                len(agreement.parties) > _TWO
                or _a_pair_beyond_the_count(agreement, agreements, checker)
            )
            and all(
                is_named(party, names) or _signs_nothing(party, checker)
                for party in agreement.parties
            )
            and sum(is_named(party, names) for party in agreement.parties) >= _TWO
            and not any(
                all(is_named(party, [n for p in d.parties for n in p.all_names])
                    for party in agreement.parties)
                for d in documents
            )
        )  # fmt: skip
        if not folded:
            kept.append(agreement)
            continue
        warnings.append(
            f"dropped agreement '{agreement.title or 'untitled'}': it names no document and "
            f"folds the parties of {len(documents)} documents the record gives apart"
        )
        brokers.extend(agreement.facilitators)
    for body in dict.fromkeys(brokers):
        kept = _facilitator_to_its_document(body, kept, checker, warnings)
    return kept


def _facilitator_to_its_document(
    body: str, agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The agreements with a folded agreement's facilitator given to the one document whose
    paragraph says it facilitated (the blind39 an03's "该项目由深圳市江淮商会牵线促成" under the
    first of three projects); as they were where no paragraph, or more than one document
    of it, does."""
    text = checker.text
    for start, _ in checker.facilitating_sentences(body):
        opening, closing = text.rfind("\n", 0, start) + 1, text.find("\n", start)
        paragraph = text[opening : closing if closing >= 0 else len(text)]
        theirs = [a for a in agreements if a.title and finds(a.title, paragraph)]
        if len(theirs) != 1 or body in theirs[0].facilitators:
            continue
        warnings.append(f"moved facilitator '{body}' to '{theirs[0].title}': its paragraph's")
        update = {"facilitators": [*theirs[0].facilitators, body]}
        return [a.model_copy(update=update) if a is theirs[0] else a for a in agreements]
    return agreements


def _a_pair_beyond_the_count(
    agreement: Agreement, agreements: list[Agreement], checker: Checker
) -> bool:
    """Whether an untitled agreement of two parties is one more than the article counts,
    holding signers (the documents' own: :func:`_no_fold` refuses one with its own); not
    one of no signer, which a sentence the count leaves out may tell ("同日，区政府还与该公司
    签署了…投资协议": a review's find)."""
    return (
        len(agreement.parties) == _TWO
        and not agreement.title
        and bool(agreement.signatories)  # the documents' signers, borrowed
        and _more_than_counted(agreements, checker)
    )


def _signs_nothing(party: Party, checker: Checker) -> bool:
    """Whether no sentence of a signing names the party: the event's host, not a party of
    the documents an umbrella agreement folds ("由淮澄市人民政府主办" above "共有3个项目现场
    签约": the blind39 an03's model gave the city government beside the three documents'
    parties)."""
    return not any(
        checker.mentions_in(name, sentence)
        for name in party.all_names
        for sentence in checker.signing_sentences()
    )


def _no_untitled_copy(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The record without an untitled agreement that is a titled one's signing told again:
    the same named signers as one titled agreement alone, or all of them and more (the
    blind84 cg02's titled one held its county head alone, the untitled one both), a party
    written as a description, not a name (:func:`_described`), or more agreements in the
    record than
    the article counts documents (the blind38 am05's model gave "Inland Terminal Framework
    Agreement" again, titled "framework_agreement", where the article counts "two new
    agreements"; of its type: not "also signed a memorandum" beside "two project contracts",
    a review's find), each other party one of its parties,
    no other day (not a second document the same two signed for the same two parties,
    "also signed a separate agreement": the eleventh review's finds). The blind24 y05's
    model gave the lead's "A Chinese port engineering company, a Kenyan state skills
    regulator and a coastal maritime academy signed a three-way agreement" beside the
    "Tripartite Agreement …" its next sentence titles, the same three signers on both;
    what it adds (a witness) goes to the titled one. Or where the sentences of those
    signers signing name the titled one's document alone (:func:`_their_one_document`)."""
    kept = list(agreements)
    for copy in [a for a in agreements if not a.title]:
        signers = signer_keys(copy.signatories)
        twins = [
            a
            for a in kept
            if a.title and signers and (theirs := signer_keys(a.signatories)) and theirs <= signers
        ]
        if len(twins) != 1:
            continue
        twin = twins[0]
        names = [n for p in twin.parties for n in p.all_names]
        described = [p for p in copy.parties if _described(p.name)]
        if (
            not (
                described
                or (
                    copy.agreement_type == twin.agreement_type and _more_than_counted(kept, checker)
                )
                or _their_one_document(copy, twin, kept, checker)
            )
            or not all(is_named(p, names) or p in described for p in copy.parties)
            or (copy.date_signed and twin.date_signed and copy.date_signed != twin.date_signed)
        ):
            continue
        warnings.append(
            f"dropped agreement 'untitled': the signing of '{twin.title}' told again, by "
            "the same signers"
        )
        merged = _with_what_it_adds(twin, copy, checker.read_text)
        kept = [merged if a is twin else a for a in kept if a is not copy]
    return kept


def _their_one_document(
    copy: Agreement, twin: Agreement, agreements: list[Agreement], checker: Checker
) -> bool:
    """Whether the article tells the copy's signers signing the twin's document alone:
    each sentence that names them all signing names the twin's title and no other
    document, and no sentence tells a document signed that the record has not (the
    blind46 au03's "…簽署合作意向書，由縣長張文彬與校長許明哲代表雙方簽署", given once
    titled and once untitled; not "… also signed a supply contract", whose copy the
    record would lose; nor an earlier one, "雙方此前已簽署戰略合作協議": a review's find;
    one only to come tells no signing: "表示将尽快推动签署战略合作协议", the blind85 ch03's)."""
    title = twin.title
    names = [p.name for p in copy.signatories if p.name]
    if not title or not names:
        return False
    own = simplified(title)
    theirs = [
        sentence
        for sentence in checker.signing_sentences()
        if all(checker.mentions_in(name, sentence) for name in names)
    ]
    others = [a for a in agreements if a is not copy and a is not twin]
    return (
        bool(theirs)
        and all(
            (
                checker.mentions_in(title, sentence)
                or _titled_next(sentence, title, checker)
                or _titled_before(sentence, title, checker)
                or _called_by_its_kind(sentence, title, checker)
            )
            and not another_document(checker.rules_text[slice(*sentence)], own)
            for sentence in theirs
        )
        and not any(
            another_document(checker.rules_text[start:end].replace(own, ""), own)
            and not (
                checker.in_the_headline(start)
                and _its_title_shortened(checker.rules_text[start:end], own)
            )
            and not TOLD_AS_EARLIER.search(checker.rules_text, start, end)
            and not _told_of_the_others((start, end), others, copy, checker)
            for start, end in checker.any_signings
        )
    )


def _its_title_shortened(words: str, title: str) -> bool:
    """Whether every document ``words`` name is the title shortened: its words (Chinese:
    its characters) in the title's order, the title's last ("合作备忘录" of "国际职业教育合作
    谅解备忘录" in the blind69 br03's headline), or a bare "deal", "pact" or "accord", a
    headline's word for whatever was signed ("Nakuru County, SolarBridge ink deal to
    solarise …" over "a ten-year cooperation agreement": the blind77 bz04's). Read of a
    headline only: in the body, "还与…签署了教育合作备忘录" is another document, however its
    words fall (a review's find)."""
    kinds = kinds_named(words)
    return bool(kinds) and all(
        shortened(kind, title) or kind in _A_HEADLINES_DEAL for kind in kinds
    )


_A_HEADLINES_DEAL = frozenset({"deal", "pact", "accord"})


def _called_by_its_kind(sentence: Sentence, title: str, checker: Checker) -> bool:
    """Whether a sentence of signing calls the document by its kind's word alone, the word
    its title (read in Simplified characters) ends with, where another sentence tells its
    signing by its title as written ("…正式签署《国际职业教育合作谅解备忘录》" and then "…分别代
    表双方在线签署备忘录": the blind69 br03's, whose model gave the signing twice, once
    untitled; "…簽署《醫學人工智能科研合作協議》" and "…分別代表兩校院簽署協議" in Traditional
    characters, the blind90 cm02's)."""
    kinds = kinds_named(checker.rules_text[slice(*sentence)])
    return (
        bool(kinds)
        and all(simplified(title).endswith(kind) for kind in kinds)
        and bool(checker.titles_signing(title))
    )


def _titled_before(sentence: Sentence, title: str, checker: Checker) -> bool:
    """Whether a sentence of signing that names no document follows one (its paragraph's
    or the last of the paragraph before) that writes the titled document's ceremony or its
    signing and no other document
    ("…年产6GWh储能电池生产基地项目投资协议签约仪式在县行政中心二楼第一会议室举行。何建平县长与…分别
    代表双方签约": the blind84 cg02's, whose model gave the signing twice, once untitled;
    "…在…报告厅签署《共建智能焊接联合实验室合作协议》。…周启航与…何雅琴分别代表双方签约": the
    blind85 ch03's)."""
    if DEAL.search(checker.rules_text, *sentence) or _ANOTHER_SIGNING.search(
        checker.rules_text, *sentence
    ):
        return False
    before = checker.sentence_before(sentence, across=True)
    if before is None:
        return False
    words = checker.rules_text[slice(*before)]
    read = checker.read_text
    return any(
        _ITS_CEREMONY.match(read, end) or _SIGNS_IT.search(read, max(0, start - 4), start)
        for start, end in checker.mentions_in(title, before)
    ) and not another_document(words.replace(simplified(title), ""), simplified(title))


_ANOTHER_SIGNING = re.compile(
    r"又|另|再|就[^，。；]{1,30}?签|上午|下午|晚上|当天|当日|同日|次日|随后"
)
"""Words that make a signing sentence another signing than the one before it: "当天下午，
…又代表双方就共建…实验室签约" (review87)."""
_ITS_CEREMONY = re.compile(r"》?\s*(?:签约|签署|签字)仪式")
"""A document's ceremony written right after its title ("…投资协议签约仪式")."""
_SIGNS_IT = re.compile(r"(?:签署|签订)了?《$")
"""A document's signing written right before its title ("签署《…协议》")."""


def _titled_next(sentence: Sentence, title: str, checker: Checker) -> bool:
    """Whether a sentence of signing that names no document is followed by one that
    titles it and tells no signing: "Mayor Kanzaki signed on behalf of the City …, and
    Provost Okafor signed on behalf of HSU. The document, formally titled the "Agreement on
    Educational Exchange and Partnership," …" (the blind59 bh04's)."""
    if DEAL.search(checker.rules_text, *sentence):
        return False
    following = checker.sentence_after(sentence)
    return (
        following is not None
        and following not in checker.any_signings
        and not checker.tells_another_signing(checker.read_text[slice(*following)])
        and bool(checker.mentions_in(title, following))
    )


def _no_copy_of_the_signed(agreements: list[Agreement], warnings: list[str]) -> list[Agreement]:
    """The record without an agreement no one signed that holds nothing the signed ones do
    not (its parties, witnesses, founded bodies and facilitators each one of theirs): an
    untitled summary of a ceremony's documents, or one titled as a word of another's title,
    beside two signed ones or more (the blind50 ay01's "strategic_cooperation" of the
    hospital, the university and the company, whose two documents each hold two of them;
    ay06's "memorandum of understanding" of the council's partnership); or the one signed
    document's own name where that one holds a short form of it (ay02's "…项目投资协议之补充
    协议" beside the signed "补充协议": the signed one takes the name)."""
    signed = [a for a in agreements if any(p.name for p in a.signatories)]
    kept = list(agreements)
    for copy in agreements:
        if copy.signatories:
            continue
        if not _held_by(copy, signed):
            kept = _folded_into_its_twin(copy, kept, signed, warnings)
            continue
        title = simplified(copy.title or "").casefold()
        named = [a for a in signed if a.title and simplified(a.title).casefold() in title]
        if (
            len(named) == 1
            and len(title) > len(named[0].title or "")
            and _same_parties(copy, named[0])
        ):
            twin = named[0]
            warnings.append(
                f"dropped agreement '{copy.title}': the name of '{twin.title}', signed, which "
                "takes it"
            )
            kept = [twin.model_copy(update={"title": copy.title}) if a is twin else a for a in kept]
            kept = [a for a in kept if a is not copy]
            continue
        if len(signed) < _TWO or (
            title and not any(title in simplified(a.title or "").casefold() for a in signed)
        ):
            continue
        warnings.append(
            f"dropped agreement '{copy.title or 'untitled'}': no one signed it, and the signed "
            "ones hold all it holds"
        )
        kept = [a for a in kept if a is not copy]
    return kept


def _no_untitled_part_of_the_signed(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The record without an untitled agreement no one signed or witnessed, of some of the
    parties of the one signed agreement and of its day or none, folded into it (the blind73
    bv05's model gave the college and the car maker's earlier "订单班培养协议" beside their
    three-party agreement, under a title no article writes: the guard dropped the title and
    dated it by the ceremony, a copy of its parties and day that held the broker); as it
    is where the article counts two documents or more or names two in one sentence
    (``_TWO_DOCUMENTS``), or tells another signed beside it (``_ALSO_SIGNED``: "At the same
    ceremony, the university and Kestrel Analytics also signed an agreement on student
    placements": review74), or none is signed by name."""
    signed = [a for a in agreements if any(p.name for p in a.signatories)]
    if len(signed) != 1:
        return agreements
    (twin,) = signed
    names = [n for p in twin.parties for n in p.all_names]
    parts = [
        a
        for a in agreements
        if a is not twin
        and not (a.title or a.signatories or a.witnesses)
        and a.parties
        and all(is_named(p, names) for p in a.parties)
        and a.date_signed in (None, twin.date_signed)
    ]
    text = checker.rules_text  # read only where there is a part: the scans cost
    if not parts or _documents_counted(text) >= _TWO:
        return agreements
    if _TWO_DOCUMENTS.search(text) or _ALSO_SIGNED.search(text):
        return agreements  # "签署合作协议和保密协议", "also signed": the other may be the second
    merged = twin
    for part in parts:
        warnings.append(
            f"dropped agreement 'untitled': unsigned, of some of the parties of "
            f"'{twin.title or 'untitled'}' and its day, which takes what it holds"
        )
        merged = _with_what_it_adds(merged, part, checker.read_text)
    return [merged if a is twin else a for a in agreements if a not in parts]


_ALSO_SIGNED = re.compile(
    r"\balso\s+(?:\w+\s+){0,2}?(?:signed|inked)\b"
    r"|\b(?:separate|second|another)\s+(?:[\w-]+\s+){0,3}?(?:agreement|memorandum|mou|contract)"
    r"|(?:还|另|也|亦|又)(?:与|和|同)[^，。；,;]{1,24}?(?:签署|签订|签约)|另(?:外|行)?签(?:署|订)",
    re.IGNORECASE,
)
"""Words that tell another document signed beside the one told: "also signed", "a separate
agreement", "同日，…还与…签署了…" (the review70 test's), "另签署"; not "并于会上签署", "这也是
三方首次签署" (review75)."""
_ONE_OF_ALL_THE_PARTIES = Needing(
    re.compile(
        r"\b(?:tripartite|trilateral|three-party|three-way|quadripartite|four-party)\b"
        r"|[三四五多]方(?:合作|战略|框架|共建)?(?:协议|合同|备忘录)",
        re.IGNORECASE,
    ),
    ("tripartite", "trilateral", "three-party", "three-way", "quadripartite", "four-party", "方"),
)
"""A document of all the parties named as one ("a tripartite cooperation agreement",
"三方合作协议"): an untitled record of them all may be it (a review's find)."""


def _no_summary_of_the_signed(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The record without an untitled agreement that sums up a ceremony's titled ones,
    beside two titled signed ones or more: its parties and signers all of theirs and no
    other, its witnesses, founded bodies and facilitators each one of theirs
    (:func:`_held_by`; the blind67 bp02's: the university, both companies and the three
    signers in one untitled record, beside "产学研合作协议" and "共建…联合研究中心协议", each
    the university's with one company). Not a mix of some of theirs, which may be a
    document of its own where the article counts none (the blind46 test's); nor where the
    article counts more documents than the titled ones ("signed three documents: a
    memorandum of understanding, the … Agreement and the … Agreement") or tells one of all
    the parties (``_ONE_OF_ALL_THE_PARTIES``: a review's finds). A signed sibling of
    :func:`_no_copy_of_the_signed`."""
    if _ONE_OF_ALL_THE_PARTIES.search(checker.read_text):
        return agreements
    for summary in agreements:
        signers = {normalize_for_match(p.name) for p in summary.signatories if p.name}
        titled = [a for a in agreements if a is not summary and a.title and a.signatories]
        theirs = {normalize_for_match(p.name) for a in titled for p in a.signatories if p.name}
        if summary.title or not signers or len(titled) < _TWO:
            continue
        if _documents_counted(checker.rules_text) > len(titled):
            continue
        names = [n for p in summary.parties for n in p.all_names]
        whole = all(is_named(p, names) for a in titled for p in a.parties)
        if signers == theirs and whole and _held_by(summary, titled):
            warnings.append(
                "dropped agreement 'untitled': its parties and signers are those of the "
                "titled agreements signed with it, which it sums up"
            )
            return [a for a in agreements if a is not summary]
    return agreements


def _no_signed_twin(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The record without an agreement given twice, the same signers and parties and its
    title written two ways, apart by case and a "the" (the blind50 ay05's "Second Amendment
    to Container Terminal 2 Concession Agreement" and "Second Amendment to the …"; not one
    title twice, which may be two documents: :func:`_distinct`), or with its parties' names
    before it (the blind53 bb03's "合作谅解备忘录" and "瓯江理工大学与马来西亚吉打苏丹理工大学
    合作谅解备忘录"), or one title twice where it is one document (:func:`_one_document_twice`):
    the one kept is dated by the article, not by the page's date line,
    takes the title as the article writes it, and the people, bodies and place only the
    other holds."""
    kept = list(agreements)
    for copy in agreements:
        signers = signer_keys(copy.signatories)
        twins = [
            a
            for a in kept
            if a is not copy
            and len(signers) >= _TWO
            and signer_keys(a.signatories) == signers
            and _same_parties(copy, a)
            and (a.title != copy.title or _one_document_twice(a, copy, agreements, checker))
            and _twin_titles(a, copy, checker.rules_text)
        ]
        if len(twins) != 1 or not any(a is copy for a in kept):  # by identity: twins are equal
            continue
        twin = twins[0]
        page_dated = copy.date_text is None or only_on_the_page_date_line(
            copy.date_text, checker.text
        )
        if page_dated:
            continue  # the twin stays, and this one goes when its turn comes
        titles = sorted((t for t in (twin.title, copy.title) if t), key=len, reverse=True)
        title = next((t for t in titles if finds(t, checker.text)), copy.title)
        warnings.append(
            f"dropped agreement '{twin.title}': '{copy.title}' given again, signed by the same "
            "people for the same parties"
        )
        merged = _with_what_it_adds(copy, twin, checker.read_text)
        kept = [merged.model_copy(update={"title": title}) if a is copy else a for a in kept]
        kept = [a for a in kept if a is not twin]
    return kept


def _one_document_twice(
    one: Agreement, other: Agreement, agreements: list[Agreement], checker: Checker
) -> bool:
    """Whether two agreements of one title, the same signers and parties (see
    :func:`_no_signed_twin`), are one document given twice: signed the same day, at one
    place, and the article counts fewer documents than the record holds (the blind46 au03's
    "合作意向書", once as the page writes it and once in the model's characters, which the
    guard then read as the page writes it: review93's mend), no place apart. One title twice
    may otherwise be two documents (:func:`_distinct`)."""
    places = {a.location for a in (one, other) if a.location}
    return (
        one.date_signed == other.date_signed
        and len(places) <= 1
        and len(agreements) > _all_counted(checker.rules_text)
    )


def _title_key(title: str | None) -> str:
    """A title as twins share it: its case and its "the" aside."""
    return " ".join(w for w in (title or "").casefold().split() if w != "the")


_PARTIES_JOINED = re.compile(r"(?:[\s与和及同、&/–—-]|\band\b)*")
"""What joins the parties' names before a title ("甲大学与乙大学合作谅解备忘录"), the names
taken out."""


def _twin_titles(one: Agreement, other: Agreement, text: str) -> bool:
    """Whether two titles are one document's: the same apart by case and a "the"
    (:func:`_title_key`), one the other with the parties' names before it, or one the
    other's kind of document alone, of the same day ("补充协议" of "中老冷链班列运营合同补充协议":
    the blind74 bw03's, each with the same signers and parties), unless the text (in
    Simplified characters) tells the kind signed apart (:func:`_signed_apart`)."""
    if _title_key(one.title) == _title_key(other.title):
        return True
    short, long = sorted((one.title or "", other.title or ""), key=len)
    if not short or not long.endswith(short):
        return False
    same_day = one.date_signed is not None and one.date_signed == other.date_signed
    if same_day and _ZH_KIND_ALONE.fullmatch(simplified(short)):
        return not _signed_apart(simplified(short), simplified(long), text)
    before = long[: -len(short)]
    for name in sorted({n for p in one.parties for n in p.all_names}, key=len, reverse=True):
        before = before.replace(name, " ")
    return before != long[: -len(short)] and _PARTIES_JOINED.fullmatch(before) is not None


def _signed_apart(short: str, long: str, text: str) -> bool:
    """Whether the text writes the kind ``short`` outside the title ``long``, in a clause
    that signs one more (``_ANOTHER_SIGNED``: "双方还签署了一份项目投资协议", a second
    document, review76; not "根据补充协议，班列将增开…", the titled one named again)."""
    inside = [(m.start(), m.end()) for m in re.finditer(re.escape(long), text)]
    for found in re.finditer(re.escape(short), text):
        if any(at <= found.start() and found.end() <= until for at, until in inside):
            continue
        opening = max(text.rfind(stop, 0, found.start()) for stop in "，。；,;\n") + 1
        if _ANOTHER_SIGNED.search(text, opening, found.start()):
            return True
    return False


_ANOTHER_SIGNED = re.compile(r"(?:还|另|又|再)[^，。；,;\n]{0,8}?签")
"""A clause that signs one more ("双方还签署了一份…"), not the headline's or the lead's
"签署补充协议" of the titled one (the blind74 bw03's)."""


_ZH_KIND_ALONE = re.compile(
    r"(?:战略|合作|框架|补充|谅解|意向|投资|项目|技术|开发|服务|共建|采购|供应)*"
    r"(?:协议书?|合同|备忘录|意向书|协定)"
)
"""A Chinese document's kind alone, which names no document of its own: of one day's
signing, the titled one's (not "合作协议" signed two days after "智慧港口建设合作协议" by the
same two: review75); "投资协议" of "青岚县200兆瓦时独立储能电站项目投资协议" (the blind75
bx06's)."""


def _folded_into_its_twin(
    copy: Agreement, kept: list[Agreement], signed: list[Agreement], warnings: list[str]
) -> list[Agreement]:
    """The record with an unsigned agreement folded into the one signed agreement of the
    same parties, its people and bodies going to it, where its title is none or a word of
    another signed agreement's title (the blind50 ay06's "memorandum of understanding" of the
    council and the polytechnic, holding the witnesses of their partnership agreement,
    beside the polytechnic's "Memorandum of Understanding with Harbourline …")."""
    title = simplified(copy.title or "").casefold()
    twins = [a for a in signed if _same_parties(copy, a)]
    if len(twins) != 1 or not any(
        a is not twins[0] and title in simplified(a.title or "").casefold() for a in signed
    ):
        return kept
    twin = twins[0]
    have = {normalize_for_match(p.name) for p in (*twin.witnesses, *twin.signatories) if p.name}
    merged = twin.model_copy(
        update={
            "witnesses": [
                *twin.witnesses,
                *(p for p in copy.witnesses if p.name and normalize_for_match(p.name) not in have),
            ],
            "established_entities": list(
                dict.fromkeys([*twin.established_entities, *copy.established_entities])
            ),
            "facilitators": list(dict.fromkeys([*twin.facilitators, *copy.facilitators])),
        }
    )
    warnings.append(
        f"dropped agreement '{copy.title or 'untitled'}': unsigned, of the parties of "
        f"'{twin.title or 'untitled'}', which takes what it holds"
    )
    return [merged if a is twin else a for a in kept if a is not copy]


def _held_by(copy: Agreement, signed: list[Agreement]) -> bool:
    """Whether each party, witness, founded body and facilitator of ``copy`` is one of the
    ``signed`` agreements'."""
    names = [n for a in signed for p in a.parties for n in p.all_names]
    people = {normalize_for_match(p.name) for a in signed for p in a.witnesses if p.name}
    bodies = {normalize_for_match(b) for a in signed for b in a.established_entities}
    helpers = {normalize_for_match(b) for a in signed for b in a.facilitators}
    return (
        bool(copy.parties)
        and all(is_named(p, names) for p in copy.parties)
        and all(normalize_for_match(p.name) in people for p in copy.witnesses if p.name)
        and all(normalize_for_match(b) in bodies for b in copy.established_entities)
        and all(normalize_for_match(b) in helpers for b in copy.facilitators)
    )


def _same_parties(one: Agreement, other: Agreement) -> bool:
    """Whether two agreements name the same parties."""
    names = [n for p in other.parties for n in p.all_names]
    return len(one.parties) == len(other.parties) and all(is_named(p, names) for p in one.parties)


_RENEWED = re.compile(r"^(?:the\s+)?(?:renewed|amended|revised|extended|supplemental)\s+", re.I)
"""A renewal's word before the name of the document it renews: "Renewed Strategic
Cooperation Framework Agreement"."""


def _no_original_of_its_renewal(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The record without an agreement titled as the document another renews ("strategic
    cooperation framework agreement" beside "Renewed Strategic Cooperation Framework
    Agreement": the blind80 cc04's, a listed company's announcement that recalls the
    original of 2023), where both have the same parties, the same named signers and no
    other day, and the article writes the original's title only in sentences of an
    earlier year: the renewal's signing told twice."""
    kept = list(agreements)
    for renewal in agreements:
        renewed = _RENEWED.match(renewal.title or "")
        if renewed is None:
            continue
        original = (renewal.title or "")[renewed.end() :].casefold()
        signers = signer_keys(renewal.signatories)
        for copy in [
            a for a in kept if a is not renewal and (a.title or "").casefold() == original
        ]:
            if (
                not signers
                or signer_keys(copy.signatories) != signers
                or not _same_parties(copy, renewal)
                or (
                    copy.date_signed
                    and renewal.date_signed
                    and copy.date_signed != renewal.date_signed
                )
                or not all(
                    checker.tells_earlier_signing(checker.text[start:end])
                    for start, end in checker.sentences_with(copy.title or "")
                )
            ):
                continue
            warnings.append(
                f"dropped agreement '{copy.title}': the document '{renewal.title}' renews, "
                "whose signing it tells again"
            )
            kept = [a for a in kept if a is not copy]
    return kept


def _no_partyless_copy(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The record of two agreements without the one the rules left with no party, signer
    nor witness (its parties were its people: the blind26 aa04's "agreement establishing
    the Kestrel Centre …", given beside the signing of the same day that founds it), that
    holds the body it founds, folded into the other, which has its parties and no body, and
    takes what it adds; as it is where the article counts two documents or more, or the
    two are dated apart, or it founds nothing (a document the model gave no party)."""
    if len(agreements) != _TWO or _documents_counted(checker.rules_text) >= _TWO:
        return agreements
    empty = [a for a in agreements if not (a.parties or a.signatories or a.witnesses)]
    if len(empty) != 1:
        return agreements
    shell = empty[0]
    (kept,) = [a for a in agreements if a is not shell]
    founding = bool(shell.established_entities) and not kept.established_entities
    if not founding or len(kept.parties) < _TWO or not _founded_by(kept, shell, checker):
        return agreements  # another document, which the model gave no party
    if shell.date_signed and kept.date_signed and shell.date_signed != kept.date_signed:
        return agreements
    warnings.append(
        f"dropped agreement '{shell.title or 'untitled'}': no party or person of its own, "
        f"the signing of '{kept.title or 'untitled'}' told again"
    )
    return [_with_what_it_adds(kept, shell, checker.read_text)]


def _founded_by(kept: Agreement, shell: Agreement, checker: Checker) -> bool:
    """Whether each sentence that founds one of the shell's bodies names the kept
    agreement's parties or signers, or opens on "the agreement" told before it ("The
    agreement establishing the Kestrel Centre … was signed on Tuesday": the blind26
    aa04's), and tells no other document ("Also signed was a separate agreement
    establishing the … Hub": a review's find)."""
    names = [n for p in kept.parties for n in p.all_names]
    names += [p.name for p in kept.signatories if p.name]
    for body in shell.established_entities:
        founding = checker.founding_sentence(body)
        if founding is None or _ANOTHER_DOCUMENT.search(checker.rules_text, *founding):
            return False
        told = _THE_AGREEMENT.match(checker.rules_text, founding[0]) is not None
        if not told and not any(checker.mentions_in(name, founding) for name in names):
            return False
    return True


_THE_AGREEMENT = re.compile(
    r"\s*(?:(?:The|This)\s+(?:agreement|deal|memorandum|MoU)\b|(?:该|此|这一?)(?:协议|合同|备忘录))"
)
"""A sentence that opens on the document told before it."""
_ANOTHER_DOCUMENT = re.compile(r"\b(?:separate|second|another|also)\b|另|还|又", re.IGNORECASE)
"""Words that tell a document besides the one told before."""


def _more_than_counted(agreements: list[Agreement], checker: Checker) -> bool:
    """Whether the record holds more agreements than the article counts documents, where it
    counts any (:func:`_documents_counted`)."""
    counted = _documents_counted(checker.rules_text)
    return 0 < counted < len(agreements)


def _no_sum_of_the_others(agreements: list[Agreement], warnings: list[str]) -> list[Agreement]:
    """The record without an agreement that only says "an agreement" (:func:`~coopllm.
    lexicon.generic_title`) and sums up two others or more: its signers sign them (where it
    has signers), and its parties are theirs or their signers' bodies, more than any one
    has (not a document of two parties whose signers each sign another with a third).
    A headline's "我院与康宁养老服务中心、滨江卫生职业学院签署合作协议" over the two documents
    its article titles and tells apart (the blind53 bb02's model gave the headline's
    "合作协议" of three parties beside them)."""
    for agreement in agreements:
        others = [a for a in agreements if a is not agreement and a.title != agreement.title]
        signers = signer_keys(agreement.signatories)
        if signers:
            summed = [a for a in others if signer_keys(a.signatories) & signers]
        else:
            summed = [a for a in others if any(_party_of_one(p, [a]) for p in agreement.parties)]
        if (
            not agreement.title
            or not generic_title(agreement.title)
            or len(summed) < _TWO
            or not signers <= set().union(*(signer_keys(a.signatories) for a in summed))
            or not all(_party_of_one(party, summed) for party in agreement.parties)
            or len(agreement.parties) <= max(len(a.parties) for a in summed)
        ):
            continue
        warnings.append(
            f"dropped agreement '{agreement.title}': it sums up {len(summed)} agreements the "
            "article tells apart"
        )
        return [a for a in agreements if a is not agreement]
    return agreements


def _party_of_one(party: Party, agreements: list[Agreement]) -> bool:
    """Whether ``party`` is a party of one of ``agreements``, or the body of one of their
    signers, by any of its names."""
    names = [
        *(n for a in agreements for p in a.parties for n in p.all_names),
        *(p.organization for a in agreements for p in a.signatories if p.organization),
    ]
    return is_named(party, names)


def _no_unsigned_copy(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The record without an agreement given again under another's title, but for its case
    or a word typed wrong (:func:`_a_typo_apart`), with no one signing or witnessing it,
    nothing founded but what the other founds, and no party the other does not account
    for (:func:`_accounted_for`), where the article writes that title once and counts no
    documents: the blind35 aj05's model gave "Tripartite Collaboration Agreement
    establishing …" twice, once with its three signers and once with a party of it, the
    witness's organisation and the first signer alone. Not "A similar memorandum was
    concluded with Delta Port", another party's, nor "Phase II" beside "Phase I" (a
    review's finds). Before the rules that add the people the model left out, which would
    read the copy's title in the signing's sentence."""
    if len(agreements) < _TWO or _SEVERAL_DOCUMENTS.search(checker.rules_text):
        return agreements
    kept = list(agreements)
    for copy in agreements:
        if copy.signatories or copy.witnesses or not copy.title:
            continue
        twins = [a for a in kept if a is not copy and _its_copy(a, copy, checker)]
        if len(twins) != 1:
            continue
        warnings.append(
            f"dropped agreement '{copy.title}': '{twins[0].title}' given again, with no one "
            "signing or witnessing it"
        )
        kept = [a for a in kept if a is not copy]
    return kept


def _no_paraphrased_copy(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The record without an agreement the model titled in words of its own (a title the
    article does not write as it stands), signed by no one, beside the one agreement of
    the same parties whose title the article writes and whom someone signed, dated alike
    (:func:`_one_day`): one signing, given twice, its people split (the blind37 al05's
    "紧密型医联体建设协议" holding the witnesses and the founded branch, beside
    《…紧密型医联体共建协议》 holding the signers). What it adds goes to the signed one. Not
    where the article counts its documents, joins two in one sentence (``_TWO_DOCUMENTS``)
    or tells a document of another kind signed (:func:`_tells_another_document`)."""
    text = checker.rules_text
    if len(agreements) < _TWO or _SEVERAL_DOCUMENTS.search(text) or _TWO_DOCUMENTS.search(text):
        return agreements
    kept = list(agreements)
    for copy in agreements:
        if copy.signatories or not copy.title or finds(copy.title, checker.text):
            continue
        twins = [
            a
            for a in kept
            if a is not copy
            and a.signatories
            and a.title
            and finds(a.title, checker.text)
            and _one_set_of_parties(copy.parties, a.parties, checker.read_text)
        ]
        if len(twins) != 1 or not _one_day(copy, twins[0], checker):
            continue
        twin = twins[0]
        if _tells_another_document(twin, checker):
            continue  # "…签署《框架协议》。当天下午，双方还签订了共建…实验室的协议": two
        warnings.append(
            f"dropped agreement '{copy.title}': the article does not write that title, and "
            f"its parties signed '{twin.title}'"
        )
        merged = _with_what_it_adds(twin, copy, checker.read_text)
        kept = [merged if a is twin else a for a in kept if a is not copy]
    return kept


def _tells_another_document(agreement: Agreement, checker: Checker) -> bool:
    """Whether a sentence of a signing names a document of another kind than the
    agreement's title (:func:`~coopllm.guard.reading.another_document`), or, not naming
    it, says it signed one more (``_ALSO``: "双方还签订了共建…联合实验室的协议" beside
    《战略合作框架协议》, a review's find)."""
    title = agreement.title or "\0"
    return any(
        another_document(checker.text[start:end].replace(title, ""), agreement.title)
        or (title not in checker.text[start:end] and _ALSO.search(checker.rules_text, start, end))
        for start, end in checker.signing_sentences()
    )


_ALSO = re.compile(r"还|另|\balso\b|\banother\b|\bsecond\b|\bseparate\b", re.IGNORECASE)
"""What tells one more signing than the one before: "双方还签订了…", "also signed"."""


def _its_copy(signed: Agreement, copy: Agreement, checker: Checker) -> bool:
    """Whether ``copy`` is ``signed`` given again: ``signed`` has signers and the same
    title but for a typo, which the article writes once; no other day, no body founded or
    party that ``signed`` has not."""
    if not signed.signatories or not signed.title or not copy.title:
        return False
    if not _a_typo_apart(signed.title, copy.title) or len(finds(copy.title, checker.text)) > 1:
        return False
    if copy.date_signed and signed.date_signed and copy.date_signed != signed.date_signed:
        return False
    return set(copy.established_entities) <= set(signed.established_entities) and all(
        _accounted_for(party, signed) for party in copy.parties
    )


_TYPO_EDITS = 2
_TYPO_WORD = 5
"""A word typed wrong: within this many edits of the other, both this long or longer."""


def _a_typo_apart(one: str, other: str) -> bool:
    """Whether two titles are one but for case, or one word of letters typed wrong
    ("triplartite" for "tripartite"); not another number or numeral ("Phase I", "Phase
    II", "Berth 3"), nor a Chinese title of other characters."""
    ones, others = one.casefold().split(), other.casefold().split()
    if len(ones) != len(others):
        return False
    differing = [(a, b) for a, b in zip(ones, others, strict=True) if a != b]
    if not differing:
        return True
    if len(differing) > 1:
        return False
    ((a, b),) = differing
    return (
        a.isalpha()
        and b.isalpha()
        and not HAN.search(a + b)
        and min(len(a), len(b)) >= _TYPO_WORD
        and Levenshtein.distance(a, b) <= _TYPO_EDITS
    )


def _accounted_for(party: Party, signed: Agreement) -> bool:
    """Whether a copy's party is one of ``signed``'s parties, one of its people, or a body
    one of its people's titles names ("Chair of the Fenmoor Growth Partnership")."""
    people = [*signed.signatories, *signed.witnesses]
    held = " ".join(f"{p.title or ''} {p.organization or ''}" for p in people)
    names = [name for p in signed.parties for name in p.all_names]
    return is_named(party, names) or one_of_its_people(party.name, people) or party.name in held


def _described(name: str) -> bool:
    """Whether an English party's name is a description, not a name: two words or more,
    none after the first capitalised ("coastal maritime academy", "Kenyan state skills
    regulator")."""
    words = name.split()
    return (
        len(words) >= _TWO and name.isascii() and not any(word[:1].isupper() for word in words[1:])
    )


def _signed_together(parties: list[Party], checker: Checker) -> bool:
    """Whether a signing sentence names every one of the parties."""
    return any(
        all(any(checker.mentions_in(n, sentence) for n in p.all_names) for p in parties)
        for sentence in checker.signing_sentences()
    )


def _signed_shell(agreement: Agreement, headline: str | None, text: str) -> bool:
    """Whether the agreement is titled with the headline's words alone, and holds nothing
    else but its signers (which its twin then lacks: "三校校长分别代表各自学校签约" under a
    headline's "签署三方合作协议", the body's title 《三校战略合作框架协议》 given apart, no
    one in it: the blind52 ba03's)."""
    return bool(agreement.title) and _holds_nothing(
        agreement.model_copy(update={"signatories": []}), headline, text
    )


def _holds_nothing(agreement: Agreement, headline: str | None, text: str) -> bool:
    """Whether the agreement has no title, signer nor body of its own (a facilitator is
    the deal's: the blind11 l02's 成都市科协, given to the untitled one), or a title of the
    headline's words alone and no signer (its bodies are the signing's). Witnesses may be
    there: :func:`_witnessed_its_signing` checks they are its twin's."""
    if agreement.signatories:
        return False
    if agreement.title:
        return (
            headline is not None
            and bool(finds(agreement.title, headline))
            and not _body_titled(agreement.title, headline, text)
        )
    return not agreement.established_entities


def _body_titled(title: str | None, headline: str | None, text: str) -> bool:
    """Whether ``title`` is written in the article's body, not only in its headline."""
    if not title:
        return False
    inside = [m.start() for m in finds(headline, text)] if headline else []
    return any(
        not any(at <= m.start() < at + len(headline or "") for at in inside)
        for m in finds(title, text)
    )


def _same_signing(titled: Agreement, other: Agreement, headline: str | None, text: str) -> bool:
    """Whether ``titled``, titled in the body, and ``other`` tell one document: the same
    named signers (some; or ``other`` names no one: the blind20 u06's announcement,
    whose headline's title the model gave, the documents pass the body's), parties, day
    and type, and ``other``'s document words among ``titled``'s ("memorandum" and
    "memorandum"; not "MoU" and "supply contract", two documents one ceremony signed by
    the same two people: a review's find)."""
    signers = [signer_keys(a.signatories) for a in (titled, other)]
    parties = [{bare_name(p.name) for p in a.parties} for a in (titled, other)]
    documents = [
        {word.group().casefold() for word in DEAL.finditer(a.title or "")} for a in (titled, other)
    ]
    no_one = not signers[1] and not other.witnesses  # the headline's words, no person
    return (
        _body_titled(titled.title, headline, text)
        and ((bool(signers[0]) and signers[0] == signers[1]) or no_one)
        and parties[0] == parties[1]
        and titled.date_signed == other.date_signed
        and titled.agreement_type == other.agreement_type
        and bool(documents[1])
        and documents[1] <= documents[0]
    )


_TWO_DOCUMENTS = re.compile(
    rf"(?:{DEAL_WORD})[^.;\n\u3002\uff1b]{{0,80}}?(?:\band\b|\bas\s+well\s+as\b|[和与及、])"
    rf"[^.;\n\u3002\uff1b]{{0,80}}?(?<!在)(?:{DEAL_WORD})(?!上)",
    re.IGNORECASE,
)
"""Two documents named in one sentence, joined: the article's signing holds two, which the
same people may sign (a review's finds: "签署《战略合作框架协议》和《人才培养合作协议》"). Not
the signers listed before "在协议上签字", which names the one again (the blind27 ab01's)."""


_SEVERAL_DOCUMENTS = Needing(
    re.compile(
        r"\b(?:two|three|four|five|both|[2-9])\s+(?:[\w-]+\s+){0,3}?(?:agreements|memorand(?:a|ums)"
        r"|MoUs|MOUs|contracts|deals|documents|accords|pacts)\b"
        r"|(?<![第十两二三四五六七八九])[两二三四五六七八九十多]+\s*[份项个](?!月)"
        r"(?=[^，。；,;]{0,30}?(?:协议|合同|备忘录|协定|意向书|文件|项目|签约))"
        r"(?!(?<=项)[^，。；,;]{0,30}?项目[^，。；,;]{0,10}?(?:立项|获批|验收|结题))"
        r"|签约[两二三四五六七八九十多]+[份项个]",
        re.IGNORECASE,
    ),
    (
        "agreements",
        "memoranda",
        "memorandums",
        "mous",
        "contracts",
        "deals",
        "documents",
        "accords",
        "pacts",
        "份",
        "项",
        "个",
    ),
)
"""An article's count of the documents signed, which a repeated agreement may be one of
("签署两份协议", "三项合作协议", "三份涉及…领域的合作协议", "两份《…》", "现场签约两个"; not
"两个研究方向", "第十二个合作项目": the blind11 l01's and l02's, "两个月内": a review's finds;
nor research projects approved, "两项省级科研项目已获立项": the blind63 bl03's; but "两份技术开发
合同及一份项目验收确认书" counts its two: a review's find)."""


_COUNT_WORD = re.compile(r"\d+|two|three|four|five|both|[两二三四五六七八九十]+多?", re.IGNORECASE)
_MANY_DOCUMENTS = 10**6
"""A count that no record reaches: an article's "多份", "二十个", a count not read."""


def _documents_counted(text: str) -> int:
    """How many documents the article counts (``_SEVERAL_DOCUMENTS``'s first count, the
    count word nearest its documents: "the two sides signed three agreements", 3): none
    where it counts none; ``_MANY_DOCUMENTS`` where it writes more than one numeral or
    "多" ("十二份", "十多份")."""
    found = _SEVERAL_DOCUMENTS.search(text)
    return 0 if found is None else _counted_in(found.group())


def _all_counted(text: str) -> int:
    """Every count of documents the article writes, added up: at most as many documents
    as it tells of."""
    return sum(_counted_in(found.group()) for found in _SEVERAL_DOCUMENTS.finditer(text))


def _counted_in(counted: str) -> int:
    """The number of documents one ``_SEVERAL_DOCUMENTS`` match counts."""
    words = _COUNT_WORD.findall(counted)
    if not words:
        return _MANY_DOCUMENTS
    last = words[-1]
    return small_count(last) if last.isascii() or len(last) == 1 else _MANY_DOCUMENTS


def apply_guard(
    draft: ExtractionDraft, checker: Checker, *, strict: bool = True
) -> tuple[ExtractionDraft, list[str]]:
    """Strict: drop what fails and say so. Lenient: keep everything and flag it."""
    warnings: list[str] = []
    agreements = _distinct(_no_hollow_agreement(draft.agreements, warnings), checker, warnings)
    agreements = held_back_dropped(agreements, checker, warnings)
    agreements = other_stories_dropped(agreements, checker, warnings)
    agreements = _one_document(agreements, checker, warnings, draft.article.title)
    agreements = signers_of_their_documents(agreements, checker, warnings)
    agreements = signers_given_twice(agreements, checker, warnings)
    agreements = entities_of_their_founder(agreements, warnings)
    agreements = [
        _in_its_role(a, checker, warnings, [*agreements[:i], *agreements[i + 1 :]])
        for i, a in enumerate(agreements)
    ]
    agreements = [parties_as_people(a, checker, warnings) for a in agreements]
    known = [p for a in agreements for p in a.parties]
    agreements = [parties_as_signers(a, checker, warnings, known) for a in agreements]
    everyone = [p for a in agreements for p in (*a.signatories, *a.witnesses)]
    undated = len(agreements) >= _TWO and not any(  # a date_text not written is none
        a.date_text and checker.grounded(a.date_text) for a in agreements
    )
    agreements = [
        _clean_agreement(
            a,
            checker,
            warnings,
            own_parties=_parties_its_own(a, agreements),
            everyone=everyone,
            undated=undated,
        )
        for a in agreements
    ]
    agreements = held_back_dropped(agreements, checker, warnings)  # its signers gone now too
    agreements = [
        parties_between(a, checker, warnings, alone=len(agreements) == 1) for a in agreements
    ]
    if len(agreements) == 1:
        agreements = [parties_under_it(agreements[0], checker, warnings)]
    agreements = _parties_by_their_full_names(agreements, checker, warnings)
    agreements = signed_with_each(agreements, checker, warnings)
    agreements = each_between(agreements, checker, warnings)
    agreements = _no_headline_repeat(agreements, draft.article.title, checker, warnings)
    agreements = _no_ceremony_for_a_title(agreements, checker, warnings)
    agreements = unveilers_of_the_founding(agreements, checker, warnings)
    agreements = witnesses_of_their_documents(agreements, checker, warnings)
    agreements = _no_empty_twin(agreements, checker, warnings, draft.article.title)
    agreements = told_apart(agreements, checker, warnings)
    venued = [parties_at_its_venue(a, checker, warnings) for a in agreements]
    if venued != agreements:  # its own sentences are found by its parties: read them again
        agreements = told_apart(venued, checker, warnings)
    agreements = _no_fold(agreements, checker, warnings)
    agreements = _no_untitled_copy(agreements, checker, warnings)
    agreements = _no_unsigned_copy(agreements, checker, warnings)
    agreements = _no_paraphrased_copy(agreements, checker, warnings)
    agreements = _no_partyless_copy(agreements, checker, warnings)
    agreements = _no_original_of_its_renewal(agreements, checker, warnings)
    agreements = _no_sum_of_the_others(agreements, warnings)
    if len(agreements) == 1 and (
        not agreements[0].date_text or _page_dated(agreements[0], checker)
    ):
        agreements = [_dated_by_the_signing(agreements[0], checker, warnings, alone=True)]
    agreements = not_an_earlier_signings_day(agreements, checker, warnings)
    agreements = dated_the_day_after(agreements, checker, warnings)
    agreements = not_an_announcements_day(agreements, checker, warnings)
    agreements = projects_left_out(agreements, checker, warnings)
    agreements = [people_given_as_parties(a, checker, warnings) for a in agreements]
    agreements = signers_left_out(agreements, checker, warnings)
    agreements = entities_left_out(agreements, checker, warnings)
    agreements = entities_in_full(agreements, checker, warnings)
    agreements = no_party_as_entity(agreements, checker, warnings)
    agreements = unveilers_of_the_founding(agreements, checker, warnings)  # of those added too
    agreements = unveilers_left_out(agreements, checker, warnings)
    agreements = witnesses_left_out(agreements, checker, warnings)
    agreements = holders_left_out(agreements, checker, warnings)
    agreements = signed_in_turn(agreements, checker, warnings)  # its witnesses' all in
    agreements = facilitators_left_out(agreements, checker, warnings)
    agreements = brokers_as_parties(agreements, checker, warnings)
    agreements = _no_copy_of_the_signed(agreements, warnings)  # once their people are in
    agreements = _no_untitled_part_of_the_signed(agreements, checker, warnings)
    agreements = _no_summary_of_the_signed(agreements, checker, warnings)
    agreements = _no_signed_twin(agreements, checker, warnings)
    agreements = [_no_people_as_parties(a, checker, warnings) for a in agreements]
    agreements = [parties_in_the_title(a, checker, warnings) for a in agreements]
    agreements = [parties_of_the_signers(a, checker, warnings) for a in agreements]
    agreements = [no_unsigned_unit(a, checker, warnings) for a in agreements]
    agreements = [no_venue_as_party(a, warnings) for a in agreements]
    agreements = [the_other_signers_body(a, checker, warnings) for a in agreements]
    agreements = [parties_signing_together(a, checker, warnings) for a in agreements]
    agreements = venue_left_out(agreements, checker, warnings)
    # again on the venue the text gave where the model gave none (review73)
    agreements = [no_venue_as_party(a, warnings) for a in agreements]
    article = draft.article
    if article.title and not checker.grounded(article.title):
        warnings.append(f"dropped article title '{article.title}': not in the article")
        article = article.model_copy(update={"title": None})
    if not strict:
        return draft, [as_lenient(w) for w in warnings]
    return draft.model_copy(update={"article": article, "agreements": agreements}), warnings


def _no_hollow_agreement(agreements: list[Agreement], warnings: list[str]) -> list[Agreement]:
    """The record without an agreement the model gave holding nothing: no title, party,
    person, body, area nor date (a place alone tells no document), beside one that holds
    something. The blind27 ab06's model gave two such beside the two documents it titled;
    alone, one stays: it still counts the signing the text tells. Read before the rules:
    one they empty (a paraphrased title dropped) may be a document of its own."""
    kept = [a for a in agreements if not _hollow(a)]
    if not kept:
        return agreements
    for _ in range(len(agreements) - len(kept)):
        warnings.append("dropped agreement 'untitled': it holds nothing")
    return kept


def _hollow(agreement: Agreement) -> bool:
    """Whether the agreement names nothing: see :func:`_no_hollow_agreement`."""
    named = (
        agreement.title,
        agreement.date_text,
        agreement.date_signed,
        agreement.parties,
        agreement.signatories,
        agreement.witnesses,
        agreement.facilitators,
        agreement.established_entities,
        agreement.cooperation_areas,
    )
    return not any(named)


def _parties_its_own(agreement: Agreement, agreements: list[Agreement]) -> bool:
    """Whether no other agreement of the record has the agreement's parties."""

    def key(a: Agreement) -> frozenset[str]:
        return frozenset(normalize_for_match(p.name) for p in a.parties)

    return sum(1 for a in agreements if key(a) == key(agreement)) == 1


def as_lenient(warning: str) -> str:
    """A strict warning as lenient mode says it: nothing dropped, moved, taken or added
    (the guard's own, and :func:`coopllm.resolve.titled_left_out`'s)."""
    done = _DONE_WHEN_STRICT.match(warning)
    if done is not None:
        return f"the guard {_WOULD[done[1]]} {warning[done.end() :]}"
    return warning.replace("dropped", "unverified", 1)
