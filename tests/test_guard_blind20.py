"""Rules from the twentieth blind set (``examples/blind20``), each on a text of our own
that fails on the code before them: bodies that each signed "分别与" one of another list;
the witnesses of "N个项目集中签约" on those projects alone; "对签约项目" no signing; a document
a Chinese clause titles that neither pass gave, and its "近日" no ceremony's venue; the
body of a deal to come not founded; the page's "Media release | Thursday …" line and a
signer's own sentence; "Indonesian" no "Indonesia"; a defined term for its name and the
headline's words repeated with no person; a joint venture a party shall establish; a
portal's, a wire's and a section's lines no headline."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties

from coopllm.dates import only_on_the_page_date_line
from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.headline import headline
from coopllm.resolve import titled_left_out
from coopllm.schema import Agreement, Article, ExtractionDraft, Signatory

FAIR = (
    "12月20日上午，松溪县招商推介会在县会展中心举行。推介会上，松溪县人民政府与浙北银行签订"
    "《金融服务战略合作协议》，县长周立与行长方明代表双方签约。\n\n"
    "随后，在县委书记陈海、市商务局副局长林岚的见证下，3个产业项目集中签约。其中，松溪经济开发区"
    "管委会与苏州恒达装备有限公司签订智能装备项目投资协议；竹林镇、云溪乡分别与浙江绿能科技有限"
    "公司、杭州云茶农业发展有限公司签订投资协议，涉及投资3亿元的光伏储能项目和高山茶叶加工项目。\n\n"
    "陈海要求各部门对签约项目实行专班推进。\n"
)


def _fair() -> list[Agreement]:
    return [
        Agreement(
            title="金融服务战略合作协议",
            parties=named_parties("松溪县人民政府", "浙北银行"),
            signatories=[Signatory(name="周立"), Signatory(name="方明")],
        ),
        Agreement(
            title="智能装备项目投资协议",
            agreement_type="project_agreement",
            parties=named_parties("松溪经济开发区管委会", "苏州恒达装备有限公司"),
        ),
    ]


def test_bodies_that_each_signed_with_one_of_a_list_are_agreements_of_their_own() -> None:
    """The blind20 u02's "白沙镇、云岭乡分别与…、…签订投资协议", which the model left out."""
    kept, warnings = guarded(FAIR, dt.date(2024, 12, 22), *_fair())
    pairs = [[p.name for p in a.parties] for a in kept[2:]]
    assert pairs == [
        ["竹林镇", "浙江绿能科技有限公司"],
        ["云溪乡", "杭州云茶农业发展有限公司"],
    ], warnings
    assert [a.cooperation_areas for a in kept[2:]] == [["光伏储能"], ["高山茶叶加工"]]


def test_the_witnesses_of_counted_projects_witness_those_projects_alone() -> None:
    """The blind20 u02's county head, who "对签约项目" spoke, witnessed the three projects;
    the bank's agreement, signed before, has no witness."""
    kept, warnings = guarded(FAIR, dt.date(2024, 12, 22), *_fair())
    assert [[p.name for p in a.witnesses] for a in kept] == [
        [],
        ["陈海", "林岚"],
        ["陈海", "林岚"],
        ["陈海", "林岚"],
    ], warnings


MARINE = (
    "我市与东海装备研究院签署战略合作框架协议\n\n发布日期：2024-06-12\n\n"
    "上周五，临江市人民政府与东海装备研究院在宁波签署《战略合作框架协议》。双方还将于今年下半年"
    "签署共建“东海装备研究院临江中试基地”协议。\n\n"
    "近日，市科技局还与临江职业技术学院签订《海洋装备人才培养合作协议》。\n"
)


def test_a_document_a_clause_titles_that_no_pass_gave_is_added() -> None:
    """The blind20 u03's second document, by its title in 《》."""
    checker = Checker(SourceIndex(MARINE), published=dt.date(2024, 6, 12))
    framework = Agreement(
        title="战略合作框架协议", parties=named_parties("临江市人民政府", "东海装备研究院")
    )
    draft = ExtractionDraft(article=Article(), agreements=[framework])
    added, said = titled_left_out(draft, checker)
    assert [(a.title, [p.name for p in a.parties]) for a in added.agreements[1:]] == [
        ("海洋装备人才培养合作协议", ["市科技局", "临江职业技术学院"])
    ], said


def test_in_lenient_mode_a_document_no_pass_gave_is_said_not_added() -> None:
    """Lenient mode adds nothing the model did not give: the addition is only said, as
    the guard's own are ("the guard would add …")."""
    checker = Checker(SourceIndex(MARINE), published=dt.date(2024, 6, 12))
    framework = Agreement(
        title="战略合作框架协议", parties=named_parties("临江市人民政府", "东海装备研究院")
    )
    draft = ExtractionDraft(article=Article(), agreements=[framework])
    kept, said = titled_left_out(draft, checker, strict=False)
    assert kept.agreements == [framework]
    assert said == [
        "the guard would add agreement '海洋装备人才培养合作协议' of '市科技局' and "
        "'临江职业技术学院': the article says they signed it, and neither pass gave it"
    ]


def test_a_recent_signing_takes_no_ceremonys_venue_nor_its_day() -> None:
    framework = Agreement(
        title="战略合作框架协议",
        parties=named_parties("临江市人民政府", "东海装备研究院"),
        location="宁波",
        date_text="上周五",
        date_signed=dt.date(2024, 6, 7),
        established_entities=["东海装备研究院临江中试基地"],
    )
    training = Agreement(
        title="海洋装备人才培养合作协议", parties=named_parties("市科技局", "临江职业技术学院")
    )
    (kept, added), warnings = guarded(MARINE, dt.date(2024, 6, 12), framework, training)
    assert (added.location, added.date_signed) == (None, None), warnings
    assert kept.established_entities == [], warnings  # the base of a deal to come


