"""Rendering the annual-cycle outputs (trajectory and benchmark) with the shared Jinja environment."""

from __future__ import annotations

import datetime as dt

from cmhroadmap import __version__
from cmhroadmap.cycle.benchmarking import Benchmark
from cmhroadmap.cycle.trajectory import Trajectory
from cmhroadmap.reports.benchmark_view import benchmark_csv, build_benchmark_view
from cmhroadmap.reports.compare_view import build_compare
from cmhroadmap.reports.gap_report import generated_at
from cmhroadmap.reports.rendering import render
from cmhroadmap.roadmap.roadmap import Roadmap

TEMPLATE_SUFFIX = {"markdown": "md", "html": "html"}


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
    return render(f"compare.{TEMPLATE_SUFFIX[fmt]}", v=view)


def render_benchmark(
    benchmark: Benchmark,
    fmt: str,
    *,
    generated: dt.datetime | None = None,
    tool_version: str = __version__,
) -> str:
    if fmt == "csv":
        return benchmark_csv(benchmark)
    view = build_benchmark_view(benchmark, generated=generated or generated_at(), tool_version=tool_version)
    return render(f"benchmark.{TEMPLATE_SUFFIX[fmt]}", v=view)
