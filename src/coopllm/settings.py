"""One settings object, filled from arguments or the environment.

Precedence: explicit keyword arguments > environment variables > defaults. The API key
is a ``SecretStr`` so it never shows in a ``repr``, a log line or an error message; the
credentials a base URL may carry (``https://user:pass@host``) are kept out of both too
(:meth:`Settings.scrub`, :func:`redact_url`).
"""

from __future__ import annotations

import base64
import math
import re
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Literal

import platformdirs
from pydantic import (
    ByteSize,
    Field,
    SecretStr,
    ValidationError,
    field_serializer,
    field_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from coopllm.errors import ConfigurationError, validation_problems

_LONG_KEY_CHARS = 16
"""From this length on a key is scrubbed even inside a word (real keys run to 40+)."""

Mode = Literal["tools", "json_schema", "json", "json_object_schema"]
"""How the schema reaches the model.

``tools``: a named tool whose parameters are the schema (OpenAI, vLLM, llama.cpp);
``json_schema``: OpenAI structured outputs (``response_format`` type ``json_schema``);
``json``: ``response_format`` ``json_object`` with the schema in the system prompt;
``json_object_schema``: ``json_object`` plus the schema inside ``response_format``, which
llama.cpp's server turns into a grammar.
"""

Price = tuple[float, float]
"""US dollars per million (input, output) tokens."""
PRICES_AS_OF = "2026-12"
"""When ``coopllm.batch.PRICES_PER_MILLION`` was OpenAI's list prices. Here, not beside
the table: the CLI's help says it, and ``coopllm --help`` must not import the pipeline."""
Backend = Literal["openai", "local"]
Transport = Literal["auto", "aiohttp", "httpx"]
"""The HTTP stack under the openai client (see ``coopllm.client.http_client_for``)."""

DEFAULT_ONLINE_MODEL = "gpt-4o-mini"
OPENAI_API_URL = "https://api.openai.com/v1"
"""The openai client's default base URL."""
OPENAI_TIER1_RPM = 500
OPENAI_TIER1_TPM = 200_000
"""OpenAI's usage tier 1 for gpt-4o-mini (and the other mini and nano models): what a new
account may send per minute."""
OPENAI_TIER1_TPM_LARGE = {"gpt-4o": 30_000, "gpt-4.1": 30_000}
"""Tier 1's tokens per minute for the larger models: less than a sixth of the small ones'."""
_SNAPSHOT = re.compile(r"-\d{4}-\d{2}-\d{2}$")
_PRICE_FORM = (
    "a price is IN,OUT: two numbers of US dollars, zero or more, per million input and "
    "output tokens (as 1.25,10)"
)


def base_model(name: str) -> str:
    """A dated snapshot ("gpt-4o-2024-08-06") as its model ("gpt-4o"), which sets its
    price and its rate limits."""
    return _SNAPSHOT.sub("", name)


REQUEST_TIMEOUT = 180.0
"""Seconds for one completion from a provider: minutes more than a long answer takes."""
LOCAL_REQUEST_TIMEOUT = 900.0
"""Seconds for one completion from the managed local server: a three-agreement article's
answer took over 180 s on 2 CPU cores with other work beside it (see the README)."""

LOCAL_MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m"
"""The name the managed llama.cpp server serves its model under (see coopllm.local)."""


def _default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("coopllm")) / "responses"


