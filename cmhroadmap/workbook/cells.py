"""Where each value of an assessment read from a workbook came from: its cell, and the sheet's name for it."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field

from cmhroadmap.problems.problem import Problem, Severity, subject_of
from cmhroadmap.workbook.layout import ABOUT, ABOUT_FIELDS, RATING_COLUMNS, cell_ref
from cmhroadmap.yamlread.source import Loc, SourceDocument

Cell = tuple[str, int, int]


def cell_problem(
    path: str, cell: Cell, severity: Severity, code: str, message: str, loc: Sequence[str | int] = ()
) -> Problem:
    """A problem at `cell`, its message starting with the cell's name; about what `loc` names."""
    sheet, row, column = cell
    deliverable, subject_field = subject_of(loc)
    return Problem(
        path,
        row,
        column,
        severity,
        code,
        f"{cell_ref(sheet, row, column)}: {message}",
        deliverable=deliverable,
        field=subject_field,
    )


@dataclass
class CellDocument(SourceDocument):
    """The assessment data built from the workbook; problems point at the cells the values came from."""

    cells: dict[Loc, Cell] = field(default_factory=dict)

    def key_name(self, loc: Sequence[str | int]) -> str:
        """The column or label the user filled in for the key at `loc`, as the sheets name it."""
        keys = [str(part) for part in loc if isinstance(part, str)]
        last = keys[-1] if keys else ""
        parent = keys[-2] if len(keys) > 1 else ""
        if parent == "target":
            return _TARGET_NAMES.get(last, last)
        if parent == "acknowledged":
            return _COLUMN_NAMES["acknowledged"]
        if keys[:1] == ["deliverables"]:
            return _COLUMN_NAMES.get(last, last)
        return _ABOUT_NAMES.get(last, last)

    def problem(
        self,
        loc: Sequence[str | int],
        severity: Severity,
        code: str,
        message: str,
        *,
        key: bool = False,
        deliverable: str | None = None,
    ) -> Problem:
        path = tuple(loc)
        while path and path not in self.cells:
            path = path[:-1]
        found = cell_problem(self.path, self.cells.get(path, (ABOUT, 1, 1)), severity, code, message, loc)
        return found if deliverable is None else dataclasses.replace(found, deliverable=deliverable)


# What the sheets call each key: a Ratings column's header without its hint, an About row's label.
_COLUMN_NAMES = {column.key: column.header.split(" (")[0] for column in RATING_COLUMNS}
_COLUMN_NAMES["target"] = _COLUMN_NAMES["target_rating"]
_TARGET_NAMES = {"rating": _COLUMN_NAMES["target_rating"], "by": _COLUMN_NAMES["target_by"]}
_ABOUT_NAMES = {about.key: about.label for about in ABOUT_FIELDS}
_ABOUT_NAMES["focus_areas"] = "Focus areas on the About sheet"
