"""coopllm batch submit | status | collect against the fake server's Batch API."""

from __future__ import annotations

import asyncio
import copy
import csv
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest
from conftest import ARTICLE, GOOD_ANSWER, TEST_KEY, cli_env
from typer.testing import CliRunner, Result

from coopllm.cli import app
from coopllm.client import build_openai_client, http_client_for
from coopllm.errors import ProviderBatchError
from coopllm.extraction import Extractor
from coopllm.inputs import iter_inputs
from coopllm.prompts import prompts_dir
from coopllm.provider_batch import (
    AnswerStore,
    BatchAnswers,
    BatchState,
    submit,
    wait_until_collectable,
)
from coopllm.ratelimit import RateLimits
from coopllm.schema import ArticleExtraction
from coopllm.settings import Settings
from coopllm.testing import Cut, FakeOpenAIServer, Reply, Reset, completion, error_body

LONG_ARTICLE = ARTICLE + "\n" + "The parties discussed many topics at length. " * 400
"""Over the chunk size: the normal path asks about it in several chunks."""


def test_submit_status_collect_with_a_reask_through_the_normal_path(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    seen: dict[str, int] = {}

    def answer(body: dict[str, Any]) -> Reply:
        tool = body["tool_choice"]["function"]["name"]
        text = json.dumps(body["messages"])
        key = f"{tool}:{'SECOND' in text}"
        seen[key] = seen.get(key, 0) + 1
        if tool == "SignedDocuments":
            return Reply(completion({"documents": []}, tool_name=tool))
        if "SECOND" in text and seen[key] == 1:  # the batch's answer for it is invalid
            return Reply(completion({"article": "broken"}))
        return Reply(completion(copy.deepcopy(GOOD_ANSWER)))

    server.fallback = answer
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "first.txt").write_text(ARTICLE)
    (folder / "second.txt").write_text(ARTICLE + "\nSECOND")
    (folder / "empty.txt").write_text(" ")
    env = {
        "OPENAI_BASE_URL": server.base_url,
        "OPENAI_API_KEY": TEST_KEY,
        "COOPLLM_MODEL": "test-model",
        "COOPLLM_CACHE_DIR": str(tmp_path / "cache"),
        "COOPLLM_USE_CACHE": "0",  # the two articles' shared answer is the batch's, twice
    }
    state = tmp_path / "batch.json"
    runner = CliRunner()
    submitted = runner.invoke(app, ["batch", "submit", str(folder), "--state", str(state)], env=env)
    assert submitted.exit_code == 0, submitted.output
    assert "empty.txt" in submitted.stderr
    job = json.loads(state.read_text())
    assert sorted(item["source"] for item in job["items"].values()) == ["first.txt", "second.txt"]
    assert "Riverbend" not in state.read_text(), "the state file holds no article text"
    batch_lines = server.files[job["batches"][0]["input_file_id"]].decode().splitlines()
    # Two articles, two passes each; their documents passes (on the signing sentences,
    # which are the same) are one request.
    assert len(batch_lines) == 3

    shown = runner.invoke(app, ["batch", "status", "--state", str(state)], env=env)
    assert json.loads(shown.stdout)["status"] == "completed"

    before = len(server.requests)
    out = tmp_path / "out.jsonl"
    collected = runner.invoke(
        app, ["batch", "collect", str(folder), "--state", str(state), "--out", str(out)], env=env
    )
    assert collected.exit_code == 1, collected.output  # empty.txt fails, the rest is written
    records = {json.loads(x)["source"]: json.loads(x) for x in out.read_text().splitlines()}
    assert sorted(records) == ["first.txt", "second.txt"]
    assert records["first.txt"]["agreements"][0]["parties"][0]["name"] == "Riverbend University"
    assert records["first.txt"]["provenance"]["answered_by"] == ["test-model"], "the batch's"
    # Only the invalid answer went to the endpoint: its re-ask, with the error in it.
    (reask,) = server.requests[before:]
    assert "SECOND" in json.dumps(reask["messages"]) and len(reask["messages"]) > 2
    # Each completion here is 100 + 50 tokens. The batch billed both articles' answers (at
    # its discount), the invalid one too; the re-ask was paid at list price.
    first, second = records["first.txt"]["usage"], records["second.txt"]["usage"]
    assert (first["prompt_tokens"], first["batch_prompt_tokens"]) == (200, 200)
    assert (first["completion_tokens"], first["batch_completion_tokens"]) == (100, 100)
    assert (second["prompt_tokens"], second["batch_prompt_tokens"]) == (300, 200)
    assert second["requests"] == 3
    # The run spent the three batch answers (the shared one billed once) and the re-ask.
    assert "tokens 600," in collected.stderr, collected.stderr
    assert json.loads((tmp_path / "out.errors.jsonl").read_text())["code"] == "empty_article"


def _submitted(server: FakeOpenAIServer, tmp_path: Path) -> tuple[list[str], dict[str, str]]:
    """Two articles submitted; the collect command line for them and its environment."""
    server.fallback = lambda body: Reply(
        completion({"documents": []}, tool_name="SignedDocuments")
        if body["tool_choice"]["function"]["name"] == "SignedDocuments"
        else completion(copy.deepcopy(GOOD_ANSWER))
    )
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    (folder / "b.txt").write_text(ARTICLE + "\nAnother edition.")
    env = {
        "OPENAI_BASE_URL": server.base_url,
        "OPENAI_API_KEY": TEST_KEY,
        "COOPLLM_MODEL": "test-model",
        "COOPLLM_CACHE_DIR": str(tmp_path / "cache"),
    }
    state = str(tmp_path / "batch.json")
    submitted = CliRunner().invoke(app, ["batch", "submit", str(folder), "--state", state], env=env)
    assert submitted.exit_code == 0, submitted.output
    out = str(tmp_path / "out.jsonl")
    return ["batch", "collect", str(folder), "--state", state, "--out", out], env


def _sources(tmp_path: Path) -> list[str]:
    lines = (tmp_path / "out.jsonl").read_text().splitlines()
    return sorted(json.loads(line)["source"] for line in lines)


