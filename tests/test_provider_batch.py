"""coopllm batch submit | status | collect against the fake server's Batch API."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from conftest import ARTICLE, GOOD_ANSWER, TEST_KEY
from typer.testing import CliRunner

from coopllm.cli import app
from coopllm.testing import FakeOpenAIServer, Reply, completion


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
    }
    state = tmp_path / "batch.json"
    runner = CliRunner()
    submitted = runner.invoke(app, ["batch", "submit", str(folder), "--state", str(state)], env=env)
    assert submitted.exit_code == 0, submitted.output
    assert "empty.txt" in submitted.stderr
    job = json.loads(state.read_text())
    assert sorted(item["source"] for item in job["items"].values()) == ["first.txt", "second.txt"]
    assert "Riverbend" not in state.read_text(), "the state file holds no article text"
    batch_lines = server.files[job["input_file_id"]].decode().splitlines()
    assert len(batch_lines) == 4  # two articles, two passes each

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
    # Only the invalid article went through the normal path: its two passes.
    assert len(server.requests) - before == 2
    # Each completion here is 100 + 50 tokens. The batch billed both articles' two answers
    # (at its discount), the invalid ones too; the re-asked article also paid list price.
    first, second = records["first.txt"]["usage"], records["second.txt"]["usage"]
    assert (first["prompt_tokens"], first["batch_prompt_tokens"]) == (200, 200)
    assert (first["completion_tokens"], first["batch_completion_tokens"]) == (100, 100)
    assert (second["prompt_tokens"], second["batch_prompt_tokens"]) == (400, 200)
    assert second["requests"] == 4
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
    sent = len(server.requests)
    waited = CliRunner().invoke(app, [*collect, "--wait", "--poll-seconds", "0.01"], env=env)
    assert waited.exit_code == 0, waited.output
    assert _sources(tmp_path) == ["a.txt", "b.txt"]
    assert len(server.requests) == sent, "every answer came from the batch"


def test_an_expired_batch_gives_what_it_has_and_the_rest_goes_the_normal_path(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    server.batch_expire_after = 2  # the first article's two passes, nothing for the second
    collect, env = _submitted(server, tmp_path)
    sent = len(server.requests)
    collected = CliRunner().invoke(app, collect, env=env)
    assert collected.exit_code == 0, collected.output
    assert _sources(tmp_path) == ["a.txt", "b.txt"]
    assert len(server.requests) - sent == 2  # the second article's two passes


def test_a_batch_rejected_as_a_whole_fails_typed_with_the_reason(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    server.batch_rejection = "line 3: model not found"
    collect, env = _submitted(server, tmp_path)
    collected = CliRunner().invoke(app, [*collect, "--wait", "--poll-seconds", "0.01"], env=env)
    assert collected.exit_code == 2
    assert "failed as a whole: line 3: model not found" in collected.stderr
