"""A read-only review of blind73's rules found these faults, each on a text of its own,
failing on the code before the mends: an office before a name after "Ltd." read as a name
opening a sentence, and a form of address before a witness's name not; a plain venue
dropped as an event's ("at the Istana following their bilateral meeting"); a summit
another signing was done at dropped beside a hotel; a parent company folded into its
subsidiary; a side agreement "also signed" folded into the signed one; a type's name
taken from another document or cut short, and never for a memorandum; a place added as a
party; a byline of a date and its reading time alone, a ceremony "签约及揭牌", a 大礼堂, and
"The Authority" opening a sentence, missed."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.dates import parse_published
from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement

PAGE = dt.date(2026, 2, 4)


# sentences._A_NAME_AND_ITS_OFFICE: an office before a name runs on; "Dr" before one ends
def test_an_office_before_a_name_after_ltd_stays_in_the_signing_sentence() -> None:
    text = (
        "Leeds data pact signed\n\n"
        "The Data Sharing Agreement was signed on Monday by Aire University Provost Amara Bell "
        "and Kestrel Analytics Co., Ltd. Chairperson Jonas Frey, who called it a milestone for "
        "the city.\n"
    )
    agreement = Agreement(
        title="Data Sharing Agreement",
        parties=named_parties("Aire University", "Kestrel Analytics Co., Ltd."),
        signatories=named_people("Amara Bell", "Jonas Frey"),
    )
    kept, _ = guarded(text, PAGE, agreement)
    assert [p.name for p in kept[0].signatories] == ["Amara Bell", "Jonas Frey"]


def test_a_witness_with_a_form_of_address_after_ltd_opens_a_sentence() -> None:
    text = (
        "Leeds data pact signed\n\n"
        "The Data Sharing Agreement was signed on Monday by Amara Bell, provost of Aire "
        "University, and Jonas Frey, managing director of Kestrel Analytics Ltd. Dr Priya "
        "Natarajan, mayor of Leeds, witnessed the signing.\n"
    )
    agreement = Agreement(
        title="Data Sharing Agreement",
        parties=named_parties("Aire University", "Kestrel Analytics Ltd"),
        signatories=named_people("Amara Bell", "Jonas Frey", "Priya Natarajan"),
    )
    kept, _ = guarded(text, PAGE, agreement)
    assert [p.name for p in kept[0].witnesses] == ["Priya Natarajan"]


# places._AN_EVENT_AFTER: "following their bilateral meeting" names no event of the place
def test_a_venue_before_a_meeting_that_followed_stays() -> None:
    text = (
        "Malaysia and Singapore sign rail pact\n\n"
        "The Government of Malaysia and the Government of Singapore signed the rail agreement "
        "at the Istana following their bilateral meeting on Monday.\n"
    )
    checker = Checker(SourceIndex(text)).dated(PAGE)
    assert checker.signing_venues() == ["Istana"]


# places._no_event_beside_its_hall: a summit another signing was done at stays
def test_a_summit_stays_beside_the_hotel_of_another_signing() -> None:
    text = (
        "Kestrel Ports signs two deals in Singapore\n\n"
        "The port data agreement between Kestrel Ports and Aire Logistics was signed at the "
        "Asia Maritime Summit on Monday. The training agreement between Kestrel Ports and "
        "Leeds University was signed at the Raffles Hotel on Tuesday.\n"
    )
    checker = Checker(SourceIndex(text)).dated(PAGE)
    assert checker.signing_venues() == ["Asia Maritime Summit", "Raffles Hotel"]


# apply._en_one_word_short_for: a parent written before its subsidiary is a party of its own
def test_a_parent_company_beside_its_subsidiary_stays_a_party() -> None:
    text = (
        "Hydrogen skills centre for Teesside\n\n"
        "Siemens, Siemens Energy and Teesside University signed a memorandum of understanding "
        "on Monday to set up a hydrogen skills centre. Siemens will provide equipment.\n"
    )
    agreement = Agreement(
        title="memorandum of understanding",
        parties=named_parties("Siemens", "Siemens Energy", "Teesside University"),
    )
    kept, _ = guarded(text, PAGE, agreement)
    assert [p.name for p in kept[0].parties] == ["Siemens", "Siemens Energy", "Teesside University"]


# apply._no_untitled_part_of_the_signed: a side agreement "also signed" is a record
def test_a_side_agreement_also_signed_stays_a_record() -> None:
    text = (
        "Leeds data hub deal signed\n\n"
        "Aire University, Kestrel Analytics Ltd and Leeds City Council signed the Leeds Data "
        "Hub Agreement on Monday at the Civic Hall. Professor Amara Bell, Jonas Frey and "
        "Councillor Tom Reid signed it for the three bodies. At the same ceremony, the "
        "university and Kestrel Analytics also signed an agreement on student placements.\n"
    )
    signed = Agreement(
        title="Leeds Data Hub Agreement",
        date_text="on Monday",
        parties=named_parties("Aire University", "Kestrel Analytics Ltd", "Leeds City Council"),
        signatories=named_people("Amara Bell", "Jonas Frey", "Tom Reid"),
    )
    side = Agreement(
        date_text="on Monday",
        parties=named_parties("Aire University", "Kestrel Analytics Ltd"),
        cooperation_areas=["student placements"],
    )
    kept, _ = guarded(text, PAGE, signed, side)
    assert len(kept) == 2


# apply._the_one_name_of_its_type: the name of the document signed, in full, of any type
def test_a_type_name_takes_no_name_the_signing_only_mentions() -> None:
    text = (
        "Oban tidal deal signed\n\n"
        "Loch Power Ltd and Oban Harbour Trust signed a cooperation agreement on Monday at the "
        "Pier Hall in Oban, extending their Harbour Survey Cooperation Agreement. It was "
        "signed for Loch Power by its chair, Fiona Gray.\n"
    )
    agreement = Agreement(
        title="cooperation_agreement",
        parties=named_parties("Loch Power Ltd", "Oban Harbour Trust"),
        signatories=named_people("Fiona Gray"),
    )
    kept, _ = guarded(text, PAGE, agreement)
    assert kept[0].title is None


def _typed(kind: str, name: str) -> str | None:
    text = (
        "Oban tidal deal signed\n\n"
        f"Loch Power Ltd and Oban Harbour Trust agreed to work together. The {name} was "
        "signed on Monday at the Pier Hall in Oban. It was signed for Loch Power by its "
        "chair, Fiona Gray.\n"
    )
    agreement = Agreement(
        title=kind,
        parties=named_parties("Loch Power Ltd", "Oban Harbour Trust"),
        signatories=named_people("Fiona Gray"),
    )
    kept, _ = guarded(text, PAGE, agreement)
    return kept[0].title


def test_a_type_name_takes_the_whole_name_of_a_strategic_cooperation() -> None:
    name = "Tidal Energy Strategic Cooperation Agreement"
    assert _typed("strategic_cooperation", name) == name


def test_a_type_name_takes_the_name_of_a_memorandum() -> None:
    name = "Tidal Energy Memorandum of Understanding"
    assert _typed("memorandum_of_understanding", name) == name


# between._en_signers_bodies: a place after a signer's office is no body
def test_a_place_after_a_signers_office_is_no_party() -> None:
    text = (
        "Penang and Hat Yai firm sign halal logistics pact\n\n"
        "The Memorandum of Understanding on Halal Logistics was signed by Somsak Chaiyo, "
        "president of Hat Yai Rail Terminal Co., Ltd., and Chow Kon Yeow, chief minister of "
        "Penang, on Monday.\n"
    )
    agreement = Agreement(
        title="Memorandum of Understanding on Halal Logistics",
        parties=named_parties("Hat Yai Rail Terminal Co., Ltd."),
        signatories=named_people("Somsak Chaiyo", "Chow Kon Yeow"),
    )
    kept, _ = guarded(text, PAGE, agreement)
    assert [p.name for p in kept[0].parties] == ["Hat Yai Rail Terminal Co., Ltd."]


# the siblings the rules missed
def test_a_date_and_its_reading_time_alone_date_the_page() -> None:
    page = (
        "HARBOUR NEWS\n\nPort and university sign data pact\n\n"
        "February 3, 2026 | 4 min read\n\nThe port authority signed an agreement on Monday.\n"
    )
    assert parse_published(page) == dt.date(2026, 2, 3)


def test_a_ceremony_of_signing_and_unveiling_joined_by_ji_names_its_venue() -> None:
    text = (
        "9月3日上午，青川职业学院与星驰电池有限公司在青川职业学院图书馆报告厅举行产业学院共建签约及"
        "揭牌仪式，双方签署《储能产业学院共建协议》。\n"
    )
    checker = Checker(SourceIndex(text)).dated(dt.date(2025, 9, 8))
    assert checker.signing_venues() == ["青川职业学院图书馆报告厅"]


def test_the_great_hall_of_the_building_the_model_gave_is_the_venue() -> None:
    text = (
        "9月3日上午，青川职业学院与星驰电池有限公司签约仪式在青川职业学院大礼堂举行，"
        "双方签署《储能产业学院共建协议》。\n"
    )
    agreement = Agreement(
        title="储能产业学院共建协议",
        parties=named_parties("青川职业学院", "星驰电池有限公司"),
        location="青川职业学院",
    )
    kept, _ = guarded(text, dt.date(2025, 9, 8), agreement)
    assert kept[0].location == "青川职业学院大礼堂"


def test_the_authority_opening_a_sentence_is_the_party_it_stands_for() -> None:
    text = (
        "Brora Harbour Authority and the Danish developer Skagen Wind A/S signed a lease "
        "agreement on Monday. The Authority will lease ten hectares to Skagen.\n"
    )
    agreement = Agreement(
        title="lease agreement",
        parties=named_parties("Brora Harbour Authority", "Skagen Wind A/S", "Authority"),
    )
    kept, _ = guarded(text, PAGE, agreement)
    assert [p.name for p in kept[0].parties] == ["Brora Harbour Authority", "Skagen Wind A/S"]
