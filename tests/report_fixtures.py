"""Rendering reports for tests with the values that change between runs fixed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from cmhroadmap.assessment.assess import AssessResult, assess
from cmhroadmap.assessment.previous import previous_beside
from cmhroadmap.assessment.single import load_single
from cmhroadmap.cycle.benchmarking import build_benchmark
from cmhroadmap.cycle.corpus import load_corpus
from cmhroadmap.cycle.trajectory import build_trajectory
from cmhroadmap.reports.cycle_reports import render_benchmark, render_compare
from cmhroadmap.reports.gap_report import render_report
from cmhroadmap.roadmap.graph import DependencyGraph
from cmhroadmap.roadmap.roadmap import Roadmap

FIXED_TIME = dt.datetime(2024, 4, 2, 9, 30, tzinfo=dt.UTC)


def assessed(
    path: Path, roadmap: Roadmap, *, use_validated: bool = False
) -> tuple[AssessResult, DependencyGraph]:
    """As the CLI reads it: with the validation file kept beside the assessment, if any."""
    graph = DependencyGraph(roadmap)
    single = load_single(path, roadmap)
    result = assess(single.loaded, roadmap, graph, single.validation, use_validated=use_validated)
    assert result is not None, single.problems
    return result, graph


def rendered(path: Path, roadmap: Roadmap, fmt: str, *, use_validated: bool = False, top: int = 10) -> str:
    """As `report` renders it, with last period's file beside it (if any) for what moved."""
    result, graph = assessed(path, roadmap, use_validated=use_validated)
    previous = previous_beside(path, result.loaded, roadmap)
    earlier = previous.ratings if previous is not None else None
    return render_report(
        result, graph, fmt, generated=FIXED_TIME, tool_version="test", top=top, previous=earlier
    )


def compared(paths: list[Path], roadmap: Roadmap, fmt: str) -> str:
    """The trajectory report for one organisation's files, as `compare` renders it."""
    corpus = load_corpus(paths, {roadmap.id: roadmap}, roadmap)
    assert corpus.problems == [], corpus.problems
    return render_compare(
        build_trajectory(corpus.usable), roadmap, fmt, generated=FIXED_TIME, tool_version="test"
    )


def benchmarked(paths: list[Path], roadmap: Roadmap, fmt: str, period: str, **options: Any) -> str:
    """The benchmark report for one period, as `benchmark` renders it."""
    corpus = load_corpus(paths, {roadmap.id: roadmap}, roadmap)
    result = build_benchmark(corpus, roadmap, period, **options)
    return render_benchmark(result, fmt, generated=FIXED_TIME, tool_version="test")
