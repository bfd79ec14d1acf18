"""Batch-engine benchmarks against the local fake OpenAI server (no model, no network).

    python benchmarks/batch.py [overhead] [cache] [concurrency] [faults] [scale] [pages]
                               [walk] [--scale 1.0]
                               [--no-gc-settle]

Each prints what it measured next to its anchor, in the same run:
  overhead     N extractions, zero-latency server: coopllm vs the raw openai client
               sending the very same request body (target ratio <= 1.15)
  cache        N cache hits (target <= 1 ms per article); then hits on our example
               articles, with the record memo and with their records made again
  concurrency  N articles, 100 ms server latency, concurrency 32: wall vs ideal N*L/C
               (target <= 1.10x), beside a naive asyncio.gather over instructor and the
               raw openai client alone (the floor) and spending coopllm's CPU per article,
               and aiohttp alone (the floor under the SDK); coopllm and the two raw-client
               arms take turns in three rounds, medians compared, with coopllm and the raw
               client at one request an article (the documents pass off) and coopllm
               making its records on the loop (no record worker); coopllm's arms each run
               in a fresh interpreter, timed from its first article as the others are
               from their client made (its start-up printed apart); the others run once,
               and so do coopllm and the raw client at 500 ms, concurrency 64
  faults       N articles, 10% injected faults of every kind: records and duplicates
  scale        N = 100,000 articles through the CLI, 2% faults, SIGKILLed a third of the
               way and run again, then once more to retry the failed: records,
               duplicates, peak memory (only when named)
  pages        N = 500 saved news pages through the CLI, run twice, with the cache (its
               memo of pages) and without: what a resume spends reading pages again
               (only when named)
  walk         N = 200,000 text files: finding the articles and counting them, before
               the first is read (only when named)
``--scale`` shrinks N for a quick look (the README numbers use 1.0). ``--no-gc-settle``
runs without the CLI's ``settle_gc()``, to see what it buys.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Protocol, cast

import aiohttp
import instructor
import instructor.core.exceptions
import openai
from openai.types.chat import ChatCompletion
from pydantic import SecretStr

from coopllm.api import make_extractor
from coopllm.batch import GC_YOUNG_OBJECTS, run_batch, settle_gc
from coopllm.extraction import Extractor
from coopllm.inputs import ArticleInput
from coopllm.schema import ExtractionDraft
from coopllm.settings import Settings
from coopllm.testing import (
    SAMPLE_ANSWER,
    SAMPLE_ARTICLE,
    FakeOpenAIServer,
    FaultPlan,
    Reply,
    completion,
)


class Served(Protocol):
    """A fake server as the arms use it: by its URL (in this process, or in its own)."""

    @property
    def base_url(self) -> str: ...


def articles(n: int) -> list[ArticleInput]:
    """Distinct articles (distinct cache keys), same shape."""
    return [ArticleInput(f"a{i:06d}", f"{SAMPLE_ARTICLE}\nRef {i}.") for i in range(n)]


def settings_for(server: Served, cache: Path, **extra: Any) -> Settings:
    return Settings(
        base_url=server.base_url, api_key=SecretStr("bench"), model="bench-model", cache_dir=cache,
        requests_per_minute=0, tokens_per_minute=0, **extra,  # no client-side limits
    )  # fmt: skip


DOCUMENTS = {"documents": [{"title": "cooperation agreement", "signers": ["Mara Quill"]}]}


def good(request: dict[str, Any]) -> dict[str, Any]:
    """The right answer for whichever pass asks (coopllm makes two calls per article)."""
    tool = (request.get("tool_choice") or {}).get("function", {}).get("name")
    if tool == "SignedDocuments":
        return completion(DOCUMENTS, tool_name=tool)
    return completion(SAMPLE_ANSWER)


Stack = tuple[str, str]
"""(HTTP transport, SDK call) of a raw-client anchor."""
DEFAULTS: Stack = ("httpx", "create")
COOPLLMS: Stack = ("aiohttp", "post")
STACKS: list[Stack] = [DEFAULTS, ("aiohttp", "create"), COOPLLMS]
"""The SDK as a user gets it; one change; both of coopllm's changes (its own stack)."""


def raw_label(stack: Stack) -> str:
    return f"raw openai client ({stack[0]}, {stack[1]})"


class RawClient:
    """The anchor: the openai client sending coopllm's request bodies, nothing else."""

    def __init__(self, base_url: str, stack: Stack) -> None:
        http = openai.DefaultAioHttpClient(timeout=60) if stack[0] == "aiohttp" else None
        self.post = stack[1] == "post"
        self.client = openai.AsyncOpenAI(
            base_url=base_url, api_key="bench", max_retries=0, timeout=STALL_TIMEOUT,
            http_client=http,
        )  # fmt: skip

    async def send(self, body: dict[str, Any]) -> ChatCompletion:
        if self.post:
            return await self.client.post("/chat/completions", body=body, cast_to=ChatCompletion)
        return cast(ChatCompletion, await self.client.chat.completions.create(**body))


