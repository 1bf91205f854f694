"""Where to start: the gaps whose own rating holds back the most others, ranked and explained."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.roadmap.graph import DependencyGraph
from cmhroadmap.roadmap.model import ANNEXED_KINDS

NAMED = 3  # dependents named in a reason; the rest are counted


@dataclass(frozen=True)
class Priority:
    """One deliverable below the top of the scale and why it matters to the others.

    held: rated dependents not yet at the top that already stand threshold - 1 or more levels above
    it, so they cannot rise without running ahead of it. direct: every dependent not yet at the top.
    """

    id: str
    rating: int
    leverage: int
    reach: int
    direct: list[str]
    held: list[str] = field(default_factory=list)
    group: list[str] = field(default_factory=list)
    group_leaders: list[str] = field(default_factory=list)
    reason: str = ""

    @property
    def held_back(self) -> int:
        return len(self.held)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "rating": self.rating,
            "held_back": self.held_back,
            "holds_back": self.held,
            "leverage": self.leverage,
            "reach": self.reach,
            "relied_upon_directly_by": self.direct,
            "mutual_dependency_group": self.group,
            "reason": self.reason,
        }


def rank_priorities(ratings: Ratings, graph: DependencyGraph) -> list[Priority]:
    """Every rated in-scope deliverable below the top of the scale, the worst bottleneck first.

    Ranked by held_back (the system's own bottlenecks), then leverage (dependents not yet at the
    top that rely upon it directly; relying upon an umbrella counts as relying upon each part),
    then reach (those relying upon it directly or through chains), then the lower rating, then
    roadmap order. Leverage and reach depend mostly on the roadmap; held_back on the ratings.
    """
    roadmap = ratings.roadmap
    behind = ratings.not_yet_at_top
    step = roadmap.meta.dependency_threshold - 1
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
        held = [other for other in direct if (ratings.effective[other] or 0) >= rating + step]
        reach = [other for other in graph.all_relying_upon(node) if other in behind]
        priority = Priority(node, rating, len(direct), len(reach), direct, held)
        ranked.append(_explained(ratings, graph, priority))
    ranked.sort(key=lambda p: (-p.held_back, -p.leverage, -p.reach, p.rating, roadmap.order(p.id)))
    return ranked


def _explained(ratings: Ratings, graph: DependencyGraph, priority: Priority) -> Priority:
    """The reason in words, naming the deliverables concerned so that no two read alike.

    A mutual-dependency group is explained once, in its own section, not in every reason.
    """
    group: list[str] = []
    leaders: list[str] = []
    index = graph.group_of.get(priority.id)
    if index is not None:
        group = graph.groups[index]
        leaders = graph.group_leaders(group)
    reason = _reason(ratings, priority) + _no_annex(ratings, graph, priority.id)
    return replace(priority, group=group, group_leaders=leaders, reason=reason)


def _no_annex(ratings: Ratings, graph: DependencyGraph, node: str) -> str:
    """A board cannot act on a name alone: say the roadmap gives no steps, and where it is named."""
    roadmap = ratings.roadmap
    item = roadmap[node]
    if item.kind in ANNEXED_KINDS:
        return ""
    if item.kind == "grid-only":
        return (
            " The roadmap shows it in its grid but gives it no annex: no Getting started steps or Success "
            "markers to work from."
        )
    naming = [other for other in graph.relied_upon_by(node) if roadmap[other].kind in ANNEXED_KINDS]
    names = [f"'{roadmap[other].title}'" for other in sorted(naming, key=roadmap.order)]
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)
    where = f" The annexes that name it, as something they rely upon: {listed}." if names else ""
    return (
        " The roadmap names it only in what other deliverables rely upon: it has no annex, Getting started "
        f"steps or Success markers of its own.{where}"
    )


def _reason(ratings: Ratings, priority: Priority) -> str:
    held, direct = priority.held, priority.direct
    if held:
        sentence = f"{_count(len(held))} already rated above it cannot rise until it does: "
        sentence += f"{_named(ratings, held)}."
        others = [d for d in direct if d not in held]
        if others:
            more = f"{len(others)} more deliverable{'' if len(others) == 1 else 's'}"
            sentence += f" {more} not yet in place rel{_y(others)} on it directly."
        return sentence
    if direct:
        return (
            f"Nothing rated above it is waiting on it yet; {_count(len(direct))} not yet in place "
            f"rel{_y(direct)} on it directly: {_named(ratings, direct)}."
        )
    # Reach (those relying on it through chains) is much the same for most deliverables, so it is left
    # to the JSON rather than said here.
    return "Nothing not yet in place relies upon it directly; it can move at its own pace."


def _named(ratings: Ratings, ids: list[str]) -> str:
    roadmap = ratings.roadmap
    names = [f"'{roadmap[other].title}' ({_rated(ratings.effective[other])})" for other in ids]
    if len(names) > NAMED:
        return ", ".join(names[:NAMED]) + f" and {len(names) - NAMED} more"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _rated(rating: int | None) -> str:
    return "not assessed" if rating is None else f"rated {rating}"


def _count(number: int) -> str:
    return f"{number} deliverable{'' if number == 1 else 's'}"


def _y(items: list[str]) -> str:
    return "ies" if len(items) == 1 else "y"
