"""Transport retries: what is retried, how long it waits, when it gives up."""

from __future__ import annotations

import time

import pytest
from conftest import ARTICLE, GOOD_ANSWER, TEST_KEY

from coopllm import extract
from coopllm.errors import RequestRejectedError, TransportError
from coopllm.settings import Settings
from coopllm.testing import FakeOpenAIServer, Reply, Reset, completion, error_body

OK = Reply(completion(GOOD_ANSWER))


def test_429_with_retry_after_is_honoured(server: FakeOpenAIServer, settings: Settings) -> None:
    server.push(Reply(error_body(429, "slow down"), 429, {"Retry-After": "1"}), OK)
    started = time.monotonic()
    record = extract(ARTICLE, source="a", settings=settings)
    assert record.agreements
    gap = server.request_times[1] - server.request_times[0]
    assert 0.95 <= gap < 3.0, gap
    assert time.monotonic() - started >= 1.0


def test_500_500_200_succeeds(server: FakeOpenAIServer, settings: Settings) -> None:
    server.push(Reply(error_body(500, "boom"), 500), Reply(error_body(500, "boom"), 500), OK)
    assert extract(ARTICLE, source="a", settings=settings).agreements
    assert len(server.requests) == 3


def test_connection_reset_is_retried(server: FakeOpenAIServer, settings: Settings) -> None:
    server.push(Reset(), OK)
    assert extract(ARTICLE, source="a", settings=settings).agreements
    assert len(server.requests) == 2


def test_401_fails_at_once_without_leaking_the_key(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    server.push(Reply(error_body(401, f"Incorrect API key provided: {TEST_KEY}"), 401))
    with pytest.raises(RequestRejectedError) as caught:
        extract(ARTICLE, source="a", settings=settings)
    assert len(server.requests) == 1
    assert TEST_KEY not in str(caught.value)
    assert "401" in str(caught.value)


def test_attempts_are_capped(server: FakeOpenAIServer, settings: Settings) -> None:
    server.fallback = lambda body: Reply(error_body(503, "down"), 503, {"Retry-After": "0"})
    with pytest.raises(TransportError):
        extract(ARTICLE, source="a", settings=settings.merged(max_attempts=3))
    assert len(server.requests) == 3
