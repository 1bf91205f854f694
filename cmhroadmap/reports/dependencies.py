"""The report's dependency sections: mutual-dependency groups with gaps, and the diagram of priorities."""

from __future__ import annotations

from dataclasses import dataclass

from cmhroadmap.assessment.assess import AssessResult
from cmhroadmap.reports.parts import RatingView, rating_view
from cmhroadmap.roadmap.graph import DependencyGraph


@dataclass(frozen=True)
class GroupView:
    size: int
    gaps: list[tuple[str, str, RatingView]]
    leaders: list[str]


def group_views(result: AssessResult, graph: DependencyGraph) -> list[GroupView]:
    """Each mutual-dependency group that still has gaps, with the members that lead it."""
    ratings = result.ratings
    roadmap = ratings.roadmap
    views = []
    for group in graph.groups:
        gaps = [node for node in group if node in ratings.not_yet_at_top]
        if not gaps:
            continue
        leaders = graph.group_leaders(group)
        views.append(
            GroupView(
                len(group),
                [(roadmap[g].title, f"d-{g}", rating_view(roadmap, ratings.effective[g])) for g in gaps],
                [roadmap[m].title for m in leaders],
            )
        )
    return views


MERMAID_PRIORITIES = 10


def priorities_mermaid(result: AssessResult, graph: DependencyGraph) -> str:
    """The top priorities and what they rely upon, each labelled with its rating."""
    from cmhroadmap.neutralise import mermaid_label  # noqa: PLC0415
    from cmhroadmap.roadmap.graph_formats import mermaid_id  # noqa: PLC0415

    ratings = result.ratings
    roadmap = ratings.roadmap
    top = [p.id for p in result.priorities[:MERMAID_PRIORITIES]]
    nodes: dict[str, None] = dict.fromkeys(top)
    edges = []
    for node in top:
        for target in roadmap[node].relies_upon:
            nodes.setdefault(target)
            edges.append((node, target))
    lines = ["flowchart LR"]
    for node in nodes:
        view = rating_view(roadmap, ratings.effective[node], roadmap[node].kind == "umbrella")
        label = f"{mermaid_label(roadmap[node].title)}<br/>{mermaid_label(view.text)}"
        lines.append(f'  {mermaid_id(node)}["{label}"]:::{view.css.replace("-", "")}')
    lines += [f"  {mermaid_id(a)} --> {mermaid_id(b)}" for a, b in edges]
    lines += [
        "  classDef level1 fill:#f6d5d3,stroke:#d5281b,color:#212b32",
        "  classDef level2 fill:#fff1c7,stroke:#ffb81c,color:#212b32",
        "  classDef level3 fill:#d6e8f7,stroke:#005eb8,color:#212b32",
        "  classDef level4 fill:#cce5d8,stroke:#007f3b,color:#212b32",
        "  classDef levelnone fill:#e8edee,stroke:#768692,color:#212b32",
    ]
    return "\n".join(lines)
