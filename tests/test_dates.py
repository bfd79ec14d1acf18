"""Tests for ``coopllm.dates``: the page's date, and the signing day a date as written
states (the spec's year rule), alone and through ``normalize_draft``."""

from __future__ import annotations

import datetime as dt

import pytest

from coopllm.dates import (
    DATE_MENTION,
    counted_from_page,
    date_and_place,
    dateline_date,
    in_dateline,
    names_no_date,
    only_on_the_page_date_line,
    parse_published,
    reads_either_way,
    resolve_date,
    story_day,
    written_date,
)
from coopllm.normalize import normalize_draft
from coopllm.schema import Agreement, Article, ExtractionDraft

D = dt.date
COLON = "\uff1a"  # full-width colon, as Chinese pages write it


def fullwidth(text: str) -> str:
    """``text`` with ASCII characters turned into their full-width forms ("1" -> U+FF11)."""
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in text)


# --- resolve_date -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date_text", "published", "expected"),
    [
        ("On 17 November", D(2020, 11, 24), D(2020, 11, 17)),
        ("December 28", D(2022, 1, 5), D(2021, 12, 28)),
        ("On the morning of October 20th", D(2021, 11, 2), D(2021, 10, 20)),
        ("On September 15th", D(2022, 9, 20), D(2022, 9, 15)),
        ("On the afternoon of 24 November", D(2020, 11, 24), D(2020, 11, 24)),
        ("the ceremony held on 3 May in Wuhan", D(2023, 6, 1), D(2023, 5, 3)),
        ("On October 20-21", D(2021, 11, 2), D(2021, 10, 20)),
        # An English range is its first day too (dateparser read "October 2-3" as Feb. 3).
        ("On October 2-3", D(2024, 11, 20), D(2024, 10, 2)),
        ("Nov. 1-2", D(2024, 11, 20), D(2024, 11, 1)),
        ("October 30-November 2", D(2024, 11, 20), D(2024, 10, 30)),
        ("May 5\u20137", D(2024, 11, 20), D(2024, 5, 5)),
        ("2-3 October", D(2024, 11, 20), D(2024, 10, 2)),
        ("October 2 and 3", D(2024, 11, 20), D(2024, 10, 2)),
        # A month abbreviation's dot is no separator (dateparser read "Jan. 12" as Dec. 2).
        ("On Jan. 12, the two sides", D(2023, 11, 15), D(2023, 1, 12)),
        ("On Aug. 8, two companies", D(2023, 11, 15), D(2023, 8, 8)),
        ("Sept. 5 (local time)", D(2023, 11, 15), D(2023, 9, 5)),
        ("the morning of Nov. 3 in Ridgeport", D(2023, 11, 15), D(2023, 11, 3)),
        ("10月20日上午", D(2021, 11, 2), D(2021, 10, 20)),
        ("12月28日", D(2022, 1, 5), D(2021, 12, 28)),
        ("5月3日下午", D(2023, 6, 1), D(2023, 5, 3)),
        # Chinese numerals, as official texts write dates; a range is its first day.
        ("十月二十日", D(2023, 11, 1), D(2023, 10, 20)),
        ("十二月三十一日上午", D(2023, 11, 1), D(2022, 12, 31)),
        ("10月20—21日", D(2023, 11, 1), D(2023, 10, 20)),
        ("10月20日至21日", D(2023, 11, 1), D(2023, 10, 20)),
        ("十月二十至二十一日", D(2023, 11, 1), D(2023, 10, 20)),
        ("10月30至11月2日", D(2023, 11, 10), D(2023, 10, 30)),
        ("10月20、21日", D(2023, 11, 1), D(2023, 10, 20)),
        (fullwidth("10") + "月" + fullwidth("20") + "日", D(2021, 11, 2), D(2021, 10, 20)),
    ],
)
def test_resolve_date_without_year_uses_publication(
    date_text: str, published: dt.date, expected: dt.date
) -> None:
    assert resolve_date(date_text, published) == expected


@pytest.mark.parametrize(
    ("date_text", "published", "expected"),
    [
        ("March 31, 2021", D(2020, 6, 1), D(2021, 3, 31)),
        ("on March 31, 2021", D(2023, 1, 10), D(2021, 3, 31)),
        ("March 31, 2021", None, D(2021, 3, 31)),
        ("On the morning of 20 October 2019", D(2021, 1, 1), D(2019, 10, 20)),
        ("October 20 to 21, 2021", None, D(2021, 10, 20)),
        ("On March 5-6, 2024", None, D(2024, 3, 5)),
        ("On Oct. 16, 2023 (local time)", None, D(2023, 10, 16)),
        ("2021年3月31日", D(2024, 1, 1), D(2021, 3, 31)),
        ("2021年3月31日上午", None, D(2021, 3, 31)),
        ("二〇二一年三月三十一日", None, D(2021, 3, 31)),
        ("二零二一年十月二十日下午", D(2024, 1, 1), D(2021, 10, 20)),
        # Zero written with a look-alike, as official texts often do: U+25CB, U+25EF,
        # Latin and full-width O, an Arabic 0.
        ("二○二○年十一月十七日上午", D(2023, 5, 10), D(2020, 11, 17)),
        ("二◯◯五年三月一日", D(2023, 5, 10), D(2005, 3, 1)),
        ("二O二O年十一月十七日", D(2023, 5, 10), D(2020, 11, 17)),
        ("二Ｏ二Ｏ年十一月十七日", D(2023, 5, 10), D(2020, 11, 17)),
        ("二0二0年十一月十七日", D(2023, 5, 10), D(2020, 11, 17)),
    ],
)
def test_resolve_date_keeps_explicit_year(
    date_text: str, published: dt.date | None, expected: dt.date
) -> None:
    assert resolve_date(date_text, published) == expected


