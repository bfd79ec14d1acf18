"""Running a batch from the command line: its inputs, its output files (checked before any
work, read back for what is written), its stops (signals, a full disk, a failing endpoint,
a spent budget) and their exit codes, its report, its log lines."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from coopllm.calls import RunStop
from coopllm.cli.options import PAGE_WORKERS, fail
from coopllm.errors import (
    BatchInterruptedError,
    BudgetReachedError,
    ConfigurationError,
    EndpointFailingError,
    OutputWriteError,
    RunStoppedError,
)
from coopllm.inputs import READ_SUFFIXES, ArticleInput, Inputs, find_inputs

if TYPE_CHECKING:
    from coopllm.batch import Summary
    from coopllm.cache import PageMemo
    from coopllm.output import Format
    from coopllm.settings import Settings


def live(settings: Settings, command: str) -> Settings:
    """``settings``, for a command that needs the endpoint itself (``coopllm record``, the
    provider's batch service): refused in offline mode, said so, rather than failing on
    a cassette it could never have (a review's find: "no cassette … run coopllm record",
    said by ``coopllm record``)."""
    if settings.offline:
        raise ConfigurationError(
            f"{command} needs the endpoint itself, and offline mode is on "
            "(COOPLLM_OFFLINE): unset it for this command"
        )
    return settings


def run_to_end(
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
    SIGTERM halt the batch's ``stop`` (see :func:`stoppable`): the answers in flight are
    awaited and written, and a run they leave nothing of ends as usual. The garbage
    collector is readied first (:func:`~coopllm.batch.settle_gc`); the library's log lines
    go to stderr (:func:`log_lines`).
    """
    from coopllm.batch import settle_gc

    settle_gc()
    try:
        with log_lines(quiet):
            return asyncio.run(stoppable(batch, stop))
    except OutputWriteError as exc:
        say_stopped(so_far, str(exc))
        raise typer.Exit(EXIT_CANNOT_WRITE) from None
    except EndpointFailingError as exc:
        say_stopped(so_far, f"{exc}. Every record written so far is complete: mend the "
                             "endpoint, then run the same command again to resume")  # fmt: skip
        raise typer.Exit(EXIT_ENDPOINT_FAILING) from None
    except BudgetReachedError as exc:
        say_stopped(so_far, f"{exc}. Every record written so far is complete: run the same "
                             "command again to resume, with a budget of its own")  # fmt: skip
        raise typer.Exit(EXIT_BUDGET_REACHED) from None
    except (KeyboardInterrupt, Stopped) as exc:
        signum = exc.signum if isinstance(exc, Stopped) else signal.SIGINT
        kept = isinstance(exc, Stopped) and exc.drained
        say_stopped(so_far, f"{how_stopped(signum)}; "
                             f"{'the answers in flight were awaited and written; ' if kept else ''}"
                             "every record written so far is complete: run the same command "
                             "again to resume")  # fmt: skip
        raise typer.Exit(128 + signum) from None


@contextlib.contextmanager
def log_lines(quiet: bool) -> Iterator[None]:
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


def how_stopped(signum: signal.Signals) -> str:
    return "interrupted" if signum == signal.SIGINT else f"stopped by {signum.name}"


def say_stopped(so_far: Summary | None, message: str) -> None:
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


class Stopped(Exception):
    """A stop signal arrived: the batch was cancelled, or halted with articles left
    (``drained``: their answers in flight were awaited and written)."""

    def __init__(self, signum: signal.Signals, *, drained: bool = False) -> None:
        super().__init__(signum.name)
        self.signum = signum
        self.drained = drained


async def stoppable(batch: Coroutine[Any, Any, _T], stop: RunStop | None) -> _T:
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
                stop.halt(how_stopped(signum))
                say_halting(signum)
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
        raise Stopped(received[0], drained=True) from None
    except RunStoppedError:  # halted before the batch began (collect's polling)
        if not received:
            raise
        raise Stopped(received[0]) from None
    except asyncio.CancelledError:
        if not received:
            raise
        raise Stopped(received[0]) from None
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)


def say_halting(signum: signal.Signals) -> None:
    """Say at once why the run goes on for a while (above the bar, when there is one)."""
    from tqdm import tqdm

    again = "Ctrl-C" if signum == signal.SIGINT else signum.name
    with contextlib.suppress(OSError):
        tqdm.write(f"coopllm: {how_stopped(signum)}: no article is started now; any answers in "
                   f"flight are awaited and written ({again} again to stop at once)",
                   file=sys.stderr)  # fmt: skip


