"""Record-making beside the event loop: worker processes for a batch's CPU-bound half.

A batch's event loop sends requests, reads answers and writes lines; making a record
from the answers (:func:`coopllm.making.make_record`: normalising, the guard's rules,
grounding) is pure CPU, 1-2 ms an article, and at batch speed it is most of the client's
CPU. On the loop it delays every answer waiting behind it; in a process of its own it
runs on another core meanwhile (``benchmarks/batch.py concurrency``, README "Batch
engine").

Each worker is a child process joined by a pipe; the loop reads the pipe with
``add_reader``, so no thread of the parent competes with the loop for the GIL (the
standard library's ``ProcessPoolExecutor`` runs two, and cost the loop some 0.4-0.7 ms
an article in a probe, about what the work it moved saved). Nothing is lost to a worker:
a job it cannot do (its process died, or making the record raised there) is made again
on the loop, where the same code raises the same error with its real traceback.

Jobs and records cross the pipe as JSON (pydantic-core's, both ways), not pickles: a
pickled record is some forty pydantic objects rebuilt one by one in Python, 0.07-0.13 ms
on the loop against 0.04 ms to validate the same record from JSON, and a job's JSON is
written in a tenth of its pickle's time. A record is what its JSON says already: the
output line, and the record memo (:class:`coopllm.cache.RecordMemo`), are that JSON.

Workers are forked, and only where that is safe: on Linux (macOS's system libraries,
which the HTTP stack's proxy lookup loads, do not survive a fork), from a process with
no other thread (a fork copies a lock another thread holds as held). A fork is ready at
once, with coopllm already imported; a spawned worker would import it for a second or
two, and would run the caller's ``__main__`` again, which a script without an
``if __name__ == "__main__":`` guard does not survive. Where a fork is not safe, records
are made on the loop, as with no workers.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import multiprocessing
import os
import queue
import signal
import struct
import sys
import threading
import time
import warnings
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from pydantic import TypeAdapter, ValidationError
from pydantic_core import PydanticSerializationError

from coopllm.children import die_with_parent
from coopllm.dates import warm_up
from coopllm.making import RecordJob, make_record
from coopllm.schema import ArticleExtraction

log = logging.getLogger(__name__)

_JOBS = TypeAdapter(RecordJob)
_JOB_HEAD = struct.Struct("!Q")  # the job's number; its JSON follows
_REPLY_HEAD = struct.Struct("!Qd")  # the job's number, the worker's CPU seconds on it; the
# record's JSON follows, or nothing where making it raised


class RecordMakers:
    """Makes records on up to ``workers`` processes started on the running event loop,
    or on the loop itself where there are none (``workers`` 0, or a fork not safe here).
    ``cpu`` adds up the workers' CPU seconds (the loop's own shows in
    ``time.process_time``)."""

    def __init__(self, workers: int) -> None:
        self.cpu = 0.0
        self._pool: list[_Worker] = []
        for _ in range(workers if fork_is_safe() else 0):
            self._pool.append(_Worker.start(self, [w.pipe for w in self._pool]))
        self._numbers = itertools.count()

    async def make(self, job: RecordJob) -> ArticleExtraction:
        """``job``'s record, made on the least busy worker, else here."""
        worker = self._least_busy()
        if worker is None:
            return make_record(job)
        made = worker.send(next(self._numbers), job)
        reply = await made
        if reply is None:  # the worker raised, or died: the same code here says why
            return make_record(job)
        return reply

    @property
    def running(self) -> int:
        """How many workers make records now."""
        return sum(not w.gone for w in self._pool)

    def _least_busy(self) -> _Worker | None:
        working = [w for w in self._pool if not w.gone]
        return min(working, key=lambda w: len(w.waiting), default=None)

    def close(self) -> None:
        """Stop the workers; a job still out is made on the loop by its caller."""
        for worker in self._pool:
            worker.stop()


SYNC_THREAD, MANY_THREAD = "coopllm-sync", "coopllm-many"
LOOP_THREADS = frozenset({SYNC_THREAD, MANY_THREAD})
"""The threads :mod:`coopllm.api`'s sync wrappers (``extract``, ``extract_many``) run
their event loop on, while the thread that started one waits on it in a queue's ``get``
or between two, holding no lock a worker takes."""


def fork_is_safe() -> bool:
    """Whether a worker may be forked from this process now (see the module's notes): no
    other thread, or only the caller's waiting on this one (:data:`LOOP_THREADS`)."""
    others = threading.active_count() - 1
    waited_on = others == 1 and threading.current_thread().name in LOOP_THREADS
    return sys.platform.startswith("linux") and (others == 0 or waited_on)


