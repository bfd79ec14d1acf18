"""Rules made from the eighty-fifth blind set's misses, on texts of our own that fail on
the code before them: a statement's sign-off, a Nigerian form of address, a venue whose
name holds an owner's "'s" and its building and town after a comma, a ceremony "hosted
in" a hall, a founding still talked over, an untitled copy whose document the sentence
before signs, a university's place given as a party, and a role at a body as a party."""

from __future__ import annotations

import datetime as dt

from conftest import named_parties, read_through

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.guard.reading import signed_now
from coopllm.schema import Agreement, Signatory
from coopllm.titles import clean_people

_JUNE = dt.date(2025, 6, 12)


def test_a_statements_sign_off_names_no_signer() -> None:
    text = (
        "The Ministry of Works signed a Memorandum of Understanding with Tarka Roads Limited on "
        "Tuesday. The Permanent Secretary, Mrs. Amina Bello, signed for the Ministry.\n\n"
        "Signed:\nKunle Adebayo\nDirector, Press and Public Relations\n"
    )
    checker = Checker(SourceIndex(text), published=_JUNE)
    assert checker.role_sentence("Kunle Adebayo", "signatories", person=True) is None
    assert checker.role_sentence("Amina Bello", "signatories", person=True) is not None


def test_a_barrister_and_an_alhaji_are_forms_of_address() -> None:
    given = [Signatory(name="Barrister Tunde Ajayi"), Signatory(name="Alhaji Sani Musa")]
    assert [p.name for p in clean_people(given)] == ["Tunde Ajayi", "Sani Musa"]


def test_a_venue_with_an_owners_name_inside_and_its_building_and_town_after() -> None:
    text = (
        "The MoU was signed on Friday in Conference Room A of the Governor's Office, Government "
        "House, Makera.\n"
    )
    venues = Checker(SourceIndex(text)).signing_venues()
    assert venues == ["Conference Room A of the Governor's Office, Government House, Makera"]
    owned = "The deal was signed at Verdant Motion's headquarters in Leeds.\n"
    assert Checker(SourceIndex(owned)).signing_venues() == [
        "Verdant Motion's headquarters in Leeds"
    ]


def test_a_ceremony_hosted_in_a_hall_is_the_signings_venue() -> None:
    text = (
        "The two universities signed a research agreement on the 3rd in an online ceremony. "
        "The ceremony was hosted in the Senate Room of the Harbour Building in Port Ardan, the "
        "partner joining by video.\n"
    )
    venues = Checker(SourceIndex(text)).signing_venues()
    assert venues == ["Senate Room of the Harbour Building in Port Ardan"]


def test_a_founding_still_talked_over_founds_nothing() -> None:
    text = (
        "5月14日，仁安醫院與嶺南科大續簽《智慧醫療合作備忘錄》。雙方正研議共同成立「遠距照護聯合"
        "研發中心」，相關協議預計於年底前完成簽署。\n"
    )
    checker = Checker(SourceIndex(text), published=dt.date(2025, 5, 16))
    assert not checker.founded("遠距照護聯合研發中心")


def test_a_signing_pushed_for_is_to_come() -> None:
    assert not signed_now("双方表示将尽快推动签署战略合作协议。")
    assert signed_now("双方于3月19日签署战略合作协议。")


def test_an_untitled_copy_whose_document_the_paragraph_before_signs_is_folded() -> None:
    text = (
        "3月19日下午，远拓智能与江城理工大学机械学院在明德楼报告厅签署《共建智能焊接联合实验室合作"
        "协议》。\n\n远拓智能副总裁周启航与机械学院院长何雅琴分别代表双方签约。\n\n又讯：同日上午，"
        "远拓智能与江城银行举行座谈，表示将尽快推动签署战略合作协议。\n"
    )
    parties = named_parties("远拓智能", "江城理工大学机械学院")
    signers = [Signatory(name="周启航"), Signatory(name="何雅琴")]
    untitled = Agreement(parties=parties, signatories=signers, date_text="3月19日下午")
    titled = Agreement(
        title="共建智能焊接联合实验室合作协议",
        parties=parties,
        signatories=signers,
        date_text="3月19日下午",
    )
    kept = read_through(text, dt.date(2025, 3, 21), untitled, titled)
    assert [a.title for a in kept] == ["共建智能焊接联合实验室合作协议"]


def test_a_universitys_place_and_a_role_at_it_are_no_parties() -> None:
    text = (
        "The University of Port Ardan and Kelso Marine signed an agreement on Monday. It was "
        "signed by Dr. Ana Ruiz for Kelso Marine and by Professor Tom Hale, Dean of Science at "
        "Port Ardan.\n"
    )
    given = Agreement(
        title="agreement",
        parties=named_parties(
            "University of Port Ardan",
            "Kelso Marine",
            "Port Ardan",
            "Dean of Science at Port Ardan",
        ),
        signatories=[
            Signatory(name="Ana Ruiz"),
            Signatory(name="Tom Hale"),
            Signatory(name=None, title="Dean of Science at Port Ardan"),
        ],
    )
    (agreement,) = read_through(text, _JUNE, given)
    assert [p.name for p in agreement.parties] == ["University of Port Ardan", "Kelso Marine"]
