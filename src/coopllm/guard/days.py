"""The day of a signing the article dates apart from the sentence the model took a date
from: told as the day after one dated before it ("次日上午", "The following day"), or
dated where an earlier signing the article recalls was not.

A news story of a visit or a two-day programme dates its first day and then goes on
"次日上午，…签订《…合同》": the second document's day is written only as the day after. No
reading of the phrase alone gives a date (:func:`coopllm.dates.resolve_date` reads a day
against the page's date, and "the next day" is not the page's), so a model gives the
first day's date to both, or none (the blind27 ab03's contract, the blind18 s03's
framework agreement). :func:`dated_the_day_after` dates such a document by the day the
article wrote last before the phrase, plus one, its ``date_text`` the phrase as written.
A renewal recalls the first signing ("The original agreement, signed in … in October
2019, produced …") and a model takes its date for the renewal's "signed last Thursday"
(the blind28 ac04's): :func:`not_an_earlier_signings_day` takes the day the article's
signings give instead. A wire story tells a deal's day as the one it was announced ("…
have signed a binding term sheet …, in a deal announced on Thursday": the blind54 bc05's,
whose companies "did not say when the term sheet was signed"), and a model takes it for
the signing's: :func:`not_an_announcements_day` leaves such an agreement undated.
"""

from __future__ import annotations

import datetime as dt
import re

from coopllm.dates import DATE_MENTION, resolve_date
from coopllm.guard.checker import Checker
from coopllm.guard.places import recent
from coopllm.guard.reading import DATELINE_HEAD, DEAL, Sentence, another_document, finds
from coopllm.lexicon import Needing, tried_at
from coopllm.schema import Agreement

_THE_DAY_AFTER = re.compile(
    r"\s*(?:(?:次日|第二天|翌日)(?:上午|下午|晚上|早上|中午)?"
    r"|(?:On\s+)?the\s+(?:following|next)\s+(?:day|morning|afternoon|evening)"
    r"|(?:On\s+)?the\s+day\s+after)(?=[\s,，])",
    re.IGNORECASE,
)
"""A sentence that opens on the day after the one told before it."""
_THE_SAME_DAY = re.compile(
    r"\s*(?:签约)?(?:当天|当日|同日)(?:上午|下午|晚上|早上|中午)?"
    r"(?=[\s,，]|的?(?:签约|活动|仪式)?现场[\s,，]|会上[\s,，])"
    r"|\s*(?:On\s+)?the\s+same\s+day(?=[\s,])",
    re.IGNORECASE,
)
"""A sentence that opens on the day told before it: "当天下午，…签署《…》" after "5月20日，…论坛
…开幕" (the blind56 be02's), at the signing's site or meeting that day ("当天签约现场，双方还
签署了《…意向书》": the blind90 cm03's; "当天活动现场，", "当天会上，", "签约当天，": review91)."""

_OWN_TIME = re.compile(
    r"\s*(?:(?:Before|After|Later|Earlier|Prior\s+to|Following|During|At\s+the\s+end)\b"
    r"|[^，,。；\n]{0,16}?(?:前|后|期间|之际|结束时)[，,])",
    re.IGNORECASE,
)
"""A sentence's opening on a time of its own, which a day told before does not date."""
_ONE_DAY = dt.timedelta(days=1)
_THE_DAY_AFTER_WITHIN = re.compile(
    r"次日|翌日|第二天|第[三四五六七八九十\d]+天|the\s+(?:following|next)\s+day", re.IGNORECASE
)
"""Words of a later day between a day written and a "当天" after it."""
_A_DAY_OF_ITS_OWN = re.compile(r"第[一二两三四五六七八九十\d]+天|次日|翌日|第二天|前一天")
"""Day words of a sentence that opens on none of the phrases: "第三天上午，…签署"."""


