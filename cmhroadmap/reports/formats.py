"""The formats reports are written in: one registry each for the gap report, trajectory and benchmark.

Each format names its template (or its renderer); the command line takes its --format choices and
the -o extension rule from here. Rendering is imported only when a report is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cmhroadmap.formats.registry import CSV, HTML, JSON, MARKDOWN, TEXT, Registry

if TYPE_CHECKING:
    import datetime as dt

    from cmhroadmap.cycle.benchmarking import Benchmark
    from cmhroadmap.roadmap.diff import RoadmapDiff

# A view model in, the page out.
ViewRenderer = Callable[[Any], str]
# A benchmark, when it was made and by which version of the tool, in; the file out.
BenchmarkRenderer = Callable[["Benchmark", "dt.datetime", str], str]


def template(name: str) -> ViewRenderer:
    """The renderer of a view model through the template called `name` (in templates/)."""

    def render_view(view: Any) -> str:
        from cmhroadmap.reports.rendering import render  # noqa: PLC0415

        return render(name, v=view)

    return render_view


def _benchmark_page(name: str) -> BenchmarkRenderer:
    def render_page(benchmark: Benchmark, generated: dt.datetime, tool_version: str) -> str:
        from cmhroadmap.reports.benchmark_view import build_benchmark_view  # noqa: PLC0415

        return template(name)(build_benchmark_view(benchmark, generated=generated, tool_version=tool_version))

    return render_page


def _benchmark_csv(benchmark: Benchmark, generated: dt.datetime, tool_version: str) -> str:
    # A spreadsheet wants the numbers, not the page's view model.
    from cmhroadmap.reports.benchmark_view import benchmark_csv  # noqa: PLC0415

    return benchmark_csv(benchmark)


REPORT_FORMATS: Registry[ViewRenderer] = Registry(
    "a report", (MARKDOWN.rendered_by(template("report.md")), HTML.rendered_by(template("report.html")))
)
# The text format of these two is laid out for the terminal by the command line, so has no renderer.
COMPARE_FORMATS: Registry[ViewRenderer] = Registry(
    "a trajectory",
    (TEXT, MARKDOWN.rendered_by(template("compare.md")), HTML.rendered_by(template("compare.html"))),
)
BENCHMARK_FORMATS: Registry[BenchmarkRenderer] = Registry(
    "a benchmark",
    (
        TEXT,
        MARKDOWN.rendered_by(_benchmark_page("benchmark.md")),
        HTML.rendered_by(_benchmark_page("benchmark.html")),
        CSV.rendered_by(_benchmark_csv),
    ),
)


def _diff_markdown(changes: RoadmapDiff) -> str:
    from cmhroadmap.reports.diff_view import build_diff_view  # noqa: PLC0415

    return template("diff.md")(build_diff_view(changes))


def _diff_json(changes: RoadmapDiff) -> str:
    from cmhroadmap.safe.neutralise import json_text  # noqa: PLC0415

    return json_text(changes.as_dict())


# What changed between two roadmap versions; its text is laid out for the terminal by the command line.
DIFF_FORMATS: Registry[Callable[[RoadmapDiff], str]] = Registry(
    "a roadmap diff", (TEXT, MARKDOWN.rendered_by(_diff_markdown), JSON.rendered_by(_diff_json))
)
