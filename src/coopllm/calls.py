"""Per-article call information shared by the layers below the pipeline.

The HTTP transport (to name a cassette's article) and the request wrapper (to sum token
usage over re-asks) need to know which article a request belongs to, and the batch run
what its requests spent. Context variables carry that through instructor and the openai
client without threading extra parameters through code we do not own; asyncio copies
them into each task, so concurrent articles never mix.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field

from coopllm.errors import RunStoppedError
from coopllm.schema import Usage


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


current_call: ContextVar[CallInfo | None] = ContextVar("coopllm_current_call", default=None)

run_spent: ContextVar[Usage | None] = ContextVar("coopllm_run_spent", default=None)
"""The tokens a batch run spends, each completion counted once. A record's usage says
what its answers cost, also when they came from the cache or were shared with another
article (the same documents pass, one batch-service answer for two requests); summing
records would count those again."""


@dataclass
class RunStop:
    """A batch run's decision to send no more requests (its budget is spent), seen by
    every article in flight: they share this object through :data:`run_stop`."""

    reason: str = ""

    def check(self) -> None:
        """Raise ``RunStoppedError`` once the run has stopped: no request goes out after."""
        if self.reason:
            raise RunStoppedError(f"not sent: {self.reason}")


run_stop: ContextVar[RunStop | None] = ContextVar("coopllm_run_stop", default=None)


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
