"""A signing told as the day after one the article dated before it ("次日上午", "The
following day").

A news story of a visit or a two-day programme dates its first day and then goes on
"次日上午，…签订《…合同》": the second document's day is written only as the day after. No
reading of the phrase alone gives a date (:func:`coopllm.dates.resolve_date` reads a day
against the page's date, and "the next day" is not the page's), so a model gives the
first day's date to both, or none (the blind27 ab03's contract, the blind18 s03's
framework agreement). :func:`dated_the_day_after` dates such a document by the day the
article wrote last before the phrase, plus one, its ``date_text`` the phrase as written.
"""

from __future__ import annotations

import datetime as dt
import re

from coopllm.dates import resolve_date
from coopllm.guard.checker import Checker
from coopllm.guard.reading import Sentence
from coopllm.schema import Agreement

_THE_DAY_AFTER = re.compile(
    r"\s*(?:(?:次日|第二天|翌日)(?:上午|下午|晚上|早上|中午)?"
    r"|(?:On\s+)?the\s+(?:following|next)\s+(?:day|morning|afternoon|evening)"
    r"|(?:On\s+)?the\s+day\s+after)(?=[\s,，])",
    re.IGNORECASE,
)
"""A sentence that opens on the day after the one told before it."""

_ONE_DAY = dt.timedelta(days=1)


def dated_the_day_after(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """Each titled agreement whose signing the article tells on "the day after" (the
    sentence that signs it, or one before it in its paragraph with no day between,
    opens so: "次日上午，考察团一行来到…。在…的见证下，…签订《…》"), dated by the day the
    article wrote last before that, plus one. Not where no day is written before it."""
    return [_dated(agreement, checker, warnings) for agreement in agreements]


def _dated(agreement: Agreement, checker: Checker, warnings: list[str]) -> Agreement:
    """The agreement dated the day after (:func:`dated_the_day_after`), or as it is."""
    sentence = checker.signing_sentence(agreement.title) if agreement.title else None
    opening = _day_after_opening(sentence, checker) if sentence else None
    if opening is None:
        return agreement
    phrase, at = opening
    before = _last_day_before(at, checker)
    if before is None:
        return agreement
    written, day = before
    date = day + _ONE_DAY
    if agreement.date_signed == date and agreement.date_text == phrase:
        return agreement
    warnings.append(
        f"took date_text '{phrase}' ({date}): the article tells the signing of "
        f"'{agreement.title}' as the day after '{written}'"
    )
    return agreement.model_copy(update={"date_text": phrase, "date_signed": date})


def _day_after_opening(sentence: Sentence, checker: Checker) -> tuple[str, int] | None:
    """The "day after" phrase that opens ``sentence``, or a sentence before it in its
    paragraph with no day written between, and where it starts; None where there is none."""
    text = checker.text
    start, end = sentence
    while True:
        found = _THE_DAY_AFTER.match(text, start, end)
        if found is not None:
            return found.group().strip(), found.start()
        if checker.day_written(((start, end),)) is not None:
            return None  # a day of its own: the day after one before it is not this one's
        earlier = checker.sentence_at(start - 1) if start > 0 else (start, end)
        if earlier == (start, end) or "\n" in text[earlier[0] : start]:
            return None  # the paragraph's first sentence
        start, end = earlier


def _last_day_before(at: int, checker: Checker) -> tuple[str, dt.date] | None:
    """The day written last before offset ``at``, as written and as a date (the nearest
    sentence before that writes one day: :meth:`~coopllm.guard.places.PlaceEvidence.
    day_written`); None where none does."""
    while at > 0:
        start, end = checker.sentence_at(at - 1)
        written = checker.day_written(((start, min(end, at)),))
        date = resolve_date(written, checker.published) if written else None
        if written and date:
            return written, date
        at = start
    return None