OURS = "coopllm extract"
BATCH_OF_ONE = "coopllm batch, concurrency 1"
WARM = 20
"""Articles the batch arm's fresh interpreter runs before its timed ones, as the other
arms were warmed by a first request (a batch's first records wait on its new worker's
one-time work, such as dateparser's)."""
ROUNDS = 10
"""The overhead arms take turns in this many rounds, so that the machine's drift (its
speed moves by tens of percent within minutes) falls on every arm alike."""


async def bench_overhead(n: int, tmp: Path) -> None:
    bodies = await article_bodies(tmp)
    items = iter(articles(n))
    with server_process(0.0) as server:
        raws = {stack: RawClient(server.base_url, stack) for stack in STACKS}
        extractor = Extractor(settings_for(server, tmp / "o", use_cache=False))

        async def raw_article(raw: RawClient) -> None:  # bodies go together, as coopllm's do
            await asyncio.gather(*(raw.send(body) for body in bodies))

        async def coopllm_article() -> None:
            item = next(items)
            await extractor.extract(item.text, source=item.source)

        arms: dict[str, Callable[[], Awaitable[None]]] = {
            **{raw_label(stack): partial(raw_article, raw) for stack, raw in raws.items()},
            OURS: coopllm_article,
        }
        spent = dict.fromkeys([*arms, BATCH_OF_ONE], 0.0)
        setups: list[float] = []
        await extractor.extract(SAMPLE_ARTICLE, source="warm")
        for raw in raws.values():
            await raw.send(bodies[0])
        for turn in range(ROUNDS):
            share = n // ROUNDS + (1 if turn < n % ROUNDS else 0)
            for label, one_article in arms.items():
                started = time.perf_counter()
                for _ in range(share):
                    await one_article()
                spent[label] += time.perf_counter() - started
            batch = _coopllm_batch(server, articles(share), 1, tmp, warm=WARM)  # fresh interpreter
            assert batch.records == share
            spent[BATCH_OF_ONE] += batch.wall - batch.setup
            setups.append(batch.setup)
        for raw in raws.values():
            await raw.client.close()
        await extractor.aclose()
    print(f"overhead: {n} articles in sequence, {len(bodies)} requests each (sent together), "
          f"zero-latency server (own process), arms taking turns in {ROUNDS} rounds")  # fmt: skip
    notes = {OURS: " (Extractor.extract, one call after another)",
             BATCH_OF_ONE: f" (run_batch, one article asking at a time, its record made on "
                           f"the worker meanwhile; each round's start and "
                           f"{WARM} articles, median {statistics.median(setups) * 1000:.0f} ms, "
                           "left out)"}  # fmt: skip
    for label, seconds in spent.items():
        note = notes.get(label, " (same bodies)")
        print(f"  {label:36s} {seconds / n * 1000:6.2f} ms/article{note}")
    for label in (OURS, BATCH_OF_ONE):
        ours = spent[label]
        print(
            f"  {label}: ratio to the default client {ours / spent[raw_label(DEFAULTS)]:4.2f} "
            f"(target <= 1.15), to coopllm's own stack {ours / spent[raw_label(COOPLLMS)]:4.2f}"
        )


