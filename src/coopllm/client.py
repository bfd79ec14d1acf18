"""The model endpoint: openai client + instructor + request shaping + transport retries.

Layering, from the bottom:

1. an ``openai.AsyncOpenAI`` with the SDK's own retries off, on aiohttp (see
   :func:`http_client_for`); offline it gets the cassette replay transport, when
   recording the recording transport;
2. ``_send``: one chat completion under the tenacity policy of :mod:`coopllm.retry`, which
   also shapes the request for the chosen mode and counts tokens into the current call;
3. instructor, patched over ``_send``: builds the schema request, validates, and re-asks
   with the validation error. Transport retries therefore happen inside each re-ask
   attempt and never count against the re-ask budget.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar, cast

import httpx2 as httpx
import instructor
import openai
from openai.types.chat import ChatCompletion
from pydantic import BaseModel

from coopllm.calls import current_call
from coopllm.cassettes import CassetteLibrary, RecordingTransport, ReplayTransport
from coopllm.errors import MissingAPIKeyError
from coopllm.ratelimit import RateLimits
from coopllm.retry import RetryGate, call_with_retries
from coopllm.settings import Mode, Settings

M = TypeVar("M", bound=BaseModel)

_INSTRUCTOR_MODES: dict[Mode, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "json_object_schema": instructor.Mode.JSON,
}

_OFFLINE_BASE_URL = "http://offline.invalid/v1"
_COMPLETIONS = "/chat/completions"
"""Posted with the client's documented ``post`` rather than ``chat.completions.create``:
the body instructor built is already plain JSON, and ``create`` would walk it (the whole
tool schema, ~100 nodes) against its TypedDicts on every request. ``benchmarks/batch.py``
prints the difference for the raw client: 3.27 -> 2.24 ms per article of two requests."""


def build_openai_client(
    settings: Settings, *, recorded_with: dict[str, str] | None = None
) -> openai.AsyncOpenAI:
    """The openai client for these settings; offline it cannot reach any network."""
    if settings.offline:
        replay = ReplayTransport(CassetteLibrary(settings.cassette_dir))
        return openai.AsyncOpenAI(
            api_key="offline",
            base_url=_OFFLINE_BASE_URL,
            max_retries=0,
            http_client=httpx.AsyncClient(transport=replay),
        )
    if settings.api_key is None and settings.base_url is None:
        raise MissingAPIKeyError(
            "no API key: set OPENAI_API_KEY (or pass api_key=...), point base_url at an "
            "OpenAI-compatible server, use backend='local', or run with offline=True"
        )
    key = settings.api_key.get_secret_value() if settings.api_key else "not-needed"
    http_client = None
    if recorded_with is not None:
        recorder = RecordingTransport(
            httpx.AsyncHTTPTransport(), CassetteLibrary(settings.cassette_dir), recorded_with
        )
        http_client = httpx.AsyncClient(transport=recorder, timeout=settings.request_timeout)
    return openai.AsyncOpenAI(
        api_key=key,
        base_url=settings.base_url,
        max_retries=0,
        timeout=settings.request_timeout,
        http_client=http_client or http_client_for(settings),
    )


def http_client_for(settings: Settings) -> httpx.AsyncClient:
    """The SDK's own HTTP client, on aiohttp unless told otherwise or a proxy is set.

    At batch concurrency the httpx connection pool re-examines every open connection for
    each request; aiohttp's does not. With 64 requests in flight the raw openai client
    takes 1.27x instead of 1.67x the ideal wall time on aiohttp (``benchmarks/batch.py``),
    and never left an answer unread until its read timeout, which httpx did. aiohttp
    does not read HTTP(S)_PROXY, so ``auto`` keeps httpx when one is set.
    """
    choice = settings.http_transport
    if choice == "auto":
        proxied = any(scheme != "no" for scheme in urllib.request.getproxies())
        choice = "httpx" if proxied else "aiohttp"
    if choice == "aiohttp":
        return openai.DefaultAioHttpClient(timeout=settings.request_timeout)
    return openai.DefaultAsyncHttpxClient(timeout=settings.request_timeout)


class StructuredLLM:
    """Validated structured answers from one endpoint."""

    def __init__(
        self, client: openai.AsyncOpenAI, settings: Settings, gate: RetryGate | None = None
    ) -> None:
        self.client = client
        self.settings = settings
        self.gate = gate or RetryGate()
        self.limits = RateLimits(settings)
        self._patched = instructor.patch(create=self._send, mode=_INSTRUCTOR_MODES[settings.mode])

    async def _send(self, **kwargs: Any) -> ChatCompletion:
        """One completion: shaped for the mode, retried on transport faults, metered."""
        schema = kwargs.pop("coopllm_schema", None)
        if self.settings.mode == "json_object_schema" and schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": schema}

        async def once() -> ChatCompletion:
            await self.limits.acquire(kwargs)
            return await self.client.post(_COMPLETIONS, body=kwargs, cast_to=ChatCompletion)

        completion: ChatCompletion = await call_with_retries(once, self.settings, self.gate)
        call = current_call.get()
        if call is not None and completion.usage is not None:
            call.usage.add(completion.usage.prompt_tokens, completion.usage.completion_tokens)
        return completion

    async def ask(
        self,
        response_model: type[M],
        messages: Sequence[dict[str, str]],
        *,
        max_reasks: int | None = None,
    ) -> tuple[M, ChatCompletion]:
        """The validated object and the last raw completion.

        No validation ``context`` is passed to instructor (see :func:`coopllm.guard.guarding`
        for why), so the messages reach the model exactly as given.
        """
        extra: dict[str, Any] = {}
        if self.settings.mode == "json_object_schema":
            extra["coopllm_schema"] = response_model.model_json_schema()
        patched = cast(Callable[..., Awaitable[M]], self._patched)
        result = await patched(
            response_model=response_model,
            messages=list(messages),
            max_retries=self.settings.max_reasks if max_reasks is None else max_reasks,
            model=self.settings.resolved_model(),
            temperature=self.settings.temperature,
            max_tokens=self.settings.max_tokens,
            **extra,
        )
        return result, cast(ChatCompletion, result._raw_response)  # type: ignore[attr-defined]
