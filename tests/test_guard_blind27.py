"""Rules from the twenty-seventh blind set (``examples/blind27``), each on a text of our
own that fails on the code before them: "本周二上午" is this week's Tuesday; a trade
paper's byline dates the page ("By … | 8 January 2026 | 4 min read")."""

from __future__ import annotations

import datetime as dt

import pytest

from coopllm.dates import dateline_date, resolve_date

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
