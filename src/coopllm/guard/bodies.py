"""Evidence for established entities: a named body the agreement founds, co-builds or
unveils (spec: ``Agreement.established_entities``).

Founding words must govern the name, in this agreement's time: not a body founded
before it ("双方于2016年共同成立的X", "In 2021, the two … established X" in a later
story), one only hoped for ("explore the possibility of establishing X"), nor the venue
of the signing. The founding words also tell the facilitators' rules that a sentence is
about the deal.
"""

from __future__ import annotations

import re

from coopllm.dates import resolve_date
from coopllm.guard.places import recent
from coopllm.guard.reading import GOVERNS, IN_CLAUSE, Reading, Sentence, remembered
from coopllm.lexicon import HAN, simplified

ENTITY_KIND = re.compile(
    r"\b(?:cent(?:er|re)s?|institutes?|bases?|lab(?:oratory|oratories|s)?|platforms?|parks?"
    r"|academ(?:y|ies)|hubs?|stations?|alliances?|incubators?|consortium|observatory|studios?"
    r"|colleges?|joint\s+(?:\w+\s+){0,2}(?:schools?|units?))\b"
    r"|\u4e2d\u5fc3|\u7814\u7a76\u9662|\u7814\u7a76\u6240|\u57fa\u5730|\u5b9e\u9a8c\u5ba4"
    r"|\u5e73\u53f0|\u56ed|\u8054\u76df|\u5de5\u4f5c\u7ad9|\u5b75\u5316\u5668"
    r"|学院|研究生院|工作室|研究室|联合体|共同体|小院|(?:校区|分校|医院|学校)$",
    re.IGNORECASE,
)
"""What a jointly founded body is called (spec: institutes, R&D bases, centres, labs),
and the colleges a partnership founds (产业学院, an industry-education college, common in
university and industry deals); a college that signs is not said to be founded
(``Checker.founded``)."""
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
成立的X): bare 建设 too, which ``FOUNDING`` reads only after 联合, 共同 and the like, its
words finding a body now wherever they stand."""
FOUNDING = re.compile(
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
    rf"|\s*(?:去年|前年)\s*[,\uff0c]\s*[^,;.\uff0c\uff1b\u3002]*(?:{_ZH_FOUNDING})了$"
    rf"|\s*早在\s*(?:(?:19|20)\d{{2}}\s*年|去年|前年)\s*[,\uff0c]?\s*"
    r"(?:(?!此次|本次|这次|此番|今年|本月|本周|近日|日前|如今|当天|当日|今天|目前|现在"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*[日号])[^;.\uff1b\u3002])*?"
    rf"(?:{_ZH_FOUNDING})了?"
    r"[\"\u201c\u300c\u300a]?$",
    re.IGNORECASE,
)
"""From a sentence's start to a body's name, a past year alone and then its founding: "In
2021, the two institutions jointly established X", "去年，双方共建了X", "早在2019年，双方就签订
协议共建“X”" (早在, "as early as", dates it before: the blind27 ab02's), across the
sentence's clauses ("早在2019年，学院就与乙公司签订了…协议，共建了“X”": the blind69 br01's),
unless one says the founding is this time's ("早在2019年，…开展了实习合作，此次…共建X",
"…，11月14日，双方签署《…》，共建X", "如今", "当天": reviews' finds); not "2025年，甲大学
与乙公司共建X" (the year may be this one)."""
_OPENS_ON_A_PAST_DATE = re.compile(
    r"\s*(?P<date>(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?)\s*[,\uff0c]"
    r"(?:(?!此次|本次|今年|近日|日前|今天|目前|如今)[^;\uff1b\u3002])*?"
    rf"(?:{_ZH_FOUNDING})了?[\"\u201c\u300c\u300a]?$"
)
"""A Chinese date that opens the sentence, then its founding, over the sentence's commas:
"2020年10月，双方首次签署合作谅解备忘录，并…共建了“X”" (the blind38 am03's, beside the
renewal); an earlier one only on a dated page (undated, "2024年3月5日，甲与乙签约共建X" may
be the signing itself) and not in the weeks before it (a signing across New Year:
"2025年12月30日，…签约共建X" on a page of 2026-01-05, a review's find), and not "…，此次…共建X"."""
_STANDS_AFTER = re.compile(
    rf"{IN_CLAUSE}{{0,20}}?(?:成立|组建|建立|揭牌|投入运行|运行|启动)"
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
    r"|launching)\b|争取(?:共建|设立|成立|建立)|(?:探讨|论证)(?:设立|共建|成立|建立)|研究设立"
    r"|(?:正在?|将|拟|持续)(?:研议|研商|商议|筹议|磋商|商讨)(?:共同)?(?:设立|共建|成立|建立)"
    r"|(?:将|拟|(?<!按)计划)[^，。；]{0,16}?(?:签署|签订)(?:合作)?(?:共建|设立|成立|建立)"
    r"|(?:将|拟|(?<!按)计划(?=[于在将]|年内|今年|明年|下半年|近期|尽快))[^，。；]{0,16}?"
    r"(?:签署|签订)[^，。；]{0,10}?(?:协议|合同)[，,]?(?:合作)?(?:共建|设立|成立|建立)"
    r"|\b(?:will|(?:plans?|planned|intends?|expects?)\s+to)\s+sign\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:agreement|contract|memorandum)\s+(?:to|on)\s+(?:establish|set\s+up"
    r"|build|create|launch|found))"
    r"[^,;.\uff0c\uff1b\u3002]*$",
    re.IGNORECASE,
)
"""In the founding words' clause, that the founding is only hoped for: "will explore the
possibility of establishing", "下一步将争取共建", or the content of a deal to come ("双方还将于
今年下半年签署共建“…中试基地”协议": the blind20 u03's; "双方计划于年内签署正式协议，共建“…
联合创新中心”", the blind26 aa03's; "will sign an agreement to set up"); not
"为探索新路径，双方共建…", "Oil exploration firm X established"; a founding still talked
over ("正研議共同成立「智慧醫療聯合研發中心」": the blind85 ch02's, read in Simplified
characters; "双方正磋商共建…"), not one agreed after talks ("经友好商议共同成立": review87)."""
_WILL_ABOUT = re.compile(r"(?:将|拟)就(?:共同)?$")
"""Before a founding, "will, about": "双方将就共建…"."""
_AGREED_LATER = re.compile(r"另行|再行|单独|(?:签署|签订|协商|洽谈|商定)")
"""After the name a founding to come qualifies, that a document of its own will settle it."""
_FOUNDED_AFTER = re.compile(rf"(?:(?!sign|签){IN_CLAUSE})*?(?:{FOUNDING.pattern})", re.IGNORECASE)
"""Founding words in the clause after a body's name, before any signing: "the X was
established", "X揭牌"; not "X与乙公司签署共建协议"."""
_RAISED_TO = re.compile(r"(?:升级为|升格为)[“\"「『]?$")
"""Right before a body's name, an earlier body raised to it: the new one is founded, not
the earlier ("雙方將把…「智能感知聯合實驗室」升級為「…聯合研發中心」": the blind91 cn03's)."""
_RAISED_ALREADY = re.compile(r"已|此前|曾")
"""In the clause before 升级为: a raising done before this agreement ("已将…升级为…": review92)."""
_A_RANK = re.compile(r"(?:国家|省|市|部)级?重点|(?:国家|省|市)级")
"""A rank a body is raised to, no new body ("升格为“省重点实验室”": review92)."""
_HELD_AT = re.compile(
    r"(?:\bat\s+(?:the\s+)?(?:newly\s+[\w-]+\s+|new\s+)?|\bin\s+(?:the\s+)?|在"
    r"|(?<![关对至由基属])于)$",
    re.IGNORECASE,
)
"""A body named where something happens ("signed at the X Centre", "at the newly launched
X Centre", "在甲大学科技园签约") is a place there, not what was founded, whatever founding
words stand earlier."""


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


