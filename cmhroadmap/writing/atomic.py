"""Writing output files safely: atomically, and never over a file the run has read."""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from cmhroadmap.problems.problem import CmhRoadmapError
from cmhroadmap.reading.bounded import was_read


class OutputRefused(CmhRoadmapError):
    """The output path cannot be written as asked; the message says why."""


class OutputFailed(CmhRoadmapError):
    """Writing the output failed part way (a full disk, a file-size limit); nothing was replaced."""


def write_atomic(
    path: Path, content: str | bytes | bytearray, *, inputs: Iterable[Path] = (), make_folders: bool = False
) -> Path | None:
    """Replace `path` with `content` in one step, so readers see the old file or the new, never half.

    Refuses to write over any of `inputs`, or over any file this run has read (a roadmap, a validation
    file, a workbook), however it is named. With `make_folders`, missing folders on the way are made;
    the outermost one made is returned, for the command to say so.
    """
    refuse_inputs(path, inputs)
    if path.is_dir():
        raise OutputRefused(f"{path} is a directory; give a file name")
    if path.exists() and not path.is_file():
        # A device or pipe (/dev/null, a FIFO) would be replaced by a regular file, not written to.
        raise OutputRefused(f"{path} is not a regular file; give a file name, or leave out -o")
    created = make_missing_folders(path.parent) if make_folders else None
    if not path.parent.is_dir():
        if path.parent.exists():
            raise OutputRefused(f"cannot make the folder {path.parent}: a file of that name is in the way")
        raise OutputRefused(f"the directory {path.parent} does not exist")
    data = content.encode("utf-8") if isinstance(content, str) else content
    mode = _mode_for(path)
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:32]}.", suffix=".tmp")
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
    return created


# Names Windows keeps for devices, with any extension and in any case: a file or folder so named cannot
# be opened there, and a site or report copied to a Windows share would break.
_WINDOWS_RESERVED = re.compile(
    r"(?:CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³])(?:\..*)?", re.IGNORECASE | re.DOTALL
)


def reserved_name(name: str) -> bool:
    """Whether `name` is one Windows keeps for a device (CON, NUL, COM1, ... with any extension)."""
    return bool(_WINDOWS_RESERVED.fullmatch(name.rstrip(" .")))


def check_output_path(path: Path) -> None:
    """OutputRefused unless `path` is a name the file system takes, in a folder that may be written.

    Checked before any work: a name too long, a reserved name, a link that loops or a folder that may
    not be written would otherwise fail only at the end of a long run.
    """
    existing = path
    missing: list[str] = []
    while True:
        try:
            os.stat(existing)
            break
        except OSError as error:
            if error.errno == errno.ELOOP:
                raise OutputRefused(
                    f"{existing} is a symbolic link that leads round in a loop; choose another path"
                ) from None
            if error.errno not in (errno.ENOENT, errno.ENOTDIR, errno.ENAMETOOLONG):
                raise OutputRefused(f"cannot use {path}: {error.strerror or error}") from None
            # Not there (or a name too long to be there): its name is checked below.
            missing.append(existing.name)
            if existing.parent == existing:
                break
            existing = existing.parent
    if existing == path or not existing.is_dir():
        existing = existing.parent  # the output is replaced by a rename in its folder
    try:
        longest = os.pathconf(existing, "PC_NAME_MAX")
    except (OSError, ValueError):
        longest = 255
    for name in [path.name, *missing]:
        size = len(os.fsencode(name))
        if size > longest:
            raise OutputRefused(
                f"the name {name[:40]}... is {size} bytes long; this file system takes names of up to "
                f"{longest} bytes"
            )
        if name and reserved_name(name):
            raise OutputRefused(f"{name} is a name Windows keeps for a device; choose another name")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputRefused(f"cannot write in the folder {existing}: permission denied")


def make_missing_folders(folder: Path) -> Path | None:
    """Make `folder` and any missing parents; the outermost made, or None when it was there."""
    outermost = None
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        outermost = candidate
    if outermost is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputRefused(f"cannot make the folder {folder}: {error.strerror or error}") from None
    return outermost


def resolved(path: Path) -> Path:
    """`path` with its links followed, as far as they lead: a link that loops is taken as it is.

    Path.resolve() raises on a loop (RuntimeError before Python 3.13), which no user should see.
    """
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def refuse_inputs(path: Path, inputs: Iterable[Path]) -> None:
    """OutputRefused when `path` is one of the files read, whatever else the command was told."""
    target = resolved(path)
    for source in inputs:
        if source.exists() and resolved(source) == target:
            raise OutputRefused(f"{path} is one of the input files; choose another output path")
    if was_read(path):
        raise OutputRefused(f"{path} is a file this command has read; choose another output path")


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return new_mode(0o666)


def new_mode(base: int) -> int:
    """The mode a file (0o666) or folder (0o777) made now would get: `base` less the umask.

    The umask can only be read by setting it, so it is set back at once.
    """
    umask = os.umask(0)
    os.umask(umask)
    return base & ~umask
