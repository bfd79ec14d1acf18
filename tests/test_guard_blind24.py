"""Rules from the twenty-fourth blind set (``examples/blind24``), each on a text of our own
that fails on the code before them: a company the model gave as its own signer too stays
a party and is no signer; "Joint Research in Soil and Water Conservation" in a title is no
venue; the less common surnames 祁 and 柏 end a signer's or an unveiler's name; who
witnessed in a clause of "with … witnessing the signing" signed nothing and is added, with
the title written before the name, to the document the sentence titles in full."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.resolve import SignedDocuments, merge_documents
from coopllm.schema import Agreement, Article, ExtractionDraft, Signatory
from coopllm.titles import en_title_written_before, listed_names, name_ending

ANNOUNCEMENT = (
    "远湖智造股份有限公司关于签订战略合作框架协议的公告\n\n"
    "远湖智造股份有限公司（以下简称“公司”）于2024年7月15日与青岭市人民政府签订了《战略合作"
    "框架协议》。本协议为框架性协议，具体合作以后续签订的项目协议为准。\n"
)


def test_a_company_given_as_its_own_signer_stays_a_party_and_signs_nothing() -> None:
    """The blind24 y03's model gave the announcing company as the signer and a party: the
    party was dropped as "a person or a role", the signer kept."""
    given = Agreement(
        title="战略合作框架协议",
        agreement_type="strategic_cooperation",
        parties=named_parties("远湖智造股份有限公司", "青岭市人民政府"),
        signatories=[Signatory(name="远湖智造股份有限公司")],
    )
    (kept,), warnings = guarded(ANNOUNCEMENT, dt.date(2024, 7, 16), given)
    assert [p.name for p in kept.parties] == ["远湖智造股份有限公司", "青岭市人民政府"], warnings
    assert kept.signatories == [], warnings


def test_a_titles_research_in_a_field_is_no_venue() -> None:
    """The blind24 y04's "signed a Memorandum of Understanding on Joint Research in Soil and
    Water Conservation", whose "Soil" the guard took for the venue."""
    text = (
        "Delegation signs MoU in Almaty\n\n"
        "On December 27, Eastfield Agricultural University and the Steppe Institute signed a "
        "Memorandum of Understanding on Joint Research in Soil and Water Conservation.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding on Joint Research in Soil and Water Conservation",
        agreement_type="memorandum_of_understanding",
        parties=named_parties("Eastfield Agricultural University", "Steppe Institute"),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 1, 6), given)
    assert kept.location is None, warnings


@pytest.mark.parametrize("name", ["祁嘉明", "柏雅琴"])
def test_less_common_surnames_end_a_name(name: str) -> None:
    """The blind24 y02's "云陵市第一人民医院院长祁嘉明", a signer, and "…主任柏雅琴", who
    unveiled the centre: neither was found."""
    assert name_ending(f"第一人民医院院长{name}") == name


def test_a_witness_titled_as_the_chair_of_a_body_is_read_after_the_title() -> None:
    """The blind24 y06's "witnessed by Chair of Council Richard Penhallow and members of the
    Executive Board": the "of" in the title was read as a place after a name, and the
    witness the model left out went unread."""
    text = (
        "Harwick College and Linden Polytechnic sign exchange agreement\n\n"
        "The exchange agreement was signed on 3 May by Principal Joan Tilly and Rector "
        "Pavel Novak. The signing was witnessed by Chair of Governors Martin Blackwood "
        "and members of the Senior Leadership Team.\n"
    )
    given = Agreement(
        title="exchange agreement",
        agreement_type="cooperation_agreement",
        parties=named_parties("Harwick College", "Linden Polytechnic"),
        signatories=[Signatory(name="Joan Tilly"), Signatory(name="Pavel Novak")],
    )
    (kept,), warnings = guarded(text, dt.date(2024, 5, 4), given)
    assert [w.name for w in kept.witnesses] == ["Martin Blackwood"], warnings


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("Chair of Council Richard Penhallow", "Richard Penhallow"),
        ("Minister of Foreign Affairs Wang Yi", "Wang Yi"),
        ("Mayor Ada Reyes of Harlow", "Ada Reyes"),  # a place after the name, as before
        ("Head of Corporate Affairs", None),  # a role, no name
        ("Chair of the Harwick Trust", None),
        ("Chair of Linden's Governing Board", None),  # the body's words, no name
        ("Chair of the Linden Governing Board", None),
    ],
)
def test_a_title_of_a_body_before_a_name(item: str, name: str | None) -> None:
    assert listed_names(f" {item}.", item, led=True) == ([name] if name else [])


