"""Writing a site: into a temporary folder beside the target, then moved into place in one step."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from cmhroadmap.site import paths
from cmhroadmap.writing.atomic import OutputRefused, new_mode


def check_target(target: Path, inputs: Iterable[Path], *, force: bool) -> None:
    """Refuse a target that would lose someone's files or hold an input; the message says what to do."""
    resolved = target.resolve()
    for source in inputs:
        if source.exists() and resolved in (source.resolve(), *source.resolve().parents):
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
    if target.is_dir() and any(target.iterdir()):
        if not (target / paths.MARKER).is_file():
            raise OutputRefused(
                f"{target} is not empty and is not a site cmhroadmap published, so it is left as it is; "
                "choose a new or empty folder"
            )
        if not force:
            raise OutputRefused(f"{target} already holds a published site; add --force to replace it")


def write_site(target: Path, files: Iterable[tuple[str, str]]) -> int:
    """Write every file as it comes, then put the new site in place of the old in one step.

    Readers never see half a site, and a failure (a bad page, a full disk) leaves the old one as it was.
    Returns how many files were written.
    """
    written = 0
    temporary = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".new"))
    old: Path | None = None
    try:
        # mkdtemp makes a private folder; a site is given the mode any new folder would have.
        os.chmod(temporary, new_mode(0o777))
        for name, text in files:
            path = temporary / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
            written += 1
        if target.exists():
            old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".old"))
            old.rmdir()
            target.rename(old)
        temporary.rename(target)
    except BaseException:
        if old is not None and not target.exists():
            old.rename(target)
            old = None
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    return written
