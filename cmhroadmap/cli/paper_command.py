"""The `paper` command: the cover paper for a board, as a Word document, Markdown or HTML."""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cmhroadmap.cli.app import app
from cmhroadmap.cli.options import (
    ForceOption,
    OwnRatingsOption,
    RoadmapOption,
    ValidationOption,
    choose_format,
    format_option,
    load_roadmap_or_exit,
)
from cmhroadmap.cli.output import check_output, fail_with_problems, usage_error, write_file, write_output
from cmhroadmap.formats.registry import DOCX, STDOUT
from cmhroadmap.reports.paper import PAPER_FORMATS
from cmhroadmap.safe.text import single_line

if TYPE_CHECKING:
    from cmhroadmap.reports.paper_view import PaperDetails


class PurposeChoice(enum.StrEnum):
    decision = "decision"
    assurance = "assurance"
    information = "information"


def _text(help_text: str) -> Any:
    return typer.Option(help=help_text, show_default=False, metavar="TEXT")


@app.command()
def paper(
    file: Annotated[Path, typer.Argument(help="The assessment file.", show_default=False)],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Write the paper to this file: .docx for Word, .md or .html (default: print Markdown).",
            metavar="FILE",
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        format_option(PAPER_FORMATS, "docx, markdown or html (default: from the -o file's extension)."),
    ] = None,
    meeting: Annotated[str | None, _text("The meeting the paper goes to, such as 'ICB Board'.")] = None,
    date: Annotated[str | None, _text("The meeting's date, written YYYY-MM-DD.")] = None,
    author: Annotated[
        str | None, _text("The paper's author (default: the assessment's prepared_by).")
    ] = None,
    sponsor: Annotated[str | None, _text("The executive sponsor.")] = None,
    purpose: Annotated[
        PurposeChoice, typer.Option(help="What the board is asked for: the recommendations' verbs follow it.")
    ] = PurposeChoice.decision,
    with_report: Annotated[
        bool,
        typer.Option(
            "--with-report",
            help="Also write the full gap report (HTML) beside the paper, named as its attachment.",
        ),
    ] = False,
    force: ForceOption = False,
    roadmap: RoadmapOption = None,
    validation: ValidationOption = None,
    own_ratings: OwnRatingsOption = False,
) -> None:
    """Draft the cover paper a board reads: summary table, recommendations, risks and delivery plan.

    About four pages, for the author to edit before the board pack closes. The validation file and
    the previous period's file beside the assessment are used as `report` uses them.
    """
    from cmhroadmap.reports.paper_view import PaperDetails, Purpose  # noqa: PLC0415

    # Printed to a .pdf or .doc, Markdown would be a file that lies about what it holds.
    suffix = output.suffix if output is not None and str(output) != STDOUT else ""
    if suffix and PAPER_FORMATS.for_extension(suffix) is None:
        assert output is not None
        usage_error(
            f"-o {output.name}: a paper is written as {PAPER_FORMATS.choices()}; "
            "end the file name with one of these"
        )
    to_stdout = output is None or str(output) == STDOUT
    if fmt == DOCX.name and to_stdout:
        usage_error("a Word document cannot be printed; name the file to write, such as -o paper.docx")
    chosen = choose_format(PAPER_FORMATS, fmt, output)
    if with_report and to_stdout:
        usage_error("--with-report writes the gap report beside the paper; name the paper's file with -o")
    report_path = None
    if with_report and output is not None:
        report_path = output.with_name(f"{output.stem}-gap-report.html")
    details = PaperDetails(
        meeting=meeting,
        date=_meeting_date(date),
        author=author,
        sponsor=sponsor,
        purpose=Purpose(purpose.value),
        attachment=report_path.name if report_path is not None else None,
    )
    _write_paper(file, output, chosen.name, details, report_path, force, roadmap, validation, own_ratings)


def _meeting_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        usage_error(f"--date must be a date written YYYY-MM-DD, such as 2024-05-21; got {text!r}")


def _write_paper(
    file: Path,
    output: Path | None,
    fmt: str,
    details: PaperDetails,
    report_path: Path | None,
    force: bool,
    roadmap: Path | None,
    validation: Path | None,
    own_ratings: bool,
) -> None:
    from cmhroadmap.assessment.assess import assess  # noqa: PLC0415
    from cmhroadmap.assessment.previous import previous_on_basis  # noqa: PLC0415
    from cmhroadmap.assessment.single import load_single  # noqa: PLC0415
    from cmhroadmap.problems.problem import Severity  # noqa: PLC0415
    from cmhroadmap.reports.gap_report import generated_at, render_report  # noqa: PLC0415
    from cmhroadmap.reports.paper import render_paper  # noqa: PLC0415
    from cmhroadmap.reports.paper_view import build_paper  # noqa: PLC0415

    loaded_roadmap, graph = load_roadmap_or_exit(roadmap)
    single = load_single(file, loaded_roadmap, validation)
    errors = [p for p in single.problems if p.severity is Severity.ERROR]
    # The period before, on the same basis, for what moved and what fell since.
    previous = previous_on_basis(file, single.loaded, loaded_roadmap, own_only=own_ratings)
    earlier = previous[1] if previous is not None else None
    inputs = [file] + ([Path(single.validation_path)] if single.validation_path else [])
    inputs += [Path(previous[0].path)] if previous is not None else []
    for target in (output, report_path):
        if target is not None and str(target) != STDOUT:
            check_output(target, inputs, force)
    result = assess(
        single.loaded, loaded_roadmap, graph, single.validation, own_only=own_ratings, previous=earlier
    )
    if result is None or errors:
        fail_with_problems(errors or single.problems)
    generated = generated_at()
    content = render_paper(
        build_paper(result, graph, details, generated=generated, tool_version=_version(), previous=earlier),
        fmt,
    )
    if report_path is not None:
        report = render_report(result, graph, "html", generated=generated, previous=earlier)
        write_file(report_path, report, inputs, force=force)
        typer.echo(f"Wrote {single_line(str(report_path))}, the paper's attachment", err=True)
    if isinstance(content, bytes):
        assert output is not None
        write_file(output, content, inputs, force=force)
        typer.echo(f"Wrote {single_line(str(output))}", err=True)
    else:
        write_output(content, output, inputs, force=force)


def _version() -> str:
    from cmhroadmap import __version__  # noqa: PLC0415

    return __version__
