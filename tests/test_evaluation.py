"""Tests for coopllm.evaluation: every expected number below is worked out by hand.

The base article (``_base()``) has exactly seven facts: 2 parties, 1 signatory,
1 witness, 0 entities, 1 date, 1 location and the agreement count.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from rapidfuzz import fuzz

from coopllm.errors import InputError
from coopllm.evaluation import (
    FACT_KINDS,
    Counts,
    EvalReport,
    evaluate,
    load_gold,
    load_records,
    normalize_name,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD_DIR = SHARED / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json")) if GOLD_DIR.is_dir() else []
needs_gold = pytest.mark.skipif(
    not GOLD_FILES, reason=f"gold annotations not found in {GOLD_DIR} (shared dir absent)"
)

Party = str | tuple[str, list[str]]

FULL_WIDTH_HUST = "\uff28\uff35\uff33\uff34"
"""HUST in full-width letters, as Chinese typesetting often writes Latin abbreviations."""


def _agreement(
    parties: list[Party] | None = None,
    signatories: list[str | None] | None = None,
    witnesses: list[str] | None = None,
    entities: list[str] | None = None,
    date: str | None = "2020-11-17",
    location: str | None = "Changchun",
) -> dict[str, Any]:
    """One agreement in gold format; parties are names or (name, aliases)."""
    parties = ["Jilin University", "FAW Group"] if parties is None else parties
    signatories = ["Gao Zhenhai"] if signatories is None else signatories
    witnesses = ["Xie Ping"] if witnesses is None else witnesses
    return {
        "title": None,
        "agreement_type": "cooperation_agreement",
        "date_signed": date,
        "date_text": None,
        "location": location,
        "parties": [
            {
                "name": p if isinstance(p, str) else p[0],
                "aliases": [] if isinstance(p, str) else p[1],
                "kind": "other",
            }
            for p in parties
        ],
        "signatories": [{"name": n, "title": None, "organization": None} for n in signatories],
        "witnesses": [{"name": n, "title": None, "organization": None} for n in witnesses],
        "facilitators": [],
        "established_entities": entities or [],
        "cooperation_areas": [],
    }


def _record(source: str = "a.txt", *agreements: dict[str, Any]) -> dict[str, Any]:
    """A record in gold format with the given agreements."""
    return {
        "source": source,
        "article": {"title": None, "published": "2020-11-24", "language": "en"},
        "agreements": list(agreements),
    }


def _base(source: str = "a.txt", **changes: Any) -> dict[str, Any]:
    """The seven-fact base article, with some agreement fields changed."""
    return _record(source, _agreement(**changes))


def _score(pred: dict[str, Any], gold: dict[str, Any]) -> EvalReport:
    return evaluate({pred["source"]: pred}, {gold["source"]: gold})


def _counts(report: EvalReport, kind: str) -> tuple[int, int, int]:
    c = report.per_kind[kind]
    return (c.tp, c.fp, c.fn)


def _micro(report: EvalReport) -> tuple[int, int, int]:
    return (report.micro.tp, report.micro.fp, report.micro.fn)


# --------------------------------------------------------------------------- gold vs gold


@needs_gold
@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_against_itself_is_perfect(path: Path) -> None:
    gold = load_records(path)
    report = evaluate(gold, gold)
    assert report.micro.tp > 0
    assert (report.micro.fp, report.micro.fn) == (0, 0)
    assert (report.micro.precision, report.micro.recall, report.micro.f1) == (1.0, 1.0, 1.0)


@needs_gold
def test_gold_directory_against_itself_counts_every_fact() -> None:
    gold = load_records(GOLD_DIR)
    assert len(gold) == 5
    report = evaluate(gold, gold)
    # parties 2+2+5+2+2, signatories 2+2, witnesses 4+2, entities 1+1+1,
    # dates 1+1+1+1+1 (002 and 003 repeat one date), locations 1+1+1, one count each.
    expected = {
        "parties": 13,
        "signatories": 4,
        "witnesses": 6,
        "entities": 3,
        "dates": 5,
        "locations": 3,
        "agreements": 5,
    }
    assert {k: _counts(report, k) for k in FACT_KINDS} == {
        k: (n, 0, 0) for k, n in expected.items()
    }
    assert _micro(report) == (39, 0, 0)
    assert report.micro.f1 == 1.0


def test_gold_articles_with_no_prediction_are_said_apart() -> None:
    """A review's find: an output short of articles (here, empty or missing one) read as
    a model that found little; the report names the gold articles it lacks."""
    examples = Path(__file__).resolve().parents[1] / "examples" / "gold"
    gold = load_records(examples)
    some = dict(list(gold.items())[1:])
    report = evaluate(some, gold)
    first = next(iter(gold))
    assert report.missing_predictions == [first]
    assert report.to_dict()["missing_predictions"] == [first]
    assert f"gold articles without a prediction (scored as missing): 1\n  {first}\n" in (
        report.render()
    )
    assert evaluate({}, gold).missing_predictions == list(gold)


# --------------------------------------------------------------------------- hand-made cases


def test_fact_kinds_order() -> None:
    assert FACT_KINDS == (
        "parties",
        "signatories",
        "witnesses",
        "entities",
        "dates",
        "locations",
        "agreements",
    )


def test_identical_base_article_has_seven_true_positives() -> None:
    report = _score(_base(), _base())
    assert _micro(report) == (7, 0, 0)
    assert _counts(report, "entities") == (0, 0, 0)


def test_invented_party_costs_precision_only() -> None:
    pred = _base(parties=["Jilin University", "FAW Group", "Tottori Bank"])
    report = _score(pred, _base())
    assert _counts(report, "parties") == (2, 1, 0)
    assert _micro(report) == (7, 1, 0)
    assert report.micro.precision == pytest.approx(7 / 8)
    assert report.micro.recall == 1.0
    assert report.micro.f1 == pytest.approx(14 / 15)  # 2 * 7/8 * 1 / (15/8)
    assert report.articles[0].invented["parties"] == ["Tottori Bank"]


def test_missed_signatory_costs_recall_only() -> None:
    gold = _base(signatories=["Gao Zhenhai", "Okamura Seiji"])
    report = _score(_base(), gold)
    assert _counts(report, "signatories") == (1, 0, 1)
    assert _micro(report) == (7, 0, 1)
    assert report.micro.precision == 1.0
    assert report.micro.recall == pytest.approx(7 / 8)
    assert report.micro.f1 == pytest.approx(14 / 15)
    assert report.articles[0].missed["signatories"] == ["Okamura Seiji"]


def test_null_signatory_names_are_not_facts() -> None:
    gold = _base(signatories=[None, "Gao Zhenhai"])
    report = _score(_base(), gold)
    assert _counts(report, "signatories") == (1, 0, 0)


def test_gold_alias_matches_predicted_name() -> None:
    full = "General Technology Group Harbin Measuring & Cutting Tool Group Co.Ltd."
    gold = _base(parties=["Jilin University", (full, ["HMCTG"])])
    pred = _base(parties=["Jilin University", "HMCTG"])
    assert _counts(_score(pred, gold), "parties") == (2, 0, 0)


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 0, 2), (0, 2, 1)])
def test_gold_entries_of_one_organisation_merge_in_any_order(order: tuple[int, ...]) -> None:
    """ "HMCTG" alone, the group that gives it as an alias, and the full name that gives
    the group's as one: one organisation, whatever order the gold lists them in."""
    entries = [
        ("HMCTG", []),
        ("Harbin Measuring & Cutting Tool Group", ["HMCTG"]),
        ("General Technology Group Harbin Measuring & Cutting Tool Group Co.Ltd.",
         ["Harbin Measuring & Cutting Tool Group"]),
    ]  # fmt: skip
    gold = {"source": "a.txt", "agreements": [
        {"parties": [{"name": entries[i][0], "aliases": entries[i][1]}]} for i in order
    ]}  # fmt: skip
    pred = _base(parties=["General Technology Group Harbin Measuring & Cutting Tool Group Co.Ltd."])
    assert _counts(_score(pred, gold), "parties") == (1, 0, 0)


