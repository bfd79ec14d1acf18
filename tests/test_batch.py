"""Batch runs: resume after SIGKILL, shared backoff, poisoned articles, every input kind."""

from __future__ import annotations

import asyncio
import copy
import csv
import gc
import io
import json
import math
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any, Literal

import pytest
from conftest import ARTICLE, GOOD_ANSWER, REPO, TEST_KEY, cli_env, unset_own_env
from pydantic import SecretStr
from typer.testing import CliRunner, Result

import coopllm
from coopllm.api import ExtractionFailure, Outcome, extract_many, run_bounded
from coopllm.batch import GC_YOUNG_OBJECTS, Summary, run_batch, settle_gc
from coopllm.calls import RunStop, answers_are_in, run_stop
from coopllm.cli import app
from coopllm.errors import (
    BatchInterruptedError,
    BudgetReachedError,
    ConfigurationError,
    InternalError,
    OutputWriteError,
    RunStoppedError,
)
from coopllm.extraction import Extractor
from coopllm.inputs import ArticleInput, find_inputs, iter_inputs
from coopllm.output import (
    CSV_COLUMNS,
    CSV_COLUMNS_BEFORE_PROVENANCE,
    Format,
    RecordSink,
    drop_torn_tail,
    read_written,
)
from coopllm.ratelimit import RateLimits
from coopllm.schema import ArticleExtraction
from coopllm.settings import Settings, make_settings
from coopllm.testing import (
    FAULT_KINDS,
    FakeOpenAIServer,
    FaultPlan,
    Reply,
    completion,
    error_body,
)

N_ARTICLES = 40
_GOLD_RECORD = REPO / "examples" / "gold" / "en_01_college_korea_battery_mou.json"


def _corpus(folder: Path, n: int = N_ARTICLES) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"art{i:03d}.txt").write_text(ARTICLE.replace("May 16", f"May {i % 28 + 1}"))
    return folder


def _env(server: FakeOpenAIServer, cache: Path) -> dict[str, str]:
    return {**os.environ, **cli_env(server, cache, documents_pass=False)}


def _numbered(n: int) -> list[ArticleInput]:
    """``n`` distinct articles a0, a1...: the sample article with its number below it."""
    return [ArticleInput(f"a{i}", f"{ARTICLE}\n{i}") for i in range(n)]


def _lines(path: Path) -> list[dict[str, Any]]:
    raw = path.read_text(encoding="utf-8")
    assert raw == "" or raw.endswith("\n"), "torn last line"
    return [json.loads(line) for line in raw.splitlines()]


