"""Agreements of one record told apart by their own signing's day and place.

An article of several signings tells each in a sentence of its own: "The first MoU … was
signed in Singapore on Tuesday 4 March. … Two days later, on Thursday 6 March, the
delegation travelled to Kuala Lumpur, where … signed a second MoU … with Universiti
Meranti" (the blind17 r04's). A small model copies the first signing's day and city to the
second. Where the article writes an agreement's day or place in a sentence of another
agreement's own signing and in none of its own (each tells a signing and names a party
or signer only that agreement has, none only another has), and its own sentences write one
day, or one place, of their own, that is the agreement's: :func:`told_apart` takes it
with a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence

from coopllm.dates import DATE_MENTION, only_on_the_page_date_line, resolve_date
from coopllm.guard.checker import Checker
from coopllm.guard.reading import SIGNING_VERB, Sentence, another_document
from coopllm.lexicon import ZH_SIGNING_VERB
from coopllm.schema import Agreement, Party

_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|fifth|final|separate)\s+", re.IGNORECASE)
"""A document's place in the article's order, no kind of its own: "a second MoU" is an
MoU, "a separate Technology License Agreement" that agreement (the blind19 t06's)."""


def _own_sentences(
    agreement: Agreement, others: list[Agreement], checker: Checker
) -> tuple[Sentence, ...]:
    """The sentences that tell this agreement's signing done and no other's: each names a
    party or signer of it, or its title, that no other agreement of the record has
    ("… signed a second MoU on behalf of Westmere with Universiti Meranti"; "On Monday, in
    Houston, the two companies signed a separate Technology License Agreement": the
    blind19 t06's, whose parties are the other's), none that only another has, and no
    other kind of document than its own
    (:func:`~coopllm.guard.reading.another_document`, its order aside). A sentence that
    calls the document separate counts where it names all its parties or none
    (:func:`_all_or_none_named`)."""
    ours, theirs = _names(agreement), {n for other in others for n in _names(other)}
    ours |= {agreement.title} if agreement.title else set()
    theirs |= {other.title for other in others if other.title}
    only_ours, only_theirs = ours - theirs, theirs - ours
    titled = [
        sentence
        for sentence in (checker.titles_signing(agreement.title) if agreement.title else ())
        if _all_or_none_named(agreement.parties, sentence, checker)
    ]
    return tuple(
        sentence
        for sentence in sorted({*checker.signing_sentences(), *titled})
        if any(checker.mentions_in(name, sentence) for name in only_ours)
        and not any(checker.mentions_in(name, sentence) for name in only_theirs)
        and not another_document(
            _ORDINAL.sub("", checker.text[sentence[0] : sentence[1]]), agreement.title
        )
    )


def _all_or_none_named(parties: list[Party], sentence: Sentence, checker: Checker) -> bool:
    """Whether a sentence names every one of the parties, or none ("the two companies
    signed a separate …"): not one of them with another body ("Beta signed a separate
    Memorandum of Understanding … with Delta Corp", another MoU: a review's find)."""
    named = [p for p in parties if any(checker.mentions_in(n, sentence) for n in p.all_names)]
    return len(named) in (0, len(parties))


def _names(agreement: Agreement) -> set[str]:
    """The names of an agreement's parties (their short names too) and signers."""
    parties = {name for party in agreement.parties for name in party.all_names if name.strip()}
    return parties | {person.name for person in agreement.signatories if person.name}


def told_apart(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """Each agreement of several with its own signing's day and place, where the model
    gave it another agreement's (see the module's doc)."""
    if len(agreements) < 2:
        return agreements
    owns = own_signings(agreements, checker)
    signings: list[list[Sentence]] | None = None  # read only for a ceremony's day
    told: list[Agreement] = []
    for i, agreement in enumerate(agreements):
        theirs = {sentence for j, own in enumerate(owns) if j != i for sentence in own}
        others = [*agreements[:i], *agreements[i + 1 :]]
        agreement = _own_parties(agreement, others, checker, warnings)
        led = _with_the_lead_in(owns[i], checker, theirs, agreements)
        if owns[i] and not at_the_same_signing(led, checker):
            before = _told_before(owns[i], told, owns)
            agreement = _own_day(agreement, owns[i], theirs, checker, warnings, before)
            agreement = _own_place(agreement, owns[i], theirs, checker, warnings)
        else:
            if owns[i] and not any(_AT_THE_SAME_CEREMONY.search(checker.text, *at) for at in led):
                # "Later the same day, in the … auditorium, … signed": a place of its own
                agreement = _own_place(agreement, owns[i], theirs, checker, warnings)
            if _may_take_the_ceremonys_day(agreement, checker):
                signings = signings or _told_signings(agreements, owns, checker)
                now = [*told, agreement, *agreements[i + 1 :]]
                agreement = _the_ceremonys_day(i, now, signings, checker, warnings)
        told.append(agreement)
    return told


def own_signings(agreements: list[Agreement], checker: Checker) -> list[tuple[Sentence, ...]]:
    """For each agreement of the record, the sentences of its own signing
    (:func:`_own_sentences`)."""
    return [
        _own_sentences(agreement, [*agreements[:i], *agreements[i + 1 :]], checker)
        for i, agreement in enumerate(agreements)
    ]


_SAME_SIGNING = re.compile(
    r"\b(?:at|during|in)\s+the\s+same\s+(?:ceremony|event|occasion|signing|meeting|venue)\b"
    r"|\b(?:the\s+)?same\s+day\b|同日|同时|随后|现场|会上",
    re.IGNORECASE,
)
"""What says a signing was done at another's ceremony: "At the same ceremony, … signed a
second MoU" (a review's find), "随后，…签署了…"."""


def at_the_same_signing(own: Sequence[Sentence], checker: Checker) -> bool:
    """Whether an agreement's own sentences say it was signed at another's signing."""
    return any(_SAME_SIGNING.search(checker.text, *sentence) for sentence in own)


_AT_THE_SAME_CEREMONY = re.compile(
    r"\b(?:at|during)\s+the\s+same\s+(?:ceremony|event|occasion|signing)\b|同一仪式上|仪式上",
    re.IGNORECASE,
)
"""What says a signing was done at the ceremony told before it: "At the same ceremony, …"
(not 随后 or 同时, which may be another day's, nor "the same venue")."""


def _told_signings(
    agreements: list[Agreement], owns: list[tuple[Sentence, ...]], checker: Checker
) -> list[list[Sentence]]:
    """For each agreement, the sentences of its own signing and those that sign its title,
    where no other agreement of the record has that title (two "Supply Contract"s: the
    sentence of one is not the other's, a review's find)."""
    titles = [a.title for a in agreements]
    unique = {title for title in titles if title and titles.count(title) == 1}
    return [
        sorted({*own, *(checker.titles_signing(a.title) if a.title in unique else ())})
        for own, a in zip(owns, agreements, strict=True)
    ]


def _may_take_the_ceremonys_day(agreement: Agreement, checker: Checker) -> bool:
    """Whether the agreement is undated, or dated by the page's date line alone: what
    :func:`_the_ceremonys_day` may date, the rest of the record's read only then."""
    date_text = agreement.date_text
    return not date_text or only_on_the_page_date_line(date_text, checker.text)


def _the_ceremonys_day(
    i: int,
    agreements: list[Agreement],
    told: list[list[Sentence]],
    checker: Checker,
    warnings: list[str],
) -> Agreement:
    """The agreement ``i``, undated or dated by the page's date line alone, with the day
    of the ceremony its own sentence, or one that signs its title, says it was signed at
    ("At the same ceremony, Kestrel and Calderport Polytechnic University signed a
    Memorandum …": the blind34 ai01's, whose model gave that phrase as the date_text; the
    blind35 aj06's contract, given "Apr 17, 2025" of the wire's head): the day of the
    agreement whose own signing, or a signing that writes its title, the article tells
    last before it, where that one has a day and no signing is told between (not "Last
    year, Alpha signed a Crewing Agreement … At the same ceremony, …": a review's find)."""
    agreement = agreements[i]
    others = {at for j, own in enumerate(told) if j != i for at in own}
    said = [
        at
        for at in _with_the_lead_in(told[i], checker, others, agreements)
        if _AT_THE_SAME_CEREMONY.search(checker.text, *at)
    ]
    if not said:
        return agreement
    before = [(at, j) for j, own in enumerate(told) if j != i for at in own if at[1] <= said[0][0]]
    if not before:
        return agreement
    (_, told_until), j = max(before)
    ceremony = agreements[j]
    between = checker.rules_text[told_until : said[0][0]]
    if ceremony.date_signed is None or _SIGNED_BETWEEN.search(between):
        return agreement
    over = f" over '{agreement.date_text}', the page's own date line" if agreement.date_text else ""
    warnings.append(
        f"took date_text '{ceremony.date_text}'{over}: the sentence about its signing says it "
        f"was signed at the same ceremony as '{ceremony.title}', told before it"
    )
    return agreement.model_copy(
        update={"date_text": ceremony.date_text, "date_signed": ceremony.date_signed}
    )


_SIGNED_BETWEEN = re.compile(
    rf"\b(?:signs|signed|inks|inked|countersigned|concluded|executed|entered\s+into)\b"
    rf"|{ZH_SIGNING_VERB}",
    re.IGNORECASE,
)
"""A signing told between a ceremony's and the one said to be at it, which then may be
another's; not the ceremony's own "signing" its witnesses saw ("… witnessed the signing.":
the blind49 ax04's)."""


def _with_the_lead_in(
    told: Sequence[Sentence],
    checker: Checker,
    theirs: Collection[Sentence],
    agreements: Sequence[Agreement],
) -> list[Sentence]:
    """The sentences told, with the one right before the first of them where it leads in
    to it, a document's signing of no name nor party ("A second document was signed at the
    same event. Prof. … signed a … Research Agreement.": the blind49 ax04's); not another
    agreement's own sentence (``theirs``: "3月5日，甲与乙…签署了…，同时…。3月6日，…签署《…》",
    a review's find)."""
    if not told:
        return list(told)
    before = checker.text[: told[0][0]].rstrip()
    if not before or before[-1] not in ".。":
        return list(told)
    lead = checker.sentence_at(len(before) - 1)
    names = [n for a in agreements for p in a.parties for n in p.all_names]
    if (
        lead in theirs
        or _A_NAMED_DEAL.search(checker.text, *lead)
        or not SIGNING_VERB.search(checker.rules_text, *lead)
        or any(checker.mentions_in(name, lead) for name in names)
    ):
        return list(told)
    return [lead, *told]


_A_NAMED_DEAL = re.compile(
    r"《|\b[A-Z][\w-]*\s+(?:Agreement|Memorandum|MoU|MOU|Contract|Accord|Protocol)\b"
)
"""A document named, which a lead-in to the next sentence's signing does not write."""


def _anothers(
    value: str | None, own: tuple[Sentence, ...], theirs: set[Sentence], checker: Checker
) -> bool:
    """Whether the article writes the value in a sentence of another agreement's own
    signing and in none of this one's ("The first MoU … was signed in Singapore on Tuesday
    4 March": not the second's day nor city)."""
    written = set(checker.sentences_with(value)) if value else set()
    return bool(written & theirs) and not written & set(own)


def _told_before(
    own: tuple[Sentence, ...], told: list[Agreement], owns: list[tuple[Sentence, ...]]
) -> tuple[Agreement, int] | None:
    """The agreement already told apart whose own signing the article tells last before
    this one's, the day "A week later" counts from, and where its last own sentence ends."""
    earlier = [
        (max(owns[j])[1], agreement)
        for j, agreement in enumerate(told)
        if owns[j] and max(owns[j])[0] < min(own)[0]
    ]
    if not earlier:
        return None
    end, agreement = max(earlier, key=lambda pair: pair[0])
    return agreement, end


_LATER = re.compile(
    r"\s*(?P<said>(?P<count>an?|one|two|three|four|five|six|\d)\s+(?P<unit>day|week)s?"
    r"\s+later|(?:the\s+)?(?:following|next)\s+(?P<next>day|week))\b",
    re.IGNORECASE,
)
"""A signing's day told by the one before it, opening its sentence: "A week later, …
signed a Framework Agreement …" (the blind66 bo05's), "Two days later", "The following
day"."""
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _later_day(
    own: tuple[Sentence, ...], before: tuple[Agreement, int] | None, checker: Checker
) -> tuple[str, dt.date] | None:
    """The day its own first sentence counts from the signing told before it
    (``_LATER``), that signing dated, and no date written between them ("On 10 May, the
    board approved … A week later": a review's find): the words as written and the day
    they tell."""
    if before is None or before[0].date_signed is None:
        return None
    later = _LATER.match(checker.text, min(own)[0])
    if later is None or DATE_MENTION.search(checker.text, before[1], min(own)[0]):
        return None
    if later["next"]:
        days = 7 if later["next"].lower() == "week" else 1
    else:
        count = later["count"].lower()
        days = int(count) if count.isdigit() else _COUNTS[count]
        days *= 7 if later["unit"].lower() == "week" else 1
    return later["said"], before[0].date_signed + dt.timedelta(days=days)


def _own_day(
    agreement: Agreement,
    own: tuple[Sentence, ...],
    theirs: set[Sentence],
    checker: Checker,
    warnings: list[str],
    before: tuple[Agreement, int] | None = None,
) -> Agreement:
    """The agreement with the one day its own signing's sentences write, where its
    date_text is another agreement's (:func:`_anothers`); else the day its first sentence
    counts from the signing told before it (:func:`_later_day`)."""
    date_text = agreement.date_text
    if not _anothers(date_text, own, theirs, checker):
        return agreement
    day = checker.day_written(own, told_apart=True)
    if day is None and (later := _later_day(own, before, checker)) is not None:
        said, on = later
        warnings.append(
            f"took date_text '{said}' over '{date_text}': the sentence about its own signing "
            "counts its day from the signing told before it"
        )
        return agreement.model_copy(update={"date_text": said, "date_signed": on})
    resolved = None if day is None else resolve_date(day, checker.published)
    if day is None or resolved is None or resolved == agreement.date_signed:
        return agreement
    warnings.append(
        f"took date_text '{day}' over '{date_text}': the sentence about its own signing "
        "writes it, and the other is another agreement's"
    )
    return agreement.model_copy(update={"date_text": day, "date_signed": resolved})


def _own_place(
    agreement: Agreement,
    own: tuple[Sentence, ...],
    theirs: set[Sentence],
    checker: Checker,
    warnings: list[str],
) -> Agreement:
    """The agreement with the one place its own signing's sentences write, where its
    location is another agreement's (:func:`_anothers`)."""
    location = agreement.location
    if not _anothers(location, own, theirs, checker):
        return agreement
    place = checker.venue_written(own)
    if place is None or place == location:
        return agreement
    warnings.append(
        f"took location '{place}' over '{location}': the sentence about its own signing "
        "writes it, and the other is another agreement's"
    )
    return agreement.model_copy(update={"location": place})


def _own_parties(
    agreement: Agreement, others: list[Agreement], checker: Checker, warnings: list[str]
) -> Agreement:
    """The agreement without the parties of other documents the model gave it too (the
    blind18 s03's "…局长肖敏代表县工信局，与…总经理黄嘉明签署《智能穿戴设备生产基地项目投资协议》",
    given all five parties of the trip's signings): where the one signing sentence that
    writes its title names two of its parties or more, a party it does not name goes if
    the signing sentence of another titled agreement of the record names it as that
    one's."""
    title = agreement.title
    if not title or len(agreement.parties) <= _TWO:
        return agreement
    sentence = _the_sentence_signing(title, checker)
    if sentence is None or _counts_its_parties(agreement, checker.read_text[slice(*sentence)]):
        return agreement
    named = [p for p in agreement.parties if _named_in(p, sentence, checker)]
    anothers = [
        p for p in agreement.parties if p not in named and _anothers_party(p, others, checker)
    ]
    if len(named) < _TWO or not anothers:
        return agreement
    for party in anothers:
        warnings.append(
            f"dropped party '{party.name}': the sentence that signs '{title}' does not name "
            "it, and another document's names it as its own"
        )
    return agreement.model_copy(
        update={"parties": [p for p in agreement.parties if p not in anothers]}
    )


_TWO = 2


def _counts_its_parties(agreement: Agreement, sentence: str) -> bool:
    """Whether the signing sentence counts as many parties as the agreement has ("…与蓝澜
    环境总裁代表三方签署《…》" of three: the blind78 ca03's, whose third the sentence names
    by no name)."""
    counted = _PARTIES_COUNTED.search(sentence)
    if counted is None:
        return False
    return _ZH_PARTIES[counted["count"] or counted["alone"]] == len(agreement.parties)


_PARTIES_COUNTED = re.compile(
    r"(?:代表|由)(?P<count>[两二三四五六])方|(?<![第\u4e00-\u9fff])(?P<alone>[两二三四五六])方(?=共同|合作|签)"
)
"""A count of the parties that sign: "代表三方签署", "三方共同签署"; not a title's "第三方"
nor a name's "四方" (中车青岛四方: review79)."""
_ZH_PARTIES = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}


def _the_sentence_signing(title: str, checker: Checker) -> Sentence | None:
    """The one signing sentence that writes the title, or None."""
    signing = set(checker.signing_sentences())
    found = [sentence for sentence in checker.sentences_with(title) if sentence in signing]
    return found[0] if len(found) == 1 else None


def _named_in(party: Party, sentence: Sentence, checker: Checker) -> bool:
    """Whether the sentence names the party by one of its names, or by a short form the
    article brackets after one ("the Northshire Development Authority (NDA)" … "the NDA":
    a review's find)."""
    names = [name for name in party.all_names if name.strip()]
    shorts = [
        found["short"]
        for name in names
        for found in re.finditer(rf"{re.escape(name)}{_SHORT_FORM}", checker.text)
    ]
    return any(checker.mentions_in(name, sentence) for name in [*names, *shorts])


_SHORT_FORM = (
    r"\s*[(\uff08]\s*(?:(?:以下)?简称|下称|hereinafter|the)?\s*[:\uff1a]?\s*"
    r"[\"\u201c\u2018']?(?P<short>[^()\uff08\uff09\"\u201c\u201d\u2018\u2019']{2,20}?)"
    r"[\"\u201d\u2019']?\s*[)\uff09]"
)
"""A short form in brackets after a name, with the words and quotes that may lead it."""


def _anothers_party(party: Party, others: list[Agreement], checker: Checker) -> bool:
    """Whether another titled agreement has the party, and its one signing sentence names
    it."""
    for other in others:
        if not other.title or not any(p.name == party.name for p in other.parties):
            continue
        sentence = _the_sentence_signing(other.title, checker)
        if sentence is not None and _named_in(party, sentence, checker):
            return True
    return False
