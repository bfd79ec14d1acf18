"""An endpoint that fails every article alike: its typed errors, and a batch that stops.

A wrong key, a model the endpoint does not have, or a server that is down say nothing
about the article; a batch that went on would write a whole archive as error rows.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import logging
import math
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from conftest import ARTICLE, GOOD_ANSWER, TEST_KEY, clean_env, cli_env, unset_own_env
from typer.testing import CliRunner

from coopllm import ExtractionFailure, Outcome, extract, extract_many
from coopllm.batch import run_batch
from coopllm.cli import app
from coopllm.client import connect_failure
from coopllm.errors import (
    AccessDeniedError,
    ConfigurationError,
    EndpointError,
    EndpointFailingError,
    ModelNotFoundError,
    QuotaExhaustedError,
    RequestRejectedError,
    TransportError,
    UnreachableEndpointError,
    UnsupportedRequestError,
)
from coopllm.inputs import ArticleInput
from coopllm.settings import Settings, make_settings
from coopllm.testing import FakeOpenAIServer, Reply, completion, error_body

REFUSED = Reply(error_body(401, f"Incorrect API key provided: {TEST_KEY}"), 401)
OK = Reply(completion(GOOD_ANSWER))


def _closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then let go)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _articles(*marks: str) -> list[ArticleInput]:
    return [ArticleInput(f"a{i:02d}", f"{ARTICLE}\n{mark} {i}") for i, mark in enumerate(marks)]


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
def test_a_refused_connection_is_said_so_not_called_a_timeout(
    settings: Settings, transport: str
) -> None:
    port = _closed_port()
    dead = settings.merged(
        base_url=f"http://127.0.0.1:{port}/v1", http_transport=transport, max_attempts=2
    )
    with pytest.raises(UnreachableEndpointError) as caught:
        extract(ARTICLE, source="a", settings=dead)
    assert str(caught.value) == f"a: cannot connect to http://127.0.0.1:{port}: connection refused"
    assert isinstance(caught.value, TransportError), "still a transport fault, retried first"


@pytest.fixture
def untrusted_tls_port() -> Iterator[int]:
    """A port that speaks TLS with a certificate from an authority no one trusts."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    trustme.CA().issue_cert("127.0.0.1").configure_cert(context)
    listener = socket.create_server(("127.0.0.1", 0))

    def handshakes() -> None:
        with contextlib.suppress(OSError):  # the listener closed: the test is over
            while True:
                connection, _ = listener.accept()
                with contextlib.suppress(OSError):  # the client refuses the certificate
                    context.wrap_socket(connection, server_side=True).close()

    threading.Thread(target=handshakes, daemon=True).start()
    yield listener.getsockname()[1]
    listener.close()


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
def test_a_certificate_not_trusted_is_said_so(
    settings: Settings, untrusted_tls_port: int, transport: str
) -> None:
    tls = settings.merged(base_url=f"https://127.0.0.1:{untrusted_tls_port}/v1",
                          http_transport=transport, max_attempts=1)  # fmt: skip
    said = (rf"^a: cannot connect to https://127.0.0.1:{untrusted_tls_port}: its TLS "
            r"certificate is not trusted \(.+\); a private .+ SSL_CERT_FILE$")  # fmt: skip
    with pytest.raises(UnreachableEndpointError, match=said):
        extract(ARTICLE, source="a", settings=tls)


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
def test_https_to_a_plain_http_server_is_said_so_with_a_hint(
    server: FakeOpenAIServer, settings: Settings, transport: str
) -> None:
    """The TLS handshake's failure (the server answers in plain HTTP) was lost under the
    client's wrapping: "Request timed out." on aiohttp, "Connection error." on httpx."""
    host = server.base_url.removeprefix("http://").removesuffix("/v1")
    tls = settings.merged(base_url=f"https://{host}/v1", http_transport=transport,
                          max_attempts=1)  # fmt: skip
    said = (rf"^a: cannot connect to https://{host}: the TLS handshake failed "
            r"\(WRONG_VERSION_NUMBER\); a plain HTTP server\? "
            r"check http against https in the base URL$")  # fmt: skip
    with pytest.raises(UnreachableEndpointError, match=said):
        extract(ARTICLE, source="a", settings=tls)


