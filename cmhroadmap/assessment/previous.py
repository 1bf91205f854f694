"""The previous period's assessment of the same organisation, when it is kept beside a file."""

from __future__ import annotations

import re
from pathlib import Path

from cmhroadmap.assessment.basis import on_basis
from cmhroadmap.assessment.loader import LoadedAssessment, load_assessment
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.assessment.single import load_single
from cmhroadmap.roadmap.roadmap import Roadmap

_PERIOD = re.compile(r"([0-9]{4})/([0-9]{2})", re.ASCII)
LOOKED_AT = 40  # files beside it read at most: a folder of many years' files stays quick


def previous_period(period: str) -> str | None:
    """'2023/24' -> '2022/23'; None for anything else."""
    found = _PERIOD.fullmatch(period)
    if found is None:
        return None
    start = int(found.group(1)) - 1
    return f"{start}/{(start + 1) % 100:02d}"


def previous_beside(path: Path, loaded: LoadedAssessment, roadmap: Roadmap) -> LoadedAssessment | None:
    """The error-free assessment beside `path` of the same organisation and the period before.

    Files that cannot be read, or have errors, are passed over in silence: the report only
    mentions what moved when it can say so reliably.
    """
    current = loaded.assessment
    if current is None or not path.is_file():
        return None
    wanted = previous_period(current.period)
    if wanted is None:
        return None
    candidates = sorted(
        other
        for other in path.parent.glob("*.y*ml")
        if other != path and not other.name.endswith((".validation.yaml", ".validation.yml"))
    )
    # Names that carry the period come first (2022-23.yaml), so the usual layout reads one file.
    hint = wanted.replace("/", "-")
    candidates.sort(key=lambda other: hint not in other.name)
    for other in candidates[:LOOKED_AT]:
        found = load_assessment(other, roadmap)
        earlier = found.assessment
        if (
            earlier is not None
            and found.ratings is not None
            and earlier.period == wanted
            and earlier.organisation.code == current.organisation.code
            and not found.has_errors
        ):
            return found
    return None


def previous_on_basis(
    path: Path, loaded: LoadedAssessment, roadmap: Roadmap, *, own_only: bool = False
) -> tuple[LoadedAssessment, Ratings] | None:
    """The previous period beside `path`, with its ratings on the same basis as the current one.

    Its own validation file, when kept beside it and free of errors, gives its validated ratings,
    so that "fell since the previous period" compares like with like.
    """
    previous = previous_beside(path, loaded, roadmap)
    if previous is None or previous.ratings is None:
        return None
    single = load_single(Path(previous.path), roadmap)
    return previous, on_basis(previous.ratings, single.validation, own_only=own_only)
