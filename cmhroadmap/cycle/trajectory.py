"""Trajectory: one organisation's ratings over several periods, with what improved and what slipped."""

from __future__ import annotations

from dataclasses import dataclass

from cmhroadmap.assessment.loader import LoadedAssessment
from cmhroadmap.assessment.ratings import Ratings
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
    loaded: list[LoadedAssessment], lineages: dict[str, Lineage] | None = None
) -> Trajectory:
    """Ratings over the periods (sorted).

    Where `lineages` (by the later version's id) lead from the latest roadmap back to every period's,
    each deliverable's history follows them through renames, splits and merges; otherwise only the
    deliverables every period's roadmap has are compared.
    """
    ordered = sorted(loaded, key=lambda item: item.assessment.period if item.assessment else "")
    ratings = [item.ratings for item in ordered if item.ratings is not None]
    latest = ratings[-1]
    traced = [_ancestry(latest.roadmap.id, r.roadmap.id, lineages or {}) for r in ratings]
    followed = all(t is not None for t in traced) and len({r.roadmap.id for r in ratings}) > 1
    if followed:
        common = [i.id for i in latest.roadmap]
        sources = {node: [t[node] for t in traced if t is not None] for node in common}
    else:
        common = [i.id for i in latest.roadmap if all(i.id in r.roadmap for r in ratings)]
        sources = {node: [(node,)] * len(ratings) for node in common}
    rows = [_row(node, ratings, sources[node], lineages or {}) for node in common]
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
        followed=followed,
    )


def _ancestry(latest: str, earlier: str, lineages: dict[str, Lineage]) -> dict[str, tuple[str, ...]] | None:
    """Each deliverable of `latest` to those of `earlier` it descends from, if lineage leads there."""
    mapping: dict[str, tuple[str, ...]] | None = None
    while latest != earlier:
        lineage = lineages.get(latest)
        if lineage is None:
            return None
        if mapping is None:
            mapping = {item.id: (item.id,) for item in lineage.new}
        mapping = {
            key: tuple(dict.fromkeys(old for new in ids for old in lineage.sources.get(new, ())))
            for key, ids in mapping.items()
        }
        latest = lineage.old.id
    return mapping if mapping is not None else _SAME


class _Same(dict[str, tuple[str, ...]]):
    """The identity mapping: a period against the latest roadmap itself."""

    def __missing__(self, key: str) -> tuple[str, ...]:
        return (key,)


_SAME = _Same()


def _counts(ratings: Ratings, ids: list[str]) -> dict[str, int]:
    counts = {str(level): 0 for level in ratings.roadmap.scale}
    counts["not assessed"] = 0
    for node in ids:
        if ratings.in_scope(node):
            rating = ratings.effective[node]
            counts["not assessed" if rating is None else str(rating)] += 1
    return counts


def _row(
    node: str, history: list[Ratings], sources: list[tuple[str, ...]], lineages: dict[str, Lineage]
) -> TrajectoryRow:
    latest = history[-1]
    item = latest.roadmap[node]
    values = [_value(r, ids) for r, ids in zip(history, sources, strict=True)]
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
        target=_target(node, history, values, sources),
        lineage=_lineage_note(node, history, sources, lineages),
    )


def _value(ratings: Ratings, ids: tuple[str, ...]) -> int | None:
    """The rating of the deliverable (or, for one merged since, the lowest of those) in that period."""
    found = [ratings.effective[i] for i in ids if i in ratings.roadmap and ratings.in_scope(i)]
    rated = [r for r in found if r is not None]
    return min(rated) if rated else None


def _lineage_note(
    node: str, history: list[Ratings], sources: list[tuple[str, ...]], lineages: dict[str, Lineage]
) -> str | None:
    """Said where a deliverable's history is not under its own id: renamed, split, merged or added."""
    for ratings, ids in zip(history, sources, strict=True):
        if ids == (node,):
            continue
        version = ratings.roadmap.id
        later = next((lin for lin in lineages.values() if lin.old.id == version), None)
        if not ids:
            return f"added after {version}"
        named = ", ".join(f"'{i}'" for i in ids)
        if len(ids) > 1:
            return f"merged from {named} of {version}; its earlier ratings are the lowest of theirs"
        if later is not None and len(later.heirs.get(ids[0], ())) > 1:
            return f"split from {named} of {version}; its earlier ratings are that deliverable's"
        return f"was {named} in {version}"
    return None


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
    node: str, history: list[Ratings], values: list[int | None], sources: list[tuple[str, ...]]
) -> str | None:
    """How the latest rating stands against the most recent target set in an earlier period."""
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
        if history[-1].assessment.assessed_on > entry.target.by:
            return f"target {goal} by {when}: missed, now at {now}"
        if then is not None and now > then:
            return f"target {goal} by {when}: closer ({then} → {now})"
        return f"target {goal} by {when}: no closer, now at {now}"
    entry = history[-1].assessment.deliverables.get(node)
    if entry is not None and entry.target is not None:
        return f"target {entry.target.rating} by {entry.target.by.isoformat()}: set this period"
    return None
