"""The pipeline for one article: check, prompt, ask (cached), normalise, ground, guard.

``Extractor`` holds what is worth reusing across articles (the HTTP client, the cache,
the prompts, the shared retry gate); :func:`coopllm.extract` and friends in
:mod:`coopllm.api` are thin wrappers around it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from openai.types.chat import ChatCompletion, ChatCompletionMessageFunctionToolCall

from coopllm.cache import CachedAnswer, ResponseCache, cache_key
from coopllm.calls import CallInfo, current_call
from coopllm.cassettes import OFFLINE_MISS_CODE
from coopllm.client import StructuredLLM, build_openai_client
from coopllm.errors import (
    CoopLLMError,
    InvalidOutputError,
    OfflineMissError,
    RequestRejectedError,
    TransportError,
    TruncatedOutputError,
)
from coopllm.grounding import SourceIndex, ground_record
from coopllm.guard import Checker, GuardedDraft, apply_guard
from coopllm.inputs import check_text, decode_text, text_sha256
from coopllm.normalize import normalize_draft, parse_published
from coopllm.prompts import PromptSet, load_prompts
from coopllm.retry import RetryGate, is_transient
from coopllm.schema import ArticleExtraction, ExtractionDraft, Usage
from coopllm.settings import Settings

_DRAFT_SCHEMA = ExtractionDraft.model_json_schema()
_BE_BRIEF = (
    "Your previous answer was cut off at the length limit (a list probably repeated "
    "itself). Answer again, briefly: each person, organisation and phrase at most once."
)


class Extractor:
    """Extracts records with one configuration; safe to share between asyncio tasks."""

    def __init__(
        self,
        settings: Settings,
        *,
        client: openai.AsyncOpenAI | None = None,
        gate: RetryGate | None = None,
        recorded_with: dict[str, str] | None = None,
    ) -> None:
        self.settings = settings
        self.prompts: PromptSet = load_prompts(settings.prompts_dir)
        self.llm = StructuredLLM(
            client or build_openai_client(settings, recorded_with=recorded_with), settings, gate
        )
        self.cache = ResponseCache(settings.cache_dir) if settings.use_cache else None

    async def aclose(self) -> None:
        """Close the HTTP client and the cache."""
        await self.llm.client.close()
        if self.cache is not None:
            self.cache.close()

    async def extract(
        self, text: str | bytes, *, source: str | None = None, published: dt.date | None = None
    ) -> ArticleExtraction:
        """The validated, normalised and grounded record for one article."""
        decoded = decode_text(text)
        article_text = check_text(decoded, max_chars=self.settings.max_article_chars)
        name = source or "<text>"
        published = published or parse_published(article_text)
        call = CallInfo(source=name, prompt_sha256=self.prompts.sha256)
        token = current_call.set(call)
        try:
            checker = Checker(SourceIndex(article_text))
            draft, cached = await self._draft(article_text, published, name, checker)
        finally:
            current_call.reset(token)
        call.usage.cached = cached
        record = self._finish(draft, checker, name, call.usage)
        return record.model_copy(update={"text_sha256": text_sha256(decoded)})

    def _messages(self, text: str, published: dt.date | None) -> list[dict[str, str]]:
        return self.prompts.messages(text, published)

    def _key(self, messages: list[dict[str, str]]) -> str:
        s = self.settings
        return cache_key(
            endpoint=s.endpoint_id(),
            model=s.resolved_model(),
            mode=s.mode,
            messages=messages,
            schema=_DRAFT_SCHEMA,
            temperature=s.temperature,
            max_tokens=s.max_tokens,
            max_reasks=s.max_reasks,
            strict=s.strict,
            prompt_sha256=self.prompts.sha256,
        )

    async def _draft(
        self, text: str, published: dt.date | None, source: str, checker: Checker
    ) -> tuple[ExtractionDraft, bool]:
        """The model's answer, from the cache when possible; True when it was a hit."""
        messages = self._messages(text, published)
        key = self._key(messages)
        if self.cache is not None and not self.settings.refresh_cache:
            hit = self.cache.get(key, ExtractionDraft)
            if hit is not None:
                answer, entry = hit
                call = current_call.get()
                if call is not None:
                    call.usage.prompt_tokens = entry.prompt_tokens
                    call.usage.completion_tokens = entry.completion_tokens
                    call.usage.total_tokens = entry.prompt_tokens + entry.completion_tokens
                    call.usage.requests = entry.requests
                return ExtractionDraft.model_validate(answer.model_dump()), True
        draft, completion = await self._ask(messages, checker, source)
        if self.cache is not None:
            usage = current_call.get()
            self.cache.put(
                key,
                CachedAnswer(
                    answer=draft.model_dump(mode="json"),
                    raw_completion=completion.model_dump(mode="json") if completion else None,
                    prompt_tokens=usage.usage.prompt_tokens if usage else 0,
                    completion_tokens=usage.usage.completion_tokens if usage else 0,
                    requests=usage.usage.requests if usage else 0,
                ),
            )
        return draft, False

    async def _ask(
        self, messages: list[dict[str, str]], checker: Checker, source: str
    ) -> tuple[ExtractionDraft, ChatCompletion | None]:
        """Ask with re-asks; a draft the guard still rejects at the end is kept for dropping."""
        context: dict[str, Any] = {"checker": checker, "strict": self.settings.strict}
        truncations = 0
        while True:
            try:
                guarded, completion = await self.llm.ask(GuardedDraft, messages, context=context)
                return ExtractionDraft.model_validate(guarded.model_dump()), completion
            except InstructorRetryException as exc:
                fallback = _last_structurally_valid(exc)
                if fallback is not None:
                    return fallback, exc.last_completion
                raise _map_error(exc, source, self.settings) from exc
            except IncompleteOutputException as exc:
                truncations += 1
                if truncations > self.settings.max_reasks:
                    raise _map_error(exc, source, self.settings) from exc
                messages = [*messages, {"role": "user", "content": _BE_BRIEF}]
            except openai.OpenAIError as exc:
                raise _map_error(exc, source, self.settings) from exc

    def _finish(
        self, draft: ExtractionDraft, checker: Checker, source: str, usage: Usage
    ) -> ArticleExtraction:
        normalized = normalize_draft(draft, checker.text)
        guarded, warnings = apply_guard(normalized, checker, strict=self.settings.strict)
        record = ArticleExtraction(
            source=source,
            article=guarded.article,
            agreements=guarded.agreements,
            warnings=warnings,
            usage=usage,
        )
        return record.model_copy(update={"grounding": ground_record(record, checker.index)})


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