def unnamed_body(value: str) -> bool:
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


_LEGAL_FORM = re.compile(
    r"(?:\b(?:Co|Ltd|Inc|LLC|GmbH|Limited|Corp|Corporation|Pte|Pty|AB|AG|AS|ASA|SA|SE|NV|BV|Oyj?|plc"
    r"|S\.A|S\.A\.S|S\.p\.A|N\.V|B\.V|C\.V|Ltda)\.?"
    r"|有限(?:责任)?公司|股份公司)[)）]?$"
)
_TO_ESTABLISH = re.compile(
    r"\b(?:shall|will|to)\s+(?:jointly\s+)?(?:establish|set\s+up|form|incorporate)\b|将(?:共同)?(?:出资)?(?:设立|成立)",
    re.IGNORECASE,
)
"""What a party shall or will establish under the agreement ("shall establish a joint
venture company", "将共同出资设立")."""
_UNDER_THE_AGREEMENT = re.compile(
    r"\s*(?:根据|按照|依据)(?:该|本|上述)?协议|\s*(?:Under|Pursuant\s+to)\s+(?:the|this)\s+"
    r"(?:agreement|deal|framework)",
    re.IGNORECASE,
)
"""A sentence that opens on what the agreement provides ("根据协议，双方合资成立…有限公司",
"Under the agreement, the two companies established a joint venture": a review's find)."""
_JOINT_VENTURE = re.compile(
    r"\bjoint[\s-]+ventures?\b|合资"
    r"|\b(?:the\s+two|both|they|\w+\s+and\s+\w+)\s+(?:will|shall|would|are\s+to)\s+(?:jointly\s+)?"
    r"(?:set\s+up|form|establish|create)\s+an?\s+new\s+(?:company|firm|entity)\b"
    r"|\bjointly\s+(?:set\s+up|form|establish|create)\s+an?\s+(?:new\s+)?(?:company|firm|entity)\b",
    re.IGNORECASE,
)
"""A joint venture, or a new company two set up together ("Under the deal, AHA and Calloway
will set up a new company, Brennock Inland Terminal Ltd (BIT), in which the port will hold
51%": the blind90 cm06's; "jointly establish a company"; not one a party sets up alone:
review91)."""
_THE_VENTURE_NAMED = re.compile(
    r"\b(?:joint[\s-]+venture|JV)(?:\s+(?:company|firm|entity))?"
    r"(?:\s+(?:will|shall|is\s+to)\s+be|,\s+to\s+be)\s+(?:named|called|known\s+as)\s+$",
    re.IGNORECASE,
)
"""The words that name the joint venture to be formed, right before its name: "The joint
venture company will be named", "The JV company will be named", "The joint venture, to be
named"; not what "would be named" in a plan told of (a review's find)."""


