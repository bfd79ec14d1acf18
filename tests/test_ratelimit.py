"""Client-side rate limits, with the minute shortened so that they can be watched."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import openai
import pytest
from conftest import ARTICLE, GOOD_ANSWER, TEST_KEY, cli_env

from coopllm.batch import run_batch
from coopllm.client import StructuredLLM
from coopllm.extraction import Extractor
from coopllm.inputs import ArticleInput
from coopllm.ratelimit import RateLimits, provider_spent, reset_seconds, text_tokens
from coopllm.schema import ExtractionDraft
from coopllm.settings import OPENAI_TIER1_RPM, OPENAI_TIER1_TPM, Settings
from coopllm.testing import FakeOpenAIServer, Reply, completion

REQUEST = {"messages": [{"role": "user", "content": "x" * 400}], "max_tokens": 900}
"""Estimated at 400 / 4 + 900 = 1,000 tokens."""


async def _time(limits: RateLimits, n: int) -> float:
    started = time.monotonic()
    for _ in range(n):
        await limits.acquire(REQUEST)
    return time.monotonic() - started


async def test_requests_per_minute_hold_back_what_exceeds_the_budget() -> None:
    settings = Settings(base_url="http://127.0.0.1:9/v1", requests_per_minute=4,
                        tokens_per_minute=None)  # fmt: skip
    # a burst of 4, then one every period / 4: four more need at least one period
    assert await _time(RateLimits(settings, period=0.4), 8) >= 0.35


async def test_tokens_per_minute_count_the_estimated_request() -> None:
    settings = Settings(base_url="http://127.0.0.1:9/v1", requests_per_minute=None,
                        tokens_per_minute=1000)  # fmt: skip
    # each request is estimated at the whole budget: one per period
    assert await _time(RateLimits(settings, period=0.4), 4) >= 1.1


async def test_a_large_request_waits_its_turn_not_behind_every_smaller_one() -> None:
    """aiolimiter wakes the smallest waiter first, and a small request that finds room
    goes past all: a long chunk waited as long as short requests kept coming."""
    settings = Settings(base_url="http://127.0.0.1:9/v1", requests_per_minute=None,
                        tokens_per_minute=4_000)  # fmt: skip
    limits = RateLimits(settings, period=0.4)
    done: list[str] = []

    async def send(name: str, request: dict[str, object]) -> None:
        await limits.acquire(request)
        done.append(name)

    small = {"messages": [], "max_tokens": 1_000}
    large = {"messages": [], "max_tokens": 3_500}
    first = [asyncio.create_task(send(f"small{i}", small)) for i in range(4)]  # the burst
    await asyncio.sleep(0.01)
    waiting = [asyncio.create_task(send("large", large))]
    for i in range(4, 12):  # short requests keep coming, one every 0.05 s
        await asyncio.sleep(0.05)
        waiting.append(asyncio.create_task(send(f"small{i}", small)))
    await asyncio.wait_for(asyncio.gather(*first, *waiting), timeout=10)
    assert done.index("large") == 4, done


async def test_offline_and_local_runs_are_not_limited() -> None:
    for settings in (
        Settings(offline=True, requests_per_minute=1, tokens_per_minute=1),
        Settings(backend="local", requests_per_minute=1, tokens_per_minute=1),
    ):
        # limited, 50 requests would take 49 minutes
        await asyncio.wait_for(_time(RateLimits(settings, period=60.0), 50), timeout=5)


def test_tier_one_limits_hold_on_openais_api_only_unless_set() -> None:
    """An OpenAI account starts at tier 1; a vLLM or llama.cpp server has no such limit,
    and a default that throttled it would slow it down without a word."""
    tier_one = (OPENAI_TIER1_RPM, OPENAI_TIER1_TPM)
    assert Settings().rate_limits() == tier_one
    assert Settings(base_url="https://api.openai.com/v1").rate_limits() == tier_one
    assert Settings(base_url="http://127.0.0.1:8000/v1").rate_limits() == (None, None)
    assert Settings(base_url="http://gpu-box:8000/v1", requests_per_minute=60).rate_limits() == (
        60,
        None,
    )
    assert Settings(requests_per_minute=0, tokens_per_minute=0).rate_limits() == (None, None)
    assert Settings(tokens_per_minute=1000).rate_limits() == (OPENAI_TIER1_RPM, 1000)


def test_tier_one_tokens_per_minute_follow_the_model() -> None:
    """Tier 1 allows gpt-4o and gpt-4.1 far fewer tokens a minute than the mini models; a
    dated snapshot is limited as its model."""
    assert Settings(model="gpt-4o").rate_limits() == (OPENAI_TIER1_RPM, 30_000)
    assert Settings(model="gpt-4o-2024-08-06").rate_limits() == (OPENAI_TIER1_RPM, 30_000)
    assert Settings(model="gpt-4.1").rate_limits() == (OPENAI_TIER1_RPM, 30_000)
    assert Settings(model="gpt-4.1-mini").rate_limits() == (OPENAI_TIER1_RPM, OPENAI_TIER1_TPM)
    assert Settings(model="gpt-4o", tokens_per_minute=90_000).rate_limits()[1] == 90_000


def test_token_estimates_count_cjk_characters_and_the_schema() -> None:
    english = "The university signed a cooperation agreement with the company. " * 10
    chinese = "大学与公司签署战略合作协议。" * 10
    assert text_tokens(english) == len(english) // 4
    assert text_tokens(chinese) == len(chinese)  # not a quarter of it
    settings = Settings(base_url="http://127.0.0.1:9/v1", model="m")
    llm = StructuredLLM(openai.AsyncOpenAI(base_url=settings.base_url, api_key="k"), settings)
    plan = llm._plan(ExtractionDraft)
    # The tools schema is sent with every request and billed as prompt tokens.
    assert plan.schema_tokens >= text_tokens(json.dumps(ExtractionDraft.model_json_schema()))


async def test_the_limits_an_endpoint_announces_replace_only_the_defaults() -> None:
    """A tier-5 key allows far more than tier 1's defaults, a free one less: its first
    answer says which. A limit the user set stays (its first answer is still read, for
    how much of the minute is spent); offline nothing is limited at all."""
    announced = {"x-ratelimit-limit-requests": "10000", "x-ratelimit-limit-tokens": "30000000"}
    on_defaults = RateLimits(Settings(model="gpt-4o-mini"))
    assert on_defaults.learning and on_defaults.per_minute == (OPENAI_TIER1_RPM, OPENAI_TIER1_TPM)
    await on_defaults.heed(announced)
    assert on_defaults.per_minute == (10_000, 30_000_000) and not on_defaults.learning
    elsewhere = RateLimits(Settings(base_url="http://gpu-box:8000/v1"))  # no limit by default
    await elsewhere.heed({"x-ratelimit-limit-tokens": "6000"})  # Groq's free tier, say
    assert elsewhere.per_minute == (None, 6000)
    user_set = RateLimits(Settings(requests_per_minute=60))
    await user_set.heed(announced)
    assert user_set.per_minute == (60, 30_000_000)
    all_set = RateLimits(Settings(requests_per_minute=60, tokens_per_minute=0))
    assert all_set.learning
    await all_set.heed(announced)
    assert all_set.per_minute == (60, None) and not all_set.learning
    assert not RateLimits(Settings(offline=True)).learning
    assert not RateLimits(Settings(base_url="http://gpu-box:8000/v1", tokens_per_minute=0,
                                   requests_per_minute=0)).learning  # fmt: skip


async def test_limits_announced_as_nothing_leave_the_defaults() -> None:
    """Azure's -1 where it has no limit, junk, or no header at all: the defaults stay,
    and the next answer is not looked at."""
    for headers in ({"x-ratelimit-limit-requests": "-1", "x-ratelimit-limit-tokens": "0",
                     "x-ratelimit-remaining-requests": "-1", "x-ratelimit-reset-tokens": "0"},
                    {"x-ratelimit-limit-requests": "lots", "x-ratelimit-remaining-tokens": "x",
                     "x-ratelimit-reset-requests": "soon"}, {}):  # fmt: skip
        limits = RateLimits(Settings())
        await limits.heed(headers)
        assert limits.per_minute == (OPENAI_TIER1_RPM, OPENAI_TIER1_TPM)
        assert not limits.learning
        await asyncio.wait_for(_time(limits, 10), timeout=5)  # the buckets still have room


def test_reset_durations_read_as_openai_writes_them() -> None:
    """OpenAI writes the time until its bucket is whole again as a Go duration; anything
    else is ignored, never an error."""
    assert reset_seconds("1s") == 1.0
    assert reset_seconds("6m0s") == 360.0
    assert reset_seconds("20ms") == pytest.approx(0.02)
    assert reset_seconds("1m30.5s") == 90.5
    assert reset_seconds("2m59.56s") == pytest.approx(179.56)  # Groq's
    assert reset_seconds("1h2m3s") == 3723.0
    assert reset_seconds(" 0s ") == 0.0
    for junk in ("", "0", "12", "-1s", "1.s", "s", "1x", "1s junk", "1m 30s", "1e3s", "nan",
                 "Tue, 10 Sep 2024 23:58:08 GMT", "inf", "1ss", "١s"):  # fmt: skip
        assert reset_seconds(junk) is None, junk


def test_the_providers_level_counts_what_it_says_is_used() -> None:
    """``limit - remaining`` is spent; no more than a bucket that empties when the
    provider says its own is whole again; nothing when it says nothing usable."""
    headers = {"x-ratelimit-remaining-requests": "3", "x-ratelimit-reset-requests": "48s",
               "x-ratelimit-remaining-tokens": "0", "x-ratelimit-reset-tokens": "12ms"}  # fmt: skip
    assert provider_spent(headers, "requests", 10) == 7  # 7 drain in 42 s, before 48 s
    assert provider_spent(headers, "tokens", 60_000) == pytest.approx(12)  # whole in 12 ms
    assert provider_spent({"x-ratelimit-remaining-requests": "3"}, "requests", 10) == 7
    assert provider_spent({"x-ratelimit-remaining-requests": "50"}, "requests", 10) == 0
    assert provider_spent(headers, "requests", None) is None  # no limit here
    for junk in ("-1", "", "many", "3.5"):
        assert provider_spent({"x-ratelimit-remaining-requests": junk}, "requests", 10) is None
    bad_reset = {"x-ratelimit-remaining-requests": "3", "x-ratelimit-reset-requests": "soon"}
    assert provider_spent(bad_reset, "requests", 10) == 7


async def _done_within(limits: RateLimits, n: int, seconds: float) -> int:
    """How many of ``n`` requests sent together get past ``limits`` within ``seconds``
    (the rest are cancelled). A count, not a time: a slow machine can only lower it."""
    tasks = [asyncio.create_task(limits.acquire(REQUEST)) for _ in range(n)]
    await asyncio.sleep(seconds)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return sum(not task.cancelled() for task in tasks)


async def test_a_bucket_starts_as_spent_as_the_providers() -> None:
    """A run that resumes one stopped a moment ago (or runs beside another on the key)
    learns from its first answer that the provider's minute is spent: it does not send a
    minute's budget at once into 429s. Limits announced, set or left to their defaults
    alike; a minute of 60 s, in which the first of the bucket's room comes back in 6 s."""
    spent = {
        "x-ratelimit-limit-requests": "10",
        "x-ratelimit-remaining-requests": "2",
        "x-ratelimit-reset-requests": "48s",
        "x-ratelimit-limit-tokens": "200000",
        "x-ratelimit-remaining-tokens": "199000",
        "x-ratelimit-reset-tokens": "300ms",
    }
    for settings in (
        Settings(base_url="http://127.0.0.1:9/v1"),  # unlimited until told
        Settings(base_url="http://127.0.0.1:9/v1", requests_per_minute=10),
        Settings(base_url="http://127.0.0.1:9/v1", requests_per_minute=10, tokens_per_minute=0),
        Settings(requests_per_minute=None),  # OpenAI's tier 1: 500 a minute, then 10
    ):
        limits = RateLimits(settings)
        await limits.heed(spent)
        assert limits.per_minute[0] == 10
        assert await _done_within(limits, 6, 0.5) == 2, settings