def test_gold_parties_that_share_only_an_alias_stay_two() -> None:
    """Two companies the text both calls "the Company" are two parties: a prediction
    naming only one of them misses the other."""
    gold = _record(
        "a.txt",
        _agreement(parties=["Lakeside Polytechnic", ("Harbour Steel Co., Ltd.", ["the Company"])]),
        _agreement(parties=["Lakeside Polytechnic", ("Crane Logistics Ltd.", ["the Company"])]),
    )
    one = _record("a.txt", _agreement(parties=["Lakeside Polytechnic", "Harbour Steel Co., Ltd."]))
    report = _score(one, gold)
    assert _counts(report, "parties") == (2, 0, 1)
    assert report.articles[0].missed["parties"] == ["Crane Logistics Ltd."]
    both = _record(
        "a.txt",
        _agreement(parties=["Lakeside Polytechnic", "Harbour Steel Co., Ltd."]),
        _agreement(parties=["Lakeside Polytechnic", "Crane Logistics Ltd."]),
    )
    assert _counts(_score(both, gold), "parties") == (3, 0, 0)


def test_predicted_alias_matches_gold_name() -> None:
    gold = _base(parties=["Jilin University", "Harbin University of Science and Technology"])
    pred = _base(
        parties=["Jilin University", ("HUST", ["Harbin University of Science and Technology"])]
    )
    assert _counts(_score(pred, gold), "parties") == (2, 0, 0)


