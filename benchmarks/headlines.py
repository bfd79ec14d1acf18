"""How many records' ``article.title`` is the gold's headline, as written (not a scored
fact of the spec's; README, "A sixteenth blind set", the headline).

    coopllm extract examples/blind16/articles --offline -o /tmp/b16.jsonl
    python benchmarks/headlines.py /tmp/b16.jsonl examples/blind16/gold [RECORDS GOLD ...]

Each pair is a set's records (as `coopllm extract` writes them) and its gold directory.
It prints, per set and in all, how many titles are the gold's exactly, and each that is not.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coopllm.evaluation import load_gold, load_records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pairs", nargs="+", type=Path, help="RECORDS GOLD, repeated")
    args = parser.parse_args()
    if len(args.pairs) % 2:
        parser.error("give records and gold in pairs")
    same = total = 0
    for records_path, gold_path in zip(args.pairs[::2], args.pairs[1::2], strict=True):
        records, gold = load_records(records_path), load_gold(gold_path)
        hits = 0
        for source, truth in sorted(gold.items()):
            wanted = truth["article"]["title"]
            got = records.get(source, {}).get("article", {}).get("title")
            hits += got == wanted
            if got != wanted:
                print(f"  {source}: {got!r} (gold {wanted!r})")
        print(f"{gold_path}: {hits} of {len(gold)}")
        same, total = same + hits, total + len(gold)
    print(f"all: {same} of {total} titles are the gold's headline")


if __name__ == "__main__":
    main()
