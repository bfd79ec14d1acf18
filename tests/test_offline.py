"""Record, then replay with every socket forbidden."""

from __future__ import annotations

import asyncio
import gzip
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import (
    ARTICLE,
    CASSETTES,
    GOOD_ANSWER,
    REPO,
    clean_env,
    cli_env,
    unset_own_env,
)
from typer.testing import CliRunner

from coopllm import extract
from coopllm.cassettes import CassetteLibrary
from coopllm.cli import app
from coopllm.errors import ConfigurationError, OfflineMissError
from coopllm.extraction import Extractor
from coopllm.settings import Settings
from coopllm.testing import FakeOpenAIServer, Raw, Reply, completion

_forbid_sockets = False
_attempts: list[Any] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _forbid_sockets and event == "socket.connect":
        _attempts.append(args)
        raise ConnectionRefusedError("test: offline mode opened a socket")


sys.addaudithook(_audit)


@pytest.fixture
def no_sockets() -> Iterator[list[Any]]:
    global _forbid_sockets
    _attempts.clear()
    _forbid_sockets = True
    try:
        yield _attempts
    finally:
        _forbid_sockets = False


def _record(settings: Settings, cassettes: Path) -> None:
    async def run() -> None:
        meta = {"backend": "coopllm.testing fake server", "synthetic": "true"}
        extractor = Extractor(settings.merged(cassette_dir=cassettes), recorded_with=meta)
        try:
            await extractor.extract(ARTICLE, source="riverbend.txt")
        finally:
            await extractor.aclose()

    asyncio.run(run())


def test_audit_hook_really_blocks_sockets(no_sockets: list[Any]) -> None:
    import socket

    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", 9)):
        pass
    assert no_sockets


def test_recorded_cassette_replays_offline_without_a_socket(
    server: FakeOpenAIServer, settings: Settings, tmp_path: Path, no_sockets: list[Any]
) -> None:
    cassettes = tmp_path / "cassettes"
    global _forbid_sockets
    _forbid_sockets = False
    server.push(Reply(completion(GOOD_ANSWER)))
    _record(settings.merged(use_cache=False), cassettes)
    (saved,) = CassetteLibrary(cassettes)._by_hash.values()
    assert saved.source == "riverbend.txt" and saved.recorded_with["synthetic"] == "true"
    stored = saved.model_dump_json()
    assert "Dean Ellis Varga attended the ceremony" not in stored, "no article text stored"

    _forbid_sockets = True
    offline = settings.merged(offline=True, cassette_dir=cassettes, use_cache=False)
    record = extract(ARTICLE, source="riverbend.txt", settings=offline)
    assert next(p.name for p in record.agreements[0].parties) == "Riverbend University"
    assert no_sockets == []
    assert len(server.requests) == 1, "replay never reached the server"


def test_a_compressed_answer_is_recorded_and_replayed(
    server: FakeOpenAIServer, settings: Settings, tmp_path: Path
) -> None:
    """The recorder reads the answer decompressed; handed on with its ``Content-Encoding:
    gzip``, the client failed to decode it again ("Connection error.")."""
    answer = completion(GOOD_ANSWER)
    server.push(Raw(gzip.compress(json.dumps(answer).encode()), "application/json",
                    {"Content-Encoding": "gzip"}))  # fmt: skip
    cassettes = tmp_path / "cassettes"
    _record(settings.merged(use_cache=False, max_attempts=1), cassettes)
    (saved,) = CassetteLibrary(cassettes)._by_hash.values()
    offline = settings.merged(offline=True, cassette_dir=cassettes, use_cache=False)
    record = extract(ARTICLE, source="riverbend.txt", settings=offline)
    assert next(p.name for p in record.agreements[0].parties) == "Riverbend University"
    assert saved.response["usage"] == answer["usage"]


