"""The pipeline for one article: check, chunk, ask, resolve, normalise, guard, ground.

Each chunk (the whole article unless it is long) gets two concurrent passes, each
cached: the full extraction (re-asked by the guard on invented names) and the short
documents pass that :mod:`coopllm.resolve` merges in. Then deterministic code takes
over (:mod:`coopllm.making`; a batch's on a worker process, :mod:`coopllm.workers`):
normalisation, the guard's drops and demotions, and grounding spans. The record
is kept (:class:`coopllm.cache.RecordMemo`) under the cache entries it was made from:
an article whose answers are all cached gets it back without that work.

``Extractor`` holds what is worth reusing across articles (the HTTP client, the cache,
the prompts, the retry gate its workers share); :func:`coopllm.extract` and friends in
:mod:`coopllm.api` are thin wrappers around it.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import hashlib
import importlib.metadata
from dataclasses import dataclass
from typing import TypeVar, cast

import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from openai.types.chat import ChatCompletion, ChatCompletionMessageFunctionToolCall
from pydantic import BaseModel

from coopllm.cache import (
    CachedAnswer,
    RecordMemo,
    ResponseCache,
    cache_key,
    pipeline_fingerprint,
    records_dir,
)
from coopllm.calls import CallInfo, answers_are_in, current_call
from coopllm.cassettes import OFFLINE_MISS_CODE, canonical_json
from coopllm.chunking import split_text
from coopllm.client import StructuredLLM, build_openai_client, connect_failure, origin
from coopllm.dates import parse_published, warm_up
from coopllm.errors import (
    AccessDeniedError,
    ConfigurationError,
    CoopLLMError,
    FailingServerError,
    InputError,
    InvalidOutputError,
    ModelNotFoundError,
    OfflineMissError,
    QuotaExhaustedError,
    RequestRejectedError,
    RunStoppedError,
    TransportError,
    TruncatedOutputError,
    UnreachableEndpointError,
    UnsupportedRequestError,
)
from coopllm.grounding import SourceIndex
from coopllm.guard import Checker, GuardedDraft, guarding
from coopllm.inputs import check_decoded, decode_text, published_date, source_name, text_sha256
from coopllm.making import ChunkAnswers, RecordJob
from coopllm.prompts import PromptSet, load_prompts
from coopllm.resolve import SignedDocuments, signing_sentences
from coopllm.retry import is_transient, out_of_credit, server_message, unsupported_feature
from coopllm.schema import SCHEMA_VERSION, ArticleExtraction, ExtractionDraft, Provenance
from coopllm.settings import LOCAL_MODEL_NAME, Settings
from coopllm.workers import RecordMakers

A = TypeVar("A", bound=BaseModel)
_SCHEMA_SHA256: dict[str, str] = {
    task: hashlib.sha256(canonical_json(model.model_json_schema())).hexdigest()
    for task, model in (("extract", ExtractionDraft), ("documents", SignedDocuments))
}
"""Each pass's response schema, hashed once: canonicalising the whole schema for every
cache key was a quarter of the cost of a cache hit."""
_BE_BRIEF = (
    "Your previous answer was cut off at the length limit (a list probably repeated "
    "itself). Answer again, briefly: each person, organisation and phrase at most once."
)


def _checked_call(text: object, source: object, published: object) -> tuple[str, dt.date | None]:
    """The article's name and date, the arguments checked before anything is sent: a
    datetime failed only after both requests were paid for, a source not a string as a
    raw validation error after them, a text of another type as a raw ``AttributeError``.
    The name is one line, as a batch's sources are (:func:`source_name`)."""
    if not isinstance(text, (str, bytes)):
        raise InputError(f"an article's text is str or bytes, not {type(text).__name__}")
    if source is not None and not isinstance(source, str):
        raise InputError(f"'source' must be a string, not {type(source).__name__}")
    name = source_name(source) if source else "<text>"
    return name, published_date(published, name)


@dataclass(frozen=True)
class _Chunk:
    """One chunk of one article and what every pass over it needs."""

    text: str
    published: dt.date | None
    checker: Checker
    source: str
    notes: list[str]  # this chunk's warnings (see chunk_notes)
    whole: bool  # the chunk is the whole article, not a part of a long one


