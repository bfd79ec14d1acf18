"""The disk cache: hits send nothing, anything that changes the answer misses."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import ARTICLE, GOOD_ANSWER, TEST_KEY

from coopllm import extract
from coopllm.cache import cache_key
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
