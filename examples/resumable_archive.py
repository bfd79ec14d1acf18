"""A resumable archive run from Python: what `coopllm extract PATH --out FILE` does.

    python examples/resumable_archive.py examples/articles out.jsonl [--offline]
                                         [--budget USD]

For a pipeline that drives coopllm from its own code (a scheduler task, a notebook)
rather than from the shell. Rerun it after a crash or Ctrl-C and it resumes: articles
already in OUT are skipped, those in its errors file (news.errors.jsonl beside news.jsonl,
news.csv.errors.jsonl beside a CSV, as the CLI names them) are tried again, and a line torn
by a kill is cut first. Ctrl-C or SIGTERM (a scheduler stopping the task) halts the run:
no article is started after, the answers in flight are awaited and written (kill -9
stops at once; the rerun is as safe). The run also stops, to be rerun the same way, when
its endpoint keeps failing articles (a wrong key, a server down) or when it has spent
--budget. With
--offline it replays the recordings in tests/fixtures/cassettes; otherwise
OPENAI_API_KEY / OPENAI_BASE_URL / COOPLLM_MODEL from the environment are used, as by
`extract`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from coopllm.batch import Summary, run_batch, settle_gc
from coopllm.cache import PageMemo
from coopllm.calls import RunStop
from coopllm.errors import (
    BatchInterruptedError,
    BudgetReachedError,
    CoopLLMError,
    EndpointFailingError,
)
from coopllm.inputs import find_inputs
from coopllm.output import errors_path, format_of
from coopllm.settings import make_settings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="+", help="files, directories, globs or .jsonl")
    parser.add_argument("out", type=Path)
    parser.add_argument("--offline", action="store_true")
    parser.add_argument("--budget", type=float, help="stop once this run spent this many USD")
    args = parser.parse_args()

    settle_gc()  # this process does nothing else: ready its garbage collector for a batch
    try:
        errors = errors_path(args.out)  # beside OUT, named as the CLI names it
        own = [p for p in (args.out, errors) if p]  # never read back as input
        settings = make_settings(offline=args.offline or None)
        inputs = find_inputs(args.paths, exclude=own)  # the folders walked once, for both
        stop = RunStop()
        with PageMemo.of(settings) as pages:  # a resume does not read saved pages again
            batch = run_batch(
                inputs.articles(pages=pages),
                settings,
                out=args.out,
                errors=errors,
                fmt=format_of(args.out),  # CSV for a .csv, as the CLI
                concurrency=8,
                log_every=30.0,  # a plain progress line to stderr every 30 s
                total=inputs.count(),
                budget=args.budget,
                stop=stop,
            )
            summary = asyncio.run(halted_by_signals(batch, stop))
    except (EndpointFailingError, BudgetReachedError, BatchInterruptedError) as exc:
        print(f"{exc}; run the same command again to resume", file=sys.stderr)  # all whole
        return 3
    except CoopLLMError as exc:  # bad settings or paths, an unwritable output
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    print(summary.line())
    return 1 if summary.failed else 0


async def halted_by_signals(batch: Coroutine[Any, Any, Summary], stop: RunStop) -> Summary:
    """Run ``batch``; Ctrl-C or SIGTERM halts it through ``stop`` (on the event loop, as
    ``RunStop.halt`` needs) rather than cancelling the answers already paid for."""
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # Windows: Ctrl-C cancels at once
            loop.add_signal_handler(signum, stop.halt, f"stopped by {signum.name}")
    return await batch


if __name__ == "__main__":
    raise SystemExit(main())
