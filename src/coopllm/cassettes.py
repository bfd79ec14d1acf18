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
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import httpx2 as httpx
from pydantic import BaseModel, Field, ValidationError

from coopllm.calls import current_call
from coopllm.errors import ConfigurationError, validation_problems
from coopllm.files import write_atomically

OFFLINE_MISS_CODE = "coopllm_offline_miss"
_REF_OPEN, _REF_CLOSE = "\ue000", "\ue001"  # private-use characters: never in a response
_REF = re.compile(f"{_REF_OPEN}(\\d+):(\\d+){_REF_CLOSE}")
MIN_REF_CHARS = 24
"""Runs of the article at least this long in a response are stored as references."""


def _article_of(request: dict[str, Any]) -> str:
    """The first user message: it carries the article the answer quotes from."""
    for message in request.get("messages", []):
        if message.get("role") == "user" and isinstance(message.get("content"), str):
            return str(message["content"])
    return ""


def _pack_text(value: str, article: str) -> str:
    """Replace every long run copied from the article with a reference to its offsets."""
    out: list[str] = []
    i = 0
    while i < len(value):
        start = article.find(value[i : i + MIN_REF_CHARS]) if article else -1
        if len(value) - i < MIN_REF_CHARS or start < 0:
            out.append(value[i])
            i += 1
            continue
        length = MIN_REF_CHARS
        while i + length < len(value) and (found := article.find(value[i : i + length + 1])) >= 0:
            start, length = found, length + 1
        out.append(f"{_REF_OPEN}{start}:{start + length}{_REF_CLOSE}")
        i += length
    return "".join(out)


def _unpack_text(value: str, article: str) -> str:
    return _REF.sub(lambda m: article[int(m.group(1)) : int(m.group(2))], value)


def _map_strings(response: dict[str, Any], fn: Callable[[str], str]) -> dict[str, Any]:
    """Apply ``fn`` to every string value in every choice: not only the content and the
    calls' arguments, but whatever else a server puts there, in any depth (vLLM's and
    DeepSeek's ``reasoning_content``, OpenRouter's ``reasoning_details``), which quotes
    the article as much. Strings with no run of the article pass unchanged, so cassettes
    packed when only the content and the arguments were still replay."""
    return {**response, "choices": _map_json(response.get("choices", []), fn)}


def _map_json(value: Any, fn: Callable[[str], str]) -> Any:
    """``value`` (parsed JSON) with ``fn`` applied to each string in it, keys excepted."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [_map_json(item, fn) for item in value]
    if isinstance(value, dict):
        return {key: _map_json(item, fn) for key, item in value.items()}
    return value


def pack_response(response: dict[str, Any], request: dict[str, Any]) -> dict[str, Any]:
    """The response with article text replaced by offsets into the request's article.

    Answers quote the article at length (titles, names, phrases); stored as references,
    a cassette holds no article text, and replay restores the exact response because the
    request that is replayed carries the same article.
    """
    article = _article_of(request)
    return _map_strings(response, lambda value: _pack_text(value, article))


def unpack_response(response: dict[str, Any], request: dict[str, Any]) -> dict[str, Any]:
    """Undo :func:`pack_response` with the article of the request being answered."""
    article = _article_of(request)
    return _map_strings(response, lambda value: _unpack_text(value, article))


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
    response: dict[str, Any] = Field(
        description="The raw OpenAI-format response; runs quoted from the article are stored "
        "as offsets into the request's article (see pack_response)."
    )


class CassetteLibrary:
    """All cassettes of a directory, indexed by request hash."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._by_hash: dict[str, Cassette] = {}
        self._files: dict[str, list[Path]] = {}
        self.answered: set[str] = set()
        """The request hashes :meth:`get` found a cassette for: what :meth:`unasked` leaves."""
        if directory.is_dir():
            for path in sorted(directory.glob("*.json")):
                cassette = _read_cassette(path)
                self._by_hash[cassette.request_sha256] = cassette
                self._files.setdefault(cassette.request_sha256, []).append(path)

    def get(self, sha: str) -> Cassette | None:
        """The cassette answering this request hash, if recorded."""
        cassette = self._by_hash.get(sha)
        if cassette is not None:
            self.answered.add(sha)
        return cassette

    @property
    def files(self) -> int:
        """How many cassette files the directory holds (two may answer one request)."""
        return sum(len(paths) for paths in self._files.values())

    def unasked(self) -> list[Path]:
        """The files of the cassettes no request has asked for since the library was read:
        after a replay of a suite's articles, the recordings of requests it no longer sends
        (a prompt, a schema or a rule of the request changed; an article re-recorded)."""
        return sorted(
            path for sha, paths in self._files.items() if sha not in self.answered for path in paths
        )

    def __len__(self) -> int:
        return len(self._by_hash)

    def save(self, cassette: Cassette) -> Path:
        """Written whole (:mod:`coopllm.files`): a crash never leaves half a cassette."""
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"{cassette.request_sha256}.json"
        write_atomically(path, cassette.model_dump_json(indent=1))
        self._by_hash[cassette.request_sha256] = cassette
        return path


