"""Reading an input file whole, but never more than a limit: the one way every input is read.

`stat` can say a file is small and still be wrong: a symbolic link to /dev/zero, a named pipe (FIFO)
with nobody writing, a file that grows while it is read. So only regular files are read, the file is
opened without waiting for a writer, and at most one byte past the limit is ever read.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from cmhroadmap.problems.problem import CmhRoadmapError

# Every file this process has read, as (device, inode): an output must never replace one, whatever
# path (a link, another spelling) names it.
_READ: set[tuple[int, int]] = set()


def was_read(path: Path) -> bool:
    """Whether the file at `path` is one this process has read."""
    try:
        info = path.stat()
    except (OSError, ValueError):
        return False
    return (info.st_dev, info.st_ino) in _READ


def forget_reads() -> None:
    """Start afresh, for a new command in the same process (as the tests run them)."""
    _READ.clear()


class InputRefused(CmhRoadmapError):
    """The input cannot be read as a file: `code` names why, the message says so in plain words."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def read_bounded(path: Path, limit: int, *, expected: str = "a file", output: bool = False) -> bytes:
    """The bytes of the regular file at `path`, or InputRefused if it is missing, special or too large.

    `output`: the file is one about to be replaced (its comments kept), so it is not noted as an input.
    """
    descriptor = _open_regular(path, limit, expected, note=not output)
    try:
        data = _read_at_most(descriptor, limit + 1)
    except OSError as error:
        raise InputRefused("unreadable", f"cannot read the file: {error.strerror or error}") from None
    finally:
        os.close(descriptor)
    if len(data) > limit:
        # It grew while it was read, or stat said less than there is (as for files in /proc).
        raise InputRefused("file-too-large", f"the file holds more than the limit of {limit:,} bytes")
    return data


def _open_regular(path: Path, limit: int, expected: str, *, note: bool = True) -> int:
    """An open descriptor of the regular file at `path`, noted as read; InputRefused for anything else."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer would otherwise wait for ever. It is cleared once
        # the file is known to be regular, where it changes nothing.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputRefused("file-not-found", "no such file") from None
    except IsADirectoryError:
        raise InputRefused("not-a-file", f"this is a directory; {expected} was expected") from None
    except OSError as error:
        raise InputRefused("unreadable", f"cannot read the file: {error.strerror or error}") from None
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise InputRefused("not-a-file", f"this is a directory; {expected} was expected")
        if not stat.S_ISREG(info.st_mode):
            kind = _kind(info.st_mode)
            raise InputRefused("not-a-file", f"this is {kind}, not a file; {expected} was expected")
        if note:
            _READ.add((info.st_dev, info.st_ino))
        if info.st_size > limit:
            raise InputRefused("file-too-large", too_large(info.st_size, limit))
        with contextlib.suppress(AttributeError, OSError):
            os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def too_large(size: int, limit: int) -> str:
    return f"file is {size:,} bytes, over the limit of {limit:,}"


def _read_at_most(descriptor: int, count: int) -> bytes:
    chunks: list[bytes] = []
    remaining = count
    while remaining > 0:
        chunk = os.read(descriptor, min(remaining, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"
