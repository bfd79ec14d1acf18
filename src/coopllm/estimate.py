"""What a run would cost, before it runs: requests, prompt tokens, a price range.

An archive of 100,000 articles is a bill worth knowing first. The requests counted are
the ones the normal path would send first (:class:`coopllm.capture.RequestCapture`: every
chunk, both passes, the same prompts and schema); nothing is sent. A request the response
cache already answers (a resumed or repeated run's) is counted apart and not priced: the
run sends none of them; telling costs a key lookup, the key the run's own. Prompt tokens are
estimated from characters (:func:`coopllm.ratelimit.text_tokens`: four per token, one
per CJK character, which errs high for English). Completion tokens cannot be known before
the answers exist, so the price is a range: the prompts alone, and the prompts with every
completion at its cap (``max_tokens``). Re-asks, which a run may add, are not counted
(the estimate says so, with the most a request may take). The rate limits give the least
time the run can take: at tier 1's 200,000 tokens a minute, 100,000 articles take days.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from coopllm.batch import BATCH_PRICE_FACTOR, price_of
from coopllm.capture import RequestCapture
from coopllm.errors import InputError
from coopllm.inputs import ArticleInput
from coopllm.output import Written
from coopllm.ratelimit import completion_cap, message_tokens, per_minute_text, text_tokens
from coopllm.settings import Price, Settings


@dataclass
class Estimate:
    """The first requests of a run and what they would cost."""

    model: str
    price_per_million: Price | None = None  # the user's, over the price table's
    articles: int = 0
    refused: int = 0  # refused as input (empty, binary, too long): never sent
    written: int = 0  # already in the output: a resumed run skips them
    repeated: int = 0  # given again (same source and text): a run extracts it once
    requests: int = 0  # to send: the rest of the counts and the price are theirs
    cached: int = 0  # requests the response cache answers: a run sends none of them
    prompt_tokens: int = 0
    completion_cap: int = 0  # every completion at max_tokens
    max_reasks: int = 0  # an invalid answer's request is sent again up to this many times
    per_minute: tuple[int | None, int | None] = (None, None)  # the run's rate limits
    limiter_tokens: int = 0  # each request's prompt and cap, as the limiter counts them
    limits_announced: bool = False  # the endpoint's announced limits replace the defaults

    def price(self) -> Price | None:
        """USD per million (input, output) tokens: the user's, else the price table's
        (:func:`coopllm.batch.price_of`); None when neither has one."""
        return price_of(self.model, self.price_per_million)

    def cost_range(self) -> tuple[float, float] | None:
        """USD at the model's price: the prompts alone, and with every completion at its
        cap; None for a model without a price."""
        price = self.price()
        if price is None:
            return None
        prompts = self.prompt_tokens * price[0] / 1e6
        return prompts, prompts + self.completion_cap * price[1] / 1e6

    def minutes_at_limits(self) -> float | None:
        """The least time the rate limits allow these requests, in minutes (None when
        nothing is limited). The limiter lets a first minute's worth through at once."""
        rpm, tpm = self.per_minute
        if not rpm and not tpm:
            return None
        by_requests = self.requests / rpm if rpm else 0.0
        by_tokens = self.limiter_tokens / tpm if tpm else 0.0
        return max(0.0, by_requests - 1, by_tokens - 1)

    def to_dict(self) -> dict[str, Any]:
        """The estimate for programs (``coopllm estimate --json``); costs in USD, None for
        a model without a price, and ``price_per_million`` the price they are at."""
        costs = self.cost_range()
        batch = None if costs is None else [c * BATCH_PRICE_FACTOR for c in costs]
        return {**dataclasses.asdict(self), "price_per_million": self.price(),
                "cost_usd": list(costs) if costs else None, "batch_cost_usd": batch,
                "minutes_at_limits": self.minutes_at_limits()}  # fmt: skip

    def lines(self) -> list[str]:
        """The estimate, for people."""
        return [
            f"{self.articles:,} articles ({self.refused:,} more refused as input, "
            f"{self.written:,} already written, {self.repeated:,} given again), "
            f"{self.requests:,} requests{self._cached_text()}, model {self.model}",
            f"prompt tokens about {self.prompt_tokens:,} (from characters: 4 a token, "
            "1 a CJK character)",
            f"completion tokens up to {self.completion_cap:,} (max_tokens per request; "
            "known only after the run)",
            f"not counted: re-asks, each a request sent again with the invalid answer and "
            f"its error, up to {self.max_reasks} a request",
            self._time_line(),
            self._cost_line(),
        ]

    def _cached_text(self) -> str:
        if not self.cached:
            return ""
        return f" to send ({self.cached:,} more the cache answers: not sent, not priced)"

    def _cost_line(self) -> str:
        costs = self.cost_range()
        if costs is None:
            return (f"cost: {self.model} is not in the price table: give its price as --price "
                    "IN,OUT (USD per million input and output tokens)")  # fmt: skip
        low, high = costs
        at = "the price given" if self.price_per_million is not None else "list prices"
        batch_low, batch_high = low * BATCH_PRICE_FACTOR, high * BATCH_PRICE_FACTOR
        return (f"cost at {at} ${low:,.4f} for the prompts, up to ${high:,.4f} with every "
                f"completion at its cap; through the batch service ${batch_low:,.4f} to "
                f"${batch_high:,.4f}")  # fmt: skip

    def _time_line(self) -> str:
        minutes = self.minutes_at_limits()
        if minutes is None:
            return "time: no rate limit is set; the endpoint's speed and --concurrency decide"
        at_least = dt.timedelta(seconds=round(minutes * 60))
        least = "under a minute" if minutes < 1 else f"at least {at_least}"
        line = (f"time held to the rate limits ({per_minute_text(*self.per_minute)}): "
                f"{least} in all (a request's tokens counted as prompt plus max_tokens, as the "
                "limiter counts them)")  # fmt: skip
        if self.limits_announced:
            line += ("; limits left unset become those the endpoint announces once a run "
                     "starts, higher or lower")  # fmt: skip
        return line


