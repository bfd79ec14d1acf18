"""Projects signed one by one at a joint signing (集中签约), read clause by clause.

Chinese news of an investment fair tells each project's signing in a clause of one
sentence: "甲项目由副县长罗志刚代表县人民政府与乙公司总经理邓淑芬签约；丙项目、丁项目分别由
A镇、B镇主要负责人与C公司、D公司负责人签约". A small model reading such a list gives one
agreement for them all, or none (the blind15 p02's gave none). Each clause is one project
agreement: its two parties, who signed for each (by name, or by office alone: "负责人",
the spec's unnamed signer), and the project as what they cooperate on. The fair's own day
and venue date and place it where the signing's sentence says it was done at the fair
("4月16日上午，…推介会在…中心举行" before "推介会上，…5个项目集中签约"). Every value is the
article's own words; :func:`projects_left_out` adds each agreement with a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from coopllm.dates import resolve_date
from coopllm.grounding import normalize_for_match
from coopllm.guard.checker import Checker
from coopllm.guard.reading import TOLD_AS_EARLIER
from coopllm.lexicon import HAN
from coopllm.parties import in_order, is_named, party_kind_for, zh_body_name
from coopllm.schema import (
    Agreement,
    AgreementType,
    ExtractionDraft,
    Party,
    Signatory,
    most_items,
)
from coopllm.titles import (
    name_ending,
    person_after_organisation,
    title_written_before,
)

_PROJECT = r"[^，。；：:、,;\n]{2,40}?项目"
_PROJECT_CLAUSE = re.compile(
    rf"(?P<projects>{_PROJECT}(?:[、和]{_PROJECT})*)(?P<each>分别)?由"
    r"(?P<sides>[^，。；：:,;\n]{2,60}?与[^，。；：:,;\n]{2,60}?)(?:[双三四多]方)?"
    r"(?:在[^，。；：:,;\n]{1,16}?)?(?:共同|现场|正式)?签约(?=[，。；,;]|$)"
)
"""One project's signing, or several signed alike ("…项目、…项目分别由A、B与C、D签约"), as a
clause writes it: the projects, then "由" right after them (not "将由", a signing to come),
who signed for the first party, "与", who for the second, where ("在推介会现场"), and "签约"
ending the clause (not "签约仪式"). Which "与" parts the sides, :func:`_parted` reads
("县文化与旅游局…")."""
_EACH_WITH = re.compile(
    r"(?P<firsts>[^，。；：:,;\n、]{2,30}(?:、[^，。；：:,;\n、]{2,30})+)分别与"
    r"(?P<seconds>[^，。；：:,;\n、]{2,40}(?:、[^，。；：:,;\n、]{2,40})+)"
    r"(?:签订|签署|签约)(?P<document>[^，。；,;\n]{0,20}?(?:协议|合同))?"
)
"""Bodies that each signed with one of another list, in order: "白沙镇、云岭乡分别与甲公司、
乙公司签订投资协议" (the blind20 u02's), each pair its own agreement."""
_A_PROJECTS_DOCUMENT = re.compile(r"投资|项目")
"""A document of a project ("投资协议", "项目合作协议"), as the projects rule adds."""
_PROJECTS_INVOLVED = re.compile(
    rf"[，,]\s*涉及[^，。；;\n]*?的(?P<projects>{_PROJECT}(?:[、和]{_PROJECT})+)"
)
"""The projects the clause after such a list names, in the same order: "，涉及投资5.8亿元的
分布式光伏储能一体化项目和高山茶叶精深加工项目"."""
_PROJECTS_APART = re.compile(r"(?<=项目)[、和]")
_LEAD = re.compile(r"^(?:其中|此外|另外|同时)")
_ON_BEHALF = re.compile(r"(?P<who>.+?)代表(?P<body>.+)")
_BY_OFFICE = re.compile(r"(?P<bodies>.+?)(?P<office>(?:主要|相关)?负责人|主要领导)")
_PROJECT_END = re.compile(r"项目$")
_NO_PROJECT = re.compile(r"^(?:其余|其他|另|剩余|各|上述|以上)|\d+\s*个")
"""Words that count projects or point back to them ("其余4个项目"): no project's name."""
_MOST_AGREEMENTS = most_items(ExtractionDraft, "agreements")


class _Side(NamedTuple):
    """A party of a project and who signed for it."""

    party: str
    signer: Signatory | None  # None where the body alone is said to sign


