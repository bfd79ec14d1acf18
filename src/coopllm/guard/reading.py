"""The article as the guard's rules read it, and the words several roles share.

:class:`Reading` holds the text three ways (as written, in Simplified characters, with
full stops only where sentences end), the sentence bounds, and each value's mentions
under them; every role's evidence (:mod:`coopllm.guard.people`, ``places``, ``bodies``,
``facilitators``) is read through it. The signing words, the clause stops and how far a
role's words govern a name are shared by those modules, so they live here (the founding
words, which the facilitators' rules read as a cue of a deal, stay with the bodies').
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import functools
import inspect
import re
import weakref
from collections.abc import Callable, Sequence
from typing import Concatenate, ParamSpec, Self, TypeVar, cast

from coopllm.dates import EN_MONTH, years_written
from coopllm.grounding import SourceIndex, is_grounded
from coopllm.headline import headline
from coopllm.lexicon import (
    EN_RENEWED,
    EN_SIGNING_VERB,
    HAN,
    ZH_SIGNING_VERB,
    Needing,
    simplified,
    tried_at,
)
from coopllm.sentences import inner_dots_blanked, lines_apart
from coopllm.titles import addressed_by_surname

ZH_SIGNING = (
    f"{ZH_SIGNING_VERB}(?!仪式|结束|活动|后|之前|前(?:[,，\\s]|[一两几]|夕|日|天)|表示|致以)"
)
"""A Chinese signing verb ("在协议书上签名", "互签" too); not "签约仪式" (the ceremony),
"签约结束后" (after it), "签约前一天", "签约前，" (before it: the blind4 e04's leaders met
then; not 签署前期协议, 前沿, 前海), "签约活动", nor the signing one congratulates ("对项目的
签订表示祝贺": the blind5 f06's guest; "完成了协议的签署" is a signing still, a review's find).
"签约后" is read apart (``people._SIGNS_THEN``)."""
SIGNED_OTHERWISE = (
    # "inks MoU with", "to ink a deal"; not the printer's ink.
    r"inks?\s+(?=(?:a|an|the|this|its|their|deals?|pacts?|mous?|agreements?"
    r"|memorand\w*|contracts?)\b)|(?:inked|penned)\b"
    # The spec's "put pen to paper", "concluded by", "entered into the MoU"; "put their names
    # to" (the blind8 i01's; the blind62 bk04's "looked on as the two put their names to the
    # document", its minister's witnessing of a signing).
    r"|put(?:s|ting)?\s+pen\s+to\s+paper|put\s+(?:their|his|her|its)\s+(?:signatures?|names?)"
    r"\s+(?:to|on)\b|concluded\s+by\b|(?:entered\s+into|concluded)"
    r"\s+(?:the|an?)\s+(?:[\w-]+\s+){0,5}?(?:agreements?|memorand\w*|mou|contracts?|deals?)\b"
)
"""Words that say someone signed without a word of signing (English, after a \\b)."""
# "signing ceremony", "witnessed the signing" and "the signed documents" (the blind19
# t04's minister "Witnessing the exchange of the signed documents") are not signing;
# "Party A signed" is (a review's find).
# One \b, and a test of the first letter, before the alternation: every letter of a
# sentence is tried (each branch behind its own \b took three times as long).
SIGNED_WORDS = (
    r"(?=[sipacbuwe签互续])(?:\b(?:(?:(?<!\b(?-i:[Tt]he)\s)(?<!\b(?-i:a)\s)signed|signs|sign|countersigned)\b"
    # "I would have signed up on day one" (not "signed up to 12 agreements": a count)
    r"(?!\s+(?:ceremony|ceremonies|up\b(?!\s+to\s+(?:[$\u20ac\u00a3\d]|a\s+dozen\b|some\b"
    r"|about\b|around\b))))"
    # "affixed their signatures", "Signing for the university was ...", "Signing the
    # agreement were ...", "spoke before signing the MoU", "The signatories were ..."; not
    # who congratulated others "on signing a deal".
    r"|affixed\s+(?:\w+\s+)?signatures?"
    r"|signing\s+(?:for\b|on\s+behalf\s+of\b|(?:the|an?|this)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:were|was)\b)|signator(?:y|ies)\b"
    rf"|(?:before|after|while|upon)\s+(?:jointly\s+)?signing\b(?!\s+ceremon)|{SIGNED_OTHERWISE})"
    # ... nor are "签约仪式" (ceremony), "签约结束后" (after it), "此次签约", "这次签约",
    # "本次签约" (this signing), nor 签约 of a tally of a trip's projects or of its signed
    # firms ("共签约项目4个", "为签约企业提供…服务": the blind18 s03's leader, who signed
    # none; not "签署项目投资协议", "共签署3份协议": a review's finds), nor 签约 of the
    # projects one speaks of ("要求各部门对签约项目实行…": the blind20 u02's county head;
    # "结对签约" and "面对面签约" are signings: a review's find).
    rf"|(?<!见证)(?<!此次)(?<!这次)(?<!本次)(?<![^结面]对){ZH_SIGNING}"
    r"(?<!签约(?=企业|单位|客户|项目\s*[\d两二三四五六七八九十]+\s*[个项])))"
)
SIGNED = re.compile(SIGNED_WORDS, re.IGNORECASE)
"""Words that say someone signed."""
DOCUMENTS_EXCHANGED = (
    r"\b(?:both|the\s+two|all\s+(?:three|four|five))\s+exchanges\b"
    r"(?=[^.;]{0,160}\bwitnessed\b)"
)
"""The documents' exchanges a sentence says were witnessed, a signing as Malaysian news
tells it ("Both exchanges took place in Hall B … and were witnessed by …": the blind78
ca05's); not students' exchanges ("Both exchanges took place in Kyoto": review79). An
alternation to put in a group, read with IGNORECASE."""


ROLE_WORDS: dict[str, re.Pattern[str]] = {
    "signatories": SIGNED,
    # Verbs, not nouns: "the signing and unveiling ceremony" is attendance. "In the presence
    # of X", "as X looked on", "X watched as ..." are witnessing (``people._WITNESSED_BY``);
    # so are hanging a body's plaque (挂牌) and handing it over (授牌).
    "witnesses": re.compile(
        r"\b(?:witness(?:ed|es|ing)?|unveil(?:ed|s)?|inaugurat(?:ed|es))\b"
        r"|\bin\s+the\s+presence\s+of\b|\blooked\s+on\b|\bwatched\b"
        r"|\u89c1\u8bc1|(?:\u63ed\u724c|\u63ed\u5e55|挂牌|授牌)(?!\u4eea\u5f0f)"
        r"|\u5171\u540c\u542f\u52a8|启动键|启动球",
        re.IGNORECASE,
    ),
    # "design" is no signing; "inked the MoU in X", "put pen to paper at X" are.
    # "held" of anything but a press conference (talks held at a venue carry the signing
    # said next: "held talks at the Great Hall …, after which … witnessed the signing");
    # "exchanged the MoUs", "Both exchanges took place in Hall B … and were witnessed by"
    # (the blind78 ca05's; not students' exchanges: review79).
    "location": re.compile(
        r"(?=[shcexibt签举仪p])(?:\bsign|\bheld\b(?!\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:press|news|media)"
        r"\s+(?:conference|briefing|meet))|ceremony|\bexchang(?:ed|e\s+of)\b|签|仪式"
        rf"|{DOCUMENTS_EXCHANGED}"
        r"|举行(?!了?[^,;.\uff0c\uff1b\u3002]{0,6}?发布会)"
        rf"|\b(?:{SIGNED_OTHERWISE}))",
        re.IGNORECASE,
    ),
}
"""The words a sentence must hold for a value to be in each role: a signatory's signing, a
witness's witnessing or unveiling, and for a location (or a date) a signing or its
ceremony."""
_STOPS = tuple("。.!?！？")
_A_STOP_IN = re.compile(r"[。!?！？]|\.(?:\s|$)")
"""A sentence's stop within a line: a paragraph's, no headline's."""
_HEADLINE_WITHIN = 15
"""The lines of a page a headline may stand on, a masthead's and a menu's above it."""
"""What ends a sentence of a body's paragraph, and no headline."""
CLAUSE_STOPS = ",;:.\uff0c\uff1b\uff1a\u3002"
"""Clause and sentence stops, English and Chinese."""
IN_CLAUSE = f"[^{CLAUSE_STOPS}]"
"""A character of the same clause: any but a stop."""
RELATIVE_ASIDE = r",\s*(?:who|whose)\b(?:(?!witness|sign)[^,;.]){0,120},"
"""A "who"/"whose" clause between commas after a name that neither signs nor witnesses:
"State Sen. Rachel Dunmore, whose district includes the Bend campus, witnessed both
signings" (the blind41 ap05's), read past by the witnessing rules."""
WITNESSED_ALONGSIDE = (
    r"witnessed\s+(?:it|them|the\s+(?:signings?|signing\s+ceremony))\s+"
    r"(?:alongside|(?:together|along)\s+with)"
)
"""The words before a second witness, a list they lead as "witnessed by" does: "Mayor
Dana Holt, whose city hosts both plants, witnessed it alongside State Senator Ravi Menon"
(a review's find), "… witnessed the signing together with Huang Rui" (the blind74 bw06's)."""
GOVERNS = 120
"""How far before a name (characters) its governing words are looked for."""
DEAL_WORD = (
    r"\b(?:agreements?|mous?|memorand\w*|contracts?|pacts?|deals?|accords?|treaty|protocols?"
    r"|letters?\s+of\s+intent|frameworks?)\b|协议|合同|备忘录|协定|意向书|合作书"
)
DEAL = Needing(
    re.compile(tried_at(DEAL_WORD, words="amcpdtlf", chars="协合备意"), re.IGNORECASE),
    (
        "agreement",
        "mou",
        "memorand",
        "contract",
        "pact",
        "deal",
        "accord",
        "treaty",
        "protocol",
        "letter",
        "framework",
        "协议",
        "合同",
        "备忘录",
        "协定",
        "意向书",
        "合作书",
    ),
)
"""A document's word: "agreement", "MoU", 协议."""


_ZH_PLAN = r"(?:拟|(?:^|[，,、\s]|双方|三方|各方|两校|两家|并|还|也|均)计划)"
"""A plan's words: 拟, 计划 as a verb (not a title's: "联合培养计划")."""
_ZH_EXPECTED = r"(?:将|有望|预计|即将)"
"""Words of what is expected to come."""
ZH_WILL = rf"(?:{_ZH_EXPECTED}|准备|{_ZH_PLAN})"
"""Chinese words of what is to come: the expected, the prepared, the planned."""
_ZH_STRIVE = (
    r"(?:争取|力争)(?:在|于)?(?:早日|尽快|年内|年底|明年|今年|上半年|下半年|近期|下月|月内|月底|本月)"
    r"[^，。；,;]{0,8}?"
)
"""争取 or 力争, "to strive to", and a time to come, before a signing verb: a signing hoped
for ("争取明年上半年正式签约": the blind84 cg01's; "力争年内签约"); not a signing striven
for and done ("经我区积极争取成功签约", "多方争取于3月5日正式签约": review86)."""
_TO_COME = (
    r"(?<!had )(?<!been )\b(?:expect(?:s|ed)?|plan(?:s|ned)?|intend(?:s|ed)?|hope(?:s|d)?"
    r"|aim(?:s|ed)?|set|due)\s+to\s+sign\b"
    r"|\bagree(?:s|d)?\s+to\s+sign\b(?=[^.;]*?\b(?:next|later|soon|once|after|when"
    r"|in\s+the\s+(?:coming|future)|by\s+the\s+end)\b)"
    r"|\b(?:will|would|shall)\s+(?:\w+\s+)?sign\b(?!\s+(?:over|away)\b)"
    r"|\b(?:will|would|shall|to)\s+be\s+(?:signed|witnessed)\b"
    r"|\b(?:agreements?|contracts?|deals?|memorand\w*|mous?|protocols?)\b"
    r"(?:(?!\b(?:under\s+which|whereby|which|that)\b)[^.;]){0,80}?"
    r"\b(?:will|would|shall|are\s+to|is\s+to)\s+be\s+(?:negotiated|drawn\s+up|concluded)\b"
    r"|\b(?:agreements?|contracts?|deals?|memorand\w*|mous?|pacts?)\s+(?:is|are)\s+(?:now\s+)?"
    r"expected\s+(?:next\s+(?:year|month|week)|later\s+this\s+(?:year|month)|soon|by\s+the\s+end"
    r"|in\s+(?:the\s+coming|early|mid|late|(?-i:[A-Z])[a-z]+\b|20\d\d))(?![^.;]*?\bto\s+[a-z]+)"
    r"|\b(?:agreements?|contracts?|deals?|memorand\w*|mous?)\s+"
    r"(?:targeted|slated|scheduled)\s+for\s+(?:20\d\d|next|later|early|mid|late|the\s+end)\b"
    r"|\b(?:prepares|(?:is|are)\s+preparing)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:agreements?|memorand\w*|mous?|contracts?|deals?)\b"
    r"|\b(?:being\s+(?:negotiated|discussed)|under\s+(?:negotiation|discussion))\b"
    r"(?!\s+(?:since|for)\b)"
    r"|\bin\s+(?:advanced\s+|early\s+|final\s+)?talks\s+(?:with\s+[^.;,]{1,80}?\s+)?"
    r"(?:on|over|about|for)\s+(?:a|an|the)\b|\b(?:were|was|are|is)\s+(?:also\s+)?discussing\b"
    r"|\b(?:is|are|was|were|remains?|been)\s+(?:(?:also|still|now|currently)\s+)*in\s+"
    r"(?:advanced\s+|early\s+|final\s+)?(?:discussions?|negotiations?)\s+"
    r"(?:with\s+[^.;,]{1,80}?\s+)?(?:on|over|about|for|regarding|concerning|towards?)\s+"
    r"(?:a|an|the)\b"
    rf"|{ZH_WILL}(?:于[^，。]{{0,12}})?(?:签署|签订|签约)(?!之日|日起)"
    rf"|{ZH_WILL}(?:于[^，。]{{0,12}})?与[^，。；]{{1,30}}?(?:另|再|正式|共同)?"
    r"(?:签署|签订|签约|签(?=[一两二三]?[份项个]))(?!之日|日起|的)|正在洽谈|尚在谈判|正在磋商"
    rf"|{_ZH_STRIVE}(?:签署|签订|签约)"
)
"""Words of a signing still to come: "expect to sign", "agreed to sign" with a time to come
after it (the blind22 w06's "agreed to sign a cooperation agreement on the trial next
month"; not "agreed to sign the Framework Agreement, and it was signed by …"), "will sign",
"to be signed", "will be witnessed", a document that "would be negotiated" (the blind44
as06's "project-specific contracts … would be negotiated over the coming months"; not "a
protocol, under which course plans would be drawn up": a review's find), a document that "is
expected next year" (the blind38 am05's; not one "expected in its first full year to deliver
…": a review's find), "拟签署", "将于明年签署", "双方计划签署",
"稍后将与翼航智能另签一份研究合约" (the blind42 aq06's), one striven for in a time to come
("还将就共建研究生联合培养基地事宜进一步磋商，争取明年上半年正式签约": the blind84 cg01's;
talks to come, "将就…进一步磋商", are read as no document's: a signing sentence ends on
them, review86), one "targeted for 2026", a
bullet's words with no verb between (the blind83 cf04's "Binding offtake agreement targeted
for 2026"; not "Deliveries under the Rail Supply Agreement are scheduled for 2027":
review84), one a party "prepares" or "is preparing" (the blind82 ce05's "prepares a
double-degree agreement … with …"; not "two years spent preparing the exchange agreement",
done: review83); a document still talked over ("in
advanced talks with … on a … agreement", "was under discussion": the blind34 ai01's and
ai03's; "is also in discussion with … on a possible agreement": the blind87 cj05's, where
its verb tells the talks as going on, not a document "drafted in discussion with …":
review88; not talks that were ("ending two years in talks", "reached in talks in Geneva",
"under discussion since 2023"), nor "将于签署之日起生效", which takes effect from a signing,
nor "would sign over two berths": a review's finds); not "had planned to sign", "had long
been expected to sign", nor a title's 计划 ("联合培养计划签约仪式": a review's finds)."""
TO_COME = re.compile(
    tried_at(
        _TO_COME, words="epihasdwtcmbur", chars=r"拟将有预即准计，,、\s双三各两并还也均正尚争力"
    ),
    re.IGNORECASE,
)
"""``_TO_COME`` tried only where its words may start."""
SIGNING_VERB = Needing(
    re.compile(
        tried_at(
            rf"{ZH_SIGNING_VERB}|{EN_SIGNING_VERB}|\b(?:signings|concluded|executed|entered\s+into)\b"
            rf"|{EN_RENEWED}|\bput\s+(?:their|his|her|its)\s+(?:signatures?|names?)\s+(?:to|on)\b",
            words="scierp",
            chars="签互续",
        ),
        re.IGNORECASE,
    ),
    ("签", "续", "sign", "ink", "concluded", "executed", "entered", "renew", "put"),
)
"""A signing's words, done or to come: what :func:`signed_now` reads the tense of."""
_ZH_WHEN = (
    rf"(?:{_ZH_EXPECTED}|拟)(?:于[^，。,]{{0,12}})?"
    r"(?:年底|年内|年初|年中|月底|月内|近期|下月|下周|明年|今年|尽快|适时|正式|共同)+$"
)
"""When a signing to come is to be, or how, between 预计 and its verb ("预计年底正式签署");
not after 准备, which also prepares what was signed ("经过精心准备正式签署了": a review's
find)."""
FUTURE_BEFORE = re.compile(
    rf"{ZH_WILL}(?:于[^，。,]{{0,12}})?(?:在[^，。,]{{0,20}})?$|{_ZH_WHEN}|{_ZH_STRIVE}$"
    rf"|{ZH_WILL}[^，。；,;]{{0,6}}?(?:推动|促成|推进)[^，。；,;]{{0,10}}?$"
    rf"|{_ZH_PLAN}[^，。；,;]{{0,16}}[，,]\s*于[^，。,]{{0,12}}$"
    rf"|(?:将|拟)(?:于[^，。,]{{0,12}})?(?:在[^，。,]{{0,20}})?[与同][^，。,]{{0,20}}(?:分别)?$"
    r"|\b(?:will|would|shall|to|be|expects?\s+to|plans?\s+to)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
"""What makes the signing words after it a signing to come: "将在…签署", "will sign", "is
to be signed", "还将与潮阳市、北屿市分别签订" (the blind27 ab01's; 与 only after 将 or 拟: not
"在充分准备与多轮磋商后…正式签署", a review's find), "预计年底正式签署" (``_ZH_WHEN``),
"争取明年上半年正式签约" (``_ZH_STRIVE``; not "经过争取，…正式签约"), "将尽快推动签署" (the
blind85 ch03's; "将积极推动签署", "将推动两地政府早日签署": review87),
"三方计划在此次协议基础上，于今年二季度签署" (the blind33 ah03's: a clause of manner, then
the time; after a plan's word only, not "经过…准备，于12月30日正式签署": a review's find)."""
_FUTURE_REACH = 24


def signed_now(words: str) -> bool:
    """Whether ``words`` tell a signing done: a signing verb no future word stands right
    before ("双方签署《框架协议》并将签署具体项目合同" tells the framework's; "concluded a
    Framework Agreement under which they will sign project deals" too: a review's finds)."""
    return any(
        not FUTURE_BEFORE.search(words, max(0, verb.start() - _FUTURE_REACH), verb.start())
        for verb in SIGNING_VERB.finditer(words)
    )


def a_heading(title: str, text: str) -> bool:
    """Whether the title stands in the article only as a line of its own: a section's
    heading ("Research contract with Easthaven University" over the paragraph that names
    "the SwapPort Research Services Contract": the blind13 n04's, which both passes gave
    as the title), or in the headline, not a name a sentence gives the document."""
    wanted = title.strip().casefold()
    body = [line.strip().casefold() for line in text.strip().splitlines()[1:]]
    holding = [line for line in body if wanted in line]
    return bool(holding) and all(line == wanted for line in holding)


def shortened(short: str, long: str) -> bool:
    """Whether ``short`` is a document's name ``long`` shortened: its characters (English:
    its words) all in ``long`` in order, its last at ``long``'s end ("共建研究院合作协议" of
    "共建云陵海洋装备研究院合作协议")."""
    parts, whole = (short.split(), long.split()) if short.isascii() else (list(short), list(long))
    if not parts or not whole or parts[-1].casefold() != whole[-1].casefold():
        return False
    rest = iter(part.casefold() for part in whole)
    return all(part.casefold() in rest for part in parts)


def another_document(words: str, title: str | None, names: Sequence[str] = ()) -> bool:
    """Whether ``words`` name a document that is not the one ``title`` names: a document's
    word with the words before it that name its kind ("a supply contract", "设备供货合同",
    "licensing deal") that the title does not hold; not "the agreement", "在协议上签字",
    "签署合作协议" of "共建…合作协议", nor the title after a party's name among ``names``
    (:func:`_titled_with_a_party`), nor "a deal" set after a comma as what the sentence's
    signing was ("…entered into an education partnership with …, a deal that …": the blind59
    bh04's; not "signed a deal for the supply of …", a deal of its own: a review's find).
    Without a title, none can be told apart."""
    if not title:
        return False
    held = _folded(title)
    parties = [_folded(name) for name in names]
    return any(
        kind not in held and not _titled_with_a_party(kind, held, parties)
        for kind in kinds_named(_A_DEAL_APPOSED.sub(",", words))
    )


_A_DEAL_APPOSED = re.compile(r",\s+(?:a|the)\s+(?:deal|pact|accord)\b", re.IGNORECASE)
"""A bare "deal" set after a comma: what the sentence calls the document it tells."""


def _titled_with_a_party(kind: str, held: str, parties: Sequence[str]) -> bool:
    """Whether ``kind`` is the title after the end of a party's name ("…人民政府全面战略合作
    协议" of "全面战略合作协议": the blind9 j01's)."""
    if not kind.endswith(held) or kind == held:
        return False
    before = kind[: -len(held)].strip("—–-与和 ")
    return bool(before) and any(before in party for party in parties)


def kinds_named(words: str) -> list[str]:
    """Each document ``words`` name, as its word with the words before it that name its
    kind, folded ("supply contract", "合作协议", "agreement")."""
    return [_named_kind(words, found) for found in DEAL.finditer(words)]


def _named_kind(words: str, found: re.Match[str]) -> str:
    """The document's word ``found`` with the words before it that name its kind, folded."""
    if HAN.match(found.group()):
        kind = _ZH_KIND_BEFORE.search(words, max(0, found.start() - 8), found.start())
    else:
        kind = _EN_KIND_BEFORE.search(words, max(0, found.start() - 40), found.start())
    return _folded((kind.group() if kind else "") + found.group())


def _folded(words: str) -> str:
    """Words as :func:`another_document` compares them: Simplified, case and spaces
    folded, "MoU" written out."""
    folded = " ".join(simplified(words).casefold().split())
    return _MOU.sub("memorandum of understanding", folded)


_MOU = re.compile(r"\bmous?\b")


_ZH_KIND_BEFORE = re.compile(r"[^\W\d_在的该此本了署订签和与及、将并还也项份个《》]{0,8}$")
_EN_KIND_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?:(?!(?:a|an|the|this|that|these|those|its|their|our|his|her|and|or"
    r"|with|signed|signs?|inks?|inked|seals?|sealed|strikes?)\s)"
    r"[A-Za-z][\w'\u2019-]*\s+){0,3}$",
    re.IGNORECASE,
)


_EARLIER = (
    r"\b(?:earlier|previous(?:ly)?|former|original|first\s+signed|last\s+year"
    r"|builds?\s+on|replac(?:es|ed|ing)|supersed\w+|predecessor|years?\s+ago"
    r"|(?:their|partners['\u2019]|sides['\u2019])\s+first)\b"
    r"|此前|之前|曾(?:经|于|在|与|和|同|就|多次|先后|签|共同|一度|携手|联合|达成|作为|举行|赴|到)"
    r"|去年|上一轮|上次|首次|首份(?![^，。；]{0,4}?[为是])|时任|[\d一二两三四五六七八九十几]+年前"
)
TOLD_AS_EARLIER = re.compile(_EARLIER, re.IGNORECASE)
"""What says a sentence's signing is an earlier one (``TOLD_AS_ANOTHER``'s part): "此前…签署
了", "last year", "replaces the accord signed in Geneva"; not "首份协议为《…》", the first of
this ceremony's documents (the blind50 ay03's)."""
_SINCE_A_YEAR = re.compile(
    r"[自从](?:[12]\d{3}|[１２][０-９]{3})年(?=[^，,。；;]{0,12}?(?:以来|起|开展|开始))"
    r"|[把将](?:[12]\d{3}|[１２][０-９]{3})年(?=[^，,。；;]{0,60}?(?:升级为|升格为))"
)
"""A year a partnership has run since, in Chinese (read in Simplified characters): "自2020年
开展的合作", "自2020年以来"; or the year of an earlier body the agreement raises to a new
one ("雙方將把2020年合辦的「…聯合實驗室」升級為「…聯合研發中心」": the blind91 cn03's; "将2020年…"
too: review92)."""
RECENT_DAYS = re.compile(r"\bearlier\s+(?:this\s+(?:week|month)|today)\b", re.IGNORECASE)
""""Earlier this month": the recent days an article may tell its one signing of ("A Letter
of Intent … was signed earlier this month at Ridley Hall": the blind67 bp05's), where
``_EARLIER`` reads "earlier" as another, earlier signing's (see
``places.PlaceEvidence._this_signings``)."""
_NOT_COUNTED = "".join(f"(?<!{n} )" for n in ("two", "three", "four", "five", "six", "2", "3"))
"""Not after a count: "signed two separate Memoranda of Understanding" tells this signing's
documents (the blind52 ba04's), where "a separate agreement" is another."""
TOLD_AS_ANOTHER = Needing(
    re.compile(
        tried_at(
            rf"{_EARLIER}|\b(?:{_NOT_COUNTED}separate|another|similar)\b|另一|另外",
            words="eporlbfsyta",
            chars=r"此之曾去上首时另\d一二两三四五六七八九十几",
        ),
        re.IGNORECASE,
    ),
    (
        "earlier",
        "previous",
        "former",
        "original",
        "first",
        "last",
        "build",
        "replac",
        "supersed",
        "predecessor",
        "ago",
        "separate",
        "another",
        "similar",
        "此前",
        "之前",
        "曾",
        "去年",
        "上一轮",
        "上次",
        "首次",
        "首份",
        "时任",
        "年前",
        "另一",
        "另外",
    ),
)
"""What says a sentence's signing is another document's, or an earlier one: "a separate
supply agreement", "此前…签署了", "去年…签署了合作协议", "follows a similar agreement signed
in Nairobi", "builds on a memorandum signed at…", "replaces the accord signed in Geneva",
"The partners' first agreement was signed at…", 上次, 首次, 三年前, 时任 (reviews' finds);
曾 only before a verb's word ("双方曾于2019年签署"), as it is a surname too ("会长曾海平":
the blind18 s03's witness)."""


def stretch_around(
    text: str, stops: str, start: int, at: int, until: int, end: int
) -> tuple[int, int]:
    """(start, end) of the stretch of the sentence ``text[start:end]`` around the mention
    ``text[at:until]`` that none of ``stops`` breaks: its clause, or its item of a list."""
    opening = max(text.rfind(stop, start, at) for stop in stops) + 1
    closing = min((i for stop in stops if (i := text.find(stop, until, end)) >= 0), default=end)
    return max(start, opening), closing


Sentence = tuple[int, int]
"""A sentence's bounds in the article, ``(start, end)``: where a role's words were read."""

_R = TypeVar("_R", bound="Reading")
_P = ParamSpec("_P")
_T = TypeVar("_T")


def remembered(method: Callable[Concatenate[_R, _P], _T]) -> Callable[Concatenate[_R, _P], _T]:
    """``method``'s answers kept by the reading, by its arguments: the guard asks a value's
    role sentence to keep it, then again to move it or to give the record its evidence
    (:mod:`coopllm.guard.evidence`), and the answer is the same each time. A keyword
    given its default is the same question as the keyword left out."""
    defaults = {
        name: parameter.default
        for name, parameter in inspect.signature(method).parameters.items()
        if parameter.default is not inspect.Parameter.empty
    }

    @functools.wraps(method)
    def asked(self: _R, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        given = sorted((k, v) for k, v in kwargs.items() if k not in defaults or defaults[k] != v)
        key = (method.__qualname__, args, tuple(given))
        if key not in self._found:
            self._found[key] = method(self, *args, **kwargs)
        return cast(_T, self._found[key])

    return asked


_A_DAY_TOLD = re.compile(
    r"(?<!signed )\bon\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?!\s+(?!(?:to|at|in|by|and|for|with|as|under)\b)[a-z])"
    rf"|\d{{1,2}}\s+{EN_MONTH}(?!\w)|{EN_MONTH}\s+\d{{1,2}}\b)"
)
"""A signing's day after "on": a weekday, not one a noun follows ("on Sunday trading
hours"); a month's day, not a capitalised word's number ("on Phase 2", "on Block 12"); not
an earlier document's "signed on 5 May 2019" (review93)."""


def tells_its_day(title: str) -> bool:
    """Whether a title the model gave is words of a sentence, not a document's name: in
    lower case, it writes the signing's day, as no name does ("agreement on Tuesday to
    jointly build the Tianlu Intelligent Manufacturing Industry College": the blind92
    co04's documents pass, beside the same signing's agreement)."""
    return title[:1].islower() and _A_DAY_TOLD.search(title) is not None


def finds(value: str, text: str) -> list[re.Match[str]]:
    """Every place ``value`` is written in ``text``, in any case ("a cooperation
    agreement" is written apart from "Strategic Cooperation Agreement": a review's find)."""
    return list(re.finditer(re.escape(value), text, re.IGNORECASE))


DATELINE_HEAD = re.compile(
    r"\s*[A-Z][A-Z .'\u2019-]{1,40}(?:,[^\n\u2013\u2014-]{0,40})?\s*(?:\([^()\n]{1,30}\)\s*)?"
    r"[\u2013\u2014-]{1,2}\s"
)
"""A release's dateline in capitals opening a sentence ("ASHFIELD - …", "TALLIS, May 20
(HarbourWire) - …"), matched at the sentence's start."""
_OTHER_STORIES_HEADING = re.compile(
    r"^[ \t]*(?:相关(?:新闻|阅读|报道|文章|链接)|推荐阅读|延伸阅读|往期回顾"
    r"|related[ \t]+(?:news|stories|articles|reading|coverage|content|links)|see[ \t]+also"
    r"|you[ \t]+may[ \t]+also[ \t]+like|read[ \t]+next|more[ \t]+stories)[ \t]*[:：]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A heading over a list of other stories, on a line of its own: "related" ones, "Read
next" (the blind59 bh06's), not a site's navigation ("Latest News", "Read more": a review's
finds)."""
_OTHER_STORY = re.compile(r"[ \t]*\S[^\n]{0,119}(?:\n|\Z)")
"""A line of the list: a link's headline, not a paragraph."""


def _other_stories(text: str) -> tuple[Sentence, ...]:
    """Where the page lists other stories: from each heading
    (``_OTHER_STORIES_HEADING``) over the lines of headline length that follow it, up to
    a blank line or a paragraph's long line."""
    spans = []
    for heading in _OTHER_STORIES_HEADING.finditer(text):
        end = heading.end() + 1
        while (line := _OTHER_STORY.match(text, end)) is not None and line.end() > end:
            end = line.end()
        spans.append((heading.start(), min(end, len(text))))
    return tuple(spans)


_BRACKETED = re.compile(r"（[^（）\n]{1,60}）")
"""A full-width bracket's aside, whose commas end no clause of the sentence around it."""


def _bracket_commas_blanked(text: str) -> str:
    """``text`` with the commas inside full-width brackets as spaces ("…与施瓦本应用科学大学
    （Hochschule Schwaben，以下简称HSS）签署「…」": the blind41 ap03's, whose day opened the
    clause the bracket's comma cut); same length, same offsets."""
    if "（" not in text:
        return text
    return _BRACKETED.sub(lambda found: found[0].replace("，", " "), text)


class Reading:
    """One article as the rules read it: its sentences, each value's mentions under them,
    and whether a sentence has a cue, each searched once.

    Role words are looked for in ``rules_text``, the text in Simplified characters (簽署,
    見證, 舉行 as 签署, 见证, 举行) and a full stop only where a sentence ends, whose
    offsets are the text's; values are found in ``text``, as written."""

    def __init__(self, index: SourceIndex, *, published: dt.date | None = None) -> None:
        self.index = index
        self._published = published
        self.text = index.text
        self._said: dict[tuple[re.Pattern[str], int], bool] = {}
        self._found: dict[tuple[object, ...], object] = {}
        """The answers of the ``remembered`` methods, by method and arguments (the text and
        the page's date are the reading's, and never change)."""
        self._datings: dict[dt.date | None, Self] = {}
        """This reading's readings of the text at other dates (:meth:`dated`)."""
        self._first: weakref.ref[Self] | None = None
        """The reading this one is dated from; weak, so that no reading keeps itself
        alive (a cycle would leave every record's readings to the collector)."""

    # The text's forms and sentences, read at the first rule that asks: the re-ask check
    # on the event loop grounds values only (``grounded``), and the record is made on a
    # worker, which reads them (a reading is made for both).
    @functools.cached_property
    def _bounds(self) -> tuple[Sentence, ...]:
        return lines_apart(self.text)

    @functools.cached_property
    def read_text(self) -> str:
        """The text in Simplified characters, as written otherwise."""
        return simplified(self.text)

    @functools.cached_property
    def rules_text(self) -> str:
        return _bracket_commas_blanked(inner_dots_blanked(self.read_text, self._bounds))

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [start for start, _ in self._bounds]

    def dated(self, published: dt.date | None) -> Self:
        """This reading with ``published`` as the page's date: the record's, where neither
        the caller nor the page's labels gave one and normalisation took the model's (as
        the page writes it) or a line of the page's head; the rules that date a signing by
        the page's date read it (the blind7 h06's "11月28日" under a page dated by a line
        of its own). Another reading where the date differs (the remembered answers were
        read with the other), made once a date by the first reading: the documents pass
        and the guard ask for the same date, and the guard is given the reading the pass
        made, with its answers. It shares the text's forms and sentences, and the cues
        found in them, which no date changes."""
        if published == self._published:
            return self
        first = (self._first and self._first()) or self
        if published == first._published:
            return first
        known = first._datings.get(published)
        if known is None:
            known = first._datings[published] = copy.copy(first)
            known._published, known._found = published, {}
            known._datings, known._first = {}, weakref.ref(first)
        return known

    @remembered
    def tells_another_signing(self, sentence: str) -> bool:
        """Whether a sentence tells another document's signing or an earlier one ("a
        separate Licensing Agreement", 去年), or writes an earlier year than the page's (any
        year, without the page's date). Remembered: the rules ask it of the same sentences
        again and again (a tenth of the guard's time on a short article)."""
        return self.tells_earlier_signing(sentence) or TOLD_AS_ANOTHER.search(sentence) is not None

    def tells_earlier_signing(self, sentence: str) -> bool:
        """Whether a sentence writes an earlier year than the page's (any year, without the
        page's date): a signing it tells is an earlier one. Not a year a partnership has
        run since ("…續簽《…備忘錄》，將兩院自2020年開展的跨境合作再延長五年": the blind71
        bt02's renewal, ``_SINCE_A_YEAR``)."""
        years = years_written(sentence)
        if years and self._published is not None and min(years) < self._published.year:
            years = years_written(_SINCE_A_YEAR.sub("", simplified(sentence)))
        return bool(years) and (self._published is None or min(years) < self._published.year)

    @functools.cached_property
    def other_stories(self) -> tuple[Sentence, ...]:
        """Where the page lists other stories under a heading of their own ("相关新闻",
        "Related news"): links, whose headlines tell signings that are not the article's
        ("· 江澄大学与海岚医疗签署产学研合作框架协议": the blind36 ak04's)."""
        return _other_stories(self.text)

    def _in_other_stories(self, start: int) -> bool:
        return any(begin <= start < end for begin, end in self.other_stories)

    @functools.cached_property
    def any_signings(self) -> tuple[Sentence, ...]:
        """The sentences that tell a signing done (:func:`signed_now`), another document's
        too ("雙方另外也簽署一份…協議", "also signed a separate …"), not an earlier one nor a
        link's among the page's other stories (:attr:`other_stories`): the reading the two
        below narrow."""
        return tuple(
            (start, end)
            for start, end in self._bounds
            if signed_now(self.rules_text[start:end])
            and not self.tells_earlier_signing(self.text[start:end])
            and not self._in_other_stories(start)
        )

    @remembered
    def signing_sentences(self) -> tuple[Sentence, ...]:
        """The sentences that tell a signing done, not another's (:attr:`any_signings`, but
        for those :meth:`tells_another_signing` reads as another document's)."""
        return tuple(
            (start, end)
            for start, end in self.any_signings
            if TOLD_AS_ANOTHER.search(self.text[start:end]) is None
        )

    @remembered
    def titles_signing(self, title: str) -> tuple[Sentence, ...]:
        """The sentences that tell a signing done and write ``title``, also where they call
        it another ("the two companies signed a separate Technology License Agreement":
        the blind19 t06's, where the record holds that agreement too); not an earlier one."""
        return tuple(
            sentence for sentence in self.any_signings if self.mentions_in(title, sentence)
        )

    def grounded(self, value: str, *, person: bool = False, fuzzy: bool = True) -> bool:
        """True when the value occurs in the article (exactly, normalised or fuzzily); a
        person's name not fuzzily, nor as the start of a longer name: one letter or one
        character more is another person ("Wang Xiaoping", 王伟东). ``fuzzy`` False: a
        date, where one letter off is another day."""
        threshold = 90.0 if fuzzy else None
        status, _ = self.index.offsets(value, fuzzy_threshold=threshold, person=person)
        return is_grounded(status)

    def clauses_with(self, value: str) -> list[tuple[str, str]]:
        """(clause, sentence) of each mention of the value: the clause runs between the
        clause stops around it (see ``IN_CLAUSE``)."""
        text, found = self.text, []
        for (start, end), mentions in self._by_sentence(value).items():
            for at, until in mentions:
                opening, closing = stretch_around(text, CLAUSE_STOPS, start, at, until, end)
                found.append((text[opening:closing], text[start:end]))
        return found

    @remembered
    def _addressed(self, name: str) -> tuple[tuple[int, int], ...]:
        """The person's surname after a title or form of address (``titles``)."""
        return addressed_by_surname(self.text, name)

    def _says(self, cue: re.Pattern[str], start: int, end: int) -> bool:
        """Whether the sentence ``text[start:end]`` has ``cue``, searched once a sentence:
        the people of an article mostly share a few sentences."""
        key = (cue, start)
        said = self._said.get(key)
        if said is None:
            said = self._said[key] = cue.search(self.rules_text, start, end) is not None
        return said

    @property
    def published(self) -> dt.date | None:
        """The page's date, given or read from its date line: a year the article names is
        this agreement's, not an earlier one's, when it is the page's own ("In 2024, the
        two … established X" in a story of 2024). Read-only: the ``remembered`` answers
        were read with it."""
        return self._published

    def sentence_at(self, offset: int) -> Sentence:
        """The bounds of the sentence that holds ``offset`` (of the text)."""
        return self._bounds[bisect.bisect_right(self._starts, offset) - 1]

    def sentence_after(self, sentence: Sentence) -> Sentence | None:
        """The sentence that follows ``sentence``, past the blank between paragraphs;
        None after the last."""
        index = bisect.bisect_left(self._starts, sentence[0])
        return next((b for b in self._bounds[index + 1 :] if b[0] < b[1]), None)

    def sentence_before(self, sentence: Sentence, *, across: bool = False) -> Sentence | None:
        """The sentence before ``sentence`` in its paragraph; None where it opens one (or,
        ``across``, the last of the paragraph before)."""
        index = bisect.bisect_left(self._starts, sentence[0])
        before = next((b for b in reversed(self._bounds[:index]) if b[0] < b[1]), None)
        opening = self.text[before[1] if before else 0 : sentence[1]]
        if before is None or across:
            return before
        if "\n" in opening[: len(opening) - len(opening.lstrip())]:
            return None  # a line break before its first word: it opens a paragraph
        return before

    def a_heading_line(self, sentence: Sentence) -> bool:
        """Whether the sentence is a line of the page's head: a line of its own with no stop
        at its end, above every line that ends in one (the headline, which news writes
        loosely: "校党委书记周启明带队…并签署校地合作协议" over a body where he witnessed, the
        blind45 at01's; not a body's paragraph that ends in a quote: a review's find)."""
        start, end = sentence
        if start >= self._head_end:
            return False
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line = self.text[line_start : len(self.text) if line_end < 0 else line_end].strip()
        return line == self.text[start:end].strip() and not line.endswith(_STOPS)

    def in_the_headline(self, at: int) -> bool:
        """Whether ``at`` is on the page's first line or its headline's
        (:func:`~coopllm.headline.headline`: below a masthead, a menu or a section's name,
        "PORTS & SHIPPING WEEKLY", the blind62 bk04's); never in a text of one line. A name
        written at the end of either does not go on into the next line, a standfirst's ("…
        memorandum in Lisbon\nDeal covers …"). The headline is looked for only where ``at``
        is on a line of the head's with no sentence's stop in it (a wrapped paragraph's line
        has one, or runs on below the head, ``_HEADLINE_WITHIN``): it costs a tenth of a
        record's rules."""
        first = self.text.find("\n")
        if first < 0 or at < first:
            return 0 <= at < first
        line_start = self.text.rfind("\n", 0, at) + 1
        line_end = self.text.find("\n", at)
        line = self.text[line_start : len(self.text) if line_end < 0 else line_end]
        if self.text.count("\n", 0, line_start) >= _HEADLINE_WITHIN or _A_STOP_IN.search(line):
            return False
        start, end = self._headline_line
        return start <= at < end

    @functools.cached_property
    def _headline_line(self) -> Sentence:
        """Where the headline stands, as :func:`~coopllm.headline.headline` finds it."""
        title = headline(None, self.text)
        at = self.text.find(title) if title else -1
        if at < 0 or title is None or title.endswith(_STOPS):
            return (0, 0)
        return (at, at + len(title))

    @functools.cached_property
    def _head_end(self) -> int:
        """Where the page's head ends: the start of its first line that ends in a stop."""
        at = 0
        for line in self.text.splitlines(keepends=True):
            if line.strip().endswith(_STOPS):
                return at
            at += len(line)
        return at

    def sentences_with(self, value: str) -> tuple[Sentence, ...]:
        """The sentences that write the value, as :meth:`mentions_in` finds it."""
        return tuple(self._by_sentence(value, fuzzy=False))

    def mentions_in(self, value: str, sentence: Sentence) -> list[tuple[int, int]]:
        """Where the sentence writes the value, as :meth:`grounded` finds it unfuzzily: an
        English word whole ("UM" is not in "forum": a review's find)."""
        return self._by_sentence(value, fuzzy=False).get(sentence, [])

    @remembered
    def _by_sentence(
        self, value: str, *, person: bool = False, fuzzy: bool = True
    ) -> dict[Sentence, list[tuple[int, int]]]:
        """The value's mentions, (start, end) each, under the bounds of their sentence;
        found as :meth:`grounded` finds them with the same ``person`` and ``fuzzy``, a
        person's in every spelling (:meth:`~coopllm.grounding.SourceIndex.every_mention`):
        the sentence that says they signed may break the name across a line; and, once
        named in full, by surname after a title (:func:`~coopllm.titles.addressed_by_surname`)."""
        grouped: dict[Sentence, list[tuple[int, int]]] = {}
        if person:
            found = self.index.every_mention(value, person=True)
            if found:  # named in full, then perhaps by office ("President Danescu")
                found = tuple(sorted({*found, *self._addressed(value)}))
        else:
            found = self.index.offsets(value, fuzzy_threshold=90.0 if fuzzy else None)[1]
        for at, until in found:
            bounds = self.sentence_at(at)
            if at < bounds[1]:  # not in the blank between two sentences
                grouped.setdefault(bounds, []).append((at, until))
        return grouped


def joined_otherwise(title: str) -> list[str]:
    """The title, and where a Chinese one joins its parties, the same joined by each of the
    other marks and words titles join them with ("甲省人民政府与乙集团战略合作协议", written
    "甲省人民政府—乙集团战略合作协议" where it is signed: the blind10 k01's)."""
    joined = ZH_TITLE_JOINER.search(title)
    if joined is None:
        return [title]
    return [title[: joined.start()] + mark + title[joined.end() :] for mark in _ZH_TITLE_JOINERS]


_ZH_TITLE_JOINERS = ("与", "和", "—", "–", "-")
ZH_TITLE_JOINER = re.compile(r"(?<=[\u4e00-\u9fff])[与和—–-](?=[\u4e00-\u9fff])")
"""Where a Chinese title joins its parties' names ("甲大学与乙大学…", "东澜大学—澜川市…");
not 同, which 合同 and 共同 hold (a review's find)."""
