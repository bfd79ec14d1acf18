"""Replay of the real recordings: the five seeds and our example articles, offline.

The cassettes under tests/fixtures/cassettes were recorded from the local
Qwen2.5-Coder-1.5B model (`coopllm record ... --local`); these tests check that the whole
path (openai client, instructor, guard, normalisation, grounding) turns them into valid
records with no network at all.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import CASSETTES, REPO, shared_or_skip
from typer.testing import CliRunner

from coopllm import ArticleExtraction, extract
from coopllm.cassettes import CassetteLibrary
from coopllm.cli import app
from coopllm.local import MODEL_SHA256
from coopllm.settings import Settings

SEED_NAMES = [
    "000_c4106d2f877fdd97.txt",
    "001_0ab1c1f4299d351f.txt",
    "002_11f8f377aa9d0e13.txt",
    "003_9fe648effa397fd0.txt",
    "004_6fce77a59fee8010.txt",
]


@pytest.fixture
def offline(tmp_path: Path) -> Settings:
    return Settings(offline=True, cassette_dir=CASSETTES, cache_dir=tmp_path / "cache")


def test_every_cassette_comes_from_the_real_local_model() -> None:
    """Each says it was recorded from the local model, and its answer bears the server's
    own marks: a completion id of a random UUID (none repeated), made by that model
    before the recording was saved (within the hour), tokens counted."""
    files = sorted(CASSETTES.glob("*.json"))
    assert files, "no recordings committed"
    ids = []
    for path in files:
        data = json.loads(path.read_text())
        made_with, answer = data["recorded_with"], data["response"]
        assert made_with["model_file_sha256"] == MODEL_SHA256, path
        assert "synthetic" not in made_with, path
        assert answer["model"] == made_with["model"], path
        assert _SERVER_ID.fullmatch(answer["id"]), path
        saved = dt.datetime.fromisoformat(data["recorded_at"]).timestamp()
        assert 0 <= saved - answer["created"] < 3600, path  # an answer may take minutes
        assert answer["usage"]["completion_tokens"] > 0, path
        ids.append(answer["id"])
    assert len(set(ids)) == len(ids)
    assert len(CassetteLibrary(CASSETTES)) == len(files)


_SERVER_ID = re.compile(
    r"chatcmpl-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
)
"""llama-cpp-python's completion ids: ``chatcmpl-`` and a random (version 4) UUID."""


def _string_paths(record: ArticleExtraction) -> set[str]:
    """The paths of the record's values the spec grounds: every name, title, organisation,
    location, date_text and entity (not the cooperation areas, paraphrases by design)."""
    paths = {"article.title"} if record.article.title else set()
    for i, agreement in enumerate(record.agreements):
        at = f"agreements[{i}]"
        paths |= {f"{at}.{field}" for field in ("title", "date_text", "location")
                  if getattr(agreement, field)}  # fmt: skip
        for j, party in enumerate(agreement.parties):
            paths.add(f"{at}.parties[{j}].name")
            paths |= {f"{at}.parties[{j}].aliases[{k}]" for k in range(len(party.aliases))}
        for role in ("signatories", "witnesses"):
            for j, person in enumerate(getattr(agreement, role)):
                paths |= {f"{at}.{role}[{j}].{field}" for field in ("name", "title", "organization")
                          if getattr(person, field)}  # fmt: skip
        for role in ("facilitators", "established_entities"):
            paths |= {f"{at}.{role}[{k}]" for k in range(len(getattr(agreement, role)))}
    return paths


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_replays_into_a_valid_grounded_record(name: str, offline: Settings) -> None:
    path = shared_or_skip("seeds", name)
    record = extract(path.read_text(encoding="utf-8"), source=name, settings=offline)
    again = ArticleExtraction.model_validate_json(record.model_dump_json())
    assert again == record
    assert record.article.published is not None
    assert record.agreements, "every seed reports a signing"
    assert {value.path for value in record.grounding} == _string_paths(record)
    for value in record.grounding:
        if value.path.split(".")[-1] in {"name", "organization"} or "parties" in value.path:
            assert value.status != "ungrounded", value
    # Strict mode keeps a role only on a sentence that states it: each has that sentence,
    # and it mentions the value (no seed signs "here" under a dateline).
    roles = re.compile(r"\.(?:signatories|witnesses)\[\d+\]\.name$|\.location$"
                       r"|\.(?:established_entities|facilitators)\[\d+\]$")  # fmt: skip
    kept = [value for value in record.grounding if roles.search(value.path)]
    gold = json.loads(shared_or_skip("gold", name.replace(".txt", ".json")).read_text())
    fields = ("signatories", "witnesses", "location", "facilitators", "established_entities")
    if any(agreement[field] for agreement in gold["agreements"] for field in fields):
        assert kept, "the seed states a role, a place or a founded body"
    for value in kept:
        assert value.evidence is not None, value
        sentence = value.evidence
        assert any(sentence.start <= s.start and s.end <= sentence.end for s in value.spans), value


