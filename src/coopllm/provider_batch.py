"""The provider's batch service (OpenAI Batch API): submit, poll, collect.

At provider scale the provider's own batch queue is cheaper and kinder to rate limits
than our loop. The requests are the very bodies the normal path sends: they are captured
by running the normal path against a transport that records the body and refuses it, so
prompts, schema, mode and parameters can never drift apart between the two paths.

Collect validates every answer with the same guard; an article whose answer is missing or
invalid goes through the normal path (which re-asks), so the output is the same format and
the same quality either way. The state file holds ids and text hashes, never the text: the
same PATH arguments are given again to ``collect``.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

import httpx2
import openai
from openai.types import Batch
from pydantic import BaseModel, ValidationError

from coopllm.api import ExtractionFailure, Outcome, Work, extract_one
from coopllm.errors import CoopLLMError, InputError, ProviderBatchError
from coopllm.extraction import Extractor
from coopllm.grounding import SourceIndex
from coopllm.guard import Checker, GuardedDraft, guarding
from coopllm.inputs import ArticleInput, check_text
from coopllm.resolve import SignedDocuments, merge_documents
from coopllm.schema import ArticleExtraction, ExtractionDraft, Usage
from coopllm.settings import Settings

_CAPTURED = "coopllm_captured"
_TASKS = ("extract", "documents")


class BatchItem(BaseModel):
    """One article of a submitted batch."""

    source: str
    text_sha256: str
    published: dt.date | None = None


class BatchState(BaseModel):
    """What ``submit`` leaves for ``status`` and ``collect``."""

    batch_id: str
    input_file_id: str
    model: str
    items: dict[str, BatchItem]


class _Capture(httpx2.AsyncBaseTransport):
    """Keeps the body of every request and refuses it (HTTP 418, never retried)."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        self.bodies.append(json.loads(await request.aread()))
        error = {"error": {"message": "captured", "code": _CAPTURED, "type": "capture"}}
        return httpx2.Response(418, json=error, request=request)


async def _captured_bodies(settings: Settings, article: ArticleInput) -> list[dict[str, Any]]:
    """The request bodies the normal path would send for this article (both passes)."""
    capture = _Capture()
    client = openai.AsyncOpenAI(
        api_key="capture", base_url="http://capture.invalid/v1", max_retries=0,
        http_client=httpx2.AsyncClient(transport=capture),
    )  # fmt: skip
    extractor = Extractor(settings.merged(use_cache=False, offline=False), client=client)
    text = check_text(article.text, max_chars=settings.max_article_chars)
    checker = Checker(SourceIndex(text))
    for task, model in (("extract", ExtractionDraft), ("documents", SignedDocuments)):
        if task == "documents" and not settings.documents_pass:
            break
        with contextlib.suppress(CoopLLMError):  # the refusal: the body is what we wanted
            await extractor.answer(task, model, text, article.published, checker, article.source)
    await client.close()
    return capture.bodies


async def build_requests(
    settings: Settings, articles: Iterable[ArticleInput]
) -> tuple[list[dict[str, Any]], dict[str, BatchItem], list[ArticleInput]]:
    """Batch API request lines, the items they belong to, and articles refused as input."""
    lines: list[dict[str, Any]] = []
    items: dict[str, BatchItem] = {}
    refused: list[ArticleInput] = []
    for n, article in enumerate(articles):
        if article.error is not None:
            refused.append(article)
            continue
        try:
            bodies = await _captured_bodies(settings, article)
        except InputError as exc:
            refused.append(ArticleInput(article.source, article.text, article.published, exc))
            continue
        item_id = f"a{n}"
        items[item_id] = BatchItem(
            source=article.source, text_sha256=article.text_sha256, published=article.published
        )
        for task, body in zip(_TASKS, bodies, strict=False):
            lines.append(
                {"custom_id": f"{item_id}:{task}", "method": "POST",
                 "url": "/v1/chat/completions", "body": body}
            )  # fmt: skip
    return lines, items, refused


async def submit(
    client: openai.AsyncOpenAI, settings: Settings, articles: Iterable[ArticleInput]
) -> tuple[BatchState, list[ArticleInput]]:
    """Upload the requests and start a batch; returns its state and refused articles."""
    lines, items, refused = await build_requests(settings, articles)
    payload = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    uploaded = await client.files.create(
        file=("coopllm-batch.jsonl", payload.encode("utf-8")), purpose="batch"
    )
    batch = await client.batches.create(
        input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h"
    )
    state = BatchState(
        batch_id=batch.id, input_file_id=uploaded.id, model=settings.resolved_model(), items=items
    )
    return state, refused


async def status(client: openai.AsyncOpenAI, state: BatchState) -> dict[str, Any]:
    """The batch's status and request counts, as the provider reports them."""
    batch = await client.batches.retrieve(state.batch_id)
    counts = batch.request_counts.model_dump() if batch.request_counts else {}
    return {"batch_id": batch.id, "status": batch.status, **counts}


