"""The annual cycle's commands over many files: compare (trajectory), benchmark and export."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cmhroadmap.cli.app import app
from cmhroadmap.cli.options import ForceOption, OwnRatingsOption, output_format
from cmhroadmap.cli.output import STDOUT, fail_with_problems, usage_error, write_output
from cmhroadmap.cli.streams import write_stdout

if TYPE_CHECKING:
    from cmhroadmap.cycle.corpus import Corpus
    from cmhroadmap.roadmap.lineage import Lineage
    from cmhroadmap.roadmap.roadmap import Roadmap

RoadmapsOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--roadmap",
        help="Roadmap directory; repeat for files that refer to different roadmap versions.",
        metavar="DIR",
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option("-o", "--output", help="Write to this file (default: print it).", metavar="FILE"),
]


# The text format is laid out for a terminal; a file gets a report format instead of nothing at all.
FORMAT_HELP = (
    "Text on the terminal, or a report (Markdown, or one self-contained HTML page) for -o; by default "
    "the -o file's extension chooses."
)
TEXT_NOT_TO_FILE = "-o writes a report: choose its --format (the text format is printed on the terminal)"


class CompareFormat(enum.StrEnum):
    text = "text"
    markdown = "markdown"
    html = "html"


def load_roadmaps(directories: list[Path] | None) -> tuple[dict[str, Roadmap], Roadmap]:
    """Every roadmap given (the bundled one by default), by id, and the first as the default."""
    from cmhroadmap.problems.problem import Severity  # noqa: PLC0415
    from cmhroadmap.roadmap.loader import load_roadmap  # noqa: PLC0415

    loaded: dict[str, Roadmap] = {}
    first = None
    choices: list[Path | None] = list(directories) if directories else [None]
    for directory in choices:
        result = load_roadmap(directory)
        errors = [p for p in result.problems if p.severity is Severity.ERROR]
        if result.roadmap is None or errors:
            fail_with_problems(errors or result.problems)
        loaded.setdefault(result.roadmap.id, result.roadmap)
        first = first or result.roadmap
    assert first is not None
    return loaded, first


def lineages_between(roadmaps: dict[str, Roadmap]) -> dict[str, Lineage]:
    """The lineage of every version given whose previous version is given too, by the later one's id."""
    from cmhroadmap.roadmap.lineage import Lineage, check_lineage  # noqa: PLC0415

    lineages = {}
    problems = []
    for new in roadmaps.values():
        old = roadmaps.get(new.meta.previous or "")
        if old is not None:
            problems += check_lineage(old, new)
            lineages[new.id] = Lineage(old, new)
    if problems:
        fail_with_problems(problems)
    return lineages