def test_two_aliases_alone_do_not_match() -> None:
    # Neither name is an alias of the other; they only share an alias.
    gold = _base(parties=["Jilin University", ("Zhejiang Mechanery Group", ["the Group"])])
    pred = _base(parties=["Jilin University", ("Harbin Tool Works", ["the Group"])])
    assert _counts(_score(pred, gold), "parties") == (1, 1, 1)


def test_fuzzy_ratio_at_or_above_90_matches() -> None:
    # "gao zhenhai" vs "gao zhenhui": 11 + 11 chars, indel distance 2 -> 100 * 20/22 = 90.9
    assert fuzz.ratio("gao zhenhai", "gao zhenhui") == pytest.approx(100 * 20 / 22)
    report = _score(_base(signatories=["Gao Zhenhui"]), _base())
    assert _counts(report, "signatories") == (1, 0, 0)
    assert report.articles[0].matched["signatories"] == [("Gao Zhenhai", "Gao Zhenhui")]


def test_fuzzy_ratio_below_90_does_not_match() -> None:
    # "xie ping" vs "xie pang": 8 + 8 chars, indel distance 2 -> 100 * 14/16 = 87.5
    assert fuzz.ratio("xie ping", "xie pang") == pytest.approx(87.5)
    report = _score(_base(witnesses=["Xie Pang"]), _base())
    assert _counts(report, "witnesses") == (0, 1, 1)
    assert _micro(report) == (6, 1, 1)
    assert report.micro.f1 == pytest.approx(6 / 7)


def test_case_punctuation_and_full_width_differences_match() -> None:
    gold_name = "China Automotive Technology & Research Center Co. Ltd."
    gold = _base(parties=["HUST", gold_name])
    pred = _base(parties=[FULL_WIDTH_HUST, "CHINA AUTOMOTIVE TECHNOLOGY RESEARCH CENTER CO LTD"])
    report = _score(pred, gold)
    assert _counts(report, "parties") == (2, 0, 0)
    assert report.articles[0].matched["parties"] == [
        ("HUST", FULL_WIDTH_HUST),
        (gold_name, "CHINA AUTOMOTIVE TECHNOLOGY RESEARCH CENTER CO LTD"),
    ]


def test_normalize_name() -> None:
    assert normalize_name("  People's  Government,\tof Jilin! ") == "people s government of jilin"
    assert normalize_name(FULL_WIDTH_HUST + "\uff08Harbin\uff09") == "hust harbin"
    assert normalize_name("Co.Ltd.").replace(" ", "") == normalize_name("Co. Ltd.").replace(" ", "")
    for invisible in ("\u200b", "\u200d", "\ufeff", "\u00ad", "\u2060"):
        assert normalize_name(f"清华{invisible}大学") == "清华大学", repr(invisible)


def test_spacing_around_punctuation_does_not_matter() -> None:
    gold = _base(parties=["Jilin University", "Harbin Tool Group Co.Ltd."])
    pred = _base(parties=["Jilin University", "Harbin Tool Group Co. Ltd."])
    report = _score(pred, gold)
    assert _counts(report, "parties") == (2, 0, 0)