@pytest.mark.parametrize("name", SEED_NAMES[2:4])  # the two longest
def test_a_kept_record_is_the_record_the_cached_answers_make(name: str, offline: Settings) -> None:
    text = shared_or_skip("seeds", name).read_text(encoding="utf-8")
    settings = offline.merged(documents_pass=True)
    extract(text, source=name, settings=settings)
    kept = extract(text, source=name, settings=settings)
    shutil.rmtree(settings.cache_dir / "records")
    made = extract(text, source=name, settings=settings)
    assert kept.usage.cached and made.usage.cached
    assert kept == made


EXAMPLE_SETS = [
    "articles",
    "held_out/articles",
    "blind/articles",
    "blind2/articles",
    "blind3/articles",
    "blind4/articles",
    "blind5/articles",
    "blind6/articles",
    "blind7/articles",
    "blind8/articles",
    "blind9/articles",
    "blind10/articles",
    "blind11/articles",
    "blind12/articles",
    "blind13/articles",
    "blind14/articles",
    "blind15/articles",
    "blind16/articles",
    "blind17/articles",
    "blind18/articles",
    "blind19/articles",
    "blind20/articles",
    "blind21/articles",
    "blind22/articles",
    "blind23/articles",
    "blind24/articles",
    "blind25/articles",
    "blind26/articles",
    "blind27/articles",
    "blind28/articles",
    "blind29/articles",
    "blind30/articles",
    "blind31/articles",
    "blind32/articles",
    "blind33/articles",
    "blind34/articles",
    "blind35/articles",
    "blind36/articles",
    "blind37/articles",
    "blind38/articles",
    "blind39/articles",
    "blind40/articles",
    "blind41/articles",
    "blind42/articles",
    "blind43/articles",
    "blind44/articles",
    "blind45/articles",
    "blind46/articles",
    "blind47/articles",
    "blind48/articles",
    "blind49/articles",
    "blind50/articles",
    "blind51/articles",
    "blind52/articles",
    "blind53/articles",
    "blind54/articles",
    "blind55/articles",
    "blind56/articles",
    "blind57/articles",
    "blind58/articles",
    "blind59/articles",
    "blind60/articles",
    "blind61/articles",
    "blind62/articles",
    "blind63/articles",
    "blind64/articles",
    "blind65/articles",
    "blind66/articles",
    "blind67/articles",
    "blind68/articles",
    "blind69/articles",
    "blind70/articles",
    "blind71/articles",
    "blind72/articles",
    "blind73/articles",
    "blind74/articles",
    "blind75/articles",
    "blind76/articles",
    "blind77/articles",
    "blind78/articles",
    "blind79/articles",
    "blind80/articles",
    "blind81/articles",
    "blind82/articles",
    "blind83/articles",
    "blind84/articles",
    "blind85/articles",
    "blind86/articles",
    "blind87/articles",
    "blind88/articles",
    "blind89/articles",
    "blind90/articles",
    "blind91/articles",
    "blind92/articles",
]
"""Our example articles' folders under examples/: ours, those held out from the rules'
development, and the blind sets (README)."""


@pytest.mark.parametrize("articles", EXAMPLE_SETS)
def test_examples_replay_through_the_cli(articles: str, tmp_path: Path) -> None:
    """Our example articles, those held out from the rules' development, and the blind
    sets (README, "Held-out articles", "A blind set" and the second to the ninety-second),
    each replay into a record; read back, each line is the record it was (a worker's
    record crosses to the event loop as that JSON: a headline written with an
    ideographic space once came back with a plain one)."""
    folder = REPO / "examples" / articles
    out = tmp_path / "examples.jsonl"
    result = CliRunner().invoke(
        app,
        ["extract", str(folder), "--offline", "--out", str(out), "--cassettes", str(CASSETTES)],
        env={"COOPLLM_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert result.exit_code == 0, result.output
    lines = out.read_text().splitlines()
    sources = sorted(json.loads(line)["source"] for line in lines)
    assert sources == sorted(p.name for p in folder.glob("*.txt"))
    for line in lines:  # what is written is a record as the schema reads it, unchanged
        assert ArticleExtraction.model_validate_json(line).model_dump_json() == line


def test_every_cassette_is_asked_by_a_replay_of_the_seeds_and_the_sets(tmp_path: Path) -> None:
    """No recording lingers that no replay asks for: an article recorded again, or a
    request changed by a rule, leaves its old cassettes behind
    (``coopllm cassettes unused``; they stay in the history, with the commits that
    replayed them)."""
    sets = [str(REPO / "examples" / name) for name in EXAMPLE_SETS]
    result = CliRunner().invoke(
        app,
        [
            "cassettes",
            "unused",
            str(shared_or_skip("seeds")),
            *sets,
            "--cassettes",
            str(CASSETTES),
        ],
        env={"COOPLLM_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert f"0 of {len(CassetteLibrary(CASSETTES))} cassettes unused" in result.stderr
