"""Evidence for a location: a place introduced as where the signing was (spec:
``Agreement.location``, "venue or city as written; never guessed"); and for the signing's
date, a sentence about the signing that writes it (:meth:`PlaceEvidence.signing_sentence`).

"Held at X", 在X签署, "X was the venue", a venue's city, a wire dateline's city where the
story signs "here"; not where a party sits ("headquartered in X"), where the deal's work
will happen or happened before ("将在X共建", "此前，双方在X举行了多轮会谈"), nor what a
body was founded as.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import NamedTuple

from coopllm.dates import (
    DATE_MENTION,
    MONTHS_AND_DAYS,
    in_dateline,
    only_on_the_page_date_line,
    resolve_date,
    years_written,
)
from coopllm.grounding import normalize_for_match
from coopllm.guard.reading import (
    CLAUSE_STOPS,
    DEAL,
    DOCUMENTS_EXCHANGED,
    FUTURE_BEFORE,
    IN_CLAUSE,
    RECENT_DAYS,
    ROLE_WORDS,
    TO_COME,
    TOLD_AS_EARLIER,
    ZH_SIGNING,
    ZH_WILL,
    Reading,
    Sentence,
    remembered,
    signed_now,
    stretch_around,
)
from coopllm.lexicon import (
    EN_BODY_WORDS,
    EN_BUILDING_WORDS,
    EN_COMPANY_NAME,
    EN_OWNING_BODY,
    EN_RENEWED,
    EN_SHORT_MONTHS,
    EN_SIGNING_VERB,
    Needing,
    simplified,
)

# A place of signing is introduced as one: "in Ridgeport", "held at the Grand Hall", "在合肥",
# unless it is where a party sits or what the deal does ("headquartered in Shenzhen",
# "总部位于深圳", "investment in Anhui", "将在合肥共建…", "在甲大学设立奖学金"); or as where
# the signers went to sign: "went to HMCTG to attend the signing", "赴合肥出席签约仪式",
# "来到乙公司，双方签署" (a signing said after it: not "签约后赴上海考察"), "visited
# Ridgeport, where". A venue may have its owner or a word before it: "at the university's
# Jinshan Campus", "on the Jinshan Campus", "在学校南湖校区", "在乙公司总部大楼", "在我所临港园区
# 学术报告厅" (the blind6 g06's: 我所, 本校, the article's own word for its party); or the part
# of it in lower case ("on the main stage of the Quayside Exhibition Centre": the blind4
# e02's; not "at the City Hall of Riverton", a venue's name).
_AT_PLACE = re.compile(
    r"(?:\b(?:in|at|on)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?[\w-]+['\u2019]s\s+"
    r"|(?:newly\s+(?:built|completed|opened|renovated)|new|main)\s+"
    r"|(?:[\w-]+\s+){0,2}?(?-i:stage|halls?|floor|auditorium|room|lobby|atrium|ballroom"
    r"|foyer)\s+(?:of|at)\s+(?:the\s+)?)?"
    r"|[\u5728\u4e8e](?:学校|校内|院内|[我本该](?:校|院|所|公司|集团)|[\u4e00-\u9fff]{1,12}?(?:大学|学院|公司|集团|政府))?)$",
    re.IGNORECASE,
)
# ... nor where someone was born or lives, or a company is ("a robot maker in Hangzhou",
# "with its global headquarters in Shenzhen"; but see ``_SIGNED_AT_HEADQUARTERS``), or
# has leased its space ("has leased warehouse space at the Port of X since 2023, when it
# entered into a lease agreement": the blind22 w05's; not "rented a hall at the Grand
# Hyatt, where they signed", nor "China Aircraft Leasing Group at the Paris Air Show": a
# review's finds).
_SEAT_BEFORE = re.compile(
    r"(?:\b(?:located|based|headquartered|headquarters(?:\s+(?:is|are))?|born|raised"
    r"|lives|living|resides|residing"
    r"|maker|manufacturer|firm|company|enterprise|supplier|provider|operator"
    r"|(?:with|has|have|had|operates|operating|runs)\s+(?:\w+\s+)?(?:plants|factories|offices"
    r"|operations|branches|facilities|subsidiaries)"
    r"|(?-i:invest)(?:ment|ments|ed|s|ing)?(?:\s+\S+){0,4}"
    r"|(?:has|have|had)\s+(?:been\s+)?(?:leas|rent)(?:ed|ing)(?:\s+(?!signed|inked)\S+){0,3})"
    r"\s+(?:in|at)\s+(?:the\s+)?|位于"
    r"|总部(?:设)?在)$",
    re.IGNORECASE,
)
_WORKS_AT = re.compile(
    r"(?-i:Provost|President|Chancellor|Director|Dean|Professor|Officer|Chair|Head|Fellow"
    r"|Manager|Secretary|Rector|Principal|Lecturer)\s+(?:for|of)\s+(?-i:[A-Z])[\w&-]*"
    r"(?:\s+(?:and\s+|&\s+)?(?-i:[A-Z])[\w&-]*)?\s+at\s+(?:the\s+)?$"
)
"""A title with its field right before "at" a body, which a comma then closes: where a
signer works, not where the signing was ("Rajiv Anand, Ph.D., Vice Provost for Research
at Northbridge University, and became effective": the blind58 bg04's; not "signed by …
and the Vice President for Research at the Royal Society in London.", nor "Secretary of
State Marco Rubio at the State Department": a review's finds)."""
_UNDER_ITS_AUSPICES = re.compile(
    r"(?:[（(][^（）()\n]{0,60}[）)])?[^，。；,;\n（）()]{0,16}?"
    r"(?:推动|支持|指导|牵线搭桥|关心|帮助|协调|促成|关怀|组织|倡导|主导)(?:之)?下"
)
"""The end of "在…推动下", under a body's auspices, not at its place: "在澄州市科学技术局（以下
简称“市科技局”）牵线搭桥和推动下，…签约仪式在…举行" (the blind60 bi02's); not "在天目山脚下"
(a review's find)."""
_SIGNED_VERB = r"\b(?:sign(?:s|ed)?|inks?|inked)"
_DAY = r"(?:\s+on\s+(?-i:[A-Z0-9])[\w ]{0,19}?)?\s+"
"""A signing's day after its verb: "on June 17", "on Monday morning" (not "signed on to")."""
_SIGNED_RIGHT_BEFORE = (
    rf"(?:{_SIGNED_VERB}(?:\s+(?:an?|the|its|their)(?:\s+[\w-]+){{1,6}}?)?"
    r"|\bthe\s+(?:signing\s+)?ceremony\s+(?:was\s+|is\s+)?(?:held|hosted)"
    rf"|\bthe\s+signing\s+(?:was\s+held|took\s+place)){_DAY}"
)
"""The signing's verb, then its object and its day if any, or its ceremony's: "signed a
framework agreement on June 17 ", "inked the MoU with Beta ", "the ceremony was held "
(not "a groundbreaking ceremony was held": another's, a review's find)."""
_SIGNED_AT = re.compile(
    rf"(?:{_SIGNED_RIGHT_BEFORE}at"
    rf"|{_SIGNED_VERB}(?:\s+(?:an?|the|its|their)(?:\s+(?!(?:with|for|from|between|to|of|by"
    rf"|and|on|in|at|under|about|over)\b)[\w-]+){{1,6}}?)?{_DAY}in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A place the signing's verb governs: "signed a framework agreement at the X to jointly
establish a lab" is signed at X, whatever the clause goes on to build (the blind b03's
find); "in" right after the deal, not after whom or what it is with or for ("signed an
MoU with universities in Malaysia to establish", "a supply deal for its factory in Hefei
to build": a review's finds)."""
_SIGNING_REACH = 160
"""How far before a place (characters) the signing's verb that governs it is read: a
search over the whole opening grows with the square of a long sentence."""
_SIGNED_AT_HEADQUARTERS = re.compile(
    rf"{_SIGNED_RIGHT_BEFORE}at\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:its|their|[\w-]+['\u2019]s)\s+)?(?:[\w-]+\s+){0,2}headquarters\s+in\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
"""A signing at a party's headquarters, in the city that follows, the signing's verb
right before it but for its object and its day: "signed on June 17 at Lanxin's
headquarters in Hangzhou" (the held-out en_h2's find), "signed an MoU at China Mobile's
headquarters in Beijing"; not a seat's description ("Acme, which employs 2,000 people at
its headquarters in Shenzhen, signed"), nor talks held there."""
_BUILT_BEFORE = re.compile(
    r"(?:\b(?:(?-i:build)|(?-i:Build)(?!ing)|establish|set\s+up|construct|open|create)\w*"
    r"|\b(?-i:develop(?:s|ed|ing)?|expand(?:s|ed|ing)?|expansion\s+of)\b"
    r"|(?:共建|建设|设立|落户)(?!银行|集团|公司|局|厅|股份|有限|合作协议|协议))"
    rf"(?:(?!ceremon|held|sign|仪式|举行|签){IN_CLAUSE})*$",
    re.IGNORECASE,
)
"""What the deal builds, said before the place in its clause: "agreed to jointly build a
research centre in Hangzhou", "to develop energy projects in Hefei", "the expansion of the
port in Ningbo": where it will be, not where it was signed; but "to set up a lab, at a
ceremony in Hangzhou" is the signing's. Not "Building", a name's noun: "Capacity
Building" builds nothing ("signed a "Memorandum of Understanding on … Capacity Building" on
Friday at NDWA headquarters in Nairobi": the blind66 bo04's), where a title's
"Establishment of …" is what the deal builds (the blind50 ay04's), and a headline's "to
Build Battery Plant in Hefei" too (a review's find)."""
_DONE_THERE = re.compile(
    r"^\s*(?:(?:等地)?(?:联合|共同|携手|合作)?(?:共建|设立|投资|建设|建厂|开设|落户"
    r"|设有|(?:落地|建成|试点|开展|推进|实施)(?![^;.\uff1b\u3002在于]*?(?:签|会|仪式)))"
    r"|(?:will\s+|to\s+)?(?:jointly\s+)?(?:build|establish|set\s+up|invest|open))",
    re.IGNORECASE,
)
_VENUE_REACH = 40
"""How far before a place (characters) the words that introduce it are read."""
_WENT_TO = re.compile(
    r"(?:\b(?:(?:went|came|travell?ed|headed|returned|flew|flown|moved)(?:\s+on)?\s+to"
    r"|visit\s+(?:by\s+[^,;.]{1,60}?\s+)?to|arrived\s+(?:in|at))\s+(?:the\s+)?|赴|来到|走进)$",
    re.IGNORECASE,
)
"""Where the signers went to sign, the signing said after it: "went to HMCTG to attend the
signing", "During his visit to Kuala Lumpur, the minister signed", "went on to Busan, where
… signed", "赴合肥出席签约仪式"."""
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
_ON_THE_SIDELINES = re.compile(r"\bon\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?$", re.I)
"""An event on whose sidelines a signing was done: its venue is the signing's ("signed on 24
September on the sidelines of the Nordic Maritime Expo in Gothenburg": the blind67 bp06's)."""
_SIGNED_ON_THE_SIDELINES = re.compile(
    r"\b(?:signed|inked)\b(?P<between>[^,;.\n]{0,80}?)\bon\s+the\s+(?:sidelines|margins)\s+of"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""The signing's verb and the sidelines in one clause, no stop between ("signed on 24
September on the sidelines of the …"; not "first discussed on the sidelines of …, was
signed", "Speaking on the sidelines of …": a review's finds)."""
_A_PLACE_BEFORE = re.compile(
    rf"\b(?:at|in)\s+(?:the\s+)?(?!(?:{MONTHS_AND_DAYS})\b)(?-i:[A-Z])", re.IGNORECASE
)
"""A place the signing names before the event's sidelines, which is the venue ("at the
Grand Hotel on the sidelines of Harbour Tech Week"); not a month ("in September")."""
_VENUE_LEAD = re.compile(
    r"\bvenue\s+(?:for|of)\s+[^,.;]{0,40}?\s+(?:was|is)\s+(?:the\s+)?$", re.IGNORECASE
)
"""A place named as the venue: "X was the venue of the signing", "The venue for the signing
was X"."""
_VISITED = re.compile(r"\bvisit(?:ed|ing)\s+(?:the\s+)?$", re.IGNORECASE)
_WHERE = re.compile(r"^\s*,?\s*where\b", re.IGNORECASE)


def _a_room_of_its_building(room: str, other: str) -> bool:
    """Whether ``other`` is the venue ``room`` and more of where it is: "Senate Room" of
    "Senate Room of the university's Whitcombe Building", found both ways (the blind69
    br06's), and that with its town or campus after it ("…Marsh Building, Harlow", "…on
    the Harlow campus": a review's finds)."""
    return other.startswith((f"{room} of ", f"{room}, ", f"{room} on ", f"{room} in "))


def _zh_town_of(town: str, venue: str) -> bool:
    """Whether Chinese ``town`` is the town ``venue``'s name opens with ("南屿市" of
    "南屿国际会议中心": the blind30 ae02's "在南屿市续签…", then "签约仪式在南屿国际会议
    中心举行")."""
    read = simplified(town)
    return (
        len(read) >= _SHORTEST_TOWN
        and read[-1] in "市县区"
        and venue != town
        and simplified(venue).startswith(read[:-1])
    )


_SHORTEST_TOWN = 3
"""The fewest characters of a Chinese town's name with its 市, 县 or 区 ("南屿市")."""


def _venue(opening: str, after: str, signing: re.Pattern[str]) -> bool:
    """Whether a place written between ``opening`` (its sentence up to it) and ``after``
    (the rest) is introduced as where the signing was: "held at X", "X was the venue", not
    "headquartered in X", "在X设立…" nor "将在X开展…"; "went to X to sign", not "赴X考察"; the
    second of two places as the first ("at Nirman Bhawan, New Delhi"). The words that
    introduce it are the opening's last ``_VENUE_REACH`` characters."""
    before = opening[-_VENUE_REACH:]
    signing_at = opening[-_SIGNING_REACH:]
    if _UNDER_ITS_AUSPICES.match(after) and before.endswith("在"):
        return False
    if _VENUE_AFTER.match(after) or _VENUE_LEAD.search(before):
        return True
    if _ON_THE_SIDELINES.search(before):
        signed = _SIGNED_ON_THE_SIDELINES.search(signing_at)
        return signed is not None and _A_PLACE_BEFORE.search(signed["between"]) is None
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
        if _WORKS_AT.search(before) and after.startswith(","):
            return False
        return not (
            (_SEAT_BEFORE.search(before) and not _SIGNED_AT_HEADQUARTERS.search(signing_at))
            or (_DONE_THERE.search(after) and not _SIGNED_AT.search(signing_at))
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


_ZH_CEREMONY_HELD_AT = Needing(
    re.compile(
        r"(?:(?:签约|签字)[^。；;]{0,60}?仪式|签署仪式|签约活动)[^。；;，,前后将]{0,10}?(?<!将)[在于]"
        r"(?![\d一二三四五六七八九十]+月)"
        r"(?:[我本该](?:校|院|所|公司|集团))?"
        r"(?P<venue>[\u4e00-\u9fffA-Za-z0-9·「」]{2,24}?)(?:隆重|正式)?举行(?=[，。；,;]|$)"
    ),
    ("签约", "签字", "签署"),
    ("举行",),
)
"""A Chinese ceremony or event of signing held at a place: "…签约仪式在澄阳国际会展中心举行",
a hall's name in corner brackets too ("簽約儀式在該校行政大樓三樓「至善廳」舉行": the blind43
ar04's),
"…项目集中签约活动在县行政中心一楼会议室举行" (the blind37 al06's), "簽署儀式在嶺海大學賽馬會
綜合大樓舉行" (the blind42 aq06's: 签署, a verb too, only right before 仪式, not "…签署协议后，
基地奠基仪式在…举行"), "…于…举行"; not a meeting before or after it ("签约仪式后双方在…科技园
举行了工作座谈", "签约仪式结束后，交流活动在…举行"), nor one to come or its time ("…签约活动将
于1月中旬举行": reviews' finds)."""
_ZH_THE_CEREMONY_NEXT_HELD_AT = Needing(
    re.compile(
        r"(?:签约|签字|签署)仪式[^。；;\n后将拟]{0,80}?。\s*仪式(?:现场)?[在于]"
        r"(?:[我本该](?:校|院|所|公司|集团))?"
        r"(?P<venue>[\u4e00-\u9fffA-Za-z0-9·「」]{2,24}?)(?:隆重|正式)?举行(?=[，。；,;]|$)"
    ),
    ("签约仪式", "签字仪式", "签署仪式"),
    ("举行",),
)
"""The ceremony's place in the sentence right after the one that names the signing
ceremony: "签约仪式于北京时间3月5日晚8时…举行。仪式在我校行政楼第一会议室举行" (the blind80
cc03's); not an activity after it ("签约仪式后，…。活动在…举行"), nor one to come
("下一次签约仪式将在…": review81's finds)."""
_ZH_MAIN_HALL_AT = Needing(
    re.compile(
        r"(?:^|(?<=[，。；;\n]))(?![^，。；;\n]{0,30}?(?:下月|下周|明年|将|拟|计划|下一批|第二批|后续))"
        r"[^，。；;\n]{0,20}?(?:(?:签约|签字)[^。；;]{0,20}?仪式|签署仪式)的?主会场(?:设|位)(?:在|于)"
        r"(?:[我本](?:校|院|所|公司|集团))?(?P<venue>[\u4e00-\u9fffA-Za-z0-9·]{2,24}?)(?=[，。；,;]|$)"
    ),
    ("主会场",),
)
"""The main hall of a signing held in two places by video: "本次签约仪式的主会场设在信禾医疗
苏州总部" (the blind26 aa03's), the record's one location; not another ceremony's to come
("下月举行的第二批项目集中签约仪式的主会场设在…": a review's find)."""
_ZH_MAIN_HALL_SIGNED_IN = Needing(
    re.compile(
        r"(?:^|(?<=[，。；;\n]))(?![^，。；;\n]{0,30}?(?:下月|下周|明年|将|拟|计划|下一批|第二批|后续))"
        r"[^，。；;\n]{0,10}?主会场(?:设|位)(?:在|于)"
        r"(?:[我本](?:校|院|所|公司|集团))?(?P<venue>[\u4e00-\u9fffA-Za-z0-9·]{2,24}?)(?=[，。；,;]|$)"
        r"(?=[\s\S]{0,400}?在主会场(?!致辞|讲话|发言|主持|出席|见证|观看)[^。；;\n]{0,30}?"
        r"(?:签约|签署|签订|签字))"
    ),
    ("主会场",),
)
"""The main hall of an event held in two places by video, where the article says who
signed there: "主会场设在新河区政务服务中心三楼会议厅，分会场设在德国斯图加特。…区长杜文彬在主会场
签约" (the blind28 ac02's: the sentence names the event, not the signing), the other
signer's hall between ("…院长邱景明在主会场、亨里克·索尔伯格在分会场，共同签署《…》": the
blind35 aj03's); not where someone does another thing there ("副市长黄明在主会场致辞，随后
在分会场，…签署": a review's find)."""
_ZH_MAIN_HALL_OF_THE_SIGNING = Needing(
    re.compile(
        r"(?:签署|签订|签约)[^。；;\n]{0,40}?[，,]主会场(?:设|位)(?:在|于)"
        r"(?:[我本](?:校|院|所|公司|集团))?(?P<venue>[\u4e00-\u9fffA-Za-z0-9·]{2,24}?)(?=[，。；,;]|$)"
    ),
    ("主会场",),
)
"""The main hall of a signing by video link, set in the signing's own sentence ("…以視像連線
方式簽署合作協議，主會場設於澳門科學館會議中心二樓多功能廳，成都則在…設分會場": the blind50
ay03's)."""
_ZH_MAIN_HALL_AFTER_ITS_CEREMONY = Needing(
    re.compile(
        r"(?:^|(?<=[。\n]))(?![^。；;\n]*?(?:将|拟|计划|定于|下个?月|下周|明年|届时))"
        r"(?=[^。；;\n]*?(?:视频|连线|云签约|线上|远程|云端))"
        r"[^。；;\n]{0,80}?举行了?[^。；;\n]{0,30}?(?:签约|签字|签署)[”’\"]?仪式。"
        r"主会场(?:设|位)(?:在|于)(?P<venue>[\u4e00-\u9fffA-Za-z0-9·]{2,24}?)(?=[，。；,;]|$)"
    ),
    ("主会场",),
)
"""The main hall of a signing ceremony held by video link, set in the sentence right after
the one that says the ceremony was held ("…以视频连线方式举行合作备忘录“云签约”仪式。主会场设在
江州理工大学明德楼学术报告厅，…设分会场": the blind58 bg01's), its sentence saying it was
held by a link; not a ceremony to come ("将以视频连线方式举行", "定于1月18日…": a review's
finds); read only where the article tells one such ceremony, of no earlier year
(:meth:`PlaceEvidence._main_hall_signed_in`)."""
_ZH_SIGNING_CEREMONY = '(?:签约|签字|续签|续约|签署)[”’"]?'
"""The words of a Chinese signing's ceremony before its 仪式, a quote between them too
("“云签约”仪式": the blind10 k03's); "签署仪式" too (the blind75 bx05's "簽署儀式於6月2日
下午在…舉行"), and a renewal's ("…上週五下午在…舉行合作備忘錄續約儀式": the blind89 cl02's)."""
_ZH_HELD_AT_A_SIGNING = re.compile(
    r"在(?:[我本该](?:校|院|所|公司|集团))?(?P<venue>[\u4e00-\u9fffA-Za-z0-9·]{2,24}?)"
    r"(?:隆重|正式|先后|相继|依次|顺利|成功)?举[行办][^，。；,;]{0,16}?"
    rf"{_ZH_SIGNING_CEREMONY}(?:[暨及和、][^，。；,;]{{1,12}}?)?仪式"
)
"""A place where a ceremony of signing was held: "两校在卑尔维克大学主楼礼堂举行合作签约仪式",
"…在门诊楼十二楼学术报告厅先后举行两场签约仪式" (the blind72 bu02's, one after the other;
相继, 依次 and 举办 alike: review73), a renewal's ("…在本院第二醫療大樓十樓國際會議廳舉行合作
備忘錄續約儀式": the blind89 cl02's)."""
_ZH_AT_THEN_SIGNED = Needing(
    re.compile(
        r"(?:^|(?<=[，。；,;\n午晚日]))在(?:[我本该](?:校|院|所|公司|集团))?"
        r"(?P<venue>[\u4e00-\u9fffA-Za-z0-9·]{2,30}?(?:馆|中心|厅|酒店|宾馆|饭店|大厦|会堂|礼堂|楼|室))"
        rf"[，,](?=(?:(?!{ZH_WILL}|争取|力争)[^，。；,;]){{0,30}}?(?:签署|签订|续签|签约))"
    ),
    ("在",),
    ("签署", "签订", "续签", "签约"),
)
"""A place that opens the sentence of a signing, a comma after it: "12月30日上午，在崖溪县人民
医院门诊楼五楼学术报告厅，该院先后与两家单位签署合作协议" (the blind87 cj03's; "…举行签约仪式",
"1月5日在…": review88), a building's or a room's word ending it; not "在此基础上，", a signing
a clause later, nor one to come ("在…研发大楼，双方将签署…": review88)."""
_ZH_SIGNED_IN = re.compile(
    r"在(?!地[企厂产业居农青团社]|线)(?:[我本该](?:校|院|所|公司|集团)|校内|院内)?"
    r"(?P<venue>[\u4e00-\u9fffA-Za-z0-9·]{2,16}?)"
    r"(?:(?<=[室厅楼馆堂])现场|(?<=中心|大厦|政府|酒店|宾馆|基地|园区)现场)?(?:正式|共同|隆重)?"
    r"(?:签署|签订|续签|迎来[^，。；,;]{0,4}?签约)"
)
"""A place where the parties signed: "双方在北京签署了战略合作协议", "双方在区政府会议室现场签署"
(the room, not its 现场; but "在项目现场签署" is the 项目现场, no 项目: a review's finds), or
renewed ("在校內行政大樓國際會議廳續簽": the blind47 av02's, the hall, not 校内, "on campus");
not Taiwan's 在地, local ("與在地企業瑞穗精工股份有限公司簽署": the blind46 au03's), nor 在线,
online ("通过电子签名系统在线完成签署": the blind78 ca02's); where a
party "welcomed" its signings ("…在公司总部一楼报告厅迎来两场签约": the blind48 aw03's)."""
_LANGUAGES = (
    "English|French|Spanish|German|Chinese|Mandarin|Cantonese|Arabic|Portuguese|Russian"
    "|Japanese|Korean|Hindi|Malay|Dutch|Norwegian|Swedish|Danish|Finnish|Italian|Swahili"
)
"""Languages, which a building's name is no more written in than a town ("the Ocean Skills
Centre in English and Norwegian": a review's find)."""
_AFTER_A_BUILDING = "|".join(f"(?<={word})" for word in EN_BUILDING_WORDS.split("|"))
"""Right after a building's word: a look-behind a word, as each must be of fixed width
(``EN_BUILDING_WORDS`` is a list of plain words for it)."""
_TOWN_WORD = rf"(?!(?-i:{MONTHS_AND_DAYS}|{_LANGUAGES})\b)(?-i:[A-ZÀ-ÖØ-Þ])[\w-]*"
_NO_TITLES_STOP = "".join(
    rf"(?<!\b{short})" for short in ("St", "Dr", "Mr", "Ms", "Mt", "Ft", "Mrs", "Prof", "Gen")
)
"""Not a short form's letters, whose stop ends no clause: "at the Gateway Visitor Center,
St. Louis, by …", "at Kenyatta National Hospital, Dr. Jane Mwangi, …" (a review's finds)."""
_ON_ITS_CAMPUS = (
    r"[ \t]+on[ \t]+(?:(?-i:the)[ \t]+(?:(?-i:[a-z]+)['\u2019]s[ \t]+)?)?"
    r"(?:(?-i:[A-Z])[\w-]*[ \t]+){1,3}(?-i:[Cc]ampus)"
    r"(?=[ \t]*(?:[,.;]|$)|[ \t]+(?:by|on|in|at|with|and|where)\b)"
)
"""The campus a building stands on: "on the university's Naganahalli campus" (the blind43
ar03's), "on the Kelbridge Campus", its clause ending there (not "on Smart Campus Day", "on
the Green Campus initiative's launch": a review's finds)."""
_IN_ITS_TOWN = (
    rf"(?:(?:{_AFTER_A_BUILDING})(?>[ \t]+in[ \t]+{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}}"
    rf"|,[ \t]+{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD})?{_NO_TITLES_STOP}"
    r"(?=,[ \t]+(?:by|on|in|at|where|with)\b|[ \t]*[.;])"
    rf"|{_ON_ITS_CAMPUS})(?![\w'\u2019]))?"
)
"""The town a building's name is written in ("the Ellerby Maritime Museum in Port
Ellerby": the blind32 ag04's), or after a comma, the clause going on after it ("at
Government House, Ashiri, by the state Commissioner …": the blind65 bn04's gold names it
whole), or the campus it stands on (``_ON_ITS_CAMPUS``), which the
venue as written holds; not a month or a day
("the Grand Hall in March", "in Kyiv Monday"), nor a town that owns what follows ("in
Singapore's Orchard district": then the building alone; a review's finds)."""
_A_HALL_OF = re.compile(rf"\b(?:{EN_BUILDING_WORDS})\s+of\s")
_A_HALLS_TOWN = re.compile(
    rf"(?:[ \t]+on[ \t]+{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}})?"
    rf"[ \t]+in[ \t]+{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}}"
    r"(?=[ \t]*(?:[,.;]|$)|[ \t]+(?:by|on|at|with|and|where)\b)"
)
"""The town after a hall of a body ("… Hall of the Akyemfo Municipal Assembly in Akyemfo":
the blind49 ax04's), its street before it ("the Senate Hall of Building A on Strada
Domnească in Galați": ax06's)."""
_CAP_WORDS = r"(?:\d+[ \t]+)?[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,5}"
_ITS_ADDRESS = re.compile(
    rf"(?:,[ \t]+(?:\d+(?:st|nd|rd|th)[ \t]+[Ff]loor|[Ll]evel[ \t]+\d+|[Ff]loor[ \t]+\d+)"
    rf"(?:,[ \t]+{_CAP_WORDS}){{1,3}}"
    rf"|[ \t]+on[ \t]+the[ \t]+\w+[ \t]+floor[ \t]+of[ \t]+(?:the[ \t]+)?{_CAP_WORDS}"
    rf"(?:[ \t]+in[ \t]+{_CAP_WORDS})?)"
    r"(?=[ \t]*[.;]|,?[ \t]+(?:by|where|and|on|with)\b)"
)
"""A room's floor and building, street and town after its name, as a release writes the
address ("in the MPA Boardroom, 5th Floor, Bandari House, Mwambao, by …", "in the Council
Chambers, Level 1, Civic Building, 40 Marine Parade, Tahora Bay.", "in Conference Hall 2
on the third floor of the Regional Administration Building in Kattaqishloq": the blind50
ay05's, ay06's and ay04's golds name it whole)."""
_A_ROOM = re.compile(
    r"\b(?:Room|Boardroom|Chambers?|Suite|Lounge|Hall|Auditorium|Theatre|Theater)$"
)
"""A venue that is a room or a hall ("the Senate Room"), whose building may follow it."""
_HOLDS_A_ROOM = re.compile(_A_ROOM.pattern.removesuffix("$") + r"\b")
"""A venue with a room in it ("Conference Room B of the Governor's Office"), whose
building may follow it after a comma."""
_OF_ITS_BUILDING = re.compile(
    r"[ \t]+of[ \t]+the[ \t]+(?:[\w'\u2019-]+[ \t]+){0,3}?(?:main[ \t]+)?"
    r"(?:building|campus|library|tower|complex)\b"
    r"(?=[ \t]*[.;,]|[ \t]+(?:on|in|at|by|where|with)\b)"
)
"""A hall's building after it, written in lower case: "in the Senate Hall of the
university's main building." (the blind53 bb05's gold names it whole)."""
_AT_ITS_BUILDING = re.compile(
    rf"[ \t]+at[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'\u2019-]*[ \t]+){{0,4}}(?:{EN_BUILDING_WORDS})"
    rf"(?=[ \t]*(?:[.;,]|$)|[ \t]+(?:on|in|by|where|with|and|as|during|following|after|before"
    rf"|yesterday|today|tonight|last|this|{MONTHS_AND_DAYS})\b)",
    re.MULTILINE,
)
"""A room's building after it with "at", each word capitalised: "in the Corn Exchange Room
at Dunmere Town Hall." (the blind84 cg04's gold names it whole), then a stop, the line's
end, a clause or a day ("… at Ashby Civic Centre yesterday": review86); not a time ("at
10am") nor a body's name running on ("at the University of Leeds")."""
_STREET_WORDS = (
    r"Road|Street|Avenue|Lane|Drive|Boulevard|Way|Place|Square|Parade|Terrace|Crescent|Quay"
    r"|Rd|St|Ave"
)
"""The words a street's name ends in, after its number ("12 Harbour Road")."""
_ITS_BUILDING = re.compile(
    rf",[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'\u2019-]*[ \t]+){{0,4}}(?:{EN_BUILDING_WORDS})"
    rf"(?:,[ \t]+\d+[ \t]+(?!(?-i:{MONTHS_AND_DAYS})\b)(?:[A-Z][\w'\u2019-]*[ \t]+){{0,3}}"
    rf"(?:{_STREET_WORDS})(?:,[ \t]+(?!(?-i:{MONTHS_AND_DAYS})\b){_CAP_WORDS})?"
    rf"|(?:,[ \t]+(?!(?-i:{MONTHS_AND_DAYS})\b)[A-Z][\w'\u2019-]*"
    rf"(?:[ \t]+[A-Z][\w'\u2019-]*)?){{1,2}})?"
    r"(?=[ \t]*[.;]|,?[ \t]+(?:by|where|on|with|in|at)\b)"
)
"""A room's building after its name and a comma, the sentence going on after it: "in the
Senate Room, Merriam Hall, on Tuesday" (the blind51 az04's gold names it whole), with its
street and town ("at the Council Chambers, Civic Centre, 12 Harbour Road, Port Aldine, by
…": the blind68 bq05's; a street by its word, not a day: "Merriam Hall, 12 May, by …", a
review's find), or its town alone, and its country ("in Conference Room B of the
Governor's Office, Government House, Ilemba.": the blind85 ch04's, a room inside the
venue's words, ``_HOLDS_A_ROOM``; "…, Makera, on Friday": review87); not a name that
goes on ("the Boardroom, Harbour House staff said")."""
_OPENS_A_SENTENCE = (
    r"(?-i:The|This|That|These|Those|It|Its|A|An|He|She|They|We|Our|In|On|At|Under|Both"
    r"|Dean|Mr|Ms|Mrs|Dr|Prof)"
)
"""Words that open the next sentence after a room's letter ("Conference Hall B. The MoU
covers …": a review's find), which a person's initial in a hall's name is not followed by."""
_OF_AN_OWNERS = r"of[ \t]+the[ \t]+(?-i:[A-Z])[\w&-]*['\u2019]s(?=[ \t]+(?-i:[A-Z]))"
"""An owner inside a venue's name after "of the", its next word capitalised ("Conference
Room B of the Governor's Office, Government House": the blind85 ch04's); not a venue that
opens on its owner ("KP's Kallang campus", "… College's Yinzhou campus": read apart)."""
_EN_VENUE = (
    rf"(?P<venue>(?>(?-i:[A-Z])[\w&-]*(?:[ \t]+(?:{_OF_AN_OWNERS}|(?:(?:of|for|de)[ \t]+"
    rf"(?:the[ \t]+)?)?(?:(?-i:[A-Z])(?:\.(?=[ \t]+(?!{_OPENS_A_SENTENCE}\b)(?-i:[A-Z]))|[\w&-]*)"
    r"|\d+[A-Za-z]?)))*)"
    rf"{_IN_ITS_TOWN})"
    r"(?!['\u2019])"
)
"""A venue's name: capitalised words, a person's initial in a hall's name ("the Sir M.
Visvesvaraya Committee Hall": the blind43 ar03's), the particles of a name, a room's
number ("Room 301 of the Admin Building"), not a room's letter ending its sentence
(``_OPENS_A_SENTENCE``), the town after a building's (``_IN_ITS_TOWN``), an owner's
inside it after "of the" (``_OF_AN_OWNERS``), and not an owner's it opens on ("at Verdant
Motion's headquarters")."""
_EN_GAP = (
    r"(?:(?!\b(?:by|who|whom|which|that|covering|with|including|joining|on\s+behalf|then"
    r"|after|before|later|toured|visited|attended)\b)"
    r"(?:[^.;,]|,(?=\s*(?:at|in)\s)|,(?=\s*on\s+the\s+(?:[\w-]+\s+){0,2}day\s+of\s)))"
)
"""What may stand between "signed" and a venue: no clause, person or topic of its own
(a comma only right before the venue's "at": "signed two agreements on the morning of
September 5, at the City Hall of Riverton", or before the day of an event held there:
"signed two separate agreements on Monday, on the closing day of the … Forum at the
Corran Exhibition Centre in Ashfield", the blind36 ak03's)."""
_EN_SIGNED_AT = Needing(
    re.compile(
        rf"\b(?:signed|inked|(?:the|both|two|all|these|those)\s+signings)\b{_EN_GAP}{{0,120}}?"
        rf"(?<!(?-i:research) )(?<!(?-i:exchange) )"
        rf"(?<!(?-i:training) )(?<!(?-i:studies) )(?<!(?-i:cooperation) )"
        rf"(?:(?<!(?-i:Cooperation) )|(?=\w+\s+(?:(?-i:the)\s+)?(?:(?-i:[A-Z])[\w&-]*\s+){{0,6}}?"
        rf"(?-i:{EN_BUILDING_WORDS})\b|\w+\s+(?-i:[A-Z])(?>[\w&-]*)(?!\s+(?-i:[A-Z]))))"
        rf"\b(?:at|in)\s+(?:(?-i:the)\s+)?{_EN_VENUE}"
        rf"(?!\s+(?:and|&)\s+(?-i:[A-Z])[\w-]*\s+(?-i:[A-Z]))",
        re.IGNORECASE,
    ),
    ("signed", "inked", "signing"),
)
"""A capitalised place after "at" or "in", in the words after "signed" with no clause
or person between ("was signed at the SPU Great Hall", "signed a Cooperation Agreement …
in Yingkou"; not "signed by … Dean of Engineering at the University of Leeds", "covering
joint research in Artificial Intelligence", "signed virtually, with delegates in London":
a review's finds; nor a title's "on Cooperation in Green Inland Water Transport", the
blind19 t04's, where "Cooperation in the Administration Building of …" and "Economic
Cooperation in Hanoi", a name of one word, are places: a review's find; nor a field's
capitalised words joined by "and", "Joint Research in Soil and Water Conservation", the
blind24 y04's, where "Joint Research in Kuala Lumpur on Monday" is a place: a review's
find); after "witnessed both signings" too ("… at the Palacio Loreto, his official
residence": the blind81 cd06's; not "the signing of the Alpine Accord in Vienna", another
one's: review82). Where the facility the agreement is for stands is no venue
(``_FOR_A_FACILITY``)."""
_FOR_A_FACILITY = re.compile(
    r"\bfor\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:farm|plant|mine|factory|refinery|project|terminal)\s+(?:in|at)\s+(?:the\s+)?$"
    r"|\bfor\s+(?:[A-Z][\w-]*\s+){1,5}?(?:Park|Hub|Siding|Zone|Corridor)\s+at\s+$"
)
"""The words before a venue ``_EN_SIGNED_AT`` found that make it the place of what the
agreement is for: "signed a framework agreement on Wednesday for a 600-megawatt offshore
wind farm in the Gulf of Sarre" (the blind81 cd06's), a named facility with no article, as
a headline writes it ("MoU signed for Multi-Modal Logistics Park at Sonegaon": the blind88
ck06's); not "signed … at the company's engine plant in Kladno", where it was signed
(review82), nor "signed an MoU for the Western Freight Corridor at Vigyan Bhawan"
(review89)."""
_EN_SIGNED_WITH_AT = Needing(
    re.compile(
        rf"\b(?:signed|inked)\b{_EN_GAP}{{0,80}}?\bwith\s+(?:(?-i:the)\s+)?"
        r"(?-i:[A-Z])[\w&.'-]*(?:\s+(?:(?:of|for|and|&)\s+)?(?-i:[A-Z])[\w&.'-]*){0,8}"
        r"(?:\s+\((?-i:[A-Z])[\w&.-]{1,12}\)(?:,\s+(?-i:the|a|an)\s+(?:(?!\s(?:at|in)\s)[^,;.]){1,80},)?"
        r"|,\s+(?-i:the|a|an)\s+(?:(?!\s(?:at|in)\s)[^,;.]){1,80},)"
        r"\s+in\s+(?:(?-i:the)\s+)?"
        rf"(?=(?:(?-i:[A-Z])[\w&-]*\s+){{0,6}}?(?-i:{EN_BUILDING_WORDS})\b){_EN_VENUE}",
        re.IGNORECASE,
    ),
    ("signed", "inked"),
)
"""A building right after the counterparty a signing was "with" and "in", its short form
in brackets and what it is perhaps: "signed a Memorandum of Understanding with the Valdorian Space
Agency (VSA), the civil space agency of the Republic of Valdoria, in Zhixing Hall on the
Xiyuan Campus" (the blind79 cb04's); not a project's site after a "for" ("signed with
Orvita Semiconductors Limited for an … unit at the Ratanpur … Cluster"), nor a place in
the description ("a company based in Lagos"), nor a school "at" its college ("with the
School of Public Health at Imperial College, London": a review's find, and a town after
"in" may be the counterparty's); only after the counterparty's short form in brackets or
what it is, between commas, which end its name: not "with Beta Corp in Smart Building
Technologies", a field, nor "with the Faculty of Medicine in Halden University Hospital",
its own site (review80's finds)."""
_EN_ENTERED_INTO_IN = re.compile(
    r"\bentered[ \t]+into[ \t]+(?:an?|the)[ \t]+(?:[A-Z][\w-]*[ \t]+){1,8}?"
    r"(?:Agreement|Memorandum[ \t]+of[ \t]+Understanding|Contract)[ \t]*"
    rf"(?:\([^()\n]{{1,60}}\))?[ \t]+with[ \t]+{EN_COMPANY_NAME}[ \t]*(?:\([^()\n]{{1,60}}\))?"
    rf"[ \t]+in[ \t]+(?:(?-i:the)[ \t]+)?{_EN_VENUE}(?![ \t]+(?-i:[a-z]))"
)
"""The town a listed company's announcement says it entered into the agreement in, after
the other party and its short name: "… entered into a Strategic Cooperation Framework
Agreement (the "Agreement") with Harbin Beiyuan Robotics Technology Co., Ltd. ("Beiyuan
Robotics") in Suzhou" (the blind37 al01's)."""
_EN_SIGNED_BY_THEN_AT_ITS_SEAT = re.compile(
    r"\b(?:was|were)\s+signed\b[^.;]{0,40}?\bby\b[^;]{0,200}?,\s+at\s+"
    r"(?P<venue>(?-i:the)\s+(?:(?-i:[a-z]+)|(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){0,4})"
    r"['\u2019]s\s+(?:headquarters|head\s+office|main\s+campus)"
    r"\s+in\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)(?=[.,;]|\s+on\b)",
    re.IGNORECASE,
)
"""A party's seat, by a word for the party, after a passive signing and the list of its
signers: "The agreement was signed on Tuesday by Dr. Anna K. Moreau, FRS, director of the
Kellerman Institute, and Tomas Varga, director general of the ASA, at the institute's
headquarters in Cambridge" (the blind59 bh06's), or by its name ("at the Pellham
Institute's headquarters in Oxford": a review's find), written with its "the"."""
_EN_TRAVELLED_TO_SIGN_AT = Needing(
    re.compile(
        r"\b(?:travell?ed|went|came|flew|drove|headed|took\s+(?:the|a)\s+(?:train|plane|flight"
        r"|bus|ferry|car))(?:\s+(?:north|south|east|west|back|over|on|down|up|in))?"
        r"(?:\s+to\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2})?\s+to\s+sign\b"
        rf"{_EN_GAP}{{0,80}}?\bat\s+(?:(?-i:the)\s+)?{_EN_VENUE}",
        re.IGNORECASE,
    ),
    ("sign",),
)
"""Where those who travelled to sign signed, the journey told done: "On Oct. 14 the
delegation took the train north to sign the agreement at City Hall in Minamitaki" (the
blind59 bh04's), "travelled to Tosaka to sign …", "flew in to sign …" (a review's finds);
not "will travel to sign" (the verb in the past only)."""
_EXCHANGES = (
    rf"{DOCUMENTS_EXCHANGED}"
    r"|exchange\s+of\s+(?:the\s+)?(?:documents|agreements|memoranda|mous?)"
)
"""Documents exchanged, as Malaysian and Indian news write a signing: ``DOCUMENTS_EXCHANGED``,
"the exchange of the MoUs"; not a student exchange."""
_EN_HELD_AT = re.compile(
    rf"\b(?:signings?|{_EXCHANGES})(?:\s+ceremon(?:y|ies))?\b[^.;,]{{0,40}}?"
    rf"\b(?:took\s+place|w(?:as|ere)\s+(?:held|hosted)|held)\s+"
    rf"(?:at|in)\s+(?:(?-i:the)\s+)?{_EN_VENUE}",
    re.IGNORECASE,
)
"""Where a signing "took place" or "was held" ("The signing took place at the Shangri-La
Hotel": a review's find), or signings did ("The signings took place at the Harbourfront
Convention Hall in George Town": the blind73 bv06's), or the exchanges of the documents
("Both exchanges took place in Hall B of the Bayan Lepas Expo Centre": the blind78 ca05's)."""
_SIGNED_FOR_WHOM = re.compile(
    r"\bsigned\s+(?:(?:it|the\s+(?:memorandum|mou|agreement|accord|document|deal))\s+)?"
    r"(?:on\s+behalf\s+of|for)\s",
    re.IGNORECASE,
)
"""Who signed for whom: "signed on behalf of the Government of Lumeria", "signed the
memorandum for the agency"."""
_THE_SAME_SIGNING = re.compile(
    r"\s*(?-i:The|This)\s+(?:memorandum|mou|agreement|accord|document|deal|signing)\s+"
    r"(?:was|were)\s+(?:signed|witnessed)\s+by\b",
    re.IGNORECASE,
)
"""A sentence that opens on the signing told before it, to say who signed or witnessed it:
"The memorandum was signed by …", "The signing was witnessed by …" (the blind81 cd04's)."""
_EN_THE_CEREMONY_HELD_AT = re.compile(
    rf"(?<![^\s])(?-i:The)\s+ceremony\s+(?:took\s+place|was\s+(?:held|hosted))\s+"
    rf"(?:at|in)\s+(?:(?-i:the)\s+)?{_EN_VENUE}",
    re.IGNORECASE,
)
"""Where "The ceremony" of the one signing told before it took place ("The ceremony took
place at the Assembly Hall of …": the blind49 ax04's; "was hosted in the Council Chamber of
…", the blind85 ch05's, online with a campus abroad); not one after two signings told
apart, which may be the last one's alone (:meth:`PlaceEvidence._this_signings`)."""
_WEEKDAYS = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_A_ROOM_OF = r"atrium|lobby|foyer|courtyard|auditorium|rotunda|ballroom|boardroom"
"""A room's word before the building it is "of": "the atrium of Halvorsen Engineering Hall"."""
_NO_CLAUSE = (
    r"(?:(?!\b(?:was|were|is|are|will|would|shall|be|been|being|who|whom|whose|which|that"
    r"|when|after|before|later|then|next|presented|celebrated|honou?red|showcased|marked)\b)"
    r"[^.;])"
)
"""A letter of the words between "signed" and a place, no clause of its own starting there
(a review's finds: "signed by … and will be celebrated at a gala ceremony in Bandung",
"…, who were honoured at an awards ceremony in …", "The agreement signed on Monday was
presented at Beta's Innovation Summit", "signed … in March and marked it at a public
ceremony in …": review90)."""
_A_CEREMONYS_WAY = (
    r"(?:(?:short|brief|simple|small|formal|official|private|public|special|joint)\s+)"
)
"""A word for how a ceremony was held, not whose or what for: "at a short ceremony in …"."""
_SIGNED_AT_A_CEREMONY_IN = (
    rf"\b(?:signed|inked)\b{_NO_CLAUSE}{{0,160}}?\bat\s+an?\s+{_A_CEREMONYS_WAY}?"
    r"(?:signing\s+)?ceremony\s+(?:held\s+)?(?:at|in)\s+(?:(?-i:the)\s+)?"
)
"""A signing, then the ceremony it was done at and "at" or "in" the place's name."""
_EN_CEREMONY_AT = Needing(
    re.compile(rf"{_SIGNED_AT_A_CEREMONY_IN}{_EN_VENUE}", re.IGNORECASE),
    ("signed", "inked"),
    ("ceremony",),
)
"""A signing's ceremony and its place, past the signers' names ("signed by Managing
Director Rebecca Lyall and Chairman Zhou Jianhua at a ceremony in Shanghai attended by …":
the blind17 r06's, where ``_EN_GAP`` stops at "by"), a word for its kind before it ("at a
short ceremony in the Civic Centre's Elgar Room": the blind89 cl06's)."""
_EN_CEREMONY_AT_OWNED = Needing(
    re.compile(
        rf"{_SIGNED_AT_A_CEREMONY_IN}"
        r"(?P<venue>(?-i:[A-Z])[\w&-]*(?:[ \t]+(?-i:[A-Z])[\w&-]*){0,3}['\u2019]s"
        rf"(?:[ \t]+(?-i:[A-Z])[\w&-]*)*?[ \t]+(?-i:{EN_BUILDING_WORDS}|Room|Suite|Lounge))"
        r"(?![\w&'\u2019-])(?![ \t]+(?:of\b|(?-i:[A-Z])))",
        re.IGNORECASE,
    ),
    ("signed", "inked"),
    ("ceremony",),
    ("'s", "’s"),
)
"""A signing's ceremony at an owner's named room or hall, as :data:`_EN_CEREMONY_AT` reads
one without an owner: "signed for Brookmere District Council, at a short ceremony in the
Civic Centre's Elgar Room" (the blind89 cl06's), its last word a building's or a room's,
the whole name (not "Microsoft's Redmond" of "… Redmond campus", "Council's December" of
"… December meeting", "Beijing's Great Hall" of "… of the People": review90)."""
_EN_CEREMONY_IN_A_ROOM = Needing(
    re.compile(
        rf"\b(?:signed|inked)\b{_NO_CLAUSE}{{0,160}}?\b(?:at|during)\s+an?\s+(?:signing\s+)?ceremony"
        rf"\s+(?:held\s+)?in\s+(?P<venue>(?-i:the)\s+(?:{_A_ROOM_OF})\s+of\s+(?:(?-i:the)\s+)?"
        rf"(?-i:[A-Z])[\w&-]*(?:\s+(?!{_WEEKDAYS}\b)(?-i:[A-Z])[\w&-]*){{0,5}})"
        rf"(?=[.,;:]|\s+(?:on|by|and|{_WEEKDAYS})\b|$)",
        re.IGNORECASE,
    ),
    ("signed", "inked"),
    ("ceremony",),
    ("atrium", "lobby", "foyer", "courtyard", "auditorium", "rotunda", "ballroom", "boardroom"),
)
"""A room of a named building where the ceremony the signing was done at was held: "was
signed by … during a ceremony in the atrium of Halvorsen Engineering Hall" (the blind41
ap05's); the name stops before a weekday ("… of City Hall Thursday") and at an owner's
"'s" (a review's finds)."""
_EN_SIGNED_IN_A_ROOM_OF = Needing(
    re.compile(
        rf"\b(?:signed|inked)\b{_EN_GAP}{{0,160}}?\b(?:in|at)\s+(?-i:the)\s+"
        rf"(?P<venue>(?:{_A_ROOM_OF}|council\s+chamber|conference\s+room|meeting\s+room)\s+of\s+"
        rf"(?:(?-i:the)\s+)?(?-i:[A-Z])[\w&-]*(?:\s+(?!{_WEEKDAYS}\b)(?-i:[A-Z])[\w&-]*){{0,5}})"
        rf"(?=[.,;:]|\s+(?:on|by|and|{_WEEKDAYS})\b|$)",
        re.IGNORECASE,
    ),
    ("signed", "inked"),
    (
        "atrium",
        "lobby",
        "foyer",
        "courtyard",
        "auditorium",
        "rotunda",
        "ballroom",
        "boardroom",
        "chamber",
        "conference",
        "meeting",
    ),
)
"""A room in lower case of a named building, right after "signed … in the" ("signed the
Friendship and Cooperation Agreement … on 9 October in the council chamber of Erlenbrück
Town Hall": the blind57 bf06's, whose model gave the town)."""
_EN_SIGNED_IN_A_NAMED_ROOM_OF = Needing(
    re.compile(
        rf"\b(?:signed|inked)\b{_EN_GAP}{{0,160}}?\b(?:in|at)\s+(?-i:the)\s+"
        r"(?P<venue>(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){0,2}\s+"
        r"(?-i:Room|Chamber|Suite|Lounge)\s+of\s+(?:(?-i:the)\s+(?:(?-i:[a-z]+)['\u2019]s\s+)?)?"
        rf"(?-i:[A-Z])[\w&-]*(?:\s+(?!{_WEEKDAYS}\b)(?-i:[A-Z])[\w&-]*){{0,4}}?"
        rf"\s+(?-i:{EN_BUILDING_WORDS}){_IN_ITS_TOWN})"
        rf"(?=[.,;:]|\s+(?:on|by|and|{_WEEKDAYS})\b|$)",
        re.IGNORECASE,
    ),
    ("signed", "inked"),
    ("room", "chamber", "suite", "lounge"),
)
"""A named room of a named building, its owner's word between, right after "signed … in
the" ("signed on Monday in the Senate Room of the university's Whitcombe Building by …":
the blind69 br06's, where the room alone was read), and the town after it ("in the Tern Room
of the college's Quayside Campus in Brackenford by …": the blind91 cn04's); the building's
last word one of a building's (see :func:`_a_room_of_its_building`)."""
_A_TIMES_WORD = (
    r"(?:weekend|week|year|month|day|today|yesterday|morning|evening|night|season|summer"
    r"|winter|spring|autumn|decade)['\u2019]s"
)
"""An owner's word that is a time's: "the weekend's …", "this year's …" (a review's finds)."""
_NOT_AN_EVENTS_WORD = "".join(
    rf"(?<!\b{word})"
    for word in (
        "Forum", "Day", "Summit", "Conference", "Expo", "Fair", "Week", "Festival", "Meeting",
        "Gala", "Dinner", "Ceremony", "Show", "Congress", "Symposium", "Banquet", "Reception",
        "Launch",
    )
)  # fmt: skip
"""Not after the last word of an event's name, which is no venue ("the group's Annual
Investor Day")."""
_EN_SIGNED_IT_AT_ITS_OWNERS_SEAT = Needing(
    re.compile(
        r"\b(?:signed|inked)\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,4}?"
        r"(?:agreements?|memorand(?:um|a)(?:\s+of\s+understanding)?|MoUs?|deals?|contracts?"
        r"|pacts?)\s+at\s+(?-i:the)\s+"
        r"(?P<venue>(?-i:company|firm|group|university|bank|institute)['\u2019]s\s+"
        r"(?-i:headquarters|head\s+office|main\s+office|offices|plant|factory|campus)"
        rf"\s+in\s+{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}})(?![\w'\u2019])",
        re.IGNORECASE,
    ),
    ("signed", "inked"),
    ("headquarters", "office", "plant", "factory", "campus"),
)
"""An owner's seat named by its kind's word, right after "signed" and the document ("signed
an agreement at the company's headquarters in Electronic City": the blind70 bs04's); not
further on, where it is often what the deal is about or the news around it ("… on battery
testing at the company's plant in Chennai", "… since workers went on strike at the
company's plant": a review's finds)."""
_EN_SIGNED_AT_OWNED = Needing(
    re.compile(
        rf"\b(?:signed|inked)\b(?:(?!,){_NO_CLAUSE}){{0,120}}?\bat\s+"
        r"(?P<venue>(?:(?:(?-i:[A-Z])[\w&-]*[ \t]+){0,3}(?-i:[A-Z])[\w&-]*"
        rf"|(?-i:the)[ \t]+(?!{_A_TIMES_WORD})(?:(?-i:[a-z]+)[ \t]+)?"
        rf"(?-i:[a-z]+|{EN_BODY_WORDS}))['\u2019]s"
        r"(?:[ \t]+(?:(?-i:and|&)[ \t]+)?(?!No\.)(?-i:[A-Z])[\w&-]*)+"
        r"(?![ \t]+(?-i:of|for)[ \t]+(?-i:[A-Z]))"
        r"(?![ \t]+(?-i:and|&)(?:[ \t]+(?-i:[A-Z])[\w&-]*){1,4}?"
        rf"[ \t]+(?-i:{EN_BUILDING_WORDS})\b)"
        r"(?:[ \t]+(?-i:campus)(?=[ \t]+(?:in|by|on)[ \t]|[.,;]))?"
        r"(?![ \t]+(?!No\.)(?-i:[A-Z]))"
        r"(?:[ \t]+(?:No\.[ \t]*)?\d+[A-Za-z]?)?(?![ \t]*(?:No\.)?[ \t]*\d)(?![\w&-])"
        rf"{_NOT_AN_EVENTS_WORD}{_IN_ITS_TOWN})"
        r"(?![ \t]+(?!(?:by|on|at|and|with|where|for|to|as|under|during|before|after|last"
        r"|yesterday|today|this|that|which|when)\b)(?-i:[a-z]))(?![ \t]+in[ \t]+(?-i:[A-Z]))",
        re.IGNORECASE,
    ),
    ("signed", "inked"),
    ("'s", "’s"),
)
"""An owner's venue by its name, after "signed … at" with no clause between ("signed a
Memorandum of Understanding between Caldermoor and Nordvik University at Nordvik's Haugen
Hall": the blind5 f02's), the owner named by a word for it too, and a number after ("signed
on the 14th at the port's Cruise Terminal 2": the blind35 aj06's, "the port authority's
Cruise Terminal No. 2"); not an owner's building in lower case ("at Verdant Motion's
headquarters", read with its town: ``apply._venue_in_the_town``), nor a name that goes on in
lower case ("at the chamber's Shanghai office": the blind33 ah06's, a town's name and the
building's word), nor an event's or a time's ("the group's Annual Investor Day", "the
weekend's …"); an owner's word may be a body's, capitalised ("at the Institute's Larchfield
Building in Ashcombe": the blind91 cn06's; not "the Queen's Medical Centre": review92). A
building's town after it is the venue's (``_IN_ITS_TOWN``: "at Bellmont's Advanced
Manufacturing Center in Greyhaven", the blind44 as04's; "at Halvorsen's Lakeside
campus in Cleveland", the blind45 at02's: a campus in lower case only before its town, or
before who signed, when, or the clause's end: "signed at KP's Kallang campus by …", the
blind53 bb04's); not after its number ("at the port's Cruise Terminal 2 in Tallis", which
``_EN_SIGNED_AT`` reads: a review's find)."""
_EN_SIGNED_AT_ITS_SEAT = Needing(
    re.compile(
        r"\b(?:signed|inked)\b(?:(?!,|\b(?:to|for)\s+(?-i:[a-z])|\bon\s+(?-i:[a-z]+ing)\b"
        rf"|\bcovering\b){_NO_CLAUSE}){{0,120}}?\bat\s+(?:(?-i:the)[ \t]+)?"
        r"(?P<venue>(?:(?-i:[A-Z])[\w&-]*[ \t]+){0,3}"
        r"(?:(?-i:[A-Z])[\w&-]*['\u2019]s|(?-i:[A-Z]{2,8}))[ \t]+"
        r"(?-i:headquarters|head[ \t]+office|main[ \t]+office|offices|plant|factory)"
        rf"[ \t]+in[ \t]+{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}})(?![\w'\u2019])",
        re.IGNORECASE,
    ),
    ("signed", "inked"),
    ("headquarters", "office", "plant", "factory"),
)
"""An owner's seat in lower case and the town it is in, after "signed … at" with no clause
between ("signed last Tuesday at Brightwater's headquarters in Ashcombe by …": the blind55
bd05's, whose model gave no place; "at the Authority's offices in Halden", its "the" left
out as a venue's name goes, and an owner's letters before it, "at NDWA headquarters in
Nairobi": the blind66 bo05's and bo04's); not after what the deal is for or on ("… for
the turbines at the EDF plant in Flamanville", "on improving water treatment at …": a
review's finds); not without its town, which says little of where
("at Verdant Motion's headquarters"), nor after what the deal is for ("signed a contract
on Monday to install rooftop panels at Beta's headquarters in Ashcombe"; not a title's
"for": "the Memorandum of Understanding for Joint Research": a review's finds)."""
_EN_WHERE_SIGNED = Needing(
    re.compile(
        rf"\b(?:(?:went|came|travell?ed|headed|flew|moved|returned)(?:\s+on)?\s+to|arrived\s+in)"
        rf"\s+(?:(?-i:the)\s+)?{_EN_VENUE},?\s+where\b{_NO_CLAUSE}{{0,200}}?"
        r"(?<!\bthe\s)(?<!\ba\s)\b(?:signed|inked)\b",
        re.IGNORECASE,
    ),
    ("where",),
    ("signed", "inked"),
)
"""A place the signers went to, where a signing is told ("the delegation travelled to Kuala
Lumpur, where Professor David Okafor … signed a second MoU": the blind17 r04's); not
where a company "operates in Vietnam, where it signed a distribution deal" in March, nor
"flew to Singapore, where investors welcomed the signed agreement" (a review's finds)."""
_EN_IN_THEN_SIGNED = re.compile(
    rf"(?<=,\s)in\s+(?:(?-i:the)\s+)?{_EN_VENUE},\s+"
    rf"(?:(?!\b(?:where|told|said|says|reported|news|rose|fell)\b){_NO_CLAUSE}){{0,80}}?"
    r"\b(?:signed|inked)\b",
    re.IGNORECASE,
)
"""A place after the day that opens a sentence's signing ("On Monday, in Houston, the two
companies signed a separate Technology License Agreement": the blind19 t06's; the
opening day read by :meth:`PlaceEvidence._this_signings`); not "In Singapore, … told
reporters the firm signed", "In Europe, Acme has signed" (a review's finds)."""
_EN_IN_A_ROOM_THEN_SIGNED = re.compile(
    r"(?<=,\s)(?:in|at)\s+(?-i:the)\s+(?P<venue>(?-i:[A-Z])[\w&-]*(?:[ \t]+(?:(?:of|for|and|de)"
    rf"[ \t]+)?(?-i:[A-Z])[\w&-]*){{0,8}}[ \t]+(?:{_A_ROOM_OF}|hall|chamber|library)),\s+"
    rf"(?:(?!\b(?:where|told|said|says|reported|news)\b){_NO_CLAUSE}){{0,80}}?"
    r"\b(?:signed|inked)\b(?!\s+(?:up|off|copies)\b)"
    r"(?=[^.;]{0,80}?\b(?:agreements?|memorand\w*|mous?|contracts?|accords?|protocols?|text)\b)",
    re.IGNORECASE,
)
"""A body's room after the words that open a sentence's signing ("Later the same day, in the
Faculty of Engineering and Geological Sciences auditorium, the two sides signed a second
and narrower text, the Specific Agreement …": the blind49 ax05's), a document signed after
it (not "… in the Beta University library, … students signed up for …": a review's find)."""
_EN_SIGNED_WORD = re.compile(r"\b(?:signed|inked)\b", re.IGNORECASE)
"""The signing word after which a day's commas are blanked: not those of a day that opens
the sentence ("On Monday, in Houston, … signed", whose comma ``_EN_IN_THEN_SIGNED`` reads:
a review's find)."""
_COMMA_BEFORE_A_PLACE = re.compile(r",[^;]{0,200}?\s(?:at|in)\s")
"""A comma, then "at" or "in": where a day's commas may part a signing from its venue, the
day's own ("on March 3, 2026 at the Grand Hyatt") or one after it ("on Tuesday, 3 March, at
…": a review's find)."""
_SHORT_MONTH_BEFORE_A_PLACE = re.compile(
    rf"\b(?:{EN_SHORT_MONTHS})\.\s*\d[^.;]{{0,40}}?\s(?:at|in)\s"
)
"""A month written short with its dot, then "at" or "in": "on Dec. 30 at the …"."""
_A_COMMON_OWNER = re.compile(
    rf"^the\s+(?:(?:[a-z]+\s+)?[a-z]+|{EN_OWNING_BODY})['\u2019]s\s+"
    r"(?=[A-Z].*\sin\s+[A-Z][^\s]*(?:\s+[A-Z]\S*)*$)"
)
"""An owner by a word for it before a venue named with its town, which the name and the
town identify ("the university's Aula Magna in Puerto Alegría", the blind46 au06's, is the
Aula Magna in Puerto Alegría; "the Institute's Larchfield Building in Ashcombe", the blind91
cn06's: ``EN_OWNING_BODY``, review92); not one by its name ("Halvorsen's Lakeside campus"),
nor one before a venue without its town ("the port's Cruise Terminal 2": whose terminal it
is)."""
_EN_AT_AN_EVENT_HELD_AT = re.compile(
    r"\bsigned\b(?:(?!\b(?:at|in)\s+(?:the\s+)?(?-i:[A-Z]))[^.;]){0,60}?"
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+|\d{4}\s+)?"
    r"(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,6}\s+"
    r"(?:Forum|Summit|Conference|Expo|Fair|Congress|Dialogue|Festival|Week|Convention),?\s+"
    r"(?:which\s+(?:ran|was\s+held|took\s+place)|held)(?:\s+for\s+\w+\s+days)?\s+"
    rf"(?:at|in)\s+(?:(?-i:the)\s+)?{_EN_VENUE}",
    re.IGNORECASE,
)
"""Where the event a signing was done on the sidelines of was held: "signed on the 14th on
the sidelines of the European Semiconductor Supply Summit, which ran for three days at the
International Congress Center Dresden" (the blind74 bw04's), "the 22nd China-ASEAN Expo,
held in Nanning"; not where the signing names its own venue first ("signed … at the Hotel
Neptun, on the sidelines of …": review75)."""
_ITS_KIND_AFTER = re.compile(
    r"[ \t]+(?:hotel|resort|guesthouse|inn|headquarters|head[ \t]+office|offices"
    r"|(?:regional|district|county|provincial|field|liaison)[ \t]+office|building)\b"
    r"(?![ \t]+of\b)"
    rf"(?:[ \t]+in[ \t]+{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}}"
    rf"|[ \t]+on[ \t]+(?:{_TOWN_WORD}[ \t]+){{1,3}}(?:Avenue|Road|Street|Drive|Lane|Boulevard"
    rf"|Highway|Parade)(?:,[ \t]+{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}}(?=[ \t]*[.;\n]|$))?)?"
)
"""A lodging's or a body's seat's kind written in lower case after its name, and its town:
"at the Casona San Blas hotel", "at the Casa Andina hotel in Cusco" (review75), "at the
Ministry headquarters in Port Amani" (the blind75 bx02's), "at the NEA regional office in
Tamale" (the blind78 ca06's), "in the Kelvin Room of the Bluestone Exchange building in
Invercargill" (ca04's), its street and town ("at the KNCC offices on Moi Avenue, Mombasa":
the blind80 cc06's; the town only where the sentence ends: not "…on Moi Avenue, Chief
Executive Jane Mwangi said", review81's find); its town's words as a town's
(``_TOWN_WORD``: "in Puerto Ámbar", not "in Nairobi Tuesday": review77)."""
_TO_COME_REACH = 60
"""Characters before a place read for a signing still to come there."""
_A_CLAUSES_STOP = re.compile(r"[.;,，。；]")
"""What ends a clause: a signing to come before it is not of the place after it."""
_A_SIGNING_DONE = re.compile(r"\b(?:signed|inked)\b", re.IGNORECASE)
"""A signing done between a signing to come and a place: the place is the one done's."""
_ZH_TO_COME_AT = re.compile(r"(?:将|拟|计划|预计|准备)(?:于[^，。；,;]{0,12}?)?在$")
"""Right before a place, a Chinese signing to come's "将在", "将于6月在", "计划在" (review93)."""
_VENUE_PATTERNS = (
    _ZH_CEREMONY_HELD_AT,
    _ZH_THE_CEREMONY_NEXT_HELD_AT,
    _ZH_MAIN_HALL_AT,
    _ZH_MAIN_HALL_SIGNED_IN,
    _ZH_MAIN_HALL_OF_THE_SIGNING,
    _ZH_MAIN_HALL_AFTER_ITS_CEREMONY,
    _ZH_HELD_AT_A_SIGNING,
    _ZH_SIGNED_IN,
    _ZH_AT_THEN_SIGNED,
    _EN_SIGNED_AT,
    _EN_SIGNED_WITH_AT,
    _EN_TRAVELLED_TO_SIGN_AT,
    _EN_SIGNED_BY_THEN_AT_ITS_SEAT,
    _EN_HELD_AT,
    _EN_AT_AN_EVENT_HELD_AT,
    _EN_THE_CEREMONY_HELD_AT,
    _EN_CEREMONY_AT,
    _EN_CEREMONY_AT_OWNED,
    _EN_WHERE_SIGNED,
    _EN_SIGNED_AT_OWNED,
    _EN_SIGNED_AT_ITS_SEAT,
    _EN_SIGNED_IT_AT_ITS_OWNERS_SEAT,
    _EN_IN_THEN_SIGNED,
    _EN_IN_A_ROOM_THEN_SIGNED,
    _EN_ENTERED_INTO_IN,
    _EN_CEREMONY_IN_A_ROOM,
    _EN_SIGNED_IN_A_ROOM_OF,
    _EN_SIGNED_IN_A_NAMED_ROOM_OF,
)
_NOT_A_VENUE = re.compile(
    rf"^(?!.*\b(?:{EN_BUILDING_WORDS})\b)"
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Presence|Name"
    r"|Behalf|Principle|Accordance|Line|Collaboration|Partnership|Cooperation|Duplicate"
    r"|Triplicate|Person|Good|Faith|Support|Spirit|Languages?|English|Chinese|French"
    r"|Spanish|Arabic|Russian|German|Japanese|Korean|Portuguese|Malay|Both|Writing"
    r"|Attendance|Conjunction|Honou?r|Recognition|Response|Advance|Addition|Respect|Memory"
    r"|Celebration|Commemoration|Research|Artificial|Engineering|Medicine|Science|Q[1-4]"
    r"|H[12]|FY\w*|Phase|Round|Stage|Year|Quarter)\b"
    r"|的|时间|期间|方式|同时|即将|线上|线下|云端|各自|两地|同步|连线|远程|视频|基础"
    r"|[和与、及]|代表|分别"
    r"|[中下上时间前后夕午点天日月年将际]$|(?:[周天日月年]|小时)[之以]?内$|^同一"
    r"|^(?:[我本该](?:校|院|所|公司|集团)|学校|公司|集团|总部|本部|现场|会场|此|当地)$",
    re.IGNORECASE,
)
"""Words after "in", "at" or 在 that are no place: a month, a day, a language, a field,
the manner of a signing ("signed in English and Chinese", "in Good Faith", "in Accordance
with", "in Q3"), unless a venue's word follows ("the Chinese Embassy", "Research Triangle
Park"); Chinese words of a time, a manner, a mood or a ground ("在热烈的气氛中", "在…的共同
见证下", "论坛期间", "在此基础上", "在云端", "两地同步", two places: "分别在南京和伦敦"), or a
word for the party's own place alone ("在本校", "在总部"), a span of time or the same
place again ("在两周内先后举行", "在同一会场": review73): reviews' finds."""
_FUTURE_OR_ANOTHERS = re.compile(
    rf"(?:{FUTURE_BEFORE.pattern})|\b(?:which|who|that|has|have|had)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
"""What before a signing's words makes its venue none of this signing's: a signing to
come ("将在北京举行", "is to be signed at"), or another's ("Beta, which has signed more than
40 such agreements in Europe")."""
_LOOK_BACK = 24
_SIGNS = re.compile(
    rf"{ZH_SIGNING}|{_ZH_SIGNING_CEREMONY}(?:仪式|活动(?!筹备)(?![^。；;]{{0,20}}?将))"
    rf"|{EN_SIGNING_VERB}|{EN_RENEWED}|\bentered\s+into\s+(?:an?|the)\b",
    re.IGNORECASE,
)
"""Signing words, as a sentence a signing's date opens must hold (not "举行", "held"): a
signing's ceremony or event too ("12月30日下午，…项目集中签约活动在…举行": the blind37
al06's; not "…签约活动筹备会", "…签约活动将于1月中旬举行": a review's finds); a listed
company's "entered into a … Agreement" (the blind37 al01's; not "entered into force")."""
_RECENT = dt.timedelta(days=62)
"""How long before its page an article's signing may be told (上月28日 at the latest)."""


def recent(date: dt.date | None, published: dt.date | None) -> bool:
    """Whether ``date`` is in the weeks before the page's date (``_RECENT``): the page's
    news, not a signing the article recalls ("signed on 29 December 2025" on a page of 8
    January 2026 is one)."""
    return date is not None and published is not None and published - _RECENT <= date <= published


_LOCAL_TIME = re.compile(r"(?:当地时间|北京时间|[Ll]ocal\s+time)\s*")
"""What may stand before the day that opens a sentence ("当地时间3月4日，…")."""
_ZH_SUBJECTS_DAY = re.compile(
    rf"[^，,。；;\n]{{2,40}}?(?P<date>{DATE_MENTION.pattern})\s*(?=与|和|同|携手|联合|在|于|赴)"
)
"""A Chinese sentence's subject, then its day, then the other party or the place: "甲昨（13）
日与乙…"."""
_ZH_SUBJECTS_DAY_ALONE = re.compile(
    rf"[^，,。；;\n]{{2,40}}?(?<![始起至源定])于(?P<date>(?:1[0-3]\d\s*年\s*)?(?:{DATE_MENTION.pattern}))"
    r"\s*(?:[（(](?:星期|周)[一二三四五六日天][）)])?\s*(?:上午|下午|中午|晚上|早上)?\s*$"
)
"""A Chinese sentence's subject, then 于 and its day ending the clause, a weekday and a time
of day after it ("國立雲嘉海洋科技大學（雲海科大）於114年10月8日（星期三）上午，在…與…簽署": the
blind51 az03's, a Taiwan page's year of the Republic with it); not a day something began,
was set for or ran to ("合作始于11月3日", "截至11月12日", "定于…": a review's finds)."""
_ZH_ANOTHER_ACT = re.compile(
    r"出席|参加|举行|举办|召开|介绍|表示|会见|考察|调研|访问|主持|发布|宣布|接待|走访"
)
"""A verb of the first clause's own after its day: the day is that act's ("张三3月10日在北京
出席论坛，会上介绍，…签署了…": a review's find)."""
_ZH_ITS_OWN_TIME = re.compile(r"上个?月|上周|此前|之前|去年|前年|早在|曾(?!经理)|\d{4}年")
"""A signing clause's own time, other than the first clause's day."""
_COUNTED_APART = Needing(
    re.compile(r"\b(?P<count>two|three|four|five|six|several|\d+)\s+separate\b", re.IGNORECASE),
    ("separate",),
)
"""Documents counted as apart from each other ("two separate agreements"), not another
signing than the article's."""
_ZH_COUNTED = re.compile(r"[两二三四五六七八九十\d]+[场份项](?:签约|协议|合同)[^。；;]*")
"""Chinese signings counted, and the rest of their sentence, whose "另一场" is one of them
("…迎来两场签约：一场与…签署…，另一场与…签署…": the blind48 aw03's)."""


def _counted_apart(sentence: str) -> str:
    """The sentence without the words that count its documents as apart from each other
    (``_COUNTED_APART``, ``_ZH_COUNTED``): none of them is another signing than the
    article's."""
    sentence = _COUNTED_APART.sub(r"\g<count>", sentence)
    counted = _ZH_COUNTED.search(sentence)
    if counted is None:
        return sentence
    each = re.sub(r"另(?=一[场份项])", "", counted.group())
    return sentence[: counted.start()] + each + sentence[counted.end() :]


_EVERY_SIGNING = re.compile(
    rf"{_ZH_SIGNING_CEREMONY}(?:暨[^，。；,;]{{0,24}}?)?仪式|签约活动|集中签约"
    r"|\bsigning\s+ceremon(?:y|ies)\b"
    r"|\b(?:two|three|four|five|six|several|multiple|\d+)\s+(?:[\w-]+\s+)?(?:agreements|deals"
    r"|documents|memorand(?:a|ums)|contracts|mous)\b|\bthe\s+(?:agreements|documents|deals)\s+were\b"
    r"|[两二三四五六七八九十多]+(?:项|份|个)[^，。,;；]{0,12}?(?:协议|合同|文件|备忘录)",
    re.IGNORECASE,
)
"""A sentence about the whole signing, not one document's: its ceremony, or its documents
counted ("签约仪式在临川宾馆举行", "…签约暨联合实验室揭牌仪式…", "“云签约”仪式", "last Thursday
signed three agreements", "签署了两项协议": the blind10 k02's and k03's among them): the
sentence that dates every agreement the article's signing holds. Not "signed a lease":
the day of one document is not another's (a test's)."""
_BYLINE = re.compile(
    r"\s*(?:(?:本报|本网|本台|本刊|[\u4e00-\u9fff]{2,6}(?<![通资电]))讯\s*)?"
    r"[（(][^）)]{0,40}?(?:记者|通讯员)[^）)]{0,40}[）)]"
    r"|\s*(?:本报|本网|本台|本刊)讯"
    r"|\s*[\u4e00-\u9fff]{2,6}(?<![通资电])讯(?=[\s\d（(])"
    r"|\s*(?:本报|本网)?记者(?:日前|近日|近期)?从[^，。；]{2,20}?获悉[，,]"
)
"""A news lead before a sentence's opening date: "本报讯（记者 何静 通讯员 刘一帆）昨天上午，…"
(the blind9 j03's), a town's "澜州讯  12月3日，…" (the blind30 ae02's; not a company's
"…通讯", "…资讯": a review's find), "记者日前从北辰大学获悉，12月28日，…" (the blind2 c06's)."""
_ANNOUNCES_THAT = re.compile(
    r"[^,;:.\n]{0,80}?(?:\([^()\n]{0,40}\)[^,;:.\n]{0,40}?)?\bannounce[sd]?\s+that\s+",
    re.IGNORECASE,
)
"""A listed company's lead before a sentence's opening date: "The board of directors of the
Company (the "Board") is pleased to announce that on Friday, 14 November 2025 (after
trading hours), …, entered into …" (the blind37 al01's)."""
_FULL_STOP = re.compile(r"[.!?。！？](?:[\"'”’）)]*\s|$)")
"""A sentence's full stop (not a number's "2.5", nor "coopllm.org")."""
_DATE_OPENING = re.compile(r"\s*(?P<date>[^,;:.\n\uff0c\uff1b\uff1a\u3002]{2,24}?)\s*[,\uff0c]")
"""A sentence's opening words up to its first comma, where a date may stand."""


_OWN_TIME = re.compile(
    r"\b(?:in|since|during|from)\s+(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December|(?:19|20)\d{2})\b"
    r"|\blast\s+(?:year|month)\b|\b(?:19|20)\d{2}\b|(?:19|20)\d{2}\s*年|去年|前年|上月|\d{1,2}\s*月(?!\s*\d)",
)
"""A time a sentence gives its document that is no day: "signed in March", "in 2019",
"去年", "3月" alone."""
_NOT_THE_DAY = re.compile(
    r"\b(?:planned|scheduled|postponed|expected|due|originally|initially|rescheduled)\b"
    r"|原定|原计划|推迟|延期",
    re.IGNORECASE,
)
"""A clause whose day is not the signing's: "The signing ceremony was originally planned
for 10 May" (a review's find)."""
_ANOTHERS_DAY = re.compile(r"[^，,。]{0,8}?(?:成立|揭牌|建成|开业|举办|召开|落成)的")
"""After a Chinese day, what makes it another body's: "与于5月9日揭牌成立的乙研究院签署"
(a review's find)."""


_AT_THE_EVENT = re.compile(
    r"(?P<event>[\u4e00-\u9fff]{1,8}?(?:会|式|活动|论坛|节))(?:上|期间|现场)[，,]?"
)
"""The event a sentence says its signing was done at: "推介会上，…5个项目集中签约",
"开幕式上举行了…签约仪式", "在…的见证下，推介会现场集中签约项目和协议5个"."""
_SIGNED_THERE_AFTER = re.compile(
    r"(?:(?!介绍|表示|指出|发言|致辞|讲话|达成)[^。；;\n]){0,40}?"
    r"(?:集中签约|签约仪式|签约(?!的)|签署(?!的)|签订(?!的))"
)
"""After the event's name, the signing done there, no one's speech or earlier deal
between: "推介会上，在林海涛的见证下，5个项目集中签约", "开幕式上举行了…签约仪式"."""
_ON_SITE = re.compile(r"现场(?:集中)?(?:签约|签署|签订)")
"""A signing done "on the spot" with no event named: "随后，在…的见证下，4个项目现场签约"
(the blind21 v01's), at the event the article tells as held just before."""
_AT_THE_MEETING = re.compile(r"\s*(?:会上|席间)[，,]")
"""A signing sentence that opens "at the meeting", naming none: "会上，学院与瑞丰汽车签订《…》"
(the blind39 an02's), after the sentence that tells the 校企合作大会 held."""
_ANOTHER_MEETING = re.compile(r"座谈|会谈|会见|洽谈|考察|调研|结束后|会后")
"""Between an event and a signing "会上", another meeting the 会 may be: "推介会结束后，…赴澄州
考察，并与…举行座谈。会上，…签署…" (a review's find)."""
_EVENT_HELD = re.compile(
    r"(?P<event>[\u4e00-\u9fff]{1,8}?(?:会|式|活动|论坛|节))(?:(?!将|拟)[^，。；,;\n]){0,6}?"
    r"在[^，。；,;\n]{2,24}?(?:隆重|正式)?(?:举行|举办|召开|开幕)"
)
"""An event the body says was held somewhere: "…产业合作推介会在上海国际会议中心举行"; not
one that will be ("…大会将在…举办": a review's find)."""
_ITS_OWN_PLACE = re.compile(r"[在于][^，。；,;\n]{2,24}?(?:举行|举办)|设在[^，。；,;\n]{2,24}")
"""A signing sentence that holds its own place ("签约仪式在甲市迎宾馆举行", "…于澜州宾馆举行",
"签约仪式设在澜州宾馆")."""
_ANOTHER_TIME_OR_PLACE = re.compile(
    r"次日|翌日|第二天|隔天|会后|此后|前往|赶赴|抵达|来到|走进|移步|转场|上届|去年|往届"
)
"""What in a whole signing's sentence after an event's tells it on another day or at
another place: "次日，…", "会后，代表团前往…总部，…签署两份协议" (a review's finds)."""
_DAYS_LONG = re.compile(
    r"为期[一二两三四五六七八九十\d]+天|\bran\s+for\b|\bfor\s+\w+\s+days\b|\b\w+-day\b"
    r"|\bclosed\s+on\b",
    re.IGNORECASE,
)
"""An event that runs for days: its opening day is not every signing's ("ran for four days
and closed on Thursday", "the three-day forum": a review's find)."""
_NEXT_SENTENCE = 80
"""How far past an English event's sentence its length may be told."""
_EN_EVENTS = r"Forum|Summit|Conference|Expo|Fair|Congress|Dialogue|Festival|Week|Convention"
_EN_AT_THE_EVENT = re.compile(
    rf"\s*(?:On\s+the\s+(?:sidelines|margins)\s+of|At|During)\s+the\s+(?P<kind>{_EN_EVENTS})\b"
    r"(?!\s+(?:on|in|of)\b)",
    re.IGNORECASE,
)
"""An English signing sentence that opens at an event it names by its kind alone: "On the
sidelines of the forum, Brenholt … signed a memorandum" (the blind39 an05's)."""
_EN_EVENT_HELD = re.compile(
    r"\b(?-i:[A-Z])[\w'\u2019-]*(?:[ \t]+(?-i:[A-Z])[\w'\u2019-]*){0,6}"
    rf"[ \t]+(?P<kind>{_EN_EVENTS}),?[ \t]+(?:was[ \t]+)?held[ \t]+"
    rf"(?P<day>{DATE_MENTION.pattern})[ \t]+(?:at|in)[ \t]+(?:(?-i:the)[ \t]+)?{_EN_VENUE}"
)
"""An English event, named in capitals, and the day and venue it was held on and at:
"the Valmora-Ghana Agribusiness Forum, held last Thursday at the Adum Conference Centre in
Kumasi"."""
_EVENT_KEY = 3
"""The characters of an event's name its sentence of being held must write ("推介会")."""
_OPENING = "开幕式"
_HELD_AT = (
    r"在(?P<venue>[\u4e00-\u9fffA-Za-z0-9·]{{2,24}}?)(?:隆重|正式)?(?:{verbs})(?=[，。；,;]|$)"
)


_NOT_A_PLACE = re.compile(r"的|[中下里]$")
"""Words of an event's manner, not its place: "在雄壮的国歌声中隆重开幕", "在…的主持下举行"."""


class Event(NamedTuple):
    """An event the article's signing was done at, held at ``venue``; ``day``: the day
    that opens the sentence that says so, where it opens with one; ``held``: that
    sentence."""

    venue: str
    day: str | None
    held: Sentence


def _apart(one: tuple[int, int], other: tuple[int, int]) -> int:
    """How many characters stand between two spans of a text (0 where they touch)."""
    return max(one[0] - other[1], other[0] - one[1], 0)


_ANOTHERS_CLAUSE = re.compile(r"\b(?:whose|who|which|had|has|have)\b", re.IGNORECASE)
"""Before a day in its clause, a clause of another's doing than the signing."""


def _an_opening_day(words: str) -> bool:
    """Whether the words that open a sentence are a day and its comma ("On Monday, ")."""
    opening = DATE_MENTION.match(words.strip())
    return opening is not None and words.strip()[opening.end() :].strip() == ","


_ZH_THE_EVENTS_SITE = re.compile(r"(?:论坛|大会|峰会|博览会|展会|年会|会议)?(?:现场|会场)")
"""A place told by the event it is the site of: "签约仪式在论坛现场举行"."""
_ZH_EVENT_HELD_AT = re.compile(
    r"(?:论坛|大会|峰会|博览会|展会|年会|会议)[^，。；\n]{0,6}?在(?P<venue>[^，。；\n在的]{2,40}?"
    r"(?:馆|中心|厅|酒店|宾馆|饭店|大厦|会堂|礼堂|广场|园区|场|楼|室|基地|[A-Z]\d*))"
    r"(?:隆重)?(?:开幕|举行|举办|召开|开展)"
)
"""Where an event was held, a building's or a hall's word ending it: "第三届长三角智能制造创新
论坛在合肥滨湖国际会展中心B2馆开幕"; not "大会在雄壮的国歌声中隆重开幕", "在…的指导下举办",
nor a town alone ("首届大会于2024年在北京举办": a review's finds)."""


def _the_events_venue(venue: str, text: str) -> str | None:
    """The one place the article says the event was held at, where ``venue`` is only that
    event's site ("论坛现场" of "…论坛在合肥滨湖国际会展中心B2馆开幕": the blind56 be02's),
    the fullest where one holds the others; None else, or where it names two apart."""
    if not _ZH_THE_EVENTS_SITE.fullmatch(venue):
        return None
    held = {found["venue"] for found in _ZH_EVENT_HELD_AT.finditer(text)}
    fullest = max(held, key=len, default=None)
    return fullest if fullest and all(place in fullest for place in held) else None


def _no_event_beside_its_hall(found: list[str], text: str) -> list[str]:
    """``found`` without an event's name read as a venue ("signed at the Northern Logistics
    Forum in George Town") where the signings are said to have taken place at a hall read
    beside it (``_EN_HELD_AT``: "The signings took place at the Harbourfront Convention Hall
    in George Town": the blind73 bv06's): the event is when, the hall where. Not beside a
    hall another signing was done at ("… was signed at the Raffles Hotel on Tuesday":
    review74)."""
    events = [venue for venue in found if _AN_EVENTS_NAME.search(venue)]
    if not events:
        return found
    held = {held["venue"] for held in _EN_HELD_AT.finditer(text)}
    halls = [v for v in found if v not in events and _A_BUILDINGS.search(v) and v in held]
    return [venue for venue in found if venue not in events] if halls else found


_AN_EVENTS_NAME = re.compile(rf"^(?:the\s+)?(?:[A-Z][\w'-]*\s+)+(?:{_EN_EVENTS})$")
"""An English event's name, its words capitalised: "Northern Logistics Forum"."""
_AN_EVENT_AFTER = re.compile(
    r"\s+(?:(?!(?:during|at|on|in|of|the|an?|for|with|and|after|before|while|ahead|to|by|as"
    r"|following|their|its|our|his|her|yesterday|today|this|last|next|earlier|later|when"
    r"|where|which|who|that|whose)\b)[a-z]+\s+){1,3}"
    r"(?i:Forum|Summit|Conference|Expo|Fair|Congress|Dialogue|Festival)\b"
)
"""Lower-case words and an event's after a place, which then names whose event it is, not
where the signing was: "signed at Penang logistics forum" (the blind73 bv06's headline);
not "at the Istana following their bilateral meeting", nor "in London earlier this week"
(review74)."""
_A_BUILDINGS = re.compile(rf"\b(?:{EN_BUILDING_WORDS})\b")


def _rooms_at_their_buildings(found: list[str], text: str) -> list[str]:
    """``found`` with each place the text writes "at" another found ("the Senate Room at
    Carrington's Bentley campus": the blind20 u04's, where the pattern of "signed … in" reads
    the room and the one of "signed at …'s" the campus) as one, the two joined."""
    joined = list(found)
    for room in found:
        if f"{room} at " not in text:
            continue  # a page of many venues: not every pair looked up in the whole text
        for building in found:
            whole = f"{room} at {building}"
            if room != building and room in joined and building in joined and whole in text:
                joined = [whole if v == room else v for v in joined if v != building]
    return joined


_WHEN = re.compile(r"\s*when\b", re.IGNORECASE)
_NOT_WHEN_SIGNED = re.compile(
    rf"\b(?:had|said|says|announced|disclosed|confirmed|revealed|reported)\b|{DATE_MENTION.pattern}",
    re.IGNORECASE,
)
"""A "when" clause that tells the signing as said then, or done earlier, or on a day of its
own: the day before it is not the signing's ("Shares rose on Friday, when the company said
it had signed a memorandum … last month": a review's find)."""
_DAY_REACH = 40
"""How far before a "when" clause's comma the day it ends may start ("on Friday")."""


class PlaceEvidence(Reading):
    """Whether the article introduces a place as where the signing was, and writes a date
    in a sentence about the signing."""

    def venue_of_signing(self, value: str) -> bool:
        """Whether the article introduces the value as the place of signing
        (:meth:`venue_sentence`)."""
        return self.venue_sentence(value) is not None

    @remembered
    def venue_sentence(self, value: str) -> Sentence | None:
        """The first sentence where a mention of the value is introduced as the place of
        signing (see ``_AT_PLACE``) in a sentence about the signing: a ceremony, or any
        words that say someone signed ("inked the MoU in X", "put pen to paper at X"); else
        the one that says where the event the signing was done at was held
        (:meth:`signing_event`); else the one that sets a video event's main hall where
        someone signed (:meth:`_main_hall_signed_in`); else the one that signs "here" under
        a dateline naming it (:meth:`_signed_here`)."""
        signing = ROLE_WORDS["location"]
        for (start, end), mentions in self._by_sentence(value).items():
            if self._says(signing, start, end) and any(
                _venue(self.rules_text[start:at], self.rules_text[until:end], signing)
                and not self._to_be_signed_there(start, at)
                for at, until in mentions
            ):
                return start, end
        event = self.signing_event()
        if event is not None and normalize_for_match(event.venue) == normalize_for_match(value):
            return event.held
        return self._main_hall_signed_in(value) or self._signed_here(value)

    def _to_be_signed_there(self, start: int, at: int) -> bool:
        """Whether a signing still to come (``TO_COME``) is what the place at ``at`` is
        where, in its clause: "A detailed memorandum … is due to be signed in Port Lenard in
        June" (the blind92 co06's, its letter signed by video link), "双方将于6月在澄阳签署"
        (``_ZH_TO_COME_AT``); not where a signing done stands between ("the deal that was
        expected to be signed last year was finally signed in Port Lenard": review93)."""
        text, reach = self.rules_text, max(start, at - _TO_COME_REACH)
        if _ZH_TO_COME_AT.search(text, reach, at):
            return True
        return any(
            not _A_CLAUSES_STOP.search(text, found.end(), at)
            and not _A_SIGNING_DONE.search(text, found.end(), at)
            for found in TO_COME.finditer(text, reach, at)
        )

    def _main_hall_signed_in(self, place: str) -> Sentence | None:
        """The sentence that sets the main hall of a video event at ``place`` where the
        article says someone signed at the main hall (``_ZH_MAIN_HALL_SIGNED_IN``), or
        right after the sentence that says its signing ceremony was held by a link
        (``_ZH_MAIN_HALL_AFTER_ITS_CEREMONY``), the article's one such ceremony, which
        tells no earlier or other signing."""
        wanted = normalize_for_match(place)
        for found in _ZH_MAIN_HALL_SIGNED_IN.finditer(self.rules_text):
            if normalize_for_match(found["venue"]) == wanted:
                return self.sentence_at(found.start("venue"))
        after = list(_ZH_MAIN_HALL_AFTER_ITS_CEREMONY.finditer(self.rules_text))
        if len(after) != 1 or normalize_for_match(after[0]["venue"]) != wanted:
            return None  # two ceremonies' halls: which is whose, the sentences do not say
        start, end = self.sentence_at(after[0].start())
        if self.tells_another_signing(self.read_text[start:end]):
            return None  # "去年5月，…举行了合作协议签约仪式。主会场设在…" (a review's find)
        return self.sentence_at(after[0].start("venue"))

    def _signed_here(self, place: str) -> Sentence | None:
        """Whether ``place`` is the dateline's city and a signing is said to be "here" in
        its clause ("KUALA LUMPUR, Jan 10 (Bernama) -- … signed an MoU here today",
        "新华社北京3月3日电 … 3日在京签署"; ``_SIGNED_HERE``): wire copy names the city once,
        at the top."""
        text = self.rules_text
        dateline = _DATELINE.search(text, 0, _DATELINE_REACH)
        if dateline is None:
            return None
        city = dateline["city"] or dateline["caps"] or dateline["zh"]
        if normalize_for_match(city) != normalize_for_match(place):
            return None
        short = re.escape(_CITY_SHORT.get(city, city))
        here = re.compile(
            rf"{_SIGNED_HERE}|在(?:此(?![次前基])|{short})[^,;.\uff0c\uff1b\u3002]{{0,8}}?(?:签|举行)",
            re.IGNORECASE,
        )
        said = here.search(text, dateline.end())
        return None if said is None else self.sentence_at(said.start())

    @remembered
    def signing_event(self) -> Event | None:
        """The one event the article's signings were done at, as a signing sentence says
        (``_AT_THE_EVENT``), where a sentence of the body before it says where it
        was held ("4月16日上午，…推介会在东林市金湾国际会议中心举行" for "推介会上，…集中签约";
        "…大会在江沅国际会议中心开幕" for "开幕式上举行了…签约仪式": the blind15 p02's and
        blind16 q03's); not the headline's ("…推介会在东林市举行"). The signing done there:
        its words after the event's, no one's speech between them (``_SIGNED_THERE_AFTER``:
        not "在交流会上，李四介绍了双方近日签署的…", nor "双方在博览会上达成的合作意向", a
        review's finds), no place of its own ("洽谈会期间，…签约仪式在甲市迎宾馆举行"). No
        day where the event ran for days ("为期五天"). None where no sentence says so, or
        sentences name two events. Where none names its event, a signing done "现场" or
        "会上" (``_AT_THE_MEETING``) at the one event the body before it tells as held (the
        blind21 v01's "推介会在上海国际会议中心举行" before "随后，…4个项目现场签约"), or the
        whole signing told in the sentence right after the event's (``_EVERY_SIGNING``:
        "本月12日，…对接会在海澜国际会议中心举行。在…的见证下，…先后与…签署两份协议", the
        blind36 ak06's)."""
        found = {
            event
            for start, end in self.signing_sentences()
            if (at := _AT_THE_EVENT.search(self.text, start, end)) is not None
            and _SIGNED_THERE_AFTER.match(self.text, at.end(), end) is not None
            and not _ITS_OWN_PLACE.search(self.text, at.end(), end)
            and (event := self._held(at["event"], start)) is not None
        }
        if not found:
            found = {
                event
                for start, end in self.signing_sentences()
                if not _ITS_OWN_PLACE.search(self.text, start, end)
                and (event := self._the_one_event_before(start, end)) is not None
                and (
                    _ON_SITE.search(self.text, start, end)
                    or (
                        _AT_THE_MEETING.match(self.text, start, end) is not None
                        and not _ANOTHER_MEETING.search(self.text, event.held[1], start)
                    )
                    or (
                        _EVERY_SIGNING.search(self.text, start, end)
                        and not self.text[event.held[1] : start].strip()
                        and not _ANOTHER_TIME_OR_PLACE.search(self.text, start, end)
                    )
                )
            }
        if not found:
            found = {
                event
                for start, end in self.signing_sentences()
                if (at := _EN_AT_THE_EVENT.match(self.text, start, end)) is not None
                and (event := self._en_held(at["kind"], start)) is not None
            }
        return found.pop() if len(found) == 1 else None

    def _en_held(self, kind: str, before: int) -> Event | None:
        """Where and when the one English event of ``kind`` the body before ``before``
        names was held ("the Valmora-Ghana Agribusiness Forum, held last Thursday at the
        Adum Conference Centre in Kumasi": the blind39 an05's); None where no one or two
        sentences say so, or its day is no recent one."""
        found = [
            held
            for held in _EN_EVENT_HELD.finditer(self.text, 0, before)
            if held["kind"].lower() == kind.lower()
        ]
        if len(found) != 1 or not self._recent(found[0]["day"]):
            return None
        held = self.sentence_at(found[0].start())
        day = (
            None
            if _DAYS_LONG.search(self.text, held[0], held[1] + _NEXT_SENTENCE)
            else found[0]["day"]
        )
        return Event(found[0]["venue"], day, held)

    def _the_one_event_before(self, start: int, end: int) -> Event | None:
        """The one event the body before the signing sentence at [start, end) says was
        held somewhere, for a signing done "现场" that names none (:data:`_ON_SITE`); None
        where it names two or none, or a day is written between that sentence and the
        signing's end ("…推介会在…举行。5月11日，代表团…现场签约": another day's, maybe
        another place's; a review's find)."""
        keys = self._events_held_before(start)
        event = self._held(keys.pop(), start) if len(keys) == 1 else None
        if event is None or DATE_MENTION.search(self.text, event.held[1], end):
            return None
        return event

    def _events_held_before(self, start: int) -> set[str]:
        """The keys (:data:`_EVENT_KEY`) of the events the body before ``start`` says were
        held somewhere: the body's events read once, where reading the body again for each
        signing sentence took a page of a hundred signings quadratic time. A reading that
        runs past ``start`` (no sentence of the body ends there) is read again up to it,
        as before."""
        keys = set()
        for at, until, key in self._events_held:
            if until <= start:
                keys.add(key)
            elif at < start:
                body = self.text.find("\n") + 1
                return {
                    held["event"][-_EVENT_KEY:]
                    for held in _EVENT_HELD.finditer(self.text, body, start)
                }
            else:
                break
        return keys

    @functools.cached_property
    def _events_held(self) -> list[tuple[int, int, str]]:
        """Each event the body says was held somewhere (:data:`_EVENT_HELD`): its span and
        key."""
        body = self.text.find("\n") + 1
        return [
            (*held.span(), held["event"][-_EVENT_KEY:])
            for held in _EVENT_HELD.finditer(self.text, body)
        ]

    def _held(self, event: str, before: int) -> Event | None:
        """Where and when ``event`` was held, as the last sentence of the body before
        ``before`` that names it and a venue says."""
        verbs = "开幕" if event.endswith(_OPENING) else "举行|举办|召开|开幕"
        key = "" if event.endswith(_OPENING) else re.escape(event[-_EVENT_KEY:])
        held = re.compile(rf"{key}[^，。；,;\n]{{0,6}}?{_HELD_AT.format(verbs=verbs)}")
        found = list(held.finditer(self.text, self.text.find("\n") + 1, before))
        if not found:
            return None
        if _NOT_A_PLACE.search(found[-1]["venue"]):
            return None
        sentence = self.sentence_at(found[-1].start())
        opening = _DATE_OPENING.match(self.text, sentence[0], found[-1].start())
        day = opening["date"] if opening is not None else None
        if day is not None and not (DATE_MENTION.match(day) and self._recent(day)):
            day = None
        if _DAYS_LONG.search(self.text, *sentence):
            day = None
        return Event(found[-1]["venue"], day, sentence)

    @remembered
    def signing_day(
        self, of: str | None = None, *, within: tuple[Sentence, ...] = ()
    ) -> str | None:
        """The signing's day as a sentence of signing words writes it: the date that opens
        the sentence, up to its comma ("上月28日，东川大学化学与材料学院与宁泽新材料股份有限公司…
        举行…签约仪式", "On Tuesday, … signed"), or else one in the clause of its signing
        words ("was signed on 18 December in the Council Chamber", "last Thursday signed
        three agreements", "该校9日与…签署《…》": the blind8 i02's, i03's and i06's); as
        written, and a day the page's date reads (:func:`resolve_date`) in the weeks
        before it (``_RECENT``), not an earlier signing the article recalls ("2019年3月5日，
        双方签署了…"), nor a sentence that tells another's or one to come.

        ``of``: the first sentence that names it, whose opening date counts only where its
        signing words come before the name ("On Wednesday 15 May, … signed a Memorandum of
        Understanding"; not "On Monday, officials met to review the Memorandum of
        Understanding signed by…", nor "上月28日，甲学院举行科研工作会议": a review's finds).
        Without it, the one day every sentence that dates a signing gives: none where two
        give two days (the blind8 i01's memorandum of Tuesday and contract of Monday). None
        where there is no page date. ``within``: without ``of``, these sentences date it,
        not only those about the whole signing (the record's one agreement, its own
        signing's sentences: "昨天上午，甲与乙…签署合作协议", its title named in another
        sentence, undated: the blind11 l02's; "last Friday signed an agreement")."""
        published = self.published
        if published is None:
            return None
        found: dict[dt.date, str] = {}
        for (start, end), before in self._signing_openings(of, within):
            named = before if of is not None else None
            written = self._opening_day(start, end, before) or self._signing_clause_day(
                start, end, named
            )
            date = None if written is None else resolve_date(written, published)
            if written is None or date is None or only_on_the_page_date_line(written, self.text):
                continue  # the page's date under a headline that "signs" (the blind13 n04's)
            if of is not None:
                return written
            found.setdefault(date, written)
        return next(iter(found.values())) if len(found) == 1 else None

    def day_written(
        self, sentences: tuple[Sentence, ...], *, told_apart: bool = False
    ) -> str | None:
        """The one recent day the ``sentences`` write, as written (none where they write
        two, or none: "Two days later, on Thursday 6 March, … signed a second MoU"), not the
        page's own date line ("Published: Wednesday 13 March 2024" run into the first
        sentence: the blind3 d01's), a dateline's, one another's words follow
        (``_ANOTHERS_DAY``), nor one of a clause of another's doing ("…, whose delegation
        had flown in from Busan on Saturday 3 May": ``_ANOTHERS_CLAUSE``, a review's find),
        where none tells another signing or an earlier one. ``told_apart``: the sentences
        are one agreement's own, told apart from the others' (:mod:`~coopllm.guard.apart`),
        so "In a separate ceremony on Wednesday, …" tells this one's (the blind71 bt05's);
        an earlier signing's still none."""
        found: dict[dt.date, str] = {}
        for start, end in sentences:
            sentence = self.text[start:end]
            if (
                self.tells_earlier_signing(sentence) or TOLD_AS_EARLIER.search(sentence)
                if told_apart
                else self.tells_another_signing(sentence)
            ):
                return None
            for day in DATE_MENTION.finditer(self.text, start, end):
                date = resolve_date(day.group(), self.published)
                opening = stretch_around(self.text, CLAUSE_STOPS, start, *day.span(), end)[0]
                if (
                    date is not None
                    and self._recent(day.group())
                    and not only_on_the_page_date_line(day.group(), self.text)
                    and not in_dateline(self.text, *day.span())
                    and not _ANOTHERS_DAY.match(self.rules_text, day.end(), end)
                    and not _ANOTHERS_CLAUSE.search(self.text, opening, day.start())
                ):
                    found.setdefault(date, day.group().strip().rstrip(".,;"))
        return next(iter(found.values())) if len(found) == 1 else None

    def venue_written(self, sentences: tuple[Sentence, ...]) -> str | None:
        """The one place the ``sentences`` introduce as their signing's (``_VENUE_PATTERNS``),
        none where they name two; not the town another is written in ("Halden" of "the
        Authority's offices in Halden": the blind66 bo05's), as :meth:`signing_venues`."""
        found = {
            self._venue_as_written(venue)
            for start, end in sentences
            for pattern in _VENUE_PATTERNS
            for venue in pattern.finditer(self.read_text, start, end)
            if self._this_signings(venue, own=True)
        }
        found = {
            v
            for v in found
            if not _NOT_A_VENUE.search(simplified(v))
            and not any(
                other.endswith(f" in {v}") or _a_room_of_its_building(v, other) for other in found
            )
            and self.venue_of_signing(v)
        }
        return found.pop() if len(found) == 1 else None

    def dated_otherwise(self, of: str) -> bool:
        """Whether a sentence that names ``of`` writes a time of its own that is no recent
        day ("The Supply Agreement, signed in March, remains in force"): its day is not the
        article's signing's (a review's find)."""
        return any(
            self._earlier(said.group())
            for (start, end), _ in self._signing_openings(of)
            for said in _OWN_TIME.finditer(self.text, start, end)
        )

    def _earlier(self, said: str) -> bool:
        """Whether a time ``_OWN_TIME`` found is before the page's year, where it writes a
        year: not the page's own date line under a headline ("发布时间：2025-04-22")."""
        years = years_written(said)
        return not years or self.published is None or min(years) < self.published.year

    def _opening_day(self, start: int, end: int, before: int) -> str | None:
        """The recent date that opens the sentence ``text[start:end]``, signing words
        before ``before``."""
        byline = _BYLINE.match(self.text, start, end) or _ANNOUNCES_THAT.match(
            self.text, start, end
        )
        opening = _DATE_OPENING.match(self.text, byline.end() if byline else start, end)
        if opening is None or _SIGNS.search(self.rules_text, start, before) is None:
            return None
        at = opening.start("date")
        local = _LOCAL_TIME.match(self.text, at)
        mention = DATE_MENTION.match(self.text, at if local is None else local.end())
        if mention is None:
            return None  # "记者22日获悉，…": the reporter's day, not the opening's
        if (
            byline is not None
            and byline.re is _ANNOUNCES_THAT
            and (DATE_MENTION.search(self.text, mention.end(), end))
        ):
            return None  # "… announce that on 5 June, the Board approved … signed on 28 May"
        written = opening["date"]
        if local is None and mention.end() > opening.end("date"):
            written = mention[0]  # "on Friday, 14 November 2025": the weekday's comma
        return written if self._recent(written) else None

    def _signing_clause_day(self, start: int, end: int, named: int | None) -> str | None:
        """The recent date in the clause of a signing word of the sentence
        ``text[start:end]``, not a dateline's nor one a planned or another body's clause
        writes, where the sentence tells this signing, done: after the document's name at
        ``named`` where the clause holds it ("signed the Supply Agreement on Monday and the
        Service Agreement on Tuesday"), else the one nearest the verb ("HAILAN, May 6
        (Xinhua) -- … signed … on Tuesday"). With ``named``, not a clause that names
        another document first ("The MoU, which follows a letter of intent signed on 2 May,
        was signed on Monday": a review's finds), then any ("该校9日与…签署《A》，双方同时签署
        B": the blind8 i06's)."""
        if self.tells_another_signing(self.text[start:end]):
            return None
        if named is not None:  # first the clauses of this document, or of none named
            found = self._clause_day(start, end, named, theirs=True)
            if found is not None:
                return found
        return self._clause_day(start, end, named, theirs=False) or self._subjects_day(start, end)

    def _subjects_day(self, start: int, end: int) -> str | None:
        """The recent day a Chinese sentence writes after its subject, in its first clause,
        before the other party or the place ("國立東濱科技大學昨（13）日與…北嶼理工大學透過視訊
        連線，分別在…同步簽署「…」": the blind48 aw01's) or after 于 at its end
        (``_ZH_SUBJECTS_DAY_ALONE``), where a later clause of it signs, done."""
        first = min(
            (at for stop in "，；,;" if (at := self.rules_text.find(stop, start, end)) >= 0),
            default=end,
        )
        day = _ZH_SUBJECTS_DAY.match(self.rules_text, start, first) or (
            _ZH_SUBJECTS_DAY_ALONE.match(self.rules_text, start, first)
        )
        if (
            day is None
            or _ZH_ANOTHER_ACT.search(self.rules_text, day.end(), first)
            or not self._recent(self.text[day.start("date") : day.end("date")])
        ):
            return None
        for verb in _SIGNS.finditer(self.rules_text, first, end):
            opening, closing = stretch_around(
                self.rules_text, CLAUSE_STOPS, start, verb.start(), verb.end(), end
            )
            clause = self.rules_text[opening:closing]
            if _ZH_ITS_OWN_TIME.search(clause) or DATE_MENTION.search(clause):
                return None  # "…出席论坛，…集团与乙大学上个月签署了…"
            if signed_now(clause) and not _NOT_THE_DAY.search(clause):
                return self.text[day.start("date") : day.end("date")]
        return None

    def _clause_day(self, start: int, end: int, named: int | None, *, theirs: bool) -> str | None:
        """:meth:`_signing_clause_day`'s day, ``theirs``: only in a clause that holds the
        name at ``named`` or names no document."""
        for verb in _SIGNS.finditer(self.rules_text, start, end):
            opening, closing = stretch_around(
                self.rules_text, CLAUSE_STOPS, start, verb.start(), verb.end(), end
            )
            clause = self.rules_text[opening:closing]
            if not signed_now(clause) or _NOT_THE_DAY.search(clause):
                continue
            holds_name = named is not None and opening <= named < closing
            if theirs and not holds_name and DEAL.search(clause):
                continue
            days = [  # read in Simplified characters, as written ("上週四": the blind41 ap03's)
                day
                for day in [
                    *DATE_MENTION.finditer(self.rules_text, opening, closing),
                    *self._day_before_when(start, opening, closing),
                ]
                if self._recent(self.text[day.start() : day.end()])
                and not in_dateline(self.text, *day.span())
                and not _ANOTHERS_DAY.match(self.rules_text, day.end(), closing)
            ]
            after = [day for day in days if named is not None and day.start() > named]
            if holds_name and after:
                return self.text[after[0].start() : after[0].end()].strip()
            if days:
                nearest = min(days, key=lambda day: _apart(day.span(), verb.span()))
                return self.text[nearest.start() : nearest.end()].strip()
        return None

    def _day_before_when(self, start: int, opening: int, closing: int) -> list[re.Match[str]]:
        """The day that ends the clause before a signing's "when" clause, right before its
        comma: "formalised their link on Friday, when the two mayors signed a Friendship
        Agreement" (the blind63 bl05's); not where the "when" clause says it was signed
        before, or dates it (``_NOT_WHEN_SIGNED``)."""
        if not _WHEN.match(self.rules_text, opening) or _NOT_WHEN_SIGNED.search(
            self.rules_text, opening, closing
        ):
            return []
        comma = self.rules_text.rfind(",", start, opening)
        if comma < 0 or self.rules_text[comma + 1 : opening].strip():
            return []
        reach = max(start, comma - _DAY_REACH)
        return [
            day
            for day in DATE_MENTION.finditer(self.rules_text, reach, comma)
            if not self.rules_text[day.end() : comma].strip()
        ]

    def _recent(self, written: str) -> bool:
        """Whether ``written`` reads as a day in the weeks before the page's date."""
        return recent(resolve_date(written, self.published), self.published)

    def _signing_openings(
        self, of: str | None, within: tuple[Sentence, ...] = ()
    ) -> list[tuple[Sentence, int]]:
        """Each sentence that may date a signing, and where its signing words must come
        before the date that opens it: for ``of``, each that names it, before its first
        mention; else those ``within`` or each about the whole signing
        (``_EVERY_SIGNING``), anywhere in it."""
        if of is None:
            return [
                (bounds, bounds[1])
                for bounds in (within or self._bounds)
                if within or _EVERY_SIGNING.search(self.rules_text, *bounds)
            ]
        return [(bounds, mentions[0][0]) for bounds, mentions in self._by_sentence(of).items()]

    @remembered
    def signing_venues(self) -> list[str]:
        """The places the article introduces as the signing's (:meth:`venue_of_signing`),
        read where a signing's words name one: "签约仪式在澄阳国际会展中心举行", "两校在卑尔维克
        大学主楼礼堂举行合作签约仪式", "was signed at the SPU Great Hall", "signed … in
        Yingkou"; else the venue of the event the signing was done at
        (:meth:`signing_event`); each once, in the article's order, not the town another
        is written in ("Bellmont's Advanced Manufacturing Center in Greyhaven"), a room and
        the building it is written "at" as one (:func:`_rooms_at_their_buildings`), an
        event's site by where the event was held (:func:`_the_events_venue`)."""
        found = [
            _A_COMMON_OWNER.sub("", self._venue_as_written(venue))
            for pattern in _VENUE_PATTERNS
            for venue in pattern.finditer(self._venues_text)
            if self._this_signings(venue)
            and not _AN_EVENT_AFTER.match(self._venues_text, venue.end("venue"))
        ]
        event = self.signing_event()
        if not found and event is not None:  # only where no signing names a place itself
            found = [event.venue]
        found = _no_event_beside_its_hall(found, self._venues_text)
        return [
            _the_events_venue(venue, self.read_text) or venue
            for venue in dict.fromkeys(_rooms_at_their_buildings(found, self.read_text))
            if not _NOT_A_VENUE.search(simplified(venue))
            and not any(
                other.endswith(f" in {venue}")
                or _zh_town_of(venue, other)
                or _a_room_of_its_building(venue, other)
                for other in found
            )
            and self.venue_of_signing(venue)
        ]

    @functools.cached_property
    def _venues_text(self) -> str:
        """The text the venue patterns read: in Simplified characters, and with the commas
        and dots of a day written between a signing and its venue blanked ("signed … on
        Tuesday, 3 March, at the university's Aula Magna in Puerto Alegría": the blind46
        au06's; "signed on Dec. 30 at the Ridgeline Conference Centre in Dunmore": the
        blind79 cb06's), as the patterns stop at a clause's commas and a sentence's dots.
        One character for one."""
        text = self.read_text
        days = [
            m.span()
            for start, end in self.signing_sentences()
            # a day's scan costs: few sentences have a comma or a short month before a place
            if (
                _COMMA_BEFORE_A_PLACE.search(text, start, end)
                or _SHORT_MONTH_BEFORE_A_PLACE.search(text, start, end)
            )
            and (signed := _EN_SIGNED_WORD.search(text, start, end)) is not None
            for m in DATE_MENTION.finditer(text, signed.end(), end)
            if re.search(r"[,.]", text[m.start() : m.end() + 1])
        ]
        if not days:
            return text
        chars = list(text)
        for start, end in days:
            for at in range(start, min(end + 1, len(chars))):
                if chars[at] in ",.":
                    chars[at] = " "
        return "".join(chars)

    def _venue_as_written(self, found: re.Match[str]) -> str:
        """A venue ``_VENUE_PATTERNS`` found, read in Simplified characters (``read_text``,
        whose characters stand where the text's do), as the text writes it: "嶺海大學賽馬會
        綜合大樓" of "簽署儀式在嶺海大學賽馬會綜合大樓舉行" (the blind42 aq06's); a hall "of"
        a body with the town after it ("the Assembly Hall of the Akyemfo Municipal Assembly in
        Akyemfo": the blind49 ax04's), as a building's own town (``_IN_ITS_TOWN``); a room
        with its address after it (``_ITS_ADDRESS``), or its building (``_ITS_BUILDING``,
        ``_OF_ITS_BUILDING``, ``_AT_ITS_BUILDING``); a building's kind in lower case after
        its name ("the Casona San Blas hotel": the blind74 bw06's, ``_ITS_KIND_AFTER``)."""
        venue = self.text[found.start("venue") : found.end("venue")].strip()
        end = found.end("venue")
        tail = (
            (_A_HALL_OF.search(venue) and _A_HALLS_TOWN.match(self.text, end))
            or _ITS_ADDRESS.match(self.text, end)  # its floor, building, street and town
            or (_HOLDS_A_ROOM.search(venue) and _ITS_BUILDING.match(self.text, end))
            or (_A_ROOM.search(venue) and _OF_ITS_BUILDING.match(self.text, end))
            or (_A_ROOM.search(venue) and _AT_ITS_BUILDING.match(self.text, end))
            or _ITS_KIND_AFTER.match(self.text, end)
        )
        return venue + tail.group() if tail else venue

    def _this_signings(self, found: re.Match[str], *, own: bool = False) -> bool:
        """Whether a venue found is this signing's: its sentence tells no other signing
        nor an earlier one (:meth:`~coopllm.guard.reading.Reading.tells_another_signing`),
        and no future or another's words stand before its signing's or 在 ("The two first
        signed an exchange agreement in Singapore in 2015", "第二批项目签约仪式将在北京举行":
        a review's finds). ``own``: the sentence is one agreement's own signing's, which
        may call it "a separate Technology License Agreement" (the blind19 t06's), but
        still not an earlier year's; the documents it counts may be "separate" from each
        other (``_COUNTED_APART``: "signed two separate agreements …", the blind36 ak03's)."""
        start, end = self.sentence_at(found.start())
        if found.re is _EN_IN_THEN_SIGNED and not _an_opening_day(self.text[start : found.start()]):
            return False
        if found.re is _EN_THE_CEREMONY_HELD_AT and not self._one_signing_before(start):
            return False
        if found.re is _EN_SIGNED_AT.compiled and _FOR_A_FACILITY.search(
            self._venues_text, found.start(), found.start("venue")
        ):
            return False
        sentence = self.read_text[start:end]  # Simplified, as the rules read it
        another = (
            self.tells_earlier_signing(sentence)
            if own
            else self.tells_another_signing(_counted_apart(sentence))
        )
        if another and not self._the_one_signing_of_recent_days(start, end):
            return False
        at = self.read_text.rfind("在", found.start(), found.start("venue"))
        at = found.start() if at < 0 else at
        return not _FUTURE_OR_ANOTHERS.search(self.read_text, max(start, at - _LOOK_BACK), at)

    def _the_one_signing_of_recent_days(self, start: int, end: int) -> bool:
        """Whether the sentence ``text[start:end]`` is the article's one signing (the
        headline's aside) and tells it "earlier this month"
        (:data:`~coopllm.guard.reading.RECENT_DAYS`), nothing else of another or an earlier
        one: the article's own signing ("A Letter of Intent … was
        signed earlier this month at Ridley Hall": the blind67 bp05's; not "Earlier this
        month, Acme and Beta signed a supply agreement at …" beside this article's signing
        "on Friday": a review's find)."""
        sentence = self.read_text[start:end]
        if RECENT_DAYS.search(sentence) is None:
            return False
        others = [
            s for s in self.any_signings if s != (start, end) and not self.in_the_headline(s[0])
        ]
        return not others and not self.tells_another_signing(RECENT_DAYS.sub(" ", sentence))

    def _one_signing_before(self, at: int) -> bool:
        """Whether one signing is told before ``at``, a headline's aside (a line of no
        full stop), and its last sentence is the one right before: the ceremony after it
        is that signing's (not "… signed … on Monday. On Thursday, the partners launched ….
        The ceremony took place at …": a review's find). Sentences after the first that say
        for whom each signed tell who signed it ("The ministry signed a memorandum of
        understanding with AAID. The minister signed on behalf of the Government, while
        the agency's director signed for it. The ceremony was held at …": the blind58
        bg05's), or open on it to say who signed or witnessed it (``_THE_SAME_SIGNING``: the
        blind81 cd04's), and tell no other ("…, while Erik Lund signed a separate grant agreement");
        any other tells a signing of its own ("On Friday, the ministry signed a second time,
        with …": a review's find)."""
        told = [
            (start, end)
            for start, end in self.any_signings
            if end <= at and self.text[start:end].rstrip().endswith((".", "。"))
        ]
        return (
            bool(told)
            and all(
                (
                    _SIGNED_FOR_WHOM.search(self.text, start, end)
                    or _THE_SAME_SIGNING.match(self.text, start)
                )
                and not self.tells_another_signing(self.read_text[start:end])
                for start, end in told[1:]
            )
            and not self.text[told[-1][1] : at].strip()
        )

    def said_at_signing(self, value: str) -> bool:
        """Whether some mention of the value stands in a sentence about the signing
        (:meth:`signing_sentence`)."""
        return self.signing_sentence(value) is not None

    @remembered
    def signing_sentence(self, value: str) -> Sentence | None:
        """The first sentence about the signing (as ``venue_of_signing`` asks of a place)
        that mentions the value: a date the model took from a sentence about something else
        ("arrived on May 2. On May 3, … signed") is likely not the signing's."""
        signing = ROLE_WORDS["location"]
        mentions = self._by_sentence(value, fuzzy=False)  # a date: as ``grounded`` finds it
        saying = [bounds for bounds in mentions if self._says(signing, *bounds)]
        told = [bounds for bounds in saying if not self._a_heading(*bounds)]
        return next(iter(told or saying), None)

    def _a_heading(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a line of its own with no full stop in it or
        before it, nor a Chinese clause's comma: a headline ("青禾能源与西岑市人民政府签署
        战略合作框架协议"), which tells no signing's day or place of its own where the body
        tells it (the blind30 ae03's "次日上午" signing; not a body's first paragraph that
        lacks its full stop, "11月20日下午，…签署《…》": a review's find)."""
        text = self.text
        whole_line = text[start - 1 : start] in ("", "\n") and text[end : end + 1] in ("", "\n")
        return whole_line and "，" not in text[start:end] and not _FULL_STOP.search(text, 0, end)
