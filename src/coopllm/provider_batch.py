"""The provider's batch service (OpenAI Batch API): submit, poll, collect.

At provider scale the provider's own batch queue is cheaper and kinder to rate limits
than our loop. Both ends run the normal path itself, so the two paths cannot drift apart:

- ``submit`` runs :meth:`Extractor.extract` on each article with a client that captures
  and refuses every request, each pass going on with a placeholder answer: the batch
  gets the very bodies the normal path sends (the date parsed from the text, the
  documents pass on the signing sentences, every chunk of a long article, the same
  prompts, schema, mode and parameters). Each line's ``custom_id`` ends with the hash
  of its body. The lines go to temporary files as they are built, a new file (and
  batch) whenever the provider's limits per batch would be passed.
- ``collect`` runs the normal path again, on a client whose transport answers a request
  the batch answered with the batch's answer (billed as batch usage) and sends any other
  request to the endpoint: a re-ask of an invalid answer, a pass the batch never answered
  (a failed line, an expired or cancelled batch), an article that was not submitted, or
  a request that changed since (another model asked for). So every record is built,
  validated, guarded and grounded by the normal path, with its re-asks and warnings.
  It asks with the settings the batch was asked with (:class:`AskedWith`), and refuses
  to start when the prompt templates changed since: none of its requests would match.
  The answers wait in a store in the cache directory (:class:`AnswerStore`) that a
  collect that stops leaves to the next one, so gigabytes are not downloaded again.

The state file holds ids and text hashes, never the text: the same PATH arguments are
given again to ``collect``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import logging
import shutil
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterable
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import diskcache
import httpx2
import openai
from openai.types import Batch
from pydantic import BaseModel, Field

from coopllm.cache import STORE_ERRORS, batch_answers_dir
from coopllm.calls import count_completion, unless_halted
from coopllm.capture import RequestCapture
from coopllm.cassettes import canonical_json, decoded_response, request_sha256
from coopllm.client import connect_failure, http_client_for, origin
from coopllm.errors import InputError, ProviderBatchError
from coopllm.extraction import Extractor
from coopllm.inputs import ArticleInput
from coopllm.prompts import load_prompts
from coopllm.ratelimit import RateLimits
from coopllm.retry import RetryGate, call_with_retries, is_transient
from coopllm.settings import Mode, Settings

_log = logging.getLogger(__name__)

T = TypeVar("T")

STATE_VERSION = 2
"""Version 1 state files (no ``version``) name batches whose requests drifted from the
normal path's: their answers match no request of this version."""
MAX_BATCH_REQUESTS = 50_000
"""The provider's limit of requests in one batch (OpenAI's)."""
MAX_BATCH_BYTES = 200_000_000
"""The provider's limit on one batch's input file (OpenAI's 200 MB)."""


class BatchItem(BaseModel):
    """One article of a submitted batch."""

    source: str
    text_sha256: str
    published: dt.date | None = None


class SubmittedBatch(BaseModel):
    """One provider batch and the file of its requests."""

    batch_id: str
    input_file_id: str