class ProjectSigning(NamedTuple):
    """One project agreement a clause tells: the project, and its sides (two, or more
    where one project's side lists bodies: "由甲局、乙中心与丙公司三方签约")."""

    project: str
    sides: tuple[_Side, ...]
    at: int  # where its clause starts in the text, for its own sentence's day

    @property
    def parties(self) -> list[str]:
        return [side.party for side in self.sides]


def project_signings(text: str) -> Iterator[ProjectSigning]:
    """Each project signing the text tells clause by clause (``_PROJECT_CLAUSE``), its
    sides read by :func:`_sides`; a clause whose sides cannot be read, or whose lists do
    not pair with its projects, tells none (its projects stay the model's). Then each pair
    of bodies that signed "分别与" (:func:`_signed_each_with`), and each item of a list of
    projects and the firms that signed them (:func:`_signed_down_a_list`)."""
    yield from _projects_by_clause(text)
    yield from _signed_each_with(text)
    yield from _signed_down_a_list(text)


_WITH_EACH_FIRM = re.compile(
    r"(?P<who>[^，。；;,\n]{3,40}?)代表(?P<body>[^，。；;,\n与]{4,40}?)[，,]?\s*"
    r"与(?:各|各家|多家|上述)?(?:签约|项目)?企业(?P<reps>代表|负责人)(?:依次|分别|逐一|先后)?"
    r"(?:签约|签订|签署)"
)
"""One body's signer who signed with each firm in turn, the firms listed after: "高新区管委会
副主任杜建平代表青岚高新技术产业开发区管理委员会，与各企业代表依次签约" (the blind59 bh03's)."""
_LISTED_PROJECT = re.compile(
    r"^[ \t\u3000]*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})[.、．)）]|[（(]\d{1,2}[）)])\s*"
    r"(?P<project>[^，,：:；;。\n]{2,40}?项目)(?:[，,][^，,：:；;。\n]{1,30}?)*?[，,]\s*"
    r"签约(?:企业|单位)[:：]\s*(?P<firm>[^，,：:；;。\n]{4,40}?)[；;。]?[ \t\u3000]*$",
    re.MULTILINE,
)
"""An item of a numbered list of projects and the firm that signed each: "1. 年产3万吨
高性能锂电池隔膜项目，签约企业：江屿新材料科技有限公司；", "（2）…项目，总投资5亿元，签约企业：
…"."""


def _signed_down_a_list(text: str) -> Iterator[ProjectSigning]:
    """Each item of the numbered list of projects (``_LISTED_PROJECT``) that follows the
    words of one body's signer signing with each firm in turn (``_WITH_EACH_FIRM``): a
    project agreement of the body and the item's firm, signed by that signer and the
    firm's representative, unnamed (the spec's signer by office). Items right after it,
    one a line, a heading ending in a colon before them ("签约项目如下："), up to the first
    line that is none."""
    if "签约企业" not in text and "签约单位" not in text:
        return
    lead = _WITH_EACH_FIRM.search(text)
    if lead is None or not zh_body_name(lead["body"]):
        return
    signer = person_after_organisation(lead["who"]) or _named(lead["who"], text)
    if signer is None or signer.name is None:
        return
    ours = _Side(lead["body"], signer.model_copy(update={"organization": lead["body"]}))
    items = 0
    line = text.find("\n", lead.end())
    while line >= 0:
        found = _LISTED_PROJECT.match(text, line + 1)
        if found is None:
            words = text[line + 1 : text.find("\n", line + 1)].strip()
            if words and not (items == 0 and words.endswith((":", "："))):
                return  # the list's first line that is no item (nor its heading) ends it
            line = text.find("\n", line + 1)
            continue
        items += 1
        firm = found["firm"]
        if zh_body_name(firm):
            theirs = _Side(firm, Signatory(title=f"企业{lead['reps']}", organization=firm))
            yield ProjectSigning(found["project"], (ours, theirs), lead.start())
        line = text.find("\n", found.end())


