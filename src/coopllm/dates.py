"""The dates of a record: the page's own date, and the signing day a date as written states.

Models guess the year of "On 17 November"; the spec gives it the page's year (or the year
before, when that would put the signing after the page), so the day is read here, by
rules, from ``date_text``, and never taken from the model.

Dates go through two layers. Chinese numeric dates ("10月20日上午") are read by a regular
expression because ``dateparser`` misreads them (it turns "12月28日" into October 27).
Everything else goes to ``dateparser`` with its relative-time parser switched off, so
"last Friday" never becomes a day the text does not state (a weekday alone, "on
Tuesday", and a day told from the page's, "yesterday", 昨日, are read by rules here: the
latest such weekday on or before the page's date, the day before it; the guard doubts
both).
``dateparser``
only supplies month and day: whether the year was written is decided from the text
itself (a 4-digit year), and a missing year is filled in by the spec's rule here, since
``PREFER_DATES_FROM="past"`` moves "the morning of 24 November" published on 24 November
to the year before (09:00 is after midnight of the base day).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import unicodedata
import warnings
from typing import Any, NamedTuple

import dateparser
from dateparser.search import search_dates

from coopllm.lexicon import (
    EN_SHORT_MONTHS,
    EN_SIGNING_VERB,
    HAN,
    ZH_SIGNING_VERB,
    Needing,
    simplified,
    tried_at,
    word_alternation,
)

_HEAD_LINES = 40
"""Only this many lines from the top can hold the page's own date line; a labelled
date further down belongs to something the article talks about."""

_LABEL_WINDOW = 40
"""How many characters after a date label may hold the date itself."""

_EN_DATE_LABELS = (
    "published on",
    "publish date",
    "publish time",
    "release date",
    "release time",
    "update time",
    "posted on",
    "published",
    "released",
    "updated",
    "release",
    "update",
    "posted",
    "date",
    "time",
)
_ZH_DATE_LABELS = ("发布时间", "发布日期", "更新时间", "发表时间", "时间", "日期")
_EVENT_BEFORE = re.compile(
    r"(?:\b(?:sign(?:ing|ed|ature)?|event|ceremony|meeting|activity|conference|forum|"
    r"opening|start|end|effective|visit(?:ing)?|workshop|seminar|training|lecture|"
    r"exhibition|founding) ?|签约|签署|签订|签字|签名|活动|会议|仪式|举办|举行|开幕|开始|结束|"
    r"报名|截止|成立|培训|考察|访问|参观|调研|讲座|报告|比赛|竞赛|展览|生效|揭牌)$",
    re.IGNORECASE,
)
"""Words that make a date label an event's ("Signing date:", "Effective date:", "Visit
date:", "签字时间：", "成立时间：", "培训时间："), not the page's: a signing, meeting,
founding, visit or training near the top is what the page reports, and its date set
as the page's would move the year of every year-less date. Right before the label, one
word with it ("Source: Davos Forum   Date:", "栏目：学术活动 发布时间：" are the page's)."""


# Text is NFKC-folded before matching, so a full-width colon (U+FF1A) arrives as ":".
_DATE_LABEL = Needing(
    re.compile(
        rf"(?:(?<![A-Za-z])(?:{word_alternation(_EN_DATE_LABELS)})|{word_alternation(_ZH_DATE_LABELS)})\s*:",
        re.IGNORECASE,
    ),
    (":",),
)
_NUMERIC_DATE = re.compile(r"\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
# A range ("10月20—21日", "10月30日至11月2日", "10月20、21日") is read as its first day.
_ZH_DATE = re.compile(
    r"(?:(?<!\d)(?P<year>(?:19|20)?\d{2})\s*年\s*|(?P<relative>[前去今明]年)\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*"
    r"(?:[日号]|(?=[-–—~～至到、,]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]))"
)
_LUNAR_BEFORE = re.compile(r"(?:农历|阴历|夏历)\s*$")
_LUNAR = re.compile(r"(?:农历|阴历|夏历)\s*\d{1,2}\s*月|\blunar\s+(?:month|calendar)\b", re.I)
"""A date in the Chinese lunar calendar ("农历八月十五日", "the 15th day of the eighth
lunar month"): its month and day are not the Gregorian ones the record holds, so it
resolves to no date (the model's, if any, is dropped with a warning) rather than to the
wrong day. Only the date read: "2024年1月20日（农历腊月廿九）" is January 20, and "ahead
of the Lunar New Year" says nothing of the calendar of the date beside it."""
# ... and so is an English one ("October 2-3", "Nov. 1 to 2", "October 30-November 2",
# "2-3 October"), which dateparser reads as another date ("October 2-3" as February 3).
EN_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
"""An English month's name, whole or short, as dates write it (the guard reads it too)."""
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?\b"
_EN_RANGE = re.compile(
    rf"\b(?P<first>{EN_MONTH}\s+{_ORDINAL})\s*(?:[-\u2013\u2014~]|to|through|until|and)\s*"
    rf"(?:{EN_MONTH}\s+)?{_ORDINAL}"
    rf"|\b(?P<day>{_ORDINAL})\s*(?:[-\u2013\u2014~]|to|and)\s*{_ORDINAL}\s+(?P<month>{EN_MONTH})",
    re.IGNORECASE,
)
# A year counted from the page's, right after the date ("October 16 last year").
_EN_RELATIVE_YEAR = re.compile(
    rf"(?:{EN_MONTH}\s+{_ORDINAL}|{_ORDINAL}\s+(?:of\s+)?{EN_MONTH})"
    r"(?P<relative>,?\s+(?:of\s+)?(?P<which>last|this|next)\s+year\b(?![’']s))",
    re.IGNORECASE,
)
_YEAR_OFFSETS = {"前年": -2, "去年": -1, "今年": 0, "明年": 1, "last": -1, "this": 0, "next": 1}
# Chinese numerals before a date's unit ("二〇二三年十月二十日"): see _arabic_numerals.
_ZH_NUMERAL_DATE = re.compile(r"[〇零一二三四五六七八九十]+\s*[年月日号]")
_ZH_NUMERAL_FULL_DATE = re.compile(
    r"[〇零一二三四五六七八九]{4}\s*年\s*[〇零一二三四五六七八九十]{1,3}\s*月"
    r"\s*[〇零一二三四五六七八九十]{1,3}\s*[日号]"
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# Zero in Chinese numerals is as often written with a look-alike as with 〇 (U+3007):
# "二○二○年" (U+25CB WHITE CIRCLE), "◯", a Latin or full-width "O", a "0".
_ZH_DIGITS = "〇零一二三四五六七八九"
_ZERO_LIKE = re.compile(rf"(?<=[{_ZH_DIGITS}])[○◯Oo0]+|[○◯Oo0]+(?=[{_ZH_DIGITS}])")
_ZERO_BESIDE_DIGIT = re.compile(rf"[{_ZH_DIGITS}][○◯Oo0]|[○◯Oo0][{_ZH_DIGITS}]")
"""Whether ``_ZERO_LIKE`` has a zero to replace. It finds the same places at a third of
the cost: ``_ZERO_LIKE``'s lookbehind makes the regex engine try every character of the
text, where this one skips to the next candidate character, and nearly no text has one."""

_PARSE_BASE = dt.datetime(2000, 1, 1)
"""Fixed ``RELATIVE_BASE`` so results never depend on today's date. 2000 is a leap year, so
"February 29" parses; the base year is never used as an answer."""

_DATEPARSER_LANGUAGES = ["en", "zh"]
_MONTH_DAY_SETTINGS: dict[str, Any] = {
    "RELATIVE_BASE": _PARSE_BASE,
    "REQUIRE_PARTS": ["day", "month"],
    "PARSERS": ["custom-formats", "absolute-time"],
}
_FULL_DATE_SETTINGS: dict[str, Any] = {
    **_MONTH_DAY_SETTINGS,
    "REQUIRE_PARTS": ["day", "month", "year"],
}


class _DateParts(NamedTuple):
    """A date as written: ``year`` is None when the text gives no year, and
    ``year_offset`` the years after the page's when it counts from it (去年: -1);
    ``swappable`` when it is all numbers that read as month/day or day/month (05/03/2024),
    read month first."""

    year: int | None
    month: int
    day: int
    year_offset: int | None = None
    swappable: bool = False


_DAY_MONTH_NUMBERS = re.compile(
    r"(?<![\d/.-])(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})"
    r"(?:(?P=sep)(?P<year>(?:19|20)\d{2}|\d{2}))?(?![\d/.-])"
)
"""A date of numbers, day and month in either order: 12/03/2024, 12.03.2024, 12-03-2024,
or 12/3 (no year: slashes only; "12-13 March" is a range, "3.5" a number)."""


def _numeric_parts(text: str) -> _DateParts | None:
    """The date of numbers in ``text``. A number over 12 is the day; a dotted date is day
    first (12.03.2024, as Europe and Asia write it); otherwise month first, as dateparser
    reads it, and ``swappable`` (see :func:`resolve_date`)."""
    found = _DAY_MONTH_NUMBERS.search(text)
    if found is None or (found["year"] is None and found["sep"] != "/"):
        return None
    first, second = int(found["first"]), int(found["second"])
    year = _full_year(found["year"])
    if first > 12 or (found["sep"] == "." and second <= 12):
        return _DateParts(year, second, first) if second <= 12 else None
    return _DateParts(year, first, second, swappable=second <= 12 and first != second)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    """``datetime.date`` that answers None for impossible days ("2月30日")."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@functools.lru_cache(maxsize=8)
def _folded(text: str) -> str:
    """``text`` as the date patterns read it: NFKC-folded (full-width digits and colons
    arrive as ASCII), in Simplified characters (發佈時間, 16號 and 上個月 as 发布时间, 16号
    and 上个月), and a zero of Chinese numerals written with a look-alike as 〇. The last
    few are kept: one article's normalisation and guard fold its text several times."""
    # U+FE30, a colon on Taiwan's and Hong Kong's pages ("日期︰"), folds to "..".
    folded = simplified(unicodedata.normalize("NFKC", text.replace("\ufe30", ":")))
    if not _ZERO_BESIDE_DIGIT.search(folded):
        return folded
    return _ZERO_LIKE.sub(lambda hit: "〇" * len(hit.group()), folded)


_SOURCED_DATE_LINE = re.compile(
    r"\s*(?P<year>(?:19|20)\d{2})\s*[-/.年]\s*(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})"
    r"\s*日?\s*(?:[(（]?(?:星期|周)[一二三四五六日天][)）]?\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?"
    r"(?:(?:来源|稿源|source|记者|作者|编辑|责任编辑|通讯员)\s*:|记者[\u4e00-\u9fff]{2,4}\s*/"
    r"|记者\s*[\u4e00-\u9fff]{2,4}\s*$)",
    re.IGNORECASE,
)
"""A page's date line with no date label, as Chinese news pages write it under the
headline: the date, perhaps its weekday and time, then the source or the byline
("2024年11月08日 07:45　来源：东江日报", "2024-06-14 10:26:37　来源：党委宣传部": the blind2 and
blind3 sets' pages, whose relative dates, 昨日 and 本月18日, count from it; a Hong Kong
paper's "2026年4月22日 星期三 06:30　記者：麥詠琪", the blind42 aq06's; a Taiwan paper's
"2026/04/17 14:32 記者王怡婷／台中報導", the blind43 ar04's; a Macau weekly's
"2025年10月20日（星期一）　記者 鄺嘉怡", the reporter's name ending the line: the blind50
ay03's). A date alone at a line's start is not read: it may be the signing's."""


_SOURCE_THEN_DATE = re.compile(
    r"\s*(?:来源|稿源|source)\s*:\s*(?:(?!时间|日期|签|time|date|sign)[^\d\n|:]){1,30}?\s+"
    r"(?P<year>(?:19|20)\d{2})\s*[-/.年]\s*(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})"
    r"\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
    re.IGNORECASE,
)
"""The same line the other way round: the source, then the date that ends the line
("来源：江城日报 2025-07-09": the blind14 o02's, whose 7月8日下午 counts from it); not a
time's or a date's word before it ("来源：国际合作处 活动时间 2025-07-08": a review's find).
Read after every date-first line (:func:`parse_published`)."""


_WECHAT_DATE_LINE = re.compile(
    r"\s*原创\s+(?:[^\s\d]{1,30}\s+){1,3}?(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})"
    r"\s*月\s*(?P<day>\d{1,2})\s*日(?:\s+\d{1,2}:\d{2})?(?:\s+[^\s\d]{1,10})?\s*$"
)
"""A WeChat article's line under its headline: "原创", the author, the account, the date,
its time and the poster's province ("原创 招生就业处 青禾职院 2026年05月12日 18:06 浙江": the
blind43 ar05's, whose "5月9日下午" is the signing's day)."""
_WECHAT_TIMED_LINE = re.compile(
    r"\s*(?:原创\s+)?(?!\S*(?:时间|日期|截止|签))(?:[^\s\d:：]{1,30}\s+){1,3}?"
    r"(?P<year>(?:19|20)\d{2})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\s+\d{1,2}:\d{2}"
    r"\s+[\u4e00-\u9fff]{2,4}\s*$"
)
"""The same line as the app shows it: the account, the date in numbers and its time, the
province it was posted from ("江州工贸职院  2026-03-14 18:05  浙江": the blind52 ba01's, whose
"3月12日下午" is the signing's day): the time and the province say it is a post's line, not
an event's time ("签约时间 2026-03-12 15:00") nor a related story's ("我校与丙公司签约
2025-10-20 10:00": a review's finds)."""


def _sourced(line: str) -> re.Match[str] | None:
    """A page's date line that names its source (:data:`_SOURCED_DATE_LINE`,
    :data:`_SOURCE_THEN_DATE`, :data:`_WECHAT_DATE_LINE`, :data:`_WECHAT_TIMED_LINE`)."""
    return (
        _SOURCED_DATE_LINE.match(line)
        or _SOURCE_THEN_DATE.match(line)
        or _WECHAT_DATE_LINE.match(line)
        or _WECHAT_TIMED_LINE.match(line)
    )


def parse_published(text: str) -> dt.date | None:
    """The page's own date, read only from a labelled date line near the top, or from
    one that gives the page's source beside it (:func:`_sourced`).

    Dates in the body are about events, not the page, so an unlabelled date is never
    taken: None is the honest answer when no label carries a date. Nor is an event's
    ("Signing date:", "签约时间：", "活动时间：").
    """
    lines = _folded(text).splitlines()[:_HEAD_LINES]
    for line in lines:
        for label in _DATE_LABEL.finditer(line):
            if _is_generic(label) and _EVENT_BEFORE.search(line, 0, label.start()):
                continue
            chinese = bool(HAN.search(label[0]))
            items = _PAGE_ITEM_END.split(line[label.end() : label.end() + _LABEL_WINDOW])
            for item in items:  # "Updated: 10:45 AM IST | 12 Mar 2024"
                found = _date_after_label(_arabic_numerals(item), chinese=chinese)
                if found is not None:
                    return found
    # A labelled line anywhere in the head first: an unlabelled one may be a related
    # story's ("相关阅读" above the page's own "发布时间："); a date-first source line
    # before a source-first one, which a related item may be (a review's find).
    for shape in (_SOURCED_DATE_LINE, _SOURCE_THEN_DATE, _WECHAT_DATE_LINE, _WECHAT_TIMED_LINE):
        for line in lines:
            sourced = shape.match(line)
            if sourced is not None:
                found = _safe_date(*map(int, sourced.group("year", "month", "day")))
                if found is not None:
                    return found
    body_begun = False  # a Chinese sentence's full stop: its paragraphs may be short
    for line in lines:
        if len(line.strip()) > _LONGEST_HEAD_LINE:
            break  # the body has begun: a related story's line below is not the page's
        found = _piped_date(line) or (
            None if body_begun else _zh_piped_date(line) or _zh_updated_date(line)
        )
        if found is not None:
            return found
        body_begun = body_begun or "。" in line
    return _issued_at_the_foot(_folded(text))


_ISSUED_AT = re.compile(
    r"\s*(?:香港时间\s*\d{1,2}\s*时\s*\d{1,2}\s*分|Issued\s+at\s+HKT\s+\d{1,2}:\d{2})\s*"
)
"""The time a Hong Kong government press release was issued, on the line under its date
at the page's foot: "香港時間18時20分", "Issued at HKT 18:20"."""
_FOOT_LINES = 8
"""How many of a page's last lines may hold its issuing line."""


def _issued_at_the_foot(text: str) -> dt.date | None:
    """The date of the line above the issuing time at the foot of a Hong Kong government
    press release ("2025年12月3日（星期三）" over "香港時間18時20分": the blind47 av03's,
    whose page names its date nowhere else; "Ends/Wednesday, December 3, 2025" over "Issued
    at HKT 18:20"); None on any other page. A whole date only, its year written."""
    lines = [line for line in text.splitlines() if line.strip()][-_FOOT_LINES:]
    for above, line in itertools.pairwise(lines):
        if _ISSUED_AT.fullmatch(line):
            day = above.strip().removeprefix("Ends/")
            parts = _date_parts(day)
            if parts is not None and parts.year is not None:
                return _safe_date(parts.year, parts.month, parts.day)
    return None


_LONGEST_HEAD_LINE = 120
"""The longest line of a page's head (a headline, a byline); a longer one is the body's."""


_PIPED_DATE_LINE = re.compile(
    r"\s*(?:(?P<before>(?!Photo|Caption|See\s+also)[^|\d\n]{2,40}?)\s*\|\s*)?"
    r"(?P<date>(?:[A-Za-z]{3,9},?\s+)?(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?|[A-Za-z]{3,9}\.?\s+\d{1,2},?)"
    r"\s+(?:19|20)\d{2})\s*(?:\|\s*(?P<after>By\s[^|\d\n]{2,56}?|[^|\d\n]{2,40}?))?"
    r"(?P<read>\s*\|\s*\d{1,2}[\s-]+min(?:ute)?s?(?:\s+read)?)?\s*$"
)
"""A date line with no label, a written date and its year beside a section's or a desk's
name across a bar, as English news pages write one under the headline ("May 14, 2026 |
Newsroom": the blind43 ar01's, whose "on Tuesday" counts from it; "Media release |
Thursday 5 June 2025"; a byline of up to 60 characters, "November 21, 2025 | By Colin
Rafferty, University Communications": the blind67 bp05's; a reading time after it, "By
Callum Reidy | 16 January 2026 | 3 min read": the blind73 bv04's; not a photo's caption nor a
"See also" link: a review's finds); read after the labelled and the sourced lines, and
only above the body's first paragraph (not a related story's "Kestrel opens new library |
March 3, 2025" below it: a review's find)."""


_ZH_PIPED_DATE_LINE = re.compile(
    r"\s*(?P<kind>[\u4e00-\u9fff]{2,8})\s*[|｜]\s*"
    r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$"
)
"""A Chinese page's kind and its whole date across a bar, a line of their own under the
headline ("新聞稿｜2025年10月9日": the blind90 cm02's, whose "10月7日下午" counts from it);
read above the body's first full stop only (not a related story's "新闻动态｜2024年5月1日"
at a short page's foot), and not an event's ("签约仪式｜…", "报名截止｜…": review91)."""


_ZH_UPDATED_DATE_LINE = re.compile(
    r"\s*(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
    r"(?:[(（]?(?:星期|周)[一二三四五六日天][)）]?\s*)?"
    r"(?:最后)?(?:更新|发布)时间\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*HKT)?"
    r"(?:\s+(?:来源|稿源|记者|作者|编辑)\S*)?\s*$",
    re.IGNORECASE,
)
"""A Chinese page's whole date, perhaps its weekday, then the time the page was updated or
posted, a line of its own under the headline: a Hong Kong paper's "2026年1月6日　星期二
更新時間：07:15" (the blind91 cn03's, whose "12月30日" counts from it), "…最后更新时间
09:30 HKT", "…发布时间：09:30 来源：…" (review92); read above the body's first full stop only,
as :data:`_ZH_PIPED_DATE_LINE` is (not a related story's at the page's foot: review92)."""


def _zh_updated_date(line: str) -> dt.date | None:
    """The page's date on a line :data:`_ZH_UPDATED_DATE_LINE` reads."""
    found = _ZH_UPDATED_DATE_LINE.match(line)
    return None if found is None else _date_after_label(found["date"], chinese=True)


def _zh_piped_date(line: str) -> dt.date | None:
    """The page's date on a line :data:`_ZH_PIPED_DATE_LINE` reads."""
    found = _ZH_PIPED_DATE_LINE.match(line)
    if found is None or _EVENT_BEFORE.search(found["kind"]):
        return None
    return _date_after_label(found["date"], chinese=True)


def _piped_date(line: str) -> dt.date | None:
    """The page's date on a line :data:`_PIPED_DATE_LINE` reads, a bar beside it."""
    found = _PIPED_DATE_LINE.match(line)
    if found is None or not (found["before"] or found["after"] or found["read"]):
        return None
    return _date_after_label(found["date"])


_DATELINE_DATE = re.compile(
    r"(?P<place>(?:[A-Z][\w.'\u2019-]*,?\s+){0,4}?[A-Z][\w.'\u2019-]*,\s+)"
    r"(?P<date>(?:\d{1,2}\s+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)"
    r"[^\n]{2,24}?)\s*(?:/[^/\n]{2,40}/\s*)?(?:[-\u2013\u2014]+|/)\s"
)
"""A release's dateline at a line's start: its place and a comma, then its date up to
the dash ("LEEDS, 5 March 2024 — …", "CAMBRIDGE, Mass., Sept. 10, 2024 -- …", a wire's
name between slashes before it: "KESSINGTON, April 17, 2025 /Meridian Newswire/ -- …",
the blind35 aj06's, as PR Newswire prints it; not a menu's
"Open Day 12 June 2021 – book", a review's find). Each word of the place ends at a blank
or a comma: a run of capitals is read once (a review's find: the place's words, free to
end anywhere, made a slug line of capitals take seconds)."""


_YEAR_WRITTEN = re.compile(tried_at(r"\b(19[5-9]\d|20\d\d)\b|(19[5-9]\d|20\d\d)年", chars="12"))


def years_written(text: str) -> list[int]:
    """The years written in ``text``, in any digits ("２０１８年"): what dates a sentence's
    signing to an earlier year than the page's (the background rules of resolving and of
    the guard's signers left out)."""
    return [
        int(next(y for y in match.groups() if y))
        for match in _YEAR_WRITTEN.finditer(unicodedata.normalize("NFKC", text))
    ]


_A_DATE = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"|\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:19|20)\d{2}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d{2})"
    r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s+(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|SGT|HKT|JST|IST|AEST"
    r"|AEDT)(?:[+-]\d{1,2})?)?)?"
)
"""A date with its year, as a page's head prints one, its weekday and time perhaps, the
time's zone too ("Apr 17, 2025, 08:00 ET": the blind35 aj06's wire release)."""
_DATE_ALONE = re.compile(rf"(?:[^|｜\n\d]{{1,40}}[|｜])?\s*{_A_DATE}\s*(?:[\u2013\u2014-]\s*)?")
"""A line of the page's head that is a date and nothing else, its time perhaps, its
weekday and the kind of page before a bar perhaps: the date a page prints under its
headline ("2024年12月3日", "3 December 2024": the blind7 h06's; "Media release | Thursday 25
September 2025": the blind20 u04's), a dash after it ("June 12, 2025 —": the blind32
ag05's, its body on the next line)."""


def a_date_alone(line: str) -> bool:
    """Whether a line is a date and nothing else (``_DATE_ALONE``): a page's date under its
    headline, no headline itself (:func:`coopllm.headline.headline`)."""
    return _DATE_ALONE.fullmatch(line.strip()) is not None


_DATE_ALONE_LINES = 6
"""How many of the first lines written (blank ones aside: the blind35 aj06's wire release
spaces its head out) may hold such a date: the head, not the body."""
_BYLINE_DATE = re.compile(
    rf"By\s+[^|｜\n\d]{{2,60}}?\s*[|｜]\s*(?:(?:Published|Posted|Updated)(?:\s+on)?:?\s*)?"
    rf"(?P<date>{_A_DATE})\s*"
    r"(?:[|｜][^\n\d]{0,40}|[|｜]\s*\d+\s*min\s+read)?"
)
"""A byline and its date between bars, as trade press prints one under the headline ("By
Deirdre O'Malley-Finch | 8 January 2026 | 4 min read": the blind27 ab05's; "By … |
Published 19 September 2025": the blind28 ac06's)."""
_CREDITED_DATE = re.compile(
    rf"(?P<date>{_A_DATE})\s*[|｜]\s*(?:Reporting|Writing|Editing|Compiled)\s+by\s+[^|｜\n\d]{{2,120}}"
)
"""A wire's date and time, then its credits after a bar ("4 June 2026 17:42 GMT | Reporting
by Paulo Reyes-Mendel; Editing by Hannah Gorski": the blind81 cd06's, whose model gave no
page date and so no day for "on Wednesday")."""
_PARAGRAPH = 120
"""A line this long is the body's: a byline after it is a related story's (a review's
find)."""


_A_SENTENCES_END = re.compile(
    r"(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bCorp)(?<!\bPLC)(?<!\bplc)[.。!?！？]\s*$"
)
"""A line that ends as a sentence does, not as a company's legal form ("… Inc."): the
body's, below which a date alone is no longer the head's."""


def _ends_a_sentence(line: str) -> bool:
    """Whether ``line`` ends as :data:`_A_SENTENCES_END` reads, tried only at its last
    written character: searched from the line's start, the pattern's look-behinds are tried
    at every character, a few microseconds a line on every article's head."""
    return _A_SENTENCES_END.search(line, max(len(line.rstrip()) - 1, 0)) is not None


def dateline_date(text: str) -> dt.date | None:
    """The date of a release's dateline in the page's head, with its year ("LEEDS, 5 March
    2024 —": the blind5 f01's, whose model gave no page date and so no day for "signed on
    Monday"), or of a head's line that is a date alone (``_DATE_ALONE``). Weaker than a
    labelled line (:func:`parse_published`), or a dateline on a line of its own ("Pune, 22
    July 2025": :func:`_a_place_and_date`): a wire story's dateline is the day it was
    filed, which its page may postdate, and a date alone says not whose date it is; so
    it stands only where neither the page's labels nor the model give a date, and does
    not enter the prompt. A date alone counts in the first lines written (a wire's head
    spaces them out: the blind35 aj06's), above the first sentence."""
    body = False  # a byline dates the page only above the body (not a related story's)
    told = False  # a date alone dates it only above the first sentence
    written = 0  # lines written above this one, blank ones aside (``_DATE_ALONE_LINES``)
    for line in _folded(text).splitlines()[:_HEAD_LINES]:
        number, written = written, written + bool(line.strip())
        found = _DATELINE_DATE.match(line)
        if found is not None and _DATELINE_PLACE.fullmatch(found["place"]):
            date = _date_after_label(found["date"])
        elif number < _DATE_ALONE_LINES and not told and _DATE_ALONE.fullmatch(line):
            date = _date_after_label(line.strip())
        elif number < _DATE_ALONE_LINES and not told and (placed := _a_place_and_date(line)):
            date = placed  # "Pune, 22 July 2025" (the blind75 bx03's)
        elif (
            byline := _BYLINE_DATE.fullmatch(line.strip())
            or _CREDITED_DATE.fullmatch(line.strip())
            or _WECHAT_BYLINE.fullmatch(line.strip())
        ) is not None and not body:
            date = _date_after_label(byline["date"])
        else:
            body = body or len(line) >= _PARAGRAPH
            told = told or body or _ends_a_sentence(line)
            continue
        if date is not None:
            return date
    return _signed_off_date(text)


_SIGN_OFF = re.compile(
    r"^By\s+order\s+of\s+the\s+Board\s*\n(?:[^\n]{0,80}\n){0,4}?"
    r"\s*(?P<place>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*),\s+(?P<date>[^\n]{6,24}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A listed company's sign-off under its announcement: "By order of the Board", the
company, the director's name and office, then the place and day it was issued on a line
of their own ("Hong Kong, 17 November 2025": the blind37 al01's, whose model gave no page
date and so no day for "on Friday")."""


def _signed_off_date(text: str) -> dt.date | None:
    """The day of the announcement's sign-off (``_SIGN_OFF``), with its year; None where
    there is none or more than one."""
    days = {
        date
        for found in _SIGN_OFF.finditer(_folded(text))
        if (date := _date_after_label(found["date"])) is not None
    }
    return days.pop() if len(days) == 1 else None


_ZH_WIRE_DATELINE = re.compile(r"[^\n。，,]{0,24}?(?<!\d)(?P<month>\d{1,2})月(?P<day>\d{1,2})日电")
"""A Chinese wire's dateline at a line's start: the agency or paper, the place, the day it
was filed and 电 ("新华社南宁5月12日电", "本报北京1月9日电")."""
_STORY_DAYS = 7
"""How many days a story's dateline may precede its page's date and still be the day its
"today" tells of: a wire filed the evening before its paper's date, a release posted a
few days late; further back, the dateline is likelier another story's or a typo."""


def story_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day a story's "today", "yesterday" and weekdays count from: its dateline's
    ("GEORGE TOWN, Sept 7 -- Two cooperation agreements were signed here today" under a
    page of 8 September: the blind78 ca05's; "新华社南宁5月12日电 …昨天…"), its year
    taken from the page's where it writes none, when that day is up to ``_STORY_DAYS``
    before ``published``; else ``published``. A dateline above the body or opening it is
    the story's, not one below its first sentence (a related story's, a wire the body
    cites: review80's finds), nor an event's days ("Klang Chip Summit, March 9 – 11"); a
    page's date stays the record's
    ``article.published`` (the spec), this is only the reference the words are read
    against."""
    if published is None:
        return None
    for line in _folded(text).splitlines()[:_HEAD_LINES]:
        english = _DATELINE_DATE.match(line)
        if (
            english is not None
            and _DATELINE_PLACE.fullmatch(english["place"])
            and not line[english.end() : english.end() + 1].isdigit()  # "Summit, March 9 – 11"
        ):
            parts = _date_parts(english["date"])
        elif (chinese := _ZH_WIRE_DATELINE.match(line.strip())) is not None:
            parts = _DateParts(None, int(chinese["month"]), int(chinese["day"]))
        elif len(line) >= _PARAGRAPH or _ends_a_sentence(line):
            return published  # the body begins: a later dateline is a related story's
        else:
            continue
        day = _dated(parts, published) if parts is not None else None
        back = (published - day).days if day is not None else -1
        return day if day is not None and 0 < back <= _STORY_DAYS else published
    return published


def only_on_the_page_date_line(value: str, text: str) -> bool:
    """Whether every mention of ``value`` in ``text`` stands on the page's own date line,
    after its publication label ("发布时间：2025-04-22 08:30", "Updated: 12 March 2024"),
    as :func:`parse_published` reads one: the page's date, which a model may give as the
    signing's ``date_text`` when the body writes the signing's day another way (4月20日上午).
    The release's dateline may write it again ("Release date: 4 March 2025" over "KAMBARA,
    4 March 2025 – … yesterday signed": the blind29 ad05's). False where the value is not
    found on one line as written. The page's whole date line given as the value is on it
    (the blind28 ac06's byline and date, which the model gave as each agreement's); so is
    a date written only in datelines that tell no signing (:func:`_a_datelines_alone`)."""
    wanted = _folded(value).strip()
    label = _DATE_LABEL.match(wanted) or _ON_LABEL.match(wanted)
    if label is not None:  # "Updated: 2025-05-06 20:41", the label given with the date
        wanted = wanted[label.end() :].strip()
    elif wanted[:3].casefold() == "on ":  # "on 12 May 2026" of "Posted on: 12 May 2026"
        wanted = wanted[3:].strip()  # (the blind87 cj05's; "On …": review88)
    if not wanted or "\n" in wanted:
        return False
    folded = _folded(text)
    head = folded.splitlines()[:_HEAD_LINES]
    if wanted in (line.strip() for line in head) and (
        parse_published(wanted) is not None or _a_place_and_date(wanted) is not None
    ):
        return True  # the whole line given ("By Anselm Krüger-Voss | Published 19 September 2025")
    hits = [hit.start() for hit in re.finditer(re.escape(wanted), folded)]
    on_line = [_on_a_page_date_line(folded, at) for at in hits]
    beside = zip(on_line, hits, strict=True)
    size = len(wanted)
    if any(on_line):
        return all(on or in_dateline(folded, at, at + size) for on, at in beside)
    return bool(hits) and all(_a_datelines_alone(folded, at, at + size) for at in hits)


_PLACE_THEN_DATE = re.compile(rf"(?P<place>[A-Z][\w .'\u2019-]{{1,40}}?,\s*)(?P<date>{_A_DATE})\s*")
"""A release's dateline on a line of its own, a place and the date alone ("Pune, 22 July
2025": the blind75 bx03's, whose signing the body dates "on 21 July 2025"); not a headline
that ends with a date ("Volta, Harbin Cells Extend Pact To 31 Dec 2027": review76)."""
_AN_OCCASION = re.compile(
    r"\b(?:Meeting|Conference|Forum|Summit|Day|Week|Festival|Expo|Fair|Workshop|Webinar"
    r"|Launch|Awards?|Session|Assembly)\b"
)
"""A word of an occasion, not a place ("Annual General Meeting, 28 August 2025": review76)."""


def _a_place_and_date(line: str) -> dt.date | None:
    """The date of a head's line that is a dateline alone: a place (``_DATELINE_PLACE``),
    then a date with its year."""
    found = _PLACE_THEN_DATE.fullmatch(line.strip())
    if (
        found is None
        or not _DATELINE_PLACE.fullmatch(found["place"])
        or _AN_OCCASION.search(found["place"])
    ):
        return None
    return _date_after_label(found["date"])


def _a_datelines_alone(text: str, start: int, end: int) -> bool:
    """Whether the date ``text[start:end]`` is a release's dateline whose sentence tells no
    signing: the page's date written once more, not the signing's ("HARLOW BAY, Monday 9
    June 2025 — Harlow Bay has a new sister city.", the signing's "on Friday" told next: the
    blind63 bl05's; not "LONDON, 14 March 2024 — A and B signed an MoU.", nor one that tells
    an agreement otherwise: "… today sealed their twinning", "… formalised a partnership": a
    review's finds)."""
    if not in_dateline(text, start, end):
        return False
    stop = _SENTENCE_STOP.search(text, end)
    until = stop.start() if stop else len(text)
    return not (
        _SIGNING_WORD.search(text, end, until) or _AN_AGREEMENT_TOLD.search(text, end, until)
    )


_AN_AGREEMENT_TOLD = re.compile(
    r"\b(?:today|this\s+(?:morning|afternoon)|sealed|formali[sz]ed|agreed|concluded|entered"
    r"|penned|agreements?|memorand\w*|mous?|contracts?|deals?|accords?|pacts?|partnerships?"
    r"|twinning)\b|今天|今日|协议|合同|备忘录",
    re.IGNORECASE,
)
"""Words of a dateline's sentence that tell an agreement or the day's own act, whose date
may be the signing's."""


def _on_a_page_date_line(folded: str, at: int) -> bool:
    """Whether the date at ``at`` of a folded text is on a date line of the page's head:
    after a publication label, or a line of the first few that is a date alone
    ("September 17, 2025" under a press release's headline: the blind13 n04's), under no
    line that labels it (``_LABEL_ABOVE``)."""
    start = folded.rfind("\n", 0, at) + 1
    lines_before = folded.count("\n", 0, start)
    if lines_before >= _HEAD_LINES:
        return False
    written_before = sum(1 for line in folded[:start].splitlines() if line.strip())
    end = folded.find("\n", at)
    line = folded[start : end if end != -1 else len(folded)]
    above = folded[:start].rstrip().rpartition("\n")[2]
    alone = (
        written_before < _DATE_ALONE_LINES
        and _DATE_ALONE.fullmatch(line) is not None
        and _LABEL_ABOVE.search(above) is None
    )
    piped = _PIPED_DATE_LINE.match(line)
    beside_a_bar = (
        piped is not None
        and bool(piped["before"] or piped["after"] or piped["read"])
        and piped.start("date") <= at - start < piped.end("date")
    )
    on_label = _ON_LABEL.match(line)
    after_on = on_label is not None and on_label.end() == at - start
    return alone or beside_a_bar or after_on or _after_page_label(line, at - start)


_ON_LABEL = re.compile(r"\s*(?:posted|published|updated|released)\s+on\s+", re.IGNORECASE)
"""A publication label with no colon, right before the date it opens a line with ("Posted on
9 January 2026 | Corporate Communications Unit": the blind50 ay05's page line, which its
model gave as the MoU's date_text)."""


_LABEL_ABOVE = re.compile(r"(?:[:：]|时间|日期|\bdate|\btime)\s*$", re.IGNORECASE)
"""A line that labels the date below it ("签约时间", "Signing date:"): the date is what it
names, not the page's (a review's find)."""


def _after_page_label(line: str, at: int) -> bool:
    """Whether the date at ``at`` of ``line`` follows a publication label within
    ``_LABEL_WINDOW`` characters, no other label between ("发布时间：2025-04-22 签约日期：
    2025-04-20": the second is the signing's), and not an event's ("Signing date:")."""
    sourced = _sourced(line)
    if sourced is not None and sourced.start("year") <= at < sourced.end("day"):
        return True
    updated = _ZH_UPDATED_DATE_LINE.match(line)  # "2026年1月6日 星期二 更新時間：07:15"
    if updated is not None and updated.start("date") <= at < updated.end("date"):
        return True
    labels = [label for label in _DATE_LABEL.finditer(line) if label.end() <= at]
    if not labels or at > labels[-1].end() + _LABEL_WINDOW:
        return False
    last = labels[-1]
    if _A_SENTENCES_WORD.search(line, last.end(), at):
        return False  # "UPDATE: The memorandum was signed on 8 September" (the blind65 bn05's)
    return not (_is_generic(last) and _EVENT_BEFORE.search(line, 0, last.start()))


_A_SENTENCES_WORD = re.compile(r"\b(?-i:[a-z]{3,})\b")
"""A lower-case word of three letters or more between a label and a date: the label opens a
sentence ("UPDATE: The memorandum was signed on 8 September"), not the page's date line
("Published: Tuesday, 12 March 2024", "Updated: 10:45 AM IST | 12 Mar 2024")."""
_PAGE_ITEM_END = re.compile(r"[|\u2022\u00b7]")
"""What parts a date line's items, each read alone: "Published: 12 Mar 2024 | 5.3K views"
(not the 5th), "Last Updated: 10:45 AM IST | 12 Mar 2024"."""


def _is_generic(label: re.Match[str]) -> bool:
    """Whether a date label only says "date" or "time", which an event's name before it
    makes the event's ("Signing date:", "培训时间："); a publication label stays the page's
    whatever precedes it ("Home > Seminars Published:", "学术讲座发布时间：")."""
    return label.group().rstrip(" :").casefold() in _GENERIC_LABELS


_GENERIC_LABELS = frozenset({"date", "time", "时间", "日期"})


_ROC_DATE = re.compile(
    r"\s*(?:中华)?(?:民国)?\s*(1[0-3]\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)"
)
"""A date of Taiwan's official calendar (中華民國112年6月8日, 112-06-08 for 2023-06-08): a
year of three digits, 100 to 139 (2011 to 2050), read only after a Chinese date label."""


_CLOCK = re.compile(
    r"\b(?:at\s+)?\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s*(?:[ap]\.?m\b\.?|GMT|BST|UTC|CES?T|[ECMP][SD]T"
    r"|IST|SGT|HKT|JST|AEST|AEDT)\b)?",
    re.IGNORECASE,
)
"""A time of day after a page's date ("12 March 2024 at 10.00", "10.00 GMT"), which
dateparser reads as a day: 10 March."""


def _date_after_label(window: str, *, chinese: bool = False) -> dt.date | None:
    """Numeric dates (2023-06-08, 2023/6/8, 2023.06.08, 2023年6月8日, and after a
    ``chinese`` label Taiwan's 112-06-08; 15/03/2024 and 12.03.2024 day first, 03/12/2024
    month first) first, then written-out ones ("June 8, 2023", its time of day aside),
    which must carry a year to count as the page's date."""
    numeric = _NUMERIC_DATE.match(window)
    if numeric is not None:
        year, month, day = map(int, numeric.groups())
        return _safe_date(year, month, day)
    roc = _ROC_DATE.match(window) if chinese else None
    if roc is not None:  # the Republic of China's years, counted from 1912
        year, month, day = map(int, roc.groups())
        return _safe_date(year + 1911, month, day)
    numbers = None if _MONTH_WORD.search(window) else _numeric_parts(window)
    if numbers is not None and numbers.year is not None:
        return _safe_date(numbers.year, numbers.month, numbers.day)
    window = _CLOCK.sub(" ", _undotted_months(window))
    hits = search_dates(window, languages=["en"], settings=_FULL_DATE_SETTINGS)
    found = next((date for _, date in hits or [] if _in_written_month(date, window)), None)
    return found.date() if found else None


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_MONTHS_BY_PREFIX = {name[:3].casefold(): number for number, name in enumerate(_MONTHS, 1)}


def written_date(value: dt.date | None, text: str) -> dt.date | None:
    """``value`` if the page's head writes that date (2023-11-01, 2023/11/1, 2023年11月1日,
    11/01/2023, November 1, 2023, 1st of Nov. 2023, 二〇二三年十一月一日) outside a sentence
    about a signing, else None. The model's publication date stands only where the page
    shows it, labelled or not: it sets the year of every year-less signing date, and an
    invented one would move them all; so would a date the body gives to an earlier
    signing ("first signed a framework agreement on March 5, 2018"), taken as the page's
    (spec: ``article.published`` is the page's own date lines)."""
    if value is None:
        return None
    y, m, d = value.year, value.month, value.day
    head = "\n".join(_folded(text).splitlines()[:_HEAD_LINES])
    hits = [
        *_full_date_pattern(str(y), m, d).finditer(head),
        *(
            hit
            for hit in _ZH_NUMERAL_FULL_DATE.finditer(head)
            if _date_parts(hit.group()) == _DateParts(y, m, d)
        ),
    ]
    return value if any(_dateline(head, hit) or not _in_signing_sentence(head, hit)
                        for hit in hits) else None  # fmt: skip


_WECHAT_BYLINE = re.compile(
    r"(?:原创\s+)?[^\n\d]{1,40}(?:\s+\S{1,30})?\s+(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"\s+\d{1,2}:\d{2}(?:\s+[\u4e00-\u9fff]{2,4})?"
)
"""A WeChat post's byline under its headline: "原创", the author, the account, the day and
time it was posted and the poster's province ("原创 恒舟智能品牌中心 恒舟智能HZIE 2025年04月17日
19:32 浙江": the blind39 an01's, whose model gave no page date and so no day for "昨日")."""
_DATELINE_PLACE = re.compile(
    r"(?!(?:On|In|At|The|By|From|Since|Until|As|After|Before|During|Signed|Dated)\b)"
    r"(?!.*\b(?:MoU|MOU|Sign(?:s|ed|ing)?|Ceremony|Agreement|Photo|Gallery|Event|Press)\b)"
    r"(?:[A-Z][\w.'\u2019-]*[ ,]*){1,5}$"
)
"""A dateline's place: "LONDON, ", "New Delhi, India, "; not a sentence's first word, nor
a headline's ("MOU Signing Ceremony, 5 March 2018 - …")."""
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:[-\u2013\u2014]+|/)")
"""After a dateline's date: a dash, its agency's name in brackets before it or not
("HAILAN, May 6 (Xinhua) --": the blind8 i01's)."""


def _dateline(text: str, hit: re.Match[str]) -> bool:
    """Whether the date ``hit`` is a release's dateline (:func:`in_dateline`)."""
    return in_dateline(text, hit.start(), hit.end())


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date ``text[start:end]`` is a release's dateline, its place first on
    the line and a dash after it: "LONDON, 14 March 2024 — Imperial College London and
    Rolls-Royce signed …" is the release's date, though its sentence goes on to a
    signing."""
    line = text.rfind("\n", 0, start) + 1
    return bool(_DATELINE_PLACE.fullmatch(text, line, start) and _DATELINE_END.match(text, end))


_SIGNING_WORD = re.compile(
    rf"{EN_SIGNING_VERB}|\bsignator(?:y|ies)\b|\bput\s+pen\s+to\s+paper|{ZH_SIGNING_VERB}",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(
    r"[.!?;](?=\s+[^\W\d_a-z]|\s*$)|[\u3002\uff01\uff1f\uff1b|\uff5c\t\u3000]|\s{2,}|\n",
)
"""What ends a sentence, or parts the items of a page's date line ("Title | 2023-11-01",
"2023-11-01  Source: …"): a line is never read past."""


def _in_signing_sentence(text: str, hit: re.Match[str]) -> bool:
    """Whether the date ``hit`` stands in a sentence of ``text`` that names a signing."""
    line = text.rfind("\n", 0, hit.start()) + 1
    stops = _SENTENCE_STOP.finditer(text, line, hit.start())
    start = max((stop.end() for stop in stops), default=line)
    after = _SENTENCE_STOP.search(text, hit.end())
    end = after.start() if after else len(text)
    before = _SIGNING_WORD.search(text, start, hit.start())
    return bool(before or _SIGNING_WORD.search(text, hit.end(), end))


def _full_date_pattern(year: str, m: int, d: int) -> re.Pattern[str]:
    """The ways to write month ``m``, day ``d`` and ``year`` (a regex: one year, or any)
    in one piece: 2023-11-01, 2023/11/1, 2023年11月1日, 11/01/2023, 01.11.2023,
    November 1, 2023, 1st of Nov. 2023, November 1st of 2023, November 1 in 2023,
    Nov-1-2023, 01-Nov-2023, 2023, November 1."""
    month = _month_pattern(m)
    day = rf"0?{d}(?:st|nd|rd|th)?"
    then_year = rf"\s*,?\s+(?:(?:of|in)\s+)?{year}\b"
    return re.compile(
        rf"(?<!\d){year}\s*[-/.年]\s*0?{m}\s*[-/.月]\s*0?{d}(?!\d)"
        rf"|(?<!\d)(?:0?{m}[-/.]0?{d}|0?{d}[-/.]0?{m})[-/.]{year}(?!\d)"  # 11/01/2023, 01.11.2023
        rf"|\b{month}\s+{day}{then_year}|\b{day}\s+(?:of\s+)?{month}{then_year}"
        rf"|\b(?:{month}-{day}|{day}-{month})-{year}\b"  # Nov-1-2023, 01-Nov-2023
        rf"|\b{year}\s*,?\s+{month}\s+{day}\b",
        re.IGNORECASE,
    )


def _month_pattern(m: int) -> str:
    """Month ``m`` in words: its name or its abbreviation, dot or not ("Sept." as often
    as "Sep.")."""
    name = _MONTHS[m - 1]
    short = "Sept?" if m == 9 else name[:3]
    return rf"(?:{name}|{short}\.?)"


def resolve_date(date_text: str | None, published: dt.date | None) -> dt.date | None:
    """The signing date that ``date_text`` states (spec: Agreement.date_signed).

    A written year is kept as written, and one counted from the publication's (去年, 明年,
    "last year") is counted from it. A missing year takes the publication year, or the
    year before when that would put the day after publication; without a publication
    date there is no year to give, so the answer is None rather than a guess. A missing
    month, by the same rule, takes the publication's month or the month before (Chinese
    news writes "3日，…签署" under a dated page), and so do "本月3日", "上月28日".
    """
    parts = _date_parts(date_text) if date_text else None
    if parts is None:
        if not date_text or published is None:
            return None
        found = _day_of_month(date_text, published)
        back = _days_back(date_text, published) if found is None else None
        return found if back is None else published - dt.timedelta(days=back)
    date = _dated(parts, published)
    if not parts.swappable or published is None or date is None or date <= published:
        return date
    # Month first put it after the page: 12/03/2024 under a page of 15 March 2024 is the
    # 12th of March, not the 3rd of December.
    other = _dated(parts._replace(month=parts.day, day=parts.month), published)
    return other if other is not None and other <= published else date


def reads_either_way(date_text: str, published: dt.date | None) -> dt.date | None:
    """The other day a date of numbers may be (05/03/2024: 3 May or 5 March), when it is
    not after ``published`` and not the one :func:`resolve_date` took; else None."""
    parts = _date_parts(date_text)
    if parts is None or not parts.swappable:
        return None
    taken = resolve_date(date_text, published)
    other = _dated(parts._replace(month=parts.day, day=parts.month), published)
    if other is None or other == taken or (published is not None and other > published):
        return None
    return other


def _dated(parts: _DateParts, published: dt.date | None) -> dt.date | None:
    """The day ``parts`` write, its year filled in from ``published`` where missing."""
    if parts.year is not None:
        return _safe_date(parts.year, parts.month, parts.day)
    if published is None:
        return None
    if parts.year_offset is not None:
        return _safe_date(published.year + parts.year_offset, parts.month, parts.day)
    return _latest_on_or_before(parts.month, parts.day, published)


_ZH_DAY = re.compile(
    r"(?<![\d月年])(?P<month>本月|上月|上个月)?\s*(?P<bracket>[今昨前]\s*\(\s*)?(?P<day>\d{1,2})"
    r"\s*(?(bracket)\)\s*)[日号](?![\d])"
)
"""A day without its month: "3日", "本月3日", "上月28日", and Taiwan's "今（5）日", "昨（4）日",
"前（3）日" (today the 5th, yesterday the 4th, the day before the 3rd: the day as
written); not a bracketed day alone, "(5)日", nor "明（6）日", a day to come."""

_EN_DAY = re.compile(
    r"^\s*(?:on\s+)?the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)"
    r"(?:\s+of\s+(?P<month>this|last)\s+month)?\s*$",
    re.IGNORECASE,
)
"""An English day without its month: "on the 14th", "the 3rd of this month", "the 28th of
last month" (the blind7 h02's "a research contract signed on the 14th")."""

MONTHS_AND_DAYS = (
    r"January|February|March|April|May|June|July|August|September|October|November"
    rf"|December|{EN_SHORT_MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
"""English months' and weekdays' names, whole or short: no place's nor venue's word."""
_PLACE_TAIL = re.compile(
    r"\s+(?:at|in)\s+(?P<place>(?:the\s+)?(?-i:[A-Z])[\w'\u2019&.-]*"
    r"(?:,?\s+(?:(?-i:[A-Z])[\w'\u2019&.-]*|of|the|in|and|for|de|central|downtown"
    r"|(?:north|south|east|west)(?:ern)?))*?)(?<!\.[A-Z])\.?\s*$",
    re.IGNORECASE,
)
"""A place at the end of an English ``date_text``, after "at" or "in": capitalised words
and the particles of a name ("Tuesday at the Malaysian High Commission in London")."""
_TIME_WORDS = (
    rf"\b(?:{MONTHS_AND_DAYS}|Noon|Midday|Morning|Afternoon|Evening|Night|Summer|Winter"
    r"|Spring|Autumn|Fall|Year|Quarter|Q[1-4]|FY\w*|GMT|UTC|Local|Time)\b|\d"
)
"""A month, a day, a time, a season or a year: words of a date, not of a place."""
_OCCASION_LEAD = r"\b(?:Invitation|Request|Behest|Occasion|Presence|Sidelines?|Margins?)\b"
"""An occasion a place-like name may follow: "at the invitation of Governor Smith"."""
_NOT_A_PLACE = re.compile(
    rf"{_TIME_WORDS}|{_OCCASION_LEAD}|\b(?:Signing|Ceremony)\b", re.IGNORECASE
)
"""What a ``_PLACE_TAIL`` may catch that is no place: a month, a time, a season, a year,
an occasion ("at the Invitation of", "at the Sidelines of the G20")."""
_ZH_AT_A_PLACE = re.compile(
    r"在(?P<place>(?:(?!见证|双方|期间|基础|线)[\u4e00-\u9fff]){1,29}"
    r"(?:[省市县区镇乡州]|中心|大厦|酒店|宾馆|饭店|[馆厅室楼园]|基地|校区))"
)
"""A place alone after a date's comma, ending in a place's or a building's word: "6月18日，在
澄州市行政中心" (a review's find); not "在双方领导的见证下", "在线上" (another's)."""
_ZH_PLACE_TAIL = re.compile(
    r"在(?P<place>(?:(?!见证|双方|期间|基础|线)[\u4e00-\u9fff]){1,29}"
    r"(?:[省市县区镇乡州]|中心|大厦|酒店|宾馆|饭店|[馆厅室楼园]|基地|校区))"
    r"(?:正式|共同|隆重)?(?:签订|签署|签约|举行)了?$"
)
"""A place and the signing's verb after a Chinese date: "近日在西陵省云川市签订", the place
ending in a place's or a building's word; not a manner or an occasion ("在双方共同见证下",
"在此次大会上", "在线上", "在云端", "在…期间": a review's finds), nor a city's short name ("在京
举行", which an earlier review left whole: "京" is no location to give)."""
_AT_OR_IN = re.compile(r"\s+(?:at|in)\s+", re.IGNORECASE)
_VENUE_NAME = re.compile(
    r"(?:^|\b(?:at|in|of)\s+)(?:the\s+)?(?P<name>(?-i:[A-Z])[\w&.-]*"
    r"(?:\s+(?:(?:of|the|for|and|&|de)\s+)*(?-i:[A-Z])[\w&.-]*)*)(?P<owner>['\u2019]s\b)?",
    re.IGNORECASE,
)
"""A venue's name in the words after a date: capitalised words and the particles between
them, first in those words or after "at", "in", "of" ("the main stage of the Quayside
Exhibition Centre"; not "a forum on Green Finance", "attended by Premier Li"), and no
owner's ("Tsinghua University's main building")."""
_NO_PLACE_AFTER = re.compile(rf"{_TIME_WORDS}|{_OCCASION_LEAD}", re.IGNORECASE)
"""Words after a date that keep it whole: a time or a second date ("June 3 in Hefei at
10 a.m.", "Tuesday in Geneva, 4 March 2025"), an occasion."""


def date_and_place(date_text: str) -> tuple[str, str | None]:
    """``date_text`` as the date alone, and the place a model wrote after it (the blind2
    c01's "Tuesday at the Malaysian High Commission in London"; "近日在西陵省云川市签订",
    the blind31 af03's, ``_ZH_PLACE_TAIL``), or None (a Chinese date before its comma alone
    where the model wrote the sentence on: "昨日上午，华穗港口集团…一行8人到访…总部", the
    blind39 an01's; "近日，…签署…", which names no day: the blind43 ar02's): the spec's
    ``date_text`` is the date as written, and the place is the location's to be checked. In
    English only where the date comes first, whole ("Tuesday in Geneva, 4 March 2025" is
    left as it is: a review's find), and the place has no number, month, time or occasion in
    it ("at Noon", "in Q2", "at the Invitation of Governor Smith"). An English clause after
    a comma that tells of the occasion (``_EN_CLAUSE_AFTER``) is left off first where what
    comes before it is a date, with or without a place; so is an occasion written after the
    whole date (``_EN_OCCASION_AFTER``), with no place."""
    clause = _EN_CLAUSE_AFTER.search(date_text)
    if clause is not None and clause.start() > 0:
        date, place = date_and_place(date_text[: clause.start()])
        if _whole_date(date):
            return date, place
    occasion = _EN_OCCASION_AFTER.search(date_text)
    if occasion is not None:
        date = date_text[: occasion.start()].strip()
        if _whole_date(date) or _EN_DAY.match(date):
            return date, None
    zh = _ZH_PLACE_TAIL.search(date_text)
    place = zh["place"] if zh is not None and zh.start() > 0 else None
    if zh is not None and place is not None:
        date_text = date_text[: zh.start()].rstrip("，, ")
    head, comma, rest = date_text.partition("，")
    if comma and head and (_whole_date(head) or RECENT_ALONE.fullmatch(head)):
        # the clause after it is the model's excess
        at = _ZH_AT_A_PLACE.fullmatch(rest.strip())
        return head, place or (at["place"] if at else None)
    if place is not None:
        return date_text, place
    found = _PLACE_TAIL.search(date_text)
    if found is None or _NOT_A_PLACE.search(found["place"]):
        return _named_in_tail(date_text)
    date = date_text[: found.start()].strip()
    if not _whole_date(date):
        return _named_in_tail(date_text)  # "yesterday at a ceremony in Beijing"
    return date, found["place"]


RECENT_ALONE = re.compile(r"\s*(?:近日|日前|近期|前不久|不久前|(?i:recently))\s*")
"""Words that tell a signing as recent and name no day: a date_text of these alone, or the
opening of a Chinese sentence a model gave whole as the date ("近日，甲与乙在…签署…": the
blind43 ar02's), for the day the article writes elsewhere to take its place."""
_EN_CLAUSE_AFTER = re.compile(r",\s+(?:held|hosted|organi[sz]ed|staged)\b", re.IGNORECASE)
"""A clause after the date and place a model gave as the date text, of the occasion's own:
"on Tuesday at Northern Maritime Week, held this year at the Aurelia Expo Centre in Port
Vesna." (the blind30 ae05's, recorded again with its page's date), whose "this year" kept
the whole as no date; not a "where" clause, which may say whose building it is (a test's
"…main building in Beijing, where the rector spoke")."""


_EN_OCCASION_AFTER = re.compile(
    r"\s+(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\b|\s+(?:during|amid|ahead\s+of)\s",
    re.IGNORECASE,
)
"""The occasion a model wrote after the date ("on the 14th on the sidelines of the European
Semiconductor Supply Summit": the blind74 bw04's), no place of the signing."""


def _named_in_tail(date_text: str) -> tuple[str, str | None]:
    """Where the words after the date are more than a name (the blind4 e01's "last
    Thursday at the Tennant Building on the University's Kelbridge campus", e02's "Tuesday
    at a ceremony on the main stage of the Quayside Exhibition Centre"), the date, cut
    before the first "at" or "in", and the first venue's name after it (``_VENUE_NAME``),
    with its owner's words after it where it is one ("Monday at Kestrel's Stourton works":
    the blind5 f01's). Not where those words hold a time or a date ("June 3 in Hefei at
    10 a.m.", "Tuesday in Geneva, 4 March 2025") or an occasion ("at the invitation of
    Governor Smith"): the date goes on. The date alone, with no place, where no name
    stands where a venue's would, or the words before it say whose meeting or framework
    it is ("at a meeting with officials of the Ministry of Education", "in the office of
    Governor Smith": a review's finds)."""
    for split in _AT_OR_IN.finditer(date_text):
        date, tail = date_text[: split.start()].strip(), date_text[split.end() :]
        if not _whole_date(date):
            continue
        if _NO_PLACE_AFTER.search(tail):
            break
        name = _VENUE_NAME.search(tail)
        if (
            name is None
            or _NOT_A_PLACE.search(name["name"])
            or _NO_VENUE_LEAD.search(tail, 0, name.start())
        ):
            return date, None
        if name["owner"]:
            owned = tail[name.start("name") :].strip().rstrip(".")
            inside = _INSIDE_ITS_OWNERS.match(tail, name.start())
            if inside is not None:  # "in the University's Marlowe Building on the … campus"
                return date, inside["venue"].strip().rstrip(".")
            return date, owned if _OWNED_VENUE.fullmatch(owned) else None
        campus = _ON_ITS_CAMPUS.match(tail, name.end("name"))
        return date, name["name"].rstrip(".") + (campus.group() if campus else "")
    return date_text, None


_ON_ITS_CAMPUS = re.compile(
    r"\s+on\s+the\s+(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){0,3}\s+campus\b", re.IGNORECASE
)
"""The campus a venue stands on, written after its name with no owner ("Wednesday in Aurora
Hall on the Bodvik campus": the blind48 aw05's gold names both, as the blind18 s04's)."""


_NO_VENUE_LEAD = re.compile(
    r"\b(?:with|by|which|whom|who|framework|office|officials?|behalf|presence)\b",
    re.IGNORECASE,
)
"""Words before a name in the words after a date that make it no venue: whose meeting,
ceremony or framework it is, or a clause of its own."""
_INSIDE_ITS_OWNERS = re.compile(
    r"(?:(?:at|in)\s+)?the\s+(?-i:University|Company|College|Institute|Group|Corporation|Council"
    r"|Authority|Agency|Academy|School|Hospital|Bank|Government|Ministry|Department|Foundation"
    r"|Society|Association|Commission)['\u2019]s\s+"
    r"(?P<venue>(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*)*(?:\s+(?:on|at|in)\s+the\s+"
    r"(?-i:[A-Z])[\w&-]*(?:\s+[\w&-]+){0,2})?)\s*$",
    re.IGNORECASE,
)
"""A named building of a party's, written after the party's one word ("in the University's
Marlowe Building on the Westgate campus": the blind18 s04's, whose gold names the building
and its campus); not an owner by its name ("Kestrel's Stourton works", "the Savoy's
Lancaster Room": a review's find)."""
_OWNED_VENUE = re.compile(r"[^,;()]+?['\u2019]s(?:\s+[\w-]+){1,4}")
"""An owner's venue: "Kestrel's Stourton works", "Tsinghua University's main building"."""


def _whole_date(text: str) -> bool:
    """Whether ``text`` is a date alone, which :func:`resolve_date` reads."""
    return bool(_date_parts(text) or counted_from_page(text))


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_TIME_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|noon))?"
_ZH_TIME_OF_DAY = r"(?:上午|下午|中午|晚上|晚间|晚|傍晚|早上|凌晨)?"
_WEEKDAY = re.compile(
    rf"^\s*(?:on\s+)?(?:(?P<en_last>last\s+)?(?P<en>[a-z]+day){_EN_TIME_OF_DAY}"
    rf"|(?:当地时间)?(?:(?P<zh_last>上个?)|(?P<zh_this>本|这))?(?:周|星期|礼拜)(?P<zh>[一二三四五六日天])"
    rf"{_ZH_TIME_OF_DAY})"
    r"\s*$",
    re.IGNORECASE,
)
"""A weekday alone, as news writes the day of a recent signing: "on Tuesday", "Tuesday
morning", "周二上午", "本周二上午" (this week's: the blind27 ab02's), "last Thursday",
"上周四"; not a weekday beside a date ("Tuesday, 11 March": the date is read)."""
_ZH_WEEKDAYS = "一二三四五六日"
_RELATIVE_DAY = re.compile(
    rf"^\s*(?:(?P<en>yesterday|today){_EN_TIME_OF_DAY}"
    rf"|(?P<zh>昨天|昨日|今天|今日|前天|前日){_ZH_TIME_OF_DAY})\s*$",
    re.IGNORECASE,
)
"""A day told from the page's: "yesterday", "today", "昨日上午", "前天"."""
_DAYS_BACK = {"today": 0, "yesterday": 1, "今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2,
              "前日": 2}  # fmt: skip


_WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ZH_DAY_AFTER = rf"(?=[^\u4e00-\u9fff]|{_ZH_TIME_OF_DAY[3:-2]}|[与和同在于签举正共分双两]|$)"
"""After a Chinese weekday, what keeps it one: a stop, a time of day, the words a signing
goes on with ("周五与乙公司签署"); not a character of a name ("周一鸣", "周三平": a review's
finds)."""
_TODAY_SIGNED = (
    r"(?=\s+(?:(?:formally|officially|jointly)\s+)?(?:signed|inked)\b"
    r"|\s+(?:at|in)\s+(?:the\s+)?[A-Z])"
)
"""Where "today" dates a signing: right before its verb ("today signed"), right after it
("were signed here today": the blind78 ca05's, in ``DATE_MENTION``) or before the
place it was done ("signed … today at Transport Bhawan": the blind19 t04's); not "today
announces that it signed … yesterday" (the blind12 m06's), "today's grid", "still in force
today", "today unveiled an agreement it signed last month" (a review's finds)."""
_EN_YEAR_AFTER = r"(?:,?\s+(?:19|20)\d{2}\b)?"
DATE_MENTION = re.compile(
    rf"\b(?:(?:[Oo]n\s+)?(?:{_WEEKDAY_NAME},?\s+)?(?:{_ORDINAL}\s+(?:of\s+)?{EN_MONTH}(?![a-z])"
    rf"|{EN_MONTH}\s+{_ORDINAL}){_EN_YEAR_AFTER}"
    rf"|(?:[Oo]n|[Ll]ast|[Tt]his)\s+{_WEEKDAY_NAME}{_EN_TIME_OF_DAY}\b"
    rf"|(?<!Black )(?<!Good )(?<!Cyber )(?<!Holy ){_WEEKDAY_NAME}{_EN_TIME_OF_DAY}\b"
    r"(?=\s*[,.;]|\s+(?:at|in|to|by|with)\b|\s*$)"
    rf"|[Yy]esterday{_EN_TIME_OF_DAY}\b|[Tt]oday{_TODAY_SIGNED}|(?:(?<=\bsigned\s)|(?<=\binked\s)|(?<=\bsigned\shere\s))[Tt]oday\b"
    r"|(?:[Oo]n\s+)?the\s+\d{1,2}(?:st|nd|rd|th)\b(?=\s*(?:[,.;)]|$|of\s+(?:this|last)\s+month\b"
    r"|(?:at|in|when|as|with|and|by|before|after)\b)))"
    r"|(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
    r"|(?<![\d月年])(?:本月|上月|上个月)?\d{1,2}\s*日(?![\d内后前起以])"
    r"|[今昨前]\s*[（(]\s*\d{1,2}\s*[）)]\s*日"
    rf"|(?:上个?|本|这)?(?:周|星期)[一二三四五六日天]{_ZH_DAY_AFTER}"
    r"|昨天|昨日|(?<!目)前天(?![然下])"
)
"""A day as a sentence writes it, for the guard to find a signing's day in its clause:
"on 18 December", "December 18, 2025", "last Thursday", "on Tuesday morning", "on
the 14th", "yesterday", "today" (only as ``_TODAY_SIGNED`` reads it), "2025年5月9日",
"5月9日", "9日", "上月28日", Taiwan's "今（17）日", "上周五", "昨天". Each is read by
:func:`resolve_date`; a weekday before a date is read with it ("Tuesday, 18 March").
Months and weekdays capitalised, as written: "we may 5 times" names no day; a
weekday alone only as wire copy writes one ("signed the MoU Tuesday."), not "Black
Friday"; an ordinal alone only before a stop or "at", "in" ("on the 14th."), not
"the 7th China International Import Expo", "the 2nd floor"; a Chinese weekday not
within a name ("周一鸣"), nor 目前天然气, 30日内 (a review's finds)."""
_SOME_DATE = re.compile(
    rf"\d|[〇零一二三四五六七八九十]\s*[年月日号]|[去今明前]年|本月|上月|\b{EN_MONTH}(?![a-z])"
    r"|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|week|month|year"
    r"|quarter|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|noon|ago)\b"
    r"|[今昨前当次同近]天|[今昨当次同近]日|日前|元旦|春节|月底|月初|[上中下]旬|[周星期礼拜]"
    r"|\b(?:day|weekend|eve|christmas|easter)\b",
    re.IGNORECASE,
)


def names_no_date(date_text: str) -> bool:
    """Whether ``date_text`` holds no date at all, not even a year or a season: words a
    model gave as the date ("Under a Strategic Cooperation Agreement", the blind8 i03's),
    which are no date as written, nor a sum ("S/ 2.4 million": the blind86 ci06's,
    ``_AMOUNT``)."""
    return _SOME_DATE.search(_AMOUNT.sub(" ", _folded(date_text))) is None


def _days_back(date_text: str, published: dt.date) -> int | None:
    """How many days before the publication date ``date_text`` tells of: a weekday alone,
    the latest such day on or before it ("on Tuesday" in a page of Thursday 22 May 2025
    is 20 May; in a page of a Tuesday, that day), as news tells a signing of its own week;
    a day of the week before (:func:`_last_week`); a day of the page's own week (本周二,
    none after the page's day: "将于本周五签署" is to come, a review's find); or a day told
    from the page's ("yesterday", 昨日上午, the blind3 d01's and d06's gold). None for
    anything else."""
    found = _counted(date_text)
    if found is None:
        return None
    if found.re is _RELATIVE_DAY:
        return _DAYS_BACK[(found["en"] or found["zh"]).casefold()]
    wanted = _weekday_of(found)
    if found["en_last"] or found["zh_last"]:
        return _last_week(published.weekday(), wanted, chinese=bool(found["zh_last"]))
    if found["zh_this"]:  # 本周五: of the page's own week, Monday first, not after it
        back = published.weekday() - wanted
        return back if back >= 0 else None
    return (published.weekday() - wanted) % 7


def _counted(date_text: str) -> re.Match[str] | None:
    """``date_text`` read as a day told from the page's (``_RELATIVE_DAY``) or a weekday
    alone (``_WEEKDAY``, a real one: "today" is the relative day's, "holiday" no day)."""
    text = _folded(date_text)
    relative = _RELATIVE_DAY.match(text)
    if relative is not None:
        return relative
    found = _WEEKDAY.match(text)
    if found is not None and found["en"] and found["en"].casefold() not in _WEEKDAYS:
        return None
    return found


def _weekday_of(found: re.Match[str]) -> int:
    """The weekday (Monday 0) of a ``_WEEKDAY`` match that :func:`_counted` kept."""
    if found["en"] is None:
        return _ZH_WEEKDAYS.index(found["zh"].replace("天", "日"))
    return _WEEKDAYS.index(found["en"].casefold())


def _last_week(page_day: int, wanted: int, *, chinese: bool) -> int | None:
    """Days back to "上周四" (the Thursday of the week before the page's, which Chinese
    counts from Monday) or "last Thursday", which English reads either as the latest
    Thursday before the page or as the last week's (from Monday or from Sunday): counted
    only where every reading gives one day ("last Thursday" in a page of a Tuesday, the
    blind4 e01's, 5 days back), else unread ("last Tuesday" in a page of a Thursday)."""
    monday_week = page_day - wanted + 7
    if chinese:
        return monday_week
    latest = (page_day - wanted) % 7 or 7
    sunday_week = (page_day + 1) % 7 - (wanted + 1) % 7 + 7
    return latest if latest == monday_week == sunday_week else None


def counted_from_page(date_text: str) -> bool:
    """Whether :func:`resolve_date` counts ``date_text`` back from the page's date (a
    weekday alone, "yesterday"), which the guard doubts: a page's date may be later than
    its writing. Whether or not a page's date gives "last Tuesday" a day."""
    return _counted(date_text) is not None


_MONTH_SAID = {"本月": "this", "this": "this", "上月": "last", "上个月": "last", "last": "last"}
"""Which month a day without one is of, as written: this month's, or last month's."""


def _day_of_month(date_text: str, published: dt.date) -> dt.date | None:
    """A date without its month ("3日", "本月3日", "上月28日", "on the 14th"), read against the
    publication date (a day told from it, "昨天", "yesterday", is :func:`_days_back`'s);
    none after it ("the 3rd of this month" on a page of the 2nd: a review's find)."""
    found = _ZH_DAY.search(_arabic_numerals(_folded(date_text))) or _EN_DAY.match(date_text)
    if found is None:
        return None
    day, said = int(found["day"]), _MONTH_SAID.get((found["month"] or "").casefold())
    this_month = published.replace(day=1)
    last_month = (this_month - dt.timedelta(days=1)).replace(day=1)
    if said == "this":
        months = [this_month]
    elif said:
        months = [last_month]
    else:  # the latest such day not after publication
        months = [this_month, last_month]
    for month in months:
        candidate = _safe_date(month.year, month.month, day)
        if candidate is not None and (said == "last" or candidate <= published):
            return candidate
    return None


def _latest_on_or_before(month: int, day: int, published: dt.date) -> dt.date | None:
    """The last ``month``/``day`` not after ``published``: news reports past signings."""
    for year in (published.year, published.year - 1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= published:
            return candidate
    return None


@functools.lru_cache(maxsize=4096)
def _date_parts(date_text: str) -> _DateParts | None:
    """Year (if written), month and day of the first date in ``date_text``.

    Cached: date phrases repeat across a corpus ("On September 15th") and dateparser
    costs milliseconds a call, more than the rest of post-processing together.
    """
    text = _arabic_numerals(_folded(date_text))
    chinese = _ZH_DATE.search(text)
    if chinese is not None and _LUNAR_BEFORE.search(text, 0, chinese.start()):
        return None
    if chinese is None and _LUNAR.search(text):
        return None
    if chinese is not None:
        year, relative = chinese.group("year", "relative")
        month, day = int(chinese.group("month")), int(chinese.group("day"))
        return _DateParts(_full_year(year), month, day, _YEAR_OFFSETS.get(relative))
    offset = None
    relative = _EN_RELATIVE_YEAR.search(text)
    if relative is not None:  # dateparser reads no date in "October 16 last year"
        offset = _YEAR_OFFSETS[relative["which"].casefold()]
        text = text[: relative.start("relative")] + text[relative.end("relative") :]
    text = _EN_RANGE.sub(_first_day, _AMOUNT.sub(" ", text))
    if not _MONTH_WORD.search(text) and (numeric := _numeric_parts(text)) is not None:
        return numeric._replace(year_offset=offset)
    found = _parse_month_day(text)
    if found is None:
        return None
    return _DateParts(_written_year(text, found.month, found.day), found.month, found.day, offset)


_AMOUNT = re.compile(
    r"\d[\d,]*(?:\.\d+)?\s*(?:million|billion|trillion|bn|mn|per\s*cent|percent|%)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A sum or a share, no date: "2.4 million" of "S/ 2.4 million" is not 4 February (the
blind86 ci06's model gave the contract's sum as its date text; "KSh 3.4 billion", the
blind84 cg05's sentence, read as 4 March)."""


def _first_day(match: re.Match[str]) -> str:
    """An English date range's first day, as a date on its own."""
    first = match.group("first")
    return first if first is not None else f"{match.group('day')} {match.group('month')}"


def _arabic_numerals(text: str) -> str:
    """A date in Chinese numerals ("二〇二三年十月二十日", common in official texts) in
    Arabic ones ("2023年10月20日"), which the patterns read. cn2an converts every numeral
    it can read in ``text`` (harmless here: only the date is read after) and warns about
    the others (a slogan like "十三五"), which stay as they are."""
    if not _ZH_NUMERAL_DATE.search(text):
        return text
    import cn2an  # imported for such dates only: it takes 0.1 s

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        converted: str = cn2an.transform(text, "cn2an")
    return converted


@functools.cache
def warm_up() -> None:
    """Have ``dateparser`` build, once per process, what it otherwise builds on its first
    calls: its timezone regexes and its English and Chinese locales (0.2 s of CPU here).

    :class:`~coopllm.extraction.Extractor` calls it when made, or its record worker when
    it has one (:mod:`coopllm.workers`). Left to an article's
    first date, it stopped the event loop just as a batch's first answers arrived, with
    every request in flight waiting behind it. In a thread beside the loop it was worse:
    holding the GIL in 5 ms turns, it slowed every request of the first wave to 0.3 s.
    """
    _parse_month_day("signed on the morning of October 20th in Ridgeport")
    _date_after_label("June 8, 2023")


def _parse_month_day(text: str) -> dt.datetime | None:
    """The whole text as one date ("On the morning of October 20th"), else the first date
    found inside it ("the ceremony held on October 20th in Ridgeport"), in a month the
    text writes."""
    text = _undotted_months(text)
    whole = dateparser.parse(text, languages=_DATEPARSER_LANGUAGES, settings=_MONTH_DAY_SETTINGS)
    if whole is not None and _in_written_month(whole, text):
        return whole
    hits = search_dates(text, languages=_DATEPARSER_LANGUAGES, settings=_MONTH_DAY_SETTINGS)
    return next((found for _, found in hits or [] if _in_written_month(found, text)), None)


_DOTTED_MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.", re.IGNORECASE)
_MONTH_WORD = re.compile(rf"\b{EN_MONTH}(?![A-Za-z])", re.IGNORECASE)


def _undotted_months(text: str) -> str:
    """``text`` with a month abbreviation's dot dropped ("Oct. 16" as "Oct 16"):
    ``dateparser`` reads the dot as a separator and gives another day ("Jan. 12, the two
    sides" became 2 December) or none ("Sept. 5 (local time)")."""
    return _DOTTED_MONTH.sub(r"\1", text)


def _in_written_month(found: dt.datetime, text: str) -> bool:
    """Whether ``found`` is in a month ``text`` names, or ``text`` names none (16/10):
    a date in a month the text does not name is ``dateparser`` misreading it."""
    written = {_MONTHS_BY_PREFIX[word[:3].casefold()] for word in _MONTH_WORD.findall(text)}
    return not written or found.month in written


def _written_year(text: str, month: int, day: int) -> int | None:
    """The year written with ``month`` and ``day`` as one date ("October 16, 2023",
    "16/10/2023"), else None.

    ``dateparser`` fills a missing year from its base and reads "October 20-21" as the
    year 2021, and another year in the sentence is another event's ("On October 16,
    when the 2018 agreement was renewed"), as the Chinese pattern's year is next to its
    month too.
    """
    found = _full_date_pattern(_YEAR.pattern, month, day).search(text)
    if found is not None:
        return int(_YEAR.findall(found.group())[0])
    short = _short_year_date(month, day).search(text)
    return _full_year(short["year"] or short["quoted"]) if short else None


def _full_year(written: str | None) -> int | None:
    """A year as written, in full: one of two digits ("22年", "10/20/22", "'22") is this
    century's up to 68, the last one's from 69 ("99年"), as ``strptime``'s ``%y`` reads
    it."""
    if written is None:
        return None
    if len(written) != 2:
        return int(written)
    return (2000 if int(written) < 69 else 1900) + int(written)


def _short_year_date(m: int, d: int) -> re.Pattern[str]:
    """Month ``m`` and day ``d`` with a year of two digits after them: 10/20/22, 20.10.22,
    Oct 20, '22, 20 Oct '22 (with words, the apostrophe: "October 20, 22 officials")."""
    month, day = _month_pattern(m), rf"0?{d}(?:st|nd|rd|th)?"
    return re.compile(
        rf"(?<!\d)(?:0?{m}(?P<a>[-/.])0?{d}(?P=a)|0?{d}(?P<b>[-/.])0?{m}(?P=b))(?P<year>\d{{2}})(?!\d)"
        rf"|\b(?:{month}[-\s]+{day}|{day}[-\s]+(?:of\s+)?{month})\s*,?\s*['’](?P<quoted>\d{{2}})(?!\d)",
        re.IGNORECASE,
    )
