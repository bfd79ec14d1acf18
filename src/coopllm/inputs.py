"""Turning what callers hand us (str, bytes, files, JSONL rows, stdin) into articles.

Every check that can be made before a request is sent is made here, so a bad article
fails fast with a typed error and never costs tokens.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import glob
import hashlib
import itertools
import json
import multiprocessing
import os
import re
import signal
import stat
import sys
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from coopllm.children import die_with_parent
from coopllm.errors import (
    ArticleTooLongError,
    BinaryInputError,
    ConfigurationError,
    CoopLLMError,
    EmptyArticleError,
    InputError,
)
from coopllm.pages import HTML_SUFFIXES, PageReading, page_text

if TYPE_CHECKING:
    from coopllm.cache import PageMemo

TEXT_SUFFIXES = {".txt", ".md", ".text"}
"""Files picked up from a directory; JSONL files are read row by row."""

MAX_FILE_BYTES = 64 * 2**20
"""A text file, page or JSONL line above this is an error row, never read whole: no
article is that long (``max_article_chars``, 1,000,000 by default, is checked on the text
later), but a stray dump or log named ``.txt`` is, and reading it whole held it in memory
three times over (bytes, text, stripped text) before it was refused. Pages are bigger than
their text (markup, inline images), hence the room."""


@dataclass(frozen=True)
class ArticleInput:
    """One article to extract: its id, its text (or why it could not be read), its date.

    The source is made one line of writable text (:func:`source_name`) as the article is
    made, so that resume compares it as the output holds it.
    """

    source: str
    text: str
    published: dt.date | None = None
    error: CoopLLMError | None = None
    also_named: str | None = None
    """The name other arguments give this article's file (its name below the directory
    given, or its path as given when another argument holds a file of that name), when no
    other file of this run goes by it: a record written under it by a run with other
    arguments is this article's, and resume does not extract it again
    (:meth:`coopllm.output.Written.holds`)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "source", source_name(self.source))
        if self.also_named is not None:
            object.__setattr__(self, "also_named", source_name(self.also_named))

    @functools.cached_property
    def text_sha256(self) -> str:
        """Identity of the text, for resume and provenance; hashed once, though a run asks
        for it several times (what is left, what was given, what the batch holds)."""
        return text_sha256(self.text)


def source_name(source: str) -> str:
    """``source`` as one line that UTF-8 can hold: a CSV row holds it on one line, and a
    lone surrogate (a JSON ``"\\ud800"`` escape, a file name in another encoding) cannot
    be written at all; it is written as its escape."""
    if "\n" in source or "\r" in source:
        source = " ".join(source.splitlines())
    if not source.isascii():
        source = source.encode("utf-8", "backslashreplace").decode("utf-8")
    return source


def text_sha256(text: str) -> str:
    """SHA-256 of the text as given (before stripping; leading byte-order marks are no
    part of it, as :func:`decode_text` says), as written in each record. All of them, not
    one: a text given with two has the same identity before decoding (an input's) and
    after (a record's), or resume would extract it again on every run."""
    # "surrogatepass": a text with a lone surrogate (an error row) still has an identity.
    raw = text.lstrip("\ufeff").encode("utf-8", "surrogatepass")
    return hashlib.sha256(raw).hexdigest()


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
"""Control characters (Unicode category Cc) other than the line breaks (tab, newline,
vertical tab, form feed, return, NEL: Word's soft returns, mainframe exports): a few
stray ones occur in scraped text, many mean binary data."""


def decode_text(data: bytes | str) -> str:
    """UTF-8 text from bytes, refusing binary data instead of guessing an encoding. A
    leading byte-order mark is no part of the text, in bytes or in a string (a file
    ``open``ed without ``utf-8-sig`` keeps it)."""
    if isinstance(data, str):
        text = check_unicode(data).removeprefix("\ufeff")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise BinaryInputError(f"not UTF-8 text (byte {exc.start}): {exc.reason}") from exc
    if "\x00" in text or len(_CONTROL.findall(text, 0, 20_000)) > 8:
        raise BinaryInputError("the input contains NUL or control bytes: not an article")
    return text


def check_unicode(text: str) -> str:
    """``text``, unless it holds a lone surrogate (from a JSON ``"\\ud800"`` escape),
    which is no character: it cannot be hashed, sent or written as UTF-8. (Encoding is
    the check: a third of a regular expression's search, on a page of Chinese.)"""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BinaryInputError(
            f"not Unicode text: a lone surrogate (U+{ord(text[exc.start]):04X}) at "
            f"character {exc.start}"
        ) from None
    return text


