"""Files replaced whole: the old version survives a failed write, and no temporary stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopllm.files import write_atomically


def test_a_write_replaces_the_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    write_atomically(path, "old")
    write_atomically(path, "new 新")
    assert path.read_text(encoding="utf-8") == "new 新"
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    write_atomically(path, "old")
    with pytest.raises(UnicodeEncodeError):
        write_atomically(path, "half written, then \ud800 cannot be encoded")
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


def test_a_missing_directory_is_an_oserror_with_nothing_written(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "gone" / "state.json", "text")
    assert list(tmp_path.iterdir()) == []
