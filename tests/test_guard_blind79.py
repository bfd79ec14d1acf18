"""Rules made from the seventy-ninth blind set's misses, on texts of our own that fail on
the code before them: a middle initial after a name with an accent, a signer the signing's
sentence names by title alone and the article names elsewhere (English and Chinese), a
Chinese signer whose item ends in the body they sign for, an unveiler heading a list of
attendees, a venue after a month written short, a venue after a counterparty and its
description, and a byline's writer, who signs nothing."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement, Signatory
from coopllm.sentences import sentence_bounds


def test_a_middle_initial_after_an_accented_name_ends_no_sentence() -> None:
    text = "Dr. Inês R. Barbosa, Counsellor at the Embassy of Lusara, signed for the agency."
    assert len(sentence_bounds(text)) == 1


_TITLED_RELEASE = (
    "Halden Grid and Brightwater Harbour Board sign cooperation agreement\n\n"
    "The agreement was signed on 2 December at the Quay Operations Centre by Halden Grid's "
    "Chief Executive Officer and the Harbour Board's Executive Director.\n\n"
    '"Quays are hard to electrify," said Mara J. Okoye, Chief Executive Officer of Halden '
    'Grid. "This plan has dates," said Dr. Ivo Lindqvist, Executive Director of the '
    "Brightwater Harbour Board.\n"
)


def test_signers_named_by_title_at_the_signing_are_the_holders_named_elsewhere() -> None:
    given = Agreement(
        title="agreement",
        parties=named_parties("Halden Grid", "Brightwater Harbour Board"),
        signatories=[
            *named_people("Mara J. Okoye", "Ivo Lindqvist"),
            Signatory(title="Halden Grid's Chief Executive Officer"),
        ],
    )
    kept, _ = guarded(_TITLED_RELEASE, dt.date(2025, 12, 4), given)
    assert [p.name for p in kept[0].signatories] == ["Mara J. Okoye", "Ivo Lindqvist"]


def test_a_title_two_people_hold_names_neither_as_its_signer() -> None:
    text = _TITLED_RELEASE + (
        "Tom Reyes, Chief Executive Officer of Halden Grid until March, welcomed the deal.\n"
    )
    given = Agreement(
        title="agreement",
        parties=named_parties("Halden Grid", "Brightwater Harbour Board"),
        signatories=named_people("Mara J. Okoye"),
    )
    kept, _ = guarded(text, dt.date(2025, 12, 4), given)
    assert kept[0].signatories == []


def test_a_title_written_after_its_holders_name_stands_in_for_no_signer() -> None:
    """A name's own title, after its comma, in a signing sentence: "on behalf of Dr. Tom
    Reis, Director General of …" is whom another signed for, not a signer's title."""
    text = (
        "The memorandum was signed by Ambassador Ana Lee on behalf of Dr. Tom Reis, Director "
        "General of the Lusaran Bureau of Standards, who could not travel, and by Piet Aal, "
        "Director of the Marren Agency.\n"
    )
    given = Agreement(
        title="memorandum",
        parties=named_parties("Lusaran Bureau of Standards", "Marren Agency"),
        signatories=named_people("Ana Lee", "Tom Reis", "Piet Aal"),
    )
    kept, _ = guarded(text, dt.date(2025, 3, 4), given)
    assert "Tom Reis" not in [p.name for p in kept[0].signatories]


def test_a_chinese_signer_given_as_a_body_and_title_is_its_holder() -> None:
    text = (
        "本月12日，江川大学与恒远智能装备股份有限公司（以下简称“恒远智能”）签署战略合作协议。"
        "校党委书记郑远，恒远智能董事长、总经理韩立国等出席仪式。\n\n"
        "副校长蒋明与恒远智能总经理代表双方签署《战略合作协议》。\n"
    )
    given = Agreement(
        title="战略合作协议",
        parties=named_parties("江川大学", "恒远智能装备股份有限公司"),
        signatories=named_people("蒋明", "韩立国", "恒远智能总经理"),
    )
    kept, _ = guarded(text, dt.date(2025, 11, 14), given)
    assert [p.name for p in kept[0].signatories] == ["蒋明", "韩立国"]


def test_a_chinese_signer_whose_item_ends_in_the_body_they_sign_for_is_added() -> None:
    text = (
        "昨天下午，临川市人民政府与华远能源集团有限公司签署《共建氢能研究院合作协议》。"
        "市科技局局长周明代表市政府，华远集团副总经理田阳代表集团在协议上签字。\n"
    )
    given = Agreement(
        title="共建氢能研究院合作协议",
        parties=named_parties("临川市人民政府", "华远能源集团有限公司"),
        signatories=named_people("田阳"),
    )
    kept, _ = guarded(text, dt.date(2025, 9, 24), given)
    assert sorted(p.name or "" for p in kept[0].signatories) == ["周明", "田阳"]


def test_a_chinese_item_that_speaks_for_a_body_is_no_signer() -> None:
    text = "市长王海代表市政府致辞，华远集团副总经理田阳与市科技局局长周明在协议上签字。\n"
    given = Agreement(
        title="合作协议",
        parties=named_parties("临川市人民政府", "华远能源集团有限公司"),
        signatories=named_people("田阳"),
    )
    kept, _ = guarded(text, dt.date(2025, 9, 24), given)
    assert "王海" not in [p.name for p in kept[0].signatories]