def check_decoded(decoded: str, *, max_chars: int) -> str:
    """The stripped text of input that ``decode_text`` already accepted, or a typed error
    for empty or oversized input."""
    text = decoded.strip()
    if not text:
        raise EmptyArticleError("the article text is empty or only whitespace")
    if len(text) > max_chars:
        raise ArticleTooLongError(
            f"the article has {len(text):,} characters; the limit is {max_chars:,} "
            "(raise max_article_chars if this is really one article)"
        )
    return text


_ISO_DAY = re.compile(
    r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?"
)
"""An ISO date, or the date of an ISO date and time ("2024-05-16T08:00:00.123456789Z")."""


def published_date(value: object, where: str) -> dt.date | None:
    """A ``published`` as a row or a caller gives it: a date (a datetime's day), an ISO
    date string, or none. Anything else is an ``InputError`` (an error row) rather than a
    guess, since it sets the year of every year-less signing date."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):  # given by a caller of extract_many
        return value.date()
    if isinstance(value, dt.date):
        return value
    day = _ISO_DAY.fullmatch(value) if isinstance(value, str) else None
    with contextlib.suppress(ValueError):  # 2024-02-30
        if day is not None:
            return dt.date.fromisoformat(day.group(1))
    raise InputError(f"{where}: 'published' is not an ISO date: {value!r}")


def _jsonl_rows(
    stream: BinaryIO, origin: str, other_origin: str | None = None
) -> Iterator[ArticleInput]:
    """One article per line, read lazily: a JSONL archive of 100,000 articles (or a
    stream on stdin) is never held in memory whole, and work starts with its first row.
    A bad line (not UTF-8, not JSON, not an object, over :data:`MAX_FILE_BYTES`) is an
    error row named by its line, and so is a row whose ``source`` is not a string; a bad
    row (a text that is not a string or holds a lone surrogate, a date that is not an ISO
    one) by its ``source``. A row without a source goes by its line (``rows.jsonl:4``),
    and also by its line under the file's other name (``other_origin``, see
    :attr:`ArticleInput.also_named`); a row's own source is its only name."""
    for number, raw in enumerate(_bounded_lines(stream), start=1):
        where = f"{origin}:{number}"
        if raw is None:
            error = ArticleTooLongError(
                f"{where}: a line of more than {MAX_FILE_BYTES:,} bytes: not read"
            )
            yield ArticleInput(where, "", None, error)
            continue
        if not raw.strip():
            continue
        try:
            row = _json_object(raw, where)
        except InputError as exc:
            yield ArticleInput(where, "", None, exc)
            continue
        article = row_article(row, where)
        if other_origin is not None and article.source == where and article.error is None:
            article = dataclasses.replace(article, also_named=f"{other_origin}:{number}")
        yield article


def _bounded_lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """The lines of ``stream``, ended by LF, CRLF or a lone CR (a classic Mac file; JSON
    holds no raw CR but as blank space); None for one longer than
    :data:`MAX_FILE_BYTES`, which is passed over in pieces rather than held in memory
    whole."""
    while line := stream.readline(MAX_FILE_BYTES + 1):
        if len(line) <= MAX_FILE_BYTES:
            yield from _LONE_CR.split(line) if b"\r" in line else (line,)
            continue
        while not line.endswith(b"\n") and (line := stream.readline(1 << 20)):
            pass
        yield None


_LONE_CR = re.compile(rb"\r(?!\n)")


def _json_object(raw: bytes, where: str) -> dict[str, object]:
    try:
        row = json.loads(decode_text(raw))
    except (ValueError, RecursionError) as exc:  # also nested too deep, a 5,000-digit number
        hint = (' (\'-\' reads JSONL rows {"source", "text", "published"}, one per line)'
                if where.startswith("stdin:") else "")  # fmt: skip
        raise InputError(f"{where}: not JSON: {exc}{hint}") from exc
    if not isinstance(row, dict):
        raise InputError(f"{where}: a row must be a JSON object")
    return row


