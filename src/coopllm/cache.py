"""On-disk cache of validated model answers (diskcache).

The key is a SHA-256 over everything that can change the answer: model, base URL, mode,
the full messages, the response schema (its hash), sampling parameters, the prompt hash and the
library's schema version. The API key is never part of the key or the value. Only answers
that passed validation are stored (with the raw completion and usage); a hit is validated
again, so a cache written by an older, looser model class can never leak an invalid record.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import diskcache
from pydantic import BaseModel, ValidationError

from coopllm.cassettes import canonical_json
from coopllm.schema import SCHEMA_VERSION


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


@dataclass
class CacheStats:
    """Hit and miss counts of one ``ResponseCache`` since it was opened."""

    hits: int = 0
    misses: int = 0


class ResponseCache:
    """A thin, typed wrapper over ``diskcache.Cache`` that counts hits and misses."""

    def __init__(self, directory: Path, size_limit: int) -> None:
        self.directory = directory
        self._cache = diskcache.Cache(str(directory), size_limit=size_limit)
        self.stats = CacheStats()

    @property
    def size_limit(self) -> int:
        """Bytes kept before the least recently stored answers are dropped."""
        return int(self._cache.size_limit)

    def __len__(self) -> int:
        return len(self._cache)

    def volume(self) -> int:
        """Bytes on disk: the database and any values stored in files beside it."""
        return int(self._cache.volume())

    def clear(self) -> int:
        """Drop every entry; how many there were."""
        return int(self._cache.clear())

    def get(self, key: str, model: type[BaseModel]) -> tuple[BaseModel, CachedAnswer] | None:
        """The validated answer under ``key``, or None (a stale or invalid entry is a miss)."""
        raw = self._cache.get(key)
        if raw is None:
            self.stats.misses += 1
            return None
        try:
            entry = CachedAnswer.model_validate_json(raw)
            answer = model.model_validate(entry.answer)
        except ValidationError:
            self._cache.delete(key)
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        return answer, entry

    def put(self, key: str, entry: CachedAnswer) -> None:
        """Store an answer that has already been validated."""
        self._cache.set(key, entry.model_dump_json())

    def close(self) -> None:
        """Release the SQLite handle."""
        self._cache.close()
