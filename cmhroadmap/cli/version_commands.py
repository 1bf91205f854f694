"""Commands about roadmap versions: diff (what changed) and migrate (an assessment carried onto the next)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cmhroadmap.assessment.formats import ASSESSMENT_FORMATS
from cmhroadmap.cli.app import app
from cmhroadmap.cli.options import (
    ForceOption,
    OutputOption,
    choose_format,
    format_option,
    load_roadmap_or_exit,
)
from cmhroadmap.cli.output import fail_with_problems, write_file, write_output
from cmhroadmap.formats.registry import STDOUT, TEXT
from cmhroadmap.reports.formats import DIFF_FORMATS

if TYPE_CHECKING:
    from cmhroadmap.roadmap.lineage import Lineage


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
    old_dir: Annotated[
        Path, typer.Argument(help="The earlier roadmap version's directory.", metavar="OLD_DIR")
    ],
    new_dir: Annotated[
        Path,
        typer.Argument(
            help="The later version's directory (its previous: names OLD_DIR's).", metavar="NEW_DIR"
        ),
    ],
    fmt: Annotated[
        str | None,
        format_option(
            DIFF_FORMATS,
            "Text on the terminal, Markdown for a paper, or JSON for other tools (default: from the "
            "-o file's extension, else text).",
        ),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """What changed between two roadmap versions: added, retired, renamed, split, merged and changed."""
    from cmhroadmap.reports.diff_view import build_diff_view  # noqa: PLC0415
    from cmhroadmap.roadmap.diff import diff_roadmaps  # noqa: PLC0415

    chosen = choose_format(DIFF_FORMATS, fmt, output)
    changes = diff_roadmaps(lineage_or_exit(old_dir, new_dir))
    if chosen is TEXT:
        from cmhroadmap.cli.version_text import print_diff  # noqa: PLC0415

        print_diff(build_diff_view(changes))
        return
    assert chosen.render is not None
    write_output(chosen.render(changes), output, [old_dir, new_dir], force=force, fmt=chosen)


@app.command()
def migrate(
    assessment: Annotated[
        Path, typer.Argument(help="The assessment against the earlier version.", show_default=False)
    ],
    to: Annotated[
        Path,
        typer.Option(
            "--to", help="The new roadmap version's directory.", metavar="NEW_DIR", show_default=False
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "-o", "--output", help="The new assessment file to write ('-' prints it).", metavar="FILE"
        ),
    ],
    force: ForceOption = False,
    roadmap: Annotated[
        Path | None,
        typer.Option(
            "--roadmap",
            help="The earlier version's directory, the one the assessment is against (default: the "
            "bundled roadmap).",
            metavar="DIR",
        ),
    ] = None,
) -> None:
    """Carry an assessment onto a new roadmap version, with a review note wherever a judgement was made."""
    from cmhroadmap.cli.output import check_output  # noqa: PLC0415
    from cmhroadmap.cli.streams import write_stdout  # noqa: PLC0415
    from cmhroadmap.cycle.migrate import migrate_file  # noqa: PLC0415
    from cmhroadmap.problems.problem import ProblemsFound  # noqa: PLC0415

    choose_format(ASSESSMENT_FORMATS, None, output)
    to_stdout = str(output) == STDOUT
    if not to_stdout:
        check_output(output, [assessment], force)
    lineage = lineage_or_exit(roadmap, to)
    try:
        migrated = migrate_file(assessment, lineage)
    except ProblemsFound as found:
        fail_with_problems(found.problems)
    if to_stdout:
        write_stdout(migrated.text)
        return
    write_file(output, migrated.text, [assessment], force=force)
    from cmhroadmap.cli.version_text import print_migration  # noqa: PLC0415

    print_migration(migrated.plan, lineage, str(output), str(to))
