"""Rules made from the fifty-fifth blind set's misses, each on a text of our own that fails
on the code before them: who entrusted the signer ("受校长…委托") is no signer; a signer's
documents listed in turn after a colon, each between the signer's body and one other; no
town of one end of a signing done over video; an owner's headquarters in its town; the
signing's venue over a party's name given as the place."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement

_ENTRUSTED = (
    "日前，青川大学与星河智造科技股份有限公司签署合作协议。受校长王立新委托，副校长李平代表学校"
    "签署《合作协议》，星河智造总经理赵刚代表公司签字。\n"
)


def test_who_entrusted_the_signer_is_no_signer() -> None:
    given = Agreement(
        title="合作协议",
        parties=named_parties("青川大学", "星河智造科技股份有限公司"),
        signatories=named_people("李平", "赵刚", "王立新"),
    )
    kept, _ = guarded(_ENTRUSTED, dt.date(2026, 3, 10), given)
    assert [p.name for p in kept[0].signatories] == ["李平", "赵刚"]


_IN_TURN = (
    "3月18日上午，临江市人民政府与北岭大学签署战略合作协议。随后，在市长周立的见证下，北岭大学"
    "临江研究院（以下简称“研究院”）院长冯达分别与两家企业签署项目合同：与临江华拓材料有限公司"
    "董事长沈明签署《隔膜材料研发合同》；与临江云帆科技有限公司总经理高远签署《视觉检测开发合同》。\n"
)


def _contract(title: str, *signers: str) -> Agreement:
    return Agreement(
        title=title,
        parties=named_parties("临江市人民政府", "北岭大学"),
        signatories=named_people(*signers),
    )


def test_documents_signed_in_turn_are_each_between_the_signers_body_and_one_other() -> None:
    kept, _ = guarded(
        _IN_TURN,
        dt.date(2026, 3, 19),
        _contract("隔膜材料研发合同", "沈明"),
        _contract("视觉检测开发合同", "高远"),
    )
    assert [([p.name for p in a.parties], [p.name for p in a.signatories]) for a in kept] == [
        (["北岭大学临江研究院", "临江华拓材料有限公司"], ["冯达", "沈明"]),
        (["北岭大学临江研究院", "临江云帆科技有限公司"], ["冯达", "高远"]),
    ]
    assert [[p.name for p in a.witnesses] for a in kept] == [["周立"], ["周立"]]


def test_a_list_in_turn_with_an_item_of_no_person_changes_nothing() -> None:
    text = _IN_TURN.replace("与临江云帆科技有限公司总经理高远签署", "与临江云帆科技有限公司签署")
    kept, _ = guarded(
        text,
        dt.date(2026, 3, 19),
        _contract("隔膜材料研发合同", "沈明"),
        _contract("视觉检测开发合同", "高远"),
    )
    assert "冯达" not in [p.name for a in kept for p in a.signatories]


_OVER_VIDEO = (
    "Acme Agency and Beta University signed a Memorandum of Understanding on 12 February at "
    "a virtual ceremony. Dr. Ada Reyes signed the document at the agency's headquarters in "
    "Nairobi, while Prof. Omar Haddad put his signature to it on the university's campus "
    "in Pune.\n"
)


def _mou(location: str | None = None) -> Agreement:
    return Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Acme Agency", "Beta University"),
        signatories=named_people("Ada Reyes", "Omar Haddad"),
        location=location,
    )


def test_no_town_of_one_end_of_a_signing_done_over_video_is_its_place() -> None:
    kept, _ = guarded(_OVER_VIDEO, dt.date(2026, 2, 13), _mou())
    assert kept[0].location is None


def test_the_town_of_a_signing_in_one_room_is_still_taken() -> None:
    text = _OVER_VIDEO.replace(" at a virtual ceremony", "").replace(
        ", while Prof. Omar Haddad put his signature to it on the university's campus in Pune",
        " with Prof. Omar Haddad",
    )
    kept, _ = guarded(text, dt.date(2026, 2, 13), _mou())
    assert kept[0].location is not None


def test_an_owners_headquarters_in_its_town_is_the_venue() -> None:
    text = (
        "Acme Agency and Beta University signed the agreement last Tuesday at Beta's "
        "headquarters in Ashcombe by Ada Reyes and Omar Haddad.\n"
    )
    kept, _ = guarded(text, dt.date(2026, 3, 2), _mou())
    assert kept[0].location == "Beta's headquarters in Ashcombe"


def test_the_signings_venue_is_taken_over_a_partys_name() -> None:
    text = (
        "The renewal was signed on Wednesday, May 13, at the Linwood Innovation Hub. Ada "
        "Reyes, Vice President for Research at Beta University, signed for the university, "
        "and Omar Haddad signed for Acme Agency.\n"
    )
    kept, _ = guarded(text, dt.date(2026, 5, 15), _mou("Beta University"))
    assert kept[0].location == "Linwood Innovation Hub"


def test_another_signings_virtual_ceremony_leaves_this_ones_place() -> None:
    text = (
        "Dr. Ada Reyes and Prof. Omar Haddad signed the agreement in the Hollis Auditorium "
        "in front of 200 guests.\n\n"
        "Separately, the laboratory renewed a memorandum with an agency in a virtual "
        "ceremony.\n"
    )
    kept, _ = guarded(text, dt.date(2026, 2, 13), _mou())
    assert kept[0].location == "Hollis Auditorium"