def test_collect_refuses_a_running_batch_then_waits_for_it(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    server.batch_pending_polls = 3
    collect, env = _submitted(server, tmp_path)
    early = CliRunner().invoke(app, collect, env=env)
    assert early.exit_code == 2 and "in_progress" in early.stderr and "--wait" in early.stderr
    assert not (tmp_path / "out.jsonl").exists()
    assert not (tmp_path / "cache" / "batch-answers").exists(), "a store for nothing"
    sent = len(server.requests)
    waited = CliRunner().invoke(app, [*collect, "--wait", "--poll-seconds", "0.01"], env=env)
    assert waited.exit_code == 0, waited.output
    assert _sources(tmp_path) == ["a.txt", "b.txt"]
    assert len(server.requests) == sent, "every answer came from the batch"


@pytest.mark.parametrize("seconds", ["0", "-1"])
def test_a_poll_interval_that_is_not_above_zero_is_refused(
    server: FakeOpenAIServer, tmp_path: Path, seconds: str
) -> None:
    """At 0, --wait read a running batch's status in a tight loop, for the hours it runs."""
    server.batch_pending_polls = 3
    collect, env = _submitted(server, tmp_path)
    refused = CliRunner().invoke(app, [*collect, "--wait", "--poll-seconds", seconds], env=env)
    assert refused.exit_code == 2, refused.output
    assert "--poll-seconds" in refused.stderr and "is not above 0" in refused.stderr
    assert server.batch_status_reads == 0


async def test_the_library_refuses_a_poll_interval_that_is_not_above_zero(
    server: FakeOpenAIServer,
) -> None:
    client = openai.AsyncOpenAI(base_url=server.base_url, api_key=TEST_KEY)
    settings = Settings(base_url=server.base_url, api_key=TEST_KEY)
    try:
        with pytest.raises(ValueError, match="poll_seconds must be above 0"):
            await wait_until_collectable(client, settings, "batch-1", poll_seconds=0.0)
    finally:
        await client.close()
    assert server.batch_status_reads == 0


def _collecting(
    server: FakeOpenAIServer, tmp_path: Path, *extra: str, **settings: str
) -> tuple[subprocess.Popen[str], list[str], dict[str, str]]:
    """Eight articles submitted (one pass each); their collect command line and
    environment (with these COOPLLM_ ``settings``), and that command started in a process
    of its own (to take signals)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(8):
        (folder / f"a{i}.txt").write_text(f"{ARTICLE}\nEdition {i}.")
    env = {**os.environ, **cli_env(server, tmp_path / "cache", documents_pass=False),
           **{f"COOPLLM_{name.upper()}": value for name, value in settings.items()}}  # fmt: skip
    state = str(tmp_path / "batch.json")
    submitted = CliRunner().invoke(app, ["batch", "submit", str(folder), "--state", state],
                                   env=env)  # fmt: skip
    assert submitted.exit_code == 0, submitted.output
    command = [sys.executable, "-m", "coopllm.cli", "batch", "collect", str(folder), "--state",
               state, "--out", str(tmp_path / "out.jsonl"), *extra]  # fmt: skip
    return subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True), command, env


def _until(condition: Callable[[], bool], run: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert run.poll() is None and condition(), "the signal must land mid-run"


class _SlowToStart(FakeOpenAIServer):
    """Starts a batch at once, then takes its time to say so: a stop lands in between."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.started = threading.Event()

    def _run_batch(self, request: dict[str, Any]) -> dict[str, Any]:
        batch = super()._run_batch(request)
        self.started.set()
        time.sleep(2)
        return batch


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_stop_while_a_batch_starts_records_it_before_exiting(
    tmp_path: Path, signum: signal.Signals
) -> None:
    """The batch was started and billed; its id must reach the state file, or collect
    could never take its answers (it asked them all again, at list price)."""
    (tmp_path / "a.txt").write_text(ARTICLE)
    state = tmp_path / "batch.json"
    with _SlowToStart(fallback=_good) as server:
        env = {**os.environ, **cli_env(server, tmp_path / "cache", documents_pass=False)}
        command = [sys.executable, "-m", "coopllm.cli", "batch", "submit",
                   str(tmp_path / "a.txt"), "--state", str(state)]  # fmt: skip
        run = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
        assert server.started.wait(60)
        time.sleep(0.3)
        run.send_signal(signum)
        _, stderr = run.communicate(timeout=60)
        assert run.returncode == 128 + signum, stderr
        assert f"the batches started are in {state}" in stderr
        recorded = BatchState.model_validate_json(state.read_text())
        assert [b.batch_id for b in recorded.batches] == list(server.batches)


def test_no_state_file_is_left_when_nothing_was_submitted(tmp_path: Path) -> None:
    """The state file is made at the start (a second submit with the same --state is
    refused meanwhile), and removed when no batch started."""
    (tmp_path / "empty.txt").write_text(" ")
    state = tmp_path / "batch.json"
    args = ["batch", "submit", str(tmp_path / "empty.txt"), "--state", str(state)]
    result = CliRunner().invoke(app, args, env={"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"})
    assert result.exit_code == 1 and "nothing to submit" in result.stderr, result.output
    assert not state.exists()


def test_ctrl_c_in_collect_writes_the_answers_in_flight_before_stopping(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """The batch answered nothing (expired at once): collect asks the endpoint for every
    article, three at a time (-c 3). Ctrl-C then starts no article and awaits the three
    answers it asked for (paid for), writes them, and exits 130; collect again asks for
    the rest."""
    server.batch_expire_after = 0
    server.fallback = _good
    server.latency = 2.0
    run, command, env = _collecting(server, tmp_path, "-c", "3")
    _until(lambda: len(server.requests) >= 3, run)
    time.sleep(0.3)  # the answers take two seconds
    assert len(server.requests) == 3, "more articles at once than --concurrency"
    run.send_signal(signal.SIGINT)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 128 + signal.SIGINT, stderr
    assert "the answers in flight were awaited and written" in stderr
    in_flight = len(server.requests)
    assert 3 <= in_flight < 8 and len(_sources(tmp_path)) == in_flight, "an answer was lost"
    again = subprocess.run(command, env=env, timeout=120, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert _sources(tmp_path) == [f"a{i}.txt" for i in range(8)]
    assert len(server.requests) == 8, "an answer paid for was asked again"


def test_ctrl_c_in_collect_sends_nothing_the_rate_limit_held_back(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """At one request a minute (--rpm 1) the first article is asked and the next three
    wait in collect's limiter: Ctrl-C writes the first and stops them at once, sending
    nothing after the halt. With one attempt a request, no retry's pause stops them
    instead: their stop must come through the SDK, which wraps what its transport raised,
    as the halt it is, not as a connection error (an error row)."""
    server.batch_expire_after = 0
    server.fallback = _good
    run, _, _ = _collecting(server, tmp_path, "--rpm", "1", "-c", "4", max_attempts="1")
    _until(lambda: (tmp_path / "out.jsonl").exists() and len(_sources(tmp_path)) == 1, run)
    time.sleep(0.5)  # the three others are at the limiter now
    stopped = time.monotonic()
    run.send_signal(signal.SIGINT)
    _, stderr = run.communicate(timeout=90)
    assert time.monotonic() - stopped < 20, "it waited out the rate limit"
    assert run.returncode == 128 + signal.SIGINT, stderr
    assert len(server.requests) == 1 and len(_sources(tmp_path)) == 1, "sent after the halt"
    errors = tmp_path / "out.errors.jsonl"
    assert not errors.exists() or errors.read_text() == "", "the halt taken for a failure"


def test_ctrl_c_while_collect_waits_for_the_batch_stops_at_once(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """Polling a batch that has hours to go: Ctrl-C stops it at once (no poll's minute
    waited out), and nothing is written."""
    server.batch_pending_polls = 10**6
    run, _, _ = _collecting(server, tmp_path, "--wait", "--poll-seconds", "60")
    _until(lambda: server.batch_status_reads >= 1, run)
    stopped = time.monotonic()
    run.send_signal(signal.SIGINT)
    _, stderr = run.communicate(timeout=60)
    assert time.monotonic() - stopped < 20, "it waited for the next poll"
    assert run.returncode == 128 + signal.SIGINT, stderr
    assert "any answers in flight are awaited" in stderr  # there are none: it stops
    assert "interrupted; every record written so far is complete" in stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_a_record_made_again_from_the_cache_keeps_the_batch_price_of_its_answers(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """The second output's records come from the cache: what the batch service billed
    (at its discount) stays told apart, or a record would price it at list price."""
    collect, env = _submitted(server, tmp_path)
    assert CliRunner().invoke(app, collect, env=env).exit_code == 0
    again = [*collect[:-1], str(tmp_path / "again.jsonl")]
    assert CliRunner().invoke(app, again, env=env).exit_code == 0

    def usage(name: str) -> list[tuple[int, int, bool]]:
        rows = [json.loads(x) for x in (tmp_path / name).read_text().splitlines()]
        return sorted((r["usage"]["prompt_tokens"], r["usage"]["batch_prompt_tokens"],
                       r["usage"]["cached"]) for r in rows)  # fmt: skip

    first, cached = usage("out.jsonl"), usage("again.jsonl")
    assert all(batch > 0 for _, batch, _ in first)
    assert [u[:2] for u in cached] == [u[:2] for u in first]
    assert all(hit for _, _, hit in cached)


def test_collect_prices_its_run_at_a_price_given(server: FakeOpenAIServer, tmp_path: Path) -> None:
    """The endpoint's model has no price in the table: at the price given, the summary
    says what the run cost, the batch service's tokens at half of it."""
    collect, env = _submitted(server, tmp_path)
    collected = CliRunner().invoke(app, [*collect, "--price", "1,2"], env=env)
    assert collected.exit_code == 0, collected.output
    # Three answers (the documents pass is the two articles' one request) of 100 prompt
    # and 50 completion tokens: (300 x $1 + 150 x $2) / 1e6, halved.
    assert "tokens 450, cost $0.0003," in collected.stderr, collected.stderr


def test_submit_leaves_out_the_requests_the_cache_answers(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """Extracted before (its answers cached), an article costs nothing in collect: a
    batch would bill its requests for nothing."""
    server.fallback = _good
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    env = cli_env(server, tmp_path / "cache", documents_pass=False)
    extracted = CliRunner().invoke(app, ["extract", str(folder / "a.txt"), "-q"], env=env)
    assert extracted.exit_code == 0, extracted.output
    (folder / "b.txt").write_text(ARTICLE + "\nAnother edition.")
    state = tmp_path / "batch.json"
    args = ["batch", "submit", str(folder), "--state", str(state)]
    submitted = CliRunner().invoke(app, args, env=env)
    assert submitted.exit_code == 0, submitted.output
    assert "left out 1 requests the response cache already answers" in submitted.stderr
    (uploaded,) = _uploaded_bodies(server)
    assert "Another edition." in json.dumps(uploaded)
    sent = len(server.requests)
    out = str(tmp_path / "out.jsonl")
    collected = CliRunner().invoke(
        app, ["batch", "collect", str(folder), "--state", str(state), "--out", out], env=env
    )
    assert collected.exit_code == 0, collected.output
    assert _sources(tmp_path) == ["a.txt", "b.txt"]
    assert len(server.requests) == sent, "a.txt from the cache, b.txt from the batch"


def test_submit_of_articles_the_cache_answers_whole_says_to_extract_them(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """No batch to start, so no state for collect: submit says that `extract` writes the
    records from the cache, and ends well (nothing failed); extract then sends nothing."""
    server.fallback = _good
    (tmp_path / "a.txt").write_text(ARTICLE)
    env = cli_env(server, tmp_path / "cache", documents_pass=False)
    extract = ["extract", str(tmp_path / "a.txt"), "-q"]
    assert (
        CliRunner().invoke(app, [*extract, "-o", str(tmp_path / "first.jsonl")], env=env).exit_code
        == 0
    )
    sent = len(server.requests)
    state = tmp_path / "batch.json"
    args = ["batch", "submit", str(tmp_path / "a.txt"), "--state", str(state)]
    submitted = CliRunner().invoke(app, args, env=env)
    assert submitted.exit_code == 0, submitted.output
    assert "the response cache answers all 1 requests: `coopllm extract`" in submitted.stderr
    assert "nothing to submit" in submitted.stderr and not state.exists()
    assert not server.files and not server.batches
    extracted = CliRunner().invoke(app, [*extract, "-o", str(tmp_path / "out.jsonl")], env=env)
    assert extracted.exit_code == 0, extracted.output
    assert len(server.requests) == sent and _sources(tmp_path) == ["a.txt"]


def test_an_expired_batch_gives_what_it_has_and_the_rest_goes_the_normal_path(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    server.batch_expire_after = 2  # the first article's two passes, nothing for the second
    collect, env = _submitted(server, tmp_path)
    sent = len(server.requests)
    collected = CliRunner().invoke(app, collect, env=env)
    assert collected.exit_code == 0, collected.output
    assert _sources(tmp_path) == ["a.txt", "b.txt"]
    # The second article's extraction; its documents pass asks what the first one's did.
    (unanswered,) = server.requests[sent:]
    assert "Another edition." in json.dumps(unanswered["messages"])
    # Asked at list price: said, with the count (three requests: the documents pass is
    # shared by the two articles).
    assert "(expired) did not answer 1 of its 3 requests (0 failed, 1 never run" in (
        collected.stderr
    )


def test_lines_a_batch_failed_are_said_before_they_are_asked_at_list_price(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """A 429 inside the batch (its queue full), a refused parameter: every line failed,
    and collect asks them all again at the endpoint."""
    refused = Reply(error_body(429, "rate limited"), 429)
    server.push(refused, refused, refused)  # the batch's three lines, answered at submit
    collect, env = _submitted(server, tmp_path)
    collected = CliRunner().invoke(app, collect, env=env)
    assert collected.exit_code == 0, collected.output
    assert "did not answer 3 of its 3 requests (3 failed;" in collected.stderr


def test_a_failed_line_is_in_the_error_file_and_asked_through_the_normal_path(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """As OpenAI's Batch API does, the fake server puts a request that failed in the
    batch's error file and only the answers in its output file. Collect reads the
    output file: the failed request has no answer there, and is asked at the endpoint,
    said with the error file's id, never dropped."""
    server.push(Reply(error_body(400, "unsupported parameter"), 400))  # the first line
    collect = _submit_in_parts(server, tmp_path, max_requests=10)
    (batch,) = server.batches.values()
    answers = [json.loads(x) for x in server.files[batch["output_file_id"]].splitlines()]
    (failed,) = [json.loads(x) for x in server.files[batch["error_file_id"]].splitlines()]
    assert [row["response"]["status_code"] for row in answers] == [200] * 4
    assert failed["response"]["status_code"] == 400
    sent = len(server.requests)
    collected = CliRunner().invoke(app, collect, env=_env(server, tmp_path))
    assert collected.exit_code == 0, collected.output
    assert _sources(tmp_path) == ["0.txt", "1.txt", "2.txt", "3.txt"]
    (asked,) = server.requests[sent:]
    (line,) = [x for x in _uploaded_lines(server) if x["custom_id"] == failed["custom_id"]]
    assert _canonical(asked) == _canonical(line["body"]), "the request the batch failed"
    said = (f"did not answer 1 of its 5 requests (1 failed; the reasons are in its error "
            f"file, {batch['error_file_id']})")  # fmt: skip
    assert said in collected.stderr, collected.stderr


def test_a_batch_rejected_as_a_whole_fails_typed_with_the_reason(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    server.batch_rejection = "line 3: model not found"
    collect, env = _submitted(server, tmp_path)
    collected = CliRunner().invoke(app, [*collect, "--wait", "--poll-seconds", "0.01"], env=env)
    assert collected.exit_code == 2
    assert "failed as a whole: line 3: model not found" in collected.stderr


def _good(body: dict[str, Any]) -> Reply:
    """A valid answer for either pass."""
    tool = body["tool_choice"]["function"]["name"]
    if tool == "SignedDocuments":
        return Reply(completion({"documents": []}, tool_name=tool))
    return Reply(completion(copy.deepcopy(GOOD_ANSWER)))


def _env(server: FakeOpenAIServer, tmp_path: Path) -> dict[str, str]:
    return cli_env(server, tmp_path / "cache", documents_pass=True)


def _normal_path(
    server: FakeOpenAIServer, articles: dict[str, str]
) -> tuple[list[dict[str, Any]], dict[str, ArticleExtraction]]:
    """What ``coopllm extract`` sends for these articles, and the records it makes."""
    settings = Settings(
        base_url=server.base_url, api_key=TEST_KEY, model="test-model", use_cache=False
    )

    async def run() -> dict[str, ArticleExtraction]:
        extractor = Extractor(settings)
        try:
            return {
                name: await extractor.extract(text, source=name) for name, text in articles.items()
            }
        finally:
            await extractor.aclose()

    sent = len(server.requests)
    records = asyncio.run(run())
    return server.requests[sent:], records


def _submit_files(
    server: FakeOpenAIServer, tmp_path: Path, articles: dict[str, str], *options: str
) -> tuple[list[str], dict[str, str]]:
    """``batch submit`` of these articles (with these options); the collect command line
    and its environment."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text)
    env, state = _env(server, tmp_path), str(tmp_path / "batch.json")
    submit = ["batch", "submit", str(folder), "--state", state, *options]
    submitted = CliRunner().invoke(app, submit, env=env)
    assert submitted.exit_code == 0, submitted.output
    out = str(tmp_path / "out.jsonl")
    return ["batch", "collect", str(folder), "--state", state, "--out", out], env


def _uploaded_lines(server: FakeOpenAIServer) -> list[dict[str, Any]]:
    """The request lines of every batch the server was given."""
    return [
        json.loads(line)
        for batch in server.batches.values()
        for line in server.files[batch["input_file_id"]].decode().splitlines()
    ]


def _uploaded_bodies(server: FakeOpenAIServer) -> list[dict[str, Any]]:
    return [line["body"] for line in _uploaded_lines(server)]


def _canonical(body: dict[str, Any]) -> str:
    return json.dumps(body, sort_keys=True)


def test_submit_sends_the_very_requests_of_the_normal_path(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """The publication date parsed from the text, the documents pass on the signing
    sentences only, a long article in chunks: the batch holds what extract would send."""
    server.fallback = _good
    articles = {"short.txt": ARTICLE, "long.txt": LONG_ARTICLE}
    normal, _ = _normal_path(server, articles)
    assert len(normal) > 4, "the long article is asked about in chunks"
    _submit_files(server, tmp_path, articles)
    batch = [_canonical(body) for body in _uploaded_bodies(server)]
    assert len(set(batch)) == len(batch), "a request is in the batch once"
    assert set(batch) == {_canonical(body) for body in normal}
    # What the strictest OpenAI-compatible batch services accept as a custom_id.
    ids = [line["custom_id"] for line in _uploaded_lines(server)]
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{1,64}", custom_id) for custom_id in ids), ids


def test_collect_makes_the_normal_paths_records_from_the_batch_answers(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    server.fallback = _good
    articles = {"short.txt": ARTICLE, "long.txt": LONG_ARTICLE}
    normal_requests, normal = _normal_path(server, articles)
    collect, env = _submit_files(server, tmp_path, articles)
    sent = len(server.requests)
    collected = CliRunner().invoke(app, collect, env=env)
    assert collected.exit_code == 0, collected.output
    assert len(server.requests) == sent, "every answer came from the batch"
    assert "not used" not in collected.stderr
    lines = (tmp_path / "out.jsonl").read_text().splitlines()
    records = {r.source: r for r in map(ArticleExtraction.model_validate_json, lines)}
    for name, record in records.items():
        assert record.model_dump(exclude={"usage"}) == normal[name].model_dump(exclude={"usage"})
    usage, expected = records["long.txt"].usage, normal["long.txt"].usage
    assert (usage.requests, usage.prompt_tokens) == (expected.requests, expected.prompt_tokens)
    assert usage.requests == len(normal_requests) - 2, "every chunk's two passes"
    assert usage.batch_prompt_tokens > 0


def test_collect_asks_at_the_reasoning_effort_the_batch_was_submitted_with(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """The state keeps the effort: collect's requests match the batch's without the
    option given again (else every answer would be asked again at list price)."""
    server.fallback = _good
    collect, env = _submit_files(server, tmp_path, {"a.txt": ARTICLE}, "--reasoning-effort", "low")
    assert {body.get("reasoning_effort") for body in _uploaded_bodies(server)} == {"low"}
    sent = len(server.requests)
    collected = CliRunner().invoke(app, collect, env=env)
    assert collected.exit_code == 0, collected.output
    assert len(server.requests) == sent, "every answer came from the batch"
    (line,) = (tmp_path / "out.jsonl").read_text().splitlines()
    assert ArticleExtraction.model_validate_json(line).provenance.reasoning_effort == "low"


@pytest.mark.parametrize(
    ("model", "doubted"), [("test-model", True), ("o3-mini", False), ("gpt-4o", False)]
)
def test_submit_warns_of_an_effort_for_a_model_not_known_to_reason(
    server: FakeOpenAIServer, tmp_path: Path, model: str, doubted: bool
) -> None:
    """A deployment's name says nothing of reasoning: should the model refuse the effort,
    every line fails and is asked again at list price, so it is said before billing."""
    server.fallback = _good
    (tmp_path / "a.txt").write_text(ARTICLE)
    options = ["--state", str(tmp_path / "b.json"), "--model", model, "--reasoning-effort", "low"]
    submitted = CliRunner().invoke(
        app, ["batch", "submit", str(tmp_path / "a.txt"), *options], env=_env(server, tmp_path)
    )
    assert submitted.exit_code == 0, submitted.output
    assert ("is not known by name to reason" in submitted.stderr) is doubted
    assert (f"'{model}' is not known" in submitted.stderr) is doubted


def _clean_failure(result: Result) -> str:
    """The message of a command that failed as a usage/configuration error, no traceback."""
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert TEST_KEY not in result.output
    return result.stderr


def test_batch_api_faults_are_retried(server: FakeOpenAIServer, tmp_path: Path) -> None:
    server.fallback = _good
    busy = Reply(error_body(503, "busy"), 503, {"Retry-After": "0"})
    server.batch_api_faults.extend([busy, Reset(), busy])  # the upload, twice; the batch
    collect, env = _submit_files(server, tmp_path, {"a.txt": ARTICLE})
    assert len(server.batches) == 1
    server.batch_api_faults.extend([busy, busy])  # the status read; the answers' download
    server.batch_api_faults.append(busy)
    state = collect[collect.index("--state") + 1]
    shown = CliRunner().invoke(app, ["batch", "status", "--state", state], env=env)
    assert json.loads(shown.stdout)["status"] == "completed"
    sent = len(server.requests)
    collected = CliRunner().invoke(app, collect, env=env)
    assert collected.exit_code == 0, collected.output
    assert len(server.requests) == sent, "every answer came from the batch"


def test_batch_api_errors_are_clean_messages_without_the_key(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    server.fallback = _good
    collect, env = _submit_files(server, tmp_path, {"a.txt": ARTICLE})
    state = collect[collect.index("--state") + 1]
    server.batches.clear()  # the provider knows no such batch
    status = ["batch", "status", "--state", state]
    assert "batch-1" in _clean_failure(CliRunner().invoke(app, status, env=env))
    assert "batch-1" in _clean_failure(CliRunner().invoke(app, collect, env=env))
    echoed = Reply(error_body(401, f"Incorrect API key provided: {TEST_KEY}"), 401)
    server.batch_api_faults.append(echoed)
    assert "401" in _clean_failure(CliRunner().invoke(app, status, env=env))


def test_submit_to_a_dead_endpoint_is_a_clean_failure(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (tmp_path / "a.txt").write_text(ARTICLE)
    env = {
        "OPENAI_BASE_URL": f"http://127.0.0.1:{port}/v1",
        "OPENAI_API_KEY": TEST_KEY,
        "COOPLLM_MODEL": "test-model",
        "COOPLLM_MAX_ATTEMPTS": "2",
    }
    state = tmp_path / "batch.json"
    command = ["batch", "submit", str(tmp_path / "a.txt"), "--state", str(state)]
    said = _clean_failure(CliRunner().invoke(app, command, env=env))
    assert f"(files.create) failed: cannot connect to http://127.0.0.1:{port}: " in said
    assert said.rstrip().endswith(": connection refused"), said
    assert not state.exists()


def test_a_documents_answer_the_batch_lacks_is_asked_through_the_normal_path(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    documents_asked = []

    def answer(body: dict[str, Any]) -> Reply:
        if body["tool_choice"]["function"]["name"] == "SignedDocuments":
            documents_asked.append(body)
            if len(documents_asked) == 1:  # the batch's line for it failed
                return Reply(error_body(500, "line failed"), 500)
        return _good(body)

    server.fallback = answer
    collect, env = _submit_files(server, tmp_path, {"a.txt": ARTICLE})
    sent = len(server.requests)
    collected = CliRunner().invoke(app, collect, env=env)
    assert collected.exit_code == 0, collected.output
    live = [body["tool_choice"]["function"]["name"] for body in server.requests[sent:]]
    assert live == ["SignedDocuments"]
    assert documents_asked[1] == documents_asked[0], "the request the batch did not answer"
    record = json.loads((tmp_path / "out.jsonl").read_text())
    assert record["warnings"] == []


def test_a_state_file_of_the_old_format_is_a_clear_usage_error(tmp_path: Path) -> None:
    """Its batch's requests drifted from the normal path's: none of them would match."""
    state = tmp_path / "old.json"
    item = {"source": "a.txt", "text_sha256": "0" * 64, "published": None}
    old = {"batch_id": "batch-1", "input_file_id": "file-1", "model": "m", "items": {"a0": item}}
    state.write_text(json.dumps(old))
    shown = CliRunner().invoke(app, ["batch", "status", "--state", str(state)])
    assert "another version of coopllm" in _clean_failure(shown)
    assert "a.txt" not in shown.stderr


def _submit_collect_line(tmp_path: Path) -> list[str]:
    folder, state, out = (str(tmp_path / name) for name in ("in", "batch.json", "out.jsonl"))
    return ["batch", "collect", folder, "--state", state, "--out", out]


def _submit_in_parts(server: FakeOpenAIServer, tmp_path: Path, **limits: int) -> list[str]:
    """Four articles submitted (five requests: they share the documents pass) with these
    limits per batch, through the API; the collect command line for them."""
    server.fallback = _good
    folder, state = tmp_path / "in", tmp_path / "batch.json"
    folder.mkdir()
    for n in range(4):
        (folder / f"{n}.txt").write_text(ARTICLE + f"\nEdition {n}.")
    collect = _submit_collect_line(tmp_path)
    settings = Settings(**{"base_url": server.base_url, "api_key": TEST_KEY,
                           "model": "test-model", "cache_dir": tmp_path / "cache"})  # fmt: skip

    def save(job: BatchState) -> None:
        state.write_text(job.model_dump_json())

    async def run() -> None:
        client = build_openai_client(settings)
        try:
            await submit(client, settings, iter_inputs([str(folder)]), save=save, **limits)
        finally:
            await client.close()

    asyncio.run(run())
    return collect


@pytest.mark.parametrize("limits", [{"max_requests": 3}, {"max_bytes": 12_000}])
def test_submit_splits_the_requests_into_batches_within_the_providers_limits(
    server: FakeOpenAIServer, tmp_path: Path, limits: dict[str, int]
) -> None:
    collect, env = _submit_in_parts(server, tmp_path, **limits), _env(server, tmp_path)
    job = json.loads((tmp_path / "batch.json").read_text())
    files = [server.files[batch["input_file_id"]] for batch in job["batches"]]
    assert len(files) == len(server.batches) > 1
    assert all(len(f.splitlines()) <= limits.get("max_requests", 5) for f in files)
    assert all(len(f) <= limits.get("max_bytes", 10**9) for f in files)
    assert len(_uploaded_bodies(server)) == 5
    state = collect[collect.index("--state") + 1]
    shown = CliRunner().invoke(app, ["batch", "status", "--state", state], env=env)
    totals = {k: v for k, v in json.loads(shown.stdout).items() if k != "batches"}
    assert totals == {"status": "completed", "total": 5, "completed": 5, "failed": 0}
    sent = len(server.requests)
    collected = CliRunner().invoke(app, collect, env=env)
    assert collected.exit_code == 0, collected.output
    assert _sources(tmp_path) == ["0.txt", "1.txt", "2.txt", "3.txt"]
    assert len(server.requests) == sent, "every answer came from one of the batches"


def test_the_batches_started_before_a_failure_are_saved_and_collected(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    refused = Reply(error_body(400, "batch quota reached"), 400)
    server.batch_api_faults.extend([None, None, None, refused])  # the second batch
    with pytest.raises(ProviderBatchError, match="batch quota reached"):
        _submit_in_parts(server, tmp_path, max_requests=3)
    job = json.loads((tmp_path / "batch.json").read_text())
    assert [batch["batch_id"] for batch in job["batches"]] == ["batch-1"]
    collect, env = _submit_collect_line(tmp_path), _env(server, tmp_path)
    sent = len(server.requests)
    collected = CliRunner().invoke(app, collect, env=env)
    assert collected.exit_code == 0, collected.output
    assert _sources(tmp_path) == ["0.txt", "1.txt", "2.txt", "3.txt"]
    assert len(server.requests) - sent == 2, "the two requests of the batch never started"


def test_a_batch_failed_as_a_whole_does_not_waste_the_others_answers(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """One of a split submit's batches failed (over the queued-token limit): the answers
    of the others, paid for, are used; its requests are asked at the endpoint, said."""
    collect = _submit_in_parts(server, tmp_path, max_requests=3)
    assert len(server.batches) == 2
    server.batches["batch-2"].update(
        status="failed", output_file_id=None,
        errors={"object": "list", "data": [{"message": "enqueued token limit reached"}]},
    )  # fmt: skip
    sent = len(server.requests)
    collected = CliRunner().invoke(app, collect, env=_env(server, tmp_path))
    assert collected.exit_code == 0, collected.output
    assert _sources(tmp_path) == ["0.txt", "1.txt", "2.txt", "3.txt"]
    assert len(server.requests) - sent == 2, "only the failed batch's two requests"
    said = ("batch batch-2 failed as a whole: enqueued token limit reached; its requests are "
            "asked at the endpoint, at list price")  # fmt: skip
    assert said in collected.stderr, collected.stderr


def test_collect_downloads_nothing_while_one_of_the_batches_still_runs(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """Every batch's status is read before any answers are downloaded: they may be
    gigabytes, and a collect that then refuses would have fetched them for nothing."""
    collect = _submit_in_parts(server, tmp_path, max_requests=3)
    server.batches["batch-2"]["status"] = "in_progress"
    answers = server.batches["batch-1"]["output_file_id"]
    collected = CliRunner().invoke(app, collect, env=_env(server, tmp_path))
    assert collected.exit_code == 2 and "batch-2 is in_progress" in collected.stderr
    assert server.files_read.count(answers) == 0


def test_answers_the_provider_no_longer_has_point_to_extract(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """Output files expire: collect cannot use them, and says what will still work."""
    collect = _submit_in_parts(server, tmp_path, max_requests=10)
    (batch,) = server.batches.values()
    del server.files[batch["output_file_id"]]
    collected = CliRunner().invoke(app, collect, env=_env(server, tmp_path))
    assert collected.exit_code == 2, collected.output
    assert "no longer has the batch's answers" in collected.stderr, collected.stderr
    assert "`coopllm extract` on the same paths" in collected.stderr


def test_lines_of_a_batch_output_that_are_no_answers_are_asked_at_the_endpoint(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """A torn line, a `null`, a line with no custom_id: counted and said, no traceback; a
    failed line is no such line; a later invalid answer to a request an earlier line
    answered well does not replace it."""
    collect = _submit_in_parts(server, tmp_path, max_requests=10)
    (batch,) = server.batches.values()
    lines = server.files[batch["output_file_id"]].decode().splitlines()
    duplicate = json.loads(lines[0])
    duplicate["response"]["body"]["choices"] = []
    failed = json.loads(lines[3])
    failed["response"] = {"status_code": 500, "body": {"error": {"message": "busy"}}}
    damaged = [lines[0], json.dumps(duplicate), lines[1], lines[2][:30], "null",
               json.dumps({"x": 1}), json.dumps(failed), lines[4]]  # fmt: skip
    server.files[batch["output_file_id"]] = "\n".join(damaged).encode()
    sent = len(server.requests)
    collected = CliRunner().invoke(app, collect, env=_env(server, tmp_path))
    assert collected.exit_code == 0, collected.output
    assert _sources(tmp_path) == ["0.txt", "1.txt", "2.txt", "3.txt"]
    assert len(server.requests) - sent == 2, "the torn line's and the failed line's"
    said = "batch batch-1: lines of its answers that are no answers (not JSON, or no custom_id): 3"
    assert said in collected.stderr, collected.stderr


def test_an_answer_holding_a_line_separator_is_one_line(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """Output files may carry non-ASCII raw: a U+2028 or U+0085 inside an answer's JSON is
    no line break (``str.splitlines`` took it for one, and the answer was asked again at
    list price)."""
    collect = _submit_in_parts(server, tmp_path, max_requests=10)
    (batch,) = server.batches.values()
    rows = [json.loads(line) for line in server.files[batch["output_file_id"]].splitlines()]
    for row in rows:
        row["response"]["body"]["system_fingerprint"] = "fp\u2028\u2029\x85"
    raw = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    server.files[batch["output_file_id"]] = raw.encode()
    sent = len(server.requests)
    collected = CliRunner().invoke(app, collect, env=_env(server, tmp_path))
    assert collected.exit_code == 0, collected.output
    assert _sources(tmp_path) == ["0.txt", "1.txt", "2.txt", "3.txt"]
    assert len(server.requests) == sent, "every answer came from the batch"
    assert "no answers" not in collected.stderr, collected.stderr


def test_a_download_cut_off_half_way_starts_again(server: FakeOpenAIServer, tmp_path: Path) -> None:
    """However long the download took: the retry time cap is for waits (a download of
    gigabytes may outlast it), attempts bound the downloads."""
    collect = _submit_in_parts(server, tmp_path, max_requests=10)
    server.batch_api_faults.extend([None, Cut(), Cut()])  # the status read; two downloads
    sent = len(server.requests)
    env = {**_env(server, tmp_path), "COOPLLM_MAX_RETRY_SECONDS": "0.001"}
    collected = CliRunner().invoke(app, collect, env=env)
    assert collected.exit_code == 0, collected.output
    assert _sources(tmp_path) == ["0.txt", "1.txt", "2.txt", "3.txt"]
    assert len(server.requests) == sent, "every answer came from the batch"
    assert not server.batch_api_faults, "both cut downloads were asked for"


def test_a_download_that_keeps_breaking_off_is_a_clean_failure(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    collect = _submit_in_parts(server, tmp_path, max_requests=10)
    server.batch_api_faults.extend([None, *[Cut()] * 10])
    env = {**_env(server, tmp_path), "COOPLLM_MAX_ATTEMPTS": "2"}
    failed = _clean_failure(CliRunner().invoke(app, collect, env=env))
    assert "downloading the answers of batch batch-1" in failed, failed
    assert "the download broke off" in failed and "still failing after retries" in failed
    assert not (tmp_path / "out.jsonl").exists()


def _stores(tmp_path: Path) -> list[Path]:
    """The stores of batches' answers that collect keeps in the cache directory."""
    kept = tmp_path / "cache" / "batch-answers"
    return sorted(kept.iterdir()) if kept.is_dir() else []


def test_a_collect_that_failed_takes_the_answers_it_downloaded_whole_from_its_store(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """The first batch's answers were downloaded whole before the second's download kept
    breaking off: the next collect downloads only the second's (a download that broke
    off is never taken for a whole one), and removes the store once it wrote them all."""
    collect = _submit_in_parts(server, tmp_path, max_requests=3)
    first, second = (batch["output_file_id"] for batch in server.batches.values())
    server.batch_api_faults.extend([None, None, None, Cut(), Cut()])  # 2 reads, 3 downloads
    env = {**_env(server, tmp_path), "COOPLLM_MAX_ATTEMPTS": "2"}
    assert "the download broke off" in _clean_failure(CliRunner().invoke(app, collect, env=env))
    (store,) = _stores(tmp_path)
    assert TEST_KEY not in str(store) and "127.0.0.1" not in str(store)
    sent = len(server.requests)
    collected = CliRunner().invoke(app, collect, env=env)
    assert collected.exit_code == 0, collected.output
    assert _sources(tmp_path) == ["0.txt", "1.txt", "2.txt", "3.txt"]
    assert len(server.requests) == sent, "every answer came from the batches"
    assert (server.files_read.count(first), server.files_read.count(second)) == (1, 3)
    said = "batch batch-1: its answers, downloaded whole by an earlier collect, are taken from "
    assert f"{said}{store}" in collected.stderr, collected.stderr
    assert _stores(tmp_path) == [], "every record written: the answers are removed"


def test_a_collect_killed_leaves_its_answers_to_the_next(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """SIGKILL while the records are made: the answers downloaded stay in the cache
    directory (not in a temporary one nothing removes), and the next collect takes them
    from there instead of downloading them again."""
    server.batch_expire_after = 4  # four articles are asked at the endpoint...
    server.fallback = _good
    server.latency = 30.0  # ...where they wait
    run, command, env = _collecting(server, tmp_path)
    _until(lambda: len(server.requests) > 4, run)
    run.kill()
    run.wait(timeout=60)
    assert len(_stores(tmp_path)) == 1
    server.latency = 0.0
    again = subprocess.run(command, env=env, timeout=120, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert _sources(tmp_path) == [f"a{i}.txt" for i in range(8)]
    (batch,) = server.batches.values()
    assert server.files_read.count(batch["output_file_id"]) == 1, "downloaded again"
    assert _stores(tmp_path) == []


def test_the_answers_stay_for_the_collect_that_retries_an_article_of_the_batch(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """An article of the batch failed (its request the batch did not answer failed at
    the endpoint): the store stays, said, for the collect that retries it, which reads it
    instead of downloading the answers again. An article that was not in the batch
    failing (blank.txt) keeps no store."""
    server.batch_expire_after = 2  # b.txt's extraction is asked at the endpoint
    collect, env = _submitted(server, tmp_path)
    (tmp_path / "in" / "blank.txt").write_text("  ")
    good = server.fallback
    server.fallback = lambda body: Reply(error_body(400, "malformed request"), 400)
    failed = CliRunner().invoke(app, collect, env=env)
    assert failed.exit_code == 1, failed.output
    assert _sources(tmp_path) == ["a.txt"]
    (store,) = _stores(tmp_path)
    said = f"the batches' answers stay in {store} for the collect that retries the 1 failed"
    assert said in failed.stderr, failed.stderr
    server.fallback = good
    again = CliRunner().invoke(app, collect, env=env)
    assert again.exit_code == 1, again.output  # blank.txt, again
    assert _sources(tmp_path) == ["a.txt", "b.txt"]
    (batch,) = server.batches.values()
    assert server.files_read.count(batch["output_file_id"]) == 1, "downloaded again"
    assert _stores(tmp_path) == [] and "stay in" not in again.stderr


def test_cache_info_counts_the_batch_answers_kept_and_clear_frees_them(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """Gigabytes at 100,000 articles: the cache's commands say and free them as the rest."""
    server.batch_expire_after = 2
    collect, env = _submitted(server, tmp_path)
    server.fallback = lambda body: Reply(error_body(400, "malformed request"), 400)
    assert CliRunner().invoke(app, collect, env=env).exit_code == 1
    (store,) = _stores(tmp_path)
    info = CliRunner().invoke(app, ["cache", "info"], env=env)
    assert info.exit_code == 0, info.output
    assert "the answers of 1 provider batches kept for a collect to come" in info.stdout
    assert str(store.parent) in info.stdout
    cleared = CliRunner().invoke(app, ["cache", "clear", "--yes"], env=env)
    assert cleared.exit_code == 0, cleared.output
    assert "and 1 batches' answers" in cleared.stdout and _stores(tmp_path) == []
    assert "provider batches" not in CliRunner().invoke(app, ["cache", "info"], env=env).stdout


def test_collect_writes_csv(server: FakeOpenAIServer, tmp_path: Path) -> None:
    collect = _submit_in_parts(server, tmp_path, max_requests=10)
    csv_out = str(tmp_path / "out.csv")
    command = [*collect[: collect.index("--out")], "--out", csv_out, "--format", "csv"]
    collected = CliRunner().invoke(app, command, env=_env(server, tmp_path))
    assert collected.exit_code == 0, collected.output
    with open(csv_out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted({row["source"] for row in rows}) == ["0.txt", "1.txt", "2.txt", "3.txt"]


def test_collect_asks_as_the_batch_was_submitted_whatever_its_environment(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """Another max_tokens or mode where collect runs: the batch's settings are used, and
    the run says so; else no request would match the batch's answers."""
    server.fallback = _good
    collect, env = _submit_files(server, tmp_path, {"a.txt": ARTICLE})
    sent = len(server.requests)
    other = {**env, "COOPLLM_MAX_TOKENS": "1000", "COOPLLM_MODE": "json_schema"}
    collected = CliRunner().invoke(app, collect, env=other)
    assert collected.exit_code == 0, collected.output
    assert len(server.requests) == sent, "every answer came from the batch"
    assert (
        "asked as the batch was submitted: mode tools (not json_schema), max_tokens 2048 "
        "(not 1000)" in collected.stderr
    ), collected.stderr


def test_a_state_file_that_does_not_say_how_it_asked_is_collected_as_configured(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """State files written before coopllm kept the settings: collect asks as its own
    environment says, as it did then."""
    server.fallback = _good
    collect, env = _submit_files(server, tmp_path, {"a.txt": ARTICLE})
    state = tmp_path / "batch.json"
    job = json.loads(state.read_text())
    del job["asked_with"]
    state.write_text(json.dumps(job))
    sent = len(server.requests)
    collected = CliRunner().invoke(app, collect, env={**env, "COOPLLM_MAX_TOKENS": "1000"})
    assert collected.exit_code == 0, collected.output
    assert len(server.requests) - sent == 2, "asked at max_tokens 1000: no answer matched"


def test_collect_says_when_the_requests_changed_since_submit(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """Another model asked for: no request matches the batch's, all are asked at list
    price, and the run says the answers went unused."""
    server.fallback = _good
    collect, env = _submit_files(server, tmp_path, {"a.txt": ARTICLE})
    sent = len(server.requests)
    collected = CliRunner().invoke(app, [*collect, "--model", "other-model"], env=env)
    assert collected.exit_code == 0, collected.output
    assert len(server.requests) - sent == 2
    assert "2 of the batches' 2 answers were not used" in collected.stderr


def test_collect_refuses_to_start_when_the_prompt_templates_changed(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """No request would match: rather than ask the whole batch again at list price, it
    stops before reading the batch, and says what to do."""
    server.fallback = _good
    collect, env = _submit_files(server, tmp_path, {"a.txt": ARTICLE})
    edited = tmp_path / "prompts"
    shutil.copytree(prompts_dir(), edited)
    with (edited / "system.md").open("a", encoding="utf-8") as system:
        system.write("\nOne more rule.\n")
    sent, reads = len(server.requests), server.batch_status_reads
    collected = CliRunner().invoke(app, collect, env={**env, "COOPLLM_PROMPTS_DIR": str(edited)})
    assert collected.exit_code == 2, collected.output
    assert "the prompt templates changed since the batch was submitted" in collected.stderr
    assert (len(server.requests), server.batch_status_reads) == (sent, reads)
    assert not (tmp_path / "out.jsonl").exists()


def test_submit_with_nothing_to_submit_starts_no_batch(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    (tmp_path / "empty.txt").write_text(" ")
    state = tmp_path / "batch.json"
    command = ["batch", "submit", str(tmp_path / "empty.txt"), "--state", str(state)]
    submitted = CliRunner().invoke(app, command, env=_env(server, tmp_path))
    assert submitted.exit_code == 1
    assert "empty.txt" in submitted.stderr and "nothing to submit" in submitted.stderr
    assert not server.files and not server.batches and not state.exists()


def test_submit_leaves_out_what_the_output_holds(server: FakeOpenAIServer, tmp_path: Path) -> None:
    """A second batch for an archive half extracted: the articles the output holds are
    not billed again, the output in the input folder is not read as input, and collect
    with that output writes the rest from the batch."""
    server.fallback = _good
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    out = folder / "out.jsonl"
    env = _env(server, tmp_path)
    extracted = CliRunner().invoke(app, ["extract", str(folder / "a.txt"), "-o", str(out)], env=env)
    assert extracted.exit_code == 0, extracted.output
    (folder / "b.txt").write_text(ARTICLE + "\nAnother edition.")
    state = tmp_path / "batch.json"
    submit = ["batch", "submit", str(folder), "--state", str(state), "--out", str(out)]
    submitted = CliRunner().invoke(app, submit, env=env)
    assert submitted.exit_code == 0, submitted.output
    assert f"left out 1 articles {out} already holds" in submitted.stderr, submitted.stderr
    items = json.loads(state.read_text())["items"].values()
    assert [item["source"] for item in items] == ["b.txt"]
    drafts = [json.dumps(line) for line in _uploaded_lines(server) if "SignedDocuments" not in
              line["body"]["tool_choice"]["function"]["name"]]  # fmt: skip
    assert len(drafts) == 1 and "Another edition" in drafts[0], "a.txt's is not billed again"
    sent = len(server.requests)
    collect = ["batch", "collect", str(folder), "--state", str(state), "--out", str(out)]
    collected = CliRunner().invoke(app, collect, env=env)
    assert collected.exit_code == 0, collected.output
    sources = [json.loads(line)["source"] for line in out.read_text().splitlines()]
    assert sources == ["a.txt", "b.txt"]
    assert len(server.requests) == sent, "b.txt's answers came from the batch"
    again = CliRunner().invoke(app, [*submit[:4], str(tmp_path / "again.json"), *submit[5:]],
                               env=env)  # fmt: skip
    assert again.exit_code == 0, again.output
    assert "left out 2 articles" in again.stderr and "nothing to submit" in again.stderr
    assert len(server.batches) == 1 and not (tmp_path / "again.json").exists()


def test_submit_leaves_out_a_file_the_output_holds_under_its_other_name(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """Extracted as ``001.txt`` (``extract 2023/``), submitted with 2024/ beside it (both
    hold a 001.txt: ``2023/001.txt``): not billed again."""
    server.fallback = _good
    for year in ("2023", "2024"):
        (tmp_path / year).mkdir()
        (tmp_path / year / "001.txt").write_text(f"{ARTICLE}\nEdition {year}.")
    out, env = tmp_path / "out.jsonl", _env(server, tmp_path)
    extracted = CliRunner().invoke(app, ["extract", str(tmp_path / "2023"), "-o", str(out)],
                                   env=env)  # fmt: skip
    assert extracted.exit_code == 0, extracted.output
    state = tmp_path / "batch.json"
    submit = ["batch", "submit", str(tmp_path / "2023"), str(tmp_path / "2024"), "--state",
              str(state), "--out", str(out)]  # fmt: skip
    submitted = CliRunner().invoke(app, submit, env=env)
    assert submitted.exit_code == 0, submitted.output
    assert f"left out 1 articles {out} already holds" in submitted.stderr, submitted.stderr
    items = json.loads(state.read_text())["items"].values()
    assert [item["source"] for item in items] == [(tmp_path / "2024" / "001.txt").as_posix()]


def test_collect_says_the_articles_it_asks_at_list_price_because_not_submitted(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    collect, env = _submitted(server, tmp_path)
    (tmp_path / "in" / "new.txt").write_text(ARTICLE + "\nA third edition.")
    (tmp_path / "in" / "blank.txt").write_text("  ")  # fails before any request: not counted
    collected = CliRunner().invoke(app, collect, env=env)
    assert collected.exit_code == 1, collected.output  # blank.txt failed, the rest written
    assert "blank.txt: [empty_article]" in collected.stderr
    said = "new.txt was not in the batch: it is asked at the endpoint, at list price"
    assert said in collected.stderr, collected.stderr
    assert "1 articles of PATH... were not in the batch" in collected.stderr
    again = CliRunner().invoke(app, collect, env=env)  # all written now: nothing to say
    assert "not in the batch" not in again.stderr, again.stderr
    assert "were not used" not in again.stderr, again.stderr


def test_the_files_submitted_given_to_collect_by_another_path_were_in_the_batch(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """Submitted as root/ (source news/a.txt), collected as root/news/ (source a.txt):
    another name, the same requests; no warning of a price not paid."""
    _, env = _submitted(server, tmp_path)  # the fallback and the environment
    root = tmp_path / "root"
    (root / "news").mkdir(parents=True)
    (root / "news" / "a.txt").write_text(ARTICLE)
    state = str(tmp_path / "root.json")
    submitted = CliRunner().invoke(app, ["batch", "submit", str(root), "--state", state], env=env)
    assert submitted.exit_code == 0, submitted.output
    sent = len(server.requests)
    elsewhere = ["batch", "collect", str(root / "news"), "--state", state, "--out",
                 str(tmp_path / "root.jsonl")]  # fmt: skip
    collected = CliRunner().invoke(app, elsewhere, env=env)
    assert collected.exit_code == 0, collected.output
    assert "not in the batch" not in collected.stderr, collected.stderr
    assert len(server.requests) == sent


def test_submit_refuses_an_out_that_is_no_output(server: FakeOpenAIServer, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    notes = tmp_path / "notes.jsonl"
    notes.write_text('{"hello": 1}\n')
    state = tmp_path / "batch.json"
    command = ["batch", "submit", str(tmp_path / "a.txt"), "--state", str(state), "--out",
               str(notes)]  # fmt: skip
    failed = _clean_failure(CliRunner().invoke(app, command, env=_env(server, tmp_path)))
    assert "notes.jsonl" in failed and "not a coopllm jsonl record" in failed, failed
    assert not server.files and not server.batches and not state.exists()


@pytest.mark.parametrize("command", [["batch", "submit"], ["record"]])
def test_commands_that_need_the_endpoint_refuse_offline_mode(
    server: FakeOpenAIServer, tmp_path: Path, command: list[str]
) -> None:
    """A review's find: offline mode set in the environment failed these with "no
    cassette", and told ``coopllm record`` to run ``coopllm record``."""
    (tmp_path / "a.txt").write_text(ARTICLE)
    state = tmp_path / "batch.json"
    more = ["--state", str(state)] if command[0] == "batch" else ["--cassettes", str(tmp_path)]
    env = {**_env(server, tmp_path), "COOPLLM_OFFLINE": "1"}
    ran = CliRunner().invoke(app, [*command, str(tmp_path / "a.txt"), *more], env=env)
    failed = _clean_failure(ran)
    assert f"coopllm {' '.join(command)} needs the endpoint itself" in failed, failed
    assert "COOPLLM_OFFLINE" in failed
    assert not server.files and not server.requests and not state.exists()


def test_collect_refuses_an_out_that_is_no_output_before_it_downloads(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """A user's own file given as --out: refused at once, as a run appending to it would
    be, not after polling and downloading the batch's answers."""
    collect, env = _submitted(server, tmp_path)
    notes = tmp_path / "notes.jsonl"
    notes.write_text('{"hello": 1}\n')
    command = [*collect[: collect.index("--out")], "--out", str(notes)]
    failed = _clean_failure(CliRunner().invoke(app, command, env=env))
    assert "notes.jsonl" in failed and "resume appends only to an output" in failed, failed
    assert server.files_read == [] and notes.read_text() == '{"hello": 1}\n'


def test_the_answers_outlive_their_store_until_it_is_removed(tmp_path: Path) -> None:
    """Closed (a collect that stopped), the store keeps its answers and the output files
    downloaded whole, for the next collect; removed, it is gone."""
    folder = tmp_path / "answers"
    store = AnswerStore(folder)
    store.put("k1", {"choices": []})
    store.mark_downloaded("file-1", 2)
    assert any(folder.iterdir()), "answers are kept on disk, not in memory"
    store.close()
    again = AnswerStore(folder)
    assert again.get("k1") == {"choices": []} and again.get("k2") is None and len(again) == 1
    assert again.downloaded("file-1") == 2 and again.downloaded("file-2") is None
    again.remove()
    assert not folder.exists()


def test_answers_the_disk_cannot_keep_are_a_typed_error(tmp_path: Path) -> None:
    """A disk that fills up under a big batch's answers: a big answer is a file beside
    the database, and here a file stands where its directory must go."""
    store = AnswerStore(tmp_path / "answers")
    try:
        shutil.rmtree(store.directory)
        store.directory.write_text("not a directory")
        with pytest.raises(ProviderBatchError, match=r"point COOPLLM_CACHE_DIR at a disk with"):
            store.put("big", {"choices": [{"text": "x" * 100_000}]})
        store.directory.unlink()
        store.directory.mkdir()  # for remove to remove
    finally:
        store.remove()


def test_a_cache_directory_that_cannot_keep_the_answers_is_a_typed_error(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """Collect keeps the batches' answers in the cache directory: one where they cannot
    go (full, not a directory) is said, with what to do, not a traceback."""
    collect, env = _submitted(server, tmp_path)
    (tmp_path / "cache").mkdir(exist_ok=True)
    (tmp_path / "cache" / "batch-answers").write_text("not a directory")
    failed = _clean_failure(CliRunner().invoke(app, collect, env=env))
    assert f"cannot keep the batches' answers in {tmp_path / 'cache' / 'batch-answers'}" in failed
    assert "point COOPLLM_CACHE_DIR at a disk with room, then collect again" in failed, failed
    assert not (tmp_path / "out.jsonl").exists()


def test_a_temporary_directory_that_cannot_be_used_is_a_typed_error(
    server: FakeOpenAIServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Submit writes its requests under TMPDIR: one that cannot be used (full, gone, not
    a directory) is said, with what to do, before any upload, not a traceback."""
    (tmp_path / "a.txt").write_text(ARTICLE)
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("")
    monkeypatch.setattr(tempfile, "tempdir", str(blocked))
    state = tmp_path / "batch.json"
    command = ["batch", "submit", str(tmp_path / "a.txt"), "--state", str(state)]
    failed = _clean_failure(CliRunner().invoke(app, command, env=_env(server, tmp_path)))
    assert "cannot write the batch's requests in the temporary directory" in failed, failed
    assert "point TMPDIR at a disk with room" in failed
    assert not server.files and not server.batches and not state.exists()


def test_a_batch_started_whose_answer_was_lost_is_not_started_twice(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    server.fallback = _good
    server.batch_answers_lost = 1  # batches.create starts it, then the connection resets
    collect, env = _submit_files(server, tmp_path, {"a.txt": ARTICLE})
    assert len(server.batches) == 1, "one batch, billed once"
    state = json.loads(Path(collect[collect.index("--state") + 1]).read_text())
    assert [b["batch_id"] for b in state["batches"]] == list(server.batches)
    assert CliRunner().invoke(app, collect, env=env).exit_code == 0


class _StateDirectoryGone(FakeOpenAIServer):
    """Removes the state file's directory as the batch starts: the state cannot be saved."""

    def __init__(self, doomed: Path) -> None:
        super().__init__()
        self.doomed = doomed

    def _run_batch(self, request: dict[str, Any]) -> dict[str, Any]:
        shutil.rmtree(self.doomed)
        return super()._run_batch(request)


def test_a_state_that_cannot_be_written_names_the_billed_batch(tmp_path: Path) -> None:
    doomed = tmp_path / "states"
    doomed.mkdir()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    with _StateDirectoryGone(doomed) as server:
        env = {
            "OPENAI_BASE_URL": server.base_url,
            "OPENAI_API_KEY": TEST_KEY,
            "COOPLLM_MODEL": "test-model",
            "COOPLLM_CACHE_DIR": str(tmp_path / "cache"),
        }
        state = doomed / "batch.json"
        result = CliRunner().invoke(
            app, ["batch", "submit", str(folder), "--state", str(state)], env=env
        )
        (batch_id,) = server.batches
    assert result.exit_code == 2
    assert f"cannot write {state}: No such file or directory" in result.stderr
    assert f"batch {batch_id} was started and is recorded nowhere" in result.stderr
    assert "are in" not in result.stderr, "no state file holds it"


async def test_collect_heeds_the_limits_its_endpoint_announces(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """A request the batches did not answer goes to the endpoint within the rate limits,
    and those left unset become the ones its first answer announces."""
    server.fallback = lambda b: Reply(
        completion(GOOD_ANSWER), headers={"x-ratelimit-limit-tokens": "6000"}
    )
    settings = Settings(base_url=server.base_url, api_key=TEST_KEY, cache_dir=tmp_path)
    limits = RateLimits(settings)
    transport = BatchAnswers(AnswerStore(tmp_path / "answers"), http_client_for(settings), limits)
    client = openai.AsyncOpenAI(base_url=server.base_url, api_key="k",
                                http_client=httpx2.AsyncClient(transport=transport))  # fmt: skip
    try:
        await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    finally:
        await client.close()
        await transport.aclose()
    assert len(server.requests) == 1 and limits.per_minute == (None, 6000)