def _signed_each_with(text: str) -> Iterator[ProjectSigning]:
    """Each pair of an ``_EACH_WITH`` list, in order, where both lists are bodies' names
    of the same length: its project the one the next clause names in that place, else the
    document the clause names ("投资协议"). Read only where "分别与" is written: the pattern
    opens with a list's free words, which cost a scan from every character of the text
    (a fifth of the guard's time on an English article)."""
    if "分别与" not in text:
        return
    for clause in _EACH_WITH.finditer(text):
        if clause["document"] and not _A_PROJECTS_DOCUMENT.search(clause["document"]):
            continue  # "…分别与…签订战略合作框架协议": no project (a review's find)
        firsts = _LEAD.sub("", clause["firsts"]).split("、")
        seconds = clause["seconds"].split("、")
        if len(firsts) != len(seconds) or not all(map(zh_body_name, [*firsts, *seconds])):
            continue
        involved = _PROJECTS_INVOLVED.match(text, clause.end())
        projects = _PROJECTS_APART.split(involved["projects"]) if involved else []
        if len(projects) != len(firsts):
            projects = [clause["document"] or "项目"] * len(firsts)
        for first, second, project in zip(firsts, seconds, projects, strict=True):
            yield ProjectSigning(project, (_Side(first, None), _Side(second, None)), clause.start())


def _projects_by_clause(text: str) -> Iterator[ProjectSigning]:
    """The signings of ``_PROJECT_CLAUSE`` (:func:`project_signings`), read only where its
    "由" and "签约" are written (as ``_EACH_WITH``'s words, in :func:`_signed_each_with`)."""
    if "由" not in text or "签约" not in text:
        return
    for clause in _PROJECT_CLAUSE.finditer(text):
        projects = _PROJECTS_APART.split(_LEAD.sub("", clause["projects"]))
        if any(_NO_PROJECT.search(project) for project in projects):
            continue
        parted = _parted(clause["sides"], text)
        if parted is None:
            continue
        firsts, seconds = parted
        if len(projects) == 1:  # every body a party, and who signed in the next clause
            sides = _signed_after(firsts + seconds, text[clause.end() :])
            yield ProjectSigning(projects[0], tuple(sides), clause.start())
            continue
        count = len(projects)
        if not clause["each"] and (len(firsts) > 1 or len(seconds) > 1):
            continue
        if any(len(side) not in (1, count) for side in (firsts, seconds)):
            continue
        for i, project in enumerate(projects):
            first = firsts[i if len(firsts) > 1 else 0]
            second = seconds[i if len(seconds) > 1 else 0]
            yield ProjectSigning(project, (first, second), clause.start())


_SIGNED_NEXT = re.compile(
    r"[，,](?P<people>[^，。；;\n]{4,80}?)(?:分别)?(?:代表(?:[双三四各]方|[^，。；;\n]{2,30}?)|在协议上)?"
    r"(?:签字|签约|签署协议)(?=[，。；,;]|$)"
)
"""The clause after a project's that names who signed it: "…签约，开发区管委会主任杨帆、
恒拓新材董事长沈国平代表双方签字", "…签约，县文化和旅游局局长何美玲、悦途集团副总裁邱志远
分别在协议上签字"."""


_NOT_SIGNERS = re.compile(r"见证|出席|陪同|参加|列席")
"""Words of those who attended a signing, not who signed: "…代表县委县政府见证签约"."""


def _signed_after(sides: list[_Side], after: str) -> list[_Side]:
    """The sides with the people the clause right after the project's names, one for
    each side in order, where it names as many as the sides none signed for, each of
    their own side (:func:`_for_its_side`), as signers (not "见证签约"); else as they are."""
    found = _SIGNED_NEXT.match(after)
    if found is None or any(side.signer is not None for side in sides):
        return sides
    if _NOT_SIGNERS.search(found.group()):
        return sides  # "…代表县委县政府见证签约": witnesses (a review's find)
    items = found["people"].split("、")  # 与 and 和 only where 、 parts too few
    if len(items) != len(sides):  # ("县文化和旅游局局长何美玲、…": a body's 和)
        items = re.split(r"[、与和]", found["people"])
    people = [person_after_organisation(item) or _named(item, "") for item in items]
    if len(people) != len(sides) or None in people:
        return sides
    if not all(_for_its_side(p, side) for p, side in zip(people, sides, strict=True) if p):
        return sides  # "…签约，晨光新能源董事长李四、副县长张三代表双方签字": not in order
    return [
        side._replace(signer=person.model_copy(update={"organization": side.party}))
        for side, person in zip(sides, people, strict=True)
        if person is not None
    ]


def _for_its_side(person: Signatory, side: _Side) -> bool:
    """Whether the person may sign for the side: no organisation written with them, or
    one the side's party is, or a short form of (:func:`~coopllm.parties.in_order`)."""
    body = person.organization
    return body is None or in_order(body, side.party)