_COLLECTABLE = frozenset({"completed", "expired", "cancelled"})
"""Statuses with whatever answers there will ever be. An expired or cancelled batch
holds the answers it finished; collect sends the rest through the normal path."""
_ENDED = _COLLECTABLE | {"failed"}


async def wait_until_collectable(
    client: openai.AsyncOpenAI, state: BatchState, *, poll_seconds: float | None
) -> Batch:
    """The batch once it can be collected (or has failed); one look when not polling."""
    while True:
        batch = await client.batches.retrieve(state.batch_id)
        if poll_seconds is None or batch.status in _ENDED:
            return batch
        await asyncio.sleep(poll_seconds)


def _check_collectable(batch: Batch) -> None:
    if batch.status == "failed":
        reasons = [e.message or "" for e in (batch.errors.data or [])] if batch.errors else []
        raise ProviderBatchError(
            f"batch {batch.id} failed as a whole: {'; '.join(reasons) or 'no reason given'}; "
            "submit again (or run `coopllm extract` on the same paths)"
        )
    if batch.status not in _COLLECTABLE:
        raise ProviderBatchError(
            f"batch {batch.id} is {batch.status}: collect again later, or pass --wait"
        )


async def _outputs(
    client: openai.AsyncOpenAI, state: BatchState, *, poll_seconds: float | None
) -> dict[str, dict[str, Any]]:
    """Every successful answer of the batch, by custom id."""
    batch = await wait_until_collectable(client, state, poll_seconds=poll_seconds)
    _check_collectable(batch)
    if not batch.output_file_id:  # ended before answering anything
        return {}
    content = await client.files.content(batch.output_file_id)
    answers: dict[str, dict[str, Any]] = {}
    for line in content.text.splitlines():
        if line.strip():
            row = json.loads(line)
            response = row.get("response") or {}
            if response.get("status_code") == 200:
                answers[row["custom_id"]] = response["body"]
    return answers


def _tool_arguments(body: dict[str, Any] | None) -> str | None:
    if not body or not body.get("choices"):
        return None
    message = body["choices"][0].get("message") or {}
    calls = message.get("tool_calls") or []
    if calls:
        return str(calls[0]["function"]["arguments"])
    return message.get("content")


def batch_usage(*bodies: dict[str, Any] | None) -> Usage:
    """What the batch's answers cost (billed at the batch service's discount)."""
    usage = Usage()
    for body in bodies:
        counts = (body or {}).get("usage") or {}
        if counts:
            usage.add_batch(
                int(counts.get("prompt_tokens", 0)), int(counts.get("completion_tokens", 0))
            )
    return usage


def validated_record(
    extractor: Extractor,
    article: ArticleInput,
    extract_body: dict[str, Any] | None,
    documents_body: dict[str, Any] | None,
) -> ArticleExtraction | None:
    """The record built from the batch's answers, or None when they do not validate."""
    text = check_text(article.text, max_chars=extractor.settings.max_article_chars)
    checker = Checker(SourceIndex(text))
    raw = _tool_arguments(extract_body)
    if raw is None:
        return None
    try:
        with guarding(checker if extractor.settings.strict else None):
            guarded = GuardedDraft.model_validate_json(raw)
        draft = ExtractionDraft.model_validate(guarded.model_dump())
        docs_raw = _tool_arguments(documents_body)
        if docs_raw is not None:
            draft = merge_documents(draft, SignedDocuments.model_validate_json(docs_raw), checker)
    except ValidationError:
        return None
    usage = batch_usage(extract_body, documents_body)
    record = extractor.finish(draft, checker, article.source, usage)
    return record.model_copy(update={"text_sha256": article.text_sha256})


def _with_spent(outcome: Outcome, spent: Usage) -> Outcome:
    """The normal path's record, charged also with the batch answers it replaced: the
    batch service billed them although they were invalid."""
    if not spent.requests or not isinstance(outcome, ArticleExtraction):
        return outcome
    return outcome.model_copy(update={"usage": outcome.usage.plus(spent)})


async def collect_work(
    client: openai.AsyncOpenAI,
    extractor: Extractor,
    state: BatchState,
    *,
    poll_seconds: float | None = None,
) -> Work:
    """A batch ``Work`` that takes each article's answer from the finished provider batch,
    and sends an article whose answer is missing or invalid through the normal path.
    With ``poll_seconds`` it first waits for the batch to finish."""
    answers = await _outputs(client, state, poll_seconds=poll_seconds)
    ids = {(item.source, item.text_sha256): item_id for item_id, item in state.items.items()}
    normal = extract_one(extractor)

    async def work(article: ArticleInput) -> Outcome:
        item_id = ids.get((article.source, article.text_sha256))
        if article.error is not None or item_id is None:
            return await normal(article)
        bodies = answers.get(f"{item_id}:extract"), answers.get(f"{item_id}:documents")
        try:
            record = validated_record(extractor, article, *bodies)
        except CoopLLMError as exc:
            return ExtractionFailure(article.source, exc)
        if record is not None:
            return record
        return _with_spent(await normal(article), batch_usage(*bodies))

    return work
