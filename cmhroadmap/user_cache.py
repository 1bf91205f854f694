"""The per-user cache directory: where it is, and whether it is private enough to load code from."""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
from functools import cache
from pathlib import Path

from cmhroadmap import __version__

_PACKAGE = Path(__file__).resolve().parent

# Where to keep the cache instead of the usual place; set it empty to turn caching off.
CACHE_ENV = "CMHROADMAP_CACHE_DIR"


def cache_directory(kind: str) -> Path | None:
    """A private directory for cached `kind`, created if need be; None when caching is off or unsafe.

    What is cached (compiled templates, the checked bundled roadmap) is loaded as code, so a
    directory another user could write to is never used.
    """
    configured = os.environ.get(CACHE_ENV)
    if configured == "":
        return None
    try:
        if configured:
            base = Path(configured)
        else:
            xdg = os.environ.get("XDG_CACHE_HOME", "")
            # The XDG specification says to ignore a relative path here.
            base = (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache") / "cmhroadmap"
        directory = base / kind
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = directory.lstat()
    except (OSError, RuntimeError, KeyError):  # no home directory, read-only disk, ...
        return None
    if not stat.S_ISDIR(info.st_mode):
        return None
    if os.name == "posix" and (info.st_uid != os.getuid() or info.st_mode & 0o022):
        return None
    return directory


@cache
def code_stamp(*extra: str) -> str:
    """A short hash of the code that writes a cache entry, and of `extra` (versions of libraries).

    An entry is shaped by the code that wrote it, so a changed module (in a checkout or an editable
    install) must not read entries its older self wrote.
    """
    digest = hashlib.sha256("\0".join((__version__, sys.version, *extra)).encode())
    for source in sorted(_PACKAGE.rglob("*.py")):
        try:
            info = source.stat()
        except OSError:  # an editor's lock file that links nowhere, a file being replaced
            continue
        digest.update(f"{source.relative_to(_PACKAGE)}:{info.st_size}:{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:16]


def remove_others(directory: Path, pattern: str, keep_prefix: str) -> None:
    """Delete the entries matching `pattern` whose names do not start with `keep_prefix`.

    They were written by other code (or for another version of a file), and will never be read.
    """
    with contextlib.suppress(OSError):
        for entry in directory.glob(pattern):
            if not entry.name.startswith(keep_prefix):
                with contextlib.suppress(OSError):
                    entry.unlink()
