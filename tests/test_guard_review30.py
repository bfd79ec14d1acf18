"""The sixteenth read-only review's finds in this session's rules, each on a text of our
own that fails on the code before the mend: a surname that is also a company's or a
place's word; another's transliterated name that the surname begins; a place's name with
a possessive; a fund company cut before 基金总经理; "旗下的"; a company's "…通讯" read as a
news lead; a body's paragraph without a full stop read as a headline; an event's venue
run into a month, or taken where the signing names its own; a town the signing's
sentence names apart from the venue."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement
from coopllm.titles import addressed_by_surname, named_in_full, person_after_organisation


def test_a_surname_that_is_also_a_companys_word_is_not_read_at_a_sentences_start() -> None:
    text = (
        "Edsel Ford spoke at the opening of the Ford Motor Company plant.\n"
        "Ford signed a supply agreement with Dunmore Council.\n"
    )
    assert addressed_by_surname(text, "Edsel Ford") == ()


def test_a_surname_after_signed_by_is_not_read_where_it_is_a_places_word() -> None:
    text = "Ambassador Leila Jordan held talks in Jordan. It was signed by Jordan and Norland."
    assert addressed_by_surname(text, "Leila Jordan") == ()


def test_another_transliterated_name_that_the_surname_begins_is_no_mention() -> None:
    text = (
        "甲研究所与乙大学签署合作备忘录\n\n"
        "乙国驻华大使约翰·马丁出席仪式。随后，所长马丁·科尔与校长郑华代表双方签署《合作备忘录》。\n"
    )
    given = Agreement(
        title="合作备忘录",
        parties=named_parties("甲研究所", "乙大学"),
        signatories=named_people("郑华", "约翰·马丁"),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 3, 4), given)
    assert "约翰·马丁" not in [p.name for p in kept.signatories], warnings


def test_a_places_name_with_a_possessive_is_no_ones_full_name() -> None:
    text = (
        "The accord was signed at Port Hardaway's new terminal, in the presence of Prime "
        "Minister Hardaway."
    )
    assert named_in_full("Hardaway", text) is None


def test_a_fund_companys_general_manager() -> None:
    person = person_after_organisation("华夏基金总经理李明")
    assert person is not None
    assert (person.organization, person.title, person.name) == ("华夏基金", "总经理", "李明")


def test_a_parent_and_its_de_before_a_company_are_no_part_of_its_name() -> None:
    text = (
        "甲大学与丙公司签署协议\n\n"
        "5月8日，甲大学与乙集团旗下的丁控股公司下属丙科技有限公司签署《技术开发协议》。\n"
    )
    given = Agreement(
        title="技术开发协议",
        parties=named_parties("甲大学", "乙集团旗下的丁控股公司下属丙科技有限公司"),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 5, 9), given)
    assert [p.name for p in kept.parties] == ["甲大学", "丙科技有限公司"], warnings


def test_a_companys_name_ending_in_tongxun_is_no_news_lead() -> None:
    text = (
        "丁通讯与甲大学签署合作协议\n\n"
        "发布日期：2025-12-05\n\n"
        "丁通讯 12月1日晚间公告，公司已于近日与甲大学签署《合作协议》。\n"
    )
    given = Agreement(
        title="合作协议",
        parties=named_parties("丁通讯", "甲大学"),
        date_text="发布日期：2025-12-05",
        date_signed=dt.date(2025, 12, 5),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 12, 5), given)
    assert kept.date_text != "12月1日晚间公告", warnings


def test_a_body_paragraph_without_its_full_stop_is_no_headline() -> None:
    text = (
        "甲市与乙集团签约\n\n"
        "发布时间：2025-11-24\n\n"
        "11月20日下午，甲市与乙集团举行签约仪式，市长罗明与董事长苏楠代表双方签署《战略合作框架协议》\n\n"
        "次日上午，双方举行《战略合作框架协议》落实推进会。\n"
    )
    given = Agreement(
        title="战略合作框架协议",
        parties=named_parties("甲市", "乙集团"),
        signatories=named_people("罗明", "苏楠"),
        date_text="11月20日下午",
        date_signed=dt.date(2025, 11, 20),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 11, 24), given)
    assert kept.date_signed == dt.date(2025, 11, 20), warnings


EVENT = (
    "Orvik Marine signs supply agreement at Harbour Tech Week\n\n"
    "ESKEN - Orvik Marine signed a supply agreement with Tarnby Port on Tuesday at Harbour "
    "Tech Week, held in Tarnby in October.\n"
)


def test_an_events_town_is_not_run_into_its_month() -> None:
    given = Agreement(
        title="supply agreement",
        parties=named_parties("Orvik Marine", "Tarnby Port"),
        date_text="on Tuesday at Harbour Tech Week",
    )
    (kept,), warnings = guarded(EVENT, dt.date(2026, 2, 12), given)
    assert kept.location == "Tarnby", warnings


def test_an_events_venue_does_not_replace_where_the_signing_says_it_was_held() -> None:
    text = (
        "Orvik Marine signs supply agreement\n\n"
        "ESKEN - Orvik Marine signed a supply agreement with Tarnby Port on Tuesday at the "
        "Grand Hotel on the sidelines of Harbour Tech Week, which was held at the Lindqvist "
        "Hall in Tarnby.\n"
    )
    given = Agreement(
        title="supply agreement",
        parties=named_parties("Orvik Marine", "Tarnby Port"),
        location="Harbour Tech Week",
    )
    (kept,), warnings = guarded(text, dt.date(2026, 2, 12), given)
    assert kept.location != "Lindqvist Hall in Tarnby", warnings


def test_a_town_the_signings_sentence_names_apart_from_the_venue_stays() -> None:
    text = (
        "Acme and Beta sign supply agreement\n\n"
        "In Portcity on Monday, Acme Ltd and Beta Corp signed a supply agreement at the "
        "Harbour Hotel.\n"
    )
    given = Agreement(
        title="supply agreement",
        parties=named_parties("Acme Ltd", "Beta Corp"),
        location="Portcity",
    )
    (kept,), warnings = guarded(text, dt.date(2025, 6, 3), given)
    assert kept.location == "Portcity", warnings
