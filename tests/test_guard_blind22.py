"""Rules from the twenty-second blind set (``examples/blind22``), each on a text of our own
that fails on the code before them: a signing told only as of recent days ("日前，…签署")
has that word for its date and no day, not the page's date line the model gave; a place
where a party leases its space is not where it signed; a site's first line of a body's and
its office's names is no headline. (The fourth, "agreed to sign" as a
signing still to come, is tested beside its kind in ``test_resolve.py``.)"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties

from coopllm.headline import headline
from coopllm.schema import Agreement, Signatory

PAGE_DAY = dt.date(2025, 6, 10)
RECENT = (
    "市科技局与远山新材料股份有限公司签署战略合作协议\n"
    "发布日期：2025-06-10    来源：市科技局\n\n"
    "日前，青岚市科学技术局与远山新材料股份有限公司在杭州签署《战略合作协议》。副市长周蓉"
    "出席签约仪式。市科技局局长郭平与远山新材料总经理许杭代表双方签约。\n\n"
    "根据协议，双方将在新材料中试、科技成果转化等领域开展合作。\n"
)


def _recent_deal(date_text: str | None, date_signed: dt.date | None) -> Agreement:
    return Agreement(
        title="战略合作协议",
        agreement_type="strategic_cooperation",
        date_text=date_text,
        date_signed=date_signed,
        parties=named_parties("青岚市科学技术局", "远山新材料股份有限公司"),
        signatories=[Signatory(name="郭平"), Signatory(name="许杭")],
    )


@pytest.mark.parametrize(
    ("date_text", "date_signed"),
    [
        ("发布日期：2025-06-10", PAGE_DAY),  # the blind22 w02's: the page's date line
        (None, PAGE_DAY),  # the blind4 e05's: a date_text the article does not write
        (None, None),  # none given: the date as written all the same
    ],
)
def test_a_signing_told_as_of_recent_days_has_that_word_and_no_day(
    date_text: str | None, date_signed: dt.date | None
) -> None:
    (kept,), warnings = guarded(RECENT, PAGE_DAY, _recent_deal(date_text, date_signed))
    assert (kept.date_text, kept.date_signed) == ("日前", None), warnings


@pytest.mark.parametrize(
    ("text", "date_text", "date_signed"),
    [
        # the signing's sentence writes its day: the day stands
        (RECENT.replace("日前，", "6月8日，"), "6月8日", dt.date(2025, 6, 8)),
        # "近日" of another sentence, no signing's: no recent word, and the page's date
        # line dates no signing the article tells no day of (the blind36 ak05's)
        (
            RECENT.replace("日前，", "").replace("根据协议，", "近日，双方开展了调研。根据协议，"),
            None,
            None,
        ),
    ],
)
def test_a_day_written_or_a_recent_word_of_no_signing_takes_no_recent_date(
    text: str, date_text: str | None, date_signed: dt.date | None
) -> None:
    given = _recent_deal("发布日期：2025-06-10", PAGE_DAY)
    (kept,), warnings = guarded(text, PAGE_DAY, given)
    assert (kept.date_text, kept.date_signed) == (date_text, date_signed), warnings


LEASE_DAY = dt.date(2025, 4, 2)
LEASE = (
    "Northway Freight Ltd: Voluntary Announcement\n\n"
    "The board announces that on 1 April 2025 the Company entered into a logistics "
    "cooperation agreement with Tidemark Terminals Co., Ltd.\n\n"
    "The Company has leased storage yards at the Eastpoint Container Terminal since 2022, "
    "when a subsidiary entered into a lease agreement with Tidemark.\n"
)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (LEASE, None),  # the blind22 w05's: where the Company leases, not where it signed
        (
            LEASE.replace(
                "the Company entered into",
                "the Company signed, at the Eastpoint Container Terminal,",
            ),
            "Eastpoint Container Terminal",
        ),
    ],
)
def test_a_place_a_party_leases_is_not_where_it_signed(text: str, location: str | None) -> None:
    given = Agreement(
        title="logistics cooperation agreement",
        agreement_type="cooperation_agreement",
        date_text="on 1 April 2025",
        location="Eastpoint Container Terminal",
        parties=named_parties("Northway Freight Ltd", "Tidemark Terminals Co., Ltd."),
    )
    (kept,), warnings = guarded(text, LEASE_DAY, given)
    assert kept.location == location, warnings


SITE_HEAD = (
    "Eastmoor University - Office of Global Engagement and Partnerships\n"
    "Home | About | Partners | News\n"
    "Home > News > Visits\n\n"
    "{headline}\n\n"
    "Date: 2025-12-01    Source: Office of Global Engagement\n\n"
    "A delegation from Eastmoor University visited Lakeside on 25 November.\n"
)


@pytest.mark.parametrize(
    "given",
    [
        # the blind22 w06's: a university's and its office's names above the menu
        "Eastmoor University - Office of Global Engagement and Partnerships",
        # the model gave the story's line: it stands
        "Eastmoor delegation visits Lakeside, signs MoU",
    ],
)
def test_a_site_line_of_a_body_and_its_office_is_no_headline(given: str) -> None:
    story = "Eastmoor delegation visits Lakeside, signs MoU"
    assert headline(given, SITE_HEAD.format(headline=story)) == story


def test_a_headline_of_two_names_joined_is_kept() -> None:
    """A line whose parts are not all bodies' names is no masthead: a headline."""
    story = "Ministry of Health - Acme Pharma deal signed"
    text = f"{story}\n\nPosted: 2 December 2025\n\nThe ministry signed a deal with Acme Pharma.\n"
    assert headline(None, text) == story