@pytest.mark.parametrize(
    ("date_text", "published", "expected"),
    [
        ("On October 16, when the 2018 agreement was renewed", D(2023, 11, 15), D(2023, 10, 16)),
        ("renewed on October 16 the deal first signed in 2019", D(2023, 11, 15), D(2023, 10, 16)),
        ("On 5 May, 18 months after the 2021 memorandum", D(2023, 11, 15), D(2023, 5, 5)),
        ("on 10 March 2022, 18 months after the 2020 deal", D(2023, 11, 15), D(2022, 3, 10)),
        # The year written with the date in other words.
        ("October 16th of 2019", D(2024, 3, 1), D(2019, 10, 16)),
        ("on October 16 in 2019", D(2024, 3, 1), D(2019, 10, 16)),
        ("2019, October 16", D(2024, 3, 1), D(2019, 10, 16)),
        ("On Monday, 16 October 2023, at 10 a.m.", None, D(2023, 10, 16)),
        ("Signed on 16/10/2021", None, D(2021, 10, 16)),
        # Month names between hyphens, and years of two digits: the written year, not
        # the page's (each read as 2023-10-20 before).
        ("Oct-20-2022", D(2023, 11, 5), D(2022, 10, 20)),
        ("signed 20-Oct-2022 in Ridgeport", D(2023, 11, 5), D(2022, 10, 20)),
        ("Oct 20, '22", D(2023, 11, 5), D(2022, 10, 20)),
        ("20 Oct ’22", D(2023, 11, 5), D(2022, 10, 20)),
        ("10/20/22", D(2023, 11, 5), D(2022, 10, 20)),
        ("20.10.22", D(2023, 11, 5), D(2022, 10, 20)),
        ("22年10月20日", D(2023, 11, 5), D(2022, 10, 20)),
        # Two digits after a date in words, without the apostrophe, are no year; nor the
        # end of a range of days; the last century's from 69, as strptime's %y.
        ("October 20, 22 officials signed", D(2023, 11, 5), D(2023, 10, 20)),
        ("10/20-22", D(2024, 11, 5), D(2024, 10, 20)),
        ("99年10月20日", D(2024, 11, 5), D(1999, 10, 20)),
    ],
)
def test_only_a_year_written_with_the_month_and_day_is_the_signing_year(
    date_text: str, published: dt.date | None, expected: dt.date
) -> None:
    """Another year in the sentence (an older agreement's) is not the signing's."""
    assert resolve_date(date_text, published) == expected


@pytest.mark.parametrize(
    "date_text",
    ["农历八月十五日", "农历八月十五", "阴历2023年8月15日", "on the 15th of the lunar month 8"],
)
def test_a_lunar_calendar_date_is_no_date(date_text: str) -> None:
    """Its month and day are not the Gregorian ones: 农历八月十五 of 2023 was September 29,
    and read as written it gave 2023-08-15."""
    assert resolve_date(date_text, D(2023, 10, 1)) is None


@pytest.mark.parametrize(
    ("date_text", "expected"),
    [
        ("2024年1月20日（农历腊月廿九）", D(2024, 1, 20)),
        ("on January 20, ahead of the Lunar New Year", D(2024, 1, 20)),
        ("the lunar rover team, Oct 20", D(2024, 10, 20)),
    ],
)
def test_a_date_beside_a_lunar_word_is_still_its_date(date_text: str, expected: dt.date) -> None:
    """Only the date read is held to the lunar calendar, not the words around it."""
    assert resolve_date(date_text, D(2024, 11, 5)) == expected


@pytest.mark.parametrize(
    ("date_text", "published", "expected"),
    [
        ("去年10月16日", D(2023, 11, 15), D(2022, 10, 16)),
        ("去年12月20日上午", D(2023, 11, 15), D(2022, 12, 20)),
        ("前年3月5日", D(2023, 11, 15), D(2021, 3, 5)),
        ("今年12月1日", D(2023, 11, 15), D(2023, 12, 1)),
        ("明年1月16日", D(2023, 11, 15), D(2024, 1, 16)),
        ("October 16 last year", D(2023, 11, 15), D(2022, 10, 16)),
        ("On 16 October of last year", D(2023, 11, 15), D(2022, 10, 16)),
        ("on Jan. 16 next year", D(2023, 11, 15), D(2024, 1, 16)),
        # "this year's" is no relative year of the date: the date stands.
        (
            "On October 16, this year's exchange programme was agreed",
            D(2023, 11, 15),
            D(2023, 10, 16),
        ),
        ("去年10月16日", None, None),
        ("October 16 last year", None, None),
    ],
)
def test_a_year_relative_to_the_page_is_counted_from_its_year(
    date_text: str, published: dt.date | None, expected: dt.date | None
) -> None:
    """去年, 明年, "last year": the page's year is known, so the offset is exact."""
    assert resolve_date(date_text, published) == expected


@pytest.mark.parametrize(
    ("date_text", "published", "expected"),
    [
        # A Tuesday's page (the blind4 e01's): every reading of "last Thursday" is the 16th.
        ("last Thursday", D(2023, 11, 21), D(2023, 11, 16)),
        ("on last Friday morning", D(2023, 11, 21), D(2023, 11, 17)),
        ("last Tuesday", D(2023, 11, 21), D(2023, 11, 14)),  # a week back
        ("上周二", D(2023, 11, 21), D(2023, 11, 14)),  # the week before, from Monday
        ("上周四上午", D(2023, 11, 21), D(2023, 11, 16)),
        ("上个星期一", D(2023, 11, 26), D(2023, 11, 13)),  # a Sunday's page
    ],
)
def test_a_weekday_of_last_week_is_counted_back_where_every_reading_agrees(
    date_text: str, published: dt.date, expected: dt.date
) -> None:
    assert resolve_date(date_text, published) == expected
    assert counted_from_page(date_text)