class AskedWith(BaseModel):
    """The settings that shape a batch's requests, as ``submit`` had them, and the hash of
    its prompt templates. ``collect`` asks the same way: with another ``max_tokens`` or
    mode in its environment, none of its requests would match the batch's answers, and
    every one would be asked again at list price."""

    mode: Mode
    temperature: float
    max_tokens: int
    reasoning_effort: str | None
    documents_pass: bool
    chunk_chars: int
    prompts_sha256: str

    @classmethod
    def of(cls, settings: Settings) -> AskedWith:
        """What ``settings`` (and the templates they name) ask with."""
        fields = settings.model_dump(include=_SHAPING)
        return cls(**fields, prompts_sha256=load_prompts(settings.prompts_dir).sha256)

    def differences(self, settings: Settings) -> list[str]:
        """Each shaping setting in which ``settings`` differ, as "name V (not W)"."""
        now = settings.model_dump(include=_SHAPING)
        return [
            f"{name} {value} (not {now[name]})"
            for name, value in self.model_dump(include=_SHAPING).items()
            if value != now[name]
        ]

    def applied(self, settings: Settings) -> Settings:
        """``settings`` asking as the batch did; ``ProviderBatchError`` when the prompt
        templates changed since, which settings cannot undo."""
        if load_prompts(settings.prompts_dir).sha256 != self.prompts_sha256:
            raise ProviderBatchError(
                "the prompt templates changed since the batch was submitted: no request "
                "would match its answers, and every one would be asked again at list price; "
                "collect with the templates it was asked with (the coopllm that submitted "
                "it, or COOPLLM_PROMPTS_DIR), or submit the paths again"
            )
        # Not Settings.merged, which leaves out None: an effort left unset at submit
        # stays unset here.
        shaping = self.model_dump(include=_SHAPING)
        return type(settings).model_validate({**dict(settings), **shaping})


_SHAPING = {"mode", "temperature", "max_tokens", "reasoning_effort", "documents_pass",
            "chunk_chars"}  # fmt: skip
"""The settings the requests of an article depend on, besides the model and the prompts."""


class BatchState(BaseModel):
    """What ``submit`` leaves for ``status`` and ``collect``: the batches the requests
    were split into (the provider's limits per batch), the articles, and how they were
    asked (None in the state files of coopllm before it kept that: collect then asks as
    configured)."""

    version: int
    batches: list[SubmittedBatch] = Field(min_length=1)
    model: str
    asked_with: AskedWith | None = None
    items: dict[str, BatchItem]


def read_state(raw: str) -> BatchState:
    """The state ``submit`` wrote: ``ProviderBatchError`` for one of another version (its
    batch's requests match none of this version's), ``ValidationError`` for anything else
    that is not a state file."""
    data = json.loads(raw)
    if isinstance(data, dict) and "items" in data and data.get("version") != STATE_VERSION:
        raise ProviderBatchError(
            "a state file of another version of coopllm, whose batch requests this one "
            "cannot match: collect it with that version, or submit the paths again"
        )
    return BatchState.model_validate(data)


def _reason(exc: openai.OpenAIError) -> str:
    if isinstance(exc, openai.APIConnectionError) and (why := connect_failure(exc)):
        return f"cannot connect to {origin(exc)}: {why}"
    reason = (
        f"HTTP {exc.status_code}: {exc.message}"
        if isinstance(exc, openai.APIStatusError)
        else f"{type(exc).__name__}: {exc}"
    )
    return f"{reason} (still failing after retries)" if is_transient(exc) else reason


async def _api(what: str, call: Callable[[], Awaitable[T]], settings: Settings) -> T:
    """One Files/Batches API call under the transport retry policy. What still fails is
    a ``ProviderBatchError`` naming the call and the reason: a message, not a traceback."""
    try:
        return await call_with_retries(call, settings, RetryGate())
    except openai.OpenAIError as exc:
        failure = ProviderBatchError(settings.scrub(f"{what} failed: {_reason(exc)}"))
    raise failure  # out of the except block: not chained to the SDK's error (the key)


_KEY_CHARS = 40
"""Hex digits of a request body's SHA-256 that name it (160 bits): with the article and
the pass, a ``custom_id`` stays within 64 characters of ``[A-Za-z0-9_-]``, the strictest
rule among OpenAI-compatible batch services."""


def request_key(raw: bytes) -> str:
    """The identity of a request body as sent, the end of its line's ``custom_id``."""
    return request_sha256(raw)[:_KEY_CHARS]


