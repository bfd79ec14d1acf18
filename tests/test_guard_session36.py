"""Rules left by the thirty-fifth blind set and taken up after it, each on a text of our
own that fails on the code before them: an agreement given again under the signed one's
title (but for its case or a letter) with no one signing it is no second record; a venue
named after its owner's word ("the port's Cruise Terminal 2") is the signing's; a
signer's party takes the legal form another agreement gives it; the main hall where a
video signing's signer signed is its venue, the other's hall between; an unveiler named
with a Latin gloss and a hall is a witness (a body "of" a place the text writes place
first is tested in ``test_normalize.py``)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement, Signatory

_TEXT = (
    "A three-way Research and Field Trials Agreement founding the Marsh Soil Centre was "
    "signed last week by Professor Ida Crane, Vice-Chancellor of Hollins University, "
    "Omar Reyes of Fieldwise Ltd and Councillor Ruth Kemp of Marsh County Council, "
    "witnessed by Lee Park, Chair of the Marsh Growth Board."
)
_PAGE = dt.date(2025, 6, 24)


def _signed(title: str) -> Agreement:
    return Agreement(
        title=title,
        parties=named_parties("Hollins University", "Fieldwise Ltd", "Marsh County Council"),
        signatories=named_people("Ida Crane", "Omar Reyes", "Ruth Kemp"),
        witnesses=[Signatory(name="Lee Park", title="Chair of the Marsh Growth Board")],
        established_entities=["Marsh Soil Centre"],
    )


_TITLE = "three-way Research and Field Trials Agreement founding the Marsh Soil Centre"


@pytest.mark.parametrize(
    ("signed_title", "copy_title"),
    [
        (_TITLE, _TITLE.capitalize()),  # its case
        (_TITLE.replace("Research", "Researrch"), _TITLE),  # a letter typed twice
    ],
)
def test_an_unsigned_copy_of_the_signed_agreement_is_no_record(
    signed_title: str, copy_title: str
) -> None:
    """The blind35 aj05's model gave the agreement again, with a party of it, the
    witness's board and its first signer as parties and no one signing (its signed one
    titled with a letter typed wrong)."""
    copy = Agreement(
        title=copy_title,
        parties=named_parties("Hollins University", "Marsh Growth Board", "Professor Ida Crane"),
    )
    signed = _signed(signed_title)
    kept, warnings = guarded(_TEXT, _PAGE, signed, copy)
    assert [a.title for a in kept] == [signed.title]
    assert [p.name for p in kept[0].parties] == [p.name for p in signed.parties]
    assert any("with no one signing or witnessing it" in w for w in warnings)


@pytest.mark.parametrize(
    "copy",
    [
        Agreement(  # another title: a second document
            title="Data Sharing Agreement", parties=named_parties("Hollins University")
        ),
        Agreement(  # the copy founds a body of its own
            title=_TITLE,
            parties=named_parties("Hollins University", "Marsh Growth Board"),
            established_entities=["Marsh Water Lab"],
        ),
    ],
)
def test_an_unsigned_agreement_that_is_not_a_copy_stays(copy: Agreement) -> None:
    text = (
        _TEXT
        + " Hollins University also signed a Data Sharing Agreement, which sets up the"
        + " Marsh Water Lab."
    )
    signed = _signed(_TITLE)
    kept, _ = guarded(text, _PAGE, signed, copy)
    assert len(kept) == 2


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        (
            "It was signed on the 3rd at the port's Ferry Terminal 4 by",
            "the port's Ferry Terminal 4",
        ),
        ("It was signed on the 3rd at the city's Guild Hall by", "the city's Guild Hall"),
        ("It was signed on the 3rd at the port's headquarters by", None),  # no name
        ("It was signed on the 3rd at the port's Tallis office by", None),  # a town's
        # the twenty-second review's: an event's or a time's, a longer owner, "No. 2", a town
        ("It was signed on the 3rd at the group's Annual Investor Day by", None),
        ("It was signed on the 3rd at the weekend's Tallis Maritime Forum by", None),
        (
            "It was signed on the 3rd at the port authority's Cruise Terminal 2 by",
            "the port authority's Cruise Terminal 2",
        ),
        (
            "It was signed on the 3rd at the port's Cruise Terminal No. 2 by",
            "the port's Cruise Terminal No. 2",
        ),
        ("It was signed on the 3rd at the port's Cruise Terminal 2 in Tallis, by", "Tallis"),
    ],
)
def test_a_venue_named_after_its_owners_word_is_the_signings(
    sentence: str, venue: str | None
) -> None:
    """The blind35 aj06's "signed on the 14th at the port's Cruise Terminal 2 by …"."""
    text = f"{sentence} Ann Vale of Orion Ltd and Ray Holt of the Port of Tallis Authority."
    given = Agreement(
        title="Supply Contract",
        parties=named_parties("Orion Ltd", "Port of Tallis Authority"),
        signatories=named_people("Ann Vale", "Ray Holt"),
    )
    (kept,), _ = guarded(text, _PAGE, given)
    assert kept.location == venue


