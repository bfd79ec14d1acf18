"""A resumable archive run from Python: what `coopllm extract PATH --out FILE` does.

    python examples/resumable_archive.py examples/articles out.jsonl [--offline]
                                         [--budget USD]

For a pipeline that drives coopllm from its own code (a scheduler task, a notebook)
rather than from the shell. Rerun it after a crash or Ctrl-C and it resumes: articles
already in OUT are skipped, those in OUT.errors.jsonl are tried again, and a line torn
by a kill is cut first. The run also stops, to be rerun the same way, when its endpoint
keeps failing articles (a wrong key, a server down) or when it has spent --budget. With
--offline it replays the recordings in tests/fixtures/cassettes; otherwise
OPENAI_API_KEY / OPENAI_BASE_URL / COOPLLM_MODEL from the environment are used, as by
`extract`.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from coopllm.batch import run_batch, settle_gc
from coopllm.cache import PageMemo
from coopllm.errors import BudgetReachedError, CoopLLMError, EndpointFailingError
from coopllm.inputs import find_inputs
from coopllm.settings import make_settings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="+", help="files, directories, globs or .jsonl")
    parser.add_argument("out", type=Path)
    parser.add_argument("--offline", action="store_true")
    parser.add_argument("--budget", type=float, help="stop once this run spent this many USD")
    args = parser.parse_args()

    errors = args.out.with_name(args.out.stem + ".errors.jsonl")
    own = [args.out, errors]  # never read back as input, should OUT lie in an input folder
    settle_gc()  # this process does nothing else: ready its garbage collector for a batch
    try:
        settings = make_settings(offline=args.offline or None)
        inputs = find_inputs(args.paths, exclude=own)  # the folders walked once, for both
        with PageMemo.of(settings) as pages:  # a resume does not read saved pages again
            summary = asyncio.run(
                run_batch(
                    inputs.articles(pages=pages),
                    settings,
                    out=args.out,
                    errors=errors,
                    concurrency=8,
                    log_every=30.0,  # a plain progress line to stderr every 30 s
                    total=inputs.count(),
                    budget=args.budget,
                )
            )
    except (EndpointFailingError, BudgetReachedError) as exc:  # whole records so far
        print(f"{exc}; run the same command again to resume", file=sys.stderr)
        return 3
    except CoopLLMError as exc:  # bad settings or paths, an unwritable output
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    print(summary.line())
    return 1 if summary.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
