"""Per-article call information shared by the layers below the pipeline.

The HTTP transport (to name a cassette's article) and the request wrapper (to sum token
usage over re-asks) need to know which article a request belongs to, and the batch run
what its requests spent. Context variables carry that through instructor and the openai
client without threading extra parameters through code we do not own; asyncio copies
them into each task, so concurrent articles never mix.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

from coopllm.errors import RunStoppedError
from coopllm.schema import Usage

T = TypeVar("T")


@dataclass
class CallInfo:
    """What the lower layers may know about the article being extracted."""

    source: str
    prompt_sha256: str
    usage: Usage = field(default_factory=Usage)
    cache_misses: int = 0
    answered_by: set[str] = field(default_factory=set)
    """The model names the endpoint gave in the article's answers (a dated snapshot of
    the model asked, as a rule)."""
    answers: dict[str, str] = field(default_factory=dict)
    """The digest of each cache entry the article's record is made from, by request key:
    the answer read from the cache, or asked and stored (see ``RecordMemo``)."""


current_call: ContextVar[CallInfo | None] = ContextVar("coopllm_current_call", default=None)

run_spent: ContextVar[Usage | None] = ContextVar("coopllm_run_spent", default=None)
"""The tokens a batch run spends, each completion counted once. A record's usage says
what its answers cost, also when they came from the cache or were shared with another
article (the same documents pass, one batch-service answer for two requests); summing
records would count those again."""


@dataclass
class RunStop:
    """A batch run's decision to send no more requests, seen by every article in flight:
    they share this object through :data:`run_stop`. A spent budget halts a run, and so
    may its caller (the CLI on Ctrl-C or SIGTERM): the requests already sent are awaited,
    the articles only waiting to send one give up at once (see :meth:`unless_halted`)."""

    reason: str = ""
    _waiting: set[asyncio.Task[Any]] = field(default_factory=set, repr=False)

    def halt(self, reason: str) -> None:
        """Send nothing more: the first reason given stands."""
        if self.reason:
            return
        self.reason = reason
        for task in self._waiting:
            task.cancel()

    def check(self) -> None:
        """Raise ``RunStoppedError`` once the run has stopped: no request goes out after."""
        if self.reason:
            raise RunStoppedError(f"not sent: {self.reason}")

    async def unless_halted(self, wait: Callable[[], Awaitable[T]]) -> T:
        """Await ``wait()`` (the rate limiter, a 429's pause, a retry's backoff: up to a
        minute), or raise ``RunStoppedError`` as soon as the run halts, rather than send
        the request at the end of the wait only to be refused. A halt cancels the waiting
        task, as :func:`asyncio.timeout` does, and takes its own cancellation back: any
        other cancellation (a second Ctrl-C) goes on. A task waits here only while the run
        has not halted, so a halted run's reason says the halt cancelled it. Costs a set
        insertion when no halt comes: this is on every request's path."""
        self.check()
        task = asyncio.current_task()
        if task is None:  # pragma: no cover - always awaited inside a task
            return await wait()
        self._waiting.add(task)
        try:
            result = await wait()
        except asyncio.CancelledError:
            if not self.reason or task.uncancel() > 0:
                raise
            raise RunStoppedError(f"not sent: {self.reason}") from None
        finally:
            self._waiting.discard(task)
        self.check()  # a halt whose cancellation the wait swallowed
        return result


run_stop: ContextVar[RunStop | None] = ContextVar("coopllm_run_stop", default=None)


answers_in: ContextVar[Callable[[], None] | None] = ContextVar("coopllm_answers_in", default=None)
"""Set by a batch's pool in each article's task: called once the article's requests are
all answered, it frees the article's place among those asking the endpoint
(``concurrency`` counts those), so that the next article asks while this one's record is
made on a record worker (:func:`answers_are_in`)."""


def answers_are_in() -> None:
    """Say that the current article sends no more requests: its record is made from the
    answers it has. Outside a batch's pool, nothing."""
    free = answers_in.get()
    if free is not None:
        free()


async def unless_halted(wait: Callable[[], Awaitable[T]]) -> T:
    """``wait()``, given up when the current run halts (:meth:`RunStop.unless_halted`);
    outside a batch run, just ``wait()``."""
    stop = run_stop.get()
    return await (wait() if stop is None else stop.unless_halted(wait))


def count_completion(
    prompt_tokens: int, completion_tokens: int, *, batch: bool = False, billed: bool = True
) -> None:
    """Count one completion into the current article's usage and, when it is billed now,
    into the run's (a batch-service answer shared by two requests is billed once).
    ``batch``: the provider's batch service answered it, at its discount."""
    call, spent = current_call.get(), run_spent.get()
    for usage in (call.usage if call else None, spent if billed else None):
        if usage is not None:
            (usage.add_batch if batch else usage.add)(prompt_tokens, completion_tokens)
