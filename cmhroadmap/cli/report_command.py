"""The `report` command: a gap report in Markdown or HTML, to standard output or a file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cmhroadmap.cli.app import app
from cmhroadmap.cli.options import (
    ForceOption,
    OwnRatingsOption,
    RoadmapOption,
    TopOption,
    ValidationOption,
    choose_format,
    format_option,
    load_roadmap_or_exit,
)
from cmhroadmap.cli.output import fail_with_problems, write_output
from cmhroadmap.reports.formats import REPORT_FORMATS


@app.command()
def report(
    file: Annotated[Path, typer.Argument(help="The assessment file.", show_default=False)],
    fmt: Annotated[
        str | None,
        format_option(
            REPORT_FORMATS,
            "Markdown, or one self-contained HTML page (default: from the -o file's extension, else "
            "markdown).",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="Write the report to this file (default: print it).", metavar="FILE"
        ),
    ] = None,
    force: ForceOption = False,
    roadmap: RoadmapOption = None,
    validation: ValidationOption = None,
    own_ratings: OwnRatingsOption = False,
    top: TopOption = 10,
) -> None:
    """Render a gap report for a programme board: a one-page summary, the plan, then the detail.

    Where last period's assessment of the same organisation is beside the file, the summary says
    what moved since then.
    """
    from cmhroadmap.assessment.assess import assess  # noqa: PLC0415
    from cmhroadmap.assessment.previous import previous_on_basis  # noqa: PLC0415
    from cmhroadmap.assessment.single import load_single  # noqa: PLC0415
    from cmhroadmap.problems.problem import Severity  # noqa: PLC0415
    from cmhroadmap.reports.gap_report import render_report  # noqa: PLC0415

    chosen = choose_format(REPORT_FORMATS, fmt, output)
    loaded_roadmap, graph = load_roadmap_or_exit(roadmap)
    single = load_single(file, loaded_roadmap, validation)
    errors = [p for p in single.problems if p.severity is Severity.ERROR]
    previous = previous_on_basis(file, single.loaded, loaded_roadmap, own_only=own_ratings)
    earlier = previous[1] if previous is not None else None
    result = assess(
        single.loaded, loaded_roadmap, graph, single.validation, own_only=own_ratings, previous=earlier
    )
    if result is None or errors:
        fail_with_problems(errors or single.problems)
    inputs = [file] + ([Path(single.validation_path)] if single.validation_path else [])
    if previous is not None:
        inputs.append(Path(previous[0].path))
    write_output(
        render_report(result, graph, chosen.name, top=top, previous=earlier),
        output,
        inputs,
        force=force,
        fmt=chosen,
    )
