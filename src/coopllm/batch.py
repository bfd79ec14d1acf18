"""Batch runs: many articles to a JSONL (or CSV) file, resumable, losing nothing.

* Output is appended one complete line per article and flushed at once; a record is
  only written after it fully validated, so a file never holds half a record. The file
  is fsynced every ``SYNC_SECONDS`` and at the end.
* A line cut short by a hard kill (no trailing newline) is removed on the next start, and
  articles already written (same ``source`` and same text hash) are skipped: rerunning the
  same command resumes. Failed articles are not in the output, so they are tried again.
* Failures go to a separate errors file, one row per article with the typed reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import datetime as dt
import gc
import io
import json
import os
import stat
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO

if sys.platform != "win32":
    import fcntl

from pydantic import BaseModel, ConfigDict, ValidationError
from tqdm import tqdm

from coopllm.api import (
    EndpointWatch,
    ExtractionFailure,
    Outcome,
    extract_one,
    make_extractor,
    run_bounded,
)
from coopllm.calls import run_spent
from coopllm.errors import (
    BudgetReachedError,
    ConfigurationError,
    OutputWriteError,
)
from coopllm.extraction import Extractor
from coopllm.files import write_atomically
from coopllm.inputs import ArticleInput
from coopllm.schema import ArticleExtraction, Provenance, Usage
from coopllm.settings import Settings, base_model

Format = Literal["jsonl", "csv"]

CSV_COLUMNS_BEFORE_PROVENANCE = [
    "source", "text_sha256", "agreement_index", "title", "agreement_type", "date_signed",
    "date_text", "location", "parties", "signatories", "witnesses", "facilitators",
    "established_entities", "cooperation_areas", "warnings",
]  # fmt: skip
"""The header of CSV outputs written before rows carried their provenance: resume still
appends to them, in these columns."""
CSV_COLUMNS = [
    *CSV_COLUMNS_BEFORE_PROVENANCE, "model", "answered_by", "prompts_sha256", "coopllm_version",
]  # fmt: skip


PRICES_PER_MILLION: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
}
"""USD per million (input, output) tokens, list prices; unknown models cost 'unknown'."""
BATCH_PRICE_FACTOR = 0.5
"""The provider's batch service bills its tokens at half the list price."""


@dataclass
class Summary:
    """What one run did."""

    model: str = ""
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
        """Estimated USD from the price table (batch-service tokens at its discount), or
        None for a model not in it."""
        price = PRICES_PER_MILLION.get(base_model(self.model))
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
            f"done {self.done}, failed {self.failed}, skipped (already written) "
            f"{self.skipped}, {f'repeated in the input {self.repeated}, ' if self.repeated else ''}"
            f"cached {self.cached} (cache hits {self.cache_hits}, misses "
            f"{self.cache_misses}{self._unstored()}), tokens {self.tokens:,}, cost "
            f"{'unknown' if cost is None else f'${cost:.4f}'}, {self.seconds:.1f} s"
        )

    def _unstored(self) -> str:
        if not self.cache_unstored:
            return ""
        return f", not stored {self.cache_unstored}: {self.cache_error}"


_TAIL_BLOCK = 64 * 1024


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


def drop_torn_tail(path: Path) -> None:
    """Cut a last line that a hard kill left without its newline.

    Reads backwards from the end, block by block: an output of 100,000 records is
    hundreds of megabytes, and only its tail can be torn.
    """
    if not path.is_file():  # absent, or a pipe or device: nothing to mend
        return
    with path.open("rb+") as handle:
        end = handle.seek(0, os.SEEK_END)
        if end == 0:
            return
        handle.seek(end - 1)
        if handle.read(1) == b"\n":
            return
        stop = end
        while stop > 0:
            start = max(0, stop - _TAIL_BLOCK)
            handle.seek(start)
            cut = handle.read(stop - start).rfind(b"\n")
            if cut >= 0:
                handle.truncate(start + cut + 1)
                return
            stop = start
        handle.truncate(0)


