"""Rules from the thirty-seventh blind set (``examples/blind37``), each on a text of our own
that fails on the code before them: a county's signing event ("…项目集中签约活动在…举行")
dates and places its documents; an agreement the model titled in words of its own, signed
by no one, beside the signed one of the same parties, is that one; a renewal given twice
folds where the article counts fewer documents than the record holds, and the person on
whose behalf another signed ("on behalf of Dr. …") is no signer; where neither pass gave
any agreement, the one an English sentence says a body "entered into" with another is
added, and the signers listed after "was signed by" are read."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.resolve import titled_left_out
from coopllm.schema import Agreement, Article, ExtractionDraft

_EVENT = (
    "青州县人民政府\n\n青州县举行项目集中签约活动\n\n发布日期：2026-01-05\n\n"
    "12月30日下午，青州县第四季度招商引资项目集中签约活动在县行政中心一楼会议室举行。\n\n"
    "青州县人民政府与宁波禾丰新材料科技有限公司签订《生物基材料项目投资协议》，副县长孙晓鹏与"
    "禾丰新材料董事长郑家豪分别代表双方签约。\n"
)


def test_a_countys_signing_event_dates_and_places_its_documents() -> None:
    """The blind37 al06's model gave the page's date in words of its own ("2026年1月5日")
    and the hall with the county's full name ("桐岚县行政中心一楼会议室")."""
    given = Agreement(
        title="生物基材料项目投资协议",
        parties=named_parties("青州县人民政府", "宁波禾丰新材料科技有限公司"),
        signatories=named_people("孙晓鹏", "郑家豪"),
        date_text="2026年1月5日",
        date_signed=dt.date(2026, 1, 5),
        location="青州县行政中心一楼会议室",
    )
    (kept,), _ = guarded(_EVENT, dt.date(2026, 1, 5), given)
    assert (kept.date_signed, kept.location) == (dt.date(2025, 12, 30), "县行政中心一楼会议室")


_ALLIANCE = (
    "11月18日上午，甲市中心医院与乙县人民医院紧密型医联体签约仪式在乙县人民医院学术报告厅举行。"
    "随后，双方代表周振华、林海燕分别在《甲市中心医院—乙县人民医院紧密型医联体共建协议》上签字。"
    "市卫生健康委员会主任郑国栋等领导出席并见证签约。推进紧密型医联体建设是重要举措。\n"
)


def test_a_paraphrased_unsigned_copy_of_the_signed_agreement_is_folded_into_it() -> None:
    """The blind37 al05's model gave "紧密型医联体建设协议" (the article does not write it)
    with the witness and the branch founded, beside the titled one with its signers."""
    parties = named_parties("甲市中心医院", "乙县人民医院")
    paraphrased = Agreement(
        title="紧密型医联体建设协议",
        parties=parties,
        witnesses=named_people("郑国栋"),
        established_entities=["甲市中心医院乙县分院"],
    )
    signed = Agreement(
        title="甲市中心医院—乙县人民医院紧密型医联体共建协议",
        parties=parties,
        signatories=named_people("周振华", "林海燕"),
    )
    kept, _ = guarded(_ALLIANCE, dt.date(2025, 11, 21), paraphrased, signed)
    assert [(a.title, [p.name for p in a.witnesses]) for a in kept] == [
        ("甲市中心医院—乙县人民医院紧密型医联体共建协议", ["郑国栋"])
    ]


_RENEWAL = (
    "On Tuesday, 2 December 2025, the Tallis Bureau of Standards (TBS) and the Orion "
    "Metrology Agency signed a renewed Memorandum of Understanding on Standards Cooperation "
    "at the Embassy. The memorandum was signed by Ambassador Ann Vale on behalf of Dr. Tom "
    "Reed, Director General of the TBS, who could not travel, and by Mr. Ray Holt, Director "
    "General of the agency. The Embassy facilitated both documents. Immediately afterwards, "
    "the two institutes signed a Cooperation Agreement on Calibration, signed by Lee Park "
    "and Ida Crane."
)


def test_a_renewal_given_twice_folds_where_the_article_counts_fewer_documents() -> None:
    """The blind37 al02's model gave "Memorandum of Understanding on …" and "Renewed
    Memorandum of Understanding on …" beside the calibration agreement: three, where the
    article counts "both documents"; and Dr. Reiner, on whose behalf the ambassador signed,
    as a signer."""
    parties = named_parties("Tallis Bureau of Standards", "Orion Metrology Agency")
    signers = named_people("Ann Vale", "Tom Reed", "Ray Holt")
    mou = Agreement(
        title="Memorandum of Understanding on Standards Cooperation",
        parties=parties,
        signatories=signers,
    )
    renewed = mou.model_copy(
        update={"title": "Renewed Memorandum of Understanding on Standards Cooperation"}
    )
    calibration = Agreement(
        title="Cooperation Agreement on Calibration",
        parties=named_parties("Tallis Institute", "Orion Institute"),
        signatories=named_people("Lee Park", "Ida Crane"),
    )
    kept, _ = guarded(_RENEWAL, dt.date(2025, 12, 4), mou, renewed, calibration)
    assert [a.title for a in kept] == [
        "Renewed Memorandum of Understanding on Standards Cooperation",
        "Cooperation Agreement on Calibration",
    ]
    assert [p.name for p in kept[0].signatories] == ["Ann Vale", "Ray Holt"]


_ANNOUNCEMENT = (
    "VOLUNTARY ANNOUNCEMENT\n\nThe Board is pleased to announce that on 14 November 2025, "
    'Tallis Motion Control Co., Ltd. ("Tallis Motion"), an indirect wholly-owned subsidiary '
    "of the Company, entered into a Strategic Cooperation Framework Agreement (the "
    '"Agreement") with Orion Robotics Technology Co., Ltd. in Suzhou.\n\nThe Agreement was '
    "signed by Mr. Shen Hao, general manager of Tallis Motion, and Ms. Gao Ting, chairwoman "
    "of Orion Robotics. Mr. Lu Wei, Chairman of the Board, witnessed the signing.\n"
)


def test_an_announcements_entry_into_an_agreement_is_one_where_no_pass_gave_any() -> None:
    """The blind37 al01's record was empty: neither pass gave the agreement a listed
    company's announcement says its subsidiary entered into; the signers listed after "was
    signed by" are read too."""
    draft = ExtractionDraft(article=Article(), agreements=[])
    added, said = titled_left_out(draft, Checker(SourceIndex(_ANNOUNCEMENT)))
    (agreement,) = added.agreements
    assert agreement.title == "Strategic Cooperation Framework Agreement"
    assert [p.name for p in agreement.parties] == [
        "Tallis Motion Control Co., Ltd.",
        "Orion Robotics Technology Co., Ltd.",
    ]
    assert said
    (kept,), _ = guarded(_ANNOUNCEMENT, dt.date(2025, 11, 17), agreement)
    assert "Shen Hao" in [p.name for p in kept.signatories]


def test_an_entry_into_an_agreement_to_come_is_none() -> None:
    text = _ANNOUNCEMENT.replace("entered into", "is expected to enter into").replace(
        "The Agreement was signed by", "The Agreement will be signed by"
    )
    draft = ExtractionDraft(article=Article(), agreements=[])
    added, _ = titled_left_out(draft, Checker(SourceIndex(text)))
    assert added.agreements == []
