"""The eighty-ninth review's finds in blind88's rules, each failing on the code it
reviewed: copies the article's counts cover together, a signing sentence that also tells
other documents to come, a named facility's "at" before a building, and a letter of other
signers beside two counted documents."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement

_MARCH = dt.date(2026, 3, 4)


def test_copies_the_articles_counts_cover_together_are_kept() -> None:
    text = (
        "Harbor City, 4 March: Harbor City Council and Norvale Steel on Tuesday signed two "
        "framework agreements and three supply contracts at the City Hall. Mayor Ana Reyes and "
        "Norvale chief executive Tom Lind signed every document.\nThe framework agreements are "
        "a Green Steel Framework Agreement and a Port Framework Agreement; the three supply "
        "contracts, one for each of the city's depots, are identical in form.\n"
    )
    parties = named_parties("Harbor City Council", "Norvale Steel")
    signers = named_people("Ana Reyes", "Tom Lind")
    titled = [
        Agreement(title=title, parties=parties, signatories=signers)
        for title in ("Green Steel Framework Agreement", "Port Framework Agreement")
    ]
    supply = Agreement(title="supply contract", parties=parties, signatories=signers)
    kept, _ = guarded(text, _MARCH, *titled, supply, supply, supply)
    assert len(kept) == 5


@pytest.mark.parametrize(
    "tail",
    [
        ", and sector protocols may be signed later this year",
        ", while implementing rules are being drafted",
    ],
)
def test_a_signing_sentence_that_tells_others_to_come_still_signs(tail: str) -> None:
    text = (
        "Ostrava, 12 June: Negotiators of Veyra and Ostland initialled the Trade Framework "
        f"Agreement in March. Their ministers signed it in Veyra on Thursday{tail}.\n"
    )
    given = Agreement(title="Trade Framework Agreement", parties=named_parties("Veyra", "Ostland"))
    kept, _ = guarded(text, dt.date(2026, 6, 12), given)
    assert [a.title for a in kept] == ["Trade Framework Agreement"]


def test_a_named_facilitys_at_before_a_building_is_the_signings() -> None:
    text = (
        "New Delhi, 5 March: Nippon Freight and the Corridor Development Corporation signed a "
        "Memorandum of Understanding for the Western Freight Corridor at Vigyan Bhawan on "
        "Monday. The MoU was signed by Ravi Menon and Kenji Sato.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Nippon Freight", "Corridor Development Corporation"),
        signatories=named_people("Ravi Menon", "Kenji Sato"),
    )
    (agreement,) = guarded(text, dt.date(2026, 3, 5), given)[0]
    assert agreement.location == "Vigyan Bhawan"


def test_a_letter_of_other_signers_is_none_of_the_counted_documents() -> None:
    text = (
        "Veyra and Ostrand sign fisheries and port deals\n\n"
        "Veyra Port Authority and Ostrand Fisheries Board on Thursday signed two agreements in "
        "Veyra. Both were signed by port director Ana Vega and board chair Lars Holm.\n\n"
        "The Fisheries Partnership Agreement sets catch quotas for five years. The Port "
        "Services Agreement had been due to be signed in March but was postponed over a "
        "dispute about berthing fees.\n\n"
        "Separately, the Veyra Coast Guard and the Ostrand Rescue Service signed a Letter of "
        "Intent on search and rescue, signed by commander Piet Dall and rescue chief Mia Sund.\n"
    )
    counted = [
        Agreement(
            title=title,
            parties=named_parties("Veyra Port Authority", "Ostrand Fisheries Board"),
            signatories=named_people("Ana Vega", "Lars Holm"),
        )
        for title in ("Fisheries Partnership Agreement", "Port Services Agreement")
    ]
    letter = Agreement(
        title="Letter of Intent",
        parties=named_parties("Veyra Coast Guard", "Ostrand Rescue Service"),
        signatories=named_people("Piet Dall", "Mia Sund"),
    )
    kept, _ = guarded(text, dt.date(2026, 1, 9), *counted, letter)
    assert len(kept) == 3