def check_output_path(out: Path) -> None:
    """A clear error before any work, rather than a traceback at the first record."""
    if out.is_dir():
        raise ConfigurationError(f"output {out} is a directory: give a file path")
    if not out.parent.is_dir():
        raise ConfigurationError(f"output {out}: there is no directory {out.parent}")


def written_keys(path: Path, fmt: Format, *, mend: bool = True) -> set[tuple[str, str]]:
    """(source, text hash) of every article already in the output.

    Only a regular file is read back: ``--out /dev/stdout`` or a named pipe streams the
    records to another program, and there is nothing of them to resume from. A file that
    is not this format's output (the other format's, another program's, a damaged line)
    is refused before any work rather than appended to. ``mend`` cuts a torn last line
    first (a run that will append holds the file); without it that line is passed over,
    and the file is left as it is: a reader (``coopllm estimate``) must not cut the line
    a running batch is writing.
    """
    return _written(path, fmt, mend=mend)[0]


def _written(
    path: Path, fmt: Format, *, mend: bool = True
) -> tuple[set[tuple[str, str]], Counter[_Maker | None]]:
    """:func:`written_keys`, and how many of the records each model and prompts made
    (None: a record that does not say, as CSV rows and older records do not)."""
    makers: Counter[_Maker | None] = Counter()
    if not path.is_file():
        return set(), makers
    if mend:
        drop_torn_tail(path)
    with path.open(encoding="utf-8", newline="") as handle:
        if fmt == "csv":
            made: dict[tuple[str, str], _Maker | None] = {}  # rows of one record, counted once
            for row in _csv_rows_of(handle, path):
                made[(str(row["source"]), str(row.get("text_sha256") or ""))] = _csv_maker(row)
            return set(made), Counter(made.values())
        keys = set()
        for key in _jsonl_keys_of(handle, path):
            keys.add((key.source, key.text_sha256 or ""))
            makers[key.provenance] += 1
        return keys, makers


def _not_output(path: Path, where: str, fmt: Format) -> ConfigurationError:
    return ConfigurationError(
        f"{path}{where} is not a coopllm {fmt} record; resume appends only to an output "
        f"of the same --format (give another --out, or the format it was written in)"
    )


