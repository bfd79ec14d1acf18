"""Rules left by the thirty-seventh blind set and taken up after it, each on a text of our
own that fails on the code before them: a listed company's announcement, which writes its
agreement's day after "is pleased to announce that", a weekday and a comma before the
date, its town after the other party ("… with X Co., Ltd. ("X") in Wuxi"), its signers
as a list after "was signed by", and its own day in the sign-off under "By order of the
Board"."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties

from coopllm.dates import dateline_date
from coopllm.schema import Agreement

_ANNOUNCEMENT = (
    "LAKEVIEW ROBOTICS HOLDINGS LIMITED\n\n"
    "VOLUNTARY ANNOUNCEMENT - SUPPLY FRAMEWORK AGREEMENT\n\n"
    'The board of directors of the Company (the "Board") is pleased to announce that on '
    "Tuesday, 3 June 2025 (after trading hours), Wuxi Lakeview Drives Co., Ltd. "
    '("Lakeview Drives"), a wholly-owned subsidiary of the Company, entered into a Supply '
    'Framework Agreement (the "Agreement") with Nanjing Tiemu Automation Co., Ltd. '
    '("Tiemu") in Wuxi.\n\n'
    "The Agreement was signed by Mr. Hou Jiale, general manager of Lakeview Drives, and "
    "Ms. Ruan Siqi, president of Tiemu.\n\n"
    "By order of the Board\n"
    "Lakeview Robotics Holdings Limited\n"
    "Chan Ka Ming\n"
    "Chairman\n\n"
    "Hong Kong, 5 June 2025\n"
)
_PAGE = dt.date(2025, 6, 5)


def test_an_announcements_agreement_takes_its_signers_day_and_town() -> None:
    """The blind37 al01's agreement, which the guard added (neither pass gave any),
    kept its first signer only, no day and no place."""
    bare = Agreement(
        title="Supply Framework Agreement",
        parties=named_parties(
            "Wuxi Lakeview Drives Co., Ltd.", "Nanjing Tiemu Automation Co., Ltd."
        ),
    )
    kept, _ = guarded(_ANNOUNCEMENT, _PAGE, bare)
    (agreement,) = kept
    assert [p.name for p in agreement.signatories] == ["Hou Jiale", "Ruan Siqi"]
    assert agreement.date_text == "on Tuesday, 3 June 2025"
    assert agreement.date_signed == dt.date(2025, 6, 3)
    assert agreement.location == "Wuxi"


def test_an_announcements_sign_off_dates_its_page() -> None:
    """The page's day, where no label and no dateline above gives one; not where two
    sign-offs give two days."""
    assert dateline_date(_ANNOUNCEMENT) == _PAGE
    twice = _ANNOUNCEMENT + "\nBy order of the Board\nChan Ka Ming\n\nHong Kong, 9 June 2025\n"
    assert dateline_date(twice) is None


def test_an_agreement_that_entered_into_force_is_no_signing_of_that_day() -> None:
    """An agreement that "entered into force" was not signed: the day before it dates nothing."""
    text = (
        "On Tuesday, 3 June 2025, the Supply Framework Agreement between Wuxi Lakeview "
        "Drives Co., Ltd. and Nanjing Tiemu Automation Co., Ltd. entered into force."
    )
    bare = Agreement(
        title="Supply Framework Agreement",
        parties=named_parties(
            "Wuxi Lakeview Drives Co., Ltd.", "Nanjing Tiemu Automation Co., Ltd."
        ),
    )
    kept, _ = guarded(text, _PAGE, bare)
    assert kept[0].date_text is None
