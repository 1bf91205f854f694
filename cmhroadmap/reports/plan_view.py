"""The report's plan: the top priorities in full, and the rest below the top as a compact table."""

from __future__ import annotations

from dataclasses import dataclass

from cmhroadmap.assessment.assess import AssessResult
from cmhroadmap.assessment.checks import unmet_markers
from cmhroadmap.assessment.delivery import STATUS_WORDS
from cmhroadmap.assessment.priorities import Priority
from cmhroadmap.reports.shared_view import DeliverableDetail, RatingView, rating_view
from cmhroadmap.roadmap.graph import relied_upon


@dataclass(frozen=True)
class PlanItem:
    rank: int
    detail: DeliverableDetail
    reason: str
    held_back: int
    leverage: int
    in_group: bool
    unmet: list[tuple[int, str]]
    relies_upon: list[tuple[str, str, RatingView]]
    delivery: tuple[str, str, str]  # status, its words, why
    own_note: str | None  # the system's own rating, where the validated one differs


@dataclass(frozen=True)
class RemainingRow:
    rank: int
    title: str
    anchor: str
    rating: RatingView
    held_back: int
    leverage: int
    delivery: tuple[str, str, str]
    own_note: str | None


def delivery_of(result: AssessResult, node: str) -> tuple[str, str, str]:
    """The deliverable's delivery status as shown: its value (for the css), its words and why."""
    found = result.delivery[node]
    return found.status.value, STATUS_WORDS[found.status], found.why


def own_note(result: AssessResult, node: str) -> str | None:
    """Said beside a validated rating that differs from the system's own, as every output does."""
    if result.basis != "validated":
        return None
    own, used = result.own.effective[node], result.ratings.effective[node]
    if own == used:
        return None
    shown = "not rated" if own is None else f"{own} {result.ratings.roadmap.scale[own].label}"
    return f"validated; the system's own rating: {shown}"


def plan_items(result: AssessResult, details: dict[str, DeliverableDetail], top: int) -> list[PlanItem]:
    """The first `top` priorities with their steps, unmet markers, what they rely upon and resources."""
    ratings = result.ratings
    roadmap = ratings.roadmap
    plan = []
    for rank, priority in enumerate(result.priorities[:top], start=1):
        item = roadmap[priority.id]
        entry = ratings.assessment.deliverables.get(item.id)
        met = entry.success_met if entry is not None else ()
        unmet = [(n, item.success[n - 1].text) for n in unmet_markers(item, met)]
        relies = [
            (
                roadmap[t].title,
                f"d-{t}",
                rating_view(roadmap, ratings.effective[t], roadmap[t].kind == "umbrella"),
            )
            for t in relied_upon(roadmap, item)
        ]
        plan.append(
            PlanItem(
                rank,
                details[item.id],
                priority.reason,
                priority.held_back,
                priority.leverage,
                bool(priority.group),
                unmet,
                relies,
                delivery_of(result, item.id),
                own_note(result, item.id),
            )
        )
    return plan


def remaining_rows(result: AssessResult, top: int) -> list[RemainingRow]:
    """Every other deliverable rated below the top of the scale, in rank order, one line each."""
    roadmap = result.ratings.roadmap
    return [
        _row(rank, priority, result)
        for rank, priority in enumerate(result.priorities, start=1)
        if rank > top and priority.id in roadmap
    ]


def _row(rank: int, priority: Priority, result: AssessResult) -> RemainingRow:
    roadmap = result.ratings.roadmap
    return RemainingRow(
        rank,
        roadmap[priority.id].title,
        f"d-{priority.id}",
        rating_view(roadmap, priority.rating),
        priority.held_back,
        priority.leverage,
        delivery_of(result, priority.id),
        own_note(result, priority.id),
    )
