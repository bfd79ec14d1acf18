"""Score predicted records against gold records, as ``EXTRACTION_SPEC.md`` "Scoring" says.

Per article every fact kind is a *set* of facts: party names, signatory names, witness
names, established entities, signing dates, locations and the number of agreements.
Gold and predicted facts of one kind are matched one-to-one, greedily, best score first;
a matched pair is a true positive, an unmatched prediction a false positive (an invented
value) and an unmatched gold fact a false negative (a missed value). The headline is the
micro P/R/F1 over all facts of all articles.

Choices the spec leaves open, made here on purpose:

* Names are compared after NFKC (full-width forms become ASCII), case folding,
  punctuation turned into spaces and whitespace folded. Two names are *equal* when those
  strings are the same once every space is dropped, so "Co.Ltd." equals "Co. Ltd." and
  "People's" equals "Peoples". Otherwise they match when ``rapidfuzz.fuzz.ratio`` on the
  normalised strings is >= 90.
* "One is an alias the text gives for the other": a party's ``aliases`` (from the gold
  record for gold parties, from the prediction for predicted ones) are compared with the
  other side's *name*; two aliases alone never make a match. Locations and entities use
  the gold parties' aliases (the text's, as the annotator read it), so a location
  written "NRTC" matches the company name the text abbreviates that way; a prediction's
  aliases do not make its location right. Signatories and witnesses are compared by name
  only.
* Within a kind, facts are de-duplicated after normalisation: a party named in three
  agreements is one fact. A gold party named in one agreement by an alias that another
  agreement lists for it is the same fact too; gold entries that only share an alias
  stay two (two companies may both be "the Company"): one entry's *name* must be among
  the other's names or aliases. A prediction's party entries are merged only where the
  gold says they are one organisation (its own aliases could hide an invented party in
  a real one). Likewise parties, locations and entities, on either side, that write one
  gold party in different forms (its name here, an alias the gold gives it there) are
  one fact; two spellings of one form (a name and a slip of it) stay two, the slip an
  invented value. Values that are null, not strings, or empty once normalised are
  skipped.
* Dates match only as identical ISO strings. The agreement count is one fact per article
  (also when both sides say zero): equal counts are 1 TP, different counts 1 FP + 1 FN.
* Precision is 1.0 when nothing was predicted (nothing was invented) and recall is 1.0
  when there was nothing to find; F1 is 0.0 when P + R is 0. Because the micro scores sum
  counts, a kind with neither gold nor predicted facts adds nothing to them.
* A prediction pairs with the gold record of the same ``source``, else with the gold
  record whose path ends its own, or that its path ends (``a.txt`` and
  ``/data/articles/a.txt``; not ``north/a.txt`` and ``south/a.txt``), and only when that
  pairing is unambiguous (see :func:`pair_sources`). A gold article without a prediction
  has every fact missed; a prediction without gold is listed as unmatched and not scored.
* A prediction row without an ``agreements`` list (a row of the errors file: ``code``,
  ``message``) is a failed extraction, not a finding that nothing was signed: it is
  scored as a missing prediction and reported as failed.
"""

from __future__ import annotations

import functools
import json
import logging
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from coopllm.errors import InputError

_log = logging.getLogger(__name__)

FACT_KINDS: tuple[str, ...] = (
    "parties",
    "signatories",
    "witnesses",
    "entities",
    "dates",
    "locations",
    "agreements",
)
"""Every fact kind that is scored, in report order."""

FUZZY_THRESHOLD = 90.0
"""Minimum ``fuzz.ratio`` (0-100) for two different normalised names to match."""

_EXACT = 100.0


# --------------------------------------------------------------------------- counts