WIRE = (
    "Dutch dredger, Ghanaian agencies sign training pact\n\n"
    "ACCRA, March 4 - A Dutch dredging firm, a Ghanaian port regulator and a technical "
    "college signed a three-way pact on Monday to train 500 dredge operators.\n\n"
    "The Tripartite Training Agreement was signed at Tema Technical College by Willem "
    "de Boer, regional director of Zeeland Dredging B.V., Director-General of the Ghana "
    "Ports Regulatory Board Ama Owusu, and the college's rector, Kofi Mensah.\n\n"
    "Deputy Minister Yaw Boateng witnessed the signing. A second-phase agreement on a "
    "repair yard is expected to be signed later this year, Owusu said.\n"
)
SIGNERS = ("Willem de Boer", "Ama Owusu", "Kofi Mensah")


def test_an_untitled_copy_of_a_titled_signing_with_described_parties_goes() -> None:
    """The blind24 y05's model gave the lead's "a Kenyan state skills regulator and a
    coastal maritime academy signed a three-way agreement" as an untitled agreement
    beside the titled one, the same three signers on both."""
    lead = Agreement(
        title=None,
        agreement_type="cooperation_agreement",
        parties=named_parties(
            "Zeeland Dredging B.V.", "Ghanaian port regulator", "technical college"
        ),
        signatories=named_people(*SIGNERS),
        witnesses=named_people("Yaw Boateng"),
    )
    titled = Agreement(
        title="Tripartite Training Agreement",
        agreement_type="cooperation_agreement",
        parties=named_parties(
            "Zeeland Dredging B.V.", "Ghana Ports Regulatory Board", "Tema Technical College"
        ),
        signatories=named_people(*SIGNERS),
    )
    kept, warnings = guarded(WIRE, dt.date(2025, 3, 4), lead, titled)
    assert [a.title for a in kept] == ["Tripartite Training Agreement"], warnings
    assert [p.name for p in kept[0].witnesses] == ["Yaw Boateng"], warnings


def test_an_untitled_agreement_of_named_parties_beside_a_titled_one_stays() -> None:
    """Two documents the same people signed, one left untitled by the model, whose
    parties the article names as names: not a copy of the other."""
    text = (
        "Harlow Council and Brightwater Trust sign two agreements\n\n"
        "Harlow Council and Brightwater Trust signed a Land Lease Agreement on Monday, and "
        "Harlow Council and Brightwater Housing signed a nomination agreement. Both were "
        "signed by Ada Reyes and Tom Hale.\n"
    )
    untitled = Agreement(
        title=None,
        agreement_type="cooperation_agreement",
        parties=named_parties("Harlow Council", "Brightwater Housing"),
        signatories=named_people("Ada Reyes", "Tom Hale"),
    )
    titled = Agreement(
        title="Land Lease Agreement",
        agreement_type="cooperation_agreement",
        parties=named_parties("Harlow Council", "Brightwater Trust"),
        signatories=named_people("Ada Reyes", "Tom Hale"),
    )
    kept, warnings = guarded(text, dt.date(2025, 3, 4), untitled, titled)
    assert len(kept) == 2, warnings


def test_a_document_to_come_given_the_days_signers_is_dropped() -> None:
    """The blind24 y05's documents pass gave "A second-phase agreement … is expected to be
    signed later this year" the three signers of the day's deal; the guard kept it."""
    draft = ExtractionDraft(
        article=Article(published=dt.date(2025, 3, 4)),
        agreements=[
            Agreement(
                title="Tripartite Training Agreement",
                agreement_type="cooperation_agreement",
                parties=named_parties(
                    "Zeeland Dredging B.V.",
                    "Ghana Ports Regulatory Board",
                    "Tema Technical College",
                ),
                signatories=named_people(*SIGNERS),
            )
        ],
    )
    found = SignedDocuments.model_validate(
        {
            "documents": [
                {"title": "Tripartite Training Agreement", "signers": list(SIGNERS)},
                {"title": "second-phase agreement", "signers": ["Willem de Boer", "Ama Owusu"]},
            ]
        }
    )
    checker = Checker(SourceIndex(WIRE), published=dt.date(2025, 3, 4))
    notes: list[str] = []
    merged = merge_documents(draft, found, checker, published=dt.date(2025, 3, 4), notes=notes)
    assert [a.title for a in merged.agreements] == ["Tripartite Training Agreement"], notes


