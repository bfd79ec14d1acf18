"""Tests for the deterministic clean-up: ``coopllm.normalize`` and the rules it applies,
``coopllm.dates`` and ``coopllm.titles``."""

from __future__ import annotations

import datetime as dt

import pytest

from coopllm.dates import parse_published, reads_either_way, resolve_date, written_date
from coopllm.grounding import SourceIndex
from coopllm.guard import Checker, apply_guard
from coopllm.normalize import normalize_draft, script_language
from coopllm.schema import (
    Agreement,
    Article,
    ExtractionDraft,
    Party,
    PartyKind,
    Signatory,
    within_bounds,
)
from coopllm.titles import split_title

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
    ("date_text", "published"),
    [
        ("On 17 November", None),
        ("12月28日", None),
        (None, D(2020, 11, 24)),
        ("", D(2020, 11, 24)),
        ("at the signing ceremony", D(2020, 11, 24)),
        ("yesterday", D(2020, 11, 24)),
        ("last Friday", D(2020, 11, 24)),
        ("In March", D(2020, 11, 24)),
        ("2月30日", D(2021, 3, 1)),
    ],
)
def test_resolve_date_gives_none_when_no_day_can_be_known(
    date_text: str | None, published: dt.date | None
) -> None:
    assert resolve_date(date_text, published) is None


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


# --- split_title --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Vice President Chen Qingguo", ("Vice President", "Chen Qingguo")),
        ("Dean Gao Zhenhai", ("Dean", "Gao Zhenhai")),
        ("Prof. Luo Xiaobing", ("Prof.", "Luo Xiaobing")),
        ("Dr. Zou Mingqing", ("Dr.", "Zou Mingqing")),
        ("Chairman Okamura Seiji", ("Chairman", "Okamura Seiji")),
        ("General Manager Li Wei", ("General Manager", "Li Wei")),
        ("Deputy General Manager Zhao Lei", ("Deputy General Manager", "Zhao Lei")),
        ("Vice-President Sun Hao", ("Vice-President", "Sun Hao")),
        ("Dr.Wang Fang", ("Dr.", "Wang Fang")),
        ("副校长陈庆国", ("副校长", "陈庆国")),
        ("院长张三", ("院长", "张三")),
        ("总经理 李四", ("总经理", "李四")),
        ("常务副校长王五", ("常务副校长", "王五")),
        # Traditional characters: read as Simplified, kept as written.
        ("校長張三", ("校長", "張三")),
        ("總經理王五", ("總經理", "王五")),
        ("黨委書記、副校長 林濤", ("黨委書記、副校長", "林濤")),
        # Titles of universities abroad, boards, embassies, and research posts.
        ("Rector Li Wei", ("Rector", "Li Wei")),
        ("Vice Provost Anna Berg", ("Vice Provost", "Anna Berg")),
        ("Chairwoman Li Wei", ("Chairwoman", "Li Wei")),
        ("Managing Director Li Wei", ("Managing Director", "Li Wei")),
        ("Consul General Li Wei", ("Consul General", "Li Wei")),
        ("Chief Executive Officer Li Wei", ("Chief Executive Officer", "Li Wei")),
        ("研究员李伟", ("研究员", "李伟")),
        ("高级工程师李伟", ("高级工程师", "李伟")),
        ("总监李伟", ("总监", "李伟")),
        ("校长王", ("校长", "王")),  # a surname alone, as "President Wang"
    ],
)
def test_split_title_splits_known_titles(name: str, expected: tuple[str, str]) -> None:
    assert split_title(name) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Chen Qingguo",
        "陈庆国",
        "Deanna Troi",
        "Dean",
        "Vice President",
        "校长",
        "副校长 教授",
        "總經理",
        "Head of Department Wang",
        # A title and one character that is no surname: a word (rostrum, presidium); and
        # a title's word going on (embassy, consulate general).
        "主席台",
        "校长团",
        "大使馆王五",
        "主席团王五",
        "总领事馆李四",
        "张家港行长",
        "张家口市委书记",  # a place's office (a review's find)
    ],
)
def test_split_title_leaves_names_without_a_title_or_without_a_name(name: str) -> None:
    assert split_title(name) == (None, name)


# --- normalize_draft ----------------------------------------------------------------------

_TEXT = (
    "Lakeside University Signs Agreement with Northwind Robotics\n"
    "Time:2020-11-24   Views:\n\n"
    "On 17 November, Vice President Chen Qingguo of Lakeside University (LU) and ...\n"
)


def _two_agreement_draft() -> ExtractionDraft:
    first = Agreement(
        date_text="On 17 November",
        date_signed=D(2019, 11, 17),
        parties=[
            Party(name="LU"),
            Party(name="Northwind Robotics Co., Ltd.", aliases=["NWR"], kind=PartyKind.COMPANY),
            Party(name="Lakeside University", aliases=["l.u."], kind=PartyKind.UNIVERSITY),
        ],
        signatories=[
            Signatory(name="Vice President Chen Qingguo", organization="LU"),
            Signatory(),
        ],
        witnesses=[Signatory(name="院长张三"), Signatory(name=None, title=None)],
    )
    second = Agreement(
        date_text="March 31, 2021",
        date_signed=D(2020, 3, 31),
        parties=[Party(name="N.W.R."), Party(name="LU")],
    )
    return ExtractionDraft(
        article=Article(title="Lakeside signs", published=D(2019, 1, 1)),
        agreements=[first, second],
    )


def test_normalize_draft_takes_published_from_text_and_resolves_dates() -> None:
    result = normalize_draft(_two_agreement_draft(), _TEXT)
    assert result.article.published == D(2020, 11, 24)
    assert [a.date_signed for a in result.agreements] == [D(2020, 11, 17), D(2021, 3, 31)]


