"""Options shared by several commands, and loading the roadmap they point at."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from cmhroadmap.cli.output import fail_with_problems, usage_error

if TYPE_CHECKING:
    from cmhroadmap.roadmap.graph import DependencyGraph
    from cmhroadmap.roadmap.roadmap import Roadmap


_Format = TypeVar("_Format", bound=enum.StrEnum)

# The extension of an -o file names its format, so that report -o board.html is never Markdown.
SUFFIX_FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"} | {
    ".csv": "csv",
    ".json": "json",
    ".docx": "docx",
}


_FORMAT_WORDS = {
    "markdown": "a Markdown",
    "html": "an HTML",
    "csv": "a CSV",
    "json": "a JSON",
    "docx": "a Word",
}


def output_format(given: _Format | None, output: Path | None, default: _Format) -> _Format:
    """The format asked for, else the one the -o file's extension names, else the command's default.

    A --format that contradicts the extension is a usage error rather than a file that lies about
    what it holds.
    """
    kind = type(default)
    named = SUFFIX_FORMATS.get(output.suffix.lower()) if output is not None else None
    implied = kind(named) if named is not None and named in kind.__members__ else None
    if given is None:
        return implied if implied is not None else default
    if implied is not None and implied is not given:
        assert output is not None
        named_kind = _FORMAT_WORDS[implied.value]
        usage_error(
            f"-o {output.name} names {named_kind} file but --format {given.value} was given; "
            "leave out --format, or end the file name to match"
        )
    return given


class ProblemFormatName(enum.StrEnum):
    text = "text"
    json = "json"
    github = "github"


class ViewFormat(enum.StrEnum):
    text = "text"
    json = "json"


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
