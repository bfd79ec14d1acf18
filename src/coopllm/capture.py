"""The requests the normal path would send for an article, captured and never sent.

:class:`RequestCapture` runs :meth:`Extractor.extract` on a client whose transport keeps
each request's body and refuses it; each pass then goes on with a placeholder answer. So
the bodies are the very ones the normal path sends first: the date parsed from the text,
the documents pass on the signing sentences, every chunk of a long article, the same
prompts, schema, mode and parameters. ``batch submit`` sends them to the provider's batch
service; ``estimate`` counts their tokens.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from contextvars import ContextVar
from typing import Any, Literal, TypeVar

import httpx2
import openai
from pydantic import BaseModel

from coopllm.cache import ResponseCache
from coopllm.errors import CoopLLMError
from coopllm.extraction import Extractor
from coopllm.guard import Checker
from coopllm.inputs import ArticleInput
from coopllm.settings import Settings

A = TypeVar("A", bound=BaseModel)

_captured: ContextVar[list[dict[str, Any]]] = ContextVar("coopllm_captured")
"""The bodies one pass sent; each pass (the two of a chunk run concurrently) has its own."""
_PLACEHOLDERS: dict[str, dict[str, Any]] = {"extract": {"article": {}}, "documents": {}}
"""The smallest valid answer of each pass: it lets the pipeline go on to the next pass
and chunk; no chunk's request depends on another's answer."""
LeaveCached = Literal["answered", "held"]
"""Which requests :class:`RequestCapture` leaves to the response cache: those it holds a
valid answer for ("answered": a stale entry's request is captured, as a run asks it
again), or those whose key it holds ("held": a key lookup, the answer not read, for a
count)."""


class _Capture(httpx2.AsyncBaseTransport):
    """Hands every request's body to the pass that sent it, and refuses it (HTTP 418,
    never retried): nothing leaves the process."""

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        _captured.get().append(json.loads(await request.aread()))
        error = {"error": {"message": "captured", "type": "capture"}}
        return httpx2.Response(418, json=error, request=request)


class RequestCapture(Extractor):
    """The normal pipeline, but each pass records the body it would send and goes on with
    a placeholder answer, so :meth:`requests` gets every pass of every chunk. Never
    rate-limited (nothing is sent). With ``leave_cached``, a request the response cache
    answers is not recorded (counted in ``cached``): the run after answers it from there,
    and a provider batch would bill it for nothing. Its key is the normal path's
    (:meth:`Extractor._key`, over the same messages), so a setting that changes the key
    makes it a request again, as in the run."""

    def __init__(self, settings: Settings, *, leave_cached: LeaveCached | None = None) -> None:
        client = openai.AsyncOpenAI(
            api_key="capture", base_url="http://capture.invalid/v1", max_retries=0,
            http_client=httpx2.AsyncClient(transport=_Capture()),
        )  # fmt: skip
        quiet = settings.merged(  # the model the run would ask (offline's is the local one)
            use_cache=False, offline=False, requests_per_minute=0, tokens_per_minute=0,
            model=settings.resolved_model(),
        )  # fmt: skip
        super().__init__(quiet, client=client)
        self._requests: list[tuple[str, dict[str, Any]]] = []
        cached = leave_cached is not None and settings.use_cache and not settings.refresh_cache
        self._answered = (
            ResponseCache(settings.cache_dir, settings.cache_size_limit) if cached else None
        )
        self._leave = leave_cached
        self.cached = 0

    async def answer(
        self,
        task: str,
        model: type[A],
        text: str,
        published: dt.date | None,
        checker: Checker,
        source: str,
    ) -> A:
        """Record the pass's request; a placeholder for its answer."""
        if self._in_cache(task, model, text, published):
            self.cached += 1
            return model.model_validate(_PLACEHOLDERS[task])
        bodies: list[dict[str, Any]] = []
        token = _captured.set(bodies)
        try:
            with contextlib.suppress(CoopLLMError):  # the refusal: the body is what we wanted
                await super().answer(task, model, text, published, checker, source)
        finally:
            _captured.reset(token)
        self._requests.extend((task, body) for body in bodies)
        return model.model_validate(_PLACEHOLDERS[task])

    def _in_cache(
        self, task: str, model: type[BaseModel], text: str, published: dt.date | None
    ) -> bool:
        """Whether the response cache answers the pass, as ``leave_cached`` tells."""
        if self._answered is None:
            return False
        key = self.request_key(task, text, published)
        if self._leave == "held":
            return self._answered.holds(key)
        return self._answered.get(key, model) is not None

    async def aclose(self) -> None:
        await super().aclose()
        if self._answered is not None:
            self._answered.close()

    async def requests(self, article: ArticleInput) -> list[tuple[str, dict[str, Any]]]:
        """The task and body of every request the normal path sends first for the article
        (one article at a time); ``InputError`` when it would refuse the article."""
        self._requests = []
        await self.extract(article.text, source=article.source, published=article.published)
        return self._requests