def test_normalize_draft_merges_parties_within_an_agreement() -> None:
    parties = normalize_draft(_two_agreement_draft(), _TEXT).agreements[0].parties
    assert [(p.name, p.aliases, p.kind) for p in parties] == [
        ("Lakeside University", ["LU"], PartyKind.UNIVERSITY),
        ("Northwind Robotics Co., Ltd.", ["NWR"], PartyKind.COMPANY),
    ]


@pytest.mark.parametrize(
    ("written", "other"),
    [("ＡＢＣ大学", "ABC大学"), ("Université Laval", "Universite\u0301 Laval")],
)
def test_one_organisation_in_full_width_or_decomposed_letters_is_one_party(
    written: str, other: str
) -> None:
    parties = [Party(name=written), Party(name=other), Party(name="HUST")]
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(parties=parties)])
    merged = normalize_draft(draft, f"{written} and HUST signed; {other} said.").agreements[0]
    assert len(merged.parties) == 2, merged.parties


def test_normalize_draft_uses_one_canonical_name_across_agreements() -> None:
    parties = normalize_draft(_two_agreement_draft(), _TEXT).agreements[1].parties
    assert [(p.name, p.aliases) for p in parties] == [
        ("Northwind Robotics Co., Ltd.", ["N.W.R."]),
        ("Lakeside University", ["LU"]),
    ]


def test_normalize_draft_splits_titles_and_drops_empty_people() -> None:
    agreement = normalize_draft(_two_agreement_draft(), _TEXT).agreements[0]
    assert agreement.signatories == [
        Signatory(name="Chen Qingguo", title="Vice President", organization="LU")
    ]
    assert agreement.witnesses == [Signatory(name="张三", title="院长")]


def test_normalize_draft_names_a_party_by_the_fullest_name_the_text_writes() -> None:
    """An expansion the model made of an abbreviation ("HUST", which two universities
    use) is no name the text gives: the party keeps the fullest one it does, in every
    agreement, and so does a person said to act for the expansion."""
    expanded = "Huazhong University of Science and Technology"
    text = "HUST and Riverbend Power signed two agreements; Lin Tao signed for HUST."
    hust = Party(name="HUST", aliases=[expanded])
    draft = ExtractionDraft(
        article=Article(),
        agreements=[
            Agreement(
                parties=[hust, Party(name="Riverbend Power")],
                signatories=[Signatory(name="Lin Tao", organization=expanded)],
            ),
            Agreement(parties=[Party(name=expanded), Party(name="Riverbend Power")]),
        ],
    )
    first, second = normalize_draft(draft, text, written=lambda name: name in text).agreements
    assert [(p.name, p.aliases) for p in first.parties + second.parties] == [
        ("HUST", [expanded]),
        ("Riverbend Power", []),
        ("HUST", [expanded]),
        ("Riverbend Power", []),
    ]
    assert first.signatories[0].organization == "HUST"
    # Without a way to tell what the text writes: the fullest name of all, and no person's
    # organisation is touched.
    unknown = normalize_draft(draft, text).agreements[0]
    assert (unknown.parties[0].name, unknown.signatories[0].organization) == (expanded, expanded)


@pytest.mark.parametrize(
    ("organization", "expected"),
    [("Korea Battery Agency (KBA)", "Korea Battery Agency"),  # not written so: the party's
     ("KBA", "KBA")],  # written: it stays
)  # fmt: skip
def test_a_persons_organisation_the_text_does_not_write_takes_its_partys_name(
    organization: str, expected: str
) -> None:
    text = "Kim Min of the Korea Battery Agency (the KBA) signed the memorandum."
    party = Party(name="Korea Battery Agency (KBA)")
    person = Signatory(name="Kim Min", organization=organization)
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(parties=[party], signatories=[person])]
    )
    (agreement,) = normalize_draft(draft, text, written=lambda name: name in text).agreements
    assert [(p.name, p.aliases) for p in agreement.parties] == [("Korea Battery Agency", ["KBA"])]
    assert agreement.signatories[0].organization == expected


def test_a_body_the_text_names_is_not_renamed_after_a_party_sharing_a_name() -> None:
    """A parent group's chairman witnessing its subsidiary's signing acts for the group,
    though the model gave the subsidiary the group's name as an alias."""
    text = "Yang Jie, chairman of China Mobile, witnessed China Mobile Hubei Co. sign it."
    party = Party(name="China Mobile Hubei Co.", aliases=["China Mobile"])
    witness = Signatory(name="Yang Jie", title="chairman", organization="China Mobile")
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(parties=[party], witnesses=[witness])]
    )
    (agreement,) = normalize_draft(draft, text, written=lambda name: name in text).agreements
    assert agreement.witnesses[0].organization == "China Mobile"


