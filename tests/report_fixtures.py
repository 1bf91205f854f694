"""Rendering reports for tests with the values that change between runs fixed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from cmhroadmap.assessment.assess import AssessResult, assess
from cmhroadmap.assessment.loader import LoadedAssessment
from cmhroadmap.assessment.previous import previous_on_basis
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.assessment.single import load_single
from cmhroadmap.cycle.benchmarking import build_benchmark
from cmhroadmap.cycle.corpus import load_corpus, with_validations_beside
from cmhroadmap.cycle.trajectory import build_trajectory
from cmhroadmap.reports.cycle_reports import render_benchmark, render_compare
from cmhroadmap.reports.gap_report import render_report
from cmhroadmap.reports.paper import render_paper
from cmhroadmap.reports.paper_model import Paper
from cmhroadmap.reports.paper_view import PaperDetails, Purpose, build_paper
from cmhroadmap.roadmap.graph import DependencyGraph
from cmhroadmap.roadmap.roadmap import Roadmap

FIXED_TIME = dt.datetime(2024, 4, 2, 9, 30, tzinfo=dt.UTC)


def assessed(path: Path, roadmap: Roadmap, *, own_only: bool = False) -> tuple[AssessResult, DependencyGraph]:
    """As the CLI reads it: with the validation file and last period's file kept beside it, if any."""
    graph = DependencyGraph(roadmap)
    single = load_single(path, roadmap)
    earlier = _previous(path, single.loaded, roadmap, own_only=own_only)
    result = assess(single.loaded, roadmap, graph, single.validation, own_only=own_only, previous=earlier)
    assert result is not None, single.problems
    return result, graph


def _previous(path: Path, loaded: LoadedAssessment, roadmap: Roadmap, *, own_only: bool) -> Ratings | None:
    found = previous_on_basis(path, loaded, roadmap, own_only=own_only)
    return found[1] if found is not None else None


def rendered(path: Path, roadmap: Roadmap, fmt: str, *, own_only: bool = False, top: int = 10) -> str:
    """As `report` renders it, with last period's file beside it (if any) for what moved."""
    result, graph = assessed(path, roadmap, own_only=own_only)
    earlier = _previous(path, result.loaded, roadmap, own_only=own_only)
    return render_report(
        result, graph, fmt, generated=FIXED_TIME, tool_version="test", top=top, previous=earlier
    )


def compared(paths: list[Path], roadmap: Roadmap, fmt: str) -> str:
    """The trajectory report for one organisation's files, as `compare` renders it (validations beside)."""
    corpus = load_corpus(with_validations_beside(paths), {roadmap.id: roadmap}, roadmap)
    assert corpus.problems == [], corpus.problems
    trajectory = build_trajectory(corpus.usable, [corpus.validation_for(a) for a in corpus.usable])
    return render_compare(trajectory, roadmap, fmt, generated=FIXED_TIME, tool_version="test")


def benchmarked(paths: list[Path], roadmap: Roadmap, fmt: str, period: str, **options: Any) -> str:
    """The benchmark report for one period, as `benchmark` renders it."""
    corpus = load_corpus(paths, {roadmap.id: roadmap}, roadmap)
    result = build_benchmark(corpus, roadmap, period, **options)
    return render_benchmark(result, fmt, generated=FIXED_TIME, tool_version="test")


# The paper's own details as an author would give them on the command line.
PAPER_DETAILS = PaperDetails(
    meeting="NHS North Riverside ICB Board (meeting in public)",
    date=dt.date(2024, 5, 21),
    author="Sam Taylor, Head of Mental Health Transformation",
    sponsor="Director of Strategy and Transformation",
    purpose=Purpose.decision,
    attachment="board-paper-gap-report.html",
)


def paper_of(
    path: Path, roadmap: Roadmap, details: PaperDetails = PAPER_DETAILS, *, own_only: bool = False
) -> Paper:
    """The board paper as `paper` builds it: validated ratings where given, last period's file beside."""
    result, graph = assessed(path, roadmap, own_only=own_only)
    earlier = _previous(path, result.loaded, roadmap, own_only=own_only)
    return build_paper(result, graph, details, generated=FIXED_TIME, tool_version="test", previous=earlier)


def papered(path: Path, roadmap: Roadmap, fmt: str, details: PaperDetails = PAPER_DETAILS) -> str | bytes:
    return render_paper(paper_of(path, roadmap, details), fmt)