class _Maker(BaseModel):
    """The part of a record's provenance that changes its content: the model asked, the
    prompts, and the model names the answers gave (a provider may move an alias such as
    ``gpt-4o-mini`` to a new snapshot between two runs)."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    model: str
    prompts_sha256: str
    answered_by: tuple[str, ...] = ()

    def asked(self) -> tuple[str, str]:
        """What a run chooses, before any answer: the model asked and the prompts."""
        return self.model, self.prompts_sha256


class _WrittenKey(BaseModel):
    """What resume needs of a JSONL record; pydantic-core reads just these fields and
    builds no Python objects for the rest of the line: :func:`written_keys` of 21,000
    records of about 5 KB (102 MiB) took 0.50 s, where ``json.loads`` of the same lines
    alone took 3.8 s (measured 2026-12-01)."""

    model_config = ConfigDict(extra="ignore")
    source: str
    text_sha256: str | None = None
    provenance: _Maker | None = None


def _jsonl_keys_of(handle: TextIO, path: Path) -> Iterator[_WrittenKey]:
    for number, line in enumerate(handle, start=1):
        if not line.strip() or not line.endswith("\n"):  # blank, or torn (unmended)
            continue
        try:
            yield _WrittenKey.model_validate_json(line)
        except ValidationError:
            raise _not_output(path, f":{number}", "jsonl") from None


def _csv_rows_of(handle: TextIO, path: Path) -> Iterator[dict[str, Any]]:
    reader = csv.DictReader(handle)
    if reader.fieldnames is not None and reader.fieldnames not in _CSV_HEADERS:
        raise _not_output(path, ":1", "csv")
    yield from reader


_CSV_HEADERS = (CSV_COLUMNS, CSV_COLUMNS_BEFORE_PROVENANCE)


def csv_columns(path: Path) -> list[str]:
    """The columns to append to ``path`` in: its own header's (an older output has no
    provenance columns, and a row must match its file's header), or the current ones for
    a file with no header yet."""
    if not path.is_file():  # a pipe or a device: nothing to read a header from
        return CSV_COLUMNS
    with path.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle), None)
    return CSV_COLUMNS_BEFORE_PROVENANCE if header == CSV_COLUMNS_BEFORE_PROVENANCE else CSV_COLUMNS


def _csv_maker(row: dict[str, Any]) -> _Maker | None:
    if not row.get("model") or not row.get("prompts_sha256"):
        return None  # an older row, without provenance
    answered_by = tuple(name for name in str(row.get("answered_by") or "").split("; ") if name)
    return _Maker(model=row["model"], prompts_sha256=row["prompts_sha256"], answered_by=answered_by)


def csv_rows(record: ArticleExtraction) -> Iterator[dict[str, str]]:
    """One flat row per agreement (one row with empty agreement fields when none), each
    on one physical line: resume mends a torn tail by cutting at the last newline, which
    must never fall inside a quoted field."""
    for row in _flat_rows(record):
        yield {column: _one_line(value) for column, value in row.items()}


def _one_line(value: str) -> str:
    return " ".join(value.splitlines()) if "\n" in value or "\r" in value else value


def _flat_rows(record: ArticleExtraction) -> Iterator[dict[str, str]]:
    made = record.provenance
    base = {"source": record.source, "text_sha256": record.text_sha256 or "",
            "warnings": " | ".join(record.warnings),
            "model": made.model if made else "",
            "answered_by": "; ".join(made.answered_by) if made else "",
            "prompts_sha256": made.prompts_sha256 if made else "",
            "coopllm_version": made.coopllm_version if made else ""}  # fmt: skip
    if not record.agreements:
        yield base
    for i, agreement in enumerate(record.agreements):
        people = {
            role: "; ".join(
                " ".join(x for x in (p.title, p.name) if x) + (f" ({p.organization})" if
                p.organization else "") for p in getattr(agreement, role)
            )
            for role in ("signatories", "witnesses")
        }  # fmt: skip
        yield {
            **base,
            "agreement_index": str(i),
            "title": agreement.title or "",
            "agreement_type": agreement.agreement_type.value,
            "date_signed": agreement.date_signed.isoformat() if agreement.date_signed else "",
            "date_text": agreement.date_text or "",
            "location": agreement.location or "",
            "parties": "; ".join(p.name for p in agreement.parties),
            **people,
            "facilitators": "; ".join(agreement.facilitators),
            "established_entities": "; ".join(agreement.established_entities),
            "cooperation_areas": "; ".join(agreement.cooperation_areas),
        }


SYNC_SECONDS = 1.0
"""How often the output is fsynced while a batch runs (and once more at its end).

