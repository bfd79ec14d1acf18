"""The article's headline (spec: ``article.title``, "the headline, as written").

A small model asked for the headline of a page's text gives its first part where the
headline runs on after a space ("青禾县…推介会在东林市举行" of "…在东林市举行 5个项目集中签约"),
the site's or the section's name above it ("Westmere University | News and Events",
"江淮理工大学新闻网", "Press Release"), or none. :func:`headline` keeps the model's title
where it is a whole line of the page's head (or two, an announcement's title wrapped), takes
the whole line where it gave the line's start or most of it, and else the first line of the
head after its labels, where the head has one.
"""

from __future__ import annotations

import itertools
import re

from rapidfuzz import fuzz

from coopllm.dates import a_date_alone
from coopllm.grounding import normalize_for_match
from coopllm.lexicon import HAN, simplified

_HEAD_LINES = 10
"""How many non-empty lines a page's head holds, at most, before its body."""
_BODY_LINE = re.compile(r"[。！？.!]\s*$")
"""A line that ends a sentence: the body's, once long (``_BODY_LENGTH``) or, in
Chinese, a clause long (``_ZH_BODY_LENGTH``, with a comma)."""
_BODY_LENGTH = 60
_ZH_BODY_LENGTH = 25
_LABEL = re.compile(
    r"^(?:for\s+immediate\s+release|(?:press|media|news)\s+(?:releases?|statements?|notes?)"
    r"|(?:\w+\s+)?announcements?"
    r"|news(?:\s+(?:and|&)\s+events)?|新闻稿)$"
    r"|\s[|｜]\s.*\b(?:news|events|newsroom|press|media|release)\b|\s[|｜]\s.*(?:新闻|资讯|动态)"
    r"|\s[>＞›»]\s|当前位置|^首页|上一版|下一版|往期回顾|\S\s{3,}\S\S*\s{3,}\S"
    r"|(?:新闻网|新闻中心|工作动态|数字报刊|电子报|官方网站|官网)$|^[^与和签，\s]{2,20}门户网站$"
    r"|^(?!.*\b(?:sign|signs|signed|inks?|with|and)\b)(?:[\w&.'-]+\s+){0,4}"
    r"(?:newswire|news\s+agency|press\s+agency|wire\s+service)$"
    r"|^(?-i:(?:[A-Z][A-Z&'-]*\s+){1,3}"
    r"(?:NEWS|TIMES|DAILY|WEEKLY|ONLINE|TODAY|HERALD|GAZETTE|TRIBUNE|CHRONICLE))$"
    r"|^[^\s与和签]{0,12}(?:日报|晚报|早报|时报|商报|周报|产业报|新闻网|周刊|月刊|杂志)"
    r"\s*(?:[·•|｜]\s*[^\s与和签]{1,10}|\s[A-Za-z][A-Za-z .'&-]{2,40})$"
    r"|^(?!.*\b(?:sign|signs|signed|inks?|agree\w*|partner\w*|deal|pact|mou)\b)[^|｜\s]+"
    r"(?:\s[^|｜\s]+){0,2}(?:\s[|｜]\s[^|｜\s]+(?:\s[^|｜\s]+){0,2})+$",
    re.IGNORECASE,
)
"""A line above a headline that names the site, the section or the kind of release, not
the story: "FOR IMMEDIATE RELEASE", "Press releases", "University of Caldermoor | News and
events", "南屿大学新闻网", "临川市投资促进局工作动态", "东湖晚报 数字报刊", "VOLUNTARY
ANNOUNCEMENT", "Media Statement" (the blind23 x06's), "PRESS NOTE" (an Indian state's
release, the blind80 cc05's), a breadcrumb ("当前位置：首页 >
新闻中心 > 学校要闻"), a menu ("Products Services   Investors", a newspaper's "上一版
下一版　｜　往期回顾"), a portal's or a wire's name ("临州市人民政府门户网站", "Asia Pacific
Newswire"), a publication's in capitals or a paper's with its section ("MARITIME
TECHNOLOGY NEWS", "EDUCATION WEEKLY ONLINE", "中国科技产业报 · 产学研": the blind33 ah06's,
ah05's and ah03's; "府城時報 Fucheng Times", a paper's name and its Latin one: the blind48
aw01's; not "Hydrogen Alliance Launches Today", "甲市打造工业互联网·观察": a review's
finds), a section's short parts between bars ("Business | Transport & Logistics": the
blind20 u03's and u05's)."""
_ISSUER = re.compile(
    r"^(?:(?:(?:[A-Z][\w&.,'-]*|of|and|&)\s+){0,5}?"
    r"(?i:limited|ltd\.?|inc\.?|plc|corporation|co\.,?\s*ltd\.?)"
    r"|[^\s与和签携]{2,20}(?:股份)?有限公司)(?:\s*[(（][^)）]{1,30}[)）])?$",
)
"""An announcement's issuer on a line of its own, a name of six words at most, its listing
code after it or not ("Evergrove Cold Chain Holdings Limited", "Tallowood Lithium Limited
(ASX: TWL)"; not "Acme Signs Strategic Cooperation Agreement with Beta
Inc.", a headline)."""
_NAME_WORD = (
    r"(?!(?:With|To|And|For|Of|The|In|On|At|As|Signs?|Signed|Partners?|Launch\w*|Agree\w*"
    r"|Join\w*|Forms?|Opens?|Unveil\w*|Inks?)\b)[A-Z][\w&.'-]*"
)
"""A capitalised word of a body's name: not one a title-case headline capitalises."""
_MASTHEAD = re.compile(
    rf"^(?:The\s+)?(?:Government|Ministry|Department|Office|University|Embassy|Consulate)\s+of"
    rf"(?:\s+(?:{_NAME_WORD}|of|and|&|the|for)){{1,8}}$"
    rf"|^(?:{_NAME_WORD}\s+){{1,5}}(?:Bureau|Office|Agency|Ministry|Department|Council|Commission"
    r"|Authority|University|Institute)$"
)
"""A public body's or a university's name on a line of its own, a line of a site's
masthead where two or more such lines run together ("Press Information Bureau",
"Government of India", "Ministry of Inland Waterways and Coastal Development" above a
"Posted On" line: the blind19 t04's): no word in lower case but a name's, and none a
title-case headline capitalises ("Ministry of Health Signs Agreement With Acme Pharma",
"Acme Ltd Partners With Eastmoor University": a review's finds)."""
_NAMES_JOINED = re.compile(r"\s+[-–—|｜]\s+")
"""Between a body's name and its office's on a site's first line ("Yunshan Agricultural
University - International Cooperation and Exchange Office": the blind22 w06's)."""
_OFFICE_WORD = r"(?:Office|Bureau|Department|Centre|Center|School|College)"
_OFFICE = re.compile(
    rf"^(?:{_NAME_WORD}\s+(?:(?:and|&)\s+)?){{1,6}}{_OFFICE_WORD}$"
    rf"|^{_OFFICE_WORD}\s+(?:of|for)(?:\s+(?:{_NAME_WORD}|of|and|&|the|for)){{1,8}}$"
)
"""An office's name after its body's, words joined by "and" too ("International
Cooperation and Exchange Office", "Office of Global Engagement and Partnerships")."""
_ZH_MASTHEAD = re.compile(
    r"^(?!.*(?:与|和|同|及|、|签|共建|成立|设立|揭牌|举行|合作|携手|联合|访|调研))"
    r"[\u4e00-\u9fff]{2,24}?(?:人民政府|委员会|管委会|局|厅|办公室|大学|学院|研究院|研究所)$"
)
"""A Chinese public body's or a university's name alone, a site's masthead where a label
follows it ("青岚市云岫区人民政府" above "当前位置：首页 > …": the blind21 v03's; not
"我校代表团访问新加坡国立大学" above its subtitle, a review's find), with no word of a deal or a
visit ("省农科院与丰禾种业共建特色果蔬产业研究院" above its breadcrumb: the blind9 j03's)."""
_MASTHEAD_RUN = 2
_NOT_A_HEADLINE = re.compile(
    r"^(?:发布|更新|发表)(?:时间|日期|于)|^(?:来源|作者|编辑|日期|时间|点击|浏览|阅读)[:：\s]"
    r"|^(?:本报|本网|本台)?(?:记者|通讯员)"
    r"|^(?:published|posted|updated|release(?:\s+(?:date|time))?|date)(?:\s+on)?\s*[:：]?\s*"
    r"(?:\d|on\s|\w+\s+\d)|^document\s+type\s*[:：]"
    r"|^(?:by\s+[A-Z][a-z]|source:|author:|editor:|photo:|caption:)"
    r"|^[(（].*[)）]$|^\W*$|第[A-Z]?\d{1,3}版"
    r"|^\s*(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s+\w+\s+\d{4}"
    r"|\w+\s+\d{1,2},?\s+\d{4})[\s\d:]*$",
    re.IGNORECASE,
)
"""A page's date, source or byline line ("发布时间：2025-04-18 16:05　来源：…", "Posted: 9
January 2025 | International Office", "Release Time: 2024-09-04 19:15", "Posted On: 12
FEB 2025 6:41PM by PIB Delhi", "Document type:
Voluntary Announcement", "By Amara Quinn", "2025-03-03"), a newspaper's page
("…第A05版：城事"), one in brackets ("(Stock Code: 2817)"), or one of no word."""
_DISCLAIMER = re.compile(r"take\s+no\s+responsibility|disclaim|免责", re.IGNORECASE)
"""A notice above an exchange announcement's head ("… take no responsibility for the
contents of this announcement …"), in a paragraph of its own: no body yet."""
_KICKER = re.compile(r"[\u4e00-\u9fff]{1,4}|[A-Za-z][A-Za-z-]*")
"""A line of one word above a headline: "快讯", "EXCLUSIVE", "Analysis"."""
_SITE_AFTER = re.compile(r"\s+[-–—|｜]\s+\S+(?:\s\S+){0,2}")
"""A site's name after a headline ("… - Reuters"), which the model rightly left out."""
_MENU_WORDS = 2
_MENU_RUN = 3
"""A run of three lines or more of two words at most is a menu ("Home / News / Events")."""
_CLOSE = 85
"""How close to a head line the model's title must be to stand for it (rapidfuzz ratio)."""


