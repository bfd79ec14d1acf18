"""Client-side rate limits, with the minute shortened so that they can be watched."""

from __future__ import annotations

import asyncio
import json
import time

import openai

from coopllm.client import StructuredLLM
from coopllm.ratelimit import RateLimits, text_tokens
from coopllm.schema import ExtractionDraft
from coopllm.settings import OPENAI_TIER1_RPM, OPENAI_TIER1_TPM, Settings

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
