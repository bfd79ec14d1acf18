"""The read-only review of the eighteenth blind set's rules: each case is one where those
rules, as first written, did worse than the code before them (the review's finds), and
now do as it did."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded

from coopllm.schema import Agreement, Party, Signatory

MAY_14 = dt.date(2025, 5, 14)


def _parties(*names: str) -> list[Party]:
    return [Party(name=name) for name in names]


def _people(*names: str) -> list[Signatory]:
    return [Signatory(name=name) for name in names]


@pytest.mark.parametrize(
    "text",
    [
        "5月12日，青石县副县长李明与华泰能源董事长黄嘉明签署项目投资协议。",
        "5月12日，青石县副县长李明与华泰能源董事长黄嘉明共签署3份合作协议。",
    ],
)
def test_a_signing_of_a_project_agreement_or_a_total_is_a_signing(text: str) -> None:
    """Only 签约 of a tally or of signed firms says no one signed ("共签约项目4个"), not
    "签署项目投资协议" nor "共签署3份"."""
    (agreement,), warnings = guarded(text, MAY_14, Agreement(signatories=_people("李明", "黄嘉明")))
    assert [p.name for p in agreement.signatories] == ["李明", "黄嘉明"], warnings


def test_a_tripartite_deal_beside_contracts_between_its_parties_stays() -> None:
    text = (
        "Acme Energy, Beta Grid and Gamma Logistics signed a tripartite partnership in "
        "Portville on Monday to build a hydrogen hub. At the same event, Acme Energy and Beta "
        "Grid signed a Power Purchase Agreement, and Beta Grid and Gamma Logistics signed a "
        "Transport Services Contract.\n"
    )
    hub = Agreement(
        title="tripartite partnership",
        parties=_parties("Acme Energy", "Beta Grid", "Gamma Logistics"),
    )
    power = Agreement(
        title="Power Purchase Agreement", parties=_parties("Acme Energy", "Beta Grid")
    )
    transport = Agreement(title="Transport Services Contract",
                          parties=_parties("Beta Grid", "Gamma Logistics"))  # fmt: skip
    agreements, warnings = guarded(text, MAY_14, hub, power, transport)
    assert len(agreements) == 3, warnings


def test_the_above_signings_untitled_are_each_witnessed() -> None:
    text = (
        "5月12日，青石县招商推介会举行。会上，县工信局与华泰能源签署储能电站项目投资协议，"
        "县商务局与明远物流签署冷链物流园项目合作协议。县委书记王强、县长李明共同见证上述项目签约。"
    )
    first = Agreement(parties=_parties("县工信局", "华泰能源"))
    second = Agreement(parties=_parties("县商务局", "明远物流"))
    agreements, warnings = guarded(text, MAY_14, first, second)
    assert [[p.name for p in a.witnesses] for a in agreements] == [["王强", "李明"]] * 2, warnings


@pytest.mark.parametrize(
    "later",
    [
        "The pact was signed by Ann Lee and Bob Stone and will be celebrated at a gala "
        "ceremony in Bandung next month.",
        "Acme also operates in Vietnam, where it signed a distribution deal in March.",
        "Ann Lee later flew to Singapore, where investors welcomed the signed agreement.",
        "The agreement signed on Monday was presented at Beta's Innovation Summit later that day.",
    ],
)
def test_a_later_ceremony_or_another_deals_place_is_no_venue(later: str) -> None:
    signed = "Acme and Beta Corp signed a supply agreement at the Grand Hyatt Jakarta on Monday."
    text = f"{signed} {later}"
    (agreement,), warnings = guarded(text, MAY_14, Agreement(parties=_parties("Acme", "Beta Corp")))
    assert agreement.location == "Grand Hyatt Jakarta", warnings


def test_a_second_memorandum_signed_at_the_same_ceremony_keeps_the_day_and_place() -> None:
    text = (
        "The first MoU, with Kanda Institute, was signed in Osaka on Monday 5 May by Ruth Calder "
        "and Kenji Mori. At the same ceremony, Alan Pryce signed a second MoU with Haeundae "
        "University, whose delegation had flown in from Busan on Saturday 3 May.\n"
    )
    shared = {"date_text": "Monday 5 May", "date_signed": dt.date(2025, 5, 5), "location": "Osaka"}
    first = Agreement(
        parties=_parties("Northmere University", "Kanda Institute"),
        signatories=_people("Ruth Calder", "Kenji Mori"),
        **shared,
    )
    second = Agreement(parties=_parties("Northmere University", "Haeundae University"),
                       signatories=_people("Alan Pryce"), **shared)  # fmt: skip
    (_, told), warnings = guarded(text, MAY_14, first, second)
    assert (told.date_signed, told.location) == (dt.date(2025, 5, 5), "Osaka"), warnings


def test_a_party_its_signing_sentence_names_by_its_short_form_stays() -> None:
    text = (
        "Acme Energy and the Northshire Development Authority (NDA) signed the Grid Connection "
        "Agreement in Portville on Monday. Acme Energy, Beta Grid and the NDA signed the Land "
        "Lease Agreement at the same ceremony.\n"
    )
    grid = Agreement(
        title="Grid Connection Agreement",
        parties=_parties("Acme Energy", "Northshire Development Authority"),
    )
    authority = "Northshire Development Authority"
    lease = Agreement(title="Land Lease Agreement",
                      parties=_parties("Acme Energy", "Beta Grid", authority))  # fmt: skip
    (_, kept), warnings = guarded(text, MAY_14, grid, lease)
    assert len(kept.parties) == 3, warnings


def test_a_signer_who_signed_for_another_party_gives_no_party_of_their_own() -> None:
    text = (
        "5月12日，青石县人民政府与华泰能源股份有限公司签署储能电站项目投资协议。青石县发展和改革委员会"
        "主任李志刚代表县政府，华泰能源股份有限公司总经理黄嘉明代表企业签约。"
    )
    agreement = Agreement(
        parties=_parties(
            "青石县人民政府", "华泰能源股份有限公司", "青石县发展和改革委员会主任李志刚"
        ),
        signatories=_people("李志刚", "黄嘉明"),
    )
    (kept,), warnings = guarded(text, MAY_14, agreement)
    assert [p.name for p in kept.parties] == ["青石县人民政府", "华泰能源股份有限公司"], warnings


def test_unveilers_after_a_title_given_with_wei_are_read() -> None:
    text = (
        "5月12日，华泰能源集团与青石大学签署合作协议，共建储能联合研究院。青石大学副校长陈刚与华泰能源"
        "集团总经理吴磊代表双方签约。受聘为研究院首任院长的院士李华与青石大学校长周明共同为“华泰能源—"
        "青石大学储能联合研究院”揭牌。"
    )
    agreement = Agreement(title="合作协议", parties=_parties("华泰能源集团", "青石大学"),
                          signatories=_people("陈刚", "吴磊"),
                          established_entities=["储能联合研究院"])  # fmt: skip
    (kept,), warnings = guarded(text, MAY_14, agreement)
    assert [p.name for p in kept.witnesses] == ["李华", "周明"], warnings


def test_a_place_of_an_earlier_signing_told_with_ceng_is_not_taken() -> None:
    text = (
        "5月12日，青石大学与东澜大学签署战略合作协议。两校曾携手在上海签署合作备忘录，在联合培养"
        "研究生方面已有良好基础。"
    )
    (kept,), warnings = guarded(text, MAY_14, Agreement(parties=_parties("青石大学", "东澜大学")))
    assert kept.location is None, warnings


def test_one_who_attended_by_video_link_did_not_sign() -> None:
    text = (
        "The agreement was signed by Ann Lee and Bob Stone, while Minister Tom Ross attended by "
        "video link from London."
    )
    (kept,), warnings = guarded(
        text, MAY_14, Agreement(signatories=_people("Ann Lee", "Bob Stone", "Tom Ross"))
    )
    assert [p.name for p in kept.signatories] == ["Ann Lee", "Bob Stone"], warnings


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee signed on behalf of the Principal, Dr Tom Ross for the company.",
        "The agreement was signed on behalf of the President, Tom Ross, and on behalf of the "
        "company, Ann Lee.",
    ],
)
def test_a_name_after_an_office_that_signs_itself_is_a_signer(text: str) -> None:
    (kept,), warnings = guarded(text, MAY_14, Agreement(signatories=_people("Ann Lee", "Tom Ross")))
    assert [p.name for p in kept.signatories] == ["Ann Lee", "Tom Ross"], warnings


def test_a_document_signed_separately_at_the_ceremony_takes_its_venue() -> None:
    text = (
        "Acme Motors and Beta Transit signed a Memorandum of Understanding at the Grand Hyatt "
        "Jakarta on Monday 12 May. During the same ceremony, the Supply Agreement was signed "
        "separately by Ann Lee and Bob Stone."
    )
    parties = _parties("Acme Motors", "Beta Transit")
    memo = Agreement(title="Memorandum of Understanding", parties=parties)
    supply = Agreement(
        title="Supply Agreement", parties=parties, signatories=_people("Ann Lee", "Bob Stone")
    )
    agreements, warnings = guarded(text, MAY_14, memo, supply)
    assert [a.location for a in agreements] == ["Grand Hyatt Jakarta"] * 2, warnings