class Settings(BaseSettings):
    """Everything that decides where requests go and how answers are produced."""

    # Errors never repeat a value: the key's, or a base URL's password.
    model_config = SettingsConfigDict(
        env_prefix="COOPLLM_",
        extra="forbid",
        populate_by_name=True,
        frozen=True,
        hide_input_in_errors=True,
    )

    def __init__(self, **values: Any) -> None:
        """Settings from ``values`` over the environment. A bad value (given here or in a
        variable) is a ``ConfigurationError`` that names the setting, not pydantic's
        ``ValidationError``: the library's errors are its own types (:mod:`coopllm.errors`)."""
        try:
            super().__init__(**values)
        except ValidationError as exc:
            raise _invalid(exc) from None

    api_key: SecretStr | None = Field(default=None, validation_alias="OPENAI_API_KEY")
    base_url: str | None = Field(default=None, validation_alias="OPENAI_BASE_URL")
    model: str | None = Field(
        default=None,
        description="Model name; default: the local model for backend='local' and offline "
        "replay (the shipped recordings were made with it), else DEFAULT_ONLINE_MODEL.",
    )
    backend: Backend = "openai"
    mode: Mode = "tools"
    temperature: float = Field(default=0.0, ge=0, allow_inf_nan=False)
    max_tokens: int = Field(default=2048, gt=0, description="Cap per completion.")
    reasoning_effort: str | None = Field(
        default=None,
        pattern=r"^[a-z]+$",
        description="Sent as ``reasoning_effort`` when set ('minimal', 'low', 'medium', "
        "'high'...: which a model takes is its provider's to say). A reasoning model's "
        "thinking counts in ``max_tokens``: less effort leaves more of it for the record. "
        "None: the model's default.",
    )
    max_reasks: int = Field(
        default=1,
        ge=0,
        description="Re-asks after an invalid answer. One fixes most answers; each costs a "
        "whole completion (about a minute on the local CPU model).",
    )
    request_timeout: float | None = Field(
        default=None,
        gt=0,
        description="Seconds one request (a whole completion) may take before it counts as "
        "a transport fault. None: see timeout().",
    )
    http_transport: Transport = Field(
        default="auto",
        description="'aiohttp' needs about half the CPU per request of 'httpx' at high "
        "concurrency; 'auto' picks it unless an HTTP(S)_PROXY variable is set, which only "
        "httpx honours.",
    )
    max_attempts: int = Field(default=6, ge=1, description="Transport attempts per request.")
    max_retry_seconds: float = Field(default=600.0, gt=0, description="Total retry time cap.")
    max_retry_after: float = Field(default=120.0, gt=0, description="Longest Retry-After honoured.")
    stop_after_endpoint_failures: int = Field(
        default=3,
        ge=0,
        description="A batch stops when this many articles in a row fail for the endpoint, "
        "not the article (unreachable, key refused, no such model, no credit left, a kind "
        "of request it cannot serve); 0: never.",
    )
    outage_grace_seconds: float = Field(
        default=600.0,
        ge=0,
        description="Once the endpoint has answered in a batch, how long it may go on being "
        "unreachable before those failures stop the batch (a restarting server comes back).",
    )
    requests_per_minute: int | None = Field(
        default=None, ge=0, description="Client-side limit; 0: none; None: see rate_limits()."
    )
    tokens_per_minute: int | None = Field(
        default=None, ge=0, description="Client-side limit; 0: none; None: see rate_limits()."
    )
    cache_dir: Path = Field(default_factory=_default_cache_dir)
    cache_size_limit: ByteSize = Field(
        default=ByteSize(10 * 2**30),
        description="Cached answers were paid for and replay offline: beyond this size the "
        "least recently stored are dropped ('20GB', '500MiB' or bytes). diskcache's own 1 GB "
        "is near what a 100,000-article archive's answers take (see the README). The memo "
        "of saved pages' text has a limit of its own, as large.",
    )
    use_cache: bool = True
    refresh_cache: bool = False
    offline: bool = False
    cassette_dir: Path = Path("tests/fixtures/cassettes")
    prompts_dir: Path | None = Field(default=None, description="Override the prompt templates.")
    strict: bool = Field(default=True, description="Re-ask, then drop ungrounded values.")
    documents_pass: bool = Field(
        default=True,
        description="A second, short call listing the documents signed and their signers; "
        "it lets small models find every document (see coopllm.resolve).",
    )
    record_workers: int = Field(
        default=1,
        ge=0,
        description="Processes that make a batch's records from the answers (normalising, "
        "the guard, grounding) beside its event loop, on Linux from a process with no other "
        "thread; 0 or elsewhere: on the loop. See coopllm.workers.",
    )
    chunk_chars: int = Field(
        default=12_000,
        gt=1000,
        description="Split articles above this many characters, a CJK one counting three "
        "(about a token each, where English runs four to a token): see coopllm.chunking.",
    )
    max_article_chars: int = Field(default=1_000_000, gt=0, description="Refuse above this.")
    # NoDecode: the environment gives it as written on the command line ("1.25,10"), not
    # as the JSON pydantic-settings would otherwise expect of a pair.
    price_per_million: Annotated[Price | None, NoDecode] = Field(
        default=None,
        validation_alias="COOPLLM_PRICE",
        description="USD per million input and output tokens of the run's model ('IN,OUT', "
        "as '1.25,10', or a pair), over the price table's (coopllm.batch.PRICES_PER_MILLION): "
        "the table knows only OpenAI's models, at the prices of its date. The run summary's "
        "cost, a budget and ``estimate`` price by it. None: the table's.",
    )

    @field_validator("api_key", "base_url", "model", "reasoning_effort", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: Any) -> Any:
        """An exported-but-empty variable (``OPENAI_API_KEY=``) means 'not set'."""
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("api_key", mode="before")
    @classmethod
    def _a_header_value(cls, value: Any) -> Any:
        """A key copied with its line break (``$(cat key.txt)`` keeps none, a pasted
        ``.env`` line may) is trimmed; one with a character no HTTP header carries (a
        space, an accented letter) is refused here, not as a transport error of every
        article. Said without the key."""
        if not isinstance(value, str):
            return value
        value = value.strip()
        if not all("!" <= char <= "~" for char in value):
            raise ValueError(
                "OPENAI_API_KEY holds a character an HTTP header cannot carry (a space, a "
                "control or non-ASCII character): check how it was copied"
            )
        return value

    @field_validator("reasoning_effort", mode="before")
    @classmethod
    def _as_sent(cls, value: Any) -> Any:
        """Providers take the effort in lower case ("--reasoning-effort Low" means low)."""
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("price_per_million", mode="before")
    @classmethod
    def _two_numbers(cls, value: Any) -> Any:
        """'IN,OUT', as ``--price`` and ``COOPLLM_PRICE`` give it, as a pair; another
        shape is said with the form expected, not as pydantic's "tuple type expected". A
        blank one (an exported-but-empty variable) is unset, as the other settings'."""
        if not isinstance(value, str):
            return value
        if not value.strip():
            return None
        try:
            prompt, completion = (float(part) for part in value.split(","))
        except ValueError:  # not two parts, or not numbers
            raise ValueError(f"{_PRICE_FORM}, not {value!r}") from None
        return prompt, completion

    @field_validator("price_per_million")
    @classmethod
    def _a_price(cls, value: Price | None) -> Price | None:
        """A negative price would make the cost fall as the run goes, and an infinite or
        NaN one (``float("nan")`` parses) a budget that stops at once or never."""
        if value is not None and not all(math.isfinite(p) and p >= 0 for p in value):
            raise ValueError(f"{_PRICE_FORM}, not {value[0]},{value[1]}")
        return value

    @field_validator("base_url")
    @classmethod
    def _an_http_url(cls, value: str | None) -> str | None:
        """A typo'd endpoint fails here, not after every article spent its retries."""
        if value is None:
            return None
        parts = urllib.parse.urlsplit(value)
        # Said without the value: one that does not parse as a URL hides its password
        # (or a key in its query) from redact_url.
        if parts.scheme not in ("http", "https"):
            raise ValueError(
                "base_url must be an http(s) URL with a host: it does not start with http:// "
                "or https://"
            )
        if not parts.hostname:
            raise ValueError("base_url must be an http(s) URL with a host: it names no host")
        if not _a_port(parts):
            # The client would fail on it at its first request, as a traceback.
            raise ValueError(
                "base_url must be an http(s) URL with a host: its port is not a number from "
                "0 to 65535"
            )
        if parts.query:
            raise ValueError(
                "base_url cannot carry a query ('?...'): the openai client appends each "
                "endpoint's path after it (give a key as api_key)"
            )
        return value

    def resolved_model(self) -> str:
        """The model name actually sent."""
        if self.model:
            return self.model
        if self.backend == "local" or self.offline:
            return LOCAL_MODEL_NAME
        return DEFAULT_ONLINE_MODEL

    def scrub(self, message: str) -> str:
        """``message`` with the API key and the base URL's credentials replaced wherever
        they occur: servers echo keys in their errors ("Incorrect API key provided:
        sk-..."), and repeat the URL asked, and error messages reach logs and errors files.

        A secret as long as a real key never appears by chance and is replaced anywhere.
        A short one (the "x" or "EMPTY" that local servers are given) is replaced where it
        stands as a token of its own, so that "max_tokens" does not become "ma***_tokens".
        """
        for secret in self._secrets():
            if len(secret) >= _LONG_KEY_CHARS:
                message = message.replace(secret, "***")
            else:
                message = re.sub(rf"(?<![\w-]){re.escape(secret)}(?![\w-])", "***", message)
        return message

    def _secrets(self) -> list[str]:
        """The API key, and the base URL's password, and its user when that is as long as
        a token (``https://TOKEN@host``): a short one ("admin", "v1") is a name, and
        scrubbing it as a word would mangle paths in messages. Each as written in the URL
        and percent-decoded; and the Basic authorization the HTTP client makes of them
        (:func:`basic_credentials`), which a server may echo ("Basic Z3d1...")."""
        found = [self.api_key.get_secret_value()] if self.api_key else []
        if self.base_url:
            parts = urllib.parse.urlsplit(self.base_url)
            user = parts.username or ""
            for secret in (parts.password or "", user if len(user) >= _LONG_KEY_CHARS else ""):
                found += [secret, urllib.parse.unquote(secret)]
            found += basic_credentials(parts)
        return list(dict.fromkeys(secret for secret in found if secret))

    def endpoint_name(self) -> str:
        """The endpoint as records and cassettes name it: by its host alone, since a base
        URL's user info or path may hold a gateway's secret."""
        if self.offline:
            return "offline"
        if self.backend == "local":
            return "local-llama.cpp"
        if self.base_url is None:
            return "openai"
        return urllib.parse.urlsplit(self.base_url).hostname or "unknown"

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        """``repr`` (and ``str``) with the base URL's credentials hidden, as the key's."""
        for name, value in super().__repr_args__():
            yield name, redact_url(value) if name == "base_url" and value else value

    @field_serializer("base_url")
    def _dumped_without_credentials(self, url: str | None) -> str | None:
        """``model_dump`` and ``model_dump_json`` hide the base URL's credentials, as
        ``repr`` does: a program that logs its settings dumped shows no password (the key
        dumps as a ``SecretStr``). Copies are made from the fields, not from a dump."""
        return redact_url(url) if url else url

    def endpoint_id(self) -> str:
        """Identifies the endpoint in cache keys; the managed server's port is not part of it.

        The base URL without what does not change the endpoint (see :func:`keyed_url`), and
        OpenAI's own URL written out as the default it is: each of them asked paid answers
        again."""
        if self.backend == "local":
            return "local-llama.cpp"
        url = keyed_url(self.base_url) if self.base_url else None
        return "openai-default" if url in (None, OPENAI_API_URL) else url

    def timeout(self) -> float:
        """Seconds one request may take: the setting, else the backend's default. The
        managed local server's is five times a provider's: a small model on a laptop's
        CPU writes a long answer in minutes, and a request that times out there is past
        the retries' time (``max_retry_seconds``): the article fails as a transport error,
        which a resumed run asks again. Asking again at once would only queue behind the
        answer the server goes on computing."""
        if self.request_timeout is not None:
            return self.request_timeout
        return LOCAL_REQUEST_TIMEOUT if self.backend == "local" else REQUEST_TIMEOUT

    def requests_at_once(self) -> int | None:
        """How many requests may be at the endpoint at once (None: as many as the batch's
        concurrency sends). The managed llama.cpp server computes one completion at a
        time and queues the others: a queued request's timeout would count the minutes
        it waited behind the others, so the client holds them back instead."""
        return 1 if self.backend == "local" and not self.offline else None

    def rate_limits(self) -> tuple[int | None, int | None]:
        """Requests and tokens per minute to hold to (None: no limit).

        Unset limits are OpenAI's tier 1 on OpenAI's own API, and none elsewhere: tier 1
        means nothing to a vLLM or llama.cpp server, and would slow one down ten-fold
        without a word. Offline replay and the managed local server are never limited.
        """
        if self.offline or self.backend == "local":
            return None, None
        on_openai = (
            self.base_url is None
            or urllib.parse.urlsplit(self.base_url).hostname == "api.openai.com"
        )
        rpm, tpm = self.requests_per_minute, self.tokens_per_minute
        if rpm is None and on_openai:
            rpm = OPENAI_TIER1_RPM
        if tpm is None and on_openai:
            tpm = OPENAI_TIER1_TPM_LARGE.get(base_model(self.resolved_model()), OPENAI_TIER1_TPM)
        return rpm or None, tpm or None

    def announced_limits_apply(self) -> tuple[bool, bool]:
        """Whether the limits an endpoint announces may replace each of
        :meth:`rate_limits`' (requests, tokens): those the user left unset, as defaults
        are guesses (tier 1 is OpenAI's lowest paid tier, and a key of a higher one
        allows many times its tokens), except where nothing is limited (offline, the
        managed server)."""
        if self.offline or self.backend == "local":
            return False, False
        return self.requests_per_minute is None, self.tokens_per_minute is None

    def merged(self, **overrides: Any) -> Settings:
        """A copy with the non-None overrides applied (used for per-call arguments)."""
        data = {k: v for k, v in overrides.items() if v is not None}
        if not data:
            return self
        return type(self).model_validate({**dict(self), **data})


