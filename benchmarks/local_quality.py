"""Quality on the local model: a naive instructor call vs coopllm's pipeline, same server.

    python benchmarks/local_quality.py [--seeds ../shared/seeds] [--gold ../shared/gold]
        [--examples]   # score our own examples/articles against examples/gold instead
        [--save DIR]   # keep each arm's records (DIR/naive.jsonl, DIR/coopllm.jsonl)

Both arms talk to one managed llama.cpp server (Qwen2.5-Coder-1.5B, Q4_K_M, 2 threads),
use the same response schema and temperature 0, and are scored by `coopllm eval`'s code
(EXTRACTION_SPEC.md, "Scoring"). It prints per-kind P/R/F1, micro P/R/F1, seconds and
tokens per article for each arm. Nothing is cached: every number is a fresh model run.
The arms take turns article by article, so drift in the machine's speed hits both.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from pathlib import Path
from typing import Any

import instructor
import openai

from coopllm.evaluation import FACT_KINDS, EvalReport, evaluate, load_records
from coopllm.extraction import Extractor
from coopllm.local import LocalServer, fetch_model
from coopllm.schema import ArticleExtraction, ExtractionDraft
from coopllm.settings import LOCAL_MODEL_NAME, Settings

NAIVE_PROMPT = "Extract the cooperation agreements described in this news article.\n\n{text}"


class Arm:
    """One way of extracting, timed and scored article by article."""

    name = ""

    def __init__(self) -> None:
        self.records: dict[str, Any] = {}
        self.seconds = 0.0
        self.tokens = 0

    async def run(self, source: str, text: str) -> None:
        started = time.monotonic()
        try:
            self.records[source] = await self.extract(source, text)
        except Exception as exc:  # a failed article scores as predicting nothing
            print(f"{self.name}: {source}: {type(exc).__name__}: {str(exc)[:200]}")
        self.seconds += time.monotonic() - started

    async def extract(self, source: str, text: str) -> dict[str, Any]:
        raise NotImplementedError

    async def aclose(self) -> None:
        """Release the arm's client."""


class NaiveArm(Arm):
    """One plain instructor TOOLS call per article, as a user would first write it."""

    name = "naive"

    def __init__(self, base_url: str) -> None:
        super().__init__()
        self.openai = openai.AsyncOpenAI(
            base_url=base_url, api_key="local", max_retries=0, timeout=600
        )
        self.client = instructor.from_openai(self.openai, mode=instructor.Mode.TOOLS)

    async def extract(self, source: str, text: str) -> dict[str, Any]:
        draft, raw = await self.client.create_with_completion(
            model=LOCAL_MODEL_NAME,
            response_model=ExtractionDraft,
            messages=[{"role": "user", "content": NAIVE_PROMPT.format(text=text)}],
            temperature=0.0,
            max_tokens=2048,
            max_retries=1,
        )
        self.tokens += raw.usage.total_tokens if raw.usage else 0
        return {"source": source, **draft.model_dump(mode="json")}

    async def aclose(self) -> None:
        await self.openai.close()


class CoopllmArm(Arm):
    """coopllm's full pipeline on the same server (cache off)."""

    name = "coopllm"

    def __init__(self, base_url: str, cache_dir: Path) -> None:
        super().__init__()
        settings = Settings(
            backend="openai", base_url=base_url, model=LOCAL_MODEL_NAME, use_cache=False,
            cache_dir=cache_dir,
        )  # fmt: skip
        self.extractor = Extractor(settings)

    async def extract(self, source: str, text: str) -> dict[str, Any]:
        record: ArticleExtraction = await self.extractor.extract(text, source=source)
        self.tokens += record.usage.total_tokens
        return record.model_dump(mode="json")

    async def aclose(self) -> None:
        await self.extractor.aclose()


def table(name: str, report: EvalReport, seconds: float, tokens: int, n: int) -> str:
    """One arm's scores as fixed-width text."""
    lines = [f"== {name}", f"{'kind':<12}{'P':>7}{'R':>7}{'F1':>7}{'TP':>5}{'FP':>5}{'FN':>5}"]
    for kind in FACT_KINDS:
        c = report.per_kind[kind]
        lines.append(
            f"{kind:<12}{c.precision:7.2f}{c.recall:7.2f}{c.f1:7.2f}{c.tp:5}{c.fp:5}{c.fn:5}"
        )
    m = report.micro
    lines.append(
        f"{'micro':<12}{m.precision:7.2f}{m.recall:7.2f}{m.f1:7.2f}{m.tp:5}{m.fp:5}{m.fn:5}"
    )
    lines.append(f"seconds/article {seconds / n:.1f}   tokens/article {tokens / n:,.0f}")
    return "\n".join(lines)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    repo = Path(__file__).resolve().parents[1]
    parser.add_argument("--seeds", type=Path, default=repo.parent / "shared" / "seeds")
    parser.add_argument("--gold", type=Path, default=repo.parent / "shared" / "gold")
    parser.add_argument("--examples", action="store_true", help="use examples/ instead")
    parser.add_argument("--arms", default="naive,coopllm")
    parser.add_argument("--save", type=Path, help="write each arm's records to DIR/ARM.jsonl")
    args = parser.parse_args()
    if args.examples:
        args.seeds, args.gold = repo / "examples" / "articles", repo / "examples" / "gold"
    if args.save:  # made now: not found after ten minutes of the model's work
        args.save.mkdir(parents=True, exist_ok=True)
    articles = {p.name: p.read_text(encoding="utf-8") for p in sorted(args.seeds.glob("*.txt"))}
    gold = load_records(args.gold)
    server = LocalServer(fetch_model(show_progress=False), threads=2)
    base_url = server.start()
    arms: list[Arm] = []
    try:
        cache = repo / ".bench-cache"
        for name in args.arms.split(","):
            arms.append(NaiveArm(base_url) if name == "naive" else CoopllmArm(base_url, cache))
        # Arms take turns article by article, so a machine that slows down or speeds up
        # during the run weighs on both alike.
        for source, text in articles.items():
            for arm in arms:
                await arm.run(source, text)
        for arm in arms:
            report = evaluate(arm.records, gold)
            print(table(arm.name, report, arm.seconds, arm.tokens, len(articles)), flush=True)
            if args.save:
                lines = [json.dumps(record, ensure_ascii=False) for record in arm.records.values()]
                out = args.save / f"{arm.name}.jsonl"
                out.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    finally:
        for arm in arms:
            await arm.aclose()
        server.stop()


if __name__ == "__main__":
    asyncio.run(main())