def headline(given: str | None, text: str) -> str | None:
    """The headline as written: the head line the model's ``given`` title is (two lines
    joined, where an announcement's title wraps), starts or nearly is
    (:func:`_the_line_given`), unless that is a label (a masthead's too) or a date line
    (:func:`_not_a_headline`: the blind18 s05's "Release Time: …"); else the first head line
    after its last label (the issuer, the site or the section above it) that is no kicker
    (``_KICKER``) nor a sentence, or where none is, the nearest above it (a label under the
    headline: a review's find; "PRESS RELEASE" and a date line under it, the blind32
    ag05's, whose model gave the agreement's name) unless ``given`` is a line of the page
    (the blind22 w05's headline, too long for the head, ``_a_body_line``); else ``given``.
    None only where both are none."""
    lines = _head_lines(text)
    masthead = _masthead(lines)
    if given is not None and not _a_label(given, masthead) and not _not_a_headline(given):
        line = _the_line_given(given, lines)
        if (
            line is not None
            and not _a_label(line, masthead)  # "MARITIME TECHNOLOGY NEWS"
            and not (_KICKER.fullmatch(line) and not _above_its_subtitle(line, lines))
        ):
            return line  # not "BUSINESS", a section's (the blind78 ca05's)
    candidates = [line for line in lines if not _not_a_headline(line)]
    labels = [i for i, line in enumerate(candidates) if _a_label(line, masthead)]
    after = [
        line
        for line in candidates[labels[-1] + 1 if labels else 0 :]
        if not _a_label(line, masthead) and not _BODY_LINE.search(line)
    ]
    given_a_label = given is not None and _a_label(given, masthead)  # "Press Releases"
    if not after and labels and (given_a_label or not _a_line_of(given, text)):
        # "… sign MoU\nMedia Statement"; a breadcrumb's "Press Releases" the model gave
        # over "… sign agreement\nPRESS RELEASE" (the blind78 ca06's)
        after = [
            line
            for line in reversed(candidates[: labels[-1]])
            if not _a_label(line, masthead) and not _BODY_LINE.search(line)
        ]
    titles = [line for line in after if not _KICKER.fullmatch(line)] or after
    return titles[0] if titles else given