def row_article(row: Mapping[str, object], where: str) -> ArticleInput:
    """The article of a JSONL row (or a mapping given to ``extract_many``), or its error
    row: named by ``where`` when the row has no usable ``source``, else by its source. A
    row of coopllm's own output or errors file (another run's, left in an input folder:
    a review's find) is named by ``where`` and said to be one, not taken for an empty
    article under the source of the record it holds."""
    if "text" not in row and ("agreements" in row or {"code", "message"} <= row.keys()):
        return ArticleInput(
            where,
            "",
            None,
            InputError(
                f"{where}: a row of coopllm's output or errors file, not an article: move "
                "the file out of the input (`coopllm eval` reads records)"
            ),
        )
    source = row.get("source")
    if source is None or source == "":
        source = where
    if not isinstance(source, str):  # 0 and [] too, not taken for "no source"
        kind = type(source).__name__
        return ArticleInput(
            where, "", None, InputError(f"{where}: 'source' must be a string, not {kind}")
        )
    source = source_name(source)  # the messages below name it too
    try:
        return _article(row, source)
    except InputError as exc:
        return ArticleInput(source, "", None, exc)


def _article(row: Mapping[str, object], source: str) -> ArticleInput:
    text = row.get("text")
    if text is not None and not isinstance(text, str):
        raise InputError(f"{source}: 'text' must be a string, not {type(text).__name__}")
    try:
        check_unicode(text or "")
    except BinaryInputError as exc:
        raise BinaryInputError(f"{source}: {exc}") from None
    return ArticleInput(source, text or "", published_date(row.get("published"), source))


def _read_file(file: _File, pages: PageMemo | None) -> Iterator[ArticleInput]:
    """The file's articles; a file that cannot be read (gone since it was listed, no
    permission) or is far too big is an error row, and the batch goes on."""
    path, source, also_named = file
    if path.suffix.lower() == ".jsonl":
        try:
            with path.open("rb") as handle:
                yield from _jsonl_rows(handle, source, also_named)
        except OSError as exc:
            yield _unreadable(source, exc)
        return
    data = _file_bytes(path, source)
    if isinstance(data, ArticleInput):
        yield data
        return
    try:
        if path.suffix.lower() in HTML_SUFFIXES:
            text, published = pages.read(data) if pages is not None else page_text(data)
            yield ArticleInput(source, text, published, also_named=also_named)
        else:
            yield ArticleInput(source, decode_text(data), also_named=also_named)
    except InputError as exc:  # not text, not a page, or no html extra
        yield ArticleInput(source, "", None, exc)


def _file_bytes(path: Path, source: str) -> bytes | ArticleInput:
    """A text file's or page's bytes, or the error row that says why there are none."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            error = ArticleTooLongError(
                f"{source}: {size:,} bytes, more than any article ({MAX_FILE_BYTES:,}): not read"
            )
            return ArticleInput(source, "", None, error)
        return path.read_bytes()
    except OSError as exc:
        return _unreadable(source, exc)


def _unreadable(source: str, exc: OSError) -> ArticleInput:
    return ArticleInput(source, "", None, InputError(f"{source}: cannot read: {exc.strerror}"))


PAGES_AHEAD = 4
"""Pages handed to each worker process before the batch asks for them: enough that a
worker always has the next one, few enough that little is held in memory."""
PAGES_FOR_WORKERS = 16
"""Fewer pages than this are read in the batch's own process: starting a worker process
(spawned, coopllm imported again) takes about as long as reading 30 pages."""


@dataclass(frozen=True)
class _Reading:
    """A page a worker process is reading; its bytes are kept to read it here should the
    worker die (a pool whose process was killed fails every task it had)."""

    source: str
    also_named: str | None
    data: bytes
    key: str | None
    future: Future[PageReading]


def _read_ahead(
    files: _Files, pages: PageMemo | None, readers: Executor, window: int
) -> Iterator[ArticleInput]:
    """The files' articles in their order, as :func:`_read_file` gives them, with pages
    read in ``readers``' worker processes up to ``window`` ahead of the batch. Text files
    wait in the window behind the pages before them; a JSONL file is read lazily, in its
    turn, once the pages before it are out."""
    pending: deque[ArticleInput | _Reading] = deque()
    for file in files:
        suffix = file.path.suffix.lower()
        if suffix == ".jsonl":
            while pending:
                yield _finished(pending.popleft(), pages)
            yield from _read_file(file, pages)
            continue
        if suffix in HTML_SUFFIXES:
            pending.append(_start_page(file, pages, readers))
        else:
            pending.extend(_read_file(file, pages))
        while pending and (len(pending) >= window or _ready(pending[0])):
            yield _finished(pending.popleft(), pages)
    while pending:
        yield _finished(pending.popleft(), pages)


def _ready(item: ArticleInput | _Reading) -> bool:
    return isinstance(item, ArticleInput) or item.future.done()


def _start_page(file: _File, pages: PageMemo | None, readers: Executor) -> ArticleInput | _Reading:
    """The page's article when the memo has it (or it cannot be read), else its reading."""
    path, source, also_named = file
    data = _file_bytes(path, source)
    if isinstance(data, ArticleInput):
        return data
    key = None
    if pages is not None:
        key = pages.key(data)
        try:
            kept = pages.recall(key)
        except InputError as exc:  # remembered as having no article text
            return ArticleInput(source, "", None, exc)
        if kept is not None:
            return ArticleInput(source, *kept, also_named=also_named)
    return _Reading(source, also_named, data, key, readers.submit(page_text, data))


