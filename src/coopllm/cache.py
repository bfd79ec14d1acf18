"""On-disk cache of validated model answers, of the records made from them, and of what
saved web pages read as (diskcache).

The key is a SHA-256 over everything that can change the answer: model, base URL, mode,
the full messages, the response schema (its hash), sampling parameters, the prompt hash and the
library's schema version. The API key is never part of the key or the value. Only answers
that passed validation are stored (with the raw completion and usage); a hit is validated
again, so a cache written by an older, looser model class can never leak an invalid record.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import importlib.metadata
import json
import platform
import shutil
import sqlite3
import unicodedata
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import diskcache
from pydantic import BaseModel, ValidationError

from coopllm.cassettes import canonical_json
from coopllm.errors import ConfigurationError, EmptyArticleError
from coopllm.pages import PageReading, page_text
from coopllm.schema import SCHEMA_VERSION, ArticleExtraction
from coopllm.settings import Settings


def cache_key(**parts: Any) -> str:
    """SHA-256 over the named parts (canonical JSON, so order never matters)."""
    return hashlib.sha256(canonical_json({**parts, "schema_version": SCHEMA_VERSION})).hexdigest()


class CachedAnswer(BaseModel):
    """What one cache entry holds."""

    answer: dict[str, Any]
    raw_completion: dict[str, Any] | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0
    batch_prompt_tokens: int = 0  # of those, the provider's batch service answered
    batch_completion_tokens: int = 0


class CacheHit(NamedTuple):
    """A valid cached answer, its entry, and the entry's digest (see ``digest``)."""

    answer: BaseModel
    entry: CachedAnswer
    digest: str


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


@dataclass
class CacheStats:
    """Hit and miss counts of one ``ResponseCache`` since it was opened, the answers it
    could not store (a full disk), and the last error the store gave."""

    hits: int = 0
    misses: int = 0
    unstored: int = 0
    error: str = ""


STORE_ERRORS = (OSError, sqlite3.Error, diskcache.Timeout)
"""What reading or storing an entry raises when the disk is full, the database is damaged,
or another process holds it locked past diskcache's timeout."""


class _Store:
    """One ``diskcache.Cache`` directory, opened by :meth:`open` or at its first use."""

    def __init__(self, directory: Path, size_limit: int) -> None:
        self.directory = directory
        self._size_limit = size_limit
        self._opened: diskcache.Cache | None = None

    def open(self) -> diskcache.Cache:
        """The store; a directory that cannot be made or used is a ``ConfigurationError``
        (diskcache's own error said nothing of what to do)."""
        if self._opened is None:
            try:
                self._opened = diskcache.Cache(str(self.directory), size_limit=self._size_limit)
            except (OSError, sqlite3.Error) as exc:
                raise ConfigurationError(
                    f"cannot use the cache in {self.directory}: {exc}; point COOPLLM_CACHE_DIR "
                    "at a directory this user can write (or remove a damaged one), or run "
                    "without the cache (--no-cache)"
                ) from exc
        return self._opened

    @property
    def _cache(self) -> diskcache.Cache:
        return self.open()

    @property
    def size_limit(self) -> int:
        """Bytes kept before the least recently stored entries are dropped."""
        return int(self._cache.size_limit)

    def __len__(self) -> int:
        return len(self._cache)

    def __bool__(self) -> bool:
        """A store is there even when empty: ``if memo:`` must not read "no memo"."""
        return True

    def volume(self) -> int:
        """Bytes on disk: the database and any values stored in files beside it."""
        return int(self._cache.volume())

    def clear(self) -> int:
        """Drop every entry; how many there were."""
        return int(self._cache.clear())

    def close(self) -> None:
        """Release the SQLite handle, if it was opened."""
        if self._opened is not None:
            self._opened.close()


