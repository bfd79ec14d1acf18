"""The CLI's outputs, usage errors and exit codes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ARTICLE, GOOD_ANSWER, cli_env, unset_own_env
from typer.testing import CliRunner

from coopllm.cli import LISTED_FAILURES, app
from coopllm.files import write_atomically
from coopllm.testing import FakeOpenAIServer, Reply, completion


def _env(server: FakeOpenAIServer, tmp_path: Path) -> dict[str, str]:
    return cli_env(server, tmp_path / "cache", documents_pass=False)


def test_cli_writes_records_and_lists_failures(server: FakeOpenAIServer, tmp_path: Path) -> None:
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(ARTICLE)
    (tmp_path / "in" / "empty.txt").write_text("  ")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app, ["extract", str(tmp_path / "in"), "--out", str(out)], env=_env(server, tmp_path)
    )
    assert result.exit_code == 1, result.output
    assert "empty.txt" in result.stderr and "empty_article" in result.stderr
    lines = out.read_text().splitlines()
    assert [json.loads(line)["source"] for line in lines] == ["good.txt"]
    errors = (tmp_path / "out.errors.jsonl").read_text().splitlines()
    assert json.loads(errors[0])["code"] == "empty_article"


def test_cli_csv_and_all_done_exit_zero(server: FakeOpenAIServer, tmp_path: Path) -> None:
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    article = tmp_path / "good.txt"
    article.write_text(ARTICLE)
    out = tmp_path / "out.csv"
    args = ["extract", str(article), "--out", str(out), "--format", "csv"]
    result = CliRunner().invoke(app, args, env=_env(server, tmp_path))
    assert result.exit_code == 0, result.output
    header, row = out.read_text().splitlines()[:2]
    assert header.startswith("source,text_sha256,agreement_index")
    assert "Riverbend University; Northgate Robotics Co., Ltd." in row


@pytest.mark.parametrize(
    ("out", "fmt", "first"),
    [("n.csv", None, "source,text_sha256,agreement_index"), ("u.CSV", None, "source,"),
     ("j.out", "jsonl", '{"source"'), ("c.out", "csv", "source,"), ("n.jsonl", None, "{")],
)  # fmt: skip
def test_an_output_ending_csv_is_written_as_csv_unless_told(
    server: FakeOpenAIServer, tmp_path: Path, out: str, fmt: str | None, first: str
) -> None:
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    article = tmp_path / "good.txt"
    article.write_text(ARTICLE)
    args = ["extract", str(article), "--out", str(tmp_path / out)]
    args += ["--format", fmt] if fmt else []
    result = CliRunner().invoke(app, args, env=_env(server, tmp_path))
    assert result.exit_code == 0, result.output
    assert (tmp_path / out).read_text().startswith(first)


@pytest.mark.parametrize(
    ("out", "fmt"), [("f1.jsonl", "csv"), ("f2.csv", "jsonl"), ("f3.CSV", "jsonl")]
)
def test_a_format_that_the_outputs_suffix_contradicts_is_a_usage_error(
    server: FakeOpenAIServer, tmp_path: Path, out: str, fmt: str
) -> None:
    """CSV written into a .jsonl file (or JSONL into a .csv) without a word, which
    estimate, eval and a resume then refused."""
    article = tmp_path / "good.txt"
    article.write_text(ARTICLE)
    args = ["extract", str(article), "--out", str(tmp_path / out), "--format", fmt]
    result = CliRunner().invoke(app, args, env=_env(server, tmp_path))
    assert result.exit_code == 2, result.output
    suffix = out.rpartition(".")[2].lower()
    assert result.stderr.splitlines() == [
        f"coopllm: --format {fmt} does not match the .{suffix} output {tmp_path / out}: drop "
        f"--format, or give an --out ending .{fmt}"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.txt"], "no file made"
    collect = ["batch", "collect", str(article), "--state", "s.json", "-o", out, "--format", fmt]
    refused = CliRunner().invoke(app, collect, env=_env(server, tmp_path))
    assert refused.exit_code == 2 and "does not match" in refused.stderr, refused.output


def test_a_csv_and_a_jsonl_output_of_one_name_keep_their_own_errors(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    article = tmp_path / "good.txt"
    article.write_text(ARTICLE)
    env = _env(server, tmp_path)
    server.fallback = lambda body: Reply({"error": {"message": "down"}}, status=400)
    as_jsonl = ["extract", str(article), "--out", str(tmp_path / "out.jsonl"), "--no-cache"]
    assert CliRunner().invoke(app, as_jsonl, env=env).exit_code == 1
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    as_csv = ["extract", str(article), "--out", str(tmp_path / "out.csv"), "--format", "csv"]
    assert CliRunner().invoke(app, as_csv, env=env).exit_code == 0
    jsonl_errors = (tmp_path / "out.errors.jsonl").read_text().splitlines()
    assert [json.loads(row)["source"] for row in jsonl_errors] == ["good.txt"], (
        "the JSONL output still lacks it: the CSV run's success must not clear its failure"
    )
    assert not (tmp_path / "out.csv.errors.jsonl").exists()


def test_many_failures_are_listed_up_to_a_limit_when_a_file_holds_them_all(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(LISTED_FAILURES + 5):
        (folder / f"empty{i:02d}.txt").write_text(" ")
    out = tmp_path / "out.jsonl"
    env = _env(server, tmp_path)
    to_file = CliRunner().invoke(app, ["extract", str(folder), "--out", str(out), "-q"], env=env)
    assert to_file.exit_code == 1
    assert to_file.stderr.count("failed: ") == LISTED_FAILURES
    assert f"and 5 more failures, every one in {tmp_path / 'out.errors.jsonl'}" in to_file.stderr
    assert len((tmp_path / "out.errors.jsonl").read_text().splitlines()) == LISTED_FAILURES + 5
    to_stdout = CliRunner().invoke(app, ["extract", str(folder), "-q"], env=env)
    assert to_stdout.stderr.count("failed: ") == LISTED_FAILURES + 5, "nowhere else to read"


def test_cli_usage_errors_exit_two(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["extract", "x", "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["extract", "--concurrency", "0", "x"]).exit_code == 2
    (tmp_path / "a.txt").write_text("An article.", encoding="utf-8")
    missing_key = runner.invoke(
        app,
        ["extract", str(tmp_path)],
        env={"OPENAI_API_KEY": "", "OPENAI_BASE_URL": "", "COOPLLM_OFFLINE": "0"},
    )
    assert missing_key.exit_code == 2 and "API key" in missing_key.stderr


@pytest.mark.parametrize(
    ("command", "instead"),
    [(["extract"], "--base-url URL (an OpenAI-compatible server), --local or --offline"),
     (["record"], "--base-url URL (an OpenAI-compatible server) or --local"),
     (["batch", "submit", "--state", "s.json"],
      "--base-url URL (an OpenAI-compatible server with a Batch API)")],
    ids=["extract", "record", "batch submit"],
)  # fmt: skip
def test_without_a_key_each_command_names_only_the_options_it_has(
    tmp_path: Path, command: list[str], instead: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``record`` has no --offline, ``batch submit`` neither --local nor --offline: the
    message named them all, and Python's ways (``api_key=``, ``offline=True``) too."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("An article.", encoding="utf-8")
    env = {**unset_own_env(), "COOPLLM_CACHE_DIR": str(tmp_path / "cache")}
    result = CliRunner().invoke(app, [*command, "a.txt"], env=env)
    assert result.exit_code == 2, result.output
    assert result.stderr == f"coopllm: no API key: set OPENAI_API_KEY, or give {instead}\n"
    assert not (tmp_path / "s.json").exists(), "no batch state left"


@pytest.mark.parametrize(
    ("out", "says"), [(".", "is a directory"), ("no-such-dir/out.jsonl", "there is no directory")]
)
def test_an_output_path_that_cannot_be_written_is_a_usage_error(
    tmp_path: Path, out: str, says: str
) -> None:
    """Said before any article is extracted, not as a traceback after the first one."""
    (tmp_path / "a.txt").write_text("An article.", encoding="utf-8")
    args = ["extract", str(tmp_path / "a.txt"), "--offline", "--out", str(tmp_path / out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and says in result.stderr


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder this process cannot create files in: without write permission, and, for
    root (whom permissions do not stop), immutable where ``chattr`` can make it so."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    (folder / "out.jsonl").write_text("", encoding="utf-8")  # an output begun before
    folder.chmod(0o555)
    immutable = False
    if os.access(folder, os.W_OK) and shutil.which("chattr"):
        immutable = (
            subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
        )
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("no way to make a folder this user cannot write")
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


@pytest.mark.parametrize(
    ("name", "says"),
    [("new.jsonl", "{folder}/new.jsonl: the folder {folder} cannot be written to"),
     ("out.jsonl", "{folder}/out.errors.jsonl (the errors file of {folder}/out.jsonl): the "
                   "folder {folder} cannot be written to")],
    ids=["output", "its errors file"],
)  # fmt: skip
def test_an_output_folder_that_cannot_be_written_is_a_usage_error_up_front(
    server: FakeOpenAIServer, tmp_path: Path, read_only_dir: Path, name: str, says: str
) -> None:
    """It was a write error at the run's start (exit 74), which said to run the same
    command again: that failed the same way."""
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = read_only_dir / name
    for command in (["extract", str(tmp_path / "a.txt")], ["record", str(tmp_path / "a.txt")]):
        result = CliRunner().invoke(app, [*command, "-o", str(out)], env=_env(server, tmp_path))
        assert result.exit_code == 2, result.output
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"coopllm: cannot write {says.format(folder=read_only_dir)}")
        assert line.endswith("give an output in a folder you can write, or change its permissions")
    assert sorted(p.name for p in read_only_dir.iterdir()) == ["out.jsonl"]
    assert server.requests == [], "nothing asked"


def test_an_errors_file_that_is_a_directory_is_a_usage_error_up_front(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "out.errors.jsonl").mkdir()
    args = ["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.jsonl")]
    result = CliRunner().invoke(app, args, env=_env(server, tmp_path))
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"coopllm: cannot write {tmp_path}/out.errors.jsonl (the errors file of "
        f"{tmp_path}/out.jsonl): it is a directory: move it away\n"
    )
    assert not (tmp_path / "out.jsonl").exists() and server.requests == []


def test_estimate_given_an_input_as_its_out_says_what_out_names(tmp_path: Path) -> None:
    """estimate only reads --out (which articles it holds): it said "resume appends
    only to an output of the same --format", of a command that appends nothing."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"source": "a", "text": ARTICLE}) + "\n", encoding="utf-8")
    env = {**unset_own_env(), "COOPLLM_CACHE_DIR": str(tmp_path / "cache")}
    result = CliRunner().invoke(app, ["estimate", str(rows), "--out", str(rows)], env=env)
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"coopllm: {rows}:1 is not a coopllm jsonl record; --out names an output coopllm "
        "wrote, whose articles are left out (not an input file)\n"
    )


