"""The hallucination guard: every value must stand in the article, every role must be said.

Two stages:

* during the call, ``GuardedDraft`` (the response model) raises a validation error that
  lists every name that does not occur in the article, so instructor re-asks the model
  with the reasons ("'X' does not occur in the article");
* after the re-asks, :func:`apply_guard` drops (strict) or flags (lenient) what is still
  ungrounded, and demotes values whose role the article never states: a signatory whose
  sentences never say "signed"/"签署", a witness never said to witness or unveil, an
  entity no founding words govern, a location not introduced as where the signing was,
  a facilitator no facilitating words govern.
  Each drop is listed in ``warnings``, and so is each value kept in doubt (a date read
  from a sentence about something else, a party written only inside a longer name):
  nothing is removed or kept silently.

Role evidence is checked by code, not by another re-ask: it is cheap, deterministic,
and a re-ask costs a whole completion on a CPU model.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import NamedTuple, TypeVar

import instructor
from pydantic import model_validator

from coopllm.grounding import (
    LINE_BREAK,
    LINE_BREAKS,
    NEVER_FUZZY,
    PARAGRAPH_BREAK,
    SourceIndex,
    is_grounded,
    normalize_for_match,
    simplified,
)
from coopllm.normalize import describes_someone
from coopllm.parties import HAN, is_named
from coopllm.schema import Agreement, ExtractionDraft, Party, Signatory

_ZH_SIGNING_VERB = "(?:签署|签约|签订|签定|签字|签名|签下|互签)"
_ZH_SIGNING = f"{_ZH_SIGNING_VERB}(?!仪式|结束|活动|后)"
"""A Chinese signing verb ("在协议书上签名", "互签" too); not "签约仪式" (the ceremony),
"签约结束后" (after it), "签约活动". "签约后" is read apart (``_SIGNS_THEN``)."""
_SIGNED_OTHERWISE = (
    # "inks MoU with", "to ink a deal"; not the printer's ink.
    r"inks?\s+(?=(?:a|an|the|this|its|their|deals?|pacts?|mous?|agreements?"
    r"|memorand\w*|contracts?)\b)|(?:inked|penned)\b"
    # The spec's "put pen to paper", "concluded by", "entered into the MoU".
    r"|put(?:s|ting)?\s+pen\s+to\s+paper|concluded\s+by\b|(?:entered\s+into|concluded)"
    r"\s+(?:the|an?)\s+(?:[\w-]+\s+){0,5}?(?:agreements?|memorand\w*|mou|contracts?|deals?)\b"
)
"""Words that say someone signed without a word of signing (English, after a \\b)."""
# "signing ceremony" and "witnessed the signing" are not signing. One \b, and a test of
# the first letter, before the alternation: every letter of a sentence is tried (each
# branch behind its own \b took three times as long).
_SIGNED_WORDS = (
    r"(?=[sipacbuwe签互])(?:\b(?:(?:signed|signs|sign|countersigned)\b"
    r"(?!\s+(?:ceremony|ceremonies))"
    # "affixed their signatures", "Signing for the university was ...", "Signing the
    # agreement were ...", "spoke before signing the MoU", "The signatories were ..."; not
    # who congratulated others "on signing a deal".
    r"|affixed\s+(?:\w+\s+)?signatures?|put\s+(?:their|his|her|its)\s+signatures?\s+(?:to|on)\b"
    r"|signing\s+(?:for\b|on\s+behalf\s+of\b|(?:the|an?|this)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:were|was)\b)|signator(?:y|ies)\b"
    rf"|(?:before|after|while|upon)\s+(?:jointly\s+)?signing\b(?!\s+ceremon)|{_SIGNED_OTHERWISE})"
    # ... nor are "签约仪式" (ceremony), "签约结束后" (after it), "此次签约", "这次签约",
    # "本次签约" (this signing).
    rf"|(?<!见证)(?<!此次)(?<!这次)(?<!本次){_ZH_SIGNING})"
)
_SIGNED = re.compile(_SIGNED_WORDS, re.IGNORECASE)
"""Words that say someone signed."""
_EVIDENCE: dict[str, re.Pattern[str]] = {
    "signatories": _SIGNED,
    # Verbs, not nouns: "the signing and unveiling ceremony" is attendance. "In the presence
    # of X", "as X looked on", "X watched as ..." are witnessing (``_WITNESSED_BY``); so are
    # hanging a body's plaque (挂牌) and handing it over (授牌).
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
    # "exchanged the MoUs".
    "location": re.compile(
        r"(?=[shcexi签举仪p])(?:\bsign|\bheld\b(?!\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:press|news|media)"
        r"\s+(?:conference|briefing|meet))|ceremony|\bexchang(?:ed|e\s+of)\b|签|仪式"
        r"|举行(?!了?[^,;.\uff0c\uff1b\u3002]{0,6}?发布会)"
        rf"|\b(?:{_SIGNED_OTHERWISE}))",
        re.IGNORECASE,
    ),
}
_CLAUSE_STOPS = ",;:.\uff0c\uff1b\uff1a\u3002"
"""Clause and sentence stops, English and Chinese."""
_IN_CLAUSE = f"[^{_CLAUSE_STOPS}]"
"""A character of the same clause: any but a stop."""
_LABEL_END = r"\s*(?:分别)?(?:为|是|有)?(?:如下)?\s*(?:(?:were|are|was|include[ds]?)\s*)?[:\uff1a]"
"""What may stand between a list's label and its colon: "签约代表分别为：", "Signatories
were:"; not another verb ("签约代表表示：")."""
_UNVEILERS = r"揭(?:牌|幕)(?:嘉宾|领导|贵宾|来宾)"
_WITNESS_LEAD_WORDS = r"witnessed\s+by|in\s+the\s+presence\s+of"
"""The words that lead the witnesses' names: "witnessed by", "in the presence of"."""
_LIST_LABELS: dict[str, re.Pattern[str]] = {
    "signatories": re.compile(
        r"(?:(?:签约|签字|签署)(?:双方|各方|单位)?(?:代表|人)|代表(?:双方|各方)签(?:约|字|署)的"
        r"|\b(?:signatories|signed\s+by|signing\s+(?:\w+\s+){0,8}?(?:were|was)"
        rf"|those\s+who\s+signed(?:\s+(?:were|are))?)\b){_LABEL_END}|\bsigned\s+by\b",
        re.IGNORECASE,
    ),
    "witnesses": re.compile(
        rf"(?:见证(?:签约|签字|仪式)?的?(?:嘉宾|领导|人|贵宾|来宾)|{_UNVEILERS}"
        rf"|\bwitness(?:es|ed\s+by)\b){_LABEL_END}|\b(?:{_WITNESS_LEAD_WORDS}"
        r"|witnessing\s+(?:the\s+\w+|it)\s+(?:were|was))\b",
        re.IGNORECASE,
    ),
}
"""The labels that open a list of people in a role: "签约代表：甲大学副校长张三；乙公司总经理
李四。" (semicolons end sentences, so each item after the first is a sentence of its own,
which says nothing of signing), and the English words that lead one without a colon
("witnessed by Prof. Li Wei, Rector; Dr. Sara Khan, Dean"); not "出席领导：", "本次签约的
嘉宾有：", "签约流程如下："."""
_UNVEILERS_LABEL = re.compile(rf"{_UNVEILERS}{_LABEL_END}")
"""The label of a list of who unveiled ("揭牌嘉宾：…；…")."""
_MOST_ITEMS = 16
"""How many items of such a list, each ended by a semicolon, are read back to its label."""
_ITEM_END = ("\uff1b", ";")
_COLONS = (":", "\uff1a")
_NO_ITEM = re.compile(
    r"[:\uff1a]|出席|参加|致辞|讲话|发言|表示|主持|见证|签|揭牌|参观|考察|介绍|颁|宣布|指出|了|将"
    r"|致(?:欢迎|答谢)词|宣读|(?<![工合])作(?:主旨|专题)?报告"
    r"|\b(?:attend(?:ed|s|ing|ance)?|spoke|said|says|presid(?:ed|es|ing)|chair(?:ed|s|ing)"
    r"|witness\w*|sign(?:ed|s|ing)?|unveil\w*|visit(?:ed|s)|will|was|were|is|are)\b",
    re.IGNORECASE,
)
"""What a list's item (an organisation, a title and a name) does not hold: a verb, or
another list's label: "…李四；市长王五出席仪式；…", "…；市长王五致欢迎词", "宣读贺信" end
the list; not a title ("President of Acme", "Chairman", "Visiting Professor", 工作报告起草组)."""
_ZH_DOES = re.compile(
    r"会见|会谈|强调|(?<!新)希望(?!工程|集团|教育|小学|中学)|肯定|感谢|欢迎|带队|带领|率队|率团"
    r"|提出|认为|听取|调研(?!员)|走访|看望|慰问|因故|未能|没有|缺席|委托"
)
"""Chinese verbs beyond ``_NO_ITEM``'s that a list of people does not hold (a review's
finds: "校长张三会见…，副市长王五出席", "市长张三，副市长李四因故未能出席"); not in a name
or a rank (新希望集团, 一级调研员)."""
_LOWER_WORD = re.compile(r"(?<![\w'\u2019/])[a-z]+(?:['\u2019][a-z]+)?")
_PARTICLES = frozenset(
    {"of", "the", "for", "and", "at", "in", "on", "de", "van", "von", "da", "du", "le", "la",
     "des", "del", "der", "den", "ter", "di", "dos", "das", "do", "della", "bin", "binti",
     "binte", "bint", "ibn", "ben", "al", "el", "ul", "y", "e", "a", "s", "d", "co", "retd",
     "joint", "additional", "special", "senior", "junior", "permanent", "acting", "honorary",
     "former", "high", "under", "founding", "regional", "country", "district", "national",
     "state", "adviser", "advisor", "trustee", "councillor", "councilor", "collector",
     "undersecretary", "charge", "hon'ble", "hon\u2019ble"}
)  # fmt: skip
"""Lower-case words of a list of people besides a title's and a body's: of its titles
("Dean of the School", "joint secretary", "co-founder") and of names ("Maria de la Cruz",
"a/l"); any other is a verb's or a clause's ("delivered the welcome address", "sent a
letter"). Each part of a hyphenated word is read ("vice-chancellor"), "'s" aside."""


