"""The disk cache: hits send nothing, anything that changes the answer misses."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import diskcache
import pytest
from conftest import ARTICLE, GOOD_ANSWER, TEST_KEY, unset_own_env
from typer.testing import CliRunner

from coopllm import extract
from coopllm.batch import run_batch
from coopllm.cache import (
    PageMemo,
    RecordMemo,
    ResponseCache,
    cache_key,
    fingerprint,
    pipeline_fingerprint,
    records_dir,
)
from coopllm.cli import app
from coopllm.errors import ConfigurationError
from coopllm.extraction import Extractor
from coopllm.inputs import ArticleInput
from coopllm.prompts import prompts_dir
from coopllm.settings import Settings
from coopllm.testing import FakeOpenAIServer, Reply, completion


def _serve_good(server: FakeOpenAIServer) -> None:
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))


def test_second_call_is_a_hit_and_sends_nothing(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    _serve_good(server)
    first = extract(ARTICLE, source="a", settings=settings)
    second = extract(ARTICLE, source="a", settings=settings)
    assert len(server.requests) == 1
    assert not first.usage.cached and second.usage.cached
    assert second.agreements == first.agreements
    assert second.usage.total_tokens == first.usage.total_tokens


def test_model_and_temperature_changes_miss(server: FakeOpenAIServer, settings: Settings) -> None:
    _serve_good(server)
    extract(ARTICLE, source="a", settings=settings)
    extract(ARTICLE, source="a", settings=settings.merged(model="other-model"))
    extract(ARTICLE, source="a", settings=settings.merged(temperature=0.7))
    assert len(server.requests) == 3


def test_prompt_file_change_misses(
    server: FakeOpenAIServer, settings: Settings, tmp_path: Path
) -> None:
    _serve_good(server)
    edited = tmp_path / "prompts"
    shutil.copytree(prompts_dir(), edited)
    extract(ARTICLE, source="a", settings=settings.merged(prompts_dir=edited))
    with (edited / "system.md").open("a") as handle:
        handle.write("\nBe brief.\n")
    extract(ARTICLE, source="a", settings=settings.merged(prompts_dir=edited))
    assert len(server.requests) == 2
    assert "Be brief." in server.requests[1]["messages"][0]["content"]


def test_schema_and_schema_version_are_part_of_the_key() -> None:
    base = {"model": "m", "messages": [], "temperature": 0.0}
    assert cache_key(**base, schema={"a": 1}) != cache_key(**base, schema={"a": 2})
    assert cache_key(**base, schema={"a": 1}) == cache_key(schema={"a": 1}, **base)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000/v1", "https://GW.example.com:8443/openai/v1", None]
)
def test_a_plain_base_url_keys_the_cache_as_it_always_did(url: str | None) -> None:
    """The answers users have cached are found after the normalisation below."""
    assert Settings(base_url=url).endpoint_id() == (url or "openai-default")


def test_the_base_urls_credentials_and_trailing_slash_do_not_key_the_cache(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """A rotated gateway password, a trailing slash, or OpenAI's own URL written out asked
    paid answers again (and the password went into the key)."""
    _serve_good(server)
    extract(ARTICLE, source="a", settings=settings)
    host = server.base_url.removeprefix("http://").removesuffix("/v1")
    for url in (f"http://user:PW-123@{host}/v1", f"http://user:PW-456@{host}/v1/"):
        assert extract(ARTICLE, source="a", settings=settings.merged(base_url=url)).usage.cached
    assert len(server.requests) == 1
    default = Settings(base_url=None).endpoint_id()
    for explicit in ("https://api.openai.com/v1", "https://api.openai.com/v1/"):
        assert Settings(base_url=explicit).endpoint_id() == default


def test_refresh_reasks_and_bypass_skips_the_cache(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    _serve_good(server)
    extract(ARTICLE, source="a", settings=settings)
    extract(ARTICLE, source="a", settings=settings.merged(refresh_cache=True))
    extract(ARTICLE, source="a", settings=settings.merged(use_cache=False))
    assert len(server.requests) == 3


def test_api_key_is_nowhere_in_the_cache(server: FakeOpenAIServer, settings: Settings) -> None:
    _serve_good(server)
    extract(ARTICLE, source="a", settings=settings)
    files = [p for p in settings.cache_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        assert TEST_KEY.encode() not in path.read_bytes(), path


def test_the_cache_keeps_answers_up_to_the_size_limit_of_the_settings(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    _serve_good(server)
    extract(ARTICLE, source="a", settings=settings)
    assert diskcache.Cache(str(settings.cache_dir)).size_limit == 10 * 2**30, "the default"
    extract(ARTICLE, source="a", settings=settings.merged(cache_size_limit="2MiB"))
    assert diskcache.Cache(str(settings.cache_dir)).size_limit == 2 * 2**20


def test_cache_info_and_clear_on_the_command_line(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    _serve_good(server)
    extract(ARTICLE, source="a", settings=settings)
    extract(ARTICLE, source="b", settings=settings.merged(temperature=0.5))
    env = {**unset_own_env(), "COOPLLM_CACHE_DIR": str(settings.cache_dir)}
    runner = CliRunner()
    info = runner.invoke(app, ["cache", "info"], env=env)
    assert info.exit_code == 0, info.output
    assert info.output.startswith(f"{settings.cache_dir}\n2 answers, ")
    assert "(limit 10.0GiB;" in info.output
    # One record: the two answers are alike, and a record is kept by its answers' bytes.
    assert "\n1 records made from the answers, " in info.output
    kept = runner.invoke(app, ["cache", "clear"], input="n\n", env=env)
    assert "Drop the 2 answers and the 1 records made from them in" in kept.output
    assert kept.exit_code == 1 and len(diskcache.Cache(str(settings.cache_dir))) == 2
    cleared = runner.invoke(app, ["cache", "clear", "--yes"], env=env)
    assert cleared.output == f"dropped 2 answers and 1 records from {settings.cache_dir}\n"
    assert len(diskcache.Cache(str(settings.cache_dir))) == 0 and _kept(settings) == 0


def test_an_empty_store_is_still_true(tmp_path: Path) -> None:
    """A store has a length, so without its own truth an empty one would be false, and
    ``if memo:`` would read an empty memo as no memo."""
    for store in (ResponseCache(tmp_path / "c", 2**20), PageMemo(tmp_path / "p", 2**20)):
        with contextlib.closing(store):
            assert len(store) == 0
            assert store


def test_cache_info_and_clear_count_the_pages_read_too(tmp_path: Path) -> None:
    from coopllm.cache import pages_dir

    settings = Settings(cache_dir=tmp_path / "cache")
    env = {**unset_own_env(), "COOPLLM_CACHE_DIR": str(settings.cache_dir)}
    runner = CliRunner()
    assert "pages" not in runner.invoke(app, ["cache", "info"], env=env).output
    page = "<html><head><title>Signed</title></head><body><article><p>{}</p></article></body>"
    with PageMemo.of(settings) as memo:
        assert memo is not None
        for n in range(3):
            text = f"Page {n}: the college and the company signed a cooperation agreement."
            memo.read(page.format(text).encode())
    info = runner.invoke(app, ["cache", "info"], env=env)
    assert info.exit_code == 0 and "\n3 web pages' text, " in info.output, info.output
    assert f"in {pages_dir(settings)}" in info.output
    cleared = runner.invoke(app, ["cache", "clear", "--yes"], env=env)
    assert "0 answers and 3 pages' text" in cleared.output, cleared.output
    assert len(diskcache.Cache(str(pages_dir(settings)))) == 0


def _full_cache(directory: Path) -> None:
    """A cache whose database cannot grow, as on a full disk: SQLite's page limit, kept by
    diskcache as a setting and applied to every connection it opens."""
    diskcache.Cache(str(directory)).close()
    with contextlib.closing(sqlite3.connect(directory / diskcache.core.DBNAME)) as db:
        [(pages,)] = db.execute("PRAGMA page_count").fetchall()
    diskcache.Cache(str(directory), sqlite_max_page_count=pages).close()


async def test_a_cache_that_cannot_store_loses_no_answer_and_says_so(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    """The answers were paid for and are valid: a full disk under the cache must not turn
    their articles into failures."""
    _serve_good(server)
    _full_cache(settings.cache_dir)
    items = [ArticleInput(f"a{i}", f"{ARTICLE}\nRef {i}.") for i in range(3)]
    out = tmp_path / "out.jsonl"
    summary = await run_batch(items, settings, out=out, errors=None)
    assert (summary.done, summary.failed) == (3, 0)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    # Small answers may still fit in the database's free space; each is stored or counted.
    stored = len(diskcache.Cache(str(settings.cache_dir)))
    assert summary.cache_unstored > 0
    assert stored + summary.cache_unstored == summary.cache_misses == 3  # one pass apiece
    expected = f", not stored {summary.cache_unstored}: database or disk is full)"
    assert expected in summary.line()


def test_a_cache_directory_that_cannot_be_made_is_a_configuration_error(
    tmp_path: Path, settings: Settings
) -> None:
    (tmp_path / "a-file").write_text("not a directory")
    unusable = settings.merged(cache_dir=tmp_path / "a-file" / "cache")
    with pytest.raises(ConfigurationError, match=r"cannot use the cache in .*--no-cache"):
        extract(ARTICLE, source="a", settings=unusable)
    env = {**unset_own_env(), "COOPLLM_CACHE_DIR": str(unusable.cache_dir),
           "OPENAI_API_KEY": TEST_KEY}  # fmt: skip
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    ran = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt")], env=env)
    assert ran.exit_code == 2 and "cannot use the cache in" in ran.output, ran.output


async def test_a_damaged_cache_is_a_miss_and_the_batch_goes_on(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    """A database damaged after it opened (a crash on a file system that lost pages): each
    read fails, each article is asked at the endpoint and written, and the summary says
    why the cache kept nothing."""
    _serve_good(server)
    extractor = Extractor(settings)  # opens the cache
    database = settings.cache_dir / diskcache.core.DBNAME
    page = 4096  # SQLite's default page size; the first page holds the schema
    size = database.stat().st_size
    with database.open("r+b") as handle:
        handle.seek(page)
        handle.write(b"\xa5" * (size - page))
    items = [ArticleInput(f"a{i}", f"{ARTICLE}\nRef {i}.") for i in range(3)]
    try:
        summary = await run_batch(
            items, settings, out=tmp_path / "out.jsonl", errors=None, extractor=extractor
        )
    finally:
        await extractor.aclose()
    assert (summary.done, summary.failed, summary.cache_hits) == (3, 0, 0)
    assert len(server.requests) == 3
    assert summary.cache_unstored == 3 and "malformed" in summary.cache_error, summary.line()


# --- the record memo ----------------------------------------------------------------------


def _kept(settings: Settings) -> int:
    with contextlib.closing(RecordMemo(records_dir(settings), settings.cache_size_limit)) as memo:
        return len(memo)


def _serve_both_passes(server: FakeOpenAIServer) -> None:
    """The good answer to each pass (the documents pass has a schema of its own)."""
    documents = {"documents": [{"title": "cooperation agreement", "signers": ["Mara Quill"]}]}

    def reply(body: dict[str, Any]) -> Reply:
        tool = (body.get("tool_choice") or {}).get("function", {}).get("name")
        if tool == "SignedDocuments":
            return Reply(completion(documents, tool_name=tool))
        return Reply(completion(GOOD_ANSWER))

    server.fallback = reply


def _answering(server: FakeOpenAIServer, areas: list[str]) -> None:
    """Serve the good answer with these cooperation areas."""
    answer = copy.deepcopy(GOOD_ANSWER)
    answer["agreements"][0]["cooperation_areas"] = areas
    server.fallback = lambda body: Reply(completion(answer))


@pytest.mark.parametrize("documents_pass", [False, True])
def test_a_hit_takes_the_record_its_answers_made(
    server: FakeOpenAIServer, settings: Settings, documents_pass: bool
) -> None:
    _serve_both_passes(server)
    settings = settings.merged(documents_pass=documents_pass)
    first = extract(ARTICLE, source="a", settings=settings)
    assert _kept(settings) == 1
    shutil.rmtree(settings.cache_dir / "records")  # made again from the cached answers
    made = extract(ARTICLE, source="a", settings=settings)
    kept = extract(ARTICLE, source="b", settings=settings)
    assert kept.usage.cached and made.usage.cached and kept.source == "b"
    assert kept.model_dump(exclude={"source"}) == made.model_dump(exclude={"source"})
    assert kept.model_dump(exclude={"usage"}) == first.model_dump(exclude={"usage", "source"}) | {
        "source": "b"
    }
    assert len(server.requests) == (2 if documents_pass else 1)


def test_a_kept_record_counts_as_its_answers_hits(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    _serve_both_passes(server)
    settings = settings.merged(documents_pass=True)
    items = [ArticleInput("a", ARTICLE)]
    asyncio.run(run_batch(items, settings, out=settings.cache_dir.parent / "1.jsonl", errors=None))
    summary = asyncio.run(
        run_batch(items, settings, out=settings.cache_dir.parent / "2.jsonl", errors=None)
    )
    assert (summary.cache_hits, summary.cache_misses, summary.cached) == (2, 0, 1)


def test_a_refreshed_answer_makes_and_keeps_a_new_record(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    _answering(server, ["joint training of engineers"])
    extract(ARTICLE, source="a", settings=settings)
    _answering(server, [])
    refreshed = extract(ARTICLE, source="a", settings=settings.merged(refresh_cache=True))
    again = extract(ARTICLE, source="a", settings=settings)
    assert refreshed.agreements[0].cooperation_areas == []
    assert again.agreements == refreshed.agreements and again.usage.cached
    assert _kept(settings) == 2  # the old record stays, under the old answer's key


@pytest.mark.parametrize(
    "change", [{"strict": False}, {"chunk_chars": 5000}, {"documents_pass": True}]
)
def test_a_setting_that_shapes_the_record_is_another_record(
    server: FakeOpenAIServer, settings: Settings, change: dict[str, object]
) -> None:
    _serve_both_passes(server)
    extract(ARTICLE, source="a", settings=settings)
    extract(ARTICLE, source="a", settings=settings.merged(**change))
    assert _kept(settings) == 2


def test_another_date_or_text_is_another_record(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    _serve_good(server)
    first = extract(ARTICLE, source="a", settings=settings)
    dated = extract(ARTICLE, source="a", published="2024-05-21", settings=settings)
    padded = extract(f"\n  {ARTICLE}", source="a", settings=settings)
    assert dated.article.published != first.article.published
    assert padded.grounding[0].spans[0].start == first.grounding[0].spans[0].start + 3
    assert _kept(settings) == 3


def test_a_damaged_record_is_made_again(server: FakeOpenAIServer, settings: Settings) -> None:
    _serve_good(server)
    first = extract(ARTICLE, source="a", settings=settings)
    with diskcache.Cache(str(records_dir(settings))) as memo:
        (key,) = list(memo.iterkeys())
        memo.set(key, b"not a record")
    again = extract(ARTICLE, source="a", settings=settings)
    assert again.agreements == first.agreements and again.usage.cached
    with diskcache.Cache(str(records_dir(settings))) as memo:
        assert memo.get(key) != b"not a record"  # kept anew


def test_a_memo_that_cannot_be_opened_costs_only_time(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    _serve_good(server)
    settings.cache_dir.mkdir(parents=True)
    records_dir(settings).write_text("a file where the memo's folder goes")
    first = extract(ARTICLE, source="a", settings=settings)
    again = extract(ARTICLE, source="a", settings=settings)
    assert again.usage.cached and again.agreements == first.agreements


def test_the_fingerprint_changes_with_any_module_or_version(tmp_path: Path) -> None:
    (tmp_path / "guard.py").write_text("RULE = 1\n")
    (tmp_path / "notes.txt").write_text("not code")
    first = fingerprint(tmp_path, ["2.14.4", "1.2.2"])
    assert fingerprint(tmp_path, ["2.14.4", "1.2.2"]) == first
    (tmp_path / "notes.txt").write_text("still not code")
    assert fingerprint(tmp_path, ["2.14.4", "1.2.2"]) == first
    assert fingerprint(tmp_path, ["2.14.4", "1.2.3"]) != first  # a maker upgraded
    (tmp_path / "guard.py").write_text("RULE = 2\n")
    edited = fingerprint(tmp_path, ["2.14.4", "1.2.2"])
    assert edited != first
    (tmp_path / "resolve.py").write_text("")  # a module added, even empty
    added = fingerprint(tmp_path, ["2.14.4", "1.2.2"])
    assert added != edited
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "places.py").write_text("RULE = 1\n")  # a subpackage's module
    inner = fingerprint(tmp_path, ["2.14.4", "1.2.2"])
    assert inner != added
    (tmp_path / "rules" / "places.py").write_text("RULE = 2\n")
    assert fingerprint(tmp_path, ["2.14.4", "1.2.2"]) != inner
    assert pipeline_fingerprint() == pipeline_fingerprint() != first


def test_a_record_is_kept_only_under_the_answers_it_was_made_from(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """A refreshed run whose documents pass fails keeps no record: the old documents
    answer still stands in the cache, and the record was not made from it."""
    settings = settings.merged(documents_pass=True)
    _serve_both_passes(server)
    extract(ARTICLE, source="a", settings=settings)
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))  # no documents answer
    refreshed = extract(ARTICLE, source="a", settings=settings.merged(refresh_cache=True))
    assert any("documents pass skipped" in said for said in refreshed.warnings)
    sent = len(server.requests)
    again = extract(ARTICLE, source="a", settings=settings)
    assert len(server.requests) == sent and again.usage.cached
    assert not any("documents pass skipped" in said for said in again.warnings)
    assert _kept(settings) == 1  # the refreshed answer is the first one's: its record serves


def test_cache_info_and_clear_say_a_damaged_memo_of_records(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    _serve_good(server)
    extract(ARTICLE, source="a", settings=settings)
    shutil.rmtree(records_dir(settings))
    records_dir(settings).mkdir()
    (records_dir(settings) / "cache.db").write_bytes(b"not a database" * 100)
    env = {**unset_own_env(), "COOPLLM_CACHE_DIR": str(settings.cache_dir)}
    for command in (["cache", "info"], ["cache", "clear", "--yes"]):
        result = CliRunner().invoke(app, command, env=env)
        assert result.exit_code == 2, result.output  # a usage error, not a traceback
        assert isinstance(result.exception, SystemExit), result.exception
        assert f"cannot use the cache in {records_dir(settings)}" in result.output
