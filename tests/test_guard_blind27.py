"""Rules from the twenty-seventh blind set (``examples/blind27``), each on a text of our
own that fails on the code before them: "本周二上午" is this week's Tuesday; a trade
paper's byline dates the page ("By … | 8 January 2026 | 4 min read"); who signed one
document and witnessed the next is the next's witness."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.dates import dateline_date, resolve_date
from coopllm.schema import Agreement

THURSDAY = dt.date(2025, 11, 27)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("本周二上午", dt.date(2025, 11, 25)),
        ("这周一", dt.date(2025, 11, 24)),
        ("上周二", dt.date(2025, 11, 18)),
        ("周二上午", dt.date(2025, 11, 25)),
    ],
)
def test_this_weeks_weekday_is_the_latest_on_or_before_the_page(said: str, day: dt.date) -> None:
    assert resolve_date(said, THURSDAY) == day


@pytest.mark.parametrize(
    ("byline", "day"),
    [
        ("By Deirdre Lang | 8 January 2026 | 4 min read", dt.date(2026, 1, 8)),
        ("By Tom Reyes | March 3, 2025", dt.date(2025, 3, 3)),
        ("By Tom Reyes | 3 min read", None),
    ],
)
def test_a_bylines_date_dates_the_page(byline: str, day: dt.date | None) -> None:
    text = (
        "CELL MATERIALS WEEKLY\nNews | Markets | Events\n\nSupply Chain > Cathode\n\n"
        "Alder Minerals and Brook Chemical sign cathode venture agreement\n"
        "A plant to make cathode material by 2028\n\n"
        f"{byline}\n[Share] [Save]\n\n"
        "On 18 December, Alder Minerals and Brook Chemical signed the agreement.\n"
    )
    assert dateline_date(text) == day


TWO_SIGNINGS = (
    "青州市与省科技厅续签会商协议\n\n"
    "9月18日，省科技厅副厅长邵明与青州市副市长方达代表双方续签了《厅市会商合作协议》。"
    "随后，青州市科学技术局、东川大学签署《共建青州海洋装备实验室协议》，局长唐安、副校长陆远代表双方"
    "在协议上签字。周蓝与方达共同见证签约，并为实验室揭牌。\n"
)


def _two_agreements() -> list[Agreement]:
    return [
        Agreement(
            title="厅市会商合作协议",
            parties=named_parties("省科技厅", "青州市"),
            signatories=named_people("邵明", "方达"),
        ),
        Agreement(
            title="共建青州海洋装备实验室协议",
            parties=named_parties("青州市科学技术局", "东川大学"),
            signatories=named_people("唐安", "陆远"),
        ),
    ]


def test_who_signed_one_document_and_witnessed_the_next_is_its_witness() -> None:
    """The blind27 ab01's 方毅 (and ab03's 任嘉): the witnessing follows the lab
    agreement's signing, and the vice-mayor it names signed the first document, not this;
    the model left him out of the second's witnesses."""
    kept, warnings = guarded(TWO_SIGNINGS, dt.date(2025, 9, 22), *_two_agreements())
    assert [p.name for p in kept[1].witnesses] == ["周蓝", "方达"], warnings
    assert [p.name for p in kept[0].witnesses] == [], warnings
    assert [p.name for p in kept[0].signatories] == ["邵明", "方达"], warnings
