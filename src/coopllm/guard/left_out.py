"""The guard's rules that put in what the model left out: people in their roles, and the
signing's venue.

A model reading a long article often gives the signing's leaders as its signers and
leaves out the two deputies who signed, writes a witness as a party ("…科学技术厅副厅长周文彬"),
forgets who unveiled the plaque of the centre founded or who witnessed, or gives no venue
where a sentence names it. :func:`apply_guard` (:mod:`coopllm.guard.apply`) drops what
the article does not bear out, and calls these rules to move such a witness out of the
parties, to add who the article plainly says signed, unveiled or witnessed, to the
agreements the sentence is about, and the one venue the article gives the signing, each
with a warning. Each reads the article's own words (the list of names before or after
the verb: :func:`_signings`, :func:`_unveilings`, :func:`_witnessings`) and asks the
checker whether the role is stated, so an addition is never the model's guess.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import Literal, NamedTuple

from coopllm.dates import DATE_MENTION, EN_MONTH
from coopllm.grounding import normalize_for_match
from coopllm.guard.apart import at_the_same_signing, own_signings
from coopllm.guard.bodies import ENTITY_KIND, unnamed_body
from coopllm.guard.checker import Checker
from coopllm.guard.reading import (
    CLAUSE_STOPS,
    DATELINE_HEAD,
    DEAL,
    DEAL_WORD,
    DOCUMENTS_EXCHANGED,
    RELATIVE_ASIDE,
    SIGNED,
    SIGNING_VERB,
    TO_COME,
    TOLD_AS_EARLIER,
    WITNESSED_ALONGSIDE,
    ZH_SIGNING,
    Sentence,
    another_document,
    joined_otherwise,
    kinds_named,
    shortened,
    signed_now,
)
from coopllm.lexicon import (
    EN_BUILDING_WORDS,
    HAN,
    SMALL_COUNT,
    ZH_SIGNING_VERB,
    ZH_TITLES,
    Needing,
    simplified,
    small_count,
    written_alone,
)
from coopllm.parties import (
    a_party_already,
    bracketed_after,
    in_order,
    is_named,
    may_be,
    our_unit,
    party_kind_for,
    without_legal_form,
    zh_body_name,
)
from coopllm.schema import Agreement, AgreementType, Party, Signatory
from coopllm.titles import (
    ZH_IN_CHARGE,
    en_title_written_before,
    listed_names,
    name_ending,
    named_before_its_role,
    person_after_organisation,
    title_written_before,
    unnamed_after_organisation,
)

SAID_OF_A_MOVE = {"signatories": "signed", "witnesses": "witnessed or unveiled something"}
"""What the article says of a person moved to the role (``apply._WHAT_IS_SAID`` says what it
does not say)."""


_ZH_SIGNING_CLAUSE = Needing(
    re.compile(ZH_SIGNING),
    ("签", "续"),
)
_ZH_ON_BEHALF = re.compile(
    r"(?:分别代表[^，,。；;]{0,40}?|代表[^与和、]{0,20}?|在[^与和、，。；]{0,16}?[主分]会场|共同|正式"
    r"|现场|当场|同样|分别|在(?:协议书?|合同书?|备忘录|文本)上)+$"
)
"""What stands between the signers' names and the verb: "代表双方", "分别代表甲乙两校",
"分别代表澜江省人民政府和中国远联能源集团有限公司" (its bodies listed: the blind43 ar02's), "同样",
the hall of a video signing ("…托马斯·魏德纳在斯图加特分会场签约": the blind28 ac02's), the
paper signed on ("…上官宁分别在协议上签字": the blind77 bz02's); no word of one character,
which ends names too (李均, 王亦: a review's find)."""
_ZH_NOT_SIGNING = re.compile(r"见证|見證|出席|主持|致辞|致辭|观摩|觀摩")
"""Words of another doing between "分别代表双方" and the verb: they witnessed the signing ("…分别
代表双方出席并见证签约": a review's find), not signed."""
_EN_SIGNING = Needing(
    re.compile(r"\bsigned\b(?!\s+by)", re.IGNORECASE),
    ("signed",),
)


_EN_SIGNED_BY = Needing(
    re.compile(r"\b(?:was|were)\s+signed\s+by\b", re.IGNORECASE),
    ("signed",),
)
"""A passive signing that lists its signers after "by"."""


class _Signing(NamedTuple):
    """A signing :func:`_signings` reads: its sentence, the names listed as its subject,
    and whether the list signed "respectively" (分别), each of them for their side."""

    bounds: Sentence
    names: list[str]
    respectively: bool = False


def _signings(checker: Checker) -> Iterator[_Signing]:
    """Each signing the article tells: its sentence, and the names that end the items of
    the list before the verb, its signers if the guard agrees. Chinese: the clause up to
    签署 ("副省长陈振华与集团总经理许文斌代表双方签署协议": the blind5 f05's), read in Simplified
    characters and the names given as the page writes them; English: the
    sentence's, each item's name (:func:`~coopllm.titles.listed_names`), or the list after
    "was signed by" ("The Agreement was signed by Mr. Shen Haoran, general manager of …, and
    Ms. Gao Yiting, …": the blind37 al01's)."""
    text = checker.rules_text
    for verb in _ZH_SIGNING_CLAUSE.finditer(text):
        start = max(text.rfind(stop, 0, verb.start()) for stop in CLAUSE_STOPS) + 1
        behalf = _ZH_ON_BEHALF.search(checker.read_text, start, verb.start())
        clause = _named_items(checker.read_text[start : behalf.start() if behalf else verb.start()])
        sentence = checker.sentence_at(verb.start())
        if name_ending(_ZH_AND.split(clause)[-1].strip()) is None:
            continue  # the verb's subject is no name ("…会见了前来签署…的": a review's find)
        read = _zh_listed([*_zh_items_before(checker.read_text, sentence[0], start), clause])
        yield _Signing(
            sentence,
            _as_the_page_writes(checker, read, sentence[0], verb.start()),
            behalf is not None
            and behalf.group().startswith("分别")
            and not _ZH_NOT_SIGNING.search(behalf.group()),
        )
    for verb in _EN_SIGNING.finditer(text):
        start, end = checker.sentence_at(verb.start())
        clause = checker.text[start : verb.start()]
        yield _Signing((start, end), listed_names(clause, checker.text))
    for verb in _EN_SIGNED_BY.finditer(text):
        start, end = checker.sentence_at(verb.start())
        names = listed_names(checker.text[verb.end() : end], checker.text, led=True)
        yield _Signing((start, end), names)


def _named_items(clause: str) -> str:
    """A Chinese list of signers without the unnamed ones that end it, each a title alone
    ("区长沈晓燕、南湖大学副校长高建华、浙粤数科副总裁分别代表三方签约": the blind21 v03's) or
    the one in charge ("…院长赵立新与港航集团负责人代表双方签署": the blind84 cg01's), where a
    named one stands before them; else the clause as it is."""
    items = _ZH_AND.split(clause)
    last = len(items)
    while last > 1 and name_ending(items[last - 1].strip()) is None:
        if not items[last - 1].strip().endswith((*ZH_TITLES, *ZH_IN_CHARGE)):
            return clause
        last -= 1
    if last == len(items):
        return clause
    joins = [join.start() for join in _ZH_AND.finditer(clause)]
    return clause[: joins[last - 1]]


def _anothers_in_a_short_one(agreement: Agreement, sentence: str) -> bool:
    """Whether the sentence names another document than the agreement, which has signers:
    its signers are that one's ("Later, Tom Brown signed a licensing deal with Delta Corp",
    "…签署了设备供货合同", "签署了技术开发合作协议" of "合作协议": reviews' finds). Of an
    untitled agreement, any document named by its kind is taken for another."""
    if not any(p.name for p in agreement.signatories):
        return False
    if agreement.title:
        names = [n for p in agreement.parties for n in p.all_names]
        return another_document(sentence, agreement.title, names)
    # untitled: a document of a kind ("a supply contract"), not "the agreement"
    return any(DEAL.fullmatch(kind) is None for kind in kinds_named(sentence))


def _short_of_signers(agreement: Agreement, agreements: int) -> bool:
    """Whether the agreement's signers are to be looked for though it has some: it is the
    record's only one and has fewer than its parties, each of which a signer usually signs
    for (the blind11 l03's three parties, whose record held the third's signer alone), in
    a sentence that writes no title (:func:`_anothers_in_a_short_one`)."""
    signers = sum(1 for p in agreement.signatories if p.name)
    return agreements == 1 and 0 < signers < len(agreement.parties)


def _zh_listed(items: list[str]) -> list[str]:
    """The names that end the parts of ``items``, each parted by 与, 、 and 及, and each
    without the body it signs for after it ("副市长周立新代表市政府、华岳集团副总裁韩雪松": the
    blind23 x01's)."""
    return [
        name
        for item in items
        for part in _ZH_AND.split(item)
        for name in _zh_names(_ZH_ON_BEHALF.sub("", part))
    ]


def _zh_items_before(text: str, opening: int, start: int) -> list[str]:
    """The items of a Chinese list of people that commas part before the clause at
    ``start``, each a title and a name ("签字环节，…副厅长邓家豪，青川农大副校长宋雅琴分别代表
    本单位签字": the blind11 l03's signers; "市委书记陈志远，市委副书记、市长吴海峰出席签约仪式并
    见证签约": the blind6 g04's witnesses), back to the first clause that ends in no name or
    to ``opening``."""
    return [text[begin:end] for begin, end in _zh_items_spans(text, opening, start)]


_ZH_FOR_A_BODY = re.compile(
    r"代表[^与和、，。；]{0,16}?(?:政府|集团|公司|学校|大学|学院|医院|银行|单位|双方|一方|[局委厅办院所行社方])$"
)
"""A body an item of signers signs for after the name, and no other doing: "市科技局局长
周明远代表市政府，华岳集团副总经理田沐阳代表集团在协议上签字" (the blind79 cb02's); not "…代表
市政府致辞", "…代表市政府表态", "…代表临川市作交流" (review80's finds): the item ends in a
body's word."""


def _zh_items_spans(text: str, opening: int, start: int) -> list[tuple[int, int]]:
    """Where the items :func:`_zh_items_before` reads stand, in the text's order."""
    items: list[tuple[int, int]] = []
    end = start - 1
    while end > opening and text[end] in "，,":
        begin = max(max(text.rfind(stop, opening, end) for stop in CLAUSE_STOPS) + 1, opening)
        if name_ending(_ZH_FOR_A_BODY.sub("", text[begin:end].strip())) is None:
            break
        items.insert(0, (begin, end))
        end = begin - 1
    return items


def signers_left_out(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The agreements with the people the article plainly says signed one of them
    (:meth:`Checker.states`), in no role of the record, among the signers of the one
    agreement whose record names none or too few (:func:`_short_of_signers`; the blind5
    f05's: both passes gave the two leaders who witnessed as the signers, whom the guard
    dropped, and left out "副省长陈振华与…总经理许文斌代表双方签署协议"); or of the agreement
    whose title the sentence writes (:func:`_signed_there`), though it has signers where
    the sentence writes the title as what the person signed (:meth:`Checker.titles_signed`:
    the blind9 j01's 孙鹏, whose place the model gave to the signer of the other
    document)."""
    agreements = list(agreements)  # a signer named in place: the caller's list stays
    placed = {
        normalize_for_match(p.name)
        for a in agreements
        for p in (*a.signatories, *a.witnesses)
        if p.name
    }
    unsigned = [i for i, a in enumerate(agreements) if not any(p.name for p in a.signatories)]
    short = [i for i, a in enumerate(agreements) if _short_of_signers(a, len(agreements))]
    added: dict[int, list[Signatory]] = {i: [] for i in range(len(agreements))}
    bodies = {normalize_for_match(n) for a in agreements for p in a.parties for n in p.all_names}
    for bounds, listed, respectively in _signings(checker):
        # a party's short name reads as a person's ("万科与江城市相关负责人代表双方签字": review86)
        names = [name for name in listed if normalize_for_match(name) not in bodies]
        sentence = checker.text[bounds[0] : bounds[1]]
        together = _signed_together(agreements, unsigned, sentence, checker)
        if together:
            for name in names:
                key = normalize_for_match(name)
                if key in placed or not (
                    checker.grounded(name, person=True) and _signed(name, True, checker)
                ):
                    continue
                placed.add(key)
                for each in together:
                    added[each].append(_as_written(name, checker))
                warnings.append(
                    f"added signatory '{name}' to {len(together)} agreements: the article says "
                    "they signed each, and the model left them out"
                )
            continue
        target = _signed_there(agreements, unsigned or short, bounds, checker)
        clauses = (
            [] if target is not None else _by_their_clauses(agreements, names, placed, checker)
        )
        if clauses:
            for name, each in clauses:
                placed.add(normalize_for_match(name))
                added[each].append(_as_written(name, checker))
                warnings.append(
                    f"added signatory '{name}' to '{agreements[each].title}': the clause of "
                    "their signing names that document shortened, and the model left them out"
                )
            continue
        cosigned = target is None
        if cosigned:
            target = _cosigned_there(agreements, sentence, checker)
        if target is None:
            continue
        titled = _titled_in(agreements[target], sentence)
        signed_already = target not in unsigned
        if signed_already and _anothers_in_a_short_one(agreements[target], sentence):
            continue
        for name in names:
            key = normalize_for_match(name)
            if key in placed or not (
                checker.grounded(name, person=True)
                and (
                    respectively
                    or _signed(name, titled, checker)
                    or (cosigned and _signed_it(name, sentence))
                )
            ):
                continue
            if (
                signed_already
                and titled
                and not _its_title_signed(name, agreements[target], checker)
                and not _beside_its_signer(name, names, agreements[target])
            ):
                continue
            placed.add(key)
            unnamed = _the_unnamed_titled(agreements[target], name, checker)
            if unnamed is not None:
                signers = list(agreements[target].signatories)
                signers[unnamed] = signers[unnamed].model_copy(update={"name": name})
                agreements[target] = agreements[target].model_copy(update={"signatories": signers})
                warnings.append(
                    f"named signatory '{signers[unnamed].title}' '{name}': the article writes "
                    "the name after the title"
                )
                continue
            added[target].append(_as_written(name, checker))
            warnings.append(
                f"added signatory '{name}': the article says they signed, and the model left "
                "them out"
            )
    return [
        a.model_copy(update={"signatories": [*a.signatories, *added[i]]}) if added.get(i) else a
        for i, a in enumerate(agreements)
    ]


_ITEM_OPENS = re.compile(r"[,;:(\n，、；：（]|\b(?:and|by|with)\b|[与和及]")
"""Where the item of a list of people opens, before a name: its title is in the words
after."""


def _the_unnamed_titled(agreement: Agreement, name: str, checker: Checker) -> int | None:
    """The index of the agreement's signer with no name whose title the article writes just
    before ``name``, in the name's item of its list ("…signed by Pro-Rector for Research Dr.
    Ingrid Sæther-Lund": the blind48 aw05's model gave the Pro-Rector with no name); None
    where there is none."""
    titles = [
        (i, p.title.casefold())
        for i, p in enumerate(agreement.signatories)
        if p.name is None and p.title
    ]
    if not titles:
        return None
    for found in re.finditer(re.escape(name), checker.text):
        before = checker.text[max(0, found.start() - 80) : found.start()]
        item = _ITEM_OPENS.split(before)[-1].casefold()
        for i, title in titles:
            if title in item:
                return i
    return None


_NAMED_DOCUMENT = re.compile(r"《[^》]+》")


def entities_of_their_founder(agreements: list[Agreement], warnings: list[str]) -> list[Agreement]:
    """The agreements with a body the model gave to several of them left only to the one
    that founds it (:func:`founder`: the blind9 j01's laboratory, given to the strategic
    agreement signed beside its founding one too, whose unveilers then read as that
    agreement's witnesses); and a body the model gave to one agreement only, moved to the
    one other whose title names it (the blind10 k02's "…联合实验室", given to the strategic
    agreement, not to "共建…联合实验室协议")."""
    kept = [list(a.established_entities) for a in agreements]
    for body in dict.fromkeys(e for a in agreements for e in a.established_entities):
        holders = [i for i, a in enumerate(agreements) if body in a.established_entities]
        if len(holders) == 1:
            _moved_to_its_title(agreements, body, holders[0], kept, warnings)
            continue
        target = founder(agreements, body)
        if target is None or target not in holders:
            continue
        for i in holders:
            if i != target:
                kept[i].remove(body)
                warnings.append(
                    f"dropped established entity '{body}' of '{agreements[i].title}': "
                    f"the agreement '{agreements[target].title}' founds it"
                )
    return [
        a.model_copy(update={"established_entities": e}) if e != a.established_entities else a
        for a, e in zip(agreements, kept, strict=True)
    ]


def _moved_to_its_title(
    agreements: list[Agreement], body: str, holder: int, kept: list[list[str]], warnings: list[str]
) -> None:
    """Move the body from ``kept[holder]`` to the one other agreement whose title names it,
    where the holder's own title does not, the holder is no joint establishment, and the
    title does not name the body as a party ("甲乙联合研究院—丙公司技术开发合同", signed by
    the body the holder founded: a review's find)."""
    named = _titled_by(agreements, body)
    if (
        len(named) != 1
        or named[0] == holder
        or agreements[holder].agreement_type == AgreementType.JOINT_ESTABLISHMENT
        or any(is_named(p, [body]) for p in agreements[named[0]].parties)
    ):
        return  # the holder founds it, or the title names the body as a party
    kept[holder].remove(body)
    kept[named[0]].append(body)
    warnings.append(
        f"moved established entity '{body}' to the agreement '{agreements[named[0]].title}': "
        "its title names it"
    )


def witnesses_of_their_documents(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The agreements with each witness moved to the one other agreement every sentence of
    their witnessing is about: it writes that agreement's title or a body it founds, and
    no other document (the blind10 k02's 黄振宇 and 林佳慧, who signed the strategic
    agreement and then "在黄振宇、林佳慧的共同见证下…签署了《共建…联合实验室协议》", and
    unveiled that laboratory, given to the strategic agreement as its witnesses too). Not
    one a sentence says witnessed without naming the document, nor one whose sentence
    writes another document's word ("签署合作协议及《共建…协议》", "签署战略合作框架协议和
    实验室共建协议": a review's finds); nor where an agreement has no title, which no
    sentence can be seen to name."""
    if len(agreements) < 2 or not all(a.title for a in agreements):
        return agreements
    return _people_moved(
        agreements,
        "witnesses",
        lambda _, person: _saying(
            _the_document_witnessed(person.name, agreements, checker),
            "every sentence of their witnessing is about that document",
        ),
        warnings,
    )


def _the_document_witnessed(
    name: str | None, agreements: list[Agreement], checker: Checker
) -> int | None:
    """The one agreement every sentence that says the person witnessed is about alone
    (:func:`_about_alone`)."""
    if not name:
        return None
    sentences = checker.role_sentences(name, "witnesses", person=True)
    about = {_about_alone(sentence, agreements, checker) for sentence in sentences}
    return about.pop() if len(about) == 1 else None


def _about_alone(sentence: Sentence, agreements: list[Agreement], checker: Checker) -> int | None:
    """The one agreement whose title (in any of its joined forms) or founded body the
    sentence writes, where it writes no document's word besides."""
    about = None
    spans: list[tuple[int, int]] = []
    for i, a in enumerate(agreements):
        values = (*joined_otherwise(a.title or ""), *a.established_entities)
        found = [span for value in values for span in checker.mentions_in(value, sentence)]
        if found:
            if about is not None:
                return None
            about, spans = i, found
    text = checker.rules_text
    if about is None or any(
        not any(at <= word.start() < until for at, until in spans)
        for word in DEAL.finditer(text, *sentence)
    ):
        return None
    return about


def unveilers_of_the_founding(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The agreements with a witness of one that founds nothing moved to the one agreement
    that founds what they unveiled, where unveiling it is all the article says they
    witnessed (the blind9 j01's 韩立新 and 彭继业, who "共同为…联合实验室揭牌", given to the
    strategic agreement signed beside the laboratory's): the spec's witness who unveiled
    is the founding's."""
    if len(agreements) < 2:
        return agreements
    return _people_moved(
        agreements,
        "witnesses",
        lambda agreement, person: _saying(
            None
            if agreement.established_entities
            else _the_founding_unveiled(person.name, agreements, checker),
            "they unveiled what it founds, and witnessed nothing else",
        ),
        warnings,
    )


def _the_founding_unveiled(
    name: str | None, agreements: list[Agreement], checker: Checker
) -> int | None:
    """The one agreement whose founded body the person unveiled, where every sentence
    that says they witnessed is that unveiling's (not one who "witnessed that signing too":
    a review's find), and says they witnessed no signing ("Tang Wei and Lu Zhenhua
    witnessed both signings and then together unveiled the nameplate": the examples'
    en_03)."""
    if not name:
        return None
    unveiling = checker.unveiling_sentence(name)
    if unveiling is None or checker.role_sentences(name, "witnesses", person=True) != [unveiling]:
        return None
    if _WITNESSED_A_SIGNING.search(checker.text, *unveiling):
        return None
    founding = [
        i
        for i, a in enumerate(agreements)
        if a.established_entities and checker.unveiled_what_was_set_up(name, a.established_entities)
    ]
    return founding[0] if len(founding) == 1 else None


_WITNESSED_A_SIGNING = re.compile(
    r"\bwitness\w*\b[^.;]{0,40}?\bsign(?:ed|ings?)?\b|见证[^，。；]{0,20}?签", re.IGNORECASE
)
"""Words of a signing witnessed, in an unveiling's sentence."""


def _beside_its_signer(name: str, names: list[str], agreement: Agreement) -> bool:
    """Whether one of the signing's other ``names`` already signs the agreement whose title
    the sentence writes: the person signed it with them ("甲与乙签署《战略合作框架协议》，常务
    副市长陈立峰与中储新能副总裁周晓岚代表双方签约", whose record had 陈立峰 alone: the blind42
    aq04's)."""
    signers = {normalize_for_match(p.name) for p in agreement.signatories if p.name}
    return any(normalize_for_match(other) in signers for other in names if other != name)


def _its_title_signed(name: str, agreement: Agreement, checker: Checker) -> bool:
    """Whether a sentence says the person signed the document of the agreement's title."""
    title = agreement.title
    return bool(title) and any(signed for signed, _ in checker.titles_signed(name, [title or ""]))


def signers_of_their_documents(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The agreements with each signer moved to the document the article says they signed,
    where the model gave them to another: every sentence that names them with signing
    words writes that document's title alone as what they signed
    (:meth:`Checker.titles_signed`; the blind9 j01's 许文澜, who "…签署《东澜大学—澜川市人民
    政府全面战略合作协议》", given to the laboratory's agreement; not one who signs two
    documents, one named in no sentence of theirs, nor one who signed and then watched
    another document signed, nor a sentence that writes two documents' titles: a
    review's finds, the blind7 h01's)."""
    if len(agreements) < 2:
        return agreements  # the usual record: no rule read for a move there is no place for
    return _people_moved(
        agreements,
        "signatories",
        lambda _, person: _the_document_signed(person.name, agreements, checker),
        warnings,
    )


_Target = tuple[int, str]
"""The agreement a person is moved to, and why."""


def _saying(target: int | None, why: str) -> _Target | None:
    return None if target is None else (target, why)


def signers_given_twice(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The agreements without a signer the model gave to two or more of them, but the one
    whose parties the paragraphs of their signing name: a fair's list of projects, a
    paragraph each, its signers' sentence naming no document ("白沙县县长刘静、鸿拓能源…副总裁
    马骁签署协议": the blind31 af02's 马骁, given to the fifth project's joint venture too).
    Where they have a party in common, only from one with more signers than parties
    (:func:`_over_signed`), by the parties that are each one's own (:func:`_own_parties`).
    As it is where those paragraphs name the parties of none of them, or of two (a name
    less its legal form counts: "丁物流"), or where one has no party of its own."""
    if len(agreements) < 2:
        return agreements
    kept = [list(a.signatories) for a in agreements]
    for name in _given_twice(agreements):
        holding = [
            i for i, a in enumerate(agreements) if any(p.name == name for p in a.signatories)
        ]
        given = [agreements[i] for i in holding]
        apart = _share_no_party(given)
        own = [a.parties if apart else _own_parties(a, given) for a in given]
        if not all(own):
            continue  # one who signs two documents of the same parties (the blind27 ab05's)
        named = [
            i
            for i, parties in zip(holding, own, strict=True)
            if _named_where_they_signed(name, parties, checker)
        ]
        if len(named) != 1:
            continue
        for i in holding:
            if i != named[0] and (apart or _over_signed(agreements[i])):
                kept[i] = [p for p in kept[i] if p.name != name]
                warnings.append(
                    f"dropped signatory '{name}' from '{agreements[i].title}': the paragraph of "
                    f"their signing names the parties of '{agreements[named[0]].title}' alone"
                )
    return [
        a.model_copy(update={"signatories": people}) if people != a.signatories else a
        for a, people in zip(agreements, kept, strict=True)
    ]


def _given_twice(agreements: list[Agreement]) -> list[str]:
    seen = Counter(p.name for a in agreements for p in a.signatories if p.name)
    return [name for name, count in seen.items() if count > 1]


def _share_no_party(agreements: list[Agreement]) -> bool:
    """Whether no two of the agreements may have a party in common (:func:`may_be`)."""
    return not any(
        may_be(ours, theirs.name)
        for i, one in enumerate(agreements)
        for other in agreements[i + 1 :]
        for ours in one.parties
        for theirs in other.parties
    )


def _over_signed(agreement: Agreement) -> bool:
    """Whether the agreement has more named signers than parties: one of them signed
    another document (the blind39 an04's laboratory, given its research contract's two
    signers beside its own two)."""
    return sum(1 for p in agreement.signatories if p.name) > len(agreement.parties)


def _own_parties(agreement: Agreement, given: list[Agreement]) -> list[Party]:
    """The agreement's parties that may be no party of the others ``given``
    (:func:`may_be`): a party in common names no one document (the blind39 an04's
    institute, a party of its joint laboratory and of its research contract)."""
    return [
        ours
        for ours in agreement.parties
        if not any(
            may_be(ours, theirs.name)
            for other in given
            if other is not agreement
            for theirs in other.parties
        )
    ]


def _named_where_they_signed(name: str, parties: list[Party], checker: Checker) -> bool:
    """Whether a paragraph of the person's signing writes one of the ``parties``."""
    text = checker.text
    for start, end in checker.role_sentences(name, "signatories", person=True):
        start += len(text[start:end]) - len(text[start:end].lstrip())  # its line's break
        opening, closing = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        paragraph = text[opening : closing if closing != -1 else len(text)]
        if any(_written_in(name, paragraph) for party in parties for name in party.all_names):
            return True
    return False


def _written_in(name: str, paragraph: str) -> bool:
    """Whether the paragraph writes the party's name, or that name less its legal form
    ("丁物流" for 丁物流有限公司, "Van Oord" for "Van Oord Ltd")."""
    return name in paragraph or without_legal_form(name) in paragraph


def _people_moved(
    agreements: list[Agreement],
    role: Literal["signatories", "witnesses"],
    target_of: Callable[[Agreement, Signatory], _Target | None],
    warnings: list[str],
) -> list[Agreement]:
    """The agreements with each person in ``role`` moved to the agreement ``target_of``
    names (none: stays), said with its reason; once in the target, however many moved."""
    moved: list[list[Signatory]] = [list(getattr(a, role)) for a in agreements]
    for i, agreement in enumerate(agreements):
        for person in getattr(agreement, role):
            found = target_of(agreement, person)
            if found is None or found[0] == i:
                continue
            target, why = found
            moved[i].remove(person)
            if not any(_same_person(person, other) for other in moved[target]):
                moved[target].append(person)
            warnings.append(
                f"moved {_ONE[role]} '{person.name}' to the agreement "
                f"'{agreements[target].title}': {why}"
            )
    return [
        a.model_copy(update={role: people}) if people != getattr(a, role) else a
        for a, people in zip(agreements, moved, strict=True)
    ]


_ONE = {"signatories": "signatory", "witnesses": "witness"}


def _the_document_signed(
    name: str | None, agreements: list[Agreement], checker: Checker
) -> _Target | None:
    """The one agreement every sentence of the person's signing says they signed, else
    the one their paragraph titles (:func:`_titled_in_its_paragraph`), or the one their
    sentence titles in 《》 before them (:func:`_titled_before_them`), and which it was."""
    titled = [i for i, a in enumerate(agreements) if a.title]
    if not name or not titled:
        return None
    titles = [agreements[i].title or "" for i in titled]
    found = checker.titles_signed(name, titles)
    why = "the sentence of their signing names that document"
    if found and all(written == 0 for _, written in found) and len(titled) == len(agreements):
        shortened_in = checker.titles_shortened_signed(name, titles)
        if shortened_in:
            found = [(shortened_in, 1)]
            why = "the clause of their signing names that document shortened"
        else:
            found = [(_titled_in_its_paragraph(name, titles, checker), 1)]
            why = "their paragraph titles that document alone, and their sentence none"
    if found and all(not signed and written == 1 for signed, written in found):
        before = _titled_before_them(name, titles, checker)
        target = agreements[titled[min(before)]] if before else None
        if target is not None and not any(
            _same_person(Signatory(name=name), p) for p in target.signatories
        ):
            # Not one already there: the one paragraph of a signer of both documents of
            # their party may name the other's alone (test_guard_blind31's).
            found = [(before, 1)]
            why = "the sentence of their signing titles that document alone, before them"
    if any(written != 1 for _, written in found):
        return None  # a sentence of two documents ("signed the MoU and the Lab Agreement")
    targets = {frozenset(signed) for signed, _ in found}
    if len(targets) != 1:
        return None
    (signed,) = targets
    return (titled[next(iter(signed))], why) if len(signed) == 1 else None


_SIGNS_IT = re.compile(rf"{ZH_SIGNING_VERB}了?\s*$")
"""Right before a document's 《》: the signing of it, not a mention ("在《…》框架下")."""


def _titled_before_them(name: str, titles: list[str], checker: Checker) -> set[int]:
    """Which of ``titles`` each sentence of the person's signing writes before their name
    as the one document in 《》 it names there: the document its parties sign, their signers
    after it ("东岚区人民政府与南屿理工大学签署《共建…研究院协议》，沈佳怡与罗卫平分别代表双方
    签约": the blind79 cb03's, whose model gave the two to the next items' documents);
    else none (English names documents too loosely: "The investment agreement and the
    outgrower MoU were signed by …", the blind70 bs06's, names two). Not a document only
    cited ("在《…框架协议》框架下，周明与田阳随后签署了首个技术合同": review80's find)."""
    chosen: set[int] = set()
    for bounds in checker.role_sentences(name, "signatories", person=True):
        mentions = checker.mentions_in(name, bounds)
        if not mentions or DEAL.search(checker.rules_text, mentions[0][1], bounds[1]):
            return set()  # "…随后签署了首个技术合同": their own clause names its document
        named = [
            found.group()
            for found in _NAMED_DOCUMENT.finditer(checker.text, bounds[0], mentions[0][0])
            if _SIGNS_IT.search(checker.rules_text, bounds[0], found.start())
        ]
        if len(named) != 1:
            return set()
        written = {
            i
            for i, title in enumerate(titles)
            if any(form in named[0] for form in joined_otherwise(title))
        }
        if len(written) != 1:
            return set()
        chosen |= written
    return chosen if len(chosen) == 1 else set()


def _titled_in_its_paragraph(name: str, titles: list[str], checker: Checker) -> set[int]:
    """Which of ``titles`` the paragraph of the person's signing writes before it, where
    it writes one alone and every sentence of their signing is in it: a list of a joint
    signing's documents, an item each ("——澜溪县人民政府与鼎泰新材料…签订《…投资协议书》…。县长
    韩立军与…陆志恒代表双方签约。": the blind24 y01's, whose model gave the two to the next
    item's document); else none. Only where every agreement of the record is titled
    (the caller) and the article writes every title: an untitled one, or a title it does
    not write (a paraphrase), may be the document's the paragraph tells ("…签署《框架协议》。
    华岳集团与临江港务公司同日签约，…签字": a review's find)."""
    if not all(checker.sentences_with(title) for title in titles):
        return set()
    text = checker.text
    sentences = checker.role_sentences(name, "signatories", person=True)
    openings = {text.rfind("\n", 0, start) + 1 for start, _ in sentences}
    if len(openings) != 1 or any(_NAMED_DOCUMENT.search(text, *at) for at in sentences):
        return set()  # "…签署《共建…协议》", its own title written otherwise than the model's
    (opening,) = openings
    before = text[opening : sentences[0][0]]
    written = {
        i for i, title in enumerate(titles) if any(f in before for f in joined_otherwise(title))
    }
    return written if len(written) == 1 else set()


def _same_person(one: Signatory, other: Signatory) -> bool:
    return bool(one.name) and normalize_for_match(one.name or "") == normalize_for_match(
        other.name or ""
    )


def _as_written(name: str, checker: Checker) -> Signatory:
    """A person the rules add, with the office the article writes before the name
    (:func:`~coopllm.titles.title_written_before`: "县委书记林海涛";
    :func:`~coopllm.titles.en_title_written_before`: "Deputy Director Aliya Nurlanovna")."""
    chinese = HAN.fullmatch(name.replace("·", "")) is not None
    written = title_written_before if chinese else en_title_written_before
    return Signatory(name=name, title=written(name, checker.text))


def parties_as_people(agreement: Agreement, checker: Checker, warnings: list[str]) -> Agreement:
    """The agreement without the parties the model wrote as a person who witnessed, an
    organisation's title and a Chinese name ("东澜省科学技术厅副厅长周文彬 出席并见证签约":
    the blind6 g06's), each person moved to the witnesses, where the record has them in no
    role. Only a witness, whom the article plainly says witnessed (:meth:`Checker.states`):
    a signer's organisation is a party still ("甲大学校长林涛" names 甲大学), and a name
    that reads as a title and a name may be a hall's ("毛主席纪念堂": a review's finds)."""
    placed = {
        normalize_for_match(p.name)
        for p in (*agreement.signatories, *agreement.witnesses)
        if p.name
    }
    witnesses = list(agreement.witnesses)
    parties = []
    for party in agreement.parties:
        name = name_ending(party.name)
        if (
            name is None
            or len(name) == len(party.name)
            or normalize_for_match(name) in placed
            or not checker.grounded(party.name)
            or not checker.states(name, "witnesses")
        ):
            parties.append(party)
            continue
        placed.add(normalize_for_match(name))
        witnesses.append(_as_written(name, checker))
        warnings.append(
            f"moved party '{party.name}' to witnesses as '{name}': the article says they "
            f"{SAID_OF_A_MOVE['witnesses']}"
        )
    if len(parties) == len(agreement.parties):
        return agreement
    return agreement.model_copy(update={"parties": parties, "witnesses": witnesses})


def parties_as_signers(
    agreement: Agreement, checker: Checker, warnings: list[str], known: Sequence[Party]
) -> Agreement:
    """The agreement without the parties the model wrote as the person who signed for
    one, an organisation, a title and a Chinese name ("附一院院长叶青" for "附一院院长叶青与
    石桥县人民医院院长蒋德明签约": the blind16 q03's), where the article says the person signed
    (:func:`_signed`): the person joins the signers, with that title, and the party
    (their organisation) is the organisation, by the fuller name the sentence that signs the title
    gives it where it writes it short (:func:`_named_in_full_there`: "江沅医科大学附属第一医院
    与石桥县人民医院签署《紧密型医联体合作协议》"), or by the name with its legal form a party
    of the article (``known``) has (:func:`_with_its_known_form`), unless a party is or
    holds it already."""
    signers = list(agreement.signatories)
    placed = {normalize_for_match(p.name) for p in (*signers, *agreement.witnesses) if p.name}
    parties: list[Party] = []
    for party in agreement.parties:
        unnamed = _unnamed_signer(party, checker, known) or _signer_for(party, checker, known)
        if unnamed is not None:
            signer, signed_for = unnamed
            signers.append(signer)
            if not a_party_already(signed_for.name, [*parties, *_bodies_alone(agreement, known)]):
                parties.append(signed_for)
            who = f"'{signer.name}'" if signer.name else f"an unnamed '{signer.title}'"
            warnings.append(
                f"moved party '{party.name}' to signatories as {who}, its party "
                f"'{signed_for.name}': the article says they signed"
            )
            continue
        if _a_signer_alone(party.name, placed, agreement, checker):
            placed.add(normalize_for_match(party.name))
            signers.append(Signatory(name=party.name))
            warnings.append(
                f"moved party '{party.name}' to signatories: a person the article says signed"
            )
            continue
        person = person_after_organisation(party.name)
        if (
            person is None
            or person.name is None
            or person.organization is None
            or normalize_for_match(person.name) in placed
            or not checker.grounded(party.name)
            or not _signed(person.name, bool(agreement.title), checker)
        ):
            parties.append(party)
            continue
        organisation = our_unit(_ZH_SHORT_NAME_AFTER.sub("", person.organization))
        body = _with_its_known_form(
            _named_in_full_there(organisation, agreement.title, checker), known
        )
        if not checker.grounded(body, fuzzy=False):
            parties.append(party)  # "…集团亚太区", a part of a name the article brackets
            continue
        placed.add(normalize_for_match(person.name))
        signers.append(person.model_copy(update={"organization": body}))
        if not a_party_already(body, [*parties, *_bodies_alone(agreement, known)]):
            aliases = [organisation] if body != organisation else []
            parties.append(Party(name=body, aliases=aliases, kind=party_kind_for(body)))
        warnings.append(
            f"moved party '{party.name}' to signatories as '{person.name}', its party "
            f"'{body}': the article says they signed"
        )
    if len(signers) == len(agreement.signatories):
        return agreement
    return agreement.model_copy(update={"parties": parties, "signatories": signers})


def _a_signer_alone(written: str, placed: set[str], agreement: Agreement, checker: Checker) -> bool:
    """Whether a party is a Chinese person's name alone, no body's, whom the article says
    signed, writes with an office before it, and the record has in no role ("公司总经理马骏、
    技术总监林志远" and "…吴敏教授代表课题组与林志远签订《…合同》": the blind40 ao06's model gave
    林志远 as the company; not a company's short name like a person's, "高德", "李宁": a
    review's finds)."""
    return (
        HAN.fullmatch(written) is not None
        and name_ending(written) == written
        and not zh_body_name(written)
        and title_written_before(written, checker.text) is not None
        and normalize_for_match(written) not in placed
        and _signed(written, bool(agreement.title), checker)
    )


def _unnamed_signer(
    party: Party, checker: Checker, known: Sequence[Party]
) -> tuple[Signatory, Party] | None:
    """The unnamed signer a model gave as a party (:func:`~coopllm.titles.
    unnamed_after_organisation`: "瑞丰汽车售后服务部负责人", the blind39 an02's), and the
    article's party they sign for, by its full name: where the party's words stand as a
    sentence of signing writes them and that body is a party of the article's. None else."""
    others = [p for p in known if p is not party and p.name != party.name]
    names = {name: p for p in others for name in p.all_names}
    person = unnamed_after_organisation(party.name, list(names))
    if person is None or person.organization is None:
        return None
    if not any(checker.mentions_in(party.name, at) for at in checker.signing_sentences()):
        return None
    body = names[person.organization]
    return person.model_copy(update={"organization": body.name}), body


_ZH_SHORT_NAME_AFTER = re.compile(r"\s*[(（]\s*(?:以下)?简称[^()（）]{1,24}[)）]\s*$")
"""The short name a Chinese text brackets after a body's ("浙江华禾新材料有限公司（以下简称
“华禾新材料”）董事长邵一鸣": the blind38 am02's), no part of its name."""


def _bodies_alone(agreement: Agreement, known: Sequence[Party]) -> list[Party]:
    """The agreement's parties written as bodies alone: not a person after their body
    (:func:`~coopllm.titles.person_after_organisation`), a signer for one
    (``_ZH_SIGNED_FOR_A_BODY``) nor an unnamed one
    (:func:`~coopllm.titles.unnamed_after_organisation`)."""
    names = [name for p in known for name in p.all_names]
    return [
        p
        for p in agreement.parties
        if person_after_organisation(p.name) is None
        and _ZH_SIGNED_FOR_A_BODY.fullmatch(p.name) is None
        and unnamed_after_organisation(p.name, [n for n in names if n != p.name]) is None
    ]


_ZH_SIGNED_FOR_A_BODY = re.compile(
    r"(?P<person>[\u4e00-\u9fff、·]{2,30}?)代表(?P<body>[^，。；,;\s]{2,40})"
)
"""A person and the body they signed for, as a model may give them for a party: "常务副县长
宋立群代表枫阳县人民政府" (the blind38 am02's)."""


def _signer_for(
    party: Party, checker: Checker, known: Sequence[Party]
) -> tuple[Signatory, Party] | None:
    """The signer a model gave with the body they signed for as a party
    (``_ZH_SIGNED_FOR_A_BODY``), and that body, where the article says they signed and the
    body is a party of the article's or the article writes it; None else."""
    found = _ZH_SIGNED_FOR_A_BODY.fullmatch(party.name)
    if found is None or not checker.grounded(party.name, fuzzy=False):
        return None
    name = name_ending(found["person"])
    if name is None or not _signed(name, True, checker):
        return None
    body = found["body"]
    theirs = next((p for p in known if body in p.all_names), None)
    if theirs is None:
        if not checker.grounded(body, fuzzy=False):
            return None
        theirs = Party(name=body, kind=party_kind_for(body))
    title = found["person"][: -len(name)] or None
    return Signatory(name=name, title=title, organization=theirs.name), theirs


def _with_its_known_form(body: str, known: Sequence[Party]) -> str:
    """The one name of an article's party that is ``body`` with its legal form
    ("青屿水务集团有限公司" for "青屿水务集团副总经理许振华"'s 青屿水务集团, the party of the
    article's first agreement: the blind35 aj01's second agreement had the short one), or
    the one school of the article a school's page calls 学院 or 我校 (``_THE_SCHOOL``);
    else ``body``."""
    if body in _THE_SCHOOL:
        fuller = {p.name for p in known if p.name.endswith(_THE_SCHOOL[body])}
    else:
        fuller = {p.name for p in known if p.name != body and without_legal_form(p.name) == body}
    return fuller.pop() if len(fuller) == 1 else body


_COLLEGE, _SCHOOL = ("学院",), ("大学", "学院")
_THE_SCHOOL = {"学院": _COLLEGE, "我院": _COLLEGE, "本院": _COLLEGE,
               "学校": _SCHOOL, "我校": _SCHOOL, "本校": _SCHOOL}  # fmt: skip
"""What a school's page calls the school, and the words its name ends in: "学院副院长何立群"
signs for the one college of the article (the blind39 an02's 临江职业技术学院)."""


_ZH_BODIES_SIGN = re.compile(r"(?P<bodies>[^，。；：:,;\n]{4,80}?)(?:正式|共同)?(?:签署|签订)了?《")
"""The bodies that sign a named document in a Chinese clause: "…医院与…医院签署《"."""


_ZH_PARTIES_APART = re.compile(r"[与和、及]|(?:分别)?代表")
_TIME_FIRST = re.compile(r"^(?:当天|当日|同日|随后|其后|同时|此外|其中)?(?:[上下中]午|早上|晚上)?")
"""The time or the link a clause opens with before the bodies that sign ("当天下午甲医院与…")."""


def _named_in_full_there(organisation: str, title: str | None, checker: Checker) -> str:
    """The one body the clause that signs ``title`` names, of which ``organisation`` is
    the name or a short form (:func:`~coopllm.parties.in_order`: 附一院 of
    江沅医科大学附属第一医院), each read after the time the clause opens with; not a person
    the clause names ("局长何文斌与…签署《"), nor words that name no body (:func:`~coopllm.
    parties.zh_body_name`); else the organisation."""
    if not title:
        return organisation
    at = checker.text.find(f"《{title}》")
    if at < 0:
        return organisation
    start, _ = checker.sentence_at(at)
    clauses = list(_ZH_BODIES_SIGN.finditer(checker.text, start, at + 1))
    if not clauses:
        return organisation
    bodies = [
        _TIME_FIRST.sub("", body)
        for body in _ZH_PARTIES_APART.split(clauses[-1]["bodies"])
        if name_ending(body) is None
    ]
    bodies = [body for body in bodies if zh_body_name(body)]
    found = [
        body for body in bodies if len(body) >= len(organisation) and in_order(organisation, body)
    ]
    return found[0] if len(found) == 1 else organisation


def _by_their_clauses(
    agreements: list[Agreement], names: list[str], placed: set[str], checker: Checker
) -> list[tuple[str, int]]:
    """Each person of a sentence of several signings, a clause each, not yet ``placed``,
    with the agreement whose title their clause names shortened
    (:meth:`Checker.titles_shortened_signed`: "副市长赵明川与…吴振华代表双方签署共建研究院
    合作协议；…总经理韩旭与…许文涛签署项目投资协议", the blind69 br02's). None unless every
    agreement of the record that has signers is titled, two or more are, and each of those
    people has one document so (an untitled one with no signer is no document they signed
    by a title: the blind88 ck03's ceremony, given beside its two titled documents)."""
    titles = [a.title or "" for a in agreements]
    untitled_signed = any(not a.title and a.signatories for a in agreements)
    if sum(map(bool, titles)) < 2 or untitled_signed:
        return []
    found = []
    for name in dict.fromkeys(names):
        if normalize_for_match(name) in placed:
            continue
        signed = checker.titles_shortened_signed(name, titles)
        if len(signed) != 1 or not (
            checker.grounded(name, person=True) and _signed(name, True, checker)
        ):
            return []
        found.append((name, signed.pop()))
    return found


def _signed(name: str, titled: bool, checker: Checker) -> bool:
    """Whether the article says the person signed: plainly (:meth:`Checker.states`), or,
    a Chinese name in a sentence that writes the agreement's title, as any signing
    evidence reads it ("研究室主任马骁与研发中心主任黎文签订了《…合同》": the blind6 g06's,
    where the organisation and title between a name and the verb are more than ``states``
    reads across); the Chinese clause ends in a name right before the verb
    (:func:`_signings`). Not an English name so (a review's find: "Governor Ada Reyes
    applauded after … signed the Wind Power Agreement")."""
    if checker.states(name, "signatories"):
        return True
    chinese = HAN.fullmatch(name.replace("·", "")) is not None  # 英格丽·索尔贝格 too
    return titled and chinese and checker.has_evidence(name, "signatories", person=True)


def _signed_there(
    agreements: list[Agreement], unsigned: list[int], bounds: Sentence, checker: Checker
) -> int | None:
    """The agreement a sentence of signing adds its signers to (``signers_left_out``):
    the one whose title it writes; else, where it names no document by name, the one
    agreement with no signer, where the sentence names its parties or the one before it
    its title ("…签署《战略合作框架协议》。副市长周立新代表市政府、…在协议上签字": the blind23
    x01's, whose parties the sentence calls 市政府 and 集团), and no party of another
    agreement (:func:`_anothers_party_named`; "华岳集团与临江港务公司同日签约，…签字" after it
    is the other's: a review's find). None where the
    sentence tells another document's or an earlier signing ("In 2019, … signed a
    memorandum", "Lin Tao and Omar Haddad signed a separate Licensing Agreement", 去年;
    a review's finds), or writes an earlier year (any year, without the page's date:
    :meth:`Checker.tells_another_signing`)."""
    sentence = checker.text[bounds[0] : bounds[1]]
    if checker.tells_another_signing(sentence):
        return None
    titled = [i for i, agreement in enumerate(agreements) if _titled_in(agreement, sentence)]
    if titled:
        return titled[0] if len(titled) == 1 else None
    if _NAMED_DOCUMENT.search(sentence) or len(unsigned) != 1:
        return None
    target = unsigned[0]
    if _anothers_party_named(agreements, target, sentence):
        return None
    before = checker.sentence_at(bounds[0] - 1) if bounds[0] > 0 else None
    told_before = before is not None and _told_in(agreements, target, before, checker)
    return target if told_before or _its_parties_named(agreements, target, sentence) else None


def _told_in(agreements: list[Agreement], target: int, bounds: Sentence, checker: Checker) -> bool:
    """Whether the sentence before a sentence of signing that names no party tells the
    target's signing: it writes its title, or signs and names its parties and no other's
    ("In a separate ceremony on Wednesday, Nordhavn University College and Zhejiang Ocean
    Shipping College (ZOSC) signed a student and staff exchange agreement …. Nordhavn
    rector Ole Brekke signed for the Norwegian college, …": the blind71 bt05's)."""
    sentence = checker.text[bounds[0] : bounds[1]]
    if _titled_in(agreements[target], sentence):
        return True
    if any(_titled_in(a, sentence) for i, a in enumerate(agreements) if i != target):
        return False  # another's signing: its signers are that one's (a review's find)
    return (
        len(agreements) > 1
        and signed_now(checker.rules_text[bounds[0] : bounds[1]])
        and _its_parties_named(agreements, target, sentence)
    )


_TITLES_JOINED = re.compile(
    r"》\s*(?:[和与及、]|以及|[，,]?\s*(?:双方)?(?:同时|并|还|随后|随即)*(?:现场)?(?:签订|签署)了?)?\s*《"
)
"""What may stand between two titles one signing's verb governs: nothing ("《甲》《乙》"), 和,
、, 以及, or a second verb with no subject of its own ("…代表双方签署了《全面科技合作框架协议》，
同时签订《…技术转让合同》": the blind60 bi02's; "》，双方还签署了《")."""
_SIGNED_IN_A_GROUP = re.compile(r"等(?:签约代表|[\d一二三四五六七八九十]+[个项份])")
"""A signing of many, whose list says not who signed which: "孟凡与庞洁等签约代表签署了《甲》、
《乙》等12个合作项目" (a review's find)."""


def _signed_together(
    agreements: list[Agreement], unsigned: list[int], sentence: str, checker: Checker
) -> list[int]:
    """The agreements, two or more, none yet signed, whose titles a sentence of signing
    writes one right after another (``_TITLES_JOINED``), its one verb with a subject before
    the first: the same people signed each. None where another verb of the sentence has
    a subject of its own ("…签署了《甲》，吴伟与朱丹签署了《乙》": a review's find), the titles
    stand apart ("…，作为《甲》和《乙》的配套"), or the signing was a group's
    (``_SIGNED_IN_A_GROUP``)."""
    titled = sorted(
        (at, i)
        for i, agreement in enumerate(agreements)
        if agreement.title and (at := sentence.find(f"《{agreement.title}》")) >= 0
    )
    if (
        len(titled) < 2
        or any(i not in unsigned for _, i in titled)
        or _SIGNED_IN_A_GROUP.search(sentence)
        or checker.tells_another_signing(sentence)
    ):
        return []
    joins = []
    for (at, i), (then, _) in itertools.pairwise(titled):
        join = _TITLES_JOINED.match(sentence, at + len(agreements[i].title or "") + 1)
        if join is None or join.end() != then + 1:
            return []  # the titles stand apart
        joins.append(join.span())
    first, last = titled[0][0], titled[-1][0]
    verbs = [v.start() for v in _ZH_SIGNING_CLAUSE.finditer(sentence)]
    one_subject = sum(v < first for v in verbs) == 1 and all(
        v < first or any(start <= v < end for start, end in joins) for v in verbs if v < last
    )
    return [i for _, i in titled] if one_subject and not any(v > last for v in verbs) else []


def _cosigned_there(agreements: list[Agreement], sentence: str, checker: Checker) -> int | None:
    """The one agreement of several, fewer signers than parties, one of whose signers the
    sentence of signing names, where it names no other agreement's signer nor any document
    by its title: the sentence is that agreement's signing, its other signer left out
    ("Professor Achebe signed it for Pennine, and Dr Mariela Condori … signed for the
    Peruvian side": the blind12 m05's, whose record kept Dr Condori alone); two parties at
    the least, whatever the record holds ("…局长郑国栋与研究院副院长上官宁分别在协议上签字": the
    blind77 bz02's second agreement, the institute left out of its parties too)."""
    if len(agreements) < 2 or checker.tells_another_signing(sentence):
        return None
    if _NAMED_DOCUMENT.search(sentence) or any(_titled_in(a, sentence) for a in agreements):
        return None
    written = normalize_for_match(sentence)
    cosigned = [
        i
        for i, a in enumerate(agreements)
        if any(p.name and normalize_for_match(p.name) in written for p in a.signatories)
    ]
    if len(cosigned) != 1:
        return None
    agreement = agreements[cosigned[0]]
    signers = sum(1 for p in agreement.signatories if p.name)
    return cosigned[0] if signers < max(len(agreement.parties), _TWO_PARTIES) else None


_SIGNED_IT = (
    r",?\s+signed\s+(?:it\b|them\b|for\b|on\s+behalf\s+of\b)"
    r"(?!\s+(?:as|in\s+the\s+capacity\s+of)\s+(?:an?\s+)?witness)"
)


def _signed_it(name: str, sentence: str) -> bool:
    """Whether the sentence says the person, by the last word of their name, "signed it"
    or "signed for" a side: the document its co-signer ties it to (:func:`_cosigned_there`),
    which no deal word after the verb names ("Professor Achebe signed it for Pennine"; not
    "signed it as a witness": a review's find)."""
    last = name.split()[-1]
    return re.search(rf"\b{re.escape(last)}{_SIGNED_IT}", sentence, re.IGNORECASE) is not None


def _its_parties_named(agreements: list[Agreement], target: int, sentence: str) -> bool:
    """Whether a sentence that names no title signs the target agreement, of several:
    it names one of the target's parties and no party of another's that the target lacks
    (the blind6 g04's "高新区管委会副主任林晓东与智航机器人总经理方静签约", another
    project's, whose record the model gave other signers). One agreement: yes."""
    if len(agreements) == 1:
        return True
    written = normalize_for_match(sentence)
    ours = _short_forms(agreements[target])
    return any(n and n in written for n in ours) and not _anothers_party_named(
        agreements, target, sentence
    )


def _short_forms(agreement: Agreement) -> set[str]:
    """What a sentence writes of each name of the agreement's parties (:func:`_short_form`)."""
    return {_short_form(n) for p in agreement.parties for n in p.all_names}


def _anothers_party_named(agreements: list[Agreement], target: int, sentence: str) -> bool:
    """Whether the sentence names a party of another agreement that the target lacks."""
    written = normalize_for_match(sentence)
    ours = _short_forms(agreements[target])
    theirs = {
        n for i, agreement in enumerate(agreements) if i != target for n in _short_forms(agreement)
    } - ours
    return any(n and n in written for n in theirs)


_ZH_PLACE_FIRST = re.compile(r"^[\u4e00-\u9fff]{2,3}?[省市县区](?=[\u4e00-\u9fff]{4})")


def _short_form(name: str) -> str:
    """What a sentence writes of a party's name at least, folded: a Chinese name's first
    four characters after its place ("深圳市智航机器人有限公司" as "智航机器人总经理" writes it:
    a review's find), an English name whole."""
    folded = normalize_for_match(name)
    if not HAN.match(folded):
        return folded
    return _ZH_PLACE_FIRST.sub("", folded)[:4]


def _most_titled(titled: list[int], agreements: list[Agreement], sentence: str) -> list[int]:
    """Of the agreements whose titles a sentence writes, those it writes other than inside
    a longer one's: "Memorandum of Understanding on Joint Research in …" written alone, the
    agreement so titled, not one titled "Memorandum of Understanding" (the blind24 y04's);
    "the Cooperation Agreement …, and the Supplementary Cooperation Agreement …", both (a
    review's find)."""
    written = normalize_for_match(sentence)
    folded = {i: normalize_for_match(agreements[i].title or "") for i in titled}

    def written_alone(mine: str) -> bool:
        longer = [theirs for theirs in folded.values() if mine != theirs and mine in theirs]
        rest = written
        for theirs in longer:
            rest = rest.replace(theirs, "")
        return not longer or mine in rest

    return [i for i in titled if written_alone(folded[i])]


def _titled_in(agreement: Agreement, sentence: str) -> bool:
    """Whether the sentence writes the agreement's title, its parties joined by any of the
    marks Chinese titles join them with (:func:`~coopllm.guard.reading.joined_otherwise`:
    "甲省人民政府与乙集团战略合作协议" as written "甲省人民政府—乙集团战略合作协议", the
    blind10 k01's)."""
    title = agreement.title
    if not title:
        return False
    written = normalize_for_match(sentence)
    return any(normalize_for_match(form) in written for form in joined_otherwise(title))


_ZH_UNVEILING = Needing(
    re.compile(r"(?:揭牌|揭幕|授牌)(?!仪式)|(?<=主持)揭[牌幕](?=仪式)"),
    ("揭", "授牌"),
)
"""Unveiling a body's plaque, or handing it over ("顾正阳与吴婷共同为“…研究中心”授牌": the
blind19 t02's), not the ceremony's name, unless someone presided over it ("…一同為…「粵港智能
檢測聯合實驗室」主持揭牌儀式": the blind47 av03's)."""
_ZH_UNVEILED = re.compile(
    r"(?P<who>.{2,80}?)(?:共同|一起|一同)?(?<![受聘作成认称])为(?P<what>.{1,80}?)(?:主持)?"
)
"""A Chinese clause of who unveiled what, up to the verb: "刘建国与魏春生共同为试验站", or
two bodies' names in full ("…共同为“甲—乙智能装备研究院”和“甲大学研究生联合培养基地（乙）”":
the blind18 s02's); not the 为 of 受聘为, 作为, 成为 before the names (a review's find)."""
_ZH_UNVEILED_JOINTLY = re.compile(r"(?P<who>.{2,80}?)(?:共同|一起|一同)")
"""A Chinese clause of who unveiled together, naming nothing unveiled: "…与郑光宇、渡边隆之
共同揭牌", the plaque of a body its paragraph names before (:func:`_named_before`)."""
_ZH_ATTENDING_LEAD = (
    r"(?P<lead>[^，,。；]{2,40}?)(?:亲自|也|专程|应邀)?(?:出席|到场|莅临|参加)[^，,。；与的]{0,10}?"
)
"""Who attended, their name ending the lead: "经济部长萧文琦亲自出席", "王五出席仪式"; not
"应邀出席仪式的副省长吴建华", whose name follows (a review's find)."""
_ZH_ATTENDED_AND_JOINED = re.compile(rf"{_ZH_ATTENDING_LEAD}(?:并\s*)?(?=与(?!会)|携)")
"""Who attended and then unveiled with others in one clause: "王五出席仪式并与赵六共同为研究院
揭牌"."""
_ZH_ATTENDED_CLAUSE = re.compile(_ZH_ATTENDING_LEAD)
"""A clause that says its subject attended, before "，与…共同揭牌" ("经济部长萧文琦亲自出席，与
…共同揭牌": the blind43 ar04's)."""
_ZH_JOINS = re.compile(r"\s*(?:并\s*)?(?:与(?!会)|携)")
"""An unveiling's clause that opens on who its subject unveiled with (not 与会, attending)."""
_ZH_NOT_AN_ITEM = re.compile(r"[的有:：]|出席|参加|主持|致辞|讲话|会见|陪同|见证")
"""What no item of a list of unveilers holds before its name: "出席仪式的领导有市委副书记赵明"
is an attendee's clause (a review's find)."""
_ZH_AND = re.compile(r"(?:则|还|也|又|再)?[与及]|、")
"""What joins a Chinese list of signers, an adverb after a signer's name with it ("赵刚则与
…签署", "王立新还与…签署": a review's find, which read "赵刚则" as a name)."""
_ZH_LIST = re.compile(r"[与、及，,]")
"""What joins a Chinese list of people; 和 too, but it is also a name's character (王和平)."""
_EN_UNVEILING = Needing(
    re.compile(r"\b(?:unveiled|inaugurated)\b(?!\s+by)", re.IGNORECASE),
    ("unveiled", "inaugurated"),
)
_EN_UNVEILED_BY = Needing(
    re.compile(r"\b(?:unveiled|inaugurated)\s+by\b", re.IGNORECASE),
    ("unveiled", "inaugurated"),
)
_NOT_UNVEILED_YET = re.compile(
    r"\b(?:to\s+be|will\s+be|would\s+be|shall\s+be|not|never|n't|yet\s+to\s+be)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _unveilings(checker: Checker) -> Iterator[tuple[str, list[str]]]:
    """Each unveiling the article tells: the words of what was unveiled, and the names
    that end the items of the list before the verb, the unveilers if the guard agrees
    (:meth:`Checker.unveiled_what_was_set_up`). Chinese: the clause up to 为…揭牌
    ("桐溪县委书记刘建国与秦川农科院院长魏春生共同为试验站揭牌"); English: the sentence's
    (:func:`~coopllm.titles.listed_names`: "Councillor Gareth Lloyd-Ames, Leader of
    Kelbridge City Council, and Dr Marwaha unveiled the plaque of the … Centre", the
    blind4 e01's; "the port authority's chair, Rosalind Meek, unveiled", the blind7 h01's;
    a name before its role, as in a list led by "witnessed by": "After the signing, Farah
    Lindqvist, minister for science in …, and Gareth Oyelaran, the university's chancellor,
    jointly unveiled", the blind36 ak03's),
    or the names after "unveiled by" and what its clause unveiled ("the laboratory's
    nameplate was unveiled by Professor Daniel Osei, …": the blind8 i02's)."""
    text = checker.rules_text
    for verb in _ZH_UNVEILING.finditer(text):
        # The clause, from its stop or its paragraph's start ("\n\n青禾县委书记周宏涛与…共同为…
        # 揭牌": the blind59 bh01's, whose names the blank lines before parted from the verb).
        start = max(text.rfind(stop, 0, verb.start()) for stop in (*CLAUSE_STOPS, "\n")) + 1
        found = _ZH_UNVEILED.fullmatch(text, start, verb.start()) or (
            _ZH_UNVEILED_JOINTLY.fullmatch(text, start, verb.start())
        )
        if found is not None:
            lead, at = _attendee_joining(checker, start, found.end("who"))
            lead = (
                lead
                or _listed_before(checker, start)
                or _the_counted(checker, start, found.end("who"))
                or _the_clause_befores(checker, start, found.end("who"))
            )
            what = found["what"] if found.re is _ZH_UNVEILED else _named_before(checker, at)
            yield what, [*lead, *_listed_as_written(checker, at, found.end("who"))]
    for verb in _EN_UNVEILING.finditer(text):
        start, end = checker.sentence_at(verb.start())
        clause = checker.text[start : verb.start()]
        yield text[verb.end() : end], listed_names(clause, checker.text, led=True)
    for verb in _EN_UNVEILED_BY.finditer(text):
        start, end = checker.sentence_at(verb.start())
        if _NOT_UNVEILED_YET.search(text, max(start, verb.start() - 30), verb.start()):
            continue  # "is to be unveiled by", "was not unveiled by" (a review's finds)
        opening = max(text.rfind(stop, start, verb.start()) for stop in CLAUSE_STOPS) + 1
        yield (
            text[max(start, opening) : verb.start()],
            listed_names(checker.text[verb.end() : end], checker.text, led=True),
        )


def _attendee_joining(checker: Checker, start: int, end: int) -> tuple[list[str], int]:
    """The name of who attended and went on to unveil with the others of the clause
    ``text[start:end]`` (``_ZH_ATTENDED_AND_JOINED``), and where the others' list starts;
    none, and ``start``, where the clause names no such one."""
    text = checker.rules_text
    joined = _ZH_ATTENDED_AND_JOINED.match(text, start, end)
    if joined is None and _ZH_JOINS.match(text, start, end) and text[start - 1 : start] in "，,":
        opening = max(text.rfind(stop, 0, start - 1) for stop in CLAUSE_STOPS) + 1
        attended = _ZH_ATTENDED_CLAUSE.fullmatch(text, opening, start - 1)
        if attended is None:
            return [], start
        return _names_ending(checker, *attended.span("lead")), start
    names = _names_ending(checker, *joined.span("lead")) if joined else []
    return (names, joined.end()) if joined and names else ([], start)


def _listed_before(checker: Checker, start: int) -> list[str]:
    """The unveilers that commas part before the clause at ``start``, each item a title and
    a name alone ("省长何振东，华源集团董事长高世杰共同为研究院揭牌": the blind44 as05's), back
    to one that holds more (``_ZH_NOT_AN_ITEM``)."""
    text = checker.read_text
    spans = _zh_items_spans(text, checker.sentence_at(start)[0], start)
    while spans and _ZH_NOT_AN_ITEM.search(text, *spans[0]):
        spans = spans[1:]
    return [name for span in spans for name in _listed_as_written(checker, *span)]


def _named_before(checker: Checker, at: int) -> str:
    """The words an unveiling that names nothing follows in its paragraph, from the sentence
    before it on, as the text writes them: what it unveiled is a body they name ("並為「…聯合
    研發中心」揭牌。經濟部長蕭文琦親自出席，與…共同揭牌": the blind43 ar04's; not a new
    campus's plaque a paragraph later: a review's find)."""
    this = checker.sentence_at(at)
    before = checker.sentence_before(this)
    return checker.text[(before or this)[0] : at]


_ZH_COUNTED = re.compile(r"\s*(?:由\s*)?(?P<count>[两二三四])(?:人|位)\s*")
"""Unveilers told by their count, who the clause before names: "由两人共同为中心揭牌"."""
_ZH_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4}
_ZH_CAME_UP = re.compile(r"(?:一同|共同)?(?:上台|登台)$")


def _the_counted(checker: Checker, start: int, end: int) -> list[str]:
    """The people the clause before ``text[start:end]`` lists, where that clause counts
    them ("双方邀请台南市副市长周怡萱、经济部产业发展署副署长郑国栋上台，由两人共同为中心揭牌":
    the blind44 as03's), as many as it counts (``_ZH_COUNTED``), whoever came up on stage;
    none otherwise."""
    text = checker.read_text
    counted = _ZH_COUNTED.fullmatch(text, start, end)
    if counted is None or text[start - 1 : start] not in "，,":
        return []
    opening = max(text.rfind(stop, 0, start - 1) for stop in CLAUSE_STOPS) + 1
    came_up = _ZH_CAME_UP.search(text, opening, start - 1)
    names = _listed_as_written(checker, opening, came_up.start() if came_up else start - 1)
    return names if len(names) == _ZH_COUNT[counted["count"]] else []


_ZH_GOES_ON = re.compile(r"\s*(?:并|随后|还|又|之后)?\s*(?:共同|一起|一同)?\s*")
"""An unveiling's clause that names no one and goes on from the clause before: "，并共同为…"."""
_ZH_ITS_DEED = re.compile(r"代表|签署|签订|签约|共同|出席")
"""Where the subject of a clause ends: its deed's first word."""


def _the_clause_befores(checker: Checker, start: int, end: int) -> list[str]:
    """The people the clause before names as its subject, where the unveiling's clause
    ``text[start:end]`` names no one and goes on from it ("恒川新材董事长陈国梁与江海材料所所长
    吴启明代表双方签署《战略合作协议》，并共同为“…联合实验室”揭牌": the blind46 au05's)."""
    text = checker.read_text
    if not _ZH_GOES_ON.fullmatch(text, start, end) or text[start - 1 : start] not in "，,":
        return []
    opening = max(text.rfind(stop, 0, start - 1) for stop in CLAUSE_STOPS) + 1
    deed = _ZH_ITS_DEED.search(text, opening, start - 1)
    if deed is None:
        return []
    # An attending clause's subject may be a list that commas part before it ("市委书记高振宇，
    # 华岳集团董事长、党委书记卢承泽出席签约仪式，并共同为…揭牌": the blind79 cb02's).
    before = _listed_before(checker, opening) if deed.group() == "出席" else []
    return [*before, *_listed_as_written(checker, opening, deed.start())]


def _listed_as_written(checker: Checker, start: int, end: int) -> list[str]:
    """The names that end the items of the Chinese list ``text[start:end]``, as written."""
    names: list[str] = []
    at = start
    for item in _ZH_AND.split(checker.read_text[start:end]):
        names += _names_ending(checker, at, at + len(item))
        at += len(item) + 1
    return names


def _names_ending(checker: Checker, start: int, end: int) -> list[str]:
    """The names that end the list item ``text[start:end]`` (:func:`_zh_names`), read in
    Simplified characters and given in the text's own (a Taiwan page's "校長鄭光宇")."""
    return _as_the_page_writes(checker, _zh_names(checker.read_text[start:end]), start, end)


def _as_the_page_writes(checker: Checker, names: list[str], start: int, end: int) -> list[str]:
    """Names read in Simplified characters between ``start`` and ``end``, each as the
    text writes it there (its last place in the span)."""
    found = []
    for name in names:
        at = checker.read_text.rfind(name, start, end)
        found.append(checker.text[at : at + len(name)] if at >= 0 else name)
    return found


_ITEMS_TAIL = re.compile(
    r"(?:教授|博士|院士|研究员|先生|女士)?(?:[（(][^（）()\u4e00-\u9fff]{2,60}[）)])?"
    r"(?:同步|同时|分别)?(?:在[\u4e00-\u9fff]{0,6}?[主分]?会场|在现场|在线上|通过视频连线|以视频方式)?"
    r"(?:同步|同时)?$"
)
"""What may follow a listed person's name before the verb: an honorific ("何文彬教授与宋建国
共同为…揭牌": the blind40 ao06's), the name in other letters in brackets, the hall they
stood in or the link they joined by ("…总裁拉尔斯·埃克伦德（Lars Eklund）在主会场共同为…揭牌":
the blind35 aj03's; "（José Müller）", "在北京主会场", "通过视频连线": a review's finds), at the
same time ("…陳曉東教授在兩地會場同步為聯合實驗室揭牌": the blind90 cm02's; "同步在…會場",
"分別在…會場同步": review91)."""


def _zh_names(item: str) -> list[str]:
    """The names an item of a Chinese list of people ends in (``_ITEMS_TAIL`` aside):
    each that 和 joins where every part ends in one ("市长吴芳和董事长李强"), else the item's
    own ("市长王和平")."""
    item = _ITEMS_TAIL.sub("", item.strip(), count=1)
    parts = [name_ending(part.strip()) for part in item.split("和")]
    if len(parts) > 1 and all(parts):
        return [name for name in parts if name]
    name = name_ending(item.strip())
    return [name] if name else []


def unveilers_left_out(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The agreements with the people who unveiled what one of them set up among its
    witnesses (the spec's), where the model left them out of the record (the blind3 d05's
    "桐溪县委书记刘建国与秦川农科院院长魏春生共同为试验站揭牌", d06's "潘玉琴与钟国华共同为
    中心揭牌", the blind4 e01's Councillor who "unveiled the plaque of" the centre): a name
    of the unveiling's list (:func:`_unveilings`), the subject of the unveiling as the
    guard reads one (:meth:`Checker.unveiled_what_was_set_up`), never said to sign, and in
    no role of the record yet, or a signer of another agreement only (the blind12 m01's
    chairman, who signed the strategic agreement and "共同为“储能材料联合研究院”揭牌"); what
    they unveiled one agreement's founded body, by its name or its name's end (试验站, 中心:
    not a gym's plaque), whose signers the record names (not "张三与李四共同为研究院揭牌。
    随后，两人签署了协议", where the unveilers are the signers the guard could not hold to
    their signing). Named as written, with no title:
    the words around the name may be an office or its organisation's."""
    placed = {
        normalize_for_match(p.name)
        for a in agreements
        for p in (*a.signatories, *a.witnesses)
        if p.name
    }
    added = [list(a.witnesses) for a in agreements]
    placed_witnesses = [
        {normalize_for_match(p.name) for p in a.witnesses if p.name} for a in agreements
    ]
    for what, names in _unveilings(checker):
        target = _founding(agreements, what, checker.read_text)
        if target is None and _AN_UNNAMED_PLAQUE.match(what):
            target = _the_only_founding(agreements, what)
        if target is None or not any(p.name for p in agreements[target].signatories):
            continue
        founded = agreements[target].established_entities
        elsewhere = _signers_elsewhere(agreements, target, added[target])
        own = {normalize_for_match(p.name) for p in agreements[target].signatories if p.name}
        for name in names:
            key = normalize_for_match(name) if name else ""
            if key in own and key not in placed_witnesses[target]:
                if checker.unveiled_what_was_set_up(name, founded):  # the spec's witness too
                    placed_witnesses[target].add(key)
                    added[target].append(_as_written(name, checker))
                    warnings.append(
                        f"added witness '{name}': a signer, and the article says they unveiled "
                        "what the agreement set up"
                    )
                continue
            if not name or (key in placed and key not in elsewhere):
                continue
            signed_here = (
                _its_title_signed(name, agreements[target], checker)
                if key in elsewhere
                else checker.has_evidence(name, "signatories", person=True)
            )  # a signer of another agreement, unless a sentence says they signed this one
            if signed_here or not (
                checker.grounded(name, person=True)
                and checker.unveiled_what_was_set_up(name, founded)
            ):
                continue
            placed.add(key)
            added[target].append(_as_written(name, checker))
            warnings.append(
                f"added witness '{name}': the article says they unveiled what the agreement "
                "set up, and the model left them out"
            )
    return [a.model_copy(update={"witnesses": w}) for a, w in zip(agreements, added, strict=True)]


def _signers_elsewhere(
    agreements: list[Agreement], target: int, witnesses: list[Signatory]
) -> set[str]:
    """The signers of the other agreements, folded, who are no signer nor witness of the
    target agreement: of agreements that found nothing (who signs one that founds a body
    and unveils "the centre" unveils their own: a review's find)."""
    ours = {
        normalize_for_match(p.name) for p in (*agreements[target].signatories, *witnesses) if p.name
    }
    return {
        normalize_for_match(p.name)
        for i, a in enumerate(agreements)
        if i != target and not a.established_entities
        for p in a.signatories
        if p.name
    } - ours


_AN_UNNAMED_PLAQUE = re.compile(
    r"\s*(?:[Aa]|[Tt]he)\s+(?:commemorative\s+|[\w-]+['\u2019]s\s+)?(?:plaque|nameplate)\b"
    r"(?!(?:(?!,\s+(?:which|where|who|whose)\b)[^.])*[A-Z])"
)
"""An English unveiling of a plaque that names nothing ("unveiled a plaque marking the
site of the future centre": the blind5 f03's; "the laboratory's nameplate was unveiled by":
the blind8 i02's), not "the plaque of the Harbour Gym", nor "a plaque, marking the opening
of the … Northgate Sports Centre" (a review's find); a name in a relative clause after it
is that clause's ("a plaque to mark the opening of the centre, which will occupy the
ground floor of the Harlow Building": the blind58 bg06's)."""


def _the_only_founding(agreements: list[Agreement], unveiled: str) -> int | None:
    """The one agreement that founds a body, where an unveiling names none but the kind of
    body it is ("a plaque marking the site of the future centre"; not "a plaque marking
    the centenary of the university's library": a review's find); None where none does,
    or several (:func:`_the_one`)."""
    kinds = {kind.group().casefold() for kind in ENTITY_KIND.finditer(unveiled)}
    founding = [
        i
        for i, a in enumerate(agreements)
        if any(
            kind.group().casefold() in kinds
            for entity in a.established_entities
            for kind in ENTITY_KIND.finditer(simplified(entity))
        )
    ]
    return _the_one(agreements, founding)


def _founding(agreements: list[Agreement], unveiled: str, read_text: str) -> int | None:
    """The agreement whose founded body was unveiled, named in full, by its name's end
    (为中心揭牌 of 东江心血管疾病临床研究中心), or by the short form the article brackets after
    it ("为光电研究院揭牌" of "江南省先进光电材料研究院（以下简称“光电研究院”）": the blind57
    bf03's); None where none is, or several (:func:`_the_one`). Both read in Simplified
    characters (a Hong Kong page's 「智能檢測聯合實驗室」, given as written)."""
    what = normalize_for_match(simplified(unveiled))
    named = [
        i
        for i, agreement in enumerate(agreements)
        if len(what) >= 2
        and any(
            (body := normalize_for_match(simplified(entity))).endswith(what)
            or body in what
            or bracketed_after(unveiled, Party(name=entity), read_text)
            for entity in agreement.established_entities
            if entity
        )
    ]
    return _the_one(agreements, named)


def _the_one(agreements: list[Agreement], founding: list[int]) -> int | None:
    """The one of the agreements that found the body unveiled: the only one, or of
    several the only one whose type is a joint establishment (the blind7 h01's model gave
    the lab to all three documents of the ceremony, the third of which set it up); None
    where there is no such one."""
    if len(founding) == 1:
        return founding[0]
    establishing = [
        i for i in founding if agreements[i].agreement_type == AgreementType.JOINT_ESTABLISHMENT
    ]
    return establishing[0] if len(establishing) == 1 else None


_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
"""Between the words after a body's kind: spaces, or one line break (a name wrapped: "…Centre
for Lake\nResilience", a review's find; a blank line ends it). Before the kind, spaces
only: a Title Case headline's words on the line above are no part of the name."""
_EN_BODY = re.compile(
    r"(?<![\w'\u2019-])(?!The\b|A\b|An\b)"
    r"(?:[A-Z][\w'\u2019&\u2013-]*[ \t]+(?:(?:and|&|of|for)[ \t]+)?){0,8}?"
    r"(?:Laborator(?:y|ies)|Lab|Institute|Cent(?:re|er)|Station|Base|Platform|Hub|Incubator"
    rf"|Observatory)(?:{_GAP}of{_GAP}[A-Z][\w'\u2019&\u2013-]*(?={_GAP}for{_GAP}[A-Z]))?"
    rf"(?:{_GAP}(?:for|of|on(?!{_GAP}\S*['\u2019]s\b)){_GAP}[A-Z][\w'\u2019&\u2013-]*"
    rf"(?:{_GAP}(?:(?:and|&|of|in){_GAP})?[A-Z][\w'\u2019&\u2013-]*)*)?(?![\w-]|\s+[A-Z])"
)
"""A body's English name: capitalised words that end in a body's kind, and what it is for
("Westmere–Sunhe Joint Laboratory for Surgical Robotics", "Dryland Agriculture Research
Station", "Centre of Excellence for Green Inland Navigation"); not a kind that names
something else ("Joint Laboratory Establishment Agreement"), nor one led by an article,
nor where it stands ("Test Centre on CIT's North Campus": the blind9 j05's; "Institute
for Children's Health" is a name); eight words at most before its kind, so that a long
run of capitalised words is read in linear time (a review's find); its words before the
kind on one line, those after it across one line break at most (``_GAP``), and none that
a capitalised word follows on the next (the headline's "…Centre for Catchment Resilience"
over "Published": the blind29 ad04's, read as "…Resilience\n\nPublished")."""


_EN_BROKERED_BY = Needing(
    re.compile(
        r"\b(?:[Tt]he|[Tt]his|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|MoU|memorandum|partnership"
        r"|contract)\s+(?:was|had\s+been)\s+(?:brokered|facilitated|arranged|mediated)\s+by\s+"
        r"(?:the\s+)?(?P<body>[A-Z][\w&'\u2019-]*"
        r"(?:[ \t]+(?:[A-Z][\w&'\u2019-]*|of|and|for|the|de))*"
        r"(?:,?[ \t]+(?:Co\.,?[ \t]+Ltd|Ltd|Inc|LLC|GmbH|AB|AS|B\.V))?"
        rf"(?:[ \t]+in(?:[ \t]+(?!{EN_MONTH}\b)[A-Z][\w'\u2019-]*)+)?)"
    ),
    ("brokered", "facilitated", "arranged", "mediated"),
)
"""An English sentence that says who brokered the deal: "The deal was brokered by the
Nordic Packaging Cluster, an industry network …" (the blind37 al03's), "The agreement was
brokered by the Valmoran Trade Council" (the blind39 an05's), "The MoU was facilitated by
the Embassy of Denmark in New Delhi" (an embassy's town is its name's; not a month, "… in
March", nor an owner's "Riverton University's …": a review's finds)."""
_NAME_TAIL = re.compile(r"(?:\s+(?:of|and|for|the|de))+$")
_BROKERS_WORD = re.compile(
    r"\b(?:Council|Chamber|Embassy|Consulate|Agency|Office|Network|Fund|Cluster|Association"
    r"|Federation|Authority|Ministry|Department|Bank|Foundation|Institute|University|Group"
    r"|Partners|Advisory|Consult\w*|Board|Commission|Centre|Center|Forum|Alliance|Society"
    r"|Ltd|Inc|LLC|GmbH|AB|AS|B\.V)\b"
)
"""An organisation's word, which a broker's name holds: not a person ("brokered by
Ambassador Karin Holm") nor two people ("… by Acme CEO Tom Hale and Beta …": a review's
finds)."""


def facilitators_left_out(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The record's one agreement with the body an English sentence says brokered the deal
    (``_EN_BROKERED_BY``), where the model left it out, it is no party, and the guard
    reads it as a facilitator (:meth:`Checker.facilitated`). Not beside other agreements:
    the sentence's "the deal" may be any of them."""
    if len(agreements) != 1:
        return agreements
    (agreement,) = agreements
    parties = [n for p in agreement.parties for n in p.all_names]
    added = list(agreement.facilitators)
    for found in _EN_BROKERED_BY.finditer(checker.text):
        body = _NAME_TAIL.sub("", found["body"])
        if body.endswith(("'s", "\u2019s")) or not _BROKERS_WORD.search(body):
            continue  # an owner's ("Riverton University's … office"), or a person
        known = [normalize_for_match(b) for b in (*added, *parties)]
        key = normalize_for_match(body)
        if any(key in name or name in key for name in known) or not checker.facilitated(body):
            continue
        added.append(body)
        warnings.append(
            f"added facilitator '{body}': the article says it brokered the deal, and the model "
            "left it out"
        )
    if len(added) == len(agreement.facilitators):
        return agreements
    return [agreement.model_copy(update={"facilitators": added})]


def brokers_as_parties(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The agreements without a third party the article says brought the deal about
    (:meth:`Checker.facilitated`: "此次合作由江川省科学技术厅牵头推动、积极促成", the blind54
    bc01's, whose model gave the department beside the province and the university), which
    no signer acts for and the title does not name: it is the deal's facilitator (the
    spec's: "without being a party"). Not of two parties, nor a party a signer acts for."""
    kept = []
    for agreement in agreements:
        acting = {
            normalize_for_match(p.organization) for p in agreement.signatories if p.organization
        }
        brokers = [
            party
            for party in agreement.parties
            if len(agreement.parties) > _TWO_PARTIES
            and not any(normalize_for_match(n) in acting for n in party.all_names)
            and not (agreement.title and any(n in agreement.title for n in party.all_names))
            and not any(checker.states(n, "signatories") for n in party.all_names)
            and any(_facilitated_by_name(n, checker) for n in party.all_names)
        ]
        if not brokers or len(agreement.parties) - len(brokers) < _TWO_PARTIES:
            kept.append(agreement)
            continue
        for party in brokers:
            warnings.append(
                f"moved party '{party.name}' to the facilitators: the article says it brought "
                "the deal about, and no signer acts for it"
            )
        update = {
            "parties": [p for p in agreement.parties if p not in brokers],
            "facilitators": list(
                dict.fromkeys([*agreement.facilitators, *(p.name for p in brokers)])
            ),
        }
        kept.append(agreement.model_copy(update=update))
    return kept


_TWO_PARTIES = 2


def _facilitated_by_name(name: str, checker: Checker) -> bool:
    """Whether a sentence says ``name`` facilitated the deal, naming it whole: not a word of
    a longer name ("Westmark" of "brokered by Invest Westmark": the blind27 ab05's place,
    which its model gave as a party; "江川省" of "由江川省科学技术厅牵头推动": a review's
    find)."""
    text = checker.rules_text
    return any(
        not _within_a_longer_name(text, at, until)
        for sentence in checker.facilitating_sentences(name)
        for at, until in checker.mentions_in(name, sentence)
    )


_OPENS_A_PHRASE = frozenset({"The", "In", "On", "At", "By", "With", "From", "For", "And"})


def _within_a_longer_name(text: str, at: int, until: int) -> bool:
    """Whether the mention ``text[at:until]`` is part of a longer name: a capitalised word
    before it that opens no phrase and ends no clause, or, of a Chinese name, a Chinese
    character after it that no facilitating word or 的 begins."""
    if HAN.match(text[until : until + 1]):
        return _ZH_NAME_GOES_ON.match(text, until) is not None
    before = text[:at].split()[-1:]
    return (
        bool(before)
        and before[0][:1].isupper()
        and before[0] not in _OPENS_A_PHRASE
        and (not before[0].endswith((".", ",", ";", ":")))
    )


_ZH_NAME_GOES_ON = re.compile(
    r"(?!的|牵|推|促|积|协|引|撮|搭|大力|支持|帮助|指导|组织|主导)[\u4e00-\u9fff]"
)
"""A Chinese character after a name that goes on with it ("江川省科学技术厅" after "江川省")."""


def no_party_as_entity(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The agreements without a founded body that is a party to another agreement of the
    record, where the article says nowhere that it was set up (:func:`_founded_here`),
    unveiled (:func:`_unveiled`) or founded by a document's title: a body that signs is
    there already (the blind50 ay03's model gave the institute that signed the second
    document as the first's founded body; not the seed's "Mechanical Analysis and Testing
    Center", which a model gave as a party of another too)."""
    parties = [n for a in agreements for p in a.parties for n in p.all_names]
    read = checker.read_text
    kept = []
    for agreement in agreements:
        own = {n for p in agreement.parties for n in p.all_names}
        dropped = [
            body
            for body in agreement.established_entities
            if body in parties
            and body not in own
            and not _founded_here(simplified(body), read)
            and not any(body in (a.title or "") for a in agreements)
            and not _unveiled(simplified(body), read)
        ]
        for body in dropped:
            warnings.append(
                f"dropped established entity '{body}': a party to another agreement, not set up"
            )
        kept.append(
            agreement.model_copy(
                update={
                    "established_entities": [
                        b for b in agreement.established_entities if b not in dropped
                    ]
                }
            )
            if dropped
            else agreement
        )
    return kept


def _unveiled(body: str, read: str) -> bool:
    """Whether unveiling words stand before a mention of ``body`` in its sentence ("jointly
    unveiled the “Mechanical Analysis and Testing Center”"), or 揭牌 right after it ("为
    “…”揭牌")."""
    name = re.escape(body)
    return (
        re.search(rf"(?:unveil\w*|inaugurat\w*)[^.;]{{0,60}}?{name}", read, re.IGNORECASE)
        is not None
        or re.search(rf"{name}[”」\"]?\s*(?:揭牌|挂牌)", read) is not None
    )


def entities_in_full(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The agreements with each English body they found named as the article writes it,
    where the model cut its name short: every place the text writes the name given, the
    same words of a name go on after it ("MVRI-Tanvale Joint Centre" of "the MVRI-Tanvale
    Joint Centre for mRNA Process Development", written so twice: the blind71 bt06's); not
    where the name given has its "for" or "of" already, nor words that name a party ("the
    Innovation Centre for Smart Ports for Eastmoor City", "… for Orrin Ltd": whom it
    serves)."""
    return [
        a.model_copy(
            update={
                "established_entities": [
                    _in_full(e, a.parties, checker, warnings) for e in a.established_entities
                ]
            }
        )
        if a.established_entities
        else a
        for a in agreements
    ]


def _in_full(entity: str, parties: list[Party], checker: Checker, warnings: list[str]) -> str:
    if HAN.search(entity) or re.search(r"\s(?:for|of)\s", entity):
        return entity  # a name with its "for" or "of" given: what follows is whom it serves
    goes_on = {
        found["rest"]
        for found in re.finditer(rf"{re.escape(entity)}(?P<rest>{_NAMES_TAIL})?", checker.text)
    }
    if len(goes_on) != 1:
        return entity
    rest = goes_on.pop()
    if not rest or any(
        re.search(rf"\b{re.escape(name)}\b", rest) for p in parties for name in p.all_names
    ):
        return entity  # "for Orrin Ltd": whom it serves
    warnings.append(
        f"took established entity '{entity}{rest}' for '{entity}': the article writes the "
        "name only in full"
    )
    return f"{entity}{rest}"


_NAMES_TAIL = (
    r"\s+(?:for|of)\s+(?:the\s+)?[\w-]*[A-Z][\w-]*"
    r"(?:\s+(?:(?:and|of|for)\s+)?[\w-]*[A-Z][\w-]*)*(?![\w'\u2019])"
    r"(?!\s+(?:[A-Z]|(?!(?:in|on|at|by|and|will|would|to|with|which|that|is|was|has|from"
    r"|under|as|or)\b)[a-z]))"
)
"""What goes on after a body's name cut short: "for mRNA Process Development", "of Marine
Robotics"; each word with a capital letter, no owner's ("on CIT's North Campus" is where
the body is: a where's "on" or "in" is no part of a name), and no noun after it in lower
case ("for Tongji University students" is whom it serves: a review's find)."""


def entities_left_out(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The agreements with the named body the article says one of them founds, where the
    model left it out (the blind8 i02's "The Joint Laboratory Establishment
    Agreement, which creates the Westmere–Sunhe Joint Laboratory for Surgical Robotics,
    was signed …"): an English body's name (``_EN_BODY``) that founding words stand right
    before or after (:func:`_founded_here`), in this agreement's time
    (:meth:`Checker.founded`: not "which was set up in 2016"), no party's nor a signer's
    organisation, nor a kind of body alone (:func:`~coopllm.guard.bodies.unnamed_body`:
    "Centre of Excellence"), to the agreement that names it in its title, else the one joint
    establishment, else the only agreement. A Chinese body's name in quotes
    (:func:`_zh_quoted_bodies`) founded in this agreement's time, to the one agreement whose
    title names it (:func:`_title_founder`; the blind11 l01's "共同为“南湖新能源研究院”
    揭牌", the model's record of "《共建南湖新能源研究院协议》" holding no body), or one
    unveiled in quotes by the people of the article's one agreement, which holds none
    (:func:`_zh_unveiled_bodies`: the blind51 az01's "共同为“东理—华拓智能装备联合研发中心”揭牌"
    at the signing of a strategic framework agreement) or co-built as a sentence under it
    says (:func:`_zh_agreed_bodies`: the blind52 ba01's "根据协议，…二是共建“…实训中心”"), or
    one written unquoted after 共建 (:func:`_zh_co_built`), to the one agreement whose title
    names it by its tail (the blind23 x01's "双方将共建澄江合成生物中试基地" under "《共建合成
    生物中试基地合作协议》")."""
    known = [
        (normalize_for_match(name), alias and _a_word_alone(name))
        for a in agreements
        for name, alias in (
            *((e, False) for e in a.established_entities),
            *((p.name, False) for p in a.parties),
            *((n, True) for p in a.parties for n in p.aliases),
            *((p.organization or "", False) for p in (*a.signatories, *a.witnesses)),
        )
        if name
    ]
    added = [list(a.established_entities) for a in agreements]
    # only a body a title names: an article may quote hundreds of names
    quoted = [q for q in _zh_quoted_bodies(checker.text) if len(_titled_by(agreements, q)) == 1]
    its_own = [
        u
        for u in (*_zh_unveiled_bodies(agreements[0], checker), *_zh_agreed_bodies(checker))
        if u not in quoted
    ] if len(agreements) == 1 else []  # fmt: skip
    co_built = [b for b in _zh_co_built(checker.text) if len(_tail_titled(agreements, b)) == 1]
    for found in [*_founded_bodies(checker.text), *quoted, *its_own, *co_built]:
        body = normalize_for_match(found)
        if found in quoted or found in its_own:  # a party's name in it is its founder's
            held = any(body in k for k, _ in known)
        else:
            held = any(_holds(body, k, alone) for k, alone in known)
        if unnamed_body(found) or held:
            continue
        if found in quoted:
            target = _title_founder(_titled_by(agreements, found), found, checker)
        elif found in its_own:
            target = _title_founder([0], found, checker)
        elif found in co_built:
            target = _title_founder(_tail_titled(agreements, found), found, checker)
        else:
            target = founder(agreements, found, _sentences_of(found, checker))
            if target is None:
                target = _referred_to(agreements, found, checker)
            target = target if _founded_here(found, checker.text) else None
        if target is None or not checker.founded(found):  # not "set up in 2016"
            continue
        known.append((body, False))
        added[target].append(found)
        warnings.append(
            f"added established entity '{found}': the article says the agreement founds it, "
            "and the model left it out"
        )
    for target, body in _co_built_where_signed(agreements, checker):
        if not any(_holds(normalize_for_match(body), k, alone) for k, alone in known):
            known.append((normalize_for_match(body), False))
            added[target].append(body)
            warnings.append(
                f"added established entity '{body}': the sentence that signs "
                f"'{agreements[target].title}' says its parties co-build it, and the model "
                "left it out"
            )
    return [
        a.model_copy(update={"established_entities": _no_short_form(e, warnings)})
        for a, e in zip(agreements, added, strict=True)
    ]


def _no_short_form(entities: list[str], warnings: list[str]) -> list[str]:
    """``entities`` without one that is another's name shortened (:func:`~coopllm.guard.
    reading.shortened`: "Qollqa Laboratory" of "Qollqa High-Andean Glacier Monitoring
    Laboratory", the blind86 ci06's, its title's short form found beside its full name):
    one body, named once."""
    short = [e for e in entities if any(o != e and shortened(e, o) for o in entities)]
    for entity in short:
        warnings.append(f"dropped established entity '{entity}': a shortened name of another")
    return [e for e in entities if e not in short]


_SEVERAL = 2
"""Agreements of a record that one sentence's body may be one of (one alone is read by
the rules above)."""


def _co_built_where_signed(
    agreements: list[Agreement], checker: Checker
) -> Iterator[tuple[int, str]]:
    """Each agreement of several, and a body in quotes the one sentence that signs its
    《title》 says its parties co-build ("…签署《高山茶产业科技合作协议》，双方将共建“青峪高山茶
    科技小院”": the blind78 ca01's, one of a ceremony's three documents), as the page writes
    it."""
    if len(agreements) < _SEVERAL:
        return
    signing = set(checker.signing_sentences())
    for index, agreement in enumerate(agreements):
        if not agreement.title:
            continue
        own = [
            s
            for s in checker.sentences_with(f"《{agreement.title}》")
            if s in signing and not checker.tells_earlier_signing(checker.text[slice(*s)])
        ]
        if len(own) != 1:
            continue
        for found in _ZH_AGREED_BODY.finditer(checker.read_text, *own[0]):
            body = checker.text[slice(*found.span("name"))]
            if not unnamed_body(body):  # "大学生实践教育基地": a kind, no name (review79)
                yield index, body


_FOUNDING_VERB = (  # the first letter tested before the alternation: a scan of every word
    r"\b(?=[escfbljiuo])(?:establish(?:es|ed|ing)?|(?-i:Establishment|Creation)\s+of"
    r"|set(?:s|ting)?\s+up|creat(?:es|ed|ing|e)|found(?:s|ed|ing)?"
    r"|(?:co-?|jointly\s+)?buil(?:ds?|t|ding)|launch(?:es|ed|ing)?|inaugurat(?:es|ed|ing)"
    r"|unveil(?:s|ed|ing)?\s+(?:the\s+)?(?:plaque|nameplate)\s+of|open(?:s|ed|ing)?)"
)
_FOUNDS_NEXT = re.compile(rf"{_FOUNDING_VERB}\s+(?:(?:the|a|an|new|joint)\s+)*$", re.IGNORECASE)
"""Founding words right before a body's name, only an article or "new" between: "which
creates the X", "will also set up the X", "unveiled the nameplate of the X", a title's
"Agreement for the Creation of the X" (the blind77 bz05's; capitalised: "the 20th
anniversary of the establishment of the X" founds nothing, review78)."""
_FOUNDS_NEXT_WORDS = Needing(
    re.compile(rf"{_FOUNDING_VERB}\s+(?:(?-i:the|a|an|new)\s+)*", re.IGNORECASE),
    ("establish", "set", "creat", "found", "buil", "launch", "inaugurat", "unveil", "open"),
)
"""The same words, found in a text: where a name may start (its own "Joint" kept)."""
_FOUNDED_WORDS = Needing(
    re.compile(
        r"\b(?:be|was|is|been|were)\s+(?:\w+\s+)?(?:established|founded|set\s+up|created|launched"
        r"|built|inaugurated|unveiled|opened)\b",
        re.IGNORECASE,
    ),
    (
        "established",
        "founded",
        "set",
        "created",
        "launched",
        "built",
        "inaugurated",
        "unveiled",
        "opened",
    ),
)
"""Whether a text has founding words after a name at all (``_FOUNDED_NEXT``'s)."""
_FOUNDED_NEXT = re.compile(
    r"(?:\s*\([^()\n]{1,24}\))?\s*,?\s*(?:which|that)?\s*(?:will\s+be|was|is|has\s+been|were|to\s+be)\s+(?:\w+\s+)?"
    r"(?:established|founded|set\s+up|created|launched|built|inaugurated|unveiled|opened)\b",
    re.IGNORECASE,
)
"""Founding words right after a body's name, past its short form: "the X will be
established", "a Centre of Excellence for Green Inland Navigation (CoE-GIN) to be set up"
(the blind19 t04's)."""


def _founded_bodies(text: str) -> list[str]:
    """The bodies' names (``_EN_BODY``) right after founding words, or right before
    founding words of their own, each once and on one line: read from the founding words,
    so that an article with none costs one scan for them (most of a batch's articles)."""
    found = [
        body.group()
        for words in _FOUNDS_NEXT_WORDS.finditer(text)
        if (body := _EN_BODY.match(text, words.end())) is not None
    ]
    if _FOUNDED_WORDS.search(text):  # "the X will be established": rarer, read whole
        found += [body.group() for body in _EN_BODY.finditer(text)]
    return list(dict.fromkeys(" ".join(name.split()) for name in found))  # a wrapped one


def _title_founder(named: list[int], body: str, checker: Checker) -> int | None:
    """The one agreement of ``named`` (those whose title names a Chinese body), where the
    sentence that founds the body tells no earlier founding nor another's ("2022年，双方共建
    了“…实验室”", "甲大学此前已与丙公司共建“…研究院”", a slogan "打造成“数字经济创新中心”": a
    review's finds, which no title names)."""
    founding = checker.founding_sentence(body)
    if len(named) != 1 or founding is None:
        return None
    told = checker.text[founding[0] : founding[1]]
    return None if checker.tells_another_signing(told) else named[0]


def _tail_titled(agreements: list[Agreement], body: str) -> list[int]:
    """The agreements whose title writes the body's name or its tail
    (:func:`_written_by_its_tail`)."""
    return [i for i, a in enumerate(agreements) if a.title and _written_by_its_tail(body, a.title)]


_ZH_CO_BUILT = re.compile(
    r"(?<!探索)(?<!研究)"
    r"(?:共建|共同建设|合作建设|联合建设|共同组建|联合组建)"
    r"(?!一批|一个|一些|若干|多个|一系列|更多)"
    r"(?P<name>(?:(?![和与及的并])[\u4e00-\u9fff]){2,20}?"
    r"(?:研究院|研究所|研究中心|中心|实验室|基地|平台|工作站))(?=[，。；、,;（(]|$|揭牌|揭幕)"
)


def _zh_co_built(text: str) -> list[str]:
    """The Chinese bodies' names written after 共建 and such to the clause's end, unquoted
    ("双方将共建澄江合成生物中试基地，"), or to the short form bracketed after it ("三方将共同
    建设江南省先进光电材料研究院（以下简称“光电研究院”）": the blind57 bf03's), or to its unveiling
    ("甲与乙共建东川华源氢能研究院揭牌仪式在…举行": the blind44 as05's; not
    "…研究中心成立五周年": a review's find), each once: a read only where a co-building word
    is written. Not two joined by 和 ("共建研究生培养基地和实习基地"), a phrase with 的 or
    并 in it, nor a count ("共建的智能制造研究中心", "共同建设并运营…",
    "共建一批产业创新中心": a review's finds), nor one only to be explored ("探索共建远程病例
    讨论平台": the blind29 ad02's, read once a memorandum's words counted too; "计划共建",
    "推动共建" are what an agreement commits to: review85)."""
    if "建" not in text:
        return []
    return list(dict.fromkeys(m["name"] for m in _ZH_CO_BUILT.finditer(text)))


def _zh_quoted_bodies(text: str) -> list[str]:
    """The Chinese names in quotes that end in a body's word ("“南湖新能源研究院”"), each
    once: a read only where the article quotes one."""
    return list(dict.fromkeys(m["name"] for m in _ZH_QUOTED_BODY.finditer(text)))


_ZH_QUOTED_BODY = re.compile(
    r"[“\"「『](?P<name>[\u4e00-\u9fff—\-·（）()A-Za-z0-9]{2,40}?"
    r"(?:研究院|研究所|研究中心|中心|实验室|基地|平台|工作站|联盟|孵化器|产业学院|科技小院))[”\"」』]"
)
_ZH_AGREED_BODY = re.compile(
    rf"(?<!前期)(?<!此前)(?<!已)(?<!曾)(?<!已经)(?<!原有)(?:共建|共同建设|联合建设|合作共建|设立|共同设立"
    rf"|升级为|升格为){_ZH_QUOTED_BODY.pattern}(?!的基础|的经验|的成果)"
)
"""A body in quotes the parties are to co-build or set up: "二是共建“恒拓智能产线实训中心”",
"并在…内设立“中奥冰雪运动交流中心”" (the blind83 cf02's), or to raise an earlier one to
("雙方將把…「智能感知聯合實驗室」升級為「…聯合研發中心」": the blind91 cn03's); not one built
before ("在前期共建“…”的基础上": a review's find)."""
_ZH_BOTH = re.compile(r"双方|三方|各方|两校|两家|两院|共同")
"""Words that make the parties together the subject of a setting up ("双方将…设立")."""
_UNDER_THE_AGREEMENT = re.compile(
    r"(?:根据|按照|依据)(?:本|新(?:签署|签订)?的?|续签的|此次签署的)?(?:合作)?(?:协议|备忘录|合同)"
    r"|(?:协议|备忘录|合同)(?:约定|规定|明确)"
)
"""Words that say a sentence tells what the agreement sets out: "根据协议，双方将…", "根据新
备忘录" (a renewal's: the blind91 cn03's), "根据新签署的备忘录", "根据续签的备忘录"; not "根据该
协议", which may point back to an earlier one (review92)."""


def _zh_agreed_bodies(checker: Checker) -> list[str]:
    """The Chinese names in quotes that the agreement, as a sentence under it says (to its
    full stop, over the semicolons of its items), has its parties co-build
    (``_ZH_AGREED_BODY``, ``_UNDER_THE_AGREEMENT``: "根据协议，双方将…：…二是共建“恒拓智能产线
    实训中心”，…": the blind52 ba01's), or unquoted (``_ZH_CO_BUILT``: "根据协议，三方将共同建设
    江南省先进光电材料研究院（…）": the blind57 bf03's), as the page writes them, each once; read
    only where the agreement's words are written."""
    if not any(word in checker.rules_text for word in ("协议", "备忘录", "合同")):
        return []
    text, found = checker.rules_text, []
    for body in (*_ZH_AGREED_BODY.finditer(text), *_ZH_CO_BUILT.finditer(text)):
        opening = max(text.rfind(stop, 0, body.start()) for stop in "。\n") + 1  # past "；"
        if body.group().startswith("设立") and not _ZH_BOTH.search(text, opening, body.start()):
            continue  # "华信科技将…设立“…研发中心”": one party's own (review85)
        if _UNDER_THE_AGREEMENT.search(text, opening, body.start()):
            found.append(checker.text[body.start("name") : body.end("name")])
    return list(dict.fromkeys(found))


_ZH_UNVEILED_BODY = re.compile(rf"为\s*{_ZH_QUOTED_BODY.pattern}\s*(?:揭牌|揭幕)")
"""A body whose plaque is unveiled, its name in quotes: "为“…联合研发中心”揭牌"."""


_ZH_UNVEILED_UNQUOTED = re.compile(
    r"为\s*(?P<name>[\u4e00-\u9fff]{4,30}?(?:研究院|研究所|基地|中心|实验室|平台))\s*(?:揭牌|揭幕)"
)
"""A body whose plaque is unveiled, its name unquoted: "赵文澜与陈屹峰共同为恒屹先进复合材料
产业研究基地揭牌", the body the agreement's title names ("《恒屹先进复合材料产业研究基地项目投资
协议》": the blind80 cc02's)."""


def _zh_unveiled_bodies(agreement: Agreement, checker: Checker) -> list[str]:
    """The Chinese names in quotes that the article unveils (``_ZH_UNVEILED_BODY``), as the
    page writes them (read on its Simplified text: "為「…研發中心」揭牌"), each once, where
    ``agreement`` holds no founded body: those whose unveilers (:func:`_unveilings`) are
    all its signers and witnesses, in a sentence that writes no day but the agreement's own.
    Not a body unveiled by others ("会上，省领导为“…服务中心”揭牌", a third company's chairman
    beside the college's president), nor on another day ("3月15日，双方共同为“…”揭牌"), nor
    one the parties unveiled before ("在双方已为“…”揭牌基础上": a review's finds). A name
    unquoted only where the agreement's title names it (``_ZH_UNVEILED_UNQUOTED``), whoever
    unveiled it."""
    if agreement.established_entities or "揭" not in checker.rules_text:
        return []
    people = {
        normalize_for_match(p.name)
        for p in (*agreement.signatories, *agreement.witnesses)
        if p.name
    }
    unveilers = [(what, names) for what, names in _unveilings(checker) if names]
    title = simplified(agreement.title or "")
    found = []
    for body in [
        *_ZH_UNVEILED_BODY.finditer(checker.rules_text),
        *_ZH_UNVEILED_UNQUOTED.finditer(checker.rules_text),
    ]:
        by = [name for what, names in unveilers if body["name"] in what for name in names]
        days = DATE_MENTION.finditer(checker.rules_text, *checker.sentence_at(body.start()))
        theirs = (
            body["name"] in title  # its name unquoted: the title's body alone
            if body.re is _ZH_UNVEILED_UNQUOTED
            else all(normalize_for_match(name) in people for name in by)
        )
        if (
            by
            and theirs
            and all(simplified(day[0]) in simplified(agreement.date_text or "") for day in days)
        ):
            found.append(checker.text[body.start("name") : body.end("name")])
    return list(dict.fromkeys(found))


def _holds(body: str, known: str, alone: bool) -> bool:
    """Whether a body's name (folded) is, or holds, a name the record knows: not where that
    name is an abbreviation the body's holds as a part ("CIT" in "Harwick-CIT Electrolyser
    Test Centre": the blind9 j05's), nor a party's alias of one word (``alone``: its
    "Harwick", which the text brackets after "Harwick Energy Systems, Inc."; a party named
    so, "Fraunhofer", still is: a review's find)."""
    return body in known or (not alone and len(known) > _ABBREVIATION and known in body)


def _a_word_alone(name: str) -> bool:
    """Whether a name is one Latin word ("Harwick"), which a joint body's name may hold."""
    return not HAN.search(name) and len(name.split()) == 1


_ABBREVIATION = 4
"""Characters of a folded name short enough to be an abbreviation ("cit", "hust")."""


def _sentences_of(body: str, checker: Checker) -> list[str]:
    """The sentences that name ``body`` and hold signing words: those that may say whose
    agreement founds it (:func:`founder`)."""
    bounds = {
        checker.sentence_at(found.start()) for found in re.finditer(re.escape(body), checker.text)
    }
    return [
        checker.text[start:end]
        for start, end in sorted(bounds)
        if SIGNED.search(checker.rules_text, start, end)
    ]


def _founded_here(body: str, text: str) -> bool:
    """Whether founding words stand right before or after a mention of ``body``: a name the
    rule adds must be the founding's object, not a body further on in its sentence ("set
    up a training programme with the Harbin Welding Institute", "managed by the Kell
    Materials Institute": a review's finds)."""
    for mention in re.finditer(re.escape(body), text):
        before = text[max(0, mention.start() - 60) : mention.start()]
        if _FOUNDS_NEXT.search(before) or _FOUNDED_NEXT.match(text, mention.end()):
            return True
    return False


def founder(agreements: list[Agreement], body: str, sentences: Sequence[str] = ()) -> int | None:
    """The agreement that founds ``body``: the one whose title names it, else the one
    joint establishment, else the one whose signers alone the signing ``sentences`` that
    name the body name ("Raman and Whitfield signed a Joint Development Agreement under
    which the two will co-build the Test Centre": the blind9 j05's), else the one whose
    parties alone, each of them, the clause of such a sentence names that signs a document
    to found it (:func:`_signed_to_found`: "Solenne Wind and Lumara Polytechnic University
    (UPL) signed a separate cooperation agreement to set up the … Skills Centre", its
    signers in the next sentence: the blind81 cd06's), else the one whose title those
    sentences write as signed to found it (:func:`_titled_to_found`), else the only
    agreement; None where none is one."""
    named = _titled_by(agreements, body)
    if len(named) == 1:
        return named[0]
    joint = [
        i for i, a in enumerate(agreements) if a.agreement_type == AgreementType.JOINT_ESTABLISHMENT
    ]
    if len(joint) == 1:
        return joint[0]
    signed = [
        i
        for i, a in enumerate(agreements)
        if any(_names(sentence, p.name) for p in a.signatories for sentence in sentences)
    ]
    if len(signed) == 1:
        return signed[0]
    titled = [
        i
        for i, a in enumerate(agreements)
        if a.title and any(_titled_to_found(sentence, a.title, body) for sentence in sentences)
    ]
    if len(titled) == 1:
        return titled[0]
    clauses = [clause for sentence in sentences if (clause := _signed_to_found(sentence, body))]
    between = [
        i
        for i, a in enumerate(agreements)
        if a.parties
        and any(
            all(any(_names(clause, n) for n in (p.name, *p.aliases)) for p in a.parties)
            for clause in clauses
        )
    ]
    if len(between) == 1:
        return between[0]
    return 0 if len(agreements) == 1 else None


_TO_FOUND_IT = (
    r"\s+to\s+(?:jointly\s+)?(?:set\s+up|establish|create|found|build|launch)"
    r"\s+(?:the\s+|a\s+|an\s+)?"
)
"""The words after a document that say it was signed to found a body: " to set up the"."""
_TO_FOUND = rf"\b(?:agreement|memorandum|mou|contract|accord|deal){_TO_FOUND_IT}"
"""A document signed for the founding: "signed a separate cooperation agreement to set up
the …"."""


def _titled_to_found(sentence: str, title: str, body: str) -> bool:
    """Whether the sentence writes the title, as written, right before the words that
    found the body ("…signed a Partnership Agreement to set up the Tavaleka Digital
    Heritage Centre": the blind88 ck05's), in a clause that tells no other time ("…, a day
    after the two universities signed a cooperation agreement to set up …": review82)."""
    found = re.search(re.escape(title) + _TO_FOUND_IT + re.escape(body), sentence)
    if found is None:
        return False
    opening = max(sentence.rfind(mark, 0, found.start()) for mark in ",;:")
    return _ANOTHER_TIME.search(sentence, opening + 1, found.start()) is None


_ANOTHER_TIME = re.compile(r"\b(?:after|before|following|since|earlier|previously)\b", re.I)
"""Words that tell a clause's signing as of another time than the sentence's own."""


def _signed_to_found(sentence: str, body: str) -> str | None:
    """The clause of ``sentence`` that signs a document to found ``body`` (``_TO_FOUND``),
    up to the document: its subject, who signed it ("Solenne Wind and Lumara Polytechnic
    University (UPL) signed a separate cooperation agreement"); not the clause before
    ("…, a day after the two universities signed a cooperation agreement to set up …":
    review82). None where the sentence signs none to found it."""
    signed = Needing(re.compile(_TO_FOUND + re.escape(body), re.IGNORECASE), (body,))
    found = signed.search(sentence)  # tried where the body is written: it opens with "\b"
    if found is None:
        return None
    opening = max(sentence.rfind(mark, 0, found.start()) for mark in ",;:")
    return sentence[opening + 1 : found.start()]


_REFERRING = re.compile(
    r"\s*(?:It\s+(?:also\s+)?(?-i:[a-z])|(?:The|This)\s+(?:agreement|deal|document|accord)\b)"
)
"""A sentence's opening that refers to the document the sentence before it named: "It" and
a verb, "The agreement"; not "This month" (a review's find)."""


def _referred_to(agreements: list[Agreement], body: str, checker: Checker) -> int | None:
    """The one agreement whose title the sentence before the body's founding names, where
    the founding's sentence opens on "It" or "The agreement" (``_REFERRING``): "The second,
    a Skills Partnership Agreement, is between Nordvik and the University of East Ellerby.
    It sets up the Ellerby Offshore Skills Centre" (the blind32 ag04's)."""
    found: set[int] = set()
    for mention in re.finditer(re.escape(body), checker.text):
        start, _ = checker.sentence_at(mention.start())
        if start == 0 or not _REFERRING.match(checker.text, start):
            continue
        opening, closing = checker.sentence_at(start - 1)
        before = checker.text[opening:closing]
        titled = [i for i, a in enumerate(agreements) if _titled_in(a, before)]
        found.update(titled if len(titled) == 1 else [])
    return found.pop() if len(found) == 1 else None


def _titled_by(agreements: list[Agreement], body: str) -> list[int]:
    """The agreements whose title names the body ("共建…联合实验室协议"), else those
    whose title names a Chinese one by its name after its founders'
    (:func:`_named_by_its_tail`), else those it is a branch of (:func:`_a_branch_of`), else
    those whose title writes a Chinese one's tail (:func:`_written_by_its_tail`: "新能源汽车
    产业学院共建协议" of "远驰新能源汽车产业学院", its founder's short name before it, no dash:
    the blind73 bv05's)."""
    whole = [
        i for i, a in enumerate(agreements) if a.title and body.casefold() in a.title.casefold()
    ]
    if whole:  # the full name wins over a tail another title writes (a review's find)
        return whole
    tail = [i for i, a in enumerate(agreements) if a.title and _named_by_its_tail(body, a.title)]
    if tail:
        return tail
    branch = [i for i, a in enumerate(agreements) if a.title and _a_branch_of(body, a.title)]
    if branch or not HAN.match(body):
        return branch
    return [i for i, a in enumerate(agreements) if a.title and _written_by_its_tail(body, a.title)]


_ZH_DOCUMENT_END = re.compile(r"(?:合作|共建|建设|框架)?(?:协议书?|合同|备忘录)$")
_SHORTEST_STEM = 6


def _a_branch_of(body: str, title: str) -> bool:
    """Whether a Chinese body is a branch of what the title's agreement is about: its name
    starts with the title less its document's words ("云州市第一人民医院神经内科专科联盟青溪
    分中心" of "云州市第一人民医院神经内科专科联盟合作协议": the blind41 ap02's)."""
    stem = _ZH_DOCUMENT_END.sub("", title)
    return (
        stem != title
        and len(stem) >= _SHORTEST_STEM
        and body.startswith(stem)
        and len(body) > len(stem)
    )


_ZH_FOUNDERS_JOINED = re.compile(r"[—–\-－·]")
"""What joins the founders' names before a Chinese body's own ("澄江大学—瑞达智能机器人联合
实验室")."""


def _named_by_its_tail(body: str, title: str) -> bool:
    """Whether a Chinese title names the body by what follows its founders' names joined
    by a dash (:func:`_written_by_its_tail`: "共建智能机器人联合实验室合作协议" names "澄江大学—
    瑞达智能机器人联合实验室" by "智能机器人联合实验室", the blind13 n01's)."""
    joined = _ZH_FOUNDERS_JOINED.search(body)
    if joined is None or HAN.fullmatch(body[joined.end() :]) is None:
        return False
    return _written_by_its_tail(body[joined.end() :], title)


def _written_by_its_tail(name: str, title: str) -> bool:
    """Whether the title writes the body's ``name``, or a tail of it four characters or
    more besides its kind's word, a field's name at least ("合成生物中试基地" of "澄江合成
    生物中试基地"; not "联合实验室" or "中试基地" alone, which any such body's title writes)."""
    kind = ENTITY_KIND.search(name)
    if kind is None:
        return False
    shortest = len(kind[0]) + 4
    return any(name[start:] in title for start in range(len(name) - shortest + 1))


def _names(sentence: str, name: str | None) -> bool:
    """Whether the sentence writes the name: a Latin one as whole words."""
    if not name:
        return False
    if HAN.match(name):
        return name in sentence
    return next(written_alone(sentence, name), None) is not None


_ZH_WITNESSING = re.compile(
    r"见证(?!下)(?=[，。；,;]|$|了?[^，。；,;]{0,10}?"
    r"(?:签约(?!双方|各方)|签署|签订|签字|仪式|协议|合同|备忘录|文本))"
)
"""见证 of a signing: its object a signing, a ceremony or a document, or nothing after it
("见证签约", "共同见证了两项协议的签署", "出席仪式并见证。", "见证签约双方互换文本"); not
"见证了两校二十年的合作历程", "见证并推动了这一合作", "见证了签约双方互赠纪念品" (reviews'
finds)."""
_AT_A_VENUE = r"在[\u4e00-\u9fff]{0,6}?(?:主|分)?(?:会场|现场)"
"""Where a witness stood, after the name: "在分会场", "在南屿主会场" (the blind12 m02's
"副市长郭晓峰在南屿主会场、副州长努尔兰·赛力克在西陵分会场共同见证签约")."""
_AT_A_VENUE_AFTER = re.compile(f"{_AT_A_VENUE}$")
_ZH_WITNESS_LEAD = re.compile(
    r"(?:(?:应邀|一行)*(?:出席|参加)了?[^，。；,;]{0,12}?并|共同|一同|一起|现场|在场|到场|亲自|亲临"
    r"|莅临|同样|[透通]过(?:屏幕|视频|视像)(?:连线)?|[亦也](?=到场|在场|现场|亲临|莅临|亲自|出席|参加|应邀|共同|一同|一起|同样|透过|通过|在线|线上|远程)"
    rf"|在线|线上|远程|通过视频|{_AT_A_VENUE})+$"
)
"""What stands between the witnesses' names and 见证: "出席签约仪式并", "共同", "同样" (the
blind10 k01's "郑国栋、埃里克·伦德同样见证了…"), "在分会场" (k03's video signing's),
"在线" (the blind38 am03's), "在场" (the blind46 au03's "縣長張文彬在場見證"), "亲临", "莅临"
(the blind49 ax03's "…局長吳俊賢親臨見證"), "透过屏幕" (a video signing's witnesses, "戴國良與羅嘉明
透過屏幕共同見證": the blind50 ay03's), 亦 or 也 before another of them ("雲林縣副縣長蔡明哲
亦到場見證": the blind51 az03's; not a name's own last character, "王亦见证签约"). Read on the
Simplified text: a Traditional page writes 現場, 在場."""
_LATIN_NAME_AFTER = re.compile(r"\s*[(（][A-Za-z\u00c0-\u024f .'\u2019-]{2,40}[)）]\s*$")
"""A foreign name's Latin spelling bracketed after its Chinese one ("索伦·克里斯滕森(Søren
Kristensen)在线见证签约": the blind38 am03's)."""
_ZH_AND_THEN = re.compile(r"(?:致辞|讲话|发言|致欢迎辞)?[并且还又]?")
"""What opens 见证's clause after the attending's, once its lead is read off: "并共同", a
speech first ("副市长韩立新出席推介会，致辞并见证签约": the blind64 bm01's)."""
_ZH_ATTENDED = re.compile(r"(?:应邀|一行)*(?:出席|参加)了?[^，。；,;]{0,12}$")
"""A clause's end that says its names attended ("出席仪式", "出席签约活动", "应邀出席仪式",
"一行出席仪式": the words between a name and its attending a review found)."""
_ZH_IN_THE_PRESENCE = re.compile(r"在(?P<who>(?:(?!在)[^。；;]){2,80}?)的?(?:共同)?见证下")
"""在…见证下, its list of titled names across commas ("在省委常委、副省长陈振华，省教育厅厅长
刘洋的共同见证下"), from the last 在 before it."""
_EN_WITNESSED_BY = Needing(
    re.compile(r"\bwitnessed\s+by\b", re.IGNORECASE),
    ("witnessed",),
)
_EN_IN_THE_PRESENCE = Needing(
    re.compile(r"\bin\s+the\s+presence\s+of\b", re.IGNORECASE),
    ("presence",),
)
_EN_WITNESSED = Needing(
    re.compile(
        r"\bwitnessed\b(?!\s+by)|\blooked\s+on\s+as\s+(?!an?\b)(?=[^.;,]{0,80}?"
        r"\b(?:signed|inked|put\s+(?:their|his|her)\s+(?:names?|signatures?))\b)",
        re.IGNORECASE,
    ),
    ("witnessed", "looked"),
)
"""What follows the witnesses' names: "Minister X witnessed both signings", "Minister X
looked on as the two put their names to the document" (the blind62 bk04's); not one "long
looked on as a champion of the project", nor who "looked on as the first patients were
admitted" (a review's finds)."""
_EN_WITNESSED_ALONGSIDE = re.compile(rf"\b{WITNESSED_ALONGSIDE}\b", re.IGNORECASE)
_AN_ASIDE_BEFORE = re.compile(rf"{RELATIVE_ASIDE}\s*$", re.IGNORECASE)
"""A relative clause between the witnesses' names and "witnessed": "State Sen. Rachel
Dunmore, whose district includes the Bend campus, witnessed both signings" (the blind41
ap05's)."""
_EN_WITNESSING_CLAUSES = (
    re.compile(r"\bwith\s+(?P<who>(?:(?!\bwith\b)[^.;]){3,160}?)\s+witnessing\b", re.IGNORECASE),
    re.compile(r"\bas\s+(?P<who>(?:(?!\bas\b)[^.;]){3,160}?)\s+looked\s+on\b", re.IGNORECASE),
)
"""The witnesses in a clause of their own after the signing's: "…signed a Memorandum …, with
President Lin Shuhe and Deputy Director Aliya Nurlanovna witnessing the signing" (the
blind24 y04's), "…signed the memorandum with …, as Vantor chairman Budi Santoso looked on"
(the blind26 aa05's); from the clause's own "with" or "as", not the signing's ("an MoU
with Beta")."""
_DEAL = re.compile(rf"{DEAL_WORD}|\bceremony\b|仪式", re.IGNORECASE)
_EVERY_DOCUMENT = re.compile(
    r"\b(?:all|both|each\s+of\s+the|the\s+(?=(?:two|three|four|five|six|[2-9])\b))\s*"
    r"(?:(?:two|three|four|five|six|[2-9])\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:agreements|memorand(?:a|ums)|mous|contracts|documents|accords|deals|signings)\b"
    rf"|{DOCUMENTS_EXCHANGED}"
    r"|[两二三四五六七八九十多]\s*[份项](?:[\u4e00-\u9fff]{0,6}?)(?:协议|合同|备忘录|文件)"
    r"|各项(?:协议|合同)|(?:全部|所有)(?:协议|合同|文件)|系列(?:协议|合同)",
    re.IGNORECASE,
)
"""What says a witnessing is of every document signed: "All three documents were signed
in the presence of …", "共同见证了两项协议的签署", "Both exchanges took place in Hall B … and
were witnessed by …" (the blind78 ca05's); not a count of something else ("在多个
领域", "one of two deals Acme sealed this week"), nor one of the documents counted
(``_PARTITIVE``: reviews' finds)."""
_SIGNING_ALONE = re.compile(r"见证(?:了)?签(?:约|字)(?:仪式)?\s*[。；]?$")
"""A witnessing of "the signing" and nothing named: "…共同见证签约。" after "…系列合作项目签约
仪式在…举行。" (the blind42 aq04's), every document of that ceremony's."""
_SERIES_CEREMONY = re.compile(r"系列[\u4e00-\u9fff]{0,6}?签约仪式")
"""A ceremony of a series of signings: "…系列合作项目签约仪式在…举行" (the blind42 aq04's); not
"系列合作签约活动启动，首场签约…", one of them (a review's find)."""
_PARTITIVE = re.compile(
    r"(?:\b(?:first|second|third|fourth|fifth|last|latter|former|one|two|three|four|either"
    r"|neither|none|some|\d+)\s+of\s*|其中)$",
    re.IGNORECASE,
)
"""Before a count, what makes it a part of the documents: "the second of the two
agreements", "one of the three", "其中两项协议"; not "The signing of both MoUs was
witnessed by …" (the blind80 cc05's)."""


def _witnessings(
    checker: Checker, known: Collection[str] = ()
) -> Iterator[tuple[_Passage, list[str]]]:
    """Each witnessing the article tells: where (:class:`_Passage`), and the names of the
    list that witnessed, the witnesses if the guard agrees. Chinese: the names before 见证,
    back over the commas of a list of titled names ("市委书记陈志远，市委副书记、市长吴海峰出席
    签约仪式并见证签约": the blind6 g04's), or in "在…的见证下"; English: the names after
    "witnessed by" or "in the presence of", or before "witnessed" (:func:`listed_names`, a
    name before its role there only where it is one of the ``known`` people's)."""
    text = checker.rules_text
    for verb in _ZH_WITNESSING.finditer(text):
        passage = _passage(checker, verb.start(), verb.end())
        yield passage, _zh_list_before(checker, verb.start())
    for found in _ZH_IN_THE_PRESENCE.finditer(text):
        who = checker.read_text[found.start("who") : found.end("who")]
        read = [n for item in _ZH_LIST.split(who) for n in _zh_names(item)]
        names = _as_the_page_writes(checker, read, found.start(), found.end())
        yield _passage(checker, found.start(), found.end(), onwards=True), names
        for start in _run_on(checker, found.start()):
            yield _passage(checker, start, start, onwards=True), names
    for pattern in (_EN_WITNESSED_BY, _EN_IN_THE_PRESENCE, _EN_WITNESSED_ALONGSIDE):
        for verb in pattern.finditer(text):
            onwards = pattern is _EN_IN_THE_PRESENCE
            passage = _passage(checker, verb.start(), verb.end(), onwards=onwards)
            end = checker.sentence_at(verb.start())[1]
            yield passage, listed_names(checker.text[verb.end() : end], checker.text, led=True)
    for verb in _EN_WITNESSED.finditer(text):
        passage = _passage(checker, verb.start(), verb.end())
        start = checker.sentence_at(verb.start())[0]
        before = _AN_ASIDE_BEFORE.sub("", checker.text[start : verb.start()])
        named = listed_names(before, checker.text, known=known)
        alone = None if named else named_before_its_role(before)  # "A, Consul-General …,"
        yield passage, named or ([alone] if alone else [])
    for found in (f for pattern in _EN_WITNESSING_CLAUSES for f in pattern.finditer(text)):
        start = checker.sentence_at(found.start())[0]  # about the signing told before it,
        about = checker.text[start : found.start()]  # whose tense is the signing's
        passage = _passage(checker, start, found.end())._replace(about=about)
        yield (
            passage,
            listed_names(checker.text[found.start("who") : found.end("who")], checker.text),
        )


def _run_on(checker: Checker, lead: int) -> Iterator[int]:
    """Where each sentence starts that runs on, after a semicolon, from the sentence that
    opens with the lead at ``lead`` ("在韩志远和顾承泽的共同见证下，…签署《战略合作协议》；…
    签署《共建…协议》": the blind34 ai05's, whose model gave the witnesses to the first
    document alone); none where the lead does not open its sentence. The run stops at a
    paragraph's end, and before a sentence with a witnessing or a time of its own
    ("；在副市长周文彬的见证下…", "；次日，…": a review's finds)."""
    text = checker.rules_text
    start, end = checker.sentence_at(lead)
    if text[start:lead].strip():
        return
    while text[start:end].rstrip()[-1:] in ("；", ";"):
        at = end
        while at < len(text) and text[at] in " \t\u3000":
            at += 1
        if at >= len(text) or text[at] == "\n":
            return
        start, end = checker.sentence_at(at)
        if start < at or _OWN_WITNESS_OR_TIME.search(text, start, end):
            return
        if DATE_MENTION.search(text, start, end):
            return
        yield start


_OWN_WITNESS_OR_TIME = re.compile(
    r"见证|次日|翌日|第二天|此后|之后|当天|同日|会后|[上下中]午|晚上|随后(?![，,])|(?<!以)赴|前往"
    r"|抵达|到达"
    r"|在[^，。；]{2,16}?(?:[，,]|签署|签订|举行)"
)
"""A run-on sentence's own witnessing, time, journey or place: the lead before it is not
its own ("随后一周", "随后，双方在北京，…", "抵达云洲市", "下午": a review's finds); but "随后，…
签署" is the same ceremony's next signing (the blind35 aj01's)."""


class _Passage(NamedTuple):
    """Where a witnessing is told: its ``sentence``, the words ``about`` what was witnessed
    (the verb's clause; after "在…见证下" and "in the presence of", from that clause to the
    sentence's end, where the signing follows), and the sentence ``before`` it."""

    sentence: str
    about: str
    before: str


def _passage(checker: Checker, at: int, until: int, *, onwards: bool = False) -> _Passage:
    """The passage of the words ``text[at:until]``: the clause runs from the clause stop
    before them to the one after them, or, ``onwards``, to the sentence's end."""
    text = checker.rules_text
    start, end = checker.sentence_at(at)
    opening = max(start, *(text.rfind(stop, start, at) + 1 for stop in CLAUSE_STOPS))
    stops = (text.find(stop, until, end) for stop in CLAUSE_STOPS)
    closing = end if onwards else min([end, *(found for found in stops if found >= 0)])
    before = checker.sentence_at(start - 1) if start > 0 else (0, 0)
    whole = checker.text
    return _Passage(whole[start:end], whole[opening:closing], whole[before[0] : before[1]])


def _zh_list_before(checker: Checker, verb: int) -> list[str]:
    """The Chinese names of the list that ends right before ``verb``: the clause's, then
    each clause before it that is a list of titled names alone (:func:`_zh_items_before`);
    none where the clause before the verb ends in no name. Read on the Simplified text,
    whose surnames the names are known by, and given as the page writes them."""
    text = checker.rules_text
    start = max(text.rfind(stop, 0, verb) for stop in CLAUSE_STOPS) + 1
    lead = _ZH_WITNESS_LEAD.search(text, start, verb)
    clause = checker.read_text[start : lead.start() if lead else verb].strip()
    clause = _LATIN_NAME_AFTER.sub("", clause)
    if _ZH_AND_THEN.fullmatch(clause) and start > 1 and text[start - 1] in "，,":
        # "市长何振邦，副市长罗静怡出席仪式，并共同见证…" (the blind25 z02's): the names
        # stand before the attending, a clause back.
        prior = max(text.rfind(stop, 0, start - 1) for stop in CLAUSE_STOPS) + 1
        attended = _ZH_ATTENDED.search(text, prior, start - 1)
        if attended is not None:
            start, clause = prior, checker.read_text[prior : attended.start()].strip()
    items = [_AT_A_VENUE_AFTER.sub("", item) for item in _ZH_AND.split(clause)]
    if name_ending(items[-1].strip()) is None:
        return []
    opening = checker.sentence_at(start)[0]
    before = _zh_items_before(checker.read_text, opening, start)
    read = [*_zh_listed(before), *(name for item in items for name in _zh_names(item))]
    return _as_the_page_writes(checker, read, opening, verb)


def witnesses_left_out(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The agreements with the people the article plainly says witnessed the signing
    (:meth:`Checker.states`), never said to sign nor a signer of the record, among the
    witnesses of each agreement the sentence is about (:func:`_witnessed_there`) that
    lacks them: the blind7 h01's "All three documents were signed in the presence of Mr
    Okafor", h06's "…教育参赞马骏见证签约", the blind6 g05's "在…副局长蒋丽萍的见证下，…签署
    了《…》", which the model left out."""
    signers = [{normalize_for_match(p.name) for p in a.signatories if p.name} for a in agreements]
    placed = [{normalize_for_match(p.name) for p in a.witnesses if p.name} for a in agreements]
    added: list[list[Signatory]] = [[] for _ in agreements]
    known = {p.name for a in agreements for p in a.witnesses if p.name}
    for passage, names in _witnessings(checker, known):
        targets, said = _witnessed_there(agreements, passage, checker, names)
        for name in names:
            key = normalize_for_match(name)
            missing = [i for i in targets if key not in placed[i] | signers[i]]
            elsewhere = not said and any(key in witnesses for witnesses in placed)
            which = said or len(targets) == 1
            signs_another = which and any(key in people for people in signers)
            if not missing or elsewhere or not _witnessed(name, checker, signs_another):
                continue
            for target in missing:
                placed[target].add(key)
                added[target].append(_as_written(name, checker))
            warnings.append(
                f"added witness '{name}': the article says they witnessed the signing, and "
                "the model left them out"
            )
    return [
        a.model_copy(update={"witnesses": [*a.witnesses, *more]}) if more else a
        for a, more in zip(agreements, added, strict=True)
    ]


def _witnessed(name: str, checker: Checker, signs_another: bool) -> bool:
    """Whether the article says plainly that the person witnessed, and nowhere that they
    signed, unless they sign another of the record's agreements (``signs_another``) and
    the witnessing tells which it is of, or follows its signing: who signs one document may
    witness the next
    ("…副厅长邵敏与副市长方毅…续签了《…》", then "周岚与方毅共同见证签约": the blind27 ab01's).
    A sentence that tells an earlier signing is none of theirs ("吳俊賢透露，嘉豐精機去年已與…
    簽訂…協議": the blind49 ax03's witness)."""
    return (
        checker.grounded(name, person=True)
        and checker.states(name, "witnesses")
        and (signs_another or not _signed_now(name, checker))
    )


def _signed_now(name: str, checker: Checker) -> bool:
    """Whether a sentence that tells no earlier signing says the person signed."""
    return any(
        TOLD_AS_EARLIER.search(checker.read_text, start, end) is None
        for start, end in checker.role_sentences(name, "signatories", person=True)
    )


def _witnessed_there(
    agreements: list[Agreement], passage: _Passage, checker: Checker, names: Sequence[str] = ()
) -> tuple[list[int], bool]:
    """The agreements a sentence of witnessing is about, and whether it says which: every
    one where it counts the documents ("共同见证了两项协议的签署", "All three documents
    were signed in the presence of …"), or witnesses "the signing" of a ceremony the
    sentence before counts so ("…系列合作项目签约仪式…举行。…共同见证签约。"); the project
    agreements, where it counts as many
    projects (:func:`_the_projects_counted`); the one whose title it writes (of several, the
    one ``about``, the words that tell what was witnessed, writes: "The MoU was witnessed
    by Minister Okafor, and the Supply Agreement by Mayor Reyes"); the only one; the one
    whose signers (not ``names``, its witnesses) or own party alone it names
    (:func:`_its_parties_named`); the one the
    sentence before signs, by its title or its signers ("…林晓东与…方静签署投资协议。…副市长
    周文彬出席并见证签约。": a review's find); else every one, where it names no document
    by name: a ceremony's witness, whom the guard adds
    only where the model placed them in none (``witnesses_left_out``: "…见证签约" after the
    MoU's sentence, of an article with a second agreement, may be the MoU's alone). None
    where it tells no signing done (:func:`_tells_a_signing`; "witnessed it" after the
    sentence that tells one does, ``_WITNESSED_IT``), a signing to come
    (:func:`_to_come`), another document's or an earlier one
    (:meth:`Checker.tells_another_signing`), names another document, or counts a part of
    the documents ("the second of the two agreements", "其中两项": ``_PARTITIVE``). "The
    above" documents (``_THE_ABOVE``) are those whose titles or signers the article writes
    before, where some are not (else the usual reading: every one, untitled ones too)."""
    sentence = passage.sentence
    # The patterns read Simplified characters; titles and names are matched as written.
    read = _Passage(*(simplified(words) for words in passage))
    signing_told = _tells_a_signing(read.sentence) or (
        _WITNESSED_IT.search(read.about) is not None
        and _tells_a_signing(read.before)
        and DEAL.search(read.before) is not None
        and not checker.tells_another_signing(read.before)
    )
    if not signing_told or _to_come(read.about) or checker.tells_another_signing(read.sentence):
        return [], False
    every = list(range(len(agreements)))
    counted = _EVERY_DOCUMENT.search(read.sentence)
    if (
        counted is None
        and not _NAMED_DOCUMENT.search(read.sentence)
        and _SIGNING_ALONE.search(read.about)
    ):
        counted = _SERIES_CEREMONY.search(read.before)  # the ceremony told just before
    if counted is not None:  # every one, or some the sentence does not name
        partial = _PARTITIVE.search(read.sentence, 0, counted.start()) is not None
        return ([], False) if partial else (every, True)
    projects = _the_projects_counted(agreements, read.sentence)
    if projects:
        return projects, True
    if _THE_ABOVE.search(read.sentence):
        told = checker.text.find(sentence)
        above = [i for i in every if 0 <= _told_at(agreements[i], checker) < told]
        if above and len(above) < len(every):
            return above, True
    titled = [i for i in every if _titled_in(agreements[i], sentence)]
    titled = _most_titled(titled, agreements, sentence)
    if len(titled) > 1:
        titled = [i for i in titled if _titled_in(agreements[i], passage.about)]
    if titled or _NAMED_DOCUMENT.search(read.sentence):
        return (titled, True) if len(titled) == 1 else ([], False)
    if len(agreements) == 1:
        return [0], True
    signed = _signed_in(agreements, sentence, names)
    if len(signed) == 1:
        return signed, True
    named = [i for i in every if _its_parties_named(agreements, i, sentence)]
    if len(named) == 1:
        return named, False
    before = [i for i in every if _titled_in(agreements[i], passage.before)]
    before = before or _signed_in(agreements, passage.before)
    return (before, False) if len(before) == 1 else (every, False)


_PROJECTS_COUNTED = re.compile(
    rf"(?P<n>{SMALL_COUNT})\s*个[\u4e00-\u9fff]{{0,4}}?项目(?:集中|现场|成功|正式)?签约"
)


def _the_projects_counted(agreements: list[Agreement], sentence: str) -> list[int]:
    """The project agreements of the record where the sentence counts as many projects
    and the record has other agreements ("在陈海峰、林晓的见证下，3个产业项目集中签约" beside a
    bank's strategic agreement signed before: the blind20 u02's), the count what was
    signed (not "双方将合作推进3个重点项目": a review's find); none otherwise."""
    counted = _PROJECTS_COUNTED.search(sentence)
    if counted is None:
        return []
    number = small_count(counted["n"])
    projects = [
        i for i, a in enumerate(agreements) if a.agreement_type == AgreementType.PROJECT_AGREEMENT
    ]
    return projects if len(projects) == number < len(agreements) else []


_THE_ABOVE = re.compile(
    r"上述(?:[\d两二三四五六七八九十]+\s*[个项份])?(?:项目|协议|合同|签约)"
    r"|\bthe\s+(?:above|foregoing)\s+(?:agreements|documents|signings|projects)\b",
    re.IGNORECASE,
)
"""What says a witnessing is of the documents told before it: "共同见证上述项目签约" (the
blind18 s03's three projects at the fair, not the next day's framework agreement)."""


def _told_at(agreement: Agreement, checker: Checker) -> int:
    """Where the article first writes the agreement's title or one of its signers' names,
    in any case; -1 where it writes none."""
    folded = checker.text.casefold()
    names = [agreement.title, *(p.name for p in agreement.signatories)]
    found = [folded.find(name.casefold()) for name in names if name]
    return min((at for at in found if at >= 0), default=-1)


def _signed_in(
    agreements: list[Agreement], sentence: str, besides: Sequence[str] = ()
) -> list[int]:
    """The agreements whose signers the sentence names, but for the people ``besides``,
    the witnesses it lists: who signs one document may witness the next ("…方毅代表双方续签
    了《…》。随后，…签署《共建…实验室协议》…。周岚与方毅共同见证签约": the blind27 ab01's)."""
    witnesses = {normalize_for_match(name) for name in besides}
    return [
        i
        for i, agreement in enumerate(agreements)
        if any(
            _named_in(p.name, sentence) and normalize_for_match(p.name or "") not in witnesses
            for p in agreement.signatories
        )
    ]


_WITNESSED_IT = re.compile(r"\bwitnessed\s+(?:it|them)\b", re.IGNORECASE)
"""A witnessing whose object is the signing the sentence before tells: "…signed a supply
agreement on Thursday. Mayor Dana Holt, whose city hosts both plants, witnessed it
alongside State Senator Ravi Menon." (a review's find)."""


def _tells_a_signing(sentence: str) -> bool:
    """Whether a sentence tells a signing done: signing words, and not all of them a
    signing to come ("双方还将在市长陈刚的见证下签署第二期协议"); or, with none, a document
    ("The MoU was witnessed by …"), or the documents' exchanges (``_DOCUMENTS_EXCHANGED``);
    not "the two sides also exchanged gifts" (a review's finds)."""
    return signed_now(sentence) or (
        not SIGNING_VERB.search(sentence)
        and bool(_DEAL.search(sentence) or _DOCUMENTS_EXCHANGED.search(sentence))
    )


_DOCUMENTS_EXCHANGED = re.compile(DOCUMENTS_EXCHANGED, re.IGNORECASE)
"""The documents' exchanges a sentence says were witnessed (``DOCUMENTS_EXCHANGED``)."""


def _to_come(words: str) -> bool:
    """Whether the words that tell what was witnessed tell a signing to come ("…, and the
    final contract will be signed next month in the presence of …", "并将在副市长吴芳的见证
    下签署正式合同": a review's finds), and none done."""
    return bool(TO_COME.search(words) or SIGNING_VERB.search(words)) and not signed_now(words)


def _named_in(name: str | None, sentence: str) -> bool:
    """Whether the sentence writes the person's name, folded."""
    return bool(name) and normalize_for_match(name or "") in normalize_for_match(sentence)


def venue_left_out(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The agreements with the place the article introduces as the signing's, where the
    model gave none (the blind6 g04's "…集中签约仪式在澄阳国际会展中心举行", the blind7 h06's
    "两校在卑尔维克大学主楼礼堂举行合作签约仪式"), or gave a town where that place is a
    building whose sentence does not name the town (the blind8 i03's "Singapore", a
    dateline's, for "The agreements were signed at the Marina Crescent Hotel"; not
    "Portcity" of "held at the Harbour Hotel in Portcity", as written): only where the
    article introduces one such place
    (:meth:`Checker.signing_venues`; a forum's three venues name no one's). Taken as
    another agreement of the record gives it, with its town (:func:`_in_its_fullest`).
    Not for an agreement the article says was signed apart, by no ceremony
    (:func:`_signed_apart`). Where the article introduces several places, each agreement
    the model gave none takes the one its own signing's sentences introduce
    (:func:`_each_its_own_venue`). Not where a signing's sentence says it was done from
    afar (:func:`_signed_from_afar`), nor over a town a sentence of the agreement's own
    signing writes (:func:`_signed_in_its_town`). A venue given by its start ("RWASA head
    office") takes the rest ("… on Shapla Avenue": the blind87 cj05's)."""
    if all(a.location and _VENUE_WORD.search(a.location) and _no_building_alone(a.location)
           and not _its_street_after(a.location, checker.text)
           for a in agreements):  # fmt: skip
        return agreements  # the article's venues not looked for (a cache hit's cost)
    venues = checker.signing_venues()
    if len(venues) > 1:
        return _each_its_own_venue(agreements, venues, checker, warnings)
    if not venues or _signed_from_afar(venues[0], checker):
        return agreements
    (venue,) = venues
    where = checker.venue_sentence(venue)
    said = checker.text[where[0] : where[1]] if where else ""
    head = DATELINE_HEAD.match(said)
    said_with = said[head.end() if head else 0 :].casefold()
    venue = _in_its_fullest(venue, agreements, said_with)
    owns = own_signings(agreements, checker) if len(agreements) > 1 else [()] * len(agreements)
    kept: list[Agreement] = []
    for agreement, own in zip(agreements, owns, strict=True):
        given = agreement.location
        if not given and _signed_apart(agreement, checker, where):
            kept.append(agreement)  # "… was executed by exchange of counterparts"
            continue
        if given and not _no_building_alone(given) and _a_room_of(venue, given):
            warnings.append(
                f"took location '{venue}': the article says the signing was held there, over "
                f"'{given}', the building around it"
            )
            kept.append(agreement.model_copy(update={"location": venue}))
            continue
        if given and venue.startswith(f"{given} ") and _VENUE_WORD.search(given):
            warnings.append(
                f"took location '{venue}': the article says the signing was held there, over "
                f"'{given}', its start"
            )  # "at the RWASA head office on Shapla Avenue" (the blind87 cj05's)
            kept.append(agreement.model_copy(update={"location": venue}))
            continue
        if given and (
            given == venue
            or _VENUE_WORD.search(given)
            or not _VENUE_WORD.search(venue)
            or _the_venues_town(given, venue, agreement, said_with)
            or _signed_in_its_town(given, own, where, checker)
        ):
            kept.append(agreement)
            continue
        said = f"over '{given}', a town" if given else "and the model gave none"
        warnings.append(
            f"took location '{venue}': the article says the signing was held there, {said}"
        )
        kept.append(agreement.model_copy(update={"location": venue}))
    return kept


def _its_street_after(location: str, text: str) -> bool:
    """Whether the text writes a street after the location ("RWASA head office on Shapla
    Avenue"): the venue in full may be longer than the model gave it (review88)."""
    after = f"{location} on "
    at = text.find(after)
    while at >= 0:
        if text[at + len(after) : at + len(after) + 1].isupper():
            return True
        at = text.find(after, at + 1)
    return False


def _signed_in_its_town(
    town: str, own: Sequence[Sentence], venue_at: Sentence | None, checker: Checker
) -> bool:
    """Whether a sentence of the agreement's own signing (``own``:
    :func:`~coopllm.guard.apart.own_signings`), not the venue's, says it was signed in the
    town the model gave: "In a separate development, NRUET signed a Memorandum of
    Understanding … on 29 April in Velmora" (the blind87 cj05's), "…在上海市签署战略合作协议"
    (review88), beside another document's signing "at the RWASA head office": that venue is
    not this one's. The town must be the signing verb's ("to drill 40 wells in Velmora" is
    not), and the sentences must not put it at the other's ceremony ("At the same
    ceremony, …": review88)."""
    if not own or at_the_same_signing(own, checker):
        return False
    written = _ZH_SIGNED_IN_TOWN if HAN.search(town) else _EN_SIGNED_IN_TOWN
    pattern = re.compile(written.format(town=re.escape(town)), re.IGNORECASE)
    return any(
        sentence != venue_at and pattern.search(checker.text, *sentence) is not None
        for sentence in own
    )


_EN_SIGNED_IN_TOWN = (
    r"\b(?:signed|inked|concluded|renewed)\b"
    r"(?:(?!\b(?:to|and|which|that|who|where|will|would)\b)[^.;]){{0,120}}?\bin\s+{town}\b"
)
"""A signing verb and the town it was done in, no clause between ("signed a Memorandum …
with the University of Velmora on 29 April in Velmora")."""
_ZH_SIGNED_IN_TOWN = r"在{town}[^，。；,;]{{0,20}}?签"
"""A Chinese signing in a town: "在上海市签署…"."""


def _no_building_alone(location: str) -> bool:
    """Whether a location is no Chinese building or body alone, which a room of it may be
    written after ("海澄职业技术学院" of "海澄职业技术学院图书馆报告厅": the blind73 bv05's)."""
    return not HAN.search(location) or _ZH_A_ROOM.search(simplified(location)) is not None


def _a_room_of(venue: str, building: str) -> bool:
    """Whether ``venue`` is a room or hall written after ``building``, in Chinese."""
    return venue.startswith(building) and venue != building and _ZH_A_ROOM.search(venue) is not None


_ZH_A_ROOM = re.compile(r"[厅室堂]$")
"""A Chinese room's or hall's last character (报告厅, 会议室, 大礼堂)."""


def _the_venues_town(town: str, venue: str, agreement: Agreement, said_with: str) -> bool:
    """Whether the venue's sentence (``said_with``, case-folded, its dateline aside:
    :data:`~coopllm.guard.reading.DATELINE_HEAD`, the blind36 ak03's "ASHFIELD - … at the
    Corran Exhibition Centre in Ashfield") writes the town outside the venue's and the
    agreement's parties' names: "held at the Harbour Hotel in Portcity", "In Portcity on
    Monday, … at the Harbour Hotel"; not "西岑市人民政府…签约仪式在西岑宾馆举行" (the blind30
    ae03's, whose model gave 西岑市, a party's word there); an English town only after "in"
    or a comma ("at Nirman Bhawan, New Delhi"; not "Erlenbrück's Lord Mayor … signed … in
    the council chamber of Erlenbrück Town Hall": the blind57 bf06's)."""
    for name in (venue, *(party.name for party in agreement.parties)):
        said_with = said_with.replace(name.casefold(), " ")
    if HAN.search(town):
        return town.casefold() in said_with
    return re.search(rf"(?:\bin\s+|,\s*){re.escape(town.casefold())}\b", said_with) is not None


_SIGNED_APART = re.compile(
    r"\b(?:(?:by|through)\s+(?:an?\s+)?exchange\s+of\s+counterparts|executed\s+in\s+counterparts"
    r"|signed\s+(?:remotely|electronically)|by\s+correspondence)\b",
    re.IGNORECASE,
)
"""How a document is signed with no place of signing: "executed by the parties by exchange
of counterparts", "signed electronically", "by correspondence" (not "signed separately",
which may be at the same ceremony: a review's find)."""
_RECENTLY = re.compile(
    r"(?:近日|日前)[^。；]*?(?:还|另|也)|\brecently\b[^.;]*?\balso\b|\balso\b[^.;]*?\brecently\b",
    re.IGNORECASE,
)
"""A signing told as of recent days, not the day of the article's ceremony: "近日，市科技局还与
…签订《…》" (the blind20 u03's, after a framework agreement signed in 宁波 上周五), told as
another ("还", "also"): not "近日，甲与乙签署《…》。签约仪式在…举行", the one signing (a
review's find)."""


def _each_its_own_venue(
    agreements: list[Agreement], venues: list[str], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """Each agreement of several with no location, given the one place of the article's
    several that the sentences of its own signing introduce
    (:func:`~coopllm.guard.apart.own_signings`, :meth:`Checker.venue_written`: "…signed a
    Memorandum of Understanding … at Nordvik's Haugen Hall. The following day the
    delegation travelled to Askøy, where the University of Caldermoor signed a Framework
    Agreement …": the blind5 f02's two documents, two places); first the one the sentence
    of its date_text introduces (:func:`_where_its_day_is_told`)."""
    if len(agreements) == 1 or not any(a.location is None for a in agreements):
        return agreements
    owns = own_signings(agreements, checker)
    kept = []
    for agreement, own in zip(agreements, owns, strict=True):
        if agreement.location is not None:
            kept.append(agreement)
            continue
        dated = _where_its_day_is_told(agreement, venues, checker)
        place = dated or (checker.venue_written(own) if own else None)
        if place is None or place not in venues:
            kept.append(agreement)
            continue
        said = "that dates its signing" if dated else "about its own signing"
        warnings.append(
            f"took location '{place}': the sentence {said} says it was signed there, and the "
            "model gave none"
        )
        kept.append(agreement.model_copy(update={"location": place}))
    return kept


def _where_its_day_is_told(agreement: Agreement, venues: list[str], checker: Checker) -> str | None:
    """The one of the article's places that the sentence of the agreement's date_text
    introduces: the day and the place of one telling ("4月28日上午，签约仪式在澜江宾馆举行",
    beside the lead's "近日，…在省会江州签署…": the blind43 ar02's); None where the
    sentences that write its date_text introduce none, or several (two signings of one day
    at two places: a review's find)."""
    told = set(checker.sentences_with(agreement.date_text)) if agreement.date_text else set()
    there = [v for v in venues if checker.venue_sentence(v) in told]
    return there[0] if len(there) == 1 else None


_FROM_AFAR = Needing(
    re.compile(
        r"\b(?:virtual\s+(?:ceremony|signing|event|meeting)|online\s+(?:ceremony|signing)"
        r"|(?:signed|held|conducted|took\s+place)\s+(?:[\w-]+\s+){0,3}?(?:virtually|online|remotely)"
        r"|(?:by|over|via|through)\s+(?:a\s+)?video|video[\s-]*(?:link|call|conferenc\w*)"
        r"|(?:over|via|on)\s+(?:Zoom|Teams|Microsoft\s+Teams|Webex))\b",
        re.IGNORECASE,
    ),
    ("virtual", "online", "remotely", "video", "zoom", "teams", "webex"),
)
"""Words of a signing done from two places at once: "at a virtual ceremony that linked the
two institutions by video", "signed the memorandum virtually"; not "joint online courses",
nor "a ceremony streamed online", which was held somewhere (a review's finds)."""


def _signed_from_afar(venue: str, checker: Checker) -> bool:
    """Whether an English venue is one end of a signing that its sentence, or the one
    before it in its paragraph, says was done from afar (``_FROM_AFAR``), each signer where
    they were: the blind55 bd04's "signed the document at the agency's headquarters in
    Nairobi, while … on the university's campus in Pune", after "signed … at a virtual
    ceremony"; no place of the signing's. Not another signing's ("in a virtual ceremony"
    paragraphs after one "in the Hollis Auditorium": the blind27 ab06's). A Chinese video
    signing's main hall is read apart (its own patterns)."""
    where = checker.venue_sentence(venue)
    if HAN.search(venue) or where is None:
        return False
    return any(
        _FROM_AFAR.search(checker.text, *sentence)
        for sentence in (where, checker.sentence_before(where))
        if sentence is not None
    )


def _signed_apart(agreement: Agreement, checker: Checker, venue_at: Sentence | None) -> bool:
    """Whether a sentence that writes the agreement's title says it was signed apart, at
    no ceremony (``_SIGNED_APART``: "The SCA was signed … at a ceremony in Shanghai. The
    Binding Offtake Agreement was executed by the parties by exchange of counterparts":
    the blind17 r06's offtake, which the ceremony's venue is not), or in recent days
    (``_RECENTLY``) in a sentence other than the venue's (``venue_at``: not "日前，…签约仪式
    …在学校明德楼报告厅举行", the blind4 e05's ceremony itself)."""
    title = agreement.title
    return bool(title) and any(
        _SIGNED_APART.search(checker.text, *sentence)
        or (sentence != venue_at and _RECENTLY.search(checker.text, *sentence))
        for sentence in checker.sentences_with(title or "")
    )


def _in_its_fullest(venue: str, agreements: list[Agreement], said_with: str) -> str:
    """The venue as another agreement of the record gives it, its town after it, where
    the venue's sentence writes it so ("the Harbour Exchange Building in Carrowhaven",
    given to one of the blind11 l05's two documents, and the building alone found for the
    other): one ceremony's place written two ways would be two facts."""
    fuller = {
        a.location
        for a in agreements
        if a.location
        and a.location != venue
        and a.location.startswith(venue)
        and a.location.casefold() in said_with
    }
    return fuller.pop() if len(fuller) == 1 else venue


_VENUE_WORD = re.compile(
    rf"\b(?:{EN_BUILDING_WORDS}|Room|Pavilion|Lounge|Suite|Club|Expo|Forum|Summit|Conference"
    r"|Works|Site|Port|Terminal)\b"
    r"|酒店|宾馆|饭店|大厦|大楼|楼|厅|室|中心|会馆|馆|园区|校区|广场|会议|论坛|博览会|展览|学校|大学|学院",
    re.IGNORECASE,
)
"""What names a building or a site, not a town: a location with none of these words is a
town or a region ("Singapore", "Suzhou", "合肥"), which a venue the article names may
make precise."""