def _line(item_id: str, task: str, body: dict[str, Any], key: str) -> bytes:
    line = {"custom_id": f"{item_id}-{task}-{key}", "method": "POST",
            "url": "/v1/chat/completions", "body": body}  # fmt: skip
    return (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")


class _BatchFiles:
    """The batches' input files, written to disk as the requests are built (the upload is
    never held in memory whole), a new one whenever the next line would take the current
    one over the provider's limits per batch."""

    def __init__(self, folder: Path, *, max_requests: int, max_bytes: int) -> None:
        self.paths: list[Path] = []
        self._folder = folder
        self._max_requests = max_requests
        self._max_bytes = max_bytes
        self._file: BinaryIO | None = None
        self._requests = 0
        self._bytes = 0

    def add(self, line: bytes) -> None:
        full = self._requests >= self._max_requests or self._bytes + len(line) > self._max_bytes
        if self._file is None or full:
            self._file = self._next()
        self._file.write(line)
        self._requests += 1
        self._bytes += len(line)

    def _next(self) -> BinaryIO:
        self.close()
        self.paths.append(self._folder / f"coopllm-batch-{len(self.paths) + 1}.jsonl")
        self._requests = self._bytes = 0
        return self.paths[-1].open("wb")

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


async def write_requests(
    settings: Settings, articles: Iterable[ArticleInput], files: _BatchFiles
) -> tuple[dict[str, BatchItem], list[ArticleInput]]:
    """Write the Batch API request lines to ``files``; the items they belong to, and the
    articles refused as input. A request already written (the same article under two
    names, a documents pass two articles share) is not repeated."""
    items: dict[str, BatchItem] = {}
    refused: list[ArticleInput] = []
    seen: set[str] = set()
    capture = RequestCapture(settings, leave_cached="answered")
    try:
        for n, article in enumerate(articles):
            if article.error is not None:
                refused.append(article)
                continue
            try:
                requests = await capture.requests(article)
            except InputError as exc:
                refused.append(ArticleInput(article.source, article.text, article.published, exc))
                continue
            item_id = f"a{n}"
            items[item_id] = BatchItem(
                source=article.source, text_sha256=article.text_sha256, published=article.published
            )
            for task, body in requests:
                key = request_key(canonical_json(body))
                if key not in seen:
                    seen.add(key)
                    files.add(_line(item_id, task, body, key))
    finally:
        await capture.aclose()
    if capture.cached and not files.paths:  # no batch to start, nothing to collect
        _log.warning(
            "the response cache answers all %d requests: `coopllm extract` on the same paths "
            "writes the records from it and sends nothing (`coopllm cache clear` first to "
            "have a batch answer them)",
            capture.cached,
        )
    elif capture.cached:
        _log.warning(
            "left out %d requests the response cache already answers: collect answers them "
            "from it (`coopllm cache clear` first to have the batch answer them)",
            capture.cached,
        )
    return items, refused


async def _start(client: openai.AsyncOpenAI, settings: Settings, path: Path) -> SubmittedBatch:
    """Upload one batch file and start its batch."""
    uploaded = await _api(
        f"uploading {path.name} (files.create)",
        lambda: client.files.create(file=path, purpose="batch"),
        settings,
    )
    attempts = 0

    async def create() -> Batch:
        """Start the batch; on a retry, first look for the one the attempt before may have
        started before its answer was lost (a timeout, a reset): the Batches API takes no
        idempotency key, and a second batch of the same file would be billed twice."""
        nonlocal attempts
        attempts += 1
        started = await _batch_of(client, uploaded.id) if attempts > 1 else None
        return started or await client.batches.create(
            input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h"
        )

    batch = await _api(f"starting the batch of {uploaded.id} (batches.create)", create, settings)
    return SubmittedBatch(batch_id=batch.id, input_file_id=uploaded.id)


async def _batch_of(client: openai.AsyncOpenAI, input_file_id: str) -> Batch | None:
    """The batch started for this input file, among the newest hundred, if any."""
    page = await client.batches.list(limit=100)
    return next((batch for batch in page.data if batch.input_file_id == input_file_id), None)


async def submit(
    client: openai.AsyncOpenAI,
    settings: Settings,
    articles: Iterable[ArticleInput],
    *,
    save: Callable[[BatchState], None],
    max_requests: int = MAX_BATCH_REQUESTS,
    max_bytes: int = MAX_BATCH_BYTES,
) -> list[ArticleInput]:
    """Upload the requests, in as many batches as the provider's limits need, and start
    them; returns the articles refused as input. ``save`` gets the state after each batch
    starts: should a later one fail, the state of those started is not lost."""
    asked_with = AskedWith.of(settings)
    try:
        temporary = tempfile.TemporaryDirectory(prefix="coopllm-batch-")
    except OSError as exc:
        raise _no_room_for_requests(exc) from None
    with temporary as folder:
        files = _BatchFiles(Path(folder), max_requests=max_requests, max_bytes=max_bytes)
        try:
            try:
                items, refused = await write_requests(settings, articles, files)
            finally:
                files.close()  # flushes: it too may find the disk full
        except OSError as exc:
            raise _no_room_for_requests(exc) from None
        started: list[SubmittedBatch] = []

        async def start(path: Path) -> None:
            started.append(await _start(client, settings, path))
            save(BatchState(version=STATE_VERSION, batches=started,
                            model=settings.resolved_model(), asked_with=asked_with,
                            items=items))  # fmt: skip

        for path in files.paths:
            await _finished_even_if_stopped(start(path))
    return refused


async def _finished_even_if_stopped(work: Coroutine[Any, Any, None]) -> None:
    """``work`` carried to its end though the caller is cancelled (Ctrl-C, SIGTERM) while
    it runs, then the cancellation goes on: a batch whose start was sent may be started
    and billed, and its id must reach the state file. A second stop while it finishes
    cancels it too (the user insists)."""
    task = asyncio.ensure_future(work)
    try:
        await asyncio.shield(task)
    except asyncio.CancelledError:
        if not task.done():
            _log.warning("stopping once the batch being started is recorded in the state file")
            await task
        raise


def _no_room(
    what: str, where: str, exc: BaseException, *, moved_by: str, then: str
) -> ProviderBatchError:
    """A full disk, or a directory that cannot be used, where a batch keeps its files
    (the requests, the answers: some gigabytes at 100,000 articles): said with where,
    the variable that points them at a disk with room (``moved_by``), and what to run
    again (``then``)."""
    return ProviderBatchError(
        f"cannot {what} in {where}: {getattr(exc, 'strerror', None) or exc}; they take some "
        f"gigabytes at 100,000 articles: point {moved_by} at a disk with room, then {then}"
    )


def _no_room_for_requests(exc: BaseException) -> ProviderBatchError:
    """:func:`_no_room` in the temporary directory, where ``submit`` writes the requests
    before it uploads them."""
    where = f"the temporary directory {tempfile.gettempdir()}"
    return _no_room("write the batch's requests", where, exc, moved_by="TMPDIR",
                    then="run the command again")  # fmt: skip


async def _retrieve(client: openai.AsyncOpenAI, settings: Settings, batch_id: str) -> Batch:
    return await _api(
        f"reading batch {batch_id} (batches.retrieve)",
        lambda: client.batches.retrieve(batch_id),
        settings,
    )


_COUNTS = ("total", "completed", "failed")


async def status(
    client: openai.AsyncOpenAI, settings: Settings, state: BatchState
) -> dict[str, Any]:
    """Each batch's status and request counts as the provider reports them, and their
    sums; ``status`` is the one all batches share, or "mixed"."""
    rows = []
    for submitted in state.batches:
        batch = await _retrieve(client, settings, submitted.batch_id)
        counts = batch.request_counts.model_dump() if batch.request_counts else {}
        rows.append({"batch_id": batch.id, "status": batch.status, **counts})
    statuses = {row["status"] for row in rows}
    sums = {key: sum(int(row.get(key, 0)) for row in rows) for key in _COUNTS}
    return {"status": statuses.pop() if len(statuses) == 1 else "mixed", **sums, "batches": rows}


_ENDED = frozenset({"completed", "expired", "cancelled", "failed"})
"""Statuses with whatever answers there will ever be. An expired or cancelled batch
holds the answers it finished, a failed one none; collect sends the rest through the
normal path."""


async def wait_until_collectable(
    client: openai.AsyncOpenAI, settings: Settings, batch_id: str, *,
    poll_seconds: float | None,
) -> Batch:  # fmt: skip
    """The batch once it can be collected (or has failed); one look when not polling.
    ``poll_seconds`` of 0 or less is a ``ValueError``: it would read the status in a tight
    loop for the hours a batch runs."""
    if poll_seconds is not None and poll_seconds <= 0:
        raise ValueError(f"poll_seconds must be above 0, not {poll_seconds}")
    while True:
        batch = await _retrieve(client, settings, batch_id)
        if poll_seconds is None or batch.status in _ENDED:
            return batch
        await asyncio.sleep(poll_seconds)


def _check_collectable(batch: Batch) -> None:
    if batch.status not in _ENDED:
        raise ProviderBatchError(
            f"batch {batch.id} is {batch.status}: collect again later, or pass --wait"
        )


def _failure_of(batch: Batch) -> str:
    reasons = [e.message or "" for e in (batch.errors.data or [])] if batch.errors else []
    return f"batch {batch.id} failed as a whole: {'; '.join(reasons) or 'no reason given'}"


def answers_dir(settings: Settings, state: BatchState) -> Path:
    """Where collect keeps the batches' answers: in the cache directory, where coopllm
    keeps what it keeps on disk (``COOPLLM_CACHE_DIR`` moves it all to a disk with room),
    named by a hash of the batches' ids. The next collect of the same state finds it
    again; the name holds no article, key or URL."""
    ids = "\n".join(batch.batch_id for batch in state.batches)
    return batch_answers_dir(settings) / hashlib.sha256(ids.encode()).hexdigest()[:32]


_DOWNLOADED = "output files downloaded whole"
"""The store's record of its complete downloads; no request key (40 hex digits)."""


class AnswerStore:
    """The batches' answers by request key, on disk (diskcache): at 100,000 articles they
    are gigabytes of JSON, too much to hold in memory while the records are built.

    It outlives the collect that filled it: one that stops (Ctrl-C, a kill, a crash, a
    full disk, re-asks that fail) leaves it for the next collect of the same state, which
    then downloads only the output files not yet downloaded whole. It records each such
    file after its last answer is kept, in the same database: a download that broke off
    is not recorded, and is downloaded again, never half used. ``remove`` deletes it."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        try:
            self._cache = diskcache.Cache(str(directory), size_limit=2**62,
                                          eviction_policy="none")  # fmt: skip
        except STORE_ERRORS as exc:
            raise _no_room_for_answers(directory, exc) from None

    def __len__(self) -> int:
        """How many answers it holds."""
        return len(self._cache) - (_DOWNLOADED in self._cache)

    def __contains__(self, key: str) -> bool:
        return key in self._cache

    def put(self, key: str, answer: dict[str, Any]) -> None:
        """Keep one answer; a disk that cannot take it is a ``ProviderBatchError`` that
        says where to put the answers instead."""
        try:
            self._cache[key] = answer
        except STORE_ERRORS as exc:
            raise _no_room_for_answers(self.directory, exc) from exc

    def get(self, key: str) -> dict[str, Any] | None:
        answer: dict[str, Any] | None = self._cache.get(key)
        return answer

    def downloaded(self, file_id: str) -> int | None:
        """How many lines of the output file ``file_id`` were no answers, when a download
        of it ended with all its answers kept here; None when it must be downloaded."""
        done: dict[str, int] = self._cache.get(_DOWNLOADED, {})
        return done.get(file_id)

    def mark_downloaded(self, file_id: str, unreadable: int) -> None:
        """Record that every answer of ``file_id`` is kept (``unreadable`` lines were no
        answers, to be said again when it is reused)."""
        done: dict[str, int] = self._cache.get(_DOWNLOADED, {})
        try:
            self._cache[_DOWNLOADED] = {**done, file_id: unreadable}
        except STORE_ERRORS as exc:
            raise _no_room_for_answers(self.directory, exc) from exc

    def close(self) -> None:
        """Close the database, leaving the answers for the next collect."""
        self._cache.close()

    def remove(self) -> None:
        """Close and delete the store: the collect has no more use for the answers. One
        that cannot be removed is said: it may hold gigabytes."""
        self.close()
        try:
            shutil.rmtree(self.directory)
        except OSError as exc:
            _log.warning("cannot remove the batches' answers in %s: %s", self.directory, exc)


def _no_room_for_answers(directory: Path, exc: BaseException) -> ProviderBatchError:
    """:func:`_no_room` in the answer store's ``directory``, in the cache directory."""
    return _no_room("keep the batches' answers", str(directory), exc,
                    moved_by="COOPLLM_CACHE_DIR", then="collect again")  # fmt: skip


async def ended_batches(
    client: openai.AsyncOpenAI, settings: Settings, state: BatchState, *,
    poll_seconds: float | None = None,
) -> list[Batch]:  # fmt: skip
    """The batches that ran, once every one has ended (with ``poll_seconds``, waiting for
    them to), before any answers are downloaded: gigabytes fetched for a collect that
    then refuses would be fetched for nothing.

    A batch the provider failed as a whole (over the organisation's queued-token limit,
    as a split submit can be) answered nothing: the others' answers, paid for, are still
    used, and its requests are asked at the endpoint, which is said. Only when every
    batch failed is it an error: nothing would come from the batch service."""
    ended = [
        await wait_until_collectable(client, settings, b.batch_id, poll_seconds=poll_seconds)
        for b in state.batches
    ]
    for batch in ended:
        _check_collectable(batch)
    failures = [_failure_of(batch) for batch in ended if batch.status == "failed"]
    if len(failures) == len(ended):
        raise ProviderBatchError(
            f"{'; '.join(failures)}; submit again (or run `coopllm extract` on the same paths)"
        )
    for failure in failures:
        _log.warning(
            "%s; its requests are asked at the endpoint, at list price (Ctrl-C, then `batch "
            "submit` of the paths left, for the batch price)",
            failure,
        )
    return [batch for batch in ended if batch.status != "failed"]


async def batch_answers(
    client: openai.AsyncOpenAI, settings: Settings, batches: list[Batch], store: AnswerStore
) -> None:
    """Put every successful answer of ``batches`` (ended, none failed) in ``store``, by the
    hash of the request it answers."""
    for batch in batches:
        if batch.output_file_id:  # none: it ended before answering anything
            await _answers_of(client, settings, batch.id, batch.output_file_id, store)
        _say_unanswered(batch)


def _say_unanswered(batch: Batch) -> None:
    """Warn of the requests a batch that ran did not answer (each failed, or left when it
    expired or was cancelled): they are asked at the endpoint at list price, which at
    100,000 articles must not go unnoticed (a reasoning effort the deployment refuses
    fails every line)."""
    counts = batch.request_counts
    if counts is None or counts.completed >= counts.total:
        return
    left = counts.total - counts.completed - counts.failed
    _log.warning(
        "batch %s (%s) did not answer %d of its %d requests (%d failed%s; the reasons are "
        "in its error file, %s); they are asked at the endpoint, at list price (Ctrl-C, "
        "then `batch submit` of the paths left, for the batch price)",
        batch.id,
        batch.status,
        counts.total - counts.completed,
        counts.total,
        counts.failed,
        f", {left} never run" if left > 0 else "",
        batch.error_file_id or "none given",
    )


async def _answers_of(
    client: openai.AsyncOpenAI, settings: Settings, batch_id: str, output_id: str,
    store: AnswerStore,
) -> None:  # fmt: skip
    """The successful answers in one batch's output file, into ``store`` by request hash,
    unless an earlier collect's download of it ended there whole."""
    unreadable = store.downloaded(output_id)
    if unreadable is None:
        unreadable = await _download(client, settings, batch_id, output_id, store)
        store.mark_downloaded(output_id, unreadable)
    else:
        _log.info(
            "batch %s: its answers, downloaded whole by an earlier collect, are taken from %s",
            batch_id,
            store.directory,
        )
    if unreadable:
        _log.warning(
            "batch %s: lines of its answers that are no answers (not JSON, or no "
            "custom_id): %d; their requests are asked at the endpoint",
            batch_id,
            unreadable,
        )


async def _download(
    client: openai.AsyncOpenAI, settings: Settings, batch_id: str, output_id: str,
    store: AnswerStore,
) -> int:  # fmt: skip
    """Download one output file's answers into ``store``; how many lines were no answers.

    The file is read as it downloads, never whole: at 100,000 articles it is gigabytes. A
    download cut off half-way starts again (the answers kept are kept again, alike), up
    to ``max_attempts`` times, however long each took: the retry time cap is for waits,
    and one download of gigabytes may take longer than it."""

    async def download() -> int:
        try:
            async with client.files.with_streaming_response.content(output_id) as response:
                return await _keep_answers(_lines(response.iter_bytes()), store)
        except httpx2.RequestError as exc:  # the SDK turns only the send's into its own
            raise openai.APIConnectionError(
                message=f"the download broke off: {exc}", request=exc.request
            ) from exc

    try:
        return await _api(
            f"downloading the answers of batch {batch_id} (files.content {output_id})",
            download,
            settings.merged(max_retry_seconds=_DOWNLOAD_RETRY_SECONDS),
        )
    except ProviderBatchError as exc:
        if "404" not in str(exc) and "not found" not in str(exc).lower():
            raise
        raise ProviderBatchError(
            f"{exc}: the provider no longer has the batch's answers (output files expire, "
            "or were deleted); `coopllm extract` on the same paths, with the same --out, "
            "asks what the output still lacks at the endpoint"
        ) from None


_DOWNLOAD_RETRY_SECONDS = 7 * 24 * 3600.0
"""No cap on a download's retry time but its attempts (a week: a bound, never reached)."""


async def _lines(chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    """The lines of a download, split at ``\\n`` only: an answer's JSON may hold a raw
    U+2028 or U+0085, where ``str.splitlines`` (and the SDK's ``iter_lines``) would tear
    it in two."""
    rest = bytearray()
    async for chunk in chunks:
        rest += chunk
        *whole, tail = rest.split(b"\n")
        for line in whole:
            yield bytes(line)
        rest = bytearray(tail)
    if rest:
        yield bytes(rest)


async def _keep_answers(lines: AsyncIterator[bytes], store: AnswerStore) -> int:
    """Put each successful answer of ``lines`` in ``store``; how many lines were no
    answer lines. Of two answers to one request a later valid one wins, never a later
    invalid one."""
    unreadable = 0
    async for line in lines:
        if not line.strip():
            continue
        try:
            answer = _answer_of(line)
        except ValueError:
            unreadable += 1
            continue
        if answer is None:  # a failed line: its request is asked at the endpoint
            continue
        key, body = answer
        if key not in store or _valid_completion(body):
            store.put(key, body)
    return unreadable


def _answer_of(line: bytes) -> tuple[str, dict[str, Any]] | None:
    """(request key, completion) of one line of a batch's output file; None for a failed
    line (OpenAI's Batch API writes those to the error file, but an output file that holds
    them too is read alike). A line that is no answer line (not JSON, no ``custom_id``) is
    a ``ValueError``."""
    row = json.loads(line)  # JSONDecodeError is a ValueError
    if not isinstance(row, dict) or not isinstance(row.get("custom_id"), str):
        raise ValueError("not an answer line")
    response = row.get("response")
    if not isinstance(response, dict) or response.get("status_code") != 200:
        return None
    body = response.get("body")
    return (row["custom_id"].rpartition("-")[2], body) if isinstance(body, dict) else None


def _valid_completion(body: dict[str, Any]) -> bool:
    """A completion with a choice: of two answers to one request, the one to keep."""
    return bool(body.get("choices"))


class BatchAnswers(httpx2.AsyncBaseTransport):
    """Answers a request the batch answered with the batch's answer, its tokens billed as
    the batch service's; sends any other request to the endpoint, within the rate limits
    (which the pipeline above does not apply, so that answers at hand are never held up).
    ``unused`` counts the answers no request asked for: a request that changed since
    submit (edited prompts, other settings) is asked again at the endpoint, at list price,
    and that should not go unnoticed."""

    def __init__(self, answers: AnswerStore, live: httpx2.AsyncClient, limits: RateLimits) -> None:
        self._answers = answers
        self._total = len(answers)  # filled before; readable after ``aclose`` closed it
        self._live = live
        self._limits = limits
        self._used: set[str] = set()

    @property
    def total(self) -> int:
        """How many answers the batches gave."""
        return self._total

    @property
    def unused(self) -> int:
        """How many of them no request has asked for."""
        return self._total - len(self._used)  # only answers given are ever used

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        raw = await request.aread()
        key = request_key(raw)
        answer = self._answers.get(key)
        if answer is None:
            return await self._forward(request, raw)
        counts = answer.get("usage") or {}
        tokens = int(counts.get("prompt_tokens", 0)), int(counts.get("completion_tokens", 0))
        if counts:
            count_completion(*tokens, batch=True, billed=key not in self._used)
        self._used.add(key)
        # Without its usage: the pipeline would count the tokens again, at list price.
        unbilled = {key: value for key, value in answer.items() if key != "usage"}
        return httpx2.Response(200, json=unbilled, request=request)

    async def _forward(self, request: httpx2.Request, raw: bytes) -> httpx2.Response:
        # A halted collect stops waiting for the limits and sends nothing more.
        await unless_halted(partial(self._limits.acquire, json.loads(raw) if raw else {}))
        sent = await self._live.send(request)
        if self._limits.learning and sent.is_success:
            await self._limits.heed(sent.headers)
        return decoded_response(sent, request)

    @property
    def directory(self) -> Path:
        """Where the answers are kept (:func:`answers_dir`)."""
        return self._answers.directory

    def remove(self) -> None:
        """Delete the answers from disk: the records they are for are written."""
        self._answers.remove()

    async def aclose(self) -> None:
        await self._live.aclose()
        self._answers.close()


async def collect_extractor(
    client: openai.AsyncOpenAI, settings: Settings, state: BatchState, *,
    poll_seconds: float | None = None,
) -> tuple[Extractor, BatchAnswers]:  # fmt: skip
    """The normal path's ``Extractor``, answered from the finished provider batches where
    it can be, from the endpoint otherwise (re-asks, missing answers, other articles), and
    the transport that answers (to tell what it used). With ``poll_seconds`` it first
    waits for the batches to end. Close the extractor with ``aclose``: the answers stay
    in :func:`answers_dir` for the next collect until ``BatchAnswers.remove`` (once the
    records they are for are written)."""
    batches = await ended_batches(client, settings, state, poll_seconds=poll_seconds)
    answers = AnswerStore(answers_dir(settings, state))
    try:
        await batch_answers(client, settings, batches, answers)
    except BaseException:
        answers.close()  # what was downloaded whole is the next collect's
        raise
    transport = BatchAnswers(answers, http_client_for(settings), RateLimits(settings))
    answering = client.with_options(http_client=httpx2.AsyncClient(transport=transport))
    unlimited = settings.merged(requests_per_minute=0, tokens_per_minute=0)
    return Extractor(unlimited, client=answering), transport
