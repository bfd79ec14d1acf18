"""blind92's rules, each failing on the code before: a place where a signing still to come
is due is not this signing's; an owner's venue named with "and" between its capitalised
words is read whole; a title in lower case that tells the signing's day names no
document; a party the model wrote in Simplified characters on a Traditional page is
taken as the page writes it."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement

_JUNE_12 = dt.date(2025, 6, 12)


def test_where_a_signing_to_come_is_due_is_not_this_signings_place() -> None:
    text = (
        "Ministry and charity sign water letter\nPublished: 8 March 2025\n"
        "The letter of intent was signed via video link on Thursday by the minister, Ana Kole, "
        "and the charity's director, Tom Reid. A detailed memorandum is due to be signed in "
        "Port Lenard in June.\n"
    )
    given = Agreement(
        title="letter of intent",
        parties=named_parties("Ministry of Water", "Clean Water Network"),
        signatories=named_people("Ana Kole", "Tom Reid"),
        location="Port Lenard",
    )
    (agreement,), _ = guarded(text, dt.date(2025, 3, 8), given)
    assert agreement.location is None


@pytest.mark.parametrize("given", ["the college's Innovation", None])
def test_an_owners_venue_with_and_in_its_name_is_read_whole(given: str | None) -> None:
    text = (
        "Skills deal\nPublished: 12 June 2025\nQuarry College and Tern Robotics signed an "
        "agreement on Tuesday. The agreement was signed at the college's Innovation and "
        "Training Center by Lin Qiu and Fang Rui.\n"
    )
    agreement = Agreement(
        title="cooperation agreement",
        parties=named_parties("Quarry College", "Tern Robotics"),
        signatories=named_people("Lin Qiu", "Fang Rui"),
        location=given,
    )
    (kept,), _ = guarded(text, _JUNE_12, agreement)
    assert kept.location == "the college's Innovation and Training Center"


def test_a_title_in_lower_case_that_tells_the_signings_day_names_no_document() -> None:
    text = (
        "Skills deal\nPublished: 12 June 2025\nQuarry College and Tern Robotics signed an "
        "agreement on Tuesday to jointly build the Tern Robotics Industry College.\n"
    )
    agreement = Agreement(
        title="agreement on Tuesday to jointly build the Tern Robotics Industry College",
        parties=named_parties("Quarry College", "Tern Robotics"),
        date_text="on Tuesday",
    )
    (kept,), _ = guarded(text, _JUNE_12, agreement)
    assert kept.title is None


def test_a_party_in_simplified_characters_is_taken_as_the_traditional_page_writes_it() -> None:
    text = (
        "南灣港與汐見港簽署備忘錄\n2025/10/24 06:10　記者林佩蓉／汐見報導\n\n"
        "南灣港務局昨（23）日在汐見市與汐見市港灣局簽署「友好港合作備忘錄」。\n"
    )
    agreement = Agreement(
        title="友好港合作備忘錄",
        parties=named_parties("南灣港务局", "汐見市港灣局"),
        date_text="昨（23）日",
    )
    (kept,), _ = guarded(text, dt.date(2025, 10, 24), agreement)
    assert [p.name for p in kept.parties] == ["南灣港務局", "汐見市港灣局"]
