"""The real thing: the managed llama.cpp server with the real model, through the public API.

Slow (about a minute on 2 cores). It skips where the `local` extra or the model is
missing, except when COOPLLM_REQUIRE_LIVE=1 (as in .ci/run), where that is a failure.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from coopllm import extract
from coopllm.local import model_path, stop_server

ARTICLE = """Westbrook Polytechnic and Silverline Energy Sign Cooperation Agreement
Time: 2025-06-12

On June 10, Westbrook Polytechnic and Silverline Energy Co., Ltd. signed a cooperation
agreement on battery recycling research in Ridgeport. President Alan Marsh signed for
Westbrook Polytechnic and Chairman Priya Nandi signed for Silverline Energy.
"""


def _missing() -> str | None:
    if importlib.util.find_spec("llama_cpp") is None:
        return "llama-cpp-python is not installed (pip install 'coopllm[local]')"
    if not model_path().exists():
        return f"no model at {model_path()} (coopllm local fetch)"
    return None


@pytest.mark.live
def test_local_model_extracts_a_grounded_record(tmp_path: Path) -> None:
    reason = _missing()
    if reason:
        if os.environ.get("COOPLLM_REQUIRE_LIVE") == "1":
            pytest.fail(f"live test required but {reason}")
        pytest.skip(reason)
    try:
        record = extract(
            ARTICLE, source="westbrook.txt", backend="local", cache_dir=tmp_path / "cache"
        )
    finally:
        stop_server()
    assert record.usage.requests >= 1 and not record.usage.cached
    assert record.agreements, record.warnings
    parties = {p.name for a in record.agreements for p in a.parties}
    assert any("Westbrook Polytechnic" in name for name in parties), parties
    assert any("Silverline Energy" in name for name in parties), parties
    ungrounded = [g for g in record.grounding if g.status == "ungrounded"]
    assert ungrounded == [], ungrounded