def test_matching_is_one_to_one_and_best_first() -> None:
    # The fuzzy variant comes first, but the exact spelling wins the single gold fact.
    pred = _base(signatories=["Gao Zhenhui", "Gao Zhenhai"])
    report = _score(pred, _base())
    assert _counts(report, "signatories") == (1, 1, 0)
    assert report.articles[0].matched["signatories"] == [("Gao Zhenhai", "Gao Zhenhai")]
    assert report.articles[0].invented["signatories"] == ["Gao Zhenhui"]


def test_repeated_facts_are_counted_once() -> None:
    gold = _record("a.txt", _agreement(), _agreement(signatories=["gao  zhenhai."]))
    pred = _record("a.txt", _agreement(), _agreement())
    report = _score(pred, gold)
    assert _micro(report) == (7, 0, 0)


def test_party_named_by_its_alias_elsewhere_is_one_fact() -> None:
    gold = _record(
        "a.txt",
        _agreement(parties=["Jilin University", ("FAW Group", ["FAW"])]),
        _agreement(parties=["Jilin University", "FAW"]),
    )
    pred = _base(parties=["Jilin University", "FAW Group"])
    report = _score(pred, gold)
    assert _counts(report, "parties") == (2, 0, 0)
    assert _counts(report, "agreements") == (0, 1, 1)


@pytest.mark.parametrize("fake_first", [True, False])
def test_a_predictions_own_aliases_hide_no_invented_party(fake_first: bool) -> None:
    """Listing an invented party as an alias of a real one does not fold it in, and the
    order of the entries does not change the score."""
    gold = _base(parties=["Alpha Institute", "Beta Company"])
    fake = ("Xeno Group", ["Alpha Institute", "Beta Company"])
    parties: list[Any] = [fake, "Alpha Institute", "Beta Company"]
    pred = _base(parties=parties if fake_first else [*parties[1:], fake])
    report = _score(pred, gold)
    assert _counts(report, "parties") == (2, 1, 0)
    assert report.articles[0].invented["parties"] == ["Xeno Group"]


def test_a_predicted_party_written_by_a_gold_alias_elsewhere_is_one_fact() -> None:
    """The gold says "Ruifeng" is the company's: the prediction naming it so in its second
    agreement invented nothing, though it listed no alias itself."""
    full = "Ruifeng New Materials Co., Ltd."
    gold = _record("a.txt", _agreement(parties=["Jilin University", (full, ["Ruifeng"])]),
                   _agreement(parties=["Jilin University", (full, ["Ruifeng"])]))  # fmt: skip
    pred = _record("a.txt", _agreement(parties=["Jilin University", full]),
                   _agreement(parties=["Jilin University", "Ruifeng"]))  # fmt: skip
    assert _counts(_score(pred, gold), "parties") == (2, 0, 0)


def test_a_predictions_aliases_do_not_make_its_location_right() -> None:
    gold = _base(parties=["Jilin University", "FAW Group"], location="Nanhu Campus")
    pred = _base(parties=["FAW Group", ("Jilin University", ["Nanhu Campus"])],
                 location="Jilin University")  # fmt: skip
    assert _counts(_score(pred, gold), "locations") == (0, 1, 1)


def test_location_matches_through_party_alias() -> None:
    full = "Harbin Measuring & Cutting Tool Group"
    gold = _base(parties=["HUST", (full, ["HMCTG"])], location="HMCTG")
    pred = _base(parties=["HUST", full], location=full)
    assert _counts(_score(pred, gold), "locations") == (1, 0, 0)


ORCHARD = "Orchard Machine Tool Group"
ORCHARD_PARTIES: list[Party] = ["Lakeside Polytechnic", (ORCHARD, ["OMTG"])]


@pytest.mark.parametrize("kind", ["location", "entities"])
@pytest.mark.parametrize("two_ways", [("OMTG", ORCHARD), (ORCHARD, "OMTG")])
def test_a_value_written_by_name_and_by_alias_is_one_fact(
    kind: str, two_ways: tuple[str, str]
) -> None:
    """The gold says "OMTG" is the group's: a prediction writing the venue (or the body
    set up) as "OMTG" in one agreement and in full in the other wrote one value twice,
    and so did a gold record that writes it both ways."""

    def record(first: str, second: str) -> dict[str, Any]:
        values = [
            {"location": v} if kind == "location" else {"entities": [v]} for v in (first, second)
        ]
        return _record("a.txt", *(_agreement(parties=ORCHARD_PARTIES, **v) for v in values))

    counted = "locations" if kind == "location" else "entities"
    assert _counts(_score(record(*two_ways), record("OMTG", "OMTG")), counted) == (1, 0, 0)
    assert _counts(_score(record("OMTG", "OMTG"), record(*two_ways)), counted) == (1, 0, 0)