def test_a_host_name_that_does_not_resolve_is_said_so(settings: Settings) -> None:
    nowhere = settings.merged(base_url="http://no-such-host.invalid/v1", max_attempts=1)
    said = r"^a: cannot connect to http://no-such-host.invalid: the host name does not resolve \("
    with pytest.raises(UnreachableEndpointError, match=said):
        extract(ARTICLE, source="a", settings=nowhere)


@pytest.mark.parametrize(
    ("status", "kind"),
    [(401, AccessDeniedError), (403, AccessDeniedError), (404, ModelNotFoundError),
     (400, RequestRejectedError), (422, RequestRejectedError)],
)  # fmt: skip
def test_refusals_that_are_not_the_articles_are_endpoint_errors(
    server: FakeOpenAIServer, settings: Settings, status: int, kind: type[RequestRejectedError]
) -> None:
    server.push(Reply(error_body(status, f"no ({TEST_KEY})"), status))
    with pytest.raises(RequestRejectedError) as caught:
        extract(ARTICLE, source="a", settings=settings)
    assert type(caught.value) is kind
    assert isinstance(caught.value, EndpointError) is (status in (401, 403, 404))
    assert f"HTTP {status}" in str(caught.value) and TEST_KEY not in str(caught.value)
    if status == 404:
        host = server.base_url.removesuffix("/v1")
        assert str(caught.value).endswith(f"(model 'test-model' at {host})")
    assert len(server.requests) == 1, "not retried"


OUT_OF_CREDIT = [
    Reply({"error": {"message": "You exceeded your current quota, please check your plan and "
                                "billing details.", "type": "insufficient_quota", "param": None,
                     "code": "insufficient_quota"}}, 429),
    Reply({"error": {"code": 402, "message": "Insufficient credits. Add more using "
                                             "https://openrouter.ai/settings/credits"}}, 402),
]  # fmt: skip
"""What OpenAI (a 429 that is no rate limit) and OpenRouter say when the account's credit
is spent."""


@pytest.mark.parametrize("answer", OUT_OF_CREDIT, ids=["openai-429", "openrouter-402"])
def test_an_account_out_of_credit_fails_at_once_and_says_to_add_credit(
    server: FakeOpenAIServer, settings: Settings, answer: Reply
) -> None:
    """Retried as a rate limit, it held every worker in the shared pause and then failed
    as ``transport``, which never stopped a batch: no retry brings the credit back."""
    server.fallback = lambda body: answer
    with pytest.raises(QuotaExhaustedError) as caught:
        extract(ARTICLE, source="a", settings=settings)
    said = str(caught.value)
    assert said.startswith(f"a: the account has no credit left: HTTP {answer.status}: ")
    assert said.endswith("add credit, then run the same command again to resume")
    assert isinstance(caught.value, EndpointError) and not isinstance(caught.value, TransportError)
    assert caught.value.code == "quota_exhausted"
    assert len(server.requests) == 1, "not retried"


@pytest.mark.parametrize("answer", OUT_OF_CREDIT, ids=["openai-429", "openrouter-402"])
def test_a_batch_stops_when_the_account_runs_out_of_credit(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings, answer: Reply
) -> None:
    server.fallback = lambda body: answer
    (tmp_path / "in").mkdir()
    for i in range(10):
        (tmp_path / "in" / f"art{i}.txt").write_text(f"{ARTICLE}\n{i}", encoding="utf-8")
    env = {**unset_own_env(), **cli_env(server, tmp_path / "cache", documents_pass=False)}
    ran = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "--out",
                                   str(tmp_path / "out.jsonl"), "-c", "1"], env=env)  # fmt: skip
    assert ran.exit_code == 69, ran.output
    assert "stopped: the endpoint failed 3 articles in a row" in ran.output
    assert "add credit, then run the same command again to resume" in ran.output
    assert len(server.requests) == 3, "one request an article, none retried"
    failed = _lines(tmp_path / "out.errors.jsonl")
    assert [row["code"] for row in failed] == ["quota_exhausted"] * 3


