"""A batch's files: records appended whole, read back for resume, and the errors file.

* Each record is one line (JSONL) or one row per agreement (CSV), written in one flushed
  write only after it fully validated: a file never holds half a record. The file is
  fsynced every ``SYNC_SECONDS`` and at the end, and held by one run at a time.
* A line cut short by a hard kill (no trailing newline) is cut on the next start
  (:func:`drop_torn_tail`; in a CSV with its record's rows before it), and what the
  output holds is read back as (source, text hash) keys, with who made each record
  (:func:`read_written`): resume skips those.
* Failures go to the errors file, one row per article with the typed reason, compacted
  to each article's latest failure once a run has finished (:func:`compact_errors`).

:mod:`coopllm.batch` runs the batch over them.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import itertools
import json
import os
import re
import stat
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal, TextIO

if sys.platform != "win32":
    import fcntl

from pydantic import BaseModel, ConfigDict, ValidationError

from coopllm.api import ExtractionFailure
from coopllm.errors import ConfigurationError, OutputWriteError
from coopllm.files import write_atomically
from coopllm.inputs import ArticleInput, source_name
from coopllm.schema import ArticleExtraction

Format = Literal["jsonl", "csv"]

CSV_COLUMNS_BEFORE_PROVENANCE = [
    "source", "text_sha256", "agreement_index", "title", "agreement_type", "date_signed",
    "date_text", "location", "parties", "signatories", "witnesses", "facilitators",
    "established_entities", "cooperation_areas", "warnings",
]  # fmt: skip
"""The header of CSV outputs written before rows carried their provenance: resume still
appends to them, in these columns."""
CSV_COLUMNS = [
    *CSV_COLUMNS_BEFORE_PROVENANCE, "model", "answered_by", "prompts_sha256", "coopllm_version",
]  # fmt: skip

_TAIL_BLOCK = 64 * 1024


def drop_torn_tail(path: Path) -> bytes:
    """Cut a last line that a hard kill left without its newline; returns the start of
    what was cut (up to 64 KiB: enough to tell its record).

    Reads backwards from the end, block by block: an output of 100,000 records is
    hundreds of megabytes, and only its tail can be torn.
    """
    if not path.is_file():  # absent, or a pipe or device: nothing to mend
        return b""
    with path.open("rb+") as handle:
        end = handle.seek(0, os.SEEK_END)
        if end == 0:
            return b""
        handle.seek(end - 1)
        if handle.read(1) == b"\n":
            return b""
        stop = end
        while stop > 0:
            start = max(0, stop - _TAIL_BLOCK)
            handle.seek(start)
            cut = handle.read(stop - start).rfind(b"\n")
            if cut >= 0:
                stop = start + cut + 1
                break
            stop = start
        handle.seek(stop)
        torn = handle.read(_TAIL_BLOCK)  # its start is all a caller compares
        handle.truncate(stop)
        return torn


_ROW_KEY = re.compile(rb'^(?:"(?:[^"]|"")*"|[^,"]*),[0-9a-f]{0,64},')
"""A CSV row's first fields as written: its source (quoted or not) and its text hash."""


def _drop_torn_record(path: Path, torn: bytes) -> None:
    """Cut the whole rows before a torn CSV row that belong to its record.

    A record is one row per agreement, written at once; a kill that tore its last row
    may have left its first ones whole, and resume would take the record for written.
    Only the rows of the last whole record can be the torn one's (the write before was
    done): they go when their source and text hash (the first fields) agree with the
    torn bytes as far as these go. Torn before those tell two sources apart, the record
    may be the one before, which is then cut as well, and extracted again.
    """
    with path.open("rb+") as handle:
        end = handle.seek(0, os.SEEK_END)
        window = 4 * _TAIL_BLOCK
        while True:  # back until a row of another record, or the header, is in view
            start = max(0, end - window)
            handle.seek(start)
            # Whole lines only; the first is the header or one the window cut: not tested.
            lines = handle.read().split(b"\n")[1:-1]
            keys = [_row_key(line) for line in lines]
            last = keys[-1] if keys else b""
            rows = len(list(itertools.takewhile(last.__eq__, reversed(keys))))  # last record's
            if start == 0 or rows < len(keys):
                break
            window *= 4
        if not keys or last[: len(torn)] != torn[: len(last)]:
            return
        handle.truncate(end - sum(len(line) + 1 for line in lines[-rows:]))