class Extractor:
    """Extracts records with one configuration; safe to share between asyncio tasks."""

    def __init__(
        self,
        settings: Settings,
        *,
        client: openai.AsyncOpenAI | None = None,
        recorded_with: dict[str, str] | None = None,
        record_workers: int = 0,
    ) -> None:
        """``record_workers`` processes make the records beside the event loop (see
        :mod:`coopllm.workers`; a batch's); more than 0 needs a running loop."""
        self.settings = settings
        self.prompts: PromptSet = load_prompts(settings.prompts_dir)
        self.llm = StructuredLLM(
            client or build_openai_client(settings, recorded_with=recorded_with), settings
        )
        self.cache = (
            ResponseCache(settings.cache_dir, settings.cache_size_limit)
            if settings.use_cache
            else None
        )
        self.records = _record_memo(settings) if settings.use_cache else None
        # The key of a request, asked by the record memo before the pass asks it again:
        # kept for the requests of the articles in flight.
        self.request_key = functools.lru_cache(maxsize=512)(self._request_key)
        self.llm.prepare(ExtractionDraft, SignedDocuments)  # one-time work, before any request
        self.provenance = provenance(settings, self.prompts)
        self._shaping = (
            cache_key(
                documents_pass=settings.documents_pass,
                strict=settings.strict,
                chunk_chars=settings.chunk_chars,
                provenance=self.provenance.model_dump(mode="json"),
                pipeline=pipeline_fingerprint(),
            )
            if self.records is not None
            else ""
        )  # what shapes a record beyond its answers, text and date: one hash an extractor
        # Last: a forked worker starts with everything above done.
        self.makers = RecordMakers(record_workers)
        if not self.makers.running:
            # dateparser's one-time work (0.2-0.4 s) used to run when the first answers of
            # a batch arrived, holding up every request in flight. A worker does its own
            # (its records' dates); the loop then reads dates only in a page's labelled
            # date line, before the article's requests (parse_published).
            warm_up()

    async def aclose(self) -> None:
        """Close the HTTP client, the cache and the record-making workers."""
        self.makers.close()
        await self.llm.client.close()
        if self.cache is not None:
            self.cache.close()
        if self.records is not None:
            self.records.close()

    async def extract(
        self,
        text: str | bytes,
        *,
        source: str | None = None,
        published: dt.date | str | None = None,
    ) -> ArticleExtraction:
        """The validated, normalised and grounded record for one article. ``published``
        is a date or an ISO date string (a datetime counts by its day)."""
        name, given = _checked_call(text, source, published)
        decoded = decode_text(text)
        article_text = check_decoded(decoded, max_chars=self.settings.max_article_chars)
        published = given or parse_published(article_text)
        lead = _lead(text, decoded)  # spans index the text as given, not as stripped
        chunks = split_text(article_text, self.settings.chunk_chars)
        passes = self._passes(chunks, published)
        kept = self._kept_record(passes, decoded, lead, published)
        if kept is not None:
            return kept.model_copy(update={"source": name})
        call = CallInfo(source=name, prompt_sha256=self.prompts.sha256)
        record = await self._made_record(call, article_text, chunks, lead, published)
        record = record.model_copy(update={"text_sha256": text_sha256(decoded)})
        # Kept under the entries this record was made from, read or stored by this run:
        # none where a pass has none (skipped, or its answer could not be stored).
        used = [call.answers.get(key) for key in passes]
        if self.records is not None and (key := self._record_key(used, decoded, lead, published)):
            self.records.keep(key, record)
        return record

    async def _made_record(
        self,
        call: CallInfo,
        article_text: str,
        chunks: list[str],
        lead: int,
        published: dt.date | None,
    ) -> ArticleExtraction:
        """The record made from the passes' answers (each from the cache or asked)."""
        name = call.source
        checker = Checker(SourceIndex(article_text, offset=lead), published=published)
        token = current_call.set(call)
        try:
            notes: list[list[str]] = [[] for _ in chunks]
            answers = [
                await self._chunk_answers(
                    _Chunk(chunk, published, checker, name, said, whole=len(chunks) == 1)
                )
                for chunk, said in zip(chunks, notes, strict=True)
            ]
        except CoopLLMError as exc:
            exc.usage = call.usage  # what the failure cost, for the batch's totals
            raise
        finally:
            current_call.reset(token)
        call.usage.cached = call.cache_misses == 0
        job = RecordJob(
            text=article_text,
            lead=lead,
            published=published,
            source=name,
            chunks=answers,
            usage=call.usage,
            answered_by=sorted(call.answered_by),
            strict=self.settings.strict,
            provenance=self.provenance,
        )
        answers_are_in()  # the next article asks meanwhile: making a record sends nothing
        return await self.makers.make(job)

    def _passes(self, chunks: list[str], published: dt.date | None) -> list[str]:
        """The cache keys of the requests the article's passes send first, in order: the
        extraction of each chunk, and its documents question when it has one (as
        :meth:`_chunk_draft` and :meth:`_documents` ask them). Empty without a cache."""
        if self.cache is None:
            return []
        asked = [("extract", chunk) for chunk in chunks]
        if self.settings.documents_pass:
            whole = len(chunks) == 1
            sentences = (signing_sentences(chunk, whole=whole) for chunk in chunks)
            asked += [("documents", text) for text in sentences if text]
        return [self.request_key(task, text, published) for task, text in asked]

    def _record_key(
        self, answers: list[str | None], decoded: str, lead: int, published: dt.date | None
    ) -> str | None:
        """The record memo's key for the article made from these answers (the digests of
        their cache entries, pass by pass), or None when there are none or some pass has
        none: the answers, the text, its date, the settings that shape a record beyond
        the requests', and the code that makes it (see :class:`RecordMemo`)."""
        if not answers or None in answers:
            return None
        return cache_key(
            answers=answers,
            text_sha256=text_sha256(decoded),
            lead=lead,
            published=published.isoformat() if published else None,
            shaping=self._shaping,
        )

    def _kept_record(
        self, passes: list[str], decoded: str, lead: int, published: dt.date | None
    ) -> ArticleExtraction | None:
        """The record kept for these very answers, counted as their cache hits, or None."""
        if self.records is None or self.cache is None or self.settings.refresh_cache:
            return None
        stored: list[str | None] = []
        for request in passes:  # the entries a hit would read; stops at a missing one
            stored.append(self.cache.digest(request))
            if stored[-1] is None:
                return None
        key = self._record_key(stored, decoded, lead, published)
        kept = self.records.recall(key) if key else None
        if kept is None:
            return None
        self.cache.counted_hits(len(passes))
        return kept.model_copy(update={"usage": kept.usage.model_copy(update={"cached": True})})

    async def _chunk_answers(self, chunk: _Chunk) -> ChunkAnswers:
        """Both passes over one chunk (the whole article, unless it is long).

        The passes do not depend on each other, so they run at the same time: an article
        costs one round trip of latency, not two.
        """
        extraction = self.answer(
            "extract", ExtractionDraft, chunk.text, chunk.published, chunk.checker, chunk.source
        )
        if not self.settings.documents_pass:
            return ChunkAnswers(await extraction, None, chunk.notes)
        documents = asyncio.ensure_future(self._documents(chunk))
        try:
            draft = await extraction
            found = await documents
        except RunStoppedError:
            # The batch halted: the documents pass's answer, if its request is out, is paid
            # for. It is awaited (a halt stops retries and re-asks) and cached, for the
            # next run to take rather than ask again.
            with contextlib.suppress(Exception):
                await documents
            raise
        finally:
            # When the main pass fails, the documents pass is stopped, or its own error (if
            # it already ended) is marked as seen: the main pass's error is the one raised.
            if documents.done() and not documents.cancelled():
                documents.exception()
            documents.cancel()
        return ChunkAnswers(draft, found, chunk.notes)

    async def _documents(self, chunk: _Chunk) -> SignedDocuments | None:
        """The documents pass, or None (and a note) when it gives no valid answer.

        A part of a long article with no signing sentence is not asked: it answers no
        documents. The question would go with the whole part (11,700 characters where a
        signing sentence is 90), which the main pass over it reads already. An article
        of one chunk is asked with its whole text then, as before: its signing may be
        told in words no cue knows, and its recorded answers are keyed by that request.
        """
        sentences = signing_sentences(chunk.text, whole=chunk.whole)
        if not sentences:
            return SignedDocuments()
        try:
            return await self.answer(
                "documents", SignedDocuments, sentences, chunk.published, chunk.checker,
                chunk.source,
            )  # fmt: skip
        except (InvalidOutputError, TruncatedOutputError) as exc:
            chunk.notes.append(f"documents pass skipped: {exc}")
            return None

    def _request_key(self, task: str, text: str, published: dt.date | None) -> str:
        """The cache key of the pass's request about ``text``."""
        return self._key(task, self.prompts.messages(text, published, task=task))

    def _key(self, task: str, messages: list[dict[str, str]]) -> str:
        s = self.settings
        # The effort only when asked for, so that the keys of answers cached without it
        # stay as they were.
        effort = {} if s.reasoning_effort is None else {"reasoning_effort": s.reasoning_effort}
        return cache_key(
            endpoint=s.endpoint_id(),
            model=s.resolved_model(),
            mode=s.mode,
            messages=messages,
            schema_sha256=_SCHEMA_SHA256[task],
            temperature=s.temperature,
            max_tokens=s.max_tokens,
            max_reasks=s.max_reasks,
            strict=s.strict,
            prompt_sha256=self.prompts.task_sha256(task),
            **effort,
        )

    async def answer(
        self,
        task: str,
        model: type[A],
        text: str,
        published: dt.date | None,
        checker: Checker,
        source: str,
    ) -> A:
        """One pass's validated answer, from the cache when possible."""
        key = self.request_key(task, text, published) if self.cache is not None else ""
        call = current_call.get() or CallInfo(source=source, prompt_sha256=self.prompts.sha256)
        if self.cache is not None and not self.settings.refresh_cache:
            hit = self.cache.get(key, model)
            if hit is not None:
                answer, entry, call.answers[key] = hit
                call.usage.absorb(
                    entry.prompt_tokens, entry.completion_tokens, entry.requests,
                    batch_prompt_tokens=entry.batch_prompt_tokens,
                    batch_completion_tokens=entry.batch_completion_tokens,
                )  # fmt: skip
                call.answered_by.update(_answering_model(entry.raw_completion))
                return cast(A, answer)
        call.cache_misses += 1
        # The pass's own tokens: the article's other pass runs at the same time and counts
        # into the article's usage meanwhile. They join the article's when the pass ends,
        # also when it fails (a failed article's tokens were spent too).
        this_pass = CallInfo(source=call.source, prompt_sha256=call.prompt_sha256)
        messages = self.prompts.messages(text, published, task=task)
        token = current_call.set(this_pass)
        try:
            if task == "extract":
                answer, completion = await self._ask_draft(messages, checker, source)
            else:
                answer, completion = await self._ask_plain(model, messages, source)
        finally:
            current_call.reset(token)
            call.usage = call.usage.plus(this_pass.usage)
        if completion is not None and completion.model:
            call.answered_by.add(completion.model)
        if self.cache is not None:
            spent = this_pass.usage
            stored = self.cache.put(
                key,
                CachedAnswer(
                    answer=answer.model_dump(mode="json"),
                    raw_completion=completion.model_dump(mode="json") if completion else None,
                    prompt_tokens=spent.prompt_tokens,
                    completion_tokens=spent.completion_tokens,
                    requests=spent.requests,
                    batch_prompt_tokens=spent.batch_prompt_tokens,
                    batch_completion_tokens=spent.batch_completion_tokens,
                ),
            )
            if stored is not None:
                call.answers[key] = stored
        return cast(A, answer)

    async def _ask_plain(
        self, model: type[A], messages: list[dict[str, str]], source: str
    ) -> tuple[A, ChatCompletion | None]:
        """A pass without the guard: schema re-asks only."""
        try:
            return await self.llm.ask(model, messages)
        except (InstructorRetryException, IncompleteOutputException, openai.OpenAIError) as exc:
            failure = _map_error(exc, source, self.settings)
        raise failure  # out of the except block: see _map_error

    async def _ask_draft(
        self, messages: list[dict[str, str]], checker: Checker, source: str
    ) -> tuple[ExtractionDraft, ChatCompletion | None]:
        """Ask with re-asks; a draft the guard still rejects at the end is kept for dropping."""
        truncations = 0
        while True:
            try:
                with guarding(checker if self.settings.strict else None):
                    guarded, completion = await self.llm.ask(GuardedDraft, messages)
                return ExtractionDraft.model_validate(guarded.model_dump()), completion
            except InstructorRetryException as exc:
                fallback = _last_structurally_valid(exc)
                if fallback is not None:
                    return fallback, exc.last_completion
                failure = _map_error(exc, source, self.settings)
            except IncompleteOutputException as exc:
                truncations += 1
                if truncations <= self.settings.max_reasks:
                    messages = [*messages, {"role": "user", "content": _BE_BRIEF}]
                    continue
                failure = _map_error(exc, source, self.settings)
            except openai.OpenAIError as exc:
                failure = _map_error(exc, source, self.settings)
            raise failure  # out of the except blocks: see _map_error


