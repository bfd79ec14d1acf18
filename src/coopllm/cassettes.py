"""Record and replay chat-completion responses as cassettes.

Both work as ``httpx`` transports handed to the real openai client, so everything above
them (openai, instructor, our pipeline) runs exactly as it does online. A cassette holds
the raw OpenAI-format response and the SHA-256 of the canonical request body it answered
(never the article text, never a key). Replay matches on that hash only: a changed prompt,
schema, model or parameter is a different request and so a miss.

A miss answers HTTP 404 with the error code ``coopllm_offline_miss``: the client raises at
once (404 is never retried) and the pipeline turns it into ``OfflineMissError``. The
replay transport has no network code at all, so offline mode cannot open a socket.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx2 as httpx
from pydantic import BaseModel, Field

from coopllm.calls import current_call

OFFLINE_MISS_CODE = "coopllm_offline_miss"


def canonical_json(data: Any) -> bytes:
    """One byte string per JSON value, independent of key order and spacing."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def request_sha256(body: bytes) -> str:
    """Hash of a request body after canonicalisation (what cassettes are matched on)."""
    try:
        return hashlib.sha256(canonical_json(json.loads(body))).hexdigest()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return hashlib.sha256(body).hexdigest()


class Cassette(BaseModel):
    """One recorded request/response pair."""

    request_sha256: str
    source: str | None = Field(default=None, description="The article id, not its text.")
    model: str | None = None
    prompt_sha256: str | None = None
    recorded_with: dict[str, str] = Field(
        description="backend and model_file_sha256 of the real model run that answered."
    )
    recorded_at: str
    status_code: int = 200
    response: dict[str, Any]


class CassetteLibrary:
    """All cassettes of a directory, indexed by request hash."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._by_hash: dict[str, Cassette] = {}
        if directory.is_dir():
            for path in sorted(directory.glob("*.json")):
                cassette = Cassette.model_validate_json(path.read_bytes())
                self._by_hash[cassette.request_sha256] = cassette

    def get(self, sha: str) -> Cassette | None:
        """The cassette answering this request hash, if recorded."""
        return self._by_hash.get(sha)

    def __len__(self) -> int:
        return len(self._by_hash)

    def save(self, cassette: Cassette) -> Path:
        """Write atomically (temp file + rename) so a crash never leaves half a cassette."""
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"{cassette.request_sha256}.json"
        fd, tmp = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(cassette.model_dump_json(indent=1))
        os.replace(tmp, path)
        self._by_hash[cassette.request_sha256] = cassette
        return path


def _miss_response(request: httpx.Request, sha: str) -> httpx.Response:
    body = {
        "error": {
            "message": f"no cassette for request {sha}",
            "type": "invalid_request_error",
            "code": OFFLINE_MISS_CODE,
            "param": sha,
        }
    }
    return httpx.Response(404, json=body, request=request)


class ReplayTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers chat completions from cassettes; never touches the network."""

    def __init__(self, library: CassetteLibrary) -> None:
        self.library = library

    def _answer(self, request: httpx.Request) -> httpx.Response:
        sha = request_sha256(request.read())
        cassette = self.library.get(sha)
        if cassette is None:
            return _miss_response(request, sha)
        return httpx.Response(cassette.status_code, json=cassette.response, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)


class RecordingTransport(httpx.AsyncBaseTransport):
    """Passes requests to the real transport and saves every successful completion."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        library: CassetteLibrary,
        recorded_with: Mapping[str, str],
    ) -> None:
        self.inner = inner
        self.library = library
        self.recorded_with = dict(recorded_with)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        response = await self.inner.handle_async_request(request)
        if response.status_code != 200 or not request.url.path.endswith("/chat/completions"):
            return response
        content = await response.aread()
        self._save(body, json.loads(content))
        return httpx.Response(200, content=content, headers=response.headers, request=request)

    def _save(self, body: bytes, payload: dict[str, Any]) -> None:
        call = current_call.get()
        self.library.save(
            Cassette(
                request_sha256=request_sha256(body),
                source=call.source if call else None,
                model=payload.get("model"),
                prompt_sha256=call.prompt_sha256 if call else None,
                recorded_with=self.recorded_with,
                recorded_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                response=payload,
            )
        )

    async def aclose(self) -> None:
        await self.inner.aclose()
