"""The gap report's view model: every decision made here, so templates only lay it out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cmhroadmap.assessment.assess import AssessResult, LevelCounts
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.reports.dependencies import GroupView, group_views, priorities_mermaid
from cmhroadmap.reports.glance_view import GlanceView, build_glance
from cmhroadmap.reports.grid_view import GridCell, GridColumn, grid_columns, grid_rows, placed_cells
from cmhroadmap.reports.plan_view import PlanItem, RemainingRow, plan_items, remaining_rows
from cmhroadmap.reports.shared_view import (
    DeliverableDetail,
    RatingView,
    deliverable_detail,
    rating_view,
)
from cmhroadmap.roadmap.graph import DependencyGraph


@dataclass(frozen=True)
class CountsRow:
    title: str
    cells: list[int]
    not_assessed: int
    total: bool = False


@dataclass(frozen=True)
class WarningRow:
    deliverable: str
    deliverable_anchor: str
    rating: RatingView
    relies_upon: str
    relies_upon_anchor: str
    relied_rating: RatingView
    gap: int
    reason: str | None


@dataclass(frozen=True)
class ValidationView:
    validator: str
    role: str | None
    validated_on: str
    notes: str | None
    sampled: int
    basis: str
    differences: list[tuple[str, str, RatingView, RatingView, str | None]]


@dataclass(frozen=True)
class ReportView:
    title: str
    organisation: str
    code: str
    period: str
    assessed_on: str
    prepared_by: str | None
    roadmap_title: str
    roadmap_id: str
    roadmap_version: str
    generated: str
    tool_version: str
    focus_areas: list[str]
    levels: list[RatingView]
    counts: list[CountsRow]
    not_assessed: int
    threshold: int
    held_rule: str
    grid_header: list[str]
    focus_header: list[str]
    focus_title: str
    grid_rows: list[list[GridCell | str | None]]
    grid_columns: list[GridColumn]
    warnings: list[WarningRow]
    glance: GlanceView
    top: int
    plan: list[PlanItem]
    remaining: list[RemainingRow]
    groups: list[GroupView]
    mermaid: str
    columns: list[tuple[str, list[DeliverableDetail]]]
    licence: str
    validation: ValidationView | None = None

    @property
    def plan_title(self) -> str:
        return plan_title(len(self.plan))


def plan_title(shown: int) -> str:
    if shown == 0:
        return "Improvement plan"
    return (
        "Improvement plan: the top priority"
        if shown == 1
        else f"Improvement plan: the top {shown} priorities"
    )


def build_report(
    result: AssessResult,
    graph: DependencyGraph,
    *,
    generated: dt.datetime,
    tool_version: str,
    top: int = 10,
    previous: Ratings | None = None,
) -> ReportView:
    """The whole report: the summary page, the plan for the `top` priorities, then the detail.

    `previous`: the same organisation's ratings of the period before, for what moved since.
    """
    ratings = result.ratings
    roadmap, assessment = ratings.roadmap, ratings.assessment
    details = {item.id: deliverable_detail(ratings, item, result.own, result.validation) for item in roadmap}
    placed = placed_cells(result)
    return ReportView(
        title="Community mental health transformation: self-assessment",
        organisation=assessment.organisation.name,
        code=assessment.organisation.code,
        period=assessment.period,
        assessed_on=assessment.assessed_on.isoformat(),
        prepared_by=assessment.prepared_by,
        roadmap_title=roadmap.meta.title,
        roadmap_id=roadmap.id,
        roadmap_version=roadmap.meta.version,
        generated=generated.strftime("%Y-%m-%d %H:%M %Z").strip(),
        tool_version=tool_version,
        focus_areas=[c.title for c in roadmap.columns if c.focus_area in assessment.focus_areas],
        levels=[rating_view(roadmap, level) for level in roadmap.scale],
        counts=_counts(result),
        not_assessed=result.overall.not_assessed,
        threshold=roadmap.meta.dependency_threshold,
        held_rule=_held_rule(roadmap.meta.dependency_threshold - 1),
        grid_header=[c.title for c in roadmap.columns if c.focus_area is None],
        focus_header=[c.title for c in roadmap.columns if c.focus_area is not None],
        focus_title=roadmap.meta.dedicated_focus.title,
        grid_rows=grid_rows(result, placed),
        grid_columns=grid_columns(result, placed),
        warnings=_warnings(result),
        glance=build_glance(result, previous),
        top=top,
        plan=plan_items(result, details, top),
        remaining=remaining_rows(result, top),
        groups=group_views(result, graph),
        mermaid=priorities_mermaid(result, graph),
        columns=[
            (c.title, [details[i.id] for i in roadmap if roadmap.column_of(i.id) == c.id])
            for c in roadmap.columns
        ],
        licence=roadmap.meta.licence.attribution,
        validation=_validation(result),
    )


def _validation(result: AssessResult) -> ValidationView | None:
    validation = result.validation
    if validation is None:
        return None
    roadmap = result.ratings.roadmap
    basis = (
        "The grid, warnings and improvement plan use the validated ratings where the validator gave one."
        if result.basis == "validated"
        else "The grid, warnings and improvement plan use the system's own ratings."
    )
    return ValidationView(
        validator=validation.validator.name,
        role=validation.validator.role,
        validated_on=validation.validated_on.isoformat(),
        notes=validation.notes,
        sampled=sum(1 for entry in validation.deliverables.values() if entry.rating is not None),
        basis=basis,
        differences=[
            (roadmap[key].title, f"d-{key}", rating_view(roadmap, own), rating_view(roadmap, validated), note)
            for key, own, validated, note in result.differences
        ],
    )


def _counts(result: AssessResult) -> list[CountsRow]:
    roadmap = result.ratings.roadmap
    rows = []
    for column in roadmap.columns:
        counts = result.by_column[column.id]
        if sum(counts.by_level.values()) + counts.not_assessed:
            rows.append(_row(column.title, counts))
    rows.append(_row("All deliverables", result.overall, total=True))
    return rows


def _row(title: str, counts: LevelCounts, total: bool = False) -> CountsRow:
    return CountsRow(title, list(counts.by_level.values()), counts.not_assessed, total)


def _warnings(result: AssessResult) -> list[WarningRow]:
    roadmap = result.ratings.roadmap
    return [
        WarningRow(
            roadmap[found.deliverable].title,
            f"d-{found.deliverable}",
            rating_view(roadmap, found.rating),
            roadmap[found.relies_upon].title,
            f"d-{found.relies_upon}",
            rating_view(roadmap, found.relied_rating, derived=roadmap[found.relies_upon].kind == "umbrella"),
            found.gap,
            found.acknowledged,
        )
        for found in result.inconsistencies
    ]


def _held_rule(step: int) -> str:
    """How far above a deliverable a dependent stands when it cannot rise without running ahead."""
    if step <= 0:
        return "deliverables relying on them rated at or above them"
    return f"deliverables already rated {step} level{'' if step == 1 else 's'} or more above them"