@dataclass(frozen=True)
class Counts:
    """True/false positives and false negatives, with the scores derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted, since nothing was invented."""
        claimed = self.tp + self.fp
        return self.tp / claimed if claimed else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when the gold holds nothing, since nothing was missed."""
        expected = self.tp + self.fn
        return self.tp / expected if expected else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall; 0.0 when both are 0."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Counts and scores as plain JSON values."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def _sum_counts(counts: Iterable[Counts]) -> Counts:
    """Add up counts (micro averaging works on sums, never on averaged scores)."""
    total = Counts()
    for item in counts:
        total = total + item
    return total


# --------------------------------------------------------------------------- report


@dataclass
class ArticleResult:
    """How one gold article fared: counts, plus what was missed, invented and matched.

    ``failure`` is set when the paired prediction is a failed extraction (an error row):
    its code, or what the row lacks. Such an article is scored as one without a
    prediction, and said apart, since a failure is not a finding that nothing was signed.
    """

    source: str
    prediction_source: str | None
    counts: dict[str, Counts]
    missed: dict[str, list[str]]
    invented: dict[str, list[str]]
    matched: dict[str, list[tuple[str, str]]]
    failure: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON values; matched pairs become ``[gold, predicted]`` lists."""
        return {
            "source": self.source,
            "prediction_source": self.prediction_source,
            "failure": self.failure,
            "counts": {kind: c.to_dict() for kind, c in self.counts.items()},
            "missed": self.missed,
            "invented": self.invented,
            "matched": {kind: [list(p) for p in pairs] for kind, pairs in self.matched.items()},
        }


@dataclass
class EvalReport:
    """The result of :func:`evaluate`: per-kind and micro counts, per-article details."""

    per_kind: dict[str, Counts]
    micro: Counts
    articles: list[ArticleResult] = field(default_factory=list)
    unmatched_predictions: list[str] = field(default_factory=list)

    @property
    def failed_predictions(self) -> list[str]:
        """The prediction sources that are failed extractions (scored as missing)."""
        return [a.prediction_source for a in self.articles if a.failure and a.prediction_source]

    @property
    def missing_predictions(self) -> list[str]:
        """The gold articles no prediction was given for (scored as missing: every fact
        missed), said apart so that an output short of articles is not read as a model
        that found little (a review's find: an empty output read P 1.000, R 0)."""
        return [a.source for a in self.articles if a.prediction_source is None]

    def to_dict(self) -> dict[str, Any]:
        """Everything in the report as JSON-serialisable values (for ``--json``)."""
        return {
            "kinds": {kind: c.to_dict() for kind, c in self.per_kind.items()},
            "micro": self.micro.to_dict(),
            "articles": [a.to_dict() for a in self.articles],
            "unmatched_predictions": list(self.unmatched_predictions),
            "failed_predictions": self.failed_predictions,
            "missing_predictions": self.missing_predictions,
        }

    def render(self, details: bool = False) -> str:
        """A plain-text table; with ``details``, every missed and invented fact per article."""
        lines = _render_table(self.per_kind, self.micro)
        lines.append(f"articles scored: {len(self.articles)}")
        failed = [a for a in self.articles if a.failure]
        if failed:
            lines.append(
                f"failed extractions (scored as missing: every fact missed): {len(failed)}"
            )
            lines.extend(f"  {a.prediction_source} [{a.failure}]" for a in failed)
        missing = self.missing_predictions
        if missing:
            lines.append(f"gold articles without a prediction (scored as missing): {len(missing)}")
            lines.extend(f"  {source}" for source in missing)
        if self.unmatched_predictions:
            lines.append(
                f"predictions without gold (not scored): {len(self.unmatched_predictions)}"
            )
            lines.extend(f"  {source}" for source in self.unmatched_predictions)
        if details:
            for article in self.articles:
                lines.extend(_render_article(article))
        return "\n".join(lines) + "\n"


_ROW = "{:<12} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}"


def _render_row(name: str, counts: Counts) -> str:
    """One table row with scores to three decimals."""
    return _ROW.format(
        name,
        counts.tp,
        counts.fp,
        counts.fn,
        f"{counts.precision:.3f}",
        f"{counts.recall:.3f}",
        f"{counts.f1:.3f}",
    )


def _render_table(per_kind: Mapping[str, Counts], micro: Counts) -> list[str]:
    """Header, one row per kind, a rule and the micro row."""
    header = _ROW.format("kind", "TP", "FP", "FN", "P", "R", "F1")
    rows = [_render_row(kind, counts) for kind, counts in per_kind.items()]
    return [header, "-" * len(header), *rows, "-" * len(header), _render_row("micro", micro)]


