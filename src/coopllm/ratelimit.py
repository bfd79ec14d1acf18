"""Client-side rate limits, shared by every worker of a run (aiolimiter leaky buckets).

Staying under the provider's requests/minute and tokens/minute keeps a long batch from
living on 429s. Tokens are estimated before sending (see :func:`text_tokens`; the schema
the request carries and ``max_tokens`` included), which errs on the safe side (OpenAI's
own limiter counts ``max_tokens`` too). Which limits apply by default:
:meth:`coopllm.settings.Settings.rate_limits`, until the endpoint's first answer announces
its own (:meth:`RateLimits.heed`).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Mapping
from typing import Any

from aiolimiter import AsyncLimiter

from coopllm.settings import Settings

_log = logging.getLogger(__name__)

_KINDS = ("requests", "tokens")
"""The two budgets, in the order of ``per_minute``, as the ``x-ratelimit-*`` headers name
them; ``kind`` below is an index into it."""


class RateLimits:
    """Request and token budgets per minute; ``None`` disables either.

    ``period`` is the minute, in seconds; tests shorten it to watch the limits work.
    Until :meth:`heed` has seen an answer, ``learning`` says that the limits left to
    their defaults may still be replaced by those the endpoint announces.
    """

    def __init__(self, settings: Settings, *, period: float = 60.0) -> None:
        self._period = period
        self.per_minute: tuple[int | None, int | None] = settings.rate_limits()
        self._buckets = [_bucket(limit, period) for limit in self.per_minute]
        self._tokens_turn = asyncio.Lock()  # first come, first served: see ``acquire``
        self._open = settings.announced_limits_apply()
        self.learning = any(self._open)
        self._sent_while_learning = [0, 0]  # requests, tokens: see ``_take``

    async def acquire(self, request: dict[str, Any], schema_tokens: int = 0) -> None:
        """Wait until this request fits both budgets. ``schema_tokens`` is the schema part
        of the request (the tools or response format), which the provider counts as
        prompt tokens too."""
        await self._take(0, 1)
        if self._buckets[1] is not None or self.learning:
            # In turn: aiolimiter wakes the smallest waiter first, and a small request
            # that finds room goes past every waiter, so under a tight limit a long
            # chunk's request waited while short ones kept coming (for hours in a batch).
            async with self._tokens_turn:
                await self._take(1, estimate_tokens(request) + schema_tokens)

    async def _take(self, kind: int, amount: int) -> None:
        """Take ``amount`` from the budget of ``kind``, waiting for room; a request larger
        than the whole budget takes all of it (it goes alone).

        A request that waited in a bucket which :meth:`heed` replaced meanwhile takes its
        amount again from the new one, which would not know of it otherwise. What goes
        out before the first answer is counted, for :meth:`heed` to carry into the
        buckets it starts anew (a fresh bucket forgets what its predecessor let through).
        """
        while (bucket := self._buckets[kind]) is not None:
            await bucket.acquire(min(amount, bucket.max_rate))
            if bucket is self._buckets[kind]:
                break
        if self.learning:
            self._sent_while_learning[kind] += amount

    async def heed(self, headers: Mapping[str, str]) -> None:
        """Take the limits the endpoint announces with its first answer, for those the
        user did not set: OpenAI's ``x-ratelimit-limit-requests`` and ``-tokens`` (a minute,
        for this key and model; LiteLLM and Groq send them too, Groq's requests a day,
        which taken as a minute's only errs on the permissive side, where a 429 still
        holds every worker back). A run on defaults would otherwise hold a tier-5 key to
        tier 1, or send a free-tier key into 429s.

        A bucket replaced for a new limit starts as full as what this run sent before
        the answer (the other workers' first requests): empty, it let a second burst of
        a whole minute's budget follow the first.

        Looked at once: an endpoint that announces none never will."""
        if not self.learning:
            return
        self.learning = False
        rpm, tpm = self.per_minute
        if self._open[0]:
            rpm = _announced(headers, "x-ratelimit-limit-requests") or rpm
        if self._open[1]:
            tpm = _announced(headers, "x-ratelimit-limit-tokens") or tpm
        if (rpm, tpm) != self.per_minute:
            _log.info("the endpoint announces rate limits: the run holds to %s (it held to %s)",
                      per_minute_text(rpm, tpm), per_minute_text(*self.per_minute))  # fmt: skip
        for kind, limit in enumerate((rpm, tpm)):
            if limit != self.per_minute[kind]:
                await self._restart(kind, limit, self._sent_while_learning[kind])
        self.per_minute = (rpm, tpm)

    async def _restart(self, kind: int, limit: int | None, spent: float) -> None:
        """Replace the bucket of ``kind`` by one of ``limit`` a minute with ``spent`` of
        it used. aiolimiter has no public level to set: a fresh bucket is empty, and
        ``acquire`` fills it, at once for any amount up to its capacity (it waits only
        for room the bucket lacks), so nothing else runs between the two."""
        bucket = _bucket(limit, self._period)
        if bucket is not None and spent > 0:
            _log.debug("the %s bucket starts %.0f of %s spent", _KINDS[kind], spent, limit)
            await bucket.acquire(min(spent, bucket.max_rate))
        self._buckets[kind] = bucket


def _bucket(limit: int | None, period: float) -> AsyncLimiter | None:
    """An empty bucket of ``limit`` a ``period``; None for no limit."""
    return AsyncLimiter(limit, period) if limit else None


def per_minute_text(rpm: int | None, tpm: int | None) -> str:
    """Rate limits for people: "500 requests and 200,000 tokens a minute"."""
    if rpm and tpm:
        return f"{rpm:,} requests and {tpm:,} tokens a minute"
    if rpm or tpm:
        return f"{rpm:,} requests a minute" if rpm else f"{tpm:,} tokens a minute"
    return "no limits"


def _announced(headers: Mapping[str, str], name: str) -> int | None:
    """A positive whole limit from header ``name``; None when absent or not one (Azure
    sends -1 where it has none)."""
    try:
        value = int(headers.get(name, ""))
    except ValueError:
        return None
    return value if value > 0 else None


_WIDE = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
"""CJK ideographs, kana, hangul and full-width forms: a token or more each, not a quarter."""


def text_tokens(text: str) -> int:
    """A cheap upper-ish estimate of the tokens of ``text``: a token per CJK character,
    one per four characters of the rest (English runs near 4.5 per token)."""
    wide = len(_WIDE.findall(text))
    return wide + (len(text) - wide) // 4


def message_tokens(request: dict[str, Any]) -> int:
    """The estimated tokens of a request's messages."""
    return sum(text_tokens(str(m.get("content") or "")) for m in request.get("messages", []))


def completion_cap(request: dict[str, Any]) -> int:
    """The request's cap on its completion: ``max_tokens``, or ``max_completion_tokens``
    for a model that refuses the first (0 when it has none)."""
    return int(request.get("max_tokens") or request.get("max_completion_tokens") or 0)


def estimate_tokens(request: dict[str, Any]) -> int:
    """The messages' estimated tokens plus the completion cap."""
    return message_tokens(request) + completion_cap(request)
