"""Rendering the annual-cycle outputs (trajectory and benchmark) with the shared Jinja environment."""

from __future__ import annotations

import datetime as dt

from cmhroadmap import __version__
from cmhroadmap.cycle.benchmarking import Benchmark
from cmhroadmap.cycle.trajectory import Trajectory
from cmhroadmap.reports.compare_view import build_compare
from cmhroadmap.reports.formats import BENCHMARK_FORMATS, COMPARE_FORMATS
from cmhroadmap.reports.gap_report import generated_at
from cmhroadmap.roadmap.roadmap import Roadmap


def render_compare(
    trajectory: Trajectory,
    roadmap: Roadmap,
    fmt: str,
    *,
    generated: dt.datetime | None = None,
    tool_version: str = __version__,
) -> str:
    view = build_compare(
        trajectory, roadmap, generated=generated or generated_at(), tool_version=tool_version
    )
    render = COMPARE_FORMATS[fmt].render
    assert render is not None, f"{fmt} is printed by the command line"
    return render(view)


def render_benchmark(
    benchmark: Benchmark,
    fmt: str,
    *,
    generated: dt.datetime | None = None,
    tool_version: str = __version__,
) -> str:
    render = BENCHMARK_FORMATS[fmt].render
    assert render is not None, f"{fmt} is printed by the command line"
    return render(benchmark, generated or generated_at(), tool_version)