@pytest.mark.parametrize(
    ("date_text", "published"),
    [
        ("On 17 November", None),
        ("12月28日", None),
        (None, D(2020, 11, 24)),
        ("", D(2020, 11, 24)),
        ("at the signing ceremony", D(2020, 11, 24)),
        ("last Monday", D(2020, 11, 24)),  # a Tuesday's page: yesterday, or 8 days back?
        ("last Sunday", D(2020, 11, 24)),  # 2 days back, or 9 where weeks start on Sunday?
        ("on Tuesday", None),
        ("the day before yesterday", D(2020, 11, 24)),
        ("In March", D(2020, 11, 24)),
        ("2月30日", D(2021, 3, 1)),
    ],
)
def test_resolve_date_gives_none_when_no_day_can_be_known(
    date_text: str | None, published: dt.date | None
) -> None:
    assert resolve_date(date_text, published) is None


@pytest.mark.parametrize(
    ("date_text", "expected"),
    [
        ("on Tuesday", D(2025, 5, 20)),  # the blind2 c01's gold: a page of Thursday the 22nd
        ("Tuesday morning", D(2025, 5, 20)),
        ("on Thursday", D(2025, 5, 22)),  # the page's own day
        ("on Friday", D(2025, 5, 16)),
        ("周二上午", D(2025, 5, 20)),
        ("星期日", D(2025, 5, 18)),
        ("tuesday", D(2025, 5, 20)),
        ("周二晚", D(2025, 5, 20)),
        ("yesterday", D(2025, 5, 21)),  # the blind3 d01's
        ("Yesterday afternoon", D(2025, 5, 21)),
        ("昨日上午", D(2025, 5, 21)),  # the blind3 d06's
        ("today", D(2025, 5, 22)),
        ("前天", D(2025, 5, 20)),
        ("当地时间周二中午", D(2025, 5, 20)),
    ],
)
def test_a_weekday_alone_is_the_latest_such_day_not_after_the_pages_date(
    date_text: str, expected: dt.date
) -> None:
    """News tells a signing of its own week by its weekday."""
    assert resolve_date(date_text, D(2025, 5, 22)) == expected
    assert counted_from_page(date_text)


@pytest.mark.parametrize(
    ("date_text", "date", "place"),
    [
        ("Tuesday at the Malaysian High Commission in London", "Tuesday",
         "the Malaysian High Commission in London"),
        ("On June 3 in Hefei", "On June 3", "Hefei"),
        ("Yesterday at Lancaster House in central London", "Yesterday",
         "Lancaster House in central London"),  # the blind3 d01's
        ("On the afternoon of December 28 at the Grand Hall, Beijing",
         "On the afternoon of December 28", "the Grand Hall, Beijing"),
        ("Oct. 5 in Washington, D.C.", "Oct. 5", "Washington, D.C."),
        # A month, a weekday, a year, a time or an occasion is no place; nor is a place
        # without a whole date before it, nor a Chinese one but a place's or a building's
        # name and the signing's verb (在京举行, 在访华期间: a review's finds).
        ("Tuesday in Geneva, 4 March 2025", "Tuesday in Geneva, 4 March 2025", None),
        ("June 3 in Hefei at 10 a.m.", "June 3 in Hefei at 10 a.m.", None),
        ("June 3 at Noon", "June 3 at Noon", None),
        ("June 3 at the Invitation of Governor Smith",
         "June 3 at the Invitation of Governor Smith", None),
        ("June 3 in Q2", "June 3 in Q2", None),
        ("3月12日上午在东陵大学", "3月12日上午在东陵大学", None),
        ("3月12日在京举行", "3月12日在京举行", None),
        ("On 17 November in 2024", "On 17 November in 2024", None),
        ("On June 3 in March", "On June 3 in March", None),
        ("June 3 at 10 a.m.", "June 3 at 10 a.m.", None),
        ("At the ceremony in London", "At the ceremony in London", None),
        ("At the City Hall of Riverton", "At the City Hall of Riverton", None),
        ("On the morning of October 20th", "On the morning of October 20th", None),
        # More than a name after the date: the first name is the venue (the blind4's).
        ("last Thursday at the Tennant Building on the University's Kelbridge campus",
         "last Thursday", "Tennant Building"),
        ("Tuesday at a ceremony on the main stage of the Quayside Exhibition Centre.",
         "Tuesday", "Quayside Exhibition Centre"),
        ("Tuesday at a dinner in honour of the mayor", "Tuesday", None),
        ("yesterday at a ceremony in Beijing", "yesterday", "Beijing"),
        # An owner's venue, with the owner (the blind5 f01's).
        ("Monday at Kestrel's Stourton works", "Monday", "Kestrel's Stourton works"),
        ("on Tuesday at Tsinghua University's main building", "on Tuesday",
         "Tsinghua University's main building"),
        # A party's named building after its one word: the building and its campus (the
        # blind18 s04's).
        ("last Thursday in the University's Marlowe Building on the Westgate campus",
         "last Thursday", "Marlowe Building on the Westgate campus"),
        # No venue's name where one would stand: the date alone (a review's finds).
        ("Monday on World Environment Day", "Monday on World Environment Day", None),
        ("May 5 at a forum on Green Finance", "May 5", None),
        ("Tuesday at a ceremony attended by Premier Li Qiang", "Tuesday", None),
        ("Wednesday at a meeting with officials of the Ministry of Education", "Wednesday",
         None),
        ("on Monday in the office of Governor Smith", "on Monday", None),
        ("Thursday at a ceremony held by the Embassy of France", "Thursday", None),
        ("yesterday in the framework of the Belt and Road Initiative", "yesterday", None),
        ("Tuesday at Tsinghua University's main building in Beijing, where the rector spoke",
         "Tuesday", None),
        # "held at" introduces a venue still (a review's find).
        ("on 5 March in a ceremony held at the Great Hall of the People", "on 5 March",
         "Great Hall of the People"),
        ("June 3 at the request of Governor Smith", "June 3 at the request of Governor Smith",
         None),
        ("On June 3 at a ceremony attended by 200 guests at Hale Hall",
         "On June 3 at a ceremony attended by 200 guests at Hale Hall", None),
    ],
)  # fmt: skip
def test_a_place_written_after_the_date_is_split_off(
    date_text: str, date: str, place: str | None
) -> None:
    """The blind2 c01's find: the model wrote the venue into ``date_text``."""
    assert date_and_place(date_text) == (date, place)