def _essence(records: list[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(r["source"], json.dumps(r["agreements"], sort_keys=True)) for r in records}


@pytest.mark.parametrize(
    "stop", [signal.SIGKILL, signal.SIGINT, signal.SIGTERM], ids=["SIGKILL", "SIGINT", "SIGTERM"]
)
def test_killed_or_interrupted_then_resumed_equals_an_uninterrupted_run(
    tmp_path: Path, stop: signal.Signals
) -> None:
    corpus = _corpus(tmp_path / "in")
    with FakeOpenAIServer(fallback=lambda b: Reply(completion(GOOD_ANSWER)), latency=0.05) as srv:
        reference = tmp_path / "reference.jsonl"
        command = [sys.executable, "-m", "coopllm.cli", "extract", str(corpus), "-q", "-c", "4"]
        subprocess.run(
            [*command, "--out", str(reference)],
            env=_env(srv, tmp_path / "cache-ref"), check=True, timeout=120,
        )  # fmt: skip
        out = tmp_path / "out.jsonl"
        env = _env(srv, tmp_path / "cache-run")
        loud = [c for c in command if c != "-q"]  # a clean stop prints the summary so far
        victim = subprocess.Popen(
            [*loud, "--out", str(out)], env=env, stderr=subprocess.PIPE, text=True
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if out.exists() and out.read_bytes().count(b"\n") >= 10:
                break
            time.sleep(0.01)
        victim.send_signal(stop)
        _, stderr = victim.communicate(timeout=60)
        if stop != signal.SIGKILL:  # Ctrl-C, kill: a clean stop that says how to go on
            assert victim.returncode == 128 + stop
            how = "interrupted" if stop == signal.SIGINT else "stopped by SIGTERM"
            assert how in stderr and "run the same command again" in stderr
            assert re.search(r"done \d+, failed 0, .*tokens [\d,]+", stderr), stderr
        written = out.read_bytes().count(b"\n")
        assert 10 <= written < N_ARTICLES, "the stop must land mid-run"
        subprocess.run([*command, "--out", str(out)], env=env, check=True, timeout=120)
    resumed = _lines(out)
    assert len(resumed) == N_ARTICLES
    assert len({r["source"] for r in resumed}) == N_ARTICLES, "no duplicates"
    assert _essence(resumed) == _essence(_lines(reference))


def _started(
    command: list[str], srv: FakeOpenAIServer, env: dict[str, str], asked: int
) -> subprocess.Popen[str]:
    """The command, once ``asked`` requests have reached the server."""
    run = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while len(srv.requests) < asked and time.monotonic() < deadline:
        time.sleep(0.01)
    assert run.poll() is None and len(srv.requests) >= asked, "the signal must land mid-run"
    return run


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_the_first_ctrl_c_writes_the_answers_in_flight_before_stopping(
    tmp_path: Path, stop: signal.Signals
) -> None:
    """Each answer asked for is paid for (and a local model may be a minute into it): the
    first Ctrl-C starts no article but waits for those in flight, writes them, and exits
    130; the same command then asks only for the rest."""
    corpus = _corpus(tmp_path / "in", 20)
    out = tmp_path / "out.jsonl"
    with FakeOpenAIServer(fallback=lambda b: Reply(completion(GOOD_ANSWER)), latency=1.0) as srv:
        command = [sys.executable, "-m", "coopllm.cli", "extract", str(corpus), "-c", "4",
                   "--out", str(out)]  # fmt: skip
        env = _env(srv, tmp_path / "cache")
        victim = _started(command, srv, env, asked=4)
        victim.send_signal(stop)
        time.sleep(0.1)  # sent at once, the two would be one signal
        victim.send_signal(stop)  # as a wrapper (timeout, poetry run) forwards it again
        _, stderr = victim.communicate(timeout=60)
        assert victim.returncode == 128 + stop, stderr
        again = "Ctrl-C" if stop == signal.SIGINT else "SIGTERM"
        assert f"any answers in flight are awaited and written ({again} again" in stderr
        assert "the answers in flight were awaited and written" in stderr
        in_flight = len(srv.requests)
        assert 4 <= in_flight < 20 and len(_lines(out)) == in_flight, "an answer was lost"
        subprocess.run(command, env=env, check=True, timeout=120, capture_output=True)
        assert len(srv.requests) == 20, "an answer paid for was asked again"
    sources = [r["source"] for r in _lines(out)]
    assert len(sources) == len(set(sources)) == 20


def test_the_resumable_example_halts_on_sigterm_and_keeps_the_answers_in_flight(
    tmp_path: Path,
) -> None:
    """``examples/resumable_archive.py`` as a scheduler stops it: SIGTERM halts the run
    through its ``RunStop``; the answers in flight are written, and it exits 3 saying how
    to resume."""
    corpus = _corpus(tmp_path / "in", 20)
    out = tmp_path / "out.jsonl"
    with FakeOpenAIServer(fallback=lambda b: Reply(completion(GOOD_ANSWER)), latency=1.0) as srv:
        command = [sys.executable, str(REPO / "examples" / "resumable_archive.py"), str(corpus),
                   str(out)]  # fmt: skip
        victim = _started(command, srv, _env(srv, tmp_path / "cache"), asked=8)
        victim.send_signal(signal.SIGTERM)
        _, stderr = victim.communicate(timeout=60)
        in_flight = len(srv.requests)
    assert victim.returncode == 3, stderr
    assert "stopped: stopped by SIGTERM; the answers in flight were awaited and kept" in stderr
    assert 8 <= in_flight < 20 and len(_lines(out)) == in_flight, "an answer was lost"


def test_a_second_ctrl_c_stops_at_once(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in", 20)
    out = tmp_path / "out.jsonl"
    with FakeOpenAIServer(fallback=lambda b: Reply(completion(GOOD_ANSWER)), latency=5.0) as srv:
        command = [sys.executable, "-m", "coopllm.cli", "extract", str(corpus), "-q", "-c", "4",
                   "--out", str(out)]  # fmt: skip
        victim = _started(command, srv, _env(srv, tmp_path / "cache"), asked=4)
        victim.send_signal(signal.SIGINT)
        time.sleep(1.0)  # a person's second press, not a wrapper forwarding the first
        victim.send_signal(signal.SIGINT)
        _, stderr = victim.communicate(timeout=60)
    assert victim.returncode == 128 + signal.SIGINT
    assert "interrupted; every record written so far is complete" in stderr
    assert _lines(out) == [], "the answers in flight were awaited after all"


def test_the_same_command_twice_at_once_is_refused_while_the_first_runs(
    tmp_path: Path,
) -> None:
    corpus = _corpus(tmp_path / "in", 30)
    out = tmp_path / "out.jsonl"
    held = threading.Event()  # the first run's answers after its first line wait for it, so
    # that it is still going however long the second takes to start on a loaded machine

    def answer(body: dict[str, Any]) -> Reply:
        if out.exists() and b"\n" in out.read_bytes():
            held.wait(timeout=60)
        return Reply(completion(GOOD_ANSWER))

    with FakeOpenAIServer(fallback=answer) as srv:
        command = [sys.executable, "-m", "coopllm.cli", "extract", str(corpus), "-q", "-c", "1",
                   "--out", str(out)]  # fmt: skip
        env = _env(srv, tmp_path / "cache")
        first = subprocess.Popen(command, env=env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (out.exists() and b"\n" in out.read_bytes()):
            time.sleep(0.01)
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        still_going = first.poll() is None
        held.set()
        assert second.returncode == 2
        assert f"{out} is being written by another coopllm run" in second.stderr
        assert still_going, "refused while the first run was still going"
        assert first.wait(timeout=60) == 0
        again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert again.returncode == 0, "the lock went with the first run"
    sources = [r["source"] for r in _lines(out)]
    assert len(sources) == len(set(sources)) == 30


def test_a_closed_terminal_stops_the_run_cleanly(tmp_path: Path) -> None:
    """SIGHUP with stderr gone (the terminal closed): exit 129, not 1 ("some failed")
    from the summary that could not be printed, and only whole lines written."""
    corpus = _corpus(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    with FakeOpenAIServer(fallback=lambda b: Reply(completion(GOOD_ANSWER)), latency=0.05) as srv:
        command = [sys.executable, "-m", "coopllm.cli", "extract", str(corpus), "-c", "2"]
        victim = subprocess.Popen(
            [*command, "--out", str(out)], env=_env(srv, tmp_path / "cache"),
            stderr=subprocess.PIPE,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (out.exists() and b"\n" in out.read_bytes()):
            time.sleep(0.01)
        assert victim.stderr is not None and victim.poll() is None, "mid-run"
        victim.stderr.close()
        victim.send_signal(signal.SIGHUP)
        assert victim.wait(timeout=60) == 128 + signal.SIGHUP
    assert 1 <= len(_lines(out)) < N_ARTICLES


def test_under_nohup_a_closed_terminal_does_not_stop_the_run(tmp_path: Path) -> None:
    """nohup ignores SIGHUP so that a long batch outlives its terminal: coopllm keeps that."""
    corpus = _corpus(tmp_path / "in", 20)
    out = tmp_path / "out.jsonl"
    with FakeOpenAIServer(fallback=lambda b: Reply(completion(GOOD_ANSWER)), latency=0.1) as srv:
        command = [sys.executable, "-m", "coopllm.cli", "extract", str(corpus), "-q", "-c", "1"]
        ignoring = signal.signal(signal.SIGHUP, signal.SIG_IGN)  # as nohup does: inherited
        try:
            survivor = subprocess.Popen(
                [*command, "--out", str(out)], env=_env(srv, tmp_path / "cache")
            )
        finally:
            signal.signal(signal.SIGHUP, ignoring)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (out.exists() and b"\n" in out.read_bytes()):
            time.sleep(0.01)
        assert survivor.poll() is None, "the signal must land mid-run"
        survivor.send_signal(signal.SIGHUP)
        assert survivor.wait(timeout=60) == 0
    assert len(_lines(out)) == 20


def test_torn_tail_is_dropped_on_resume(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    corpus = _corpus(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    asyncio.run(run_batch(iter_inputs([str(corpus)]), settings, out=out, errors=None))
    whole = out.read_bytes()
    out.write_bytes(whole + whole[:40])  # a line cut short by a kill
    summary = asyncio.run(run_batch(iter_inputs([str(corpus)]), settings, out=out, errors=None))
    assert summary.skipped == 3 and summary.done == 0
    assert out.read_bytes() == whole


def test_a_failure_is_not_glued_to_an_error_row_a_kill_tore(
    tmp_path: Path, settings: Settings
) -> None:
    errors = tmp_path / "errors.jsonl"
    errors.write_text('{"source": "empty.txt", "text_sha256": "e3b0', encoding="utf-8")
    articles = [ArticleInput("empty.txt", ""), ArticleInput("blank.txt", "  ")]
    summary = asyncio.run(run_batch(articles, settings, out=tmp_path / "o.jsonl", errors=errors))
    assert summary.failed == 2
    assert [row["source"] for row in _lines(errors)] == ["empty.txt", "blank.txt"]


def test_a_lone_surrogate_in_a_jsonl_row_is_an_error_row_not_a_crash(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps({"source": "bad", "text": ARTICLE + "\ud800"}) + "\n"
        + json.dumps({"source": "odd\udc80name", "text": ARTICLE}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    out, errors = tmp_path / "out.csv", tmp_path / "errors.jsonl"
    for _ in range(2):  # and resume finds the record by the name it was written under
        run = run_batch(iter_inputs([str(rows)]), settings, out=out, errors=errors, fmt="csv")
        summary = asyncio.run(run)
    assert (summary.done, summary.skipped, summary.failed) == (0, 1, 1)
    assert [row["code"] for row in _lines(errors)] == ["binary_input"]
    with out.open(encoding="utf-8", newline="") as handle:
        assert [row["source"] for row in csv.DictReader(handle)] == ["odd\\udc80name"]


def test_a_csv_source_with_a_line_break_is_not_extracted_again_on_resume(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    out = tmp_path / "out.csv"
    for _ in range(2):
        run = run_batch([ArticleInput("feed/2024\nitem-7", ARTICLE)], settings, out=out,
                        errors=None, fmt="csv")  # fmt: skip
        summary = asyncio.run(run)
    assert (summary.done, summary.skipped) == (0, 1)
    assert out.read_text(encoding="utf-8").count("feed/2024 item-7") == 1


def test_a_jsonl_output_written_before_sources_were_one_line_is_resumed(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    """Records written by an older coopllm keep a line break in their source: resume
    reads them as inputs now name them, and does not extract the article again."""
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    article = ArticleInput("feed/2024\nitem-7", ARTICLE)
    asyncio.run(run_batch([article], settings, out=out, errors=None))
    (record,) = _lines(out)
    record["source"] = "feed/2024\nitem-7"  # as the older version wrote it
    out.write_text(json.dumps(record) + "\n", encoding="utf-8")
    errors.write_text(json.dumps({"source": "feed/2024\nitem-7", "text_sha256": article.text_sha256,
                                  "code": "transport_error", "message": "x"}) + "\n")  # fmt: skip
    summary = asyncio.run(run_batch([article], settings, out=out, errors=errors))
    assert (summary.skipped, summary.done) == (1, 0)
    assert len(_lines(out)) == 1 and not errors.exists(), "its old failure is gone too"


def _csv_lines(*rows: dict[str, str]) -> str:
    """An output's header and these rows, as ``RecordSink`` writes them."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def test_a_torn_csv_record_longer_than_the_read_window_is_cut_whole(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    sha = "ab" * 32
    rows = [{"source": "a.txt", "text_sha256": sha, "agreement_index": str(i),
             "title": "x" * 100_000} for i in range(3)]  # fmt: skip
    out.write_text(_csv_lines(*rows) + "a.t", encoding="utf-8")
    assert read_written(out, "csv")[0] == set()
    assert out.read_bytes() == _csv_lines().encode()


def test_a_torn_csv_row_cuts_no_older_row_of_another_record(tmp_path: Path) -> None:
    """Rows of an older version without a text hash are told apart by their source, not
    by the first hash in them (the prompts')."""
    out = tmp_path / "out.csv"
    older = [{"source": "a.txt", "text_sha256": "", "agreement_index": str(i),
              "prompts_sha256": "cd" * 32} for i in range(2)]  # fmt: skip
    out.write_text(_csv_lines(*older) + "a.txt,", encoding="utf-8")
    assert read_written(out, "csv")[0] == set()
    assert out.read_bytes() == _csv_lines().encode(), "the torn record's rows go"
    out.write_text(_csv_lines(*older) + "b.txt,", encoding="utf-8")
    assert read_written(out, "csv")[0] == {("a.txt", "")}
    assert out.read_bytes() == _csv_lines(*older).encode()


def _two_agreements() -> dict[str, Any]:
    """Two agreements, the second the first's with other cooperation areas: read
    leniently, as given (strict, the guard keeps one document given twice once)."""
    answer = copy.deepcopy(GOOD_ANSWER)
    second = copy.deepcopy(answer["agreements"][0])
    second["cooperation_areas"] = ["warehouse robot navigation"]
    answer["agreements"].append(second)
    return answer


@pytest.mark.parametrize(
    ("whole_rows", "torn_at", "skipped"),
    [(5, 200, 2), (5, 20, 2), (5, 4, 2), (4, 20, 2), (4, 4, 1)],
)
def test_a_csv_record_torn_between_its_rows_is_extracted_again_whole(
    tmp_path: Path,
    server: FakeOpenAIServer,
    settings: Settings,
    whole_rows: int,
    torn_at: int,
    skipped: int,
) -> None:
    """A record is a row per agreement: a kill that tore its second row left the first
    whole, and resume must not take the record for written. A first row torn within
    its first characters ("art0") could be the record's before it too: that one goes as
    well (but never one written before it), and is extracted again."""
    server.fallback = lambda b: Reply(completion(_two_agreements()))
    settings = settings.model_copy(update={"strict": False})  # two rows a record
    corpus = _corpus(tmp_path / "in", 3)
    out = tmp_path / "out.csv"
    asyncio.run(run_batch(iter_inputs([str(corpus)]), settings, out=out, errors=None, fmt="csv"))
    lines = out.read_bytes().splitlines(keepends=True)
    assert len(lines) == 1 + 3 * 2
    out.write_bytes(b"".join(lines[: 1 + whole_rows]) + lines[1 + whole_rows][:torn_at])
    summary = asyncio.run(
        run_batch(iter_inputs([str(corpus)]), settings, out=out, errors=None, fmt="csv")
    )
    assert (summary.skipped, summary.done) == (skipped, 3 - skipped)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert Counter(row["source"] for row in rows) == {f"art{i:03d}.txt": 2 for i in range(3)}


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_an_output_saved_again_with_a_byte_order_mark_is_resumed(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings, fmt: Format
) -> None:
    """A spreadsheet's "CSV UTF-8" (or a Windows editor) saves a byte-order mark first."""
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    out = tmp_path / f"out.{fmt}"
    articles = [ArticleInput("a.txt", ARTICLE)]
    asyncio.run(run_batch(articles, settings, out=out, errors=None, fmt=fmt))
    out.write_bytes(b"\xef\xbb\xbf" + out.read_bytes())
    summary = asyncio.run(run_batch(articles, settings, out=out, errors=None, fmt=fmt))
    assert (summary.skipped, summary.done) == (1, 0)


def test_a_csv_header_torn_whole_is_written_again(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    out = tmp_path / "out.csv"
    out.write_text("source,text_sha256,agree", encoding="utf-8")
    for _ in range(2):
        run = run_batch([ArticleInput("a.txt", ARTICLE)], settings, out=out, errors=None,
                        fmt="csv")  # fmt: skip
        summary = asyncio.run(run)
    assert summary.skipped == 1
    assert out.read_text(encoding="utf-8").startswith("source,text_sha256,agreement_index,")


def test_429_retry_after_holds_every_worker(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    server.push(Reply(error_body(429, "slow"), 429, {"Retry-After": "1"}))
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER), delay=0.05)
    settings = settings.merged(use_cache=False)
    articles = [ArticleInput(f"a{i}", ARTICLE + f"\n{i}") for i in range(8)]
    started = time.monotonic()
    summary = asyncio.run(run_batch(articles, settings, out=tmp_path / "o.jsonl", errors=None,
                                    concurrency=4))  # fmt: skip
    assert summary.done == 8
    first_429 = server.request_times[0]
    assert len(server.request_times) == 9  # the 429's article asked again
    # Within the hold arrive only the three requests sent with the first, before its
    # answer: the next ones (answers come in 0.05 s) waited, its retry among them.
    within = [t for t in server.request_times[1:] if t < first_429 + 0.95]
    assert len(within) <= 3, [round(t - first_429, 3) for t in server.request_times]
    assert time.monotonic() - started >= 1.0


def test_poisoned_article_goes_to_errors_and_others_complete(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    def answer(body: dict[str, Any]) -> Reply:
        if "POISON" in json.dumps(body["messages"]):
            return Reply(completion({"article": "never valid"}))
        return Reply(completion(GOOD_ANSWER))

    server.fallback = answer
    corpus = _corpus(tmp_path / "in", 4)
    (corpus / "poison.txt").write_text(ARTICLE + "\nPOISON")
    (corpus / "empty.txt").write_text("")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (corpus / "latin1.txt").write_bytes("Universit\xe9 de Lyon".encode("latin-1"))
    (corpus / "huge.txt").write_text("word " * 400_000)  # 2 MB
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    summary = asyncio.run(run_batch(iter_inputs([str(corpus)]), settings, out=out, errors=errors))
    assert summary.done == 4 and summary.failed == 5
    codes = {row["source"]: row["code"] for row in _lines(errors)}
    assert codes == {
        "poison.txt": "invalid_output",
        "empty.txt": "empty_article",
        "binary.txt": "binary_input",
        "latin1.txt": "binary_input",
        "huge.txt": "article_too_long",
    }
    assert {r["source"] for r in _lines(out)} == {f"art{i:03d}.txt" for i in range(4)}


def test_stdin_and_jsonl_inputs(tmp_path: Path, server: FakeOpenAIServer) -> None:
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    rows = [
        {"source": "row-1", "text": ARTICLE, "published": "2024-05-20"},
        {"source": "row-2", "text": ARTICLE.replace("May 16", "May 17")},
    ]
    jsonl = "\n".join(json.dumps(r) for r in rows) + "\n"
    (tmp_path / "rows.jsonl").write_text(jsonl)
    command = [sys.executable, "-m", "coopllm.cli", "extract", "-q"]
    env = _env(server, tmp_path / "cache")
    from_stdin = subprocess.run(
        [*command, "-"], input=jsonl, env=env, capture_output=True, text=True, timeout=60
    )
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert sorted(json.loads(x)["source"] for x in from_stdin.stdout.splitlines()) == [
        "row-1",
        "row-2",
    ]
    from_file = subprocess.run(
        [*command, str(tmp_path / "rows.jsonl"), "-o", str(tmp_path / "o.jsonl")],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert from_file.returncode == 0, from_file.stderr
    assert len(_lines(tmp_path / "o.jsonl")) == 2


def _written_within(out: Path, lines: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= lines:
            return True
        time.sleep(0.02)
    return False


def _row(source: str) -> bytes:
    return (json.dumps({"source": source, "text": f"{ARTICLE}\n{source}"}) + "\n").encode()


def test_a_slow_writer_on_stdin_does_not_hold_back_the_articles_read(
    tmp_path: Path, server: FakeOpenAIServer
) -> None:
    """``producer | coopllm extract -``: each article is written while the producer takes
    its time over the next one (the read waited on the event loop, and the first record
    came only with the second line)."""
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "coopllm.cli", "extract", "-", "-q", "-o", str(out)]
    run = subprocess.Popen(command, env=_env(server, tmp_path / "cache"), stdin=subprocess.PIPE,
                           stderr=subprocess.PIPE)  # fmt: skip
    assert run.stdin is not None
    try:
        run.stdin.write(_row("first"))
        run.stdin.flush()
        assert _written_within(out, 1, 60), "the first article waited for the second line"
        _, stderr = run.communicate(_row("second"), timeout=60)
    finally:
        run.kill()
    assert run.returncode == 0, stderr
    assert [r["source"] for r in _lines(out)] == ["first", "second"]


def test_ctrl_c_while_stdin_is_quiet_stops_at_once_and_says_the_run_is_unfinished(
    tmp_path: Path, server: FakeOpenAIServer
) -> None:
    """Nothing in flight, the writer quiet: the first Ctrl-C ends the run now (it waited
    for the writer's next line, which may never come), as an interrupted run: the input
    may hold more."""
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "coopllm.cli", "extract", "-", "-o", str(out)]
    run = subprocess.Popen(command, env=_env(server, tmp_path / "cache"), stdin=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert run.stdin is not None
    try:
        run.stdin.write(_row("first").decode())
        run.stdin.flush()
        assert _written_within(out, 1, 60)
        run.send_signal(signal.SIGINT)
        run.wait(timeout=30)  # stdin left open (``communicate`` would close it): no end
        assert run.stderr is not None
        stderr = run.stderr.read()
    finally:
        run.kill()
        run.stdin.close()
    assert run.returncode == 128 + signal.SIGINT, stderr
    assert "interrupted" in stderr and "run the same command again" in stderr
    assert [r["source"] for r in _lines(out)] == ["first"]


def test_stdin_and_named_pipes_are_streamed_inputs_and_files_are_not(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in", 2)
    pipe = tmp_path / "feed.jsonl"
    os.mkfifo(pipe)
    assert not find_inputs([str(corpus), str(corpus / "art000.txt")]).streamed
    assert find_inputs([str(corpus), "-"]).streamed
    assert find_inputs([str(pipe)]).streamed
    assert find_inputs([str(tmp_path / "*.jsonl")]).streamed  # a glob that matches it


async def test_read_aside_hands_out_outcomes_while_the_input_waits() -> None:
    more = threading.Event()
    reader_threads: set[str] = set()

    def articles() -> Iterator[ArticleInput]:
        reader_threads.add(threading.current_thread().name)
        yield ArticleInput("a0", "text")
        more.wait(timeout=30)  # a writer taking its time
        yield ArticleInput("a1", "text")

    async def work(article: ArticleInput) -> Outcome:
        return _failure(article)

    outcomes = run_bounded(work, articles(), concurrency=2, ordered=False, read_aside=True)
    first = await asyncio.wait_for(anext(outcomes), timeout=10)
    assert first.source == "a0" and not more.is_set()
    more.set()
    assert [o.source async for o in outcomes] == ["a1"]
    assert reader_threads == {"coopllm-input"}


async def test_read_aside_passes_on_the_inputs_error_and_a_halt_while_it_waits() -> None:
    def broken() -> Iterator[ArticleInput]:
        yield ArticleInput("a0", "text")
        raise OSError("the pipe broke")

    async def work(article: ArticleInput) -> Outcome:
        return _failure(article)

    outcomes = run_bounded(work, broken(), concurrency=2, ordered=True, read_aside=True)
    with pytest.raises(OSError, match="the pipe broke"):
        async for _ in outcomes:
            pass

    quiet = threading.Event()

    def waiting() -> Iterator[ArticleInput]:
        quiet.wait(timeout=30)
        yield ArticleInput("late", "text")

    stop = RunStop()
    token = run_stop.set(stop)
    try:
        halted = run_bounded(work, waiting(), concurrency=2, ordered=True, read_aside=True)
        asyncio.get_running_loop().call_later(0.1, stop.halt, "Ctrl-C")
        with pytest.raises(RunStoppedError):
            await asyncio.wait_for(anext(halted), timeout=10)
    finally:
        run_stop.reset(token)
        quiet.set()


def test_a_bug_costs_one_article_not_the_batch() -> None:
    """...and its message, which no one wrote for users, is scrubbed as all others are."""
    from coopllm.api import extract_one

    class Broken:
        settings = Settings(api_key=SecretStr(TEST_KEY))

        async def extract(self, text: str, **_: object) -> object:
            if "bad" in text:
                raise KeyError(f"a bug holding {TEST_KEY}")
            return "record"

    work = extract_one(Broken())  # type: ignore[arg-type]
    bad = asyncio.run(work(ArticleInput("bad.txt", "bad text")))
    assert bad.code == "internal_error" and "KeyError" in str(bad.error)  # type: ignore[union-attr]
    assert TEST_KEY not in str(bad.error)  # type: ignore[union-attr]
    assert asyncio.run(work(ArticleInput("ok.txt", "fine"))) == "record"


def _failure(article: ArticleInput) -> ExtractionFailure:
    return ExtractionFailure(article.source, InternalError("stand-in outcome"))


async def test_a_busy_consumer_does_not_hold_back_the_next_articles() -> None:
    started: list[str] = []

    async def work(article: ArticleInput) -> Outcome:
        started.append(article.source)
        return _failure(article)

    items = [ArticleInput(f"a{i}", "text") for i in range(10)]
    outcomes = run_bounded(work, items, concurrency=2, ordered=False)
    await anext(outcomes)
    for _ in range(10):  # the consumer is busy (writing) and does not ask for more
        await asyncio.sleep(0)
    # finished articles were replaced without the consumer: the one it took, plus the
    # 2 * concurrency that may be held (running or waiting to be consumed)
    assert len(started) == 5
    assert len([o async for o in outcomes]) == 9 and len(started) == 10


async def test_an_article_whose_answers_are_in_gives_its_place_to_the_next() -> None:
    """``concurrency`` counts the articles asking the endpoint: one whose record is being
    made (on a record worker) lets the next ask, up to the ``2 * concurrency`` held."""
    started: list[str] = []
    made = asyncio.Event()

    async def work(article: ArticleInput) -> Outcome:
        started.append(article.source)
        answers_are_in()
        await made.wait()  # its record, being made
        return _failure(article)

    items = [ArticleInput(f"a{i}", "text") for i in range(5)]
    outcomes = run_bounded(work, items, concurrency=1, ordered=True)
    first = asyncio.ensure_future(anext(outcomes))
    for _ in range(10):
        await asyncio.sleep(0)
    assert started == ["a0", "a1"]
    made.set()
    assert (await first).source == "a0"
    assert [o.source async for o in outcomes] == ["a1", "a2", "a3", "a4"]


async def test_an_article_that_never_says_its_answers_are_in_holds_its_place() -> None:
    started: list[str] = []
    made = asyncio.Event()

    async def work(article: ArticleInput) -> Outcome:
        started.append(article.source)
        await made.wait()
        return _failure(article)

    outcomes = run_bounded(work, [ArticleInput(f"a{i}", "t") for i in range(3)], concurrency=1,
                           ordered=False)  # fmt: skip
    first = asyncio.ensure_future(anext(outcomes))
    for _ in range(10):
        await asyncio.sleep(0)
    assert started == ["a0"]
    made.set()
    await first
    assert len([o async for o in outcomes]) == 2


async def test_closing_early_cancels_what_is_in_flight_and_starts_nothing() -> None:
    started: list[str] = []
    cancelled: list[str] = []

    async def work(article: ArticleInput) -> Outcome:
        started.append(article.source)
        if article.source != "a0":
            try:
                await asyncio.Event().wait()
            except asyncio.CancelledError:
                cancelled.append(article.source)
                raise
        return _failure(article)

    items = [ArticleInput(f"a{i}", "text") for i in range(10)]
    outcomes = run_bounded(work, items, concurrency=3, ordered=True)
    assert (await anext(outcomes)).source == "a0"
    await outcomes.aclose()
    for _ in range(10):
        await asyncio.sleep(0)
    assert sorted(cancelled) == sorted(started[1:]) and len(started) == 4


def test_a_torn_tail_longer_than_a_read_block_is_cut_whole(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"a": 1}\n{"b": 2}\n' + b"x" * 200_000)
    drop_torn_tail(out)
    assert out.read_bytes() == b'{"a": 1}\n{"b": 2}\n'
    out.write_bytes(b"y" * 70_000)  # no complete line at all
    drop_torn_tail(out)
    assert out.read_bytes() == b""
    out.write_bytes(b'{"a": 1}\n')
    drop_torn_tail(out)
    assert out.read_bytes() == b'{"a": 1}\n'


async def test_plain_progress_lines_count_against_the_total(
    tmp_path: Path,
    server: FakeOpenAIServer,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    corpus = _corpus(tmp_path / "in", n=3)
    out = tmp_path / "out.jsonl"
    paths = [str(corpus)]
    await run_batch(iter_inputs(paths), settings, out=out, errors=None, log_every=0.0,
                    total=find_inputs(paths).count())  # fmt: skip
    err = capsys.readouterr().err
    assert "coopllm: 3/3 articles: done 3" in err
    # the pace of the articles extracted, and the time left at that pace
    assert re.search(r"1/3 articles: done 1, .*, [\d.]+ articles/s, about 0:00:\d\d left", err)
    assert err.splitlines()[-1].endswith("about 0:00:00 left")
    # resumed after losing the last record: the skipped articles count towards the total
    out.write_text("".join(out.read_text().splitlines(keepends=True)[:2]))
    await run_batch(iter_inputs(paths), settings, out=out, errors=None, log_every=0.0,
                    total=find_inputs(paths).count())  # fmt: skip
    err = capsys.readouterr().err
    assert "coopllm: 3/3 articles: done 1, failed 0, skipped (already written) 2" in err
    assert "cached 1 (cache hits 1, misses 0)" in err, "the line counts the cache so far"


async def test_the_first_failure_of_each_kind_is_said_at_once_and_the_summary_counts_them(
    tmp_path: Path,
    server: FakeOpenAIServer,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A cause that fails every article shows in the first seconds of a run, not in its
    summary hours later; the summary says how many failed of each kind."""
    rejected = Reply(error_body(400, "Unrecognized request argument supplied: top_k"), 400)
    server.fallback = lambda b: rejected if "REJECT" in json.dumps(b) else Reply(
        completion({"article": "broken"})
    )  # fmt: skip
    articles = [ArticleInput(f"r{i}", f"{ARTICLE} REJECT {i}") for i in range(3)]
    articles.append(ArticleInput("x", f"{ARTICLE} invalid"))
    summary = await run_batch(articles, settings, out=tmp_path / "out.jsonl", errors=None,
                              concurrency=1, log_every=3600.0)  # fmt: skip
    said = capsys.readouterr().err
    assert said.count("first failure of its kind") == 2, said
    assert (
        "coopllm: first failure of its kind: r0: [request_rejected] the endpoint refused "
        "the request: HTTP 400: Unrecognized request argument supplied: top_k\n" in said
    ), "the source once"
    invalid = str(summary.failures[-1].error).removeprefix("x: ")
    assert f"coopllm: first failure of its kind: x: [invalid_output] {invalid}\n" in said
    assert "failed 4 (request_rejected 3, invalid_output 1), skipped" in summary.line()


async def test_the_terminal_bar_shows_rate_eta_failures_cache_hits_and_tokens(
    tmp_path: Path,
    server: FakeOpenAIServer,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    paths = [str(_corpus(tmp_path / "in", n=3))]
    (tmp_path / "in" / "empty.txt").write_text("")  # one failure
    inputs = find_inputs(paths)
    summary = await run_batch(inputs.articles(), settings, out=tmp_path / "out.jsonl",
                              errors=None, progress=True, total=inputs.count())  # fmt: skip
    assert (summary.done, summary.failed) == (3, 1) and summary.tokens > 0
    last = capsys.readouterr().err.split("\r")[-1]  # the bar redraws itself in place
    assert re.search(r"articles: 100%.* 4/4 \[[\d:]+<00:00, +[\d.]+art/s", last), last
    assert f"cache_hits=0, failed=1, tokens={summary.tokens}]" in last, last
    assert "coopllm:" not in last, "no plain log lines beside the bar"


def test_tokens_count_each_completion_once_though_records_share_an_answer(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    """Two articles with the same signing sentences ask the same documents pass: the
    second is answered from the cache, and both records say what their answers cost, but
    the run spent three completions, not four."""

    def by_tool(body: dict[str, Any]) -> Reply:
        tool = body["tool_choice"]["function"]["name"]
        answer = {"documents": []} if tool == "SignedDocuments" else GOOD_ANSWER
        return Reply(completion(answer, tool_name=tool))  # 100 + 50 tokens each

    server.fallback = by_tool
    articles = [ArticleInput(f"a{i}", f"{ARTICLE}\nRef {i}.") for i in range(2)]
    out = tmp_path / "out.jsonl"
    summary = asyncio.run(run_batch(articles, settings.merged(documents_pass=True), out=out,
                                    errors=None, concurrency=1))  # fmt: skip
    assert len(server.requests) == 3
    assert (summary.prompt_tokens, summary.completion_tokens) == (300, 150)
    assert [row["usage"]["prompt_tokens"] for row in _lines(out)] == [200, 200]


def test_cost_counts_batch_service_tokens_at_its_discount() -> None:
    summary = Summary(model="gpt-4o-mini", prompt_tokens=2_000_000, completion_tokens=1_000_000,
                      batch_prompt_tokens=1_000_000, batch_completion_tokens=1_000_000)  # fmt: skip
    listed = 1.0 * 0.15  # 1M prompt tokens at list price, no completion tokens
    batched = 0.5 * (1.0 * 0.15 + 1.0 * 0.60)
    assert summary.cost() == pytest.approx(listed + batched)
    assert Summary(model="some-local-model").cost() is None
    snapshot = Summary(model="gpt-4o-mini-2024-07-18", prompt_tokens=1_000_000)
    assert snapshot.cost() == pytest.approx(0.15)


def test_the_gpt_5_family_is_priced_and_a_price_given_is_over_the_table() -> None:
    """OpenAI's list prices as of 2026-12, dated snapshots alike; a price the user gives
    (a model the table lacks, or a price changed since) is the one the cost is at."""
    tokens = {"prompt_tokens": 1_000_000, "completion_tokens": 1_000_000}
    assert Summary(model="gpt-5", **tokens).cost() == pytest.approx(11.25)
    assert Summary(model="gpt-5-mini-2025-08-07", **tokens).cost() == pytest.approx(2.25)
    assert Summary(model="gpt-5-nano", **tokens).cost() == pytest.approx(0.45)
    given = Summary(model="my-vllm-model", price_per_million=(1.0, 2.0), **tokens)
    assert given.cost() == pytest.approx(3.0) and "cost $3.0000" in given.line()
    assert Summary(model="gpt-4o-mini", price_per_million=(0.0, 0.0), **tokens).cost() == 0.0


@pytest.mark.parametrize("bad", ["1.25", "1,2,3", "one,two", "-1,2", "nan,1", "1,inf"])
def test_a_price_that_is_not_two_amounts_is_a_configuration_error(
    bad: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    said = r"a price is IN,OUT: two numbers of US dollars, zero or more, per million input"
    given = rf"^invalid settings: price_per_million: .*{said}"
    with pytest.raises(ConfigurationError, match=given):
        make_settings(price_per_million=bad)
    monkeypatch.setenv("COOPLLM_PRICE", bad)
    with pytest.raises(ConfigurationError, match=rf"^invalid settings: COOPLLM_PRICE: .*{said}"):
        make_settings()


PRICEY = Reply(completion(GOOD_ANSWER, prompt_tokens=100_000, completion_tokens=10_000))
"""$0.021 an article on gpt-4o-mini: 100,000 x $0.15 + 10,000 x $0.60 per million."""


@pytest.fixture
def priced(settings: Settings) -> Settings:
    """The test settings on a model of the price table, as a budget needs."""
    return settings.merged(model="gpt-4o-mini")


def test_a_budget_stops_the_run_once_spent_and_the_same_command_resumes(
    tmp_path: Path, server: FakeOpenAIServer, priced: Settings
) -> None:
    server.fallback = lambda b: PRICEY
    articles = _numbered(8)
    out = tmp_path / "out.jsonl"
    so_far = Summary()
    with pytest.raises(BudgetReachedError) as caught:
        asyncio.run(run_batch(articles, priced, out=out, errors=None, concurrency=1,
                              budget=0.05, summary=so_far))  # fmt: skip
    # The third record reaches the budget. The fourth article may have been started as the
    # third ended; if its request went out, its answer was awaited and it is written.
    asked = len(server.requests)
    assert asked in (3, 4) and so_far.done == len(_lines(out)) == asked
    assert caught.value.spent == pytest.approx(0.021 * asked) and caught.value.budget == 0.05
    assert (f"this run spent ${0.021 * asked:.4f}, reaching its budget of $0.0500; the "
            "answers in flight were awaited and kept") in str(caught.value)  # fmt: skip
    again = asyncio.run(run_batch(articles, priced, out=out, errors=None, concurrency=1,
                                  budget=1.0))  # fmt: skip
    assert (again.skipped, again.done) == (asked, 8 - asked)
    assert len(server.requests) == 8, "no answer paid for was asked again"


def test_a_budget_the_last_article_spends_ends_the_run_as_done(
    tmp_path: Path, server: FakeOpenAIServer, priced: Settings
) -> None:
    """Nothing is left for a resume: no BudgetReachedError (exit 75 would say otherwise)."""
    server.fallback = lambda b: PRICEY
    articles = _numbered(2)
    summary = asyncio.run(run_batch(articles, priced, out=tmp_path / "out.jsonl", errors=None,
                                    concurrency=1, budget=0.04))  # fmt: skip
    assert summary.done == 2 and summary.cost() == pytest.approx(0.042)


def test_a_spent_budget_keeps_the_answers_in_flight_and_sends_no_more(
    tmp_path: Path, server: FakeOpenAIServer, priced: Settings
) -> None:
    """a0's answer spends the budget while two answers are still on their way: a2's, which
    is awaited and written (it is billed either way), and a1's, invalid, whose re-ask is
    not sent: a1 is neither written nor an error row, and the next run extracts it."""
    asked: Counter[str] = Counter()

    def answer(body: dict[str, Any]) -> Reply:
        article = re.findall(r"\\n(\d+)", json.dumps(body["messages"]))[-1]
        asked[article] += 1
        if article == "1" and asked[article] == 1:
            return Reply(completion({"agreements": "not a list"}), delay=0.5)
        return Reply(PRICEY.body, delay=0.3 if article == "2" else 0.0)

    server.fallback = answer
    articles = _numbered(3)
    out, errors = tmp_path / "out.jsonl", tmp_path / "out.errors.jsonl"
    with pytest.raises(BudgetReachedError):
        asyncio.run(run_batch(articles, priced, out=out, errors=errors, concurrency=3,
                              budget=0.02))  # fmt: skip
    assert sorted(r["source"] for r in _lines(out)) == ["a0", "a2"]
    assert asked == {"0": 1, "1": 1, "2": 1}, "a request went out after the stop"
    assert not errors.exists() or _lines(errors) == []
    again = asyncio.run(run_batch(articles, priced, out=out, errors=errors, budget=1.0))
    assert (again.skipped, again.done) == (2, 1)
    assert asked == {"0": 1, "1": 2, "2": 1}, "only a1 is asked again"


def test_no_request_leaves_once_the_run_has_stopped(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    server.fallback = lambda b: PRICEY
    extractor = Extractor(settings)

    async def stopped() -> None:
        run_stop.set(RunStop(reason="the run's budget is spent"))
        try:
            await extractor.extract(ARTICLE, source="a")
        finally:
            await extractor.aclose()

    with pytest.raises(RunStoppedError, match="not sent: the run's budget is spent"):
        asyncio.run(stopped())
    assert server.requests == []


async def _halted_while_waiting(
    server: FakeOpenAIServer, settings: Settings, out: Path, waiting_after: int, n: int = 2
) -> tuple[float, BaseException | None]:
    """Run ``n`` articles at once; halt the run once ``waiting_after`` requests have
    reached the server and the next one is held back. Returns how long the run took after
    the halt, and what it raised."""
    stop = RunStop()
    run = asyncio.create_task(
        run_batch(_numbered(n), settings, out=out, errors=None, concurrency=n, stop=stop)
    )
    while len(server.requests) < waiting_after:
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.3)  # the other request is now waiting
    halted = time.monotonic()
    stop.halt("halted by the test")
    try:
        await asyncio.wait_for(run, timeout=20)
    except Exception as exc:  # returned for the test to check
        return time.monotonic() - halted, exc
    return time.monotonic() - halted, None


def test_a_halted_run_gives_up_waiting_for_the_rate_limiter(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    """One request a minute: the second article would wait a minute to send its request;
    halted, it stops waiting, is neither written nor an error row, and the run says an
    article is left."""
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    out = tmp_path / "out.jsonl"
    took, raised = asyncio.run(
        _halted_while_waiting(server, settings.merged(requests_per_minute=1), out, 1)
    )
    assert isinstance(raised, BatchInterruptedError), raised
    assert str(raised) == ("stopped: halted by the test; the answers in flight were awaited "
                           "and kept")  # fmt: skip
    assert took < 10, "it waited for the limiter (60 s) after the halt"
    assert len(server.requests) == 1 and len(_lines(out)) == 1


def test_a_halted_run_gives_up_a_retry_after_pause(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    """A 429 asking for 60 s: the article's retry, and every other article, wait; halted,
    they stop waiting rather than send at the end of the pause only to be refused."""
    server.push(Reply(error_body(429, "slow"), 429, {"Retry-After": "60"}))
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER), delay=0.5)
    out = tmp_path / "out.jsonl"
    took, raised = asyncio.run(_halted_while_waiting(server, settings, out, 2))
    assert isinstance(raised, BatchInterruptedError), raised
    assert took < 10, "it waited out the Retry-After after the halt"
    assert len(server.requests) == 2, "the 429's retry went out"
    assert len(_lines(out)) == 1, "the other article's answer, in flight, was written"


def test_a_halt_takes_back_only_its_own_cancellation() -> None:
    """Cancelled by the halt, a wait raises RunStoppedError; cancelled by anyone else
    too (a second Ctrl-C), it stays cancelled."""

    async def waiting(also_cancel: bool) -> BaseException:
        stop = RunStop()
        task = asyncio.create_task(stop.unless_halted(partial(asyncio.sleep, 60)))
        await asyncio.sleep(0.01)
        stop.halt("halted")
        if also_cancel:
            task.cancel()
        with pytest.raises(BaseException) as caught:
            await task
        return caught.value

    assert isinstance(asyncio.run(waiting(False)), RunStoppedError)
    assert isinstance(asyncio.run(waiting(True)), asyncio.CancelledError)


def test_a_budget_needs_a_priced_model_and_the_cli_exits_75_when_spent(
    tmp_path: Path, settings: Settings
) -> None:
    with pytest.raises(ConfigurationError, match="'test-model' has none in the price table") as e:
        asyncio.run(run_batch([], settings, out=None, errors=None, budget=1.0))
    assert "give it as --price IN,OUT" in str(e.value)
    for budget in (0.0, math.nan, math.inf):  # NaN compares False: it spent without bound
        with pytest.raises(ConfigurationError, match=r"a budget must be above zero, not"):
            asyncio.run(run_batch([], settings.merged(model="gpt-4o-mini"), out=None,
                                  errors=None, budget=budget))  # fmt: skip
    corpus = _corpus(tmp_path / "in", 4)
    with FakeOpenAIServer(fallback=lambda b: PRICEY) as srv:
        env = {**_env(srv, tmp_path / "cache"), "COOPLLM_MODEL": "gpt-4o-mini"}
        done = subprocess.run(
            [sys.executable, "-m", "coopllm.cli", "extract", str(corpus), "-c", "1",
             "--budget", "0.03", "--out", str(tmp_path / "out.jsonl")],
            env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    assert done.returncode == 75, done.stderr
    assert "reaching its budget of $0.0300" in done.stderr
    assert "run the same command again to resume, with a budget of its own" in done.stderr
    written = len(_lines(tmp_path / "out.jsonl"))  # 2 reach it; a third may be in flight
    assert written in (2, 3) and written == len(srv.requests)


def test_a_budget_works_at_a_price_given_for_a_model_the_table_lacks(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    """The endpoint's model ('test-model') has no price in the table: given one, a budget
    stops the run as for a model of the table ($0.021 an article at these prices)."""
    server.fallback = lambda b: PRICEY
    given = settings.merged(price_per_million=(0.15, 0.60))
    with pytest.raises(BudgetReachedError) as caught:
        asyncio.run(run_batch(_numbered(4), given, out=tmp_path / "lib.jsonl", errors=None,
                              concurrency=1, budget=0.03))  # fmt: skip
    assert caught.value.spent == pytest.approx(0.021 * len(server.requests))
    corpus = _corpus(tmp_path / "in", 4)
    env = {**unset_own_env(), **cli_env(server, tmp_path / "cache", documents_pass=False)}
    out = tmp_path / "cli.jsonl"
    command = ["extract", str(corpus), "-c", "1", "--budget", "0.03", "--price", "0.15,0.60"]
    done = CliRunner().invoke(app, [*command, "--out", str(out)], env=env)
    assert done.exit_code == 75, done.output
    assert "reaching its budget of $0.0300" in done.stderr
    assert len(_lines(out)) in (2, 3)


def test_rpm_on_the_command_line_holds_back_the_second_request(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in", 2)
    with FakeOpenAIServer(fallback=lambda b: Reply(completion(GOOD_ANSWER))) as srv:
        command = [sys.executable, "-m", "coopllm.cli", "extract", str(corpus), "-q", "--rpm", "1"]
        run = subprocess.Popen(
            [*command, "-o", str(tmp_path / "o.jsonl")], env=_env(srv, tmp_path / "cache")
        )
        try:
            deadline = time.monotonic() + 30
            while not srv.requests and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(1.0)
            assert len(srv.requests) == 1, "a budget of 1 request/minute lets one through"
        finally:
            run.kill()
            run.wait()


class _CountingSink(RecordSink):
    """A sink that counts its fsyncs (and still makes them)."""

    syncs = 0

    def _sync(self) -> None:
        self.syncs += 1
        super()._sync()


@pytest.mark.parametrize(("sync_every", "syncs_while_writing"), [(3600.0, 0), (0.0, 5)])
async def test_output_is_flushed_per_record_and_synced_per_interval_and_at_the_end(
    tmp_path: Path, sync_every: float, syncs_while_writing: int
) -> None:
    """Every line is readable at once (a kill keeps it); fsyncs follow the interval."""
    record = ArticleExtraction.model_validate_json(_GOLD_RECORD.read_text(encoding="utf-8"))
    out = tmp_path / "out.jsonl"
    with out.open("a", encoding="utf-8") as stream:
        sink = _CountingSink(stream, "jsonl", new_file=True, sync_every=sync_every)
        for n in range(1, 6):
            await sink.write(record)
            assert len(out.read_text(encoding="utf-8").splitlines()) == n
        assert sink.syncs == syncs_while_writing
        sink.finish()
        assert sink.syncs == syncs_while_writing + 1


def test_the_cli_runs_a_batch_from_a_worker_thread(
    tmp_path: Path, server: FakeOpenAIServer
) -> None:
    """An application embedding the CLI off its main thread: asyncio takes no signal
    handlers there, and the batch runs without them."""
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    corpus = _corpus(tmp_path / "in", 2)
    env = cli_env(server, tmp_path / "cache", documents_pass=False)
    results: list[Result] = []
    arguments = ["extract", str(corpus), "-q", "--out", str(tmp_path / "out.jsonl")]
    worker = threading.Thread(
        target=lambda: results.append(CliRunner().invoke(app, arguments, env=env))
    )
    worker.start()
    worker.join(timeout=60)
    (result,) = results
    assert result.exit_code == 0, result.output
    assert len(_lines(tmp_path / "out.jsonl")) == 2


def test_the_cli_says_which_files_of_an_input_directory_it_does_not_read(
    tmp_path: Path, server: FakeOpenAIServer
) -> None:
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    corpus = _corpus(tmp_path / "in", 1)
    (corpus / "scan.pdf").write_bytes(b"%PDF")
    env = cli_env(server, tmp_path / "cache", documents_pass=False)
    arguments = ["extract", str(corpus), "--out", str(tmp_path / "out.jsonl")]
    result = CliRunner().invoke(app, arguments, env=env)
    assert result.exit_code == 0, result.output
    assert "coopllm: 1 file in the input directories is not read (.pdf 1): only " in (result.stderr)
    assert len(_lines(tmp_path / "out.jsonl")) == 1


FULL_DISK = Path("/dev/full")
"""Linux's device whose every write fails with ENOSPC, as a full disk's does."""


@pytest.mark.parametrize("full", ["out", "errors"])
def test_a_full_disk_stops_the_run_with_a_typed_error(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings, full: str
) -> None:
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    articles = [
        ArticleInput("empty", ""),
        *_numbered(3),
    ]
    out = FULL_DISK if full == "out" else tmp_path / "out.jsonl"
    errors = FULL_DISK if full == "errors" else tmp_path / "errors.jsonl"
    extractor = Extractor(settings)
    with pytest.raises(OutputWriteError, match=r"cannot write /dev/full: No space left on device"):
        asyncio.run(run_batch(articles, settings, out=out, errors=errors, extractor=extractor))
    assert extractor.llm.client.is_closed() is False, "a caller's extractor stays open"
    asyncio.run(extractor.aclose())


def test_cli_on_a_full_disk_says_so_and_exits_74(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in", 2)
    with FakeOpenAIServer(fallback=lambda b: Reply(completion(GOOD_ANSWER))) as srv:
        done = subprocess.run(
            [sys.executable, "-m", "coopllm.cli", "extract", str(corpus), "--out", str(FULL_DISK)],
            env=_env(srv, tmp_path / "cache"), capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    assert done.returncode == 74
    assert "coopllm: cannot write /dev/full: No space left on device" in done.stderr
    assert "run the same command again to resume" in done.stderr
    assert "Traceback" not in done.stderr and "Unclosed" not in done.stderr


def test_a_closed_standard_output_stops_the_run_without_a_resume_it_cannot_give(
    tmp_path: Path,
) -> None:
    """``coopllm extract in/ | head -1``: the reader goes, the run stops (exit 74), and it
    does not tell the user to run the same command to resume: nothing was written to read
    back (a review's find)."""
    corpus = _corpus(tmp_path / "in", 20)
    with FakeOpenAIServer(fallback=lambda b: Reply(completion(GOOD_ANSWER))) as srv:
        run = subprocess.Popen(
            [sys.executable, "-m", "coopllm.cli", "extract", str(corpus)],
            env=_env(srv, tmp_path / "cache"), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        assert run.stdout is not None and run.stderr is not None
        run.stdout.close()
        said = run.stderr.read()
        assert run.wait(timeout=120) == 74
    assert "coopllm: cannot write the standard output: Broken pipe" in said
    assert "give --out FILE to have a run resume" in said
    assert "run the same command again" not in said and "Traceback" not in said


def test_records_stream_to_a_pipe(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    """``--out /dev/stdout | next-program`` or a named pipe: no resume read, no fsync,
    every record arrives (both used to fail: a pipe cannot seek, nor be fsynced)."""
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[str] = []
    reader = threading.Thread(
        target=lambda: received.extend(pipe.read_text().splitlines()), daemon=True
    )
    reader.start()
    articles = [ArticleInput(f"a{i}", ARTICLE + f"\n{i}") for i in range(3)]
    summary = asyncio.run(run_batch(articles, settings, out=pipe, errors=None))
    reader.join(timeout=10)
    assert summary.done == 3
    assert sorted(json.loads(line)["source"] for line in received) == ["a0", "a1", "a2"]


def test_the_errors_file_outlives_an_interrupted_resume_and_keeps_one_row_per_article(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    healed = threading.Event()

    def answer(body: dict[str, Any]) -> Reply:
        if "POISON" in json.dumps(body["messages"]) and not healed.is_set():
            return Reply(completion({"article": "never valid"}))
        return Reply(completion(GOOD_ANSWER))

    server.fallback = answer
    corpus = _corpus(tmp_path / "in", 2)
    (corpus / "poison.txt").write_text(ARTICLE + "\nPOISON")
    out, errors = tmp_path / "out.jsonl", tmp_path / "out.errors.jsonl"
    settings = settings.merged(use_cache=False)

    def run(articles: Any) -> Summary:
        return asyncio.run(run_batch(articles, settings, out=out, errors=errors))

    first = run(iter_inputs([str(corpus)]))
    assert first.failed == 1
    # Failed articles spend tokens too (here: the first answer and every re-ask).
    requests = len(server.requests)
    assert first.prompt_tokens == 100 * requests and first.completion_tokens == 50 * requests
    [row] = _lines(errors)
    assert row["source"] == "poison.txt" and row["code"] == "invalid_output"
    assert row["text_sha256"] == ArticleInput("p", ARTICLE + "\nPOISON").text_sha256

    def interrupted() -> Any:
        raise KeyboardInterrupt  # Ctrl-C before the resume reached the failed article
        yield

    with pytest.raises(KeyboardInterrupt):
        run(interrupted())
    assert _lines(errors) == [row], "an interrupted resume loses no failure"

    run(iter_inputs([str(corpus)]))  # fails again: still one row, the latest
    assert [r["source"] for r in _lines(errors)] == ["poison.txt"]
    healed.set()
    last = run(iter_inputs([str(corpus)]))
    assert last.done == 1 and not errors.exists(), "no failure left: no errors file"
    assert len(_lines(out)) == 3


def test_a_failure_of_a_text_the_source_no_longer_has_leaves_the_errors_file(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    """An article edited since it failed: once its new text is written, the errors file
    no longer says it failed. Two rows of one source, of which one fails, keep that one
    failure; a failure of a source not given this run (another input) stays too."""

    def answer(body: dict[str, Any]) -> Reply:
        if "POISON" in json.dumps(body["messages"]):
            return Reply(completion({"article": "never valid"}))
        return Reply(completion(GOOD_ANSWER))

    server.fallback = answer
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    poisoned = ArticleInput("edited.txt", ARTICLE + "\nPOISON")
    twins = [ArticleInput("twin", ARTICLE), ArticleInput("twin", ARTICLE + "\nPOISON")]
    other = ArticleInput("elsewhere.txt", ARTICLE + "\nPOISON")
    asyncio.run(run_batch([poisoned, *twins, other], settings, out=out, errors=errors))
    assert sorted(row["source"] for row in _lines(errors)) == [
        "edited.txt",
        "elsewhere.txt",
        "twin",
    ]
    edited = ArticleInput("edited.txt", ARTICLE + "\nmended")
    summary = asyncio.run(run_batch([edited, *twins], settings, out=out, errors=errors))
    assert (summary.done, summary.failed) == (1, 1)
    assert [row["source"] for row in _lines(errors)] == ["elsewhere.txt", "twin"]  # latest last


def test_csv_rows_are_single_lines_so_a_torn_tail_is_cut_at_a_record(tmp_path: Path) -> None:
    record = ArticleExtraction.model_validate(json.loads(_GOLD_RECORD.read_text()))
    record = record.model_copy(update={"warnings": ["first line\nsecond line\r\nthird"]})
    out = tmp_path / "o.csv"
    with out.open("w", encoding="utf-8", newline="") as stream:
        sink = RecordSink(stream, "csv", new_file=True)
        asyncio.run(sink.write(record))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + max(1, len(record.agreements))
    assert all("first line second line third" in line for line in lines[1:])


def test_csv_fields_from_the_article_cannot_start_a_spreadsheet_formula(tmp_path: Path) -> None:
    record = ArticleExtraction.model_validate(json.loads(_GOLD_RECORD.read_text()))
    agreement = record.agreements[0]
    crafted = agreement.model_copy(
        update={"title": '=HYPERLINK("http://x.example","a")', "location": "@SUM(1)",
                "cooperation_areas": ["+battery research"], "date_text": "\uff1d1+1"}
    )  # fmt: skip
    record = record.model_copy(update={"source": "-dash.txt", "agreements": [crafted]})
    out = tmp_path / "o.csv"
    with out.open("w", encoding="utf-8", newline="") as stream:
        asyncio.run(RecordSink(stream, "csv", new_file=True).write(record))
    [row] = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert row["title"] == '\'=HYPERLINK("http://x.example","a")'
    assert (row["location"], row["cooperation_areas"]) == ("'@SUM(1)", "'+battery research")
    assert row["date_text"] == "'\uff1d1+1"
    assert row["source"] == "-dash.txt"  # the user's own name, read back by resume: as given
    assert row["parties"] == "; ".join(p.name for p in agreement.parties)  # plain: untouched


@pytest.mark.parametrize(
    ("written", "fmt"),
    [
        ("source,text_sha256\r\na.txt,00\r\n", "jsonl"),  # another format
        ('{"source": "a.txt"}\n\x00\x00\n', "jsonl"),  # a damaged line
        ('{"source": "a.txt"}\n[1, 2]\n', "jsonl"),  # JSON, but not an object
        ('{"title": "a.txt"}\n', "jsonl"),  # an object, but not a record
        ('{"source": "a.txt", "text": "An article."}\n', "jsonl"),  # an input row
        ('{"title": "notes"}', "jsonl"),  # no last newline: not cut as a torn record
        ("name,notes\r\na,b", "csv"),
        (
            '{"source": "a.txt", "text_sha256": "00", "code": "bad_input", "message": "m"}\n',
            "jsonl",
        ),  # an errors file's row
        ('{"source": "a.txt"}\n', "csv"),
    ],
)
def test_resuming_into_a_file_that_is_not_this_formats_output_is_refused(
    tmp_path: Path, settings: Settings, written: str, fmt: Format
) -> None:
    out = tmp_path / "out"
    out.write_bytes(written.encode())
    with pytest.raises(ConfigurationError, match="not a coopllm"):
        asyncio.run(run_batch([], settings, out=out, errors=None, fmt=fmt))
    assert out.read_bytes() == written.encode(), "the file is left as it was"


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_resuming_into_a_file_saved_in_another_encoding_is_refused(
    tmp_path: Path, settings: Settings, fmt: Format
) -> None:
    """Excel saves CSV in cp1252: a traceback, where it should be a usage error."""
    out = tmp_path / "out"
    written = "source,notes\r\ncaf\u00e9,1\r\n".encode("cp1252")
    out.write_bytes(written)
    with pytest.raises(ConfigurationError, match="not a coopllm"):
        asyncio.run(run_batch([], settings, out=out, errors=None, fmt=fmt))
    assert out.read_bytes() == written


def _hold_window(server: FakeOpenAIServer) -> tuple[float, float]:
    """When the first request was refused with 429, and when it was sent again."""
    first = server.requests[0]
    again = next(i for i, body in enumerate(server.requests) if i and body == first)
    return server.request_times[0], server.request_times[again]


def test_a_retry_after_holds_workers_waiting_in_the_rate_limiter_too(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    # Answered late: by then the other workers have used the burst and wait in the limiter.
    server.push(Reply(error_body(429, "slow"), 429, {"Retry-After": "1"}, delay=0.3))
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    settings = settings.merged(use_cache=False, requests_per_minute=4)
    extractor = Extractor(settings)
    # A burst of 4, then one request every 0.1 s: slots that fall inside the hold.
    extractor.llm.limits = RateLimits(settings, period=0.4)
    articles = [ArticleInput(f"a{i}", ARTICLE + f"\n{i}") for i in range(10)]
    summary = asyncio.run(run_batch(articles, settings, out=tmp_path / "o.jsonl", errors=None,
                                    concurrency=4, extractor=extractor))  # fmt: skip
    asyncio.run(extractor.aclose())
    assert summary.done == 10
    answered = server.request_times[0] + 0.3  # the hold runs from here for 1 s
    inside = [t - answered for t in server.request_times if 0.05 < t - answered < 0.95]
    assert inside == [], "requests went out during the Retry-After hold"


def test_a_429_without_retry_after_holds_every_worker_for_its_backoff(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    server.push(Reply(error_body(429, "slow"), 429))
    # The answers take 0.1 s: the 429 comes back at once, and the loop has that long to read
    # it before any worker may send again (in two test processes on two cores, a worker's
    # next request once went out 20 ms after the refusal, before the loop had read it). With
    # the shared hold switched off in a copy of the code, this test failed six runs of six.
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER), delay=0.1)
    settings = settings.merged(use_cache=False)
    articles = [ArticleInput(f"a{i}", ARTICLE + f"\n{i}") for i in range(40)]
    summary = asyncio.run(run_batch(articles, settings, out=tmp_path / "o.jsonl", errors=None,
                                    concurrency=4))  # fmt: skip
    assert summary.done == 40
    refused, retried = _hold_window(server)
    # The first wave (one request a worker) went out before the 429 came back; on a busy
    # machine its last may land after it (a full run under load failed on one, 2026-12-01).
    later = server.request_times[4:]
    inside = [t for t in later if refused + 0.01 < t < retried - 0.01]
    assert inside == [], "other workers sent while the 429'd request backed off"


def test_leaving_extract_many_early_stops_its_requests(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER), delay=0.05)
    items = [(f"a{i}", ARTICLE + f"\n{i}") for i in range(200)]
    for outcome in extract_many(items, concurrency=4, settings=settings.merged(use_cache=False)):
        assert not isinstance(outcome, ExtractionFailure)
        break
    sent = len(server.requests)
    time.sleep(0.5)
    assert len(server.requests) == sent, "requests went on after the caller left"
    assert not any(t.name == "coopllm-many" for t in threading.enumerate())


_LEFT_UNCLOSED = """
import sys, time
from coopllm import extract_many
items = [(f"a{i}", sys.argv[1] + f"\\n{i}") for i in range(300)]
outcomes = extract_many(items, concurrency=2, use_cache=False)  # kept: never closed
for outcome in outcomes:
    break
print("left", flush=True)
time.sleep(1.0)
"""


def test_an_extract_many_left_unclosed_asks_for_little_more_and_lets_the_process_exit(
    tmp_path: Path, server: FakeOpenAIServer
) -> None:
    """``outcomes = extract_many(...)``, a ``break``, the variable kept: its thread took
    64 outcomes ahead (articles paid for that nobody reads), then held the interpreter's
    exit forever on its full buffer."""
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER), delay=0.02)
    script = tmp_path / "left.py"
    script.write_text(_LEFT_UNCLOSED)
    run = subprocess.Popen([sys.executable, str(script), ARTICLE], stdout=subprocess.PIPE,
                           text=True, env=_env(server, tmp_path / "cache"))  # fmt: skip
    try:
        assert run.stdout is not None and run.stdout.readline() == "left\n"
        at_break = len(server.requests)
        assert run.wait(timeout=30) == 0
    finally:
        run.kill()
    # at most the articles the pool may hold (2 * concurrency) go on after the break
    assert len(server.requests) - at_break <= 4


def test_every_kind_of_fault_at_a_high_rate_loses_and_duplicates_nothing(
    tmp_path: Path, settings: Settings
) -> None:
    plan = FaultPlan(answer=lambda b: completion(GOOD_ANSWER), rate=0.25, seed=3,
                     timeout_seconds=3.0)  # fmt: skip
    with FakeOpenAIServer(fallback=plan, latency=0.01, jitter=0.02) as server:
        # Enough attempts that no article meets a fault at every one (0.25 ** 8), and
        # re-asks that four bad answers in a row (an "invalid" or "length" fault is one
        # request in 18) end none of the 80: (1/18) ** 4 * 80 < 1e-3 (with three, about
        # one run in seventy would fail: a full run failed this test once, 2026-11-30,
        # its message not kept). FaultPlan now draws each request's faults at once.
        settings = settings.merged(base_url=server.base_url, use_cache=False,
                                   request_timeout=2.0, max_reasks=3, max_attempts=8)  # fmt: skip
        articles = [ArticleInput(f"a{i:02d}", ARTICLE + f"\n{i}") for i in range(80)]
        out, errors = tmp_path / "o.jsonl", tmp_path / "e.jsonl"
        summary = asyncio.run(run_batch(articles, settings, out=out, errors=errors,
                                        concurrency=8))  # fmt: skip
    assert set(plan.injected) == set(FAULT_KINDS), plan.injected
    sources = [r["source"] for r in _lines(out)]
    assert summary.failed == 0, [str(failure.error) for failure in summary.failures]
    assert summary.done == 80
    assert sorted(sources) == [a.source for a in articles], "every article once"


def test_settle_gc_freezes_what_is_alive_and_collects_the_young_less_often() -> None:
    before = gc.get_threshold()
    try:
        settle_gc()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == (GC_YOUNG_OBJECTS, *before[1:])
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


@pytest.mark.parametrize("shown", [{"log_every": 3600.0}, {"progress": True}], ids=["log", "bar"])
async def test_resuming_an_output_another_model_made_says_so(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings,
    capsys: pytest.CaptureFixture[str], shown: dict[str, Any],
) -> None:  # fmt: skip
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    articles = _numbered(4)
    out = tmp_path / "out.jsonl"
    await run_batch(articles[:2], settings, out=out, errors=None)
    same = await run_batch(articles[:3], settings, out=out, errors=None, **shown)
    assert same.made_otherwise == 0 and "made by another model" not in capsys.readouterr().err
    other = await run_batch(articles, settings.merged(model="other-model"), out=out,
                            errors=None, **shown)  # fmt: skip
    assert (other.made_otherwise, other.skipped, other.done) == (3, 3, 1)
    said = capsys.readouterr().err
    assert (f"coopllm: {out}: 3 of the records already written were made by another model "
            "or other prompts than this run's (other-model, prompts ") in said  # fmt: skip
    assert "give another --out to extract them again" in said


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
async def test_resuming_after_the_provider_moved_the_alias_to_a_new_snapshot_says_so(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings,
    capsys: pytest.CaptureFixture[str], fmt: Literal["jsonl", "csv"],
) -> None:  # fmt: skip
    """Same model asked, same prompts: only the answers' model names tell the runs apart."""
    articles = _numbered(4)
    out = tmp_path / f"out.{fmt}"
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER, model="test-model-2024-01-01"))
    await run_batch(articles[:2], settings, out=out, errors=None, fmt=fmt)
    same = await run_batch(articles[:3], settings, out=out, errors=None, fmt=fmt, log_every=3600.0)
    assert same.answered_otherwise == 0 and "answered by" not in capsys.readouterr().err
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER, model="test-model-2025-06-01"))
    moved = await run_batch(articles, settings, out=out, errors=None, fmt=fmt, log_every=3600.0)
    assert (moved.answered_otherwise, moved.made_otherwise, moved.done) == (3, 0, 1)
    said = capsys.readouterr().err
    assert (f"coopllm: {out}: 3 of the records already written were answered by "
            "test-model-2024-01-01, where test-model is answered by test-model-2025-06-01 "
            "now: the output mixes the two") in said, said  # fmt: skip


async def test_csv_rows_carry_provenance_and_another_models_rows_are_counted(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER, model="test-model-2024-01-01"))
    articles = _numbered(3)
    out = tmp_path / "out.csv"
    await run_batch(articles[:2], settings, out=out, errors=None, fmt="csv")
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(
        (row["model"], row["answered_by"], row["coopllm_version"])
        == ("test-model", "test-model-2024-01-01", coopllm.__version__)
        and len(row["prompts_sha256"]) == 64
        for row in rows
    )
    other = await run_batch(articles, settings.merged(model="other-model"), out=out,
                            errors=None, fmt="csv")  # fmt: skip
    assert (other.made_otherwise, other.skipped, other.done) == (2, 2, 1)


async def test_a_csv_written_before_provenance_is_resumed_in_its_own_columns(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    articles = _numbered(2)
    out = tmp_path / "old.csv"
    old_row = {column: "" for column in CSV_COLUMNS_BEFORE_PROVENANCE}
    old_row.update(source="a0", text_sha256=articles[0].text_sha256)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS_BEFORE_PROVENANCE)
        writer.writeheader()
        writer.writerow(old_row)
    summary = await run_batch(articles, settings, out=out, errors=None, fmt="csv")
    assert (summary.skipped, summary.done, summary.made_otherwise) == (1, 1, 1)
    with out.open(encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == CSV_COLUMNS_BEFORE_PROVENANCE
    assert {len(row) for row in table} == {len(CSV_COLUMNS_BEFORE_PROVENANCE)}
    assert [row[0] for row in table[1:]][:2] == ["a0", "a1"]


def test_a_halt_keeps_the_documents_pass_answer_in_flight(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    """The main pass is told by a 429 to wait 30 s, while the documents pass's request is
    out: halted, the main pass gives up, and the documents pass's answer, paid for, is
    awaited and cached; the next run asks for the main pass only."""
    asked: Counter[str] = Counter()

    def by_tool(body: dict[str, Any]) -> Reply:
        tool = body["tool_choice"]["function"]["name"]
        asked[tool] += 1
        if tool == "SignedDocuments":
            return Reply(completion({"documents": []}, tool_name=tool), delay=0.6)
        if asked[tool] == 1:
            return Reply(error_body(429, "slow"), 429, {"Retry-After": "30"})
        return Reply(completion(GOOD_ANSWER))

    server.fallback = by_tool
    both = settings.merged(documents_pass=True)
    out = tmp_path / "out.jsonl"
    # Halted 0.3 s after both requests arrived: the 429 is in, the documents answer not.
    _, raised = asyncio.run(_halted_while_waiting(server, both, out, waiting_after=2, n=1))
    assert isinstance(raised, BatchInterruptedError), raised
    assert not out.exists() or _lines(out) == []
    assert asked == {"GuardedDraft": 1, "SignedDocuments": 1}
    again = asyncio.run(run_batch(_numbered(1), both, out=out, errors=None))
    assert again.done == 1
    assert asked == {"GuardedDraft": 2, "SignedDocuments": 1}, "its answer was asked again"


def _years(root: Path, texts: dict[str, str]) -> None:
    """``root/2023/001.txt`` and the like: a folder per year, each holding a 001.txt."""
    for year, text in texts.items():
        (root / year).mkdir(parents=True)
        (root / year / "001.txt").write_text(text)


def _sources(out: Path) -> list[str]:
    return sorted(record["source"] for record in _lines(out))


def test_a_file_renamed_by_a_folder_added_to_the_command_is_not_extracted_again(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``extract 2023/`` writes 2023/001.txt as ``001.txt``; ``extract 2023/ 2024/`` names
    it ``2023/001.txt`` (2024/ holds a 001.txt too): resume finds its record under its
    other name, and the other way round. Nothing is written twice, nothing left out."""
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    monkeypatch.chdir(tmp_path)
    _years(tmp_path, {y: f"{ARTICLE}\n{y}" for y in ("2023", "2024", "2025")})
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"

    def run(*paths: str) -> Summary:
        articles = iter_inputs(list(paths), exclude=[out, errors])
        return asyncio.run(run_batch(articles, settings, out=out, errors=errors))

    assert run("2023").done == 1
    summary = run("2023", "2024")
    assert (summary.done, summary.skipped) == (1, 1)
    assert _sources(out) == ["001.txt", "2024/001.txt"]
    assert run("2024").skipped == 1, "2024/001.txt, now 001.txt again, is written"
    summary = run("2023", "2024", "2025")
    assert (summary.done, summary.skipped) == (1, 2)
    assert _sources(out) == ["001.txt", "2024/001.txt", "2025/001.txt"]


def test_a_record_under_another_name_is_claimed_by_one_file_of_its_text(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two files of one text are two articles: the one record written under the name both
    could have had is one file's, and the other file is extracted."""
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    monkeypatch.chdir(tmp_path)
    _years(tmp_path, {"2023": ARTICLE, "2024": ARTICLE})
    out = tmp_path / "out.jsonl"
    asyncio.run(run_batch(iter_inputs(["2023"]), settings, out=out, errors=None))
    summary = asyncio.run(run_batch(iter_inputs(["2023", "2024"]), settings, out=out, errors=None))
    assert (summary.done, summary.skipped) == (1, 1)
    assert _sources(out) == ["001.txt", "2024/001.txt"]


def test_a_name_another_file_of_the_run_goes_by_is_not_claimed(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``2023/001.txt``, written by ``extract 2023/ 2024/``, is also the name ``extract
    2023/ copies/`` gives copies/2023/001.txt: that file's record, not 2023/001.txt's
    (which goes by ``001.txt`` now and is extracted)."""
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    monkeypatch.chdir(tmp_path)
    _years(tmp_path, {"2023": ARTICLE, "2024": f"{ARTICLE}\nB"})
    _years(tmp_path / "copies", {"2023": ARTICLE})
    out = tmp_path / "out.jsonl"
    asyncio.run(run_batch(iter_inputs(["2023", "2024"]), settings, out=out, errors=None))
    inputs = find_inputs(["2023", "copies"])
    assert [a.also_named for a in inputs.articles()] == [None, "copies/2023/001.txt"]
    summary = asyncio.run(run_batch(inputs.articles(), settings, out=out, errors=None))
    assert (summary.done, summary.skipped) == (1, 1)
    assert _sources(out) == ["001.txt", "2023/001.txt", "2024/001.txt"]


@pytest.mark.parametrize("arguments", [[".", "2023"], ["2023", "."], ["2023", "2023/001.txt"]])
def test_one_file_two_nested_arguments_reach_is_one_article(
    tmp_path: Path,
    server: FakeOpenAIServer,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    arguments: list[str],
) -> None:
    """``extract . 2023/`` reaches 2023/001.txt as ``2023/001.txt`` and as ``001.txt``: it
    goes by the first argument's name, is extracted once (the other a repeat), and a run
    again skips it (twice: each reach is counted)."""
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    monkeypatch.chdir(tmp_path)
    _years(tmp_path, {"2023": ARTICLE})
    out = tmp_path / "out.jsonl"
    summary = asyncio.run(run_batch(iter_inputs(arguments), settings, out=out, errors=None))
    assert (summary.done, summary.repeated) == (1, 1)
    assert _sources(out) == ["2023/001.txt" if arguments[0] == "." else "001.txt"]
    again = asyncio.run(run_batch(iter_inputs(arguments), settings, out=out, errors=None))
    assert (again.done, again.skipped, len(_lines(out))) == (0, 2, 1)


def test_an_article_found_under_its_other_name_leaves_the_errors_file(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """2023/001.txt fails as ``2023/001.txt`` (``extract 2023/ 2024/``), then is written
    as ``001.txt`` (``extract 2023/``): that failure leaves the errors file, and a run of
    the first command finds the article written and the failure gone."""
    failing = True
    server.fallback = lambda b: Reply(
        completion({"article": "never valid"} if failing else GOOD_ANSWER)
    )  # fmt: skip
    monkeypatch.chdir(tmp_path)
    _years(tmp_path, {"2023": ARTICLE, "2024": f"{ARTICLE}\nB"})
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"

    def run(*paths: str) -> Summary:
        return asyncio.run(run_batch(iter_inputs(list(paths)), settings, out=out, errors=errors))

    assert run("2023", "2024").failed == 2
    failed_rows = errors.read_text()
    failing = False
    assert run("2023").done == 1
    assert [row["source"] for row in _lines(errors)] == ["2024/001.txt"], "2024/ not given"
    errors.write_text(failed_rows)  # as a run killed before it tidied the errors file leaves it
    summary = run("2023", "2024")
    assert (summary.done, summary.skipped, summary.failed) == (1, 1, 0)
    assert not errors.exists()
    assert _sources(out) == ["001.txt", "2024/001.txt"]


def test_jsonl_rows_named_by_their_line_are_found_under_the_files_other_name(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row without a source goes by its line, ``rows.jsonl:1``, which a folder added to
    the command renames ``2023/rows.jsonl:1``: found written all the same. A row's own
    source is its only name."""
    server.fallback = lambda b: Reply(completion(GOOD_ANSWER))
    monkeypatch.chdir(tmp_path)
    for year in ("2023", "2024"):
        Path(year).mkdir()
        rows = [{"text": f"{ARTICLE}\n{year}"}, {"source": f"own-{year}", "text": ARTICLE}]
        Path(year, "rows.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    out = tmp_path / "out.jsonl"
    asyncio.run(run_batch(iter_inputs(["2023"]), settings, out=out, errors=None))
    inputs = find_inputs(["2023", "2024"])
    assert [a.also_named for a in inputs.articles()] == ["rows.jsonl:1", None] * 2
    summary = asyncio.run(run_batch(inputs.articles(), settings, out=out, errors=None))
    assert (summary.done, summary.skipped) == (2, 2)
    assert _sources(out) == ["2024/rows.jsonl:1", "own-2023", "own-2024", "rows.jsonl:1"]
