"""An eighth read-only review, of the twenty-second set's rules: cases where they did worse
than the code before them, each on a text of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.headline import headline
from coopllm.resolve import SignedDocuments, merge_documents
from coopllm.schema import Agreement, Article, ExtractionDraft, Signatory

DAY = dt.date(2025, 5, 13)
HEAD = "临港区与南湖大学签署战略合作框架协议\n发布时间：2025-05-13\n"
WRAPPED = (
    "5月12日，临港区人民政府与南湖大学在临港区行政中心签署战略合作框架协议。在区委书记王五\n"
    "的见证下，区长沈晓燕与南湖大学校长高建华\n代表双方签约。"
)


def test_a_hard_wrapped_chinese_paragraph_keeps_its_sentences() -> None:
    """A paragraph wrapped mid-sentence ("…校长高建华\\n代表双方签约"): its signers and its
    witness stay, as the sentence says (only a head line above a day ends one)."""
    given = Agreement(
        title="战略合作框架协议",
        agreement_type="strategic_cooperation",
        date_text="5月12日",
        location="临港区行政中心",
        parties=named_parties("临港区人民政府", "南湖大学"),
        signatories=named_people("沈晓燕", "高建华"),
        witnesses=[Signatory(name="王五", title="区委书记")],
    )
    (kept,), warnings = guarded(HEAD + WRAPPED, DAY, given)
    assert [p.name for p in kept.signatories] == ["沈晓燕", "高建华"], warnings
    assert [p.name for p in kept.witnesses] == ["王五"], warnings


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "青岚集团董事长一行今日前往南湖大学考察，双方签署了战略合作协议。",
            DAY,
        ),  # 日前 of 今日前往
        # 近期 of the listing; the page's date line dates no signing the article tells no
        # day of (the blind36 ak05's)
        ("近期成功上市的青岚集团与南湖大学签署了战略合作协议。", None),
    ],
)
def test_words_of_recent_days_of_something_else_leave_the_date(
    sentence: str, day: dt.date | None
) -> None:
    given = Agreement(
        title="战略合作协议",
        agreement_type="strategic_cooperation",
        date_text="发布时间：2025-05-13",
        date_signed=DAY,
        parties=named_parties("青岚集团", "南湖大学"),
    )
    (kept,), warnings = guarded(HEAD + sentence, DAY, given)
    assert kept.date_signed == day, warnings
    assert kept.date_text == ("发布时间：2025-05-13" if day else None), warnings


@pytest.mark.parametrize(
    ("sentence", "venue", "parties"),
    [
        (
            "On Monday, Airbus signed a memorandum of understanding with China Aircraft Leasing "
            "Group at the Paris Air Show.",
            "Paris Air Show",
            ("Airbus", "China Aircraft Leasing Group"),
        ),
        (
            "On Monday, Acme and Beta rented a hall at the Grand Hyatt Shanghai, where they "
            "signed a memorandum of understanding.",
            "Grand Hyatt Shanghai",
            ("Acme", "Beta"),
        ),
    ],
)
def test_a_leasing_name_or_a_hall_rented_for_the_day_is_still_the_venue(
    sentence: str, venue: str, parties: tuple[str, str]
) -> None:
    given = Agreement(
        title="memorandum of understanding",
        agreement_type="memorandum_of_understanding",
        date_text="On Monday",
        location=venue,
        parties=named_parties(*parties),
    )
    (kept,), warnings = guarded(f"Partners sign MoU\n\n{sentence}\n", DAY, given)
    assert kept.location == venue, warnings


def test_a_site_signed_on_the_spot_is_no_bare_word() -> None:
    """ "在项目现场签署": 现场 goes from a room's or a building's name only, not 项目's."""
    text = HEAD + "5月12日，青岚集团与临港区人民政府在项目现场签署合作协议。"
    given = Agreement(
        title="合作协议",
        agreement_type="cooperation_agreement",
        parties=named_parties("青岚集团", "临港区人民政府"),
    )
    (kept,), warnings = guarded(text, DAY, given)
    assert kept.location == "项目现场", warnings


def test_an_agreement_agreed_to_and_then_signed_stays() -> None:
    """ "agreed to sign the Framework …, and it was signed by …" tells no signing to come."""
    text = (
        "On June 1 the province and Acme signed a Memorandum of Understanding on Solar Power. "
        "At the talks the two sides agreed to sign the Framework Agreement on Grid Investment, "
        "and it was signed by the governor and Acme's chief executive."
    )
    titles = [
        "Memorandum of Understanding on Solar Power",
        "Framework Agreement on Grid Investment",
    ]
    draft = ExtractionDraft(
        article=Article(published=DAY),
        agreements=[
            Agreement(
                title=title, agreement_type="other", parties=named_parties("Acme", "Lakeland")
            )
            for title in titles
        ],
    )
    notes: list[str] = []
    merged = merge_documents(
        draft, SignedDocuments(), Checker(SourceIndex(text)), published=DAY, notes=notes
    )
    assert [a.title for a in merged.agreements] == titles, notes


@pytest.mark.parametrize(
    "story", ["Acme and Beta Build Innovation Institute", "Kenya and Japan Create Trade Council"]
)
def test_a_headline_of_two_bodies_ending_in_a_bodys_word_is_the_headline(story: str) -> None:
    text = f"{story}\nMay 13, 2025\nThe two signed an agreement on Monday.\n"
    assert headline(None, text) == story


def test_a_reporters_lead_before_the_day_leaves_the_day_opening_the_sentence() -> None:
    """The blind2 c06's "记者日前从北辰大学获悉，12月28日，…签署《…》", whose 日前 is the
    reporter's: the signing's day is the 12月28日 after the lead (the page's date line
    before, which the review's mend of the recent-days rule left standing)."""
    text = (
        "青岚集团与南湖大学签署合作协议\n2025年01月06日 10:05 来源：南湖日报\n\n"
        "记者日前从南湖大学获悉，12月28日，南湖大学与青岚集团在南湖大学报告厅签署《联合研发项目"
        "合作协议》。\n"
    )
    given = Agreement(
        title="联合研发项目合作协议",
        agreement_type="project_agreement",
        date_text="2025年01月06日",
        date_signed=dt.date(2025, 1, 6),
        parties=named_parties("南湖大学", "青岚集团"),
    )
    (kept,), warnings = guarded(text, dt.date(2025, 1, 6), given)
    assert (kept.date_text, kept.date_signed) == ("12月28日", dt.date(2024, 12, 28)), warnings
