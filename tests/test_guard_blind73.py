"""Rules made from the seventy-third blind set's misses, on texts of our own that fail on
the code before them: a name and its office opening a sentence after a company's "Ltd.",
a byline with its reading time, a title given as its type's name, a one-word short form
given as a party, a forum's name beside the hall the signings took place in, the body an
English signer signed for, an untitled copy of the one signed agreement, a Chinese
industry college unveiled, and the hall of a building the model gave as the venue."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.dates import parse_published
from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement, Party


def test_a_name_and_its_office_after_a_companys_ltd_opens_a_sentence() -> None:
    text = (
        "The Data Sharing Agreement was signed on Monday in Leeds by Dr Amara Bell, provost of "
        "Aire University, and Jonas Frey, managing director of Kestrel Analytics Ltd. Priya "
        "Natarajan, mayor of Leeds, witnessed the signing.\n"
    )
    agreement = Agreement(
        title="Data Sharing Agreement",
        parties=named_parties("Aire University", "Kestrel Analytics Ltd."),
        signatories=named_people("Amara Bell", "Jonas Frey", "Priya Natarajan"),
    )
    kept, _ = guarded(text, dt.date(2026, 2, 4), agreement)
    assert [p.name for p in kept[0].signatories] == ["Amara Bell", "Jonas Frey"]
    assert [p.name for p in kept[0].witnesses] == ["Priya Natarajan"]


def test_a_byline_with_its_reading_time_dates_the_page() -> None:
    page = (
        "HARBOUR NEWS\n\nPort and university sign data pact\n\n"
        "By Morag Fife | 3 February 2026 | 5 min read\n\n"
        "The port authority signed an agreement on Monday.\n"
    )
    assert parse_published(page) == dt.date(2026, 2, 3)


def test_a_title_given_as_its_type_takes_the_one_name_the_signing_writes() -> None:
    text = (
        "Oban tidal deal signed\n\n"
        "Loch Power Ltd and Oban Harbour Trust agreed a framework for a tidal array. The Tidal "
        "Energy Framework Agreement was signed on Monday at the Pier Hall in Oban. It was "
        "signed for Loch Power by its chair, Fiona Gray.\n"
    )
    agreement = Agreement(
        title="framework_agreement",
        parties=named_parties("Loch Power Ltd", "Oban Harbour Trust"),
        signatories=named_people("Fiona Gray"),
    )
    kept, _ = guarded(text, dt.date(2026, 2, 4), agreement)
    assert kept[0].title == "Tidal Energy Framework Agreement"


def test_a_one_word_short_form_given_as_a_party_is_the_party_it_stands_for() -> None:
    text = (
        "Brora Harbour Authority and the Danish developer Skagen Wind A/S signed a lease "
        "agreement on Monday. It was signed for Skagen by its chief executive, Mette Holm, and "
        "on behalf of the Authority by its harbour master.\n"
    )
    agreement = Agreement(
        title="lease agreement",
        parties=named_parties("Brora Harbour Authority", "Skagen Wind A/S", "Skagen", "Authority"),
        signatories=named_people("Mette Holm"),
    )
    kept, _ = guarded(text, dt.date(2026, 2, 4), agreement)
    assert [(p.name, p.aliases) for p in kept[0].parties] == [
        ("Brora Harbour Authority", ["Authority"]),
        ("Skagen Wind A/S", ["Skagen"]),
    ]


def test_a_forums_name_gives_way_to_the_hall_the_signings_took_place_in() -> None:
    text = (
        "Two shipping deals signed at Kuantan trade forum\n\n"
        "Two agreements were signed at the East Coast Shipping Forum in Kuantan on Monday. "
        "The signings took place at the Teluk Cempedak Convention Hall in Kuantan, before 200 "
        "delegates.\n"
    )
    checker = Checker(SourceIndex(text)).dated(dt.date(2026, 2, 4))
    assert checker.signing_venues() == ["Teluk Cempedak Convention Hall in Kuantan"]


def test_the_body_an_english_signer_signed_for_is_the_missing_party() -> None:
    text = (
        "The Memorandum of Understanding on Reefer Rail Services was signed by Somsak Chaiyo, "
        "president of Hat Yai Rail Terminal Co., Ltd., and Anand Nair, general manager of "
        "Kedah Inland Depot Sdn Bhd.\n"
    )
    agreement = Agreement(
        title="Memorandum of Understanding on Reefer Rail Services",
        parties=[Party(name="Hat Yai Rail Terminal Co., Ltd."), Party(name="Anand Nair")],
        signatories=named_people("Somsak Chaiyo", "Anand Nair"),
    )
    kept, _ = guarded(text, dt.date(2026, 2, 4), agreement)
    assert [p.name for p in kept[0].parties] == [
        "Hat Yai Rail Terminal Co., Ltd.",
        "Kedah Inland Depot Sdn Bhd",
    ]


UNTITLED_COPY = (
    "9月3日上午，青川职业学院、星驰电池有限公司和青川高新区管委会签署《储能产业学院共建协议》，"
    "院长王立、总经理赵敏、副主任孙涛分别代表三方签约。此次合作由青川市电池行业协会牵线。2022年，"
    "青川职业学院与星驰电池有限公司曾签订订单班协议。\n"
)


def untitled_copy_folded(text: str) -> list[Agreement]:
    """What the guard keeps, on ``text``, of the three-party agreement signed beside an
    untitled, unsigned copy of two of its parties that holds the broker."""
    signed = Agreement(
        title="储能产业学院共建协议",
        date_text="9月3日上午",
        parties=named_parties("青川职业学院", "星驰电池有限公司", "青川高新区管委会"),
        signatories=named_people("王立", "赵敏", "孙涛"),
    )
    copy = Agreement(
        date_text="9月3日上午",
        parties=named_parties("青川职业学院", "星驰电池有限公司"),
        facilitators=["青川市电池行业协会"],
    )
    kept, _ = guarded(text, dt.date(2025, 9, 8), signed, copy)
    return kept


def test_an_untitled_copy_of_the_one_signed_agreement_is_folded_into_it() -> None:
    kept = untitled_copy_folded(UNTITLED_COPY)
    assert len(kept) == 1
    assert kept[0].facilitators == ["青川市电池行业协会"]


def test_an_industry_college_unveiled_in_quotes_is_the_one_its_title_names() -> None:
    text = (
        "9月3日上午，青川职业学院与星驰电池有限公司在学院图书馆报告厅签署《储能产业学院共建协议》。"
        '签约后，副市长周岚与星驰电池有限公司董事长韩冰共同为"星驰储能产业学院"揭牌。\n'
    )
    agreement = Agreement(
        title="储能产业学院共建协议",
        parties=named_parties("青川职业学院", "星驰电池有限公司"),
    )
    kept, _ = guarded(text, dt.date(2025, 9, 8), agreement)
    assert kept[0].established_entities == ["星驰储能产业学院"]


def test_the_hall_of_the_building_the_model_gave_is_the_venue() -> None:
    text = (
        "9月3日上午，青川职业学院与星驰电池有限公司在青川职业学院图书馆报告厅举行产业学院共建签约暨"
        "揭牌仪式，双方签署《储能产业学院共建协议》。\n"
    )
    agreement = Agreement(
        title="储能产业学院共建协议",
        parties=named_parties("青川职业学院", "星驰电池有限公司"),
        location="青川职业学院",
    )
    kept, _ = guarded(text, dt.date(2025, 9, 8), agreement)
    assert kept[0].location == "青川职业学院图书馆报告厅"
