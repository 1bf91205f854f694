"""Options shared by several commands, and loading the roadmap they point at."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cmhroadmap.cli.output import fail_with_problems, forget_refusals, refuse_later, usage_error
from cmhroadmap.formats.registry import JSON, STDOUT, TEXT, Format, FormatRefused, Registry

if TYPE_CHECKING:
    from cmhroadmap.roadmap.graph import DependencyGraph
    from cmhroadmap.roadmap.roadmap import Roadmap


def format_option(registry: Registry[Any], help_text: str) -> Any:
    """The --format option of a command, its choices the formats `registry` holds."""
    names = registry.names()

    def check(value: str | None) -> str | None:
        if value is not None and value not in names:
            raise typer.BadParameter(f"'{value}' is not a choice here; write one of: {', '.join(names)}")
        return value

    return typer.Option(
        "--format", callback=check, help=help_text, metavar=f"[{'|'.join(names)}]", show_default=False
    )


def choose_format(
    registry: Registry[Any], given: str | None, output: Path | None, default: str | None = None
) -> Format[Any]:
    """The format to write: asked for, else named by the -o file's extension, else the default.

    Usage errors (status 2), before any work: an extension that contradicts the format (report
    --format html -o x.csv, export -o e.xlsx, init -o i.xlsx); -o - for a format a terminal cannot
    show (a workbook); a file for a format only printed (text); a binary file without its extension.
    """
    forget_refusals()

    def refuse(message: str) -> None:
        # A file that is there may be one the command reads (its own input, the roadmap): that is
        # said first, when the output is checked before writing, and this refusal after it.
        if output is not None and (output.is_file() or output.is_symlink()):
            refuse_later(output, message)
        else:
            usage_error(message)

    try:
        chosen = registry.choose(given, output, default)
    except FormatRefused as refused:
        refuse(str(refused))
        chosen = registry[given or default or registry.default.name]
    if output is None:
        return chosen
    if str(output) == STDOUT:
        if chosen.binary:
            usage_error(
                f"-o - would print {chosen.words} to the terminal, which cannot show it; "
                f"give a file name ending {chosen.extension}"
            )
        return chosen
    if not chosen.extensions:
        usage_error(
            f"-o writes a file: choose its --format ({registry.choices()}); {chosen.words} is printed, "
            "not written"
        )
    if chosen.binary and output.suffix.lower() not in chosen.extensions:
        refuse(f"{output}: {chosen.words} must be a {chosen.extension} file, so that it opens")
    return chosen


# Views printed for people or other tools; never written to a file.
VIEW_FORMATS: Registry[Any] = Registry("the view", (TEXT, JSON))
ViewFormatOption = Annotated[str, format_option(VIEW_FORMATS, "Text for people, or JSON for other tools.")]


RoadmapOption = Annotated[
    Path | None,
    typer.Option(
        "--roadmap",
        help="Roadmap directory (holding roadmap.yaml) to use instead of the bundled roadmap.",
        metavar="DIR",
    ),
]
TopOption = Annotated[
    int,
    typer.Option(min=1, help="How many priorities to show in full, the worst bottlenecks first."),
]
StrictOption = Annotated[bool, typer.Option("--strict", help="Treat warnings as failures (exit status 1).")]
# Where a command that writes one file writes it; `-o -`, or none, prints it.
OutputOption = Annotated[
    Path | None,
    typer.Option("-o", "--output", help="Write to this file (default: print it).", metavar="FILE"),
]
ForceOption = Annotated[
    bool,
    typer.Option("--force", help="Replace the output file if it exists (never a file the command reads)."),
]
VerboseOption = Annotated[
    bool,
    typer.Option(
        "--verbose", "-v", help="List every deliverable not yet rated, not just how many there are."
    ),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Show errors only, not warnings or notes.")]


def load_roadmap_or_exit(directory: Path | None) -> tuple[Roadmap, DependencyGraph]:
    """The roadmap and its graph; a roadmap with errors ends the command with its problems."""
    from cmhroadmap.problems.problem import Severity  # noqa: PLC0415
    from cmhroadmap.roadmap.graph import DependencyGraph  # noqa: PLC0415
    from cmhroadmap.roadmap.loader import load_roadmap  # noqa: PLC0415

    result = load_roadmap(directory)
    errors = [p for p in result.problems if p.severity is Severity.ERROR]
    if result.roadmap is None or errors:
        fail_with_problems(errors or result.problems)
    return result.roadmap, DependencyGraph(result.roadmap)


ValidationOption = Annotated[
    Path | None,
    typer.Option(
        "--validation",
        help="Independent validation file (default: NAME.validation.yaml beside the assessment, if any).",
        metavar="FILE",
    ),
]
OwnRatingsOption = Annotated[
    bool,
    typer.Option(
        "--own-ratings",
        help="Use the system's own ratings alone, labelled as such (default: the validated rating where a "
        "validation rates the deliverable, the system's own elsewhere).",
    ),
]
