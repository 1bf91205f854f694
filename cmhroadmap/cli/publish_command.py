"""The `publish` command: a region's assessments over every period written as a static site."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cmhroadmap.cli.app import app
from cmhroadmap.cli.cycle_commands import RoadmapsOption, load_many, load_roadmaps
from cmhroadmap.cli.output import fail_with_problems, output_failed, progress, say_created, usage_error
from cmhroadmap.formats.registry import STDOUT
from cmhroadmap.safe.text import single_line

if TYPE_CHECKING:
    from cmhroadmap.site.build import SiteFile


@app.command()
def publish(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Assessment and validation files or directories, any layout.", show_default=False
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            help="The folder to write the site to (put in place only once complete).",
            metavar="SITE",
        ),
    ],
    include_evidence: Annotated[
        bool,
        typer.Option("--include-evidence", help="Publish evidence text, notes and accepted-warning reasons."),
    ] = False,
    include_owners: Annotated[
        bool,
        typer.Option("--include-owners", help="Publish owners and who prepared each assessment (people)."),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Replace a site published before in the same folder.")
    ] = False,
    roadmap: RoadmapsOption = None,
) -> None:
    """Publish every system, period and deliverable as linked pages, with the data behind them."""
    from cmhroadmap import __version__  # noqa: PLC0415
    from cmhroadmap.assessment.loader import expand_paths  # noqa: PLC0415
    from cmhroadmap.problems.problem import Severity  # noqa: PLC0415
    from cmhroadmap.reports.gap_report import generated_at  # noqa: PLC0415
    from cmhroadmap.site.build import site_files  # noqa: PLC0415
    from cmhroadmap.site.publication import Publication  # noqa: PLC0415
    from cmhroadmap.site.region import collect_region  # noqa: PLC0415
    from cmhroadmap.site.writing import check_target, site_target, write_site  # noqa: PLC0415
    from cmhroadmap.writing.atomic import OutputRefused, make_missing_folders  # noqa: PLC0415

    # The roadmap folders are inputs too: a site written over one would delete what was just read.
    inputs = [*paths, *expand_paths(paths), *(roadmap or [])]
    if str(output) == STDOUT:
        usage_error(
            "publish writes a folder of pages, which cannot be printed; name a folder, such as -o site"
        )
    try:
        # Checked first, so that a long run does not end in a refusal.
        output = site_target(output)
        check_target(output, inputs, force=force)
    except OutputRefused as refused:
        usage_error(str(refused))
    generated = generated_at()  # a bad SOURCE_DATE_EPOCH is said before the work, not after
    roadmaps, default = load_roadmaps(roadmap)
    corpus = load_many(paths, roadmaps, default)
    errors = [p for p in corpus.problems if p.severity is Severity.ERROR]
    if errors:
        fail_with_problems(errors)
    if not corpus.usable:
        usage_error("nothing to publish: no assessment files among the paths given")
    publication = Publication(include_evidence=include_evidence, include_owners=include_owners)
    region = collect_region(corpus, default, publication)
    pages = _page_count(region)
    files = site_files(region, publication, generated=generated, tool_version=__version__)
    try:
        say_created(make_missing_folders(output.parent))
        with progress(pages, "Writing pages") as advance:
            written = write_site(output, files if advance is None else _counted(files, advance), force=force)
    except OutputRefused as refused:
        usage_error(str(refused))
    except OSError as error:
        # As for any output that fails part way (a full disk): status 3, and the old site kept.
        output_failed(f"could not write the site to {output}: {error.strerror or error}")
    if written.old_kept is not None:
        typer.echo(
            f"Warning: the old site's folder, moved to {single_line(str(written.old_kept))}, gained files "
            "publish did not write while it ran; they are kept there",
            err=True,
        )
    typer.echo(
        f"Published {len(region.systems)} systems, {len(region.entries)} assessments and "
        f"{written.files} files to {single_line(str(output))}; "
        f"open {single_line(str(output / 'index.html'))}",
        err=True,
    )


def _counted(files: Iterable[SiteFile], advance: Callable[[Path], None]) -> Iterator[SiteFile]:
    for name, text in files:
        advance(Path(name))
        yield name, text


def _page_count(region: object) -> int:
    from cmhroadmap.site.region import Region  # noqa: PLC0415

    assert isinstance(region, Region)
    systems = region.systems
    deliverables = sum(1 for item in region.roadmap if item.kind != "umbrella")
    return len(region.entries) + 2 * len(systems) + deliverables + 5
