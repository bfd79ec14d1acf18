"""A fourteenth read-only review's finds on the blind27 and blind28 rules, each a case the
first versions did worse on than the code before them: a document held back beside
others signed in the same sentence, or postponed and then signed; a short title of
another partner's document; a city's government beside its district's, a university
beside a longer-named one; a day after two days; a time of its own before a signing; a
year-end signing on a January page; a past year two clauses before a founding; "将就共建"
of the areas agreed; "准备与…" before a signing done."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement

MAY_14 = dt.date(2025, 5, 14)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("On Monday the Alder Port Authority and Brook Dredging signed a Port Services "
         "Agreement, but a third deal covering the approach channel was held back.",
         "Port Services Agreement"),
        ("The Research Collaboration Agreement between Alder and Brook, postponed in March "
         "because of the floods, was finally signed on 9 May.",
         "Research Collaboration Agreement"),
        ("5月10日，原定于去年底签署、因故推迟签署的《甲乙战略合作协议》在甲大学正式签署。",
         "甲乙战略合作协议"),
        ("两校合作多年，但一直未签署正式协议，此次签署的《全面合作协议》标志着合作进入新阶段。",
         "全面合作协议"),
    ],
)  # fmt: skip
def test_a_document_the_same_sentence_signs_is_not_held_back(text: str, title: str) -> None:
    agreement = Agreement(title=title, parties=named_parties("Alder", "Brook"))
    kept, warnings = guarded(f"Alder and Brook sign\n\n{text}\n", MAY_14, agreement)
    assert [a.title for a in kept] == [title], warnings


def test_a_short_title_of_another_partners_document_stays_its_own() -> None:
    text = (
        "Alder signs two agreements\n\n"
        "Alder University on Tuesday signed an MoU with Brook Energy on battery recycling, "
        "and a Memorandum of Understanding on Student Exchange with Cove College.\n"
    )
    brook = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Alder University", "Brook Energy"),
    )
    cove = Agreement(
        title="Memorandum of Understanding on Student Exchange",
        parties=named_parties("Alder University", "Cove College"),
    )
    kept, warnings = guarded(text, MAY_14, brook, cove)
    assert len(kept) == 2, warnings


@pytest.mark.parametrize(
    ("untitled", "titled"),
    [
        (("青州市人民政府", "乙集团"), ("青州市新河区人民政府", "乙集团")),
        (("乙集团", "湖畔大学"), ("乙集团", "湖畔理工大学")),
    ],
)
def test_a_body_is_no_contraction_of_a_longer_named_one(
    untitled: tuple[str, str], titled: tuple[str, str]
) -> None:
    """Not "青州市人民政府" of "青州市新河区人民政府": the name with one run left out is another
    body's."""
    text = (
        f"乙集团项目落户\n\n5月12日，{untitled[0]}与{untitled[1]}签署投资协议。同日，{titled[0]}与"
        f"{titled[1]}签署《精密减速器项目投资协议》，杜文、王强代表双方签约。\n"
    )
    shell = Agreement(parties=named_parties(*untitled))
    document = Agreement(
        title="精密减速器项目投资协议",
        parties=named_parties(*titled),
        signatories=named_people("杜文", "王强"),
    )
    kept, warnings = guarded(text, MAY_14, shell, document)
    assert len(kept) == 2, warnings


@pytest.mark.parametrize(
    ("text", "given", "day"),
    [
        # Two days in the sentence before: which one "次日" follows is not said.
        ("5月11日，代表团启程赴德国。代表团于12日抵达柏林，13日转赴斯图加特。次日上午，青州市人民"
         "政府与斯图加特工商会签署《智能制造合作备忘录》。", dt.date(2025, 5, 14),
         dt.date(2025, 5, 14)),
        # A time of its own opens the signing's sentence.
        ("The delegation arrived in Stuttgart on Monday 12 May. The following day, it toured "
         "two factories. Before returning home, Qingzhou signed the Memorandum of "
         "Understanding on Smart Manufacturing with the Chamber.", None, None),
    ],
)  # fmt: skip
def test_a_day_after_is_not_counted_from_an_unsure_day(
    text: str, given: dt.date | None, day: dt.date | None
) -> None:
    title = (
        "智能制造合作备忘录"
        if "备忘录" in text
        else "Memorandum of Understanding on Smart Manufacturing"
    )
    memorandum = Agreement(
        title=title,
        parties=named_parties("青州市人民政府", "斯图加特工商会"),
        date_text="次日上午" if given else None,
        date_signed=given,
    )
    (kept,), warnings = guarded(f"Visit\n\n{text}\n", dt.date(2025, 5, 19), memorandum)
    assert kept.date_signed == day, warnings


def test_a_year_end_signing_on_a_january_page_keeps_its_date() -> None:
    text = (
        "Alder partners with Brook on storage\n\n"
        "Alder University announced on Tuesday that it has signed a Memorandum of "
        "Understanding on Grid Storage with Brook Energy.\n"
        "The memorandum was signed on 29 December 2025 at Brook's offices by the two chiefs.\n"
    )
    memorandum = Agreement(
        title="Memorandum of Understanding on Grid Storage",
        parties=named_parties("Alder University", "Brook Energy"),
        date_text="29 December 2025",
        date_signed=dt.date(2025, 12, 29),
    )
    (kept,), warnings = guarded(text, dt.date(2026, 1, 8), memorandum)
    assert kept.date_signed == dt.date(2025, 12, 29), warnings


@pytest.mark.parametrize(
    "founding",
    [
        "早在2019年，两家就开展了实习合作，此次双方进一步深化合作，共建“智能制造联合研究院”。",
        "根据协议，双方将就共建“智能制造联合研究院”、联合培养研究生等开展深度合作。",
    ],
)
def test_this_agreements_founding_after_a_past_year_or_among_the_areas(founding: str) -> None:
    text = (
        "甲大学与乙公司签署战略合作协议\n\n"
        f"5月12日，甲大学与乙公司在甲大学行政楼签署战略合作协议。校长李伟、董事长王强代表双方签约。{founding}\n"
    )
    agreement = Agreement(
        parties=named_parties("甲大学", "乙公司"),
        signatories=named_people("李伟", "王强"),
        established_entities=["智能制造联合研究院"],
    )
    (kept,), warnings = guarded(text, MAY_14, agreement)
    assert kept.established_entities == ["智能制造联合研究院"], warnings


def test_ready_and_talks_before_a_signing_done_are_no_signing_to_come() -> None:
    text = (
        "甲大学与乙公司签署战略合作框架协议\n\n"
        "5月12日，甲大学与乙公司在充分准备与多轮磋商后在甲大学行政楼正式签署《战略合作框架协议》。\n"
    )
    framework = Agreement(title="战略合作框架协议", parties=named_parties("甲大学", "乙公司"))
    (kept,), warnings = guarded(text, MAY_14, framework)
    assert kept.location == "甲大学行政楼", warnings