def test_normalize_draft_does_not_change_its_input() -> None:
    draft = _two_agreement_draft()
    normalize_draft(draft, _TEXT)
    assert draft == _two_agreement_draft()


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
    ("written", "given", "kept"),
    [
        ("Tata Steel Limited", "Tata Steel Ltd", "Tata Steel Limited"),
        ("Wipro Limited", "Wipro Ltd.", "Wipro Limited"),
        ("Microsoft Corporation", "Microsoft Corp.", "Microsoft Corporation"),
        ("Bharat Electronics Ltd.", "Bharat Electronics Limited", "Bharat Electronics Ltd."),
        ("Bluefin Marine", "Bluefin Marine Co., Ltd.", "Bluefin Marine"),
        # Not a name of another body the text writes (a review's finds).
        ("Beta Technology Institute", "Beta Technology Co., Ltd.", None),
        ("Sony Corp. of America", "Sony Corporation", None),
        ("北京科技大学", "北京科技有限公司", None),
        # ... but the whole name before a bracket, a title, a Chinese 与 (a review's).
        ("Acme Robotics (Acme)", "Acme Robotics Inc.", "Acme Robotics"),
        ("Tata Steel CEO T V Narendran", "Tata Steel Ltd", "Tata Steel"),
        ("中国移动", "中国移动有限公司", "中国移动"),
        ("“中国移动”", "中国移动有限公司", "中国移动"),
        ("中華電信", "中華電信股份有限公司", "中華電信"),
    ],
)
def test_a_party_named_with_a_legal_form_the_text_does_not_write_takes_the_texts(
    written: str, given: str, kept: str | None
) -> None:
    """It was dropped as not in the article (an English audit's find)."""
    text = (
        f"{written}与IIT Madras签约。"
        if written[0] >= "\u4e00"
        else f"{written} and IIT Madras signed an MoU."
    )
    draft = ExtractionDraft(
        article=Article(),
        agreements=[Agreement(parties=[Party(name=given), Party(name="IIT Madras")])],
    )
    checker = Checker(SourceIndex(text))
    guarded, warnings = apply_guard(normalize_draft(draft, text, None, checker.grounded), checker)
    assert [p.name for p in guarded.agreements[0].parties] == [*([kept] if kept else []),
                                                               "IIT Madras"]  # fmt: skip
    said = "alias" if kept else "party"
    assert warnings == [f"dropped {said} '{given}': not in the article"]


@pytest.mark.parametrize(
    ("written", "name", "title"),
    [
        ("H.E. Mr. Jean-Luc Moreau", "Jean-Luc Moreau", None),
        ("Hon. Mary Kamau", "Mary Kamau", None),
        ("Sir Tim Berners-Lee", "Tim Berners-Lee", None),
        ("Dato' Seri Anwar Ibrahim", "Anwar Ibrahim", None),
        ("Tan Sri Ahmad Zaki", "Ahmad Zaki", None),
        ("Smt. Anita Rao", "Anita Rao", None),
        ("Shri Giridhar Aramane", "Giridhar Aramane", None),
        ("Her Excellency Ms. Ada Reyes", "Ada Reyes", None),
        # Names that begin so: Hon (a Cantonese surname) without a dot, Sri, Sheikh.
        ("Hon Lai Chun", "Hon Lai Chun", None),
        ("Dato' Sri Mohd Najib", "Mohd Najib", None),
        ("Tun Dr. Mahathir Mohamad", "Mahathir Mohamad", "Dr."),
        ("Minister Lord Ahmad", "Lord Ahmad", "Minister"),  # Lord is no title alone
        ("Datin Seri Rosmah Mansor", "Rosmah Mansor", None),
        ("Tun Tun Naing", "Tun Tun Naing", None),  # a Burmese name: Tun only before "Dr"
        (
            "Vice-Chancellor Professor Barnabas Nawangwe",
            "Barnabas Nawangwe",
            "Vice-Chancellor Professor",
        ),
        ("Sri Mulyani Indrawati", "Sri Mulyani Indrawati", None),
        ("Sheikh Hasina", "Sheikh Hasina", None),
        ("Prime Minister Narendra Modi", "Narendra Modi", "Prime Minister"),
        ("Senior Vice President Tom O'Neill", "Tom O'Neill", "Senior Vice President"),
        ("Registrar Ramesh Babu", "Ramesh Babu", "Registrar"),
        ("Assoc. Prof. Mark Ellison", "Mark Ellison", "Assoc. Prof."),
        ("Gov. Jane Whitfield", "Jane Whitfield", "Gov."),
        ("Lord Mayor Jane Doe", "Jane Doe", "Lord Mayor"),
    ],
)
def test_english_honorifics_leave_a_name_and_titles_become_the_title(
    written: str, name: str, title: str | None
) -> None:
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(signatories=[Signatory(name=written)])]
    )
    person = normalize_draft(draft, "").agreements[0].signatories[0]
    assert (person.name, person.title) == (name, title)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Riverside University Vice-Chancellor Jane Doe",
         ("Jane Doe", "Vice-Chancellor", "Riverside University")),
        ("Acme CEO John Roe", ("John Roe", "CEO", "Acme")),
        ("Acme's CEO John Roe", ("John Roe", "CEO", "Acme")),
        ("Ministry of Education Secretary John Roe", ("John Roe", "Secretary",
                                                      "Ministry of Education")),
        # Words before the title that name no organisation: the title alone is split.
        ("Senior Vice President Tom O'Neill", ("Tom O'Neill", "Senior Vice President", None)),
        ("Harbour Town Mayor Jane Doe", ("Harbour Town Mayor Jane Doe", None, None)),
    ],
)  # fmt: skip
def test_an_english_name_after_its_organisation_and_title_is_split_in_three(
    written: str, expected: tuple[str, str | None, str | None]
) -> None:
    """An English audit's find: the title and organisation stayed in the name."""
    agreement = Agreement(
        parties=[Party(name="Acme Robotics")], signatories=[Signatory(name=written)]
    )
    person = normalize_draft(ExtractionDraft(article=Article(), agreements=[agreement]), "")
    signer = person.agreements[0].signatories[0]
    assert (signer.name, signer.title, signer.organization) == expected


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
    ("person", "expected"),
    [
        (
            Signatory(name="Dean Gao Zhenhai", title="Dean"),
            Signatory(name="Gao Zhenhai", title="Dean"),
        ),
        (
            Signatory(name="Dean Smith", title="Professor"),
            Signatory(name="Dean Smith", title="Professor"),
        ),
    ],
)
def test_normalize_draft_respects_a_title_the_model_already_gave(
    person: Signatory, expected: Signatory
) -> None:
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(signatories=[person])])
    assert normalize_draft(draft, "").agreements[0].signatories == [expected]


