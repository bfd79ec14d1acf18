"""The public entry points: ``extract``, ``aextract``, ``extract_many``, ``aextract_many``.

The pipeline is written once, asynchronously; the sync functions run it on an event loop
of their own (in a worker thread when the caller already has one running, e.g. Jupyter).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import queue
import sys
import threading
import time
from collections import deque
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
)
from dataclasses import dataclass
from typing import Any, TypeVar

import openai

from coopllm.calls import answers_in, run_stop
from coopllm.errors import (
    ConfigurationError,
    CoopLLMError,
    EndpointError,
    EndpointFailingError,
    FailingServerError,
    InputError,
    InternalError,
    ModelError,
    TransportError,
    UnreachableEndpointError,
)
from coopllm.extraction import Extractor
from coopllm.inputs import ArticleInput, decode_text, row_article
from coopllm.schema import ArticleExtraction, Usage
from coopllm.settings import Settings, make_settings
from coopllm.workers import MANY_THREAD, SYNC_THREAD

T = TypeVar("T")

ItemLike = str | bytes | ArticleInput | tuple[str, str] | tuple[str, str, Any] | Mapping[str, Any]
"""What ``extract_many`` accepts: text (UTF-8 bytes too), ``ArticleInput``,
``(source, text)`` or ``(source, text, published)``, or a JSONL-style mapping with
``source``, ``text`` and optionally ``published`` (a date or an ISO date string)."""


@dataclass(frozen=True)
class ExtractionFailure:
    """One article that could not be extracted, with the typed error that says why."""

    source: str
    error: CoopLLMError
    text_sha256: str = ""
    """The article's text hash, as in records: with ``source``, the key resume retries by."""
    usage: Usage | None = None
    """Tokens spent on the article before it failed (re-asks of an invalid answer cost)."""

    @property
    def code(self) -> str:
        """A stable machine-readable reason, e.g. ``offline_miss``."""
        return self.error.code


Outcome = ArticleExtraction | ExtractionFailure


async def make_extractor(
    settings: Settings, client: openai.AsyncOpenAI | None = None, *, batch: bool = False
) -> Extractor:
    """An ``Extractor``; for the local backend it starts (or reuses) the managed server.
    A ``batch``'s makes its records on ``settings.record_workers`` processes."""
    if settings.backend == "local" and not settings.offline and client is None:
        from coopllm.local import ensure_server  # optional extra: import only when used

        base_url = await asyncio.to_thread(ensure_server)
        settings = settings.merged(base_url=base_url)
    workers = settings.record_workers if batch else 0
    return Extractor(settings, client=client, record_workers=workers)


async def aextract(
    text: str | bytes,
    *,
    source: str | None = None,
    published: dt.date | str | None = None,
    model: str | None = None,
    client: openai.AsyncOpenAI | None = None,
    settings: Settings | None = None,
    **options: Any,
) -> ArticleExtraction:
    """Extract the agreements of one article (async). ``options`` are ``Settings`` fields."""
    resolved = make_settings(settings, model=model, **options)
    extractor = await make_extractor(resolved, client)
    try:
        return await extractor.extract(text, source=source, published=published)
    finally:
        if client is None:
            await extractor.aclose()


def extract(
    text: str | bytes,
    *,
    source: str | None = None,
    published: dt.date | str | None = None,
    model: str | None = None,
    client: openai.AsyncOpenAI | None = None,
    settings: Settings | None = None,
    **options: Any,
) -> ArticleExtraction:
    """Extract the agreements of one article. ``options`` are ``Settings`` fields.

    >>> record = extract(open("article.txt").read(), source="article.txt")  # doctest: +SKIP
    """
    return run_sync(
        lambda: aextract(
            text,
            source=source,
            published=published,
            model=model,
            client=client,
            settings=settings,
            **options,
        )
    )


