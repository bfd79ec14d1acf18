"""review93's finds in blind92's rules, each failing on the code it reviewed: a signing
done between a signing to come and a place makes the place the done one's, and a Chinese
"将在…签署" a signing to come's; an owner's venue before "and" and the next clause's
capitalised words is read; a title's "on Phase 2", "on Sunday trading hours" or "signed on
5 May 2019" tell no signing's day; aliases, entities and organisations the model wrote in
other Chinese characters are taken as the page writes them."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, read_through

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement, Party, Signatory

_MARCH_10 = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "said the deal that was expected to be signed last year was finally signed in "
            "Port Lenard on Monday.",
            "Port Lenard",
        ),
        (
            "said the first of ten agreements to be signed during the visit was inked at the "
            "Harbour Hall in Port Lenard on Monday.",
            "Harbour Hall in Port Lenard",
        ),
    ],
)
def test_a_signing_done_after_one_to_come_was_done_at_the_place(sentence: str, place: str) -> None:
    text = f"Halden Ports and Corvin Logistics {sentence}"
    agreement = Agreement(
        parties=named_parties("Halden Ports", "Corvin Logistics"),
        location=place,
        date_text="on Monday",
    )
    (kept,), _ = guarded(text, _MARCH_10, agreement)
    assert kept.location == place


@pytest.mark.parametrize(
    "to_come", ["双方将在澄阳签署正式合作协议。", "双方将于6月在澄阳签署正式合作协议。"]
)
def test_where_a_chinese_signing_to_come_will_be_is_not_this_ones(to_come: str) -> None:
    text = f"3月9日，南湾港务局与柯文物流通过视频连线签署合作意向书。{to_come}"
    checker = Checker(SourceIndex(text), published=_MARCH_10)
    assert not checker.venue_of_signing("澄阳")


@pytest.mark.parametrize(
    ("clause", "venue"),
    [
        (
            "the university's Great Hall and Vice-Chancellor Amy Lee called it historic.",
            "Great Hall",
        ),
        (
            "the council's Civic Centre and Mayor Jane Ross said it would create jobs.",
            "Civic Centre",
        ),
    ],
)
def test_an_owners_venue_before_and_the_next_clause_is_read(clause: str, venue: str) -> None:
    text = f"Northvale University and Corran Health signed the agreement on Monday at {clause}"
    agreement = Agreement(
        parties=named_parties("Northvale University", "Corran Health"), date_text="on Monday"
    )
    (kept,), _ = guarded(text, _MARCH_10, agreement)
    assert kept.location is not None and kept.location.endswith(venue)


@pytest.mark.parametrize(
    "title",
    [
        "agreement on Phase 2 of the Kestrel rail link",
        "memorandum of understanding on Block 12 exploration",
        "agreement on Sunday trading hours",
        "supplementary agreement to the memorandum signed on 5 May 2019",
    ],
)
def test_a_lower_case_title_with_no_signings_day_is_kept(title: str) -> None:
    text = f"Halden Ports and Corvin Logistics signed the {title} on Monday in Port Lenard."
    agreement = Agreement(
        title=title,
        parties=named_parties("Halden Ports", "Corvin Logistics"),
        date_text="on Monday",
    )
    (kept,), _ = guarded(text, _MARCH_10, agreement)
    assert kept.title == title


def test_other_chinese_characters_are_read_as_the_page_writes_them_in_every_field() -> None:
    text = (
        "南灣港務局與汐見市港灣局簽署備忘錄\n2025/10/24 06:10　記者林佩蓉／汐見報導\n\n"
        "南灣港務局（港務局）昨（23）日與汐見市港灣局簽署「友好港合作備忘錄」，雙方將共建"
        "「南灣智慧物流研究中心」。南灣港務局局長鄭家豪與汐見市港灣局局長山崎浩一代表簽署。\n"
    )
    agreement = Agreement(
        title="友好港合作備忘錄",
        parties=[Party(name="南灣港務局", aliases=["港务局"]), Party(name="汐見市港灣局")],
        signatories=[Signatory(name="鄭家豪", title="局長", organization="南灣港务局")],
        established_entities=["南湾智慧物流研究中心"],
        date_text="昨（23）日",
    )
    (kept,) = read_through(text, dt.date(2025, 10, 24), agreement)
    assert kept.parties[0].aliases == ["港務局"]
    assert kept.established_entities == ["南灣智慧物流研究中心"]
    assert kept.signatories[0].organization == "南灣港務局"


def test_one_title_given_in_the_pages_and_in_other_characters_is_one_document() -> None:
    """review93's mend read the model's "合作意向书" as the page's "合作意向書": the same
    signers, parties and day under it are then one document given twice (the blind46
    au03's). The reviewed code passes it too, having dropped the model's title: this test
    keeps the mend from giving the document twice."""
    text = (
        "東濱縣府攜手東濱科大簽合作意向書\n2026/03/09 06:10　記者林佩蓉／東濱報導\n\n"
        "東濱縣政府與國立東濱科技大學昨（8）日簽署合作意向書，由縣長張文彬與校長許明哲簽署。\n"
    )

    def given(title: str) -> Agreement:
        return Agreement(
            title=title,
            parties=named_parties("東濱縣政府", "國立東濱科技大學"),
            signatories=[Signatory(name="張文彬"), Signatory(name="許明哲")],
            date_text="昨（8）日",
        )

    kept, _ = guarded(text, dt.date(2026, 3, 9), given("合作意向書"), given("合作意向书"))
    assert [a.title for a in kept] == ["合作意向書"]