async def test_a_limit_learned_keeps_count_of_what_went_out_before_it() -> None:
    """The bucket that a limit learned from the first answer brings starts with what the
    run sent before that answer (the other workers' first requests), not empty: else a
    second burst of a whole minute's budget followed the first."""
    for settings in (Settings(base_url="http://127.0.0.1:9/v1"), Settings()):
        limits = RateLimits(settings)
        for _ in range(3):  # sent before the first answer came back
            await limits.acquire(REQUEST)
        await limits.heed({"x-ratelimit-limit-requests": "4"})
        assert await _done_within(limits, 4, 0.5) == 1, settings


async def test_a_request_waiting_when_the_limit_changes_waits_for_the_new_one() -> None:
    """Requests held back by the default bucket when the first answer announces a smaller
    limit go on to wait in the new bucket: past the old one alone, they went out on top
    of what the new one let through."""
    limits = RateLimits(Settings(model="gpt-4o"), period=6.0)  # 30,000 tokens a 6 s
    for _ in range(30):
        await limits.acquire(REQUEST)  # 1,000 tokens each: the bucket is full
    waiting = asyncio.create_task(limits.acquire(REQUEST))  # room in 0.2 s in the old one
    await asyncio.sleep(0)
    await limits.heed({"x-ratelimit-limit-tokens": "2000"})  # full too: room in 3 s
    await asyncio.sleep(1.0)
    assert not waiting.done()
    waiting.cancel()