def test_merged_aliases_past_the_schema_bound_are_cut_after_the_guard_and_said() -> None:
    """A merge keeps every alias it collects: the guard drops those the article does not
    write, and only then is a party cut to its bound, each alias cut said. They were cut
    silently in normalisation, where invented ones could push out the article's own."""
    left = Party(name="Lakeside University", aliases=["LU", "A1", "A2", "A3", "A4", "A5"])
    right = Party(name="L.U.", aliases=["B1", "B2", "B3", "B4", "B5"])
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(parties=[left, right])])
    party = normalize_draft(draft, "").agreements[0].parties[0]
    assert (party.name, party.aliases) == ("Lakeside University", left.aliases + right.aliases)
    bounded, cut = within_bounds(Agreement(parties=[party]))
    assert bounded.parties[0].aliases == left.aliases
    assert cut == [
        f"dropped alias 'B{i}' of 'Lakeside University': a party holds at most 6 aliases"
        for i in range(1, 6)
    ]
    text = "Lakeside University (LU) signed, as did its units B1, B2, B3, B4 and B5."
    guarded, warnings = apply_guard(normalize_draft(draft, text), Checker(SourceIndex(text)))
    kept = guarded.agreements[0].parties[0]
    assert kept.aliases == ["LU", *right.aliases]
    assert within_bounds(guarded.agreements[0])[1] == []
    assert warnings == [f"dropped alias 'A{i}': not in the article" for i in range(1, 6)]


def test_script_language_overrides_a_wrong_cjk_claim() -> None:
    assert script_language("Two universities signed an agreement.", "zh") == "en"
    assert script_language("Zwei Hochschulen unterzeichneten einen Vertrag.", "de") == "de"
    assert script_language("江北理工大学与星辰智能签署战略合作框架协议。", "en") == "zh"
    assert script_language("大学と企業が協定を締結しました。", "zh") == "ja"
    assert script_language("대학과 기업이 협약을 체결했다", "en") == "ko"


def test_normalize_draft_completes_a_person_described_once() -> None:
    signer = Signatory(name="Chen Qingguo", title="Vice President", organization="LU")
    draft = ExtractionDraft(
        article=Article(),
        agreements=[
            Agreement(signatories=[signer], witnesses=[Signatory(name="Chen Qingguo")]),
            Agreement(
                witnesses=[
                    Signatory(name="chen qingguo", title="Professor"),
                    Signatory(name="Wu Fang"),
                ]
            ),
        ],
    )
    first, second = normalize_draft(draft, _TEXT).agreements
    assert first.witnesses == [signer]
    assert second.witnesses == [
        Signatory(name="chen qingguo", title="Professor", organization="LU"),
        Signatory(name="Wu Fang"),
    ]


def test_normalize_draft_turns_a_role_written_as_a_name_into_an_unnamed_signer() -> None:
    role = "head of the Testing Institute"
    draft = ExtractionDraft(
        article=Article(),
        agreements=[
            Agreement(signatories=[Signatory(name=role), Signatory(name="Kim Min-jun")]),
        ],
    )
    signers = normalize_draft(draft, _TEXT).agreements[0].signatories
    assert signers == [Signatory(name=None, title=role), Signatory(name="Kim Min-jun")]


@pytest.mark.parametrize(
    ("written", "title", "expected"),
    [
        ("Vice President of Lakeside University Li Wei", None,
         ("Li Wei", "Vice President", "Lakeside University")),
        ("Dean of the School of Law Zhang San", None, ("Zhang San", "Dean", "the School of Law")),
        ("Director of Lakeside Marine Research Institute Li Wei", None,
         ("Li Wei", "Director", "Lakeside Marine Research Institute")),
        ("Li Wei (President of Lakeside University)", None,
         ("Li Wei", "President", "Lakeside University")),
        ("Li Wei (Dean)", None, ("Li Wei", "Dean", None)),
        # Not after a field: as often more of the role, or a company (a review's finds).
        ("Head of Research Asia Pacific", None, (None, "Head of Research Asia Pacific", None)),
        ("Head of Research Morgan Stanley", None,
         (None, "Head of Research Morgan Stanley", None)),
        # The model's own title stands; the name is no longer lost with the role.
        ("Director of the Office Li Wei", "Director", ("Li Wei", "Director", "the Office")),
        ("李伟（湖畔大学校长）", None, ("李伟", "湖畔大学校长", None)),
        # A party's name, an organisation's word, an institution's Chinese name: no one's.
        ("Representative of Lakeside University Bluefin Marine", None,
         (None, "Representative of Lakeside University Bluefin Marine", None)),
        ("President of Lakeside University Press", None,
         (None, "President of Lakeside University Press", None)),
        ("湖畔大学（校长）", None, ("湖畔大学（校长）", None, None)),
        # Roles alone, whose last two words are a place's or a body's (a review's finds).
        ("Governor of New South Wales", None, (None, "Governor of New South Wales", None)),
        ("President of the Czech Republic", None,
         (None, "President of the Czech Republic", None)),
        ("Head of the Chinese Delegation", None, (None, "Head of the Chinese Delegation", None)),
        ("Representative of the Ministry of Foreign Affairs", None,
         (None, "Representative of the Ministry of Foreign Affairs", None)),
        ("Chairman of Bluefin Li Wei", None, (None, "Chairman of Bluefin Li Wei", None)),
        # The brackets hold the person, not the role.
        ("Acme Robotics (President Li Wei)", None,
         ("Acme Robotics (President Li Wei)", None, None)),
    ],
)  # fmt: skip
def test_a_name_written_after_its_role_or_before_it_in_brackets_is_kept(
    written: str, title: str | None, expected: tuple[str | None, str | None, str | None]
) -> None:
    """Read as a role alone, "Vice President of Lakeside University Li Wei" became an
    unnamed signer: the name the article gives was lost, and wholly where the model gave
    a title too."""
    draft = ExtractionDraft(
        article=Article(),
        agreements=[
            Agreement(
                parties=[Party(name="Bluefin Marine Co., Ltd.")],
                signatories=[Signatory(name=written, title=title)],
            )
        ],
    )
    signer = normalize_draft(draft, _TEXT).agreements[0].signatories[0]
    assert (signer.name, signer.title, signer.organization) == expected