def _finished(item: ArticleInput | _Reading, pages: PageMemo | None) -> ArticleInput:
    """The article of a page read in a worker (waiting for it), kept in the memo."""
    if isinstance(item, ArticleInput):
        return item
    read = functools.partial(_worker_result, item)
    try:
        if pages is None or item.key is None:
            text, published = read()
        else:
            text, published = pages.remembered(item.key, read)
    except InputError as exc:  # no article text, or no html extra
        return ArticleInput(item.source, "", None, exc)
    return ArticleInput(item.source, text, published, also_named=item.also_named)


def _worker_result(item: _Reading) -> PageReading:
    try:
        return item.future.result()
    except InputError:
        raise
    except Exception:  # the worker died (killed, out of memory): read the page here
        return page_text(item.data)


def _page_worker(batch: int) -> None:
    """A worker process dies with the batch (a SIGKILLed one left its workers waiting
    for pages forever), and leaves Ctrl-C to it: the batch stops in its own time, and
    each worker would print a KeyboardInterrupt traceback."""
    die_with_parent(batch)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _page_readers(workers: int) -> ProcessPoolExecutor:
    """Worker processes for pages. Spawned, not forked: a fork copies the batch's threads'
    locks mid-use. A spawned worker imports the calling program's main module again,
    which must not start work when imported (the ``coopllm`` command's does not)."""
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
        initializer=_page_worker, initargs=(os.getpid(),),
    )  # fmt: skip


READ_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".jsonl"}
"""What a directory's files must end with to be read; the others are counted
(:attr:`Inputs.ignored`) so that a run can say it left them."""


class _File(NamedTuple):
    """A file to read, the name its articles go by, and the name other arguments would
    give it (:attr:`ArticleInput.also_named`)."""

    path: Path
    source: str
    also_named: str | None = None


_Files = list[_File]


@dataclass
class _Walk:
    """What a walk of one directory found."""

    read: list[Path] = field(default_factory=list)
    """The files that are read, sorted."""
    ignored: Counter[str] = field(default_factory=Counter)
    """The suffixes of the files that are not (hidden files aside)."""
    unlisted: list[tuple[Path, str]] = field(default_factory=list)
    """Directories below it that could not be listed, and why."""


def _walk(directory: Path) -> _Walk:
    """Walk ``directory``. Links to directories are not followed, as ``rglob`` does not.
    ``os.scandir`` knows most entries' kinds without a ``stat`` each: over 200,000 files,
    ``rglob`` and ``is_file`` took 2.4 s, a walk by ``os.walk`` 0.2 s. A directory that
    cannot be listed is one of :attr:`_Walk.unlisted`, which the run's errors say
    (``rglob`` passed over those it could not read, and stopped with a raw ``OSError`` at
    a path too long)."""
    found = _Walk()
    folders = [directory]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    _sort_entry(entry, found, folders)
        except OSError as exc:
            found.unlisted.append((folder, exc.strerror or str(exc)))
    found.read.sort()
    return found


def _sort_entry(entry: os.DirEntry[str], found: _Walk, folders: list[Path]) -> None:
    """A directory to walk, a file to read, or a file left (counted by suffix)."""
    try:
        is_dir = entry.is_dir(follow_symlinks=False)
        is_file = not is_dir and entry.is_file()
    except OSError:  # a link in a loop: no file, as for ``Path.is_file``
        return
    if is_dir:
        folders.append(Path(entry.path))
    elif is_file:
        path = Path(entry.path)
        if path.suffix.lower() in READ_SUFFIXES:
            found.read.append(path)
        elif not entry.name.startswith("."):
            found.ignored[path.suffix or "(no suffix)"] += 1


