"""Client-side rate limits, shared by every worker of a run (aiolimiter leaky buckets).

Staying under the provider's requests/minute and tokens/minute keeps a long batch from
living on 429s. Tokens are estimated before sending (see :func:`text_tokens`; the schema
the request carries and ``max_tokens`` included), which errs on the safe side (OpenAI's
own limiter counts ``max_tokens`` too). Which limits apply by default:
:meth:`coopllm.settings.Settings.rate_limits`, until the endpoint's first answer announces
its own (:meth:`RateLimits.heed`). That answer also says how much of the provider's
minute is spent already (by the run this one resumes, or another process on the key):
the buckets start that full, not empty, so that the run does not burst into 429s.
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
    Until :meth:`heed` has seen an answer, ``learning`` says that the first answer is
    still to be read: for the limits left to their defaults, which those the endpoint
    announces may replace, and for how much of the provider's minute is spent.
    """

    def __init__(self, settings: Settings, *, period: float = 60.0) -> None:
        self._period = period
        self.per_minute: tuple[int | None, int | None] = settings.rate_limits()
        self._buckets = [_bucket(limit, period) for limit in self.per_minute]
        self._tokens_turn = asyncio.Lock()  # first come, first served: see ``acquire``
        self._open = settings.announced_limits_apply()
        self.learning = any(self._open) or any(self.per_minute)
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
        """Read the endpoint's first answer: take the limits it announces, for those the
        user did not set, and start each bucket as full as the provider's.

        The limits: OpenAI's ``x-ratelimit-limit-requests`` and ``-tokens`` (a minute,
        for this key and model; LiteLLM and Groq send them too, Groq's requests a day,
        which taken as a minute's only errs on the permissive side, where a 429 still
        holds every worker back). A run on defaults would otherwise hold a tier-5 key to
        tier 1, or send a free-tier key into 429s.

        The level (:func:`provider_spent`): a run that resumes one stopped a moment ago,
        or runs beside another on the key, would otherwise start with a full minute's
        budget against a provider's that is partly or wholly spent. A bucket replaced
        for a new limit starts no emptier than what this run sent before the answer.

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
            spent = provider_spent(headers, _KINDS[kind], limit, self._period)
            if spent is not None or limit != self.per_minute[kind]:
                sent = self._sent_while_learning[kind]
                await self._restart(kind, limit, max(spent or 0.0, sent))
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


def provider_spent(
    headers: Mapping[str, str], kind: str, limit: int | None, period: float = 60.0
) -> float | None:
    """How full to start a bucket of ``limit`` a ``period`` (``kind`` "requests" or
    "tokens") so that it lets no more through at once than the provider has left
    (``x-ratelimit-remaining-{kind}``): ``limit - remaining``. No fuller, though, than
    a bucket that empties when the provider's is whole again
    (``x-ratelimit-reset-{kind}``, "the time until the rate limit resets to its initial
    state" in OpenAI's words), lest a provider that refills sooner be kept waiting.
    None when the answer says nothing of use."""
    remaining = _whole(headers, f"x-ratelimit-remaining-{kind}")
    if limit is None or remaining is None:
        return None
    spent = float(max(limit - remaining, 0))
    reset = reset_seconds(headers.get(f"x-ratelimit-reset-{kind}", ""))
    if reset is not None:
        spent = min(spent, reset * limit / period)
    return spent


_DURATION_PART = r"([0-9]+(?:\.[0-9]+)?)(h|ms|m|s|us|µs|ns)"
_UNIT_SECONDS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 1e-3, "us": 1e-6, "µs": 1e-6, "ns": 1e-9}


def reset_seconds(text: str) -> float | None:
    """The seconds of a reset as OpenAI writes it, a Go duration ("1s", "6m0s", "20ms",
    "1m30.5s"); None for anything else (Azure's bare "0", a date, junk), which then caps
    nothing: a header no one documented must not fail the request that brought it."""
    text = text.strip()
    if not re.fullmatch(f"(?:{_DURATION_PART})+", text):
        return None
    return sum(float(n) * _UNIT_SECONDS[unit] for n, unit in re.findall(_DURATION_PART, text))


def per_minute_text(rpm: int | None, tpm: int | None) -> str:
    """Rate limits for people: "500 requests and 200,000 tokens a minute"."""
    if rpm and tpm:
        return f"{rpm:,} requests and {tpm:,} tokens a minute"
    if rpm or tpm:
        return f"{rpm:,} requests a minute" if rpm else f"{tpm:,} tokens a minute"
    return "no limits"


def _whole(headers: Mapping[str, str], name: str) -> int | None:
    """A whole count, 0 or more, from header ``name``; None when absent or not one (Azure
    sends -1 where it has none)."""
    try:
        value = int(headers.get(name, ""))
    except ValueError:
        return None
    return value if value >= 0 else None


def _announced(headers: Mapping[str, str], name: str) -> int | None:
    """A positive whole limit from header ``name``; None when absent or not one."""
    return _whole(headers, name) or None


WIDE_CHAR = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
"""CJK ideographs, kana, hangul and full-width forms: a token or more each, not a quarter."""


def text_tokens(text: str) -> int:
    """A cheap upper-ish estimate of the tokens of ``text``: a token per CJK character,
    one per four characters of the rest (English runs near 4.5 per token)."""
    wide = len(WIDE_CHAR.findall(text))
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
