"""Record-making on worker processes (coopllm.workers): the same records as on the event
loop, nothing lost when a worker dies or raises, and no fork where it is not safe.

A worker is forked only from a process with no other thread, which a test process with
a fake server running is not: the tests that need one run their code in a fresh
interpreter (``_fresh``), as a user's script or the CLI starts.
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import json
import re
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest
from conftest import TEST_KEY, clean_env

from coopllm.making import ChunkAnswers, RecordJob, make_record
from coopllm.resolve import SignedDocuments
from coopllm.schema import ExtractionDraft, Provenance, Usage
from coopllm.testing import SAMPLE_ANSWER, SAMPLE_ARTICLE, FakeOpenAIServer, Reply, completion
from coopllm.workers import RecordMakers, fork_is_safe

DOCUMENTS = {"documents": [{"title": "cooperation agreement", "signers": ["Mara Quill"]}]}


def _both_passes(request: dict[str, Any]) -> Reply:
    """The sample's answer to whichever pass asks."""
    tool = (request.get("tool_choice") or {}).get("function", {}).get("name")
    if tool == "SignedDocuments":
        return Reply(completion(DOCUMENTS, tool_name=tool))
    return Reply(completion(SAMPLE_ANSWER))


def _fresh(code: str, *args: str) -> str:
    """What ``code`` prints, run in a new interpreter (no thread but its own)."""
    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=clean_env(),
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


BATCH = """
    import asyncio, json, sys
    from pathlib import Path
    from pydantic import SecretStr
    from coopllm.api import make_extractor
    from coopllm.batch import run_batch
    from coopllm.inputs import ArticleInput
    from coopllm.settings import Settings
    from coopllm.testing import SAMPLE_ARTICLE

    async def main(url, key, workers, out, concurrency="8"):
        settings = Settings(
            base_url=url, api_key=SecretStr(key), model="test-model", use_cache=False,
            requests_per_minute=0, tokens_per_minute=0, record_workers=int(workers),
        )
        extractor = await make_extractor(settings, batch=True)
        running = extractor.makers.running
        items = [ArticleInput(f"a{i}", f"{SAMPLE_ARTICLE}\\nRef {i}.") for i in range(24)]
        summary = await run_batch(
            items, settings, out=Path(out), errors=None, concurrency=int(concurrency),
            extractor=extractor,
        )
        await extractor.aclose()
        print(json.dumps({"running": running, "cpu": extractor.makers.cpu,
                          "done": summary.done}))

    asyncio.run(main(*sys.argv[1:]))
"""


def _records(path: Path) -> dict[str, Any]:
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    return {row["source"]: row for row in rows}


def test_a_batch_made_on_a_worker_writes_what_the_loop_writes(tmp_path: Path) -> None:
    with FakeOpenAIServer(fallback=_both_passes) as server:
        runs = {
            workers: json.loads(
                _fresh(
                    BATCH, server.base_url, TEST_KEY, workers, str(tmp_path / f"{workers}.jsonl")
                )
            )
            for workers in ("1", "0")
        }
    assert runs["1"]["running"] == 1 and runs["1"]["cpu"] > 0  # the worker made them
    assert runs["0"]["running"] == 0 and runs["0"]["cpu"] == 0
    assert runs["1"]["done"] == runs["0"]["done"] == 24
    on_worker, on_loop = _records(tmp_path / "1.jsonl"), _records(tmp_path / "0.jsonl")
    assert on_worker == on_loop
    assert all(r["agreements"] and r["grounding"] for r in on_worker.values())


def test_concurrency_bounds_the_articles_asking_not_those_having_their_records_made(
    tmp_path: Path,
) -> None:
    """At concurrency 1 the endpoint never has two articles' requests at once, though
    an article whose answers are in gives its place to the next while the worker makes
    its record (the pool's side: test_batch's
    ``test_an_article_whose_answers_are_in_gives_its_place_to_the_next``)."""
    delay = 0.02

    def slowly(request: dict[str, Any]) -> Reply:
        return dataclasses.replace(_both_passes(request), delay=delay)

    with FakeOpenAIServer(fallback=slowly) as server:
        run = _fresh(BATCH, server.base_url, TEST_KEY, "1", str(tmp_path / "o.jsonl"), "1")
        sent = list(zip(server.request_times, server.requests, strict=True))
    assert json.loads(run)["done"] == 24 and len(_records(tmp_path / "o.jsonl")) == 24
    # Each article's extraction request (the one holding its text; the documents pass
    # sends the signing's sentences, the same for every article here, and asks once).
    asked = sorted(at for at, body in sent if re.search(r"Ref \d+\.", json.dumps(body)))
    assert len(asked) == 24
    overlaps = [(a, b) for a, b in itertools.pairwise(asked) if b < a + delay * 0.9]
    assert overlaps == [], "an article asked while another's request was unanswered"


