"""Rules from the thirty-first blind set (``examples/blind31``), each on a text of our own
that fails on the code before them: an agreement only initialled is no agreement signed,
also where the model gave its negotiators as signers; a Chinese date_text that runs on
into the place and the verb ("近日在…签订") is the date alone; a signer given to two
projects; a party the document's own name in 《》 writes beside the one given."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.dates import date_and_place
from coopllm.schema import Agreement

TALKS = (
    "Tavel, Orsa initial trade pact; port firms sign data memo\n\n"
    "VEYRA, Oct 9 - Tavel and Orsa on Thursday initialled the text of a trade framework "
    "agreement after two years of talks. The agreement was initialled by chief negotiators "
    "Ana Bell and Olaf Rudd. Ministers are expected to sign it in November.\n"
    "On the sidelines of the talks, Veyra Port Authority and Orsa Harbours signed a "
    "memorandum of understanding on data sharing. Director general Ivo Marr and chief "
    "executive Siri Holt signed it on Oct. 8.\n"
)


def test_an_agreement_only_initialled_is_no_agreement_signed() -> None:
    """The blind31 af05's model gave the initialled fisheries agreement, its chief
    negotiators as signers, beside the memorandum signed the day before."""
    initialled = Agreement(
        title="trade framework agreement",
        parties=named_parties("Tavel", "Orsa"),
        signatories=named_people("Ana Bell", "Olaf Rudd"),
    )
    memorandum = Agreement(
        title="memorandum of understanding on data sharing",
        parties=named_parties("Veyra Port Authority", "Orsa Harbours"),
        signatories=named_people("Ivo Marr", "Siri Holt"),
    )
    kept, warnings = guarded(TALKS, dt.date(2025, 10, 9), initialled, memorandum)
    assert [a.title for a in kept] == ["memorandum of understanding on data sharing"], warnings


def test_a_chinese_date_then_its_place_and_verb_is_the_date_alone() -> None:
    assert date_and_place("近日在西陵省云川市签订") == ("近日", "西陵省云川市")
    assert date_and_place("3月5日在甲市正式签署") == ("3月5日", "甲市")
    assert date_and_place("在甲市签订") == ("在甲市签订", None)


FAIR = (
    "甲市博览会重点项目集中签约\n\n"
    "6月8日下午，甲市博览会重点项目集中签约仪式在甲市会展中心举行。\n"
    "一、储能项目。乙县人民政府与丙能源科技股份有限公司签约，乙县县长刘安、丙能源科技股份有限公司"
    "副总裁马腾签署协议。\n"
    "二、冷链物流园项目。丁物流集团有限公司与戊物流有限公司签订合资合作协议，丁物流集团有限公司"
    "总经理彭远与戊物流有限公司亚太区负责人签约。\n"
)


def test_a_signer_given_to_two_projects_signs_the_one_their_paragraph_names() -> None:
    """The blind31 af02's model gave the storage project's signer to the cold-chain
    joint venture too."""
    storage = Agreement(
        title="合作协议",
        parties=named_parties("乙县人民政府", "丙能源科技股份有限公司"),
        signatories=named_people("刘安", "马腾"),
    )
    venture = Agreement(
        title="合资合作协议",
        parties=named_parties("丁物流集团有限公司", "戊物流有限公司"),
        signatories=named_people("彭远", "马腾"),
    )
    kept, warnings = guarded(FAIR, dt.date(2025, 6, 10), storage, venture)
    assert [[p.name for p in a.signatories] for a in kept] == [["刘安", "马腾"], ["彭远"]], warnings


def test_a_signer_of_two_documents_with_a_party_in_common_is_left_to_both() -> None:
    """Two documents of one university, the rule left alone: its vice-president, given to
    both, may have signed both, though the one paragraph of his signing names only the
    second's other party (the blind27 ab05's signers of a binding agreement and of its
    joint venture's, which the rule first dropped)."""
    text = (
        "甲大学与乙集团、丙公司签署协议\n\n"
        "5月8日，甲大学与乙集团签署《战略合作协议》，乙集团总经理王明签字。\n"
        "丙公司还与学校签署《共建实验室协议》，副校长李强、丙公司总经理赵亮代表双方签字。\n"
    )
    strategic = Agreement(
        title="战略合作协议",
        parties=named_parties("甲大学", "乙集团"),
        signatories=named_people("李强", "王明"),
    )
    laboratory = Agreement(
        title="共建实验室协议",
        parties=named_parties("甲大学", "丙公司"),
        signatories=named_people("李强", "赵亮"),
    )
    kept, warnings = guarded(text, dt.date(2025, 5, 9), strategic, laboratory)
    assert "李强" in [p.name for p in kept[0].signatories], warnings


def test_a_partys_partner_written_in_the_documents_own_name_is_a_party() -> None:
    """The blind31 af02's third project: "《青禾市人民政府 华屹电力投资有限公司战略合作框架
    协议》", its signers the deputy mayor and the company's manager; the model gave the
    company alone (the mayor as a party, dropped as a person)."""
    text = (
        "甲市重点项目集中签约\n\n"
        "三、《甲市人民政府 丙电力投资有限公司战略合作框架协议》。副市长唐远与丙电力投资有限公司"
        "总经理邱鹏签约。\n"
    )
    given = Agreement(
        title="战略合作框架协议",
        parties=named_parties("丙电力投资有限公司"),
        signatories=named_people("唐远", "邱鹏"),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 6, 10), given)
    assert [p.name for p in kept.parties] == ["甲市人民政府", "丙电力投资有限公司"], warnings


def test_a_documents_name_of_no_bodies_adds_no_party() -> None:
    text = (
        "甲市重点项目集中签约\n\n《新能源产业园项目战略合作框架协议》由丙电力投资有限公司签署。\n"
    )
    given = Agreement(title="战略合作框架协议", parties=named_parties("丙电力投资有限公司"))
    (kept,), warnings = guarded(text, dt.date(2025, 6, 10), given)
    assert [p.name for p in kept.parties] == ["丙电力投资有限公司"], warnings
