"""Batch runs: many articles to a JSONL (or CSV) file, resumable, losing nothing.

:func:`run_batch` extracts the articles the output does not hold yet, at bounded
concurrency, writes each record whole and each failure to the errors file
(:mod:`coopllm.output`), and keeps the summary: what was done, failed, skipped, cached,
spent. It stops, every line before whole, when the endpoint keeps failing articles
(:class:`coopllm.api.EndpointWatch`) or a budget is spent; the same call resumes.
Rerunning it skips what is written (same ``source`` and text hash) and tries the failed
articles again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import math
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from tqdm import tqdm

from coopllm.api import (
    EndpointWatch,
    ExtractionFailure,
    Outcome,
    extract_one,
    make_extractor,
    run_bounded,
)
from coopllm.calls import RunStop, run_spent, run_stop
from coopllm.errors import (
    BatchInterruptedError,
    BudgetReachedError,
    ConfigurationError,
    CoopLLMError,
    RunStoppedError,
)
from coopllm.extraction import Extractor
from coopllm.inputs import ArticleInput
from coopllm.output import (
    CSV_COLUMNS,
    Format,
    Maker,
    RecordSink,
    Written,
    append_line,
    appending,
    check_run_files,
    compact_errors,
    csv_columns,
    drop_torn_tail,
    error_row,
    failed_sources,
    read_written,
)
from coopllm.schema import ArticleExtraction, Provenance, Usage
from coopllm.settings import Price, Settings, base_model

PRICES_PER_MILLION: dict[str, Price] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-5": (1.25, 10.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
}
"""USD per million (input, output) tokens: OpenAI's list prices as of
:data:`~coopllm.settings.PRICES_AS_OF`. Prices change and other models have none here:
``Settings.price_per_million`` (``--price``, ``COOPLLM_PRICE``) sets the run's model's,
over this table (see :func:`price_of`). A model priced by neither costs 'unknown'."""
BATCH_PRICE_FACTOR = 0.5
"""The provider's batch service bills its tokens at half the list price."""


def price_of(model: str, given: Price | None = None) -> Price | None:
    """What ``model`` costs a million (input, output) tokens: ``given`` (the user's
    ``price_per_million``, which knows better than a table that goes stale), else the
    table's for the model or its dated snapshot, else None."""
    return given if given is not None else PRICES_PER_MILLION.get(base_model(model))


@dataclass
class Summary:
    """What one run did."""

    model: str = ""
    price_per_million: Price | None = None  # the user's, over the price table's
    done: int = 0
    failed: int = 0
    skipped: int = 0
    repeated: int = 0  # given again in the same input: extracted once
    cached: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    batch_prompt_tokens: int = 0  # of the above, billed by the batch service
    batch_completion_tokens: int = 0
    cache_hits: int = 0
    cache_misses: int = 0
    cache_unstored: int = 0  # answers the cache could not store (a full disk)
    cache_error: str = ""  # the last error the cache gave (not stored, or not read)
    seconds: float = 0.0
    made_otherwise: int = 0  # records already written by another model or other prompts
    answered_otherwise: int = 0  # records already written by another snapshot of the model
    failures: list[ExtractionFailure] = field(default_factory=list)

    @property
    def tokens(self) -> int:
        """Prompt plus completion tokens spent in this run (cache hits spend none)."""
        return self.prompt_tokens + self.completion_tokens

    def cost(self) -> float | None:
        """Estimated USD at the model's price (:func:`price_of`; batch-service tokens at
        its discount), or None for a model without one."""
        price = price_of(self.model, self.price_per_million)
        if price is None:
            return None
        listed = (self.prompt_tokens - self.batch_prompt_tokens) * price[0] + (
            self.completion_tokens - self.batch_completion_tokens
        ) * price[1]
        batched = self.batch_prompt_tokens * price[0] + self.batch_completion_tokens * price[1]
        return (listed + BATCH_PRICE_FACTOR * batched) / 1e6

    def line(self) -> str:
        """One human-readable line for progress logs and the end of a run."""
        cost = self.cost()
        return (
            f"done {self.done}, failed {self.failed}{self._by_code()}, skipped (already written) "
            f"{self.skipped}, {f'repeated in the input {self.repeated}, ' if self.repeated else ''}"
            f"cached {self.cached} (cache hits {self.cache_hits}, misses "
            f"{self.cache_misses}{self._unstored()}), tokens {self.tokens:,}, cost "
            f"{'unknown' if cost is None else f'${cost:.4f}'}, {self.seconds:.1f} s"
        )

    def _by_code(self) -> str:
        """The failures by reason, most first: at an archive's scale, whether they are a
        few articles' own or one cause for all (a setting the endpoint refuses)."""
        if not self.failures:
            return ""
        counts = Counter(failure.code for failure in self.failures).most_common()
        return f" ({', '.join(f'{code} {n}' for code, n in counts)})"

    def _unstored(self) -> str:
        if not self.cache_unstored:
            return ""
        return f", not stored {self.cache_unstored}: {self.cache_error}"


