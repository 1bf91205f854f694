"""Terminal rendering of a trajectory and a benchmark, with rich."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from cmhroadmap.cli.output import console
from cmhroadmap.cycle.benchmarking import Benchmark
from cmhroadmap.cycle.trajectory import Trajectory
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.safe.text import one_line


def print_trajectory(trajectory: Trajectory, roadmap: Roadmap) -> None:
    out = console()
    out.print(Text(f"{one_line(trajectory.organisation)} ({trajectory.code})", style="bold"))
    out.print(Text(f"Progress over {', '.join(trajectory.periods)}"))
    if trajectory.mixed_roadmaps:
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
    out.print(counts)
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
            out.print(Text(f"  {row.title}: {path}{extra}{target}"))
        out.print()
    out.print(Text(roadmap.meta.licence.attribution, style="dim"))


SCALE_NOTE = "Levels of the tool's four-point scale (cmhroadmap's own, not NHS England's)."


def print_benchmark(benchmark: Benchmark) -> None:
    out = console()
    roadmap = benchmark.roadmap
    basis = "validated ratings only" if benchmark.basis == "validated" else "each system's own ratings"
    focus = f", systems working on {benchmark.focus}" if benchmark.focus else ""
    out.print(
        Text(f"Benchmark {benchmark.period}: {len(benchmark.systems)} systems ({basis}{focus})", style="bold")
    )
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
    out.print(table)
    out.print()
    behind = Table(title="Deliverables most often behind", title_justify="left", title_style="bold")
    behind.add_column("Deliverable")
    behind.add_column("Not yet fully in place", justify="right")
    behind.add_column("Mean rating", justify="right")
    for spread in benchmark.most_behind():
        behind.add_row(spread.title, f"{spread.behind} of {spread.in_scope}", spread.mean_text)
    out.print(behind)
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
    out.print(spread_table)
    out.print(Text(roadmap.meta.licence.attribution, style="dim"))