def _glob_root(pattern: str) -> Path:
    """The directory a glob's matches are named relative to: its part before the first
    wildcard (``feeds/*/article.txt`` -> ``feeds``), so two matches never share a name."""
    parts = Path(pattern).parts
    fixed = list(itertools.takewhile(lambda part: not glob.has_magic(part), parts))
    return Path(*fixed) if fixed else Path()


def _expand(argument: str) -> tuple[_Files, Counter[str], list[ArticleInput]]:
    """The argument's files, the suffixes of the files its directories hold that are not
    read, and the error rows of directories below it that could not be listed. A directory's
    files are named relative to the directory, a glob's matches relative to the glob's
    fixed part; a directory a glob matches is read like a directory given by name.
    Finding no article at all is an error, not a run that quietly does nothing."""
    path = Path(argument)
    try:
        is_file, is_dir = path.is_file(), path.is_dir()
    except OSError as exc:  # a path too long, a loop of links
        raise InputError(f"cannot use {argument}: {exc.strerror or exc}") from exc
    if is_file:
        return [_File(path, path.name)], Counter(), []
    if is_dir:
        root, matches = path, [path]
    else:
        root, matches = _glob_root(argument), sorted(map(Path, glob.glob(argument, recursive=True)))
        if not matches:
            raise InputError(f"no such file, directory or glob match: {argument}")
    found = _Walk()
    for match in matches:
        if match.is_dir():
            walked = _walk(match)
            found.read += walked.read
            found.ignored += walked.ignored
            found.unlisted += walked.unlisted
        else:
            found.read.append(match)
    if not found.read and not found.unlisted:
        kinds = ", ".join(sorted(READ_SUFFIXES))
        raise InputError(f"{argument}: no article files in it ({kinds})")
    # a glob of no wildcard matches only itself, its root: a link that loops, say
    files = [_File(f, f.name if f == root else f.relative_to(root).as_posix()) for f in found.read]
    return files, found.ignored, [_unlisted_row(d, why, root) for d, why in found.unlisted]


def _unlisted_row(directory: Path, reason: str, root: Path) -> ArticleInput:
    """The error row of a directory that could not be listed: its files are not read, and
    the run's errors (and exit code) say so; resume tries it again."""
    source = f"{directory.relative_to(root).as_posix()}/"
    error = InputError(f"{source}: cannot list this directory ({reason}): its files are not read")
    return ArticleInput(source, "", None, error)


