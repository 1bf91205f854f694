"""Turning the workbook's cell values into assessment data, remembering the cell of every value."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cmhroadmap.assessment.model import split_focus_areas
from cmhroadmap.problems.problem import Problem, Severity
from cmhroadmap.problems.suggest import did_you_mean
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.workbook.cells import Cell, CellDocument, cell_problem
from cmhroadmap.workbook.layout import (
    ABOUT,
    ABOUT_FIELDS,
    DERIVED,
    META,
    RATING_COLUMNS,
    RATINGS,
    RETIRED,
    RETIRED_COLUMNS,
    CellError,
    acknowledged_entries,
    cell_date,
    cell_ref,
    cell_text,
    header_key,
    marker_numbers,
    shown,
    whole_number,
)
from cmhroadmap.workbook.rating_words import level_from_words
from cmhroadmap.yamlread.source import Loc

Rows = dict[int, tuple[Any, ...]]  # the rows with a value in them, by row number


_FAILED = object()
_DERIVED_WORD = header_key(DERIVED.split(":")[0])


class SheetReader:
    """Turns the sheets' values into assessment data, recording each value's cell and each problem."""

    def __init__(self, document: CellDocument, roadmap: Roadmap) -> None:
        self.document = document
        self.roadmap = roadmap
        self.problems: list[Problem] = []
        self.failed: set[str] = set()

    def problem(self, cell: Cell, code: str, message: str) -> None:
        self.problems.append(cell_problem(self.document.path, cell, Severity.ERROR, code, message))
        self.failed.add(cell_ref(*cell))

    def value(self, loc: Loc, cell: Cell, raw: Any, convert: Callable[[Any], Any]) -> Any:
        """`raw` converted; on failure a problem at `cell`, and _FAILED."""
        self.document.cells[loc] = cell
        try:
            return convert(raw)
        except CellError as error:
            self.problem(cell, error.code, str(error))
            return _FAILED

    def read(self, sheets: dict[str, Rows]) -> dict[str, Any]:
        self.document.cells[()] = (ABOUT, 1, 1)
        self.document.cells[("deliverables",)] = (RATINGS, 1, 1)
        data = self._about(sheets[ABOUT])
        if data["roadmap"] not in (None, self.roadmap.id):
            # The rows belong to another roadmap: reading them against this one would only add noise.
            self.problem(
                self.document.cells[("roadmap",)],
                "wrong-roadmap",
                f"this workbook is for roadmap {shown(data['roadmap'])}, but the roadmap loaded is "
                f"'{self.roadmap.id}' (use --roadmap to point at the right one)",
            )
            data["deliverables"] = {}
            return data
        listed = {cell_text(row[0]) for number, row in sheets.get(META, {}).items() if number > 1}
        data["deliverables"] = self._ratings(sheets[RATINGS], listed)
        if RETIRED in sheets:
            data["retired"] = self._retired(sheets[RETIRED])
        return data

    def _retired(self, rows: Rows) -> dict[str, Any]:
        """The entries kept from an earlier version, by their old ids: not checked against the roadmap."""
        headers = {header_key(text): number for number, text in enumerate(rows.get(1, ()), start=1)}
        columns = {
            c.key: headers[header_key(c.header)] for c in RETIRED_COLUMNS if header_key(c.header) in headers
        }
        if "id" not in columns:
            return {}
        entries: dict[str, Any] = {}
        for number, row in sorted(rows.items()):
            raw = {key: row[index - 1] for key, index in columns.items()}
            item_id = cell_text(raw.pop("id"))
            if number > 1 and item_id is not None and item_id not in entries:
                self.document.cells[("retired", item_id)] = (RETIRED, number, columns["id"])
                entries[item_id] = self._entry(item_id, number, raw, columns, RETIRED, "retired")
        return entries

    def _about(self, rows: Rows) -> dict[str, Any]:
        found = {header_key(row[0]): (number, row[1]) for number, row in rows.items()}
        values: dict[str, Any] = {}
        for about in ABOUT_FIELDS:
            if header_key(about.label) not in found:
                self.problem((ABOUT, 1, 1), "missing-field", f"there is no '{about.label}' row in column A")
                continue
            number, raw = found[header_key(about.label)]
            loc: Loc = ("organisation", about.key) if about.key in ("name", "code") else (about.key,)
            value = self.value(loc, (ABOUT, number, 2), raw, _ABOUT_CONVERT.get(about.key, cell_text))
            if value is None and about.required:
                help_text = about.help[0].lower() + about.help[1:]
                self.problem(
                    (ABOUT, number, 2), "missing-value", f"{about.label} must be filled in: {help_text}"
                )
            values[about.key] = None if value is _FAILED else value
        self.document.cells.setdefault(
            ("organisation",), self.document.cells.get(("organisation", "name"), (ABOUT, 1, 1))
        )
        data = {key: values.get(key) for key in ("roadmap", "period", "assessed_on")}
        data["organisation"] = {"name": values.get("name"), "code": values.get("code")}
        data["focus_areas"] = values.get("focus_areas") or []
        data.update({key: values[key] for key in ("prepared_by", "notes") if values.get(key) is not None})
        return data

    def _ratings(self, rows: Rows, listed: set[str | None]) -> dict[str, Any]:
        headers = {header_key(text): number for number, text in enumerate(rows.get(1, ()), start=1)}
        columns: dict[str, int] = {}
        for column in RATING_COLUMNS:
            if header_key(column.header) in headers:
                columns[column.key] = headers[header_key(column.header)]
            elif (column.fill_in and not column.optional) or column.key == "id":
                self.problem((RATINGS, 1, 1), "missing-column", f"there is no '{column.header}' column")
        if "id" not in columns:
            return {}
        seen: dict[str, int] = {}
        entries: dict[str, dict[str, Any]] = {}
        for number, row in sorted(rows.items()):
            if number == 1:
                continue
            raw = {key: row[index - 1] for key, index in columns.items()}
            id_cell = (RATINGS, number, columns["id"])
            item_id = cell_text(raw.pop("id"))
            umbrella = (
                item_id is not None and item_id in self.roadmap and self.roadmap[item_id].kind == "umbrella"
            )
            if umbrella and header_key(raw.get("rating")).startswith(_DERIVED_WORD):
                raw["rating"] = None  # the text the export puts there; an umbrella is not rated
            blank = all(cell_text(raw.get(c.key)) is None for c in RATING_COLUMNS if c.fill_in)
            if item_id is None:
                if not blank:
                    self.problem(
                        id_cell, "missing-id", "this row has no ID; every row needs its deliverable's ID"
                    )
            elif item_id not in self.roadmap:
                hint = did_you_mean(item_id, self.roadmap.entries)
                self.problem(
                    id_cell, "unknown-deliverable", f"{shown(item_id)} is not a deliverable id{hint}"
                )
            elif item_id in seen:
                self.problem(id_cell, "duplicate-row", f"'{item_id}' is also in row {seen[item_id]}")
            else:
                seen[item_id] = number
                self.document.cells[("deliverables", item_id)] = id_cell
                entry = self._entry(item_id, number, raw, columns)
                if entry or not blank or item_id in listed:
                    entries[item_id] = entry
        return {key: entries[key] for key in sorted(entries, key=self.roadmap.order)}

    def _entry(
        self,
        item_id: str,
        number: int,
        raw: dict[str, Any],
        columns: dict[str, int],
        sheet: str = RATINGS,
        section: str = "deliverables",
    ) -> dict[str, Any]:
        levels = sorted(self.roadmap.scale)
        span = f"{levels[0]}-{levels[-1]}"
        scale = ", ".join(f"{s.level} {s.label}" for s in self.roadmap.scale.values())
        labels = {s.level: s.label for s in self.roadmap.scale.values()}

        def rating(what: str) -> Callable[[Any], int | None]:
            def convert(value: Any) -> int | None:
                hint = ""
                try:
                    level = whole_number(value)
                except CellError:
                    # Typed as its words, or its number and words, as the Scale sheet shows them.
                    level, hint = level_from_words(str(value), labels)
                    level = -1 if level is None else level
                if level is not None and level not in levels:
                    message = f"{what} must be {span} ({scale}), got {shown(value)}{hint}"
                    raise CellError("invalid-rating", message)
                return level

            return convert

        converters: dict[str, Callable[[Any], Any]] = {
            "rating": rating("rating"),
            "evidence": cell_text,
            "success_met": marker_numbers,
            "owner": cell_text,
            "target_rating": rating("target rating"),
            "target_by": lambda value: cell_date(value, "target by"),
            "acknowledged": acknowledged_entries,
            "notes": cell_text,
            "review": cell_text,
        }
        entry: dict[str, Any] = {}
        cells: dict[str, Cell] = {}
        base = (section, item_id)
        for key, convert in converters.items():
            if key not in columns:
                continue
            cells[key] = (sheet, number, columns[key])
            loc = (
                (*base, "target", "rating" if key == "target_rating" else "by")
                if key.startswith("target")
                else (*base, key)
            )
            value = self.value(loc, cells[key], raw.get(key), convert)
            if value is not _FAILED and value not in (None, [], {}):
                entry[key] = value
        wanted, by = entry.pop("target_rating", None), entry.pop("target_by", None)
        if "target_rating" in cells:
            self.document.cells[(*base, "target")] = cells["target_rating"]
        if wanted is not None and by is not None:
            entry["target"] = {"rating": wanted, "by": by}
        elif (wanted is None) != (by is None):
            empty = "target_by" if by is None else "target_rating"
            if empty in cells and cell_ref(*cells[empty]) not in self.failed:
                what = "target by" if by is None else "target rating"
                message = f"{what} is empty: give a target rating and a target by date together, or neither"
                self.problem(cells[empty], "missing-value", message)
        return entry


def _period(value: Any) -> str | None:
    if hasattr(value, "year"):
        raise CellError(
            "invalid-period",
            "Excel has turned the period into a date: format the cell as Text and type it like 2024/25",
        )
    return cell_text(value)


def _focus(value: Any) -> list[str]:
    return split_focus_areas(cell_text(value))


_ABOUT_CONVERT: dict[str, Callable[[Any], Any]] = {
    "assessed_on": lambda value: cell_date(value, "assessed on"),
    "period": _period,
    "focus_areas": _focus,
}
