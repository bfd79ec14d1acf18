"""The twenty-fifth read-only review's finds in the fortieth and forty-first blind sets'
rules, each on a text of our own that fails on the code before the mend: a company's short
name like a person's stays a party; a hospital's name that reads as a contraction of
another's stays its own; an earlier document's day dates no vague agreement; another
document's day dates no undated agreement; "Toyota" beside "the City of Toyota" stays the
company; a separate founding is no copy; a date_text's clause after its comma is no place;
a room's venue stops before a weekday."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people, normalized

from coopllm.dates import date_and_place
from coopllm.schema import Agreement

_PAGE = dt.date(2025, 9, 29)


def test_a_companys_short_name_like_a_persons_stays_a_party() -> None:
    text = "6月18日，澜州大学与高德在澜州签署《战略合作框架协议》。"
    given = Agreement(title="战略合作框架协议", parties=named_parties("澜州大学", "高德"))
    kept, _ = guarded(text, _PAGE, given)
    assert [p.name for p in kept[0].parties] == ["澜州大学", "高德"]


def test_a_hospital_is_no_contraction_of_another() -> None:
    text = "6月18日，澜州市中心医院与市中医院、市妇幼保健院签署《城市医疗集团合作协议》。"
    given = Agreement(
        title="城市医疗集团合作协议",
        parties=named_parties("澜州市中心医院", "市中医院", "市妇幼保健院"),
    )
    kept, _ = guarded(text, _PAGE, given)
    assert len(kept[0].parties) == 3


def test_an_earlier_memorandums_day_does_not_date_the_agreement_of_this_week() -> None:
    text = (
        "Orrin Robotics and Vessa Steel announced a ten-year supply agreement this week. It "
        "follows a memorandum of understanding the two companies signed on September 18.\n"
    )
    given = Agreement(
        title="supply agreement",
        date_text="this week",
        parties=named_parties("Orrin Robotics", "Vessa Steel"),
    )
    kept, _ = guarded(text, _PAGE, given)
    assert kept[0].date_signed is None


def test_another_documents_day_does_not_date_an_undated_agreement() -> None:
    text = (
        "Orrin Robotics and Vessa Steel on Thursday signed a supply agreement for welding "
        "robots. Earlier this month, Orrin Robotics signed a licensing agreement with Zeta Labs.\n"
    )
    supply = Agreement(
        title="supply agreement", parties=named_parties("Orrin Robotics", "Vessa Steel")
    )
    licensing = Agreement(
        title="licensing agreement", parties=named_parties("Orrin Robotics", "Zeta Labs")
    )
    kept, _ = guarded(text, _PAGE, supply, licensing)
    assert [a.date_signed for a in kept] == [dt.date(2025, 9, 25), None]


def test_a_company_beside_its_towns_council_stays_the_company() -> None:
    text = "Toyota and the City of Toyota on Wednesday signed an agreement on shuttles.\n"
    given = Agreement(parties=named_parties("Toyota", "City of Toyota"))
    (agreement,) = normalized(text, given)
    assert [p.name for p in agreement.parties] == ["Toyota", "City of Toyota"]


def test_a_separate_founding_is_no_copy_of_the_agreement_before_it() -> None:
    text = (
        "On Tuesday, Wendle University and Kestrel Air Ltd signed a pilot-training agreement, "
        "signed by Professor Dan Ash and Mira Cole. Also signed was a separate agreement "
        "establishing the Wendle Regional Innovation Hub.\n"
    )
    training = Agreement(
        title="pilot-training agreement",
        parties=named_parties("Wendle University", "Kestrel Air Ltd"),
        signatories=named_people("Dan Ash", "Mira Cole"),
    )
    founding = Agreement(established_entities=["Wendle Regional Innovation Hub"])
    kept, _ = guarded(text, _PAGE, training, founding)
    assert len(kept) == 2


def test_a_witnessing_clause_after_a_dates_comma_is_no_place() -> None:
    assert date_and_place("6月18日，在双方领导的见证下") == ("6月18日", None)


def test_a_rooms_venue_stops_before_a_weekday() -> None:
    text = (
        "Orrin Robotics and Vessa Steel signed a supply agreement. It was signed by Ann Lee "
        "and Tom Ray during a ceremony in the lobby of City Hall Thursday.\n"
    )
    given = Agreement(
        title="supply agreement",
        parties=named_parties("Orrin Robotics", "Vessa Steel"),
        signatories=named_people("Ann Lee", "Tom Ray"),
    )
    kept, _ = guarded(text, _PAGE, given)
    assert kept[0].location == "the lobby of City Hall"