def test_an_attendee_heading_the_list_of_unveilers_is_a_witness() -> None:
    text = (
        "昨天下午，临川市人民政府与华远能源集团有限公司签署《共建临川氢能研究院合作协议》。"
        "市委书记高宇，华远集团董事长、党委书记卢泽出席签约仪式，并共同为“临川氢能研究院”揭牌。"
        "市科技局局长周明与华远集团副总经理田阳代表双方签约。\n"
    )
    given = Agreement(
        title="共建临川氢能研究院合作协议",
        parties=named_parties("临川市人民政府", "华远能源集团有限公司"),
        signatories=named_people("周明", "田阳"),
        established_entities=["临川氢能研究院"],
    )
    kept, _ = guarded(text, dt.date(2025, 9, 24), given)
    assert sorted(p.name or "" for p in kept[0].witnesses) == ["卢泽", "高宇"]


def test_a_venue_after_a_month_written_short_is_read() -> None:
    text = (
        'The document, titled the "Keston Plant Investment Agreement", was signed on Dec. 30 '
        "at the Ridgeline Conference Centre in Dunmore, the provincial capital. Carla Denholm "
        "signed for the province and Jens Ulmann for the company.\n"
    )
    given = Agreement(
        title="Keston Plant Investment Agreement",
        location="Dunmore, the provincial capital",
        parties=named_parties("Arlen Province", "Vantor AG"),
        signatories=named_people("Carla Denholm", "Jens Ulmann"),
    )
    kept, _ = guarded(text, dt.date(2026, 1, 5), given)
    assert kept[0].location == "Ridgeline Conference Centre in Dunmore"
    # Read as the signing's venue itself, as the other agreements of an article ask it.
    checker = Checker(SourceIndex(text), published=dt.date(2026, 1, 5))
    assert checker.signing_venues() == ["Ridgeline Conference Centre in Dunmore"]


def test_a_venue_after_a_counterparty_and_its_description_is_read() -> None:
    text = (
        "Last Thursday, Qingshan University (QSU) signed a memorandum with the Lusaran Space "
        "Agency (LSA), the civil space agency of Lusara, in Zhixing Hall on the Xiyuan Campus.\n"
    )
    given = Agreement(
        title="memorandum",
        parties=named_parties("Qingshan University", "Lusaran Space Agency"),
    )
    kept, _ = guarded(text, dt.date(2025, 6, 10), given)
    assert kept[0].location == "Zhixing Hall on the Xiyuan Campus"


def test_a_counterpartys_description_holding_a_place_is_no_venue() -> None:
    text = (
        "Alpha Labs signed a memorandum with Beta Corp, a company based in Lagos, at a ceremony "
        "last week.\n"
    )
    given = Agreement(title="memorandum", parties=named_parties("Alpha Labs", "Beta Corp"))
    kept, _ = guarded(text, dt.date(2025, 6, 10), given)
    assert kept[0].location is None


def test_a_bylines_writer_signs_nothing() -> None:
    text = (
        "Vantor to build bus plant after signing deals with Arlen province\n"
        "By Colm Reddy\nUpdated: 5 January 2026\n\n"
        "Carla Denholm signed for the province and Jens Ulmann signed for the company.\n"
    )
    given = Agreement(
        title="investment agreement",
        parties=named_parties("Arlen Province", "Vantor AG"),
        signatories=named_people("Carla Denholm", "Colm Reddy", "Jens Ulmann"),
    )
    kept, _ = guarded(text, dt.date(2026, 1, 5), given)
    assert [p.name for p in kept[0].signatories] == ["Carla Denholm", "Jens Ulmann"]


def test_signers_after_the_document_their_sentence_titles_move_to_it() -> None:
    text = (
        "10月28日，东川区产学研项目集中签约仪式在东川会展中心举行。\n\n"
        "东川区人民政府与南江理工大学签署《共建东川创新研究院协议》，沈怡与罗平分别代表双方签约。\n\n"
        "南江理工大学与芯远半导体有限公司签署《热管理技术开发合同》，副校长杜轩与芯远半导体总经理"
        "易帆代表双方签约。\n"
    )
    institute = Agreement(
        title="共建东川创新研究院协议",
        parties=named_parties("东川区人民政府", "南江理工大学"),
    )
    contract = Agreement(
        title="热管理技术开发合同",
        parties=named_parties("南江理工大学", "芯远半导体有限公司"),
        signatories=named_people("沈怡", "罗平", "杜轩", "易帆"),
    )
    kept, _ = guarded(text, dt.date(2025, 10, 30), institute, contract)
    assert [[p.name for p in a.signatories] for a in kept] == [["沈怡", "罗平"], ["杜轩", "易帆"]]


def test_a_projects_site_after_the_counterparty_is_no_venue() -> None:
    text = (
        "The second MoU was signed with Orvane Semiconductors Limited for an assembly and test "
        "unit at the Ratanpur Electronics Cluster, with an investment of Rs 2,500 crore.\n"
    )
    given = Agreement(
        title="MoU", parties=named_parties("Industries Department", "Orvane Semiconductors Limited")
    )
    kept, _ = guarded(text, dt.date(2026, 1, 17), given)
    assert kept[0].location is None
