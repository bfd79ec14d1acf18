"""Unnamed signers: the spec's signer whose name the signing sentence does not write.

A model gives a signer by office alone ("the agency's Director-General", "本院院長"), an
office and its body as one title ("Director-General of the Norvik Maritime Safety
Agency"), or the same office twice. The article often names the holder elsewhere ("NMSA
Director-General Henrik Solvang", "院長許正雄致詞"); the spec's unnamed signer is for a
holder it never names. This module splits such titles, names an unnamed signer where the
article writes their office before one name of their body alone, and gives one office
once: the blind81 and blind82 sets' finds, narrowed by review82 and review83.
"""

from __future__ import annotations

import re

from coopllm.grounding import normalize_for_match
from coopllm.guard.checker import Checker
from coopllm.lexicon import EN_BODY_WORDS, HAN, ZH_BODY_WORDS, ZH_POINTING, simplified
from coopllm.schema import Agreement, Signatory
from coopllm.titles import a_form_of_address, holders_written


def unnamed_signers_named(
    signers: list[Signatory], checker: Checker, warnings: list[str], bodies: tuple[str, ...]
) -> list[Signatory]:
    """The signers with each unnamed one named where the article names its office's holder
    (:func:`_unnamed_holders_named`), then each unnamed one given twice once
    (:func:`_unnamed_once`); ``bodies``: the agreement's parties' names."""
    named = _unnamed_holders_named(signers, checker, warnings, bodies)
    return _unnamed_once(named, checker, warnings)


def _unnamed_once(
    signers: list[Signatory], checker: Checker, warnings: list[str]
) -> list[Signatory]:
    """The signers but an unnamed one given again by the same title, one of them of no
    organisation or both of the same (:func:`_same_unnamed`): one person, with the
    organisation either gives (the blind28 ac06's "by the university's rector", given once
    with the university and once without)."""
    kept: list[Signatory] = []
    for person in signers:
        same = next((n for n, other in enumerate(kept) if _same_unnamed(person, other)), None)
        if same is None or _each_sides(person.title or "", checker):
            kept.append(person)
            continue
        warnings.append(f"dropped signatory '{person.title}' (unnamed): given twice")
        if kept[same].organization is None:
            kept[same] = kept[same].model_copy(update={"organization": person.organization})
    return kept


_EACH_SIDES = (
    r"(?:双方|两校|两方|两院|两市|各方|\bboth\s+(?:sides['\u2019]?|parties['\u2019]?)"
    r"|\beach\s+[\w-]+['\u2019]s)"
)
"""Words before an office that make its holders one for each side: "双方校长", "each
country's Minister"."""


def _each_sides(title: str, checker: Checker) -> bool:
    """Whether the article writes ``title`` as each side's (``_EACH_SIDES``): two unnamed
    signers of it are two people (review82's finds)."""
    pattern = rf"{_EACH_SIDES}\s*(?:的\s*)?{re.escape(simplified(title))}"
    return re.search(pattern, checker.read_text, re.IGNORECASE) is not None


def _same_unnamed(one: Signatory, other: Signatory) -> bool:
    """Whether two signers are unnamed, of one title, one of them of no organisation and
    the other of one, or both of the same; not two of none ("双方校长", "Each country's
    Minister of Fisheries": two people, review82)."""
    return (
        one.name is None
        and other.name is None
        and one.title is not None
        and other.title is not None
        and one.title.casefold() == other.title.casefold()
        and (one.organization, other.organization) != (None, None)
        and (
            None in (one.organization, other.organization) or one.organization == other.organization
        )
    )


_OFFICE_OF = re.compile(r"(?P<office>[A-Z][^,;()]{1,60}?)\s+of\s+(?:the\s+)?(?P<body>[A-Z].{2,80})")
"""An English office and the body it is of, given as one title ("Director-General of the
Norvik Maritime Safety Agency")."""


def office_apart(person: Signatory, checker: Checker, bodies: tuple[str, ...]) -> Signatory:
    """The person with a title the article does not write, an office "of" a body, as the
    office and the body where the article writes each ("the agency's Director-General",
    "the Norvik Maritime Safety Agency": the blind81 cd04's model gave the two as one, which
    grounding would drop whole); the organisation the model gave kept. The body one of
    the agreement's ``bodies`` (its parties' names) or the person's organisation, or their
    initials ("Board Chairperson of MPA"): not a portfolio's words ("Director of
    Operations", "Minister of Foreign Affairs": review82)."""
    found = _OFFICE_OF.fullmatch(person.title or "")
    if found is None or checker.grounded(found.group()):
        return person
    office, body = found["office"], found["body"]
    names = [name for name in (*bodies, person.organization) if name]
    theirs = {normalize_for_match(name) for name in names}
    initials = {"".join(w[0] for w in name.split() if w[0].isupper()) for name in names}
    if normalize_for_match(body) not in theirs and body not in initials:
        return person
    if not (checker.grounded(office) and checker.grounded(body)):
        return person
    return person.model_copy(update={"title": office, "organization": person.organization or body})


