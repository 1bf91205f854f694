"""The annual cycle's commands over many files: compare (trajectory), benchmark and export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cmhroadmap.cli.app import app
from cmhroadmap.cli.options import (
    ForceOption,
    OutputOption,
    OwnRatingsOption,
    choose_format,
    format_option,
)
from cmhroadmap.cli.output import fail_with_problems, usage_error, write_output
from cmhroadmap.cli.streams import write_stdout
from cmhroadmap.cycle.export_formats import EXPORT_FORMATS
from cmhroadmap.formats.registry import STDOUT, TEXT
from cmhroadmap.reports.formats import BENCHMARK_FORMATS, COMPARE_FORMATS

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


# The text format is laid out for a terminal; a file gets a report format instead of nothing at all.
FORMAT_HELP = (
    "Text on the terminal, or a report (Markdown, or one self-contained HTML page) for -o; by default "
    "the -o file's extension chooses."
)


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
    fmt: Annotated[str | None, format_option(COMPARE_FORMATS, FORMAT_HELP)] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    roadmap: RoadmapsOption = None,
    own_ratings: OwnRatingsOption = False,
) -> None:
    """One organisation over several periods: changes, regressions, targets and counts per level."""
    from cmhroadmap.cycle.corpus import load_corpus, with_validations_beside  # noqa: PLC0415
    from cmhroadmap.cycle.trajectory import build_trajectory, check_one_organisation  # noqa: PLC0415
    from cmhroadmap.problems.problem import Severity  # noqa: PLC0415

    chosen = choose_format(COMPARE_FORMATS, fmt, output)
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
    if chosen is TEXT:
        from cmhroadmap.cli.cycle_text import print_trajectory  # noqa: PLC0415

        print_trajectory(trajectory, latest)
        return
    from cmhroadmap.reports.cycle_reports import render_compare  # noqa: PLC0415

    text = render_compare(trajectory, latest, chosen.name)
    write_output(text, output, list(files), force=force, fmt=chosen)


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
        str | None, format_option(BENCHMARK_FORMATS, FORMAT_HELP + " CSV is for spreadsheets.")
    ] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    roadmap: RoadmapsOption = None,
    own_ratings: OwnRatingsOption = False,
) -> None:
    """Many systems for one period: rating distributions, counts per system, a heatmap, who is behind."""
    from cmhroadmap.assessment.model import split_focus_areas  # noqa: PLC0415
    from cmhroadmap.cycle.benchmarking import BenchmarkRefused, build_benchmark  # noqa: PLC0415
    from cmhroadmap.problems.problem import Severity  # noqa: PLC0415
    from cmhroadmap.problems.suggest import did_you_mean  # noqa: PLC0415

    chosen = choose_format(BENCHMARK_FORMATS, fmt, output)
    if validated_only and own_ratings:
        usage_error("--validated-only and --own-ratings ask for opposite ratings; choose one")
    roadmaps, default = load_roadmaps(roadmap)
    areas = split_focus_areas(focus)
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
    if chosen is TEXT:
        from cmhroadmap.cli.cycle_text import print_benchmark  # noqa: PLC0415

        print_benchmark(result)
        return
    from cmhroadmap.reports.cycle_reports import render_benchmark  # noqa: PLC0415

    text = render_benchmark(result, chosen.name)
    write_output(text, output, list(paths), force=force, fmt=chosen)


@app.command()
def export(
    paths: Annotated[
        list[Path], typer.Argument(help="Assessment and validation files or directories.", show_default=False)
    ],
    fmt: Annotated[
        str | None,
        format_option(
            EXPORT_FORMATS,
            "CSV (opens in Excel), or JSON for other tools (default: from the -o file's extension, "
            "else CSV).",
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

    chosen = choose_format(EXPORT_FORMATS, fmt, output)
    roadmaps, default = load_roadmaps(roadmap)
    corpus = load_many(paths, roadmaps, default)
    errors = [p for p in corpus.problems if p.severity is Severity.ERROR]
    if errors:
        fail_with_problems(errors)
    if output is None or str(output) == STDOUT:
        for chunk in export_chunks(corpus, chosen.name, own_only=own_ratings):
            write_stdout(chunk)
        return
    # Encoded piece by piece: a region's export held as text (and again with the mark for Excel)
    # took three times its size. The file starts as its format's files do (a CSV file with the mark).
    data = bytearray(chosen.file_prefix.encode("utf-8"))
    for chunk in export_chunks(corpus, chosen.name, own_only=own_ratings):
        data += chunk.encode("utf-8")
    # The bytearray itself: a copy (bytes(data)) would hold the whole export twice at the end.
    write_output(data, output, list(paths), force=force)
