"""Where to start: the gaps that hold back the most other deliverables, ranked and explained."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.roadmap.graph import DependencyGraph


@dataclass(frozen=True)
class Priority:
    id: str
    rating: int
    leverage: int
    reach: int
    direct: list[str]
    group: list[str] = field(default_factory=list)
    group_leaders: list[str] = field(default_factory=list)
    reason: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "rating": self.rating,
            "leverage": self.leverage,
            "reach": self.reach,
            "relied_upon_directly_by": self.direct,
            "mutual_dependency_group": self.group,
            "reason": self.reason,
        }


def rank_priorities(ratings: Ratings, graph: DependencyGraph) -> list[Priority]:
    """Every in-scope deliverable rated below the top of the scale, most unblocking first.

    leverage: deliverables not yet at the top that rely upon it directly (relying upon an umbrella
    counts as relying upon each part); reach: those that rely upon it directly or through chains.
    Ties go to the lower rating, then to roadmap order.
    """
    roadmap = ratings.roadmap
    behind = ratings.not_yet_at_top
    direct_of: dict[str, set[str]] = {node: set() for node in roadmap.entries}
    for node in behind:
        for target in graph.expanded(graph.relies_upon(node)):
            if target != node:
                direct_of[target].add(node)
    ranked = []
    for node in roadmap.entries:
        rating = ratings.effective[node]
        if node not in behind or rating is None:
            continue
        direct = sorted(direct_of[node], key=roadmap.order)
        reach = [other for other in graph.all_relying_upon(node) if other in behind]
        ranked.append(_explained(ratings, graph, Priority(node, rating, len(direct), len(reach), direct)))
    ranked.sort(key=lambda p: (-p.leverage, -p.reach, p.rating, roadmap.order(p.id)))
    return ranked


def _explained(ratings: Ratings, graph: DependencyGraph, priority: Priority) -> Priority:
    roadmap = ratings.roadmap
    if priority.leverage == 0 and priority.reach == 0:
        reason = "Nothing not yet in place relies on this; it can move at its own pace."
    else:
        named = ", ".join(f"'{roadmap[other].title}'" for other in priority.direct[:3])
        more = " and others" if priority.leverage > 3 else ""
        reason = (
            f"{priority.leverage} deliverable{_s(priority.leverage)} not yet in place "
            f"rel{'ies' if priority.leverage == 1 else 'y'} on this directly, "
            f"{priority.reach} through chains"
        )
        reason += f", including {named}{more}." if named else "."
    group: list[str] = []
    leaders: list[str] = []
    index = graph.group_of.get(priority.id)
    if index is not None:
        group = graph.groups[index]
        leaders = graph.group_leaders(group)
        titles = ", ".join(f"'{roadmap[m].title}'" for m in leaders)
        reason += (
            f" It is one of a group of {len(group)} deliverables that rely on each other and have to "
            f"move together; the most relied upon in the group are {titles}."
        )
    return Priority(
        priority.id,
        priority.rating,
        priority.leverage,
        priority.reach,
        priority.direct,
        group,
        leaders,
        reason,
    )


def _s(count: int) -> str:
    return "" if count == 1 else "s"
