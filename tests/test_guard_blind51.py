"""Rules made from the fifty-first blind set's misses, each on a text of our own that fails
on the code before them: a body unveiled in quotes at the signing of an article's one
agreement is its founded body."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement

_UNVEILED = (
    "1月8日上午，青岚职业技术学院与远拓数控科技有限公司在学院行政楼签署校企合作协议。"
    "学院副院长林涛与远拓数控总经理郑凯分别代表双方签约。"
    "签约仪式上，学院院长宋岩与远拓数控董事长刘川共同为“青岚—远拓数控技术联合研发中心”揭牌。"
    "{later}\n"
)


def _school_and_company() -> Agreement:
    return Agreement(
        title="校企合作协议",
        parties=named_parties("青岚职业技术学院", "远拓数控科技有限公司"),
        signatories=named_people("林涛", "郑凯"),
        witnesses=named_people("宋岩", "刘川"),
    )


def test_a_body_unveiled_in_quotes_at_the_signing_is_its_founded_body() -> None:
    text = _UNVEILED.format(later="该中心将围绕数控系统开展联合攻关。")
    kept, warnings = guarded(text, dt.date(2026, 1, 10), _school_and_company())
    assert kept[0].established_entities == ["青岚—远拓数控技术联合研发中心"]
    assert any("青岚—远拓数控技术联合研发中心" in w for w in warnings)


@pytest.mark.parametrize(
    "unveiling",
    [
        "2023年，双方曾共同为“青岚—远拓数控技术联合实验室”揭牌。",
        "去年3月15日，宋岩与刘川共同为“青岚—远拓数控技术联合实验室”揭牌。",
        "此次签约是在双方已为“青岚—远拓数控技术联合实验室”揭牌基础上的深化。",
        "会上，省领导为“青岚区数字经济产业园服务中心”揭牌。",
        "活动当天，宋岩与华星电子董事长王波共同为“青岚—华星新能源实训基地”揭牌。",
    ],
)
def test_a_body_unveiled_by_others_or_on_another_day_is_not_this_agreements(
    unveiling: str,
) -> None:
    """Reviews' finds: another day's unveiling, an earlier one, others' unveilers."""
    text = (
        "1月8日上午，青岚职业技术学院与远拓数控科技有限公司在学院行政楼签署校企合作协议。"
        f"学院副院长林涛与远拓数控总经理郑凯分别代表双方签约，院长宋岩与董事长刘川见证签约。{unveiling}\n"
    )
    kept, _ = guarded(text, dt.date(2026, 1, 10), _school_and_company())
    assert kept[0].established_entities == []


def test_a_body_unveiled_beside_two_agreements_is_left_to_the_model() -> None:
    text = _UNVEILED.format(later="双方还签署了《实习基地协议》，由林涛与郑凯签字。")
    base = Agreement(
        title="实习基地协议",
        parties=named_parties("青岚职业技术学院", "远拓数控科技有限公司"),
        signatories=named_people("林涛", "郑凯"),
    )
    kept, _ = guarded(text, dt.date(2026, 1, 10), _school_and_company(), base)
    assert all(a.established_entities == [] for a in kept)


def test_a_body_unveiled_on_a_traditional_page_is_read_as_it_writes() -> None:
    text = (
        "國立東嶼大學與宏岳精機股份有限公司於5月20日在行政大樓簽署產學合作協議，"
        "由副校長陳立與總經理吳志明代表簽署。校長林正與董事長黃凱共同為「東嶼—宏岳智慧製造研發中心」揭牌。\n"
    )
    given = Agreement(
        title="產學合作協議",
        parties=named_parties("國立東嶼大學", "宏岳精機股份有限公司"),
        signatories=named_people("陳立", "吳志明"),
        witnesses=named_people("林正", "黃凱"),
    )
    kept, _ = guarded(text, dt.date(2025, 5, 21), given)
    assert kept[0].established_entities == ["東嶼—宏岳智慧製造研發中心"]


