"""Terminal rendering of an assessment: the grid with ratings, counts, warnings and priorities."""

from __future__ import annotations

import functools

from rich.console import Console
from rich.table import Table
from rich.text import Text

from cmhroadmap.assessment.assess import AssessResult
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.cli.output import console, print_for_reading
from cmhroadmap.cli.tables import whole_words
from cmhroadmap.problems.problem import Severity, sort_problems
from cmhroadmap.roadmap.graph import DependencyGraph
from cmhroadmap.safe.text import one_line

LEVEL_STYLE = {1: "bold red", 2: "dark_orange", 3: "blue", 4: "green"}
SEVERITY_STYLE = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.NOTE: "cyan"}


def _rating(result: AssessResult, rating: int | None, derived: bool = False) -> Text:
    if rating is None:
        return Text("– not assessed", style="dim")
    label = f"{rating} {result.ratings.roadmap.scale[rating].label}"
    return Text(label + (" (lowest part)" if derived else ""), style=LEVEL_STYLE.get(rating, ""))


def print_assessment(
    result: AssessResult,
    graph: DependencyGraph,
    top: int,
    *,
    verbose: bool = False,
    quiet: bool = False,
    previous: Ratings | None = None,
) -> None:
    out = console()
    assessment = result.ratings.assessment
    roadmap = result.ratings.roadmap
    organisation = assessment.organisation
    out.print(Text(f"{one_line(organisation.name)} ({organisation.code})", style="bold"))
    out.print(
        Text(
            f"Self-assessment {assessment.period}, assessed {assessment.assessed_on.isoformat()}, "
            f"against {roadmap.meta.title} ({roadmap.id})"
        )
    )
    out.print(Text(f"Ratings used: {result.basis_words}.", style="bold"), soft_wrap=True)
    out.print()
    _print_problems(out, result, verbose=verbose, quiet=quiet)
    _print_glance(out, result, previous)
    _print_validation(out, result)
    _print_grid(out, result)
    _print_counts(out, result)
    _print_inconsistencies(out, result)
    _print_priorities(out, result, top)
    _print_groups(out, result, graph, top)
    out.print(Text(roadmap.meta.licence.attribution, style="dim"))


def _print_problems(out: Console, result: AssessResult, *, verbose: bool, quiet: bool) -> None:
    problems = sort_problems(result.loaded.problems)
    shown = [p for p in problems if p.code not in ("rating-ahead-of-dependency", "acknowledged-dependency")]
    if quiet:
        shown = [p for p in shown if p.severity is Severity.ERROR]
    if not shown:
        return
    out.print(Text("Problems in the file", style="bold"))
    print_for_reading(out, shown, verbose=verbose, quiet=quiet)
    out.print()


def _print_glance(out: Console, result: AssessResult, previous: Ratings | None) -> None:
    """The board report's first page, in the terminal: the same figures and the same sentences."""
    from cmhroadmap.reports.glance_view import build_glance  # noqa: PLC0415

    glance = build_glance(result, previous)
    # Each sentence stays one line: a terminal wraps it, and a pipe or a pasted note keeps it whole.
    say = functools.partial(out.print, soft_wrap=True)
    say(Text("At a glance", style="bold"))
    if glance.expectation:
        say(Text("  " + glance.expectation))
    counts = ", ".join(f"{view.text} {count}" for view, count in glance.levels)
    say(Text(f"  {glance.in_scope} deliverables in scope: {counts}"))
    statuses = ", ".join(f"{words} {count}" for _, words, count in glance.delivery)
    say(Text(f"  Delivery: {statuses}. {glance.delivery_sentence}"))
    say(Text(f"  {glance.priorities_title}:" if glance.priorities else f"  {glance.no_priorities}"))
    for item in glance.priorities:
        say(Text("    " + one_line(f"{item.rank}. {item.title} ({item.rating.text}): {item.sentence}")))
    for sentence in (glance.validation, glance.ahead, glance.movement):
        if sentence:
            say(Text("  " + one_line(sentence)))
    out.print()


def _print_validation(out: Console, result: AssessResult) -> None:
    validation = result.validation
    if validation is None:
        return
    roadmap = result.ratings.roadmap
    basis = "validated ratings" if result.basis == "validated" else "the system's own ratings, as asked,"
    out.print(Text("Independent validation", style="bold"))
    out.print(
        Text(
            f"  Validated by {one_line(validation.validator.name)} on {validation.validated_on.isoformat()}; "
            f"below, {basis} are used."
        )
    )
    for key, own, validated, note in result.differences:
        line = f"  {roadmap[key].title}: self {own if own is not None else '-'}, validated {validated}"
        out.print(Text(line, style="yellow"))
        if note:
            out.print(Text(f"    {one_line(note)}", style="dim"))
    if not result.differences:
        out.print(Text("  Every validated rating agrees with the system's own."))
    out.print()