def dated_the_day_after(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """Each titled agreement whose signing the article tells on "the day after" (the
    sentence that signs it, or one before it in its paragraph with no day between,
    opens so: "次日上午，考察团一行来到…。在…的见证下，…签订《…》"), dated by the day the
    article wrote last before that, plus one; on "the same day" ("当天下午"), that day.
    Not where no day is written before it."""
    return [_dated(agreement, checker, warnings) for agreement in agreements]


def _dated(agreement: Agreement, checker: Checker, warnings: list[str]) -> Agreement:
    """The agreement dated the day after, or the same day as, the one told before
    (:func:`dated_the_day_after`), or as it is."""
    sentence = checker.signing_sentence(agreement.title) if agreement.title else None
    opening = _day_after_opening(sentence, checker) if sentence else None
    if opening is None:
        return agreement
    phrase, at, after = opening
    before = _last_day_before(at, checker)
    if before is None:
        return agreement
    written, day = before
    if not after and _THE_DAY_AFTER_WITHIN.search(
        checker.text, checker.text.rfind(written, 0, at), at
    ):
        return (
            agreement  # "次日上午，…开幕。当天下午，…签署": the day after's day (a review's find)
        )
    date = day + _ONE_DAY if after else day
    if agreement.date_signed == date and agreement.date_text == phrase:
        return agreement
    told = "the day after" if after else "the same day as"
    warnings.append(
        f"took date_text '{phrase}' ({date}): the article tells the signing of "
        f"'{agreement.title}' as {told} '{written}'"
    )
    return agreement.model_copy(update={"date_text": phrase, "date_signed": date})


def _day_after_opening(sentence: Sentence, checker: Checker) -> tuple[str, int, bool] | None:
    """The "day after" or "same day" phrase that opens ``sentence``, or a sentence before
    it in its paragraph with no day written between, where it starts, and whether it is
    the day after; None where there is none, or where ``sentence`` opens on a time of its
    own (``_OWN_TIME``: a review's find)."""
    text = checker.text
    start, end = sentence
    if _OWN_TIME.match(text, start, end):
        return None  # "Before returning home, …", "考察结束前，…": a time of its own
    while True:
        for phrase, after in ((_THE_DAY_AFTER, True), (_THE_SAME_DAY, False)):
            found = phrase.match(text, start, end)
            if found is not None:
                return found.group().strip(), found.start(), after
        if DATE_MENTION.search(text, start, end) or _A_DAY_OF_ITS_OWN.search(text, start, end):
            return None  # a day of its own: the day after one before it is not this one's
        earlier = checker.sentence_at(start - 1) if start > 0 else (start, end)
        if earlier == (start, end) or "\n" in text[earlier[0] : start]:
            return None  # the paragraph's first sentence
        start, end = earlier


def _last_day_before(at: int, checker: Checker) -> tuple[str, dt.date] | None:
    """The day written last before offset ``at``, as written and as a date (the nearest
    sentence before that writes one day: :meth:`~coopllm.guard.places.PlaceEvidence.
    day_written`); None where none does, or where the nearest that writes a date writes
    two ("于12日抵达柏林，13日转赴斯图加特": a review's find)."""
    while at > 0:
        start, end = checker.sentence_at(at - 1)
        written = checker.day_written(((start, min(end, at)),))
        date = resolve_date(written, checker.published) if written else None
        if written and date:
            return written, date
        if DATE_MENTION.search(checker.text, start, min(end, at)):
            return None  # two days, or one that reads as none: which one is not said
        at = start
    return None


def signers_sentences(agreement: Agreement, checker: Checker) -> tuple[Sentence, ...]:
    """The sentences that tell a signing done by a signer of the agreement, by name, and
    name a document: the record's one agreement's, where no sentence names all its
    parties ("Professor Helen Marsh signed the MoU on behalf of Carrington on Tuesday":
    the blind20 u04's, whose model gave the page's "Media release | Thursday 25 September
    2025" line)."""
    names = [p.name for p in agreement.signatories if p.name]
    return tuple(
        sentence
        for sentence in checker.signing_sentences()
        if DEAL.search(checker.rules_text, *sentence)
        and any(checker.mentions_in(name, sentence) for name in names)
        and not another_document(checker.text[sentence[0] : sentence[1]], agreement.title)
    )  # not "Smith, who on 14 May signed a supply agreement, signed the MoU": a review's find


def _all_its_signers(agreement: Agreement, checker: Checker) -> tuple[Sentence, ...]:
    """The sentences of a signing that name every signer of the agreement, two or more
    (:func:`signers_sentences`): not one of them signing another document ("On 30
    December, Ama Lint signed an agreement with the finance office": a review's find)."""
    names = [p.name for p in agreement.signatories if p.name]
    return tuple(
        sentence
        for sentence in signers_sentences(agreement, checker)
        if len(names) > 1 and all(checker.mentions_in(name, sentence) for name in names)
    )


_AN_EARLIER_DOCUMENT = re.compile(
    r"\b(?:original|first|earlier|previous|initial|prior|existing|old)\b|首次|首份|原|此前|上一轮|上一期",
    re.IGNORECASE,
)
"""Words that tell the earlier document the model's date is of ("The original memorandum was
signed in March 2022": the blind38 am05's), not a retrospective's own signing ("In March
2023, Acme and Beta signed …": a review's find)."""


def _told_as_now(told: tuple[Sentence, ...], checker: Checker) -> bool:
    """Whether a sentence that names all the agreement's signers signing, or signs its
    title (``told``), tells a signing done and no earlier one
    (:meth:`~coopllm.guard.reading.Reading.signing_sentences`), on a dated page: the
    agreement is this article's, not the earlier one whose day the model gave (the blind38
    am05's renewal and framework agreement, "signed in March 2022" of the original
    memorandum)."""
    return checker.published is not None and bool(set(told) & set(checker.signing_sentences()))


def not_an_earlier_signings_day(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """Each agreement whose ``date_text`` the article writes only in sentences that tell
    an earlier signing (:meth:`~coopllm.guard.reading.Reading.tells_earlier_signing`: an
    earlier year) and do not name its title, dated instead by the one recent day the
    sentences of its signings give (:meth:`~coopllm.guard.places.PlaceEvidence.
    signing_day`), where there is one; else the one day the sentences of its own signers'
    signing give (:func:`_all_its_signers`: the blind34 ai03's renewal "signed on 30
    December by Amara Lintvelt …", beside a contract "signed … on 2 January", whose model
    gave the first memorandum's "2020"). Where none gives one, undated, if its signers'
    sentence tells it as done now (:func:`_told_as_now`)."""
    return [_not_earlier(agreement, checker, warnings) for agreement in agreements]


def _not_earlier(agreement: Agreement, checker: Checker, warnings: list[str]) -> Agreement:
    """The agreement dated by the signings' day (:func:`not_an_earlier_signings_day`)."""
    given, title = agreement.date_text, agreement.title
    if recent(agreement.date_signed, checker.published):
        return agreement  # the year before the page's, of the days just before it
    sentences = checker.sentences_with(given) if given else ()
    if not sentences or not all(
        checker.tells_earlier_signing(checker.rules_text[start:end])
        and not (title and checker.mentions_in(title, (start, end)))
        for start, end in sentences
    ):
        return agreement
    own = _all_its_signers(agreement, checker)
    day = checker.signing_day(within=checker.signing_sentences()) or checker.signing_day(within=own)
    date = resolve_date(day, checker.published) if day else None
    told = own + (checker.titles_signing(title) if title else ())
    if (
        (day is None or date is None)
        and _told_as_now(told, checker)
        and all(_AN_EARLIER_DOCUMENT.search(checker.rules_text, *at) for at in sentences)
    ):
        warnings.append(
            f"dropped date_text '{given}': the article writes it of an earlier signing only, "
            "and tells this one's with no year"
        )
        return agreement.model_copy(update={"date_text": None, "date_signed": None})
    if day is None or date is None or date == agreement.date_signed:
        return agreement
    warnings.append(
        f"took date_text '{day}' over '{given}': the article writes the other of an earlier signing"
    )
    return agreement.model_copy(update={"date_text": day, "date_signed": date})


_ANNOUNCED = re.compile(
    r"(?<!signed\sand\s)(?<!inked\sand\s)\b(?:announced|disclosed|unveiled|revealed"
    r"|made\s+public)\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
"""The words right before a day that is an announcement's: "announced on Thursday"; not
"signed and announced on 12 June" (a review's find)."""
_BEFORE = 30
"""How far before a day (characters) its announcing words are looked for."""


def not_an_announcements_day(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """Each agreement whose ``date_text`` the article writes only as the day something was
    announced ("in a deal announced on Thursday"), undated: the spec's date is the
    signing's, which such a story does not give. Not where a sentence of the signing writes
    its day otherwise ("signed … on 5 March. The partnership, publicly announced on March
    5, …": a review's find)."""
    if not _ANNOUNCING_WORD.search(checker.text):
        return agreements  # most articles: no day of theirs is read again
    return [_not_announced(agreement, checker, warnings) for agreement in agreements]


_ANNOUNCING_WORD = Needing(
    re.compile(
        tried_at(r"announced|disclosed|unveiled|revealed|made\s+public", chars="adurm"),
        re.IGNORECASE,
    ),
    ("announced", "disclosed", "unveiled", "revealed", "made"),
)
"""Whether a text has ``_ANNOUNCED``'s words at all."""


def _not_announced(agreement: Agreement, checker: Checker, warnings: list[str]) -> Agreement:
    """The agreement undated where its day is an announcement's (see
    :func:`not_an_announcements_day`)."""
    day = (agreement.date_text or "").strip()
    day = day[3:] if day.lower().startswith("on ") else day
    text = checker.text
    found = finds(day, text) if day else []
    if (
        not found
        or not all(_announced(m.start(), text) for m in found)
        or _dated_by_a_signing(agreement.date_signed, checker)
    ):
        return agreement
    warnings.append(
        f"dropped date_text '{agreement.date_text}': the article writes it only as the day "
        "the deal was announced"
    )
    return agreement.model_copy(update={"date_text": None, "date_signed": None})


def _announced(at: int, text: str) -> bool:
    """Whether announcing words stand right before the day written at ``at``."""
    return _ANNOUNCED.search(text, max(0, at - _BEFORE), at) is not None


def _dated_by_a_signing(date: dt.date | None, checker: Checker) -> bool:
    """Whether a sentence of a signing writes ``date`` other than as an announcement's, or
    in the dateline it opens with ("SINGAPORE, March 5 (Harbourline) - …", the day of the
    story)."""
    text = checker.text
    return date is not None and any(
        not _announced(m.start(), text) and resolve_date(m.group(), checker.published) == date
        for start, end in checker.signing_sentences()
        for m in DATE_MENTION.finditer(text, _past_the_dateline(text, start), end)
    )


def _past_the_dateline(text: str, start: int) -> int:
    """Where the sentence starting at ``start`` goes on past a dateline it opens with, in
    capitals or led by its day ("Oslo, May 7 (Wire) - ", "May 7 (Wire) - ": a review's
    finds)."""
    head = DATELINE_HEAD.match(text, start) or _DAY_LED_DATELINE.match(text, start)
    return head.end() if head else start


_DAY_LED_DATELINE = re.compile(
    r"\s*(?:[A-Z][\w.'\u2019 -]{1,40},\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*"
    r"(?:\([^()\n]{1,30}\)\s*|/[^/\n]{1,30}/\s*)?[\u2013\u2014-]{1,2}\s"
)
"""A dateline its day leads, the town before it or none: "Oslo, May 7 (Wire) - "."""
