"""Extract every article in a folder to JSONL with coopllm's Python API.

    python examples/batch_extract.py examples/articles out.jsonl [--offline | --local]

With --offline it replays the recordings in tests/fixtures/cassettes (no key, no network);
with --local it runs the local model (pip install 'coopllm[local]'; coopllm local fetch);
otherwise it uses OPENAI_API_KEY / OPENAI_BASE_URL / COOPLLM_MODEL from the environment.
Failures are printed with their typed reason and do not stop the others, unless the
endpoint fails every article alike (a refused key, a server down): then the loop stops
with EndpointFailingError after three. For resumable runs over large archives, use the
CLI (`coopllm extract DIR --out FILE`) or examples/resumable_archive.py.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import sys
from pathlib import Path
from typing import Any, TextIO

from coopllm import ExtractionFailure, Outcome, extract_many
from coopllm.errors import CoopLLMError, EndpointFailingError


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--offline", action="store_true")
    parser.add_argument("--local", action="store_true")
    args = parser.parse_args()

    items = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(args.folder.glob("*.txt"))]
    options: dict[str, Any] = {"offline": True} if args.offline else {}
    if args.local:
        options["backend"] = "local"
    failed = 0
    try:
        # closing(): leaving early (an error below) cancels the articles still in flight
        with contextlib.closing(extract_many(items, concurrency=4, **options)) as outcomes:
            first = next(outcomes, None)  # bad settings (no key) fail here: OUT untouched
            with args.out.open("w", encoding="utf-8") as out:
                for outcome in itertools.chain([first] if first else [], outcomes):
                    failed += _write(outcome, out)
    except EndpointFailingError as exc:  # the records before it are written
        print(exc, file=sys.stderr)
        return 3
    except CoopLLMError as exc:  # bad settings: nothing was asked
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    return 1 if failed else 0


def _write(outcome: Outcome, out: TextIO) -> int:
    """Write a record and say what it holds, or say why the article failed (1)."""
    if isinstance(outcome, ExtractionFailure):
        print(f"{outcome.source}: [{outcome.code}] {outcome.error}", file=sys.stderr)
        return 1
    out.write(outcome.model_dump_json() + "\n")
    parties = "; ".join(p.name for a in outcome.agreements for p in a.parties)
    print(f"{outcome.source}: {len(outcome.agreements)} agreement(s): {parties}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