def as_input(item: object, position: int) -> ArticleInput:
    """Normalise one of the accepted item shapes; any other is the item's error row (a
    wrong item stopped the whole run with a raw ``AttributeError``, the outcomes of the
    articles already in flight lost)."""
    where = f"item-{position}"
    if isinstance(item, ArticleInput):
        return item
    if isinstance(item, str):
        return ArticleInput(where, item)
    if isinstance(item, bytes):
        try:
            return ArticleInput(where, decode_text(item))
        except InputError as exc:
            return ArticleInput(where, "", None, exc)
    if isinstance(item, tuple) and len(item) in (2, 3):  # (source, text[, published])
        return row_article(dict(zip(("source", "text", "published"), item, strict=False)), where)
    if isinstance(item, Mapping):
        return row_article(item, where)
    error = InputError(
        f"{where}: an item is a text, bytes, an ArticleInput, a (source, text[, published]) "
        f"tuple or a mapping, not {type(item).__name__}"
    )
    return ArticleInput(where, "", None, error)


def _check_items(items: object) -> None:
    """Refuse one article given as the items: a string iterates by character, and each
    character was extracted, and billed, as an article."""
    if isinstance(items, (str, bytes, Mapping, ArticleInput)):
        raise ConfigurationError(
            f"extract_many takes an iterable of articles, not one {type(items).__name__}: "
            "extract() takes one article"
        )


Work = Callable[[ArticleInput], Awaitable[Outcome]]
"""What a batch does with one article (``extract_one``): an outcome, never an exception."""


def extract_one(extractor: Extractor) -> Work:
    """The normal path as a ``Work``: typed errors become ``ExtractionFailure``."""

    async def work(article: ArticleInput) -> Outcome:
        def failed(error: CoopLLMError) -> ExtractionFailure:
            return ExtractionFailure(article.source, error, article.text_sha256, error.usage)

        if article.error is not None:
            return failed(article.error)
        try:
            return await extractor.extract(
                article.text, source=article.source, published=article.published
            )
        except CoopLLMError as exc:
            return failed(exc)
        except Exception as exc:  # a bug must cost one article, never the whole batch
            said = extractor.settings.scrub(f"{type(exc).__name__}: {exc}")
            return failed(InternalError(said))

    return work


class _Pool:
    """Articles in flight, started from the tasks' own completion callbacks.

    A finished article starts the next one at once, not when the consumer asks for the
    next outcome: the consumer writes records (a disk sync each), and coupling the two
    would leave slots idle while it writes. At most ``concurrency`` articles ask the
    endpoint at once: an article whose answers are all in (it calls
    :func:`~coopllm.calls.answers_are_in`) gives its place to the next while its record is
    made, on a record worker beside the loop. At most ``2 * concurrency`` are held (asking,
    having their records made, or finished but not yet consumed), so a slow consumer, or in
    ordered mode a slow head article, bounds memory.

    With ``read_aside`` the articles are read on a thread of their own (:class:`_ReadAside`),
    one at a time as there is room, for an input whose reads wait on a writer.
    """

    def __init__(
        self, work: Work, articles: Iterable[ArticleInput], concurrency: int, *, read_aside: bool
    ) -> None:
        self.work = work
        self.source = iter(articles)
        self.concurrency = concurrency
        self.asking = 0  # articles started that have not said their answers are in
        self.held: deque[asyncio.Task[Outcome]] = deque()  # in start order
        self.finished: deque[asyncio.Task[Outcome]] = deque()  # in finish order, a subset
        self.changed = asyncio.Event()
        self.input_error: BaseException | None = None
        self.closed = False
        self.reading = False  # an article is being read aside
        self._aside = _ReadAside(self.source, self._on_read) if read_aside else None

    def _room(self) -> bool:
        return self.asking < self.concurrency and len(self.held) < 2 * self.concurrency

    def start_more(self) -> None:
        if self._aside is not None:
            if not (self.closed or self.reading or self._aside.ended) and self._room():
                self.reading = True
                self._aside.ask()
            return
        while not self.closed and self._room():
            try:
                article = next(self.source, None)
            except Exception as exc:  # raised by the input iterator: the consumer re-raises
                self._failed_input(exc)
                return
            if article is None:
                return
            self._start(article)

    def _on_read(self, read: ArticleInput | Exception | None) -> None:
        """An article read aside (None: the input ended), on the event loop."""
        self.reading = False
        if isinstance(read, Exception):
            self._failed_input(read)
            return
        if read is not None and not self.closed:
            self._start(read)
            self.start_more()
        self.changed.set()

    def _failed_input(self, exc: Exception) -> None:
        self.input_error = exc
        self.changed.set()

    def _start(self, article: ArticleInput) -> None:
        place = _Place(self)
        task = asyncio.ensure_future(self._asked(article, place))
        task.add_done_callback(functools.partial(self._on_done, place))
        self.held.append(task)

    async def _asked(self, article: ArticleInput, place: _Place) -> Outcome:
        answers_in.set(place.free)  # in this task's own context only
        return await self.work(article)

    def _on_done(self, place: _Place, task: asyncio.Task[Outcome]) -> None:
        place.free()  # when the work never said so: it failed, or was cancelled, or no pool's
        self.finished.append(task)
        self.start_more()
        self.changed.set()

    def next_ready(self, ordered: bool) -> asyncio.Task[Outcome] | None:
        """The task to hand out now, or None when it has not finished yet."""
        if ordered:  # finished means its callback has run, not merely done()
            head = self.held[0]
            return head if head in self.finished else None
        return self.finished[0] if self.finished else None

    def release(self, task: asyncio.Task[Outcome]) -> None:
        self.held.remove(task)
        self.finished.remove(task)
        self.start_more()

    async def wait(self) -> None:
        """Until something changed. Waiting only on the input (stdin whose writer is slow,
        or gone quiet), a halted run stops waiting: ``RunStoppedError``, the input perhaps
        not at its end."""
        self.changed.clear()
        stop = run_stop.get()
        if self.held or stop is None:
            await self.changed.wait()
            return
        await stop.unless_halted(self.changed.wait)

    def cancel(self) -> None:
        self.closed = True
        for task in self.held:
            task.cancel()
        if self._aside is not None:
            self._aside.close()