def _scrub(message: str, settings: Settings) -> str:
    """Never let a key echoed by a server reach an error message."""
    if settings.api_key is not None:
        secret = settings.api_key.get_secret_value()
        if secret:
            message = message.replace(secret, "***")
    return message


def _map_error(exc: BaseException, source: str, settings: Settings) -> CoopLLMError:
    """One typed coopllm error for whatever went wrong below us."""
    root = _root_cause(exc)
    body = root.body if isinstance(root, openai.NotFoundError) else None
    if isinstance(body, dict) and body.get("code") == OFFLINE_MISS_CODE:
        return OfflineMissError(source, str(body.get("param", "")))
    if isinstance(root, IncompleteOutputException):
        return TruncatedOutputError(
            f"{source}: the answer was cut off at max_tokens={settings.max_tokens} "
            "(finish_reason 'length'); the model may be looping"
        )
    if isinstance(root, openai.APIStatusError) and not is_transient(root):
        return RequestRejectedError(
            _scrub(
                f"{source}: the endpoint refused the request: HTTP {root.status_code}: "
                f"{root.message}",
                settings,
            )
        )
    if is_transient(root):
        return TransportError(_scrub(f"{source}: {type(root).__name__}: {root}", settings))
    return InvalidOutputError(
        _scrub(f"{source}: no valid record after {settings.max_reasks} re-asks: {root}", settings)
    )
