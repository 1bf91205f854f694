"""Terminal rendering of a trajectory and a benchmark, with rich."""

from __future__ import annotations

import datetime as dt

from rich.table import Table
from rich.text import Text

from cmhroadmap.cli.output import console
from cmhroadmap.cli.tables import whole_words
from cmhroadmap.cycle.benchmarking import Benchmark
from cmhroadmap.cycle.trajectory import Trajectory
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.safe.text import one_line


def print_trajectory(trajectory: Trajectory, roadmap: Roadmap) -> None:
    out = console()
    out.print(Text(f"{one_line(trajectory.organisation)} ({trajectory.code})", style="bold"))
    out.print(Text(f"Progress over {', '.join(trajectory.periods)}"))
    out.print(Text(f"Ratings used: {trajectory.basis_words}.", style="bold"), soft_wrap=True)
    if trajectory.followed:
        out.print(
            Text(
                f"The periods use different roadmap versions ({', '.join(trajectory.roadmaps)}); each "
                "deliverable of the latest is followed back through renames, splits and merges.",
                style="yellow",
            )
        )
    elif trajectory.mixed_roadmaps:
        out.print(
            Text(
                f"The periods use different roadmap versions ({', '.join(trajectory.roadmaps)}); only the "
                f"{trajectory.compared} deliverables in every version are compared.",
                style="yellow",
            )
        )
    out.print()
    counts = Table(
        title="Deliverables at each level",
        title_justify="left",
        title_style="bold",
        caption=SCALE_NOTE,
    )
    counts.add_column("Level")
    for period in trajectory.periods:
        counts.add_column(period, justify="right")
    for key in trajectory.counts[0]:
        label = "Not assessed" if key == "not assessed" else f"{key} {roadmap.scale[int(key)].label}"
        counts.add_row(label, *(str(c[key]) for c in trajectory.counts))
    out.print(whole_words(counts))
    out.print()
    for status, heading, style in (
        ("regressed", "Regressions", "red"),
        ("mixed", "Improved overall, with a regression", "yellow"),
        ("improved", "Improvements", "green"),
        ("new", "Newly assessed", ""),
        ("dropped", "No longer assessed", "yellow"),
    ):
        rows = trajectory.with_status(status)
        if not rows:
            continue
        out.print(Text(f"{heading} ({len(rows)})", style=f"bold {style}".strip()))
        for row in rows:
            path = " → ".join("–" if r is None else str(r) for r in row.ratings)
            extra = f"; fell {'; '.join(row.regressions)}" if row.regressions else ""
            target = f"; {row.target}" if row.target else ""
            lineage = f" ({row.lineage})" if row.lineage else ""
            out.print(Text(f"  {row.title}: {path}{extra}{target}{lineage}"))
        out.print()
    # A missed target on an unchanged rating is listed nowhere above, yet a board must see it.
    missed = [
        row for row in trajectory.rows if row.target and ": missed" in row.target and row.status in QUIET
    ]
    if missed:
        out.print(Text(f"Targets missed, rating unchanged ({len(missed)})", style="bold red"))
        for row in missed:
            path = " → ".join("–" if r is None else str(r) for r in row.ratings)
            out.print(Text(f"  {row.title}: {path}; {row.target}"))
        out.print()
    out.print(Text(roadmap.meta.licence.attribution, style="dim"))


QUIET = ("unchanged", "not assessed")
SCALE_NOTE = "Levels of the tool's four-point scale (cmhroadmap's own, not NHS England's)."


def print_benchmark(benchmark: Benchmark) -> None:
    out = console()
    roadmap = benchmark.roadmap
    focus = f" (systems working on {benchmark.focus})" if benchmark.focus else ""
    out.print(Text(f"Benchmark {benchmark.period}: {len(benchmark.systems)} systems{focus}", style="bold"))
    out.print(Text(f"Ratings used: {benchmark.basis_words}.", style="bold"), soft_wrap=True)
    for reason in benchmark.excluded:
        out.print(Text(f"  Left out: {reason}", style="dim"))
    out.print()
    legend = ", ".join(f"{level.level} {level.label}" for level in roadmap.meta.scale) + f". {SCALE_NOTE}"
    table = Table(title="Systems at each level", title_justify="left", title_style="bold", caption=legend)
    table.add_column("System", ratio=1)
    for level in roadmap.meta.scale:
        table.add_column(str(level.level), justify="right")
    table.add_column(benchmark.missing_label, justify="right")
    for system in benchmark.systems:
        name = f"{system.code} {one_line(system.name)}"
        table.add_row(name, *map(str, system.counts.values()), str(system.not_assessed))
    out.print(whole_words(table))
    out.print()
    _print_delivery(benchmark)
    behind = Table(
        title="Deliverables most often behind",
        title_justify="left",
        title_style="bold",
        caption="Among the systems that rated each one.",
    )
    behind.add_column("Deliverable")
    behind.add_column("Not yet fully in place", justify="right")
    behind.add_column("Mean rating", justify="right")
    for spread in benchmark.most_behind():
        behind.add_row(spread.title, f"{spread.behind} of {spread.rated} rated", spread.mean_text)
    out.print(whole_words(behind))
    out.print()
    spread_table = Table(
        title="Distribution of ratings per deliverable",
        title_justify="left",
        title_style="bold",
        caption=legend,
    )
    spread_table.add_column("Deliverable", ratio=1)
    for level in roadmap.meta.scale:
        spread_table.add_column(str(level.level), justify="right")
    spread_table.add_column(benchmark.missing_label, justify="right")
    spread_table.add_column("Not a focus area", justify="right")
    for spread in benchmark.deliverables:
        counts = map(str, spread.counts.values())
        spread_table.add_row(spread.title, *counts, str(spread.not_assessed), str(spread.out_of_scope))
    out.print(whole_words(spread_table))
    out.print(Text(roadmap.meta.licence.attribution, style="dim"))


def _print_delivery(benchmark: Benchmark) -> None:
    """Per system, the delivery statuses, the systems with most off track first."""
    from cmhroadmap.reports.benchmark_view import build_benchmark_view  # noqa: PLC0415

    view = build_benchmark_view(benchmark, generated=dt.datetime.now(dt.UTC), tool_version="")
    out = console()
    table = Table(
        title="Delivery against each system's own targets",
        title_justify="left",
        title_style="bold",
        caption=view.delivery_note,
    )
    table.add_column("System", ratio=1)
    for _, words in view.statuses:
        table.add_column(words, justify="right")
    for name, code, counts in view.delivery:
        table.add_row(f"{code} {one_line(name)}", *map(str, counts))
    out.print(whole_words(table))
    out.print()
