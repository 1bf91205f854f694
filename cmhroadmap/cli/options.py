"""Options shared by several commands, and loading the roadmap they point at."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cmhroadmap.cli.output import fail_with_problems

if TYPE_CHECKING:
    from cmhroadmap.roadmap.graph import DependencyGraph
    from cmhroadmap.roadmap.roadmap import Roadmap


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


class RatingBasis(enum.StrEnum):
    self = "self"
    validated = "validated"


ValidationOption = Annotated[
    Path | None,
    typer.Option(
        "--validation",
        help="Independent validation file (default: NAME.validation.yaml beside the assessment, if any).",
        metavar="FILE",
    ),
]
UseOption = Annotated[
    RatingBasis,
    typer.Option(
        "--use", help="Ratings the dependency walk and priorities use: the system's own, or validated."
    ),
]
