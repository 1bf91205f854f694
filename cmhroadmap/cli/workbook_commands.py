"""The Excel round trip: `workbook export` writes a fill-in workbook, `workbook import` reads it back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cmhroadmap.assessment.formats import ASSESSMENT_FORMATS
from cmhroadmap.cli.app import app
from cmhroadmap.cli.options import (
    ForceOption,
    RoadmapOption,
    VerboseOption,
    choose_format,
    load_roadmap_or_exit,
)
from cmhroadmap.cli.output import (
    check_output,
    console,
    fail_with_problems,
    option_problem,
    report_problems,
    usage_error,
    write_file,
)
from cmhroadmap.cli.streams import write_stdout
from cmhroadmap.formats.registry import STDOUT, Registry
from cmhroadmap.safe.text import single_line
from cmhroadmap.workbook.formats import WORKBOOK_FORMATS

if TYPE_CHECKING:
    from cmhroadmap.assessment.model import Assessment
    from cmhroadmap.roadmap.roadmap import Roadmap

workbook_app = typer.Typer(
    name="workbook",
    help="Fill in an assessment in Excel: export a workbook, then import it back as an assessment file.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(workbook_app, name="workbook")


def _output_option(help_text: str) -> object:
    return typer.Option("-o", "--output", help=help_text, metavar="FILE", show_default=False)


def _check_output(output: Path | None, inputs: list[Path], force: bool, registry: Registry[Any]) -> Path:
    """The output path, or a usage error when it is missing, names another format, or exists.

    `-o -` is standard output, where the format allows it (a workbook's bytes it does not).
    """
    fmt = choose_format(registry, None, output)
    if output is None:
        usage_error(f"give the file to write with -o FILE{fmt.extension}")
    if str(output) != STDOUT:
        # Checked before the slow part (reading or writing the workbook), by the rules write_file applies.
        check_output(output, inputs, force)
    return output


@workbook_app.command("export")
def export(
    assessment: Annotated[
        Path | None,
        typer.Argument(
            help="An assessment file to pre-fill the workbook from.", metavar="ASSESSMENT", show_default=False
        ),
    ] = None,
    org: Annotated[str | None, typer.Option("--org", help="Organisation name, for a blank workbook.")] = None,
    code: Annotated[str | None, typer.Option("--code", help="ODS code, e.g. QXX.")] = None,
    period: Annotated[str | None, typer.Option("--period", help="NHS financial year, e.g. 2024/25.")] = None,
    focus: Annotated[
        str | None,
        typer.Option("--focus", help="Dedicated focus areas, comma-separated: cen,eating-disorders."),
    ] = None,
    output: Annotated[Path | None, _output_option("The workbook to write (.xlsx).")] = None,
    force: ForceOption = False,
    roadmap: RoadmapOption = None,
) -> None:
    """Write a fill-in Excel workbook: from ASSESSMENT, or blank for --org, --code and --period."""
    from cmhroadmap.assessment.loader import load_assessment  # noqa: PLC0415
    from cmhroadmap.problems.problem import ProblemsFound, Severity  # noqa: PLC0415
    from cmhroadmap.workbook.exporter import export_workbook  # noqa: PLC0415

    blank = {"--org": org, "--code": code, "--period": period, "--focus": focus}
    if assessment is not None and any(value is not None for value in blank.values()):
        usage_error(
            "give either an ASSESSMENT file or --org, --code and --period for a blank workbook, not both"
        )
    if assessment is None:
        missing = [name for name in ("--org", "--code", "--period") if blank[name] is None]
        if missing:
            usage_error(f"give an ASSESSMENT file, or {', '.join(missing)} for a blank workbook")
    target = _check_output(output, [assessment] if assessment else [], force, WORKBOOK_FORMATS)
    loaded_roadmap, _ = load_roadmap_or_exit(roadmap)
    document = None
    if assessment is not None:
        loaded = load_assessment(assessment, loaded_roadmap)
        if loaded.assessment is None or loaded.has_errors:
            fail_with_problems([p for p in loaded.problems if p.severity is Severity.ERROR])
        source, document = loaded.assessment, loaded.document
    else:
        source = _blank(loaded_roadmap, org or "", code or "", period or "", focus or "")
    try:
        data = export_workbook(source, loaded_roadmap, document)
    except ProblemsFound as found:
        fail_with_problems(found.problems)
    write_file(target, data, [assessment] if assessment else [], force=force)
    shown = single_line(str(target))
    console().print(
        f"Wrote {shown}. Fill it in (the Scale sheet explains how), then run: "
        f"cmhroadmap workbook import {shown} -o FILE.yaml",
        markup=False,
    )


def _blank(roadmap: Roadmap, org: str, code: str, period: str, focus: str) -> Assessment:
    """The blank assessment for the options given; a usage error when one of them is not valid."""
    import datetime as dt  # noqa: PLC0415

    from pydantic import ValidationError  # noqa: PLC0415

    from cmhroadmap.assessment.model import split_focus_areas  # noqa: PLC0415
    from cmhroadmap.problems.suggest import did_you_mean  # noqa: PLC0415
    from cmhroadmap.workbook.exporter import blank_assessment  # noqa: PLC0415

    areas = split_focus_areas(focus)
    for area in areas:
        if area not in roadmap.focus_areas:
            usage_error(
                f"no focus area '{area}'{did_you_mean(area, roadmap.focus_areas)}; "
                f"choose from {', '.join(roadmap.focus_areas)}"
            )
    try:
        return blank_assessment(roadmap, org, code, period, areas, dt.date.today())
    except ValidationError as error:
        usage_error(option_problem(error, code))


@workbook_app.command("import")
def import_(
    file: Annotated[
        Path, typer.Argument(help="The filled-in workbook (.xlsx).", metavar="FILE.xlsx", show_default=False)
    ],
    output: Annotated[Path | None, _output_option("The assessment file to write (.yaml).")] = None,
    force: ForceOption = False,
    roadmap: RoadmapOption = None,
    verbose: VerboseOption = False,
) -> None:
    """Turn a filled-in workbook back into an assessment file, then check it as `validate` does.

    Problems in the workbook are printed with their sheet and cell, and nothing is written.
    """
    from cmhroadmap.assessment.schema_line import schema_comment, schema_reference  # noqa: PLC0415
    from cmhroadmap.assessment.writer import render_assessment  # noqa: PLC0415
    from cmhroadmap.problems.problem import Problem, Severity  # noqa: PLC0415
    from cmhroadmap.safe.text import one_line  # noqa: PLC0415
    from cmhroadmap.workbook.importer import import_workbook  # noqa: PLC0415
    from cmhroadmap.yamlread.limits import MAX_FILE_BYTES  # noqa: PLC0415

    target = _check_output(output, [file], force, ASSESSMENT_FORMATS)
    loaded_roadmap, _ = load_roadmap_or_exit(roadmap)
    result = import_workbook(file, loaded_roadmap)
    if result.assessment is None:
        fail_with_problems(result.problems)
    to_stdout = str(target) == STDOUT
    schema = schema_reference(Path("imported.yaml") if to_stdout else target)
    header = [
        *([schema_comment(schema)] if schema else []),
        f"Self-assessment against {loaded_roadmap.meta.title} ({loaded_roadmap.id}),",
        f"imported from the workbook {one_line(file.name)} by cmhroadmap workbook import.",
    ]
    text = render_assessment(result.assessment, loaded_roadmap, header)
    if to_stdout:
        # The assessment is the output; what was found in the workbook goes with the other messages.
        write_stdout(text)
        summary = {"checked": f"Read {single_line(result.path)}"}
        raise typer.Exit(report_problems(result.problems, summary, "text", verbose=verbose, stderr=True))
    if target.is_file():
        # Over a file (one made by init, say): its comments, such as the Success markers, stay.
        from cmhroadmap.assessment.rewrite import rewrite_file  # noqa: PLC0415

        text = rewrite_file(target, result.assessment) or text
    size = len(text.encode("utf-8"))
    if size > MAX_FILE_BYTES:
        # validate would refuse the file written: better said now, of the workbook, than of the YAML.
        fail_with_problems(
            [
                Problem(
                    result.path,
                    1,
                    1,
                    Severity.ERROR,
                    "assessment-too-large",
                    f"as an assessment file this workbook would be {size:,} bytes, over the "
                    f"{MAX_FILE_BYTES:,} that validate reads; shorten the longest evidence and notes",
                )
            ]
        )
    write_file(target, text, [file], force=force)
    summary = {"checked": f"Wrote {single_line(str(target))} from {single_line(result.path)}"}
    raise typer.Exit(report_problems(result.problems, summary, "text", verbose=verbose))