GC_YOUNG_OBJECTS = 20_000
"""New container objects between two collections of the youngest generation (Python's
default is 700): each article allocates thousands that die young anyway."""


def settle_gc() -> None:
    """Ready this process's garbage collector for a long batch (the CLI calls it; a
    library caller decides for its own process).

    It freezes what is alive (the imported modules, schemas, prompts): all of it lives as
    long as the process, and each full pass of the cyclic collector walked it again, up
    to 0.14 s a pass, stalling every request in flight. And it collects the youngest
    generation 30 times less often: at the default threshold its passes took 7% of the
    client's CPU. ``benchmarks/batch.py concurrency`` prints the collector's passes;
    ``--no-gc-settle`` runs without this.
    """
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_OBJECTS, older, oldest)


async def run_batch(
    articles: Iterable[ArticleInput],
    settings: Settings,
    *,
    out: Path | None,
    errors: Path | None,
    fmt: Format = "jsonl",
    concurrency: int = 4,
    progress: bool = False,
    log_every: float | None = None,
    total: int | None = None,
    extractor: Extractor | None = None,
    summary: Summary | None = None,
    budget: float | None = None,
    stop: RunStop | None = None,
    streamed_input: bool = False,
) -> Summary:
    """Extract every article not yet in ``out``; failures to ``errors``.

    ``progress`` shows a bar (for a terminal); otherwise ``log_every`` seconds a plain
    summary line goes to stderr (for logs), or nothing when it is None. ``total`` (the
    number of input articles, when known) gives the bar its ETA and the log lines their
    "n/total"; articles skipped as already written count towards it. An article given
    twice (same source and text) is extracted once. Pass ``summary`` to read the totals
    of a run that was interrupted (Ctrl-C): it is filled as the run goes.

    ``budget`` (US dollars) stops the run once what it spent, priced by :func:`price_of`
    (``settings.price_per_million``, else the price table), reaches it: it starts no
    article and sends no request after, awaits the answers already asked for (billed
    whatever happens: kept in the cache, and their articles written when complete), then
    raises ``BudgetReachedError`` when it left an article to the next run. ``stop``, halted
    by the caller (:meth:`~coopllm.calls.RunStop.halt`, on the run's event loop: the CLI
    does on Ctrl-C and SIGTERM), ends the run the same way, with
    ``BatchInterruptedError`` when an article is left. ``streamed_input`` says that
    reading ``articles`` may wait on a writer (stdin, a named pipe): they are read on a
    thread of their own, so that the articles in flight go on meanwhile, and a halt does
    not wait for the writer's next line (the run counts as interrupted: the input may hold
    more). Records in ``out`` that another
    model or other prompts made are counted in ``summary.made_otherwise`` (and said on
    the bar or in the log) before any work: resume skips their articles all the same.

    Raises ``ConfigurationError`` when ``out`` is not this format's output or another
    run is writing it, ``out`` or ``errors`` cannot be written at all (a folder without
    write permission: :func:`~coopllm.output.check_run_files`), or a budget is set for a
    model without a price;
    ``OutputWriteError`` when ``out`` or ``errors`` cannot be written;
    ``EndpointFailingError`` when the endpoint keeps failing articles (see
    :class:`~coopllm.api.EndpointWatch`). Every line written before is whole, and the
    same call resumes.
    """
    check_run_files(out, errors)
    summary = summary or Summary()
    summary.model = settings.resolved_model()
    summary.price_per_million = settings.price_per_million
    if budget is not None and not (math.isfinite(budget) and budget > 0):  # NaN compares False
        raise ConfigurationError(f"a budget must be above zero, not {budget}")
    if budget is not None and summary.cost() is None:
        raise ConfigurationError(
            f"a budget needs the model's price, and {summary.model!r} has none in the price "
            f"table ({', '.join(PRICES_PER_MILLION)}): give it as --price IN,OUT (USD per "
            "million input and output tokens; COOPLLM_PRICE, price_per_million)"
        )
    started = time.monotonic()
    spent = Usage()
    finished = False
    try:
        # Everything opened here is closed however the run ends, each even when closing
        # another one failed (a full disk fails the flush on close again).
        fresh = [p for p in (out, errors) if p is not None and not (p.exists() or p.is_symlink())]
        async with contextlib.AsyncExitStack() as cleanup:
            # Held before the resume reads it, see ``_hold_for_this_run``.
            stream = cleanup.enter_context(appending(out, held=True)) if out else sys.stdout
            keys, makers = read_written(out, fmt) if out else (set(), Counter())
            written = Written(keys)
            # After the resume read, which cuts a torn tail (a CSV header torn whole, too).
            new_file = out is None or out.stat().st_size == 0
            if errors:
                drop_torn_tail(errors)  # an error row is never glued to a torn one
            on_file = failed_sources(errors) if errors else set()
            error_stream = cleanup.enter_context(appending(errors)) if errors else None
            if extractor is None:
                try:
                    extractor = await make_extractor(settings, batch=True)
                except CoopLLMError:
                    _remove_if_empty(fresh)  # refused before any article: no file left
                    raise
                cleanup.push_async_callback(extractor.aclose)
            columns = csv_columns(out) if out and fmt == "csv" and not new_file else CSV_COLUMNS
            sink = RecordSink(stream, fmt, new_file=new_file, columns=columns)
            cleanup.callback(sink.finish)
            shown = cleanup.enter_context(_Progress(progress, log_every, total, started))
            summary.made_otherwise = _made_otherwise(makers, extractor.provenance)
            if summary.made_otherwise:
                shown.note(_made_otherwise_note(out, summary.made_otherwise, extractor.provenance))
            cleanup.callback(run_spent.reset, run_spent.set(spent))  # tasks inherit it
            stop = stop or RunStop()
            cleanup.callback(run_stop.reset, run_stop.set(stop))  # and this
            given: set[tuple[str, str]] = set()
            renamed: dict[tuple[str, str], tuple[str, str]] = {}
            articles = _noting(articles, on_file, given, renamed)
            inputs = _Until(stop, _not_yet_written(articles, written, summary, shown))
            outcomes = await cleanup.enter_async_context(
                contextlib.aclosing(
                    run_bounded(
                        extract_one(extractor),
                        inputs,
                        concurrency=concurrency,
                        ordered=False,
                        read_aside=streamed_input,
                    )
                )
            )
            watch = EndpointWatch.of(settings)
            snapshots = _SnapshotCheck(makers, extractor.provenance, out, shown)
            kinds: set[str] = set()  # of the failures said so far
            try:
                async for outcome in outcomes:
                    if isinstance(outcome, ExtractionFailure) and isinstance(
                        outcome.error, RunStoppedError
                    ):
                        inputs.cut = True  # not the article's failure: the next run extracts it
                        continue
                    snapshots.see(outcome, summary)
                    _say_first_of_its_kind(outcome, kinds, shown)
                    await _account(outcome, summary, sink, error_stream)
                    if not isinstance(outcome, ExtractionFailure):
                        written.keys.add((outcome.source, outcome.text_sha256 or ""))
                    _note_counts(summary, extractor, spent)
                    shown.advance(summary)
                    watch.see(outcome)
                    if budget is not None and _spent(summary) >= budget:
                        stop.halt(f"the run's budget of ${budget:.4f} is spent")
            except RunStoppedError:  # halted waiting for the input's writer
                inputs.cut = True
            if inputs.cut:  # halted with articles left; every answer asked for is in
                _note_counts(summary, extractor, spent)
                if budget is not None and _spent(summary) >= budget:
                    raise BudgetReachedError(_spent(summary), budget)
                raise BatchInterruptedError(stop.reason)
            finished = True
        if finished and errors is not None:
            compact_errors(errors, written.keys, given, renamed)
    finally:
        if extractor is not None:
            _note_counts(summary, extractor, spent)
        summary.seconds = time.monotonic() - started
    return summary