def test_normalize_draft_reads_the_date_before_a_place_written_after_it() -> None:
    """The blind2 c01's "Tuesday at the Malaysian High Commission in London": the date is
    read from what comes before the place (the guard moves the place)."""
    agreement = Agreement(date_text="Tuesday at the Malaysian High Commission in London")
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    result = normalize_draft(draft, "No date line here.", D(2025, 5, 22)).agreements[0]
    assert result.date_signed == D(2025, 5, 20)


# --- parse_published ----------------------------------------------------------------------


def _page(date_line: str) -> str:
    """A small page: headline, the date line, and a body with a different date."""
    return (
        "Lakeside University and Northwind Robotics Team Up\n\n"
        f"{date_line}\n\n"
        "On 3 March 2018 the two sides first met in Lakeside.\n"
    )


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        ("Time:2019-05-06   Views:", D(2019, 5, 6)),
        ("Source: Release:2019-05-07 08:30:00 Writer: Hits:", D(2019, 5, 7)),
        ("ByInternational Office;Updated:2019-05-08 16:42:06", D(2019, 5, 8)),
        ("Updated : 2019-05-09Source : Lakeside News", D(2019, 5, 9)),
        ("Time:2019-05-10 12:00:01", D(2019, 5, 10)),
        ("Date: 2019/5/11", D(2019, 5, 11)),
        (f"PUBLISHED{COLON}2019.05.12", D(2019, 5, 12)),
        ("posted : June 13, 2019 by admin", D(2019, 6, 13)),
        ("Updated: Oct. 16, 2019 10:00 a.m.", D(2019, 10, 16)),
        ("Date: Sept. 5, 2019", D(2019, 9, 5)),
        ("Time: 10:00 am  Date: 2019-05-14", D(2019, 5, 14)),
        (f"发布时间{COLON}2019年5月15日 10:00", D(2019, 5, 15)),
        ("时间:2019-05-16", D(2019, 5, 16)),
        (f"日期{COLON}2019/5/17", D(2019, 5, 17)),
        ("更新时间 : 2019.05.18", D(2019, 5, 18)),
        ("发布时间" + fullwidth(":2019-05-19"), D(2019, 5, 19)),
        (f"发布日期{COLON}二〇一九年五月二十日", D(2019, 5, 20)),
        (f"发布日期{COLON}二○一九年五月二十一日", D(2019, 5, 21)),
        # An event's date line is not the page's.
        ("Signing date: 2019-05-01\nTime: 2019-05-22", D(2019, 5, 22)),
        (f"签约时间{COLON}2019-05-01\n发布时间{COLON}2019-05-23", D(2019, 5, 23)),
        (f"活动时间{COLON}2019-05-01 来源：新华网 时间{COLON}2019-05-24", D(2019, 5, 24)),
        (f"签字时间{COLON}2019-05-01\n发布时间{COLON}2019-05-27", D(2019, 5, 27)),
        (f"签名日期{COLON}2019-05-01\n发布日期{COLON}2019-05-28", D(2019, 5, 28)),
        ("Signature date: 2019-05-01\nPublished: 2019-05-29", D(2019, 5, 29)),
        (f"成立时间{COLON}2012-09-01\n发布时间{COLON}2019-06-01", D(2019, 6, 1)),
        (f"培训时间{COLON}2019-05-02\n发布时间{COLON}2019-06-02", D(2019, 6, 2)),
        (f"考察时间{COLON}2019-05-03\n发布日期{COLON}2019-06-03", D(2019, 6, 3)),
        ("Effective date: 2019-07-01\nPublished: 2019-06-04", D(2019, 6, 4)),
        ("Visit date: 2019-05-05\nUpdated: 2019-06-05", D(2019, 6, 5)),
        ("Workshop date: 2019-05-06\nDate: 2019-06-06", D(2019, 6, 6)),
        ("Seminar time: 2019-05-07\nRelease date: 2019-06-07", D(2019, 6, 7)),
        ("Source: World Economic Forum   Date: 2019-05-25", D(2019, 5, 25)),
        # A publication label is the page's whatever event word precedes it.
        ("Home > News > Seminar Published: 2019-06-08", D(2019, 6, 8)),
        (f"栏目{COLON}学术讲座发布时间{COLON}2019-06-09", D(2019, 6, 9)),
        (f"继续教育与培训发布日期{COLON}2019-06-10", D(2019, 6, 10)),
        (f"栏目{COLON}学术活动 发布时间{COLON}2019-05-26", D(2019, 5, 26)),
        # Traditional characters (Taiwan, Hong Kong, Macau pages).
        (f"發佈時間{COLON}2019-05-30 09:00", D(2019, 5, 30)),
        (f"時間{COLON}2019/5/31", D(2019, 5, 31)),
        (f"更新時間{COLON}2019年6月1日", D(2019, 6, 1)),
        (f"簽約時間{COLON}2019-05-01\n發佈時間{COLON}2019-06-02", D(2019, 6, 2)),
        # Taiwan's official years (民國, from 1912) and its pages' colon U+FE30.
        (f"發布日期{COLON}112-06-08", D(2023, 6, 8)),
        (f"發布日期{COLON}民國112年6月8日", D(2023, 6, 8)),
        (f"發布日期{COLON}中華民國112年6月8日", D(2023, 6, 8)),
        ("日期\ufe302019-06-11", D(2019, 6, 11)),
    ],
)
def test_parse_published_reads_labelled_date_line(date_line: str, expected: dt.date) -> None:
    assert parse_published(_page(date_line)) == expected


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        # A time of day after the date is no day (dateparser read "10.00" as the 10th).
        ("Updated: 12 March 2024 at 10.00", D(2024, 3, 12)),
        ("Updated: 12 Mar 2024 10.00 GMT", D(2024, 3, 12)),
        ("First published: Tue 12 Mar 2024 10.00 GMT", D(2024, 3, 12)),
        ("Posted: June 8, 2023 3:45 pm", D(2023, 6, 8)),
        ("Published: 12 Mar 2024 | 5.3K views", D(2024, 3, 12)),
        ("Last Updated: 10:45 AM IST | 12 Mar 2024", D(2024, 3, 12)),
        ("Posted on: Monday · 11th March 2024 · by Admin", D(2024, 3, 11)),
        # Numbers day first where the day is over 12, or dotted; else month first.
        ("Published: 15/03/2024", D(2024, 3, 15)),
        ("Date: 12.03.2024", D(2024, 3, 12)),
        ("Published: 05/01/2024", D(2024, 5, 1)),
    ],
)  # fmt: skip
def test_parse_published_reads_english_pages_times_and_numbers(
    date_line: str, expected: dt.date
) -> None:
    """An English audit's finds: a page's time of day, and dates of numbers day first."""
    assert parse_published(_page(date_line)) == expected