def _record_memo(settings: Settings) -> RecordMemo | None:
    """The record memo beside the cache, or None where it cannot be opened: records are
    then made from the cached answers every time, as the memo's absence only costs time."""
    memo = RecordMemo(records_dir(settings), settings.cache_size_limit)
    try:
        memo.open()
    except ConfigurationError:
        return None
    return memo


def _lead(given: str | bytes, decoded: str) -> int:
    """How many characters of the text as given come before the stripped article: the
    whitespace, and a byte-order mark a string kept (bytes lose it in decoding)."""
    mark = 1 if isinstance(given, str) and given.startswith("\ufeff") else 0
    return mark + len(decoded) - len(decoded.lstrip())


def provenance(settings: Settings, prompts: PromptSet) -> Provenance:
    """What this extractor's records come from."""
    return Provenance(
        model=settings.resolved_model(),
        endpoint=settings.endpoint_name(),
        mode=settings.mode,
        reasoning_effort=settings.reasoning_effort,
        prompts_sha256=prompts.sha256,
        schema_version=SCHEMA_VERSION,
        coopllm_version=_own_version(),
    )


@functools.cache
def _own_version() -> str:
    """coopllm's installed version, looked up once: each ``extract()`` makes an extractor,
    and the lookup reads the installed packages' metadata."""
    return importlib.metadata.version("coopllm")


