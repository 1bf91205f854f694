"""The per-user cache directory: where it is, and whether it is private enough to load code from."""

from __future__ import annotations

import os
import stat
from pathlib import Path

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
            xdg = os.environ.get("XDG_CACHE_HOME")
            base = (Path(xdg) if xdg else Path.home() / ".cache") / "cmhroadmap"
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
