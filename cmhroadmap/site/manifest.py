"""The list of every file a publish wrote, with its SHA-256: a later publish replaces those and nothing else.

A site folder is someone's folder too: they may add a `.git`, a `CNAME`, a page of their own. Only a
folder holding exactly what a publish wrote (by name and content) may be replaced, and only those
files are ever deleted; anything else there stops the run, `--force` or not.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterator, Mapping
from pathlib import Path

from cmhroadmap.site import paths
from cmhroadmap.writing.atomic import OutputRefused

HEADER = "cmhroadmap publish manifest 1: the files this publish wrote, each with its SHA-256\n"
# A site of thousands of pages lists a few hundred kilobytes; anything far larger is not ours.
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
_LINE = re.compile(r"([0-9a-f]{64})  ([A-Za-z0-9._/-]{1,4096})", re.ASCII)
_CHUNK = 1024 * 1024


def manifest_text(hashes: Mapping[str, str]) -> str:
    """The manifest of a site: a header line, then `sha256  path` for every file but itself."""
    return HEADER + "".join(f"{digest}  {name}\n" for name, digest in sorted(hashes.items()))


def read_manifest(folder: Path) -> dict[str, str] | None:
    """The files a publish recorded in `folder`, or None when the folder holds no manifest of ours."""
    marker = folder / paths.MARKER
    try:
        info = marker.lstat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_MANIFEST_BYTES:
        return None
    try:
        text = marker.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if not text.startswith(HEADER):
        return None
    recorded: dict[str, str] = {}
    for line in text[len(HEADER) :].splitlines():
        found = _LINE.fullmatch(line)
        if found is None or _unsafe(found.group(2)):
            return None
        recorded[found.group(2)] = found.group(1)
    return recorded


def foreign(folder: Path, recorded: Mapping[str, str]) -> str | None:
    """The first entry of `folder` that the manifest does not account for (by name and content), if any.

    Folders count as accounted for when a recorded file is inside them; a symbolic link, a changed file
    or a file not listed does not.
    """
    needed = {paths.MARKER} | {_parent for name in recorded for _parent in _parents(name)}
    for relative, entry in _walk(folder):
        if relative == paths.MARKER:
            continue
        if entry.is_symlink():
            return relative
        if entry.is_dir(follow_symlinks=False):
            if relative not in needed:
                return relative
            continue
        if not entry.is_file(follow_symlinks=False) or recorded.get(relative) != _file_digest(entry.path):
            return relative
    return None


def check_replaceable(target: Path, *, force: bool) -> dict[str, str] | None:
    """The manifest of the site at `target` when it may be replaced; None when there is nothing there.

    OutputRefused when `target` holds anything a publish did not write, or a site without --force.
    """
    if not target.is_dir() or not any(target.iterdir()):
        return None
    recorded = read_manifest(target)
    if recorded is None:
        raise OutputRefused(
            f"{target} is not empty and is not a site cmhroadmap published, so it is left as it is "
            "(--force or not); choose a new or empty folder"
        )
    stranger = foreign(target, recorded)
    if stranger is not None:
        raise OutputRefused(
            f"{target} holds {stranger}, which publish did not write (or which has changed since), so "
            "the folder is left as it is (--force or not); move that out, or choose a new folder"
        )
    if not force:
        raise OutputRefused(f"{target} already holds a published site; add --force to replace it")
    return recorded


def remove_published(folder: Path, recorded: Mapping[str, str]) -> bool:
    """Delete the files `recorded` lists (while unchanged), the manifest, then the folders left empty.

    Returns whether `folder` is gone; anything not written by publish is left where it is.
    """
    for name, expected in recorded.items():
        path = folder / name
        if path.is_file() and not path.is_symlink() and _file_digest(str(path)) == expected:
            path.unlink()
    marker = folder / paths.MARKER
    if marker.is_file() and not marker.is_symlink():
        marker.unlink()
    # Deepest first, so that a folder is tried once its own folders are gone.
    for directory in sorted((folder / name for name in _all_parents(recorded)), key=_depth, reverse=True):
        _remove_if_empty(directory)
    return _remove_if_empty(folder)


def _remove_if_empty(directory: Path) -> bool:
    try:
        directory.rmdir()
    except OSError:
        return False
    return True


def _depth(path: Path) -> int:
    return len(path.parts)


def _all_parents(recorded: Mapping[str, str]) -> set[str]:
    return {parent for name in recorded for parent in _parents(name)}


def _parents(name: str) -> Iterator[str]:
    parts = name.split("/")
    for end in range(1, len(parts)):
        yield "/".join(parts[:end])


def _unsafe(name: str) -> bool:
    return any(part in ("", ".", "..") for part in name.split("/"))


def _walk(folder: Path, prefix: str = "") -> Iterator[tuple[str, os.DirEntry[str]]]:
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            relative = f"{prefix}{entry.name}"
            yield relative, entry
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path), relative + "/")


def _file_digest(path: str) -> str:
    hasher = hashlib.sha256()
    try:
        with open(path, "rb") as stream:
            while chunk := stream.read(_CHUNK):
                hasher.update(chunk)
    except OSError:
        return ""
    return hasher.hexdigest()
