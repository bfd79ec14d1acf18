"""Typed errors: every way an article can fail has its own class.

Batch code turns these into error rows (``code`` + message) so nothing is lost, and
callers of :func:`coopllm.extract` can catch exactly the failure they care about.
Messages never contain API keys: they are built from our own values only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import ValidationError

    from coopllm.schema import Usage


class CoopLLMError(Exception):
    """Base class of every error coopllm raises on purpose.

    ``usage`` is what the failed article had already cost (set by the pipeline), so a
    batch's token and cost totals count the articles that failed too.
    """

    code = "error"
    usage: Usage | None = None


class InputError(CoopLLMError):
    """The article itself cannot be processed (nothing was sent to a model)."""

    code = "bad_input"


class EmptyArticleError(InputError):
    """The text is empty or only whitespace."""

    code = "empty_article"


class BinaryInputError(InputError):
    """The bytes are not text: not UTF-8, or they contain NUL/control bytes."""

    code = "binary_input"


class ArticleTooLongError(InputError):
    """The article is over the hard size limit, even for chunked extraction."""

    code = "article_too_long"


class ConfigurationError(CoopLLMError):
    """Settings are missing or contradictory (e.g. no API key while online)."""

    code = "configuration"


class MissingAPIKeyError(ConfigurationError):
    """Online mode needs a key and none was given."""

    code = "missing_api_key"


class LocalBackendError(ConfigurationError):
    """The local llama.cpp backend cannot run: extra not installed, model missing, ..."""

    code = "local_backend"


class OfflineMissError(CoopLLMError):
    """Offline mode found neither a cassette nor a cache entry for this request.

    The message says how to record it: ``coopllm record`` takes the PATH the article was
    read from, which its source name may not be (``sub/a.txt`` of a directory given,
    a row of a .jsonl), with the local model, or with ``model`` (None: the local model's
    name) at the endpoint that serves it: the recording must be of the request made."""

    code = "offline_miss"

    def __init__(
        self, source: str, request_sha256: str, cassette_dir: Path, *, model: str | None = None
    ) -> None:
        self.source = source
        self.request_sha256 = request_sha256
        where = cassette_dir.resolve()
        missing = "" if where.is_dir() else " (no such directory)"
        how = "--local" if model is None else f"--model {model}"
        at = "" if model is None else f", at an endpoint that serves {model}"
        super().__init__(
            f"offline: no recording for article {source!r} (request {request_sha256[:12]}) "
            f"in {where}{missing} (another directory: --cassettes DIR). Record it with: "
            f"coopllm record PATH {how} --cassettes {where}{at} (PATH: the file, directory "
            "or .jsonl that holds it)"
        )


class ModelError(CoopLLMError):
    """The model endpoint answered, but not with a usable record."""

    code = "model_error"


class InvalidOutputError(ModelError):
    """The model never returned a valid object within the re-ask budget."""

    code = "invalid_output"


class TruncatedOutputError(ModelError):
    """The answer hit ``max_tokens`` (``finish_reason == "length"``), e.g. a looping list."""

    code = "truncated_output"


class RequestRejectedError(ModelError):
    """The endpoint refused the request for good (400/401/403/404/422): not retried."""

    code = "request_rejected"


class TransportError(ModelError):
    """Connection errors, timeouts, 429 or 5xx that outlived every retry."""

    code = "transport"


class EndpointError(ModelError):
    """The endpoint fails whatever the article: it cannot be reached, refuses the key,
    has no such model, cannot serve this kind of request, or the account has no credit.
    A batch stops when articles keep failing this way (see :class:`EndpointFailingError`)
    instead of failing every article alike."""

    code = "endpoint"


class FailingServerError(TransportError, EndpointError):
    """HTTP 5xx to every try: the server, or the proxy before a backend that is down,
    fails the request whatever the article. A batch stops when articles keep failing so,
    as for a server it cannot reach (``outage_grace_seconds`` once it answered)."""

    code = "server_error"


class UnreachableEndpointError(TransportError, EndpointError):
    """No connection after every retry: refused, a host name that does not resolve, a
    TLS certificate not trusted, or another failed TLS handshake (https:// to a plain HTTP
    server)."""

    code = "unreachable"


class AccessDeniedError(RequestRejectedError, EndpointError):
    """HTTP 401 or 403: the key is wrong, revoked, or not allowed this model."""

    code = "access_denied"


class ModelNotFoundError(RequestRejectedError, EndpointError):
    """HTTP 404: the endpoint has no such model, or the base URL has no such path."""

    code = "model_not_found"


class QuotaExhaustedError(RequestRejectedError, EndpointError):
    """The account has no credit left: OpenAI's 429 with code ``insufficient_quota``, any
    HTTP 402 (OpenRouter's "insufficient credits"). No retry brings the credit back, and
    waiting as for a rate limit would only hold every worker: adding credit does, and the
    same command then resumes."""

    code = "quota_exhausted"


class UnsupportedRequestError(RequestRejectedError, EndpointError):
    """The endpoint cannot serve this kind of request with this model or these server
    flags: tool calls (an Ollama model whose template declares none, llama.cpp's server
    without ``--jinja``), a structured response format, or the reasoning effort asked.
    Every article would fail alike; another mode, effort, model or server flag cures it,
    a retry does not."""

    code = "unsupported_request"


class EndpointFailingError(CoopLLMError):
    """A batch stopped: its endpoint failed ``failures`` articles in a row with
    :class:`EndpointError` (``last``), which no article causes. Those articles are in the
    errors file, the ones in flight are not written, every record before is whole: the
    same command resumes once the cause is mended."""

    code = "endpoint_failing"

    def __init__(self, failures: int, last: EndpointError) -> None:
        self.failures = failures
        self.last = last
        super().__init__(
            f"stopped: the endpoint failed {failures} articles in a row for no fault of "
            f"theirs; the last: {last}"
        )


class BudgetReachedError(CoopLLMError):
    """A batch stopped: what it spent (``spent`` US dollars, at the model's price) reached
    its ``budget``. It sent no request after that; the answers already asked for were
    awaited, their articles written when complete, and every answer kept in the cache
    (those are billed whatever happens). Every record is whole: the same command
    resumes, with a budget of its own."""

    code = "budget_reached"

    def __init__(self, spent: float, budget: float) -> None:
        self.spent = spent
        self.budget = budget
        super().__init__(
            f"stopped: this run spent ${spent:.4f}, reaching its budget of ${budget:.4f}; "
            "the answers in flight were awaited and kept"
        )


class BatchInterruptedError(CoopLLMError):
    """A batch stopped at its caller's request (Ctrl-C or SIGTERM in the CLI) before
    every article was extracted. It started no article and sent no request after; the
    answers already asked for were awaited, their articles written when complete. Every
    record is whole: the same command resumes."""

    code = "interrupted"

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"stopped: {reason}; the answers in flight were awaited and kept")


class RunStoppedError(CoopLLMError):
    """An article that needed another request after its run decided to stop (a spent
    budget, Ctrl-C): it is neither written nor an error row, and the next run extracts
    it, from the cache as far as its answers came."""

    code = "run_stopped"


class ProviderBatchError(CoopLLMError):
    """The provider's batch service cannot go on: a batch still running or rejected as a
    whole, a state file of another version, or a Files/Batches API call that still fails
    after the transport retries (an unknown batch id, a dead endpoint)."""

    code = "provider_batch"


class OutputWriteError(CoopLLMError):
    """A batch's output or errors file cannot be written: a full disk, a lost permission,
    a closed pipe. It stops the run: every line written before it is whole, so the same
    command resumes once the cause is mended."""

    code = "output_write"


class InternalError(CoopLLMError):
    """A bug in coopllm itself; batches record it as the article's failure and go on."""

    code = "internal_error"


def validation_problems(exc: ValidationError, whole: str) -> list[str]:
    """Each problem of pydantic's ``exc`` as one "where: what" line, ``where`` its field's
    path, or ``whole`` when the problem is the whole input ("settings", "the file").

    Pydantic's own text takes three lines a problem and repeats the value, which may be
    a key pasted into the wrong variable; a validator's message loses the "Value error, "
    pydantic puts before it: the message is ours, written to be read as it is."""
    said = []
    for error in exc.errors(include_url=False, include_input=False):
        where = ".".join(map(str, error["loc"])) or whole
        said.append(f"{where}: {error['msg'].removeprefix('Value error, ')}")
    return said