@app.command()
def compare(
    files: Annotated[
        list[Path], typer.Argument(help="One organisation's assessments, any order.", show_default=False)
    ],
    fmt: Annotated[
        CompareFormat | None, typer.Option("--format", help=FORMAT_HELP, show_default=False)
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    roadmap: RoadmapsOption = None,
    own_ratings: OwnRatingsOption = False,
) -> None:
    """One organisation over several periods: changes, regressions, targets and counts per level."""
    from cmhroadmap.cycle.corpus import load_corpus, with_validations_beside  # noqa: PLC0415
    from cmhroadmap.cycle.trajectory import build_trajectory, check_one_organisation  # noqa: PLC0415
    from cmhroadmap.problems.problem import Severity  # noqa: PLC0415

    fmt = output_format(fmt, output, CompareFormat.text)
    if output is not None and fmt is CompareFormat.text:
        usage_error(TEXT_NOT_TO_FILE)
    roadmaps, default = load_roadmaps(roadmap)
    lineages = lineages_between(roadmaps)
    # As assess and report do: a validation kept beside a file is read with it. The files' text is
    # kept: a problem found across them later is placed in it.
    corpus = load_corpus(with_validations_beside(files), roadmaps, default, keep_documents=True)
    errors = [p for p in corpus.problems if p.severity is Severity.ERROR]
    usable = corpus.usable
    if usable:
        errors += check_one_organisation(usable)
    if errors:
        fail_with_problems(errors)
    if len(usable) < 2:
        usage_error("compare needs assessments of at least two periods")
    # Each period on its validated ratings where its validation file is given or kept beside it.
    validations = [corpus.validation_for(a) for a in usable]
    trajectory = build_trajectory(usable, validations, own_only=own_ratings, lineages=lineages)
    latest = roadmaps.get(trajectory.roadmaps[-1], default)
    if fmt is CompareFormat.text:
        from cmhroadmap.cli.cycle_text import print_trajectory  # noqa: PLC0415

        print_trajectory(trajectory, latest)
        return
    from cmhroadmap.reports.cycle_reports import render_compare  # noqa: PLC0415

    write_output(render_compare(trajectory, latest, fmt.value), output, list(files), force=force)


class BenchmarkFormat(enum.StrEnum):
    text = "text"
    markdown = "markdown"
    html = "html"
    csv = "csv"


class ExportFormat(enum.StrEnum):
    csv = "csv"
    json = "json"


def load_many(paths: list[Path], roadmaps: dict[str, Roadmap], default: Roadmap) -> Corpus:
    """Every file under `paths`, with a progress bar on a terminal when there are many."""
    from cmhroadmap.assessment.loader import expand_paths  # noqa: PLC0415
    from cmhroadmap.cli.output import progress  # noqa: PLC0415
    from cmhroadmap.cycle.corpus import load_corpus  # noqa: PLC0415

    count = sum(1 for _ in expand_paths(paths))
    with progress(count) as advance:
        return load_corpus(paths, roadmaps, default, on_file=advance)


@app.command()
def benchmark(
    paths: Annotated[
        list[Path], typer.Argument(help="Assessment and validation files or directories.", show_default=False)
    ],
    period: Annotated[
        str | None, typer.Option(help="The period to compare systems in, e.g. 2023/24.")
    ] = None,
    validated_only: Annotated[
        bool,
        typer.Option(
            "--validated-only", help="Like for like: only validated ratings, only validated systems."
        ),
    ] = False,
    focus: Annotated[
        str | None,
        typer.Option(
            "--focus",
            help="Like for like: only systems working on all these focus areas, comma-separated: "
            "cen,eating-disorders.",
        ),
    ] = None,
    fmt: Annotated[
        BenchmarkFormat | None,
        typer.Option("--format", help=FORMAT_HELP + " CSV is for spreadsheets.", show_default=False),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    roadmap: RoadmapsOption = None,
    own_ratings: OwnRatingsOption = False,
) -> None:
    """Many systems for one period: rating distributions, counts per system, a heatmap, who is behind."""
    from cmhroadmap.cycle.benchmarking import BenchmarkRefused, build_benchmark  # noqa: PLC0415
    from cmhroadmap.problems.problem import Severity  # noqa: PLC0415
    from cmhroadmap.problems.suggest import did_you_mean  # noqa: PLC0415

    fmt = output_format(fmt, output, BenchmarkFormat.text)
    if output is not None and fmt is BenchmarkFormat.text:
        usage_error(TEXT_NOT_TO_FILE)
    if validated_only and own_ratings:
        usage_error("--validated-only and --own-ratings ask for opposite ratings; choose one")
    roadmaps, default = load_roadmaps(roadmap)
    areas = [area.strip() for area in (focus or "").split(",") if area.strip()]
    for area in areas:
        if area not in default.focus_areas:
            usage_error(
                f"no focus area '{area}'{did_you_mean(area, default.focus_areas)}; "
                f"choose from {', '.join(default.focus_areas)}"
            )
    corpus = load_many(paths, roadmaps, default)
    errors = [p for p in corpus.problems if p.severity is Severity.ERROR]
    if errors:
        fail_with_problems(errors)
    try:
        result = build_benchmark(
            corpus, default, period, validated_only=validated_only, own_only=own_ratings, focus=areas
        )
    except BenchmarkRefused as refused:
        usage_error(str(refused))
    if fmt is BenchmarkFormat.text:
        from cmhroadmap.cli.cycle_text import print_benchmark  # noqa: PLC0415

        print_benchmark(result)
        return
    from cmhroadmap.reports.cycle_reports import render_benchmark  # noqa: PLC0415

    text = render_benchmark(result, fmt.value)
    to_excel = fmt is BenchmarkFormat.csv and output is not None
    write_output(for_excel(text) if to_excel else text, output, list(paths), force=force)


@app.command()
def export(
    paths: Annotated[
        list[Path], typer.Argument(help="Assessment and validation files or directories.", show_default=False)
    ],
    fmt: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            help="CSV (opens in Excel), or JSON for other tools (default: from the -o file's extension, "
            "else CSV).",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    roadmap: RoadmapsOption = None,
    own_ratings: OwnRatingsOption = False,
) -> None:
    """One row per organisation, period and deliverable: self and validated ratings, target, evidence.

    effective_rating is the validated rating where given (ratings_basis says which), with each
    deliverable's delivery status on it.
    """
    from cmhroadmap.cycle.export import export_chunks  # noqa: PLC0415
    from cmhroadmap.problems.problem import Severity  # noqa: PLC0415

    fmt = output_format(fmt, output, ExportFormat.csv)
    roadmaps, default = load_roadmaps(roadmap)
    corpus = load_many(paths, roadmaps, default)
    errors = [p for p in corpus.problems if p.severity is Severity.ERROR]
    if errors:
        fail_with_problems(errors)
    to_excel = fmt is ExportFormat.csv and output is not None
    if output is None or str(output) == STDOUT:
        for chunk in export_chunks(corpus, fmt.value, own_only=own_ratings):
            write_stdout(chunk)
        return
    # Encoded piece by piece: a region's export held as text (and again with the mark for Excel)
    # took three times its size.
    data = bytearray(for_excel("").encode("utf-8") if to_excel else b"")
    for chunk in export_chunks(corpus, fmt.value, own_only=own_ratings):
        data += chunk.encode("utf-8")
    write_output(data, output, list(paths), force=force)


def for_excel(csv_text: str) -> str:
    """A CSV file with a byte-order mark, so that Excel reads it as UTF-8 and shows "£" and accents.

    Other tools skip the mark (Python's "utf-8-sig", pandas, LibreOffice).
    """
    return "\ufeff" + csv_text