def keyed_url(url: str) -> str:
    """``url`` without its user and password (a rotated password is the same endpoint, and
    no secret belongs in a cache key) and without a trailing slash. Edited as a string, not
    rebuilt: a plain URL stays exactly as written, so the keys of answers cached for it
    before stay as they were."""
    netloc = urllib.parse.urlsplit(url).netloc
    return url.replace(netloc, netloc.rpartition("@")[2], 1).rstrip("/")


def redact_url(url: str) -> str:
    """``url`` with its user and password, each query value and its fragment as ``***``:
    any of them may carry a gateway's credential (``?api-key=...``)."""
    parts = urllib.parse.urlsplit(url)
    _, at, host = parts.netloc.rpartition("@")
    query = "&".join(
        f"{name}=***" for name, _ in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    )
    return urllib.parse.urlunsplit(
        parts._replace(
            netloc=f"***@{host}" if at else host,
            query=query,
            fragment="***" if parts.fragment else "",
        )
    )


def basic_credentials(parts: urllib.parse.SplitResult) -> list[str]:
    """The base64 of ``user:password`` that the HTTP client sends as Basic authorization
    for a URL's credentials (httpx does, in place of the API key's header), of them as
    written and percent-decoded (httpx sends the decoded); none for a URL without them."""
    if parts.username is None and parts.password is None:
        return []
    written = (parts.username or "", parts.password or "")
    decoded = tuple(map(urllib.parse.unquote, written))
    return [
        base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        for user, password in dict.fromkeys((written, decoded))
    ]