def _above_its_subtitle(line: str, lines: list[str]) -> bool:
    """Whether the head line after ``line`` opens with a dash, a subtitle ("强强联手" over
    "——青山大学与蓝湖科技签署战略合作协议": a short headline, no kicker, review79)."""
    after = lines[lines.index(line) + 1 :] if line in lines else []
    return bool(after) and after[0].lstrip().startswith(_SUBTITLE_DASHES)


_SUBTITLE_DASHES = ("——", "—", "--", "– ")


def _not_a_headline(line: str) -> bool:
    """Whether the line is a page's date, source or byline line (``_NOT_A_HEADLINE``), or
    a date alone (:func:`~coopllm.dates.a_date_alone`: "Thursday, June 12, 2025 —", the
    blind32 ag05's without its weekday)."""
    return bool(_NOT_A_HEADLINE.search(simplified(line))) or a_date_alone(line)


def _a_line_of(given: str | None, text: str) -> bool:
    """Whether ``given`` is a line of the text, or starts or nearly is one, as
    :func:`_the_line_given` reads the head's ("喜报！" before it: a review's find)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return given is not None and _the_line_given(given, lines) is not None


def _the_line_given(given: str, lines: list[str]) -> str | None:
    """The head line (or two joined) that ``given`` is, or starts, or nearly is; None."""
    key = normalize_for_match(given)
    if not key:
        return None
    joined = [f"{one} {two}" for one, two in itertools.pairwise(lines)]
    for line in [*lines, *joined]:
        if normalize_for_match(line) == key:
            return line
    started = [line for line in lines if normalize_for_match(line).startswith(key)]
    if started:
        rest = started[0][len(given) :] if started[0].startswith(given) else ""
        return given if _SITE_AFTER.fullmatch(rest) else started[0]
    close = [(fuzz.ratio(normalize_for_match(line), key), line) for line in lines]
    best = max(close, default=(0.0, ""))
    return best[1] if best[0] >= _CLOSE else None


def _a_label(line: str, masthead: set[str]) -> bool:
    """Whether the line names the site, its section, the kind of release or its issuer,
    or is a line of the site's ``masthead``."""
    return bool(
        _LABEL.search(simplified(line)) or _ISSUER.search(line.strip()) or line.strip() in masthead
    )


