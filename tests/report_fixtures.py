"""Rendering reports for tests with the values that change between runs fixed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cmhroadmap.assess import AssessResult, assess
from cmhroadmap.corpus import load_single
from cmhroadmap.graph import DependencyGraph
from cmhroadmap.report import render_report
from cmhroadmap.roadmap import Roadmap

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


def rendered(path: Path, roadmap: Roadmap, fmt: str, *, use_validated: bool = False) -> str:
    result, graph = assessed(path, roadmap, use_validated=use_validated)
    return render_report(result, graph, fmt, generated=FIXED_TIME, tool_version="test")
