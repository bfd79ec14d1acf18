"""Documents one signer signed with each of several bodies, told apart.

Chinese news tells a signer's separate signings in one clause: "学院副院长陈立新分别与苏润精密
机械有限公司总经理吴国栋、恒拓物流（集团）股份有限公司人力资源总监彭雅琳、禾信汽车零部件制造有限公司
副总经理许晨签订了校企合作协议" (the blind43 ar05's): 分别与 is "with each, apart", three
documents, each between the signer's body and one of the listed ones. A small model gives
one agreement of four parties. Where the record's one agreement holds every listed body as
a party and one party besides, :func:`signed_with_each` gives each listed body an
agreement of its own with that party, its signer beside the one who signed them all.

A signer's documents may also follow the clause one by one, after a colon: "研究院院长冯志诚
分别与三家企业签署项目合同：与嵘州华拓新材料股份有限公司董事长沈一鸣签署《…项目合同》；与…"
(the blind55 bd02's); each titled agreement the list names is then between the signer's
body and the one it names, signed by the two (:func:`signed_in_turn`).

A state visit's story tells each memorandum exchanged by its title and the two bodies it
is "between" ("The first, a Memorandum of Understanding on Cooperation in Agriculture and
Food Security, is between the Ministry of … of Kestria and the Ministry of … of Maravia.
The second, a Memorandum of Understanding on Health Cooperation, links the Ministry of
Health of Kestria with the Department of Health of Maravia": the blind56 be06's), and a
model gives one of the countries; each such document is an agreement of those two bodies
(:func:`each_between`).

English releases tell each document in a sentence of its own ("The MoU with IDAR was
signed by …. The MoU with NIT Sonepur was signed by …": the blind46 au02's), or each in a
paragraph opened by its order ("The first MoU was signed with Kaveri Greenfuels Private
Limited (KGPL) for …. Principal Secretary … signed the MoU on behalf of the Department,
while …": the blind52 ba04's); where the record's one agreement holds each such body and
its signers, each document gets an agreement of its own (:func:`_each_its_signers`).
"""

from __future__ import annotations

import re

from coopllm.grounding import normalize_for_match
from coopllm.guard.checker import Checker
from coopllm.parties import is_named
from coopllm.schema import Agreement, Party, Signatory
from coopllm.titles import listed_names, name_ending, person_after_organisation

_WITH_EACH = re.compile(
    r"(?P<one>[^，。；,;：:\n]{2,40}?)分别与(?P<many>[^，。；,;：:\n]{4,300}?)(?:签订|签署|签约)"
)
"""A signer, "分别与", then the list of those each signed with, up to the signing's verb."""
_EN_THE_ONE_WITH = re.compile(
    r"\bThe\s+(?:MoU|MOU|memorandum(?:\s+of\s+understanding)?|agreement|contract)"
    r"(?:\s+\([A-Za-z]{2,8}\))?\s+with\s+"
    r"(?:the\s+)?(?P<body>[^.;]{2,80}?)\s+was\s+signed\s+by\s+",
    re.IGNORECASE,
)
"""An English sentence of one of the documents and who signed it: "The MoU with IDAR was
signed by Dr. Anjali Raghavan, Chief Executive Officer, MVCDA, and Dr. Prakash Meena,
Director, IDAR" (the blind46 au02's, one of "two Memoranda of Understanding"); the body
by a name with its comma ("the National Institute of Technology, Sonepur"), the document's
short form after its word ("The Memorandum of Understanding (MoU) with …": a review's
finds)."""
_EN_THE_NTH_WITH = re.compile(
    r"\bThe\s+(?:first|second|third|fourth|fifth|last)\s+"
    r"(?:MoU|MOU|memorandum(?:\s+of\s+understanding)?|agreement|contract)\s+was\s+signed\s+with\s+"
    r"(?:the\s+)?(?P<body>[^.;,()]{2,80}?)(?=\s*[(.;,]|\s+(?:for|to|on|at|in|under|worth)\b)",
    re.IGNORECASE,
)
"""A paragraph's opening sentence of one of the documents and the body it was signed with:
"The first MoU was signed with Kaveri Greenfuels Private Limited (KGPL) for setting up …"
(the blind52 ba04's, one of "two separate Memoranda of Understanding"); who signed it is
told in the words after, up to the next such sentence or the paragraph's end."""


