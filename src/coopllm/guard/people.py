"""Evidence for people: whom the article says signed, witnessed, unveiled, attended or
presided (spec: ``Signatory``; an agreement's ``signatories`` and ``witnesses``).

A signatory needs signing words that govern the name, not only a sentence that says
"signed"; a witness needs witnessing or unveiling words. Attending, speaking, presiding
and another's witnessing words govern a name too, and make it no signatory. Lists under a
label ("签约代表：…", "Witnessed by: …") and lists of names in one clause carry their
lead's role to each item. The same reading decides when a person the model gave in one
role moves to the other (:mod:`coopllm.guard.apply`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from coopllm.grounding import normalize_for_match
from coopllm.guard.reading import (
    CLAUSE_STOPS,
    DEAL,
    DEAL_WORD,
    GOVERNS,
    IN_CLAUSE,
    RELATIVE_ASIDE,
    ROLE_WORDS,
    SIGNED,
    SIGNED_OTHERWISE,
    SIGNED_WORDS,
    WITNESSED_ALONGSIDE,
    ZH_SIGNING,
    Reading,
    Sentence,
    joined_otherwise,
    kinds_named,
    remembered,
    shortened,
    stretch_around,
)
from coopllm.lexicon import HAN, ZH_SIGNING_VERB, tried_at
from coopllm.titles import addressed_as, describes_someone, name_ending, only_titles

_LABEL_END = (
    r"\s*(?:分别|依次)?(?:为|是|有)?(?:如下)?\s*(?:(?:were|are|was|include[ds]?)\s*)?[:\uff1a]"
)
"""What may stand between a list's label and its colon: "签约代表分别为：", "签约人依次为："
(the blind52 ba03's), "Signatories were:"; not another verb ("签约代表表示：")."""
_UNVEILERS = r"揭(?:牌|幕)(?:嘉宾|领导|贵宾|来宾)"
_WITNESS_LEAD_WORDS = rf"witnessed\s+by|in\s+the\s+presence\s+of|{WITNESSED_ALONGSIDE}"
"""The words that lead the witnesses' names: "witnessed by", "in the presence of",
"witnessed the signing alongside"."""
_LIST_LABELS: dict[str, re.Pattern[str]] = {
    "signatories": re.compile(
        r"(?:(?:签约|签字|签署)(?:双方|各方|单位)?(?:代表|人)|代表(?:双方|各方)签(?:约|字|署)的"
        r"|\b(?:signatories|signed\s+by|signing\s+(?:\w+\s+){0,8}?(?:were|was)"
        rf"|those\s+who\s+signed(?:\s+(?:were|are))?)\b){_LABEL_END}"
        r"|\bsigned\s+(?:(?:at|in|on)\s+(?:(?!\b(?:witness\w*|praised|attended|welcomed"
        r"|hosted|approved)\b)[^;.,]){1,80}?\s+)?by\b",
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
("witnessed by Prof. Li Wei, Rector; Dr. Sara Khan, Dean", "signed at NQML's headquarters in
Fenwick by Professor Alan Whitford, …; Professor Mhairi Dunlop, …; and Dr Nikhil Sharma, …":
the blind45 at06's; not "signed on Friday, witnessed by …": a review's find); not
"出席领导：", "本次签约的嘉宾有：", "签约流程如下："."""
_BYLINE_NAME = r"(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){1,3}"
_SIGNED_WORD = r"(?:Signed|Sgd\.?)[ \t]*"
_SIGN_OFF = re.compile(rf"{_SIGNED_WORD}[:：,]?", re.IGNORECASE)
"""A statement's sign-off, a line of its own over its issuer's name ("Signed:", "Signed,");
not "Signed by:", over a list of signers (review87)."""
_SIGN_OFF_BEFORE = re.compile(rf"[ \t]*{_SIGNED_WORD}[:：,][ \t]*", re.IGNORECASE)
"""The same sign-off and its mark right before the issuer's name on its line ("Signed: Kunle
Adebayo"); not a sentence that opens on "Signed" ("Signed on Monday by …")."""
_FOR_A_BODY = re.compile(r"\b(?:for|on\s+behalf\s+of)\s", re.IGNORECASE)
"""A line that names whom its person signs for: a signer's, no issuer's."""
_BYLINE_LINE = re.compile(
    rf"[ \t]*(?:By|BY|Written\s+by|Reporting\s+by|Words\s+by)\s+"
    rf"(?P<names>{_BYLINE_NAME}(?:\s*(?:,|and|&)\s*{_BYLINE_NAME}){{0,3}})"
    r"[ \t]*(?:[|｜][^\n]*)?$",
    re.MULTILINE,
)
"""A byline, a line of its own: "By", the writers' names and nothing else, a date or a
reading time after a bar perhaps ("By Lee Mei Xin", "By Deirdre O'Malley-Finch | 8 January
2026"); not a short paragraph that opens on "By" ("By then, Carla Denholm had signed the
agreement with Jens Ulmann.": a review's find)."""
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
_ABSENT = re.compile(rf"{IN_CLAUSE}{{0,12}}?(?:未能|未|没有|因故|委托|缺席)")
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
_ENTRUSTED_BY = re.compile(r"受[^，。；,;]{0,12}$")
_ENTRUSTING = re.compile(r"的?委托")
"""Around a name, who entrusted another to act: "受校长周启明委托，副校长陈立华代表学校签署"."""
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
    rf"|在(?:双方|各方|两方)?签){IN_CLAUSE}){{0,40}}?{ZH_SIGNING_VERB}后"
)
"""After a name in its clause, with nothing but other names, titles and 与, 代表… between,
a signing it did before what follows: "张三与李四代表双方签约后，共同为实验室揭牌" (the
sentence's only signing word, which the guard's others pass over). Not where a word
between says the name did something else: "李明宣布签约后", "李明在双方签约后致辞",
"李明对双方签约后的合作表示期待"; nor "签约后，李明致辞", the name after it."""
_SIGNED_TOO = (
    rf"{IN_CLAUSE}*?(?:\band\s+(?:then\s+|also\s+|later\s+)?(?:sign(?:ed|s)?\b|{SIGNED_OTHERWISE})"
    r"|\band\s+(?:then\s+|later\s+)?(?:he|she)\s+(?:and\s+[^,.;]{1,40}?\s+)?(?:also\s+)?"
    r"sign(?:ed|s)?\b"
    r"|\b(?:before|after)\s+(?:jointly\s+)?signing\b(?!\s+ceremon)"
    r"|\b(?:before|after)\s+(?:he|she|they)\s+(?:also\s+)?signed\b"
    rf"|[,\uff0c]\s*(?:(?:and\s+(?:then\s+|also\s+|later\s+)?|then\s+|also\s+|later\s+)"
    r"sign(?:ed|s)?\b|after\s+which\s+(?:he\s+|she\s+|they\s+)?(?:also\s+)?sign(?:ed|s)?\b"
    r"|and\s+(?:then\s+|later\s+)?(?:he|she)\s+(?:and\s+[^,.;]{1,40}?\s+)?(?:also\s+)?"
    r"sign(?:ed|s)?\b)"
    rf"|(?:[,\uff0c]\s*)?(?:并|随后|之后|然后|后)(?:[,\uff0c]\s*)?"
    rf"(?:(?:与(?!会)|和|同|代表|共同)(?:(?!见证|出席|主持|参加){IN_CLAUSE}){{0,30}}?)?"
    rf"{ZH_SIGNING}|(?:[,\uff0c]\s*)?并(?:(?!见证|出席|主持|参加){IN_CLAUSE}){{0,12}}?签"
    rf"|[,\uff0c]\s*(?:与(?!会)|同|代表)"
    rf"(?:(?!见证|出席|主持|参加|对|祝贺|观看|表示|一起){IN_CLAUSE}){{0,30}}?{ZH_SIGNING}(?!的))"
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
_UNDER_A_PATRON = re.compile(
    r"\bunder\s+the\s+(?:patronage|auspices)\s+of\s+[^,;]{0,40}$", re.IGNORECASE
)
"""A patron right before a name, in its clause: "signed … under the patronage of H.E. Dr.
Hilal bin Nasser Al Busaidi, who presided" (the blind77 bz06's); not past a comma, "Under
the patronage of the Minister, Rector Ana Ruiz and … signed" (review78)."""
_LEAD_REACH = rf"(?:(?!\bby\s){IN_CLAUSE}){{0,60}}$"
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
    rf"{_STOOD_BY_LEAD}(?:{IN_CLAUSE}{{0,{_LIST_ITEM}}}?[,\uff0c](?!{_OPENS_CLAUSE})){{1,8}}?"
    rf"{_LEAD_REACH}",
    re.IGNORECASE,
)
"""The same words across the commas of the list of people they lead: "in the presence of
Dr. V. K. Saraswat, Member, NITI Aayog, and Shri Giridhar Aramane, Defence Secretary"."""
_AND = re.compile(r"\band\b|[和与及]")
_CLAUSE_THEN_WHO = re.compile(
    rf"{IN_CLAUSE}*(?:[,\uff0c]\s*(?:who\b{IN_CLAUSE}*|(?:on\s+behalf\s+of|representing)\b"
    rf"{IN_CLAUSE}*(?:[,\uff0c]\s*(?=(?:also\s+|then\s+|jointly\s+)?(?:sign|ink|put\s+pen))"
    rf"{IN_CLAUSE}*)?))?"
)
"""The rest of a name's clause, and a "who" clause after it, or an "on behalf of" aside and
the signing verb right after it ("In the presence of A, Lin Tao and Zhou Bo, on behalf of
Acme and Beta, signed"; not "…, representing the city, Lin Tao signed", another subject)."""
_THEN_SIGNED = re.compile(
    rf"(?:{IN_CLAUSE}|[,\uff0c](?!{_OPENS_CLAUSE}|\s*and\s+(?:the|a|an|this|it|they)\b))*"
    rf"(?:[,\uff0c]\s*who\b{IN_CLAUSE}*)?"
)
"""The rest of the list a name is in, to its clause's verb (and a "who" clause after it),
where the name may sign: "In the presence of Governor Ada Reyes, Lin Tao, CEO of Acme,
and Zhou Bo signed", "attended by Lin Tao, CEO of Acme, who signed"; not a clause of its
own after it ("attended by A, B, and senior officials, and the MoU was signed by …")."""
_NEW_CLAUSE = re.compile(
    tried_at(
        r"\b(?:while|whereas|but|when)\b|[,\uff0c]\s*as\b"
        r"|\bas\b(?=[^.;\u3002\uff1b]{0,240}?\b(?:looked\s+on|looking\s+on|watched)\b)|而"
        r"|[,\uff0c]\s*with\b(?=[^.;\u3002\uff1b]{0,240}?\b(?:witnessing|looking\s+on)\b)",
        words="wba",
        chars=r",\uff0c而",
    )
)
"""Words that open another clause within a sentence: "A and B signed the MoU, while C and
D looked on", ", as C and D looked on", "as C, D and E looked on", "…were signed…, with
Prime Minister X and the ambassador, Y, witnessing the signings" (the blind28 ac06's); not
"as" of a role ("signed by Lin Tao as CEO of Acme")."""


_A_COMMA = re.compile(r"[，,]")
_ZH_LIST_OPENS = re.compile(r"(?:代表|人|方|的)(?:分别)?(?:为|是)|[:：]")
"""What opens a list of signers after a Chinese signing word: "签字代表为", "签约人分别是",
"签约的是", "签约代表："."""


_DID_NOT_SIGN = re.compile(
    r"(?:,\s+(?!(?:who|which|whose|whom|after|before|while|as)\b)(?![^,;.]*\bsign)"
    r"(?:the\s+)?[^,;.\u3002\uff0c]{2,60},)?"  # "X, the university's Vice-Chancellor,"
    r"(?:\s+(?:was|were)\s+unable\s+to\s+sign\b|\s+(?:could|did)\s+not\s+sign\b"
    r"|(?P<planned>\s+(?:had\s+been|was|were)\s+(?:due|scheduled|expected|set|meant|supposed)"
    r"\s+to\s+sign\b|\s*(?:原定|原计划|原本|本应)[^，。,；;]{0,10}?签))",
    re.IGNORECASE,
)
"""After a name (and its role between commas), that the person did not sign, or was to and
another signed in their place (``_IN_THEIR_PLACE`` later in the sentence: "MCMA Chair
Margaret Oyelaran had been due to sign but was held up …, so Deputy Chair Samuel Ferris
signed on her behalf": the blind15 p05's; or the next sentence's ``_REPRESENTED_NEXT``:
"Professor Helen Marsh, the university's Vice-Chancellor, had been due to sign the document
but was in London … She was represented by …, who signed": the blind62 bk05's; not "was
expected to sign the accord and signed it on Monday", nor a clause for a role: "X, who
signed the agreement, did not sign the protocol"; nor another's representative, "… while
the trust was represented by Y", nor one at another event, "She was represented by her
deputy at the press conference": reviews' finds)."""
_IN_THEIR_PLACE = re.compile(
    r"\bon\s+(?:her|his|their)\s+behalf\b|\bin\s+(?:her|his|their)\s+(?:place|stead)\b"
    r"|\binstead\b|\bunable\b|\bbut\s+(?:was|were)\s+represented\s+by\b|未能|无法|代为|代其",
    re.IGNORECASE,
)
_REPRESENTED_NEXT = re.compile(
    r"\s*(?:She|He|They)\s+(?:was|were)\s+represented\s+by\b[^.;]{0,120}?\bsigned\b"
)


_REPRESENTED_BY = re.compile(
    r"(?:[Tt]he\s+)?(?P<body>[^,;:.]{2,80}?)\s+(?:was|were)\s+represented\s+by\b"
)
"""A sentence's opening: a body, with no clause before it, "was represented by"."""
_BODY_TOLD_REACH = 600
"""How far before the signing's sentence its bodies are read: its paragraph and the one
before ("The Universidad Tecnológica de Calama (UTC), … have agreed to set up …")."""


_BY = re.compile(r"\bby\s+(?-i:[A-Z])", re.IGNORECASE)
"""A passive's signer named after "by" ("by Ambassador Ann Vale"; not "by video link")."""
_SIGNED_FOR = re.compile(
    r"\bon\s+behalf\s+of\s+(?:the\s+)?(?P<title>[^,;:.\u3002\uff0c]{2,60}?)\.?"
    r"(?:\s*,(?P<addressed>(?:\s*(?-i:[A-Z])[A-Za-z]{0,12}\W{0,3}){0,3}?)\s*|\s+)$",
    re.IGNORECASE,
)
"""Before a name, the office on whose behalf another signed: "Clara Mensah signed on behalf
of the Minister, Hon. Joseph Adjei, who was abroad" (the blind17 r05's: Adjei did not
sign); only after the signing verb, as "On behalf of the Minister, Deputy Minister Clara
Mensah signed" names the signer there, and only an office, as "signed on behalf of the
ministry, Daniel Osei-Bonsu for the company" names the next signer; forms of address and
titles may stand before the name ("the Vice-Chancellor, Professor Sir David Rennick": the
blind18 s04's), "Dr." too ("was signed by Ambassador Helena Varga on behalf of Dr. Tomas
Reiner, Director General of …": the blind37 al02's)."""


_PASSIVE = re.compile(r"\b(?:was|were|been|be|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
"""Before a signing verb, that it is passive: whoever is named after it signed."""
_SIGNS_FOR_ITSELF = re.compile(
    r"\s*,?\s*(?:for|on\s+behalf\s+of|signing|signed|representing)\b", re.IGNORECASE
)
"""After a name, that the person signs for a body of their own."""


_CLAUSE_END = re.compile(r"[；;。.!?！？\n]")
"""Where a clause of a sentence's list of signings ends: "甲与乙签署…协议；丙与丁签署…协议"."""


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
    item = rf"{IN_CLAUSE}{{0,{_LIST_ITEM}}}?[,\uff0c](?!{_OPENS_CLAUSE})"
    reach = (
        rf"(?:{IN_CLAUSE}{{0,40}}?|(?P<list>(?:{item}){{1,16}}?){IN_CLAUSE}{{0,{_LIST_ITEM}}}?)"
        rf"(?=[{first}])(?P<verb>{verbs})"
    )
    return _Governing(re.compile(reach, re.IGNORECASE), re.compile(stop, re.IGNORECASE))


_A_SIGNING = r"\b(?:co|counter)?sign"
"""A signing word that stops a role's words from reaching back over it to a name: "sign",
"signed", "countersigned"; not inside another word ("Design Institute", "Assignment
Office" in a witness's apposition: a review's find)."""


_WITNESSING_THE_SIGNING = (
    r"\bwitnessing\s+(?:the|this|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:signing|ceremony|exchange|signature)s?\b|\bwitnessing(?=\s*[.;]|\s*$)"
)
"""The participle of a clause of its own after the signing's ("…, with President Lin Shuhe
and Deputy Director Aliya Nurlanovna witnessing the signing": the blind24 y04's), its
object the signing or none ("…, with Governor Arif Rahman witnessing."); not a signer's
aside ("Tom Hale, witnessing his third such deal this year, signed …": a review's find)."""


# "在…(的)见证下" puts someone else as witness: "陈清国与李明在市长吴芳的见证下签署", whose
# 见证 is not the signers'.
_WITNESSES_AFTER = _governing(
    rf"{_A_SIGNING}|签|在{IN_CLAUSE}{{0,30}}?见证下",
    "wlpchmou见主揭",
    rf"\b(?:witness(?:ed|es))\b(?!\s+by)|{_WITNESSING_THE_SIGNING}|\blooked\s+on\b"
    r"|\bwatched\s+as\b|见证"
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
    rf"{_A_SIGNING}|签|在{IN_CLAUSE}{{0,30}}?陪同下",
    "asdgcw出参致讲发祝陪表指强到观",
    r"(?:\b(?:(?:attended|attends)(?!\s+by\s+(?!video|phone|telephone|teleconference"
    r"|videoconference|zoom|link|remote))|spoke|speaks|addressed"
    r"|(?:delivered|gave)\s+(?:a|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:speech|address|remarks"
    r"|vote\s+of\s+thanks)|welcomed\s+the\s+(?:guests|delegation|delegates|participants)"
    r"|graced\s+the\s+(?:occasion|event|ceremony)|(?:congratulated|accompanied)(?!\s+by))\b"
    r"|出席|参加(?!签约(?!仪式))|致辞|讲话|发言|(?:表示)?祝贺|陪同|(?:到场)?观礼(?=[，,。；;\s]|$)"
    # What one says after a pause is the speech's, its signing words too ("梁正勋表示，…推动
    # 项目早签约": the blind26 aa02's); unless they then sign ("…表示，…，随后与韦思成签署").
    r"|(?:表示|指出|强调)(?=[，,：:])"
    r"(?![^。；;]*?(?:并|随后|随即|当场|然后|之后|后)[^。；;，,]{0,30}?(?:签署|签订|签约|签字)))"
    rf"(?!{_SIGNED_TOO})",
)
_HELD_TALKS_AFTER = _governing(
    rf"{_A_SIGNING}|签", "会座", r"(?:会见|会谈|座谈|会晤)(?=[ \t\u3000]|\n|$)"
)
"""Words of talks that end a headline's clause, the blank after them parting it from the
next: "李明哲赵国强座谈　王志远刘建华签约", a subheading whose first two held talks while the
other two signed (the blind58 bg02's); they govern the names before them as the attending
words do, though they make no attendee of them. Not talks in a body's sentence, which may
go on to a signing ("举行会谈，会谈后两人签署", "会见…，两人代表双方签署"), nor a room or a time
of them ("在会见厅签署", "会谈期间签署": a review's finds)."""
# Presiding governs a name as a witness's evidence: "签约仪式由副市长王晓东主持，市委书记李强
# 见证签约" says 李强 witnessed, not the presider; unless they witnessed or unveiled as well
# ("主持仪式并见证签约", "presided and then unveiled the plaque").
_WITNESSED_TOO = (
    rf"(?!{IN_CLAUSE}{{0,30}}?(?:[,\uff0c]\s*)?(?:并|随后|\band\s+(?:also\s+|then\s+|later\s+)?)"
    r"(?:共同|jointly\s+)?(?:见证|witness|unveil|inaugurat|为[^.;\u3002\uff1b]{0,20}?(?:揭牌|揭幕)"
    r"|揭牌|揭幕|挂牌|授牌))"
)
_PRESIDED_BY = re.compile(
    rf"(?:{_PRESIDED_OVER_BY}{IN_CLAUSE}{{0,60}}|主持人[:：]?\s*)$",
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
    r"|(?:揭牌|揭幕|挂牌|授牌)(?!仪式)|主持揭[牌幕]仪式|共同启动|启动键|启动球"
)
_GOES_ON = (
    r"[,\uff0c]\s*(?:(?:随后|之后|然后|签约后|会后)\s*[,\uff0c]?\s*)?"
    r"(?:并(?!由|请|邀请)|(?=二人|两人|双方|他们|共同|一起|还|又|与(?!会)|携)"
    r"|and\s+(?:then\s+|also\s+|later\s+|jointly\s+)?(?=unveil|inaugurat)|then\s+)"
)
"""After a clause, the same subject going on: "签署协议，并共同为…揭牌", "签约，随后二人为…
揭牌", "signed it, and jointly unveiled"; not "，并由市长王五揭牌", "，随后市长王五揭牌"."""
_UNVEILS_IN_CLAUSE = re.compile(
    rf"(?:[,\uff0c]\s*who\s+(?:also\s+|then\s+|later\s+)?(?:jointly\s+)?"
    rf"|{IN_CLAUSE}{{0,{_LIST_ITEM}}}?{_GOES_ON}{IN_CLAUSE}{{0,{_LIST_ITEM}}}?)"
    rf"(?:{_UNVEILING})",
    re.IGNORECASE,
)
_UNVEILING_NEXT = re.compile(
    rf"{IN_CLAUSE}{{0,{_LIST_ITEM}}}?(?=[ui揭挂授共启主])(?P<verb>{_UNVEILING})", re.IGNORECASE
)
"""The nearest unveiling words in the name's clause, whose subject :func:`_unveiler`
says it is."""
_UNVEILING_LEAD = re.compile(
    r"(?:\s*(?:共同|一起|一同|联合|亲自|正式|应邀|受邀|\b(?:jointly|together|also|then|later"
    r"|formally|officially|(?:were|was)\s+(?:then\s+|later\s+)?(?:invited|asked)\s+to)\b)\s*)*"
    r"(?:为[^,;.\uff0c\uff1b\u3002]{0,40}?(?:共同|一起|一同)?\s*)?$",
    re.IGNORECASE,
)
"""Right before the unveiling words, their adverbs and Chinese object: "jointly", "were
invited to", "共同为研究院"."""
_AFTER_THE_SIGNING = re.compile(
    r"\s*(?:(?:签约|签字|签署)(?:仪式)?(?:完成|结束)?之?后\s*[,\uff0c]"
    r"|(?:After|Following)\s+the\s+signing(?:\s+ceremony)?\s*,)",
    re.IGNORECASE,
)
"""A sentence's opening on the time after the signing, whose signing words tell no one of
the sentence signing: the blind44 as03's "签约完成后，双方邀请…上台，由两人共同为中心揭牌"."""
_SIGNS_OR_ACTS_FOR = re.compile(
    rf"{ROLE_WORDS['signatories'].pattern}|代表|on\s+behalf\s+of", ROLE_WORDS["signatories"].flags
)
"""What still tells a signer after that opening: signing words of its own, or acting for a
party ("签约完成后，…代表双方互换协议文本": a review's find)."""
_SAME_SUBJECT_GOES_ON = re.compile(
    r"(?:并|随后|然后|后|\b(?:and|then|before|after|while|by))\s*$", re.IGNORECASE
)
"""The name's clause going on to the unveiling: "signed it and jointly unveiled", "signed
the agreement before unveiling", "签署协议并为实验室揭牌", "签约后共同为研究院揭牌"."""
_OWN_FIRST = re.compile(
    r"^(?:[^,;.\uff0c\uff1b\u3002]{0,30}?后[,\uff0c]?"
    r"|(?:亲自|也|专程|应邀)?(?:出席|到场|莅临|参加)[^,;.\uff0c\uff1b\u3002与]{0,10}?并)\s*(?=与|和|同|携)"
)
"""The name's own deed before it goes on with others to unveil: "林涛致辞后与周博共同为研究院
揭牌", "林涛致辞后，与周博共同…", "吴建华出席仪式并与刘文彬…共同为…揭牌"."""
_ASIDE = re.compile(
    r"在[^,;.\uff0c\uff1b\u3002]{0,40}?(?:(?:陪同|见证|带领|率领|主持|安排|邀请)下|上|中|期间|现场|时)"
)
"""An aside, which leaves the name before it the subject: "在王海涛的陪同下", "在嘉宾的见证
下", "在签约仪式上"."""
_ANOTHERS_CLAUSE = re.compile(
    r"\b(?:who|whom|whose|which|that|where|when|while|whereas|(?<!well\s)as(?!\s+well\b)"
    r"|after|before|because|since|once|until|so)\b"
    r"|(?:陪同|见证|带领|率领|主持|安排|邀请)下|后[,\uff0c]|邀请|特邀|(?<![申邀])请",
    re.IGNORECASE,
)
"""Words that open another clause or an aside, whose subject the unveiling words may be
("attended the ceremony where Zhou Bo unveiled", "王五的陪同下", "到达后，"), or that make
another its subject ("张三邀请李四为研究院揭牌"); not "as well as"."""
_ENGLISH_VERB = re.compile(
    r"(?<![-\w])(?<!newly\s)(?<!recently\s)"
    r"(?!(?:distinguished|esteemed|honou?red|appointed|elected|retired|renowned"
    r"|noted|assembled|owned|based|united|listed|related|advanced|applied|integrated)\b)"
    r"(?:[a-z]{2,}ed|met|gave|made|took|led|told|went|came|stood|saw|held)\b(?!\s+by\b)"
)
"""An English verb a list of people and groups does not hold ("Lin Tao welcomed the
guests, and Zhou Bo unveiled"), where the list may hold any noun and adjective ("Ada
Reyes and the deans of the two partner schools together unveiled", "chairman of
Shenzhen-based Beta Group", "the newly appointed director", "joined by Mayor Wu"). Case
matters: a capital's "-ed" is a name ("Ted")."""


def _unveiler(text: str, until: int, verb_at: int) -> bool:
    """Whether the name ending at ``until`` is the subject of the unveiling words at
    ``verb_at``: between them only people and groups ("Mayor Wu Fang, Governor Ada Reyes
    and Minister Li Ming jointly unveiled", "张三与李四共同为实验室揭牌"), asides aside
    ("林涛与周博在嘉宾的见证下共同揭牌"), or the name's own clause going on ("signed the
    agreement and jointly unveiled", "签署协议并为实验室揭牌"); not another's unveiling in
    the same sentence ("attended the ceremony where Zhou Bo unveiled", "刘建华致辞后，王海涛
    为研究院揭牌": a review's find)."""
    lead = _UNVEILING_LEAD.search(text, until, verb_at)
    head = _ASIDE.sub(" ", text[until : lead.start() if lead is not None else verb_at])
    head = _OWN_FIRST.sub("", head)
    goes_on = _SAME_SUBJECT_GOES_ON.search(head)
    if goes_on is not None:
        return _ANOTHERS_CLAUSE.search(head, 0, goes_on.start()) is None
    return not any(
        pattern.search(head) for pattern in (_NO_ITEM, _ZH_DOES, _ANOTHERS_CLAUSE, _ENGLISH_VERB)
    )


_ZH_NEXT_ITEM = re.compile(
    r"[，,](?P<item>[^，,。；;：:、\n]{2,30}?(?:、[^，,。；;：:、\n]{1,12}?)*)"
    r"(?:(?P<attends>(?=(?:亲自|也|专程|应邀)?(?:出席|到场|莅临|参加)))|(?=[，,]))"
)
"""The next item of a Chinese list of people after a name, a comma before it: titles and a
name ("，华岳集团董事长、党委书记卢承泽"), the last one's attending after it."""
_ZH_NOT_A_HEAD = re.compile(r"[为是]|签|出席|参加|主持|致辞|讲话|会见|陪同|见证")
"""What the item of a list's head holds that no title and name does: a label's 为, another
doing ("双方签约代表为…周明、…田阳，市长李平…出席": review80's find)."""
_UNVEILS_AFTER = _governing(
    rf"(?:{_A_SIGNING}|签)(?![^,\uff0c]*后[,\uff0c])[^,\uff0c]*[,\uff0c](?!\s*(?:并|随后|然后|之后|又|还|共同"
    r"|and\b|then\b|later\b|after\s+which\b))",
    "ui揭挂授共启",
    _UNVEILING,
)
_PLAQUE = re.compile(
    r"揭牌|揭幕|挂牌|授牌|\b(?:plaques?|nameplates?|signboards?|name\s?boards?)\b", re.IGNORECASE
)
"""What unveiling a founded body's plaque says (Chinese 揭牌 is just that)."""
_UNVEILED_BY = re.compile(
    rf"\b(?:unveiled|inaugurated)\s+by\b(?:{IN_CLAUSE}{{0,{_LIST_ITEM}}}?[,\uff0c](?!{_OPENS_CLAUSE}))"
    rf"{{0,8}}?{IN_CLAUSE}{{0,60}}$",
    re.IGNORECASE,
)
""""Unveiled by" before a name, in its clause or across the commas of the list it leads
("was unveiled by Professor Daniel Osei, Pro-Vice-Chancellor for Research, and Ms Chen
Lu": the blind8 i02's)."""
# Signing words that govern a name, as the role moves read them (``Checker.states``): "Lin
# Tao and Zhou Bo signed the MoU", "林涛与周博签署协议", "signed by Lin Tao and Zhou Bo";
# not past witnessing, presiding or attending words ("吴芳见证签约", "Wu Fang, who attended,
# signed" is left alone), nor a "who"/"where" clause ("the city where the MoU was signed").
# Not what makes a witness's evidence fail: 签约 also names things (签约现场, 签约企业), and
# people "signed as witnesses" (a review's finds).
_SIGNS_AFTER = _governing(
    rf"\b(?:witness(?:ed|es|ing)?|presid(?:ed|es|ing)|chaired|attend(?:ed|s|ing)?|looked\s+on"
    rf"|watch(?:ed|es)?)\b|见证|主持|出席|致辞|在{IN_CLAUSE}{{0,30}}?见证下",
    "sipacbuwe签互续",
    SIGNED_WORDS,
)
_SIGNER_LEAD = re.compile(
    rf"\b(?P<lead>(?:signed|countersigned|inked|penned)\s+by)\b{_LEAD_REACH}", re.IGNORECASE
)
"""Signing words before a name: "signed by Lin Tao", "inked by Lin Tao and Zhou Bo"."""
_PLANNED_SIGNERS_LEAD = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:(?:due|set|scheduled|expected)\s+)?to|will|would|shall)"
    r"\s+be\s+(?P<lead>(?:signed|countersigned)\s+by)\b",
    re.IGNORECASE,
)
"""The signers a plan names, before the signing: "the memorandum is to be signed by NIMO
deputy director Lars Havik and …" (the blind65 bn05's)."""
_OUT_OF_CLAUSE = re.compile(rf"[{CLAUSE_STOPS}]")
_SIGNED_BY_OTHERS = re.compile(r"\b(?:was|were)\s+(?P<verb>signed\s+by)\b", re.IGNORECASE)
"""The signing told as done, with its signers: "It was signed by NIMO director Ingrid
Solheim and …"."""
_AN_ASIDE_AFTER = re.compile(RELATIVE_ASIDE, re.IGNORECASE)
"""A relative clause right after a name, before its verb: "State Sen. Rachel Dunmore, whose
district includes the Bend campus, witnessed both signings" (the blind41 ap05's)."""
_SIGNER_LIST_LEAD = re.compile(
    rf"\b(?P<lead>(?:signed|countersigned|inked|penned)\s+by)\b"
    rf"(?:{IN_CLAUSE}{{0,{_LIST_ITEM}}}?[,\uff0c](?!{_OPENS_CLAUSE})){{1,8}}?{_LEAD_REACH}",
    re.IGNORECASE,
)
"""The same words across the commas of the list of signers they lead: "signed by Mr. Shen
Haoran, general manager of Qinglan Motion, and Ms. Gao Yiting" (the blind37 al01's)."""
_WITNESS_VERB_AFTER = _governing(
    rf"{_A_SIGNING}|签|\bink(?:s|ed)?\b|\bpen(?:s|ned)?\b",
    "wlw见出参a",
    r"\bwitness(?:ed|es)\s+(?:it\b|(?:(?:the|this|its|their)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:signing|ceremony|exchange|agreement|mou|memorand\w*|pact|deal|contract)s?\b(?!['\u2019]))"
    rf"|{_WITNESSING_THE_SIGNING}"
    r"|\blooked\s+on\b|\bwatched\b(?!\s+by)"
    r"|见证(?=下|[\uff0c\u3002\uff1b,.;]|$|[^\uff0c\u3002\uff1b,.;]{0,8}?(?:签|协议|仪式|合同|备忘录|合作))"
    # Who attended the ceremony and witnessed, in one clause: its signing words are the
    # ceremony's, not a signing of theirs.
    r"|(?:出席|参加)了?签(?:约|字)仪式并(?:共同)?见证"
    r"|(?:出席|参加)了?(?:签(?:约|字))?(?:仪式|活动)[，,]?并(?:共同)?见证"
    r"(?=了?[^，。；,.;]{0,30}?(?:签(?:约|署|字|订)(?!双方|各方)|协议|合同|备忘录|文本)|[。；;]|$)"
    r"|\battended\s+the\s+signing\s+ceremony\s+and\s+witnessed\b",
)
"""Witnessing words after a name, of a signing, and no unveiling or presiding ("Li Guohua
and Sun Haitao witnessed the signing", "吴芳见证签约", "出席签约仪式并见证签约", "出席仪式，
并共同见证…协议签署": the blind25 z02's; not "出席仪式，并共同见证了两校的友谊";
"张三见证了两校的友谊", "was watched by"): what the role moves take for a witness's. No
signing words stand between (nor a signing ceremony: "林涛在签约仪式上致辞，吴芳见证签约"
is 吴芳's witnessing, a review's find)."""
_WITNESS_LEAD = re.compile(rf"\b(?:{_WITNESS_LEAD_WORDS}){_LEAD_REACH}", re.IGNORECASE)
_DEAL_SIGNED = re.compile(
    rf"(?:\s+(?:[\w'\u2019-]+\s+){{0,4}}?"
    rf"|\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+-year\s+)?(?:(?-i:[A-Z])[\w'\u2019-]*\s+){{1,6}}?"
    rf"|[^\s,.;\uff0c\u3002\uff1b]{{0,10}}?)(?:{DEAL_WORD})"
    rf"|[了下过\s]{{0,2}}《[^《》〈\u3002\n]{{0,80}}?(?:{DEAL_WORD})[^《》〈\u3002\n]{{0,30}}》"
    r"|(?<=签约|签字)(?![\u4e00-\u9fff])|(?<=签约|签字)(?=并|后|。|，)"
    r"|\s+(?:for|on\s+behalf\s+of)\s+(?:(?:the|its|their)\s+)?"
    r"(?:(?!(?:at|in|on|of|to|from|by)\b)[\w'\u2019-]+\s+){0,3}?"
    r"(?:side|party|college|university|institute|academy|company|group|ministry|government"
    r"|agency|authority|council|school|hospital|port|city|county|province)\b",
    re.IGNORECASE,
)
"""After a signing verb, what it signed, as the role moves need it said: an agreement
within a few words ("signed the strategic cooperation MoU", "签署合作协议", "代表双方签约。",
"分别代表本单位签字。"), a title's capitalised words right after an article and a term
("signed a two-year Cocoa Fermentation Research Agreement": the blind49 ax04's; not "signed
a petition against the Coastal Wind Farm Agreement": a review's find)
or a title in 《》 that names one, however long ("签署了《共建智能传感联合实验室协议》",
"…协议（2024—2028年度）》"; not one that quotes a document in 〈〉, "《关于支持〈…协议〉…的联合
倡议书》": a review's finds), or the side it was signed for ("signed for the Norwegian college",
"signed on behalf of the city": the blind71 bt05's; not "signed for the consignment at
the port", its side's word after a place's words: a review's find);
not "signed the guest book", "signed a letter of support for the agreement", "在签约现场
签名"."""
_BEFORE_THE_VERB = re.compile(
    r"(?:出席并|出席|并|共同|一同|一起|现场|也|还|均|同样|为[^，,。；;为的]{1,40})+$"
)
"""Words between a name and the witnessing verb it governs: "副省长马宏伟出席并见证", what
is unveiled ("黄美惠共同为研究中心揭牌": the blind82 ce02's; not "以…王建华为首的省市领导",
whose subject is the group: review83)."""
_LATIN_NAME_AT_END = re.compile(
    r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){1,3}$"
)
"""Two to four capitalised words that end a clause's words: a name ("Mayor Wu Fang")."""
_DEAL_BEFORE = re.compile(rf"(?:{DEAL_WORD})(?:[^.;\u3002\uff1b]{{0,30}})$", re.IGNORECASE)
"""Before "signed by", the agreement it signed: "The MoU was signed by …"."""
_IT_WAS = re.compile(r"\s*It\s+(?:was|had\s+been)\s+", re.IGNORECASE)
"""Before "signed by", a pronoun for the agreement the sentence before signed."""
_A_DEAL_SIGNED = re.compile(rf"(?:{DEAL_WORD})[^.;\u3002\uff1b]{{0,30}}?\bsigned\b", re.I)
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
_WITNESSES_NAMED = (
    re.compile(r"其中(?P<names>[^，,。；;：:]{2,60}?)(?:共同|一同|一起)?(?:见证|作为见证)"),
    re.compile(
        r"\bwith\s+(?P<names>[^,;.]{2,80}?)\s+(?:acting|serving)\s+as\s+(?:the\s+)?witness",
        re.IGNORECASE,
    ),
)
"""A clause that picks the witnesses out of the people a sentence names ("…出席仪式，其中
周广平、林振邦共同见证了协议的签署", "…were among those present, with Engvik and Kartika
acting as witnesses to the signing"): the others attended."""
_FIRM = re.compile(
    r"\b(?:holdings|group|ltd|inc|corp(?:oration)?|company|co|llc|plc|gmbh|partners|capital"
    r"|industries|bank)\b",
    re.IGNORECASE,
)
"""A company's word in a name: "Engvik Holdings" is not Lars Engvik, whom "Engvik" picks out."""
_NOT_THEIRS = re.compile(rf"{ROLE_WORDS['witnesses'].pattern}|{DEAL_WORD}", re.IGNORECASE)
"""Between a signer's name and a document's title, what makes the title not the one they
signed: witnessing words, another document's word."""


