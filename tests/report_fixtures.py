"""Rendering reports for tests with the values that change between runs fixed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cmhroadmap.assess import AssessResult, assess
from cmhroadmap.assessment_loader import load_assessment
from cmhroadmap.graph import DependencyGraph
from cmhroadmap.report import render_report
from cmhroadmap.roadmap import Roadmap

FIXED_TIME = dt.datetime(2024, 4, 2, 9, 30, tzinfo=dt.UTC)


def assessed(path: Path, roadmap: Roadmap) -> tuple[AssessResult, DependencyGraph]:
    graph = DependencyGraph(roadmap)
    loaded = load_assessment(path, roadmap)
    result = assess(loaded, roadmap, graph)
    assert result is not None, loaded.problems
    return result, graph


def rendered(path: Path, roadmap: Roadmap, fmt: str) -> str:
    result, graph = assessed(path, roadmap)
    return render_report(result, graph, fmt, generated=FIXED_TIME, tool_version="test")