@pytest.mark.parametrize(
    ("written", "is_role"),
    [("检测所负责人", True), ("双方代表", True), ("张代表", False), ("王领导", False),
     ("檢測所負責人", True),  # Traditional characters
     ("Mary Ann Head", False), ("林涛", False),
     ("Maria de la Cruz", False)],
)  # fmt: skip
def test_roles_written_as_chinese_names_are_unnamed_signers(written: str, is_role: bool) -> None:
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(signatories=[Signatory(name=written)])]
    )
    (signer,) = normalize_draft(draft, _TEXT).agreements[0].signatories
    expected = Signatory(name=None, title=written) if is_role else Signatory(name=written)
    assert signer == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Li Wei of Lakeside University",
         Signatory(name="Li Wei", organization="Lakeside University")),
        ("Li Wei for Lakeside University",
         Signatory(name="Li Wei", organization="Lakeside University")),
        ("Dr. Li Wei of Lakeside University",
         Signatory(name="Li Wei", title="Dr.", organization="Lakeside University")),
        ("Maria de la Cruz of Northwind Robotics",
         Signatory(name="Maria de la Cruz", organization="Northwind Robotics")),
        # A role before "of" is no name.
        ("Director of the Testing Institute", Signatory(title="Director of the Testing Institute")),
        ("Legal Representative of Northwind Robotics",
         Signatory(title="Legal Representative of Northwind Robotics")),
        ("the head of the institute", Signatory(title="the head of the institute")),
    ],
)  # fmt: skip
def test_a_name_written_with_whom_it_acts_for_is_kept(written: str, expected: Signatory) -> None:
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(signatories=[Signatory(name=written)])]
    )
    assert normalize_draft(draft, _TEXT).agreements[0].signatories == [expected]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Mr. Gao Feng", Signatory(name="Gao Feng")),
        ("Mr Gao Feng", Signatory(name="Gao Feng")),
        ("Ms. Tan Yu", Signatory(name="Tan Yu")),
        ("Ms Tan Yu", Signatory(name="Tan Yu")),
        ("Mrs. Olsen", Signatory(name="Olsen")),
        ("Madam Xu Lan", Signatory(name="Xu Lan")),
        ("Madam. Xu Lan", Signatory(name="Xu Lan")),
        ("Mr. Gao Feng of Lakeside University",
         Signatory(name="Gao Feng", organization="Lakeside University")),
        # A form of address alone, or a name that starts like one, stays.
        ("Mr.", Signatory(name="Mr.")),
        ("Msimang Thabo", Signatory(name="Msimang Thabo")),
        ("MR. GAO FENG", Signatory(name="GAO FENG")),
        ("MS Subramaniam", Signatory(name="MS Subramaniam")),  # initials, in capitals
        ("MRS Olsen", Signatory(name="MRS Olsen")),
    ],
)  # fmt: skip
def test_a_form_of_address_is_no_part_of_the_name_nor_a_title(
    written: str, expected: Signatory
) -> None:
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(signatories=[Signatory(name=written)])]
    )
    assert normalize_draft(draft, _TEXT).agreements[0].signatories == [expected]


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        (Signatory(name="Gao Feng, President of Lakeside University"),
         Signatory(name="Gao Feng", title="President", organization="Lakeside University")),
        (Signatory(name="Tan Yu, Dean of the School of Physics at Lakeside University"),
         Signatory(name="Tan Yu", title="Dean",
                   organization="the School of Physics at Lakeside University")),
        (Signatory(name="Gao Feng, Director, Northwind Robotics"),
         Signatory(name="Gao Feng", title="Director", organization="Northwind Robotics")),
        (Signatory(name="Tan Yu, Vice President"),
         Signatory(name="Tan Yu", title="Vice President")),
        (Signatory(name="Zhang Wei, chief representative"),
         Signatory(name="Zhang Wei", title="chief representative")),
        # "of" what no organisation's word names: the role goes on.
        (Signatory(name="Zhang Wei, Head of Delegation"),
         Signatory(name="Zhang Wei", title="Head of Delegation")),
        (Signatory(name="Tan Yu, Director of KBIPA"),
         Signatory(name="Tan Yu", title="Director", organization="KBIPA")),
        # "of" or "for" a field: the title's, the organisation after it.
        (Signatory(name="Tan Yu, Dean of Engineering, Lakeside University"),
         Signatory(name="Tan Yu", title="Dean of Engineering",
                   organization="Lakeside University")),
        (Signatory(name="Tan Yu, Vice President for Research and Innovation"),
         Signatory(name="Tan Yu", title="Vice President for Research and Innovation")),
        # ... not a field of several after commas, a region, a company (a review's finds).
        (Signatory(name="Tan Yu, Minister of Science, Technology and Innovation"),
         Signatory(name="Tan Yu", title="Minister of Science, Technology and Innovation")),
        (Signatory(name="Tan Yu, Head of Business Development, Asia Pacific"),
         Signatory(name="Tan Yu", title="Head of Business Development, Asia Pacific")),
        (Signatory(name="Tan Yu, President of Alpha Technology, Beta Group"),
         Signatory(name="Tan Yu", title="President", organization="Alpha Technology, Beta Group")),
        # What the model gave stays.
        (Signatory(name="Gao Feng, President of Lakeside University", title="Professor",
                   organization="LU"),
         Signatory(name="Gao Feng", title="Professor", organization="LU")),
        # No role after the comma: as written.
        (Signatory(name="Olsen, Karin"), Signatory(name="Olsen, Karin")),
        (Signatory(name="Tan Yu, Ph.D."), Signatory(name="Tan Yu, Ph.D.")),
    ],
)  # fmt: skip
def test_a_name_written_with_its_role_after_a_comma_is_kept(
    person: Signatory, expected: Signatory
) -> None:
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(signatories=[person])])
    assert normalize_draft(draft, _TEXT).agreements[0].signatories == [expected]


