"""The bundled roadmap, checked once and kept in the user's cache until the tool or its files change.

Every command needs the roadmap, and reading and checking it took a sixth of a command's time.
An entry is used only if every file it was read from still has the same content, and it was
written by the same code (the package's files unchanged) under the same Python and pydantic.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pydantic

from cmhroadmap.files import OutputRefused, write_atomic
from cmhroadmap.roadmap.roadmap import RoadmapResult
from cmhroadmap.user_cache import cache_directory, code_stamp, remove_others
from cmhroadmap.yamlread.source import SourceDocument, display_path


def cached_roadmap(directory: Path, load: Callable[[Path], RoadmapResult]) -> RoadmapResult:
    """`load(directory)`, or what it returned before if nothing it depends on has changed."""
    cache = cache_directory("roadmap")
    if cache is None:
        return load(directory)
    try:
        place = hashlib.sha256(str(directory.resolve()).encode("utf-8", "replace")).hexdigest()[:16]
    except (OSError, RuntimeError):
        return load(directory)
    entry = cache / f"{place}-{code_stamp(pydantic.VERSION)}.pickle"
    found = _read(entry)
    if found is not None:
        return found
    result = load(directory)
    # A roadmap with problems is reported and fixed, not reused; only a clean one is kept.
    if result.roadmap is not None and not result.problems:
        _write(entry, result)
        # One entry a roadmap: those written by older code for it are never read again.
        remove_others(cache, f"{place}-*.pickle", keep_prefix=entry.name)
    return result


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
    except (OSError, OutputRefused, pickle.PicklingError, TypeError, AttributeError):
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
        if result.problems or result.roadmap is None:
            return None  # never written so; a file that is not what it seems
    except FileNotFoundError:
        return None
    except Exception:
        # Unpickling can fail in many ways (a truncated or foreign file, a class that changed);
        # each only means the roadmap is read again, and the entry rewritten.
        return None
    return result