def _masthead(lines: list[str]) -> set[str]:
    """The head lines in runs of ``_MASTHEAD_RUN`` or more bodies' names (``_MASTHEAD``),
    or the first head line alone where it is one ("Ministry of Energy" above the headline:
    a review's find), or a Chinese one, or a body's and its office's names joined
    (:func:`_body_and_office`), above a label (``_ZH_MASTHEAD``)."""
    named = [bool(_MASTHEAD.search(line.strip())) for line in lines]
    above_a_label = (
        len(lines) > 1
        and (_ZH_MASTHEAD.match(simplified(lines[0].strip())) or _body_and_office(lines[0]))
        and _a_label(lines[1], set())
    )
    first = (len(lines) > 1 and named[0]) or above_a_label
    found: set[str] = {lines[0].strip()} if first else set()
    for is_name, run in itertools.groupby(zip(named, lines, strict=True), key=lambda x: x[0]):
        run_lines = [line.strip() for _, line in run]
        if is_name and len(run_lines) >= _MASTHEAD_RUN:
            found.update(run_lines)
    return found


def _body_and_office(line: str) -> bool:
    """Whether the line is a body's name (``_MASTHEAD``), then its office's (``_OFFICE``),
    joined by a dash or a bar (``_NAMES_JOINED``); not "Acme and Beta Build Innovation
    Institute", a headline (a review's find)."""
    names = _NAMES_JOINED.split(line.strip())
    return len(names) == 2 and bool(_MASTHEAD.search(names[0]) and _OFFICE.search(names[1]))


def _head_lines(text: str) -> list[str]:
    """The lines above the body: the first non-empty ones, up to ``_HEAD_LINES``, before
    the first line that ends a sentence at a body's length; not an exchange's notice
    above the head or amid its labels (its paragraph: ``_DISCLAIMER``; the blind18 s05's
    stood between the "Release Time" line and the title), nor a menu's words
    (``_MENU_RUN``)."""
    head: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        if _DISCLAIMER.search(block):
            continue  # the notice, above the head or amid its labels
        for line in (raw.strip() for raw in block.splitlines()):
            if not line:
                continue
            if _a_body_line(line) or len(head) == _HEAD_LINES:
                return _without_menus(head)
            head.append(line)
    return _without_menus(head)


def _a_body_line(line: str) -> bool:
    """Whether the line is a sentence of the body: it ends one, and is long, or a Chinese
    clause long with a comma in it."""
    if not _BODY_LINE.search(line):
        return False
    if len(line) >= _BODY_LENGTH:
        return True
    return bool(HAN.search(line)) and len(line) >= _ZH_BODY_LENGTH and "，" in line


def _without_menus(lines: list[str]) -> list[str]:
    """The lines but the runs of a menu's short words (``_MENU_RUN`` lines or more of
    ``_MENU_WORDS`` words at most, none Chinese)."""
    short = [len(line.split()) <= _MENU_WORDS and not HAN.search(line) for line in lines]
    kept: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and short[j]:
            j += 1
        if j - i >= _MENU_RUN:
            i = j
            continue
        kept.append(lines[i])
        i += 1
    return kept