def test_parse_published_reads_a_source_then_its_date() -> None:
    """The blind14 o02's: "来源：江城日报 2025-07-09", the source first; not a signing's
    time after the source ("来源：市政府 签约时间 …" names the event's, and a date with
    more after it than a time is no date line's end)."""
    assert parse_published("标题\n来源：江城日报　2025-07-09\n\n正文") == D(2025, 7, 9)
    assert parse_published("标题\n来源：新华社 2025年7月9日 10:30\n\n正文") == D(2025, 7, 9)
    assert parse_published("标题\n来源：市政府 签约时间：2025-07-08\n\n正文") is None
    assert parse_published("标题\n来源：市政府 2025-07-08 签约仪式\n\n正文") is None
    # a review's finds: an event's time word; a related story's line above the page's own
    assert parse_published("标题\n来源：国际合作处 活动时间 2025-07-08\n\n正文") is None
    related = "标题\n相关阅读\n来源：新华网 2023-05-12\n2025-07-09 来源：江城日报\n\n正文"
    assert parse_published(related) == D(2025, 7, 9)


@pytest.mark.parametrize(
    "text",
    [
        _page("Lakeside News 2019-05-06"),
        _page("Lifetime: 2019-05-06"),
        _page("Time: 10:00 am"),
        _page("Published: 2019-13-40"),
        _page("Posted: 120 comments"),
        _page("Release: 115.3.1"),  # Taiwan's years only after a Chinese label
        _page(f"日期{COLON}112年度计划"),
        "\n".join(["menu item"] * 60 + ["Date: 2019-05-06"]),
        "",
    ],
)
def test_parse_published_never_guesses_from_unlabelled_dates(text: str) -> None:
    assert parse_published(text) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2024年11月08日 07:45\u3000来源：东江日报\u3000记者 周敏", D(2024, 11, 8)),
        ("2024-06-14 10:26:37　来源：党委宣传部　作者：李晓", D(2024, 6, 14)),
        ("2025/1/6 来源: 北辰日报", D(2025, 1, 6)),
        ("2022-01-05 10:23  Source: Harbour Daily", D(2022, 1, 5)),
        # Not the page's: a sentence of the body, a date without its source.
        ("2024年11月08日，甲大学与乙公司签约。来源：新华社", None),
        ("2024年11月08日 甲大学与乙公司签约", None),
        ("签约时间 2024-11-08 来源：甲大学", None),
        # An impossible one is passed over; a labelled line wins over it (a review's finds).
        ("2024-02-30 来源：东江日报\n发布时间：2024-11-08", D(2024, 11, 8)),
        ("2023-05-06 来源：新华网\n发布时间：2024-11-08", D(2024, 11, 8)),
    ],
)  # fmt: skip
def test_parse_published_reads_a_date_line_that_gives_the_pages_source(
    line: str, expected: dt.date | None
) -> None:
    """Chinese news pages write the date, its time and the source under the headline, with
    no label (the blind2 and blind3 sets' pages: their 昨日 counts from it)."""
    assert parse_published(f"甲乙签约\n{line}\n\n昨日上午，甲乙签约。") == expected


@pytest.mark.parametrize(
    "text",
    ["2022-01-05 10:23  Source: Harbour Daily\n\nThe two sides signed.",
     "Posted January 5, 2022 by the press office.", "发布于2022年1月5日",
     "Harbour Daily, 5th Jan. 2022", "二〇二二年一月五日 港城日报", "二〇二二年 一月 五号",
     "二○二二年一月五日 港城日报"],
)  # fmt: skip
def test_normalize_draft_keeps_model_published_written_without_a_label(text: str) -> None:
    draft = ExtractionDraft(article=Article(published=D(2022, 1, 5)))
    assert normalize_draft(draft, text).article.published == D(2022, 1, 5)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("LONDON, 5 January 2022 — Harbourline and Bluefin signed an MoU.", True),
        ("MOU Signing Ceremony, 5 January 2022 - Harbourline and Bluefin signed an MoU.", False),
        ("Newport News, Va., January 5, 2022 — Harbourline and Bluefin signed an MoU.", True),
        ("New Delhi, India, January 5, 2022 /PRNewswire/ -- IIT Delhi signed an MoU.", True),
        ("On 5 January 2022 – the deal was signed.", False),
        ("The two signed on 5 January 2022 — a first.", False),
    ],
)  # fmt: skip
def test_a_release_dateline_is_the_pages_date_though_its_sentence_signs(
    text: str, kept: bool
) -> None:
    draft = ExtractionDraft(article=Article(published=D(2022, 1, 5)))
    assert (normalize_draft(draft, text).article.published is not None) is kept