def _row_key(line: bytes) -> bytes:
    key = _ROW_KEY.match(line)
    return key.group() if key else line


def check_output_path(out: Path) -> None:
    """A clear error before any work, rather than a traceback at the first record."""
    if out.is_dir():
        raise ConfigurationError(f"output {out} is a directory: give a file path")
    if not out.parent.is_dir():
        raise ConfigurationError(f"output {out}: there is no directory {out.parent}")


def check_writable(path: Path, *, errors_of: Path | None = None) -> None:
    """A clear error before any work when ``path`` (an output, or the errors file of
    ``errors_of``) cannot be written: a folder without write permission failed at the
    run's start as a write error (exit 74), saying to run the same command again, which
    failed the same way. A file that exists is checked, else its folder (to create it)."""
    what = f"{path} (the errors file of {errors_of})" if errors_of is not None else str(path)
    if path.is_dir():
        raise ConfigurationError(f"cannot write {what}: it is a directory: move it away")
    exists = path.exists()
    where = path if exists else path.parent
    mode = os.W_OK if exists else os.W_OK | os.X_OK
    if not os.access(where, mode, effective_ids=os.access in os.supports_effective_ids):
        whose = "it is read-only" if exists else f"the folder {where} cannot be written to"
        raise ConfigurationError(
            f"cannot write {what}: {whose} for this user: give an output in a folder you "
            "can write, or change its permissions"
        )


def check_run_files(out: Path | None, errors: Path | None) -> None:
    """The output can be a file, and it and its errors file can be written: said before
    any work, once for both callers (``run_batch``, and the CLI, whose ``batch collect``
    polls and downloads its batch before the run starts)."""
    if out is not None:
        check_output_path(out)
        check_writable(out)
    if errors is not None:
        check_writable(errors, errors_of=out)


def errors_path(out: Path | None) -> Path | None:
    """The errors file beside the output file, after checking that the output can be a
    file. None when there is no output file, or it is a device or a pipe (``--out
    /dev/stdout``): failures are then on stderr only, with no stray file in ``/dev``.

    ``news.jsonl`` has ``news.errors.jsonl``; any other output keeps its whole name
    (``news.csv.errors.jsonl``), so that a CSV and a JSONL run of the same name in one
    folder do not share an errors file: each run's compaction would drop the other's
    failures, as written nowhere in its own output."""
    if out is None:
        return None
    check_output_path(out)
    if out.exists() and not out.is_file():
        return None
    name = out.stem if out.suffix == ".jsonl" else out.name
    return out.with_name(name + ".errors.jsonl")


def format_of(out: Path | None) -> Format:
    """The output's format by its suffix: CSV for ``.csv``, JSONL for anything else."""
    return "csv" if out is not None and out.suffix.lower() == ".csv" else "jsonl"


class Written:
    """What the output holds, as resume asks it: is this article written?

    Under its source, or under the other name its file goes by
    (:attr:`~coopllm.inputs.ArticleInput.also_named`): ``coopllm extract 2023/`` writes
    ``2023/001.txt`` as ``001.txt``; adding ``2024/``, which holds a ``001.txt`` too,
    renames it ``2023/001.txt``, and resume must not extract it again under that name.
    A record found under the other name is claimed by one article only (two files of one
    text are two articles), and the article's own key then counts as written, so its
    failures on file leave the errors file.
    """

    def __init__(self, keys: Iterable[tuple[str, str]]) -> None:
        self.keys = set(keys)
        """(source, text hash) of the records, and of the articles found otherwise named."""
        self._claimed: set[tuple[str, str]] = set()

    def holds(self, article: ArticleInput) -> bool:
        """Whether ``article`` is written (claiming the record found under its other name)."""
        key = (article.source, article.text_sha256)
        if key in self.keys:
            return True
        if article.also_named is None:
            return False
        other = (article.also_named, article.text_sha256)
        if other not in self.keys or other in self._claimed:
            return False
        self._claimed.add(other)
        self.keys.add(key)
        return True


