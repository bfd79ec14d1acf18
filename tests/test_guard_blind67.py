"""Rules made from the sixty-seventh blind set's misses, on texts of our own that fail on
the code before them: a student who "would have signed up" signed nothing; a signing
"earlier this month" is this article's, not an earlier one; the venue of the event on
whose sidelines a signing was done; a byline beside the page's date across a bar; an
untitled record that sums up a ceremony's titled agreements."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.dates import parse_published
from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.schema import Agreement, Signatory

_DAY = dt.date(2025, 11, 21)

_LETTER = (
    "Two universities plan a joint degree\n\n"
    "A Letter of Intent on Joint Doctoral Training was signed earlier this month at Keswick "
    "Hall by Ana Ruiz, Dean of Engineering at Marlow University, and Ken Sato, Dean of "
    "Science at Tamsin University.\n\n"
    '"If this had been on offer when I applied, I would have signed up at once," said Lea '
    "Moss, a doctoral student.\n"
)


def test_who_would_have_signed_up_signed_nothing() -> None:
    agreement = Agreement(
        title="Letter of Intent on Joint Doctoral Training",
        parties=named_parties("Marlow University", "Tamsin University"),
        signatories=named_people("Ana Ruiz", "Ken Sato", "Lea Moss"),
    )
    kept, _ = guarded(_LETTER, _DAY, agreement)
    assert [p.name for p in kept[0].signatories] == ["Ana Ruiz", "Ken Sato"]


def test_a_signing_earlier_this_month_is_the_articles_and_its_venue_the_signings() -> None:
    assert Checker(SourceIndex(_LETTER)).dated(_DAY).signing_venues() == ["Keswick Hall"]


def test_the_event_on_whose_sidelines_it_was_signed_is_its_venue() -> None:
    text = (
        "Fuel cell makers sign MoU\n\n"
        "The MoU was signed on 24 September on the sidelines of the Baltic Ports Expo in "
        "Gdynia by Eva Lind, chief executive of Norrvik, and Per Dahl of Skarby.\n"
    )
    agreement = Agreement(
        parties=named_parties("Norrvik", "Skarby"),
        signatories=named_people("Eva Lind", "Per Dahl"),
        location="Baltic Ports Expo in Gdynia",
    )
    kept, _ = guarded(text, dt.date(2025, 9, 26), agreement)
    assert kept[0].location == "Baltic Ports Expo in Gdynia"


def test_a_byline_beside_the_pages_date_across_a_bar() -> None:
    text = (
        "MARLOW UNIVERSITY\n\nTwo universities plan a joint degree\n\n"
        "November 21, 2025 | By Colin Rafferty, University Communications\n\n"
        "Marlow University and Tamsin University signed a letter of intent.\n"
    )
    assert parse_published(text) == _DAY


def test_an_untitled_summary_of_the_titled_agreements_is_dropped() -> None:
    text = (
        "昨天上午，东岳大学与青云装备有限公司、海川生物股份有限公司合作签约仪式举行。副校长林远代表学校"
        "分别与青云装备有限公司总经理许东、海川生物股份有限公司董事长何宇签署《产学研合作协议》和"
        "《共建联合研究中心协议》。\n"
    )
    school, first, second = "东岳大学", "青云装备有限公司", "海川生物股份有限公司"
    summary = Agreement(
        parties=named_parties(school, first, second),
        signatories=named_people("林远", "许东", "何宇"),
    )
    one = Agreement(
        title="产学研合作协议",
        parties=named_parties(school, first),
        signatories=named_people("林远", "许东"),
    )
    two = Agreement(
        title="共建联合研究中心协议",
        parties=named_parties(school, second),
        signatories=[Signatory(name="林远"), Signatory(name="何宇")],
    )
    kept, _ = guarded(text, dt.date(2025, 11, 13), summary, one, two)
    assert [a.title for a in kept] == ["产学研合作协议", "共建联合研究中心协议"]
