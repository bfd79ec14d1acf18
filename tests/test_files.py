"""Files replaced whole: the old version survives a failed write, and no temporary stays."""

from __future__ import annotations

import os
import stat
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


def test_the_file_gets_the_permissions_of_any_new_file(tmp_path: Path) -> None:
    """As ``write_text`` would: a team reads the errors file and a batch's state."""
    before = os.umask(0o022)
    try:
        write_atomically(tmp_path / "state.json", "text")
    finally:
        os.umask(before)
    assert stat.S_IMODE((tmp_path / "state.json").stat().st_mode) == 0o644