def test_a_batch_holds_to_the_limits_its_endpoint_announces(tmp_path: Path) -> None:
    """Through the client: the fake server announces 2 requests a (shortened) minute with
    every answer; with no limit set, the batch's later requests are held to it."""
    reply = Reply(completion(GOOD_ANSWER), headers={"x-ratelimit-limit-requests": "2"})
    with FakeOpenAIServer(fallback=lambda b: reply) as server:
        settings = Settings(base_url=server.base_url, api_key=TEST_KEY, model="test-model",
                            cache_dir=tmp_path / "cache", documents_pass=False)  # fmt: skip
        extractor = Extractor(settings)
        extractor.llm.limits = RateLimits(settings, period=0.4)  # unlimited until told
        articles = [ArticleInput(f"a{i}", f"{ARTICLE}\n{i}") for i in range(6)]
        batch = run_batch(articles, settings, out=tmp_path / "o.jsonl", errors=None,
                          concurrency=1, extractor=extractor)  # fmt: skip
        summary = asyncio.run(batch)
        asyncio.run(extractor.aclose())
        times = server.request_times
    assert summary.done == 6 and extractor.llm.limits.per_minute == (2, None)
    # After the first answer: a burst of 2, then one request every 0.2 s for the other 3.
    assert times[-1] - times[1] >= 0.5