UNSUPPORTED = [
    (400, "registry.ollama.ai/library/gemma:2b does not support tools", "tool calls",
     "another --mode"),
    (500, "tools param requires --jinja flag", "tool calls", "another --mode"),
    (400, "Invalid parameter: 'response_format' of type 'json_schema' is not supported with "
          "this model.", "the response format", "another --mode"),
    (400, "Unsupported value: 'reasoning_effort' does not support 'none' with this model. "
          "Supported values are: 'minimal', 'low', 'medium', and 'high'.",
     "this reasoning effort", "another --reasoning-effort"),
]  # fmt: skip
"""What Ollama, llama.cpp's server and OpenAI answer for a request they cannot serve."""


@pytest.mark.parametrize(("status", "message", "feature", "remedy"), UNSUPPORTED)
def test_a_request_the_endpoint_cannot_serve_fails_at_once_and_says_what_to_change(
    server: FakeOpenAIServer, settings: Settings, status: int, message: str, feature: str,
    remedy: str,
) -> None:  # fmt: skip
    server.fallback = lambda body: Reply(error_body(status, message), status)
    with pytest.raises(UnsupportedRequestError) as caught:
        extract(ARTICLE, source="a", settings=settings.merged(reasoning_effort="none"))
    expected = (f"a: the endpoint cannot serve {feature} for model 'test-model' (mode "
                f"'tools'): HTTP {status}: {message}; try {remedy}")  # fmt: skip
    assert str(caught.value).startswith(expected)
    assert isinstance(caught.value, EndpointError)
    assert len(server.requests) == 1, "not retried, a 500 included"