class _Place:
    """An article's place among those asking the endpoint, given up once."""

    def __init__(self, pool: _Pool) -> None:
        self._pool: _Pool | None = pool
        pool.asking += 1

    def free(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.asking -= 1
            pool.start_more()


class _ReadAside:
    """Reads articles on a daemon thread of its own, one each time it is asked, and hands
    each to ``deliver`` on the event loop (None when the input ended, the exception when
    reading raised).

    A read from stdin, or a named pipe, waits for its writer: on the event loop that wait
    held up every article in flight (no record written, no Ctrl-C heard) until the writer's
    next line. The reading iterator runs on the thread, and so does what the caller
    wrapped around it. The thread is a daemon: one still waiting for a writer when the run
    ends (a Ctrl-C) does not keep the process alive.
    """

    def __init__(
        self,
        source: Iterator[ArticleInput],
        deliver: Callable[[ArticleInput | Exception | None], None],
    ) -> None:
        self._loop = asyncio.get_running_loop()
        self._source = source
        self._deliver = deliver
        self._asks: queue.SimpleQueue[bool] = queue.SimpleQueue()  # True: read one; False: end
        self.ended = False
        threading.Thread(target=self._serve, name="coopllm-input", daemon=True).start()

    def ask(self) -> None:
        """Read the next article."""
        self._asks.put(True)

    def close(self) -> None:
        """Read nothing more (a read under way still ends, and is not handed on)."""
        self.ended = True
        self._asks.put(False)

    def _serve(self) -> None:
        while self._asks.get():
            read: ArticleInput | Exception | None
            try:
                read = next(self._source, None)
            except Exception as exc:  # the consumer re-raises it
                read = exc
            if self.ended:
                return
            try:
                self._loop.call_soon_threadsafe(self._handed, read)
            except RuntimeError:  # the loop is closed: the run is over
                return
            if not isinstance(read, ArticleInput):
                return

    def _handed(self, read: ArticleInput | Exception | None) -> None:
        if self.ended:
            return
        if not isinstance(read, ArticleInput):
            self.ended = True
        self._deliver(read)


async def run_bounded(
    work: Work,
    articles: Iterable[ArticleInput],
    *,
    concurrency: int,
    ordered: bool,
    read_aside: bool = False,
) -> AsyncGenerator[Outcome, None]:
    """At most ``concurrency`` articles asking the endpoint at once (see :class:`_Pool`);
    input is consumed lazily. Closing the
    iterator early (Ctrl-C, an error while writing) cancels what is still in flight.

    ``read_aside`` reads the input on a thread (:class:`_ReadAside`): for stdin or a pipe,
    whose reads wait on a writer. Then a run halted (:data:`~coopllm.calls.run_stop`)
    while only the input is awaited raises ``RunStoppedError``: the input may hold more."""
    pool = _Pool(work, articles, concurrency, read_aside=read_aside)
    pool.start_more()
    try:
        while pool.held or pool.input_error or pool.reading:
            if pool.input_error is not None:
                raise pool.input_error
            task = pool.next_ready(ordered) if pool.held else None
            if task is None:
                await pool.wait()
                continue
            pool.release(task)
            yield task.result()
    finally:
        pool.cancel()


class EndpointWatch:
    """Stops a run whose endpoint keeps failing articles for reasons of its own.

    A wrong key, a model name the endpoint does not have, or a server that is down fails
    every article alike: going on would only turn a whole archive into error rows (at
    every retry's wait, for a server that is down). ``limit`` such failures in a row,
    with no other outcome between them, raise :class:`EndpointFailingError`; 0 never
    does. A record, or a failure of the article's own, starts the count again.

    A refusal (key, model) does not heal by waiting, and neither does an endpoint that
    has not answered once in this run (a wrong address, a server not started). But one
    that answered and then cannot be reached may be restarting, and one that answers 5xx
    to every try may fail only some articles (a backend that crashes on them: a review's
    find): either stops the run only when it has failed articles for ``grace`` seconds in
    a row, so that an overnight run
    outlives a short outage, and does not spend the night writing error rows after a
    long one.
    """

    @classmethod
    def of(cls, settings: Settings) -> EndpointWatch:
        """The watch the settings ask for (``stop_after_endpoint_failures``,
        ``outage_grace_seconds``)."""
        return cls(settings.stop_after_endpoint_failures, settings.outage_grace_seconds)

    def __init__(self, limit: int, grace: float) -> None:
        self._limit = limit
        self._grace = grace
        self._in_a_row = 0
        self._since = 0.0  # when the failures in a row began
        self._answered = False

    def see(self, outcome: Outcome) -> None:
        """Count ``outcome``; raise when the endpoint is failing beyond doubt."""
        error = outcome.error if isinstance(outcome, ExtractionFailure) else None
        if not isinstance(error, EndpointError):
            self._in_a_row = 0
            self._answered = self._answered or _endpoint_answered(outcome)
            return
        if self._in_a_row == 0:
            self._since = time.monotonic()
        self._in_a_row += 1
        if self._limit and self._in_a_row >= self._limit and self._for_good(error):
            raise EndpointFailingError(self._in_a_row, error)

    def _for_good(self, error: EndpointError) -> bool:
        outage = time.monotonic() - self._since >= self._grace
        if isinstance(error, FailingServerError):
            return outage  # it answers: a few articles it fails may be theirs (a 500 each)
        return not isinstance(error, UnreachableEndpointError) or not self._answered or outage


def _endpoint_answered(outcome: Outcome) -> bool:
    """Whether the endpoint answered for this outcome: a record not from the cache, or a
    failure in what it answered (invalid, cut off, a 400 for the article). Not an input
    error (nothing was sent) nor a transport fault (no answer, or a 5xx)."""
    if isinstance(outcome, ExtractionFailure):
        return isinstance(outcome.error, ModelError) and not isinstance(
            outcome.error, TransportError
        )
    return not outcome.usage.cached


async def aextract_many(
    items: Iterable[ItemLike],
    *,
    concurrency: int = 4,
    ordered: bool = True,
    model: str | None = None,
    client: openai.AsyncOpenAI | None = None,
    settings: Settings | None = None,
    **options: Any,
) -> AsyncIterator[Outcome]:
    """Extract many articles; one failing article yields an ``ExtractionFailure``.

    An endpoint that fails articles for reasons of its own (a key refused, no such
    model, a server down) stops the iteration with ``EndpointFailingError`` once those
    failures have been yielded, as it stops a batch (:class:`EndpointWatch`; the
    ``stop_after_endpoint_failures`` setting, 0 never stops): a loop over an archive must
    not turn it all into failures, each after every retry's wait.
    """
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ConfigurationError(
            f"concurrency must be a whole number of at least 1, not {concurrency!r}"
        )
    _check_items(items)
    resolved = make_settings(settings, model=model, **options)
    extractor = await make_extractor(resolved, client, batch=True)
    articles = (as_input(item, n) for n, item in enumerate(items))
    watch = EndpointWatch.of(resolved)
    work = run_bounded(extract_one(extractor), articles, concurrency=concurrency, ordered=ordered)
    try:
        async with contextlib.aclosing(work) as outcomes:  # closed, in flight cancelled, on a stop
            async for outcome in outcomes:
                yield outcome
                watch.see(outcome)
    finally:
        extractor.makers.close()  # the caller's client stays open, the workers do not
        if client is None:
            await extractor.aclose()


def extract_many(
    items: Iterable[ItemLike],
    *,
    concurrency: int = 4,
    ordered: bool = True,
    model: str | None = None,
    settings: Settings | None = None,
    **options: Any,
) -> Generator[Outcome, None, None]:
    """Sync twin of :func:`aextract_many` (runs its event loop in a worker thread).

    Leaving a ``for`` loop over it early cancels the articles in flight; an iterator kept
    in a variable is left by its ``close()`` (or ``contextlib.closing``)."""
    return iterate_sync(
        lambda: aextract_many(
            items,
            concurrency=concurrency,
            ordered=ordered,
            model=model,
            settings=settings,
            **options,
        )
    )


def run_sync(factory: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine to completion from sync code, with or without a running loop."""

    async def main() -> T:
        return await factory()

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        in_a_loop = False
    else:
        in_a_loop = True
    if not in_a_loop:  # run outside the except block: its errors are not chained to this one
        return asyncio.run(main())
    box: list[T] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            box.append(asyncio.run(main()))
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=worker, name=SYNC_THREAD)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
    return box[0]


_DONE = object()


@dataclass(frozen=True)
class _Pump:
    """The worker thread's loop and the task that takes items for the caller."""

    loop: asyncio.AbstractEventLoop
    task: asyncio.Task[None]
    wanted: asyncio.Event

    def ask(self) -> None:
        """Take the next item."""
        self.loop.call_soon_threadsafe(self.wanted.set)

    def stop(self) -> None:
        """Cancel what is in flight."""
        with contextlib.suppress(RuntimeError):  # its loop has already ended
            self.loop.call_soon_threadsafe(self.task.cancel)


def iterate_sync(factory: Callable[[], AsyncIterator[T]]) -> Generator[T, None, None]:
    """Iterate an async iterator from sync code; its loop runs in a worker thread.

    The thread takes an item only when the caller asks for the next one. An iterator the
    caller holds in a variable and leaves unclosed (``break``, the variable kept) then
    waits where it is: it took 64 outcomes ahead into a buffer, articles paid for that
    nobody would read, and its thread, blocked on the full buffer, kept the interpreter
    from exiting. Leaving a loop that closes the iterator (``for ... in extract_many``,
    ``close()``, an exception in a ``with closing``) cancels the work still in flight
    and waits for the thread: nothing goes on calling the API for results nobody reads.
    """
    results: queue.SimpleQueue[object] = queue.SimpleQueue()
    pumps: queue.SimpleQueue[_Pump] = queue.SimpleQueue()

    async def pump() -> None:
        task = asyncio.current_task()
        assert task is not None  # pump always runs as asyncio.run's main task
        wanted = asyncio.Event()
        pumps.put(_Pump(asyncio.get_running_loop(), task, wanted))
        try:
            items = factory()
            while True:
                await wanted.wait()
                wanted.clear()
                results.put(await anext(items))
        except (StopAsyncIteration, asyncio.CancelledError):
            pass  # the end, or the consumer stopped early and asked for this
        except BaseException as exc:
            results.put(exc)
        finally:
            results.put(_DONE)

    thread = threading.Thread(target=lambda: asyncio.run(pump()), name=MANY_THREAD, daemon=True)
    thread.start()
    pumping = pumps.get()
    done = False
    try:
        while not done:
            pumping.ask()
            item = results.get()
            done = item is _DONE or isinstance(item, BaseException)  # either is its last
            if isinstance(item, BaseException):
                raise item
            if not done:
                yield item  # type: ignore[misc]
    finally:
        if not sys.is_finalizing():  # closed as the interpreter exits, its thread is gone
            _stop_pump(pumping, results, thread, done=done)


def _stop_pump(
    pumping: _Pump, results: queue.SimpleQueue[object], thread: threading.Thread, *, done: bool
) -> None:
    """Cancel the pump's work when its items are not all taken; wait for its thread."""
    if not done:
        pumping.stop()
        while results.get() is not _DONE:  # until it has stopped
            pass
    thread.join()
