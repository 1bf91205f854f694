"""The bounded reader: only regular files, never waiting on a pipe, never past the limit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cmhroadmap.reading.bounded import InputRefused, read_bounded


def refusal(path: Path, limit: int = 100) -> tuple[str, str]:
    with pytest.raises(InputRefused) as caught:
        read_bounded(path, limit)
    return caught.value.code, str(caught.value)


def test_a_regular_file_up_to_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"x" * 100)
    assert read_bounded(path, 100) == b"x" * 100
    assert refusal(path, 99) == ("file-too-large", "file is 100 bytes, over the limit of 99")


def test_a_file_bigger_than_stat_says_is_cut_at_the_limit() -> None:
    # The kernel reports /proc files as empty: stat alone would let any amount through.
    status = Path("/proc/self/status")
    if not status.exists():
        pytest.skip("no /proc here")
    assert status.stat().st_size == 0
    assert refusal(status, 10) == ("file-too-large", "the file holds more than the limit of 10 bytes")


def test_a_named_pipe_without_a_writer_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    assert refusal(pipe) == (
        "not-a-file",
        "this is a named pipe (FIFO), not a file; a file was expected",
    )


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_an_endless_device_is_refused(tmp_path: Path, device: str) -> None:
    link = tmp_path / "link.yaml"
    link.symlink_to(device)
    assert refusal(link) == ("not-a-file", "this is a device, not a file; a file was expected")


def test_missing_files_and_directories(tmp_path: Path) -> None:
    assert refusal(tmp_path / "none.yaml") == ("file-not-found", "no such file")
    with pytest.raises(InputRefused) as caught:
        read_bounded(tmp_path, 10, expected="a workbook (.xlsx)")
    assert str(caught.value) == "this is a directory; a workbook (.xlsx) was expected"