def _job(**changed: Any) -> RecordJob:
    """The sample article's job: its answers to both passes."""
    fields: dict[str, Any] = {
        "text": SAMPLE_ARTICLE,
        "lead": 0,
        "published": None,
        "source": "sample",
        "chunks": [
            ChunkAnswers(
                ExtractionDraft.model_validate(SAMPLE_ANSWER),
                SignedDocuments.model_validate(DOCUMENTS),
                [],
            )
        ],
        "usage": Usage(),
        "answered_by": ["test-model"],
        "strict": True,
        "provenance": Provenance(
            model="test-model",
            endpoint="test",
            mode="tools",
            prompts_sha256="0" * 64,
            schema_version="1",
            coopllm_version="0",
        ),
    }
    return RecordJob(**{**fields, **changed})


LOST = """
    import asyncio, multiprocessing, os, signal, sys
    sys.path.insert(0, sys.argv[1])
    from test_workers import _job
    from coopllm.making import make_record
    from coopllm.workers import RecordMakers

    async def main():
        makers = RecordMakers(1)
        assert makers.running == 1
        first = await makers.make(_job(source="first"))
        (worker,) = multiprocessing.active_children()
        os.kill(worker.pid, signal.SIGKILL)
        worker.join()
        made = await asyncio.gather(*(makers.make(_job(source=f"s{i}")) for i in range(5)))
        assert [r.source for r in made] == [f"s{i}" for i in range(5)]
        assert made[0] == make_record(_job(source="s0"))
        assert first == make_record(_job(source="first"))
        print("running", makers.running)
        makers.close()

    asyncio.run(main())
"""


def test_a_worker_killed_loses_no_record(tmp_path: Path) -> None:
    out = _fresh(LOST, str(Path(__file__).parent))
    assert out.strip() == "running 0"  # the loop made the rest


RAISED = """
    import asyncio, multiprocessing, sys
    sys.path.insert(0, sys.argv[1])
    from test_workers import _job
    from coopllm.workers import RecordMakers

    async def main():
        makers = RecordMakers(1)
        try:
            await makers.make(_job(chunks=[]))  # no chunk: nothing to make a record of
        except IndexError as exc:
            print("raised", type(exc).__name__)
        made = await makers.make(_job())
        print("then", made.source, makers.running, len(multiprocessing.active_children()))
        makers.close()
        print("closed", len(multiprocessing.active_children()))

    asyncio.run(main())
"""


def test_an_error_on_a_worker_is_raised_as_on_the_loop_and_the_worker_goes_on(
    tmp_path: Path,
) -> None:
    with pytest.raises(IndexError):
        make_record(_job(chunks=[]))  # what the loop raises
    lines = _fresh(RAISED, str(Path(__file__).parent)).splitlines()
    assert lines == ["raised IndexError", "then sample 1 1", "closed 0"]


def test_no_worker_is_forked_from_a_process_with_another_thread() -> None:
    waiting = threading.Event()
    other = threading.Thread(target=waiting.wait)
    other.start()
    try:
        assert not fork_is_safe()

        async def made() -> tuple[int, str]:
            makers = RecordMakers(2)
            record = await makers.make(_job())
            makers.close()
            return makers.running, record.source

        assert asyncio.run(made()) == (0, "sample")  # made on the loop
    finally:
        waiting.set()
        other.join()


MANY = """
    import multiprocessing, sys
    from coopllm import ArticleExtraction, extract_many
    from coopllm.testing import SAMPLE_ARTICLE

    texts = [f"{SAMPLE_ARTICLE}\\nRef {i}." for i in range(6)]
    children = [
        (len(multiprocessing.active_children()), isinstance(outcome, ArticleExtraction))
        for outcome in extract_many(
            texts, base_url=sys.argv[1], api_key=sys.argv[2], model="test-model",
            use_cache=False, concurrency=3,
        )
    ]
    print(children, len(multiprocessing.active_children()))
"""


def test_the_sync_extract_many_makes_its_records_on_a_worker() -> None:
    """Its loop runs on a thread of its own while the caller's waits (LOOP_THREADS)."""
    with FakeOpenAIServer(fallback=_both_passes) as server:
        out = _fresh(MANY, server.base_url, TEST_KEY)
    assert out.strip() == f"{[(1, True)] * 6} 0"  # a worker while it ran, none after


UNWRITABLE = """
    import asyncio, sys
    sys.path.insert(0, sys.argv[1])
    from test_workers import _job
    from coopllm.making import make_record
    from coopllm.workers import RecordMakers

    async def main():
        makers = RecordMakers(1)
        odd = _job(source="name\\udc80.txt")
        made = await makers.make(odd)
        print(made == make_record(odd), makers.cpu == 0)
        await makers.make(_job())
        print(makers.cpu > 0, makers.running)
        makers.close()

    asyncio.run(main())
"""


def test_a_job_that_is_no_json_is_made_on_the_loop() -> None:
    """Jobs cross the pipe as JSON; a source holding a lone surrogate (a file name in
    another encoding, as ``os.fsdecode`` gives it) has none, and loses nothing."""
    lines = _fresh(UNWRITABLE, str(Path(__file__).parent)).splitlines()
    assert lines == ["True True", "True 1"]
