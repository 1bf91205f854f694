"""The `report` command: a gap report in Markdown or HTML, to standard output or a file."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from cmhroadmap.cli.app import app
from cmhroadmap.cli.options import RoadmapOption, load_roadmap_or_exit
from cmhroadmap.cli.output import console, error_console, fail_with_problems, usage_error


class ReportFormat(enum.StrEnum):
    markdown = "markdown"
    html = "html"


@app.command()
def report(
    file: Annotated[Path, typer.Argument(help="The assessment file.", show_default=False)],
    fmt: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.markdown,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Write the report here (replaced atomically).", metavar="PATH"),
    ] = None,
    roadmap: RoadmapOption = None,
) -> None:
    """Render a gap report for a programme board: grid, warnings, improvement plan and detail."""
    from cmhroadmap.assess import assess  # noqa: PLC0415
    from cmhroadmap.assessment_loader import load_assessment  # noqa: PLC0415
    from cmhroadmap.files import OutputRefused, write_atomic  # noqa: PLC0415
    from cmhroadmap.problems import Severity  # noqa: PLC0415
    from cmhroadmap.report import render_report  # noqa: PLC0415

    loaded_roadmap, graph = load_roadmap_or_exit(roadmap)
    loaded = load_assessment(file, loaded_roadmap)
    result = assess(loaded, loaded_roadmap, graph)
    if result is None or loaded.has_errors:
        fail_with_problems([p for p in loaded.problems if p.severity is Severity.ERROR])
    text = render_report(result, graph, fmt.value)
    if output is None:
        console().file.write(text)
        return
    try:
        write_atomic(output, text, inputs=[file])
    except (OutputRefused, OSError) as error:
        usage_error(str(error))
    error_console().print(f"Wrote {output}", markup=False)