def _say_first_of_its_kind(outcome: Outcome, kinds: set[str], shown: _Progress) -> None:
    """Say a failure at once when it is the run's first of its kind: a cause that fails
    every article (a parameter the endpoint refuses) shows in the first seconds of an
    overnight run, not in its summary."""
    if isinstance(outcome, ExtractionFailure) and outcome.code not in kinds:
        kinds.add(outcome.code)
        shown.note(f"coopllm: first failure of its kind: {failure_said(outcome)}")


def failure_said(failure: ExtractionFailure) -> str:
    """``SOURCE: [code] message``, the source once: most messages begin with it (they
    stand alone in the errors file and in exceptions), and the line repeated it."""
    message = str(failure.error).removeprefix(f"{failure.source}: ")
    return f"{failure.source}: [{failure.code}] {message}"


def _made_otherwise(makers: Counter[Maker | None], provenance: Provenance) -> int:
    """How many records already written another model or other prompts made (or that
    do not say): resume skips their articles, so the output would mix makers."""
    this_run = (provenance.model, provenance.prompts_sha256)
    return sum(count for maker, count in makers.items() if not maker or maker.asked() != this_run)


class _SnapshotCheck:
    """Says once whether records already written were answered by another snapshot of
    this run's model than the one answering now: the same model asked and the same
    prompts, but a provider moved the alias between the runs, and the output would mix
    the two. Known only once this run has a fresh answer (a cached one may be older)."""

    def __init__(
        self, makers: Counter[Maker | None], run: Provenance, out: Path | None, shown: _Progress
    ) -> None:
        this_run = (run.model, run.prompts_sha256)
        self._same_ask = {m: n for m, n in makers.items() if m and m.asked() == this_run}
        self._done = not any(m.answered_by for m in self._same_ask)
        self._out = out
        self._shown = shown

    def see(self, outcome: Outcome, summary: Summary) -> None:
        """Check against the first fresh record's snapshot; note what differs."""
        if self._done or not isinstance(outcome, ArticleExtraction) or outcome.usage.cached:
            return
        answered = outcome.provenance
        if answered is None or not answered.answered_by:
            return
        self._done = True
        now = set(answered.answered_by)
        other = {m: n for m, n in self._same_ask.items() if set(m.answered_by) - now}
        summary.answered_otherwise = sum(other.values())
        if other:
            names = sorted({name for m in other for name in m.answered_by} - now)
            self._shown.note(
                f"coopllm: {self._out}: {summary.answered_otherwise} of the records already "
                f"written were answered by {', '.join(names)}, where {answered.model} is "
                f"answered by {', '.join(sorted(now))} now: the output mixes the two (each "
                "record's provenance.answered_by says which); give another --out to keep them "
                "apart"
            )