@pytest.mark.parametrize(
    ("date_text", "published", "expected", "either_way"),
    [
        # A signing date of numbers: month first, as dateparser reads them, unless that is
        # after the page, or the day is over 12, or the date is dotted.
        ("on 12/03/2024", D(2024, 3, 15), D(2024, 3, 12), None),
        ("12/03/2024", D(2024, 12, 5), D(2024, 12, 3), D(2024, 3, 12)),
        ("15/03/2024", None, D(2024, 3, 15), None),
        ("12.03.2024", None, D(2024, 3, 12), None),
        ("10/20/22", None, D(2022, 10, 20), None),
        ("05/05/2024", None, D(2024, 5, 5), None),
        # ... and said to read either way where both days may be.
        ("05/03/2024", D(2024, 6, 1), D(2024, 5, 3), D(2024, 3, 5)),
        ("on 12/3", D(2024, 3, 15), D(2023, 12, 3), D(2024, 3, 12)),
        # Not a date of numbers: a range, a year first, a decimal.
        ("12-13 March 2024", None, D(2024, 3, 12), None),
        ("2023/6/8", None, D(2023, 6, 8), None),
    ],
)  # fmt: skip
def test_a_signing_date_of_numbers_is_read_by_the_page_and_doubted_when_ambiguous(
    date_text: str, published: dt.date | None, expected: dt.date, either_way: dt.date | None
) -> None:
    assert resolve_date(date_text, published) == expected
    assert reads_either_way(date_text, published) == either_way


@pytest.mark.parametrize(
    "text",
    ["Sept. 5, 2023", "Sep 5, 2023", "5 September 2023", "09/05/2023", "5th of September, 2023",
     "September 5 , 2023"],
)  # fmt: skip
def test_a_publication_date_is_found_as_pages_write_it(text: str) -> None:
    assert written_date(D(2023, 9, 5), f"Harbour Daily, {text}") == D(2023, 9, 5)


@pytest.mark.parametrize(
    "text", ["二〇二二年一月六日", "二〇二二年十一月五日", "二〇二一年一月五日"]
)
def test_a_publication_date_in_chinese_numerals_is_another_day(text: str) -> None:
    assert written_date(D(2022, 1, 5), text) is None


@pytest.mark.parametrize(
    "text",
    ["Harbourline signs pact with Bluefin | 2022-01-05 | Harbour Daily",
     "Harbourline signs pact with Bluefin\n5 January 2022\nThe two sides signed it there.",
     "Posted January 5, 2022. The two sides signed a supply pact.",
     "港城大学与蓝鳍公司签约\n2022年1月5日　来源：港城日报"],
)  # fmt: skip
def test_a_publication_date_beside_a_signing_headline_is_the_pages(text: str) -> None:
    assert written_date(D(2022, 1, 5), text) == D(2022, 1, 5)


@pytest.mark.parametrize(
    "text",
    ["Harbourline and Bluefin first signed a supply pact on January 5, 2022. Both met again.",
     "On 5 January 2022, the two sides put pen to paper on a supply pact.",
     "甲大学与乙公司曾于2022年1月5日签署框架协议。",
     "港城日报\n" + "The two sides met again.\n" * 40 + "Posted January 5, 2022"],
)  # fmt: skip
def test_a_date_the_body_gives_a_signing_or_past_the_head_is_not_the_pages(text: str) -> None:
    """Spec: ``article.published`` is the page's own date lines; an earlier signing's date
    taken as the page's would give every year-less signing date its year."""
    assert written_date(D(2022, 1, 5), text) is None


def test_a_body_signing_date_gives_a_year_less_signing_date_no_year() -> None:
    draft = ExtractionDraft(
        article=Article(published=D(2022, 1, 5)),
        agreements=[Agreement(date_text="On 9 March")],
    )
    text = "Harbourline and Bluefin signed a pact on 5 January 2022. On 9 March they signed more."
    normalized = normalize_draft(draft, text)
    assert (normalized.article.published, normalized.agreements[0].date_signed) == (None, None)


def test_normalize_draft_drops_a_model_published_the_text_does_not_write() -> None:
    """An invented publication date would give every year-less signing date its year."""
    draft = ExtractionDraft(
        article=Article(published=D(2022, 1, 5)),
        agreements=[Agreement(date_text="On 17 November")],
    )
    normalized = normalize_draft(draft, "On 17 November the two sides signed (ref. 2022-1-50).")
    assert normalized.article.published is None
    assert normalized.agreements[0].date_signed is None


@pytest.mark.parametrize(
    ("date_text", "claimed", "expected"),
    [
        # A year-less date on a page without a date has no year to take (the spec): the
        # model's year is a guess.
        ("On 17 November", D(2020, 11, 17), None),
        ("On 17 November", D(2020, 11, 18), None),
        ("12月28日", D(2021, 12, 28), None),
        ("On 17 November 2020", D(2021, 11, 17), D(2020, 11, 17)),
        ("at the ceremony", D(2020, 11, 17), None),
        (None, D(2020, 11, 17), None),
    ],
)
def test_normalize_draft_takes_the_signing_date_from_date_text_alone(
    date_text: str | None, claimed: dt.date, expected: dt.date | None
) -> None:
    draft = ExtractionDraft(
        article=Article(published=None),
        agreements=[Agreement(date_text=date_text, date_signed=claimed)],
    )
    assert normalize_draft(draft, "No date line here.").agreements[0].date_signed == expected


@pytest.mark.parametrize(
    ("date_text", "expected"),
    [
        ("3日", D(2024, 3, 3)),
        ("28日上午", D(2024, 2, 28)),  # after the publication this month: the month before
        ("本月3日", D(2024, 3, 3)),
        ("上月28日", D(2024, 2, 28)),
        ("二十八日", D(2024, 2, 28)),
        ("昨天下午", D(2024, 3, 4)),  # a day told from the page's, doubted by the guard
        ("30日", None),  # February has none, and the 30th of March is after publication
        # English (the blind7 h02's "signed on the 14th").
        ("on the 3rd", D(2024, 3, 3)),
        ("the 28th", D(2024, 2, 28)),
        ("the 3rd of this month", D(2024, 3, 3)),
        ("on the 28th of last month", D(2024, 2, 28)),
        ("the 3rd anniversary", None),
        ("the 6th of this month", None),  # after the page (a review's find)
    ],
)
def test_a_date_without_its_month_takes_the_publications(
    date_text: str, expected: dt.date | None
) -> None:
    """Chinese news writes "3日，…签署" under a dated page: the spec's year rule, for the
    month."""
    assert resolve_date(date_text, D(2024, 3, 5)) == expected
    assert resolve_date(date_text, None) is None


