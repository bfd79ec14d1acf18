"""Transport retries: what is retried, how long it waits, when it gives up."""

from __future__ import annotations

import ssl
import time
import traceback

import openai
import pytest
from conftest import ARTICLE, GOOD_ANSWER, TEST_KEY
from pydantic import SecretStr

from coopllm import ExtractionFailure, extract, extract_many
from coopllm.client import build_openai_client, http_client_for, tls_context
from coopllm.errors import ConfigurationError, RequestRejectedError, TransportError
from coopllm.settings import LOCAL_REQUEST_TIMEOUT, Settings, make_settings, redact_url
from coopllm.testing import (
    FakeOpenAIServer,
    Hang,
    Raw,
    Reply,
    Reset,
    Truncated,
    completion,
    error_body,
)

OK = Reply(completion(GOOD_ANSWER))


@pytest.fixture(params=["aiohttp", "httpx"])
def settings(request: pytest.FixtureRequest, settings: Settings) -> Settings:
    """Every fault below, through both HTTP stacks the openai client can sit on."""
    return settings.merged(http_transport=request.param)


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


def test_401_leaves_no_key_in_the_traceback(server: FakeOpenAIServer, settings: Settings) -> None:
    """The SDK's error holds the server's echo and the request's headers: a traceback or
    ``logging.exception`` would print them, so ours holds no reference to it."""
    server.push(Reply(error_body(401, f"Incorrect API key provided: {TEST_KEY}"), 401))
    with pytest.raises(RequestRejectedError) as caught:
        extract(ARTICLE, source="a", settings=settings)
    printed = "".join(traceback.format_exception(caught.value))
    assert "HTTP 401" in printed and TEST_KEY not in printed
    assert caught.value.__cause__ is None and caught.value.__context__ is None


def test_a_base_urls_credentials_are_scrubbed_and_hidden_from_repr() -> None:
    """The password always (as written and percent-decoded); the user when it is as long
    as a token: a short one ("admin", "v1") is a name, and scrubbing it as a word would
    mangle paths."""
    url = "https://admin:p%40ss-123@gw.example.com/v1"
    settings = Settings(api_key=SecretStr("sk-unused"), base_url=url)
    said = settings.scrub(f"POST {url}: refused for admin (p@ss-123, p%40ss-123) at /admin/")
    assert (
        said == "POST https://admin:***@gw.example.com/v1: refused for admin (***, ***) at /admin/"
    )
    token = "tok-0123456789abcdef"
    assert Settings(base_url=f"https://{token}@gw.example.com/v1").scrub(f"no {token}") == "no ***"
    for shown in (repr(settings), str(settings)):
        assert "p%40ss-123" not in shown and "admin" not in shown
        assert "base_url='https://***@gw.example.com/v1'" in shown
    for dumped in (str(settings.model_dump()), settings.model_dump_json()):
        assert "p%40ss-123" not in dumped and "sk-unused" not in dumped, "dumped as shown"
        assert "https://***@gw.example.com/v1" in dumped
    copy = settings.merged(model="another")
    assert copy.base_url == url and copy.api_key == settings.api_key, "copies keep them"
    assert settings.endpoint_name() == "gw.example.com"


@pytest.mark.parametrize(
    "options",
    [{"base_url": "htps://u:PW-123@gw.example.com/v1"}, {"max_tokens": "sk-PW-123"},
     {"apikey": "sk-PW-123"}, {"base_url": "https://gw.example.com/v1?api-key=PW-123"},
     {"base_url": "admin:PW-123@gw.example.com/v1"}, {"base_url": "https://u:PW-123@/v1"},
     {"base_url": "gw.example.com/v1?api-key=sk-live-PW-123"}],
)  # fmt: skip
def test_invalid_settings_are_said_without_their_values(options: dict[str, str]) -> None:
    """A key pasted into the wrong variable is not printed back (pydantic's own message
    repeats every input)."""
    with pytest.raises(ConfigurationError, match=r"^invalid settings: ") as caught:
        make_settings(**options)
    assert "PW-123" not in str(caught.value)
    assert next(iter(options)) in str(caught.value)


@pytest.mark.parametrize(
    ("url", "wrong"),
    [("admin:PW-123@gw.example.com/v1", "does not start with http:// or https://"),
     ("gw.example.com/v1?api-key=sk-live-PW-123", "does not start with http:// or https://"),
     ("https://u:PW-123@/v1", "names no host")],
)  # fmt: skip
def test_a_base_url_that_does_not_parse_is_said_what_is_wrong_not_echoed(
    monkeypatch: pytest.MonkeyPatch, url: str, wrong: str
) -> None:
    """Without a scheme, a URL's user and password (or its query) were not found, so the
    whole value was echoed: through ``make_settings``, and in the error of ``Settings()``
    read from the environment (pydantic's own, before it was ours)."""
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    for make in (make_settings, Settings):
        with pytest.raises(ConfigurationError, match=f"OPENAI_BASE_URL: .*: it {wrong}$") as caught:
            make()
        assert "PW-123" not in str(caught.value) and "gw.example" not in str(caught.value)


def test_a_urls_query_values_are_redacted() -> None:
    assert redact_url("https://u:p@gw.example.com/v1?api-key=sk-PW-123&v=2#tok-PW") == (
        "https://***@gw.example.com/v1?api-key=***&v=***#***"
    )