def _render_article(article: ArticleResult) -> list[str]:
    """The detail block of one article: its pairing, then each missed/invented fact."""
    if article.failure:
        head = f"== {article.source} (extraction failed [{article.failure}]: every fact missed)"
    elif article.prediction_source is None:
        head = f"== {article.source} (no prediction: every fact missed)"
    elif article.prediction_source != article.source:
        head = f"== {article.source} (prediction: {article.prediction_source})"
    else:
        head = f"== {article.source}"
    lines = [head]
    for kind in article.counts:
        lines.extend(f"  missed   {kind:<12} {value}" for value in article.missed[kind])
        lines.extend(f"  invented {kind:<12} {value}" for value in article.invented[kind])
    if len(lines) == 1:
        lines.append("  (all facts match)")
    return lines


# --------------------------------------------------------------------------- names


def normalize_name(text: str) -> str:
    """NFKC, case-fold, punctuation to spaces, invisible format characters (zero-width
    space, soft hyphen) dropped, whitespace folded: the form names match on.

    NFKC first so full-width letters and punctuation become their ASCII forms before the
    punctuation test; punctuation becomes a space (not nothing) so "Co.Ltd." and
    "Co. Ltd." differ only by spaces, which :func:`_same_name` ignores. Accents stay, as
    the spec's scoring says (grounding folds them; scoring does not): "Pérez" and "Perez"
    match only by the fuzzy ratio.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    chars = (" " if unicodedata.category(ch).startswith("P") else ch for ch in folded)
    visible = (ch for ch in chars if unicodedata.category(ch) != "Cf")  # zero-width, soft hyphen
    return " ".join("".join(visible).split())


def _same_name(a: str, b: str) -> bool:
    """Equality of normalised names regardless of where (or whether) spaces fall."""
    return a.replace(" ", "") == b.replace(" ", "")


def _similarity(a: str, b: str) -> float:
    """100 for equal normalised names, else the fuzzy ratio if it reaches the threshold."""
    if _same_name(a, b):
        return _EXACT
    ratio = float(fuzz.ratio(a, b))
    return ratio if ratio >= FUZZY_THRESHOLD else 0.0


@dataclass(frozen=True)
class Fact:
    """One scored value: as written (for reports), normalised, and the other forms it has.

    A gold party merged from several entries has several *names* (each entry's), and
    *aliases* (what the entries list as such). They are kept apart because they match
    differently: a name matches the other side's names and aliases, an alias only the
    other side's names (two aliases alone never make a match: two companies may both be
    "the Company").
    """

    value: str
    norm: str
    aliases: tuple[str, ...] = ()
    other_names: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The de-duplication key: normalised and without spaces, as :func:`_same_name`."""
        return _key(self.norm)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name, the one written first leading (normalised)."""
        return (self.norm, *self.other_names)

    def name_keys(self) -> set[str]:
        """The keys of the names."""
        return {_key(name) for name in self.names}

    def form_keys(self) -> set[str]:
        """The keys of the names and the aliases."""
        return self.name_keys() | {_key(alias) for alias in self.aliases}


def _key(norm: str) -> str:
    """A normalised name without spaces: equal keys are equal names (:func:`_same_name`)."""
    return norm.replace(" ", "")


def _name_score(gold: Fact, pred: Fact) -> float:
    """Best similarity of a name to a name, or of one side's name to an alias of the other."""
    pairs = [(g, p) for g in gold.names for p in pred.names]
    pairs += [(g, alias) for g in gold.names for alias in pred.aliases]
    pairs += [(alias, p) for alias in gold.aliases for p in pred.names]
    return max(_similarity(a, b) for a, b in pairs)


def _exact_score(gold: Fact, pred: Fact) -> float:
    """Dates: identical ISO strings only (a day off is a different date)."""
    return _EXACT if gold.value == pred.value else 0.0


# --------------------------------------------------------------------------- facts


def _dicts(values: Any) -> list[Mapping[str, Any]]:
    """The mappings of a list, tolerating a missing or malformed field (predictions vary)."""
    if not isinstance(values, list):
        return []
    return [v for v in values if isinstance(v, Mapping)]


def _strings(values: Any) -> list[str]:
    """The strings of a list, skipping nulls and anything that is not text."""
    if not isinstance(values, list):
        return []
    return [v for v in values if isinstance(v, str)]


