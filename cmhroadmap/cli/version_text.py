"""Terminal rendering of a roadmap diff and of a migration's summary."""

from __future__ import annotations

from rich.text import Text

from cmhroadmap.cli.output import console
from cmhroadmap.reports.diff_view import DiffView
from cmhroadmap.safe_text import one_line


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