@dataclass(eq=False)
class _Worker:
    """One worker process, its end of the pipe and the jobs it has not answered."""

    process: BaseProcess
    pipe: Connection
    owner: RecordMakers
    loop: asyncio.AbstractEventLoop
    gone: bool = False
    waiting: dict[int, asyncio.Future[ArticleExtraction | None]] = field(default_factory=dict)

    @classmethod
    def start(cls, owner: RecordMakers, others: list[Connection]) -> _Worker:
        """A worker forked now; ``others`` are the pipes of those started before."""
        context = multiprocessing.get_context("fork")
        ours, theirs = context.Pipe()
        process = context.Process(
            target=_serve,
            args=(theirs, [ours, *others], os.getpid()),
            daemon=True,
            name="coopllm-maker",
        )
        with warnings.catch_warnings():
            # Python 3.12+ warns of any fork from a threaded process; the one thread
            # fork_is_safe lets by is waiting on this one (LOOP_THREADS).
            warnings.filterwarnings(
                "ignore", "This process .* is multi-threaded", DeprecationWarning
            )
            process.start()
        theirs.close()
        worker = cls(process, ours, owner, asyncio.get_running_loop())
        worker.loop.add_reader(ours.fileno(), worker._read)
        return worker

    def send(self, number: int, job: RecordJob) -> asyncio.Future[ArticleExtraction | None]:
        made: asyncio.Future[ArticleExtraction | None] = self.loop.create_future()
        try:
            message = _JOB_HEAD.pack(number) + _JOBS.dump_json(job)
        except PydanticSerializationError:  # not JSON (a lone surrogate): made on the loop
            made.set_result(None)
            return made
        try:
            self.pipe.send_bytes(message)
        except OSError as exc:  # the process died since the last reply
            self._lost(exc)
            made.set_result(None)
            return made
        self.waiting[number] = made
        return made

    def _read(self) -> None:
        """Take every reply the pipe holds (called by the loop when it has one)."""
        try:
            while self.pipe.poll():
                reply = self.pipe.recv_bytes()
                number, cpu = _REPLY_HEAD.unpack_from(reply)
                self.owner.cpu += cpu
                made = self.waiting.pop(number, None)
                if made is not None and not made.done():
                    made.set_result(_record_in(reply[_REPLY_HEAD.size :]))
        except (EOFError, OSError) as exc:
            self._lost(exc)

    def _lost(self, why: BaseException) -> None:
        """The process is gone: its jobs are made on the loop (see ``make``)."""
        if not self.gone:
            log.warning("a record-making worker stopped (%s): records are made on the loop", why)
        self._release()

    def _release(self) -> None:
        """Take no more jobs, hand those out back to the loop and close the pipe (the
        worker reads its end and leaves)."""
        self.gone = True
        for made in self.waiting.values():
            if not made.done():
                made.set_result(None)
        self.waiting.clear()
        if not self.pipe.closed:
            self.loop.remove_reader(self.pipe.fileno())
            self.pipe.close()

    def stop(self) -> None:
        self._release()
        self.process.join(timeout=1)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


def _serve(pipe: Connection, parents: list[Connection], parent: int) -> None:
    """The worker's loop: a job in, its record out, until the pipe closes.

    ``parents`` are the parent's ends of this worker's pipe and of the workers forked
    before it, copied by the fork: closed here, so that each worker reads the end of its
    pipe as soon as the parent closes it; a SIGKILLed parent takes it along at once.

    A thread reads the jobs as they come, so that the parent's writes never wait on a
    full pipe while a record is being made. Ctrl-C is the parent's to act on (it
    finishes or halts the run and then closes the pipe), and the parent's signal handlers
    are not the worker's: through the wakeup descriptor they share, the worker would pass
    the parent's loop each signal a second time."""
    die_with_parent(parent)
    for end in parents:
        end.close()
    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    jobs: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    threading.Thread(target=_take_jobs, args=(pipe, jobs), daemon=True).start()
    warm_up()  # while the first requests are out; the parent did not (Extractor)
    while (given := jobs.get()) is not None:
        began = time.process_time()
        (number,) = _JOB_HEAD.unpack_from(given)
        try:
            record = make_record(_JOBS.validate_json(given[_JOB_HEAD.size :]))
            made = record.model_dump_json().encode()
        except Exception:  # said by the parent, which makes it again
            made = b""
        try:
            pipe.send_bytes(_REPLY_HEAD.pack(number, time.process_time() - began) + made)
        except OSError:  # the parent is gone
            return


def _take_jobs(pipe: Connection, jobs: queue.SimpleQueue[bytes | None]) -> None:
    try:
        while True:
            jobs.put(pipe.recv_bytes())
    except (EOFError, OSError):
        jobs.put(None)


def _record_in(made: bytes) -> ArticleExtraction | None:
    """The record a worker sent, or None where it sent none (making it raised there) or
    one that does not validate: either way the loop makes it again."""
    if not made:
        return None
    try:
        return ArticleExtraction.model_validate_json(made)
    except ValidationError as exc:
        log.warning("a record made on a worker does not validate (%d errors): made on the loop",
                    exc.error_count())  # fmt: skip
        return None
