"""Trajectory: one organisation's ratings over several periods, with what improved and what slipped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cmhroadmap.assessment.basis import BASIS_WORDS, NO_VALIDATION, OWN_ONLY, RatingsBasis, on_basis
from cmhroadmap.assessment.loader import LoadedAssessment
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.assessment.validation_model import Validation
from cmhroadmap.problems.problem import Problem, Severity


@dataclass(frozen=True)
class TrajectoryRow:
    id: str
    title: str
    column: str
    ratings: list[int | None]
    status: str  # improved, regressed, unchanged, mixed, new, dropped, not assessed
    regressions: list[str]  # the steps that went down, e.g. "2022/23 → 2023/24"
    target: str | None  # movement toward the latest earlier target


@dataclass(frozen=True)
class Trajectory:
    organisation: str
    code: str
    periods: list[str]
    roadmaps: list[str]
    compared: int
    rows: list[TrajectoryRow]
    counts: list[dict[str, int]]  # per period: level (as text) or "not assessed" -> count
    basis: str = "self"  # "validated": a period's validated rating wherever its validator gave one
    basis_words: str = "the system's own ratings"

    @property
    def mixed_roadmaps(self) -> bool:
        return len(set(self.roadmaps)) > 1

    def with_status(self, status: str) -> list[TrajectoryRow]:
        return [row for row in self.rows if row.status == status]


def check_one_organisation(loaded: list[LoadedAssessment]) -> list[Problem]:
    """compare reads one organisation: every file after the first must name the same ODS code."""
    first = loaded[0]
    assert first.assessment is not None
    problems = []
    for other in loaded[1:]:
        assert other.assessment is not None
        assert other.document is not None
        if other.assessment.organisation.code != first.assessment.organisation.code:
            problems.append(
                other.document.problem(
                    ("organisation", "code"),
                    Severity.ERROR,
                    "different-organisation",
                    f"compare reads one organisation, but this file is {other.assessment.organisation.code} "
                    f"and {first.path} is {first.assessment.organisation.code}",
                )
            )
    return problems


def build_trajectory(
    loaded: list[LoadedAssessment],
    validations: Sequence[Validation | None] = (),
    *,
    own_only: bool = False,
) -> Trajectory:
    """Ratings over the periods (sorted), for the deliverables every period's roadmap has.

    `validations` go with `loaded`, one each (None where a period has none): each period is read on
    its validated ratings where given, unless `own_only`. A target is reached only on that basis.
    """
    given = list(validations) or [None] * len(loaded)
    pairs = sorted(
        zip(loaded, given, strict=True), key=lambda p: p[0].assessment.period if p[0].assessment else ""
    )
    own = [item.ratings for item, _ in pairs if item.ratings is not None]
    checked = [v for item, v in pairs if item.ratings is not None]
    ratings = [on_basis(r, v, own_only=own_only) for r, v in zip(own, checked, strict=True)]
    validated = not own_only and any(v is not None for v in checked)
    common = [i.id for i in ratings[-1].roadmap if all(i.id in r.roadmap for r in ratings)]
    rows = [_row(deliverable, ratings, own) for deliverable in common]
    latest = ratings[-1]
    return Trajectory(
        organisation=latest.assessment.organisation.name,
        code=latest.assessment.organisation.code,
        periods=[r.assessment.period for r in ratings],
        roadmaps=[r.roadmap.id for r in ratings],
        compared=len(common),
        rows=[row for row in rows if row.status != "out of scope"],
        counts=[_counts(r, common) for r in ratings],
        basis=(RatingsBasis.VALIDATED if validated else RatingsBasis.SELF).value,
        basis_words=_basis_words(checked, own_only=own_only),
    )


def _basis_words(checked: list[Validation | None], *, own_only: bool) -> str:
    """Which periods were validated, said once at the top of every trajectory."""
    if own_only:
        return OWN_ONLY
    if not any(v is not None for v in checked):
        return NO_VALIDATION
    return BASIS_WORDS[RatingsBasis.VALIDATED]


def _counts(ratings: Ratings, ids: list[str]) -> dict[str, int]:
    counts = {str(level): 0 for level in ratings.roadmap.scale}
    counts["not assessed"] = 0
    for node in ids:
        if ratings.in_scope(node):
            rating = ratings.effective[node]
            counts["not assessed" if rating is None else str(rating)] += 1
    return counts


def _row(node: str, history: list[Ratings], own: list[Ratings]) -> TrajectoryRow:
    latest = history[-1]
    item = latest.roadmap[node]
    values = [r.effective[node] if r.in_scope(node) else None for r in history]
    in_scope = any(r.in_scope(node) for r in history)
    regressions = []
    for before, after, earlier, later in zip(history, history[1:], values, values[1:], strict=False):
        if earlier is not None and later is not None and later < earlier:
            regressions.append(f"{before.assessment.period} → {after.assessment.period}")
    return TrajectoryRow(
        id=node,
        title=item.title,
        column=latest.roadmap.column_of(node),
        ratings=values,
        status=_status(values, regressions, in_scope),
        regressions=regressions,
        target=_target(
            node, history, values, own[-1].effective.get(node) if own[-1].in_scope(node) else None
        ),
    )


def _status(values: list[int | None], regressions: list[str], in_scope: bool) -> str:
    if not in_scope:
        return "out of scope"
    rated = [v for v in values if v is not None]
    if not rated:
        return "not assessed"
    if values[0] is None and values[-1] is not None:
        return "new"
    if values[-1] is None:
        return "dropped"
    if regressions and rated[-1] > rated[0]:
        return "mixed"
    if regressions:
        return "regressed"
    return "improved" if rated[-1] > rated[0] else "unchanged"


def _target(node: str, history: list[Ratings], values: list[int | None], own_now: int | None) -> str | None:
    """How the latest rating stands against the most recent target set in an earlier period.

    Reached only on the basis in use; where the system's own rating reaches it and that does not,
    both are said.
    """
    for index in range(len(history) - 2, -1, -1):
        entry = history[index].assessment.deliverables.get(node)
        if entry is None or entry.target is None:
            continue
        goal, when = entry.target.rating, entry.target.by.isoformat()
        then, now = values[index], values[-1]
        if now is None:
            return f"target {goal} by {when}: not assessed now"
        if now >= goal:
            return f"target {goal} by {when}: reached"
        # Said both ways where the validator's rating falls short of the system's own.
        claimed = (
            f" on the validated rating; the system's own rating, {own_now}, reaches it"
            if own_now is not None and own_now >= goal
            else ""
        )
        if history[-1].assessment.assessed_on > entry.target.by:
            return f"target {goal} by {when}: missed, now at {now}{claimed}"
        if then is not None and now > then:
            return f"target {goal} by {when}: closer ({then} → {now}){claimed}"
        return f"target {goal} by {when}: no closer, now at {now}{claimed}"
    entry = history[-1].assessment.deliverables.get(node)
    if entry is not None and entry.target is not None:
        return f"target {entry.target.rating} by {entry.target.by.isoformat()}: set this period"
    return None
