"""Rules from the twenty-sixth blind set (``examples/blind26``), each on a text of our own
that fails on the code before them: a party given as "The Company", the term an
announcement defines, is the company it stands for; a title given as the person's name
again is no title; who "looked on" in a clause of "as …" is a witness the model may leave
out; a title in lower case after a company's name ("Vantor chairman Budi Santoso"); and a
review's finds on the blind25 rule (应邀, 一行, 见证 with no object)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement, Signatory
from coopllm.titles import clean_people, titled_name

NOTICE = (
    "VOLUNTARY ANNOUNCEMENT: COOPERATION FRAMEWORK AGREEMENT\n\n"
    'The board of Harwick Biologics Holdings Limited (the "Company") is pleased to announce '
    "that on 2 March 2025 the Company entered into a cooperation framework agreement with "
    "Lantern Pharma Co., Ltd. The agreement was signed by Mr. Ivo Brandt, chief executive "
    "officer of the Company, and Ms. Mei Sato, general manager of Lantern Pharma.\n"
)


def test_a_party_given_as_the_defined_company_is_the_company_it_stands_for() -> None:
    given = Agreement(
        title="cooperation framework agreement",
        parties=named_parties(
            "Harwick Biologics Holdings Limited", "Lantern Pharma Co., Ltd.", "The Company"
        ),
        signatories=named_people("Ivo Brandt", "Mei Sato"),
    )
    (kept,), warnings = guarded(NOTICE, dt.date(2025, 3, 3), given)
    assert [p.name for p in kept.parties] == [
        "Harwick Biologics Holdings Limited",
        "Lantern Pharma Co., Ltd.",
    ], warnings


def test_a_title_given_as_the_name_again_is_no_title() -> None:
    people = [Signatory(name="Farid Hakimi", title="Farid Hakimi", organization="Meridian")]
    assert [(p.name, p.title) for p in clean_people(people)] == [("Farid Hakimi", None)]


WIRE = (
    "Harbour Grid unit signs cable memorandum in Jakarta\n\n"
    "Harbour Solar Pte Ltd signed a memorandum of understanding in Jakarta on Monday with "
    "PT Selat Kabel. Harbour Solar managing director Owen Lim signed the memorandum with "
    "Selat's chief executive, Sari Utami, as Selat chairman Agus Wibowo looked on.\n"
)


def test_who_looked_on_in_an_as_clause_is_added_as_a_witness() -> None:
    """The blind26 aa05's "…, as Vantor chairman Budi Santoso looked on", whom the model
    left out: the clause's names, a title in lower case after the company's name."""
    given = Agreement(
        title=None,
        parties=named_parties("Harbour Solar Pte Ltd", "PT Selat Kabel"),
        signatories=named_people("Owen Lim", "Sari Utami"),
    )
    (kept,), warnings = guarded(WIRE, dt.date(2025, 6, 3), given)
    assert [p.name for p in kept.witnesses] == ["Agus Wibowo"], warnings


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("Selat chairman Agus Wibowo", "Agus Wibowo"),
        ("Harbour Solar managing director Owen Lim", "Owen Lim"),
    ],
)
def test_a_title_in_lower_case_after_a_companys_name(item: str, name: str) -> None:
    assert titled_name(item) == name


@pytest.mark.parametrize(
    ("clause", "witness"),
    [
        ("驻哈萨克斯坦大使龚涛应邀出席仪式，并见证签约。", ("龚涛", "大使")),
        ("大使龚涛应邀出席签约仪式并见证签约。", ("龚涛", "大使")),
        ("省商务厅厅长韦海一行出席仪式，并共同见证签约。", ("韦海", "厅长")),
        ("大使龚涛出席仪式，并共同见证。", ("龚涛", "大使")),
    ],
)
def test_a_witness_invited_or_with_a_party_who_attended_and_witnessed(
    clause: str, witness: tuple[str, str]
) -> None:
    """A read-only review's finds on the blind25 rule: 应邀 and 一行 between the name and
    its attending, and 见证 with no object at the sentence's end."""
    text = (
        "青岚区与鸿远科技签署合作协议\n\n6月3日，青岚区区长孔德明与鸿远科技董事长韦思成签署合作协议。"
        + clause
    )
    given = Agreement(
        title="合作协议",
        parties=named_parties("青岚区", "鸿远科技"),
        signatories=named_people("孔德明", "韦思成"),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 6, 4), given)
    assert [(p.name, p.title) for p in kept.witnesses] == [witness], warnings


VIDEO = (
    "甲医疗与乙研究所签署合作备忘录\n\n"
    "发布时间：2025-09-05\n\n"
    "9月3日上午，甲医疗器械股份有限公司（以下简称“甲医疗”）与乙生物医学研究所以视频连线方式签署"
    "《联合研发合作备忘录》。本次签约仪式的主会场设在甲医疗杭州总部，乙生物医学研究所在成都分会场"
    "参加。公司总裁周一舟与所长冯静在备忘录上签字。"
    "在本次备忘录基础上，双方计划于年内签署正式协议，共建“甲乙可穿戴医疗联合创新中心”。\n"
)


def _memorandum(**given: object) -> Agreement:
    return Agreement.model_validate(
        {
            "title": "联合研发合作备忘录",
            "parties": named_parties("甲医疗器械股份有限公司", "乙生物医学研究所"),
            "signatories": named_people("周一舟", "冯静"),
            **given,
        }
    )


def test_a_video_signings_main_hall_is_its_location() -> None:
    """The blind26 aa03's "本次签约仪式的主会场设在信禾医疗苏州总部", no location given."""
    (kept,), warnings = guarded(VIDEO, dt.date(2025, 9, 5), _memorandum())
    assert kept.location == "甲医疗杭州总部", warnings


def test_a_centre_to_be_founded_by_a_formal_agreement_planned_is_not_founded() -> None:
    """The blind26 aa03's "双方计划于年内签署正式协议，共建“…联合创新中心”"."""
    given = _memorandum(established_entities=["甲乙可穿戴医疗联合创新中心"])
    (kept,), warnings = guarded(VIDEO, dt.date(2025, 9, 5), given)
    assert kept.established_entities == [], warnings


@pytest.mark.parametrize(
    ("text", "name", "signed"),
    [
        ("市委书记梁明出席并见证了签约。梁明表示，将推动项目早签约、早开工。", "梁明", False),
        ("区长傅清与甲公司总经理李四签署协议。傅清表示，双方将深化合作。", "傅清", True),
        ("区长傅清表示同意，并签署了协议。", "傅清", True),
    ],
)
def test_signing_words_in_what_someone_said_are_the_speechs(
    text: str, name: str, signed: bool
) -> None:
    """The blind26 aa02's "梁正勋表示，…推动项目早签约" made the witnessing party secretary a
    signer: what follows 表示 and a pause is the speech's."""
    assert Checker(SourceIndex(text)).has_evidence(name, "signatories", person=True) is signed