Each line is flushed at once, and a killed process cannot undo a flushed write; fsync
only guards against a crashed machine. Once per record it cost a thread hop and a disk
round trip per article, a fifth of the client's CPU at batch concurrency
(``benchmarks/batch.py``). A crash now loses at most the last second's lines, which the
next run extracts again, like any article missing from the output."""


def _is_regular_file(stream: TextIO) -> bool:
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, io.UnsupportedOperation):  # no file behind it (a StringIO)
        return False


class RecordSink:
    """Appends complete records to the output, one flushed write per article."""

    def __init__(
        self,
        stream: TextIO,
        fmt: Format,
        *,
        new_file: bool,
        sync_every: float = SYNC_SECONDS,
        columns: list[str] = CSV_COLUMNS,
    ) -> None:
        self.stream = stream
        self.fmt = fmt
        self.columns = columns  # CSV: the file's own (see ``csv_columns``)
        self._durable = _is_regular_file(stream)  # fsync means nothing to a pipe or a tty
        self._sync_every = sync_every
        self._last_sync = time.monotonic()
        if fmt == "csv" and new_file:
            _append_line(self.stream, ",".join(columns) + "\r\n")
            if self._durable:
                self._sync()

    def _sync(self) -> None:
        try:
            os.fsync(self.stream.fileno())
        except OSError as exc:
            raise _cannot_write(self.stream, exc) from exc

    def _render(self, record: ArticleExtraction) -> str:
        if self.fmt == "jsonl":
            return record.model_dump_json() + "\n"
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=self.columns, extrasaction="ignore")
        for row in csv_rows(record):
            writer.writerow(row)
        return buffer.getvalue()

    async def write(self, record: ArticleExtraction) -> None:
        """Write the whole record in one call, so a kill leaves at most one torn line.

        The flush makes the line survive a killed process. When ``sync_every`` seconds
        have passed since the last fsync, one runs in a thread (a disk round trip) while
        the other articles' requests go on; the caller awaits it before the next record.
        """
        _append_line(self.stream, self._render(record))
        if self._durable and time.monotonic() - self._last_sync >= self._sync_every:
            self._last_sync = time.monotonic()
            await asyncio.to_thread(self._sync)

    def finish(self) -> None:
        """The last fsync, for whatever was written since the one before."""
        if self._durable:
            self._sync()


def _append_line(stream: TextIO, chunk: str) -> None:
    """Write and flush ``chunk`` (whole lines); a failure is the run's ``OutputWriteError``."""
    try:
        stream.write(chunk)
        stream.flush()
    except OSError as exc:
        raise _cannot_write(stream, exc) from exc


def _cannot_write(stream: TextIO | Path, exc: OSError) -> OutputWriteError:
    name = str(stream if isinstance(stream, Path) else getattr(stream, "name", "<stdout>"))
    where = "the standard output" if name == "<stdout>" else name
    return OutputWriteError(
        f"cannot write {where}: {exc.strerror or exc}; the lines written before are "
        "complete: run the same command again to resume"
    )


@contextlib.contextmanager
def _appending(path: Path, *, held: bool = False) -> Iterator[TextIO]:
    """``path`` opened for appending (``held``: by this run only, see
    :func:`_hold_for_this_run`); failing to open or close it (closing flushes) is an
    ``OutputWriteError``, also when closing fails again after a failed write."""
    try:
        stream = path.open("a", encoding="utf-8", newline="")
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    try:
        if held:
            _hold_for_this_run(stream, path)
        yield stream
    finally:
        try:
            stream.close()
        except OSError as exc:
            raise _cannot_write(path, exc) from exc


def _hold_for_this_run(stream: TextIO, path: Path) -> None:
    """One run at a time appends to an output: the same command started twice (two
    terminals, an overlapping cron job) would extract every article twice and cut the
    other's last line as torn. An advisory lock (``flock``) on the open file: the system
    drops it when the process ends, however it ends, so a killed run leaves none behind.
    Windows has no ``flock``, nor do some network file systems: there the second run is
    not stopped.
    """
    if sys.platform == "win32" or not _is_regular_file(stream):
        return
    try:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise ConfigurationError(
            f"{path} is being written by another coopllm run: let it finish (or stop it), "
            "then run the command again to resume"
        ) from None
    except OSError:  # a file system without locks (some network mounts): run unguarded
        return


def error_row(failure: ExtractionFailure) -> str:
    """One JSON line for the errors file, keyed like records (source + text hash)."""
    return json.dumps(
        {"source": failure.source, "text_sha256": failure.text_sha256, "code": failure.code,
         "message": str(failure.error)},
        ensure_ascii=False,
    )  # fmt: skip