_ROC_DATED = (
    "發布日期：113-05-21\n\n"
    "國立東嶼大學（東嶼大）於113年5月20日（星期一）下午，在圖書館國際會議廳與日本南洋大學簽署學術合作備忘錄，"
    "由東嶼大校長林正與南洋大學學長山本太郎代表雙方簽署，{witness}。\n"
)


def _memorandum(**extra: object) -> Agreement:
    return Agreement.model_validate(
        {
            "title": "學術合作備忘錄",
            "parties": [{"name": "國立東嶼大學"}, {"name": "日本南洋大學"}],
            "signatories": [{"name": "林正"}, {"name": "山本太郎"}],
            **extra,
        }
    )


def test_a_day_that_ends_the_subjects_clause_dates_the_signing_after_it() -> None:
    text = _ROC_DATED.format(witness="臺南市副市長周文彬到場致意")
    kept, _ = guarded(text, dt.date(2024, 5, 21), _memorandum(date_text="下午"))
    assert (kept[0].date_text, kept[0].date_signed) == ("113年5月20日", dt.date(2024, 5, 20))


@pytest.mark.parametrize(
    "also", ["亦到場見證", "也到場見證", "亦應邀出席並見證", "也一同見證", "亦親自見證"]
)
def test_a_witness_who_also_came_to_witness_is_one(also: str) -> None:
    text = _ROC_DATED.format(witness=f"臺南市副市長周文彬{also}")
    kept, _ = guarded(text, dt.date(2024, 5, 21), _memorandum())
    assert [w.name for w in kept[0].witnesses] == ["周文彬"]


def test_a_name_ending_in_also_is_still_the_witnesss() -> None:
    text = _ROC_DATED.format(witness="臺南市副市長周亦見證簽約")
    kept, _ = guarded(text, dt.date(2024, 5, 21), _memorandum())
    assert [w.name for w in kept[0].witnesses] == ["周亦"]


@pytest.mark.parametrize(
    ("written", "venue"),
    [
        ("in the Senate Room, Merriam Hall, on Monday.", "Senate Room, Merriam Hall"),
        ("in the Boardroom, Harbour House.", "Boardroom, Harbour House"),
        ("in the Council Chamber, Civic Centre, where", "Council Chamber, Civic Centre"),
    ],
)
def test_a_rooms_building_after_its_name_is_the_venues(written: str, venue: str) -> None:
    text = (
        "Acme Ports Ltd and Beta Shipping AS signed a Memorandum of Understanding on Green "
        f"Shipping at a ceremony {written} Jane Doe and John Roe signed for the two.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding on Green Shipping",
        parties=named_parties("Acme Ports Ltd", "Beta Shipping AS"),
        signatories=named_people("Jane Doe", "John Roe"),
    )
    kept, _ = guarded(text, dt.date(2025, 11, 4), given)
    assert kept[0].location == venue


def test_a_name_going_on_after_a_rooms_comma_is_no_building_of_it() -> None:
    text = (
        "Acme Ports Ltd and Beta Shipping AS signed a Memorandum of Understanding on Green "
        "Shipping in the Boardroom, Harbour House staff said on Monday.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding on Green Shipping",
        parties=named_parties("Acme Ports Ltd", "Beta Shipping AS"),
    )
    kept, _ = guarded(text, dt.date(2025, 11, 4), given)
    assert kept[0].location == "Boardroom"


@pytest.mark.parametrize(
    "opening",
    [
        "截至5月20日，國立東嶼大學已與日本南洋大學等30所學校",
        "國立東嶼大學與日本南洋大學的交流始於5月20日",
    ],
)
def test_a_day_something_ran_to_or_began_on_does_not_date_the_signing(opening: str) -> None:
    """Reviews' finds: not the day of the clause after it."""
    text = (
        f"發布日期：113-05-21\n\n{opening}，此次雙方在圖書館簽署學術合作備忘錄，"
        "由林正與山本太郎代表雙方簽署。\n"
    )
    kept, _ = guarded(text, dt.date(2024, 5, 21), _memorandum())
    assert kept[0].date_signed is None