def _answering_model(raw_completion: dict[str, object] | None) -> list[str]:
    """The model name a cached completion gave, if it kept one."""
    model = (raw_completion or {}).get("model")
    return [model] if isinstance(model, str) and model else []


def _last_structurally_valid(exc: InstructorRetryException) -> ExtractionDraft | None:
    """The last answer, if only the grounding guard (not the schema) rejected it."""
    completion = exc.last_completion
    if not isinstance(completion, ChatCompletion) or not completion.choices:
        return None
    message = completion.choices[0].message
    call = message.tool_calls[0] if message.tool_calls else None
    raw = (
        call.function.arguments if isinstance(call, ChatCompletionMessageFunctionToolCall) else None
    )
    raw = raw or message.content
    if not raw:
        return None
    try:
        return ExtractionDraft.model_validate_json(raw[raw.find("{") : raw.rfind("}") + 1])
    except ValueError:
        return None


def _root_cause(exc: BaseException) -> BaseException:
    """The first openai/instructor error under instructor's wrapping."""
    seen = exc
    while isinstance(seen, InstructorRetryException) and seen.__cause__ is not None:
        seen = seen.__cause__
    return seen


def _why_local(settings: Settings) -> str:
    """Where the managed llama.cpp server has ended, how ("was killed by SIGSEGV"): the
    cause of a refused connection, which the refusal alone does not say."""
    if settings.backend != "local" or settings.offline:
        return ""
    from coopllm.local import server_ended  # optional extra: imported only when used

    ended = server_ended()
    return f"; the managed llama.cpp server {ended}" if ended else ""


