"""A real HTTP server on 127.0.0.1 that speaks OpenAI chat completions, for tests.

Tests and benchmarks drive the real openai client against it, so nothing in the SDK is
patched. It answers from a script of actions (replies, HTTP faults, connection resets,
hangs, truncated bodies), then from a fallback function (recordings replay through the
client's own offline transport, not here); it keeps every request body it received for
assertions.
"""

from __future__ import annotations

import contextlib
import email.policy
import json
import random
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# A short article of our own and the right answer for it, shared by tests and benchmarks.
# The answer is written by hand (synthetic), as is every body `completion` builds: a
# recording of a real model is a cassette (tests/fixtures/cassettes), never these.
SAMPLE_ARTICLE = """Riverbend University and Northgate Robotics Sign Cooperation Agreement
Time: 2024-05-20

On May 16, Riverbend University and Northgate Robotics Co., Ltd. signed a cooperation
agreement in Lakeside City. Vice President Mara Quill signed on behalf of Riverbend
University and General Manager Tomas Brill signed for Northgate Robotics. Dean Ellis
Varga attended the ceremony and spoke about joint training of engineers.
"""

SAMPLE_ANSWER: dict[str, Any] = {
    "article": {
        "title": "Riverbend University and Northgate Robotics Sign Cooperation Agreement",
        "published": "2024-05-20",
        "language": "en",
    },
    "agreements": [
        {
            "title": "cooperation agreement",
            "agreement_type": "cooperation_agreement",
            "date_text": "On May 16",
            "location": "Lakeside City",
            "parties": [
                {"name": "Riverbend University", "aliases": [], "kind": "university"},
                {"name": "Northgate Robotics Co., Ltd.", "aliases": [], "kind": "company"},
            ],
            "signatories": [
                {
                    "name": "Mara Quill",
                    "title": "Vice President",
                    "organization": "Riverbend University",
                },
                {
                    "name": "Tomas Brill",
                    "title": "General Manager",
                    "organization": "Northgate Robotics",
                },
            ],
            "witnesses": [],
            "facilitators": [],
            "established_entities": [],
            "cooperation_areas": ["joint training of engineers"],
        }
    ],
}


@dataclass(frozen=True)
class Reply:
    """An HTTP answer: status, JSON body, extra headers, optional delay before it."""

    body: dict[str, Any]
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass(frozen=True)
class Reset:
    """Reset the connection without answering (a TCP RST: the client sees a connection
    error, as when a proxy or a crashed server drops it)."""


@dataclass(frozen=True)
class Hang:
    """Wait this long before answering (longer than the client's timeout: a read timeout)."""

    seconds: float
    then: Reply | None = None


@dataclass(frozen=True)
class Truncated:
    """A 200 whose JSON body stops half-way."""

    body: dict[str, Any]


@dataclass(frozen=True)
class Raw:
    """A 200 whose body is these bytes as they are: a proxy's HTML page, bytes that are no
    UTF-8, a gzipped answer (with its ``Content-Encoding`` among ``headers``)."""

    content: bytes
    content_type: str = "text/html"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Cut:
    """A 200 that announces its whole body, sends half of it and drops the connection (an
    answer, or a download, cut off in transit). Among ``batch_api_faults``, a file's
    content is cut."""

    body: dict[str, Any] = field(default_factory=dict)


Action = Reply | Reset | Hang | Truncated | Cut | Raw
Fallback = Callable[[dict[str, Any]], Action]


