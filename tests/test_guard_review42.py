"""The twenty-sixth read-only review's finds in the forty-second set's rules as first written
(never committed; the review ran each case on them), on texts of its own: a university or a
city is no short form of a company named after it; one document of a series, or a series
begun, does not give its witness to another; "witnessed it alongside" after an earlier
signing, or a thing unveiled, or "the groundbreaking ceremony", adds no witness; a
Traditional page's "論壇期間", "雲端", "總部" are no venues, nor a groundbreaking's hall
after "签署协议后"; "将与…签订的《…》提交" (将 as 把) is no signing to come. And a bracketed
weekday in a byline's date line."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.dates import parse_published
from coopllm.schema import Agreement

_MARCH = dt.date(2026, 3, 3)


def test_a_university_is_no_short_form_of_its_holding_company() -> None:
    text = (
        "3月2日，澄江大学与澄川市人民政府签署《战略合作协议》，澄江大学副校长周成与副市长唐静签约。"
        "同日，澄江大学控股集团有限公司与北辰储能集团有限公司签署《技术转化合作协议》。\n"
    )
    city = Agreement(title="战略合作协议", parties=named_parties("澄江大学", "澄川市人民政府"))
    holding = Agreement(
        title="技术转化合作协议",
        parties=named_parties("澄江大学控股集团有限公司", "北辰储能集团有限公司"),
    )
    kept, _ = guarded(text, _MARCH, city, holding)
    assert [p.name for p in kept[0].parties] == ["澄江大学", "澄川市人民政府"]


def _witnessed(text: str, published: dt.date = _MARCH) -> list[list[str]]:
    strategic = Agreement(
        title="战略合作协议",
        parties=named_parties("澄川市人民政府", "北辰储能集团有限公司"),
        witnesses=named_people("李远航"),
    )
    project = Agreement(
        title="储能电站项目投资协议",
        parties=named_parties("澄川高新区管委会", "北辰储能集团有限公司"),
    )
    kept, _ = guarded(text, published, strategic, project)
    return [[w.name or "" for w in a.witnesses] for a in kept]


def test_the_first_document_of_a_series_keeps_its_witness() -> None:
    text = (
        "3月2日上午，在市委书记李远航的见证下，澄川市人民政府与北辰储能集团有限公司签署《战略合作协议》，"
        "这是双方系列合作协议中的第一份。3月2日下午，澄川高新区管委会与北辰储能集团有限公司在高新区签署"
        "《储能电站项目投资协议》。\n"
    )
    assert _witnessed(text) == [["李远航"], []]


def test_a_series_begun_gives_its_first_signings_witness_to_no_later_one() -> None:
    text = (
        "3月2日，澄川市与北辰储能系列合作签约活动启动，首场签约在市行政中心举行。市委书记李远航见证签约。"
        "3月9日，澄川高新区管委会与北辰储能集团有限公司签署《储能电站项目投资协议》。\n"
    )
    assert _witnessed(text, dt.date(2026, 3, 10)) == [["李远航"], []]


_SIGNED = "Orrin Robotics and Vessa Steel signed a supply agreement on Thursday in Port Ely. "


@pytest.mark.parametrize(
    "after",
    [
        "The two firms had signed a memorandum of understanding in 2023. Mayor Dana Holt "
        "witnessed it alongside State Senator Ravi Menon.",
        "After the signing, the firms unveiled a welding robot. Mayor Dana Holt witnessed it "
        "alongside State Senator Ravi Menon.",
        "After the agreement was signed, Mayor Dana Holt witnessed the groundbreaking ceremony "
        "alongside State Senator Ravi Menon.",
    ],
)
def test_who_witnessed_something_else_alongside_a_witness_is_none(after: str) -> None:
    given = Agreement(
        title="supply agreement",
        parties=named_parties("Orrin Robotics", "Vessa Steel"),
        witnesses=named_people("Dana Holt"),
    )
    kept, _ = guarded(f"{_SIGNED}{after}\n", dt.date(2025, 9, 29), given)
    assert [w.name for w in kept[0].witnesses] == ["Dana Holt"]


@pytest.mark.parametrize("venue", ["論壇期間", "雲端", "總部"])
def test_a_traditional_pages_time_or_cloud_is_no_venue(venue: str) -> None:
    text = (
        f"【本報訊】浸灣學院昨日與深圳市航石科技有限公司簽署合作備忘錄。簽約儀式在{venue}舉行，由副校長"
        "陳家樂與航石科技總經理王志明代表雙方簽署。\n"
    )
    given = Agreement(
        title="合作備忘錄",
        parties=named_parties("浸灣學院", "深圳市航石科技有限公司"),
        signatories=named_people("陳家樂", "王志明"),
    )
    kept, _ = guarded(text, _MARCH, given)
    assert kept[0].location is None


def test_a_groundbreaking_after_the_signing_gives_no_venue() -> None:
    text = (
        "3月2日，澄川市人民政府与北辰储能集团有限公司签署战略合作协议。副市长周成与北辰储能副总裁唐静代表"
        "双方签署协议后，基地奠基仪式在高新区科创中心举行。\n"
    )
    given = Agreement(
        title="战略合作协议",
        parties=named_parties("澄川市人民政府", "北辰储能集团有限公司"),
        signatories=named_people("周成", "唐静"),
    )
    kept, _ = guarded(text, _MARCH, given)
    assert kept[0].location is None


def test_a_signed_agreement_put_to_the_shareholders_is_no_signing_to_come() -> None:
    text = (
        "公司与澄川市人民政府签订了协议，由副总裁唐静与副市长周成签字。董事会同意将与澄川市人民政府签订的"
        "《战略合作协议》提交股东大会审议。\n"
    )
    given = Agreement(title="战略合作协议", parties=named_parties("公司", "澄川市人民政府"))
    kept, _ = guarded(text, _MARCH, given)
    assert [a.title for a in kept] == ["战略合作协议"]


def test_a_bracketed_weekday_in_a_bylines_date_line() -> None:
    text = "标题\n2026年4月22日（星期三）06:30　记者：林晓晴\n\n正文。\n"
    assert parse_published(text) == dt.date(2026, 4, 22)