def _agreements(record: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The record's agreements, tolerating a malformed list. (A prediction without an
    ``agreements`` list is a failed extraction, scored before this is asked; a gold record
    without one is refused: see :func:`extraction_failure`.)"""
    return _dicts(record.get("agreements"))


def _make_fact(value: str, aliases: Iterable[str] = ()) -> Fact | None:
    """A fact for ``value``, or None when nothing is left of it after normalisation."""
    norm = normalize_name(value)
    if not norm:
        return None
    alias_norms = tuple(dict.fromkeys(a for a in map(normalize_name, aliases) if a))
    return Fact(value.strip(), norm, alias_norms)


def _unique(facts: Iterable[Fact]) -> list[Fact]:
    """De-duplicate facts by key, keeping the first spelling seen (and every alias)."""
    seen: dict[str, Fact] = {}
    for fact in facts:
        seen[fact.key] = _merge(seen[fact.key], fact) if fact.key in seen else fact
    return list(seen.values())


def _raw_parties(record: Mapping[str, Any]) -> list[Fact]:
    """One fact per party entry of every agreement, with its own aliases."""
    facts: list[Fact] = []
    for agreement in _agreements(record):
        for party in _dicts(agreement.get("parties")):
            name = party.get("name")
            if isinstance(name, str):
                fact = _make_fact(name, _strings(party.get("aliases")))
                if fact is not None:
                    facts.append(fact)
    return facts


def _same_organisation(a: Fact, b: Fact) -> bool:
    """Whether the gold calls ``a`` and ``b`` one organisation: a name of one is a name or
    an alias of the other. A shared alias alone is not enough (two companies may both be
    "the Company"). On merged entries this holds when it holds for some entry of each,
    so the organisations found are the connected entries, whatever their order."""
    return not (a.name_keys().isdisjoint(b.form_keys()) and b.name_keys().isdisjoint(a.form_keys()))


def _merge(a: Fact, b: Fact) -> Fact:
    """One fact of two: ``a``'s spelling leads, the names of both stay names and their
    aliases aliases (a form that is a name of either is a name)."""
    names = _distinct([*a.names, *b.names])
    name_keys = {_key(name) for name in names}
    aliases = [
        alias for alias in _distinct([*a.aliases, *b.aliases]) if _key(alias) not in name_keys
    ]
    return Fact(a.value, a.norm, tuple(aliases), tuple(names[1:]))


def _distinct(norms: Iterable[str]) -> list[str]:
    """Normalised names without repeats (by key), each as first written, in order."""
    seen: dict[str, str] = {}
    for norm in norms:
        seen.setdefault(_key(norm), norm)
    return list(seen.values())


def party_facts(record: Mapping[str, Any], gold: Sequence[Fact] | None = None) -> list[Fact]:
    """Parties over all agreements, one fact per organisation.

    A gold record's entries are one organisation when one's name is another's name or
    an alias it lists (the annotator's reading of the text); a shared alias alone does
    not join two (see :func:`_same_organisation`). A prediction's (``gold``: the gold
    record's parties) are one when the gold says so (see :func:`_one_per_gold_party`);
    never by the prediction's own aliases, which could fold an invented party into a
    real one, and would make the score depend on the order of its entries.
    """
    if gold is not None:
        return _one_per_gold_party(_unique(_raw_parties(record)), gold)
    merged: list[Fact] = []
    for fact in _raw_parties(record):
        hits = [i for i, known in enumerate(merged) if _same_organisation(known, fact)]
        if not hits:
            merged.append(fact)
            continue
        # An entry that meets two organisations so far joins them: whatever the order of
        # the entries, the organisations are the same (the connected ones).
        joined = _merge(merged[hits[0]], fact)
        for i in reversed(hits[1:]):
            joined = _merge(joined, merged.pop(i))
        merged[hits[0]] = joined
    return merged


def _one_per_gold_party(facts: Sequence[Fact], gold: Sequence[Fact]) -> list[Fact]:
    """Join the values (parties, locations, entities) that write one gold party in
    different forms: its name in one agreement and an alias the gold gives it in another
    are one value written two ways, not two values (one of them invented or missed).

    Each value is read as the form of a gold party it is likest (a name or an alias,
    exactly or fuzzily, by its own name: never by a prediction's aliases). Of the values
    read as one form only the likest joins: a misspelling beside the right spelling is an
    extra value, an invented one, as everywhere else (two fuzzy variants stay two), while
    a name spelt a little off beside the party's alias is the one organisation still.
    """
    likest: dict[tuple[int, str], tuple[float, int]] = {}  # (party, form) -> (score, value)
    for index, fact in enumerate(facts):
        read = _gold_form(fact, gold)
        if read is not None:
            party, form, score = read
            if (party, form) not in likest or score > likest[(party, form)][0]:
                likest[(party, form)] = (score, index)
    groups: dict[int, list[int]] = {}  # party -> the values joining it, in order
    for (party, _), (_, index) in sorted(likest.items(), key=lambda item: item[1][1]):
        groups.setdefault(party, []).append(index)
    joined = {members[0]: members for members in groups.values()}
    absorbed = {index for members in groups.values() for index in members[1:]}
    return [
        functools.reduce(_merge, (facts[i] for i in joined[index])) if index in joined else fact
        for index, fact in enumerate(facts)
        if index not in absorbed
    ]


def _gold_form(fact: Fact, gold: Sequence[Fact]) -> tuple[int, str, float] | None:
    """The gold party (its index) and its form (name or alias, as a key) that ``fact``'s
    name is likest, with the score; the first on ties; None when it is like none."""
    read: tuple[int, str, float] | None = None
    for index, party in enumerate(gold):
        for form in (*party.names, *party.aliases):
            score = _similarity(fact.norm, form)
            if score > 0 and (read is None or score > read[2]):
                read = (index, _key(form), score)
    return read


def _people_facts(record: Mapping[str, Any], field_name: str) -> list[Fact]:
    """Signatory or witness names; unnamed people (``name: null``) are not facts."""
    facts: list[Fact | None] = []
    for agreement in _agreements(record):
        for person in _dicts(agreement.get(field_name)):
            name = person.get("name")
            if isinstance(name, str):
                facts.append(_make_fact(name))
    return _unique(f for f in facts if f is not None)


def _value_facts(
    record: Mapping[str, Any], field_name: str, alias_table: Sequence[Fact]
) -> list[Fact]:
    """Entities or locations: string values (or lists of them), aliased via the parties,
    one fact per gold party they write (see :func:`_one_per_gold_party`)."""
    facts: list[Fact] = []
    for agreement in _agreements(record):
        raw = agreement.get(field_name)
        for value in _strings(raw if isinstance(raw, list) else [raw]):
            fact = _make_fact(value)
            if fact is not None:
                facts.append(_with_table_aliases(fact, alias_table))
    return _one_per_gold_party(_unique(facts), alias_table)


def _with_table_aliases(fact: Fact, alias_table: Sequence[Fact]) -> Fact:
    """Attach the other names and aliases of the gold party this value is a name of."""
    aliases = [
        form
        for party in alias_table
        if fact.key in party.form_keys()
        for form in (*party.names, *party.aliases)
        if _key(form) != fact.key
    ]
    return Fact(fact.value, fact.norm, tuple(_distinct(aliases)))


def _date_facts(record: Mapping[str, Any]) -> list[Fact]:
    """Signing dates as written (ISO strings), nulls skipped, compared exactly."""
    facts: list[Fact] = []
    for agreement in _agreements(record):
        value = agreement.get("date_signed")
        if isinstance(value, str) and value.strip():
            facts.append(Fact(value.strip(), value.strip()))
    return _unique(facts)


def _facts(record: Mapping[str, Any], kind: str, alias_table: Sequence[Fact]) -> list[Fact]:
    """The de-duplicated facts of one kind in one record (parties: see ``party_facts``)."""
    if kind in ("signatories", "witnesses"):
        return _people_facts(record, kind)
    if kind == "entities":
        return _value_facts(record, "established_entities", alias_table)
    if kind == "locations":
        return _value_facts(record, "location", alias_table)
    if kind == "dates":
        return _date_facts(record)
    raise ValueError(f"unknown fact kind: {kind!r}")


# --------------------------------------------------------------------------- matching

Scorer = Callable[[Fact, Fact], float]


@dataclass(frozen=True)
class KindResult:
    """The outcome of matching one kind in one article."""

    counts: Counts
    missed: list[str]
    invented: list[str]
    matched: list[tuple[str, str]]


def match_facts(gold: Sequence[Fact], pred: Sequence[Fact], scorer: Scorer) -> KindResult:
    """One-to-one greedy matching, best score first (direct name matches win ties).

    Greedy rather than optimal assignment because scores are near-binary (100 or >= 90)
    and greedy is what a reader checking the report by hand would do.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            score = scorer(g, p)
            if score > 0:
                candidates.append((-score, -_similarity(g.norm, p.norm), gi, pi))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matched: list[tuple[str, str]] = []
    for _, _, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            matched.append((gold[gi].value, pred[pi].value))
    missed = [g.value for i, g in enumerate(gold) if i not in used_gold]
    invented = [p.value for i, p in enumerate(pred) if i not in used_pred]
    return KindResult(Counts(len(matched), len(invented), len(missed)), missed, invented, matched)


def _count_result(gold: Mapping[str, Any], pred: Mapping[str, Any] | None) -> KindResult:
    """The agreement count: one fact per article, right (1 TP) or wrong (1 FP + 1 FN)."""
    gold_n = str(len(_agreements(gold)))
    if pred is None:
        return KindResult(Counts(fn=1), [gold_n], [], [])
    pred_n = str(len(_agreements(pred)))
    if gold_n == pred_n:
        return KindResult(Counts(tp=1), [], [], [(gold_n, pred_n)])
    return KindResult(Counts(fp=1, fn=1), [gold_n], [pred_n], [])


def _kind_result(
    kind: str, gold: Mapping[str, Any], pred: Mapping[str, Any] | None, table: Sequence[Fact]
) -> KindResult:
    """Match one kind of one article; no prediction means every gold fact is missed."""
    if kind == "agreements":
        return _count_result(gold, pred)
    if kind == "parties":
        gold_facts, pred_facts = table, party_facts(pred, table) if pred is not None else []
    else:
        gold_facts = _facts(gold, kind, table)
        pred_facts = _facts(pred, kind, table) if pred is not None else []
    scorer = _exact_score if kind == "dates" else _name_score
    return match_facts(gold_facts, pred_facts, scorer)


def score_article(
    source: str,
    gold: Mapping[str, Any],
    pred: Mapping[str, Any] | None,
    prediction_source: str | None = None,
) -> ArticleResult:
    """Score every fact kind of one gold article against its prediction (or None).

    A failed extraction (see :func:`extraction_failure`) is scored as no prediction.
    """
    failure = extraction_failure(pred) if pred is not None else None
    if failure is not None:
        pred = None
    table = party_facts(gold)  # the gold's parties, and the aliases the text gives them
    results = {kind: _kind_result(kind, gold, pred, table) for kind in FACT_KINDS}
    return ArticleResult(
        source=source,
        prediction_source=prediction_source,
        counts={kind: r.counts for kind, r in results.items()},
        missed={kind: r.missed for kind, r in results.items()},
        invented={kind: r.invented for kind, r in results.items()},
        matched={kind: r.matched for kind, r in results.items()},
        failure=failure,
    )


def extraction_failure(pred: Mapping[str, Any]) -> str | None:
    """Why a prediction row holds no extraction (its error row's ``code``), or None.

    A row without an ``agreements`` list, such as a row of the errors file, is a failed
    extraction: it found nothing because it read nothing, so it is scored as a missing
    prediction (every gold fact missed), never as a claim that no agreement was signed
    (which would be right on an article without agreements).
    """
    if isinstance(pred.get("agreements"), list):
        return None
    code = pred.get("code")
    return code if isinstance(code, str) and code else "no 'agreements' list"


# --------------------------------------------------------------------------- pairing


def pair_sources(
    predictions: Iterable[str], gold: Iterable[str]
) -> tuple[dict[str, str], list[str]]:
    """Map gold source -> prediction source: same source first, then same file.

    The fallback lets ``/data/articles/000.txt`` predictions meet ``000.txt`` gold: it
    pairs two sources when one's path ends with the other's (a bare file name, or
    ``news/000.txt`` within ``/data/news/000.txt``), and only when exactly one remaining
    prediction and one remaining gold can pair so, so a wrong pairing never happens
    silently. ``north/a.txt`` and ``south/a.txt`` are two files, never paired: the
    article is reported without a prediction and the prediction as without gold.
    Sources compare in Unicode's composed form (NFC): a file name from a Mac's file
    system arrives decomposed ("e" and an accent).
    Returns the pairing and the unmatched prediction sources (in input order).
    """
    pred_list = list(predictions)
    gold_list = list(gold)
    pred_by_form = {_composed(p): p for p in pred_list}
    pairs = {g: pred_by_form[_composed(g)] for g in gold_list if _composed(g) in pred_by_form}
    paired = set(pairs.values())
    pred_by_name = _by_file_name(p for p in pred_list if p not in paired)
    for name, golds in _by_file_name(g for g in gold_list if g not in pairs).items():
        pairs.update(_pair_one_file(golds, pred_by_name.get(name, [])))
    used = set(pairs.values())
    return pairs, [p for p in pred_list if p not in used]


def _pair_one_file(golds: Sequence[str], preds: Sequence[str]) -> dict[str, str]:
    """Of sources that share a file name, the gold and prediction that pair one another
    alone (each the other's only candidate, see :func:`_same_file`)."""
    pairs: dict[str, str] = {}
    for g in golds:
        candidates = [p for p in preds if _same_file(g, p)]
        if len(candidates) == 1 and sum(_same_file(x, candidates[0]) for x in golds) == 1:
            pairs[g] = candidates[0]
    return pairs


def _same_file(a: str, b: str) -> bool:
    """Whether two sources can name one file: the parts of one's path end the other's."""
    a_parts, b_parts = _parts(a), _parts(b)
    short, long = sorted((a_parts, b_parts), key=len)
    return long[len(long) - len(short) :] == short


def _parts(source: str) -> tuple[str, ...]:
    """A source's path parts, composed, without the root (``/a.txt`` ends ``x/a.txt``)."""
    path = Path(source)
    return tuple(_composed(part) for part in path.parts if part != path.anchor)


def _composed(source: str) -> str:
    return unicodedata.normalize("NFC", source)


def _by_file_name(sources: Iterable[str]) -> dict[str, list[str]]:
    """Group sources by ``Path(source).name``, composed."""
    groups: dict[str, list[str]] = {}
    for source in sources:
        groups.setdefault(_composed(Path(source).name), []).append(source)
    return groups


def evaluate(
    predictions: Mapping[str, Mapping[str, Any]], gold: Mapping[str, Mapping[str, Any]]
) -> EvalReport:
    """Score ``predictions`` against ``gold`` (both keyed by source, as from
    :func:`load_records` and :func:`load_gold`); a gold record without an ``agreements``
    list, or with coopllm's output keys, raises :class:`InputError`."""
    for source, gold_record in gold.items():
        _check_gold(gold_record, f"gold record {source!r}")
    pairs, unmatched = pair_sources(predictions, gold)
    articles = []
    for source, gold_record in gold.items():
        pred_source = pairs.get(source)
        pred = predictions[pred_source] if pred_source is not None else None
        articles.append(score_article(source, gold_record, pred, pred_source))
    per_kind = {
        kind: _sum_counts(article.counts[kind] for article in articles) for kind in FACT_KINDS
    }
    return EvalReport(per_kind, _sum_counts(per_kind.values()), articles, unmatched)


# --------------------------------------------------------------------------- loading

_Located = tuple[str, Any]
"""A parsed record with where it came from ("file" or "file:line"), for error messages."""


def load_records(path: Path) -> dict[str, dict[str, Any]]:
    """Records keyed by ``source`` from a .jsonl file, a .json file or a directory of .json.

    A .json file holds one record or a list of them. Every problem (unreadable JSON, a
    record that is not an object or has no ``source``, a source seen twice for one text:
    see :func:`_key_by_source`) raises
    :class:`InputError` naming the file and, where there is one, the line, because a
    silently skipped record would silently change the scores.
    """
    return _key_by_source(_locate(Path(path)))


def load_gold(path: Path) -> dict[str, dict[str, Any]]:
    """Gold records, as :func:`load_records` reads them, each checked to hold an
    ``agreements`` list of objects: a predicted row without one is a failed extraction,
    but a gold record without one is a mistake in the gold ("agreement" for
    "agreements"), which would silently be scored as an article without agreements. A
    record with coopllm's output keys (:data:`OUTPUT_KEYS`) is refused too: predictions
    given as the gold."""
    located = _locate(Path(path))
    for where, record in located:
        if isinstance(record, dict):  # anything else is refused by _key_by_source
            _check_gold(record, where)
    return _key_by_source(located)


OUTPUT_KEYS = ("provenance", "grounding", "text_sha256")
"""Keys every record coopllm writes carries, and no gold needs: a gold file holding them
is a predictions file, most likely given in the place of the gold (``eval GOLD PRED``,
which otherwise prints a plausible report)."""


def _check_gold(record: Mapping[str, Any], where: str) -> None:
    """Raise :class:`InputError` at ``where`` unless ``agreements`` is a list of objects,
    or when the record carries coopllm's output keys (:data:`OUTPUT_KEYS`)."""
    made = [key for key in OUTPUT_KEYS if key in record]
    if made:
        raise InputError(
            f"{where}: a gold record with coopllm's output keys ({', '.join(made)}) looks "
            "like predictions: are PRED and GOLD swapped? (a gold record made from a "
            "prediction: drop those keys)"
        )
    agreements = record.get("agreements")
    if not isinstance(agreements, list) or not all(isinstance(a, dict) for a in agreements):
        keys = ", ".join(map(repr, record))
        raise InputError(
            f"{where}: a gold record needs an 'agreements' list of objects ([] for an "
            f"article without agreements); this one has the keys {keys}"
        )


def _locate(path: Path) -> list[_Located]:
    """Every record of a .jsonl file, a .json file or a directory of .json files, with
    where it was read."""
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix == ".json" and p.is_file())
        if not files:  # a mistyped directory would otherwise score 0 of 0 as perfect
            raise InputError(f"{path}: no .json records in this directory")
        located = [item for file in files for item in _read_json(file)]
    elif path.suffix == ".jsonl":
        located = _read_jsonl(path)
    elif path.suffix == ".json":
        located = _read_json(path)
    elif not path.exists():
        raise InputError(f"{path}: no such file or directory")
    else:
        raise InputError(f"{path}: expected a .jsonl file, a .json file or a directory")
    return located


def _read_text(path: Path) -> str:
    """The file's text, with a clear InputError when it cannot be read as UTF-8 (a
    byte-order mark, as editors on Windows save, is dropped)."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from exc


def _read_jsonl(path: Path) -> list[_Located]:
    """One record per non-blank line; lines end at ``\\n`` only (a record may hold a raw
    U+2028 or U+0085, which ``str.splitlines`` would take for line breaks)."""
    located: list[_Located] = []
    for number, line in enumerate(_read_text(path).split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            located.append((where, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: malformed JSON line: {exc.msg}") from exc
        except (ValueError, RecursionError) as exc:  # nested too deep, a 5,000-digit number
            raise InputError(f"{where}: malformed JSON line: {exc}") from exc
    return located


def _read_json(path: Path) -> list[_Located]:
    """One record, or a list of records, in one JSON document."""
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: malformed JSON: {exc.msg}") from exc
    except (ValueError, RecursionError) as exc:
        raise InputError(f"{path}: malformed JSON: {exc}") from exc
    items = data if isinstance(data, list) else [data]
    return [(str(path), item) for item in items]


def _key_by_source(located: Iterable[_Located]) -> dict[str, dict[str, Any]]:
    """Check every record is an object with a string ``source``; key them by it.

    A source seen twice is an error, except where the two records are of different texts
    (their ``text_sha256``): the article was edited and extracted again, and the output,
    written by appending, holds the record of its new text last. That one is scored, and
    the one it replaces is said (logged). Sources are the same when their composed forms
    (NFC) are, as :func:`pair_sources` pairs them: "café.txt" written composed and
    decomposed is one source seen twice, not two records of which one scores silently."""
    records: dict[str, dict[str, Any]] = {}
    seen: dict[str, tuple[str, str]] = {}  # composed source -> (source as written, where)
    for where, record in located:
        if not isinstance(record, dict):
            raise InputError(f"{where}: a record must be a JSON object")
        source = record.get("source")
        if not isinstance(source, str) or not source:
            raise InputError(f"{where}: record has no 'source' string")
        composed = _composed(source)
        if composed in seen:
            earlier, earlier_where = seen[composed]
            if not _of_another_text(records[earlier], record):
                raise InputError(f"{where}: source {source!r} appears more than once")
            _log.warning(
                "%s: source %r is of another text than at %s (an edited article extracted "
                "again): scoring this later record",
                where,
                source,
                earlier_where,
            )
            del records[earlier]
        records[source] = record
        seen[composed] = (source, where)
    return records


def _of_another_text(earlier: dict[str, Any], later: dict[str, Any]) -> bool:
    """Whether two records name the texts they were made of, and those differ."""
    hashes = earlier.get("text_sha256"), later.get("text_sha256")
    return all(isinstance(h, str) and h for h in hashes) and hashes[0] != hashes[1]