def _made_otherwise_note(out: Path | None, count: int, provenance: Provenance) -> str:
    return (
        f"coopllm: {out}: {count} of the records already written were made by another "
        f"model or other prompts than this run's ({provenance.model}, prompts "
        f"{provenance.prompts_sha256[:12]}), or do not say; their articles are skipped "
        "as written: give another --out to extract them again"
    )


def _spent(summary: Summary) -> float:
    """What the run spent in US dollars (a run with a budget has a priced model)."""
    return summary.cost() or 0.0


class _Until:
    """The articles, until the run halts: none is started after. ``cut`` says whether the
    halt left any article to the next run (the last one taken from the input, to know
    there was one, or one that needed another request); a budget spent, or a Ctrl-C
    pressed, as the last article ends does not make a whole run look unfinished."""

    def __init__(self, stop: RunStop, articles: Iterable[ArticleInput]) -> None:
        self._stop = stop
        self._articles = articles
        self.cut = False

    def __iter__(self) -> Iterator[ArticleInput]:
        for article in self._articles:
            if self._stop.reason:
                self.cut = True
                return
            yield article


def _noting(
    articles: Iterable[ArticleInput],
    sources: set[str],
    given: set[tuple[str, str]],
    renamed: dict[tuple[str, str], tuple[str, str]],
) -> Iterator[ArticleInput]:
    """The articles, noting in ``given`` those whose source has a failure on file (few):
    at the end, that source's failures of other texts are no longer the input's; and in
    ``renamed`` those with a failure on file under their file's other name
    (:attr:`~coopllm.inputs.ArticleInput.also_named`), by that failure's key: once the
    article is written under its present name, that failure is no longer the input's."""
    for article in articles:
        if article.source in sources:
            given.add((article.source, article.text_sha256))
        if article.also_named in sources:
            renamed[(article.also_named, article.text_sha256)] = (
                article.source,
                article.text_sha256,
            )
        yield article