def _unnamed_holders_named(
    signers: list[Signatory], checker: Checker, warnings: list[str], bodies: tuple[str, ...]
) -> list[Signatory]:
    """Each unnamed signer whose title the article writes before one name alone of those
    whose words before it may be the signer's body (:func:`~coopllm.titles.
    holders_written`, :func:`_owner_fits`: "…一方由总经理签字" and "该公司总经理叶晓峰",
    "signed by the agency's Director-General" and "NMSA Director-General Henrik Solvang":
    the blind81 cd02's and cd04's; "本院院長" and "院長許正雄", not "醫學院院長林思妤": the
    blind82 ce02's) as that person: dropped where they sign already, their missing title
    and organisation taken from it; else named. The spec's unnamed signer is for a holder
    the article never names."""
    named = {person.name: n for n, person in enumerate(signers) if person.name}
    kept: list[Signatory | None] = list(signers)
    for n, person in enumerate(signers):
        if person.name or not person.title:
            continue
        holders = [
            name
            for name, owners in holders_written(person.title, checker.text).items()
            if all(_owner_fits(owner, at, person, bodies, checker) for owner, at in owners)
        ]  # not "Halden University Vice-Chancellor Ines Varga", a guest (review82)
        if len(holders) != 1:
            continue
        holder = holders[0]
        if holder in named:
            at = named[holder]
            kept[at] = _filled_from(signers[at], person)
            kept[n] = None
            warnings.append(f"dropped signatory '{person.title}' (unnamed): {holder}, who signs")
        else:
            kept[n] = person.model_copy(update={"name": holder})
            named[holder] = n
            warnings.append(
                f"named the unnamed signatory '{person.title}' {holder}: the one person the "
                "article writes with that title"
            )
    return [person for person in kept if person is not None]


_POINTING_OWNER = re.compile(
    rf"{ZH_POINTING}\S*|the (?:{EN_BODY_WORDS}|Department|Group|Board|Government|Firm|Port|City)",
    re.IGNORECASE,
)
"""Words before an office that point to a body named before ("该公司总经理", "the
University's Vice-Chancellor"), not naming one."""


def _owner_fits(
    owner: str, at: int, signer: Signatory, bodies: tuple[str, ...], checker: Checker
) -> bool:
    """Whether the words written before an office's holder (:func:`~coopllm.titles.
    holders_written`), at ``at``, may be the unnamed ``signer``'s body: none, a pointing
    word (``_POINTING_OWNER``; a Chinese one where the body it points back to is the
    signer's or, of none given, one of the agreement's ``bodies``:
    :func:`_points_back_to`), or a form of the signer's organisation; not another body's nor
    another office's ("Managing Director Piet Laar" holds no "Director": review82)."""
    if not owner:
        return True
    if _POINTING_OWNER.fullmatch(simplified(owner)):
        return not HAN.search(owner) or _points_back_to(at, signer, bodies, checker)
    if signer.organization is None:
        return False
    mine, theirs = normalize_for_match(signer.organization), normalize_for_match(owner)
    return bool(theirs) and (theirs in mine or mine in theirs)


_ZH_A_BODYS_KIND = re.compile(rf"{ZH_BODY_WORDS}|[局厅校]")
"""A word that ends a Chinese body's name: one named between a body and a pointing word
after it is the body pointed to."""


def _points_back_to(at: int, signer: Signatory, bodies: tuple[str, ...], checker: Checker) -> bool:
    """Whether the Chinese pointing word at ``at`` ("该公司") points back to the signer's
    body (or, of none given, one of ``bodies``): the last of them written before it, no
    other body's name between ("远拓机器人（东川）有限公司一方由总经理签字。该公司总经理叶晓峰":
    the blind81 cd02's; not "…参观了明湖医院，该院院长黄志明": review83)."""
    read = checker.read_text
    names = [signer.organization] if signer.organization else list(bodies)
    ends = [
        found + len(simplified(name))
        for name in names
        if name and (found := read.rfind(simplified(name), 0, at)) >= 0
    ]
    return bool(ends) and not _ZH_A_BODYS_KIND.search(read, max(ends), at)


def _filled_from(signer: Signatory, unnamed: Signatory) -> Signatory:
    """The named signer with the title and organisation the unnamed one gives, where
    theirs are missing (a form of address is no title: "Professor")."""
    title = signer.title
    if title is None or a_form_of_address(title):
        title = unnamed.title
    return signer.model_copy(
        update={"title": title, "organization": signer.organization or unnamed.organization}
    )


def holders_left_out(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The record's one agreement with the holder of each office its signing sentence writes
    in a signer's place (:meth:`~coopllm.guard.holders.HolderEvidence.offices_signing`),
    where the model gave neither them nor the office and the article names that office's
    holder once, of no other body (:func:`_owner_fits`): "奥地利驻沧江总领事与市体育局局长
    代表双方在备忘录上签字" and "总领事马蒂亚斯·霍夫曼表示" (the blind83 cf02's). Chinese pages,
    one agreement: which document the office signed, two would not say."""
    if len(agreements) != 1 or not HAN.search(checker.text[:2000]):
        return agreements
    agreement = agreements[0]
    bodies = tuple(n for p in agreement.parties for n in p.all_names)
    people = {simplified(p.name) for p in (*agreement.signatories, *agreement.witnesses) if p.name}
    held = [simplified(p.title) for p in agreement.signatories if p.title]
    added: list[Signatory] = []
    for office, owner in checker.offices_signing():
        if any(simplified(office) in title for title in held):
            continue
        unnamed = Signatory(title=office, organization=owner or None)
        holders = [
            name
            for name, owners in holders_written(office, checker.text).items()
            if all(_owner_fits(owner, at, unnamed, bodies, checker) for owner, at in owners)
        ]
        if len(holders) != 1 or simplified(holders[0]) in people:
            continue
        added.append(Signatory(name=holders[0], title=office))
        people.add(simplified(holders[0]))
        warnings.append(
            f"added signatory '{holders[0]}': the signing sentence writes '{office}' as a "
            "signer, and the article names that office's one holder"
        )
    if not added:
        return agreements
    return [agreement.model_copy(update={"signatories": [*agreement.signatories, *added]})]
