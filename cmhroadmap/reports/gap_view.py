"""The gap report's view model: every decision made here, so templates only lay it out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cmhroadmap.assessment.assess import AssessResult, LevelCounts
from cmhroadmap.assessment.checks import unmet_markers
from cmhroadmap.reports.dependencies import GroupView, group_views, priorities_mermaid
from cmhroadmap.reports.parts import (
    DeliverableDetail,
    RatingView,
    deliverable_detail,
    rating_view,
)
from cmhroadmap.roadmap.graph import DependencyGraph, relied_upon


@dataclass(frozen=True)
class CountsRow:
    title: str
    cells: list[int]
    not_assessed: int
    total: bool = False


@dataclass(frozen=True)
class GridCell:
    id: str
    anchor: str
    wording: str
    rating: RatingView
    parts: list[tuple[str, str, RatingView]] = field(default_factory=list)


@dataclass(frozen=True)
class GridColumn:
    title: str
    chosen: bool
    cells: list[GridCell | None]


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
class PlanItem:
    rank: int
    detail: DeliverableDetail
    reason: str
    leverage: int
    reach: int
    unmet: list[tuple[int, str]]
    relies_upon: list[tuple[str, str, RatingView]]


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
    grid_header: list[str]
    focus_header: list[str]
    focus_title: str
    grid_rows: list[list[GridCell | str | None]]
    warnings: list[WarningRow]
    plan: list[PlanItem]
    groups: list[GroupView]
    mermaid: str
    columns: list[tuple[str, list[DeliverableDetail]]]
    licence: str
    problems: list[str]
    validation: ValidationView | None = None


def build_report(
    result: AssessResult, graph: DependencyGraph, *, generated: dt.datetime, tool_version: str
) -> ReportView:
    ratings = result.ratings
    roadmap, assessment = ratings.roadmap, ratings.assessment
    details = {item.id: deliverable_detail(ratings, item, result.own, result.validation) for item in roadmap}
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
        grid_header=[c.title for c in roadmap.columns if c.focus_area is None],
        focus_header=[c.title for c in roadmap.columns if c.focus_area is not None],
        focus_title=roadmap.meta.dedicated_focus.title,
        grid_rows=_grid_rows(result),
        warnings=_warnings(result),
        plan=_plan(result, details),
        groups=group_views(result, graph),
        mermaid=priorities_mermaid(result, graph),
        columns=[
            (c.title, [details[i.id] for i in roadmap if roadmap.column_of(i.id) == c.id])
            for c in roadmap.columns
        ],
        licence=roadmap.meta.licence.attribution,
        problems=[str(p) for p in result.loaded.problems if p.code != "not-assessed"],
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


def _grid_rows(result: AssessResult) -> list[list[GridCell | str | None]]:
    """The summary grid as printed: one row per grid row, one cell per column."""
    ratings = result.ratings
    roadmap = ratings.roadmap
    placed: dict[tuple[str, int], GridCell] = {}
    for entry in roadmap.entries.values():
        item = entry.deliverable
        for cell in item.grid:
            parts = [
                (roadmap[p].title, f"d-{p}", rating_view(roadmap, ratings.effective[p]))
                for p in roadmap.parts.get(item.id, [])
            ]
            view = rating_view(roadmap, ratings.effective[item.id], derived=item.kind == "umbrella")
            placed[(cell.column or entry.column, cell.row)] = GridCell(
                item.id, f"d-{item.id}", cell.wording, view, parts
            )
    height = max((row for _, row in placed), default=0)
    rows: list[list[GridCell | str | None]] = []
    for row in range(1, height + 1):
        cells: list[GridCell | str | None] = []
        for column in roadmap.columns:
            chosen = column.focus_area is None or column.focus_area in ratings.assessment.focus_areas
            found = placed.get((column.id, row))
            cells.append(found if found is None or chosen else "not chosen")
        rows.append(cells)
    return rows


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


def _plan(result: AssessResult, details: dict[str, DeliverableDetail]) -> list[PlanItem]:
    ratings = result.ratings
    roadmap = ratings.roadmap
    plan = []
    for rank, priority in enumerate(result.priorities, start=1):
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
                rank, details[item.id], priority.reason, priority.leverage, priority.reach, unmet, relies
            )
        )
    return plan
