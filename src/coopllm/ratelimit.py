"""Client-side rate limits, shared by every worker of a run (aiolimiter leaky buckets).

Staying under the provider's requests/minute and tokens/minute keeps a long batch from
living on 429s. Tokens are estimated before sending (see :func:`text_tokens`; the schema
the request carries and ``max_tokens`` included), which errs on the safe side (OpenAI's
own limiter counts ``max_tokens`` too). Which
limits apply by default: :meth:`coopllm.settings.Settings.rate_limits`.
"""

from __future__ import annotations

import re
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

    async def acquire(self, request: dict[str, Any], schema_tokens: int = 0) -> None:
        """Wait until this request fits both budgets. ``schema_tokens`` is the schema part
        of the request (the tools or response format), which the provider counts as
        prompt tokens too."""
        if self._requests is not None:
            await self._requests.acquire()
        if self._tokens is not None:
            await self._tokens.acquire(min(estimate_tokens(request) + schema_tokens, self._tpm))


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


def estimate_tokens(request: dict[str, Any]) -> int:
    """The messages' estimated tokens plus the completion cap (``max_tokens``)."""
    return message_tokens(request) + int(request.get("max_tokens") or 0)