def test_a_party_name_spelt_a_little_off_beside_its_gold_alias_is_one_fact() -> None:
    """A name written slightly off in one agreement and by the gold's alias in the other
    is one organisation; beside its right spelling, the slip stays an invented value."""
    full = "Silverlake Composite Materials Co., Ltd."
    gold_parties: list[Party] = ["Lakeside Polytechnic", (full, ["Silverlake"])]
    gold = _record("a.txt", _agreement(parties=gold_parties), _agreement(parties=gold_parties))
    slip = "Silverlake Composite Material Co., Ltd."
    with_alias = _record("a.txt", _agreement(parties=["Lakeside Polytechnic", slip]),
                         _agreement(parties=["Lakeside Polytechnic", "Silverlake"]))  # fmt: skip
    assert _counts(_score(with_alias, gold), "parties") == (2, 0, 0)
    with_right = _record("a.txt", _agreement(parties=["Lakeside Polytechnic", full]),
                         _agreement(parties=["Lakeside Polytechnic", slip]))  # fmt: skip
    report = _score(with_right, gold)
    assert _counts(report, "parties") == (2, 1, 0)
    assert report.articles[0].invented["parties"] == [slip]


def test_agreement_count_mismatch() -> None:
    pred = _record("a.txt", _agreement(), _agreement())
    report = _score(pred, _base())
    assert _counts(report, "agreements") == (0, 1, 1)
    assert _micro(report) == (6, 1, 1)
    assert report.articles[0].missed["agreements"] == ["1"]
    assert report.articles[0].invented["agreements"] == ["2"]


def test_no_agreements_on_both_sides_is_one_true_positive() -> None:
    report = _score(_record("a.txt"), _record("a.txt"))
    assert _micro(report) == (1, 0, 0)


def test_date_mismatch() -> None:
    report = _score(_base(date="2020-11-18"), _base())
    assert _counts(report, "dates") == (0, 1, 1)
    assert _micro(report) == (6, 1, 1)
    assert report.articles[0].missed["dates"] == ["2020-11-17"]
    assert report.articles[0].invented["dates"] == ["2020-11-18"]


def test_null_location_and_date_are_not_facts() -> None:
    gold = _base(location=None, date=None)
    report = _score(_base(), gold)
    assert _counts(report, "locations") == (0, 1, 0)
    assert _counts(report, "dates") == (0, 1, 0)
    assert _micro(report) == (5, 2, 0)


def test_missing_prediction_misses_every_fact() -> None:
    gold = {"a.txt": _base("a.txt"), "b.txt": _base("b.txt")}
    report = evaluate({"a.txt": _base("a.txt")}, gold)
    assert _micro(report) == (7, 0, 7)
    assert report.micro.precision == 1.0
    assert report.micro.recall == 0.5
    assert report.micro.f1 == pytest.approx(2 / 3)
    missing = report.articles[1]
    assert missing.source == "b.txt"
    assert missing.prediction_source is None
    assert missing.missed["parties"] == ["Jilin University", "FAW Group"]
    assert missing.missed["agreements"] == ["1"]


ERROR_ROW = {"source": "a.txt", "text_sha256": "0" * 64, "code": "timeout", "message": "slow"}


def test_an_error_row_is_a_missing_prediction_not_zero_agreements() -> None:
    """A failed extraction found nothing because it read nothing: on an article without
    agreements it earns no true positive, and on one with agreements no false positive."""
    empty = _score(ERROR_ROW, _record("a.txt"))
    assert _micro(empty) == (0, 0, 1)
    assert empty.articles[0].missed["agreements"] == ["0"]
    assert empty.articles[0].failure == "timeout"
    assert empty.failed_predictions == ["a.txt"]
    full = _score(ERROR_ROW, _base())
    assert _micro(full) == (0, 0, 7)
    assert full.articles[0].invented["agreements"] == []


