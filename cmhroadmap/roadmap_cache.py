"""The bundled roadmap, checked once and kept in the user's cache until the tool or its files change.

Every command needs the roadmap, and reading and checking it took a sixth of a command's time.
An entry is used only if every file it was read from still has the same content, and it was
written by the same code (the package's files unchanged) under the same Python and pydantic.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pydantic

from cmhroadmap import __version__
from cmhroadmap.files import OutputRefused, write_atomic
from cmhroadmap.user_cache import cache_directory
from cmhroadmap.yaml_source import SourceDocument, display_path

if TYPE_CHECKING:
    from cmhroadmap.roadmap_loader import RoadmapResult

_PACKAGE = Path(__file__).resolve().parent
# Entries of other versions or checkouts are removed once they have not been written for this long.
_STALE_AFTER_SECONDS = 7 * 24 * 3600


def cached_roadmap(directory: Path, load: Callable[[Path], RoadmapResult]) -> RoadmapResult:
    """`load(directory)`, or what it returned before if nothing it depends on has changed."""
    cache = cache_directory("roadmap")
    if cache is None:
        return load(directory)
    entry = cache / f"{_key(directory)}.pickle"
    found = _read(entry)
    if found is not None:
        return found
    result = load(directory)
    # A roadmap with problems is reported and fixed, not reused; only a clean one is kept.
    if result.roadmap is not None and not result.problems:
        _write(entry, result)
    return result


def _key(directory: Path) -> str:
    digest = hashlib.sha256()
    for part in (__version__, sys.version, pydantic.VERSION, str(directory.resolve())):
        digest.update(part.encode("utf-8", "replace") + b"\0")
    # The code that built the entry: a changed module may shape the objects differently.
    for source in sorted(_PACKAGE.rglob("*.py")):
        info = source.stat()
        digest.update(f"{source.relative_to(_PACKAGE)}:{info.st_size}:{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:32]


def _fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _documents(result: RoadmapResult) -> list[SourceDocument]:
    assert result.roadmap is not None
    unique = {id(result.roadmap.document): result.roadmap.document}
    unique.update((id(entry.document), entry.document) for entry in result.roadmap.entries.values())
    return list(unique.values())


def _write(entry: Path, result: RoadmapResult) -> None:
    try:
        content: dict[str, Any] = {
            "sources": [(str(path.resolve()), _fingerprint(path)) for path in result.sources],
            # Paths are shown relative to the current directory, so each run works them out again.
            "documents": [(document, str(Path(document.path).resolve())) for document in _documents(result)],
            "result": result,
        }
        write_atomic(entry, pickle.dumps(content, protocol=pickle.HIGHEST_PROTOCOL))
        _remove_stale(entry)
    except (OSError, OutputRefused, pickle.PicklingError):
        pass  # a cache that cannot be written only costs the time it would have saved


def _read(entry: Path) -> RoadmapResult | None:
    try:
        content = pickle.loads(entry.read_bytes())
        for path, fingerprint in content["sources"]:
            if _fingerprint(Path(path)) != fingerprint:
                return None
        for document, path in content["documents"]:
            document.path = display_path(Path(path))
        result: RoadmapResult = content["result"]
    except FileNotFoundError:
        return None
    except Exception:
        # Unpickling can fail in many ways (a truncated or foreign file, a class that changed);
        # each only means the roadmap is read again, and the entry rewritten.
        return None
    return result


def _remove_stale(kept: Path) -> None:
    limit = time.time() - _STALE_AFTER_SECONDS
    for other in kept.parent.glob("*.pickle"):
        with contextlib.suppress(OSError):
            if other != kept and other.stat().st_mtime < limit:
                other.unlink()