def compact_errors(errors: Path, written: set[tuple[str, str]]) -> None:
    """Leave one row per article that is still not in the output: its latest failure.

    The errors file is appended to, never truncated at the start of a run, so an
    interrupted resume keeps the failures it had not retried yet. Once a run has
    finished, articles that now succeeded leave the file and a retried failure keeps only
    its newest reason. Rewritten whole (:mod:`coopllm.files`): a kill mid-way leaves the
    old file or the new one, never a half of either.
    """
    if not errors.is_file():
        return
    latest: dict[tuple[str, str], str] = {}
    with errors.open(encoding="utf-8") as handle:
        for line in handle:
            try:
                row = json.loads(line)
                key = (str(row["source"]), str(row.get("text_sha256") or ""))
            except (json.JSONDecodeError, KeyError, TypeError):
                continue  # a line torn by a kill: its article is retried and fails again
            latest.pop(key, None)  # re-inserted last: the file keeps failure order
            latest[key] = line if line.endswith("\n") else line + "\n"
    sources = {source for source, _ in written}
    kept = [
        line
        for (source, digest), line in latest.items()
        if ((source, digest) not in written if digest else source not in sources)
    ]
    try:
        write_atomically(errors, "".join(kept))
    except OSError as exc:
        raise _cannot_write(errors, exc) from exc


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
) -> Summary:
    """Extract every article not yet in ``out``; failures to ``errors``.

    ``progress`` shows a bar (for a terminal); otherwise ``log_every`` seconds a plain
    summary line goes to stderr (for logs), or nothing when it is None. ``total`` (the
    number of input articles, when known) gives the bar its ETA and the log lines their
    "n/total"; articles skipped as already written count towards it. An article given
    twice (same source and text) is extracted once. Pass ``summary`` to read the totals
    of a run that was interrupted (Ctrl-C): it is filled as the run goes.

    ``budget`` (US dollars) stops the run with ``BudgetReachedError`` once what it spent,
    priced by :data:`PRICES_PER_MILLION`, reaches it. Records in ``out`` that another
    model or other prompts made are counted in ``summary.made_otherwise`` (and said on
    the bar or in the log) before any work: resume skips their articles all the same.

    Raises ``ConfigurationError`` when ``out`` is not this format's output or another
    run is writing it, or a budget is set for a model without a price;
    ``OutputWriteError`` when ``out`` or ``errors`` cannot be written;
    ``EndpointFailingError`` when the endpoint keeps failing articles (see
    :class:`~coopllm.api.EndpointWatch`). Every line written before is whole, and the
    same call resumes.
    """
    if out is not None:
        check_output_path(out)
    summary = summary or Summary()
    summary.model = settings.resolved_model()
    if budget is not None and budget <= 0:
        raise ConfigurationError(f"a budget must be above zero, not {budget}")
    if budget is not None and summary.cost() is None:
        raise ConfigurationError(
            f"a budget needs the model's price, and {summary.model!r} has none in the price "
            f"table ({', '.join(PRICES_PER_MILLION)})"
        )
    started = time.monotonic()
    new_file = out is None or not out.exists() or out.stat().st_size == 0
    spent = Usage()
    finished = False
    try:
        # Everything opened here is closed however the run ends, each even when closing
        # another one failed (a full disk fails the flush on close again).
        async with contextlib.AsyncExitStack() as cleanup:
            # Held before the resume reads it, see ``_hold_for_this_run``.
            stream = cleanup.enter_context(_appending(out, held=True)) if out else sys.stdout
            written, makers = _written(out, fmt) if out else (set(), Counter())
            error_stream = cleanup.enter_context(_appending(errors)) if errors else None
            if extractor is None:
                extractor = await make_extractor(settings)
                cleanup.push_async_callback(extractor.aclose)
            columns = csv_columns(out) if out and fmt == "csv" and not new_file else CSV_COLUMNS
            sink = RecordSink(stream, fmt, new_file=new_file, columns=columns)
            cleanup.callback(sink.finish)
            shown = cleanup.enter_context(_Progress(progress, log_every, total, started))
            summary.made_otherwise = _made_otherwise(makers, extractor.provenance)
            if summary.made_otherwise:
                shown.note(_made_otherwise_note(out, summary.made_otherwise, extractor.provenance))
            cleanup.callback(run_spent.reset, run_spent.set(spent))  # tasks inherit it
            outcomes = await cleanup.enter_async_context(
                contextlib.aclosing(
                    run_bounded(
                        extract_one(extractor),
                        _not_yet_written(articles, written, summary, shown),
                        concurrency=concurrency,
                        ordered=False,
                    )
                )
            )
            watch = EndpointWatch.of(settings)
            snapshots = _SnapshotCheck(makers, extractor.provenance)
            async for outcome in outcomes:
                snapshots.see(outcome, summary, shown, out)
                await _account(outcome, summary, sink, error_stream)
                if not isinstance(outcome, ExtractionFailure):
                    written.add((outcome.source, outcome.text_sha256 or ""))
                _note_counts(summary, extractor, spent)
                shown.advance(summary)
                watch.see(outcome)
                _check_budget(summary, budget)
            finished = True
        if finished and errors is not None:
            compact_errors(errors, written)
    finally:
        if extractor is not None:
            _note_counts(summary, extractor, spent)
        summary.seconds = time.monotonic() - started
    return summary