@dataclass(frozen=True)
class Inputs:
    """A run's input arguments, expanded once (:func:`find_inputs`): the files to read,
    how many articles they hold (a progress bar's total), the files the directories hold
    that are not read (a run says so) and the directories that could not be listed (error
    rows). An archive is walked a single time for all of it: a run over 200,000 files
    used to walk them three times, 12.1 s before its first article; the one walk and the
    count take 2.7-3.0 s (``benchmarks/batch.py walk``)."""

    arguments: tuple[str, ...]
    files: dict[str, _Files]
    """Each path argument's files (``-``, stdin, has none)."""
    ignored: Counter[str]
    """How many files the directories hold that are not read, by suffix."""
    unlisted: dict[str, list[ArticleInput]]
    """Each path argument's directories that could not be listed, as error rows (read
    after its files)."""

    @property
    def streamed(self) -> bool:
        """Whether stdin or a named pipe is among the inputs: reading them waits on their
        writer, which a batch must not do on its event loop (``run_batch``'s
        ``streamed_input``). A directory's walk reads regular files only."""
        if "-" in self.arguments:
            return True
        return any(
            not Path(argument).is_dir() and _stream(path)
            for argument in self.arguments
            for path, *_ in self.files.get(argument, [])
        )

    def count(self) -> int | None:
        """How many articles :meth:`articles` will yield, or None when stdin or a named
        pipe is among them (read twice, a pipe would give its rows to the count, not to
        the batch). JSONL files are counted by their non-blank lines (each is read); one
        that cannot be read counts as the one error row the batch will write for it."""
        if "-" in self.arguments:
            return None
        total = sum(len(self.unlisted.get(argument, [])) for argument in self.arguments)
        for path, *_ in self._files():
            # not JSONL: one article; a dangling link: one error row
            if path.suffix.lower() != ".jsonl" or not path.exists():
                total += 1
                continue
            if not path.is_file():
                return None
            try:
                with path.open("rb") as handle:
                    total += sum(
                        1 for line in _bounded_lines(handle) if line is None or line.strip()
                    )
            except OSError:
                total += 1
        return total

    def articles(
        self, *, pages: PageMemo | None = None, page_workers: int = 0
    ) -> Iterator[ArticleInput]:
        """The articles, read lazily, in the order of the arguments and their files.

        ``pages`` remembers what HTML pages read as, so that a rerun (a resume) does not
        read them again (``PageMemo.of(settings)``). ``page_workers`` (2 or more) reads
        HTML pages in that many worker processes, ahead of the batch, when there are at
        least :data:`PAGES_FOR_WORKERS` of them: a page takes tens of milliseconds of
        Python, which threads would not share. The workers are spawned, so the calling
        program's main module must not start work when imported (``if __name__ ==
        "__main__":``); the ``coopllm`` command passes its CPU count.
        """
        n_pages = sum(f.path.suffix.lower() in HTML_SUFFIXES for f in self._files())
        workers = page_workers if page_workers > 1 and n_pages >= PAGES_FOR_WORKERS else 0
        return self._read(pages, workers)

    def _files(self) -> Iterator[_File]:
        """Every file in the order it is read (an argument given twice, twice)."""
        for argument in self.arguments:
            yield from self.files.get(argument, [])

    def _read(self, pages: PageMemo | None, workers: int) -> Iterator[ArticleInput]:
        readers = _page_readers(workers) if workers else None
        try:
            for argument in self.arguments:
                files = self.files.get(argument, [])
                if argument == "-":
                    with _stdin() as stream:
                        yield from _jsonl_rows(stream, "stdin")
                elif readers is not None:
                    yield from _read_ahead(files, pages, readers, PAGES_AHEAD * workers)
                else:
                    for file in files:
                        yield from _read_file(file, pages)
                yield from self.unlisted.get(argument, [])
        finally:
            if readers is not None:  # also when the batch stops early: no page read for nothing
                readers.shutdown(wait=False, cancel_futures=True)


def _stream(path: Path) -> bool:
    """Whether ``path`` is something that exists but is no regular file (a named pipe,
    a character device): its reads may wait."""
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:  # missing now: an error row, which waits on nothing
        return False


def _stdin() -> contextlib.AbstractContextManager[BinaryIO]:
    """Standard input, read through a reader of its own (the descriptor left open). A
    batch reads it on a daemon thread (``run_batch``'s ``streamed_input``), which may still
    wait in a read when the process exits: had that thread held ``sys.stdin``'s lock, the
    interpreter's shutdown, which flushes ``sys.stdin``, would abort the process. A stdin
    with no descriptor (a test runner's) is read as it is."""
    try:
        descriptor = sys.stdin.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is an OSError
        return contextlib.nullcontext(sys.stdin.buffer)
    return open(descriptor, "rb", closefd=False)


def find_inputs(arguments: Sequence[str], *, exclude: Iterable[Path] = ()) -> Inputs:
    """Paths, directories, globs, JSONL files or ``-`` (stdin, JSONL), expanded now: a
    missing path or an empty directory is reported before any work, and the files
    themselves are read lazily (:meth:`Inputs.articles`). ``exclude`` names files never
    read as input: the run's own output and errors files, when they sit in an input
    directory."""
    skip = {p.resolve() for p in exclude}
    files: dict[str, _Files] = {}
    ignored: Counter[str] = Counter()
    unlisted: dict[str, list[ArticleInput]] = {}
    for argument in dict.fromkeys(arguments):
        if argument == "-":
            continue
        _check_not_own(argument, skip)
        found, left, unlisted[argument] = _expand(argument)
        files[argument] = [f for f in found if not _excluded(f.path, skip)]
        ignored += left
    return Inputs(tuple(arguments), _distinctly_named(files), ignored, unlisted)