def test_a_row_without_agreements_is_reported_as_failed() -> None:
    report = _score({"source": "a.txt"}, _base())
    assert report.articles[0].failure == "no 'agreements' list"
    text = report.render(details=True)
    assert "failed extractions (scored as missing: every fact missed): 1" in text
    assert "== a.txt (extraction failed [no 'agreements' list]: every fact missed)" in text
    data = json.loads(json.dumps(report.to_dict()))
    assert data["failed_predictions"] == ["a.txt"]
    assert data["articles"][0]["failure"] == "no 'agreements' list"
    assert "failed" not in _score(_base(), _base()).render(details=True)


def test_prediction_without_gold_is_unmatched_and_not_scored() -> None:
    preds = {"a.txt": _base("a.txt"), "zzz.txt": _base("zzz.txt", parties=["X Corp"])}
    report = evaluate(preds, {"a.txt": _base("a.txt")})
    assert report.unmatched_predictions == ["zzz.txt"]
    assert _micro(report) == (7, 0, 0)
    assert "zzz.txt" in report.render()


def test_pairing_falls_back_to_file_name() -> None:
    pred = _base("/data/articles/a.txt")
    report = evaluate({pred["source"]: pred}, {"a.txt": _base("a.txt")})
    assert report.articles[0].prediction_source == "/data/articles/a.txt"
    assert report.unmatched_predictions == []
    assert _micro(report) == (7, 0, 0)


def test_same_file_name_in_other_folders_is_not_paired() -> None:
    """north/a.txt and south/a.txt are two articles: scoring one against the other would
    say nothing true, so both are reported unpaired."""
    pred = _base("north/a.txt", parties=["Alder Bank", "Birch College"])
    report = evaluate({pred["source"]: pred}, {"south/a.txt": _base("south/a.txt")})
    assert report.articles[0].prediction_source is None
    assert report.unmatched_predictions == ["north/a.txt"]
    assert _micro(report) == (0, 0, 7)


def test_a_path_that_ends_the_other_pairs_among_same_named_files() -> None:
    preds = {s: _base(s) for s in ("north/a.txt", "/data/south/a.txt")}
    report = evaluate(preds, {"south/a.txt": _base("south/a.txt")})
    assert report.articles[0].prediction_source == "/data/south/a.txt"
    assert report.unmatched_predictions == ["north/a.txt"]
    assert _micro(report) == (7, 0, 0)


@pytest.mark.parametrize("where", ["", "news/"])
def test_a_decomposed_source_meets_its_composed_gold(where: str) -> None:
    """A file name from a Mac's file system arrives decomposed (NFD)."""
    gold = _base("Université-Laval.txt")
    pred = _base(where + unicodedata.normalize("NFD", "Université-Laval.txt"))
    report = evaluate({pred["source"]: pred}, {gold["source"]: gold})
    assert report.unmatched_predictions == [] and _counts(report, "parties")[2] == 0


def test_ambiguous_file_name_is_not_paired() -> None:
    preds = {"x/a.txt": _base("x/a.txt"), "y/a.txt": _base("y/a.txt")}
    report = evaluate(preds, {"a.txt": _base("a.txt")})
    assert report.articles[0].prediction_source is None
    assert report.unmatched_predictions == ["x/a.txt", "y/a.txt"]
    assert _micro(report) == (0, 0, 7)


def test_extra_prediction_keys_are_ignored() -> None:
    pred = _base() | {"grounding": {"x": 1}, "warnings": ["w"], "usage": {"tokens": 3}}
    assert _micro(_score(pred, _base())) == (7, 0, 0)


def test_empty_counts_score_one_and_contribute_nothing() -> None:
    empty = Counts()
    assert (empty.precision, empty.recall, empty.f1) == (1.0, 1.0, 1.0)
    nothing_predicted = Counts(fn=3)
    assert (nothing_predicted.precision, nothing_predicted.recall) == (1.0, 0.0)
    assert nothing_predicted.f1 == 0.0
    report = _score(_base(), _base())
    assert report.per_kind["entities"].f1 == 1.0
    assert report.micro == Counts(7, 0, 0)


# --------------------------------------------------------------------------- report output