def _made_otherwise(makers: Counter[_Maker | None], provenance: Provenance) -> int:
    """How many records already written another model or other prompts made (or that
    do not say): resume skips their articles, so the output would mix makers."""
    this_run = (provenance.model, provenance.prompts_sha256)
    return sum(count for maker, count in makers.items() if not maker or maker.asked() != this_run)


class _SnapshotCheck:
    """Says once whether records already written were answered by another snapshot of
    this run's model than the one answering now: the same model asked and the same
    prompts, but a provider moved the alias between the runs, and the output would mix
    the two. Known only once this run has a fresh answer (a cached one may be older)."""

    def __init__(self, makers: Counter[_Maker | None], provenance: Provenance) -> None:
        this_run = (provenance.model, provenance.prompts_sha256)
        self._same_ask = {m: n for m, n in makers.items() if m and m.asked() == this_run}
        self._done = not any(m.answered_by for m in self._same_ask)

    def see(self, outcome: Outcome, summary: Summary, shown: _Progress, out: Path | None) -> None:
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
            shown.note(
                f"coopllm: {out}: {summary.answered_otherwise} of the records already written "
                f"were answered by {', '.join(names)}, where {answered.model} is answered by "
                f"{', '.join(sorted(now))} now: the output mixes the two (each record's "
                "provenance.answered_by says which); give another --out to keep them apart"
            )


def _made_otherwise_note(out: Path | None, count: int, provenance: Provenance) -> str:
    return (
        f"coopllm: {out}: {count} of the records already written were made by another "
        f"model or other prompts than this run's ({provenance.model}, prompts "
        f"{provenance.prompts_sha256[:12]}), or do not say; their articles are skipped "
        "as written: give another --out to extract them again"
    )


def _check_budget(summary: Summary, budget: float | None) -> None:
    """Stop the run once what it spent reaches ``budget`` (no budget: never)."""
    spent = summary.cost()
    if budget is not None and spent is not None and spent >= budget:
        raise BudgetReachedError(spent, budget)


def _not_yet_written(
    articles: Iterable[ArticleInput],
    written: set[tuple[str, str]],
    summary: Summary,
    shown: _Progress,
) -> Iterator[ArticleInput]:
    """The articles to extract: not in the output yet, and each once (same source and
    text); the others are counted as skipped or repeated and move the bar on. Articles
    with an input error always go on, to end as error rows."""
    handed_out: set[tuple[str, str]] = set()
    for article in articles:
        key = (article.source, article.text_sha256)
        if article.error is None and (key in written or key in handed_out):
            if key in written:
                summary.skipped += 1
            else:
                summary.repeated += 1
            shown.skip()
            continue
        handed_out.add(key)
        yield article


class _Progress:
    """How a run shows where it is: a bar on a terminal (``progress``), else a plain
    summary line to stderr every ``log_every`` seconds, or nothing when that is None."""

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
        self._bar.update(1)

    def advance(self, summary: Summary) -> None:
        """One more article extracted or failed; ``summary`` is the run so far."""
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
            _append_line(error_stream, error_row(outcome) + "\n")
        return
    await sink.write(outcome)
    summary.done += 1
    if outcome.usage.cached:
        summary.cached += 1