def test_a_batch_on_an_endpoint_that_cannot_serve_its_requests_stops(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    status, message, _, _ = UNSUPPORTED[1]
    server.fallback = lambda body: Reply(error_body(status, message), status)
    with pytest.raises(EndpointFailingError) as caught:
        asyncio.run(run_batch(_articles(*["text"] * 30), settings, out=tmp_path / "out.jsonl",
                              errors=None, concurrency=2))  # fmt: skip
    assert isinstance(caught.value.last, UnsupportedRequestError)
    assert len(server.requests) < 10, "stopped after a few, each asked once"


def _reasoning_model(said_as: str) -> Callable[[dict[str, Any]], Reply]:
    """An endpoint serving a model that takes no ``max_tokens`` and no temperature but
    the default, refusing them as OpenAI does (``said_as="openai"``: the error's param and
    code) or in its message alone, as a server copying OpenAI's words may."""

    def refuse(param: str, message: str, code: str) -> Reply:
        body = error_body(400, message)
        if said_as == "openai":
            body["error"].update(param=param, code=code, type="invalid_request_error")
        return Reply(body, 400)

    def answer(body: dict[str, Any]) -> Reply:
        if "max_tokens" in body:
            return refuse("max_tokens", "Unsupported parameter: 'max_tokens' is not supported "
                          "with this model. Use 'max_completion_tokens' instead.",
                          "unsupported_parameter")  # fmt: skip
        if "temperature" in body:
            return refuse("temperature", "Unsupported value: 'temperature' does not support "
                          f"{body['temperature']} with this model. Only the default (1) value "
                          "is supported.", "unsupported_value")  # fmt: skip
        return OK

    return answer


@pytest.mark.parametrize("said_as", ["openai", "message"])
def test_a_model_that_refuses_max_tokens_and_temperature_is_asked_without_them(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings, said_as: str,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    """A reasoning model behind a name that does not say so (an Azure deployment): its
    first refusals teach the run, each once, and it says so (the CLI shows these lines);
    the article is not failed for them, and the requests after are sent as the model
    takes them."""
    server.fallback = _reasoning_model(said_as)
    out = tmp_path / "out.jsonl"
    articles = _articles("one", "two", "three")
    with caplog.at_level(logging.INFO, logger="coopllm"):
        summary = asyncio.run(
            run_batch(articles, settings, out=out, errors=tmp_path / "e.jsonl", concurrency=1)
        )
    assert [r.getMessage() for r in caplog.records if "refuses" in r.getMessage()] == [
        "model 'test-model' refuses max_tokens: the run sends max_completion_tokens instead",
        "model 'test-model' refuses temperature: the run sends none (the default)",
    ]
    assert (summary.done, summary.failed) == (3, 0)
    assert [sorted({"max_tokens", "temperature"} & set(r)) for r in server.requests[:3]] == [
        ["max_tokens", "temperature"], ["temperature"], []
    ]  # fmt: skip
    assert len(server.requests) == 2 + 3, "each refusal once, then one request an article"
    assert {r["max_completion_tokens"] for r in server.requests[2:]} == {settings.max_tokens}


def test_a_reasoning_model_by_name_is_asked_without_them_from_the_first_request(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """OpenAI's reasoning models (o-series, gpt-5) are known by name: no request is
    refused, which the provider's batch service needs (its lines cannot be asked again)."""
    server.fallback = _reasoning_model("openai")
    extract(ARTICLE, source="a", settings=settings.merged(model="gpt-5-mini"))
    (request,) = server.requests
    assert "max_tokens" not in request and "temperature" not in request
    assert request["max_completion_tokens"] == settings.max_tokens


def test_the_reasoning_effort_asked_for_is_sent_recorded_and_keys_the_cache(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """Sent only when asked for (the bodies of other runs, and their cassettes, stay as
    they were); the record says what was asked; an answer cached at another effort is
    not served for this one."""
    server.fallback = lambda body: OK
    plain = extract(ARTICLE, source="a", settings=settings)
    low = extract(ARTICLE, source="a", settings=settings.merged(reasoning_effort=" Low"))
    again = extract(ARTICLE, source="a", settings=settings.merged(reasoning_effort="low"))
    first, second = server.requests
    assert "reasoning_effort" not in first and second["reasoning_effort"] == "low"
    assert (plain.provenance.reasoning_effort, low.provenance.reasoning_effort) == (None, "low")
    assert again.usage.cached and len(server.requests) == 2, "the same effort: from the cache"


def test_only_the_documented_variables_give_the_key_and_the_endpoint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another tool's ``API_KEY`` or ``BASE_URL`` left in the environment is not taken for
    ours: a key sent to the wrong endpoint, or an endpoint the user never chose."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("API_KEY", "sk-stray")
    monkeypatch.setenv("BASE_URL", "http://elsewhere.example/v1")
    stray = Settings()
    assert (stray.api_key, stray.base_url) == (None, None)
    monkeypatch.setenv("OPENAI_API_KEY", TEST_KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    chosen = Settings()
    assert chosen.api_key is not None and chosen.api_key.get_secret_value() == TEST_KEY
    assert chosen.base_url == "http://127.0.0.1:9/v1"
    assert Settings(api_key="sk-given", base_url="http://a.example/v1").base_url == (
        "http://a.example/v1"
    )


def test_a_key_is_trimmed_and_one_no_header_carries_is_refused_without_being_said(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    """A pasted key's line break failed every article as a transport error (exit 1, the
    batch never stopping); an accented letter, as an internal error."""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-pasted-0123456789\n")
    key = Settings().api_key
    assert key is not None and key.get_secret_value() == "sk-pasted-0123456789"
    for bad in ("sk-Zq8 Wm-0123456789", "sk-Zq8é-0123456789", "sk-Zq8\x7f-0123456789"):
        monkeypatch.setenv("OPENAI_API_KEY", bad)
        with pytest.raises(ConfigurationError, match="OPENAI_API_KEY holds a character") as e:
            make_settings()
        assert "Zq8" not in str(e.value), "the key is never said"
    with pytest.raises(ConfigurationError, match="api_key") as raised:
        Settings(api_key="sk-pasté-0123456789")
    assert "0123456789" not in str(raised.value)


def test_a_temperature_that_is_no_number_is_refused(settings: Settings) -> None:
    """NaN passed, was written into a batch's state as null, and collect refused it."""
    with pytest.raises(ConfigurationError, match="temperature"):
        make_settings(settings, temperature=math.nan)


def test_an_effort_that_is_no_word_is_a_configuration_error(settings: Settings) -> None:
    """Caught before any request: a typo'd effort would fail every article alike."""
    with pytest.raises(ConfigurationError, match="reasoning_effort"):
        make_settings(settings, reasoning_effort="lo w")
    assert make_settings(settings, reasoning_effort=" ").reasoning_effort is None


@pytest.mark.parametrize("said_as", ["openai", "words"])
def test_a_model_that_does_not_reason_is_asked_without_the_effort(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings, said_as: str,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    """A model that refuses the parameter (OpenAI's chat models, with the error's param
    and code; others in words alone, as Groq's) has nothing to spend it on: the run drops
    it once, says so, and fails no article for it."""

    def answer(body: dict[str, Any]) -> Reply:
        if "reasoning_effort" not in body:
            return OK
        if said_as == "words":
            return Reply(error_body(400, "reasoning_effort is not supported with this model"),
                         400)  # fmt: skip
        refusal = error_body(400, "Unsupported parameter: the model takes no such field.")
        refusal["error"].update(param="reasoning_effort", code="unsupported_parameter")
        return Reply(refusal, 400)

    server.fallback = answer
    effort = settings.merged(reasoning_effort="high")
    with caplog.at_level(logging.INFO, logger="coopllm"):
        summary = asyncio.run(run_batch(_articles("one", "two"), effort, out=tmp_path / "o.jsonl",
                                        errors=tmp_path / "e.jsonl", concurrency=1))  # fmt: skip
    assert (summary.done, summary.failed) == (2, 0)
    assert ["reasoning_effort" in r for r in server.requests] == [True, False, False]
    assert [r.getMessage() for r in caplog.records if "refuses" in r.getMessage()] == [
        "model 'test-model' refuses reasoning_effort: the run sends none (the model's default)"
    ]


def test_an_effort_for_a_model_known_not_to_reason_is_not_sent(
    server: FakeOpenAIServer, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    """OpenAI's chat models refuse the parameter: known by name, as the provider's batch
    service needs (every line of a batch would fail), and said once."""
    server.fallback = lambda body: OK
    with caplog.at_level(logging.INFO, logger="coopllm"):
        extract(ARTICLE, source="a", settings=settings.merged(model="gpt-4o-mini",
                                                              reasoning_effort="low"))  # fmt: skip
    (request,) = server.requests
    assert "reasoning_effort" not in request and request["max_tokens"] == settings.max_tokens
    assert [r.getMessage() for r in caplog.records if "reason" in r.getMessage()] == [
        "model 'gpt-4o-mini' does not reason: the run sends no reasoning_effort"
    ]


def test_a_refusal_the_request_already_heeds_fails_the_article_not_loops(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """An endpoint that says max_tokens is refused whatever it is sent: the request goes
    again once, without it, and then the article fails with what the endpoint said."""
    message = "Unsupported parameter: 'max_tokens' is not supported with this model. Use " \
              "'max_completion_tokens' instead."  # fmt: skip
    server.fallback = lambda body: Reply(error_body(400, message), 400)
    with pytest.raises(RequestRejectedError, match="max_completion_tokens"):
        extract(ARTICLE, source="a", settings=settings)
    assert len(server.requests) == 2


def test_extract_many_stops_as_a_batch_does_after_yielding_the_failures(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """A library loop over an archive is stopped as the CLI's batch is: the caller gets
    each failure first, then ``EndpointFailingError``; 0 never stops."""
    server.fallback = lambda body: REFUSED
    seen: list[Outcome] = []
    with pytest.raises(EndpointFailingError) as caught:
        for outcome in extract_many(_articles(*["text"] * 30), concurrency=2, settings=settings):
            seen.append(outcome)
    assert caught.value.failures == 3 and isinstance(caught.value.last, AccessDeniedError)
    assert [o.code for o in seen if isinstance(o, ExtractionFailure)] == ["access_denied"] * 3
    assert len(seen) == 3 and len(server.requests) < 10, "the loop went on asking"

    never = settings.merged(stop_after_endpoint_failures=0)
    outcomes = list(extract_many(_articles(*["text"] * 6), concurrency=2, settings=never))
    assert [o.code for o in outcomes if isinstance(o, ExtractionFailure)] == ["access_denied"] * 6


def test_a_batch_stops_when_the_key_is_refused_and_resumes_once_it_is_mended(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    server.fallback = lambda body: REFUSED
    articles = _articles(*["text"] * 30)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    with pytest.raises(EndpointFailingError) as caught:
        asyncio.run(run_batch(articles, settings, out=out, errors=errors, concurrency=4))
    assert caught.value.failures == 3 and isinstance(caught.value.last, AccessDeniedError)
    assert str(caught.value).startswith("stopped: the endpoint failed 3 articles in a row")
    assert len(server.requests) < 10, "the batch went on asking"
    assert [row["code"] for row in _lines(errors)] == ["access_denied"] * 3
    assert out.read_text(encoding="utf-8") == ""

    server.fallback = lambda body: OK
    summary = asyncio.run(run_batch(articles, settings, out=out, errors=errors, concurrency=4))
    assert summary.done == 30 and summary.failed == 0
    assert sorted(r["source"] for r in _lines(out)) == [a.source for a in articles]
    assert not errors.exists(), "the retried failures left the file, and it went"


def test_records_and_the_articles_own_failures_between_refusals_do_not_stop_a_batch(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    def answer(body: dict[str, Any]) -> Reply:
        text = json.dumps(body["messages"])
        if "REFUSE" in text:
            return REFUSED
        if "TOO_LONG" in text:
            return Reply(error_body(400, "maximum context length exceeded"), 400)
        return OK

    server.fallback = answer
    marks = ["REFUSE", "REFUSE", "fine", "REFUSE", "REFUSE", "TOO_LONG", "REFUSE", "REFUSE"]
    summary = asyncio.run(run_batch(_articles(*marks), settings, out=tmp_path / "out.jsonl",
                                    errors=tmp_path / "errors.jsonl", concurrency=1))  # fmt: skip
    assert (summary.done, summary.failed) == (1, 7)


def test_a_limit_of_zero_never_stops(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    server.fallback = lambda body: REFUSED
    patient = settings.merged(stop_after_endpoint_failures=0)
    summary = asyncio.run(run_batch(_articles(*["text"] * 8), patient, out=tmp_path / "o.jsonl",
                                    errors=tmp_path / "e.jsonl", concurrency=2))  # fmt: skip
    assert summary.failed == 8


def test_the_cli_stops_on_a_dead_endpoint_with_exit_69_and_says_how_to_resume(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(10):
        (corpus / f"art{i}.txt").write_text(f"{ARTICLE}\n{i}", encoding="utf-8")
    port = _closed_port()
    env = {**clean_env(), "OPENAI_BASE_URL": f"http://127.0.0.1:{port}/v1",
           "OPENAI_API_KEY": TEST_KEY, "COOPLLM_MODEL": "test-model",
           "COOPLLM_CACHE_DIR": str(tmp_path / "cache"), "COOPLLM_MAX_ATTEMPTS": "1"}  # fmt: skip
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "coopllm.cli", "extract", str(corpus), "--out", str(out), "-c", "2"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 69, done.stderr
    assert f"cannot connect to http://127.0.0.1:{port}: connection refused" in done.stderr
    assert "stopped: the endpoint failed 3 articles in a row" in done.stderr
    assert "run the same command again to resume" in done.stderr
    assert "Traceback" not in done.stderr and "Unclosed" not in done.stderr
    assert len(_lines(tmp_path / "out.errors.jsonl")) == 3


@pytest.mark.parametrize(
    ("first_outcome", "fault", "grace", "stops"),
    [
        ("record", "down", 3600.0, False),
        ("record", "down", 0.0, True),
        ("record", "refusing", 3600.0, True),
        ("cached record", "down", 3600.0, True),  # the endpoint was not asked
        ("server error", "down", 3600.0, True),  # nor did it answer
    ],
)
def test_once_the_endpoint_answered_only_an_outage_longer_than_its_grace_stops_a_batch(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings, first_outcome: str,
    fault: str, grace: float, stops: bool,
) -> None:  # fmt: skip
    """A server that answered and then went down may be restarting; a key refused mid-run
    (revoked) will not heal by waiting, nor will a server that never answered."""
    first, *rest = _articles(*["text"] * 6)
    quick = settings.merged(max_attempts=2, outage_grace_seconds=grace)  # one for a cut connection
    server.fallback = lambda body: OK
    if first_outcome == "cached record":
        asyncio.run(run_batch([first], quick, out=tmp_path / "before.jsonl", errors=None))
    if first_outcome == "server error":
        server.fallback = lambda body: Reply(error_body(503, "overloaded"), 503)

    def articles() -> Any:
        yield first  # one at a time: the fault comes once its outcome is in
        if fault == "down":
            server.go_down()
        else:
            server.fallback = lambda body: REFUSED
        yield from rest

    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    batch = run_batch(articles(), quick, out=out, errors=errors, concurrency=1)
    if stops:
        with pytest.raises(EndpointFailingError):
            asyncio.run(batch)
    else:
        summary = asyncio.run(batch)
        assert (summary.done, summary.failed) == (1, 5)
        assert {row["code"] for row in _lines(errors)} == {"unreachable"}
    written = 0 if first_outcome == "server error" else 1
    assert len(_lines(out)) == written
    # Three in a row stop it: a server error (503 to every try) is the endpoint's too.
    assert len(_lines(errors)) == (3 if stops else 5)


@pytest.mark.parametrize("grace", [0.0, 3600.0])
def test_a_server_that_answers_5xx_to_every_try_stops_a_batch_after_its_grace(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings, grace: float
) -> None:
    """A proxy whose backend is down answers 502 to everything (a review's find): each
    article fails as ``server_error`` after its retries, and the batch stops once they
    have failed for the grace in a row, not before: a backend that crashes on a few
    articles (a 500 each) fails only those (a second review's find), however they come
    first."""
    quick = settings.merged(max_attempts=2, outage_grace_seconds=grace)
    server.fallback = lambda body: Reply(error_body(502, "Bad Gateway"), 502)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    batch = run_batch(_articles(*["text"] * 5), quick, out=out, errors=errors, concurrency=1)
    if grace:
        assert asyncio.run(batch).failed == 5
    else:
        with pytest.raises(EndpointFailingError):
            asyncio.run(batch)
    rows = _lines(errors)
    assert {row["code"] for row in rows} == {"server_error"}
    assert len(rows) == (5 if grace else 3)
    assert "HTTP 502 to every try: Bad Gateway" in rows[0]["message"]


def test_articles_a_backend_fails_with_500_do_not_stop_the_batch_before_the_others(
    tmp_path: Path, server: FakeOpenAIServer, settings: Settings
) -> None:
    """Four articles the backend crashes on, first in the input, then twenty it answers:
    the run writes the twenty (a review's find: it stopped at the third)."""

    def answer(body: dict[str, Any]) -> Reply:
        if "POISON" in json.dumps(body["messages"]):
            return Reply(error_body(500, "runner terminated"), 500)
        return OK

    server.fallback = answer
    quick = settings.merged(max_attempts=2)
    marks = ["POISON"] * 4 + ["fine"] * 20
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    summary = asyncio.run(run_batch(_articles(*marks), quick, out=out, errors=errors,
                                    concurrency=1))  # fmt: skip
    assert (summary.done, summary.failed) == (20, 4)


def test_a_tls_connection_cut_off_is_no_failed_handshake() -> None:
    """Closed mid-answer, TLS says EOF: a fault in transit, retried, where a handshake
    that fails (https:// to a plain HTTP server) means the endpoint cannot be reached."""
    cut, refused = RuntimeError("Connection error."), RuntimeError("Connection error.")
    cut.__cause__ = ssl.SSLEOFError(8, "EOF occurred in violation of protocol")
    refused.__cause__ = ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number")
    for raised, reason in ((cut.__cause__, "EOF"), (refused.__cause__, "WRONG_VERSION_NUMBER")):
        raised.reason = reason  # type: ignore[attr-defined]  # as the ssl module sets it
    assert connect_failure(cut) is None
    assert "the TLS handshake failed" in (connect_failure(refused) or "")


GATEWAY_USER, GATEWAY_PASSWORD = "gwuser", "secretpw"
GATEWAY_BASIC = "Z3d1c2VyOnNlY3JldHB3"
"""The base64 of gwuser:secretpw: the Basic authorization the client makes of the URL's
credentials."""


def _gateway_url(server: FakeOpenAIServer, user: str = GATEWAY_USER) -> str:
    host = server.base_url.removeprefix("http://")
    return f"http://{user}:{GATEWAY_PASSWORD}@{host}"


def test_a_gateway_that_echoes_the_basic_authorization_has_it_scrubbed(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """A server that quotes the Authorization header it got ("Basic Z3d1...") leaked the
    base URL's user and password, base64-encoded, to stderr and the errors file."""
    server.fallback = lambda body: Reply(
        error_body(401, f"credentials not accepted: {server.authorizations[-1]}"), 401
    )
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    env = {**cli_env(server, tmp_path / "cache", documents_pass=False),
           "OPENAI_BASE_URL": _gateway_url(server), "OPENAI_API_KEY": ""}  # fmt: skip
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(out)], env=env)
    assert result.exit_code == 1, result.output
    assert server.authorizations == [f"Basic {GATEWAY_BASIC}"], "what the gateway echoed"
    errors = (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8")
    assert "credentials not accepted: Basic ***" in errors
    for said in (result.stderr, errors):
        assert "credentials not accepted: Basic ***" in said, said
        assert GATEWAY_BASIC not in said and GATEWAY_PASSWORD not in said


def test_the_basic_authorization_is_scrubbed_of_credentials_as_written_and_decoded() -> None:
    """httpx sends the percent-decoded user and password; a client may send them as
    written."""
    settings = Settings(base_url="http://gw%40corp:p%40ss-123@gw.example.com/v1")
    sent = base64.b64encode(b"gw@corp:p@ss-123").decode()
    written = base64.b64encode(b"gw%40corp:p%40ss-123").decode()
    assert settings.scrub(f"echo: Basic {sent}; Basic {written}") == "echo: Basic ***; Basic ***"


def test_a_base_urls_credentials_go_in_place_of_the_key_and_that_is_said_once(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    """httpx sends the URL's user and password as Basic authorization, which replaces the
    key's Bearer header: the key set beside them never reached the gateway, unsaid."""
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    for i in range(2):
        (tmp_path / f"a{i}.txt").write_text(f"{ARTICLE}\n{i}", encoding="utf-8")
    # A path of its own: the warning is said once a process for an endpoint.
    url = f"{_gateway_url(server).removesuffix('/v1')}/{tmp_path.name}/v1"
    env = {**cli_env(server, tmp_path / "cache", documents_pass=False), "OPENAI_BASE_URL": url}
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-c", "2"], env=env)
    assert result.exit_code == 0, result.output
    assert server.authorizations == [f"Basic {GATEWAY_BASIC}"] * 2
    said = [line for line in result.stderr.splitlines() if "in place of the API key" in line]
    assert said == [
        "coopllm: the base URL of 127.0.0.1 carries a user and password: they are sent as "
        "Basic authorization in place of the API key, which is not sent; drop them from the "
        "URL to send the key, or unset the key"
    ], result.stderr
    without_key = {**env, "OPENAI_API_KEY": ""}
    quiet = CliRunner().invoke(app, ["extract", str(tmp_path), "--no-cache"], env=without_key)
    assert quiet.exit_code == 0 and "in place of" not in quiet.stderr, quiet.stderr


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [("--base-url", "ftp://gw.example.com/v1",
      "base_url: base_url must be an http(s) URL with a host: it does not start with http:// "
      "or https://"),
     ("--price", "1.25", "price_per_million: a price is IN,OUT: two numbers of US dollars, "
      "zero or more, per million input and output tokens (as 1.25,10), not '1.25'")],
)  # fmt: skip
def test_a_settings_error_is_said_in_our_words_alone(
    tmp_path: Path, option: str, value: str, said: str
) -> None:
    """Each message began with pydantic's "Value error, "."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    env = {**unset_own_env(), "OPENAI_API_KEY": TEST_KEY}
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), option, value], env=env)
    assert result.exit_code == 2, result.output
    assert result.stderr == f"coopllm: invalid settings: {said}\n"


def test_a_failure_line_names_its_source_once(tmp_path: Path) -> None:
    """It read "failed: a.txt: [unreachable] a.txt: cannot connect ...": the message
    begins with the source, as it stands alone in the errors file (which keeps it)."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    port = _closed_port()
    env = {**unset_own_env(), "OPENAI_API_KEY": TEST_KEY, "COOPLLM_MAX_ATTEMPTS": "1",
           "OPENAI_BASE_URL": f"http://127.0.0.1:{port}/v1",
           "COOPLLM_CACHE_DIR": str(tmp_path / "cache")}  # fmt: skip
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(out)], env=env)
    assert result.exit_code == 1, result.output
    said = f"a.txt: [unreachable] cannot connect to http://127.0.0.1:{port}: connection refused"
    lines = result.stderr.splitlines()
    assert f"failed: {said}" in lines and f"coopllm: first failure of its kind: {said}" in lines
    (row,) = _lines(tmp_path / "out.errors.jsonl")
    assert row["message"] == f"a.txt: cannot connect to http://127.0.0.1:{port}: connection refused"
