"""Loading assessment files: parse, validate against the model, then check against the roadmap."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cmhroadmap.assessment.checks import check_assessment
from cmhroadmap.assessment.consistency import Inconsistency, find_inconsistencies, inconsistency_problems
from cmhroadmap.assessment.model import Assessment
from cmhroadmap.assessment.piecewise import validate_piecewise
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.problems.problem import Problem, ProblemsFound, has_errors
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.yamlread.source import SourceDocument, display_path, load_yaml


@dataclass
class LoadedAssessment:
    """One assessment file after every check: usable when `assessment` is not None."""

    path: str
    assessment: Assessment | None
    document: SourceDocument | None
    problems: list[Problem] = field(default_factory=list)
    ratings: Ratings | None = None
    inconsistencies: list[Inconsistency] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return has_errors(self.problems)


def load_assessment(path: Path, roadmap: Roadmap) -> LoadedAssessment:
    shown = display_path(path)
    try:
        document = load_yaml(path, shown)
    except ProblemsFound as found:
        return LoadedAssessment(shown, None, None, found.problems)
    return read_assessment(document, roadmap)


def read_assessment(document: SourceDocument, roadmap: Roadmap) -> LoadedAssessment:
    """Validate a parsed assessment file against the model, the rules and the dependency graph."""
    shown = document.path
    reading = validate_piecewise(document, roadmap)
    if reading.checkable is None:
        return LoadedAssessment(shown, None, document, reading.problems)
    # The rules run even when the model refused some values, so one run reports every problem; only
    # a file the model accepts whole is used further.
    problems = reading.problems + check_assessment(reading.checkable, roadmap, document, reading.unreadable)
    ratings = Ratings(roadmap, reading.checkable)
    inconsistencies = find_inconsistencies(ratings)
    problems += inconsistency_problems(inconsistencies, ratings, document)
    if reading.assessment is None:
        return LoadedAssessment(shown, None, document, problems)
    return LoadedAssessment(shown, reading.assessment, document, problems, ratings, inconsistencies)


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; directories as every *.yaml and *.yml file in them, recursively and sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
        else:
            yield path