def _parties_of(*parties: Party, text: str = "") -> list[tuple[str, list[str]]]:
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(parties=list(parties))])
    merged = normalize_draft(draft, text).agreements[0].parties
    return [(p.name, p.aliases) for p in merged]


def test_two_organisations_that_list_one_alias_stay_two() -> None:
    """ "学校" stands for each university of an article, "HUST" for two of them (the
    spec's example): an alias both list does not make them one."""
    assert [name for name, _ in _parties_of(
        Party(name="武汉大学", aliases=["学校"]), Party(name="华中科技大学", aliases=["学校"]),
    )] == ["武汉大学", "华中科技大学"]  # fmt: skip
    huazhong = Party(name="Huazhong University of Science and Technology", aliases=["HUST"])
    hunan = Party(name="Hunan University of Science and Technology", aliases=["HUST"])
    assert len(_parties_of(huazhong, hunan)) == 2
    # A party named by the alias does join the one that lists it.
    assert _parties_of(huazhong, Party(name="HUST")) == [
        ("Huazhong University of Science and Technology", ["HUST"])
    ]


def test_a_party_written_with_and_without_its_legal_form_in_one_answer_is_one() -> None:
    """One answer's "Dunmore Glass Ltd." and "Dunmore Glass" (as a chunk merge joins two
    answers'): the fuller name, the other its alias. Another body whose name only begins
    the same stays apart."""
    assert _parties_of(Party(name="Dunmore Glass Ltd."), Party(name="Dunmore Glass")) == [
        ("Dunmore Glass Ltd.", ["Dunmore Glass"])
    ]
    assert _parties_of(Party(name="湖畔光电有限公司"), Party(name="湖畔光电")) == [
        ("湖畔光电有限公司", ["湖畔光电"])
    ]
    assert (
        len(_parties_of(Party(name="Dunmore Glass Ltd."), Party(name="Dunmore Glass Group"))) == 2
    )


def test_a_campus_or_place_in_brackets_is_part_of_the_name() -> None:
    """Two campuses of one university are two parties, and a city's campus is not the
    city's government; only a bracketed abbreviation of the name is an alias."""
    assert _parties_of(Party(name="湖畔大学（北京）"), Party(name="湖畔大学（深圳）")) == [
        ("湖畔大学（北京）", []),
        ("湖畔大学（深圳）", []),
    ]
    assert _parties_of(
        Party(name="Lakeside University (Ridgeport)"), Party(name="Lakeside University (East)")
    ) == [("Lakeside University (Ridgeport)", []), ("Lakeside University (East)", [])]
    assert _parties_of(
        Party(name="中国湖畔地质大学（武汉）"), Party(name="武汉市人民政府", aliases=["武汉"])
    ) == [("中国湖畔地质大学（武汉）", []), ("武汉市人民政府", ["武汉"])]


@pytest.mark.parametrize(
    ("written", "name", "alias"),
    [
        ("Lakeside University (LU)", "Lakeside University", "LU"),
        ("Ridgeport Polytechnic University (PolyU)", "Ridgeport Polytechnic University", "PolyU"),
        ("Northwind Robotics (N.W.R.)", "Northwind Robotics", "N.W.R."),
        ("北风智能科技有限公司（NWT）", "北风智能科技有限公司", "NWT"),
        ("湖畔科技大学（湖科大）", "湖畔科技大学", "湖科大"),
    ],
)
def test_an_abbreviation_in_brackets_is_an_alias(written: str, name: str, alias: str) -> None:
    assert _parties_of(Party(name=written)) == [(name, [alias])]


@pytest.mark.parametrize("generic", ["the Group Company", "该集团公司", "該集團公司"])
def test_a_generic_alias_is_no_party_name_however_long(generic: str) -> None:
    assert _parties_of(Party(name="TCL", aliases=[generic])) == [("TCL", [generic])]


@pytest.mark.parametrize(
    ("written", "title", "name"),
    [
        ("党委书记、校长张三", "党委书记、校长", "张三"),
        ("董事长兼总经理王五", "董事长兼总经理", "王五"),
        ("教授级高工王五", None, "教授级高工王五"),  # the title goes on: no name split
        ("主任委员王五", None, "主任委员王五"),
    ],
)
def test_chinese_titles_chained_or_longer_than_known(
    written: str, title: str | None, name: str
) -> None:
    assert split_title(written) == (title, name)


@pytest.mark.parametrize(
    ("written", "title", "name"),
    [
        ("林涛教授", "教授", "林涛"),
        ("周明远院士", "院士", "周明远"),
        ("韩雪博士", "博士", "韩雪"),
        ("钱立 副校长", "副校长", "钱立"),
        ("欧阳晓峰校长", "校长", "欧阳晓峰"),
        ("宋文杰党委书记、校长", "党委书记、校长", "宋文杰"),
        ("林海涛校长", "校长", "林海涛"),
        # A place or a company before an office reads as a surname and a name.
        ("苏州市长", None, "苏州市长"),
        ("江苏省长", None, "江苏省长"),
        ("石家庄市长", None, "石家庄市长"),
        ("华为总裁", None, "华为总裁"),
        ("万科董事长", None, "万科董事长"),
        ("林涛校长", None, "林涛校长"),  # in doubt, whole: a two-character name or a brand
        # No personal name before the title: an organisation, a surname alone, nothing.
        ("校长", None, "校长"),
        ("学院院长", None, "学院院长"),
        ("林业局局长", None, "林业局局长"),
        ("王副校长", None, "王副校长"),
        ("张院长", None, "张院长"),
    ],
)
def test_a_title_after_a_chinese_name_is_split(written: str, title: str | None, name: str) -> None:
    assert split_title(written) == (title, name)


