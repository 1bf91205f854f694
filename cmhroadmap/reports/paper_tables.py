"""The board paper's tables of deliverables: where co-production stands, and the delivery plan."""

from __future__ import annotations

from cmhroadmap.assessment.assess import AssessResult
from cmhroadmap.assessment.checks import unmet_markers
from cmhroadmap.assessment.delivery import STATUS_WORDS
from cmhroadmap.assessment.priorities import Priority
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.reports.paper_model import NOT_STATED, Para, Section, Table
from cmhroadmap.reports.shared_view import rating_view

# Activities a priority's row lists from the roadmap before counting the rest.
ACTIVITIES = 3

# The deliverables on co-production, lived experience and equalities: the tool's selection from the
# roadmap's titles, not a grouping the roadmap makes. Those not in the roadmap in use are passed over.
COPRODUCTION = (
    "model-design-coproduced",
    "lived-experience-resource",
    "equalities-principles",
    "inequalities-monitoring",
    "cen-coproduced-model",
    "ed-experts-by-experience",
    "rehab-coproduced-care-planning",
)


def owner_and_target(ratings: Ratings, deliverable: str) -> tuple[str | None, str | None]:
    """The owner and the target ("3 Partially in place by 2025-03-31") the team wrote, if any."""
    entry = ratings.assessment.deliverables.get(deliverable)
    if entry is None:
        return None, None
    target = None
    if entry.target is not None and entry.target.rating in ratings.roadmap.scale:
        level = ratings.roadmap.scale[entry.target.rating]
        target = f"{level.level} {level.label} by {entry.target.by.isoformat()}"
    return entry.owner, target


def coproduction_section(result: AssessResult) -> Section:
    ratings = result.ratings
    roadmap = ratings.roadmap
    rows = []
    for key in COPRODUCTION:
        if key not in roadmap or not ratings.in_scope(key):
            continue
        owner, _ = owner_and_target(ratings, key)
        rating = rating_view(roadmap, ratings.effective[key]).text
        own = result.own.effective.get(key)
        if result.basis == "validated" and own != ratings.effective[key]:
            rating += f" (the system's own: {rating_view(roadmap, own).text})"
        rows.append([[roadmap[key].title], [rating], [owner or NOT_STATED], [_status(result, key)]])
    intro = Para(
        "Where the deliverables on co-production, lived experience and equalities stand (the tool's "
        "selection from the roadmap):"
    )
    table = Table(
        "Co-production and equalities",
        ["Deliverable", "Rating", "Owner", "Delivery status"],
        rows,
        [34, 20, 18, 28],
    )
    if not rows:
        intro = Para(
            "None of the roadmap's deliverables on co-production, lived experience and equalities (the "
            "tool's selection) is in scope for this assessment."
        )
    return Section("Co-production and equalities", [intro, table] if rows else [intro])


def plan_section(result: AssessResult, top: list[Priority]) -> Section:
    """The top priorities in the shape of a national delivery plan's table."""
    ratings = result.ratings
    roadmap = ratings.roadmap
    rows = []
    for priority in top:
        item = roadmap[priority.id]
        owner, _ = owner_and_target(ratings, item.id)
        entry = ratings.assessment.deliverables.get(item.id)
        level = (
            entry.target.rating if entry and entry.target and entry.target.rating in roadmap.scale else None
        )
        milestone = f"{item.title}: " + (
            rating_view(roadmap, level).text if level else "target level not stated"
        )
        by = entry.target.by.isoformat() if level and entry and entry.target else NOT_STATED
        rows.append(
            [
                [milestone],
                _activities(ratings, priority),
                [owner or NOT_STATED],
                [by],
                [_status(result, item.id)],
            ]
        )
    intro = Para(
        "For each top priority: the milestone is the team's target level, the activities are the "
        "roadmap's Getting started steps where none is under way (rated 1), else its Success markers not "
        "yet evidenced."
    )
    table = Table(
        "Delivery plan",
        ["Milestone", "Implementation activities", "Responsibility", "Timeframe", "Status"],
        rows,
        [19, 40, 13, 11, 17],
    )
    return Section("Delivery plan", [intro, table] if rows else [intro])


def _status(result: AssessResult, deliverable: str) -> str:
    """The delivery status in words, then why: "Off track: target 3 by 31 March 2024 missed: rated 2"."""
    one = result.delivery.get(deliverable)
    return NOT_STATED if one is None else f"{STATUS_WORDS[one.status]}: {one.why}"


def _activities(ratings: Ratings, priority: Priority) -> list[str]:
    item = ratings.roadmap[priority.id]
    entry = ratings.assessment.deliverables.get(item.id)
    if priority.rating <= 1 or not item.success:
        lines, kind = [step.text for step in item.getting_started], "Getting started steps"
    else:
        met = entry.success_met if entry is not None else ()
        lines = [f"Evidence: {item.success[n - 1].text}" for n in unmet_markers(item, met)]
        kind = "Success markers"
    if len(lines) > ACTIVITIES:
        # The paper stays about four pages; the gap report, its attachment, lists every one.
        more = len(lines) - ACTIVITIES
        named = kind if more > 1 else kind.removesuffix("s")
        lines = [*lines[:ACTIVITIES], f"And {more} more {named} (see the gap report's improvement plan)."]
    if entry is not None and entry.notes:
        lines.append(f"The team's notes: {entry.notes}")
    return lines or ["The roadmap gives no Getting started steps or Success markers for it"]
