"""The report's roadmap grid: the summary grid's layout with ratings, and one list per column."""

from __future__ import annotations

from dataclasses import dataclass, field

from cmhroadmap.assessment.assess import AssessResult
from cmhroadmap.reports.shared_view import RatingView, rating_view


@dataclass(frozen=True)
class GridCell:
    id: str
    anchor: str
    wording: str
    rating: RatingView
    parts: list[tuple[str, str, RatingView]] = field(default_factory=list)
    own: str | None = None  # the system's own rating, where the validated one differs


@dataclass(frozen=True)
class GridColumn:
    title: str
    chosen: bool
    cells: list[GridCell]


def placed_cells(result: AssessResult) -> dict[tuple[str, int], GridCell]:
    """Each cell of the roadmap's summary grid, by (column, row)."""
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
            own = result.own.effective[item.id]
            differs = result.basis == "validated" and own != ratings.effective[item.id]
            placed[(cell.column or entry.column, cell.row)] = GridCell(
                item.id,
                f"d-{item.id}",
                cell.wording,
                view,
                parts,
                f"own rating: {'not rated' if own is None else own}" if differs else None,
            )
    return placed


def grid_rows(
    result: AssessResult, placed: dict[tuple[str, int], GridCell]
) -> list[list[GridCell | str | None]]:
    """The summary grid as printed: one row per grid row, one cell per column."""
    ratings = result.ratings
    height = max((row for _, row in placed), default=0)
    rows: list[list[GridCell | str | None]] = []
    for row in range(1, height + 1):
        cells: list[GridCell | str | None] = []
        for column in ratings.roadmap.columns:
            found = placed.get((column.id, row))
            cells.append(found if found is None or _chosen(result, column.focus_area) else "not chosen")
        rows.append(cells)
    return rows


def grid_columns(result: AssessResult, placed: dict[tuple[str, int], GridCell]) -> list[GridColumn]:
    """The same grid as one list per column, for screens too narrow for the table."""
    columns = []
    for column in result.ratings.roadmap.columns:
        title = column.title if column.focus_area is None else f"Dedicated focus: {column.title}"
        cells = [
            cell for (key, _), cell in sorted(placed.items(), key=lambda kv: kv[0][1]) if key == column.id
        ]
        columns.append(GridColumn(title, _chosen(result, column.focus_area), list(cells)))
    return columns


def _chosen(result: AssessResult, focus_area: str | None) -> bool:
    return focus_area is None or focus_area in result.ratings.assessment.focus_areas
