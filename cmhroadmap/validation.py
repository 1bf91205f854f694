"""The `validate` job: check the roadmap (and, later, assessment files) and gather every problem."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cmhroadmap.graph import DependencyGraph
from cmhroadmap.problems import Problem
from cmhroadmap.roadmap import Roadmap
from cmhroadmap.roadmap_loader import load_roadmap


def roadmap_summary(roadmap: Roadmap) -> dict[str, Any]:
    graph = DependencyGraph(roadmap)
    links = sum(len(item.relies_upon) for item in roadmap)
    groups = graph.groups
    return {
        "roadmap": roadmap.id,
        "deliverables": len(roadmap),
        "links": links,
        "mutual_dependency_groups": len(groups),
        "checked": (
            f"roadmap {roadmap.id}: {len(roadmap)} deliverables, {links} links, "
            f"{len(groups)} mutual-dependency group{'' if len(groups) == 1 else 's'}"
        ),
    }


def validate_roadmap(directory: Path | None) -> tuple[list[Problem], dict[str, Any]]:
    result = load_roadmap(directory)
    if result.roadmap is None:
        return result.problems, {"checked": "roadmap could not be read"}
    return result.problems, roadmap_summary(result.roadmap)
