"""A sixth read-only review, of the twentieth set's rules against the code before them:
the cases where they did worse, each mended (see README, "A twentieth blind set")."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.headline import headline
from coopllm.resolve import titled_left_out
from coopllm.schema import Agreement, Article, ExtractionDraft, Signatory

DAY = dt.date(2025, 5, 14)


@pytest.mark.parametrize(
    ("text", "parties", "venue"),
    [
        ("近日，临州大学与青禾科技有限公司签署《产学研战略合作协议》。签约仪式在临州大学行政楼第一"
         "会议室举行，校长王建国出席。", ("临州大学", "青禾科技有限公司"),
         "临州大学行政楼第一会议室"),
        ("Eastmoor University recently signed a Memorandum of Understanding with Kestrel "
         "Robotics Ltd. The signing ceremony was held at the Marlowe Building in Leeds.",
         ("Eastmoor University", "Kestrel Robotics Ltd"), "Marlowe Building in Leeds"),
    ],
)  # fmt: skip
def test_the_one_signing_told_as_recent_keeps_its_ceremonys_venue(
    text: str, parties: tuple[str, str], venue: str
) -> None:
    title = "产学研战略合作协议" if "临州" in text else "Memorandum of Understanding"
    (kept,), warnings = guarded(text, DAY, Agreement(title=title, parties=named_parties(*parties)))
    assert kept.location == venue, warnings


@pytest.mark.parametrize(
    "first",
    [
        "Acme and Beta sign MoU | The Herald",
        "Acme | Beta sign deal",
        "Beta Signs Content Partnership With Asia Pacific Newswire",
        "临州市与云网科技签约共建政务门户网站",
    ],
)
def test_a_headline_like_a_label_is_still_the_headline(first: str) -> None:
    text = f"{first}\nA line under it\n\nThe body of the story, which tells the signing."
    assert headline(first, text) == first
    assert headline(None, text) == first


def test_a_ministrys_name_alone_above_the_headline_is_no_headline() -> None:
    text = "Ministry of Energy\nEnergy Ministry and Acme sign solar MoU\n\nThe body."
    assert headline(None, text) == "Energy Ministry and Acme sign solar MoU"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("5月10日，临州大学与青禾科技有限公司在临州举行签约仪式，双方按计划顺利签署共建“海洋装备联合"
         "实验室”协议。", "海洋装备联合实验室"),
        ("Officials of Eastmoor University and Kestrel Robotics Ltd met in Leeds on Tuesday to "
         "sign an agreement to establish the Eastmoor-Kestrel Joint Laboratory.",
         "Eastmoor-Kestrel Joint Laboratory"),
    ],
)  # fmt: skip
def test_a_signing_done_as_planned_founds_its_body(text: str, body: str) -> None:
    parties = (
        ("临州大学", "青禾科技有限公司")
        if "临州" in text
        else ("Eastmoor University", "Kestrel Robotics Ltd")
    )
    agreement = Agreement(parties=named_parties(*parties), established_entities=[body])
    (kept,), warnings = guarded(text, DAY, agreement)
    assert kept.established_entities == [body], warnings


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("An Indonesian port operator signed a memorandum of understanding with Kestrel "
         "Logistics Ltd in Surabaya on Monday. The East Java Port Operator Association welcomed "
         "the deal.", "Indonesian port operator"),
        ("Kestrel Logistics Ltd signed a cooperation agreement with a regional development bank "
         "on Monday. The loan was arranged with support from the Northern Regional Development "
         "Bank, a separate lender.", "regional development bank"),
    ],
)  # fmt: skip
def test_a_kind_takes_no_bystanders_name(text: str, kind: str) -> None:
    agreement = Agreement(title="agreement", parties=named_parties(kind, "Kestrel Logistics Ltd"))
    (kept,), warnings = guarded(text, DAY, agreement)
    assert kept.parties[0].name == kind, warnings


@pytest.mark.parametrize(
    "opening",
    [
        'The Board of Directors of Tianhe Port Holdings Limited (the "Company") is pleased to',
        'Further, Tianhe Port Holdings Limited (the "Company") wishes to',
    ],
)
def test_a_defined_term_is_the_bodys_name_alone(opening: str) -> None:
    text = (
        f"{opening} announce that on 12 May 2025 the Company entered into a strategic "
        "cooperation agreement with Lingang Port Group Co., Ltd."
    )
    agreement = Agreement(
        title="strategic cooperation agreement",
        parties=named_parties("Company", "Lingang Port Group Co., Ltd."),
    )
    (kept,), warnings = guarded(text, DAY, agreement)
    assert kept.parties[0].name == "Tianhe Port Holdings Limited", warnings


@pytest.mark.parametrize(
    ("written", "given"),
    [("战略合作协议书", "战略合作协议"), ("校企合作协议（2025—2027年）", "校企合作协议")],
)
def test_a_title_written_in_a_fuller_form_is_the_same_document(written: str, given: str) -> None:
    text = f"5月10日，临州大学与青禾集团有限公司签署《{written}》。"
    agreement = Agreement(title=given, parties=named_parties("临州大学", "青禾集团有限公司"))
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    checker = Checker(SourceIndex(text), published=dt.date(2025, 5, 12))
    added, said = titled_left_out(draft, checker)
    assert len(added.agreements) == 1, said


def test_schools_paired_by_signing_are_signers() -> None:
    """ "结对签约" signs; only "对签约项目" speaks of the signed projects."""
    text = (
        "5月10日，临州一中与青山二中举行帮扶协议签约仪式。临州一中校长王明、青山二中校长李强代表两校"
        "结对签约。"
    )
    agreement = Agreement(
        title="帮扶协议",
        parties=named_parties("临州一中", "青山二中"),
        signatories=[Signatory(name="王明"), Signatory(name="李强")],
    )
    (kept,), warnings = guarded(text, DAY, agreement)
    assert [p.name for p in kept.signatories] == ["王明", "李强"], warnings


def test_projects_an_agreement_will_advance_are_no_count_of_the_witnessed() -> None:
    text = (
        "5月10日，青山县招商推介会在县行政中心举行。在市长陈海峰的见证下，青山县人民政府与青禾集团"
        "有限公司签署战略合作协议，双方将合作推进3个重点项目。随后，甲镇与云帆科技有限公司、乙镇与海川"
        "能源有限公司、丙镇与远航物流有限公司分别签订项目投资协议。"
    )
    agreements = [
        Agreement(title="战略合作协议", parties=named_parties("青山县人民政府", "青禾集团有限公司"))
    ]
    agreements += [
        Agreement(
            title="项目投资协议", agreement_type="project_agreement", parties=named_parties(*pair)
        )
        for pair in (
            ("甲镇", "云帆科技有限公司"),
            ("乙镇", "海川能源有限公司"),
            ("丙镇", "远航物流有限公司"),
        )
    ]
    kept, warnings = guarded(text, DAY, *agreements)
    assert [[p.name for p in a.witnesses] for a in kept] == [["陈海峰"], [], [], []], warnings


def test_a_signers_sentence_of_another_document_does_not_date_this_one() -> None:
    text = (
        "Media release | Thursday 5 June 2025\nAcme and Beta sign logistics MoU\n\n"
        "Acme Ltd and Beta plc have agreed a memorandum of understanding on port logistics. "
        "John Smith, who on 14 May signed a supply agreement with Delta Ports, signed the MoU "
        "for Acme.\n"
    )
    agreement = Agreement(
        title="memorandum of understanding",
        parties=named_parties("Acme Ltd", "Beta plc"),
        signatories=[Signatory(name="John Smith")],
        date_text="Thursday 5 June 2025",
        date_signed=dt.date(2025, 6, 5),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 6, 5), agreement)
    assert kept.date_signed is None, warnings  # not 14 May; nor the page's line (blind36)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Acme Ltd and Beta plc signed a Joint Venture Agreement in Leeds on Monday. Under the "
         "agreement, the two companies established a joint venture, Acme Beta Energy Co., Ltd., "
         "with a registered capital of 50 million yuan.", "Acme Beta Energy Co., Ltd."),
        ("5月10日，青禾集团有限公司与云帆科技有限公司在临州签署合资协议。根据协议，双方合资成立临州"
         "青帆新能源有限公司，注册资本5000万元。", "临州青帆新能源有限公司"),
    ],
)  # fmt: skip
def test_a_joint_venture_the_agreement_provides_is_founded(text: str, company: str) -> None:
    parties = (
        ("Acme Ltd", "Beta plc") if "Acme" in text else ("青禾集团有限公司", "云帆科技有限公司")
    )
    agreement = Agreement(parties=named_parties(*parties), established_entities=[company])
    (kept,), warnings = guarded(text, DAY, agreement)
    assert kept.established_entities == [company], warnings


def test_bodies_paired_for_framework_agreements_add_no_project_agreements() -> None:
    text = (
        "5月10日，临州大学、青山学院分别与青禾集团有限公司、云帆科技有限公司签订战略合作框架协议。"
    )
    names = ("临州大学", "青山学院", "青禾集团有限公司", "云帆科技有限公司")
    agreement = Agreement(title="战略合作框架协议", parties=named_parties(*names))
    kept, warnings = guarded(text, DAY, agreement)
    assert len(kept) == 1, warnings