def test_cli_schema_prints_the_exported_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert json.loads(result.stdout)["title"] == "ArticleExtraction"


def test_a_missing_or_foreign_batch_state_file_is_a_usage_error(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(app, ["batch", "status", "--state", str(tmp_path / "none.json")])
    assert missing.exit_code == 2 and "cannot read the batch state" in missing.stderr
    foreign = tmp_path / "other.json"
    foreign.write_text('{"hello": "world"}', encoding="utf-8")
    out = str(tmp_path / "out.jsonl")
    collect = runner.invoke(app, ["batch", "collect", "x", "--state", str(foreign), "--out", out])
    assert collect.exit_code == 2 and "not a state file" in collect.stderr
    # One line, not pydantic's three a problem (each with its value and a link).
    assert collect.stderr == (
        f"coopllm: {foreign}: not a state file of 'coopllm batch submit': version: Field "
        "required (and 3 more problems)\n"
    )


def test_batch_submit_checks_its_state_path_before_submitting(tmp_path: Path) -> None:
    """The state file is the only record of a submitted (billed) batch's id."""
    (tmp_path / "a.txt").write_text("An article.", encoding="utf-8")
    taken = tmp_path / "state.json"
    taken.write_text("{}", encoding="utf-8")
    too_long = tmp_path / ("s" * 300 + ".json")
    for state, says in (
        (taken, "exists"),
        (tmp_path / "no-dir" / "s.json", "no directory"),
        (too_long, "cannot write"),  # the name would not take the batch's id
        (tmp_path / "a.txt" / "s.json", "no directory"),
    ):
        args = ["batch", "submit", str(tmp_path / "a.txt"), "--state", str(state)]
        result = CliRunner().invoke(app, args, env={"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"})
        assert result.exit_code == 2 and says in result.stderr, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "state.json"], "no trial left"


def test_a_file_whose_name_is_near_the_longest_is_written_whole(tmp_path: Path) -> None:
    path = tmp_path / ("e" * 240 + ".jsonl")
    write_atomically(path, "rows\n")
    assert path.read_text() == "rows\n"
