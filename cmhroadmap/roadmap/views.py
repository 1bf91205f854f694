"""Plain-data views of the roadmap for `show`, `list` and JSON output."""

from __future__ import annotations

from typing import Any

from cmhroadmap.roadmap.graph import DependencyGraph, relied_upon
from cmhroadmap.roadmap.model import Deliverable, Item
from cmhroadmap.roadmap.roadmap import Roadmap


def item_view(item: Item) -> dict[str, Any]:
    view: dict[str, Any] = {"text": item.text}
    if item.points:
        view["points"] = list(item.points)
    if item.alternative_to:
        view["alternative_to"] = list(item.alternative_to)
    if item.note:
        view["note"] = item.note
    return view


def deliverable_view(roadmap: Roadmap, graph: DependencyGraph, item: Deliverable) -> dict[str, Any]:
    """Everything about one deliverable: its annex, and the links both ways."""
    return {
        "id": item.id,
        "title": item.title,
        "column": roadmap.column_of(item.id),
        "kind": item.kind,
        "part_of": item.part_of,
        "parts": roadmap.parts.get(item.id, []),
        "grid": [cell.wording for cell in item.grid],
        "footnotes": [
            note.model_dump(exclude_defaults=True)
            for note in roadmap.meta.footnotes
            if note.number in item.footnotes
        ],
        "getting_started": [item_view(step) for step in item.getting_started],
        "success": [item_view(marker) for marker in item.success],
        "resources": [r.model_dump(exclude_none=True) for r in item.resources],
        "service_user_voice": [v.model_dump(exclude_none=True) for v in item.service_user_voice],
        "relies_upon": relied_upon(roadmap, item),
        "relied_upon_by": [other for other in graph.relied_upon_by(item.id) if other != item.part_of],
        "mutual_dependency_group": _group(graph, item.id),
        "aliases": list(item.aliases),
        "notes": list(item.notes),
        "licence": roadmap.meta.licence.attribution,
    }


def _group(graph: DependencyGraph, node: str) -> list[str]:
    index = graph.group_of.get(node)
    return [] if index is None else graph.groups[index]


def grid_view(roadmap: Roadmap) -> list[dict[str, Any]]:
    """The summary grid column by column: each cell's deliverable and wording, parts beneath."""
    cells: dict[str, list[tuple[int, str, str]]] = {c.id: [] for c in roadmap.columns}
    for entry in roadmap.entries.values():
        for cell in entry.deliverable.grid:
            where = cell.column or entry.column
            cells.setdefault(where, []).append((cell.row, entry.deliverable.id, cell.wording))
    columns = []
    for column in roadmap.columns:
        rows = [
            {
                "row": row,
                "id": deliverable_id,
                "wording": wording,
                "kind": roadmap[deliverable_id].kind,
                "parts": [
                    {"id": part, "title": roadmap[part].title}
                    for part in roadmap.parts.get(deliverable_id, [])
                ],
            }
            for row, deliverable_id, wording in sorted(cells[column.id])
        ]
        columns.append(
            {"id": column.id, "title": column.title, "focus_area": column.focus_area, "cells": rows}
        )
    return columns


def outside_grid(roadmap: Roadmap) -> list[Deliverable]:
    """Deliverables that the grid does not show: referenced-only items."""
    return [item for item in roadmap if not item.grid and item.part_of is None]