def written_keys(path: Path, fmt: Format, *, mend: bool = True) -> set[tuple[str, str]]:
    """(source, text hash) of every article already in the output.

    Only a regular file is read back: ``--out /dev/stdout`` or a named pipe streams the
    records to another program, and there is nothing of them to resume from. A file that
    is not this format's output (the other format's, another program's, a damaged line)
    is refused before any work rather than appended to. ``mend`` cuts a torn last line
    first (a run that will append holds the file); without it that line is passed over,
    and the file is left as it is: a reader (``coopllm estimate``) must not cut the line
    a running batch is writing.
    """
    return read_written(path, fmt, mend=mend)[0]


def read_written(
    path: Path, fmt: Format, *, mend: bool = True
) -> tuple[set[tuple[str, str]], Counter[Maker | None]]:
    """:func:`written_keys`, and how many of the records each :class:`Maker` made (None:
    a record that does not say, as older records and CSV rows do not)."""
    makers: Counter[Maker | None] = Counter()
    if not path.is_file():
        return set(), makers
    if mend:
        check_first_line(path, fmt)
        if (torn := drop_torn_tail(path)) and fmt == "csv":
            _drop_torn_record(path, torn)
    try:
        return _read_records(path, fmt, appending=mend)
    except UnicodeDecodeError:  # a file another program saved (Excel's cp1252), or binary
        raise _not_output(path, "", fmt, appending=mend) from None


def check_first_line(path: Path, fmt: Format) -> None:
    """Refuse a file whose first line is not this format's output, before mending cuts
    its last line: a user's own file given as ``--out`` by mistake is left as it was.
    ``batch collect`` asks it first too, before hours of polling and gigabytes of answers
    downloaded for an output it would refuse."""
    with path.open("rb") as handle:
        first = handle.readline(_TAIL_BLOCK)
    try:
        line = first.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _not_output(path, ":1", fmt) from None
    if not line:
        return
    if fmt == "csv" and line.endswith("\n"):
        ours = next(csv.reader([line.rstrip("\r\n")]), None) in _CSV_HEADERS
    elif fmt == "csv":  # the header, torn by a kill
        ours = any(",".join(header).startswith(line) for header in _CSV_HEADERS)
    elif line.endswith("\n"):
        try:
            ours = bool(_WrittenKey.model_validate_json(line))
        except ValidationError:
            ours = False
    else:  # the first record, torn by a kill: it opens as every record does
        ours = line.startswith('{"source":')
    if not ours:
        raise _not_output(path, ":1", fmt)


def _read_records(
    path: Path, fmt: Format, *, appending: bool
) -> tuple[set[tuple[str, str]], Counter[Maker | None]]:
    makers: Counter[Maker | None] = Counter()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        if fmt == "csv":
            made: dict[tuple[str, str], Maker | None] = {}  # rows of one record, counted once
            for row in _csv_rows_of(handle, path, appending=appending):
                made[(str(row["source"]), str(row.get("text_sha256") or ""))] = _csv_maker(row)
            return set(made), Counter(made.values())
        keys = set()
        for key in _jsonl_keys_of(handle, path, appending=appending):
            # As inputs name it now: an older record may hold a line break in its source.
            keys.add((source_name(key.source), key.text_sha256 or ""))
            makers[key.provenance] += 1
        return keys, makers


def _not_output(
    path: Path, where: str, fmt: Format, *, appending: bool = True
) -> ConfigurationError:
    """The file is no output of this format: said to a run that would append to it as
    such, and to a command that only reads it (``estimate --out``, ``batch submit
    --out``: which articles it holds) as what ``--out`` names there."""
    if not appending:
        return ConfigurationError(
            f"{path}{where} is not a coopllm {fmt} record; --out names an output coopllm "
            "wrote, whose articles are left out (not an input file)"
        )
    return ConfigurationError(
        f"{path}{where} is not a coopllm {fmt} record; resume appends only to an output "
        f"of the same --format (give another --out, or the format it was written in)"
    )


