"""Transport retries with tenacity: only for faults that a later attempt can cure.

Connection errors, timeouts, 429 and 5xx are retried with exponential backoff and full
jitter, honouring ``Retry-After`` when the server sends one, under a cap on attempts and
on total time (no wait is begun that would end past it). Everything else (400, 401, 402,
403, 404, 422) fails at once, and so does a 5xx that says the endpoint cannot serve this
kind of request (:func:`unsupported_feature`), and a 429 that says the account has no
credit left (:func:`out_of_credit`).
The openai SDK's own retries are switched off in :mod:`coopllm.client`, so attempts never
multiply.

A ``RetryGate`` is shared by all workers of one run: when any of them gets a 429, every
worker waits before its next request (for the ``Retry-After`` when the server sends one,
else for the backoff the 429'd request itself waits) instead of each discovering the
limit on its own.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

import openai
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    stop_before_delay,
    wait_random_exponential,
)

from coopllm.calls import unless_halted
from coopllm.settings import Settings

T = TypeVar("T")


@dataclass(frozen=True)
class Unsupported:
    """A kind of request an endpoint cannot serve: how it says so, and what to change."""

    feature: str
    said: re.Pattern[str]
    remedy: str


_ANOTHER_MODE = "another --mode (json, or json_object_schema for llama.cpp), or a model or server "
_UNSUPPORTED = (
    # Ollama, for a model whose chat template declares no tools (HTTP 400).
    Unsupported("tool calls", re.compile(r"does not support tools", re.IGNORECASE),
                _ANOTHER_MODE + "that supports tool calls"),
    # llama.cpp's llama-server started without --jinja (HTTP 500), and older servers.
    Unsupported("tool calls", re.compile(r"tools param requires --jinja|unsupported param: tools",
                                         re.I),
                _ANOTHER_MODE + "that supports tool calls"),
    # A model without structured outputs ("'response_format' of type 'json_schema' is not
    # supported with this model").
    Unsupported("the response format", re.compile(r"response_format.{0,60}not supported", re.I),
                _ANOTHER_MODE + "that supports the response format"),
    # OpenAI, for an effort the model does not take ("Unsupported value: 'reasoning_effort'
    # does not support 'none' with this model. Supported values are: ...").
    Unsupported("this reasoning effort",
                re.compile(r"unsupported value: 'reasoning_effort'|'reasoning_effort' does not "
                           r"support", re.I),
                "another --reasoning-effort (the endpoint's message may list those the model "
                "takes), or none"),
)  # fmt: skip
"""What servers say when they cannot serve a kind of request at all, whatever its text."""


def unsupported_feature(exc: BaseException) -> Unsupported | None:
    """The kind of request the endpoint says it cannot serve (tool calls, the response
    format, the reasoning effort asked), or None. Such an answer is no fault of the
    article's, and some servers send it as a 500, which another attempt would only
    repeat."""
    if not isinstance(exc, openai.APIStatusError) or exc.status_code == 429:
        return None
    for unsupported in _UNSUPPORTED:
        if unsupported.said.search(server_message(exc)):
            return unsupported
    return None


def server_message(exc: openai.APIStatusError) -> str:
    """What the server said: the ``message`` of its error body, or the SDK's whole line
    (``Error code: 400 - {...}``) when the body has none."""
    body = exc.body
    if isinstance(body, dict) and isinstance(body.get("message"), str):
        return str(body["message"])
    return exc.message


class UnreadableAnswerError(openai.OpenAIError):
    """An answer whose body is not JSON: cut off in transit, a proxy's or a gateway's
    page, bytes that are not UTF-8. A later attempt may get the whole answer, so it is
    transient; and it is an openai error so that the pipeline maps it as it maps the
    SDK's own (a typed ``TransportError`` with this reason, and the article's usage kept)
    where the raw ``json.JSONDecodeError`` escaped untyped."""


_NO_CREDIT = "insufficient_quota"
"""OpenAI's error code (and type) for an account whose credit or spending limit is spent."""


def out_of_credit(exc: BaseException) -> bool:
    """True when the endpoint says the account has no credit left: HTTP 402 (Payment
    Required: OpenRouter's "insufficient credits"), or OpenAI's 429 whose code is
    ``insufficient_quota``, which is no rate limit: no wait ends it."""
    if not isinstance(exc, openai.APIStatusError):
        return False
    body = exc.body if isinstance(exc.body, dict) else {}
    said = (body.get("code"), body.get("type"))
    return exc.status_code == 402 or (exc.status_code == 429 and _NO_CREDIT in said)


def is_transient(exc: BaseException) -> bool:
    """True for the faults worth another attempt (a body cut off in transit included)."""
    if isinstance(exc, openai.APIConnectionError | openai.APITimeoutError | json.JSONDecodeError):
        return True
    if isinstance(exc, UnreadableAnswerError):
        return True
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code == 429:
            return not out_of_credit(exc)
        return exc.status_code >= 500 and unsupported_feature(exc) is None
    return False


def retry_after_seconds(exc: BaseException | None) -> float | None:
    """The server's ``Retry-After`` (seconds form) or ``retry-after-ms``, if any."""
    if not isinstance(exc, openai.APIStatusError):
        return None
    headers = exc.response.headers
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        raw = headers.get(name)
        if raw is None:
            continue
        try:
            return max(0.0, float(raw) * scale)
        except ValueError:
            continue  # an HTTP-date form: fall back to our own backoff
    return None


class RetryGate:
    """A shared 'not before' time that every worker of a run respects."""

    def __init__(self) -> None:
        self._not_before = 0.0

    def hold(self, seconds: float) -> None:
        """Nobody sends for the next ``seconds`` (extends, never shortens, a hold)."""
        self._not_before = max(self._not_before, time.monotonic() + seconds)

    async def wait(self) -> None:
        """Sleep until no hold is in force: one set (or extended) while sleeping counts."""
        while (delay := self._not_before - time.monotonic()) > 0:
            await asyncio.sleep(delay)


class _Wait:
    """Retry-After when given (capped), else exponential backoff with full jitter."""

    def __init__(self, settings: Settings, gate: RetryGate) -> None:
        self._cap = settings.max_retry_after
        self._gate = gate
        self._backoff = wait_random_exponential(multiplier=0.5, max=30)

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        told = retry_after_seconds(exc)
        seconds = float(self._backoff(state)) if told is None else min(told, self._cap)
        if told is not None or (isinstance(exc, openai.APIStatusError) and exc.status_code == 429):
            self._gate.hold(seconds)  # a rate limit is everyone's: all workers back off
        return seconds


async def _backoff(seconds: float) -> None:
    """The pause between two attempts, given up when the batch run halts."""
    await unless_halted(partial(asyncio.sleep, seconds))


async def call_with_retries(
    fn: Callable[[], Awaitable[T]], settings: Settings, gate: RetryGate
) -> T:
    """Run ``fn`` under the transport retry policy of ``settings``. A 429 holds ``gate``
    for every worker sharing it; ``fn`` waits on the gate before it sends (after the rate
    limiter, which may have held it while the 429 came)."""
    retrying = AsyncRetrying(
        retry=retry_if_exception(is_transient),
        wait=_Wait(settings, gate),
        # Before the wait, not after the attempt: a Retry-After longer than the time
        # left was slept in full, past the cap.
        stop=stop_after_attempt(settings.max_attempts)
        | stop_before_delay(settings.max_retry_seconds),
        reraise=True,
        sleep=_backoff,
    )
    async for attempt in retrying:
        with attempt:
            return await fn()
    raise AssertionError("unreachable: tenacity re-raises the last error")  # pragma: no cover