async def bench_cache(n: int, tmp: Path) -> None:
    with FakeOpenAIServer(fallback=lambda p: Reply(good(p))) as server:
        settings = settings_for(server, tmp / "c")
        items = articles(n)
        await run_batch(items, settings, out=tmp / "c.jsonl", errors=None, concurrency=16)
        sent = len(server.requests)
        extractor = Extractor(settings)
        started = time.perf_counter()
        for item in items:
            record = await extractor.extract(item.text, source=item.source)
            assert record.usage.cached
        seconds = time.perf_counter() - started
        await extractor.aclose()
        assert len(server.requests) == sent, "a cache hit sent a request"
    print(f"cache: {n} hits, sequential: {seconds / n * 1000:.3f} ms/article (target <= 1 ms)")
    await bench_cache_examples(max(1, n // 500), tmp)


EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


async def bench_cache_examples(rounds: int, tmp: Path) -> None:
    """Hits on our example articles (news-sized, English and Chinese), replayed from the
    recordings: each article's median over ``rounds``, with the record memo and with the
    records made again from the cached answers (the memo off: what a hit cost before)."""
    paths = sorted(EXAMPLES.glob("*.txt"))
    texts = [(path.name, path.read_text(encoding="utf-8")) for path in paths]
    settings = Settings(offline=True, cache_dir=tmp / "examples", documents_pass=True)
    medians: dict[str, list[float]] = {}
    for arm in ("with the record memo", "records made again"):
        extractor = Extractor(settings)
        if arm == "records made again":
            extractor.records = None
        took: dict[str, list[float]] = {name: [] for name, _ in texts}
        for _ in range(rounds + 1):  # the first round asks or makes what the others hit
            for name, text in texts:
                started = time.perf_counter()
                record = await extractor.extract(text, source=name)
                took[name].append(time.perf_counter() - started)
        assert record.usage.cached
        await extractor.aclose()
        medians[arm] = [statistics.median(times[1:]) * 1000 for times in took.values()]
    print(
        f"cache: our {len(texts)} example articles ({min(len(t) for _, t in texts):,}-"
        f"{max(len(t) for _, t in texts):,} characters), hits, median of {rounds} each, "
        "mean over the articles:"
    )
    for arm, values in medians.items():
        print(f"  {arm:24s} {statistics.mean(values):.3f} ms/article "
              f"(from {min(values):.3f} to {max(values):.3f})")  # fmt: skip


STALL_TIMEOUT = 10.0
"""The httpx-based anchors now and then leave a request unread until its read timeout
(the event loop idles while the answer sits in the socket; httpcore's pool, cf.
encode/httpcore#1110). Such a request is counted, sent once more, and its wait is kept
in the anchor's wall time."""
stalls: dict[str, int] = {}


async def once_more_on_stall(name: str, send: Callable[[], Awaitable[Any]]) -> None:
    try:
        await send()
    except (openai.APITimeoutError, instructor.core.exceptions.InstructorRetryException):
        stalls[name] = stalls.get(name, 0) + 1
        await send()


async def naive_gather(server: Served, items: list[ArticleInput], c: int) -> float:
    sdk = openai.AsyncOpenAI(
        base_url=server.base_url, api_key="bench", max_retries=0, timeout=STALL_TIMEOUT
    )
    client = instructor.from_openai(sdk)
    gate = asyncio.Semaphore(c)

    async def one(item: ArticleInput) -> None:
        async with gate:
            await once_more_on_stall("naive gather", lambda: client.create(
                model="bench-model", response_model=ExtractionDraft,
                messages=[{"role": "user", "content": item.text}],
            ))  # fmt: skip

    started = time.perf_counter()
    await asyncio.gather(*(one(item) for item in items))
    took = time.perf_counter() - started
    # Closed, not left to the garbage collector. Left open, the next arm's connections
    # that were given its sockets' old file numbers were never read: the event loop no
    # longer watched them, and their answers sat in the sockets until the 180 s read
    # timeout (23x the ideal, in every run). Our reading: its transports, finalised
    # later, took those numbers off the loop's watch list as their own.
    await sdk.close()
    return took


def _serve(latency: float, fault_rate: float, conn: Connection) -> None:
    """Child process: run the fake server until the parent closes the pipe."""
    plan = FaultPlan(answer=good, rate=fault_rate, seed=7, timeout_seconds=1.5)
    fallback = plan if fault_rate else reply_good
    with FakeOpenAIServer(fallback=fallback, latency=latency) as server:
        conn.send(server.base_url)
        with contextlib.suppress(EOFError):
            while conn.recv() == "cpu":  # the parent asks what serving has cost so far
                conn.send(time.process_time())


def reply_good(request: dict[str, Any]) -> Reply:
    return Reply(good(request))


@contextlib.contextmanager
def server_process(latency: float, fault_rate: float = 0.0) -> Iterator[_Remote]:
    """The fake server in its own process, so that it does not share the client's GIL."""
    parent, child = multiprocessing.Pipe()
    process = multiprocessing.Process(target=_serve, args=(latency, fault_rate, child), daemon=True)
    process.start()
    url = parent.recv()
    try:
        yield _Remote(url, parent)
    finally:
        parent.close()
        process.join(timeout=5)
        process.kill()


class _Remote:
    """Stands in for a FakeOpenAIServer whose only needed attribute is its URL; one in a
    process of its own (:func:`server_process`) also tells its CPU seconds so far."""

    def __init__(self, base_url: str, conn: Connection | None = None) -> None:
        self.base_url = base_url
        self._conn = conn

    def cpu(self) -> float:
        """The server process's CPU seconds so far: on this machine it shares the cores
        with the client, as a real endpoint would not."""
        assert self._conn is not None, "only a server in its own process tells its CPU"
        self._conn.send("cpu")
        return cast(float, self._conn.recv())


async def raw_gather(base_url: str, bodies: list[dict[str, Any]], n: int, c: int, *,
                     stack: Stack, busy: float = 0.0) -> tuple[float, float]:  # fmt: skip
    """The floor of the stack: the raw openai client sending coopllm's request bodies for
    each article (both at once, as coopllm does), c articles at a time; then ``busy``
    seconds of CPU on the event loop per article. Wall and CPU seconds."""
    raw = RawClient(base_url, stack)
    gate = asyncio.Semaphore(c)

    async def one() -> None:
        async with gate:
            await asyncio.gather(
                *(once_more_on_stall(raw_label(stack), partial(raw.send, body)) for body in bodies)
            )
            spin(busy)

    started, cpu_started = time.perf_counter(), time.process_time()
    await asyncio.gather(*(one() for _ in range(n)))
    await raw.client.close()
    return time.perf_counter() - started, time.process_time() - cpu_started


async def aiohttp_gather(base_url: str, bodies: list[dict[str, Any]], n: int,
                         c: int) -> tuple[float, float]:  # fmt: skip
    """The floor under the SDK: aiohttp alone posting the same bodies (encoded once), c
    articles at a time, reading each answer and nothing more. Wall and CPU seconds."""
    encoded = [json.dumps(body).encode() for body in bodies]
    headers = {"content-type": "application/json", "authorization": "Bearer bench"}
    gate = asyncio.Semaphore(c)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:

        async def post(data: bytes) -> None:
            async with session.post(f"{base_url}/chat/completions", data=data,
                                    headers=headers) as response:  # fmt: skip
                await response.read()

        async def one() -> None:
            async with gate:
                await asyncio.gather(*(post(data) for data in encoded))

        started, cpu_started = time.perf_counter(), time.process_time()
        await asyncio.gather(*(one() for _ in range(n)))
        return time.perf_counter() - started, time.process_time() - cpu_started


def spin(seconds: float) -> None:
    """Keep the CPU busy for ``seconds``, as an article's own processing does."""
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


async def article_bodies(tmp: Path) -> list[dict[str, Any]]:
    """The request bodies coopllm sends for one article."""
    with FakeOpenAIServer(fallback=reply_good) as local:
        extractor = Extractor(settings_for(local, tmp / "b", use_cache=False))
        await extractor.extract(SAMPLE_ARTICLE, source="bodies")
        await extractor.aclose()
        return list(local.requests)


@contextlib.contextmanager
def gc_watch() -> Iterator[list[float]]:
    """The seconds of each pass of the cyclic garbage collector while the block runs."""
    passes: list[float] = []
    began = [0.0]

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began[0] = time.perf_counter()
        else:
            passes.append(time.perf_counter() - began[0])

    gc.callbacks.append(watch)
    try:
        yield passes
    finally:
        gc.callbacks.remove(watch)


CONCURRENCY_ROUNDS = 3
"""coopllm, the raw client on coopllm's stack and that client spending coopllm's CPU take
turns this many times, and the medians are compared: one run of each moved by a tenth
between runs minutes apart (the machine's drift, not the code's)."""


@dataclass
class _Round:
    """One turn of the concurrency bench's central arms: wall and client CPU seconds."""

    ours: _Arm
    served: float  # the fake server's CPU over coopllm's arm: on these same cores
    on_loop: float  # coopllm making its records on the event loop (no record worker)
    floor: float
    floor_cpu: float
    extra: float  # coopllm's own CPU per article on the loop: its CPU above the floor's
    busy: float
    busy_cpu: float
    one_pass: float  # coopllm with the documents pass off: one request an article
    one_floor: float  # the raw client sending that one body


def _coopllm_batch(server: Served, items: list[ArticleInput], c: int, tmp: Path,
                   *, documents_pass: bool = True, workers: int = 1,
                   warm: int = 0) -> _Arm:  # fmt: skip
    """coopllm's batch over ``items`` in an interpreter of its own, as a user's script or
    the CLI runs one: its record workers are forked only from a process with no other
    thread (:mod:`coopllm.workers`), which this one is not once the other arms have run
    (the event loop's resolver threads stay). With ``warm``, a batch of that many other
    articles runs first on the same extractor, counted in the arm's ``setup``."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    settled = gc.get_threshold()[0] == GC_YOUNG_OBJECTS  # this process ran settle_gc()
    args = (server.base_url, len(items), c, str(tmp / "k"), documents_pass, workers, settled,
            warm, theirs)  # fmt: skip
    process = context.Process(target=_fresh_batch, args=args)
    process.start()
    theirs.close()
    arm = cast(_Arm, ours.recv())
    process.join()
    return arm


@dataclass
class _Arm:
    """One coopllm batch: wall and CPU seconds (the event loop's process after the setup,
    the record workers'), records written, the collector's passes."""

    wall: float
    cpu: float
    worker_cpu: float
    records: int
    collections: list[float]
    setup: float  # of the wall: making the extractor (its client, its record worker), and
    # the warm-up batch when there is one

    @property
    def batch(self) -> float:
        """The wall from the first article handed to the batch to its end: the raw arms'
        clocks, too, start once their client is made (:func:`raw_gather`)."""
        return self.wall - self.setup


def _fresh_batch(url: str, n: int, c: int, cache: str, documents_pass: bool, workers: int,
                 settle: bool, warm: int, conn: Connection) -> None:  # fmt: skip
    """Child process: one coopllm batch of ``n`` articles, its :class:`_Arm` sent back."""
    if settle:
        settle_gc()  # as the CLI does before a batch (coopllm.cli.running.run_to_end)
    server = _Remote(url)
    settings = settings_for(server, Path(cache), use_cache=False, documents_pass=documents_pass,
                            record_workers=workers)  # fmt: skip
    conn.send(asyncio.run(_timed_batch(settings, articles(n), c, Path(cache), warm)))


async def _timed_batch(settings: Settings, items: list[ArticleInput], c: int, cache: Path,
                       warm: int = 0) -> _Arm:  # fmt: skip
    out = cache.parent / f"k{time.monotonic_ns()}.jsonl"
    started, cpu_started = time.perf_counter(), time.process_time()
    with gc_watch() as collections:
        extractor = await make_extractor(settings, batch=True)  # as run_batch makes it
        if warm:
            warming = [ArticleInput(f"w{i}", f"{SAMPLE_ARTICLE}\nWarm {i}.") for i in range(warm)]
            await run_batch(warming, settings, out=out.with_suffix(".warm.jsonl"), errors=None,
                            concurrency=c, extractor=extractor)  # fmt: skip
        setup = time.perf_counter() - started
        cpu_started = time.process_time()
        summary = await run_batch(items, settings, out=out, errors=None, concurrency=c,
                                  extractor=extractor)  # fmt: skip
        await extractor.aclose()
    return _Arm(time.perf_counter() - started, time.process_time() - cpu_started,
                extractor.makers.cpu, summary.done, collections, setup)  # fmt: skip


async def _round(server: _Remote, items: list[ArticleInput], bodies: list[dict[str, Any]],
                 c: int, tmp: Path) -> _Round:  # fmt: skip
    n = len(items)
    served = server.cpu()
    ours = _coopllm_batch(server, items, c, tmp)
    served = server.cpu() - served
    on_loop = _coopllm_batch(server, items, c, tmp, workers=0).batch
    gc.collect()
    floor, floor_cpu = await raw_gather(server.base_url, bodies, n, c, stack=COOPLLMS)
    extra = max(0.0, ours.cpu - floor_cpu) / n
    gc.collect()
    busy, busy_cpu = await raw_gather(server.base_url, bodies, n, c, stack=COOPLLMS, busy=extra)
    gc.collect()
    one_pass = _coopllm_batch(server, items, c, tmp, documents_pass=False).batch
    gc.collect()
    one_floor, _ = await raw_gather(server.base_url, [_main_pass(bodies)], n, c, stack=COOPLLMS)
    return _Round(ours, served, on_loop, floor, floor_cpu, extra, busy, busy_cpu, one_pass,
                  one_floor)  # fmt: skip


CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
"""The cores this process may run on: the loop, the record worker and the fake server
share them."""


def _cpu_floor(r: _Round) -> float:
    """The least wall coopllm's arm could take on :data:`CORES` cores, whatever its
    latency: the CPU seconds of its loop, its record worker and the fake server, spread
    evenly over them. A real endpoint's CPU is not the client's; here it is."""
    return (r.ours.cpu + r.ours.worker_cpu + r.served) / CORES


SLOWER = (0.5, 64)
"""Latency (s) and concurrency of the concurrency bench's last arms: nearer a real
endpoint's answer time, where the client's CPU is a smaller share of the wall."""


async def _at_a_slower_server(items: list[ArticleInput], bodies: list[dict[str, Any]],
                              tmp: Path) -> tuple[float, float]:  # fmt: skip
    """coopllm and the raw client on its stack at :data:`SLOWER`: each wall over ideal."""
    latency, c = SLOWER
    ideal = len(items) * latency / c
    with server_process(latency) as server:
        ours = _coopllm_batch(server, items, c, tmp).batch
        gc.collect()
        floor, _ = await raw_gather(server.base_url, bodies, len(items), c, stack=COOPLLMS)
    return ours / ideal, floor / ideal


def _main_pass(bodies: list[dict[str, Any]]) -> dict[str, Any]:
    """The extraction's request body among an article's (the other is the documents pass)."""
    return next(b for b in bodies if b["tool_choice"]["function"]["name"] != "SignedDocuments")


async def bench_concurrency(n: int, tmp: Path) -> None:
    latency, c = 0.1, 32
    bodies = await article_bodies(tmp)
    items = articles(n)
    with server_process(latency) as server:
        rounds = [await _round(server, items, bodies, c, tmp) for _ in range(CONCURRENCY_ROUNDS)]
        naive = await naive_gather(server, items, c)
        bare, bare_cpu = await aiohttp_gather(server.base_url, bodies, n, c)
        others = {k: await raw_gather(server.base_url, bodies, n, c, stack=k)
                  for k in STACKS if k != COOPLLMS}  # fmt: skip
    slower = await _at_a_slower_server(items, bodies, tmp)
    ideal = n * latency / c
    print(f"concurrency: {n} articles, {latency * 1000:.0f} ms latency, concurrency {c}; "
          f"coopllm, the raw client on its stack and that client spending coopllm's CPU "
          f"take turns, {len(rounds)} rounds")  # fmt: skip
    for i, r in enumerate(rounds, start=1):
        o = r.ours
        print(f"  round {i}: coopllm {o.batch / ideal:4.2f}x ({o.records} records, start-up "
              f"{o.setup * 1000:.0f} ms left out, client CPU "
              f"{o.cpu:.2f} s on the loop + {o.worker_cpu:.2f} s on the record worker, GC "
              f"{len(o.collections)} passes {sum(o.collections):.2f} s, the fake server's "
              f"CPU {r.served:.2f} s: on {CORES} cores at least {_cpu_floor(r) / ideal:4.2f}x), "
              f"records made on the "
              f"loop {r.on_loop / ideal:4.2f}x, raw "
              f"{r.floor / ideal:4.2f}x (CPU {r.floor_cpu:.2f} s), raw + CPU "
              f"{r.busy / ideal:4.2f}x ({r.extra * 1000:.2f} ms per article, CPU "
              f"{r.busy_cpu:.2f} s); one request an article: coopllm {r.one_pass / ideal:4.2f}x, "
              f"raw {r.one_floor / ideal:4.2f}x")  # fmt: skip
    ours = statistics.median(r.ours.batch for r in rounds)
    started = statistics.median(r.ours.setup for r in rounds)
    on_loop = statistics.median(r.on_loop for r in rounds)
    floor = statistics.median(r.floor for r in rounds)
    busy = statistics.median(r.busy for r in rounds)
    extra = statistics.median(r.extra for r in rounds)
    one_pass = statistics.median(r.one_pass for r in rounds)
    one_floor = statistics.median(r.one_floor for r in rounds)
    rows = [
        ("ideal N*L/C", ideal, f"coopllm's {len(bodies)} requests per article run at once"),
        ("coopllm batch", ours, "target <= 1.10x, median of the rounds (1 record worker), "
                                "from its first article"),
        ("coopllm batch's CPU floor", statistics.median(map(_cpu_floor, rounds)),
         f"its loop's, its record worker's and the fake server's CPU over {CORES} cores, "
         "median of the rounds: no schedule of that work is shorter"),
        ("coopllm batch, its start-up included", ours + started,
         f"making the extractor (its client, its record worker) in a fresh interpreter, "
         f"median {started * 1000:.0f} ms; every other arm's client is made before its "
         "clock starts"),
        ("coopllm batch, records on the loop", on_loop, "no record worker "
                                                        "(record_workers=0), median of the rounds"),
        ("naive gather", naive, "instructor, 1 request per article"),
        ("aiohttp alone, no SDK", bare, f"{len(bodies)} bodies per article, the server's and "
                                        f"the socket's floor, client CPU {bare_cpu:.2f} s"),
        *((raw_label(k), s, f"{len(bodies)} bodies per article, no processing, "
                            f"client CPU {raw_cpu:.2f} s")
          for k, (s, raw_cpu) in others.items()),
        (raw_label(COOPLLMS), floor, f"{len(bodies)} bodies per article, no processing, "
                                     "median of the rounds"),
        (f"{raw_label(COOPLLMS)} + CPU", busy,
         f"and coopllm's own CPU per article on the loop (median {extra * 1000:.2f} ms), "
         "median of the rounds"),
        ("coopllm batch, documents pass off", one_pass,
         "1 request per article, the extraction's, median of the rounds"),
        (f"{raw_label(COOPLLMS)} 1 body", one_floor,
         "the extraction's body alone, median of the rounds"),
    ]  # fmt: skip
    for label, seconds, note in rows:
        print(f"  {label:40s} {seconds:6.2f} s = {seconds / ideal:4.2f}x ideal  ({note})")
    print(f"  coopllm over the raw client on its own stack: {ours / floor:4.2f}x; "
          f"over that client doing coopllm's CPU: {ours / busy:4.2f}x")  # fmt: skip
    print(f"  at {SLOWER[0] * 1000:.0f} ms latency, concurrency {SLOWER[1]} (ideal "
          f"{n * SLOWER[0] / SLOWER[1]:.2f} s): coopllm {slower[0]:4.2f}x ideal, the raw "
          f"client on its stack {slower[1]:4.2f}x (once each)")  # fmt: skip
    if stalls:
        print(f"  requests stalled until the {STALL_TIMEOUT:.0f} s read timeout and re-sent: "
              f"{stalls}")  # fmt: skip


async def bench_faults(n: int, tmp: Path) -> None:
    plan = FaultPlan(answer=good, rate=0.10, seed=7, timeout_seconds=1.5)
    with FakeOpenAIServer(fallback=plan) as server:
        settings = settings_for(
            server, tmp / "f", use_cache=False, request_timeout=1.0, max_reasks=2,
        )  # fmt: skip
        out = tmp / "faults.jsonl"
        summary = await run_batch(articles(n), settings, out=out, errors=tmp / "f-errors.jsonl",
                                  concurrency=32)  # fmt: skip
    sources = [json.loads(line)["source"] for line in out.read_text().splitlines()]
    print(f"faults: {n} articles, 10% injected faults: {sum(plan.injected.values())} injected")
    print(f"  by kind: {dict(sorted(plan.injected.items()))}")
    print(f"  records {len(sources)}, distinct {len(set(sources))}, "
          f"duplicates {len(sources) - len(set(sources))}, failed {summary.failed}, "
          f"{summary.seconds:.1f} s")  # fmt: skip


def _lines_in(path: Path) -> int:
    with contextlib.suppress(FileNotFoundError), path.open("rb") as handle:
        return sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b""))
    return 0


async def bench_scale(n: int, tmp: Path) -> None:
    """The CLI on a whole archive: killed (SIGKILL) a third of the way, then resumed; run
    a third time, it retries the articles that failed (injected faults can fail one: two
    invalid answers in a row exhaust its one re-ask)."""
    source = tmp / "archive.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for item in articles(n):
            handle.write(json.dumps({"source": item.source, "text": item.text}) + "\n")
    out, errors = tmp / "records.jsonl", tmp / "records.errors.jsonl"
    with server_process(0.02, fault_rate=0.02) as server:
        command = [sys.executable, "-m", "coopllm", "extract", str(source), "--out", str(out),
                   "--base-url", server.base_url, "--model", "bench-model", "-c", "64"]  # fmt: skip
        env = {**os.environ, "COOPLLM_CACHE_DIR": str(tmp / "cache"),
               "COOPLLM_REQUEST_TIMEOUT": "1.0"}  # fmt: skip
        started = time.perf_counter()
        first = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
        while _lines_in(out) < n // 3 and first.poll() is None:
            await asyncio.sleep(0.5)
        first.kill()
        first.wait()
        killed, written = time.perf_counter() - started, _lines_in(out)  # whole lines only
        resumed = subprocess.run(command, env=env, stderr=subprocess.PIPE, text=True)
        total = time.perf_counter() - started
        failures = [json.loads(line) for line in _text(errors).splitlines()]
        third = subprocess.run(command, env=env, stderr=subprocess.PIPE, text=True)
    sources = [json.loads(line)["source"] for line in out.read_text().splitlines()]
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"scale: {n} articles through the CLI, 20 ms latency, 2% injected faults, "
          "concurrency 64, the server in its own process")  # fmt: skip
    print(f"  killed (SIGKILL) at {killed:.1f} s with {written} records written; the same "
          f"command again ended at {total:.1f} s (exit {resumed.returncode})")  # fmt: skip
    print(f"  its last line: {_last_line(resumed)}")
    for row in failures:
        message = " ".join(row["message"].split())[:160]
        print(f"  its error row: {row['source']}: [{row['code']}] {message}...")
    print(f"  a third time (exit {third.returncode}), its last line: {_last_line(third)}")
    print(f"  records {len(sources)}, distinct {len(set(sources))}, duplicates "
          f"{len(sources) - len(set(sources))}, error rows {_lines_in(errors)}, "
          f"peak RSS of a run {peak:.0f} MB")  # fmt: skip


def news_page(text: str) -> bytes:
    """A saved news page around ``text``, as heavy as real ones (~75 KB): menus, a
    sidebar of related stories, a footer, a script in the head."""
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line.strip())
    menu = "".join(f'<li><a href="/s/{i}">Section {i}, its headline</a></li>' for i in range(300))
    related = "".join(
        f'<div class="rel"><a href="/r/{i}">Related story {i}, another matter</a>'
        f"<span>2026-01-0{i % 9 + 1}</span></div>"
        for i in range(80)
    )
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>Agreement signed</title>
<meta property="article:published_time" content="2024-05-20T10:00:00+08:00">
<script>{"var x = 1;" * 3000}</script></head><body><header><nav><ul>{menu}</ul></nav></header>
<main><article><h1>Agreement signed</h1>{paragraphs}</article><aside>{related}</aside></main>
<footer><ul>{menu}</ul></footer></body></html>""".encode()


async def bench_pages(n: int, tmp: Path) -> None:
    """The CLI over a directory of saved pages: a first run, then the same command again
    (every article already written): with the cache, whose memo of pages spares the
    resume reading them again, and with ``--no-cache``, which reads each again."""
    pages = tmp / "pages"
    pages.mkdir()
    for item in articles(n):
        (pages / f"{item.source}.html").write_bytes(news_page(item.text))
    size = (pages / "a000000.html").stat().st_size
    print(f"pages: {n} saved news pages of {size / 1000:.0f} KB through the CLI, the server "
          "answering at once in its own process")  # fmt: skip
    with server_process(0.0) as server:
        for label, extra in (("with the cache", []), ("with --no-cache", ["--no-cache"])):
            out = tmp / f"records{len(extra)}.jsonl"
            command = [sys.executable, "-m", "coopllm", "extract", str(pages), "--out", str(out),
                       "--base-url", server.base_url, "--model", "bench-model", "-c", "32",
                       "--quiet", *extra]  # fmt: skip
            env = {**os.environ, "COOPLLM_CACHE_DIR": str(tmp / f"cache{len(extra)}")}
            walls = []
            for _ in ("first", "again"):
                started = time.perf_counter()
                subprocess.run(command, env=env, check=True)
                walls.append(time.perf_counter() - started)
            print(f"  {label:16s} first run {walls[0]:6.1f} s, the same command again "
                  f"{walls[1]:6.1f} s ({_lines_in(out)} records)")  # fmt: skip
    memo = tmp / "cache0" / "pages"
    on_disk = sum(p.stat().st_size for p in memo.rglob("*") if p.is_file())
    print(f"  the memo of pages: {on_disk / 1000:.0f} KB on disk, "
          f"{on_disk / n / 1000:.1f} KB a page")  # fmt: skip


WALK_TURNS = 3

_WALK = """
import sys, time
from coopllm.inputs import find_inputs
started = time.perf_counter()
inputs = find_inputs([sys.argv[1]])
total = inputs.count()
print(time.perf_counter() - started, total)
"""


async def bench_walk(n: int, tmp: Path) -> None:
    """What a run spends finding its articles before the first one: ``find_inputs`` and
    the count for the progress bar, over an archive of ``n`` text files, a thousand to a
    directory; each turn in a fresh interpreter, the files already in the page cache."""
    archive = tmp / "archive"
    for i in range(n):
        folder = archive / f"d{i // 1000:04d}"
        if i % 1000 == 0:
            folder.mkdir(parents=True)
        (folder / f"a{i:06d}.txt").write_bytes(b"An article.")
    print(f"walk: {n} files, {n // 1000 or 1} directories, {WALK_TURNS} turns")
    for turn in range(1, WALK_TURNS + 1):
        run = subprocess.run([sys.executable, "-c", _WALK, str(archive)], check=True,
                             capture_output=True, text=True)  # fmt: skip
        seconds, total = run.stdout.split()
        print(f"  turn {turn}: {float(seconds):.2f} s to find and count {total} articles")


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _last_line(run: subprocess.CompletedProcess[str]) -> str:
    return run.stderr.strip().splitlines()[-1]


BENCHES = {
    "overhead": (bench_overhead, 2000),
    "cache": (bench_cache, 10_000),
    "concurrency": (bench_concurrency, 1000),
    "faults": (bench_faults, 1000),
    "scale": (bench_scale, 100_000),
    "pages": (bench_pages, 500),
    "walk": (bench_walk, 200_000),
}
DEFAULT = ["overhead", "cache", "concurrency", "faults"]
"""``scale`` (about 5 minutes), ``pages`` (2) and ``walk`` (1) run only when named."""


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("which", nargs="*", default=DEFAULT, help=f"of {', '.join(BENCHES)}")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--no-gc-settle", action="store_true")
    args = parser.parse_args()
    if unknown := set(args.which) - set(BENCHES):
        parser.error(f"no benchmark named {', '.join(sorted(unknown))}")
    if len(args.which) > 1:
        # Each bench in a fresh interpreter, as a user's batch runs: run after the cache
        # bench in the same process, the concurrency bench took a third more CPU.
        for name in args.which:
            os.sync()  # no dirty pages of the bench before for this one's fsyncs to wait on
            command = [sys.executable, __file__, name, "--scale", str(args.scale)]
            command += ["--no-gc-settle"] if args.no_gc_settle else []
            subprocess.run(command, check=True)
        return
    bench, n = BENCHES[args.which[0]]
    if not args.no_gc_settle:
        # as the CLI does before a batch (coopllm.cli.running.run_to_end): every arm alike
        settle_gc()
    with tempfile.TemporaryDirectory() as scratch:
        await bench(max(1, int(n * args.scale)), Path(scratch))


if __name__ == "__main__":
    asyncio.run(main())
