"""Quality on the local model: a naive instructor call vs coopllm's pipeline, same server.

    python benchmarks/local_quality.py [--seeds ../shared/seeds] [--gold ../shared/gold]
        [--examples]   # score our own examples/articles against examples/gold instead

Both arms talk to one managed llama.cpp server (Qwen2.5-Coder-1.5B, Q4_K_M, 2 threads),
use the same response schema and temperature 0, and are scored by `coopllm eval`'s code
(EXTRACTION_SPEC.md, "Scoring"). It prints per-kind P/R/F1, micro P/R/F1, seconds and
tokens per article for each arm. Nothing is cached: every number is a fresh model run.
"""

from __future__ import annotations

import argparse
import asyncio
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


async def naive_arm(base_url: str, articles: dict[str, str]) -> tuple[dict[str, Any], float, int]:
    """One plain instructor TOOLS call per article, as a user would first write it."""
    client = instructor.from_openai(
        openai.AsyncOpenAI(base_url=base_url, api_key="local", max_retries=0, timeout=600),
        mode=instructor.Mode.TOOLS,
    )
    records: dict[str, Any] = {}
    seconds, tokens = 0.0, 0
    for source, text in articles.items():
        started = time.monotonic()
        try:
            draft, raw = await client.create_with_completion(
                model=LOCAL_MODEL_NAME,
                response_model=ExtractionDraft,
                messages=[{"role": "user", "content": NAIVE_PROMPT.format(text=text)}],
                temperature=0.0,
                max_tokens=2048,
                max_retries=1,
            )
            records[source] = {"source": source, **draft.model_dump(mode="json")}
            tokens += raw.usage.total_tokens if raw.usage else 0
        except Exception as exc:  # a failed article scores as predicting nothing
            print(f"naive: {source}: {type(exc).__name__}: {str(exc)[:200]}")
        seconds += time.monotonic() - started
    return records, seconds, tokens


async def coopllm_arm(
    base_url: str, articles: dict[str, str], cache_dir: Path
) -> tuple[dict[str, Any], float, int]:
    """coopllm's full pipeline on the same server (cache off)."""
    settings = Settings(
        backend="openai", base_url=base_url, model=LOCAL_MODEL_NAME, use_cache=False,
        cache_dir=cache_dir,
    )  # fmt: skip
    extractor = Extractor(settings)
    records: dict[str, Any] = {}
    seconds, tokens = 0.0, 0
    try:
        for source, text in articles.items():
            started = time.monotonic()
            record: ArticleExtraction = await extractor.extract(text, source=source)
            seconds += time.monotonic() - started
            tokens += record.usage.total_tokens
            records[source] = record.model_dump(mode="json")
    finally:
        await extractor.aclose()
    return records, seconds, tokens


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
    args = parser.parse_args()
    if args.examples:
        args.seeds, args.gold = repo / "examples" / "articles", repo / "examples" / "gold"
    articles = {p.name: p.read_text(encoding="utf-8") for p in sorted(args.seeds.glob("*.txt"))}
    gold = load_records(args.gold)
    server = LocalServer(fetch_model(show_progress=False), threads=2)
    base_url = server.start()
    try:
        for arm in args.arms.split(","):
            if arm == "naive":
                records, seconds, tokens = await naive_arm(base_url, articles)
            else:
                records, seconds, tokens = await coopllm_arm(
                    base_url, articles, repo / ".bench-cache"
                )
            print(table(arm, evaluate(records, gold), seconds, tokens, len(articles)), flush=True)
    finally:
        server.stop()


if __name__ == "__main__":
    asyncio.run(main())