def test_a_resumed_batch_waits_for_the_minute_its_endpoint_says_is_spent(tmp_path: Path) -> None:
    """Through the client: the fake server's first answer says that none of the 4
    requests of its (shortened) minute is left, as after a run stopped a moment ago. The
    batch's next requests wait for room to come back, one every 0.5 s; started with an
    empty bucket, the run sent three at once into what would have been 429s."""
    spent = {"x-ratelimit-limit-requests": "4", "x-ratelimit-remaining-requests": "0",
             "x-ratelimit-reset-requests": "2s"}  # fmt: skip
    with FakeOpenAIServer(fallback=lambda b: Reply(completion(GOOD_ANSWER))) as server:
        server.push(Reply(completion(GOOD_ANSWER), headers=spent))
        settings = Settings(base_url=server.base_url, api_key=TEST_KEY, model="test-model",
                            cache_dir=tmp_path / "cache", documents_pass=False,
                            requests_per_minute=4)  # fmt: skip
        extractor = Extractor(settings)
        extractor.llm.limits = RateLimits(settings, period=2.0)
        articles = [ArticleInput(f"a{i}", f"{ARTICLE}\n{i}") for i in range(3)]
        batch = run_batch(articles, settings, out=tmp_path / "o.jsonl", errors=None,
                          concurrency=1, extractor=extractor)  # fmt: skip
        summary = asyncio.run(batch)
        asyncio.run(extractor.aclose())
        times = server.request_times
    assert summary.done == 3 and len(times) == 3
    # The first answer came after the first request arrived; room came back 0.5 s later
    # for the second, 1 s later for the third (bounds a slow machine can only widen).
    assert times[1] - times[0] >= 0.45 and times[2] - times[0] >= 0.95


def test_the_command_says_which_limits_the_endpoint_announced(tmp_path: Path) -> None:
    """What the run holds to is not what the user asked for: it says so on stderr; with
    -q, which shows only warnings, it does not."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    reply = Reply(completion(GOOD_ANSWER), headers={"x-ratelimit-limit-tokens": "6000"})
    with FakeOpenAIServer(fallback=lambda b: reply) as server:
        env = {**os.environ, **cli_env(server, tmp_path / "cache", documents_pass=False)}
        said = [
            subprocess.run(
                [sys.executable, "-m", "coopllm.cli", "extract", str(tmp_path / "a.txt"),
                 "--no-cache", *quiet, "--out", str(tmp_path / f"o{len(quiet)}.jsonl")],
                env=env, capture_output=True, text=True, timeout=120, check=True,
            ).stderr
            for quiet in ([], ["-q"])
        ]  # fmt: skip
    line = ("coopllm: the endpoint announces rate limits: the run holds to 6,000 tokens a "
            "minute (it held to no limits)")  # fmt: skip
    assert line in said[0].splitlines()
    assert "announces" not in said[1]