def test_a_signers_party_takes_the_legal_form_another_agreement_gives_it() -> None:
    """The blind35 aj01's second agreement: the model gave "青屿水务集团副总经理许振华" as a
    party, whose organisation the first agreement names with its legal form."""
    text = (
        "11月3日，澜州大学与远帆港务集团有限公司签署战略合作协议，校长陈立与远帆港务集团董事长"
        "王洋签约。随后，远帆港务集团副总经理何川与澜州大学海洋学院院长孙敏签署《共建智慧港口"
        "联合实验室协议》。"
    )
    first = Agreement(
        title="战略合作协议",
        parties=named_parties("澜州大学", "远帆港务集团有限公司"),
        signatories=named_people("陈立", "王洋"),
    )
    second = Agreement(
        title="共建智慧港口联合实验室协议",
        parties=named_parties("澜州大学海洋学院", "远帆港务集团副总经理何川"),
        signatories=named_people("孙敏"),
    )
    kept, _ = guarded(text, _PAGE, first, second)
    assert [p.name for p in kept[1].parties] == ["澜州大学海洋学院", "远帆港务集团有限公司"]


@pytest.mark.parametrize(
    ("signing", "venue"),
    [
        ("随后，澜州研究院院长高峰在主会场、英格丽·哈根在分会场，共同签署", "澜州研究院一号报告厅"),
        # someone only spoke in the main hall: not the signing's (the 22nd review's find)
        ("副市长黄明在主会场致辞，随后在分会场，澜州研究院院长高峰与英格丽·哈根共同签署", None),
    ],
)
def test_the_main_hall_where_one_signer_signed_and_the_other_by_video_is_the_venue(
    signing: str, venue: str | None
) -> None:
    """The blind35 aj03's "…院长邱景明在主会场、亨里克·索尔伯格在分会场，共同签署《…》": the
    other signer's hall stood between the main hall and the signing."""
    text = (
        "5月6日，澜州研究院与Fjordline AS合作备忘录签约仪式通过视频连线举行。主会场设在澜州研究院"
        f"一号报告厅，分会场设在Fjordline AS总部。{signing}《澜州研究院与Fjordline AS合作备忘录》。"
    )
    given = Agreement(
        title="澜州研究院与Fjordline AS合作备忘录",
        parties=named_parties("澜州研究院", "Fjordline AS"),
        signatories=named_people("高峰", "英格丽·哈根"),
    )
    (kept,), _ = guarded(text, _PAGE, given)
    assert kept.location == venue


@pytest.mark.parametrize(
    "unveiler",
    [
        "奥拉夫·伦德（Olav Lund）在主会场",
        # any letters' gloss, a named hall, a link (the 22nd review's finds)
        "奥拉夫·伦德（Olav Lünd）在北京主会场",
        "奥拉夫·伦德通过视频连线",
    ],
)
def test_an_unveiler_named_with_a_gloss_and_a_hall_is_a_witness(unveiler: str) -> None:
    """The blind35 aj03's "…汪静怡与…亚太区总裁拉尔斯·埃克伦德（Lars Eklund）在主会场共同为
    “…中心”揭牌": the gloss and the hall hid the name's end."""
    text = (
        "5月6日，澜州研究院院长高峰与Fjordline AS首席执行官英格丽·哈根签署合作备忘录，双方共建"
        "“澜北海洋装备联合研发中心”。签约结束后，副市长周敏与Fjordline AS亚太区总裁"
        f"{unveiler}共同为“澜北海洋装备联合研发中心”揭牌。"
    )
    given = Agreement(
        title="合作备忘录",
        parties=named_parties("澜州研究院", "Fjordline AS"),
        signatories=named_people("高峰", "英格丽·哈根"),
        established_entities=["澜北海洋装备联合研发中心"],
    )
    (kept,), _ = guarded(text, _PAGE, given)
    assert [p.name for p in kept.witnesses] == ["周敏", "奥拉夫·伦德"]