@pytest.mark.parametrize(
    ("date_text", "expected"),
    [
        ("10月16號", D(2024, 10, 16)),
        ("10月16號上午", D(2024, 10, 16)),
        ("上個月16日", D(2024, 10, 16)),
        ("本月16號", D(2024, 11, 16)),
        ("去年10月16號", D(2023, 10, 16)),
    ],
)
def test_a_date_in_traditional_characters_is_read_as_its_simplified_form(
    date_text: str, expected: dt.date
) -> None:
    """Taiwan, Hong Kong and Macau news write 號 for 号 and 個 for 个."""
    assert resolve_date(date_text, D(2024, 11, 20)) == expected


@pytest.mark.parametrize(
    ("date_text", "expected"),
    [("今（5）日", D(2023, 12, 5)), ("昨（4）日下午", D(2023, 12, 4)), ("今(5)日", D(2023, 12, 5)),
     ("明（6）日", None), ("(5)日", None), ("第（5）日", None)],
)  # fmt: skip
def test_a_taiwan_day_in_brackets_is_that_day(date_text: str, expected: dt.date | None) -> None:
    """今（5）日, 昨（4）日: today the 5th, yesterday the 4th, as Taiwan's news writes it."""
    assert resolve_date(date_text, D(2023, 12, 5)) == expected


_PAGE = "甲省与乙集团签约\n发布时间：2025-04-22 08:30  来源：甲省日报\n\n4月20日上午，双方签约。"


@pytest.mark.parametrize(
    ("value", "text", "only_there"),
    [
        ("2025-04-22", _PAGE, True),
        ("4月20日上午", _PAGE, False),  # the body's
        ("2025-04-21", _PAGE, False),  # not in the text at all
        ("2024-05-20", "Updated: 2024-05-20\nOn 2024-05-20, A and B signed an MoU.", False),
        ("2024-05-20", "Title\nTime: 2024-05-20 | Views: 12\nOn May 16, A and B signed.", True),
        ("2024-05-20", "Signing date: 2024-05-20\nA and B signed an MoU.", False),  # an event's
        ("14 March 2024", "LONDON, 14 March 2024 — A and B signed an MoU.", False),  # a dateline
        # A paragraph that opens with "UPDATE:" is a sentence, not the page's date line
        # (the blind65 bn05's).
        (
            "8 September",
            "Title\nScience Desk | Updated: 9 September 2025\n\nA and B will sign an MoU.\n\n"
            "UPDATE: The memorandum was signed on 8 September.",
            False,
        ),
        ("2025-04-22", "\n" * 45 + "发布时间：2025-04-22\n", False),  # below the page's head
        ("2025-04-20", "标题\n发布时间：2025-04-22 签约日期：2025-04-20\n", False),  # the signing's
        ("2024年11月08日", "标题\n2024年11月08日 07:45 来源：东江日报\n\n昨日上午签约。", True),
        ("11月08日", "标题\n2024年11月08日 07:45 来源：东江日报\n\n昨日上午签约。", True),
        # The blind8 i01's: the model gave the label with the date.
        ("Updated: 2025-05-06 20:41", "Wire | Updated: 2025-05-06 20:41\n\nA signed.", True),
        ("发布时间：2025-04-22 08:30", _PAGE, True),
        # The blind13 n04's: a press release's date alone under its headline.
        ("September 17", "Acme signs two deals\nSeptember 17, 2025\n\nAcme signed.", True),
        ("2025-09-17", "Acme signs\n2025-09-17\n\nAcme signed.", True),
        # a date alone far down the page is no head's
        ("September 17", "Acme\n" + "x\n" * 8 + "September 17, 2025\n", False),
        # nor one a line above labels as another's (a review's find)
        ("2025年9月15日", "甲乙签约\n签约时间\n2025年9月15日\n\n双方签署合作协议。", False),
        # nor a date in a line that says more
        ("September 17", "Acme\nSeptember 17, 2025, the two signed.\n", False),
    ],
)  # fmt: skip
def test_a_value_only_on_the_page_date_line(value: str, text: str, only_there: bool) -> None:
    """The page's own date line, as ``parse_published`` reads it, and nowhere else."""
    assert only_on_the_page_date_line(value, text) is only_there


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("LEEDS, 5 March 2024 — Kestrel Alloys said", dt.date(2024, 3, 5)),
        ("CAMBRIDGE, Mass., Sept. 10, 2024 -- Halvorsen", dt.date(2024, 9, 10)),
        ("SUZHOU, China, May 3, 2025 -- Verdant", dt.date(2025, 5, 3)),
        # No year, no dash, or no place first: no dateline's date.
        ("BEIJING, March 3 (Xinhua) -- Two", None),
        ("LEEDS, 5 March 2024. Kestrel", None),
        ("On 5 March 2024 — the two signed", None),
        ("MOU Signing Ceremony, 5 March 2018 - photos", None),
        # A menu's line (a review's find): no comma ends a place before the date.
        ("Open Day 12 June 2021 – book your campus tour", None),
    ],
)
def test_a_releases_dateline_gives_its_date(head: str, date: dt.date | None) -> None:
    """The blind5 f01's "LEEDS, 5 March 2024 —", whose model gave no page date."""
    assert dateline_date(f"Kestrel and Wendlebury agree\n\n{head} more.") == date


