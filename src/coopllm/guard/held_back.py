"""A document the article says was not signed: held back, postponed, only initialled, or
still to come.

Trade press tells the deal that did not happen beside those that did ("A fourth
agreement, covering capital dredging of the approach channel, had been expected to be
signed at the same ceremony but was held back …": the blind28 ac06's), and a small model
gives it as one more agreement, its subject as the title and the contractor as a party.
:func:`held_back_dropped` drops such an agreement where every sentence that names it says
so and signs nothing else, and no one signed it anywhere else (its negotiators named
in those sentences, "initialled by …", signed nothing). The same for a document still
in talks or to be signed later ("in advanced talks with … on a long-term capacity
offtake agreement", "投资协议预计于今年6月正式签署": the blind34 ai01's and ai04's): the
spec wants a record of each document signed, and none of these was.
"""

from __future__ import annotations

import re

from coopllm.dates import years_written
from coopllm.guard.checker import Checker
from coopllm.guard.reading import TO_COME, Sentence, signed_now
from coopllm.lexicon import Needing, small_count
from coopllm.schema import Agreement

_NOT_SIGNED = Needing(
    re.compile(
        r"\b(?:held\s+back|postponed|put\s+off|pulled\s+from|fell\s+through|(?:was|were)\s+not"
        r"\s+signed|(?:had\s+been|was|were)\s+(?:expected|due|scheduled|set|meant)\s+to\s+be"
        r"\s+signed\b[^.;]{0,120}?\bbut\b|initiall?ed|initiall?ing"
        r"|is\s+being\s+drafted|(?:could|may|might)\s+be\s+signed)"
        r"|未能签署|未签署|暂缓签署|推迟签署|延期签署|未能签约|暂未签署|草签",
        re.IGNORECASE,
    ),
    (
        "held",
        "postponed",
        "put",
        "pulled",
        "fell",
        "not",
        "expected",
        "due",
        "scheduled",
        "set",
        "meant",
        "initial",
        "drafted",
        "signed",
        "签",
    ),
)
"""What says a document was not signed: "was held back", "had been expected to be signed
at the same ceremony but …", "postponed", "暂缓签署"; initialled, its text fixed for a
signing to come ("Calvera and Ostrand on Thursday initialled the text of a … fisheries
partnership agreement": the blind31 af05's, "草签"); still being drafted, or one that "could
be signed by mid-year" (the blind88 ck05's: here, not in ``TO_COME``, whose other readers
take a sentence of signing with it for one of none: review89)."""
_INITIALLED = re.compile(r"\binitiall?(?:ed|ing)\b|草签", re.IGNORECASE)
"""What says a document was only initialled: its negotiators, named there, signed nothing."""


