"""Read records beside their articles, as an analyst checks them before they enter a database.

    python examples/review_records.py out.jsonl examples/articles [--doubts]

For each record of OUT (JSONL, as `coopllm extract` or examples/batch_extract.py write it)
whose article is in FOLDER under its source name (a text file), print each agreement's
values with how the article writes them and the sentence that states their role (the
record's `grounding`: `status`, `evidence`), then what the guard dropped or doubted
(`warnings`).
A value held in a role that no sentence states (kept in lenient mode) is marked `?`, one
written only approximately `~`, one not found `!`. With --doubts, only those and the
warnings are printed. An article missing from FOLDER, or not the text the record was made from
(another text hash), is said, and its record not read against it.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from coopllm import ArticleExtraction
from coopllm.inputs import decode_text, text_sha256
from coopllm.schema import GroundedValue

ROLE = re.compile(
    r"\.(?:signatories|witnesses)\[\d+\]\.name$|\.(?:location|date_text)$"
    r"|\.(?:established_entities|facilitators)\[\d+\]$"
)
"""Paths of values whose role a sentence states: the guard keeps them by it (a date it
doubts without one)."""
AGREEMENT = re.compile(r"^agreements\[(\d+)\]\.")
SHOWN = 110
"""Characters of a sentence shown."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=Path, help="JSONL of records")
    parser.add_argument("folder", type=Path, help="the folder of their articles")
    parser.add_argument("--doubts", action="store_true", help="only what is in doubt")
    args = parser.parse_args()
    with args.records.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = ArticleExtraction.model_validate_json(line)
                print("\n".join(review(record, args.folder, doubts=args.doubts)))
    return 0


def review(record: ArticleExtraction, folder: Path, *, doubts: bool = False) -> Iterator[str]:
    """The lines that show ``record`` against its article in ``folder``."""
    yield f"== {record.source}"
    path = folder / record.source
    if not path.is_file():
        yield f"   no article {path} to read it against"
        return
    text = decode_text(path.read_bytes())
    if record.text_sha256 and text_sha256(text) != record.text_sha256:
        yield f"   {path} does not hold the text this record was made from (changed since, or a"
        yield "   saved page, whose text coopllm extracted from its HTML)"
        return
    for index, agreement in enumerate(record.agreements):
        yield f"   agreement {index + 1}: {agreement.agreement_type} {agreement.title or ''}"
        for value in record.grounding:
            if _of(value, index) and (not doubts or _mark(value) != " "):
                yield from _value_lines(value, text)
    yield from (f"   warning: {warning}" for warning in record.warnings)


def _of(value: GroundedValue, index: int) -> bool:
    found = AGREEMENT.match(value.path)
    return found is not None and int(found[1]) == index


def _mark(value: GroundedValue) -> str:
    """``!`` not found, ``?`` a role no sentence states, ``~`` written approximately."""
    if value.status == "ungrounded":
        return "!"
    if ROLE.search(value.path) and value.evidence is None:
        return "?"
    return "~" if value.status == "fuzzy" else " "


def _value_lines(value: GroundedValue, text: str) -> Iterator[str]:
    field = AGREEMENT.sub("", value.path)
    yield f" {_mark(value)}   {field}: {value.value} [{value.status}]"
    if value.evidence is not None:
        sentence = " ".join(text[value.evidence.start : value.evidence.end].split())
        shown = sentence if len(sentence) <= SHOWN else sentence[: SHOWN - 1] + "…"
        yield f"         said in: {shown}"


if __name__ == "__main__":
    sys.exit(main())