@pytest.mark.parametrize(
    ("head", "published", "day"),
    [
        # A wire filed the day before its page: its "today" is the dateline's day, its year
        # the page's (the blind78 ca05's "GEORGE TOWN, Sept 7 --" on a page of 8 September).
        ("GEORGE TOWN, Sept 7 -- Two pacts were signed here today.", D(2026, 9, 8), D(2026, 9, 7)),
        ("KLANG, Dec 30 (Bernama) -- Signed today.", D(2027, 1, 2), D(2026, 12, 30)),
        ("LEEDS, 5 March 2024 — Kestrel signed today.", D(2024, 3, 9), D(2024, 3, 5)),
        ("新华社南宁5月11日电（记者 覃雯）双方昨天签署协议。", D(2025, 5, 12), D(2025, 5, 11)),
        # The page's own day, a day after it, or weeks before it: the page's date.
        ("GEORGE TOWN, Sept 8 -- Signed here today.", D(2026, 9, 8), D(2026, 9, 8)),
        ("GEORGE TOWN, Sept 9 -- Signed here today.", D(2026, 9, 8), D(2026, 9, 8)),
        ("GEORGE TOWN, Aug 7 -- Signed here today.", D(2026, 9, 8), D(2026, 9, 8)),
        # No dateline, or no page date to take a year from.
        ("On Sept 7 -- the two signed.", D(2026, 9, 8), D(2026, 9, 8)),
        ("GEORGE TOWN, Sept 7 -- Signed here today.", None, None),
    ],
)  # fmt: skip
def test_a_story_counts_its_days_from_its_dateline(
    head: str, published: dt.date | None, day: dt.date | None
) -> None:
    assert story_day(f"Two pacts inked\n\n{head}\n\nMore text.", published) == day


def test_a_signing_told_as_yesterday_counts_from_the_dateline() -> None:
    """Normalisation reads the model's "yesterday" against the dateline's day, and keeps
    the page's date as the article's (the spec's ``article.published``)."""
    text = "Port pact signed\n\nNAIROBI, Oct 13 -- The port and the college signed it yesterday."
    draft = ExtractionDraft(
        article=Article(title=None), agreements=[Agreement(date_text="yesterday")]
    )
    normalized = normalize_draft(draft, text, D(2025, 10, 14))
    assert normalized.article.published == D(2025, 10, 14)
    assert normalized.agreements[0].date_signed == D(2025, 10, 12)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("两校签署备忘录\n\n2024年12月3日\n\n11月28日，两校签署…", dt.date(2024, 12, 3)),
        ("Two colleges sign\n3 December 2024\nOn the 28th they signed", dt.date(2024, 12, 3)),
        ("Two colleges sign\nDecember 3, 2024 10:30\nThey signed", dt.date(2024, 12, 3)),
        # A date in a sentence, or far below the head, says not whose date it is.
        ("Two colleges sign\n3 December 2024 was the day they signed.", None),
        ("Two colleges sign" + "\n\nA paragraph." * 4 + "\n2024年12月3日", None),
    ],
)
def test_a_head_line_that_is_a_date_alone_gives_the_page_date(
    text: str, date: dt.date | None
) -> None:
    """The blind7 h06's page prints its date alone under the headline, with no label, and
    its model gave none: "11月28日" had no year to take."""
    assert dateline_date(text) == date


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("It was signed on 3 June in the Great Hall.", ["on 3 June"]),
        ("Beta last Thursday signed two deals, dated June 3, 2024.",
         ["last Thursday", "June 3, 2024"]),
        ("It was signed on Tuesday, 4 June 2024, and on the 14th.",
         ["on Tuesday, 4 June 2024", "on the 14th"]),
        ("记者12日获悉，甲大学9日与乙公司签署协议。", ["12日", "9日"]),
        ("上月28日、5月9日、上周五下午、昨天，双方签约。",
         ["上月28日", "5月9日", "上周五", "昨天"]),
        # No day: a modal "may", a building's number, a year alone.
        ("We may 5 times meet in 2号楼 in 2024.", []),
        # Wire copy's weekday alone; a review's finds that are no day: an ordinal of a
        # fair, a floor or a plan, a shopping day, a name, 目前天然气, 30日内.
        ("The two signed the MoU Tuesday.", ["Tuesday"]),
        ("They signed at the 7th China International Import Expo on the 2nd floor.", []),
        ("It supports the 14th Five-Year Plan, ahead of Black Friday.", []),
        ("周一鸣与周三平签署了目前天然气领域的协议，30日内交付。", []),
        ("甲公司周五与乙公司签署协议，上周一下午签约。", ["周五", "上周一"]),
        # "today" right after the signing's verb (the blind78 ca05's); not "in force today".
        ("Two pacts were signed here today, and a third is signed today.", ["today", "today"]),
        ("The pact they signed in May is still in force today.", []),
    ],
)  # fmt: skip
def test_the_days_a_sentence_writes(sentence: str, days: list[str]) -> None:
    assert [found.group().strip() for found in DATE_MENTION.finditer(sentence)] == days


@pytest.mark.parametrize(
    ("line", "dateline"),
    [("LONDON, 14 March 2024 — A and B signed.", True),
     ("HAILAN, May 6 (Xinhua) -- A and B signed.", True),  # the blind8 i01's
     ("On 14 March 2024 — A and B signed.", False),
     ("A and B signed on 14 March 2024 (local time).", False)],
)  # fmt: skip
def test_a_releases_dateline(line: str, dateline: bool) -> None:
    found = next(DATE_MENTION.finditer(line))
    assert in_dateline(line, *found.span()) is dateline


@pytest.mark.parametrize(
    ("date_text", "no_date"),
    [("Under a Strategic Cooperation Agreement", True), ("At the City Hall of Riverton", True),
     ("双方签署协议", True), ("Tuesday", False), ("last spring", False), ("2024", False),
     ("上周五", False), ("二〇二四年", False), ("去年", False), ("earlier this month", False),
     ("当天上午", False), ("近日", False), ("春节前夕", False), ("the same day", False),
     ("over the weekend", False)],  # a review's finds
)  # fmt: skip
def test_a_date_text_that_names_no_date(date_text: str, no_date: bool) -> None:
    """Words a model gave as the date (the blind8 i03's) are no date; a year, a season, a
    weekday or a month are one, though no day."""
    assert names_no_date(date_text) is no_date