def test_the_record_command_keeps_the_base_urls_credentials_out_of_cassettes(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """Cassettes are committed: the endpoint is named by its host alone."""
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    (tmp_path / "a.txt").write_text(ARTICLE)
    host = server.base_url.removeprefix("http://").removesuffix("/v1")
    url = f"http://gateway-user:PW-123@{host}/v1"
    env = {**cli_env(server, tmp_path / "cache", documents_pass=False), "OPENAI_BASE_URL": url}
    cassettes = tmp_path / "cassettes"
    result = CliRunner().invoke(
        app, ["record", str(tmp_path / "a.txt"), "--cassettes", str(cassettes)], env=env
    )
    assert result.exit_code == 0, result.output
    (saved,) = CassetteLibrary(cassettes)._by_hash.values()
    assert saved.recorded_with["backend"] == "127.0.0.1"
    stored = "".join(path.read_text() for path in cassettes.rglob("*") if path.is_file())
    assert not {"PW-123", "gateway-user"} & set(re.findall(r"[\w-]+", stored))


def test_recording_the_missing_asks_only_what_no_cassette_answers(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """``coopllm record --missing`` replays the requests a cassette recorded the same way
    answers, leaving their cassettes as they were, and asks the model the others (another
    endpoint's recording among them: a review's find); without it every request is asked
    again."""
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    known, new = tmp_path / "known.txt", tmp_path / "new.txt"
    known.write_text(ARTICLE)
    new.write_text(ARTICLE + "\nThe two sides will meet again in the spring.\n")
    env = cli_env(server, tmp_path / "cache", documents_pass=False)
    cassettes = tmp_path / "cassettes"

    def record(*args: str) -> None:
        result = CliRunner().invoke(app, ["record", *args, "--cassettes", str(cassettes)], env=env)
        assert result.exit_code == 0, result.output

    record(str(known))
    assert len(server.requests) == 1
    (first,) = cassettes.iterdir()
    recorded = first.read_bytes()

    record(str(known), str(new), "--missing", "-o", str(tmp_path / "r.jsonl"))
    assert len(server.requests) == 2, "the known article's request replayed, not asked"
    assert first.read_bytes() == recorded
    assert len(CassetteLibrary(cassettes)) == 2
    assert len((tmp_path / "r.jsonl").read_text().splitlines()) == 2

    record(str(known))
    assert len(server.requests) == 3, "without --missing, asked again"

    stored = json.loads(first.read_text())
    stored["recorded_with"] = {**stored["recorded_with"], "backend": "another endpoint"}
    first.write_text(json.dumps(stored))
    record(str(known), "--missing")
    assert len(server.requests) == 4, "another endpoint's recording is asked again"
    assert json.loads(first.read_text())["recorded_with"]["backend"] != "another endpoint"


@pytest.mark.parametrize("made", [True, False], ids=["directory", "no directory"])
@pytest.mark.parametrize("model", ["test-model", None], ids=["a model", "the local model"])
def test_offline_miss_names_the_article_the_directory_and_the_command(
    settings: Settings, tmp_path: Path, no_sockets: list[Any], monkeypatch: pytest.MonkeyPatch,
    made: bool, model: str | None,
) -> None:  # fmt: skip
    """The command to record it took the source name for a PATH and dropped --model (a
    recording of another model's request never replays); a directory mistyped was not
    said to be missing."""
    monkeypatch.chdir(tmp_path)  # the default directory is relative: say where it looked
    if made:
        (tmp_path / "cassettes").mkdir()
    offline = settings.merged(offline=True, cassette_dir=Path("cassettes"), use_cache=False)
    offline = offline.model_copy(update={"model": model})
    with pytest.raises(OfflineMissError) as caught:
        extract(ARTICLE, source="unrecorded.txt", settings=offline)
    said, where = str(caught.value), tmp_path.resolve() / "cassettes"
    assert said.startswith("offline: no recording for article 'unrecorded.txt' (request ")
    assert f"in {where}{'' if made else ' (no such directory)'} (another directory" in said
    how = "--local" if model is None else f"--model {model}"
    at = "" if model is None else f", at an endpoint that serves {model}"
    assert said.endswith(
        f"Record it with: coopllm record PATH {how} --cassettes {where}{at} (PATH: the file, "
        "directory or .jsonl that holds it)"
    ), said
    assert no_sockets == []


def test_the_cli_says_how_to_record_an_article_of_a_directory(tmp_path: Path) -> None:
    """``sub/a.txt`` is the source name of a file of the directory given: not a PATH."""
    (tmp_path / "news" / "sub").mkdir(parents=True)
    (tmp_path / "news" / "sub" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    env = {**unset_own_env(), "COOPLLM_CACHE_DIR": str(tmp_path / "cache")}
    args = ["extract", str(tmp_path / "news"), "--offline", "--cassettes", str(tmp_path / "none")]
    result = CliRunner().invoke(app, args, env=env)
    assert result.exit_code == 1, result.output
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 1 and "coopllm record PATH --local --cassettes" in failed[0], failed
    assert "(no such directory)" in failed[0] and "record sub/a.txt" not in failed[0]


@pytest.mark.parametrize(
    ("content", "wrong"),
    [(b'{"not": "a cassette"}', "request_sha256: Field required"),
     (b'{"request_sha256": "ab", "recorded_with": {}, "recorded_at": "x", "resp', "Invalid JSON")],
    ids=["foreign", "cut-off"],
)  # fmt: skip
def test_a_file_in_the_cassettes_that_is_no_cassette_is_named_before_any_article(
    settings: Settings, tmp_path: Path, no_sockets: list[Any], content: bytes, wrong: str
) -> None:
    """It crashed offline mode with pydantic's raw ValidationError, naming neither the
    file nor the directory."""
    cassettes = tmp_path / "cassettes"
    cassettes.mkdir()
    (cassettes / "notes.json").write_bytes(content)
    offline = settings.merged(offline=True, cassette_dir=cassettes, use_cache=False)
    said = rf"^{re.escape(str(cassettes / 'notes.json'))} is no cassette \(.*{wrong}.*\): "
    with pytest.raises(ConfigurationError, match=said):
        extract(ARTICLE, source="a", settings=offline)
    out = tmp_path / "out.jsonl"
    ran = CliRunner().invoke(app, ["extract", "-", "--offline", "--no-cache", "--cassettes",
                                   str(cassettes), "-o", str(out)], input=ARTICLE,
                             env=unset_own_env())  # fmt: skip
    assert ran.exit_code == 2 and "notes.json is no cassette" in ran.output, ran.output
    # Refused before any file is opened: no empty output, no errors file (a review's find).
    assert not out.exists() and not (tmp_path / "out.errors.jsonl").exists()


def test_offline_serves_the_cache_without_cassettes(
    server: FakeOpenAIServer, settings: Settings, tmp_path: Path, no_sockets: list[Any]
) -> None:
    global _forbid_sockets
    _forbid_sockets = False
    server.push(Reply(completion(GOOD_ANSWER)))
    extract(ARTICLE, source="a", settings=settings)
    _forbid_sockets = True
    # The cache key names the endpoint, so offline replay of an online answer needs the
    # same endpoint settings; only the transport changes.
    record = extract(ARTICLE, source="a", settings=settings.merged(offline=True))
    assert record.usage.cached and no_sockets == []


def test_cassettes_store_offsets_not_article_text() -> None:
    from coopllm.cassettes import pack_response, unpack_response
    from coopllm.testing import completion as make_completion

    request = {"messages": [{"role": "system", "content": "rules"},
                            {"role": "user", "content": "Article:\n" + ARTICLE}]}  # fmt: skip
    response = make_completion(GOOD_ANSWER)
    response["choices"][0]["message"]["content"] = "Vice President Mara Quill signed on behalf"
    packed = pack_response(response, request)
    stored = json.dumps(packed)
    assert "Northgate Robotics Co., Ltd." not in stored  # 28 characters: a reference now
    assert "Mara Quill signed on behalf" not in stored
    assert unpack_response(packed, request) == response


def test_cassettes_store_no_article_text_in_any_field_of_the_answer() -> None:
    """vLLM's and DeepSeek's ``reasoning_content`` (OpenRouter's ``reasoning_details``)
    quote the article at length: only the content and the calls' arguments were packed,
    and the rest was stored verbatim."""
    from coopllm.cassettes import pack_response, unpack_response
    from coopllm.testing import completion as make_completion

    request = {"messages": [{"role": "user", "content": "Article:\n" + ARTICLE}]}
    response = make_completion(GOOD_ANSWER)
    quoted = "The article says: " + ARTICLE
    message = response["choices"][0]["message"]
    message["reasoning_content"] = quoted
    message["reasoning_details"] = [{"type": "reasoning.text", "text": quoted}]
    packed = pack_response(response, request)
    assert "Mara Quill signed on behalf" not in json.dumps(packed)
    assert unpack_response(packed, request) == response


def test_the_example_script_replays_every_example_article(tmp_path: Path) -> None:
    """``examples/batch_extract.py --offline``, as its docstring runs it, from the
    recordings: one record per article, each named by its file, and exit 0."""
    articles = sorted(p.name for p in (REPO / "examples" / "articles").glob("*.txt"))
    out = tmp_path / "out.jsonl"
    env = clean_env()
    ran = subprocess.run(
        [sys.executable, "examples/batch_extract.py", "examples/articles", str(out), "--offline"],
        cwd=REPO, env={**env, "COOPLLM_CACHE_DIR": str(tmp_path / "cache")},
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stdout + ran.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["source"] for r in records) == articles
    assert all(r["agreements"] for r in records), "every example article has an agreement"
    assert len(ran.stdout.splitlines()) == len(articles)


def test_the_example_script_without_a_key_says_so_and_leaves_its_output(tmp_path: Path) -> None:
    """No key, no ``--offline``: a typed message and exit 2, not a traceback, and the
    output of an earlier run not emptied."""
    out = tmp_path / "out.jsonl"
    out.write_text('{"kept": true}\n', encoding="utf-8")
    ran = subprocess.run(
        [sys.executable, "examples/batch_extract.py", "examples/articles", str(out)],
        cwd=REPO, env={**clean_env(), "COOPLLM_CACHE_DIR": str(tmp_path / "cache")},
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert ran.returncode == 2 and ran.stderr.startswith("MissingAPIKeyError: "), ran.stderr
    assert "Traceback" not in ran.stderr
    assert out.read_text(encoding="utf-8") == '{"kept": true}\n'


def test_the_review_example_shows_each_role_beside_its_sentence_and_marks_the_unstated(
    tmp_path: Path,
) -> None:
    """``examples/review_records.py``, as its docstring runs it, on records the CLI made
    from the recordings: a signer beside the sentence that says so; in lenient mode, the
    signers the article never says signed marked ``?`` (no sentence), with --doubts only
    those; a record whose article is not in the folder said, not read."""
    env = {**clean_env(), "COOPLLM_CACHE_DIR": str(tmp_path / "cache")}
    strict, lenient = tmp_path / "strict.jsonl", tmp_path / "lenient.jsonl"
    for out, more in ((strict, []), (lenient, ["--lenient"])):
        made = CliRunner().invoke(
            app, ["extract", "examples/articles", "--offline", "-o", str(out), "-q", *more], env=env
        )
        assert made.exit_code == 0, made.output

    def review(records: Path, folder: str = "examples/articles", *more: str) -> str:
        ran = subprocess.run(
            [sys.executable, "examples/review_records.py", str(records), folder, *more],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert ran.returncode == 0, ran.stderr
        return ran.stdout

    shown = review(strict)
    assert "     signatories[0].name: Liu Wenbo [exact]\n         said in: Dean Liu Wenbo then " \
        "signed the memorandum on behalf of the College" in shown  # fmt: skip
    assert "\n ?   " not in shown, "strict mode keeps no role without its sentence"
    doubts = review(lenient, "examples/articles", "--doubts")
    assert " ?   signatories[0].name: Zhou Lan [exact]" in doubts
    assert "Liu Wenbo" not in doubts
    assert "no article" in review(strict, str(tmp_path))


def test_the_resumable_example_writes_a_csv_as_the_cli_does(tmp_path: Path) -> None:
    """A ``.csv`` OUT is CSV, its errors file named as the CLI names it: the CLI resumes
    the example's output (it refused it, JSONL in a .csv file, before)."""
    out = tmp_path / "news.csv"
    env = {**clean_env(), "COOPLLM_CACHE_DIR": str(tmp_path / "cache")}
    ran = subprocess.run(
        [sys.executable, "examples/resumable_archive.py", "examples/articles", str(out),
         "--offline"], cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert out.read_text(encoding="utf-8").startswith("source,")
    resumed = CliRunner().invoke(
        app, ["extract", "examples/articles", "--offline", "-o", str(out)], env=env
    )
    assert resumed.exit_code == 0, resumed.output
    assert "done 0, failed 0, skipped (already written) 7" in resumed.output


def test_the_resumable_example_resumes(tmp_path: Path) -> None:
    """``examples/resumable_archive.py``: a second run after a lost record extracts only
    that one, and the output ends with every article once."""
    out = tmp_path / "out.jsonl"
    env = clean_env()

    def run(*more: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "examples/resumable_archive.py", "examples/articles", str(out),
             "--offline", *more],
            cwd=REPO, env={**env, "COOPLLM_CACHE_DIR": str(tmp_path / "cache")},
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip

    first = run()
    assert first.returncode == 0, first.stdout + first.stderr
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    n = len(list((REPO / "examples" / "articles").glob("*.txt")))
    assert len(lines) == n and first.stdout.startswith(f"done {n}, failed 0, skipped")
    out.write_text("".join(lines[:-1]) + lines[-1][:40], encoding="utf-8")  # a torn last line
    second = run()
    assert second.returncode == 0, second.stdout + second.stderr
    assert second.stdout.startswith(f"done 1, failed 0, skipped (already written) {n - 1}")
    sources = [json.loads(line)["source"] for line in out.read_text().splitlines()]
    assert sorted(sources) == sorted(json.loads(line)["source"] for line in lines)
    priceless = run("--budget", "1")  # the local model has no price to hold a budget to
    assert priceless.returncode == 2 and "has none in the price table" in priceless.stderr


def _cassettes_of(article: str, into: Path) -> list[Path]:
    """Copies of the committed recordings of the article file named ``article``."""
    into.mkdir(exist_ok=True)
    library = CassetteLibrary(CASSETTES)
    made = []
    for cassette in library._by_hash.values():
        if cassette.source == article:
            made.append(into / f"{cassette.request_sha256}.json")
            made[-1].write_text(cassette.model_dump_json())
    assert made, article
    return made


def test_the_cassettes_no_replay_asks_for_are_listed_then_removed(tmp_path: Path) -> None:
    """``coopllm cassettes unused`` replays the articles offline and lists the cassettes
    none of their requests asked for; ``--remove`` deletes those alone, and the articles
    replay as before."""
    folder = REPO / "examples" / "blind49" / "articles"
    kept_article, other_article = sorted(path.name for path in folder.glob("*.txt"))[:2]
    cassettes = tmp_path / "cassettes"
    kept = _cassettes_of(kept_article, cassettes)
    other = _cassettes_of(other_article, cassettes)
    env = {**unset_own_env(), "COOPLLM_CACHE_DIR": str(tmp_path / "cache")}
    asked = ["cassettes", "unused", str(folder / kept_article), "--cassettes", str(cassettes)]

    listed = CliRunner().invoke(app, asked, env=env)
    assert listed.exit_code == 0, listed.output
    assert listed.stdout.split() == sorted(str(path) for path in other)
    assert f"{len(other)} of {len(kept) + len(other)} cassettes unused" in listed.stderr
    assert all(path.exists() for path in other), "listing removes nothing"

    removed = CliRunner().invoke(app, [*asked, "--remove"], env=env)
    assert removed.exit_code == 0, removed.output
    assert sorted(cassettes.iterdir()) == sorted(kept)
    replay = CliRunner().invoke(app, ["extract", str(folder / kept_article), "--offline",
                                      "--cassettes", str(cassettes), "-o",
                                      str(tmp_path / "r.jsonl")], env=env)  # fmt: skip
    assert replay.exit_code == 0, replay.output


def test_no_cassette_is_removed_when_an_articles_replay_fails(tmp_path: Path) -> None:
    """An offline miss stops its article before its later requests, whose cassettes would
    then look unused: ``--remove`` refuses (exit code 2) and removes nothing; the listing
    says the failure and exits 1."""
    folder = REPO / "examples" / "blind49" / "articles"
    name = sorted(path.name for path in folder.glob("*.txt"))[0]
    cassettes = tmp_path / "cassettes"
    recorded = _cassettes_of(name, cassettes)
    changed = tmp_path / name
    changed.write_text((folder / name).read_text() + "\nA line no recording has seen.\n")
    env = {**unset_own_env(), "COOPLLM_CACHE_DIR": str(tmp_path / "cache")}
    asked = ["cassettes", "unused", str(changed), "--cassettes", str(cassettes)]

    refused = CliRunner().invoke(app, [*asked, "--remove"], env=env)
    assert refused.exit_code == 2
    assert "1 article failed the replay: nothing removed" in refused.stderr
    assert "offline_miss" in refused.stderr or "no cassette" in refused.stderr
    assert sorted(cassettes.iterdir()) == sorted(recorded)

    listed = CliRunner().invoke(app, asked, env=env)
    assert listed.exit_code == 1
    assert listed.stdout.split() == sorted(str(path) for path in recorded)