def test_to_dict_is_json_serialisable() -> None:
    report = _score(_base(date="2020-11-18"), _base())
    data = json.loads(json.dumps(report.to_dict()))
    assert data["micro"]["tp"] == 6
    assert data["micro"]["precision"] == pytest.approx(6 / 7)
    assert list(data["kinds"]) == list(FACT_KINDS)
    assert data["kinds"]["dates"] == {
        "tp": 0,
        "fp": 1,
        "fn": 1,
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
    }
    assert data["articles"][0]["invented"]["dates"] == ["2020-11-18"]
    assert data["unmatched_predictions"] == []
    assert data["failed_predictions"] == []
    assert data["articles"][0]["failure"] is None


def test_render_table_and_details() -> None:
    report = _score(_base(date="2020-11-18", witnesses=[]), _base())
    text = report.render()
    lines = text.splitlines()
    assert lines[0].split() == ["kind", "TP", "FP", "FN", "P", "R", "F1"]
    assert "dates            0     1     1  0.000  0.000  0.000" in lines
    micro = next(line for line in lines if line.startswith("micro"))
    assert micro.split() == ["micro", "5", "1", "2", "0.833", "0.714", "0.769"]
    assert "2020-11-18" not in text
    detailed = report.render(details=True)
    assert "missed   dates        2020-11-17" in detailed
    assert "invented dates        2020-11-18" in detailed
    assert "missed   witnesses    Xie Ping" in detailed


# --------------------------------------------------------------------------- loading


def test_load_jsonl_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "preds.jsonl"
    path.write_text(
        json.dumps(_base("a.txt")) + "\n\n  \n" + json.dumps(_base("b.txt")) + "\n",
        encoding="utf-8",
    )
    records = load_records(path)
    assert list(records) == ["a.txt", "b.txt"]
    assert records["b.txt"]["agreements"][0]["location"] == "Changchun"


def test_load_reads_past_a_byte_order_mark(tmp_path: Path) -> None:
    (tmp_path / "preds.jsonl").write_text(json.dumps(_base("a.txt")) + "\n", encoding="utf-8-sig")
    (tmp_path / "one.json").write_text(json.dumps(_base("b.txt")), encoding="utf-8-sig")
    assert list(load_records(tmp_path / "preds.jsonl")) == ["a.txt"]
    assert list(load_records(tmp_path / "one.json")) == ["b.txt"]


def test_load_json_single_and_list(tmp_path: Path) -> None:
    single = tmp_path / "one.json"
    single.write_text(json.dumps(_base("a.txt")), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([_base("b.txt"), _base("c.txt")]), encoding="utf-8")
    assert list(load_records(single)) == ["a.txt"]
    assert list(load_records(many)) == ["b.txt", "c.txt"]