def _print_grid(out: Console, result: AssessResult) -> None:
    roadmap = result.ratings.roadmap
    ratings = result.ratings
    for column in roadmap.columns:
        chosen = column.focus_area is None or column.focus_area in ratings.assessment.focus_areas
        title = column.title if column.focus_area is None else f"Dedicated focus: {column.title}"
        table = Table(title=title, title_justify="left", title_style="bold", show_header=False, box=None)
        table.add_column("deliverable", ratio=3)
        table.add_column("rating", ratio=1, no_wrap=True)
        members = [item for item in roadmap if roadmap.column_of(item.id) == column.id]
        if not chosen:
            table.add_row(Text("Not one of this system's focus areas", style="dim"), Text(""))
        for item in members if chosen else []:
            indent = "  " if item.part_of else ""
            derived = item.kind == "umbrella"
            shown = _rating(result, ratings.effective[item.id], derived)
            own = result.own.effective[item.id]
            if result.basis == "validated" and own != ratings.effective[item.id]:
                # The validated rating counts; the system's own is said beside it.
                shown.append(f" (own: {'not rated' if own is None else own})", style="dim")
            table.add_row(Text(f"{indent}{item.title}"), shown)
        out.print(whole_words(table))
        out.print()


def _print_counts(out: Console, result: AssessResult) -> None:
    roadmap = result.ratings.roadmap
    table = Table(title="Deliverables at each level", title_justify="left", title_style="bold")
    table.add_column("Column")
    for level in roadmap.meta.scale:
        table.add_column(f"{level.level} {level.label}", justify="right")
    table.add_column("Not assessed", justify="right")
    for column in roadmap.columns:
        counts = result.by_column[column.id]
        if sum(counts.by_level.values()) + counts.not_assessed == 0:
            continue
        table.add_row(column.title, *map(str, counts.by_level.values()), str(counts.not_assessed))
    overall = result.overall
    table.add_row(Text("All", style="bold"), *map(str, overall.by_level.values()), str(overall.not_assessed))
    out.print(whole_words(table))
    out.print()


def _print_inconsistencies(out: Console, result: AssessResult) -> None:
    found = result.inconsistencies
    roadmap = result.ratings.roadmap
    out.print(Text("Ratings ahead of what they rely upon", style="bold"))
    if not found:
        out.print(Text("  None: every rating is credible given what it relies upon."))
    for item in found:
        line = (
            f"  {roadmap[item.deliverable].title} ({item.rating}) relies upon "
            f"{roadmap[item.relies_upon].title} ({item.relied_rating}): {item.gap} levels apart"
        )
        out.print(Text(line, style="yellow" if item.acknowledged is None else ""))
        if item.acknowledged is not None:
            out.print(Text(f"    Acknowledged: {one_line(item.acknowledged)}", style="dim"))
    out.print()


def _print_priorities(out: Console, result: AssessResult, top: int) -> None:
    roadmap = result.ratings.roadmap
    priorities = result.priorities[:top]
    from cmhroadmap.reports.glance_view import no_priorities  # noqa: PLC0415

    shown = len(priorities)
    top_words = "the top priority" if shown == 1 else f"the top {shown} priorities"
    out.print(Text("Where to start" + (f": {top_words}" if shown else ""), style="bold"))
    if not priorities:
        out.print(Text("  " + no_priorities(result)))
    for rank, priority in enumerate(priorities, start=1):
        item = roadmap[priority.id]
        heading = Text(f"{rank}. {item.title} ", style="bold")
        heading.append(_rating(result, priority.rating))
        out.print(heading)
        out.print(Text(f"   {priority.reason}"))
        if item.getting_started:
            out.print(Text("   Getting started:", style="italic"))
            for number, step in enumerate(item.getting_started, start=1):
                out.print(Text(f"     {number}. {step.text}"))
        out.print()


def _print_groups(out: Console, result: AssessResult, graph: DependencyGraph, top: int) -> None:
    """Each mutual-dependency group with gaps, once, rather than in every priority's reason."""
    roadmap = result.ratings.roadmap
    shown = {p.id for p in result.priorities[:top]}
    for group in graph.groups:
        gaps = [node for node in group if node in result.ratings.not_yet_at_top]
        if not gaps:
            continue
        leaders = ", ".join(f"'{roadmap[m].title}'" for m in graph.group_leaders(group))
        among = len(shown & set(group))
        out.print(Text("Deliverables that rely on each other", style="bold"))
        out.print(
            Text(
                f"  A group of {len(group)} deliverables rely on each other and have to move together; "
                f"{len(gaps)} are not yet fully in place, {among} of them among the priorities above. "
                f"The most relied upon in the group are {leaders}."
            )
        )
        out.print()