class Maker(BaseModel):
    """The part of a record's provenance that changes its content: the model asked, the
    prompts, and the model names the answers gave (a provider may move an alias such as
    ``gpt-4o-mini`` to a new snapshot between two runs)."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    model: str
    prompts_sha256: str
    answered_by: tuple[str, ...] = ()

    def asked(self) -> tuple[str, str]:
        """What a run chooses, before any answer: the model asked and the prompts."""
        return self.model, self.prompts_sha256


class _Present(BaseModel):
    """An object, whatever it holds: a record has its ``article``, where an input row
    (``source``, ``text``) or an errors file's row has none, and is no output to append
    records to."""

    model_config = ConfigDict(extra="ignore")


class _WrittenKey(BaseModel):
    """What resume needs of a JSONL record; pydantic-core reads just these fields and
    builds no Python objects for the rest of the line: :func:`written_keys` of 21,000
    records of about 5 KB (102 MiB) took 0.53-0.69 s, where ``json.loads`` of the same
    lines alone took 3.5-3.7 s (three runs each, 2026-12-01)."""

    model_config = ConfigDict(extra="ignore")
    source: str
    article: _Present
    text_sha256: str | None = None
    provenance: Maker | None = None


def _jsonl_keys_of(handle: TextIO, path: Path, *, appending: bool) -> Iterator[_WrittenKey]:
    for number, line in enumerate(handle, start=1):
        if not line.strip() or not line.endswith("\n"):  # blank, or torn (unmended)
            continue
        try:
            yield _WrittenKey.model_validate_json(line)
        except ValidationError:
            raise _not_output(path, f":{number}", "jsonl", appending=appending) from None


def _csv_rows_of(handle: TextIO, path: Path, *, appending: bool) -> Iterator[dict[str, Any]]:
    reader = csv.DictReader(handle)
    if reader.fieldnames is not None and reader.fieldnames not in _CSV_HEADERS:
        raise _not_output(path, ":1", "csv", appending=appending)
    yield from reader


_CSV_HEADERS = (CSV_COLUMNS, CSV_COLUMNS_BEFORE_PROVENANCE)


def csv_columns(path: Path) -> list[str]:
    """The columns to append to ``path`` in: its own header's (an older output has no
    provenance columns, and a row must match its file's header), or the current ones for
    a file with no header yet."""
    if not path.is_file():  # a pipe or a device: nothing to read a header from
        return CSV_COLUMNS
    with path.open(encoding="utf-8-sig", newline="", errors="replace") as handle:
        header = next(csv.reader(handle), None)  # (read_written refused a file not UTF-8)
    return CSV_COLUMNS_BEFORE_PROVENANCE if header == CSV_COLUMNS_BEFORE_PROVENANCE else CSV_COLUMNS


def _csv_maker(row: dict[str, Any]) -> Maker | None:
    if not row.get("model") or not row.get("prompts_sha256"):
        return None  # an older row, without provenance
    answered_by = tuple(name for name in str(row.get("answered_by") or "").split("; ") if name)
    return Maker(model=row["model"], prompts_sha256=row["prompts_sha256"], answered_by=answered_by)


def csv_rows(record: ArticleExtraction) -> Iterator[dict[str, str]]:
    """One flat row per agreement (one row with empty agreement fields when none), each
    on one physical line: resume mends a torn tail by cutting at the last newline, which
    must never fall inside a quoted field. Fields taken from the article are made
    spreadsheet-safe (:func:`_inert`)."""
    for row in _flat_rows(record):
        yield {
            column: _one_line(value if column in _OURS else _inert(value))
            for column, value in row.items()
        }


def _one_line(value: str) -> str:
    return " ".join(value.splitlines()) if "\n" in value or "\r" in value else value


_OURS = frozenset({"source", "text_sha256", "agreement_index", "agreement_type", "date_signed",
                   "model", "answered_by", "prompts_sha256", "coopllm_version"})  # fmt: skip
"""CSV columns whose values are the user's (the source, read back by resume) or ours, never
the article's words."""
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def _inert(value: str) -> str:
    """A field an article wrote, with a ``'`` before a first character that a spreadsheet
    reads as the start of a formula (OWASP's CSV injection rule, the full-width forms
    too, which some spreadsheets fold): a CSV is made to be opened in one, and a page
    crafted to be extracted must not run ``=HYPERLINK(...)`` or ``=cmd|...`` there. The
    JSONL output keeps every field exactly as extracted."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _flat_rows(record: ArticleExtraction) -> Iterator[dict[str, str]]:
    made = record.provenance
    base = {"source": record.source, "text_sha256": record.text_sha256 or "",
            "warnings": " | ".join(record.warnings),
            "model": made.model if made else "",
            "answered_by": "; ".join(made.answered_by) if made else "",
            "prompts_sha256": made.prompts_sha256 if made else "",
            "coopllm_version": made.coopllm_version if made else ""}  # fmt: skip
    if not record.agreements:
        yield base
    for i, agreement in enumerate(record.agreements):
        people = {
            role: "; ".join(
                " ".join(x for x in (p.title, p.name) if x) + (f" ({p.organization})" if
                p.organization else "") for p in getattr(agreement, role)
            )
            for role in ("signatories", "witnesses")
        }  # fmt: skip
        yield {
            **base,
            "agreement_index": str(i),
            "title": agreement.title or "",
            "agreement_type": agreement.agreement_type.value,
            "date_signed": agreement.date_signed.isoformat() if agreement.date_signed else "",
            "date_text": agreement.date_text or "",
            "location": agreement.location or "",
            "parties": "; ".join(p.name for p in agreement.parties),
            **people,
            "facilitators": "; ".join(agreement.facilitators),
            "established_entities": "; ".join(agreement.established_entities),
            "cooperation_areas": "; ".join(agreement.cooperation_areas),
        }


SYNC_SECONDS = 1.0
"""How often the output is fsynced while a batch runs (and once more at its end).

