"""Writing a site: into a temporary folder beside the target, then moved into place in one step."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cmhroadmap.site import paths
from cmhroadmap.site.manifest import check_replaceable, manifest_text, remove_published
from cmhroadmap.writing.atomic import OutputRefused, check_output_path, new_mode, resolved

# Short names of our own beside the target, so that a target named up to the system's limit still works.
_TEMPORARY_PREFIX = ".cmhroadmap-"
_LOOP = "{} is a symbolic link that leads round in a loop; give a folder"


@dataclass(frozen=True)
class SiteWritten:
    """How many files were written, and the old site's folder if something kept it from being deleted."""

    files: int
    old_kept: Path | None = None


def site_target(output: Path) -> Path:
    """The folder the site goes to: `output`, or where a symbolic link at `output` leads (followed).

    The link itself is never replaced; OutputRefused for a link that loops or a folder of one's own.
    """
    if output.name in ("", ".", ".."):
        raise OutputRefused(
            f"-o {output} would replace the folder you are in as a whole; "
            "give the site a folder of its own, such as -o site"
        )
    try:
        os.path.realpath(output, strict=True)
    except FileNotFoundError:
        pass  # a folder still to be made, or a link to one: made where the link leads
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise OutputRefused(_LOOP.format(output)) from None
        # Anything else in the way (a file where a folder should be) is said by check_target.
    target = Path(os.path.realpath(output))
    cwd = Path.cwd().resolve()
    if target == cwd or target in cwd.parents:
        raise OutputRefused(
            f"-o {output} holds the folder you are in, which publish would replace as a whole; "
            "give the site a folder of its own, such as -o site"
        )
    return target


def check_target(target: Path, inputs: Iterable[Path], *, force: bool) -> None:
    """Refuse a target that would lose someone's files or hold an input; the message says what to do."""
    check_output_path(target)
    real = resolved(target)
    for source in inputs:
        if source.exists() and real in (resolved(source), *resolved(source).parents):
            raise OutputRefused(f"{target} holds input files ({source}); choose a folder outside the inputs")
    if target.exists() and not target.is_dir():
        raise OutputRefused(f"{target} is a file, not a folder; give the folder the site is to be written to")
    # Missing folders on the way are made when the site is written, as for every output; only a file
    # standing where a folder should be stops it.
    for folder in target.parents:
        if folder.exists():
            if not folder.is_dir():
                raise OutputRefused(f"cannot make the folder {target.parent}: {folder} is a file")
            break
    check_replaceable(target, force=force)


def write_site(target: Path, files: Iterable[tuple[str, str | Iterable[str]]], *, force: bool) -> SiteWritten:
    """Write every file as it comes, then put the new site in place of the old in one step.

    Readers never see half a site, and a failure (a bad page, a full disk) leaves the old one as it was.
    The folder is checked again just before the swap: a folder made or filled meanwhile is refused as
    at the start, and only the files the old site's manifest lists are ever deleted.
    """
    hashes: dict[str, str] = {}
    temporary = Path(tempfile.mkdtemp(dir=target.parent, prefix=_TEMPORARY_PREFIX, suffix=".new"))
    old: Path | None = None
    recorded: dict[str, str] | None = None
    try:
        # mkdtemp makes a private folder; a site is given the mode any new folder would have.
        os.chmod(temporary, new_mode(0o777))
        for name, text in files:
            path = temporary / name
            path.parent.mkdir(parents=True, exist_ok=True)
            hashes[name] = _write(path, [text] if isinstance(text, str) else text)
        hashes.pop(paths.MARKER, None)
        (temporary / paths.MARKER).write_text(manifest_text(hashes), encoding="utf-8", newline="\n")
        recorded = check_replaceable(target, force=force)
        if target.exists():
            old = Path(tempfile.mkdtemp(dir=target.parent, prefix=_TEMPORARY_PREFIX, suffix=".old"))
            old.rmdir()
            target.rename(old)
        temporary.rename(target)
    except BaseException:
        if old is not None and not target.exists():
            old.rename(target)
            old = None
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    kept = None
    if old is not None and not remove_published(old, recorded or {}):
        kept = old
    return SiteWritten(len(hashes) + 1, kept)


def _write(path: Path, pieces: Iterable[str]) -> str:
    """Write the pieces to `path` one after another; the SHA-256 of what was written."""
    hasher = hashlib.sha256()
    with path.open("wb") as stream:
        for piece in pieces:
            data = piece.encode("utf-8")
            hasher.update(data)
            stream.write(data)
    return hasher.hexdigest()