@pytest.mark.parametrize(
    ("key", "message", "scrubbed"),
    [
        ("x", "max_tokens=2048: wrong API key: x", "max_tokens=2048: wrong API key: ***"),
        ("k", "no record after 2 re-asks (key k)", "no record after 2 re-asks (key ***)"),
        (TEST_KEY, f"Bearer{TEST_KEY}!", "Bearer***!"),
    ],
)  # fmt: skip
def test_a_short_key_is_scrubbed_as_a_token_a_long_one_anywhere(
    key: str, message: str, scrubbed: str
) -> None:
    assert Settings(api_key=SecretStr(key)).scrub(message) == scrubbed


def test_attempts_are_capped(server: FakeOpenAIServer, settings: Settings) -> None:
    server.fallback = lambda body: Reply(error_body(503, "down"), 503, {"Retry-After": "0"})
    with pytest.raises(TransportError):
        extract(ARTICLE, source="a", settings=settings.merged(max_attempts=3))
    assert len(server.requests) == 3


def test_no_wait_runs_past_the_retry_time_cap(server: FakeOpenAIServer, settings: Settings) -> None:
    """The cap was checked only after an attempt: a ``Retry-After`` longer than the time
    left was slept in full, past ``max_retry_seconds``."""
    server.fallback = lambda body: Reply(error_body(503, "busy"), 503, {"Retry-After": "4"})
    capped = settings.merged(max_attempts=6, max_retry_seconds=1.0, max_retry_after=4)
    started = time.monotonic()
    with pytest.raises(TransportError):
        extract(ARTICLE, source="a", settings=capped)
    assert time.monotonic() - started < 1.5
    assert len(server.requests) == 1, "no attempt after the cap"


def test_read_timeout_is_retried(server: FakeOpenAIServer, settings: Settings) -> None:
    server.push(Hang(2.0), OK)
    assert extract(ARTICLE, source="a", settings=settings.merged(request_timeout=0.5)).agreements
    assert len(server.requests) == 2


def test_the_local_backend_waits_longer_for_an_answer_unless_told() -> None:
    """A small model on a CPU writes a long answer in minutes (see LOCAL_REQUEST_TIMEOUT)."""
    url = "http://127.0.0.1:9/v1"
    local = build_openai_client(Settings(backend="local", base_url=url))
    remote = build_openai_client(Settings(base_url=url, api_key=TEST_KEY))
    told = build_openai_client(Settings(backend="local", base_url=url, request_timeout=30))
    assert (local.timeout, remote.timeout, told.timeout) == (LOCAL_REQUEST_TIMEOUT, 180, 30)


def test_truncated_body_is_retried(server: FakeOpenAIServer, settings: Settings) -> None:
    server.push(Truncated(completion(GOOD_ANSWER)), OK)
    assert extract(ARTICLE, source="a", settings=settings).agreements
    assert len(server.requests) == 2


NOT_JSON = {
    "truncated": (Truncated(completion(GOOD_ANSWER)), "Unterminated string"),
    "html": (Raw(b"<html><body>502 Bad Gateway</body></html>"), "Expecting value"),
    "not-utf-8": (Raw(b'{"id": "\xff\xfe"}', "application/json"), "can't decode byte 0xff"),
}
"""200s whose body is no JSON: cut off in transit, a proxy's page, bytes not UTF-8."""


@pytest.mark.parametrize("kind", NOT_JSON)
def test_an_answer_that_is_not_json_is_a_transport_error_with_its_reason(
    server: FakeOpenAIServer, settings: Settings, kind: str
) -> None:
    """It escaped as a raw ``json.JSONDecodeError`` (or ``UnicodeDecodeError``): untyped
    from ``extract()``, an ``internal_error`` in a batch, without the usage spent."""
    action, reason = NOT_JSON[kind]
    server.fallback = lambda body: action
    quick = settings.merged(max_attempts=2)
    with pytest.raises(TransportError, match=rf"^a: .*not JSON.*{reason}") as caught:
        extract(ARTICLE, source="a", settings=quick)
    assert caught.value.usage is not None
    assert len(server.requests) == 2, "retried: the next attempt may get the whole answer"
    (failure,) = extract_many([("b", ARTICLE)], settings=quick)
    assert isinstance(failure, ExtractionFailure) and failure.code == "transport"


def test_auto_transport_keeps_httpx_behind_a_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    auto = Settings(base_url="http://127.0.0.1:9/v1", http_transport="auto")
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    assert isinstance(http_client_for(auto), openai.DefaultAioHttpClient)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    client = http_client_for(auto)
    assert not isinstance(client, openai.DefaultAioHttpClient)
    assert isinstance(client, openai.DefaultAsyncHttpxClient)


def test_clients_share_one_tls_context_that_verifies() -> None:
    """Each ``extract()`` makes a client; reading the CA certificates once per process
    instead of per client took its cost from ~47 ms to ~18 ms on the fake server."""
    first, again = tls_context(), tls_context()
    assert first is again
    assert first.verify_mode == ssl.CERT_REQUIRED and first.check_hostname
    assert first.cert_store_stats()["x509_ca"] > 0, "the system's CA certificates are loaded"