class BodyEvidence(Reading):
    """Whether the article says this agreement founds a named body."""

    def a_joint_venture(self, value: str) -> bool:
        """Whether the value is a company the article founds as a joint venture: a name
        with a company's legal form, in a sentence that founds it and calls it one ("entered
        into a Joint Venture Agreement to establish Corvane Seonjin Hydrogen Co., Ltd.": the
        blind19 t06's; "双方合资成立…有限公司"), a joint body the spec's list leaves out by kind;
        a sentence that signs, one of what a party shall or will establish (the blind20
        u06's "… shall establish a joint venture company, proposed to be named …") or one
        of what the agreement provides ("根据协议，…"), not one of an earlier deal or a hope
        (a review's finds)."""
        if not _LEGAL_FORM.search(value):
            return False
        if self._named_as_the_venture(value):
            return True
        found = self.founding_sentence(value)
        if found is None or _JOINT_VENTURE.search(self.text, *found) is None:
            return False
        # Not "follows the JV agreement under which A and B set up X", nor "may establish".
        return (
            found in self.signing_sentences()
            or _TO_ESTABLISH.search(self.text, *found) is not None
            or _UNDER_THE_AGREEMENT.match(self.text, found[0]) is not None
        )

    def _named_as_the_venture(self, value: str) -> bool:
        """Whether a sentence names the value as the joint venture the agreement forms
        (:meth:`_venture_named`)."""
        return any(
            self._venture_named(start, at, end)
            for (start, end), mentions in self._by_sentence(value).items()
            for at, _ in mentions
        )

    def _venture_named(self, start: int, at: int, end: int) -> bool:
        """Whether the words that name the joint venture to be formed stand right before
        the mention at ``at`` (``_THE_VENTURE_NAMED``: "The joint venture company will be
        named Valheng Transformadores S.A.", the blind59 bh05's), in a sentence that tells
        no earlier or other signing ("In 2019 the two firms agreed that …": a review's
        find)."""
        return _THE_VENTURE_NAMED.search(
            self.rules_text, max(start, at - 80), at
        ) is not None and not self.tells_another_signing(self.read_text[start:end])

    def founded(self, value: str) -> bool:
        """Whether the article says this agreement founds the value (:meth:`founding_sentence`)."""
        return self.founding_sentence(value) is not None

    @remembered
    def founding_sentence(self, value: str) -> Sentence | None:
        """The first sentence where founding words come before a mention of the value
        ("to jointly build the X", "为X揭牌") or after it in its clause ("the X was
        established", "X正式揭牌"), or that names it as the joint venture to be formed
        (``_THE_VENTURE_NAMED``): not a college that signs, in a sentence that founds
        something else further on ("甲大学设计学院与乙公司签约，共建实习基地")."""
        return next(
            (
                (start, end)
                for (start, end), mentions in self._by_sentence(value).items()
                for at, until in mentions
                if self._founds(start, at, until, end) or self._venture_named(start, at, end)
            ),
            None,
        )

    def _founds(self, start: int, at: int, until: int, end: int) -> bool:
        """Whether the founding words govern the mention ``text[at:until]`` of the sentence
        ``text[start:end]`` (:meth:`founding_sentence`)."""
        text = self.rules_text
        return (
            not _HELD_AT.search(text, max(start, at - 40), at)
            and not _STANDING_BEFORE.search(text, max(start, at - 10), at)
            and not _STANDS_AFTER.match(text, until, end)
            and not (
                self._earlier_year(_IN_A_PAST_YEAR.match(text, until, end))
                and not _TO_BE.search(text, start, at)
            )
            and (
                self._founding_before(start, at)
                or self._raised_to(start, at, until)
                or _FOUNDED_AFTER.match(text, until, end) is not None
            )
        )

    def _raised_to(self, start: int, at: int, until: int) -> bool:
        """Whether the name at ``text[at:until]`` is a body an earlier one is raised to now
        (``_RAISED_TO`` right before it, of the sentence from ``start``): not a raising done
        before (``_RAISED_ALREADY`` in its clause), nor a rank (``_A_RANK``). Only right
        before the name: "合作关系升级为全面战略合作伙伴关系" founds nothing further on
        (review92)."""
        text = self.rules_text
        if _RAISED_TO.search(text, max(start, at - 4), at) is None:
            return False
        clause = max(start, *(text.rfind(stop, start, at) + 1 for stop in "，,；;"))
        return not _RAISED_ALREADY.search(text, clause, at) and not _A_RANK.match(text, at, until)

    def _founding_before(self, start: int, at: int) -> bool:
        """Whether founding words before the name at ``at`` found it now: not a founding
        the sentence dates before this agreement (``_FOUNDED_EARLIER``,
        ``_OPENS_ON_A_PAST_YEAR``, ``_OPENS_ON_A_PAST_DATE``) nor one only hoped for in its
        clause (``_HEDGED``)."""
        text = self.rules_text
        reach = max(start, at - GOVERNS)
        foundings = list(FOUNDING.finditer(text, reach, at))
        if not foundings:
            return False
        founding = foundings[-1]  # the one nearest the name
        dated = _OPENS_ON_A_PAST_DATE.match(text, start, at) if self.published else None
        if dated is not None and recent(
            resolve_date(dated["date"], self.published), self.published
        ):
            dated = None
        earlier = self._earlier_year(
            _FOUNDED_EARLIER.search(text, start, at)
            or _OPENS_ON_A_PAST_YEAR.match(text, start, at)
            or dated
        ) and not _TO_BE.search(text, start, at)
        hedged = _HEDGED.search(text, max(start, founding.start() - 60), founding.end())
        return not (earlier or hedged or self._to_be_agreed(founding, at))

    def _to_be_agreed(self, founding: re.Match[str], at: int) -> bool:
        """Whether the founding before the name at ``at`` is the subject of a document still
        to be signed: "将就共建“…研究中心”另行签署协议" (the blind27 ab03's), not "将就共建“…”、
        联合培养研究生等开展深度合作" (a review's find)."""
        text = self.rules_text
        if not _WILL_ABOUT.search(text, max(0, founding.start() - 3), founding.start()):
            return False
        stops = (i for stop in "，。；,;" if (i := text.find(stop, at)) >= 0)
        return _AGREED_LATER.search(text, at, min(stops, default=len(text))) is not None

    def _earlier_year(self, said: re.Match[str] | None) -> bool:
        """Whether ``said``, words that date a founding, date it before this agreement: a
        year before the page's ("双方于2016年共同成立的X" in 2024; any year where the page's
        is not known), or no year but "去年", "last year"."""
        if said is None:
            return False
        year = _YEAR.search(said[0])
        return year is None or self.published is None or int(year[0]) < self.published.year
