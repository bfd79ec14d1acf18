"""CPU an article of the stages that make a record from the model's answers (no request):
resolving the documents pass, normalising, the guard's rules, grounding. Their sum is the
"coopllm's own CPU" the concurrency benchmark charges the raw client with; this prints
where it goes (README "Batch engine", `benchmarks/HISTORY.md`).

    python benchmarks/guard.py [--articles 400] [--rounds 3] [--pages]

Each article is the batch benchmark's sample with a line of its own (a distinct text, as
no reading is kept across texts), its answer the sample answer; the first 50 warm up.
It prints, per round, each stage's milliseconds an article (`time.process_time`).
``--pages``: instead, one record's CPU against its page's length, the sample followed by
our example articles joined (English, then Chinese), as an archive's digest page of many
signings is: how far from linear a record's cost grows.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from coopllm.grounding import SourceIndex, ground_record
from coopllm.guard import Checker, apply_guard, role_evidence
from coopllm.normalize import normalize_draft
from coopllm.resolve import SignedDocuments, merge_documents, titled_left_out
from coopllm.schema import ArticleExtraction, ExtractionDraft
from coopllm.testing import SAMPLE_ANSWER, SAMPLE_ARTICLE

WARM_UP = 50
DOCUMENTS = SignedDocuments.model_validate(
    {"documents": [{"title": "cooperation agreement", "signers": ["Mara Quill"]}]}
)
DRAFT = ExtractionDraft.model_validate(SAMPLE_ANSWER)


def record(text: str, clock: dict[str, float]) -> None:
    """One record made from the sample answer for ``text``, each stage's CPU added to
    ``clock``."""

    def timed(stage: str, work: Callable[[], object]) -> object:
        start = time.process_time()
        done = work()
        clock[stage] = clock.get(stage, 0.0) + time.process_time() - start
        return done

    checker = Checker(SourceIndex(text))
    merged = timed(
        "resolve",
        lambda: titled_left_out(
            merge_documents(DRAFT, DOCUMENTS, checker, published=None, notes=[]), checker
        )[0],
    )
    assert isinstance(merged, ExtractionDraft)
    normalized = timed("normalize", lambda: normalize_draft(merged, text, None, checker.grounded))
    assert isinstance(normalized, ExtractionDraft)
    dated = checker.dated(normalized.article.published)
    guarded = timed("guard", lambda: apply_guard(normalized, dated)[0])
    assert isinstance(guarded, ExtractionDraft)
    made = ArticleExtraction(source="bench", article=guarded.article, agreements=guarded.agreements)
    timed("ground", lambda: ground_record(made, dated.index, evidence=role_evidence(made, dated)))


EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PAGE_SIZES = {"English": (16, 64, 128, 256), "Chinese": (16, 64)}
"""How many example articles each long page joins."""


def pages() -> None:
    """One record's CPU for pages of more and more example articles (``--pages``)."""
    written = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("blind*/articles/*"))]
    english = [text for text in written if sum(map(str.isascii, text)) > 0.9 * len(text)]
    by_language = {"English": english, "Chinese": [t for t in written if t not in english]}
    record(SAMPLE_ARTICLE, {})  # the patterns compiled
    print("record-making CPU against the page's length (the sample, then example articles)")
    for language, sizes in PAGE_SIZES.items():
        for size in sizes:
            text = SAMPLE_ARTICLE + "\n" + "\n\n".join(by_language[language][:size])
            clock: dict[str, float] = {}
            record(text, clock)
            seconds = sum(clock.values())
            print(f"  {language}, {size} articles, {len(text) // 1000} KB: {seconds:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pages", action="store_true")
    args = parser.parse_args()
    if args.pages:
        pages()
        return
    texts = [f"{SAMPLE_ARTICLE}\nRef {i}." for i in range(WARM_UP + args.articles)]
    for text in texts[:WARM_UP]:
        record(text, {})
    print(f"record-making CPU, {args.articles} articles (the batch benchmark's sample)")
    for number in range(1, args.rounds + 1):
        clock: dict[str, float] = {}
        for text in texts[WARM_UP:]:
            record(text, clock)
        stages = ", ".join(f"{k} {v / args.articles * 1000:.3f}" for k, v in clock.items())
        total = sum(clock.values()) / args.articles * 1000
        print(f"  round {number}: {total:.3f} ms an article ({stages})")


if __name__ == "__main__":
    main()