def _only_names_picked(names: str) -> bool:
    """Whether the witnesses a clause picks out are written as names alone: Chinese ones
    each a name (:func:`~coopllm.titles.name_ending`), English ones capitalised words and
    "and"."""
    if HAN.search(names):
        items = [item.strip() for item in re.split(r"[、，,和与及]", names)]
        return all(item and name_ending(item) == item for item in items)
    words = names.replace(",", " ").split()
    return all(word == "and" or word[0].isupper() for word in words)


def _ends_in_a_name(words: str) -> bool:
    """Whether ``words`` (a clause up to its witnessing word) end in a person's name, the
    words "出席并", "共同" after it aside: a Chinese name (:func:`name_ending`), or two to
    four capitalised words ("Mayor Wu Fang witnessed")."""
    words = _BEFORE_THE_VERB.sub("", words.strip()).strip()
    if HAN.search(words[-1:]):
        return name_ending(words) is not None
    return _LATIN_NAME_AT_END.search(words) is not None


class PeopleEvidence(Reading):
    """Whether the article says a person signed, witnessed, unveiled, attended or
    presided."""

    def has_evidence(self, value: str, role: str, *, person: bool = False) -> bool:
        """Whether the article says the value's role (:meth:`role_sentence`)."""
        return self.role_sentence(value, role, person=person) is not None

    @remembered
    def role_sentence(self, value: str, role: str, *, person: bool = False) -> Sentence | None:
        """The first sentence that mentions the value and also says its role (for a
        signatory, or says after the name in its clause that it signed before doing
        something else: ``_SIGNS_THEN``); for a signatory, where some mention is not
        governed by witnessing, presiding, attending or speaking words (see
        ``_WITNESSED_BY``, ``_ATTENDS_AFTER``); for a witness, where some mention is
        not governed by presiding words alone (``_PRESIDES_AFTER``). ``person``: the
        value is a person's name, whose mentions are found as :meth:`grounded` finds them
        (not inside a longer name: "Li Wei" attended, "Li Wei-ming" signed)."""
        return next(self._role_sentences(value, role, person=person), None)

    def role_sentences(self, value: str, role: str, *, person: bool = False) -> list[Sentence]:
        """Every sentence :meth:`role_sentence` would take, in the article's order."""
        return list(self._role_sentences(value, role, person=person))

    def _role_sentences(self, value: str, role: str, *, person: bool) -> Iterator[Sentence]:
        for (start, end), written in self._by_sentence(value, person=person).items():
            mentions = [
                span
                for span in written
                if not self._in_a_byline(*span) and not self._under_a_sign_off(span[0])
            ]
            if not mentions:
                continue
            stated = self._stated(role, start, end, mentions)
            if stated is None:
                continue
            stood_by = {"signatories": self._stood_by, "witnesses": self._not_witnessing}.get(role)
            if stood_by is None or not all(
                stood_by(start, at, until, end) for at, until in mentions
            ):
                yield stated

    def _under_a_sign_off(self, at: int) -> bool:
        """Whether the mention at ``at`` is a statement's sign-off: on the line after
        "Signed:" ("Signed:" over its press officer's name and office: the blind85 ch04's,
        whose model gave the officer as a signer of the memorandum) or after it on its line
        ("Signed: Kunle Adebayo"); who issued the page. Not a list of signers under
        "Signed by:", nor a name said to sign "for" a body (review87)."""
        line = self.text.rfind("\n", 0, at) + 1
        end = self.text.find("\n", at)
        written = self.text[line : len(self.text) if end < 0 else end]
        if _FOR_A_BODY.search(written):
            return False
        if _SIGN_OFF_BEFORE.fullmatch(self.text, line, at) is not None:
            return True
        before = self.text.rfind("\n", 0, max(line - 1, 0)) + 1
        return line > 0 and _SIGN_OFF.fullmatch(self.text[before : line - 1].strip()) is not None

    def _in_a_byline(self, at: int, until: int) -> bool:
        """Whether the mention ``text[at:until]`` is a byline's, its line "By" and names
        alone ("By Colm Reddaway" under a headline that says "after signing deals": the
        blind79 cb06's, whose model gave the reporter as a signer): the writer's, no role's."""
        line = self.text.rfind("\n", 0, at) + 1
        found = _BYLINE_LINE.match(self.text, line)
        return found is not None and found.start("names") <= at and until <= found.end("names")

    def _stated(
        self, role: str, start: int, end: int, mentions: list[tuple[int, int]]
    ) -> Sentence | None:
        """Where the role of the mentions in the sentence ``text[start:end]`` is said: in
        the sentence; in a list under a label, from the label's sentence on (semicolons end
        the items' sentences); in the next sentence, which says the attendees witnessed;
        or, for a signatory, after the name (``_SIGNS_THEN``)."""
        if self._says(ROLE_WORDS[role], start, end):
            return start, end
        if role in _LIST_LABELS:
            opened = self._list_opened(_LIST_LABELS[role], start, end, mentions)
            if opened is not None:
                return opened, end
        if role == "witnesses":
            closing = self._attendees_witnessed(start, end, mentions)
            if closing is not None:
                return start, closing
        if role != "signatories":
            return None
        if any(_SIGNS_THEN.match(self.rules_text, until, end) for _, until in mentions):
            return start, end
        return self._represented_at_the_signing(start, end, mentions)

    def _represented_at_the_signing(
        self, start: int, end: int, mentions: list[tuple[int, int]]
    ) -> Sentence | None:
        """From the sentence before to this one's end, when the sentence ``text[start:end]`` opens
        with a body "represented by" the people it names, and that sentence before (of its
        paragraph) tells the signing with no one signing by name: "The three partners signed
        the "Tripartite Agreement …" on 27 February …. UTC was represented by its rector,
        Dr. Ignacio Valdés Larraín, and Cordillera Azul by chief executive Carolina Ibáñez
        Soto." (the blind77 bz05's); else None. Not after "signed by A and B", nor before
        it ("The charter itself was signed by …"), where the represented attended; nor a body
        the signing's sentence or the words before it do not write ("UNICEF was represented
        by …", "The Dutch embassy was represented by …": review78)."""
        text = self.rules_text
        opening = _REPRESENTED_BY.match(text, start, end)
        if opening is None or any(at < opening.end() for at, _ in mentions):
            return None
        before = self.sentence_before((start, end))
        if before is None or before not in self.signing_sentences():
            return None
        told = text[max(0, before[0] - _BODY_TOLD_REACH) : before[1]].casefold()
        if opening["body"].casefold() not in told:
            return None
        signed_by = _LIST_LABELS["signatories"]
        if any(signed_by.search(text, *s) for s in self.signing_sentences() if s[1] > start):
            return None
        if signed_by.search(text, *before):
            return None
        return before[0], end

    def _list_opened(
        self, label: re.Pattern[str], start: int, end: int, mentions: list[tuple[int, int]]
    ) -> int | None:
        """Where the sentence of the list's label starts, when the sentence ``text[start:end]``
        holds a mention in a list of people opened by ``label`` (see ``_LIST_LABELS``): after
        the label in the sentence, or in an item after it, the items between ended by
        semicolons (which end sentences) or each a line of its own ("签约人依次为：" and a line
        for each signer: the blind52 ba03's), and none of them more than an organisation, a
        title and a name (``_only_names``); else None."""
        text = self.rules_text
        index = bisect.bisect_left(self._starts, start)
        items: list[tuple[int, int]] = []
        lines = False  # an item ended by its line, not a semicolon
        for lead in range(index, max(-1, index - 1 - _MOST_ITEMS), -1):
            lead_start, lead_end = self._bounds[lead]
            if lead_start == lead_end:
                continue  # the blank between two paragraphs (one item a paragraph)
            opened = [found.end() for found in label.finditer(text, lead_start, lead_end)]
            ended = lead == index or text.endswith(_ITEM_END + _COLONS, lead_start, lead_end)
            if not ended and (opened or not text.startswith("\n", lead_end)):
                return None
            if not opened:
                items.append((lead_start, lead_end))
                lines = lines or not ended
                continue
            if lines and not text.endswith(_COLONS, lead_start, lead_end):
                return None  # a line a name only under a label that ends its line with a colon
            first = mentions[0][0] if lead == index else lead_end
            if opened[-1] > first or any(c in text[opened[-1] : lead_end] for c in _COLONS):
                return None
            if lead < index:
                items.append((opened[-1], lead_end))
            names_only = text[opened[-1] - 1] not in _COLONS  # "witnessed by A; B", no colon
            listed = all(self._an_item(*item, names_only=names_only) for item in items)
            return lead_start if listed else None
        return None

    def _an_item(self, start: int, end: int, *, names_only: bool) -> bool:
        """Whether ``text[start:end]`` may be an item of a list of people: short, and no
        verb (``_NO_ITEM``); ``names_only``, where no colon says a list follows, nothing
        but names, titles and bodies (``_only_names``)."""
        if end - start > _LONGEST_ITEM:
            return False
        if names_only:
            return _only_names(self.rules_text, start, end)
        return not _NO_ITEM.search(self.rules_text, start, end)

    def _attendees_witnessed(
        self, start: int, end: int, mentions: list[tuple[int, int]]
    ) -> int | None:
        """Where the next sentence ends, when the sentence ``text[start:end]`` says the
        person attended (attending words govern a mention, ``_attended``) and that next
        sentence that the attendees witnessed (``_ALL_WITNESSED``): not who sent another or
        did not come; else None."""
        following = self.sentence_after((start, end))
        if following is None or not self._says(_ALL_WITNESSED, *following):
            return None
        text = self.rules_text
        witnessed = any(
            (self._attended(start, at, until, end) or self._among_attendees(start, at, until))
            and not _ABSENT.match(text, until, end)
            and not _FOR_ANOTHER.search(text, max(start, at - 40), at)
            and not _OWN.match(text, until)  # "市长王五的代表赵六", "Governor X's aide"
            for at, until in mentions
        )
        return following[1] if witnessed else None

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
        item_start = stretch_around(text, CLAUSE_STOPS, start, at, until, end)[0]
        return not across or (
            _only_names(text, until, verb_at) and _only_names(text, item_start, at)
        )

    def titles_signed(self, name: str, titles: Sequence[str]) -> list[tuple[set[int], int]]:
        """For each sentence that names the person and holds signing words, which of
        ``titles`` it writes after the person's name with no witnessing words nor another
        document's word between (``_NOT_THEIRS``): the documents it says they signed
        ("林涛与周博签署《战略合作协议》"; not "林涛签约，随后见证了王海签署《供货合同》", "Under
        the Port MoU, A and B signed a supply contract": a review's finds); and how many of
        ``titles`` it writes at all."""
        found = []
        for (start, end), mentions in self._by_sentence(name, person=True).items():
            if not self._says(SIGNED, start, end):
                continue
            after = mentions[0][1]
            signed, written = set(), 0
            for i, title in enumerate(titles):
                spans = [
                    at
                    for form in joined_otherwise(title)
                    for at, _ in self.mentions_in(form, (start, end))
                ]
                written += bool(spans)
                spans = [at for at in spans if at >= after]
                if spans and not _NOT_THEIRS.search(self.rules_text, after, spans[0]):
                    signed.add(i)
            found.append((signed, written))
        return found

    def titles_shortened_signed(self, name: str, titles: Sequence[str]) -> set[int]:
        """Which of ``titles`` the clause of the person's signing names shortened, after
        their name, where each sentence that names them with signing words does so for one
        title alone (:func:`~coopllm.guard.reading.shortened`): "副市长赵明川与远航集团副总经理
        吴振华代表双方签署共建研究院合作协议；远航海工科技有限公司总经理韩旭与…签署项目投资协议"
        (the blind69 br02's, of 《共建云陵海洋装备研究院合作协议》 and 《深远海养殖平台研发制造
        项目投资协议》); else none."""
        text = self.rules_text
        chosen: set[int] = set()
        for (start, end), mentions in self._by_sentence(name, person=True).items():
            if not self._says(SIGNED, start, end):
                continue
            after = mentions[0][1]
            stop = _CLAUSE_END.search(text, after, end)
            clause = text[after : stop.start() if stop else end]
            kinds = kinds_named(clause)
            if "《" in clause or any(DEAL.fullmatch(k) for k in kinds):
                return set()  # a title as written, or "签署备忘录": no name, only its kind
            named = {i for i, title in enumerate(titles) for k in kinds if shortened(k, title)}
            if len(kinds) != 1 or len(named) != 1:
                return set()
            chosen |= named
        return chosen if len(chosen) == 1 else set()

    def unveiled(self, name: str) -> bool:
        """Whether the article says the person unveiled or inaugurated something
        (:meth:`unveiling_sentence`)."""
        return self.unveiling_sentence(name) is not None

    @remembered
    def unveiling_sentence(self, name: str) -> Sentence | None:
        """The first sentence that says the person unveiled or inaugurated something: the
        name is their subject (see :func:`_unveiler`, ``_UNVEILED_BY``), or it is listed
        under "揭牌嘉宾：" (from the label's sentence on)."""
        for (start, end), mentions in self._by_sentence(name, person=True).items():
            opened = self._list_opened(_UNVEILERS_LABEL, start, end, mentions)
            if opened is not None:
                return opened, end
            if any(self._unveils(start, at, until, end) for at, until in mentions):
                return start, end
        return None

    def unveiled_what_was_set_up(self, name: str, entities: Sequence[str]) -> bool:
        """Whether the article says the person unveiled a plaque, or one of ``entities``
        (the agreement's founded bodies): the spec's witness ("共同为研究院揭牌", "jointly
        unveiled the plaque", "inaugurated the Harbour Materials Institute"); not one who
        unveiled a five-year plan, a bus model or a container terminal (a review's finds)."""
        found = self.unveiling_sentence(name)
        if found is None:
            return False
        sentence = self.rules_text[found[0] : found[1]]
        if _PLAQUE.search(sentence):
            return True
        folded = normalize_for_match(sentence)
        return any(entity.strip() and normalize_for_match(entity) in folded for entity in entities)

    def states(self, name: str, role: str) -> bool:
        """Whether the article states the person's role plainly enough to move them into it
        from the other (``apply._in_its_role``): a signer in a clause that names an agreement,
        whom signing words govern across no word but names and titles ("Lin Tao and Zhou
        Bo signed the MoU", "signed by Lin Tao"; not "signed the guest book", "Governor
        Ada Reyes said Alpha and Beta signed"); a witness whom witnessing words govern in
        a sentence about a signing and no signing words do ("witnessed by Mayor Wu"; not
        "has witnessed the port's growth", "inked by A and B as C looked on"), or listed
        under a witnesses' label (an unveiler: :meth:`unveiled_what_was_set_up`)."""
        for (start, end), mentions in self._by_sentence(name, person=True).items():
            listed = role == "witnesses" and (
                self._list_opened(_LIST_LABELS[role], start, end, mentions) is not None
            )
            if listed:
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
        if self._presided(start, at, until, end) or self._not_picked_out(start, at, until, end):
            return True
        clause, closing = stretch_around(text, CLAUSE_STOPS, start, at, until, end)
        if ROLE_WORDS["witnesses"].search(text, clause, end):
            return False
        if self._spoke_after_anothers_witnessing(start, clause, until, closing):
            return True
        leads = [found.span() for found in _ANOTHERS_WITNESSING.finditer(text, start, clause)]
        if not all(
            any(lead_at <= found.start() < lead_end for lead_at, lead_end in leads)
            for found in ROLE_WORDS["witnesses"].finditer(text, start, clause)
        ):
            return False  # "After witnessing the signing, Governor X signed …": X's own
        verb = _SIGNS_AFTER.verb(text, until, end)
        return verb is not None and not verb[1] and self._signed_a_deal(start, at, until, end)

    def _spoke_after_anothers_witnessing(
        self, start: int, clause: int, until: int, closing: int
    ) -> bool:
        """Whether speaking or attending words govern the mention in its own clause
        (``text[clause:closing]``), and every witnessing word before that clause has a
        subject of its own before it in its clause, a person's name ("副省长马宏伟出席并见证签约，
        厅长田景春讲话，…": the blind11 l03's 田景春 spoke); not after a clause the witnessing
        opens ("After witnessing the signing, Governor X spoke": X's own), nor one whose
        subject is a group the person may be of ("两位省领导见证签约，省长王五…出席并讲话",
        "which two ministers witnessed": a review's finds)."""
        text = self.rules_text
        verb = _ATTENDS_AFTER.verb(text, until, closing)
        if verb is None or verb[1]:
            return False
        words = list(ROLE_WORDS["witnesses"].finditer(text, start, clause))
        return bool(words) and all(
            _ends_in_a_name(text[opening : word.start()])
            for word in words
            for opening, _ in [stretch_around(text, CLAUSE_STOPS, start, *word.span(), clause)]
        )

    def _not_picked_out(self, start: int, at: int, until: int, end: int) -> bool:
        """Whether the sentence picks its witnesses out in a clause of their own
        (``_WITNESSES_NAMED``), of names alone (not "with the minister acting as witness",
        "其中两位省市领导", "其中吴副省长": a review's finds), that does not name the mention
        ``text[at:until]``, which no witnessing words lead either: by the
        name, or a Latin name by a word of it, family names coming first or last ("with
        Engvik and Kartika acting as witnesses" names Lars Engvik, not Gordon Teo; "with
        Wu and Reyes …", Wu Fang). A company's name beside them is no witness either."""
        text = self.rules_text
        picked = [
            found
            for pattern in _WITNESSES_NAMED
            for found in pattern.finditer(text, start, end)
            if _only_names_picked(found["names"])
        ]
        if not picked or _WITNESS_LEAD.search(text, max(start, at - GOVERNS), at):
            return False  # none picked out by name, or "in the presence of" this one
        name = text[at:until]
        by_words = " " in name.strip() and not _FIRM.search(name)
        words = [re.escape(word) for word in name.split()] if by_words else []
        by_a_word = re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)") if words else None
        return not any(
            found.start("names") <= at < found.end("names")
            or name in found["names"]
            or (by_a_word is not None and by_a_word.search(found["names"]))
            for found in picked
        )

    def _signed_a_deal(self, start: int, at: int, until: int, end: int) -> bool:
        """Whether the mention is a signer's as :meth:`states` reads one."""
        text = self.rules_text
        if _OWN.match(text, until) or self._stood_by(start, at, until, end):
            return False
        lead = _SIGNER_LEAD.search(text, max(start, at - GOVERNS), at) or (
            self._a_list_of_signers(start, at, end)
        )
        if lead is not None and _only_names(text, lead.end("lead"), at):
            return bool(_DEAL_BEFORE.search(text, start, lead.start())) or self._its_deal_before(
                start, lead.start()
            )
        verb = _SIGNS_AFTER.verb(text, until, end)
        if verb is None or not _only_names(text, until, verb[0]):
            return False
        item_start = stretch_around(text, CLAUSE_STOPS, start, at, until, end)[0]
        if verb[1] and not _only_names(text, item_start, at):
            return False  # "Flanked by Mayor Wu, Lin Tao signed": Wu heads no list of signers
        signed = SIGNED.match(text, verb[0])
        return (
            signed is not None
            and not _SIGNED_OFF.match(text, verb[0])
            and not text.startswith("签名", verb[0])
            and text[verb[0] : verb[0] + 8].lower() != "signator"  # "A, a signatory to …"
            and not self._unveils(start, at, until, end)
            and _DEAL_SIGNED.match(text, signed.end(), end) is not None
        )

    def _its_deal_before(self, start: int, until: int) -> bool:
        """Whether ``text[start:until]``, the words before "signed by", are "It was" and
        the sentence before, in its paragraph, tells the agreement signed: "The memorandum
        was signed on 8 September at … It was signed by NIMO director Ingrid Solheim and …"
        (the blind65 bn05's); not after one that tells another or an earlier signing ("…
        replaces a memorandum of understanding signed in 2015. It was signed by …": a
        review's find)."""
        if _IT_WAS.fullmatch(self.rules_text, start, until) is None:
            return False
        before = self.sentence_before((start, until))
        return (
            before is not None
            and bool(_A_DEAL_SIGNED.search(self.rules_text, *before))
            and not self.tells_another_signing(self.rules_text[before[0] : before[1]])
        )

    def _a_list_of_signers(self, start: int, at: int, end: int) -> re.Match[str] | None:
        """The "signed by" that leads a list of signers to the mention at ``at``
        (``_SIGNER_LIST_LEAD``), where the sentence goes on to its end with names and
        titles alone: not "…, Mayor Wu Fang, who attended the ceremony, told reporters",
        nor "…, Governor Ada Reyes and Mayor Wu Fang looking on" (a review's finds)."""
        text = self.rules_text
        lead = _SIGNER_LIST_LEAD.search(text, max(start, at - 8 * _LIST_ITEM), at)
        if lead is None or not _only_names(text, lead.end("lead"), end):
            return None
        return lead

    def _witnessed(self, start: int, at: int, until: int, end: int) -> bool:
        """Whether the mention is a witness's as :meth:`states` reads one, a relative
        clause after the name aside (``_AN_ASIDE_AFTER``)."""
        text = self.rules_text
        aside = _AN_ASIDE_AFTER.match(text, until, end)
        until = aside.end() if aside is not None else until
        return (
            self._says(ROLE_WORDS["location"], start, end)
            and not self._presided(start, at, until, end)
            and not _SIGNS_AFTER.governs(text, until, end)[0]
            and not _SIGNER_LEAD.search(text, max(start, at - GOVERNS), at)
            and bool(
                _WITNESS_VERB_AFTER.governs(text, until, end)[0]
                or _WITNESS_LEAD.search(text, max(start, at - GOVERNS), at)
            )
        )

    def _unveils(self, start: int, at: int, until: int, end: int) -> bool:
        """Whether unveiling words govern the mention ``text[at:until]`` of its sentence."""
        text = self.rules_text
        if _UNVEILS_IN_CLAUSE.match(text, until, end) or _UNVEILED_BY.search(
            text, max(start, at - 8 * _LIST_ITEM), at
        ):
            return True
        nearest = _UNVEILING_NEXT.match(text, until, end)
        if nearest is not None and _unveiler(text, until, nearest.start("verb")):
            return True
        verb = _UNVEILS_AFTER.verb(text, until, end)
        if verb is not None and _unveiler(text, until, verb[0]):
            return True
        return self._unveils_with_the_list(start, until, end)

    def _unveils_with_the_list(self, start: int, until: int, end: int) -> bool:
        """Whether the name ending at ``until`` heads a Chinese list that commas part, its
        items titles and names alone, whose last name attends and goes on to unveil: the
        list is the subject ("市委书记高振宇，华岳集团董事长、党委书记卢承泽出席签约仪式，并共同为
        “华岳临江氢能研究院”揭牌": the blind79 cb02's)."""
        text = self.rules_text
        opening = max((text.rfind(stop, start, until) for stop in "，,。；;：:"), default=-1) + 1
        if _ZH_NOT_A_HEAD.search(text, max(start, opening), until):
            return False  # "双方签约代表为周明、田阳，市长李平…出席": another list's item
        at = until
        while (item := _ZH_NEXT_ITEM.match(text, at, end)) is not None:
            name = name_ending(item["item"])
            if name is None or not _only_names(text, item.start("item"), item.end("item")):
                return False
            if item["attends"] is not None:
                return self._unveils(start, item.end("item") - len(name), item.end("item"), end)
            at = item.end("item")
        return False

    def _presided(self, start: int, at: int, until: int, end: int) -> bool:
        """Presiding words govern the mention ``text[at:until]`` in its clause (not
        another's, "…共同按下启动键，仪式由王晖主持"), and no witnessing words of its own
        stand in that clause or follow them (see ``_PRESIDES_AFTER``)."""
        text = self.rules_text
        clause = stretch_around(text, CLAUSE_STOPS, start, at, until, end)
        if ROLE_WORDS["witnesses"].search(text, *clause):
            return False  # "见证签约的有李强、陈刚，王晓东主持仪式": 见证 is in their clause
        return bool(
            _PRESIDED_BY.search(text, max(start, at - GOVERNS), at)
            or _PRESIDES_AFTER.governs(text, until, end) == (True, False)
        )

    def _signs_itself(self, start: int, at: int, until: int) -> bool:
        """Whether "signed by" leads the mention ``text[at:until]`` across nothing but
        names and one "and" ("signed by Lin Tao and Zhou Bo as Mayor Wu looked on"; not
        "… and Mayor Wu witnessed", "in the office of Chief Minister X", "… as witnesses"):
        the witnessing words after it are then another's. (Not "After signing the MoU, A
        and B unveiled": news writes it of dignitaries who did not sign, a review's find.)"""
        text = self.rules_text
        lead = _SIGNER_LEAD.search(text, max(start, at - GOVERNS), at)
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
        if lead is None or SIGNED.search(text, lead.end("lead"), at):
            return False
        after = rest.match(text, until, end) or _CLAUSE_THEN_WHO.match(text, until, end)
        return not (after and SIGNED.search(text, until, after.end()))

    def _planned_not_told(self, start: int, at: int) -> bool:
        """Whether the mention ``text[at:...]`` is among the signers a plan named
        (``_PLANNED_SIGNERS_LEAD``; between, in its clause, no verb nor relative word: a
        title may hold any word, "head of data services"), where the article, after it,
        also tells the signing done by its signers (``_SIGNED_BY_OTHERS``,
        :meth:`_signed_by_after`): whoever signed
        is said there, and the plan says nobody signed (the blind65 bn05's update: "It was
        signed by NIMO director Ingrid Solheim and …"; the planned two "attended")."""
        text = self.rules_text
        leads = _PLANNED_SIGNERS_LEAD.finditer(text, max(start, at - GOVERNS), at)
        lead = max(leads, key=lambda found: found.start(), default=None)
        if lead is None:
            return False
        between = text[lead.end("lead") : at]
        if _OUT_OF_CLAUSE.search(between) or _NO_ITEM.search(between) or _RELATIVE.search(between):
            return False
        return any(
            self._signed_by_after(done.start("verb"))
            for done in _SIGNED_BY_OTHERS.finditer(text, at)
        )

    def _signed_by_after(self, at: int) -> bool:
        """Whether the "signed by" at ``at`` tells this signing done: its subject "It"
        or a deal's word (:meth:`_its_deal_before`, ``_DEAL_BEFORE``), its sentence no
        other or earlier signing's ("The state's previous technology agreement … was signed
        by former governor Bello Sani in 2019": a review's find)."""
        start, end = self.sentence_at(at)
        if self.tells_another_signing(self.rules_text[start:end]):
            return False
        return bool(_DEAL_BEFORE.search(self.rules_text, start, at)) or self._its_deal_before(
            start, at
        )

    def _signed_for(self, start: int, at: int, until: int) -> bool:
        """Whether the mention ``text[at:until]`` names the holder of the office on whose
        behalf the clause's signer signed (``_SIGNED_FOR``): its signing verb stands before
        "on behalf of" in the same clause, and the name does not sign for a body of its own
        ("signed on behalf of the Principal, Dr Tom Ross for the company": a review's
        find)."""
        text = self.rules_text
        if _SIGNS_FOR_ITSELF.match(text, until):
            return False
        found = _SIGNED_FOR.search(text, max(start, at - GOVERNS), at)
        if found is None or not only_titles(found["title"]):
            return False
        addressed = (found["addressed"] or "").split()
        if not all(only_titles(word) or addressed_as(word) for word in addressed):
            return False  # "on behalf of the Minister, Lin Tao for Acme": another name
        clause = stretch_around(text, CLAUSE_STOPS, start, found.start(), found.start(), at)[0]
        signed = SIGNED.search(text, clause, found.start())
        # Active, or passive with its signer named after "by" first: "was signed on behalf
        # of the President, Ann Lee" names the signer, "was signed by X on behalf of Dr. Y"
        # not, nor "was signed by video link on behalf of …, Ann Lee" (a review's find).
        return signed is not None and (
            not _PASSIVE.search(text, clause, signed.start())
            or _BY.search(text, signed.end(), found.start()) is not None
        )

    def _ends_a_list(self, start: int, at: int, until: int, end: int) -> bool:
        """Whether the mention's stretch between commas joins two names with "and": the
        list it is in ends there ("In the presence of A, B and C, Lin Tao and Zhou Bo
        signed": C's list ends at the comma after C; not ", and Zhou Bo,", a last item)."""
        text = self.rules_text
        opening, closing = stretch_around(text, ",\uff0c", start, at, until, end)
        joined = _AND.search(text, opening, closing)
        # "…, and Zhou Bo, …": the list's last item, not two names joined.
        return joined is not None and bool(text[opening : joined.start()].strip())

    def _stood_by(self, start: int, at: int, until: int, end: int) -> bool:
        """Witnessing, presiding, attending or speaking words govern the mention
        ``text[at:until]`` of its sentence: whoever it names stood by as others signed.
        So does a possessive: whose deputy or representative signed; or who entrusted the
        signer ("受校长周启明委托": the blind55 bd01's). Not a name the
        sentence says signed before it (``_signs_itself``); not across the commas after a
        name its clause already says signed ("signed by Lin Tao and Zhou Bo, and Mayor Wu
        Fang attended"): the list it ends is the signers', not the attendees' ("A and B
        signed, while C and D looked on" is); nor before a name that signs in its own
        clause."""
        text = self.rules_text
        if _OWN.match(text, until):
            return True  # "signed by Governor X's deputy Y", "市长王五的代表赵六签署"
        did_not = _DID_NOT_SIGN.match(text, until)
        if did_not and (
            not did_not["planned"]
            or _IN_THEIR_PLACE.search(text, until, end)
            or _REPRESENTED_NEXT.match(text, end)
        ):
            return True  # "Chair X had been due to sign but was held up, so Y signed"
        if self._signed_for(start, at, until):
            return True  # "Y signed on behalf of the Minister, X, who was abroad"
        if self._planned_not_told(start, at):
            return True  # "is to be signed by X and Y …", then "It was signed by Z and W"
        if _ENTRUSTING.match(text, until) and _ENTRUSTED_BY.search(text, max(start, at - 14), at):
            return True  # "受校长周启明委托，副校长陈立华代表学校签署"
        if self._signs_itself(start, at, until):
            return False
        if self._led_by_standing_words(start, at, until, end):
            return True
        if _UNDER_A_PATRON.search(text, max(start, at - GOVERNS), at):
            return True  # "under the patronage of H.E. Dr. Hilal …, who presided"
        signed_before = _AFTER_THE_SIGNING.match(text, start, end)
        if signed_before and not _SIGNS_OR_ACTS_FOR.search(text, signed_before.end(), end):
            return True  # "签约完成后，双方邀请…周怡萱…上台，由两人共同为中心揭牌"
        opened = (found.end() for found in _NEW_CLAUSE.finditer(text, start, end))
        clause = max((at_ for at_ in opened if at_ <= at), default=start)
        for governing in (_WITNESSES_AFTER, _ATTENDS_AFTER, _HELD_TALKS_AFTER):
            governed, listed = governing.governs(text, until, end)
            if governed and not (listed and self._heads_a_list(clause, at)):
                return True
        return False

    def _heads_a_list(self, clause: int, at: int) -> bool:
        """Whether a signing word of the clause before ``at`` may head the list the name
        there is in ("signed by Lin Tao and Zhou Bo, and Mayor Wu Fang attended"). Not a
        Chinese one before a comma: its signers come before it, and the names after the
        comma are another list ("该院…签署合作协议，县长覃志成主持签约仪式，市卫健委主任钟丽萍，
        副县长韦晓春出席": the blind87 cj03's); unless it opens a list of them there
        ("签字代表为A，B，C等出席", "代表双方签约的是A，…": review88)."""
        text = self.rules_text
        for found in SIGNED.finditer(text, clause, at):
            comma = _A_COMMA.search(text, found.end(), at)
            if comma is None or not HAN.match(found.group()):
                return True
            if _ZH_LIST_OPENS.search(text, found.end(), comma.start()):
                return True
        return False