class ResponseCache(_Store):
    """A thin, typed wrapper over ``diskcache.Cache`` that counts hits and misses.

    Opened at once, so that a cache directory that cannot be used is said before any
    request. An answer it cannot store (a full disk) is counted, not raised: the answer
    was paid for and is valid, and failing its article for the cache's sake would lose it.
    An entry it cannot read (a damaged database) is a miss: the run goes on, asking.
    """

    def __init__(self, directory: Path, size_limit: int) -> None:
        super().__init__(directory, size_limit)
        self.stats = CacheStats()
        self.open()

    def get(self, key: str, model: type[BaseModel]) -> CacheHit | None:
        """The validated answer under ``key``, or None (a stale, invalid or unreadable entry
        is a miss)."""
        try:
            raw = self._cache.get(key)
        except STORE_ERRORS as exc:
            self.stats.error = str(exc) or type(exc).__name__
            raw = None
        if raw is None:
            self.stats.misses += 1
            return None
        try:
            entry = CachedAnswer.model_validate_json(raw)
            answer = model.model_validate(entry.answer)
        except ValidationError:  # stale: dropped if the store can, asked again either way
            with contextlib.suppress(*STORE_ERRORS):
                self._cache.delete(key)
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        return CacheHit(answer, entry, _digest(raw))

    def holds(self, key: str) -> bool:
        """Whether an answer is stored under ``key``, its value not read: what a run
        would send costs a key lookup apiece to tell (``coopllm estimate``), a tenth of
        :meth:`get`. An entry a run would find stale counts as held; one that cannot be
        read (a damaged database) does not. Counted in neither hits nor misses."""
        try:
            return key in self._cache
        except STORE_ERRORS as exc:
            self.stats.error = str(exc) or type(exc).__name__
            return False

    def digest(self, key: str) -> str | None:
        """SHA-256 of the entry stored under ``key`` as stored, not validated, or None (no
        entry, or one that cannot be read): what :class:`RecordMemo` keys a record by."""
        try:
            raw = self._cache.get(key)
        except STORE_ERRORS:
            return None
        return _digest(raw) if isinstance(raw, str) else None

    def counted_hits(self, hits: int) -> None:
        """Count ``hits`` answers served without being read: a record kept for them."""
        self.stats.hits += hits

    def put(self, key: str, entry: CachedAnswer) -> str | None:
        """Store an answer that has already been validated, if the cache can; the stored
        entry's digest (as :meth:`digest` reads it), or None when it could not."""
        raw = entry.model_dump_json()
        try:
            self._cache.set(key, raw)
        except STORE_ERRORS as exc:
            self.stats.unstored += 1
            self.stats.error = str(exc) or type(exc).__name__
            return None
        return _digest(raw)


PAGE_READING = 2
"""Raise it whenever :func:`coopllm.pages.page_text` reads pages differently: it is part
of the memo's keys, so pages read the old way are read again rather than taken from it."""


PAGE_READERS = ("trafilatura", "htmldate", "lxml", "charset-normalizer", "justext", "dateparser")
"""The packages whose versions decide what a page reads as: trafilatura and its parser
(lxml), the decoding it falls back to for a page that does not say its charset
(charset-normalizer), its boilerplate remover (justext), and the dates (htmldate, and
dateparser for a date line). An upgrade of any of them may read a page otherwise."""


class PageMemo(_Store):
    """What each saved web page read as (its article text and date), by the page's bytes.

    Resume knows an article is done by its source and the hash of its text, and a page's
    text is what trafilatura makes of the page: a first run over 500 news pages of 71 KB
    took 27.8 s on this machine, nearly all of it reading them one at a time, and so did
    the same command again (``benchmarks/batch.py pages``). At that pace a resume of
    100,000 pages read them for an hour and a half before it reached its first new
    article; with the memo a page it has read costs a hash of its bytes and a lookup. The
    key holds the versions of :data:`PAGE_READERS` and :data:`PAGE_READING`, so a page is
    read again when they change. The text is kept compressed (zlib): half to two thirds
    of its UTF-8 size for the example articles, English and Chinese.
    """

    def __init__(self, directory: Path, size_limit: int) -> None:
        super().__init__(directory, size_limit)
        self._reader = "/".join([str(PAGE_READING), *map(_version, PAGE_READERS)])

    @classmethod
    @contextlib.contextmanager
    def of(cls, settings: Settings) -> Iterator[PageMemo | None]:
        """The memo beside the settings' cache (closed after use), or None when the cache
        is off: ``--no-cache`` reads every page again."""
        if not settings.use_cache:
            yield None
            return
        memo = cls(pages_dir(settings), settings.cache_size_limit)
        try:
            yield memo
        finally:
            memo.close()

    def read(self, data: bytes) -> tuple[str, dt.date | None]:
        """``page_text(data)``, from the memo when this page was read before."""
        key = self.key(data)
        kept = self.recall(key)
        if kept is not None:
            return kept
        return self.remembered(key, functools.partial(page_text, data))

    def remembered(self, key: str, read: Callable[[], PageReading]) -> PageReading:
        """What ``read()`` makes of the page, kept under ``key``. A page with no article
        text (a section's index page) is kept too: resume retries failed articles, and
        would read each such page again on every run."""
        try:
            text, date = read()
        except EmptyArticleError as exc:
            self._keep(key, {"empty": str(exc)})
            raise
        self._keep(key, {"text": text, "published": date.isoformat() if date else None})
        return text, date

    def key(self, data: bytes) -> str:
        """The memo's key for a page: its bytes' hash, and what read it."""
        return f"{self._reader}:{hashlib.sha256(data).hexdigest()}"

    def recall(self, key: str) -> PageReading | None:
        """What the page read as, or None when it was not read before; a page remembered
        as having no article text raises ``EmptyArticleError`` again."""
        kept = None
        with contextlib.suppress(*STORE_ERRORS):  # a damaged memo: the page is read again
            kept = self._cache.get(key)
        if not isinstance(kept, bytes):
            return None
        with contextlib.suppress(zlib.error, ValueError, TypeError, KeyError):  # damaged
            entry = json.loads(zlib.decompress(kept))
            if "empty" in entry:
                raise EmptyArticleError(str(entry["empty"]))
            published = entry["published"]
            return str(entry["text"]), dt.date.fromisoformat(published) if published else None
        return None

    def _keep(self, key: str, entry: dict[str, str | None]) -> None:
        """Remember a page, if the memo can: one it cannot (a full disk) is read again on
        the next run, and this run goes on."""
        with contextlib.suppress(*STORE_ERRORS):
            self._cache.set(key, zlib.compress(json.dumps(entry, ensure_ascii=False).encode()))


