"""Rules made from the eighty-fourth blind set's misses, on texts of our own that fail on
the code before them (but the one that bounds the first, passing on both): a room written
"at" its building, a date read again from the day a sentence-long date text writes, a
one-character "body" before a name, one in charge signing beside a named signer, and a
signing strived for or talks still to come."""

from __future__ import annotations

import datetime as dt

from conftest import named_parties, read_through

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.guard.reading import TO_COME, signed_now
from coopllm.schema import Agreement, Signatory
from coopllm.titles import clean_people

_THURSDAY = dt.date(2025, 5, 15)


def test_a_room_is_the_venue_with_the_building_written_at_it() -> None:
    text = (
        "Ashby Borough Council and Fenwick Robotics Ltd signed a Memorandum of Understanding "
        "on Monday in the Council Chamber at Ashby Civic Centre. The two will train "
        "technicians together.\n"
    )
    checker = Checker(SourceIndex(text), published=_THURSDAY)
    assert checker.signing_venues() == ["Council Chamber at Ashby Civic Centre"]
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Ashby Borough Council", "Fenwick Robotics Ltd"),
        date_text="on Monday in the Council Chamber at Ashby Civic Centre",
        location="Ashby",
    )
    (agreement,) = read_through(text, _THURSDAY, given)
    assert agreement.location == "Council Chamber at Ashby Civic Centre"


def test_a_room_at_a_time_or_at_a_bodys_name_is_the_room_alone() -> None:
    timed = "The two councils signed the agreement in the Council Chamber at 10am on Monday.\n"
    assert Checker(SourceIndex(timed)).signing_venues() == ["Council Chamber"]
    named = "The two signed the agreement in the Great Hall at the University of Ashby on Monday.\n"
    assert "Great Hall at the University" not in Checker(SourceIndex(named)).signing_venues()


def test_a_date_text_cut_to_its_day_dates_the_signing_by_that_day() -> None:
    text = (
        "On Monday, Fenwick Council and Ardent Solar Ltd signed a Power Purchase Agreement for "
        "a 2.5 million pound solar farm, the largest in the county's history.\n"
    )
    given = Agreement(
        title="Power Purchase Agreement",
        parties=named_parties("Fenwick Council", "Ardent Solar Ltd"),
        date_text=text.strip(),
    )
    (agreement,) = read_through(text, _THURSDAY, given)
    assert agreement.date_text == "On Monday"
    assert agreement.date_signed == dt.date(2025, 5, 12)


def test_a_surname_that_is_also_a_places_end_is_no_body_before_the_name() -> None:
    given = Signatory(name="區卓明教授", title="院長", organization="嶺南理工學院")
    (person,) = clean_people([given])
    assert person.name == "區卓明"
    assert person.organization == "嶺南理工學院"


def test_one_in_charge_beside_a_named_signer_leaves_the_named_one_signing() -> None:
    text = (
        "4月2日，江城大学与远拓集团签署《技术合作协议》。江城大学科研处处长王海与远拓集团负责人"
        "代表双方签署协议。\n"
    )
    given = Agreement(
        title="技术合作协议", parties=named_parties("江城大学", "远拓集团"), date_text="4月2日"
    )
    (agreement,) = read_through(text, dt.date(2025, 4, 3), given)
    assert [p.name for p in agreement.signatories] == ["王海"]


def test_a_signing_strived_for_and_talks_to_come_sign_nothing() -> None:
    strived = "双方还将就共建实训基地事宜进一步磋商，争取明年上半年正式签约。"
    assert TO_COME.search(strived)
    assert not signed_now(strived)
    assert signed_now("经过争取，双方于4月2日正式签约。")
    text = (
        "4月2日，江城大学与远拓集团签署《技术合作协议》。江城大学副校长王海与远拓集团总经理李强"
        "代表双方签字。据悉，双方还将就共建实训基地事宜进一步磋商，争取明年上半年正式签约。\n"
    )
    signed = Agreement(
        title="技术合作协议",
        parties=named_parties("江城大学", "远拓集团"),
        signatories=[Signatory(name="王海"), Signatory(name="李强")],
        date_text="4月2日",
    )
    to_come = Agreement(
        title="共建实训基地事宜进一步磋商", parties=named_parties("江城大学", "远拓集团")
    )
    kept = read_through(text, dt.date(2025, 4, 3), signed, to_come)
    assert [a.title for a in kept] == ["技术合作协议"]


def test_a_name_before_a_places_office_is_named_apart_where_a_party_governs_another_place() -> None:
    bodies = ["临川市人民政府", "远拓集团有限公司"]
    (person,) = clean_people([Signatory(name="周立新市长")], bodies)
    assert (person.name, person.title, person.organization) == ("周立新", "市长", "临川市人民政府")
    (mayor,) = clean_people([Signatory(name="临川市长")], bodies)
    assert mayor.name == "临川市长"  # the city's mayor, unnamed: no name cut from the place


def test_an_untitled_copy_holding_the_titled_ones_signers_and_more_is_folded_into_it() -> None:
    text = (
        "4月2日上午，临川市人民政府与远拓集团有限公司智能工厂项目投资协议签约仪式在市民中心举行。"
        "周立新市长与远拓集团董事长韩松分别代表双方签约。\n"
    )
    parties = named_parties("临川市人民政府", "远拓集团有限公司")
    untitled = Agreement(
        parties=parties,
        signatories=[Signatory(name="周立新", title="市长"), Signatory(name="韩松")],
        date_text="4月2日上午",
    )
    titled = Agreement(
        title="智能工厂项目投资协议",
        parties=parties,
        signatories=[Signatory(name="周立新市长")],
        date_text="4月2日上午",
    )
    (agreement,) = read_through(text, dt.date(2025, 4, 3), untitled, titled)
    assert agreement.title == "智能工厂项目投资协议"
    assert [p.name for p in agreement.signatories] == ["周立新", "韩松"]