def test_a_chinese_name_titled_before_or_after_is_one_person() -> None:
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(
        signatories=[Signatory(name="校长林海涛", organization="江北理工大学")],
        witnesses=[Signatory(name="林海涛校长"), Signatory(name="周明远院士")],
    )])  # fmt: skip
    agreement = normalize_draft(draft, "text").agreements[0]
    assert agreement.witnesses == [
        Signatory(name="林海涛", title="校长", organization="江北理工大学"),
        Signatory(name="周明远", title="院士"),
    ]


@pytest.mark.parametrize(
    ("written", "title", "name"),
    [
        ("校长办公室主任林涛", "校长办公室主任", "林涛"),
        ("院长办公室副主任宋文杰", "院长办公室副主任", "宋文杰"),
        ("董事长秘书韩雪", "董事长秘书", "韩雪"),
        ("市长秘书钱立", "市长秘书", "钱立"),
        ("主任医师周明远", "主任医师", "周明远"),
        ("Deputy Director General Gao Feng", "Deputy Director General", "Gao Feng"),
        ("Deputy Director-General Gao Feng", "Deputy Director-General", "Gao Feng"),
        ("Professor Emeritus Tan Yu", "Professor Emeritus", "Tan Yu"),
        ("President-elect Tan Yu", "President-elect", "Tan Yu"),
        # In doubt, no split: what would remain holds a title word or is no name's length.
        ("校长特别顾问林涛", None, "校长特别顾问林涛"),
        ("主任科员林涛", None, "主任科员林涛"),
        ("校长林涛、副校长韩雪", None, "校长林涛、副校长韩雪"),
        ("Director General Manager Gao", None, "Director General Manager Gao"),
        ("Vice President and Provost Tan Yu", None, "Vice President and Provost Tan Yu"),
    ],
)
def test_a_compound_title_is_split_whole_or_not_at_all(
    written: str, title: str | None, name: str
) -> None:
    assert split_title(written) == (title, name)


def test_a_compound_title_the_model_gave_leaves_the_name_alone() -> None:
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(signatories=[
        Signatory(name="Professor Emeritus Tan Yu", title="Professor Emeritus"),
        Signatory(name="校长办公室主任林涛", title="校长办公室主任"),
    ])])  # fmt: skip
    people = normalize_draft(draft, "text").agreements[0].signatories
    assert [(p.name, p.title) for p in people] == [
        ("Tan Yu", "Professor Emeritus"),
        ("林涛", "校长办公室主任"),
    ]


def test_each_field_of_a_person_comes_from_the_entry_that_states_it() -> None:
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(
        signatories=[Signatory(name="Lin Tao", title="Vice President")],
        witnesses=[Signatory(name="Lin Tao", organization="Wuhan University")],
    )])  # fmt: skip
    agreement = normalize_draft(draft, "Lin Tao of Wuhan University signed.").agreements[0]
    people = [*agreement.signatories, *agreement.witnesses]
    assert {(p.title, p.organization) for p in people} == {("Vice President", "Wuhan University")}


def test_a_chinese_name_with_a_middle_dot_is_chinese() -> None:
    """U+30FB, as in 约翰・史密斯, is written in Chinese too: no proof of Japanese."""
    assert script_language("公司总裁约翰・史密斯出席签约仪式。", "zh") == "zh"
    assert script_language("フォーラムで署名した。", "en") == "ja"


@pytest.mark.parametrize(
    ("text", "claimed", "expected"),
    [
        ("湖畔大学与北风汽车（ホクフウ自動車）签署协议，双方将在氢能领域开展合作。", "zh", "zh"),
        ("北风电子（북풍전자）与湖畔大学签署合作备忘录，双方将在芯片领域合作。", "zh", "zh"),
        ("Lakeside College signed an MoU with the Northwind Battery Association "
         "(북풍배터리협회) on May 10 to train battery engineers together.", "en", "en"),
        ("Lakeside College and Hokufu Motors (ホクフウ自動車) signed a memorandum "
         "on hydrogen research and joint training.", "en", "en"),
    ],
)  # fmt: skip
def test_a_word_in_another_script_does_not_change_the_language(
    text: str, claimed: str, expected: str
) -> None:
    """A Japanese or Korean name in brackets is a name, not the article's language."""
    assert script_language(text, claimed) == expected


def test_kanji_dense_japanese_is_japanese() -> None:
    """A press release's Japanese holds few kana (under a fifth of its letters here), but
    its particles and endings run through it; a Chinese article's bracketed Japanese
    name does not."""
    japanese = ("湖畔大学と北風工業大学、学術交流協定を締結　東京で調印式。両大学は研究者"
                "の相互派遣と共同研究を進め、水素技術の人材育成で協力する。")  # fmt: skip
    assert script_language(japanese, "zh") == "ja"
    chinese = "湖畔大学与北风汽车（ホクフウ自動車の研究所）签署协议，双方将在氢能领域开展合作。"
    assert script_language(chinese * 3, "ja") == "zh"


def test_one_person_given_twice_is_one_entry() -> None:
    """A long article's chunks each gave the signer, once with the title in the name."""
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(signatories=[
        Signatory(name="Vice President Lin Tao"),
        Signatory(name="Lin Tao", title="Vice President", organization="Wuhan University"),
        Signatory(title="head", organization="Acme Corp"),
        Signatory(title="head", organization="Acme Corp"),
    ])])  # fmt: skip
    people = normalize_draft(draft, "text").agreements[0].signatories
    assert [(p.name, p.title, p.organization) for p in people] == [
        ("Lin Tao", "Vice President", "Wuhan University"),
        (None, "head", "Acme Corp"),
    ]