def completion(
    arguments: dict[str, Any] | str,
    *,
    tool_name: str = "GuardedDraft",
    finish_reason: str = "stop",
    prompt_tokens: int = 100,
    completion_tokens: int = 50,
    model: str = "test-model",
) -> dict[str, Any]:
    """A synthetic (hand-written) chat.completion body whose only choice calls
    ``tool_name`` with ``arguments``; its id says so."""
    args = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return {
        "id": "chatcmpl-synthetic",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [
            {
                "index": 0,
                "finish_reason": finish_reason,
                "message": {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call_0",
                            "type": "function",
                            "function": {"name": tool_name, "arguments": args},
                        }
                    ],
                },
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def error_body(status: int, message: str) -> dict[str, Any]:
    """An OpenAI-style error body."""
    return {"error": {"message": message, "type": "test_error", "code": str(status)}}


class _QuietServer(ThreadingHTTPServer):
    """A client that hung up on a Hang or Reset is expected here, not worth a traceback.
    The listen backlog is raised from socketserver's 5 so that 32+ concurrent clients
    are queued instead of refused. Open connections are kept track of, so that an
    outage (:meth:`FakeOpenAIServer.go_down`) can cut the kept-alive ones too."""

    request_queue_size = 256

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(address, handler)
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        """Cut every open connection (kept-alive ones included) from this side."""
        with self._open_lock:
            open_now = list(self._open)
        for connection in open_now:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class FakeOpenAIServer:
    """``with FakeOpenAIServer(script=[...]) as server: ... server.base_url``."""

    def __init__(
        self,
        *,
        script: Iterable[Action] = (),
        fallback: Fallback | None = None,
        latency: float = 0.0,
        jitter: float = 0.0,
        seed: int = 0,
    ) -> None:
        self.script: deque[Action] = deque(script)
        self.fallback = fallback
        self.latency = latency
        self.jitter = jitter
        """Each chat completion is answered ``latency`` plus a uniform draw up to
        ``jitter`` after it arrived: the server's own work is inside that time."""
        self._random = random.Random(seed)
        self._bodies: list[bytes] = []
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.files_read: list[str] = []
        """The ids of the files whose content was downloaded, in order."""
        self.batch_pending_polls = 0
        """How many status reads of a new batch say "in_progress" before the real status."""
        self.batch_expire_after: int | None = None
        """Answer only this many lines of a batch and report it "expired" (24 h window)."""
        self.batch_rejection: str | None = None
        """Reject every new batch as a whole ("failed") with this reason."""
        self.batch_answers_lost = 0
        """How many ``POST /batches`` start their batch and then reset the connection
        instead of answering: the client cannot tell whether the batch started."""
        self.batch_api_faults: deque[Action | None] = deque()
        """Actions the Files and Batches endpoints take, one per request, before they
        answer normally again (None: answer this one normally): HTTP faults, resets and
        cut downloads (:class:`Cut`) for the retry tests."""
        self._pending: dict[str, int] = {}
        self.batch_status_reads = 0
        """How many ``GET /batches/{id}`` came: the polls of a collect that waits."""
        self.request_times: list[float] = []
        self.authorizations: list[str] = []
        """The ``Authorization`` header of each chat-completion request: which key came."""
        self._lock = threading.Lock()
        self._httpd = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def requests(self) -> list[dict[str, Any]]:
        """The chat-completion requests received so far, decoded, oldest first ({} for a
        body that is not JSON).

        The server keeps the raw bytes and decodes them here: parsed bodies (the tool
        schema and the article, thousands of objects each) made every request a lasting
        load on the garbage collector, whose full passes then held the whole server for
        ~150 ms in a benchmark run, as no real server does."""
        with self._lock:
            bodies = list(self._bodies)
        return [_decoded(body) for body in bodies]

    def _delay(self) -> float:
        with self._lock:
            return self.latency + self._random.uniform(0.0, self.jitter)

    @property
    def base_url(self) -> str:
        """The ``/v1`` base URL to hand to the openai client."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def __enter__(self) -> FakeOpenAIServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def go_down(self) -> None:
        """Stop as a crashed server does: new connections are refused and open ones cut
        (an outage, for tests of a batch whose endpoint goes away mid-run)."""
        self._httpd.shutdown()
        self._httpd.server_close()
        self._httpd.drop_connections()

    def push(self, *actions: Action) -> None:
        """Append actions to the script."""
        with self._lock:
            self.script.extend(actions)

    def _store_file(self, content_type: str, body: bytes) -> dict[str, Any]:
        """``POST /v1/files``: keep the uploaded bytes (multipart field ``file``)."""
        message = BytesParser(policy=email.policy.default).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
        )
        data = b""
        for part in message.iter_parts():
            payload = part.get_payload(decode=True)
            if part.get_param("name", header="content-disposition") == "file":
                data = payload if isinstance(payload, bytes) else b""
        file_id = f"file-{len(self.files) + 1}"
        self.files[file_id] = data
        return {"id": file_id, "object": "file", "bytes": len(data), "created_at": 0,
                "filename": "input.jsonl", "purpose": "batch", "status": "processed"}  # fmt: skip

    def _run_batch(self, request: dict[str, Any]) -> dict[str, Any]:
        """``POST /v1/batches``: answer every line at once, as the scripted server would.
        As OpenAI's Batch API does, the answers of the requests that succeeded go to the
        batch's output file and the others (a failed request, one left when the batch
        expired) to its error file; a batch with none of either has no such file."""
        lines = [x for x in self.files[request["input_file_id"]].decode().splitlines() if x]
        expired = self.batch_expire_after is not None and self.batch_expire_after < len(lines)
        answered = [] if self.batch_rejection is not None else lines[: self.batch_expire_after]
        out: list[dict[str, Any]] = []
        errors: list[dict[str, Any]] = []
        for n, line in enumerate(answered):
            row = json.loads(line)
            raw = json.dumps(row["body"]).encode()
            action = self._next_action(raw, row["body"])
            status, answer = (action.status, action.body) if isinstance(action, Reply) else (
                500, error_body(500, "fault"))  # fmt: skip
            (out if status == 200 else errors).append(
                {"id": f"req-{n}", "custom_id": row["custom_id"], "error": None,
                 "response": {"status_code": status, "body": answer}}
            )  # fmt: skip
        failed = len(errors)
        if self.batch_rejection is None:
            left = enumerate(lines[len(answered) :], start=len(answered))
            errors.extend(_expired_line(n, line) for n, line in left)
        batch_id = f"batch-{len(self.batches) + 1}"
        self.batches[batch_id] = {
            "id": batch_id, "object": "batch", "endpoint": request["endpoint"],
            "input_file_id": request["input_file_id"], "completion_window": "24h",
            "created_at": 0, "status": "expired" if expired else "completed",
            "output_file_id": self._result_file(out), "error_file_id": self._result_file(errors),
            "request_counts": {"total": len(lines), "completed": len(out), "failed": failed},
        }  # fmt: skip
        if self.batch_rejection is not None:
            self.batches[batch_id].update(
                status="failed",
                errors={"object": "list", "data": [{"message": self.batch_rejection}]},
            )  # fmt: skip
        self._pending[batch_id] = self.batch_pending_polls
        return {**self.batches[batch_id], "status": "validating", **_NO_RESULTS}

    def _result_file(self, rows: list[dict[str, Any]]) -> str | None:
        """Keep a batch's result file of these rows; its id, or None when there are none."""
        if not rows:
            return None
        file_id = f"file-{len(self.files) + 1}"
        self.files[file_id] = "".join(json.dumps(row) + "\n" for row in rows).encode()
        return file_id

    def _batch_status(self, batch_id: str) -> dict[str, Any]:
        """``GET /v1/batches/{id}``: "in_progress" for the first pending polls."""
        with self._lock:
            self.batch_status_reads += 1
            pending = self._pending.get(batch_id, 0)
            self._pending[batch_id] = pending - 1
        if pending > 0:
            return {**self.batches[batch_id], "status": "in_progress", **_NO_RESULTS}
        return self.batches[batch_id]

    def _next_action(self, body: bytes, payload: dict[str, Any]) -> Action:
        with self._lock:
            self._bodies.append(body)
            self.request_times.append(time.monotonic())
            if self.script:
                return self.script.popleft()
        if self.fallback is not None:
            return self.fallback(payload)
        return Reply(error_body(404, "no scripted answer for this request"), 404)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in two writes; without this, Nagle's algorithm
                # and delayed ACKs add ~40 ms to every keep-alive request.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: tests read ``server.requests`` instead."""

            def do_POST(self) -> None:
                arrived = time.monotonic()
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if (fault := self._batch_api_fault()) is not None:
                    self._act(fault)
                    return
                if self.path.endswith("/files"):
                    content_type = self.headers.get("Content-Type", "")
                    self._act(Reply(server._store_file(content_type, body)))
                    return
                if self.path.endswith("/batches"):
                    started = server._run_batch(json.loads(body))
                    with server._lock:
                        lost = server.batch_answers_lost > 0
                        server.batch_answers_lost -= lost
                    self._act(Reset() if lost else Reply(started))
                    return
                server.authorizations.append(self.headers.get("Authorization", ""))
                payload = _decoded(body)
                answer_at = arrived + server._delay() if server.latency or server.jitter else 0.0
                self._act(server._next_action(body, payload), answer_at)

            def do_GET(self) -> None:
                fault = self._batch_api_fault()
                parts = self.path.split("?")[0].rstrip("/").split("/")
                content = parts[-1] == "content" and parts[-2] in server.files
                if content:
                    server.files_read.append(parts[-2])
                if isinstance(fault, Cut) and content:
                    self._send(200, server.files[parts[-2]], {}, cut=True)
                elif fault is not None:
                    self._act(fault)
                elif parts[-1] == "batches":  # the list, newest first, in one page
                    newest = list(reversed(server.batches.values()))
                    self._act(Reply({"object": "list", "data": newest, "has_more": False}))
                elif content:
                    self._send(200, server.files[parts[-2]], {})
                elif parts[-2] == "batches" and parts[-1] in server.batches:
                    self._act(Reply(server._batch_status(parts[-1])))
                else:
                    self._act(Reply(error_body(404, "not found"), 404))

            def _batch_api_fault(self) -> Action | None:
                """Take the next scripted Files/Batches fault, if this is such a request."""
                if self.path.endswith("/chat/completions"):
                    return None
                with server._lock:
                    return server.batch_api_faults.popleft() if server.batch_api_faults else None

            def _act(self, action: Action, answer_at: float = 0.0) -> None:
                """Take ``action`` at ``answer_at`` (monotonic): the answer is built before
                the wait, as a real server's work happens within its latency."""
                raw = _encoded(action)
                time.sleep(max(0.0, answer_at - time.monotonic()))
                if isinstance(action, Reset):
                    self.close_connection = True
                    linger_zero = struct.pack("ii", 1, 0)  # close() then sends RST, not FIN
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger_zero)
                    self.connection.close()
                    return
                if isinstance(action, Hang):
                    time.sleep(action.seconds)
                    if action.then is None:
                        self.close_connection = True
                        return
                    raw = _encoded(action.then)
                    action = action.then
                if isinstance(action, Truncated):
                    self._send(200, raw[: len(raw) // 2], {})
                    return
                if isinstance(action, Cut):
                    self._send(200, raw, {}, cut=True)
                    return
                if isinstance(action, Raw):
                    headers = {"Content-Type": action.content_type, **action.headers}
                    self._send(200, action.content, headers)
                    return
                time.sleep(action.delay)
                self._send(action.status, raw, action.headers)

            def _send(
                self, status: int, raw: bytes, headers: dict[str, str], *, cut: bool = False
            ) -> None:
                """Send an answer; ``cut``: only its first half, then drop the connection."""
                self.send_response(status)
                self.send_header("Content-Length", str(len(raw)))
                for name, value in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(raw[: len(raw) // 2] if cut else raw)
                if cut:
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)

        return Handler


_NO_RESULTS = {"output_file_id": None, "error_file_id": None}
"""A batch that has not ended has no result files yet."""


def _expired_line(n: int, line: str) -> dict[str, Any]:
    """The error file's line for a request the batch never ran (it expired), as OpenAI
    writes it."""
    message = "This request could not be executed before the completion window expired."
    return {"id": f"req-{n}", "custom_id": json.loads(line)["custom_id"], "response": None,
            "error": {"code": "batch_expired", "message": message}}  # fmt: skip


def _decoded(body: bytes) -> dict[str, Any]:
    """A request body as JSON ({} if it is not an object in JSON)."""
    try:
        payload = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return {}
    return payload if isinstance(payload, dict) else {}


def _encoded(action: Action) -> bytes:
    """The body an action sends, if it sends one."""
    return json.dumps(action.body).encode() if isinstance(action, Reply | Truncated | Cut) else b""


FAULT_KINDS = ("429", "500", "502", "503", "reset", "timeout", "truncated", "invalid", "length")


@dataclass
class FaultPlan:
    """A fallback that answers well, except for a seeded ``rate`` of injected faults.

    ``answer`` builds the good completion for a request; ``timeout_seconds`` should exceed
    the client's timeout so that a "timeout" fault is a read timeout. Faults are drawn
    evenly from ``kinds``: name a kind more than once to make it more frequent.
    """

    answer: Callable[[dict[str, Any]], dict[str, Any]]
    rate: float = 0.1
    kinds: tuple[str, ...] = FAULT_KINDS
    seed: int = 0
    timeout_seconds: float = 2.0
    injected: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)
        self._lock = threading.Lock()

    def __call__(self, payload: dict[str, Any]) -> Action:
        # Every draw of one request under one hold of the lock: the seed then gives the
        # same sequence of faults whatever order the server's threads come in (a 429's
        # wait drawn apart let another request draw between, and the faults shifted).
        with self._lock:
            roll = self._random.random()
            kind = self._random.choice(self.kinds)
            faulty = roll < self.rate
            wait_ms = self._random.randint(20, 200) if faulty and kind == "429" else 0
            if faulty:
                self.injected[kind] = self.injected.get(kind, 0) + 1
        if not faulty:
            return Reply(self.answer(payload))
        return self._fault(kind, payload, wait_ms)

    def _fault(self, kind: str, payload: dict[str, Any], wait_ms: int) -> Action:
        if kind.isdigit():
            headers = {}
            if kind == "429":  # as OpenAI sends it: whole seconds, and milliseconds
                headers = {"Retry-After": "0", "retry-after-ms": str(wait_ms)}
            return Reply(error_body(int(kind), f"injected {kind}"), int(kind), headers)
        if kind == "reset":
            return Reset()
        if kind == "timeout":
            return Hang(self.timeout_seconds, then=Reply(self.answer(payload)))
        if kind == "truncated":
            return Truncated(self.answer(payload))
        if kind == "invalid":
            return Reply(completion({"article": {"language": 42}, "agreements": "none"}))
        return Reply(completion('{"article": {"title": "cut', finish_reason="length"))
