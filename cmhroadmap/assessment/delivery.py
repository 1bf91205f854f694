"""Delivery status: for each deliverable in scope, in place, off track, on track, or without a plan."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from cmhroadmap.assessment.ratings import Ratings


class DeliveryStatus(enum.StrEnum):
    """Where a deliverable stands against the system's own targets, on the ratings basis in use."""

    IN_PLACE = "in-place"  # rated at the top of the scale
    OFF_TRACK = "off-track"  # a target date passed below its level, or the rating fell
    ON_TRACK = "on-track"  # a target above today's rating, its date still ahead
    NO_PLAN = "no-plan"  # below the top of the scale with no target still to reach
    # Not in the four: an unrated deliverable is neither below 4 nor on a plan, and counting it
    # as no-plan told a team with a blank file that 43 deliverables had no plan.
    NOT_ASSESSED = "not-assessed"  # not rated yet


# What each status means, said once for every output that explains them.
STATUS_WORDS = {
    DeliveryStatus.IN_PLACE: "In place",
    DeliveryStatus.OFF_TRACK: "Off track",
    DeliveryStatus.ON_TRACK: "On track",
    DeliveryStatus.NO_PLAN: "No plan",
    DeliveryStatus.NOT_ASSESSED: "Not assessed",
}
STATUS_MEANING = {
    DeliveryStatus.IN_PLACE: "rated 4, fully in place",
    DeliveryStatus.OFF_TRACK: "a target date has passed without its level being reached, "
    "or the rating fell since the previous period",
    DeliveryStatus.ON_TRACK: "a target above today's rating, with its date still ahead",
    DeliveryStatus.NO_PLAN: "below 4 with no target",
    DeliveryStatus.NOT_ASSESSED: "not rated yet, so not judged",
}


@dataclass(frozen=True)
class Delivery:
    """One deliverable's status and why, in plain words."""

    status: DeliveryStatus
    why: str

    def as_dict(self) -> dict[str, str]:
        return {"status": self.status.value, "why": self.why}


def long_date(day: dt.date) -> str:
    """31 March 2024: how a date reads in a sentence."""
    return f"{day.day} {day:%B %Y}"


def delivery_status(
    ratings: Ratings, previous: Ratings | None = None, own: Ratings | None = None
) -> dict[str, Delivery]:
    """Every in-scope deliverable's delivery status, in roadmap order.

    `ratings` are on the basis in use (validated where validated); `previous` is the period before
    on the same basis, for what fell; `own` is the system's own ratings, named in a why where they
    reach a target the basis in use does not. Targets and the assessment date are the system's.
    """
    result = {}
    for item in ratings.roadmap:
        if ratings.in_scope(item.id):
            result[item.id] = _one(item.id, ratings, previous, own)
    return result


def _one(node: str, ratings: Ratings, previous: Ratings | None, own: Ratings | None) -> Delivery:
    top = ratings.roadmap.top_level
    rating = ratings.effective[node]
    if rating is None:
        return Delivery(DeliveryStatus.NOT_ASSESSED, "not rated yet")
    rated = f"rated {rating}"
    if rating == top:
        return Delivery(DeliveryStatus.IN_PLACE, f"rated {top}, fully in place")
    today = ratings.assessment.assessed_on
    current = _target(ratings, node, "")
    earlier = _target(previous, node, f", set in {previous.assessment.period}") if previous else None
    # Both reasons are said where both hold, so that every output names a missed target that also fell.
    reasons = []
    before = previous.effective.get(node) if previous is not None and previous.in_scope(node) else None
    if previous is not None and before is not None and rating < before:
        reasons.append(f"fell from {before} to {rating} since {previous.assessment.period}")
    # A target from last period's file still counts: a date that slipped is a target missed.
    for target in (current, earlier):
        if target is not None and rating < target[0] and target[1] <= today:
            mine = own.effective.get(node) if own is not None else None
            claimed = (
                f" (the system's own rating is {mine})" if mine is not None and mine >= target[0] else ""
            )
            why = f"{target[2]}{', ' if target is earlier else ' '}missed: {rated}{claimed}"
            if target is earlier and current is not None and current[1] > today:
                why += f"; it now aims for {current[0]} by {long_date(current[1])}"
            reasons.append(why)
            break
    if reasons:
        return Delivery(DeliveryStatus.OFF_TRACK, "; ".join(reasons))
    for target in (current, earlier):
        if target is not None and rating < target[0]:
            return Delivery(DeliveryStatus.ON_TRACK, f"{rated}; {target[2]}")
    if current is not None:
        return Delivery(
            DeliveryStatus.NO_PLAN,
            f"{rated}; its target of {current[0]} is reached, with no target for {top}",
        )
    return Delivery(DeliveryStatus.NO_PLAN, f"{rated}, with no target")


def _target(ratings: Ratings, node: str, suffix: str) -> tuple[int, dt.date, str] | None:
    """A file's target for the deliverable: level, date, and the words naming it."""
    entry = ratings.assessment.deliverables.get(node)
    if entry is None or entry.target is None:
        return None
    goal, by = entry.target.rating, entry.target.by
    return goal, by, f"target {goal} by {long_date(by)}{suffix}"


def count_statuses(delivery: dict[str, Delivery]) -> dict[DeliveryStatus, int]:
    """How many deliverables have each status, every status listed (zero included)."""
    counts = dict.fromkeys(DeliveryStatus, 0)
    for one in delivery.values():
        counts[one.status] += 1
    return counts