def _parted(words: str, text: str) -> tuple[list[_Side], list[_Side]] | None:
    """The two sides of the words between "由" and "签约", parted at the first "与" that
    leaves two readable sides (:func:`_sides`): not the "与" of a name ("县文化与旅游局局长
    …代表县人民政府与…"). None where no "与" does."""
    for joint in re.finditer("与", words):
        firsts = _sides(words[: joint.start()], text)
        seconds = _sides(words[joint.end() :], text) if firsts else []
        if firsts and seconds:
            return firsts, seconds
    return None


def _sides(words: str, text: str) -> list[_Side]:
    """The parties one side of a clause names, and who signed for each: people for a
    body ("副县长罗志刚代表青禾县人民政府", a title read before a name elsewhere where the
    clause gives none: "县长韩振宇"; "副县长唐明远、副县长刘建国代表…", each its own), a person
    after their body and title ("云舟文旅发展有限公司董事长许家明"), bodies' heads by office
    alone ("柳塘镇、石门镇主要负责人", each its own), or bodies alone ("县人民政府",
    "甲有限公司、乙有限公司"). Every body a name (:func:`~coopllm.parties.zh_body_name`: not
    "企业负责人"). Empty
    where the words are none of these."""
    behalf = _ON_BEHALF.fullmatch(words)
    if behalf is not None:
        body = behalf["body"]
        people = [_named(who, text) for who in behalf["who"].split("、")]
        if not zh_body_name(body) or None in people:
            return []
        return [_Side(body, p.model_copy(update={"organization": body})) for p in people if p]
    office = _BY_OFFICE.fullmatch(words)
    if office is not None:
        bodies = office["bodies"].split("、")
        if not all(zh_body_name(body) for body in bodies):
            return []
        return [
            _Side(body, Signatory(title=office["office"], organization=body)) for body in bodies
        ]
    person = person_after_organisation(words)
    if person is not None and person.organization is not None:
        return [_Side(person.organization, person)] if zh_body_name(person.organization) else []
    bodies = words.split("、")
    if person is None and all(zh_body_name(body) for body in bodies):
        return [_Side(body, None) for body in bodies]
    return []


def _named(words: str, text: str) -> Signatory | None:
    """A person the words name, with the title they or the text give: "副县长罗志刚",
    "韩振宇" (县长, as "县委副书记、县长韩振宇" writes him); None where they name no one."""
    name = name_ending(words)
    if name is None:
        return None
    title = words[: len(words) - len(name)].strip() or title_written_before(name, text)
    return Signatory(name=name, title=title)