Each line is flushed at once, and a killed process cannot undo a flushed write; fsync
only guards against a crashed machine. Once per record it cost a thread hop and a disk
round trip per article, a fifth of the client's CPU at batch concurrency
(``benchmarks/batch.py``). A crash now loses at most the last second's lines, which the
next run extracts again, like any article missing from the output."""


def _is_regular_file(stream: TextIO) -> bool:
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, io.UnsupportedOperation):  # no file behind it (a StringIO)
        return False


class RecordSink:
    """Appends complete records to the output, one flushed write per article."""

    def __init__(
        self,
        stream: TextIO,
        fmt: Format,
        *,
        new_file: bool,
        sync_every: float = SYNC_SECONDS,
        columns: list[str] = CSV_COLUMNS,
    ) -> None:
        self.stream = stream
        self.fmt = fmt
        self.columns = columns  # CSV: the file's own (see ``csv_columns``)
        self._durable = _is_regular_file(stream)  # fsync means nothing to a pipe or a tty
        self._sync_every = sync_every
        self._last_sync = time.monotonic()
        if fmt == "csv" and new_file:
            append_line(self.stream, ",".join(columns) + "\r\n")
            if self._durable:
                self._sync()

    def _sync(self) -> None:
        try:
            os.fsync(self.stream.fileno())
        except OSError as exc:
            raise _cannot_write(self.stream, exc) from exc

    def _render(self, record: ArticleExtraction) -> str:
        if self.fmt == "jsonl":
            return record.model_dump_json() + "\n"
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=self.columns, extrasaction="ignore")
        for row in csv_rows(record):
            writer.writerow(row)
        return buffer.getvalue()

    async def write(self, record: ArticleExtraction) -> None:
        """Write the whole record in one call, so a kill leaves at most one torn line.

        The flush makes the line survive a killed process. When ``sync_every`` seconds
        have passed since the last fsync, one runs in a thread (a disk round trip) while
        the other articles' requests go on; the caller awaits it before the next record.
        """
        append_line(self.stream, self._render(record))
        if self._durable and time.monotonic() - self._last_sync >= self._sync_every:
            self._last_sync = time.monotonic()
            await asyncio.to_thread(self._sync)

    def finish(self) -> None:
        """The last fsync, for whatever was written since the one before."""
        if self._durable:
            self._sync()


def append_line(stream: TextIO, chunk: str) -> None:
    """Write and flush ``chunk`` (whole lines); a failure is the run's ``OutputWriteError``."""
    try:
        stream.write(chunk)
        stream.flush()
    except OSError as exc:
        raise _cannot_write(stream, exc) from exc


def _cannot_write(stream: TextIO | Path, exc: OSError) -> OutputWriteError:
    """The error of a write that failed; how to go on. Records on the standard output are
    read back by no rerun (a closed pipe, ``… | head``): the way to resume is a file."""
    name = str(stream if isinstance(stream, Path) else getattr(stream, "name", "<stdout>"))
    if name == "<stdout>":
        return OutputWriteError(
            f"cannot write the standard output: {exc.strerror or exc}; records written there "
            "are read back by no rerun: give --out FILE to have a run resume"
        )
    return OutputWriteError(
        f"cannot write {name}: {exc.strerror or exc}; the lines written before are "
        "complete: run the same command again to resume"
    )


