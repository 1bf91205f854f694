"""The `validate` job: check the roadmap and any assessment files, gathering every problem."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from cmhroadmap.cycle.corpus import load_corpus
from cmhroadmap.problems.problem import Problem, Severity
from cmhroadmap.roadmap.graph import DependencyGraph
from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.roadmap import Roadmap


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


def validate_files(
    directory: Path | None, paths: Sequence[Path], on_file: Callable[[Path], None] | None = None
) -> tuple[list[Problem], dict[str, Any]]:
    """Problems in the roadmap and in every file under `paths`, and what was checked.

    Validation files given together with assessments must each match one of them.
    """
    result = load_roadmap(directory)
    if result.roadmap is None or any(p.severity is Severity.ERROR for p in result.problems):
        return result.problems, {"checked": "the roadmap has errors, so nothing else was checked"}
    problems = list(result.problems)
    summary = roadmap_summary(result.roadmap)
    if paths:
        roadmap = result.roadmap
        corpus = load_corpus(paths, {roadmap.id: roadmap}, roadmap, on_file=on_file)
        problems += corpus.problems
        summary["files"] = corpus.files
        summary["checked"] += f"; {corpus.files} file{'' if corpus.files == 1 else 's'}"
        if corpus.skipped:
            summary["skipped"] = corpus.skipped
            summary["checked"] += (
                f" ({corpus.skipped} other YAML file{' was' if corpus.skipped == 1 else 's were'} "
                "skipped: not an assessment or validation)"
            )
    return problems, summary