def projects_left_out(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The agreements with each project signing the article tells clause by clause
    (:func:`project_signings`, its parties written as the clause writes them): into the
    model's agreement of that project, its signers and project added where it lacks them;
    else added as a project agreement (:func:`_project_agreement`). An untitled agreement
    the model folded two projects or more into goes (:func:`_unfolded`). Each change is
    said; none past the schema's bound on agreements (said)."""
    signings = [
        signing
        for signing in project_signings(checker.text)
        if all(checker.grounded(party, fuzzy=False) for party in signing.parties)
        and not _told_as_earlier(signing, checker)
    ]
    merged = _unfolded(agreements, signings, warnings)
    models = len(merged)  # the model's agreements, each one project's at most
    claimed: set[int] = set()
    for signing in signings:
        position = _its_agreement(merged[:models], signing, claimed)
        if position is not None:
            claimed.add(position)
            merged[position] = _with_signing(merged[position], signing)
        elif len(merged) >= _MOST_AGREEMENTS:
            warnings.append(
                f"left out project agreement '{signing.project}': a record holds at most "
                f"{_MOST_AGREEMENTS} agreements"
            )
        else:
            merged.append(_project_agreement(signing, checker))
            named = [f"'{party}'" for party in signing.parties]
            of = f"{', '.join(named[:-1])} and {named[-1]}"
            warnings.append(
                f"added project agreement '{signing.project}' of {of}: the article tells its "
                "signing in a clause of its own, and the model left it out"
            )
    return merged


def _told_as_earlier(signing: ProjectSigning, checker: Checker) -> bool:
    """Whether the sentence of the project's clause tells an earlier signing ("此前，华远光伏
    电站项目由…与…签约，目前已建成投产": a review's find), no signing of the article's."""
    start, end = checker.sentence_at(signing.at)
    sentence = checker.read_text[start:end]
    return bool(TOLD_AS_EARLIER.search(sentence)) or checker.tells_earlier_signing(sentence)


def _project_agreement(signing: ProjectSigning, checker: Checker) -> Agreement:
    """The project agreement a clause tells, dated by the day its own sentence writes
    ("9月11日上午，光伏电站项目由…签约"), else by the event the article's signing was done
    at, which places it (:meth:`~coopllm.guard.places.PlaceEvidence.signing_event`), else
    by the one day the article's sentences of signing give ("10月27日上午，…集中签约仪式在…
    举行", before the list of the projects signed: the blind59 bh03's)."""
    event = checker.signing_event()
    own = checker.signing_day(within=(checker.sentence_at(signing.at),))
    day = own or (event.day if event is not None else checker.signing_day())
    parties = signing.parties
    return Agreement(
        agreement_type=AgreementType.PROJECT_AGREEMENT,
        date_text=day,
        date_signed=resolve_date(day, checker.published) if day else None,
        location=event.venue if event is not None else None,
        parties=[Party(name=name, kind=party_kind_for(name)) for name in parties],
        signatories=_signers(signing),
        cooperation_areas=[_area(signing)],
    )


def _area(signing: ProjectSigning) -> str:
    """What the project's parties cooperate on: the project, without the word 项目."""
    return _PROJECT_END.sub("", signing.project)


def _signers(signing: ProjectSigning) -> list[Signatory]:
    """Who signed the project, for either side: none for a body said to sign alone."""
    return [side.signer for side in signing.sides if side.signer is not None]


def _parties_are(agreement: Agreement, names: list[str]) -> bool:
    """Whether the agreement's parties are these, each by any of its names, or by the
    start of its Chinese name ("南湖经济开发区" of "南湖经济开发区管理委员会", as the model gave
    the zone: a review's find)."""
    return len(agreement.parties) == len(names) and all(
        any(
            is_named(party, [name])
            or (HAN.match(name) and len(party.name) >= 4 and name.startswith(party.name))
            for party in agreement.parties
        )
        for name in names
    )


def _its_agreement(
    agreements: list[Agreement], signing: ProjectSigning, claimed: set[int]
) -> int | None:
    """The one agreement of the project the model gave: of its two parties, untitled or
    titled by the project (not a strategic agreement the same two signed besides), and no
    other project's (``claimed``: two projects of the same two parties are two). None
    where there is none, or two."""
    names = signing.parties
    found = [
        i
        for i, agreement in enumerate(agreements)
        if i not in claimed
        and _parties_are(agreement, names)
        and (agreement.title is None or _area(signing) in agreement.title)
    ]
    return found[0] if len(found) == 1 else None


def _unfolded(
    agreements: list[Agreement], signings: list[ProjectSigning], warnings: list[str]
) -> list[Agreement]:
    """The agreements but an untitled one of the projects' parties that is no one
    project's (:func:`_parties_are`): the model folded the projects' signings into one, or
    paired their parties otherwise than the clauses do (each project is added on its own)."""
    if len(signings) < 2:
        return agreements
    names = [party for signing in signings for party in signing.parties]
    kept = []
    for agreement in agreements:
        folded = (
            agreement.title is None
            and len(agreement.parties) >= 2
            and all(is_named(party, names) for party in agreement.parties)
            and not any(_parties_are(agreement, s.parties) for s in signings)
        )
        if not folded:
            kept.append(agreement)
            continue
        listed = ", ".join(f"'{party.name}'" for party in agreement.parties)
        warnings.append(
            f"dropped agreement of {listed}: the article tells the signing of each of "
            "its projects in a clause of its own, each its own agreement"
        )
    return kept


def _with_signing(agreement: Agreement, signing: ProjectSigning) -> Agreement:
    """The agreement with the clause's signers it lacks (by name, or by office and body
    for an unnamed one) and the project, where it has no area."""

    def key(person: Signatory) -> str:
        return normalize_for_match(person.name or f"{person.organization}{person.title}")

    known = {key(person) for person in agreement.signatories}
    signers = [signer for signer in _signers(signing) if key(signer) not in known]
    areas = agreement.cooperation_areas or [_PROJECT_END.sub("", signing.project)]
    return agreement.model_copy(
        update={"signatories": [*agreement.signatories, *signers], "cooperation_areas": areas}
    )
