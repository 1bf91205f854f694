"""Terminal rendering of a roadmap diff and of a migration's summary."""

from __future__ import annotations

from rich.text import Text

from cmhroadmap.cli.output import console
from cmhroadmap.cycle.migration import Added, Built, Copied, MigrationPlan, Step
from cmhroadmap.reports.diff_view import DiffView
from cmhroadmap.roadmap.lineage import Lineage
from cmhroadmap.safe.text import one_line


def print_diff(view: DiffView) -> None:
    out = console()
    out.print(Text(f"From {one_line(view.old_title)} ({one_line(view.old_id)})"))
    out.print(Text(f"  to {one_line(view.new_title)} ({one_line(view.new_id)})"))
    for heading, meaning, items in view.sections:
        out.print()
        out.print(Text(f"{heading} ({len(items)}): {meaning}", style="bold"))
        for item in items:
            line = Text("  ")
            line.append(one_line(item.names), style="cyan")
            line.append(f"  {one_line(item.title)}")
            if item.detail:
                line.append(f"  [{one_line(item.detail)}]", style="yellow")
            out.print(line)
    if not view.sections:
        out.print()
        out.print(Text("No deliverable was added, retired, renamed, split, merged or changed."))
    out.print()
    out.print(Text(f"{view.unchanged} deliverable{'' if view.unchanged == 1 else 's'} unchanged."))


def print_migration(plan: MigrationPlan, lineage: Lineage, output: str, new_dir: str) -> None:
    """What was written, and what the team must now check."""
    reviews = [step.new_id for step in plan.steps if _needs_review(step)]
    added = [step.new_id for step in plan.steps if isinstance(step, Added)]
    out = console(stderr=True)
    out.print(Text(f"Wrote {one_line(output)}, against {lineage.new.id}."))
    if reviews:
        out.print(
            Text(f"{len(reviews)} entries have a review: note to check and delete: {', '.join(reviews)}")
        )
    if added:
        out.print(Text(f"{len(added)} new deliverables to rate: {', '.join(added)}"))
    if plan.retired:
        out.print(Text(f"Kept under retired: (rated nothing from): {', '.join(plan.retired)}"))
    out.print(Text(f"Then run: cmhroadmap validate {one_line(output)} --roadmap {one_line(new_dir)}"))


def _needs_review(step: Step) -> bool:
    if isinstance(step, Copied):
        return bool(step.review)
    return isinstance(step, Built) and step.entry.review is not None