def test_the_body_of_an_english_deal_to_come_is_not_founded() -> None:
    text = (
        "Orrin Ltd and Vesta plc signed a Framework Agreement on Monday. The two will sign an "
        "agreement to establish the Orrin-Vesta Battery Centre later this year.\n"
    )
    agreement = Agreement(
        title="Framework Agreement",
        parties=named_parties("Orrin Ltd", "Vesta plc"),
        established_entities=["Orrin-Vesta Battery Centre"],
    )
    (kept,), warnings = guarded(text, dt.date(2025, 5, 14), agreement)
    assert kept.established_entities == [], warnings


RELEASE = (
    "Halden University | Newsroom\n\nHalden and Tana University sign MoU on water research\n\n"
    "Media release | Thursday 25 September 2025\n\n"
    "Halden University and Tana University have signed a Memorandum of Understanding on "
    "water research.\n\nProfessor Helen Marsh signed the MoU on behalf of Halden on Tuesday "
    "in the Senate Room. Dr Lan Nguyen signed for Tana.\n"
)


def test_a_date_line_after_a_label_and_a_bar_is_the_pages() -> None:
    assert only_on_the_page_date_line("Thursday 25 September 2025", RELEASE)


def test_the_one_agreement_dated_by_the_page_line_takes_its_signers_day() -> None:
    """The blind20 u04's: no sentence names both universities and a day; the signer's
    own sentence does ("signed the MoU … on Tuesday")."""
    agreement = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Halden University", "Tana University"),
        signatories=[Signatory(name="Helen Marsh"), Signatory(name="Lan Nguyen")],
        date_text="Thursday 25 September 2025",
        date_signed=dt.date(2025, 9, 25),
    )
    (kept,), warnings = guarded(RELEASE, dt.date(2025, 9, 25), agreement)
    assert kept.date_signed == dt.date(2025, 9, 23), warnings


def test_a_nationality_does_not_name_its_country() -> None:
    """The blind20 u05's: "Indonesian port operator" does not write "Indonesia", so the
    place after the model's date is the signing's."""
    text = (
        "SINGAPORE, March 14 -- Harbourline Pte Ltd has signed two deals to supply automation in "
        "Indonesia and Belgium. The company said it signed a Terminal Agreement with Indonesian "
        "port operator PT Samudra on Tuesday in Jakarta.\n"
    )
    agreement = Agreement(
        title="Terminal Agreement",
        parties=named_parties("Harbourline Pte Ltd", "PT Samudra"),
        date_text="Tuesday in Jakarta",
        location="Indonesia",
    )
    (kept,), warnings = guarded(text, dt.date(2025, 3, 14), agreement)
    assert kept.location == "Jakarta", warnings


ANNOUNCEMENT = (
    "VOLUNTARY ANNOUNCEMENT\nFRAMEWORK AGREEMENT WITH THE PEOPLE'S GOVERNMENT OF LINHE CITY\n\n"
    'This announcement is made by Orrin Port Holdings Limited (the "Company", together with '
    'its subsidiaries, the "Group") on a voluntary basis. On 17 July 2025, the Company entered '
    'into a framework agreement (the "Framework Agreement") with the People\'s Government of '
    "Linhe City. Pursuant to the Framework Agreement, a subsidiary of the Company and a "
    "state-owned enterprise shall establish a joint venture company, proposed to be named "
    "Linhe Orrin Cold Chain Co., Ltd.\n"
)


def test_a_defined_term_and_the_headlines_repeat_make_one_agreement() -> None:
    """The blind20 u06's: the documents pass gave the "Company", the model the headline's
    title with no person; the joint venture a party shall establish is founded."""
    government = "People's Government of Linhe City"
    day = dt.date(2025, 7, 17)
    repeat = Agreement(
        title="Framework Agreement with the People's Government of Linhe City",
        parties=named_parties("Orrin Port Holdings Limited", government),
        date_text="17 July 2025",
        date_signed=day,
    )
    titled = Agreement(
        title="Framework Agreement",
        parties=named_parties(government, "Company"),
        date_text="17 July 2025",
        date_signed=day,
        established_entities=["Linhe Orrin Cold Chain Co., Ltd."],
    )
    title = "FRAMEWORK AGREEMENT WITH THE PEOPLE'S GOVERNMENT OF LINHE CITY"
    kept, warnings = guarded(ANNOUNCEMENT, day, repeat, titled, title=title)
    assert [a.title for a in kept] == ["Framework Agreement"], warnings
    assert {p.name for p in kept[0].parties} == {"Orrin Port Holdings Limited", government}
    assert kept[0].established_entities == ["Linhe Orrin Cold Chain Co., Ltd."], warnings


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        ("临江市人民政府门户网站\n当前位置：首页 > 政务公开\n\n我市与甲研究院签署合作协议\n\n"
         "正文。",
         "临江市人民政府门户网站", "我市与甲研究院签署合作协议"),
        ("Asia Pacific Newswire\nBusiness | Transport & Logistics\n\nHarbourline signs port "
         "deals with Indonesian partner\n\nPublished: March 14, 2025\n\nBody.",
         "Asia Pacific Newswire", "Harbourline signs port deals with Indonesian partner"),
    ],
)  # fmt: skip
def test_a_portals_a_wires_and_a_sections_lines_are_no_headline(
    text: str, given: str, expected: str
) -> None:
    assert headline(given, text) == expected