@pytest.mark.parametrize(
    ("date_text", "expected"),
    [
        ("3日", D(2024, 3, 3)),
        ("28日上午", D(2024, 2, 28)),  # after the publication this month: the month before
        ("本月3日", D(2024, 3, 3)),
        ("上月28日", D(2024, 2, 28)),
        ("二十八日", D(2024, 2, 28)),
        ("昨天下午", None),  # relative to a page date that may be later than the writing
        ("30日", None),  # February has none, and the 30th of March is after publication
        ("星期日", None),  # Sunday, no day of the month
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
    ("text", "name", "expected"),
    [
        ("Lakeside University signed with Bluefin Marine Co., Ltd. on May 1. Bluefin Marine "
         "will fund two labs.", "Bluefin Marine", ("Bluefin Marine Co., Ltd.", ["Bluefin Marine"])),
        # Written only with its legal form: the shorter name is no alias the text uses.
        ("Lakeside University signed with Corvan Inc. on May 1.", "Corvan", ("Corvan Inc.", [])),
        ("Lakeside University signed with Orion Tools GmbH.", "Orion Tools",
         ("Orion Tools GmbH", [])),
        # Already with one, or the text writes none after it: as the model gave it.
        ("Lakeside University signed with Corvan Inc.", "Corvan Inc.", ("Corvan Inc.", [])),
        ("Lakeside University signed with Corvan.", "Corvan", ("Corvan", [])),
        # A legal form in its capitals, whole and ending the name (a review's finds).
        ("Lakeside University signed with Bluefin Marine, limited to offshore research.",
         "Bluefin Marine", ("Bluefin Marine", [])),
        ("State Grid signed; State Grid Corporation of China said.", "State Grid",
         ("State Grid", [])),
        ("Sinochem signed. Sinochem Corporation-wide plans.", "Sinochem", ("Sinochem", [])),
        ("Sony signed; Sony Corp. of America said.", "Sony", ("Sony", [])),
        ("Lakeside University signed with Corvan Inc. of San Jose.", "Corvan",
         ("Corvan Inc.", [])),
        # Chinese names run into the words around them: 甲科技 is not 浙江甲科技有限公司's.
        ("湖畔大学与浙江甲科技有限公司签约。", "甲科技", ("甲科技", [])),
    ],
)  # fmt: skip
def test_a_party_takes_the_legal_form_the_text_writes_after_its_name(
    text: str, name: str, expected: tuple[str, list[str]]
) -> None:
    """The spec's party name is the fullest the text gives: "Bluefin Marine" scored a
    miss against "Bluefin Marine Co., Ltd." (under the fuzzy threshold)."""
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(parties=[Party(name=name)])])
    party = normalize_draft(draft, text).agreements[0].parties[0]
    assert (party.name, party.aliases) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("华东理工大学副校长张建国", ("张建国", "副校长", "华东理工大学")),
        ("浙江大學教授李明", ("李明", "教授", "浙江大學")),
        ("浙江大学城市学院院长李明", ("李明", "院长", "浙江大学城市学院")),
        ("郭基煇先生", ("郭基煇", None, None)),
        ("党委常委、副校长刘强", ("刘强", "党委常委、副校长", None)),
        ("省委副书记、省长许刚", ("许刚", "省委副书记、省长", None)),
        ("司长王五", ("王五", "司长", None)),
        # What the rules cannot split stays whole: the guard then finds it or not; and
        # what follows a title without a surname is no name (a review's finds).
        ("中国建设银行四川省分行行长王勇", ("中国建设银行四川省分行行长王勇", None, None)),
        ("甲大学校长代表", (None, "甲大学校长代表", None)),
        ("乙公司董事长一行", ("乙公司董事长一行", None, None)),
        ("常委会王五", ("常委会王五", None, None)),
    ],
)
def test_a_chinese_person_written_with_organisation_title_or_address_is_split(
    written: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    """As Chinese news names a person at first mention (a Chinese audit's finds): the
    whole string was the name, and the guard dropped it as not in the article."""
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(signatories=[Signatory(name=written)])]
    )
    signer = normalize_draft(draft, _TEXT).agreements[0].signatories[0]
    assert (signer.name, signer.title, signer.organization) == expected


@pytest.mark.parametrize(
    ("date_text", "expected"),
    [("今（5）日", D(2023, 12, 5)), ("昨（4）日下午", D(2023, 12, 4)), ("今(5)日", D(2023, 12, 5)),
     ("明（6）日", None), ("(5)日", None), ("第（5）日", None)],
)  # fmt: skip
def test_a_taiwan_day_in_brackets_is_that_day(date_text: str, expected: dt.date | None) -> None:
    """今（5）日, 昨（4）日: today the 5th, yesterday the 4th, as Taiwan's news writes it."""
    assert resolve_date(date_text, D(2023, 12, 5)) == expected


def test_a_party_written_with_and_without_an_ampersand_is_one_party() -> None:
    """ "Science & Technology" and "Science and Technology": one university, written both
    ways in English news (two parties before)."""
    draft = ExtractionDraft(
        article=Article(),
        agreements=[
            Agreement(
                parties=[
                    Party(name="Huazhong University of Science & Technology", aliases=["HUST"]),
                    Party(name="Huazhong University of Science and Technology"),
                ]
            )
        ],
    )
    parties = normalize_draft(draft, _TEXT).agreements[0].parties
    assert [(p.name, p.aliases) for p in parties] == [
        ("Huazhong University of Science and Technology", ["HUST"])
    ]
