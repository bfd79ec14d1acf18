"""Over-reaches and near-misses a read-only review (review86) proved in blind84's rules,
each on a text of the review's and failing on the code it reviewed (b9e78c7): a scholar's
title after a name whose surname the list does not know, 争取 in its past sense and 力争,
talks to come closing a signing sentence, a year or month told around a date text's day,
"负责同志", a party's short name before one in charge, a building after a room and a
day, and another signing's building."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, normalized, read_through

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.guard.reading import TO_COME, signed_now
from coopllm.schema import Agreement, Signatory
from coopllm.titles import clean_people

_APRIL = dt.date(2025, 4, 3)


def test_a_scholars_title_after_a_name_of_an_unlisted_surname_is_no_part_of_it() -> None:
    given = Signatory(name="區卓明教授", title="院長", organization="嶺南理工學院")
    (person,) = clean_people([given])
    assert (person.name, person.title) == ("區卓明", "院長")


def test_a_signing_striven_for_and_done_is_signed_and_one_striven_for_in_time_to_come_is_not() -> (
    None
):
    for done in ("经过积极争取成功签约。", "该项目经我市多方争取于3月5日正式签约落户。"):
        assert signed_now(done) and not TO_COME.search(done)
    to_come = "双方还将进一步磋商，力争明年上半年正式签约。"
    assert TO_COME.search(to_come) and not signed_now(to_come)
    text = (
        "4月2日，江城市人民政府与远拓集团签署《战略合作框架协议》，副市长王海与远拓集团总经理李强代表"
        "双方签字。同日，总投资50亿元的《远拓新能源产业园项目投资协议》经我区积极争取成功签约。\n"
    )
    framework = Agreement(
        title="战略合作框架协议",
        parties=named_parties("江城市人民政府", "远拓集团"),
        signatories=[Signatory(name="王海"), Signatory(name="李强")],
        date_text="4月2日",
    )
    project = Agreement(
        title="远拓新能源产业园项目投资协议",
        parties=named_parties("江城市人民政府", "远拓集团"),
        date_text="同日",
    )
    kept, _ = guarded(text, _APRIL, *normalized(text, framework, project, published=_APRIL))
    assert [a.title for a in kept] == ["战略合作框架协议", "远拓新能源产业园项目投资协议"]


def test_talks_to_come_closing_a_signing_sentence_leave_its_offices_signing() -> None:
    text = (
        "4月2日，远拓集团总经理李强一行到访江城大学，江城大学科研处处长赵明陪同参观了学校实验室。"
        "随后，江城大学科研处处长与远拓集团总经理代表双方签署《技术合作协议》，双方将就共建联合"
        "实验室事宜进一步磋商。\n"
    )
    given = Agreement(
        title="技术合作协议", parties=named_parties("江城大学", "远拓集团"), date_text="4月2日"
    )
    (agreement,) = read_through(text, _APRIL, given)
    assert [p.name for p in agreement.signatories] == ["赵明", "李强"]


def test_a_year_told_around_the_day_a_date_text_is_cut_to_still_dates_it() -> None:
    text = (
        "On March 5 last year, Kisumu County and Lakeview Dairies Ltd signed a Memorandum of "
        "Understanding on a milk cooling network, officials said on Tuesday.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Kisumu County", "Lakeview Dairies Ltd"),
        date_text=text.split(", officials")[0],
    )
    (agreement,) = read_through(text, dt.date(2025, 5, 20), given)
    assert agreement.date_signed == dt.date(2024, 3, 5)


def test_one_in_charge_written_as_official_news_writes_it_leaves_the_named_one_signing() -> None:
    text = (
        "4月2日，江城大学与远拓集团签署《技术合作协议》。江城大学科研处处长王海与远拓集团有关负责同志"
        "代表双方签署协议。\n"
    )
    given = Agreement(
        title="技术合作协议", parties=named_parties("江城大学", "远拓集团"), date_text="4月2日"
    )
    (agreement,) = read_through(text, _APRIL, given)
    assert [p.name for p in agreement.signatories] == ["王海"]


def test_a_partys_short_name_before_one_in_charge_is_no_signer() -> None:
    text = (
        "4月2日，万科与江城市人民政府签署《战略合作框架协议》，"
        "万科与江城市相关负责人代表双方签字。\n"
    )
    given = Agreement(
        title="战略合作框架协议",
        parties=named_parties("万科", "江城市人民政府"),
        date_text="4月2日",
    )
    (agreement,) = read_through(text, _APRIL, given)
    assert [p.name for p in agreement.signatories if p.name] == []


def test_a_rooms_building_before_a_day_is_the_venues() -> None:
    text = (
        "Ashby Borough Council and Fenwick Robotics Ltd signed a Memorandum of Understanding in "
        "the Council Chamber at Ashby Civic Centre yesterday.\n"
    )
    venues = Checker(SourceIndex(text)).signing_venues()
    assert venues == ["Council Chamber at Ashby Civic Centre"]


def test_a_room_that_is_another_signings_too_takes_no_building() -> None:
    text = (
        "Ashby Borough Council and Fenwick Robotics Ltd signed a Memorandum of Understanding on "
        "Monday in the Council Chamber at Ashby Civic Centre. Two days later in Kirby, Fenwick "
        "Robotics Ltd and Kirby County Council signed a Lease Agreement on Wednesday in the "
        "Council Chamber.\n"
    )
    given = Agreement(
        title="Lease Agreement",
        parties=named_parties("Fenwick Robotics Ltd", "Kirby County Council"),
        date_text="on Wednesday in the Council Chamber",
    )
    (agreement,) = read_through(text, dt.date(2025, 5, 15), given)
    assert agreement.location == "Council Chamber"