RECORD_MAKERS = (
    "pydantic", "pydantic-core", "dateparser", "regex", "pytz", "tzlocal", "rapidfuzz",
    "cn2an", "opencc",
)  # fmt: skip
"""The packages that, with coopllm's own code, decide what record a set of answers makes:
validation, dates (dateparser and the packages it reads dates with), fuzzy matching,
Chinese numerals and Traditional characters."""


@functools.lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """What turns answers into a record, as one hash: every module of coopllm as it is on
    disk, the versions of :data:`RECORD_MAKERS`, Python's and its Unicode tables'. A
    change to any of them is another fingerprint, and the records kept before are not
    found (read once a process: some 30 files)."""
    versions = [*map(_version, RECORD_MAKERS), platform.python_version()]
    return fingerprint(Path(__file__).parent, [*versions, unicodedata.unidata_version])


def fingerprint(package: Path, versions: list[str]) -> str:
    """One hash of the package's modules, its subpackages' too (by path and bytes), and of
    ``versions``."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        code = path.read_bytes()
        digest.update(f"{path.relative_to(package).as_posix()}:{len(code)}:".encode() + code)
    digest.update("/".join(versions).encode())
    return digest.hexdigest()


class RecordMemo(_Store):
    """The records made from cached answers, so that a hit skips the work after them.

    A cache hit ran the whole pipeline again on the answers (validation, the documents'
    merge, normalisation, the guard, grounding): 1-1.4 ms on the benchmark's short sample
    and 2-7 ms on the seed articles (``benchmarks/batch.py cache``, ``benchmarks/
    HISTORY.md``), most of a re-run of an archive whose answers are all cached. A record
    is kept under a key (:meth:`coopllm.extraction.Extractor.extract` makes it) over the
    hashes of the very answer entries it was made from, the article's text, date and
    the settings that shape the record, and :func:`pipeline_fingerprint`: another answer
    (a refreshed one), another text or setting, another version of coopllm or of a
    package that shapes a record, and the record is made again. A kept record is
    validated when read, as answers are.
    """

    def recall(self, key: str) -> ArticleExtraction | None:
        """The record kept under ``key``, or None (none, or one that cannot be read or
        no longer validates)."""
        raw = None
        with contextlib.suppress(*STORE_ERRORS):  # a damaged memo: the record is made again
            raw = self._cache.get(key)
        if not isinstance(raw, bytes):
            return None
        try:
            return ArticleExtraction.model_validate_json(zlib.decompress(raw))
        except (zlib.error, ValidationError):
            return None

    def keep(self, key: str, record: ArticleExtraction) -> None:
        """Keep a record, if the memo can: one it cannot (a full disk) is made again."""
        with contextlib.suppress(*STORE_ERRORS):
            self._cache.set(key, zlib.compress(record.model_dump_json().encode(), 1))


def records_dir(settings: Settings) -> Path:
    """The record memo's directory, inside the cache's, as the pages' memo is."""
    return settings.cache_dir / "records"


def pages_dir(settings: Settings) -> Path:
    """The memo's directory, inside the cache's: one place holds all that coopllm keeps."""
    return settings.cache_dir / "pages"


def batch_answers_dir(settings: Settings) -> Path:
    """Where ``batch collect`` keeps the batches' answers it downloaded, a folder per
    batch state (:func:`coopllm.provider_batch.answers_dir`), inside the cache's too."""
    return settings.cache_dir / "batch-answers"


def kept_answers(settings: Settings) -> tuple[int, int]:
    """How many batch states' answers collect keeps for a collect to come (one stopped, or
    with articles to retry), and their bytes on disk: gigabytes at 100,000 articles, which
    ``cache info`` says and ``cache clear`` frees."""
    stores = _kept_stores(settings)
    size = sum(f.stat().st_size for store in stores for f in store.rglob("*") if f.is_file())
    return len(stores), size


def drop_kept_answers(settings: Settings) -> int:
    """Remove every batch state's kept answers; how many. A collect to come downloads them
    again from the provider (while it keeps the batch's output files)."""
    stores = _kept_stores(settings)
    for store in stores:
        shutil.rmtree(store)
    return len(stores)


def _kept_stores(settings: Settings) -> list[Path]:
    root = batch_answers_dir(settings)
    return [folder for folder in root.iterdir() if folder.is_dir()] if root.is_dir() else []


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:  # no html extra: page_text says so
        return "none"
