"""Commands about roadmap versions: diff (what changed) and migrate (an assessment carried onto the next)."""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cmhroadmap.cli.app import app
from cmhroadmap.cli.options import ForceOption, RoadmapOption, load_roadmap_or_exit, output_format
from cmhroadmap.cli.output import STDOUT, fail_with_problems, usage_error, write_file, write_output

if TYPE_CHECKING:
    from cmhroadmap.roadmap.lineage import Lineage


class DiffFormat(enum.StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


def lineage_or_exit(old_dir: Path | None, new_dir: Path) -> Lineage:
    """Both versions loaded and checked, and the new one's lineage checked against the old."""
    from cmhroadmap.roadmap.lineage import Lineage, check_lineage  # noqa: PLC0415

    old, _ = load_roadmap_or_exit(old_dir)
    new, _ = load_roadmap_or_exit(new_dir)
    problems = check_lineage(old, new)
    if problems:
        fail_with_problems(problems)
    return Lineage(old, new)


@app.command()
def diff(
    old_dir: Annotated[Path, typer.Argument(help="The earlier roadmap version's directory.", metavar="OLD_DIR")],
    new_dir: Annotated[
        Path, typer.Argument(help="The later version's directory (its previous: names OLD_DIR's).", metavar="NEW_DIR")
    ],
    fmt: Annotated[
        DiffFormat | None,
        typer.Option(
            "--format",
            help="Text on the terminal, Markdown for a paper, or JSON for other tools (default: from the "
            "-o file's extension, else text).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to this file (default: print it).", metavar="FILE")
    ] = None,
    force: ForceOption = False,
) -> None:
    """What changed between two roadmap versions: added, retired, renamed, split, merged and changed."""
    from cmhroadmap.reports.diff_view import build_diff_view  # noqa: PLC0415
    from cmhroadmap.roadmap.diff import diff_roadmaps  # noqa: PLC0415

    fmt = output_format(fmt, output, DiffFormat.text)
    if output is not None and str(output) != STDOUT and fmt is DiffFormat.text:
        usage_error("-o writes a report: choose its --format (markdown or json; text is for the terminal)")
    changes = diff_roadmaps(lineage_or_exit(old_dir, new_dir))
    if fmt is DiffFormat.json:
        text = json.dumps(changes.as_dict(), indent=2, ensure_ascii=False) + "\n"
    elif fmt is DiffFormat.markdown:
        from cmhroadmap.reports.rendering import render  # noqa: PLC0415

        text = render("diff.md", v=build_diff_view(changes))
    else:
        from cmhroadmap.cli.version_text import print_diff  # noqa: PLC0415

        print_diff(build_diff_view(changes))
        return
    write_output(text, output, [old_dir, new_dir], force=force)
