"""Parties as the document writes them: "between" two bodies, or in its own name.

A news agency's story of a state visit says "Merenia and Solvani signed a memorandum",
then "The Memorandum of Understanding … between the Ministry of Agriculture of Merenia and
the Solvani Ministry of Food and Land Resources was signed on 29 December", and a small
model gives the two countries as the parties (the blind30 ae06's). The document's own
words name its parties: :func:`parties_between` takes the body that a country's or a
town's bare name stands in, where a sentence that signs the agreement writes it between
two bodies. A list of a fair's projects gives one document by its full name, "《青禾市人民政府
华屹电力投资有限公司战略合作框架协议》", and its signers, the deputy mayor for the city: the
model gives the company alone. :func:`parties_in_the_title` adds the bodies that name
writes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from coopllm.grounding import normalize_for_match
from coopllm.guard.checker import Checker
from coopllm.guard.reading import Sentence
from coopllm.lexicon import EN_COMPANY_NAME, HAN, ZH_TITLES, Needing, simplified
from coopllm.parties import (
    a_party_already,
    expanded_abbreviation,
    our_unit,
    party_kind_for,
    without_legal_form,
    zh_body_name,
    zh_company_name,
)
from coopllm.schema import Agreement, Party, Signatory
from coopllm.titles import (
    body_of_its_title,
    name_ending,
    names_a_body,
    only_titles,
    person_after_organisation,
    title_written_before,
    titled_name,
)

_BARE_PLACE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")
"""A country's or a town's name alone: one or two capitalised words ("Merenia", "Upper
Tavel")."""
_BODY = (
    r"(?:the\s+)?(?P<{0}>(?:[A-Z][\w'\u2019&.-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){{0,8}}"
    r"(?:Ministry|Department|Agency|Authority|Office|Bureau|Commission|Council|Government"
    r"|University|Institute|Academy|Administration|Service)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'\u2019&-]*(?:\s+(?:(?:and|of)\s+)?[A-Z][\w'\u2019&-]*)*)?)"
)
"""A public body's name: capitalised words around its kind ("the Ministry of Agriculture
of Merenia", "the Solvani Ministry of Food and Land Resources")."""
_BETWEEN = re.compile(rf"\bbetween\s+{_BODY.format('first')}\s*,?\s+and\s+{_BODY.format('second')}")


def parties_between(
    agreement: Agreement, checker: Checker, warnings: list[str], *, alone: bool
) -> Agreement:
    """The agreement with each party given by a place's bare name (``_BARE_PLACE``) named
    instead by the one body of its "between" clause that holds that name as a word, in a
    sentence that signs the agreement: one that writes its title, or any that signs where
    it is the record's one agreement (``alone``). As it is where no such clause names one
    body for the place, or that body is a party already."""
    names = [party.name for party in agreement.parties]
    if not any(_BARE_PLACE.fullmatch(name) for name in names):
        return agreement
    bodies = _bodies_between(_its_signing_sentences(agreement, checker, alone), checker)
    parties: list[Party] = []
    for party in agreement.parties:
        body = _the_body_of(party.name, bodies) if _BARE_PLACE.fullmatch(party.name) else None
        if body is None or body in names:
            parties.append(party)
            continue
        warnings.append(
            f"took party '{body}' for '{party.name}': the sentence of the signing names it "
            "between the parties"
        )
        renamed = {"name": body, "aliases": [], "kind": party_kind_for(body)}
        parties.append(party.model_copy(update=renamed))
    return agreement.model_copy(update={"parties": parties})


_UNDER_IT = re.compile(
    r"\bUnder\s+the\s+(?:MOU|MoU|memorandum|agreement|partnership|accord)\b[^,.;]{0,40},\s+"
    r"(?:the\s+)?(?P<first>[A-Z][\w&'\u2019.-]*(?:\s+(?:of\s+)?[A-Z][\w&'\u2019.-]*){0,6})\s+"
    r"and\s+(?:the\s+)?(?P<second>[A-Z][\w&'\u2019.-]*(?:\s+(?:of\s+)?[A-Z][\w&'\u2019.-]*){0,6})"
    r"\s+(?:will|would|shall|are\s+to|agree[ds]?\s+to)\b"
)
"""A sentence that says what the two sides do under the document: "Under the MOU, the City
of Harlow Springs and NSU will cooperate on …" (the blind53 bb06's)."""


def parties_under_it(agreement: Agreement, checker: Checker, warnings: list[str]) -> Agreement:
    """The record's one agreement, which names no party, with the two the sentence that says
    what they do under it names (``_UNDER_IT``), each by the full name the text brackets its
    abbreviation after ("Northbrook State University (NSU)"), with that abbreviation as its
    alias; as it is where no such sentence, or more than one, names two bodies."""
    if agreement.parties:
        return agreement
    found = {(m["first"], m["second"]) for m in _UNDER_IT.finditer(checker.text)}
    if len(found) != 1:
        return agreement
    parties = [_by_its_full_name(name, checker.text) for name in found.pop()]
    if not all(p.aliases or names_a_body(p.name) for p in parties):
        return agreement
    for party in parties:
        warnings.append(
            f"added party '{party.name}': the article says what it does under the agreement, "
            "and the model gave no party"
        )
    return agreement.model_copy(update={"parties": parties})


def parties_at_its_venue(agreement: Agreement, checker: Checker, warnings: list[str]) -> Agreement:
    """The agreement that names no party but people (:func:`_a_persons_words`), with the
    bodies the one sentence that signs a document at its venue writes as signing it,
    each with the short form it brackets
    ("In a separate ceremony on Wednesday, Nordhavn University College and Zhejiang Ocean
    Shipping College (ZOSC) signed a student and staff exchange agreement at Zhejiang Ocean
    Shipping College's Yinzhou campus": the blind71 bt05's model gave the two signers as
    the parties, which the guard dropped as people). As it is where no such sentence, or
    more than one, writes the venue, or the words before the verb are fewer than two bodies."""
    if not agreement.location or not all(_a_persons_words(p.name) for p in agreement.parties):
        return agreement
    sentences = [
        (start, end)
        for start, end in checker.sentences_with(agreement.location)
        if _EN_SIGNED.search(checker.text, start, end)
    ]
    if len(sentences) != 1:
        return agreement
    ((start, end),) = sentences
    verb = _EN_SIGNED.search(checker.text, start, end)
    assert verb is not None  # found above
    bodies = _listed_before(checker.text[start : verb.start()])
    if len(bodies) < _TWO:
        return agreement
    parties = [
        Party(
            name=found["name"],
            aliases=[found["short"]] if found["short"] else [],
            kind=party_kind_for(found["name"]),
        )
        for found in bodies
    ]
    for given in agreement.parties:
        warnings.append(
            f"dropped party '{given.name}': a person's words, where the sentence that signs "
            "the document at its venue writes the bodies that signed"
        )
    for party in parties:
        warnings.append(
            f"added party '{party.name}': the sentence that signs a document at its venue "
            "writes it as signing, and the model gave no party but people"
        )
    return agreement.model_copy(update={"parties": parties})


def _a_persons_words(name: str) -> bool:
    """Whether a party's name is a person's words: a name after a title ("Nordhavn rector
    Ole Brekke"), or a title with whom it is for ("ZOSC's vice-president for international
    affairs")."""
    if titled_name(name) is not None:
        return True
    head = re.split(r"\s+(?:for|of|in)\s+", name.split("'s ", 1)[-1], maxsplit=1)[0]
    return only_titles(head)


_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"


def _listed_before(clause: str) -> list[re.Match[str]]:
    """The bodies an English list ends ``clause`` with, the words before the verb
    ("In a separate ceremony on Wednesday, A and B (BC)"): every item back to the first
    that is no body's name, which a day or a clause's opening is ("On Wednesday", "In a
    separate ceremony on Wednesday"); none where the list is of no bodies."""
    bodies: list[re.Match[str]] = []
    for item in reversed(re.split(r",\s*(?:and\s+)?|\s+and\s+", clause)):
        found = _EN_LISTED_BODY.fullmatch(item.strip())
        if found is None or not names_a_body(found["name"]):
            break
        bodies.insert(0, found)
    return bodies


_EN_SIGNED = re.compile(r"\s(?:signed|inked)\b")
"""The verb of a signing done, after its subject."""
_EN_LISTED_BODY = re.compile(
    r"(?:the\s+)?(?!(?:On|In|At|By|Last|Earlier|Later|Today|Yesterday|This|Then|Also)\b)"
    rf"(?!.*\b{_WEEKDAY}\b)(?P<name>[A-Z][\w'\u2019&.-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|&\s+)?"
    r"[A-Z][\w'\u2019&.-]*){1,9})(?:\s*\((?P<short>[A-Z][A-Za-z&-]{1,11})\))?"
)
"""A body's name in a list, capitalised words, with its short form in brackets after it."""


def _by_its_full_name(name: str, text: str) -> Party:
    """A party named ``name``, or by the full name the text introduces ``name`` for, whose
    initials spell it (:func:`~coopllm.parties.expanded_abbreviation`: "Northbrook State
    University (NSU)"; not the headline's words before it: a review's find)."""
    whole = expanded_abbreviation(name, text)
    if whole is not None:
        return Party(name=whole, aliases=[name], kind=party_kind_for(whole))
    return Party(name=name, kind=party_kind_for(name))


def _its_signing_sentences(
    agreement: Agreement, checker: Checker, alone: bool
) -> tuple[Sentence, ...]:
    if agreement.title:
        return checker.titles_signing(agreement.title)
    return checker.signing_sentences() if alone else ()


def _bodies_between(sentences: tuple[Sentence, ...], checker: Checker) -> set[str]:
    return {
        " ".join(found[side].split())
        for start, end in sentences
        for found in _BETWEEN.finditer(checker.text, start, end)
        for side in ("first", "second")
    }


def _the_body_of(place: str, bodies: set[str]) -> str | None:
    """The one body whose name holds ``place`` as a word ("Merenian" holds no "Merenia")."""
    holding = {body for body in bodies if re.search(rf"\b{re.escape(place)}\b", body)}
    return holding.pop() if len(holding) == 1 else None


def parties_in_the_title(agreement: Agreement, checker: Checker, warnings: list[str]) -> Agreement:
    """The agreement of one party with the others its document's own name writes before
    the title the model gave ("《青禾市人民政府 华屹电力投资有限公司战略合作框架协议》" for
    "战略合作框架协议", one party given: the blind31 af02's, whose model wrote the city's
    signer, the deputy mayor, as the party): where the text writes one such name in 《》,
    and the names before the title are bodies' (:func:`~coopllm.parties.zh_body_name`), one
    of them the party given."""
    if len(agreement.parties) != 1 or not agreement.title:
        return agreement
    (given,) = agreement.parties
    named = {
        found["head"]
        for found in re.finditer(
            rf"《(?P<head>[^《》]{{2,80}}?){re.escape(agreement.title)}》", checker.text
        )
    }
    if len(named) != 1:
        return agreement
    bodies = [body for body in _TITLE_SEPARATOR.split(named.pop()) if body]
    if given.name not in bodies or not all(zh_body_name(body) for body in bodies):
        return agreement
    added = [body for body in bodies if body != given.name]
    for body in added:
        warnings.append(
            f"added party '{body}': the document's name in 《》 writes it beside '{given.name}'"
        )
    parties = [
        given if body == given.name else Party(name=body, kind=party_kind_for(body))
        for body in bodies
    ]
    return agreement.model_copy(update={"parties": parties}) if added else agreement


def parties_signing_together(
    agreement: Agreement, checker: Checker, warnings: list[str]
) -> Agreement:
    """The agreement with the rest of the bodies a Chinese sentence lists as signing its
    《title》 together, where the model gave some of them and no other ("临澜市人民医院（以下
    简称“市人民医院”）与宁川县人民医院、石门县中医医院、桐溪县人民医院、白沙县第二人民医院共同签署
    《…合作协议》": the blind70 bs03's model gave the first four; the fifth's signer was its
    deputy head, unnamed), less a party the model took from the place the list signed in
    ("西洋县人民政府与江南绿能集团有限公司在南川市国际会议中心签署《…》": the blind71 bt03's
    model gave the conference centre and the company). Every item of the list must be a
    body's name (:func:`~coopllm.parties.zh_body_name`), so a list of people or of words
    joined by 与 ("化学与材料学院") adds nothing."""
    if not agreement.title or not agreement.parties:
        return agreement
    title = simplified(agreement.title)
    for found in _signed_together(checker.read_text):
        if found["title"] != title:
            continue
        start, end = found.span("list")
        venue = found["venue"] and normalize_for_match(checker.text[slice(*found.span("venue"))])
        items = _listed_bodies(checker.text, start, found.start("at") if venue else end)
        if items is None or len(items) < 2:
            continue
        listed = {normalize_for_match(n) for names in items for n in names}
        at_the_venue = [
            p
            for p in agreement.parties
            if normalize_for_match(p.name) == venue and venue not in listed  # 在江南大学签署
        ]
        kept = [_as_its_unit(p, items, listed) for p in agreement.parties if p not in at_the_venue]
        given = {normalize_for_match(n) for p in kept for n in p.all_names}
        if not given or not given <= listed:
            continue  # the model gave a party the list does not write: not this list
        added = [
            Party(name=names[0], kind=party_kind_for(names[0]))
            for names in items
            if not any(normalize_for_match(n) in given for n in names)
        ]
        for party in at_the_venue:
            warnings.append(
                f"dropped party '{party.name}': the sentence of the signing writes it as the "
                "place the parties signed in"
            )
        warnings.extend(
            f"took party '{unit.name}' for '{party.name}': the sentence of the signing lists "
            "that unit of it"
            for party, unit in zip(
                [p for p in agreement.parties if p not in at_the_venue], kept, strict=True
            )
            if unit is not party
        )
        for party in added:
            warnings.append(
                f"added party '{party.name}': the sentence that signs the document lists it "
                "among the bodies that signed it together, and the model left it out"
            )
        return agreement.model_copy(update={"parties": [*kept, *added]})
    return agreement


def _as_its_unit(party: Party, items: list[tuple[str, ...]], listed: set[str]) -> Party:
    """The party as the one unit of it the list names where the list does not name it
    ("东岚大学化学化工学院与蓝澜环境还签署了《…》" for the model's 东岚大学: the blind78 ca03's),
    the unit's name a party's and a unit's word after it (``_A_UNITS_WORD``); else the
    party."""
    key = normalize_for_match(party.name)
    if key in listed:
        return party
    units = [
        names[0]
        for names in items
        if normalize_for_match(names[0]).startswith(key)
        and _A_UNITS_WORD.search(simplified(names[0]), len(party.name))
    ]
    if len(units) != 1:
        return party
    return Party(name=units[0], kind=party_kind_for(units[0]))


_A_UNITS_WORD = re.compile(r"(?:学院|系|研究院|研究所|研究中心|实验室|分公司|分院|附属医院)$")
"""The word that ends a unit's name after its parent's: a college, a department, an
institute, a branch."""


_ZH_SIGNED_TOGETHER = Needing(
    re.compile(
        r"(?P<list>[^，,。；;：:！!？?\n]{4,300}?)(?:(?P<at>在)(?P<venue>[^与、，。]{2,30}?))?"
        r"(?:共同|正式|还|也|又)*(?:签署|签订|签定)了?《(?P<title>[^《》]{2,80})》"
    ),
    ("签署", "签订", "签定"),
    ("《",),
)
"""A Chinese list of bodies, the place they signed in ("在…"), the verb of their signing and
the document's 《title》."""


@functools.lru_cache(maxsize=2)
def _signed_together(read_text: str) -> tuple[re.Match[str], ...]:
    """Every list of bodies that signs a 《title》 together (:data:`_ZH_SIGNED_TOGETHER`),
    read once for all of a record's agreements: the pattern tries up to 300 characters of
    list at each position, which a long page felt for every agreement."""
    return tuple(_ZH_SIGNED_TOGETHER.finditer(read_text))


_ZH_LIST_ITEM = re.compile(r"与|、")
_ZH_LIST_OPENING = re.compile(
    r"^(?:近日|日前|今天|今日|昨天|昨日|当天|當天|会上|會上|随后|隨後|同时|同時|此次|本次|上午|下午"
    r"|\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间)?)+"
)
"""A day or an occasion that opens a list of bodies with no comma after it."""
_ZH_SHORT_FORM = re.compile(
    r"[（(](?:以下)?简称[“\"「『]?(?P<short>[^”\"」』（）()]{2,20})[”\"」』]?[）)]$"
)
"""The short form a body's name introduces after it: "（以下简称“市人民医院”）"."""


def _listed_bodies(text: str, start: int, end: int) -> list[tuple[str, ...]] | None:
    """The bodies a Chinese list between ``start`` and ``end`` names, each by its name and
    the short form it introduces, if any, the day or occasion before the first aside
    (``_ZH_LIST_OPENING``: "近日甲县人民政府与…", a review's find); None where an item is no
    body's name."""
    bodies: list[tuple[str, ...]] = []
    listed = _ZH_LIST_OPENING.sub("", text[start:end])
    for item in _ZH_LIST_ITEM.split(listed):
        item = item.strip()
        short = _ZH_SHORT_FORM.search(item)
        name = item[: short.start()] if short else item
        if short is None and (full := _introduced_as(name, text)) is not None:
            bodies.append((full, name))  # "蓝澜环境", short for the company named before
            continue
        if not zh_body_name(simplified(name)):
            return None
        bodies.append((name, short["short"]) if short else (name,))
    return bodies


def _introduced_as(short: str, text: str) -> str | None:
    """The body's name the text introduced ``short`` for before ("蓝澜环境科技集团股份有限公司
    （以下简称“蓝澜环境”）", whose list then writes "…与蓝澜环境还签署了《…》": the blind78
    ca03's); None where it introduced none."""
    if not short or not HAN.match(short):
        return None
    found = re.search(
        rf"(?P<full>[\u4e00-\u9fff（）()]{{4,40}}?)[（(](?:以下)?[简簡]称[“\"「『]?"
        rf"{re.escape(short)}[”\"」』]?[）)]",
        text,
    )
    if found is None:
        return None
    name = _BEFORE_A_NAME.split(found["full"])[-1]  # the list or the visit it was written in
    return name if zh_body_name(simplified(name)) else None


_BEFORE_A_NAME = re.compile(r"与|和|、|及|，|,|赴|到|携手|访问|走进|一行|同|对|向|在")
"""What stands before a body's name written in a sentence: a list's joiner, a visit's verb
("青山大学副校长李明一行赴蓝湖科技集团股份有限公司", review79)."""


_TITLE_SEPARATOR = re.compile(r"[\s\u3000—–-]+|与|和|、")
"""What stands between the bodies a document's name writes before its kind."""


_ITEM_START = re.compile(r"[，,、与和及；;：:。]")
"""What ends the words before a person written in a Chinese signing sentence."""


def parties_of_the_signers(
    agreement: Agreement, checker: Checker, warnings: list[str]
) -> Agreement:
    """The agreement with a party the model gave as a unit of the body its signer signed
    for renamed that body, where the sentence that signs the document's 《title》 writes the
    signer after the body's name and its title and never the unit ("海澜理工大学副校长刘芳与
    博川医疗副总经理周牧签署《…合同》", the model's 海澜理工大学机器人研究院, the unit that will
    do the work: the blind36 ak06's). The spec's parties are the bodies that signed. Not
    where any sentence of a signing names the unit ("…研究院与…签订…合同，研究院为合同甲方":
    a review's find)."""
    if not agreement.title or not agreement.signatories:
        return agreement
    at = checker.text.find(f"《{agreement.title}》")
    if at < 0:
        return agreement
    start, end = checker.sentence_at(at)
    sentence = checker.text[start:end]
    bodies = [
        body for person in agreement.signatories if (body := _signed_for(person.name, sentence))
    ]
    parties = list(agreement.parties)
    for body in dict.fromkeys(bodies):
        if any(p.name == body or body in p.aliases for p in parties):
            continue
        units = [
            p for p in parties if p.name.startswith(body) and not _named_signing(p.name, checker)
        ]
        if len(units) != 1:
            continue
        (unit,) = units
        warnings.append(
            f"took party '{body}' for '{unit.name}': its signer signed for '{body}', and the "
            "sentence of the signing does not name the unit"
        )
        parties = [Party(name=body, kind=party_kind_for(body)) if p is unit else p for p in parties]
    return agreement.model_copy(update={"parties": parties})


def no_venue_as_party(agreement: Agreement, warnings: list[str]) -> Agreement:
    """The agreement without a party that is a building of its venue ("Brennan Engineering
    Building (Northfield)" beside the location "Hollis Room of the Brennan Engineering
    Building in Northfield": the blind72 bu04's): its name, less a bracket or a town after
    it, ends in a building's word (a body's words aside: "Research Centre" may sign) and
    the location writes it as the building around a smaller place. A body that hosts its
    own signing ("at Chatham House in London", "at the Sydney Opera House") is written as
    the venue itself, and stays (review73)."""
    location = agreement.location or ""
    venues = [
        p
        for p in agreement.parties
        if (name := _A_TOWN_AFTER.sub("", _BRACKET_AT_END.sub("", p.name)).strip())
        and _around_a_smaller_place(name, location)
    ]
    for party in venues:
        warnings.append(f"dropped party '{party.name}': a building of the signing's venue")
    if not venues:
        return agreement
    return agreement.model_copy(
        update={"parties": [p for p in agreement.parties if p not in venues]}
    )


def _around_a_smaller_place(name: str, location: str) -> bool:
    """Whether ``name`` is a building's and ``location`` writes a room or a floor of it:
    "Kestrel Room of the Alder Engineering Building", "江州国际会展中心大酒店三楼多功能厅"."""
    if _A_BUILDING.search(name):
        around = rf"(?:\bof(?:\s+the)?|,)\s+{re.escape(name)}\b"
        return re.search(around, location, re.IGNORECASE) is not None
    if _ZH_A_BUILDING.search(simplified(name)):
        inside = location.startswith(name) and len(location) > len(name)
        return inside and _ZH_A_ROOM.search(simplified(location)) is not None
    return False


_A_BUILDING = re.compile(
    r"\b(?:Building|Hall|House|Hotel|Tower|Auditorium|Pavilion|Plaza|Room|Theatre|Theater)$"
)
"""The last word of a building's name that no body signing goes by."""
_ZH_A_BUILDING = re.compile(r"(?:酒店|宾馆|饭店|大厦|大楼|会堂|会展中心|会议中心)$")
_ZH_A_ROOM = re.compile(r"[厅室楼层]$")
"""A Chinese building's last words, and a room's or a floor's within it (review73)."""
_A_TOWN_AFTER = re.compile(r",\s*[A-Z][\w\s'-]{0,30}$")
"""A town written after a name ("Alder Engineering Building, Northfield")."""


def no_unsigned_unit(agreement: Agreement, checker: Checker, warnings: list[str]) -> Agreement:
    """The agreement without a party that is a unit of another of its parties, whose name
    the unit's begins with, where no sentence of a signing names the unit ("依托江淮理工大学
    材料科学与工程学院的学科优势" beside the university that signed: the blind71 bt01's model
    gave both). The spec's parties are the bodies that signed; a unit the work leans on
    is none."""
    units = [
        unit
        for unit in agreement.parties
        if _ZH_UNIT_END.search(unit.name)
        and any(
            other is not unit and unit.name.startswith(other.name) and len(other.name) >= _TWO
            for other in agreement.parties
        )
        and not any(_named_signing(name, checker) for name in unit.all_names)
    ]
    for unit in units:
        warnings.append(
            f"dropped party '{unit.name}': a unit of another party, and no sentence of the "
            "signing names it"
        )
    if not units:
        return agreement
    return agreement.model_copy(
        update={"parties": [p for p in agreement.parties if p not in units]}
    )


_ZH_UNIT_END = re.compile(r"(?:学院|學院|研究院|研究所|系|分院|医学部|醫學部|实验室|實驗室)$")
"""What a unit of a university or an academy is called, at its name's end."""


def _signed_for(name: str | None, sentence: str) -> str | None:
    """The body the Chinese ``sentence`` writes before ``name`` and a title, if any."""
    if not name or not HAN.search(name):
        return None
    at = sentence.find(name)
    if at < 0:
        return None
    opening = max((m.end() for m in _ITEM_START.finditer(sentence, 0, at)), default=0)
    person = person_after_organisation(sentence[opening : at + len(name)])
    if person is None or person.name != name or not zh_body_name(person.organization or ""):
        return None
    return person.organization


def _named_signing(name: str, checker: Checker) -> bool:
    """Whether a sentence of a signing writes ``name``."""
    return any(name in checker.text[start:end] for start, end in checker.signing_sentences())


def the_other_signers_body(
    agreement: Agreement, checker: Checker, warnings: list[str]
) -> Agreement:
    """The agreement of one party or none with the bodies its signers signed for, where the
    sentence that signs its 《title》 writes each before the signer's title ("…院长周海涛
    与中宏新材料股份有限公司（以下简称“中宏新材”）总经理李蔚签署《先进膜材料联合实验室共建协议》":
    the blind47 av01's model gave the college alone; "我校茶学与食品科学学院院长马骏与青禾县茶业
    集团有限公司…董事长何春生签署《…》": the blind49 ax01's gave neither). A document has two
    sides; a body is one only where its name is a body's and no party is or holds it, and
    the bodies found are the sides missing, no more."""
    missing = 2 - len(agreement.parties)
    if missing < 1 or not agreement.title:
        return agreement
    if not HAN.search(agreement.title):
        return _en_signers_bodies(agreement, missing, checker, warnings)
    read = checker.read_text
    at = read.find(f"《{simplified(agreement.title)}》")
    if at < 0:
        return agreement
    start, end = checker.sentence_at(at)
    known = [
        simplified(name)
        for name in (
            *(n for p in agreement.parties for n in p.all_names),
            *(p.name for p in agreement.signatories if p.name),
        )
    ]
    bodies = [
        our_unit(body)
        for person in agreement.signatories
        if (body := _body_before(person.name, checker.text[start:end], read[start:end], known))
        and not a_party_already(our_unit(body), agreement.parties)
    ]
    return _with_the_sides_missing(agreement, bodies, missing, warnings)


def _en_signers_bodies(
    agreement: Agreement, missing: int, checker: Checker, warnings: list[str]
) -> Agreement:
    """The English agreement of one party or none with the bodies written after its
    signers' names and offices (:func:`_body_after`: "… was signed by Thanakorn Srisuwan,
    president of Songkhla Rail Terminal Co., Ltd., and Rajesh Pillai, general manager of
    Perai Inland Container Depot Sdn Bhd": the blind73 bv06's model gave the signer as the
    party), where a sentence that signs its title names the signer, and the name is a
    body's (:func:`_a_bodys_name`); as :func:`the_other_signers_body` counts them."""
    told = checker.titles_signing(agreement.title or "")
    bodies = [
        body
        for person in agreement.signatories
        if person.name
        and any(checker.mentions_in(person.name, sentence) for sentence in told)
        and (body := _body_after(person.name, checker))
        and _a_bodys_name(body)
        and not a_party_already(body, agreement.parties)
    ]
    return _with_the_sides_missing(agreement, bodies, missing, warnings)


def _with_the_sides_missing(
    agreement: Agreement, bodies: list[str], missing: int, warnings: list[str]
) -> Agreement:
    """The agreement with ``bodies`` its signers signed for as parties, where they are the
    ``missing`` sides, each once, no more; as it is else."""
    if len(set(bodies)) != missing or len(bodies) != missing:
        return agreement
    for body in bodies:
        warnings.append(
            f"added party '{body}': its signer signed for it, and the model left it out"
        )
    added = [Party(name=body, kind=party_kind_for(body)) for body in bodies]
    return agreement.model_copy(update={"parties": [*agreement.parties, *added]})


def _a_bodys_name(name: str) -> bool:
    """Whether an English name is a body's, not a place's ("chief minister of Penang":
    review74): a kind of body's word, a legal form at its end, or three words or more."""
    return (
        party_kind_for(name) != "other"
        or _A_LEGAL_FORM_AT_END.search(name) is not None
        or len(name.split()) > _TWO
    )


_A_LEGAL_FORM_AT_END = re.compile(
    r"\b(?:Ltd|Limited|Inc|LLC|plc|PLC|GmbH|AG|AS|ASA|AB|Bhd|Berhad|SA|NV|BV|Pte|Pty|Co)\.?$"
)
_LIST_STOP = re.compile(r"[、，,；;]|(?P<and>[与和])")
"""Where the item of a list before a signer's body opens: 与 and 和 only after a name the
record knows (``known``), as they are words of bodies' names too ("北京和利时科技集团有限公司":
a review's find)."""
_BRACKET_AT_END = re.compile(r"[（(][^（）()]{0,30}[）)]$")
_CHAIN_LINK = ("、", "兼")
_LONGEST_FIRST = tuple(sorted(ZH_TITLES, key=len, reverse=True))


def _without_the_chain(head: str) -> str:
    """``head`` without the titles chained before its last one ("中宏新材料股份有限公司党委书记、"
    before 董事长: a review's find)."""
    while head.endswith(_CHAIN_LINK):
        linked = head[:-1]
        title = next((t for t in _LONGEST_FIRST if linked.endswith(t)), None)
        if title is None:
            break
        head = linked[: -len(title)]
    return head


def _a_list_item_ends(before: str, known: Sequence[str]) -> bool:
    """Whether ``before`` (Simplified) ends an item of a list of signers, so that the 与 or
    和 after it parts the list: a name the record knows, an office ("市政府秘书长与…": a
    review's find) or a person's name."""
    return before.endswith((*known, *ZH_TITLES)) or name_ending(before) is not None


def _body_before(
    name: str | None, sentence: str, read: str, known: Sequence[str] = ()
) -> str | None:
    """The body the sentence (``read`` in Simplified characters) writes right before the
    title (or chain of titles) before ``name`` ("中宏新材料股份有限公司（以下简称“中宏新材”）
    总经理李蔚"), its bracketed short form aside, as written; None where it writes none.
    ``known``: the record's names (Simplified), after which 与 and 和 part a list."""
    if not name or not HAN.search(name) or (at := sentence.find(name)) < 0:
        return None
    title = title_written_before(name, sentence[: at + len(name)])
    if title is None or not sentence[:at].endswith(title):
        return None
    head = _BRACKET_AT_END.sub("", _without_the_chain(read[: at - len(title)]))
    opening = max(
        (
            m.end()
            for m in _LIST_STOP.finditer(head)
            if not m["and"] or _a_list_item_ends(head[: m.start()], known)
        ),
        default=0,
    )
    body = sentence[opening : len(head)]
    return body if zh_company_name(simplified(body)) else None


_TWO = 2
"""A document's two sides."""
_EN_BODY_AFTER = (
    r",\s+(?:the\s+)?[^,;.()]{2,60}?\s+(?:of|at)\s+(?:the\s+)?"
    rf"(?P<body>{EN_COMPANY_NAME})(?=\s*[,;.)]|\s+(?:and|signed|in|on)\b)"
)
"""A person's office and body after the name and a comma ("Mrs. Efua Quansah, Managing
Director of Golden Pod Cocoa Processors Ltd, signed …")."""


def people_given_as_parties(
    agreement: Agreement, checker: Checker, warnings: list[str]
) -> Agreement:
    """The agreement with the parties a model gave as English people put right (the blind49
    ax04's "Dean of the School of Agriculture and Agribusiness" and "Mrs. Efua Quansah"): a
    person the article says signed (:meth:`Checker.states`) and writes with an office and
    a body after the name ("…, Managing Director of Golden Pod Cocoa Processors Ltd"; not a
    company named as a person, "Sir Robert McAlpine": a review's find) joins the signers,
    and that body becomes the party, where no party is or holds it; a title of a body
    (:func:`~coopllm.titles.body_of_its_title`) is that body, where the article writes it
    and no signer holds that title (a dean who signed "for the university" signed for no
    school)."""
    if sum(bool(p.name) for p in agreement.signatories) >= _TWO or HAN.search(
        " ".join(p.name for p in agreement.parties)
    ):
        return agreement  # its two signers given: its people are not its parties
    signers = list(agreement.signatories)
    placed = {normalize_for_match(p.name) for p in (*signers, *agreement.witnesses) if p.name}
    parties: list[Party] = []
    titles = {p.title for p in agreement.signatories if p.title}
    for party in agreement.parties:
        person = titled_name(party.name)
        body = _body_after(person, checker) if person is not None else None
        if (
            person is not None
            and body is not None  # an office written after the name: "Sir Robert McAlpine"
            and without_legal_form(person) == person  # "Dr. Oetker GmbH" is a company
            and checker.states(person, "signatories")
        ):
            if normalize_for_match(person) not in placed:
                placed.add(normalize_for_match(person))
                signers.append(Signatory(name=person))
            if not a_party_already(body, [*parties, *agreement.parties]):
                parties.append(Party(name=body, kind=party_kind_for(body)))
            warnings.append(
                f"moved party '{party.name}' to signatories as '{person}', its party '{body}': "
                "the article says they signed"
            )
            continue
        body = body_of_its_title(party.name)
        if body is not None and party.name not in titles and checker.grounded(body):
            warnings.append(f"took party '{body}' for '{party.name}': a title of that body")
            party = Party(name=body, kind=party_kind_for(body))
        parties.append(party)
    if parties == agreement.parties and signers == agreement.signatories:
        return agreement
    return agreement.model_copy(update={"parties": parties, "signatories": signers})


def _body_after(person: str, checker: Checker) -> str | None:
    """The body written after a person's name and office (``_EN_BODY_AFTER``), where the
    article writes it."""
    found = re.search(rf"(?<![\w-]){re.escape(person)}{_EN_BODY_AFTER}", checker.text)
    if found is None:
        return None
    formed = _ITS_LEGAL_FORM.search(found["body"])
    body = (found["body"][: formed.end()] if formed else found["body"]).strip()
    if _ANOTHER_OFFICE.search(body):
        return None
    return body if checker.grounded(body) else None


_ITS_LEGAL_FORM = re.compile(r"\b(?:Co\.,?\s+Ltd|Ltd|Limited|Inc|LLC|plc|PLC|GmbH|AG)\b\.?")
"""Where a company's name ends: no office after it is the body's ("… Sunleaf Cocoa Ltd and
President of the Ghana Agribusiness Chamber": a review's find)."""
_ANOTHER_OFFICE = re.compile(
    r"\band\s+(?:Vice[\s-]+|Deputy\s+)?(?:President|Chair\w*|Director|Secretary|Minister|CEO"
    r"|Dean|Rector|Head|Member)\b"
)
"""A second office of the person's run into the body's name."""