@contextlib.contextmanager
def appending(path: Path, *, held: bool = False) -> Iterator[TextIO]:
    """``path`` opened for appending (``held``: by this run only, see
    :func:`_hold_for_this_run`); failing to open or close it (closing flushes) is an
    ``OutputWriteError``, also when closing fails again after a failed write."""
    try:
        stream = path.open("a", encoding="utf-8", newline="")
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    try:
        if held:
            _hold_for_this_run(stream, path)
        yield stream
    finally:
        try:
            stream.close()
        except OSError as exc:
            raise _cannot_write(path, exc) from exc


def _hold_for_this_run(stream: TextIO, path: Path) -> None:
    """One run at a time appends to an output: the same command started twice (two
    terminals, an overlapping cron job) would extract every article twice and cut the
    other's last line as torn. An advisory lock (``flock``) on the open file: the system
    drops it when the process ends, however it ends, so a killed run leaves none behind.
    Windows has no ``flock``, nor do some network file systems: there the second run is
    not stopped.
    """
    if sys.platform == "win32" or not _is_regular_file(stream):
        return
    try:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise ConfigurationError(
            f"{path} is being written by another coopllm run: let it finish (or stop it), "
            "then run the command again to resume"
        ) from None
    except OSError:  # a file system without locks (some network mounts): run unguarded
        return


def error_row(failure: ExtractionFailure) -> str:
    """One JSON line for the errors file, keyed like records (source + text hash)."""
    return json.dumps(
        {"source": failure.source, "text_sha256": failure.text_sha256, "code": failure.code,
         "message": str(failure.error)},
        ensure_ascii=False,
    )  # fmt: skip


def failed_sources(errors: Path) -> set[str]:
    """The sources with a failure in the errors file (none when there is no file)."""
    return {source for source, _ in _error_rows(errors)} if errors.is_file() else set()


def _error_rows(errors: Path) -> dict[tuple[str, str], str]:
    """Each (source, text hash) of the errors file with its latest row, in the order of
    the latest failures; a row a kill tore is passed over."""
    latest: dict[tuple[str, str], str] = {}
    with errors.open(encoding="utf-8") as handle:
        for line in handle:
            try:
                row = json.loads(line)
                key = (source_name(str(row["source"])), str(row.get("text_sha256") or ""))
            except (json.JSONDecodeError, KeyError, TypeError):
                continue  # torn by a kill: its article is retried and fails again
            latest.pop(key, None)  # re-inserted last: the file keeps failure order
            latest[key] = line if line.endswith("\n") else line + "\n"
    return latest


def compact_errors(
    errors: Path,
    written: set[tuple[str, str]],
    given: set[tuple[str, str]],
    renamed: Mapping[tuple[str, str], tuple[str, str]] | None = None,
) -> None:
    """Leave one row per article that is still not in the output: its latest failure.

    The errors file is appended to, never truncated at the start of a run, so an
    interrupted resume keeps the failures it had not retried yet. Once a run has
    finished, articles that now succeeded leave the file, a retried failure keeps only
    its newest reason, and a file with no failure left is removed. ``given`` holds the
    run's articles (source, text hash) whose source had a failure on file: a failure of
    a text that source no longer has (an article edited since) leaves too. ``renamed``
    gives the run's key of an article whose failure is on file under its file's other
    name (:attr:`~coopllm.inputs.ArticleInput.also_named`): it leaves once that key is
    written. Rewritten
    whole (:mod:`coopllm.files`): a kill mid-way leaves the old file or the new one,
    never a half of either.
    """
    if not errors.is_file():
        return
    sources = {source for source, _ in written}
    given_sources = {source for source, _ in given}

    def still_failing(source: str, digest: str) -> bool:
        if not digest:  # a row of an older version, without the text's hash
            return source not in sources
        superseded = source in given_sources and (source, digest) not in given
        now_named = (renamed or {}).get((source, digest))
        written_as_named = now_named is not None and now_named in written
        return (source, digest) not in written and not superseded and not written_as_named

    kept = [line for key, line in _error_rows(errors).items() if still_failing(*key)]
    try:
        if kept:
            write_atomically(errors, "".join(kept))
        else:  # no failure left: no file, rather than an empty one to look into
            errors.unlink(missing_ok=True)
    except OSError as exc:
        raise _cannot_write(errors, exc) from exc