def test_load_directory_reads_only_json_files(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text(json.dumps(_base("b.txt")), encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(_base("a.txt")), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not json", encoding="utf-8")
    assert list(load_records(tmp_path)) == ["a.txt", "b.txt"]


def test_load_jsonl_malformed_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "preds.jsonl"
    path.write_text(json.dumps(_base("a.txt")) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"preds\.jsonl:2: malformed JSON"):
        load_records(path)


def test_load_malformed_json_file_names_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{\n  "source": "a.txt",\n  oops\n}', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.json:3: malformed JSON"):
        load_records(path)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('["a list"]', "must be a JSON object"),
        ('{"agreements": []}', "no 'source' string"),
    ],
)
def test_load_rejects_records_without_source(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "preds.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"preds\.jsonl:1: .*{message}"):
        load_records(path)


def test_load_rejects_duplicate_source(tmp_path: Path) -> None:
    path = tmp_path / "preds.jsonl"
    line = json.dumps(_base("a.txt"))
    path.write_text(f"{line}\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"preds\.jsonl:2: source 'a\.txt' appears more"):
        load_records(path)


def test_load_rejects_a_source_twice_of_one_text(tmp_path: Path) -> None:
    path = tmp_path / "preds.jsonl"
    line = json.dumps({**_base("a.txt"), "text_sha256": "1" * 64})
    path.write_text(f"{line}\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"preds\.jsonl:2: source 'a\.txt' appears more"):
        load_records(path)


def test_load_scores_the_later_record_of_an_edited_article(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Resuming after an article was edited appends the record of its new text: that one
    is scored, and the replaced one is said."""
    old = {**_base("a.txt"), "text_sha256": "1" * 64}
    new = {**_base("a.txt"), "text_sha256": "2" * 64}
    new["agreements"][0]["location"] = "Jilin"
    path = tmp_path / "preds.jsonl"
    path.write_text(f"{json.dumps(old)}\n{json.dumps(new)}\n", encoding="utf-8")
    records = load_records(path)
    assert records["a.txt"]["agreements"][0]["location"] == "Jilin"
    assert "preds.jsonl:2: source 'a.txt' is of another text than at" in caplog.text
    assert "preds.jsonl:1" in caplog.text


def test_a_source_written_composed_and_decomposed_is_one_source(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Two records of "café.txt", one composed and one decomposed, pair to one gold: the
    later is scored (another text) or the file is refused (the same), never one of them
    left over as an unmatched prediction."""
    composed, decomposed = "caf\u00e9.txt", "cafe\u0301.txt"
    old = {**_base(composed), "text_sha256": "1" * 64}
    new = {**_base(decomposed), "text_sha256": "2" * 64}
    new["agreements"][0]["location"] = "Jilin"
    path = tmp_path / "preds.jsonl"
    path.write_text(f"{json.dumps(old)}\n{json.dumps(new)}\n", encoding="utf-8")
    assert load_records(path) == {decomposed: new}
    assert "preds.jsonl:2: source" in caplog.text
    same = {**new, "text_sha256": "1" * 64}
    path.write_text(f"{json.dumps(old)}\n{json.dumps(same)}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"preds\.jsonl:2: source .* appears more"):
        load_records(path)


def test_load_jsonl_keeps_a_record_with_a_unicode_line_separator_whole(tmp_path: Path) -> None:
    record = _base("a.txt")
    record["agreements"][0]["title"] = "Cooperation\u2028agreement\x85 of 2020"
    path = tmp_path / "preds.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert load_records(path)["a.txt"]["agreements"][0]["title"] == record["agreements"][0]["title"]


@pytest.mark.parametrize(
    "change",
    [
        lambda r: r.update(agreement=r.pop("agreements")),  # the key misspelt
        lambda r: r.update(agreements=None),
        lambda r: r.update(agreements=["signed twice"]),
    ],
    ids=["misspelt", "null", "not objects"],
)
def test_a_gold_record_without_an_agreements_list_is_refused(tmp_path: Path, change: Any) -> None:
    """Scored, it would read as an article without agreements, and every fact predicted
    for it as invented. (A prediction without one is a failed extraction, still read.)"""
    record = _base("a.txt")
    change(record)
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "one.json").write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(InputError, match=r"one\.json: a gold record needs an 'agreements' list"):
        load_gold(tmp_path / "gold")
    with pytest.raises(InputError, match=r"gold record 'a\.txt': a gold record needs"):
        evaluate({"a.txt": _base("a.txt")}, {"a.txt": record})
    (tmp_path / "gold" / "one.json").write_text(json.dumps(_base("a.txt")), encoding="utf-8")
    assert list(load_gold(tmp_path / "gold")) == ["a.txt"]
    (tmp_path / "preds.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert list(load_records(tmp_path / "preds.jsonl")) == ["a.txt"]  # a failed prediction


def test_load_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_records(tmp_path / "absent.csv")


@pytest.mark.parametrize("key", ["provenance", "grounding", "text_sha256"])
def test_a_gold_record_with_coopllms_output_keys_is_taken_for_predictions(
    tmp_path: Path, key: str
) -> None:
    """``coopllm eval GOLD PRED``, the arguments swapped, printed a plausible report."""
    record = {**_base("a.txt"), key: {"x": 1} if key != "text_sha256" else "1" * 64}
    path = tmp_path / "r1.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    said = rf"r1\.jsonl:1: a gold record with coopllm's output keys \({key}\) looks like "
    with pytest.raises(InputError, match=said + r"predictions: are PRED and GOLD swapped\?"):
        load_gold(path)
    with pytest.raises(InputError, match="are PRED and GOLD swapped"):
        evaluate({"a.txt": _base("a.txt")}, {"a.txt": record})
    assert list(load_records(path)) == ["a.txt"], "as predictions it is read"