def _read_cassette(path: Path) -> Cassette:
    """The cassette in ``path``, or ``ConfigurationError`` naming the file and what is
    wrong with it, before any article is asked.

    Not skipped with a warning: whoever builds a database from recordings wants every
    answer they recorded, and a skipped cassette would turn its articles into offline
    misses, far from their cause, in a run whose warnings scrolled away. A file that is
    not a cassette (someone's notes, one cut off by a full disk) costs its owner one move
    out of the folder. Said without its content, which may be anything."""
    try:
        return Cassette.model_validate_json(path.read_bytes())
    except OSError as exc:
        why = f"it cannot be read: {exc.strerror}"
    except ValidationError as exc:
        why = "; ".join(validation_problems(exc, "the file"))
    raise ConfigurationError(
        f"{path} is no cassette ({why}): move it out of the cassette directory (and record "
        "its article again if it was a recording)"
    )


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


class ReplayTransport(httpx.AsyncBaseTransport):
    """Answers chat completions from cassettes; never touches the network."""

    def __init__(self, library: CassetteLibrary) -> None:
        self.library = library

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        sha = request_sha256(body)
        cassette = self.library.get(sha)
        if cassette is None:
            return _miss_response(request, sha)
        return _replayed(cassette, body, request)


def _replayed(cassette: Cassette, body: bytes, request: httpx.Request) -> httpx.Response:
    """The recorded answer to ``request`` (whose body is ``body``), the article restored."""
    response = unpack_response(cassette.response, json.loads(body))
    return httpx.Response(cassette.status_code, json=response, request=request)


_DECODED = frozenset({"content-encoding", "content-length", "transfer-encoding"})
"""Headers that describe the body as it was on the wire, not as ``content`` holds it."""


def decoded_response(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """A response already read, as a transport hands it on: the body as read (decoded),
    without the headers that described it on the wire. Kept, ``Content-Encoding: gzip``
    has the client decompress the body a second time, and fail."""
    kept = {k: v for k, v in response.headers.items() if k.lower() not in _DECODED}
    return httpx.Response(response.status_code, headers=kept, content=response.content,
                          request=request)  # fmt: skip


class RecordingTransport(httpx.AsyncBaseTransport):
    """Passes requests to the real transport and saves every successful completion; with
    ``missing_only``, a request a cassette recorded the same way answers (the same
    ``recorded_with``) is replayed instead, and only the others reach the model (a set's
    new or changed requests recorded, the rest kept)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        library: CassetteLibrary,
        recorded_with: Mapping[str, str],
        *,
        missing_only: bool = False,
    ) -> None:
        self.inner = inner
        self.library = library
        self.recorded_with = dict(recorded_with)
        self.missing_only = missing_only

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        if self.missing_only and (cassette := self._recorded_here(body)):
            return _replayed(cassette, body, request)
        response = await self.inner.handle_async_request(request)
        if response.status_code != 200 or not request.url.path.endswith("/chat/completions"):
            return response
        self._save(body, json.loads(await response.aread()))
        return decoded_response(response, request)

    def _recorded_here(self, body: bytes) -> Cassette | None:
        """The cassette of this request recorded as this recorder records (the same endpoint,
        the same model file: ``recorded_with``); another's answer is asked again (a review's
        find: `--missing` at another endpoint replayed the first one's answers)."""
        cassette = self.library.get(request_sha256(body))
        return cassette if cassette and cassette.recorded_with == self.recorded_with else None

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
                response=pack_response(payload, json.loads(body)),
            )
        )

    async def aclose(self) -> None:
        await self.inner.aclose()