def _check_not_own(argument: str, skip: set[Path]) -> None:
    """A file named as input that is the run's own output or errors file is refused: left
    out, its articles would be dropped without a word; read, records would be appended
    to the user's input. (In an input directory or a glob, it is left out: it is no
    article.)"""
    path = Path(argument)
    if skip and path.is_file() and path.resolve() in skip:
        raise ConfigurationError(
            f"{argument} is both an input and this run's output (or its errors file): "
            "give another --out"
        )


def _distinctly_named(files: dict[str, _Files]) -> dict[str, _Files]:
    """``files``, a source name that two arguments give to two files (``2023/ 2024/``,
    each holding a ``001.txt``) replaced by each file's path as given (``2023/001.txt``):
    two articles under one source would be one key in the user's database. One file
    reached twice keeps its name. The same arguments give the same names, run after run,
    so resume finds them; each file also carries the other of its two names, which other
    arguments give it (``2023/`` alone: ``001.txt``), so that resume finds it under that
    name too, unless another file of this run goes by that name."""
    files = _one_name_each(files)
    spellings: dict[str, set[str]] = {}
    for found in files.values():
        for file in found:
            spellings.setdefault(file.source, set()).add(str(file.path))
    # a syscall per file adds up over an archive: only names two spellings hold resolve
    shared = {
        name
        for name, paths in spellings.items()
        if len(paths) > 1 and len({_resolved(Path(p)) for p in paths}) > 1
    }
    named = {
        argument: [(f, f.path.as_posix() if f.source in shared else f.source) for f in found]
        for argument, found in files.items()
    }
    given = {name for found in named.values() for _, name in found}
    return {
        argument: [_File(f.path, name, _other_name(f, name, given)) for f, name in found]
        for argument, found in named.items()
    }


def _one_name_each(files: dict[str, _Files]) -> dict[str, _Files]:
    """``files``, a file two nested arguments reach under two names (``extract . 2023/``:
    ``2023/001.txt`` and ``001.txt``) named as the first of them names it: under two
    names it would be two articles, two records of one file; under one, the batch reads
    it once (a repeat). A file is known by its argument's resolved place and its name
    below it (:func:`_place`): no file is resolved (a syscall per file adds up over an
    archive), and a link to a file stays the article it is when its folder alone is
    given (a review's find). Arguments are compared by their places' parents, not in
    pairs: a shell's ``news/*.txt`` gives thousands."""
    reach = {argument: _reach(argument) for argument in files}
    places = {place for place, _ in reach.values()}
    if len(places) == len(reach) and not any(
        parent in places for place in places for parent in place.parents
    ):
        return files  # no argument lies within another: the usual run
    first: dict[Path, str] = {}
    return {
        argument: [
            f._replace(source=first.setdefault(_place(reach[argument], f), f.source)) for f in found
        ]
        for argument, found in files.items()
    }


def _reach(argument: str) -> tuple[Path, bool]:
    """Where an argument's files lie, resolved (itself, or a glob's part before its first
    wildcard), and whether it is one file."""
    path = Path(argument)
    one_file = path.is_file()
    root = path if one_file or path.is_dir() else _glob_root(argument)
    return _resolved(root), one_file


def _resolved(path: Path) -> Path:
    """``path`` resolved; a loop of links, which cannot be (Python 3.11 raises
    RuntimeError), as written: its error row comes when it is read."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _place(reach: tuple[Path, bool], file: _File) -> Path:
    """A file by its argument's place: the place itself for a file given by name, else
    its name below the place."""
    place, one_file = reach
    return place if one_file else place / file.source


def _other_name(file: _File, name: str, given: set[str]) -> str | None:
    """The one of a file's two names (its name below its argument, and its path as given)
    it does not go by in this run, unless a file of this run goes by it."""
    other = file.path.as_posix() if name == file.source else file.source
    return None if other == name or other in given else other


def iter_inputs(
    arguments: Sequence[str],
    *,
    exclude: Iterable[Path] = (),
    pages: PageMemo | None = None,
    page_workers: int = 0,
) -> Iterator[ArticleInput]:
    """The articles of ``arguments``: :func:`find_inputs` and :meth:`Inputs.articles` in
    one call, for a caller that needs neither the count nor the files left unread."""
    return find_inputs(arguments, exclude=exclude).articles(pages=pages, page_workers=page_workers)


def _excluded(path: Path, skip: set[Path]) -> bool:
    """Resolving only same-named files: a syscall per input file adds up over an archive."""
    return any(path.name == own.name for own in skip) and _resolved(path) in skip
