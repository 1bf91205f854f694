"""Commands for a system's self-assessment: init and assess."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from cmhroadmap.cli.app import app
from cmhroadmap.cli.options import (
    ForceOption,
    OwnRatingsOption,
    QuietOption,
    RoadmapOption,
    StrictOption,
    TopOption,
    ValidationOption,
    VerboseOption,
    ViewFormatOption,
    choose_format,
    load_roadmap_or_exit,
)
from cmhroadmap.cli.output import (
    console,
    fail_with_problems,
    option_problem,
    print_problems,
    usage_error,
    write_file,
)
from cmhroadmap.cli.streams import write_stdout
from cmhroadmap.formats.registry import JSON, STDOUT
from cmhroadmap.safe.neutralise import json_text
from cmhroadmap.safe.text import single_line


@app.command()
def init(
    org: Annotated[str, typer.Option("--org", help="Organisation name.")],
    code: Annotated[str, typer.Option("--code", help="ODS code, e.g. QXX.")],
    period: Annotated[str, typer.Option("--period", help="NHS financial year, e.g. 2024/25.")],
    focus: Annotated[
        str, typer.Option("--focus", help="Dedicated focus areas, comma-separated: cen,eating-disorders.")
    ] = "",
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="File to write; '-' for standard output.", metavar="FILE"),
    ] = None,
    force: ForceOption = False,
    roadmap: RoadmapOption = None,
) -> None:
    """Write a ready-to-fill assessment listing every deliverable with its Success markers."""
    from pydantic import ValidationError  # noqa: PLC0415

    from cmhroadmap.assessment.formats import ASSESSMENT_FORMATS  # noqa: PLC0415
    from cmhroadmap.assessment.init_template import render_init  # noqa: PLC0415
    from cmhroadmap.assessment.model import Organisation, check_period, split_focus_areas  # noqa: PLC0415
    from cmhroadmap.assessment.schema_line import ADD_SCHEMA, schema_reference  # noqa: PLC0415
    from cmhroadmap.problems.suggest import did_you_mean  # noqa: PLC0415

    choose_format(ASSESSMENT_FORMATS, None, output)
    loaded, _ = load_roadmap_or_exit(roadmap)
    try:
        check_period(period)
        Organisation(name=org, code=code)
    except (ValueError, ValidationError) as error:
        usage_error(option_problem(error, code))
    areas = split_focus_areas(focus)
    for area in areas:
        if area not in loaded.focus_areas:
            usage_error(
                f"no focus area '{area}'{did_you_mean(area, loaded.focus_areas)}; "
                f"choose from {', '.join(loaded.focus_areas)}"
            )
    target = output or Path(f"{code.lower()}-{period.replace('/', '-')}.yaml")
    to_stdout = str(target) == STDOUT
    # Relative to the file, searched for in its repository: the line then works for everyone.
    schema = schema_reference(Path("init.yaml") if to_stdout else target)
    text = render_init(loaded, org, code, period, areas, dt.date.today(), schema)
    if to_stdout:
        write_stdout(text)
        return
    write_file(target, text, [], force=force)
    shown = single_line(str(target))
    console().print(f"Wrote {shown}. Fill it in, then run: cmhroadmap assess {shown}", markup=False)
    if schema is None:
        console().print(
            "No schema file (schemas/assessment.schema.json) was found in this folder or above it, so "
            f"editors cannot check the file as you type. To add one, run: {ADD_SCHEMA} (in the folder "
            "that holds your assessments' folders), then run this init again with --force before you fill "
            "the file in.",
            markup=False,
        )


@app.command()
def assess(
    file: Annotated[Path, typer.Argument(help="The assessment file.", show_default=False)],
    roadmap: RoadmapOption = None,
    fmt: ViewFormatOption = "text",
    strict: StrictOption = False,
    top: TopOption = 10,
    validation: ValidationOption = None,
    own_ratings: OwnRatingsOption = False,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Validate an assessment, then show its ratings on the grid, dependency warnings and priorities."""
    from cmhroadmap.assessment.assess import assess as run_assess  # noqa: PLC0415
    from cmhroadmap.assessment.previous import previous_on_basis  # noqa: PLC0415
    from cmhroadmap.assessment.single import load_single  # noqa: PLC0415
    from cmhroadmap.problems.problem import exit_code_for  # noqa: PLC0415

    loaded_roadmap, graph = load_roadmap_or_exit(roadmap)
    single = load_single(file, loaded_roadmap, validation)
    loaded = single.loaded
    # The period before, on the same basis: for what fell since, and the summary's movement.
    previous = previous_on_basis(file, loaded, loaded_roadmap, own_only=own_ratings)
    earlier = previous[1] if previous is not None else None
    result = run_assess(
        loaded, loaded_roadmap, graph, single.validation, own_only=own_ratings, previous=earlier
    )
    if result is None:
        fail_with_problems(single.problems, verbose=verbose)
    # Problems in a file beside the assessment (the validation file) are not the assessment's own,
    # which the view below prints: said here, so that a failing status always comes with its reason.
    print_problems([p for p in single.problems if p not in result.loaded.problems])
    if fmt == JSON.name:
        console().file.write(json_text(result.as_dict()))
    else:
        from cmhroadmap.cli.assess_text import print_assessment  # noqa: PLC0415

        print_assessment(result, graph, top, verbose=verbose, quiet=quiet, previous=earlier)
    raise typer.Exit(exit_code_for(single.problems, strict=strict))