LISTED_FAILURES = 20
"""Failures listed on stderr when an errors file holds them all: an archive with
thousands of bad articles must not bury the summary line."""


def report(summary: Summary, quiet: bool, errors: Path | None = None) -> None:
    """The run's failures (the first :data:`LISTED_FAILURES` where an errors file holds
    them all) and its summary line; an input that held no article is said even when
    quiet (an empty stdin, JSONL files with no row): a run that did nothing says so."""
    from coopllm.batch import failure_said

    if not (summary.done or summary.failed or summary.skipped or summary.repeated):
        typer.echo("coopllm: the input held no article: nothing was extracted", err=True)

    shown = summary.failures if errors is None else summary.failures[:LISTED_FAILURES]
    for failure in shown:
        typer.echo(f"failed: {failure_said(failure)}", err=True)
    if len(shown) < len(summary.failures):
        typer.echo(f"... and {len(summary.failures) - len(shown)} more failures, every one "
                   f"in {errors}", err=True)  # fmt: skip
    if not quiet:
        typer.echo(summary.line(), err=True)


def errors_file(out: Path | None) -> Path | None:
    """:func:`coopllm.output.errors_path` (imported when used: the CLI starts fast)."""
    from coopllm.output import errors_path

    return errors_path(out)


def check_writable(out: Path | None) -> None:
    """The output and its errors file can be written, said before any work (``collect``
    polls and downloads its batch first) as a usage error: at the run's start it was a
    write error (exit 74) that said to run the same command again."""
    from coopllm.output import check_run_files

    check_run_files(out, errors_file(out))


def format_by_suffix(out: Path | None) -> Format:
    """:func:`coopllm.output.format_of`."""
    from coopllm.output import format_of

    return format_of(out)


def inputs_of(
    paths: list[str], out: Path | None, quiet: bool, pages: PageMemo | None = None
) -> tuple[Iterator[ArticleInput], dict[str, Any]]:
    """The articles of PATHS, less the run's own output and errors files (an output
    written inside an input directory is not read back as input on the next run), and
    ``run_batch``'s input arguments: whether it is streamed (stdin, a pipe), and how to
    show progress: a bar on a terminal, a plain line every 30 s in a log, nothing when
    quiet."""
    inputs = find_inputs(paths, exclude=own_files(out))
    articles = inputs.articles(pages=pages, page_workers=PAGE_WORKERS)
    streamed = {"streamed_input": inputs.streamed}
    if quiet:
        return articles, streamed
    say_ignored(inputs)
    tty = sys.stderr.isatty()
    shown = {"progress": tty, "log_every": None if tty else 30.0, "total": inputs.count()}
    return articles, {**streamed, **shown}


def say_ignored(inputs: Inputs) -> None:
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


def own_files(out: Path | None) -> list[Path]:
    return [p for p in (out, errors_file(out)) if p is not None]


def check_format(value: str | None, out: Path | None) -> Format:
    """The --format given, or the output's by its suffix: ``-o news.csv`` alone wrote
    JSONL into a .csv file, which ``estimate`` and ``batch submit --out`` then read as CSV.
    A --format that its suffix contradicts (``-o news.jsonl --format csv``) is refused:
    ``estimate``, ``eval`` and a resume read a file by its suffix, and would refuse it."""
    if value is None:
        return format_by_suffix(out)
    if value not in ("jsonl", "csv"):
        raise fail("--format must be jsonl or csv")
    suffix = out.suffix.lower() if out is not None else ""
    if suffix in (".jsonl", ".csv") and suffix != f".{value}":
        raise fail(
            f"--format {value} does not match the {suffix} output {out}: drop --format, or "
            f"give an --out ending .{value}"
        )
    return "csv" if value == "csv" else "jsonl"


def already_written(out: Path | None) -> set[tuple[str, str]]:
    """(source, text hash) of the articles the output ``out`` holds (its format by its
    suffix), for a command that leaves them out. Read only, never mended: a batch may be
    writing its last line."""
    from coopllm.output import written_keys

    return written_keys(out, format_by_suffix(out), mend=False) if out else set()