def _not_yet_written(
    articles: Iterable[ArticleInput],
    written: Written,
    summary: Summary,
    shown: _Progress,
) -> Iterator[ArticleInput]:
    """The articles to extract: not in the output yet (:meth:`Written.holds`, under their
    source or the other name of their file), and each once (same source and text); the
    others are counted as skipped or repeated and move the bar on. Articles with an input
    error always go on, to end as error rows."""
    handed_out: set[tuple[str, str]] = set()
    for article in articles:
        key = (article.source, article.text_sha256)
        if article.error is None and (written.holds(article) or key in handed_out):
            if key in written.keys:
                summary.skipped += 1
            else:
                summary.repeated += 1
            shown.skip()
            continue
        handed_out.add(key)
        yield article


def _remove_if_empty(paths: list[Path]) -> None:
    """The files a run made and wrote nothing to, removed: a run refused before its first
    article (a cassette that is no cassette) leaves no empty output (a review's find)."""
    for path in paths:
        with contextlib.suppress(OSError):
            if path.stat().st_size == 0:
                path.unlink()


class _Progress:
    """How a run shows where it is: a bar on a terminal (``progress``), else a plain
    summary line to stderr every ``log_every`` seconds, or nothing when that is None.
    Articles skipped may be counted on the thread that reads a streamed input, the others
    on the event loop: the bar moves under a lock."""

    def __init__(
        self, progress: bool, log_every: float | None, total: int | None, started: float
    ) -> None:
        self._bar = tqdm(desc="articles", unit="art", total=total, disable=not progress,
                         file=sys.stderr)  # fmt: skip
        self._progress = progress
        self._log_every = log_every
        self._total = total
        self._started = started
        self._last_log = time.monotonic()
        self._moving = threading.Lock()

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.close()

    def note(self, message: str) -> None:
        """A line for the reader of the bar or of the log (none when quiet)."""
        if self._progress:
            self._bar.write(message, file=sys.stderr)
        elif self._log_every is not None:
            print(message, file=sys.stderr, flush=True)

    def skip(self) -> None:
        """One more article not extracted (already written, or given again)."""
        with self._moving:
            self._bar.update(1)

    def advance(self, summary: Summary) -> None:
        """One more article extracted or failed; ``summary`` is the run so far."""
        with self._moving:
            self._bar.update(1)
            if self._progress:
                self._bar.set_postfix(failed=summary.failed, cache_hits=summary.cache_hits,
                                     tokens=summary.tokens, refresh=False)  # fmt: skip
        now = time.monotonic()
        if self._log_every is not None and now - self._last_log >= self._log_every:
            self._last_log = now
            summary.seconds = now - self._started
            print(_log_line(summary, self._total), file=sys.stderr, flush=True)


def _log_line(summary: Summary, total: int | None) -> str:
    """The periodic line of a run without a terminal: where it is, the summary so far,
    and the pace of the articles extracted (not those skipped) with the time left."""
    seen = summary.done + summary.failed + summary.skipped + summary.repeated
    line = f"coopllm: {seen}{'' if total is None else f'/{total}'} articles: {summary.line()}"
    extracted = summary.done + summary.failed
    if not extracted or summary.seconds <= 0:
        return line
    rate = extracted / summary.seconds
    line += f", {rate:.1f} articles/s"
    if total is not None and total >= seen:
        line += f", about {dt.timedelta(seconds=round((total - seen) / rate))} left"
    return line


def _note_counts(summary: Summary, extractor: Extractor, spent: Usage) -> None:
    """The tokens spent and the cache's counts so far, for the log lines and an
    interrupted run's summary."""
    summary.prompt_tokens = spent.prompt_tokens
    summary.completion_tokens = spent.completion_tokens
    summary.batch_prompt_tokens = spent.batch_prompt_tokens
    summary.batch_completion_tokens = spent.batch_completion_tokens
    if extractor.cache is not None:
        summary.cache_hits = extractor.cache.stats.hits
        summary.cache_misses = extractor.cache.stats.misses
        summary.cache_unstored = extractor.cache.stats.unstored
        summary.cache_error = extractor.cache.stats.error


async def _account(
    outcome: Outcome,
    summary: Summary,
    sink: RecordSink,
    error_stream: TextIO | None,
) -> None:
    if isinstance(outcome, ExtractionFailure):
        summary.failed += 1
        summary.failures.append(outcome)
        if error_stream:
            append_line(error_stream, error_row(outcome) + "\n")
        return
    await sink.write(outcome)
    summary.done += 1
    if outcome.usage.cached:
        summary.cached += 1
