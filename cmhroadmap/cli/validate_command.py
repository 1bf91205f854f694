"""The `validate` command: the roadmap, and any assessment files or directories given."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cmhroadmap.cli.app import app
from cmhroadmap.cli.options import QuietOption, RoadmapOption, StrictOption, VerboseOption, format_option
from cmhroadmap.cli.output import report_problems
from cmhroadmap.problems.formats import PROBLEM_FORMATS


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Assessment files, or directories of them (every *.yaml inside). "
            "The roadmap is always checked.",
            show_default=False,
        ),
    ] = None,
    roadmap: RoadmapOption = None,
    fmt: Annotated[
        str, format_option(PROBLEM_FORMATS, "How to print problems.")
    ] = PROBLEM_FORMATS.default.name,
    strict: StrictOption = False,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Check files; print every problem as path:line:col: severity code: message.

    Exit status 0 when valid, 1 when errors were found (or warnings, with --strict), 2 for usage errors.
    """
    from cmhroadmap.assessment.loader import expand_paths  # noqa: PLC0415
    from cmhroadmap.cli.output import progress  # noqa: PLC0415
    from cmhroadmap.cycle.validate import validate_files  # noqa: PLC0415

    count = sum(1 for _ in expand_paths(paths or []))
    with progress(count) as advance:
        problems, summary = validate_files(roadmap, paths or [], advance)
    raise typer.Exit(report_problems(problems, summary, fmt, strict=strict, verbose=verbose, quiet=quiet))
