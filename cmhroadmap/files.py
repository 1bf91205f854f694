"""Writing output files safely: atomically, and never over a file the run has read."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from cmhroadmap.bounded import was_read
from cmhroadmap.problems.problem import CmhRoadmapError


class OutputRefused(CmhRoadmapError):
    """The output path cannot be written as asked; the message says why."""


class OutputFailed(CmhRoadmapError):
    """Writing the output failed part way (a full disk, a file-size limit); nothing was replaced."""


def write_atomic(path: Path, content: str | bytes, *, inputs: Iterable[Path] = ()) -> None:
    """Replace `path` with `content` in one step, so readers see the old file or the new, never half.

    Refuses to write over any of `inputs`, or over any file this run has read (a roadmap, a validation
    file, a workbook), however it is named.
    """
    target = path.resolve()
    for source in inputs:
        if source.exists() and source.resolve() == target:
            raise OutputRefused(f"{path} is one of the input files; choose another output path")
    if was_read(path):
        raise OutputRefused(f"{path} is a file this command has read; choose another output path")
    if path.is_dir():
        raise OutputRefused(f"{path} is a directory; give a file name")
    if path.exists() and not path.is_file():
        # A device or pipe (/dev/null, a FIFO) would be replaced by a regular file, not written to.
        raise OutputRefused(f"{path} is not a regular file; give a file name, or leave out -o")
    if not path.parent.is_dir():
        raise OutputRefused(f"the directory {path.parent} does not exist")
    data = content.encode("utf-8") if isinstance(content, str) else content
    mode = _mode_for(path)
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise OutputFailed(f"cannot write {path}: {error.strerror or error}") from None
    try:
        # mkstemp makes the file private (0600); a report is given the mode any new file would have,
        # and a replaced file keeps its own.
        os.chmod(temporary, mode)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        # The error names the temporary file, which the user never asked for and which is gone.
        Path(temporary).unlink(missing_ok=True)
        raise OutputFailed(f"cannot write {path}: {error.strerror or error}") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
