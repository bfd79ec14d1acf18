"""The model endpoint: openai client + instructor + request shaping + transport retries.

Layering, from the bottom:

1. an ``openai.AsyncOpenAI`` with the SDK's own retries off, on aiohttp (see
   :func:`http_client_for`); offline it gets the cassette replay transport, when
   recording the recording transport;
2. ``_send``: one chat completion under the tenacity policy of :mod:`coopllm.retry` and
   the rate limits, its tokens counted into the current call;
3. ``StructuredLLM.ask``: instructor's mode handlers build the schema request, validate
   the answer and write the re-ask with the validation error, in a loop of ours around
   ``_send``. Transport retries therefore happen inside each re-ask attempt and never
   count against the re-ask budget.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import re
import socket
import ssl
import urllib.parse
import urllib.request
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import httpx2 as httpx
import instructor
import openai
import pydantic_core
from instructor.core.exceptions import (
    FailedAttempt,
    InstructorRetryException,
    ResponseParsingError,
)
from instructor.v2 import ModeHandlers, Provider, mode_registry
from openai.types.chat import ChatCompletion
from pydantic import BaseModel, ValidationError

from coopllm.calls import count_completion, unless_halted
from coopllm.cassettes import CassetteLibrary, RecordingTransport, ReplayTransport
from coopllm.errors import (
    ConfigurationError,
    InvalidOutputError,
    MissingAPIKeyError,
    RunStoppedError,
)
from coopllm.ratelimit import RateLimits, text_tokens
from coopllm.retry import RetryGate, UnreadableAnswerError, call_with_retries, server_message
from coopllm.settings import Mode, Settings, keyed_url

M = TypeVar("M", bound=BaseModel)

_log = logging.getLogger(__name__)

_INSTRUCTOR_MODES: dict[Mode, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "json_object_schema": instructor.Mode.JSON,
}

_PARSE_ERRORS = (ValidationError, json.JSONDecodeError, ResponseParsingError)
"""What a re-ask can cure (instructor's own list, less its async validators)."""

_OFFLINE_BASE_URL = "http://offline.invalid/v1"
_COMPLETIONS = "/chat/completions"
"""Posted with the client's documented ``post`` rather than ``chat.completions.create``:
the body instructor built is already plain JSON, and ``create`` would walk it (the whole
tool schema, ~100 nodes) against its TypedDicts on every request. ``benchmarks/batch.py``
prints the difference for the raw client: 3.27 -> 2.24 ms per article of two requests.
The body goes as bytes that pydantic-core encodes and the answer comes back as the
HTTP response, which :func:`parse_completion` reads: the SDK's JSON encoder and its
field-by-field ``construct`` of the completion in Python were a fifth of its CPU per
request in a probe."""


def build_openai_client(
    settings: Settings,
    *,
    recorded_with: dict[str, str] | None = None,
    cassettes: CassetteLibrary | None = None,
    missing_only: bool = False,
) -> openai.AsyncOpenAI:
    """The openai client for these settings; offline it cannot reach any network, and
    replays ``cassettes`` (read from ``settings.cassette_dir`` when not given: a caller
    gives its own to learn which cassettes the run asked for). With ``recorded_with`` it
    records every answer (``missing_only``: the answers no cassette holds yet)."""
    if settings.offline:
        library = cassettes if cassettes is not None else CassetteLibrary(settings.cassette_dir)
        replay = ReplayTransport(library)
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
    key = "not-needed"
    if settings.api_key is not None and settings.backend != "local":
        key = settings.api_key.get_secret_value()  # the managed local server needs none
        _say_key_unsent(settings)
    http_client = None
    if recorded_with is not None:
        recorder = RecordingTransport(
            httpx.AsyncHTTPTransport(verify=tls_context()),
            CassetteLibrary(settings.cassette_dir),
            recorded_with,
            missing_only=missing_only,
        )
        http_client = httpx.AsyncClient(transport=recorder, timeout=settings.timeout())
    return openai.AsyncOpenAI(
        api_key=key,
        base_url=settings.base_url,
        max_retries=0,
        timeout=settings.timeout(),
        http_client=http_client or http_client_for(settings),
    )


_KEY_UNSENT_SAID: set[str] = set()
"""The endpoints (:func:`~coopllm.settings.keyed_url`) whose unsent key this process has
said: once, not once per ``extract()`` call."""


def _say_key_unsent(settings: Settings) -> None:
    """Warn, once an endpoint, that its base URL's user and password go in place of the
    API key: httpx sends them as Basic authorization, which replaces the key's Bearer
    header (one request carries one Authorization header), so a gateway that wants the
    key as well refuses every request, and the key set for it is never sent."""
    if settings.base_url is None or not _has_credentials(settings.base_url):
        return
    endpoint = keyed_url(settings.base_url)
    if endpoint in _KEY_UNSENT_SAID:
        return
    _KEY_UNSENT_SAID.add(endpoint)
    _log.warning(
        "the base URL of %s carries a user and password: they are sent as Basic "
        "authorization in place of the API key, which is not sent; drop them from the URL "
        "to send the key, or unset the key",
        settings.endpoint_name(),
    )


def _has_credentials(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    return parts.username is not None or parts.password is not None


def http_client_for(settings: Settings) -> httpx.AsyncClient:
    """The SDK's own HTTP client, on aiohttp unless told otherwise or a proxy is set.

    At batch concurrency the httpx connection pool re-examines every open connection for
    each request; aiohttp's does not. With 64 requests in flight the raw openai client
    takes 1.27x instead of 1.67x the ideal wall time on aiohttp (``benchmarks/batch.py``),
    and never left an answer unread until its read timeout, which httpx did. aiohttp
    does not read HTTP(S)_PROXY, so ``auto`` keeps httpx when one is set; nor does it take
    a base URL's credentials (``https://user:pass@gateway/v1``) while the client sets the
    API key's Authorization header: it refuses every request, so ``auto`` keeps httpx then
    too. httpx sends them as Basic authorization *in place of* the key's Bearer header
    (one header, one value): the key is not sent (:func:`_say_key_unsent` warns).
    """
    choice = settings.http_transport
    credentials = _has_credentials(settings.base_url or "")
    if choice == "auto":
        proxied = any(scheme != "no" for scheme in urllib.request.getproxies())
        choice = "httpx" if proxied or credentials else "aiohttp"
    elif choice == "aiohttp" and credentials:
        raise ConfigurationError(
            "http_transport aiohttp cannot send a base URL's user and password (it refuses "
            "them beside the client's Authorization header): use httpx (or auto)"
        )
    if choice == "aiohttp":
        return openai.DefaultAioHttpClient(timeout=settings.timeout(), verify=tls_context())
    return openai.DefaultAsyncHttpxClient(timeout=settings.timeout(), verify=tls_context())


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The TLS settings every client of this process shares, built once, as httpx builds
    its default (the system's CA certificates, or ``SSL_CERT_FILE``/``SSL_CERT_DIR`` as
    set when first used).

    Reading the CA certificates took 38 ms per client in a profile, paid by every
    ``extract()`` call (each makes its own client) and by every batch before its first
    request. One context serves any number of connections, loops and threads.
    """
    return httpx.create_ssl_context()


def parse_completion(response: httpx.Response) -> ChatCompletion:
    """The completion in an answer, validated in pydantic-core.

    An answer off the OpenAI schema in the ways OpenAI-compatible servers commonly are
    (see :func:`_conformed`) is mended first. A body that is not JSON (cut off in transit,
    a proxy's page, bytes not UTF-8) raises :class:`~coopllm.retry.UnreadableAnswerError`,
    which the transport retries treat as transient; one that is still no completion with
    a message is the server's error, ``openai.APIResponseValidationError``, which no
    re-ask can cure. Nothing malformed reaches instructor, whose parsers assume the schema.
    """
    try:
        completion = ChatCompletion.model_validate_json(response.content)
    except ValidationError:
        data = _json_of(response)
        try:
            completion = ChatCompletion.model_validate(_conformed(data))
        except ValidationError as exc:
            raise _not_a_completion(response, data, exc.errors()[0]["msg"]) from exc
    if not completion.choices:
        raise _not_a_completion(response, completion.model_dump(), "no choices")
    return completion


def _json_of(response: httpx.Response) -> Any:
    """The answer's body as JSON, or :class:`~coopllm.retry.UnreadableAnswerError` saying
    what came instead (its status, content type and size, and why it is no JSON: never
    the body itself, which may quote the request)."""
    try:
        return json.loads(response.content)
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
        kind = response.headers.get("content-type") or "no content type"
        raise UnreadableAnswerError(
            f"the answer is not JSON (HTTP {response.status_code}, {kind}, "
            f"{len(response.content)} bytes: {exc}): cut off in transit, or a page from a "
            "proxy or gateway rather than the endpoint's"
        ) from None


def _not_a_completion(
    response: httpx.Response, data: object, why: str
) -> openai.APIResponseValidationError:
    return openai.APIResponseValidationError(
        response, data, message=f"the answer is not a chat completion ({why})"
    )


_TLS_CUT_OFF = (ssl.SSLEOFError, ssl.SSLZeroReturnError)
"""A TLS connection the other end closed: a fault in transit, retried, not a handshake
that cannot succeed."""


def connect_failure(exc: BaseException) -> str | None:
    """Why no connection was made, when that is what ``exc`` comes down to: refused, a
    host name that does not resolve, a certificate not trusted, any other failed TLS
    handshake (an https:// base URL for a plain HTTP server, as local ones are).

    Read from the operating system's error under the client's wrapping, because the
    wrapping misleads: the aiohttp transport the openai client ships reports a refused
    connection as "Request timed out." A timeout itself is not one of these: a slow
    answer may be the article's (a long generation).
    """
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, socket.gaierror):
            return f"the host name does not resolve ({cause.strerror})"
        # aiohttp's wrappers are TLS errors too, without the reason: read the one the ssl
        # module raised, under them.
        if isinstance(cause, ssl.SSLCertVerificationError):
            if hasattr(cause, "verify_message"):
                return (
                    f"its TLS certificate is not trusted ({cause.verify_message}); a private "
                    "certificate authority's bundle goes in SSL_CERT_FILE"
                )
        elif (
            isinstance(cause, ssl.SSLError)
            and hasattr(cause, "reason")
            and not isinstance(cause, _TLS_CUT_OFF)
        ):
            return (
                f"the TLS handshake failed ({cause.reason or cause}); a plain HTTP server? "
                "check http against https in the base URL"
            )
        cause = cause.__cause__ or cause.__context__
    return None


def origin(exc: openai.APIConnectionError | openai.APIStatusError) -> str:
    """Where the request went: scheme, host and port only (a URL's user part or query
    may hold a credential)."""
    url = exc.request.url
    return f"{url.scheme}://{url.host}{f':{url.port}' if url.port else ''}"


_FINISH_REASONS = frozenset({"stop", "length", "tool_calls", "content_filter", "function_call"})
_FINISH_SYNONYMS = {"max_tokens": "length", "model_length": "length"}
"""Servers' own names for a cut-off answer; any other unknown reason ("eos") is a stop."""


def _conformed(data: Any) -> Any:
    """``data`` with what OpenAI-compatible servers leave out or give their own way filled
    in as OpenAI would: no id, object or created; no usage, or part of it; a finish
    reason of their own; choices without index; tool calls without type or with their
    arguments as an object. Anything else is left for validation to refuse."""
    if not isinstance(data, dict) or not isinstance(data.get("choices"), list):
        return data
    usage = data.get("usage")
    created = data.get("created")
    return {
        **data,
        "id": str(data.get("id") or ""),
        "object": "chat.completion",
        "created": created if isinstance(created, int) else 0,
        "model": str(data.get("model") or ""),
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0, **usage}
        if isinstance(usage, dict)
        else None,
        "choices": [_conformed_choice(i, choice) for i, choice in enumerate(data["choices"])],
    }


def _conformed_choice(index: int, choice: Any) -> Any:
    if not isinstance(choice, dict):
        return choice
    reason = choice.get("finish_reason")
    if reason not in _FINISH_REASONS:
        reason = _FINISH_SYNONYMS.get(str(reason), "stop")
    message = choice.get("message")
    if isinstance(message, dict) and isinstance(message.get("tool_calls"), list):
        message = {**message, "tool_calls": list(map(_conformed_call, message["tool_calls"]))}
    return {**choice, "index": choice.get("index", index), "finish_reason": reason,
            "message": message}  # fmt: skip


def _conformed_call(call: Any) -> Any:
    function = call.get("function") if isinstance(call, dict) else None
    if not isinstance(function, dict):
        return call
    arguments = function.get("arguments")
    if not isinstance(arguments, str):
        function = {**function, "arguments": json.dumps(arguments)}
    return {"type": "function", **call, "function": function}


@dataclass(frozen=True)
class _Refusal:
    """A request parameter a model may refuse: how the endpoint says so (OpenAI's error
    ``param`` with one of ``codes``, or words like ``said``), and what is sent instead."""

    name: str
    codes: frozenset[str]
    said: re.Pattern[str]
    instead: str


_REFUSALS = (
    _Refusal("max_tokens", frozenset({"unsupported_parameter"}),
             re.compile(r"'max_tokens' is not supported.{0,40}max_completion_tokens", re.I),
             "max_completion_tokens instead"),
    _Refusal("temperature", frozenset({"unsupported_parameter", "unsupported_value"}),
             re.compile(r"unsupported (value|parameter): 'temperature'", re.I),
             "none (the default)"),
    # Asked for by the user; a model that does not reason has nothing to spend it on. A
    # value the model does not take is no refusal of the parameter: see
    # coopllm.retry.unsupported_feature.
    _Refusal("reasoning_effort", frozenset({"unsupported_parameter"}),
             re.compile(r"'?reasoning_effort'? is not supported|unrecognized request "
                        r"argument supplied: reasoning_effort", re.I),
             "none (the model's default)"),
)  # fmt: skip
"""OpenAI's reasoning models (o-series, gpt-5) take ``max_completion_tokens`` instead of
``max_tokens``, and no temperature but the default; models that do not reason refuse
``reasoning_effort``."""
_REASONING = re.compile(r"^(o\d|gpt-5)(?!.*chat)", re.I)
"""OpenAI's reasoning models by name (gpt-5-chat is not one): they refuse ``max_tokens``
and ``temperature`` from the first request on, which the provider's batch service needs
(it cannot learn from an answer: every line would fail)."""


def refused_parameter(exc: openai.BadRequestError) -> _Refusal | None:
    """The request parameter the endpoint says this model does not take, or None."""
    body = exc.body if isinstance(exc.body, dict) else {}
    for refusal in _REFUSALS:
        if body.get("param") == refusal.name and body.get("code") in refusal.codes:
            return refusal
        if refusal.said.search(server_message(exc)):
            return refusal
    return None


_NOT_REASONING = re.compile(r"^(gpt-4|gpt-3\.5)", re.I)
"""OpenAI's chat models that do not reason: they refuse ``reasoning_effort``."""


def reasons(model: str) -> bool | None:
    """Whether ``model`` is one of OpenAI's reasoning models, by its name; None when the
    name does not tell (an Azure deployment's, a local model's)."""
    if _REASONING.match(model):
        return True
    if _NOT_REASONING.match(model):
        return False
    return None


def presumed_refusals(model: str) -> set[str]:
    """What a model refuses before any answer says so: OpenAI's models by name, for the
    provider's batch service, whose lines cannot be asked again without what they refuse."""
    reasoning = reasons(model)
    if reasoning is None:
        return set()
    return {"max_tokens", "temperature"} if reasoning else {"reasoning_effort"}


def without_refused(body: dict[str, Any], refused: set[str]) -> dict[str, Any]:
    """``body`` as the model takes it: the completion cap as ``max_completion_tokens``,
    and no temperature or reasoning effort, where refused."""
    if not refused.intersection(body):
        return body
    kept = {key: value for key, value in body.items() if key not in refused}
    if "max_tokens" in refused and "max_tokens" in body:
        kept["max_completion_tokens"] = body["max_tokens"]
    return kept


class StructuredLLM:
    """Validated structured answers from one endpoint, re-asked on validation errors.

    instructor's mode handlers do the structured-output work: they build the schema part
    of the request, parse and validate the answer, and write the re-ask message that
    carries the validation error. The loop around them is ours, for one reason: speed.
    instructor's patched ``create`` re-prepares the response model on every call (a new
    pydantic class each time, its schema regenerated, and every nested model walked six
    times looking for async validators): a third of all client CPU in a batch. A
    response model does not change between calls, so :class:`_Plan` prepares it once.
    """

    def __init__(
        self, client: openai.AsyncOpenAI, settings: Settings, gate: RetryGate | None = None
    ) -> None:
        self.client = client
        self.settings = settings
        self.gate = gate or RetryGate()
        self.limits = RateLimits(settings)
        at_once = settings.requests_at_once()
        self._turns = asyncio.Semaphore(at_once) if at_once else None
        """Held from sending to the answer, where the endpoint serves that many at once."""
        self._handlers = mode_registry.get_handlers(
            Provider.OPENAI, _INSTRUCTOR_MODES[settings.mode]
        )
        self._plans: dict[type[BaseModel], _Plan] = {}
        self.refused = presumed_refusals(settings.resolved_model())
        """The request parameters this endpoint's model refuses: presumed by name, then
        learned from its answers (see :meth:`_send`)."""
        if settings.reasoning_effort is not None and "reasoning_effort" in self.refused:
            _log.info("model %r does not reason: the run sends no reasoning_effort",
                      settings.resolved_model())  # fmt: skip

    async def _send(self, body: dict[str, Any], schema_tokens: int) -> ChatCompletion:
        """One completion. A 400 saying that the model refuses a request parameter
        (``max_tokens``, ``temperature``, ``reasoning_effort``) is not the article's: the
        request goes again without it, as every later one does."""
        while True:
            sent = without_refused(body, self.refused)
            try:
                return await self._send_as_is(sent, schema_tokens)
            except openai.BadRequestError as exc:
                refused = refused_parameter(exc)
                if refused is None or refused.name not in sent:
                    raise
                if refused.name not in self.refused:
                    self.refused.add(refused.name)
                    _log.info("model %r refuses %s: the run sends %s", body.get("model"),
                              refused.name, refused.instead)  # fmt: skip

    async def _send_as_is(self, body: dict[str, Any], schema_tokens: int) -> ChatCompletion:
        """One completion: retried on transport faults, metered."""

        content = pydantic_core.to_json(body)  # once for all transport retries

        async def once() -> ChatCompletion:
            try:
                # A halted batch sends nothing more, and stops waiting to.
                await unless_halted(functools.partial(self._clear_to_send, body, schema_tokens))
                response = await self.client.post(
                    _COMPLETIONS, content=content, cast_to=httpx.Response
                )
            except openai.APIConnectionError as exc:
                # A transport that waits for rate limits of its own (collect's, for the
                # requests the batch did not answer) gave up on a halt; the SDK wraps it.
                if isinstance(exc.__cause__, RunStoppedError):
                    raise exc.__cause__ from None
                raise
            if self.limits.learning:
                await self.limits.heed(response.headers)
            return parse_completion(response)

        async with self._turn():
            completion: ChatCompletion = await call_with_retries(once, self.settings, self.gate)
        if completion.usage is not None:
            count_completion(completion.usage.prompt_tokens, completion.usage.completion_tokens)
        return completion

    @contextlib.asynccontextmanager
    async def _turn(self) -> AsyncIterator[None]:
        """The endpoint's turn, where it serves so many requests at once (the managed
        llama.cpp server: one), held from the first attempt to the last: the retry policy's
        time (``max_retry_seconds``) then counts from the turn, not from joining the
        queue for it (a review's find: a request queued behind others had no retry left).
        Taken after the halt-aware wait, so a halted run stops queueing."""
        turns = self._turns
        if turns is None:
            yield
            return
        held = False

        async def take() -> None:
            nonlocal held
            await turns.acquire()
            held = True

        try:
            await unless_halted(take)
            yield
        finally:
            if held:
                turns.release()

    async def _clear_to_send(self, body: dict[str, Any], schema_tokens: int) -> None:
        """Wait for the rate limits, then for any 429's pause (which may have come while
        the limiter held this request back)."""
        await self.limits.acquire(body, schema_tokens)
        await self.gate.wait()

    def prepare(self, *response_models: type[BaseModel]) -> None:
        """Prepare these models' plans (each schema) now rather than in the first
        requests of a batch, which wait for them (a few ms in all)."""
        for response_model in response_models:
            self._plan(response_model)

    def _plan(self, response_model: type[BaseModel]) -> _Plan:
        plan = self._plans.get(response_model)
        if plan is None:
            plan = self._plans[response_model] = _Plan.prepare(
                self._handlers, response_model, self.settings.mode
            )
        return plan

    def _body(self, plan: _Plan, messages: Sequence[dict[str, str]]) -> dict[str, Any]:
        """The first request's body: the sampling settings, the messages and the schema.
        ``reasoning_effort`` only when set: an endpoint that knows no such field may refuse
        it, and the bodies of runs without it stay as they were (cassettes match them)."""
        s = self.settings
        body: dict[str, Any] = {
            "messages": list(messages),
            "model": s.resolved_model(),
            "temperature": s.temperature,
            "max_tokens": s.max_tokens,
        }
        if s.reasoning_effort is not None:
            body["reasoning_effort"] = s.reasoning_effort
        if plan.request is None:  # a mode whose handler edits the messages themselves
            _, body = self._handlers.request_handler(response_model=plan.model, kwargs=body)
        else:
            body.update(plan.request)
        if plan.object_schema is not None:
            body["response_format"] = {"type": "json_object", "schema": plan.object_schema}
        return body

    async def ask(
        self,
        response_model: type[M],
        messages: Sequence[dict[str, str]],
        *,
        max_reasks: int | None = None,
    ) -> tuple[M, ChatCompletion]:
        """The validated object and the raw completion it came from.

        A validation error is re-asked up to ``max_reasks`` times with the error in the
        conversation; then instructor's ``InstructorRetryException`` is raised with the
        last completion, as instructor's own loop would. ``IncompleteOutputException``
        (``finish_reason: length``) is raised at once: re-asking a truncated answer with
        the same budget only truncates it again (the pipeline decides what to do). A
        refusal (``message.refusal``) is an ``InvalidOutputError`` at once (instructor
        raised an AssertionError, which reached users as an internal error).
        No validation context is passed (see :func:`coopllm.guard.guarding` for why).
        """
        plan = self._plan(response_model)
        body = self._body(plan, messages)
        reasks = self.settings.max_reasks if max_reasks is None else max_reasks
        failed: list[FailedAttempt] = []
        while True:
            completion = await self._send(body, plan.schema_tokens)
            refusal = completion.choices[0].message.refusal
            if refusal:  # a content filter's, say: asking again gets the same
                raise InvalidOutputError(f"the model refused to answer: {refusal}")
            try:
                parsed = self._handlers.response_parser(
                    response=completion, response_model=plan.model, validation_context=None,
                    strict=True, stream=False, is_async=True,
                )  # fmt: skip
                return cast(M, parsed), completion
            except _PARSE_ERRORS as exc:
                failed.append(FailedAttempt(len(failed) + 1, exc, completion))
                if len(failed) > reasks:
                    raise InstructorRetryException(
                        str(exc), last_completion=completion, n_attempts=len(failed),
                        total_usage=None, create_kwargs=body, failed_attempts=failed,
                    ) from exc  # fmt: skip
                body = self._handlers.reask_handler(kwargs=body, response=completion, exception=exc)


@dataclass(frozen=True)
class _Plan:
    """What instructor prepares for one response model, computed once per model.

    ``model`` is instructor's runtime form of the response model (validated answers are
    instances of a subclass of it); ``request`` is the schema part of the request body
    (``tools`` + ``tool_choice``, or ``response_format``), or None in the JSON modes,
    whose handler writes the schema into the messages and so runs per request.
    ``object_schema`` is the JSON Schema that llama.cpp's ``json_object`` grammar takes.
    ``schema_tokens`` estimates what the schema part adds to the prompt, for the tokens
    per minute limit (in the JSON modes the messages carry the schema and are counted).
    """

    model: type[BaseModel]
    request: dict[str, Any] | None
    object_schema: dict[str, Any] | None
    schema_tokens: int

    @classmethod
    def prepare(cls, handlers: ModeHandlers, response_model: type[BaseModel], mode: Mode) -> _Plan:
        """Ask the mode's handler for a request with no messages: what it adds is the
        schema part, unless it wrote messages of its own."""
        prepared, probe = handlers.request_handler(
            response_model=response_model, kwargs={"messages": []}
        )
        edits_messages = probe.pop("messages") != []
        object_schema = response_model.model_json_schema() if mode == "json_object_schema" else None
        return cls(
            model=prepared,
            request=None if edits_messages else probe,
            object_schema=object_schema,
            schema_tokens=text_tokens(json.dumps([probe, object_schema])),
        )
