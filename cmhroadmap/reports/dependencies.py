"""The report's dependency sections: mutual-dependency groups with gaps, and the diagram of priorities."""

from __future__ import annotations

from dataclasses import dataclass

from cmhroadmap.assessment.assess import AssessResult
from cmhroadmap.reports.shared_view import RatingView, rating_view
from cmhroadmap.roadmap.graph import DependencyGraph, relied_upon


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


MERMAID_PRIORITIES = 5
MERMAID_NODES = 20  # more and the diagram renders as a tangle nobody can read
GROUP_NODE = "mutual_group"


def priorities_mermaid(result: AssessResult, graph: DependencyGraph) -> str:
    """The top priorities, what they rely upon and what they hold back, each with its rating.

    At most MERMAID_NODES nodes. Members of the mutual-dependency group that are not top
    priorities are drawn as one node; the group is explained in its own section.
    """
    from cmhroadmap.reports.graph_formats import mermaid_id  # noqa: PLC0415
    from cmhroadmap.safe.neutralise import mermaid_label  # noqa: PLC0415

    ratings = result.ratings
    roadmap = ratings.roadmap
    top = result.priorities[:MERMAID_PRIORITIES]
    nodes: dict[str, None] = dict.fromkeys(p.id for p in top)
    # Those waiting on a priority are the point of the diagram: drawn one by one, while room lasts.
    for priority in top:
        for held in priority.held:
            if len(nodes) < MERMAID_NODES:
                nodes.setdefault(held)
    grouped = {m for g in graph.groups for m in g} - set(nodes)

    def node_of(deliverable: str) -> str:
        return GROUP_NODE if deliverable in grouped else deliverable

    wanted = [(h, p.id) for p in top for h in p.held]
    wanted += [(p.id, t) for p in top for t in relied_upon(roadmap, roadmap[p.id])]
    edges: dict[tuple[str, str], None] = {}
    for source, target in wanted:
        a, b = node_of(source), node_of(target)
        for end in (a, b):
            if end not in nodes and len(nodes) < MERMAID_NODES:
                nodes[end] = None
        if a != b and a in nodes and b in nodes:
            edges[(a, b)] = None
    lines = ["flowchart LR"]
    for node in nodes:
        if node == GROUP_NODE:
            size = len(grouped)
            lines.append(f'  {GROUP_NODE}["{size} other deliverables that rely on each other"]:::group')
            continue
        view = rating_view(roadmap, ratings.effective[node], roadmap[node].kind == "umbrella")
        label = f"{mermaid_label(roadmap[node].title)}<br/>{mermaid_label(view.text)}"
        lines.append(f'  {mermaid_id(node)}["{label}"]:::{view.css.replace("-", "")}')
    ids = {node: GROUP_NODE if node == GROUP_NODE else mermaid_id(node) for node in nodes}
    lines += [f"  {ids[a]} --> {ids[b]}" for a, b in edges]
    lines += [
        "  classDef level1 fill:#f6d5d3,stroke:#d5281b,color:#212b32",
        "  classDef level2 fill:#fff1c7,stroke:#ffb81c,color:#212b32",
        "  classDef level3 fill:#d6e8f7,stroke:#005eb8,color:#212b32",
        "  classDef level4 fill:#cce5d8,stroke:#007f3b,color:#212b32",
        "  classDef levelnone fill:#e8edee,stroke:#768692,color:#212b32",
        "  classDef group fill:#ffffff,stroke:#4c6272,stroke-dasharray:4 2,color:#212b32",
    ]
    return "\n".join(lines)