def _only_names(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` only names people, with their titles and bodies: no verb
    (``_NO_ITEM``, ``_ZH_DOES``), and in English no lower-case word but a particle or a
    title's or a body's ("chief executive", "representative", "of the province"): English
    verbs are too many to list."""
    if _NO_ITEM.search(text, start, end) or _ZH_DOES.search(text, start, end):
        return False
    return all(
        word in _PARTICLES or describes_someone(word.removesuffix("'s").removesuffix("\u2019s"))
        for word in _LOWER_WORD.findall(text, start, end)
    )


_LONGEST_ITEM = 160
_ABSENT = re.compile(rf"{_IN_CLAUSE}{{0,12}}?(?:未能|未|没有|因故|委托|缺席)")
"""After a name, before its attending verb: who did not attend, or sent another."""
_BODY_END = ("政府", "大学", "学院", "高校", "公司", "集团", "企业", "单位", "部门", "医院", "究院",
             "究所", "校方", "市委", "省委")  # fmt: skip
"""How a body's name ends: "市政府代表赵六", "甲公司代表李四" name its representative."""
_FOR_ANOTHER = re.compile(
    rf"(?:(?<!的){''.join(f'(?<!{body})' for body in _BODY_END)}代表|受)"
    r"[^,;.\uff0c\uff1b\u3002]{0,8}$"
    r"|\b(?:representative\s+of|on\s+behalf\s+of|representing)\s+(?:[\w.'-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""Before a name: the one another attended for ("副省长李四代表省长张三出席", "Lin Tao,
representative of Governor Ada Reyes"); not a representative named ("市长王五的代表赵六",
"市政府代表赵六": 赵六 is there)."""
_ON_BEHALF = re.compile(
    r"\s*,\s*(?:representing|on\s+behalf\s+of)\s+[^,;.:]{1,60}?,\s*", re.IGNORECASE
)
"""After a name, whom it stood for: "Mayor Wu, representing Governor Xu, attended"."""
_ATTENDEES_LEAD = re.compile(
    r"出席[^\u3002\uff1b;.]{0,12}?的(?:领导|嘉宾|来宾|人员)?(?:还|主要)?(?:有|包括)[:\uff1a]?"
    r"|\b(?:also\s+)?present\s+(?:on\s+the\s+occasion\s+|at\s+the\s+(?:ceremony|event|signing)"
    r"\s+)?were\b|\battended\s+by\b",
    re.IGNORECASE,
)
"""Words that lead a list of who attended: "出席签约仪式的有", "出席仪式的领导还有：",
"Present at the ceremony were", "attended by"."""
_NEXT_WORD = re.compile(r"\s+[a-z]\S*")
"""After an English name, the next word in lower case: its verb ("B sent a letter") where
it is none a list of people holds (``_only_names``)."""
_ALL_WITNESSED = re.compile(
    r"(?:与会|出席(?:[^\u3002\uff1b;.]{0,8}?的)?|上述|各位|全体|双方)(?:领导|嘉宾|来宾|人员)"
    r"(?:[和及与](?:嘉宾|来宾))?[^\u3002\uff1b;.]{0,12}?见证"
    rf"|\b(?:{_WITNESS_LEAD_WORDS})\s+(?:all\s+)?(?:the|these|those)"
    r"\s+(?:\w+\s+){0,2}?(?:guests|leaders|officials|dignitaries|attendees)\b"
    r"|\bwitnessed\s+by\s+all\s+(?:those\s+)?present\b"
    r"|\b(?:the|these|those)\s+(?:\w+\s+){0,2}?(?:guests|leaders|officials|dignitaries)"
    r"\s+(?:all\s+|jointly\s+|then\s+)?witnessed\b",
    re.IGNORECASE,
)
"""The next sentence's words that make the attendees just named witnesses: "市长张三、
副市长李四出席签约仪式。在与会领导的共同见证下，双方签署协议。", "… attended. Witnessed
by the guests, the two sides signed."."""
_SIGNS_THEN = re.compile(
    r"(?:(?!宣布|宣读|表示|指出|希望|介绍|对|致辞|讲话|主持|出席|参加|见证|祝贺|观看"
    rf"|在(?:双方|各方|两方)?签){_IN_CLAUSE}){{0,40}}?{_ZH_SIGNING_VERB}后"
)
"""After a name in its clause, with nothing but other names, titles and 与, 代表… between,
a signing it did before what follows: "张三与李四代表双方签约后，共同为实验室揭牌" (the
sentence's only signing word, which the guard's others pass over). Not where a word
between says the name did something else: "李明宣布签约后", "李明在双方签约后致辞",
"李明对双方签约后的合作表示期待"; nor "签约后，李明致辞", the name after it."""
_EN_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
"""A month's name or abbreviation: "established in March 2015" is a body that stands."""
_EN_FOUNDING = (
    r"(?:establish\w*|found(?:s|ed|ing)?|set(?:s|ting)?\s+up|co-?buil\w*|co-?construct\w*"
    r"|unveil\w*|inaugurat\w*|launch\w*|open(?:ed|ing)|(?:will|to)\s+open"
    r"|creat(?:e|es|ed|ing)|creation\s+of|cut(?:s|ting)?\s+the\s+ribbon|ribbon-cutting"
    r"|builds?(?!\s+on\b)|building(?=\s+(?:a|an|the|up)\b))\b"
)
_TO_COME = r"(?:(?<=will be )|(?<=to be )|(?<=shall be )|(?<=would be )|(?<=will )|(?<=to ))"
_ZH_FOUNDING = r"成立|共建|组建|建立|设立|筹建|打造|建设"
"""Chinese founding verbs as a founding dated before this one names them (双方于2016年共同
成立的X): bare 建设 too, which ``_FOUNDING`` reads only after 联合, 共同 and the like, its
words finding a body now wherever they stand."""
_FOUNDING = re.compile(
    rf"\b(?:{_TO_COME}{_EN_FOUNDING}"
    rf"|{_EN_FOUNDING}(?!(?:\s+by\s+[^,.;]{{1,60}}?)?\s+in\s+(?:{_EN_MONTH_NAME}\s+)?\d))"
    r"|(?:成立|共建|组建|揭牌|揭幕|挂牌|授牌|(?:联合|合作|共同|携手|将|拟|并|以|要)建设"
    r"|建立|打造|设立|筹建|(?<!人才)落户|(?:启动|开工)建设|正式启动|投入运行|揭牌运行)(?!于)",
    re.IGNORECASE,
)
"""Words that found a body ("Foundation", "jointly", a "Building" of a campus, a 建设集团
found none; 落户, a body settling somewhere, but not 人才落户, and 启动建设 do); not the
founding of a body that already stands ("founded in 1998", "built in 1998", "established
in March 2015", "launched by the two partners in 2019", "成立于2010年"; but "will be launched
in March 2025" is one to come)."""
_FOUNDED_EARLIER = re.compile(
    r"(?:(?<!\d)(?:19|20)\d{2}\s*年(?!\s*\d)|去年|前年)[^,;.\uff0c\uff1b\u3002]{0,30}?"
    rf"(?:{_ZH_FOUNDING})的[\"\u201c\u300c\u300a]?$"
)
"""Before a body's name, a founding dated in its own clause, of the name it qualifies:
"双方于2016年共同成立的X", "2019年双方共建的X"."""
_OPENS_ON_A_PAST_YEAR = re.compile(
    r"\s*(?:in\s+(?:19|20)\d{2}|last\s+year)\s*,\s*[^,;.]*"
    r"\b(?:established|founded|set\s+up|launched|built|co-?founded|opened)\s+(?:the\s+)?$"
    rf"|\s*(?:去年|前年)\s*[,\uff0c]\s*[^,;.\uff0c\uff1b\u3002]*(?:{_ZH_FOUNDING})了$",
    re.IGNORECASE,
)
"""From a sentence's start to a body's name, a past year alone and then its founding: "In
2021, the two institutions jointly established X", "去年，双方共建了X"; not "2025年，甲大学与
乙公司共建X" (the year may be this one)."""
_STANDS_AFTER = re.compile(
    rf"{_IN_CLAUSE}{{0,20}}?(?:成立|组建|建立|揭牌|投入运行|运行|启动)"
    r"(?:[\d一二三四五六七八九十]+多?(?:年|周年))?(?:来|以来)"
    r"|\s*(?:has|have)\s+(?:\w+\s+){0,3}?since\s+(?:its|their)\s+(?:founding|establishment)",
    re.IGNORECASE,
)
"""After a body's name, that it has stood for a while: "X成立五年来", "X自2018年成立以来"."""
_YEAR = re.compile(r"(?:19|20)\d{2}")
_IN_A_PAST_YEAR = re.compile(r"\s+(?:in|since)\s+(?:19|20)\d{2}\b", re.IGNORECASE)
"""After a body's name, the year it was founded in ("follows the creation of the Orion Data
Institute in 2019"), unless the sentence puts it to come (``_TO_BE``)."""
_TO_BE = re.compile(
    r"\b(?:will|shall|to\s+be|plans?\s+to|to\s+(?:jointly\s+)?(?:establish|co-?found|found"
    r"|set\s+up|co-?build|build|launch|create|open)|(?:establishment|launch)\s+of"
    r"|provides?\s+for|paves?\s+the\s+way)\b"
    r"|(?<!即)将(?!近)|拟|计划",
    re.IGNORECASE,
)
"""Words that put a founding to come, whatever year the sentence names: "will see the
creation of X in 2025", "双方将于2026年共同建设的X"."""
_STANDING_BEFORE = re.compile(
    r"(?:现有|已有|原有|既有|现存)的?[\"“《「]?$|\b(?:existing|current)\s+$", re.IGNORECASE
)
"""Before a body's name, that it stands already: "依托学校现有的国家重点实验室"."""
_HEDGED = re.compile(
    r"(?:\b(?:explor(?:e|es|ed|ing)|consider(?:s|ed|ing)?|stud(?:y|ies|ied|ying))\s+(?:the\s+)?"
    r"(?:possibility|feasibility|idea|prospect)\b|\b(?:possibility|feasibility)\s+of\b"
    r"|\bhop(?:e|es|ed|ing)\s+to\s+(?:\w+\s+){0,2}?(?:establish|set\s+up|build|create|launch"
    r"|found|open)|\bconsider(?:s|ed|ing)?\s+(?:setting|establishing|building|creating"
    r"|launching)\b|争取(?:共建|设立|成立|建立)|(?:探讨|论证)(?:设立|共建|成立|建立)|研究设立)"
    r"[^,;.\uff0c\uff1b\u3002]*$",
    re.IGNORECASE,
)
"""In the founding words' clause, that the founding is only hoped for: "will explore the
possibility of establishing", "下一步将争取共建"; not "为探索新路径，双方共建…", "Oil
exploration firm X established"."""
_FOUNDED_AFTER = re.compile(rf"(?:(?!sign|签){_IN_CLAUSE})*?(?:{_FOUNDING.pattern})", re.IGNORECASE)
"""Founding words in the clause after a body's name, before any signing: "the X was
established", "X揭牌"; not "X与乙公司签署共建协议"."""
_HELD_AT = re.compile(
    r"(?:\bat\s+(?:the\s+)?(?:newly\s+[\w-]+\s+|new\s+)?|\bin\s+(?:the\s+)?|在"
    r"|(?<![关对至由基属])于)$",
    re.IGNORECASE,
)
"""A body named where something happens ("signed at the X Centre", "at the newly launched
X Centre", "在甲大学科技园签约") is a place there, not what was founded, whatever founding
words stand earlier."""
_GOVERNS = 120
"""How far before a name (characters) its governing words are looked for."""
# A facilitator is governed by its role's words (the spec: "facilitated, brokered or
# promoted the deal"), not merely in a sentence that has them: "双方将共同推动…" is the
# deal's aim. Before the name, a lead-in in its clause ("brokered by", "with the support
# of", "under the auspices of"); after it, in its clause, its verb ("X brokered the deal",
# "在X的大力支持下", "经X牵线", "X穿针引线").
_FACILITATED_BY = re.compile(
    r"(?:\b(?:facilitated|brokered|arranged|coordinated|promoted|introduced|mediated"
    r"|supported|backed|initiated|put\s+in\s+touch|made\s+possible)\s+(?:by|through)"
    r"|\bwith\s+the\s+(?:\w+\s+){0,2}(?:help|support|assistance)\s+of"
    r"|\bwith\s+(?:\w+\s+){0,2}(?:help|support|assistance)\s+from"
    r"|\bat\s+the\s+(?:invitation|initiative)\s+of"
    r"|\bunder\s+the\s+(?:auspices|coordination|guidance)\s+of|\bthrough\s+the\s+"
    r"(?:matchmaking|mediation|efforts|good\s+offices)\s+of|\bthanks\s+to)\b"
    rf"{_IN_CLAUSE}{{0,60}}$",
    re.IGNORECASE,
)
_DEAL = (
    r"(?:deals?|agreements?|signing|cooperation|collaboration|partnerships?|talks|pacts?"
    r"|mous?|memorand\w*|contracts?|ties|negotiations?|meetings?)\b"
)
"""What a facilitator helps bring about, its verb's object before any preposition:
"brokered the deal", "facilitated the signing"; not "will facilitate data sharing",
"promoted its products at the signing fair"."""
_FACILITATES_AFTER = re.compile(
    rf"{_IN_CLAUSE}{{0,30}}?(?:\b(?:facilitat|broker|mediat|helped\s+arrange|arranged"
    rf"|promoted)\w*\s+(?:(?!(?:at|in|on|during|for|with)\b)[\w'-]+\s+){{0,4}}?{_DEAL}"
    rf"|(?:的{_IN_CLAUSE}{{0,8}}?)?(?:推动|支持|协调|帮助|指导|牵线|促成|推介|组织|牵头)下(?![一属设])"
    r"|牵线|搭桥|促成|引荐|撮合|穿针引线|推介|搭建(?:了)?(?:合作|交流|对接)?平台)",
    re.IGNORECASE,
)
_INTRODUCED = re.compile(rf"{_IN_CLAUSE}{{0,10}}?(?:介绍|推荐|协调|牵头)")
"""经X介绍, 经X协调, 由X居中协调: introduced or coordinated by X (not 据X介绍, "according
to X"; not "X将从中协调后续事宜", without 经 or 由 before it)."""
_SIGNED_TOO = (
    rf"{_IN_CLAUSE}*?(?:\band\s+(?:then\s+|also\s+|later\s+)?(?:sign(?:ed|s)?\b|{_SIGNED_OTHERWISE})"
    r"|\band\s+(?:then\s+|later\s+)?(?:he|she)\s+(?:and\s+[^,.;]{1,40}?\s+)?(?:also\s+)?"
    r"sign(?:ed|s)?\b"
    r"|\b(?:before|after)\s+(?:jointly\s+)?signing\b(?!\s+ceremon)"
    r"|\b(?:before|after)\s+(?:he|she|they)\s+(?:also\s+)?signed\b"
    rf"|[,\uff0c]\s*(?:(?:and\s+(?:then\s+|also\s+|later\s+)?|then\s+|also\s+|later\s+)"
    r"sign(?:ed|s)?\b|after\s+which\s+(?:he\s+|she\s+|they\s+)?(?:also\s+)?sign(?:ed|s)?\b"
    r"|and\s+(?:then\s+|later\s+)?(?:he|she)\s+(?:and\s+[^,.;]{1,40}?\s+)?(?:also\s+)?"
    r"sign(?:ed|s)?\b)"
    rf"|(?:[,\uff0c]\s*)?(?:并|随后|之后|然后|后)(?:[,\uff0c]\s*)?"
    rf"(?:(?:与(?!会)|和|同|代表|共同)(?:(?!见证|出席|主持|参加){_IN_CLAUSE}){{0,30}}?)?"
    rf"{_ZH_SIGNING}|(?:[,\uff0c]\s*)?并(?:(?!见证|出席|主持|参加){_IN_CLAUSE}){{0,12}}?签"
    rf"|[,\uff0c]\s*(?:与(?!会)|同|代表)"
    rf"(?:(?!见证|出席|主持|参加|对|祝贺|观看|表示|一起){_IN_CLAUSE}){{0,30}}?{_ZH_SIGNING}(?!的))"
)
"""After attending, speaking or presiding, the words that say the same person signed as
well: "attended and signed", "spoke before signing", "chaired it, then signed", ", after
which he signed", "致辞后，与李明签署", "出席仪式，随后与李明签署", "出席并代表甲大学签约",
"出席签约仪式，与李明签署". Not where another subject signs: "spoke, and Lin Tao signed",
"致辞后，林涛与周博签署", "主持仪式，代表双方签约的是张三和李四"; nor what the person did
about others' signing ("代表市政府对双方签署协议表示祝贺", "同张三一起观看了签约"); nor "the
signing ceremony" ("attended the forum and signing ceremony", "致辞后签约仪式开始")."""
# Witnessing words that govern a name: the person witnessed, and did not sign, though the
# sentence says "signed" ("在市长吴芳的见证下，…签署", "…signed, witnessed by Mayor Wu Fang",
# "in the presence of Mayor Wu Fang, …"). Before the name, a lead-in earlier in its clause;
# after it, a witness verb before any signing verb and clause end ("市长张三见证签约", "Mayor
# Wu Fang and Governor Ada Reyes witnessed the signing").
# The spec's "presided" is governed alike: "…, presided over by Vice Mayor Li Ming", "Li
# Ming presided over the signing", "李明主持签约仪式".
_PRESIDED_OVER_BY = r"\b(?:presided\s+over|chaired|hosted|moderated|officiated)\s+by\b"
_STOOD_BY_LEAD = (
    rf"(?P<lead>\b(?:{_WITNESS_LEAD_WORDS})|{_PRESIDED_OVER_BY}"
    r"|\b(?:attended|graced)\s+by|\bwitnessing\s+(?:the\s+\w+|it)\s+(?:were|was))\b"
)
"""Words before a name that say its person stood by: "witnessed by", "in the presence of",
"attended by", "Witnessing the signing were"."""
_LEAD_REACH = rf"(?:(?!\bby\s){_IN_CLAUSE}){{0,60}}$"
"""From the lead words to the name, in its clause: not past the signers' "by" ("signed in
the presence of Governor Ada Reyes by Lin Tao and Zhou Bo")."""
_WITNESSED_BY = re.compile(rf"{_STOOD_BY_LEAD}{_LEAD_REACH}", re.IGNORECASE)
_STOOD_BY = re.compile(_STOOD_BY_LEAD, re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|where|when|while|whereas)\b", re.I)
"""Words that make a stretch between commas a clause, not one of a list of people."""
_OPENS_CLAUSE = (
    r"\s*(?:(?:who|whom|whose|which|that|where|when|while|whereas|as|with|but|after|before|then"
    r"|because|since|so|although|though|at|in|on|during|following|including|accompanied"
    r"|by|and\s+(?:then|also))\b|并|随后|之后|然后|随即|同时|此后|其后|在|后)"
)
"""Words after a comma that open a clause or an aside, not the next person of a list."""
_LIST_ITEM = 120
"""How long one person of a list may be written, with their title ("Zhou Jinhong,
Second-level Investigator of the Foundation Department of Zhejiang Province,")."""
_WITNESSED_BY_LIST = re.compile(
    rf"{_STOOD_BY_LEAD}(?:{_IN_CLAUSE}{{0,{_LIST_ITEM}}}?[,\uff0c](?!{_OPENS_CLAUSE})){{1,8}}?"
    rf"{_LEAD_REACH}",
    re.IGNORECASE,
)
"""The same words across the commas of the list of people they lead: "in the presence of
Dr. V. K. Saraswat, Member, NITI Aayog, and Shri Giridhar Aramane, Defence Secretary"."""
_AND = re.compile(r"\band\b|[和与及]")
_CLAUSE_THEN_WHO = re.compile(
    rf"{_IN_CLAUSE}*(?:[,\uff0c]\s*(?:who\b{_IN_CLAUSE}*|(?:on\s+behalf\s+of|representing)\b"
    rf"{_IN_CLAUSE}*(?:[,\uff0c]\s*(?=(?:also\s+|then\s+|jointly\s+)?(?:sign|ink|put\s+pen))"
    rf"{_IN_CLAUSE}*)?))?"
)
"""The rest of a name's clause, and a "who" clause after it, or an "on behalf of" aside and
the signing verb right after it ("In the presence of A, Lin Tao and Zhou Bo, on behalf of
Acme and Beta, signed"; not "…, representing the city, Lin Tao signed", another subject)."""
_THEN_SIGNED = re.compile(
    rf"(?:{_IN_CLAUSE}|[,\uff0c](?!{_OPENS_CLAUSE}|\s*and\s+(?:the|a|an|this|it|they)\b))*"
    rf"(?:[,\uff0c]\s*who\b{_IN_CLAUSE}*)?"
)
"""The rest of the list a name is in, to its clause's verb (and a "who" clause after it),
where the name may sign: "In the presence of Governor Ada Reyes, Lin Tao, CEO of Acme,
and Zhou Bo signed", "attended by Lin Tao, CEO of Acme, who signed"; not a clause of its
own after it ("attended by A, B, and senior officials, and the MoU was signed by …")."""
_NEW_CLAUSE = re.compile(
    r"\b(?:while|whereas|but|when)\b|[,\uff0c]\s*as\b"
    r"|\bas\b(?=[^.;\u3002\uff1b]{0,240}?\b(?:looked\s+on|looking\s+on|watched)\b)|而"
)
"""Words that open another clause within a sentence: "A and B signed the MoU, while C and
D looked on", ", as C and D looked on", "as C, D and E looked on"; not "as" of a role
("signed by Lin Tao as CEO of Acme")."""


class _Governing(NamedTuple):
    """Words that govern the name before them (witnessing, attending), reached from its
    end within its clause ("张三出席", "Wu Fang and Ada Reyes attended") or across the
    commas of a list of people it heads ("Mayor Wu Fang, Governor Ada Reyes, and Minister
    Li Ming attended"); never past ; : . 。；：, nor past a ``stop`` (a signing word).

    ``reach`` finds the nearest verb, group ``list`` holding the commas crossed; what may
    not stand on the way (``stop``; across a list, a clause's word as in "Lin Tao,
    president of a firm that attended the fair, signed") is looked for afterwards, once,
    not at every letter: what stands before the nearest verb stands before every later
    one too, so then no verb governs the name."""

    reach: re.Pattern[str]
    stop: re.Pattern[str]

    def governs(self, text: str, until: int, end: int) -> tuple[bool, bool]:
        """(whether the verb governs the name ending at ``until``, whether it was
        reached across a list's commas)."""
        verb = self.verb(text, until, end)
        return verb is not None, verb is not None and verb[1]

    def verb(self, text: str, until: int, end: int) -> tuple[int, bool] | None:
        """Where the verb that governs the name ending at ``until`` starts, and whether it
        was reached across a list's commas; None when no verb governs it."""
        found = self.reach.match(text, until, end)
        if found is None:
            return None
        at = found.start("verb")
        stop = self.stop.search(text, until, end)
        if stop is not None and stop.start() < at:
            return None
        if found["list"] is None:
            return at, False
        return None if _RELATIVE.search(text, until, at) else (at, True)


def _governing(stop: str, first: str, verbs: str) -> _Governing:
    """``verbs`` (which begin with one of the letters ``first``: a cheap test spares the
    alternation at every other letter) as they govern a name; see ``_Governing``."""
    item = rf"{_IN_CLAUSE}{{0,{_LIST_ITEM}}}?[,\uff0c](?!{_OPENS_CLAUSE})"
    reach = (
        rf"(?:{_IN_CLAUSE}{{0,40}}?|(?P<list>(?:{item}){{1,16}}?){_IN_CLAUSE}{{0,{_LIST_ITEM}}}?)"
        rf"(?=[{first}])(?P<verb>{verbs})"
    )
    return _Governing(re.compile(reach, re.IGNORECASE), re.compile(stop, re.IGNORECASE))


# "在…(的)见证下" puts someone else as witness: "陈清国与李明在市长吴芳的见证下签署", whose
# 见证 is not the signers'.
_WITNESSES_AFTER = _governing(
    rf"sign|签|在{_IN_CLAUSE}{{0,30}}?见证下",
    "wlpchmou见主揭",
    r"\b(?:witness(?:ed|es))\b(?!\s+by)|\blooked\s+on\b|\bwatched\s+as\b|见证"
    # ... who presided and did not sign too: "Li Ming chaired it and signed", "主持并签署",
    # "Mayor Li hosted President Wang, and the two signed", "with Li Ming presiding"; nor
    # who unveiled what was founded, the spec's witnesses ("王五为研究院揭牌"; not "揭牌后
    # 与李四签署").
    r"|(?:\b(?:presid(?:ed|es)|presiding(?=\s+over\b|\s*[,.;)]|\s*$)|chaired|hosted|moderated"
    r"|officiated|unveil(?:ed|s)|watched)\b(?!\s+by)|主持|(?:揭牌|揭幕)(?!仪式))"
    rf"(?!{_SIGNED_TOO}"
    r"|[^.;\u3002\uff1b]{0,80}?\b(?:and|after\s+which|before)\s+(?:the\s+two(?:\s+(?:leaders"
    r"|men|women|officials))?|both(?:\s+of\s+them)?)\s+(?:then\s+|also\s+|jointly\s+)?sign)",
)
# Attending or speaking governs a name too: the spec's "people who only attended, spoke"
# are no signatories though the sentence says "signed" ("校长张三出席签约仪式，副校长林涛
# 与周博签署协议", "Lin Tao spoke at the ceremony where the agreement was signed"); unless
# they signed as well ("attended and signed", "出席签约仪式，并代表甲大学签约").
_ATTENDS_AFTER = _governing(
    rf"sign|签|在{_IN_CLAUSE}{{0,30}}?陪同下",
    "asdgcw出参致讲发祝陪",
    r"(?:\b(?:attended|attends|spoke|speaks|addressed"
    r"|(?:delivered|gave)\s+(?:a|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:speech|address|remarks"
    r"|vote\s+of\s+thanks)|welcomed\s+the\s+(?:guests|delegation|delegates|participants)"
    r"|graced\s+the\s+(?:occasion|event|ceremony)|(?:congratulated|accompanied)(?!\s+by))\b"
    r"|出席|参加(?!签约(?!仪式))|致辞|讲话|发言|(?:表示)?祝贺|陪同)"
    rf"(?!{_SIGNED_TOO})",
)
# Presiding governs a name as a witness's evidence: "签约仪式由副市长王晓东主持，市委书记李强
# 见证签约" says 李强 witnessed, not the presider; unless they witnessed or unveiled as well
# ("主持仪式并见证签约", "presided and then unveiled the plaque").
_WITNESSED_TOO = (
    rf"(?!{_IN_CLAUSE}{{0,30}}?(?:[,\uff0c]\s*)?(?:并|随后|\band\s+(?:also\s+|then\s+|later\s+)?)"
    r"(?:共同|jointly\s+)?(?:见证|witness|unveil|inaugurat|为[^.;\u3002\uff1b]{0,20}?(?:揭牌|揭幕)"
    r"|揭牌|揭幕|挂牌|授牌))"
)
_PRESIDED_BY = re.compile(
    rf"(?:{_PRESIDED_OVER_BY}{_IN_CLAUSE}{{0,60}}|主持人[:：]?\s*)$",
    re.IGNORECASE,
)
_PRESIDES_AFTER = _governing(
    r"见证|witness|unveil|inaugurat|揭牌|揭幕|挂牌|授牌|启动键|启动球|共同启动",
    "pcmho主",
    r"(?:\b(?:presid(?:ed|es)|presiding(?=\s+over\b|\s*[,.;)]|\s*$)|chaired|hosted|moderated"
    rf"|officiated)\b(?!\s+by)|主持(?!人)){_WITNESSED_TOO}",
)
# Who unveiled: the unveiling words after the name in its clause, signing words between
# or not ("张三与李四签署协议并共同为实验室揭牌", "signed the agreement and jointly unveiled
# the plaque"), or in the next clause of the same subject (``_GOES_ON``), or across a list
# of people it heads ("Li, Xie, Chen and Wu jointly unveiled"); not past a clause that
# signed and ended ("张三与李四签署协议，市长王五为实验室揭牌"), unless the same subject
# goes on ("签约后，共同为实验室揭牌", "signed it, and jointly unveiled").
_UNVEILING = (
    r"\b(?:unveil(?:ed|s|ing)?|inaugurat(?:ed|es|ing))\b(?!\s+by)"
    r"|(?:揭牌|揭幕|挂牌|授牌)(?!仪式)|共同启动|启动键|启动球"
)
_GOES_ON = (
    r"[,\uff0c]\s*(?:(?:随后|之后|然后|签约后|会后)\s*[,\uff0c]?\s*)?"
    r"(?:并(?!由|请|邀请)|(?=二人|两人|双方|他们|共同|一起|还|又)"
    r"|and\s+(?:then\s+|also\s+|later\s+|jointly\s+)?(?=unveil|inaugurat)|then\s+)"
)
"""After a clause, the same subject going on: "签署协议，并共同为…揭牌", "签约，随后二人为…
揭牌", "signed it, and jointly unveiled"; not "，并由市长王五揭牌", "，随后市长王五揭牌"."""
_UNVEILS_IN_CLAUSE = re.compile(
    rf"(?:[,\uff0c]\s*who\s+(?:also\s+|then\s+|later\s+)?(?:jointly\s+)?"
    rf"|(?:{_IN_CLAUSE}{{0,{_LIST_ITEM}}}?{_GOES_ON})?{_IN_CLAUSE}{{0,{_LIST_ITEM}}}?)"
    rf"(?:{_UNVEILING})",
    re.IGNORECASE,
)
_UNVEILS_AFTER = _governing(
    r"(?:sign|签)(?![^,\uff0c]*后[,\uff0c])[^,\uff0c]*[,\uff0c](?!\s*(?:并|随后|然后|之后|又|还|共同"
    r"|and\b|then\b|later\b|after\s+which\b))",
    "ui揭挂授共启",
    _UNVEILING,
)
_UNVEILED_BY = re.compile(rf"\b(?:unveiled|inaugurated)\s+by\b{_IN_CLAUSE}{{0,60}}$", re.IGNORECASE)
# Signing words that govern a name, as the role moves read them (``Checker.states``): "Lin
# Tao and Zhou Bo signed the MoU", "林涛与周博签署协议", "signed by Lin Tao and Zhou Bo";
# not past witnessing, presiding or attending words ("吴芳见证签约", "Wu Fang, who attended,
# signed" is left alone), nor a "who"/"where" clause ("the city where the MoU was signed").
# Not what makes a witness's evidence fail: 签约 also names things (签约现场, 签约企业), and
# people "signed as witnesses" (a review's finds).
_SIGNS_AFTER = _governing(
    rf"\b(?:witness(?:ed|es|ing)?|presid(?:ed|es|ing)|chaired|attend(?:ed|s|ing)?|looked\s+on"
    rf"|watch(?:ed|es)?)\b|见证|主持|出席|致辞|在{_IN_CLAUSE}{{0,30}}?见证下",
    "sipacbuwe签互",
    _SIGNED_WORDS,
)
_SIGNER_LEAD = re.compile(
    rf"\b(?P<lead>(?:signed|countersigned|inked|penned)\s+by)\b{_LEAD_REACH}", re.IGNORECASE
)
"""Signing words before a name: "signed by Lin Tao", "inked by Lin Tao and Zhou Bo"."""
_WITNESS_VERB_AFTER = _governing(
    r"sign|签|ink|pen",
    "wlw见",
    r"\bwitness(?:ed|es)\s+(?:it\b|(?:(?:the|this|its|their)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:signing|ceremony|exchange|agreement|mou|memorand\w*|pact|deal|contract)s?\b(?!['\u2019]))"
    r"|\blooked\s+on\b|\bwatched\b(?!\s+by)"
    r"|见证(?=下|[\uff0c\u3002\uff1b,.;]|$|[^\uff0c\u3002\uff1b,.;]{0,8}?(?:签|协议|仪式|合同|备忘录|合作))",
)
"""Witnessing words after a name, of a signing, and no unveiling or presiding ("Li Guohua
and Sun Haitao witnessed the signing", "吴芳见证签约"; not "张三见证了两校的友谊", "was
watched by"): what the role moves take for a witness's."""
_WITNESS_LEAD = re.compile(rf"\b(?:{_WITNESS_LEAD_WORDS}){_LEAD_REACH}", re.IGNORECASE)
_DEAL_WORD = (
    r"\b(?:agreements?|mous?|memorand\w*|contracts?|pacts?|deals?|accords?|treaty|protocols?"
    r"|letters?\s+of\s+intent|frameworks?)\b|协议|合同|备忘录|协定|意向书|合作书"
)
_DEAL_SIGNED = re.compile(
    rf"(?:\s+(?:[\w'\u2019-]+\s+){{0,4}}?|[^\s,.;\uff0c\u3002\uff1b]{{0,10}}?)(?:{_DEAL_WORD})"
    r"|(?<=签约)(?![\u4e00-\u9fff])|(?<=签约)(?=并|后|。|，)",
    re.IGNORECASE,
)
"""After a signing verb, what it signed, as the role moves need it said: an agreement
within a few words ("signed the strategic cooperation MoU", "签署合作协议", "代表双方签约。");
not "signed the guest book", "signed a letter of support for the agreement", "在签约现场
签名"."""
_DEAL_BEFORE = re.compile(rf"(?:{_DEAL_WORD})(?:[^.;\u3002\uff1b]{{0,30}})$", re.IGNORECASE)
"""Before "signed by", the agreement it signed: "The MoU was signed by …"."""
_ONLY_SUPPORTED = re.compile(r"support|backed|help|assist|guidance|支持|帮助|指导", re.I)
"""Facilitating words that may be of anything, not of a deal: support, help, guidance."""
_BROKERED = re.compile(
    r"broker|facilitat|mediat|matchmak|牵线|撮合|促成|推动|协调|引荐|介绍|搭桥", re.IGNORECASE
)
"""Facilitating words of a deal whatever else they stand with ("在X的牵线和支持下")."""
_OF_A_DEAL = re.compile(
    rf"{_SIGNED_WORDS}|{_DEAL_WORD}|{_FOUNDING.pattern}|达成|合作|签约|仪式|对接|联系|结为|关系"
    r"|友好|姊妹|洽谈|会谈|会见|谈判|磋商|携手"
    r"|\b(?:reached|struck|sealed|clinched|agreed|partnerships?|collaborat\w*|ceremony|tie-up"
    r"|joint\s+venture|team(?:ed|s)?\s+up|negotiat\w*|made\s+possible|talks|meetings?|met"
    r"|consortium|link|ties|relationship|brings?\s+together|partners?|twinning|sister"
    r"|co-?operation|signing|consultations?|invest\w*"
    r"|brought\s+(?:\w+\s+){0,3}together)\b",
    re.IGNORECASE,
)
"""What makes a sentence's support words a facilitator's: a signing, a deal, a founding,
talks or a partnership in it."""
_OPENS_PHRASE = frozenset(
    {"as", "while", "whilst", "when", "with", "before", "after", "during", "amid", "under",
     "to", "from", "by", "respectively", "today", "yesterday", "on", "in", "at", "for"}
)  # fmt: skip
"""Words after a name that open a phrase, not its verb: "signed by A and B as C looked on"."""
_ANOTHERS_WITNESSING = re.compile(
    rf"\b(?:{_WITNESS_LEAD_WORDS})\b|在[^,;.\uff0c\uff1b\u3002]{{0,30}}?见证下|见证下"
    r"|\b(?:as|while|with)\s+[^,;.]{1,60}?\b(?:look(?:ed|ing)\s+on|watch(?:ed|ing)|witness(?:ed|ing))\b",
    re.IGNORECASE,
)
"""Words that lead in someone else's witnessing before a clause: "In the presence of X,",
"Witnessed by X,", "在X的见证下，", "As X looked on,"."""
_AS_WITNESS = re.compile(r"[^,;.]{0,60}?\s+as\s+(?:a\s+|the\s+)?witness", re.IGNORECASE)
"""After a name, that it signed as a witness: "signed by A and B as witnesses"."""
_IN_THE = re.compile(r"\b(?:at|in)\s+the\b", re.IGNORECASE)
"""Between "signed by" and a name, a place or an occasion: "signed by A and B in the office
of Chief Minister X" (X did not sign)."""
_OWN = re.compile(
    r"['\u2019]s\b|(?<=s)['\u2019](?=\s)|的(?!签名|签字)"
    r"|['\u2019](?=\s+(?:aide|deputy|representative|envoy|delegate|delegation|office|team"
    r"|secretary|adviser|advisor|spokesperson|spokesman|spokeswoman)s?\b)"
)
"""After a name, a possessive: whose representative, aide or deputy came or signed
("Governor X's representative", "Governor Reyes' aide", "Governor Haddad' aide", "市长
王五的代表"); not a closing quote ("'… signed by Lin Tao' said"), nor one's own signature
("林涛的签名")."""
_SIGNED_OFF = re.compile(r"sign\w*\s+off\b", re.IGNORECASE)
# What a jointly founded body is called (spec: institutes, R&D bases, centres, labs), and
# the colleges a partnership founds (产业学院, an industry-education college, common in
# university and industry deals); a college that signs is not said to be founded
# (``Checker.founded``).
_ENTITY_KIND = re.compile(
    r"\b(?:cent(?:er|re)s?|institutes?|bases?|lab(?:oratory|oratories|s)?|platforms?|parks?"
    r"|academ(?:y|ies)|hubs?|stations?|alliances?|incubators?|consortium|observatory|studios?"
    r"|colleges?|joint\s+(?:\w+\s+){0,2}(?:schools?|units?))\b"
    r"|\u4e2d\u5fc3|\u7814\u7a76\u9662|\u7814\u7a76\u6240|\u57fa\u5730|\u5b9e\u9a8c\u5ba4"
    r"|\u5e73\u53f0|\u56ed|\u8054\u76df|\u5de5\u4f5c\u7ad9|\u5b75\u5316\u5668"
    r"|学院|研究生院|工作室|研究室|联合体|共同体|小院|(?:校区|分校|医院|学校)$",
    re.IGNORECASE,
)
# A place of signing is introduced as one: "in Ridgeport", "held at the Grand Hall", "在合肥",
# unless it is where a party sits or what the deal does ("headquartered in Shenzhen",
# "总部位于深圳", "investment in Anhui", "将在合肥共建…", "在甲大学设立奖学金"); or as where
# the signers went to sign: "went to HMCTG to attend the signing", "赴合肥出席签约仪式",
# "来到乙公司，双方签署" (a signing said after it: not "签约后赴上海考察"), "visited
# Ridgeport, where". A venue may have its owner or a word before it: "at the university's
# Jinshan Campus", "on the Jinshan Campus", "在学校南湖校区", "在乙公司总部大楼".
_AT_PLACE = re.compile(
    r"(?:\b(?:in|at|on)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?[\w-]+['\u2019]s\s+"
    r"|(?:newly\s+(?:built|completed|opened|renovated)|new|main)\s+)?"
    r"|[\u5728\u4e8e](?:学校|[\u4e00-\u9fff]{1,12}?(?:大学|学院|公司|集团|政府))?)$",
    re.IGNORECASE,
)
# ... nor where someone was born or lives, or a company is ("a robot maker in Hangzhou").
_SEAT_BEFORE = re.compile(
    r"(?:\b(?:located|based|headquartered|headquarters(?:\s+(?:is|are))?|born|raised"
    r"|lives|living|resides|residing"
    r"|maker|manufacturer|firm|company|enterprise|supplier|provider|operator"
    r"|(?:with|has|have|had|operates|operating|runs)\s+(?:\w+\s+)?(?:plants|factories|offices"
    r"|operations|branches|facilities|subsidiaries)"
    r"|invest(?:ment|ments|ed|s|ing)?(?:\s+\S+){0,4})\s+(?:in|at)\s+(?:the\s+)?|位于"
    r"|总部(?:设)?在)$",
    re.IGNORECASE,
)
_BUILT_BEFORE = re.compile(
    r"(?:\b(?:build|establish|set\s+up|construct|open|create)\w*"
    r"|\b(?-i:develop(?:s|ed|ing)?|expand(?:s|ed|ing)?|expansion\s+of)\b"
    r"|(?:共建|建设|设立|落户)(?!银行|集团|公司|局|厅|股份|有限|合作协议|协议))"
    rf"(?:(?!ceremon|held|sign|仪式|举行|签){_IN_CLAUSE})*$",
    re.IGNORECASE,
)
"""What the deal builds, said before the place in its clause: "agreed to jointly build a
research centre in Hangzhou", "to develop energy projects in Hefei", "the expansion of the
port in Ningbo": where it will be, not where it was signed; but "to set up a lab, at a
ceremony in Hangzhou" is the signing's."""
_DONE_THERE = re.compile(
    r"^\s*(?:(?:等地)?(?:联合|共同|携手|合作)?(?:共建|设立|投资|建设|建厂|开设|落户"
    r"|设有|(?:落地|建成|试点|开展|推进|实施)(?![^;.\uff1b\u3002在于]*?(?:签|会|仪式)))"
    r"|(?:will\s+|to\s+)?(?:jointly\s+)?(?:build|establish|set\s+up|invest|open))",
    re.IGNORECASE,
)
_VENUE_REACH = 40
"""How far before a place (characters) the words that introduce it are read."""
_WENT_TO = re.compile(
    r"(?:\b(?:(?:went|came|travell?ed|headed|returned|flew|flown)\s+to"
    r"|visit\s+(?:by\s+[^,;.]{1,60}?\s+)?to|arrived\s+(?:in|at))\s+(?:the\s+)?|赴|来到|走进)$",
    re.IGNORECASE,
)
"""Where the signers went to sign, the signing said after it: "went to HMCTG to attend the
signing", "During his visit to Kuala Lumpur, the minister signed", "赴合肥出席签约仪式"."""
_EARLIER_BEFORE = re.compile(
    r"(?:此前|之前|早前|前期)[,\uff0c]?[^,;.\uff0c\uff1b\u3002签]{0,30}?[在于]$"
)
"""Before a place, that what happened there came before: "此前，双方在上海举行了多轮会谈"
(not "The MoU was signed earlier today in New Delhi": English "earlier" dates the signing
as often as not)."""
_AFTER_SIGNING = re.compile(
    r"签(?:约|字)(?:仪式)?(?:结束)?后\s*[,\uff0c][^\u3002\uff1b签]*$"
    r"|\bafter\s+the\s+signing\b[^,.;]*,(?!\s*(?:which|that|held|hosted)\b)"
    r"(?![^.;]*\b(?:held|took\s+place|signed|inked)\b)[^.;]*$",
    re.IGNORECASE,
)
"""From the sentence's start to a place, an opening that puts what happens there after the
signing: "签约仪式后，双方在上海召开了座谈会", "After the signing, the delegates toured a
factory in X" (read on the whole opening, which may be longer than the place's words)."""
_PLANNED_BEFORE = re.compile(
    r"(?:(?<!将近)将(?!近)|拟|计划|争取|明年起?|今后)[\u4e00-\u9fff]{0,4}?[在于]$"
    r"|\b(?:will|would|shall|(?:aims?|plans?|seeks?|intends?|expected|going)\s+to)\s+"
    r"(?:(?!sign|ink|ceremon|take\b|be\b|meet|met\b|held\b|was\b|were\b|\w+ed\b)[\w-]+\s+){1,5}?"
    r"(?:in|at)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
"""Before a place, that what happens there comes later: "签约项目将在成都落地", "the company
will manufacture vaccines in Kigali", "aims to boost tourism in Sabah"."""
_SIGNED_THERE_ZH = re.compile(r"[^,;.\uff0c\uff1b\u3002]{0,12}?签")
"""After a place an earlier sentence names, a signing there ("此前，在3月3日于北京举行的签约
仪式上"), not talks ("此前，双方在上海举行了多轮会谈")."""
_SIGNED_THERE = re.compile(r"[^,;.\uff0c\uff1b\u3002]{0,12}?(?:签|举行|\bsign)", re.IGNORECASE)
"""After a place that a plan or an after-signing opening introduces, a signing or ceremony
there all the same: "签约仪式后，双方还在北京签署了第二份协议", "双方将在北京举行签约仪式"."""
_PLACE_THEN = re.compile(
    r"(?:(?:[A-Z][\w'&.-]*\s+(?:(?:of|the|for|and|de|du|di)\s+)*){0,5}[A-Z][\w'&.-]*"
    r"(?:,\s*|\s+(?P<and>and)\s+)"
    r"|(?<=[在于])[\u4e00-\u9fff]{1,10}?[\u3001和])$"
)
"""Before a place, another one it goes with: a venue and its city ("at Nirman Bhawan, New
Delhi", "at the Ministry of Foreign Affairs, Nairobi"), two cities ("in Singapore and
Jakarta", "在北京、武汉两地")."""
_ADMIN_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff]{2})[市省县区]$|\s+(?:City|Province|County)$")
"""A place's administrative word, which a model adds to the name the text gives the venue
("合肥市" where "签约仪式在合肥举行", "Yingkou City")."""
_DATELINE = re.compile(
    r"^[^\S\n]*(?:(?P<city>[A-Z][A-Za-z.'\u2019-]*(?:[ ][A-Z][A-Za-z.'\u2019-]*){0,3}),[ ]+"
    r"(?:[A-Z][a-z]{2,8}\.?[ ]+\d{1,2}|\d{1,2}[ ]+[A-Z][a-z]{2,8})\b"
    r"|(?P<caps>[A-Z][A-Z .'\u2019-]{2,30}?|[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})[ ]*:[ ]+(?=[A-Z])"
    r"|(?:新华社|中新社|中新网|人民网|新华网|央视网|光明网|本报)?(?P<zh>[\u4e00-\u9fff]{2,4}?)"
    r"\d{1,2}月\d{1,2}日(?:电|讯))",
    re.MULTILINE,
)
"""A wire story's dateline, at a line's start near the top: "KUALA LUMPUR, Jan 10 (Bernama)
--", "CHENNAI:", "Mumbai: The …", "新华社北京3月3日电", "本报北京3月3日电"."""
_DATELINE_REACH = 600
_SIGNED_HERE = (
    r"\b(?:signed|inked|exchanged)\b(?:(?!\b(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])|\bsaid\b"
    r"|\bto\s+(?-i:[a-z])+\s)[^,;.]){0,80}?\bhere\b(?!\s+(?:said|says|stated|told))"
)
"""A signing said to be "here", in its own clause: "signed a memorandum of understanding
here today"; not "signed … in Tokyo, officials said here", "glad to be here to sign"."""
_CITY_SHORT = {"北京": "京", "上海": "沪", "天津": "津", "重庆": "渝", "广州": "穗", "成都": "蓉",
               "武汉": "汉", "南京": "宁", "杭州": "杭", "福州": "榕", "南宁": "邕"}  # fmt: skip
"""The one-character names a Chinese dateline's city goes by in its story: 在京签署."""
_VENUE_AFTER = re.compile(
    r"^\s*(?:was|were|is|served\s+as)\s+(?:the\s+)?(?:venue|setting|site\s+of\s+the\s+"
    r"(?:signing|ceremony))\b",
    re.IGNORECASE,
)
_PLACES_END = re.compile(
    r"^\s*(?:[,.;]|$|(?:simultaneously|respectively|on|at|in|by|via|through)\b)", re.IGNORECASE
)
"""After the second of two places ("in Singapore and Jakarta simultaneously"), what ends
them: not a verb of its own ("in Nairobi and Mombasa will host")."""
_ANOTHER_VENUE = re.compile(
    r"\bin\s+(?!(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English"
    r"|Chinese|French|Arabic|Swahili|Malay|Hindi|Spanish|Portuguese|Russian)\b)[A-Z]"
)
"""In a visit's sentence, a city of its own ("Fresh from a visit to Beijing, the minister
signed the MoU in Nairobi"): the visit's place is not the signing's (a building "at" the
visited city is inside it; a month or a language is no place)."""
_ATTRIBUTIVE = re.compile(
    r"\s+(?:plant|factory|facility|site|campus|offices?|headquarters|port|mine|project|branch)\b"
)
"""After a place, a noun it qualifies: "a visit to the Kisumu plant" visits no city."""
_VENUE_LEAD = re.compile(
    r"\bvenue\s+(?:for|of)\s+[^,.;]{0,40}?\s+(?:was|is)\s+(?:the\s+)?$", re.IGNORECASE
)
"""A place named as the venue: "X was the venue of the signing", "The venue for the signing
was X"."""
_VISITED = re.compile(r"\bvisit(?:ed|ing)\s+(?:the\s+)?$", re.IGNORECASE)
_WHERE = re.compile(r"^\s*,?\s*where\b", re.IGNORECASE)
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
# Sentence ends: ".!?;" before a letter that is not lower case (a capital in any script,
# "Émile", "Ｊohn", or CJK) or a quote, so "Co., Ltd. jointly" runs on, except after a
# title's abbreviation (_ABBREVIATION) or an initial (_INITIAL); after a company's "Ltd."
# only before a word that opens sentences (_COMPANY_END); CJK stops; paragraph breaks.
# Single line breaks are not ends, since articles are often hard-wrapped.
_ABBREVIATION = re.compile(
    r"(?<![A-Za-z])(?:Dr|Prof|Mr|Ms|Mrs|Mx|Messrs|Mme|Hon|Gov|Sen|Rep|Rev|Amb|Assoc|Asst|Engr|Gen|Lt"
    r"|Col|Maj|Capt|Cdr|Adm|Sgt|Supt|Insp|Smt|Kum|St|No|Nos|Mt)\.$"
)
"""Abbreviations that stand before a name or another word of one: titles and honorifics
("Gov. Jane Whitfield", "Assoc. Prof. Mark Ellison", "Smt. Anita Rao"). Not those that
end a name and may end its sentence ("Robert Smith Jr. Mayor Wu attended", "the Commerce
Dept. The …")."""
_NAME_END = re.compile(
    r"(?<![A-Za-z])(?:Jr|Sr|Univ|Dept|Govt|Inst|etc|vs|[ap]\.m)\.$", re.IGNORECASE
)
"""Abbreviations that end a name or a time ("Robert Smith Jr.", "Beta Univ.", "10 a.m."):
a sentence may end with them, but where it runs on they end no clause."""
_FORM_BEFORE_FORM = re.compile(r"(?<![A-Za-z])(?:Pvt|Pte|Pty|Sdn)\.$")
_SECOND_FORM = re.compile(r"(?:Ltd|LTD|Limited|Bhd|BHD|Berhad)\b")
"""The legal forms written in two parts: "Tata Elxsi Pvt. Ltd.", "Acme Pte. Ltd.",
"Petronas Sdn. Bhd.", one sentence."""
_COMPANY_END = re.compile(r"(?<![A-Za-z])(?:Co|Ltd|Inc|Corp|Bhd)\.$")
_OPENER = re.compile(
    r"(?:The|This|These|That|Those|It|Its|They|Their|He|She|His|Her|We|Our|Both|Under"
    r"|In|On|At|After|Before|During|As|According|Also|Meanwhile|However|There|A|An)\b"
)
"""Words that open a sentence, not a name: "… signed with Bluefin Marine Co., Ltd. The
mayor attended" ends before "The"; "… Co., Ltd. Chairman Wang Wu signed" runs on."""
_STOPS = ".!?;"
_WIDE_STOPS = "\u3002\uff01\uff1f\uff1b"
_SENTENCE_END = re.compile(
    # One character opens every kind of end, so that the regex engine skips from one
    # such character to the next (a pattern opening with a lookbehind is tried at every
    # character: four times the time); the lookbehinds then say which kind it opens.
    rf"[{_STOPS}{_WIDE_STOPS}\r{LINE_BREAKS}\u2029]"
    rf"(?:(?<=[{_STOPS}])"
    + r"\s+(?=(?P<next>[^\W\d_]|[\"\u201c\u2018(]))"
    + rf"|(?<=[{_WIDE_STOPS}\u2029])"  # a CJK stop, a paragraph separator
    + rf"|(?<=\r)(?:\n|(?!\n))\s*{LINE_BREAK}"  # two line breaks, the first a CR or CRLF
    + rf"|(?<=[{LINE_BREAKS}])\s*{LINE_BREAK})"  # ... or another
)
_PARAGRAPH = re.compile(PARAGRAPH_BREAK)
_LETTERED = (
    r"(?:Party|Company|Side|Phase|Zone|Class|Plan|Group|Grade|Level|Type|Team|Block|Building"
    r"|Hall|Room|Article|Section|Part)\b"
)
"""Words a letter labels ("Party A", "Plan B"), which are no names."""
_INITIAL = re.compile(
    rf"(?:(?<![A-Za-z])(?!{_LETTERED})[A-Z][a-z]+\.?\s+|(?<![A-Za-z])[A-Z]\.\s*)"
    r"(?<![A-Za-z])[A-Z]\.$"
)
"""An initial after a name, a title or another initial ("James R.", "U.S.", "Dr. V. K.
Saraswat"): no sentence end. A label's letter is one ("signed for Party A. Mayor Wang Wu
attended")."""
_LONE_INITIAL = re.compile(r"(?<![A-Za-z])[A-Z]\.$")
_LABEL_LETTER = re.compile(rf"\b{_LETTERED}\s+[A-Z]\.$")
_NEXT_INITIAL = re.compile(r"\s+[A-Z]\.\s")
_INITIAL_AFTER_WORD = re.compile(r"\b(?:by|of|with|from|between|including)\s[A-Z]\.$")
_SURNAME_NEXT = re.compile(rf"\s+(?!{_OPENER.pattern})[A-Z][a-z]")
"""After a lone capital's full stop (not a label's letter, ``_LETTERED``), what makes it a
name's first initial: another initial ("in the presence of K. T. Rama Rao"), or, after a
word that leads a name, a name that is no sentence's first word ("signed by S. Kumar";
not "signed with Alpha and B. The …", nor after "and": "Parties A and B. Mayor Wu …")."""


@functools.lru_cache(maxsize=8)
def sentence_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence; see ``_SENTENCE_END`` for what ends one. Kept for
    the last texts: the documents pass's request and the guard read the same article
    (a tenth of a cache hit's time went on reading it twice)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        after = match.group("next")
        stop = match.start() + (text[match.start()] in _STOPS + _WIDE_STOPS)  # kept in it
        paragraph = after is None or _PARAGRAPH.search(match.group()) is not None
        if after and not paragraph and _runs_on(text, stop, match.end(), after):
            continue  # "Co., Ltd. jointly", "James R. Smith" run on; a paragraph ends
        bounds.append((start, stop))
        start = match.end()
    bounds.append((start, len(text)))
    return tuple(bounds)


def _runs_on(text: str, stop: int, after_at: int, after: str) -> bool:
    """Whether the stop ending ``text[:stop]`` is no sentence end: a lower-case word
    follows, or it ends an abbreviation or an initial, or a company's abbreviation before
    a name."""
    if (
        after.islower()
        or _ABBREVIATION.search(text, max(0, stop - 8), stop)
        or _initial(text, stop)
        or (
            _FORM_BEFORE_FORM.search(text, max(0, stop - 5), stop)
            and _SECOND_FORM.match(text, after_at)
        )
    ):
        return True
    return bool(_COMPANY_END.search(text, max(0, stop - 5), stop)) and not _OPENER.match(
        text, after_at
    )


def _initial(text: str, stop: int) -> bool:
    """Whether the full stop ending ``text[:stop]`` is an initial's (``_INITIAL``,
    ``_NEXT_INITIAL``, ``_INITIAL_AFTER_WORD``)."""
    if _INITIAL.search(text, max(0, stop - 40), stop):
        return True
    if not _LONE_INITIAL.search(text, max(0, stop - 2), stop) or _LABEL_LETTER.search(
        text, max(0, stop - 12), stop
    ):
        return False
    return bool(
        _NEXT_INITIAL.match(text, stop)
        or (
            _INITIAL_AFTER_WORD.search(text, max(0, stop - 16), stop)
            and _SURNAME_NEXT.match(text, stop)
        )
    )


_DOT = re.compile(r"\.")


def _inner_dots_blanked(text: str, bounds: tuple[tuple[int, int], ...]) -> str:
    """``text`` with the full stops of abbreviations and initials as spaces ("witnessed by
    Prof. Barnabas Nawangwe", "Dr. V. K. Saraswat", "Co., Ltd.", "a.m."), which the rules'
    clauses would otherwise end at; not a sentence's end, though the sentence runs on
    ("signed by Zhou Bo. 30 guests attended"). Same length, same offsets."""
    ends = {end - 1 for _, end in bounds}
    inner = [
        found.start()
        for found in _DOT.finditer(text)
        if found.start() not in ends and _abbreviating(text, found.start())
    ]
    if not inner:
        return text
    chars = list(text)
    for at in inner:
        chars[at] = " "
    return "".join(chars)


def _abbreviating(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` is an abbreviation's or an initial's, or inside a
    word or number ("a.m.", "U.S.", "3.5"), or ends a name ("Jr.") in a sentence that runs
    on."""
    stop = dot + 1
    return (
        text[stop : stop + 1].isalnum()
        or bool(_ABBREVIATION.search(text, max(0, stop - 8), stop))
        or _initial(text, stop)
        or bool(_COMPANY_END.search(text, max(0, stop - 5), stop))
        or bool(_FORM_BEFORE_FORM.search(text, max(0, stop - 5), stop))
        or bool(_NAME_END.search(text, max(0, stop - 6), stop))
    )


class Checker:
    """Grounding and role-evidence checks over one article text.

    Role words are looked for in ``rules_text``, the text in Simplified characters (簽署,
    見證, 舉行 as 签署, 见证, 举行) and a full stop only where a sentence ends, whose
    offsets are the text's; values are found in ``text``, as written."""

    def __init__(self, index: SourceIndex, *, published: dt.date | None = None) -> None:
        self.index = index
        self.published = published
        """The page's date, given or read from its date line: a year the article names is
        this agreement's, not an earlier one's, when it is the page's own ("In 2024, the
        two … established X" in a story of 2024)."""
        self.text = index.text
        self._bounds = sentence_bounds(index.text)
        self.read_text = simplified(index.text)
        """The text in Simplified characters, as written otherwise."""
        self.rules_text = _inner_dots_blanked(self.read_text, self._bounds)
        self._starts = [start for start, _ in self._bounds]
        self._said: dict[tuple[re.Pattern[str], int], bool] = {}

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
        clause stops around it (see ``_IN_CLAUSE``)."""
        text, found = self.text, []
        for (start, end), mentions in self._by_sentence(value).items():
            for at, until in mentions:
                opening, closing = _between(text, _CLAUSE_STOPS, start, at, until, end)
                found.append((text[opening:closing], text[start:end]))
        return found

    def has_evidence(self, value: str, role: str, *, person: bool = False) -> bool:
        """True when a sentence that mentions the value also says its role (for a
        signatory, or says after the name in its clause that it signed before doing
        something else: ``_SIGNS_THEN``); for a signatory, where some mention is not
        governed by witnessing, presiding, attending or speaking words (see
        ``_WITNESSED_BY``, ``_ATTENDS_AFTER``); for a witness, where some mention is
        not governed by presiding words alone (``_PRESIDES_AFTER``). ``person``: the
        value is a person's name, whose mentions are found as :meth:`grounded` finds them
        (not inside a longer name: "Li Wei" attended, "Li Wei-ming" signed)."""
        for (start, end), mentions in self._by_sentence(value, person=person).items():
            if not (
                self._says(_EVIDENCE[role], start, end)
                or (role in _LIST_LABELS and self._listed(_LIST_LABELS[role], start, end, mentions))
                or (role == "witnesses" and self._attendees_witnessed(start, end, mentions))
                or (
                    role == "signatories"
                    and any(_SIGNS_THEN.match(self.rules_text, until, end) for _, until in mentions)
                )
            ):
                continue
            stood_by = {"signatories": self._stood_by, "witnesses": self._not_witnessing}.get(role)
            if stood_by is None or not all(
                stood_by(start, at, until, end) for at, until in mentions
            ):
                return True
        return False

    def _listed(
        self, label: re.Pattern[str], start: int, end: int, mentions: list[tuple[int, int]]
    ) -> bool:
        """Whether the sentence ``text[start:end]`` holds a mention in a list of people
        opened by ``label`` (see ``_LIST_LABELS``): after the label in the sentence, or in
        an item after it, the items between ended by semicolons (which end sentences) and
        none of them more than an organisation, a title and a name (``_only_names``)."""
        text = self.rules_text
        index = bisect.bisect_left(self._starts, start)
        items: list[tuple[int, int]] = []
        for lead in range(index, max(-1, index - 1 - _MOST_ITEMS), -1):
            lead_start, lead_end = self._bounds[lead]
            if lead_start == lead_end:
                continue  # the blank between two paragraphs (one item a paragraph)
            if lead < index and not text.endswith(_ITEM_END + _COLONS, lead_start, lead_end):
                return False
            opened = [found.end() for found in label.finditer(text, lead_start, lead_end)]
            if not opened:
                items.append((lead_start, lead_end))
                continue
            first = mentions[0][0] if lead == index else lead_end
            if opened[-1] > first or any(c in text[opened[-1] : lead_end] for c in _COLONS):
                return False
            if lead < index:
                items.append((opened[-1], lead_end))
            names_only = text[opened[-1] - 1] not in _COLONS  # "witnessed by A; B", no colon
            return all(self._an_item(*item, names_only=names_only) for item in items)
        return False

    def _an_item(self, start: int, end: int, *, names_only: bool) -> bool:
        """Whether ``text[start:end]`` may be an item of a list of people: short, and no
        verb (``_NO_ITEM``); ``names_only``, where no colon says a list follows, nothing
        but names, titles and bodies (``_only_names``)."""
        if end - start > _LONGEST_ITEM:
            return False
        if names_only:
            return _only_names(self.rules_text, start, end)
        return not _NO_ITEM.search(self.rules_text, start, end)

    def _attendees_witnessed(self, start: int, end: int, mentions: list[tuple[int, int]]) -> bool:
        """Whether the sentence ``text[start:end]`` says the person attended (attending
        words govern a mention, ``_attended``) and the next sentence that the attendees
        witnessed (``_ALL_WITNESSED``): not who sent another or did not come."""
        index = bisect.bisect_left(self._starts, start)
        after = (bounds for bounds in self._bounds[index + 1 :] if bounds[0] < bounds[1])
        following = next(after, None)  # past the blank between paragraphs
        if following is None or not self._says(_ALL_WITNESSED, *following):
            return False
        text = self.rules_text
        return any(
            (self._attended(start, at, until, end) or self._among_attendees(start, at, until))
            and not _ABSENT.match(text, until, end)
            and not _FOR_ANOTHER.search(text, max(start, at - 40), at)
            and not _OWN.match(text, until)  # "市长王五的代表赵六", "Governor X's aide"
            for at, until in mentions
        )

    def _among_attendees(self, start: int, at: int, until: int) -> bool:
        """Whether the name ``text[at:until]`` stands in a list of people that attending
        words lead earlier in its sentence ("出席签约仪式的有市长张三、副市长李四", "Present
        at the ceremony were A, B and C"), the list only naming them (``_only_names``) and the
        name no verb's subject ("attended by A, and B sent a letter")."""
        text = self.rules_text
        leads = list(_ATTENDEES_LEAD.finditer(text, max(start, at - 8 * _LIST_ITEM), at))
        next_word = _NEXT_WORD.match(text, until)
        return (
            bool(leads)
            and _only_names(text, leads[-1].end(), at)
            and (next_word is None or _only_names(text, *next_word.span()))
        )

    def _attended(self, start: int, at: int, until: int, end: int) -> bool:
        """Whether attending words govern the mention ``text[at:until]``: in its clause, or
        across a list of people that only names them, the name's own item too
        ("副省长张三，市委书记李四出席签约仪式"; not "市长张三致辞，李四出席", "校长张三会见
        董事长李四一行，副市长王五出席"); past whom the name stood for ("Mayor Wu,
        representing Governor Xu, attended")."""
        text = self.rules_text
        aside = _ON_BEHALF.match(text, until, end)
        verb = _ATTENDS_AFTER.verb(text, aside.end() if aside else until, end)
        if verb is None:
            return False
        verb_at, across = verb
        item_start = _between(text, _CLAUSE_STOPS, start, at, until, end)[0]
        return not across or (
            _only_names(text, until, verb_at) and _only_names(text, item_start, at)
        )

    def unveiled(self, name: str) -> bool:
        """Whether the article says the person unveiled or inaugurated something: the
        words govern a mention of the name (see ``_UNVEILS_AFTER``, ``_UNVEILED_BY``), or
        it is listed under "揭牌嘉宾："."""
        for (start, end), mentions in self._by_sentence(name, person=True).items():
            if self._listed(_UNVEILERS_LABEL, start, end, mentions):
                return True
            if any(self._unveils(start, at, until, end) for at, until in mentions):
                return True
        return False

    def states(self, name: str, role: str) -> bool:
        """Whether the article states the person's role plainly enough to move them into it
        from the other (``_in_its_role``): a signer in a clause that names an agreement,
        whom signing words govern across no word but names and titles ("Lin Tao and Zhou
        Bo signed the MoU", "signed by Lin Tao"; not "signed the guest book", "Governor
        Ada Reyes said Alpha and Beta signed"); a witness whom witnessing words govern in
        a sentence about a signing and no signing words do ("witnessed by Mayor Wu"; not
        "has witnessed the port's growth", "inked by A and B as C looked on"), or listed
        under a witnesses' label."""
        for (start, end), mentions in self._by_sentence(name, person=True).items():
            if role == "witnesses" and self._listed(_LIST_LABELS[role], start, end, mentions):
                return True
            plainly = self._signed_a_deal if role == "signatories" else self._witnessed
            if any(plainly(start, at, until, end) for at, until in mentions):
                return True
        return False

    def _not_witnessing(self, start: int, at: int, until: int, end: int) -> bool:
        """Whether the mention is no witness's though its sentence has witnessing words:
        presiding words govern it (``_presided``), or the witnessing words all lead in
        another's witnessing in clauses before its own (``_ANOTHERS_WITNESSING``), which
        says plainly that it signed ("In the presence of Mayor Wu, Lin Tao and Zhou Bo
        signed the MoU", "在市长吴芳的见证下，林涛与周博签署合作协议"). Not a name whose own
        clause or a later one witnesses ("签署省部合作协议，共同见证了12个项目签约", "signed
        the MoU as witnesses"), whose witnessing came first ("After witnessing the signing,
        Governor X signed a separate MoU", "作为见证人，律师吴芳也签署了该协议"), nor one a
        list reaches the signing verb across ("In the presence of A, B, Lin Tao and Zhou Bo
        signed": B is the first list's)."""
        text = self.rules_text
        if self._presided(start, at, until, end):
            return True
        clause = _between(text, _CLAUSE_STOPS, start, at, until, end)[0]
        if _EVIDENCE["witnesses"].search(text, clause, end):
            return False
        leads = [found.span() for found in _ANOTHERS_WITNESSING.finditer(text, start, clause)]
        if not all(
            any(lead_at <= found.start() < lead_end for lead_at, lead_end in leads)
            for found in _EVIDENCE["witnesses"].finditer(text, start, clause)
        ):
            return False  # "After witnessing the signing, Governor X signed …": X's own
        verb = _SIGNS_AFTER.verb(text, until, end)
        return verb is not None and not verb[1] and self._signed_a_deal(start, at, until, end)

    def _signed_a_deal(self, start: int, at: int, until: int, end: int) -> bool:
        """Whether the mention is a signer's as :meth:`states` reads one."""
        text = self.rules_text
        if _OWN.match(text, until) or self._stood_by(start, at, until, end):
            return False
        lead = _SIGNER_LEAD.search(text, max(start, at - _GOVERNS), at)
        if lead is not None and _only_names(text, lead.end("lead"), at):
            return bool(_DEAL_BEFORE.search(text, start, lead.start()))
        verb = _SIGNS_AFTER.verb(text, until, end)
        if verb is None or not _only_names(text, until, verb[0]):
            return False
        item_start = _between(text, _CLAUSE_STOPS, start, at, until, end)[0]
        if verb[1] and not _only_names(text, item_start, at):
            return False  # "Flanked by Mayor Wu, Lin Tao signed": Wu heads no list of signers
        signed = _SIGNED.match(text, verb[0])
        return (
            signed is not None
            and not _SIGNED_OFF.match(text, verb[0])
            and not text.startswith("签名", verb[0])
            and text[verb[0] : verb[0] + 8].lower() != "signator"  # "A, a signatory to …"
            and not self._unveils(start, at, until, end)
            and _DEAL_SIGNED.match(text, signed.end(), end) is not None
        )

    def _witnessed(self, start: int, at: int, until: int, end: int) -> bool:
        """Whether the mention is a witness's as :meth:`states` reads one."""
        text = self.rules_text
        return (
            self._says(_EVIDENCE["location"], start, end)
            and not self._presided(start, at, until, end)
            and not _SIGNS_AFTER.governs(text, until, end)[0]
            and not _SIGNER_LEAD.search(text, max(start, at - _GOVERNS), at)
            and bool(
                _WITNESS_VERB_AFTER.governs(text, until, end)[0]
                or _WITNESS_LEAD.search(text, max(start, at - _GOVERNS), at)
            )
        )

    def _unveils(self, start: int, at: int, until: int, end: int) -> bool:
        """Whether unveiling words govern the mention ``text[at:until]`` of its sentence."""
        text = self.rules_text
        return bool(
            _UNVEILS_IN_CLAUSE.match(text, until, end)
            or _UNVEILS_AFTER.governs(text, until, end)[0]
            or _UNVEILED_BY.search(text, max(start, at - _GOVERNS), at)
        )

    def venue_of_signing(self, value: str) -> bool:
        """True when some mention of the value is introduced as the place of signing (see
        ``_AT_PLACE``) in a sentence about the signing: a ceremony, or any words that say
        someone signed ("inked the MoU in X", "put pen to paper at X")."""
        signing = _EVIDENCE["location"]
        return any(
            _venue(self.rules_text[start:at], self.rules_text[until:end], signing)
            and self._says(signing, start, end)
            for (start, end), mentions in self._by_sentence(value).items()
            for at, until in mentions
        ) or self._signed_here(value)

    def _signed_here(self, place: str) -> bool:
        """Whether ``place`` is the dateline's city and a signing is said to be "here" in
        its clause ("KUALA LUMPUR, Jan 10 (Bernama) -- … signed an MoU here today",
        "新华社北京3月3日电 … 3日在京签署"; ``_SIGNED_HERE``): wire copy names the city once,
        at the top."""
        text = self.rules_text
        dateline = _DATELINE.search(text, 0, _DATELINE_REACH)
        if dateline is None:
            return False
        city = dateline["city"] or dateline["caps"] or dateline["zh"]
        if normalize_for_match(city) != normalize_for_match(place):
            return False
        short = re.escape(_CITY_SHORT.get(city, city))
        here = re.compile(
            rf"{_SIGNED_HERE}|在(?:此(?![次前基])|{short})[^,;.\uff0c\uff1b\u3002]{{0,8}}?(?:签|举行)",
            re.IGNORECASE,
        )
        return here.search(text, dateline.end()) is not None

    def said_at_signing(self, value: str) -> bool:
        """True when some mention of the value stands in a sentence about the signing (as
        ``venue_of_signing`` asks of a place): a date the model took from a sentence about
        something else ("arrived on May 2. On May 3, … signed") is likely not the signing's."""
        signing = _EVIDENCE["location"]
        mentions = self._by_sentence(value, fuzzy=False)  # a date: as ``grounded`` finds it
        return any(self._says(signing, start, end) for start, end in mentions)

    def founded(self, value: str) -> bool:
        """True when founding words come before some mention of the value in its sentence
        ("to jointly build the X", "为X揭牌") or after it in its clause ("the X was
        established", "X正式揭牌"): not a college that signs, in a sentence that founds
        something else further on ("甲大学设计学院与乙公司签约，共建实习基地")."""
        text = self.rules_text
        return any(
            not _HELD_AT.search(text, max(start, at - 40), at)
            and not _STANDING_BEFORE.search(text, max(start, at - 10), at)
            and not _STANDS_AFTER.match(text, until, end)
            and not (
                self._earlier_year(_IN_A_PAST_YEAR.match(text, until, end))
                and not _TO_BE.search(text, start, at)
            )
            and (
                self._founding_before(start, at)
                or _FOUNDED_AFTER.match(text, until, end) is not None
            )
            for (start, end), mentions in self._by_sentence(value).items()
            for at, until in mentions
        )

    def _founding_before(self, start: int, at: int) -> bool:
        """Whether founding words before the name at ``at`` found it now: not a founding
        the sentence dates before this agreement (``_FOUNDED_EARLIER``,
        ``_OPENS_ON_A_PAST_YEAR``) nor one only hoped for in its clause (``_HEDGED``)."""
        text = self.rules_text
        reach = max(start, at - _GOVERNS)
        foundings = list(_FOUNDING.finditer(text, reach, at))
        if not foundings:
            return False
        founding = foundings[-1]  # the one nearest the name
        earlier = self._earlier_year(
            _FOUNDED_EARLIER.search(text, start, at) or _OPENS_ON_A_PAST_YEAR.match(text, start, at)
        ) and not _TO_BE.search(text, start, at)
        hedged = _HEDGED.search(text, max(start, founding.start() - 60), founding.end())
        return not (earlier or hedged)

    def _earlier_year(self, said: re.Match[str] | None) -> bool:
        """Whether ``said``, words that date a founding, date it before this agreement: a
        year before the page's ("双方于2016年共同成立的X" in 2024; any year where the page's
        is not known), or no year but "去年", "last year"."""
        if said is None:
            return False
        year = _YEAR.search(said[0])
        return year is None or self.published is None or int(year[0]) < self.published.year

    def facilitated(self, value: str) -> bool:
        """True when some mention of the value is governed by facilitating words (see
        ``_FACILITATED_BY``): its own name's words ("Trade Promotion Agency") are none; words
        of support or guidance only in a sentence about a deal, a founding or a partnership
        (``_OF_A_DEAL``: "With the support of X, A and B signed"; not "The project will be
        implemented with the support of UNDP", "在省教育厅的指导下，由学校国际交流处主办")."""
        text = self.rules_text
        for (start, end), mentions in self._by_sentence(value).items():
            for at, until in mentions:
                if text.endswith(("经", "由"), 0, at) and _INTRODUCED.match(text, until, end):
                    return True
                found = _FACILITATED_BY.search(
                    text, max(start, at - _GOVERNS), at
                ) or _FACILITATES_AFTER.match(text, until, end)
                if found is not None and (
                    not _ONLY_SUPPORTED.search(found[0])
                    or _BROKERED.search(found[0])
                    or self._says(_OF_A_DEAL, start, end)
                ):
                    return True
        return False

    def _says(self, cue: re.Pattern[str], start: int, end: int) -> bool:
        """Whether the sentence ``text[start:end]`` has ``cue``, searched once a sentence:
        the people of an article mostly share a few sentences."""
        key = (cue, start)
        said = self._said.get(key)
        if said is None:
            said = self._said[key] = cue.search(self.rules_text, start, end) is not None
        return said

    def _by_sentence(
        self, value: str, *, person: bool = False, fuzzy: bool = True
    ) -> dict[tuple[int, int], list[tuple[int, int]]]:
        """The value's mentions, (start, end) each, under the bounds of their sentence;
        found as :meth:`grounded` finds them with the same ``person`` and ``fuzzy``."""
        grouped: dict[tuple[int, int], list[tuple[int, int]]] = {}
        found = self.index.offsets(value, fuzzy_threshold=90.0 if fuzzy else None, person=person)
        for at, until in found[1]:
            bounds = self._bounds[bisect.bisect_right(self._starts, at) - 1]
            if at < bounds[1]:  # not in the blank between two sentences
                grouped.setdefault(bounds, []).append((at, until))
        return grouped

    def _presided(self, start: int, at: int, until: int, end: int) -> bool:
        """Presiding words govern the mention ``text[at:until]`` in its clause (not
        another's, "…共同按下启动键，仪式由王晖主持"), and no witnessing words of its own
        stand in that clause or follow them (see ``_PRESIDES_AFTER``)."""
        text = self.rules_text
        clause = _between(text, _CLAUSE_STOPS, start, at, until, end)
        if _EVIDENCE["witnesses"].search(text, *clause):
            return False  # "见证签约的有李强、陈刚，王晓东主持仪式": 见证 is in their clause
        return bool(
            _PRESIDED_BY.search(text, max(start, at - _GOVERNS), at)
            or _PRESIDES_AFTER.governs(text, until, end) == (True, False)
        )

    def _signs_itself(self, start: int, at: int, until: int) -> bool:
        """Whether "signed by" leads the mention ``text[at:until]`` across nothing but
        names and one "and" ("signed by Lin Tao and Zhou Bo as Mayor Wu looked on"; not
        "… and Mayor Wu witnessed", "in the office of Chief Minister X", "… as witnesses"):
        the witnessing words after it are then another's. (Not "After signing the MoU, A
        and B unveiled": news writes it of dignitaries who did not sign, a review's find.)"""
        text = self.rules_text
        lead = _SIGNER_LEAD.search(text, max(start, at - _GOVERNS), at)
        if lead is None:
            return False
        between = text[lead.end("lead") : at]
        next_word = _NEXT_WORD.match(text, until)
        return (
            _only_names(text, lead.end("lead"), at)
            and len(_AND.findall(between)) <= 1
            and not _IN_THE.search(between)
            and (next_word is None or not self._does(*next_word.span()))
            and not _AS_WITNESS.match(text, until)
        )

    def _does(self, start: int, end: int) -> bool:
        """Whether the English word ``text[start:end]`` after a name is its verb: neither a
        name's, a title's or a body's word nor one that opens a phrase ("as", "while",
        "in")."""
        word = self.rules_text[start:end].strip().lower()
        return word not in _OPENS_PHRASE and not _only_names(self.rules_text, start, end)

    def _led_by_standing_words(self, start: int, at: int, until: int, end: int) -> bool:
        """Whether "witnessed by", "in the presence of" and the like lead the mention: in
        its clause, where the name does not sign in a "who" clause after it ("attended by
        Lin Tao, who signed"); or across a list of people, where the list does not go on
        to its own signing verb ("In the presence of A, B, Lin Tao, CEO of Acme, and Zhou
        Bo signed"); never past a signing word ("graced by A, and signed by B")."""
        text = self.rules_text
        if not self._says(_STOOD_BY, start, end):
            return False  # the usual sentence: no such words, no list to read back
        lead = _WITNESSED_BY.search(text, start, at)
        rest = (
            _CLAUSE_THEN_WHO if lead or self._ends_a_list(start, at, until, end) else _THEN_SIGNED
        )
        lead = lead or _WITNESSED_BY_LIST.search(text, max(start, at - 8 * _LIST_ITEM), at)
        if lead is None or _SIGNED.search(text, lead.end("lead"), at):
            return False
        after = rest.match(text, until, end) or _CLAUSE_THEN_WHO.match(text, until, end)
        return not (after and _SIGNED.search(text, until, after.end()))

    def _ends_a_list(self, start: int, at: int, until: int, end: int) -> bool:
        """Whether the mention's stretch between commas joins two names with "and": the
        list it is in ends there ("In the presence of A, B and C, Lin Tao and Zhou Bo
        signed": C's list ends at the comma after C; not ", and Zhou Bo,", a last item)."""
        text = self.rules_text
        opening, closing = _between(text, ",\uff0c", start, at, until, end)
        joined = _AND.search(text, opening, closing)
        # "…, and Zhou Bo, …": the list's last item, not two names joined.
        return joined is not None and bool(text[opening : joined.start()].strip())

    def _stood_by(self, start: int, at: int, until: int, end: int) -> bool:
        """Witnessing, presiding, attending or speaking words govern the mention
        ``text[at:until]`` of its sentence: whoever it names stood by as others signed.
        So does a possessive: whose deputy or representative signed. Not a name the
        sentence says signed before it (``_signs_itself``); not across the commas after a
        name its clause already says signed ("signed by Lin Tao and Zhou Bo, and Mayor Wu
        Fang attended"): the list it ends is the signers', not the attendees' ("A and B
        signed, while C and D looked on" is); nor before a name that signs in its own
        clause."""
        text = self.rules_text
        if _OWN.match(text, until):
            return True  # "signed by Governor X's deputy Y", "市长王五的代表赵六签署"
        if self._signs_itself(start, at, until):
            return False
        if self._led_by_standing_words(start, at, until, end):
            return True
        opened = (found.end() for found in _NEW_CLAUSE.finditer(text, start, end))
        clause = max((at_ for at_ in opened if at_ <= at), default=start)
        for governing in (_WITNESSES_AFTER, _ATTENDS_AFTER):
            governed, listed = governing.governs(text, until, end)
            if governed and not (listed and _SIGNED.search(text, clause, at)):
                return True
        return False


def _between(text: str, stops: str, start: int, at: int, until: int, end: int) -> tuple[int, int]:
    """(start, end) of the stretch of the sentence ``text[start:end]`` around the mention
    ``text[at:until]`` that none of ``stops`` breaks: its clause, or its item of a list."""
    opening = max(text.rfind(stop, start, at) for stop in stops) + 1
    closing = min((i for stop in stops if (i := text.find(stop, until, end)) >= 0), default=end)
    return max(start, opening), closing


def _venue(opening: str, after: str, signing: re.Pattern[str]) -> bool:
    """Whether a place written between ``opening`` (its sentence up to it) and ``after``
    (the rest) is introduced as where the signing was: "held at X", "X was the venue", not
    "headquartered in X", "在X设立…" nor "将在X开展…"; "went to X to sign", not "赴X考察"; the
    second of two places as the first ("at Nirman Bhawan, New Delhi"). The words that
    introduce it are the opening's last ``_VENUE_REACH`` characters."""
    before = opening[-_VENUE_REACH:]
    if _VENUE_AFTER.match(after) or _VENUE_LEAD.search(before):
        return True
    listed = _PLACE_THEN.search(before)
    if (
        listed is not None
        and (
            _AT_PLACE.search(before, 0, listed.start())
            or _WENT_TO.search(before, 0, listed.start())
        )
        and (listed["and"] is None or _PLACES_END.match(after))
    ):
        before = before[: listed.start()]  # the first place's words are the second's
    if _AT_PLACE.search(before):
        return not (
            _SEAT_BEFORE.search(before)
            or _DONE_THERE.search(after)
            or _BUILT_BEFORE.search(before)
            or (_EARLIER_BEFORE.search(before) and not _SIGNED_THERE_ZH.match(after))
            or (
                (_PLANNED_BEFORE.search(before) or _AFTER_SIGNING.search(opening))
                and not _SIGNED_THERE.match(after)
            )
        )
    went = _WENT_TO.search(before) or (_VISITED.search(before) and _WHERE.search(after))
    return bool(
        went
        and signing.search(after)
        and not _ANOTHER_VENUE.search(after)
        and not _ATTRIBUTIVE.match(after)
    )


def _names(draft: ExtractionDraft) -> Iterator[tuple[str, bool]]:
    """Every organisation, person and entity name the guard insists on, and whether it
    is a person's."""
    for agreement in draft.agreements:
        yield from ((party.name, False) for party in agreement.parties)
        people = (*agreement.signatories, *agreement.witnesses)
        yield from ((person.name, True) for person in people if person.name)
        yield from ((name, False) for name in agreement.facilitators)
        yield from ((name, False) for name in agreement.established_entities)


def find_problems(draft: ExtractionDraft, checker: Checker) -> list[str]:
    """What to tell the model about every name that does not occur in the article."""
    return [
        f"'{value}' does not occur in the article; copy names exactly as written or leave them out"
        for value, person in _names(draft)
        if not checker.grounded(value, person=person)
    ]


_active_checker: ContextVar[Checker | None] = ContextVar("coopllm_checker", default=None)


@contextmanager
def guarding(checker: Checker | None) -> Iterator[None]:
    """Validate ``GuardedDraft`` against ``checker``'s article inside the block (None: off).

    A context variable, not pydantic's validation ``context``: instructor renders every
    message as a Jinja2 template whenever a validation context is passed, which both
    costs a template compile per request and would rewrite any article that happens to
    contain ``{{ ... }}``. asyncio copies the variable into each task, so concurrent
    articles never see each other's checker.
    """
    token = _active_checker.set(checker)
    try:
        yield
    finally:
        _active_checker.reset(token)


class GuardedDraft(ExtractionDraft, instructor.OpenAISchema):
    """The response model: an ``ExtractionDraft`` that the guard re-asks on.

    Being an ``OpenAISchema`` already, it is used by instructor as it is; otherwise
    instructor would wrap it in a new class on every request and rebuild its JSON
    Schema each time (measured: most of the per-article overhead).
    """

    @model_validator(mode="after")
    def _grounded(self) -> GuardedDraft:
        checker = _active_checker.get()
        if checker is None:
            return self
        problems = find_problems(self, checker)
        if problems:
            raise ValueError("; ".join(problems))
        return self


def _person_kept(person: Signatory, role: str, checker: Checker, warnings: list[str]) -> bool:
    if not person.name:
        return _unnamed_kept(person, role, checker, warnings)
    if not checker.grounded(person.name, person=True):
        warnings.append(f"dropped {_SINGULAR[role]} '{person.name}': not in the article")
        return False
    if not checker.has_evidence(person.name, role, person=True):
        warnings.append(
            f"dropped {_SINGULAR[role]} '{person.name}': the article does not say they "
            f"{_WHAT_IS_SAID[role]}"
        )
        return False
    return True


def _cleaned_person(
    person: Signatory, role: str, checker: Checker, warnings: list[str]
) -> Signatory | None:
    """The person with the fields the article writes, or None when the article does not
    hold them to the role, or holds nothing of them: an unnamed signer whose title and
    organisation the text does not write would be kept as an entry of three nulls."""
    if not _person_kept(person, role, checker, warnings):
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
    people: list[Signatory], role: str, checker: Checker, warnings: list[str]
) -> list[Signatory]:
    cleaned = (_cleaned_person(person, role, checker, warnings) for person in people)
    return [person for person in cleaned if person is not None]


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
    write cannot be checked, and its title is dropped as any ungrounded title is."""
    title = person.title
    if not title or not checker.grounded(title) or checker.has_evidence(title, role):
        return True
    warnings.append(
        f"dropped {_SINGULAR[role]} '{title}' (unnamed): the article does not say they "
        f"{_WHAT_IS_SAID[role]}"
    )
    return False


def _clean_party(party: Party, checker: Checker, warnings: list[str]) -> Party | None:
    """The party under the names the article uses. Normalisation named it by the fullest
    name the article writes, so a name it does not write means it writes none of them."""
    if not checker.grounded(party.name):
        warnings.append(f"dropped party '{party.name}': not in the article")
        return None
    longer = checker.index.longer_name(party.name)
    if longer is not None:
        warnings.append(
            f"doubted party '{party.name}': the article writes it only within the longer "
            f"name '{longer}'"
        )
    aliases = [a for a in party.aliases if checker.grounded(a)]
    warnings.extend(
        f"dropped alias '{a}': not in the article" for a in party.aliases if a not in aliases
    )
    written = checker.index.written_form
    return party.model_copy(
        update={"name": written(party.name), "aliases": [written(a) for a in aliases]}
    )


def _clean_list(values: list[str], field: str, checker: Checker, warnings: list[str]) -> list[str]:
    kept: list[str] = []
    for value in values:
        if not checker.grounded(value):
            warnings.append(f"dropped {_SINGULAR[field]} '{value}': not in the article")
        elif field == "established_entities" and not _ENTITY_KIND.search(simplified(value)):
            warnings.append(
                f"dropped established entity '{value}': not named as an institute, centre, "
                "base, lab or similar body"
            )
        elif field == "established_entities" and _unnamed_body(value):
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


_ZH_UNNAMED_BODY = re.compile(
    r"(?:联合|共同|合作|研发|研究|创新|技术|科技|工程|协同|产学研|产学|产教|校企|双方|新|实习"
    r"|实训|培养|研究生|博士后|科研|教学|实践|就业|创业|人才|融合|大学生|毕业生|校外|示范|现代"
    r"|转移|教育|产业)*"
    r"(?:实验室|研究院|研究所|研究中心|中心|基地|平台|工作站|研究室|学院)"
)
_NAMED_WORD = re.compile(r"[A-Z0-9]")
_EN_KIND_WORDS = frozenset(
    {"a", "an", "the", "new", "joint", "research", "centre", "center", "centres", "centers",
     "lab", "labs", "laboratory", "laboratories", "institute", "innovation", "technology",
     "excellence", "of", "for", "and", "development", "training", "base", "platform",
     "collaborative", "international", "industrial", "engineering", "r&d", "school", "college",
     "academy", "hub", "incubator", "studio", "workstation", "park", "science", "sciences"}
)  # fmt: skip
"""English words of a kind of body, not a name: "a Joint Research Centre", "Centre of
Excellence" (capitalised, still no name)."""


def _unnamed_body(value: str) -> bool:
    """Whether an established entity is a kind of body, not a named one (spec: "named
    joint bodies"): "joint research centre", "a new lab", "Centre of Excellence", 联合实验室,
    研发中心, 大学生实践教育基地. An English name has a capital or a digit and, in three
    words or fewer, a word no kind of body has (``_EN_KIND_WORDS``; "International Centre for
    Engineering Research and Training" is a name); a Chinese one a word before its kind."""
    if HAN.search(value):
        return bool(_ZH_UNNAMED_BODY.fullmatch(simplified(value.strip())))
    words = value.lower().replace("-", " ").split()
    return _NAMED_WORD.search(value) is None or (
        len(words) <= 3 and all(word in _EN_KIND_WORDS for word in words)
    )


def _role_said(checker: Checker, value: str, field: str) -> bool:
    """Whether the article says the value's role: a facilitator's, or a founded body's."""
    return checker.facilitated(value) if field == "facilitators" else checker.founded(value)


_OTHER_ROLE = {"signatories": "witnesses", "witnesses": "signatories"}
_MOVED = re.compile(r"^moved(?= (?:signatory|witness) )")
"""A role moved, which lenient mode does not do: it says the person is unverified."""


def _in_its_role(agreement: Agreement, checker: Checker, warnings: list[str]) -> Agreement:
    """The agreement with a signer the article says only witnessed among its witnesses,
    and a witness it says only signed among its signers: the model mistook the role, and
    the guard would drop the person from both ("Dean Gao and Chairman Okamura signed …"
    given as witnesses), where it says so plainly (:meth:`Checker.states`). Not someone
    the model placed in the other role already; unnamed people stay where they are. For an
    article of one agreement only: of several, the role the article states may be another
    one's (who signed the MoU and witnessed the lease)."""
    people = {"signatories": list(agreement.signatories), "witnesses": list(agreement.witnesses)}
    placed = {
        role: {normalize_for_match(p.name) for p in people[role] if p.name} for role in people
    }
    for role, other in _OTHER_ROLE.items():
        for person in getattr(agreement, role):
            name = person.name
            if name is None or normalize_for_match(name) in placed[other]:
                continue
            if (
                checker.grounded(name, person=True)
                and not checker.has_evidence(name, role, person=True)
                and checker.has_evidence(name, other, person=True)
                and checker.states(name, other)
            ):
                people[role].remove(person)
                people[other].append(person)
                warnings.append(
                    f"moved {_SINGULAR[role]} '{name}' to {other}: the article says they "
                    f"{_WHAT_IS_SAID[other]}, not that they {_WHAT_IS_SAID[role]}"
                )
    return agreement.model_copy(update=people)


def _clean_agreement(agreement: Agreement, checker: Checker, warnings: list[str]) -> Agreement:
    parties = [p for p in (_clean_party(x, checker, warnings) for x in agreement.parties) if p]
    update: dict[str, object] = {"parties": parties}
    signers = _cleaned_people(agreement.signatories, "signatories", checker, warnings)
    witnesses = _cleaned_people(agreement.witnesses, "witnesses", checker, warnings)
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
    agreement = _location_as_written(agreement, checker, warnings)
    cleaned = _clean_fields(agreement, ("title", "location", "date_text"), checker, warnings)
    if agreement.date_text and cleaned.date_text is None and cleaned.date_signed is not None:
        # The date was read from that text (coopllm.normalize), which the model may only
        # have written another way ("October 20" for "Oct. 20"): kept, and doubted.
        warnings.append(
            f"doubted date_signed {cleaned.date_signed}: read from a date_text the article "
            "does not contain"
        )
    _doubt_date(cleaned, checker, warnings)
    location = cleaned.location
    if location and not checker.venue_of_signing(location):
        bare = _ADMIN_SUFFIX.sub("", location)
        if bare != location and checker.venue_of_signing(bare):
            warnings.append(
                f"dropped location '{location}': the signing's place is written '{bare}'"
            )
            update["location"] = bare
        else:
            warnings.append(f"dropped location '{location}': not tied to the signing in the text")
            update["location"] = None
    return cleaned.model_copy(update=update)


def _doubt_date(agreement: Agreement, checker: Checker, warnings: list[str]) -> None:
    """Doubt, not drop, a signing date whose ``date_text`` stands only in sentences that
    say nothing of the signing: the date may still be right (the signing told in the next
    sentence), but it is as likely the day of a visit or a talk."""
    date_text, date = agreement.date_text, agreement.date_signed
    if date_text and date is not None and not checker.said_at_signing(date_text):
        warnings.append(
            f"doubted date_signed {date}: its date_text '{date_text}' is not in a sentence "
            "about the signing"
        )


def _not_own_witnesses(
    witnesses: list[Signatory], signers: list[Signatory], checker: Checker, warnings: list[str]
) -> list[Signatory]:
    """The witnesses but the agreement's own signers who unveiled nothing: a sentence's
    "witnessed" is another's ("Zhang San signed the agreement, witnessed by Li Wei"), and
    who signs does not witness the signing. A signer who also unveiled what was set up is
    the spec's witness too ("signed, then jointly unveiled the lab's plaque")."""
    signing = {normalize_for_match(p.name) for p in signers if p.name}
    kept = [
        p
        for p in witnesses
        if not p.name or normalize_for_match(p.name) not in signing or checker.unveiled(p.name)
    ]
    warnings.extend(
        f"dropped witness '{p.name}': a signatory of the agreement, and the article does not "
        "say they unveiled or inaugurated anything"
        for p in witnesses
        if p not in kept
    )
    return kept


def _location_as_written(agreement: Agreement, checker: Checker, warnings: list[str]) -> Agreement:
    """The agreement with a location the article does not hold, but does without the
    administrative word the model added ("Yingkou City" where it writes "Yingkou"), as
    written, with a warning: the place is the article's, its spelling the model's."""
    location = agreement.location
    if not location or checker.grounded(location):
        return agreement
    bare = _ADMIN_SUFFIX.sub("", location)
    if bare == location or not checker.grounded(bare):
        return agreement
    warnings.append(f"dropped location '{location}': the article writes it '{bare}'")
    return agreement.model_copy(update={"location": bare})


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
    """Set optional string fields that do not occur in the article to None, with a warning."""
    update: dict[str, None] = {}
    for field in fields:
        value = getattr(model, field)
        if value and not checker.grounded(value, fuzzy=field not in NEVER_FUZZY):
            warnings.append(f"dropped {field} '{value}': not in the article")
            update[field] = None
    return model.model_copy(update=update) if update else model


def apply_guard(
    draft: ExtractionDraft, checker: Checker, *, strict: bool = True
) -> tuple[ExtractionDraft, list[str]]:
    """Strict: drop what fails and say so. Lenient: keep everything and flag it."""
    warnings: list[str] = []
    agreements = draft.agreements
    if len(agreements) == 1:
        agreements = [_in_its_role(agreements[0], checker, warnings)]
    agreements = [_clean_agreement(a, checker, warnings) for a in agreements]
    article = draft.article
    if article.title and not checker.grounded(article.title):
        warnings.append(f"dropped article title '{article.title}': not in the article")
        article = article.model_copy(update={"title": None})
    if not strict:
        return draft, [
            _MOVED.sub("unverified", w.replace("dropped", "unverified", 1)) for w in warnings
        ]
    return draft.model_copy(update={"article": article, "agreements": agreements}), warnings