async def estimate(
    articles: Iterable[ArticleInput],
    settings: Settings,
    written: Collection[tuple[str, str]] = (),
) -> Estimate:
    """Count the requests the normal path would send first for ``articles``, less those
    ``written`` holds (:func:`coopllm.output.written_keys` of the output a run resumes, as
    :class:`~coopllm.output.Written` reads it), and apart those the response cache
    answers (unless the settings have the run ask them: ``use_cache`` off or
    ``refresh_cache`` on)."""
    result = Estimate(model=settings.resolved_model(), max_reasks=settings.max_reasks,
                      price_per_million=settings.price_per_million,
                      per_minute=settings.rate_limits(),
                      limits_announced=any(settings.announced_limits_apply()))  # fmt: skip
    capture = RequestCapture(settings, leave_cached="held")
    seen: set[tuple[str, str]] = set()
    resumed = Written(written)
    try:
        for article in articles:
            key = (article.source, article.text_sha256)
            if resumed.holds(article):
                result.written += 1
                continue
            if key in seen:  # as the batch does: one article given twice is extracted once
                result.repeated += 1
                continue
            seen.add(key)
            cached_before = capture.cached
            try:
                requests = [] if article.error is not None else await capture.requests(article)
            except InputError:  # what the pipeline refuses before sending (empty, too long)
                requests = []
            cached = capture.cached - cached_before
            if not requests and not cached:
                result.refused += 1
                continue
            result.articles += 1
            result.cached += cached
            _count(result, [body for _, body in requests])
    finally:
        await capture.aclose()
    return result


def _count(result: Estimate, bodies: list[dict[str, Any]]) -> None:
    """Add the requests to send to ``result``: their prompt tokens, their caps, and the
    tokens the limiter takes for each (at most a minute's)."""
    tpm = result.per_minute[1]
    for body in bodies:
        result.requests += 1
        prompt, cap = prompt_tokens(body), completion_cap(body)
        result.prompt_tokens += prompt
        result.completion_cap += cap
        result.limiter_tokens += min(prompt + cap, tpm or prompt + cap)


def prompt_tokens(body: dict[str, Any]) -> int:
    """A request's estimated prompt tokens: its messages and the schema it carries (the
    provider counts the tools or response format as prompt too)."""
    schema = {k: body[k] for k in ("tools", "tool_choice", "response_format") if k in body}
    carried = text_tokens(json.dumps(schema, ensure_ascii=False)) if schema else 0
    return message_tokens(body) + carried
