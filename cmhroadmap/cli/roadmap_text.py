"""Terminal rendering of the roadmap grid and of one deliverable, with rich."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from rich.table import Table
from rich.text import Text

from cmhroadmap.cli.output import console
from cmhroadmap.cli.tables import whole_words
from cmhroadmap.roadmap.model import KIND_WORDS, Deliverable
from cmhroadmap.roadmap.roadmap import Roadmap


def print_grid(roadmap: Roadmap, columns: list[dict[str, Any]], others: list[Deliverable]) -> None:
    out = console()
    out.print(Text(roadmap.meta.title, style="bold"))
    for column in columns:
        title = column["title"]
        if column["focus_area"]:
            title = f"{roadmap.meta.dedicated_focus.title}: {title}"
        table = Table(title=title, title_justify="left", show_header=False, box=None, pad_edge=False)
        table.add_column("id", style="cyan", no_wrap=True)
        table.add_column("deliverable")
        for cell in column["cells"]:
            table.add_row(cell["id"], Text(cell["wording"]))
            for part in cell["parts"]:
                table.add_row(f"  {part['id']}", Text(f"  part: {part['title']}"))
        if not column["cells"]:
            table.add_row("", Text("(no deliverables)"))
        out.print(whole_words(table))
        out.print()
    if others:
        table = Table(
            title="Named in 'relies upon' lists only",
            title_justify="left",
            show_header=False,
            box=None,
            pad_edge=False,
        )
        table.add_column("id", style="cyan", no_wrap=True)
        table.add_column("deliverable")
        for item in others:
            table.add_row(item.id, Text(item.title))
        out.print(whole_words(table))
    out.print(Text(roadmap.meta.licence.attribution, style="dim"))


def _numbered(out: Any, heading: str, items: list[dict[str, Any]]) -> None:
    if not items:
        return
    out.print(Text(heading, style="bold"))
    for number, item in enumerate(items, start=1):
        out.print(Text(f"  {number}. {item['text']}"))
        for point in item.get("points", []):
            out.print(Text(f"       - {point}"))
        if item.get("alternative_to"):
            others = ", ".join(str(n) for n in item["alternative_to"])
            out.print(Text(f"       (an alternative to marker {others})", style="dim"))


def print_deliverable(roadmap: Roadmap, view: dict[str, Any]) -> None:
    out = console()
    out.print(Text(view["title"], style="bold"))
    column = next(c for c in roadmap.columns if c.id == view["column"])
    out.print(Text(f"{view['id']} · {column.title} · {KIND_WORDS[view['kind']]}", style="dim"))
    if view["part_of"]:
        out.print(Text(f"Part of: {view['part_of']}"))
    if view["parts"]:
        out.print(Text(f"Parts: {', '.join(view['parts'])}"))
    out.print()
    _numbered(out, "Getting started", view["getting_started"])
    _numbered(out, "Success", view["success"])
    if view["resources"]:
        out.print(Text("Resources and guidance", style="bold"))
        for resource in view["resources"]:
            link = f" <{resource['url']}>" if "url" in resource else ""
            out.print(Text(f"  - {resource['title']}{link}"))
    if view["service_user_voice"]:
        out.print(Text("Service User Voice/Expectations", style="bold"))
        for voice in view["service_user_voice"]:
            out.print(Text(f"  {voice['text']}", style="italic"))
    for heading, key in (("Relies upon", "relies_upon"), ("Relied upon by", "relied_upon_by")):
        if view[key]:
            out.print(Text(heading, style="bold"))
            for other in view[key]:
                out.print(f"  - [cyan]{escape(other)}[/cyan] {escape(roadmap[other].title)}")
    if view["mutual_dependency_group"]:
        size = len(view["mutual_dependency_group"])
        out.print(Text(f"In a mutual-dependency group of {size} deliverables that must move together."))
    if view["notes"]:
        out.print(Text("Notes on the source", style="bold"))
        for note in view["notes"]:
            out.print(Text(f"  - {note}", style="dim"))
    out.print(Text(view["licence"], style="dim"))