_WITH_EACH_IN_TURN = re.compile(
    r"(?P<one>[^，。；,;：:\n]{2,80}?)分别与[^，。；：:\n]{1,20}?(?:签订|签署|签约)"
    r"[^，。；：:\n]{0,20}[：:](?P<items>[^。\n]+)"
)
"""A signer, "分别与" those it signed with, and after a colon each document in turn."""
_ONE_IN_TURN = re.compile(
    r"与(?P<other>[^，。；,;：:\n]{2,60}?)(?:签订|签署)《(?P<title>[^《》]{2,80})》"
)
"""One of those documents: "与…董事长沈一鸣签署《…项目合同》"."""
_BRACKETS = re.compile(r"（[^（）]*）|\([^()]*\)")
_OPENING = re.compile(
    r"^(?:随后|会上|仪式上|签约仪式上|现场|同时|此外|接着|其后|之后|当天|同日|最后|然后|并|还)+"
)
"""Words that open a clause before its signer's body ("随后北岭大学临江研究院院长…")."""


def signed_in_turn(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """Each titled agreement that a signer's list of documents in turn names (see the
    module) between the signer's body and the one the list names for it, signed by the
    signer and that one's person, their parties as the record names them; the record as
    it is where no such list reads whole, or its sentence tells an earlier signing."""
    if "分别与" not in checker.rules_text:
        return agreements  # the pattern's free first words cost a scan of the whole text
    for clause in _WITH_EACH_IN_TURN.finditer(checker.rules_text):
        start, end = checker.sentence_at(clause.start("items"))
        lead = _OPENING.sub("", _BRACKETS.sub("", clause["one"].strip()))
        one = person_after_organisation(lead)
        items = [_turn_of(item) for item in clause["items"].split("；")]
        if (
            one is None
            or not one.organization
            or checker.tells_another_signing(checker.text[start:end])
            or len(items) < _TWO
            or None in items
        ):
            continue
        witnessed = _WITNESSED.search(checker.rules_text, start, clause.start("one")) is not None
        turns = [i for i in items if i is not None]
        return _each_in_turn(agreements, one, turns, warnings, witnessed=witnessed)
    return agreements


_WITNESSED = re.compile(r"见证下")
"""Witnessing words before the signer's clause ("在李国栋和赵文清的共同见证下，…"): those who
witnessed one of its documents witnessed each."""


_TWO = 2


def _turn_of(item: str) -> tuple[str, Signatory] | None:
    """The title of one document of the list, and the person who signed it with its body;
    None where the item is not so."""
    found = _ONE_IN_TURN.fullmatch(item.strip())
    other = person_after_organisation(found["other"]) if found else None
    if found is None or other is None or not other.organization:
        return None
    return found["title"], other


def _each_in_turn(
    agreements: list[Agreement],
    one: Signatory,
    turns: list[tuple[str, Signatory]],
    warnings: list[str],
    *,
    witnessed: bool,
) -> list[Agreement]:
    """The agreements, each the list names by its title between ``one``'s body and its
    signer's (see :func:`signed_in_turn`); ``witnessed``: the witnesses of each are those of
    all."""
    known = list({p.name: p for a in agreements for p in a.parties}.values())
    by_title = {normalize_for_match(title): other for title, other in turns}
    listed = [a for a in agreements if normalize_for_match(a.title or "") in by_title]
    witnesses = list(
        {normalize_for_match(p.name or ""): p for a in listed for p in a.witnesses}.values()
    )
    made = []
    for agreement in agreements:
        other = by_title.get(normalize_for_match(agreement.title or ""))
        if other is None:
            made.append(agreement)
            continue
        parties = [
            _known_party(one.organization or "", known),
            _known_party(other.organization or "", known),
        ]
        signers = [
            _as_given(one.name or "", agreement.signatories),
            _as_given(other.name or "", agreement.signatories),
        ]
        if parties != agreement.parties or signers != agreement.signatories:
            warnings.append(
                f"gave '{agreement.title}' the parties and signers the article lists for it: "
                f"'{one.name}' signed each document with one body in turn"
            )
        update = {"parties": parties, "signatories": signers}
        made.append(
            agreement.model_copy(update=update | ({"witnesses": witnesses} if witnessed else {}))
        )
    return made


def _known_party(name: str, known: list[Party]) -> Party:
    """The party of the record by that name (each party once in ``known``), else a party
    of that name."""
    return _party_named(known, name) or Party(name=name)


_EN_TITLED_BETWEEN = re.compile(
    r"(?P<title>(?-i:Memorandum)\s+of\s+(?-i:Understanding)(?:\s+(?:on|for|in|and|of|the"
    r"|(?-i:[A-Z])[\w-]*)){1,12}?),\s+(?:(?:is|was)\s+(?:(?:signed|concluded)\s+)?between"
    r"|links)\s+(?P<bodies>(?-i:the\s+)?(?-i:[A-Z])[^.;\n]{4,200}?)(?=[.;]\s|[.;]?$)",
    re.MULTILINE,
)
"""A memorandum by its title, then the two bodies it is between or links (see the
module)."""
_TWO_BODIES = re.compile(r"(?P<first>.+?)\s+(?:with|and)\s+(?P<second>the\s+[A-Z].+)")
"""Two bodies joined by "with" or "and" before the second's "the"."""
_A_CLAUSE_AFTER = re.compile(r",\s+(?=[a-z]).*$")
"""A clause after the second body ("…of Maravia, and covers joint research …": a review's
find); not a comma within a name ("Ministry of Agriculture, Fisheries and Forestry")."""


def each_between(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The record's one agreement given as each memorandum the article tells between two
    bodies (see the module), two at least: the one of its title with those parties, the
    others with them too and the one's day, place and witnesses, no signer; the record
    as it is where it holds more than one agreement, the article tells fewer, or its
    agreement is none of them (a joint declaration the leaders signed: a review's find)."""
    if len(agreements) != 1:
        return agreements
    told = [
        (found["title"], bodies)
        for found in _EN_TITLED_BETWEEN.finditer(checker.text)
        if (bodies := _two_bodies(found["bodies"])) is not None
    ]
    (one,) = agreements
    titles = [normalize_for_match(t) for t, _ in told]
    if (
        len(told) < _TWO
        or len(set(titles)) != len(told)
        or normalize_for_match(one.title or "") not in titles  # another document's record
    ):
        return agreements
    known = list({p.name: p for p in one.parties}.values())
    made = []
    for title, bodies in told:
        own = normalize_for_match(title) == normalize_for_match(one.title or "")
        parties = [_known_party(body, known) for body in bodies]
        update: dict[str, object] = {"title": title, "parties": parties}
        if not own:
            update |= {"signatories": [], "established_entities": [], "facilitators": []}
        made.append(one.model_copy(update=update))
    warnings.append(
        f"gave '{one.title or 'untitled'}' as {len(made)} agreements: the article tells each "
        "memorandum and the two bodies it is between"
    )
    return made


def _two_bodies(written: str) -> tuple[str, str] | None:
    """The two bodies of "X and the Y", "X with the Y", each without its "the"; None where
    they do not read so."""
    found = _TWO_BODIES.fullmatch(_A_CLAUSE_AFTER.sub("", written.strip()))
    if found is None or " and the " in found["second"] or " with the " in found["second"]:
        return None
    first, second = (re.sub(r"^the\s+", "", found[key].strip()) for key in ("first", "second"))
    return first, second


def signed_with_each(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The record's one agreement split into one per body its signer signed with apart
    (see the module); the record as it is where no clause tells such signings of it, or
    the clause's sentence tells an earlier signing
    (:meth:`~coopllm.guard.checker.Checker.tells_another_signing`)."""
    if len(agreements) != 1:
        return agreements
    if "分别与" not in checker.rules_text:
        return _each_its_signers(agreements, checker, warnings)
    for clause in _WITH_EACH.finditer(checker.rules_text):
        start, end = checker.sentence_at(clause.start("many"))
        if checker.tells_another_signing(checker.text[start:end]):
            continue  # "早在2023年，…分别与…签订…": an earlier signing's (a review's find)
        split = _split(agreements[0], clause, checker.text)
        if split is not None:
            warnings.append(
                f"split agreement '{agreements[0].title or 'untitled'}' into {len(split)}: "
                f"the article says its signer signed with each of its parties apart (分别与)"
            )
            return split
    return agreements


def _split(agreement: Agreement, clause: re.Match[str], text: str) -> list[Agreement] | None:
    """One agreement per listed body (``clause``'s "many", each an organisation, a title
    and a name), with the one party of ``agreement`` no item names; None where an item is
    not so, names no party, or not one party is left."""
    one = name_ending(text[clause.start("one") : clause.end("one")].strip())
    items = text[clause.start("many") : clause.end("many")].split("、")
    people = [person_after_organisation(item.strip()) for item in items]
    listed = [p for p in people if p is not None and p.name and p.organization]
    if one is None or len(listed) < 2 or len(listed) != len(people):
        return None
    bodies = [_party_named(agreement.parties, p.organization or "") for p in listed]
    if None in bodies:
        return None
    rest = [p for p in agreement.parties if all(p is not b for b in bodies)]
    if len(rest) != 1:
        return None
    signer = _as_given(one, agreement.signatories)
    return [
        agreement.model_copy(
            update={
                "parties": [rest[0], body],
                "signatories": [
                    signer,
                    _as_given(person.name or "", agreement.signatories),
                ],
            }
        )
        for body, person in zip(bodies, listed, strict=True)
    ]


def _party_named(parties: list[Party], organization: str) -> Party | None:
    """The one party the organisation names (by a name of it, as matching reads them)."""
    named = [p for p in parties if is_named(p, [organization])]
    return named[0] if len(named) == 1 else None


def _as_given(name: str, given: list[Signatory]) -> Signatory:
    """The signer by that name as the model gave them (their title, their body), else the
    name alone."""
    key = normalize_for_match(name)
    return next(
        (p for p in given if p.name and normalize_for_match(p.name) == key),
        Signatory(name=name),
    )


def _each_its_signers(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The record's one agreement split into one per body the article tells a document
    "with" and its signers ("The MoU with IDAR was signed by …", "The MoU with NIT Sonepur
    was signed by …": the blind46 au02's two MoUs, given as one of three parties and four
    signers), each with the parties no such sentence names; the record as it is unless two
    sentences or more each name one party of it and signers of it, no two the same party
    nor signer, and a party is left."""
    (agreement,) = agreements
    told = _told_with_their_signers(agreement, checker) or _told_in_order(agreement, checker)
    bodies = [body.name for body, _ in told]
    people = [p.name for _, signers in told for p in signers]
    rest = [p for p in agreement.parties if p.name not in bodies]
    if len(told) < 2 or len(set(bodies)) != len(bodies) or len(set(people)) != len(people):
        return agreements
    if not rest:
        return agreements
    warnings.append(
        f"split agreement '{agreement.title or 'untitled'}' into {len(told)}: the article "
        "tells each document with one of its parties and who signed it"
    )
    return [
        agreement.model_copy(update={"parties": [*rest, body], "signatories": signers})
        for body, signers in told
    ]


def _told_with_their_signers(
    agreement: Agreement, checker: Checker
) -> list[tuple[Party, list[Signatory]]]:
    """Each body a sentence tells a document "with" and who signed it ("The MoU with IDAR
    was signed by …"), and those signers."""
    return [
        (body, signers)
        for found in _EN_THE_ONE_WITH.finditer(checker.text)
        if (body := _party_named(agreement.parties, found["body"])) is not None
        and (signers := _its_signers(agreement, _the_rest(found, checker), checker.text))
    ]


def _told_in_order(agreement: Agreement, checker: Checker) -> list[tuple[Party, list[Signatory]]]:
    """Each body a paragraph's "The first MoU was signed with …" names, and the agreement's
    signers written from there to the next such sentence or the paragraph's end; none
    unless every signer is written in one of those stretches and each stretch names one."""
    text = checker.text
    found = list(_EN_THE_NTH_WITH.finditer(text))
    if len(found) < 2:
        return []
    told = []
    for this, after in zip(found, [*found[1:], None], strict=True):
        body = _party_named(agreement.parties, this["body"])
        if body is None:
            return []
        paragraph_end = text.find("\n", this.end())
        end = len(text) if paragraph_end < 0 else paragraph_end
        stretch = text[this.start() : end if after is None else min(end, after.start())]
        told.append((body, [p for p in agreement.signatories if p.name and p.name in stretch]))
    placed = [p.name or "" for _, signers in told for p in signers]
    if sorted(placed) != sorted(p.name for p in agreement.signatories if p.name):
        return []
    return told if all(signers for _, signers in told) else []


def _the_rest(found: re.Match[str], checker: Checker) -> str:
    """The words after ``found`` to its sentence's end: the list of who signed."""
    return checker.text[found.end() : checker.sentence_at(found.start())[1]]


def _its_signers(agreement: Agreement, who: str, text: str) -> list[Signatory]:
    """The agreement's signers ``who`` lists (as the model gave them); none where it lists
    one the agreement has not."""
    named = listed_names(who, text, led=True)
    signers = [
        p
        for p in agreement.signatories
        if p.name and normalize_for_match(p.name) in {normalize_for_match(n) for n in named}
    ]
    return signers if named and len(signers) == len(named) else []