def _map_error(exc: BaseException, source: str, settings: Settings) -> CoopLLMError:
    """One typed coopllm error for whatever went wrong below us, raised by the caller
    after its ``except`` block, so that it holds no reference to the SDK's error (as its
    ``__cause__`` or ``__context__``): that error holds the request's headers (the key)
    and the server's words unscrubbed, which a traceback or ``logging.exception`` would
    print."""
    root = _root_cause(exc)
    body = root.body if isinstance(root, openai.NotFoundError) else None
    if isinstance(body, dict) and body.get("code") == OFFLINE_MISS_CODE:
        model = settings.resolved_model()
        return OfflineMissError(
            source, str(body.get("param", "")), settings.cassette_dir,
            model=None if model == LOCAL_MODEL_NAME else model,
        )  # fmt: skip
    if isinstance(root, IncompleteOutputException):
        reasoning = _reasoning_tokens(root.last_completion)
        cause = (
            f"{reasoning} of its tokens were the model's reasoning: raise max_tokens, or ask "
            "for less --reasoning-effort"
            if reasoning
            else "the model may be looping"
        )
        return TruncatedOutputError(
            f"{source}: the answer was cut off at max_tokens={settings.max_tokens} "
            f"(finish_reason 'length'); {cause}"
        )
    if isinstance(root, openai.APIResponseValidationError):  # no re-ask was made
        return InvalidOutputError(settings.scrub(f"{source}: {root.message}"))
    if isinstance(root, openai.APIConnectionError) and (why := connect_failure(root)):
        return UnreachableEndpointError(
            f"{source}: cannot connect to {origin(root)}: {why}{_why_local(settings)}"
        )
    if isinstance(root, openai.APIStatusError) and (unsupported := unsupported_feature(root)):
        return UnsupportedRequestError(
            settings.scrub(
                f"{source}: the endpoint cannot serve {unsupported.feature} for model "
                f"{settings.resolved_model()!r} (mode {settings.mode!r}): HTTP "
                f"{root.status_code}: {server_message(root)}; try {unsupported.remedy}"
            )
        )
    if isinstance(root, openai.APIStatusError) and out_of_credit(root):
        return QuotaExhaustedError(
            settings.scrub(
                f"{source}: the account has no credit left: HTTP {root.status_code}: "
                f"{server_message(root)}; add credit, then run the same command again to resume"
            )
        )
    if isinstance(root, openai.APIStatusError) and not is_transient(root):
        rejected = _REJECTIONS.get(root.status_code, RequestRejectedError)
        where = (
            f" (model {settings.resolved_model()!r} at {origin(root)})"
            if rejected is ModelNotFoundError
            else ""
        )
        return rejected(
            settings.scrub(
                f"{source}: the endpoint refused the request: HTTP {root.status_code}: "
                f"{server_message(root)}{where}"
            )
        )
    if isinstance(root, openai.APIStatusError) and root.status_code >= 500:
        return FailingServerError(
            settings.scrub(
                f"{source}: the endpoint answered HTTP {root.status_code} to every try: "
                f"{server_message(root)}"
            )
        )
    if is_transient(root):
        return TransportError(settings.scrub(f"{source}: {type(root).__name__}: {root}"))
    return InvalidOutputError(
        settings.scrub(f"{source}: no valid record after {settings.max_reasks} re-asks: {root}")
    )


def _reasoning_tokens(completion: object) -> int:
    """The tokens a cut-off answer spent reasoning, or 0: OpenAI's reasoning models count
    them inside the cap, and with the default cap they can leave no room for the record."""
    usage = completion.usage if isinstance(completion, ChatCompletion) else None
    details = usage.completion_tokens_details if usage is not None else None
    return (details.reasoning_tokens or 0) if details is not None else 0


_REJECTIONS: dict[int, type[RequestRejectedError]] = {
    401: AccessDeniedError,
    403: AccessDeniedError,
    404: ModelNotFoundError,
}
"""Refusals that say nothing about the article (see :class:`EndpointError`); any other
(400 for an article over the context window, 422...) is the article's own."""
