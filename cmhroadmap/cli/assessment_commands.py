"""Commands for a system's self-assessment: init and assess."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Annotated

import typer

from cmhroadmap.cli.app import app
from cmhroadmap.cli.options import (
    RatingBasis,
    RoadmapOption,
    StrictOption,
    UseOption,
    ValidationOption,
    ViewFormat,
    load_roadmap_or_exit,
)
from cmhroadmap.cli.output import console, fail_with_problems, usage_error, write_file
from cmhroadmap.safe_text import single_line


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
    force: Annotated[bool, typer.Option("--force", help="Overwrite FILE if it exists.")] = False,
    roadmap: RoadmapOption = None,
) -> None:
    """Write a ready-to-fill assessment listing every deliverable with its Success markers."""
    from pydantic import ValidationError  # noqa: PLC0415

    from cmhroadmap.assessment.init_template import render_init  # noqa: PLC0415
    from cmhroadmap.assessment.model import Organisation, check_period  # noqa: PLC0415
    from cmhroadmap.bundled import bundled_schemas  # noqa: PLC0415
    from cmhroadmap.problems.suggest import did_you_mean  # noqa: PLC0415

    loaded, _ = load_roadmap_or_exit(roadmap)
    try:
        check_period(period)
        Organisation(name=org, code=code)
    except (ValueError, ValidationError) as error:
        message = error.errors()[0]["msg"] if isinstance(error, ValidationError) else str(error)
        usage_error(message if "period" in message else f"--code must be an ODS code such as QXX ({message})")
    areas = [area.strip() for area in focus.split(",") if area.strip()]
    for area in areas:
        if area not in loaded.focus_areas:
            usage_error(
                f"no focus area '{area}'{did_you_mean(area, loaded.focus_areas)}; "
                f"choose from {', '.join(loaded.focus_areas)}"
            )
    schema_file = bundled_schemas() / "assessment.schema.json"
    if output is not None and str(output) == "-":
        console().file.write(render_init(loaded, org, code, period, areas, dt.date.today(), str(schema_file)))
        return
    target = output or Path(f"{code.lower()}-{period.replace('/', '-')}.yaml")
    # Inside the checkout that holds the schema, a relative path keeps working wherever it is cloned.
    home = schema_file.parent.parent
    inside = target.resolve().is_relative_to(home)
    schema_path = (
        Path(os.path.relpath(schema_file, target.resolve().parent)).as_posix() if inside else str(schema_file)
    )
    text = render_init(loaded, org, code, period, areas, dt.date.today(), schema_path)
    if target.exists() and not force:
        usage_error(f"{target} already exists; use --force to overwrite it")
    write_file(target, text, [])
    shown = single_line(str(target))
    console().print(f"Wrote {shown}. Fill it in, then run: cmhroadmap assess {shown}", markup=False)


@app.command()
def assess(
    file: Annotated[Path, typer.Argument(help="The assessment file.", show_default=False)],
    roadmap: RoadmapOption = None,
    fmt: Annotated[ViewFormat, typer.Option("--format")] = ViewFormat.text,
    strict: StrictOption = False,
    top: Annotated[int, typer.Option(min=1, help="How many priorities to show.")] = 10,
    validation: ValidationOption = None,
    use: UseOption = RatingBasis.self,
) -> None:
    """Validate an assessment, then show its ratings on the grid, dependency warnings and priorities."""
    from cmhroadmap.assessment.assess import assess as run_assess  # noqa: PLC0415
    from cmhroadmap.cycle.corpus import load_single  # noqa: PLC0415
    from cmhroadmap.problems.problem import exit_code_for  # noqa: PLC0415

    loaded_roadmap, graph = load_roadmap_or_exit(roadmap)
    single = load_single(file, loaded_roadmap, validation)
    loaded = single.loaded
    use_validated = use is RatingBasis.validated
    if use_validated and single.validation is None and not single.problems:
        usage_error(f"--use validated needs a validation file: none given and none beside {file}")
    result = run_assess(loaded, loaded_roadmap, graph, single.validation, use_validated=use_validated)
    if result is None:
        fail_with_problems(single.problems)
    if fmt is ViewFormat.json:
        console().file.write(json.dumps(result.as_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        from cmhroadmap.cli.assess_text import print_assessment  # noqa: PLC0415

        print_assessment(result, graph, top)
    raise typer.Exit(exit_code_for(single.problems, strict=strict))