VISIT = (
    "Harrowgate College delegation signs two memoranda in Tashkent\n\n"
    "On 12 March, Provost Elin Marsh and Rector Bekzod Yusupov signed a Memorandum of "
    "Understanding on Cotton Genomics Research on behalf of Harrowgate College and the "
    "Tashkent Institute of Plant Science, with Chancellor Owen Pryce and Deputy Rector Dilnoza "
    "Karimova witnessing the signing.\n"
    "Two days later, Chancellor Owen Pryce and Managing Director Timur Alimov signed a "
    "Memorandum of Understanding on Seed Certification with Alimov Agro.\n"
)


def test_who_witnessed_in_a_with_clause_after_the_signing_signed_nothing() -> None:
    """The blind24 y04's "…signed a Memorandum …, with President Lin Shuhe and Deputy
    Director Aliya Nurlanovna witnessing the signing": the documents pass gave the
    witnesses as its signers too, and the deputy's "witnessing" governed her name not."""
    checker = Checker(SourceIndex(VISIT.split("\n")[2]))
    assert not checker.has_evidence("Dilnoza Karimova", "signatories", person=True)
    assert checker.has_evidence("Elin Marsh", "signatories", person=True)


def test_a_witness_of_a_with_clause_is_added_with_her_title_to_the_titled_document() -> None:
    """The model left them out; they witnessed the genomics memorandum, the one whose title
    the sentence writes in full, not the seed one nor an untitled-as-a-type copy of it (the
    chancellor, who signs the seed one, since the blind27 rule on who signs one document
    and witnesses another)."""
    copy = Agreement(title="Memorandum of Understanding", signatories=named_people("Elin Marsh"))
    genomics = Agreement(
        title="Memorandum of Understanding on Cotton Genomics Research",
        parties=named_parties("Harrowgate College", "Tashkent Institute of Plant Science"),
        signatories=named_people("Elin Marsh", "Bekzod Yusupov"),
    )
    seeds = Agreement(
        title="Memorandum of Understanding on Seed Certification",
        parties=named_parties("Harrowgate College", "Alimov Agro"),
        signatories=named_people("Owen Pryce", "Timur Alimov"),
    )
    kept, warnings = guarded(VISIT, dt.date(2025, 3, 16), copy, genomics, seeds)
    witnesses = {a.title: [(p.name, p.title) for p in a.witnesses] for a in kept}
    assert witnesses[genomics.title] == [
        ("Owen Pryce", "Chancellor"),  # who signs the seed memorandum two days later
        ("Dilnoza Karimova", "Deputy Rector"),
    ], warnings
    assert witnesses[seeds.title] == [] and witnesses[copy.title] == [], warnings


@pytest.mark.parametrize(
    ("name", "text", "title"),
    [
        ("Dilnoza Karimova", VISIT, "Deputy Rector"),
        ("Owen Pryce", VISIT, "Chancellor"),
        ("Helen Marsh", "The MoU was witnessed by Dr Helen Marsh, regional director.", None),
        ("Ada Reyes", "Harlow's mayor, Ada Reyes, looked on.", None),
    ],
)
def test_an_english_title_written_before_a_name_but_no_form_of_address(
    name: str, text: str, title: str | None
) -> None:
    assert en_title_written_before(name, text) == title


FAIR = (
    "甲县招商推介会举行 现场签约项目12个\n\n"
    "3月19日上午，甲县招商推介会在甲县文化中心举行。重点项目进行了集中签约：\n"
    "——甲县人民政府与乙新材料有限公司签订《新型涂料项目投资协议书》，项目总投资12亿元。"
    "县长韩立与乙新材料有限公司董事长陆志代表双方签约。\n"
    "——甲县经济开发区管理委员会与丙食品集团有限公司签订《中央厨房产业园项目合作协议》。"
    "副县长庞玉与丙食品集团有限公司总经理费嘉签署协议。\n"
)


def test_the_signers_of_a_listed_item_sign_the_document_it_titles() -> None:
    """The blind24 y01's: each item of a joint signing's list titles its document and
    then names its signers in a sentence of their own; the model gave the first item's
    signers to the second's document; 费 (费嘉) is a surname."""
    coatings = Agreement(
        title="新型涂料项目投资协议书", parties=named_parties("甲县人民政府", "乙新材料有限公司")
    )
    kitchen = Agreement(
        title="中央厨房产业园项目合作协议",
        parties=named_parties("甲县经济开发区管理委员会", "丙食品集团有限公司"),
        signatories=named_people("韩立", "陆志"),
    )
    kept, warnings = guarded(FAIR, dt.date(2024, 3, 20), coatings, kitchen)
    assert [[p.name for p in a.signatories] for a in kept] == [
        ["韩立", "陆志"],
        ["庞玉", "费嘉"],
    ], warnings
