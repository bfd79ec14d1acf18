"""Client-side rate limits, shared by every worker of a run (aiolimiter leaky buckets).

Staying under the provider's requests/minute and tokens/minute keeps a long batch from
living on 429s. Tokens are estimated before sending (characters / 4 plus ``max_tokens``),
which errs on the safe side (OpenAI's own limiter counts ``max_tokens`` too). Which
limits apply by default: :meth:`coopllm.settings.Settings.rate_limits`.
"""

from __future__ import annotations

from typing import Any

from aiolimiter import AsyncLimiter

from coopllm.settings import Settings


class RateLimits:
    """Request and token budgets per minute; ``None`` disables either.

    ``period`` is the minute, in seconds; tests shorten it to watch the limits work.
    """

    def __init__(self, settings: Settings, *, period: float = 60.0) -> None:
        rpm, tpm = settings.rate_limits()
        self._requests = AsyncLimiter(rpm, period) if rpm else None
        self._tokens = AsyncLimiter(tpm, period) if tpm else None
        self._tpm = tpm or 0

    async def acquire(self, request: dict[str, Any]) -> None:
        """Wait until this request fits both budgets."""
        if self._requests is not None:
            await self._requests.acquire()
        if self._tokens is not None:
            await self._tokens.acquire(min(estimate_tokens(request), self._tpm))


def estimate_tokens(request: dict[str, Any]) -> int:
    """A cheap upper-ish estimate: prompt characters / 4 plus the completion cap."""
    chars = sum(len(str(m.get("content") or "")) for m in request.get("messages", []))
    return chars // 4 + int(request.get("max_tokens") or 0)
