"""Atomic writes: an interrupted write leaves the previous file intact and no debris behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cmhroadmap.writing.atomic import OutputRefused, write_atomic


def test_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"


def test_interrupted_write_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.txt"
    target.write_text("previous report", encoding="utf-8")

    def interrupted(source: str, destination: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "half a rep")
    assert target.read_text(encoding="utf-8") == "previous report"
    assert sorted(os.listdir(tmp_path)) == ["out.txt"]


def test_never_writes_over_an_input(tmp_path: Path) -> None:
    source = tmp_path / "in.yaml"
    source.write_text("data", encoding="utf-8")
    with pytest.raises(OutputRefused, match="is one of the input files"):
        write_atomic(tmp_path / "." / "in.yaml", "x", inputs=[source])
    assert source.read_text(encoding="utf-8") == "data"


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputRefused, match="is a directory"):
        write_atomic(tmp_path, "x")


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_new_file_gets_the_usual_mode_and_a_replaced_one_keeps_its_own(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.html", "x")
    finally:
        os.umask(previous)
    assert (tmp_path / "new.html").stat().st_mode & 0o777 == 0o644
    kept = tmp_path / "kept.html"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o640)
    write_atomic(kept, "new")
    assert kept.stat().st_mode & 0o777 == 0o640
    assert kept.read_text(encoding="utf-8") == "new"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_or_device_is_refused_not_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(OutputRefused, match="not a regular file"):
        write_atomic(pipe, "x")
    assert pipe.is_fifo()