def _a_port(parts: urllib.parse.SplitResult) -> bool:
    """Whether the URL's port, when it has one, is a number from 0 to 65535 (``:abc`` and
    ``:99999`` parse as URLs; reading their port raises)."""
    try:
        parts.port  # noqa: B018 - read for the ValueError it raises
    except ValueError:
        return False
    return True


def make_settings(settings: Settings | None = None, **options: Any) -> Settings:
    """Settings from the environment (or ``settings``) with per-call options applied.

    A bad value is said without the value: it may be a key pasted into the wrong
    variable (pydantic's own message repeats every input). A misspelt option is refused
    even when it is None, which ``merged`` passes over: ``sorce=None`` went unnoticed."""
    unknown = sorted(set(options) - set(Settings.model_fields))
    if unknown:
        said = "; ".join(f"{name}: no such setting" for name in unknown)
        raise ConfigurationError(f"invalid settings: {said}")
    if options.get("backend") == "local" and options.get("base_url") is not None:
        # Both asked for in one call: the managed server would answer, and the endpoint
        # named would be ignored without a word. (A base URL from the environment is
        # passed over: OPENAI_BASE_URL set for other tools must not stop a local run.)
        raise ConfigurationError(
            "invalid settings: backend='local' (--local) runs the managed llama.cpp server, "
            "and base_url (--base-url) names another endpoint: give one of them (a llama.cpp "
            "server of your own is a base_url)"
        )
    try:
        return (settings or Settings()).merged(**options)
    except ValidationError as exc:
        raise _invalid(exc) from None


def _invalid(exc: ValidationError) -> ConfigurationError:
    """Pydantic's ``exc`` as our error, each problem said without its value."""
    problems = "; ".join(validation_problems(exc, "settings"))
    return ConfigurationError(f"invalid settings: {problems}")
