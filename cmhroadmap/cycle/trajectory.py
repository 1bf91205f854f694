"""Trajectory: one organisation's ratings over several periods, with what improved and what slipped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cmhroadmap.assessment.basis import BASIS_WORDS, NO_VALIDATION, OWN_ONLY, RatingsBasis, on_basis
from cmhroadmap.assessment.loader import LoadedAssessment
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.assessment.validation_model import Validation
from cmhroadmap.cycle.history import ancestry, lineage_note, value_in
from cmhroadmap.problems.problem import Problem, Severity
from cmhroadmap.roadmap.lineage import Lineage


@dataclass(frozen=True)
class TrajectoryRow:
    id: str
    title: str
    column: str
    ratings: list[int | None]
    status: str  # improved, regressed, unchanged, mixed, new, dropped, not assessed
    regressions: list[str]  # the steps that went down, e.g. "2022/23 → 2023/24"
    target: str | None  # movement toward the latest earlier target
    lineage: str | None = None  # how it descends from an earlier version's deliverables, when not by its id


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
    followed: bool = False  # the versions' lineage was followed, not only the ids they share

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
    lineages: dict[str, Lineage] | None = None,
) -> Trajectory:
    """Ratings over the periods (sorted).

    `validations` go with `loaded`, one each (None where a period has none): each period is read on
    its validated ratings where given, unless `own_only`. A target is reached only on that basis.
    Where `lineages` (by the later version's id) lead from the latest roadmap back to every period's,
    each deliverable's history follows them through renames, splits and merges; otherwise only the
    deliverables every period's roadmap has are compared.
    """
    given = list(validations) or [None] * len(loaded)
    pairs = sorted(
        zip(loaded, given, strict=True), key=lambda p: p[0].assessment.period if p[0].assessment else ""
    )
    own = [item.ratings for item, _ in pairs if item.ratings is not None]
    checked = [v for item, v in pairs if item.ratings is not None]
    ratings = [on_basis(r, v, own_only=own_only) for r, v in zip(own, checked, strict=True)]
    validated = not own_only and any(v is not None for v in checked)
    latest = ratings[-1]
    traced = [ancestry(latest.roadmap.id, r.roadmap.id, lineages or {}) for r in ratings]
    followed = all(t is not None for t in traced) and len({r.roadmap.id for r in ratings}) > 1
    if followed:
        common = [i.id for i in latest.roadmap]
        sources = {node: [t[node] for t in traced if t is not None] for node in common}
    else:
        common = [i.id for i in latest.roadmap if all(i.id in r.roadmap for r in ratings)]
        sources = {node: [(node,)] * len(ratings) for node in common}
    rows = [_row(node, ratings, own, sources[node], lineages or {}) for node in common]
    return Trajectory(
        organisation=latest.assessment.organisation.name,
        code=latest.assessment.organisation.code,
        periods=[r.assessment.period for r in ratings],
        roadmaps=[r.roadmap.id for r in ratings],
        compared=len(common),
        rows=[row for row in rows if row.status != "out of scope"],
        # Each period counts its own deliverables (once each, a split one too) that lead to the latest.
        counts=[
            _counts(r, list(dict.fromkeys(n for node in common for n in sources[node][i])))
            for i, r in enumerate(ratings)
        ],
        basis=(RatingsBasis.VALIDATED if validated else RatingsBasis.SELF).value,
        basis_words=_basis_words(checked, own_only=own_only),
        followed=followed,
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


def _row(
    node: str,
    history: list[Ratings],
    own: list[Ratings],
    sources: list[tuple[str, ...]],
    lineages: dict[str, Lineage],
) -> TrajectoryRow:
    latest = history[-1]
    item = latest.roadmap[node]
    values = [value_in(r, ids) for r, ids in zip(history, sources, strict=True)]
    in_scope = any(r.in_scope(i) for r, ids in zip(history, sources, strict=True) for i in ids)
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
        target=_target(node, history, values, sources, value_in(own[-1], sources[-1])),
        lineage=lineage_note(node, history, sources, lineages),
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


def _target(
    node: str,
    history: list[Ratings],
    values: list[int | None],
    sources: list[tuple[str, ...]],
    own_now: int | None,
) -> str | None:
    """How the latest rating stands against the most recent target set in an earlier period.

    Reached only on the basis in use; where the system's own rating reaches it and that does not,
    both are said.
    """
    for index in range(len(history) - 2, -1, -1):
        given = history[index].assessment.deliverables
        entry = next((given[i] for i in sources[index] if i in given), None)
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
        # On the due date itself it is missed, as delivery status rules: one rule for every output.
        if history[-1].assessment.assessed_on >= entry.target.by:
            return f"target {goal} by {when}: missed, now at {now}{claimed}"
        if then is not None and now > then:
            return f"target {goal} by {when}: closer ({then} → {now}){claimed}"
        return f"target {goal} by {when}: no closer, now at {now}{claimed}"
    entry = history[-1].assessment.deliverables.get(node)
    if entry is not None and entry.target is not None:
        return f"target {entry.target.rating} by {entry.target.by.isoformat()}: set this period"
    return None
