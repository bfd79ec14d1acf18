"""The twentieth read-only review's finds in the blind34 rules, each on a text of our own
that fails on the code before the mend: a signed document named beside talks that were is
kept; "At the same ceremony" dates an agreement only by the ceremony told right before
it; a renewal is dated by a sentence naming all its signers (the witness lead's run-on
finds are in ``test_guard_blind34.py``); a title and
surname are named in full only after that title; a joint body's name is not split."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people, normalized

from coopllm.schema import Agreement, Signatory

_PORTS = named_parties("Alpha Shipping", "Beta Ports")

_PAGE = dt.date(2026, 1, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Alpha Shipping and Beta Ports put pen to paper on the Port Services Agreement on "
        "Monday, ending two years in talks.\n",
        "Alpha Shipping and Beta Ports signed a deal in Oslo on Monday.\n\nUnder the Port "
        "Services Agreement, reached in talks in Geneva last month, Alpha gains two berths.\n",
        "Alpha Shipping and Beta Ports have signed a deal.\n\nThe Port Services Agreement, "
        "under discussion since 2023, takes effect on 1 June.\n",
        "Alpha Shipping and Beta Ports had long been expected to sign the Port Services "
        "Agreement; they did so on Monday.\n",
        "Alpha Shipping and Beta Ports signed a deal on Monday.\n\nUnder the Port Services "
        "Agreement, Beta would sign over two berths to Alpha.\n",
        "东澜大学与云洲集团3月5日签署了一份合作协议。\n《Port Services Agreement》将于签署之日"
        "起生效，有效期五年。\n",
    ],
)
def test_a_signed_document_named_beside_talks_that_were_is_kept(text: str) -> None:
    signed = Agreement(title="Port Services Agreement", parties=_PORTS)
    kept, warnings = guarded(text, dt.date(2025, 5, 7), signed)
    assert [a.title for a in kept] == ["Port Services Agreement"], warnings


def test_the_same_ceremony_is_the_one_told_right_before() -> None:
    """Not the day of an earlier signing with another signing told between."""
    text = (
        "Alpha Shipping and Beta Ports signed a Port Services Agreement on Tuesday in Oslo.\n"
        "Last year, Alpha signed a Crewing Agreement with Gamma Marine in Bergen. At the same "
        "ceremony, Alpha and Delta Dredging signed a Dredging Memorandum.\n"
    )
    kept, warnings = guarded(
        text,
        dt.date(2025, 3, 13),
        Agreement(
            title="Port Services Agreement",
            parties=_PORTS,
            date_text="on Tuesday",
            date_signed=dt.date(2025, 3, 11),
        ),
        Agreement(
            title="Crewing Agreement",
            parties=named_parties("Alpha Shipping", "Gamma Marine"),
            date_text="Last year",
        ),
        Agreement(
            title="Dredging Memorandum", parties=named_parties("Alpha Shipping", "Delta Dredging")
        ),
    )
    assert kept[2].date_signed is None, warnings


def test_then_is_not_the_same_ceremony() -> None:
    """随后 may be another day's and another city's signing."""
    text = (
        "3月10日，东澜大学与云洲集团在青屿签署《战略合作协议》。\n"
        "随后，代表团赴深圳考察，与海湾科技公司签署《联合研发协议》。\n"
    )
    kept, warnings = guarded(
        text,
        dt.date(2025, 3, 13),
        Agreement(
            title="战略合作协议",
            parties=named_parties("东澜大学", "云洲集团"),
            date_text="3月10日",
            date_signed=dt.date(2025, 3, 10),
        ),
        Agreement(title="联合研发协议", parties=named_parties("东澜大学", "海湾科技公司")),
    )
    assert kept[1].date_signed is None, warnings


def test_a_renewal_is_not_dated_by_one_signers_other_signing() -> None:
    text = (
        "The original memorandum, signed in 2020, set up a shared seed collection.\n"
        "Its renewal was signed this week by Ama Lint and Dr. Jo Reyes.\n"
        "On 30 December, Ama Lint signed an agreement with the provincial finance office.\n"
        "In a second agreement, the institute and Greenhollow Seeds signed a Research "
        "Contract on 2 January.\n"
    )
    renewal = Agreement(signatories=named_people("Ama Lint", "Jo Reyes"), date_text="2020")
    (kept,), warnings = guarded(text, dt.date(2026, 1, 6), renewal)
    assert kept.date_signed != dt.date(2025, 12, 30), warnings


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Dr. Grant", "The seed bank is funded by a Wellcome Trust Grant."),
        ("Dr. Reyes", "The company was founded by Jose Reyes in 1950."),
    ],
)
def test_a_title_and_surname_is_named_in_full_only_after_that_title(name: str, text: str) -> None:
    given = Agreement(signatories=[Signatory(name=name, title="Director of the Seed Institute")])
    assert normalized(text, given, published=_PAGE)[0].signatories[0].name == name


def test_a_joint_bodys_name_is_not_split_and_facilitators_are_not_repeated() -> None:
    text = (
        "此次合作由北京大学与香港大学联合研究中心、省商务厅和市商务局牵线促成。"
        "省商务厅为此做了大量工作。\n"
    )
    given = Agreement(
        facilitators=["北京大学与香港大学联合研究中心", "省商务厅和市商务局", "省商务厅"]
    )
    assert normalized(text, given, published=_PAGE)[0].facilitators == [
        "北京大学与香港大学联合研究中心",
        "省商务厅",
        "市商务局",
    ]