def held_back_dropped(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The record without an agreement no one signed whose every mention of its title
    stands in a sentence that says it was not signed (``_NOT_SIGNED``), or not yet
    (:data:`~coopllm.guard.reading.TO_COME`)."""
    kept = []
    for agreement in agreements:
        others = [a for a in agreements if a is not agreement]
        if _held_back(agreement, checker, others):
            warnings.append(
                f"dropped agreement '{agreement.title or 'untitled'}': the article says it was "
                "not signed (held back, only initialled, or still to come)"
            )
            continue
        if _only_earlier(agreement, checker, others):
            warnings.append(
                f"dropped agreement '{agreement.title}': the article tells only an earlier "
                "signing of it, a year before the page's"
            )
            continue
        if _only_held(agreement, checker, others):
            warnings.append(
                f"dropped agreement '{agreement.title}': the article tells no signing of it, "
                "only that a party has it, with a party it names nowhere else"
            )
            continue
        kept.append(agreement)
    return kept


def _only_earlier(agreement: Agreement, checker: Checker, others: list[Agreement]) -> bool:
    """Whether every sentence that writes the agreement's title tells a signing and writes,
    before the title, a year earlier than the page's, no signing of the article's: the
    background of an earlier document ("许文斌介绍，早在2023年，市人民医院已与宁川县人民医院
    签订紧密型医联体协议", the blind70 bs03's, whose model gave it beside the alliance's
    agreement). Not the record's one agreement, nor a sentence whose year comes after the
    title ("The Supply Agreement, signed on Monday, builds on a 2019 memorandum")."""
    title = agreement.title
    published = checker.published
    if not title or not others or published is None:
        return False
    sentences = checker.sentences_with(title)
    current = set(checker.signing_sentences())
    return bool(sentences) and all(
        (start, end) not in current
        and signed_now(checker.rules_text[start:end])
        and _EARLIER_MARK.search(checker.text, start, end) is not None
        and not any(o.title and checker.mentions_in(o.title, (start, end)) for o in others)
        and any(
            year < published.year
            for at, _ in checker.mentions_in(title, (start, end))[:1]
            for year in years_written(_FULL_DATE.sub("", checker.text[start:at]))
        )
        for start, end in sentences
    )


_EARLIER_MARK = re.compile(
    r"早在|已经?与|曾经?|此前|\b(?:previously|earlier|already|back\s+in|had\s+(?:signed|inked))\b",
    re.IGNORECASE,
)
"""Words that tell a signing as an earlier one: "早在2023年，…已与…签订", "had signed in 2019";
not a year alone, which this signing's background may write ("Building on their 2019
partnership, … on Monday signed …": a review's find)."""
_FULL_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?")
"""A day written in full, whose year may be the one before the page's for this signing's
own day ("2025年12月30日" on a page of 6 January 2026: a review's find)."""


_HAS = re.compile(r"\b(?:has|have|holds?|maintains?)\s+(?:[\w-]+\s+)?$|(?:已有|拥有|签有)$")
"""Right before a document's words, that a party has it: "also has research agreements
with …", not that it was signed, nor "is between …"."""


def _only_held(agreement: Agreement, checker: Checker, others: list[Agreement]) -> bool:
    """Whether the titled agreement, signed by no one, is only one a party has: no
    sentence that names it tells a signing, each says a party has it (``_HAS``), and one
    of its parties is written in those sentences alone ("The company also has research
    agreements with two universities in China", the last line of the blind69 br06's,
    whose model gave the title and "two universities in China" as a party). Never the
    record's one agreement: "Velo now has a supply agreement with Tarn Steel. The deal was
    signed on Tuesday" tells its signing by another word (a review's find)."""
    title = agreement.title
    if agreement.signatories or not title or not others:
        return False
    sentences = set(_its_sentences(agreement, checker, others))
    told_signed = set(checker.any_signings)
    text = checker.rules_text
    return (
        bool(sentences)
        and not sentences & told_signed
        and not any(signed_now(text[start:end]) for start, end in sentences)
        and all(
            _HAS.search(text, max(start, at - 40), at)
            for start, end in sentences
            for at, _ in checker.mentions_in(title, (start, end))
        )
        and any(
            all(set(checker.sentences_with(name)) <= sentences for name in party.all_names)
            for party in agreement.parties
        )
    )


def _held_back(agreement: Agreement, checker: Checker, others: list[Agreement]) -> bool:
    """Whether the article says the unsigned agreement was not signed (see the module):
    every sentence that names it says so, and signs nothing besides ("…signed a Port
    Services Agreement …, but a third deal … was held back", "postponed in March, … was
    finally signed on 9 May", "因故推迟签署的《…》…正式签署": a review's finds). Signers
    given stand in the way, unless those sentences say it was initialled and are all that
    says they signed ("was initialled by chief negotiators A and B; ministers are expected
    to sign it"; not "had been expected to be signed … by ministers A and B but was
    postponed", signed after: a review's find); not those another agreement of the record
    has, whom the model gave both (the blind74 bw06's postponed framework agreement, given
    the signers of the memorandum signed that week), unless the article counts the
    documents signed ("signed two agreements … Both were signed by …": review75)."""
    sentences = _its_sentences(agreement, checker, others)
    if not sentences:
        return False
    text = checker.rules_text
    theirs = {p.name for other in others for p in other.signatories if p.name}
    counted = _COUNTED.search(text)
    own = {p.name for p in agreement.signatories if p.name}
    alike = [o for o in others if own & {p.name for p in o.signatories}]
    if theirs and counted and _count(counted.group()) > len(alike):
        theirs = set()  # "signed two agreements … Both were signed by …": theirs too
    signers = [p for p in agreement.signatories if p.name not in theirs]
    return (
        all(
            (_NOT_SIGNED.search(text, start, end) or TO_COME.search(text, start, end))
            and not signed_now(_NOT_SIGNED.sub(" ", text[start:end]))
            and not _signed_later_in_its_paragraph(end, checker)
            for start, end in sentences
        )
        and (not signers or all(_INITIALLED.search(text, start, end) for start, end in sentences))
        and all(
            set(checker.role_sentences(signer.name, "signatories", person=True)) <= {*sentences}
            for signer in signers
            if signer.name
        )
    )


def _its_sentences(
    agreement: Agreement, checker: Checker, others: list[Agreement]
) -> tuple[Sentence, ...]:
    """The sentences that name the agreement: its title's; of an untitled one, beside
    other agreements, those naming the one party no other has ("in advanced talks with
    data centre operator Northline Data Centres on a … agreement. That agreement is
    expected to be signed in the second quarter": the blind34 ai01's), by its first word
    too (:func:`_first_words`); none else."""
    if agreement.title:
        return checker.sentences_with(agreement.title)
    theirs = {n for other in others for p in other.parties for n in p.all_names}
    own = [p for p in agreement.parties if not set(p.all_names) & theirs]
    if not others or len(own) != 1:
        return ()
    names = [*own[0].all_names, *_first_words(own[0].name)]
    return tuple(dict.fromkeys(s for n in names for s in checker.sentences_with(n)))


def _first_words(name: str) -> list[str]:
    """An English name's first word, which an article may write alone for it ("Northgate"
    of "Northgate Data Centres": a review's find), where it has more."""
    words = name.split()
    return [words[0]] if len(words) > 1 and words[0][:1].isupper() else []


_COUNTED = re.compile(
    r"\b(?:two|three|four|five|both)\s+(?:[\w-]+\s+){0,2}?(?:agreements|documents|deals|memorand\w+"
    r"|contracts|mous)\b|\bBoth\s+were\s+signed\b|[两二三四五](?:项|份)[^，。；]{0,8}?(?:协议|合同|备忘录|文件)",
    re.IGNORECASE,
)
"""Documents counted as signed together, whose signers each of them has; not where the
record's other agreements of those signers are as many ("two heritage agreements were
signed" beside a third "being drafted", given their signer: the blind88 ck05's; a letter
of other signers is none of them: review89)."""
_COUNT_WORD = re.compile(r"two|three|four|five|both|[两二三四五]", re.IGNORECASE)


def _count(counted: str) -> int:
    """The number a ``_COUNTED`` match writes."""
    found = _COUNT_WORD.search(counted)
    return small_count(found.group()) if found else 0


_LOOKED_FOR = re.compile(
    r"\b(?:expect(?:s|ed|ing)?|hopes?|hoped|plans?|planned|intends?|aims?|would|will)\b"
    r"[^.;]{0,30}?\bsign|\bsign\w*\s+(?:would|will|is\s+to)\s+be\b"
    r"|(?:预计|计划|有望|拟|将)[^，。；,;]{0,10}?签",
    re.IGNORECASE,
)
"""Words that look forward to the signing itself ("said he expected a formal signing",
"said the formal signing would be rescheduled"): none done; not a signing done that
"will take effect on 1 July" (review75)."""


def _signed_later_in_its_paragraph(after: int, checker: Checker) -> bool:
    """Whether a sentence after offset ``after``, in its paragraph, tells a signing done:
    the document initialled or put off and then signed, named again as "it" or "该协定"
    ("…initialled the Trade Framework Agreement in March. Their ministers signed it in
    Veyra on Thursday": a review's find); not one that tells it to come ("Kestrel chief
    executive Ravi Chandran said he expected a formal signing": the blind74 bw04's)."""
    text = checker.rules_text
    closing = text.find("\n", after)
    closing = len(text) if closing == -1 else closing
    at = after
    while at < closing:
        if text[at].isspace():
            at += 1
            continue
        start, end = checker.sentence_at(at)
        to_come = _LOOKED_FOR.search(text, start, end) or TO_COME.search(text, start, end)
        if not to_come and signed_now(_NOT_SIGNED.sub(" ", text[start:end])):
            return True
        at = max(end, at + 1)
    return False
