"""Telling assessment and validation files from a repository's other YAML, by what they hold."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from cmhroadmap.assessment.loader import expand_paths

# A top-level key only our files start a line with; used for files that cannot be read as YAML.
_OUR_KEY = re.compile(r"^(?:roadmap|organisation|validates|deliverables)\s*:", re.MULTILINE)
_SNIFF_BYTES = 65_536


def walk(paths: Iterable[Path]) -> Iterator[tuple[Path, bool]]:
    """Every file to read, and whether the user named it (else it was found in a directory)."""
    for path in paths:
        named = not path.is_dir()
        for found in expand_paths([path]):
            yield found, named


def is_ours(data: Any) -> bool:
    """An assessment (roadmap, organisation or a mapping of deliverables) or a validation (validates)."""
    if not isinstance(data, dict):
        return False
    if "validates" in data or "roadmap" in data or "organisation" in data:
        return True
    # A roadmap's column file also has `deliverables:`, but as a list.
    return isinstance(data.get("deliverables"), dict)


def looks_ours(path: Path) -> bool:
    """For a file that is not readable YAML: whether a line starts with one of our top-level keys."""
    try:
        with path.open("rb") as stream:
            head = stream.read(_SNIFF_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return True  # unreadable for another reason: report it rather than pass over it in silence
    return bool(_OUR_KEY.search(head))
