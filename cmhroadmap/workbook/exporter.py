"""Writing the fill-in workbook: About, Ratings and Scale sheets, pre-filled from an assessment."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, Protection
from openpyxl.worksheet.datavalidation import DataValidation

from cmhroadmap.assessment.model import Assessment, DeliverableRating
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.problems.problem import ProblemsFound
from cmhroadmap.roadmap.model import Deliverable
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.workbook.guide import GREY, HEADER_FILL, HEADER_FONT, WRAP, write_guide
from cmhroadmap.workbook.layout import (
    ABOUT,
    ABOUT_FIELDS,
    ABOUT_FIRST_ROW,
    COLUMN_NUMBER,
    DERIVED,
    META,
    META_LISTED,
    NOT_CHOSEN,
    RATING_COLUMNS,
    RATINGS,
    RETIRED,
    RETIRED_COLUMNS,
    SCALE,
    acknowledged_text,
    column_letter,
)
from cmhroadmap.workbook.unwritable import unwritable
from cmhroadmap.yamlread.source import SourceDocument

UNLOCKED = Protection(locked=False)
# Cells for text are formatted as text, so that what the user types stays as typed (Excel would read
# '1,3' as the number 13); dates are shown as dates whichever way they are typed.
TEXT, DATE = "@", "yyyy-mm-dd"
FORMATS = {
    **dict.fromkeys(("evidence", "success_met", "owner", "acknowledged", "notes", "review"), TEXT),
    **dict.fromkeys(("assessed_on", "target_by"), DATE),
    **dict.fromkeys(("rating", "target_rating"), "General"),
}


def export_workbook(
    assessment: Assessment, roadmap: Roadmap, document: SourceDocument | None = None
) -> bytes:
    """The .xlsx file's bytes; ProblemsFound when some text cannot be stored in Excel."""
    problems = list(unwritable(assessment, document))
    if problems:
        raise ProblemsFound(problems)
    book = Workbook()
    book.properties.creator = "cmhroadmap"
    _about(book.active, assessment, roadmap)
    _ratings(book.create_sheet(RATINGS), assessment, roadmap)
    write_guide(book.create_sheet(SCALE), roadmap)
    if assessment.retired:
        _retired(book.create_sheet(RETIRED), assessment)
    meta = book.create_sheet(META)
    meta.append([META_LISTED])
    for key in assessment.deliverables:
        meta.append([key])
    meta.sheet_state = "veryHidden"
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def blank_assessment(
    roadmap: Roadmap, name: str, code: str, period: str, focus_areas: list[str], today: dt.date
) -> Assessment:
    """A new assessment listing every deliverable to rate, all empty, as `init` writes it.

    Raises pydantic's ValidationError when the name, code or period is not valid.
    """
    data: dict[str, Any] = {
        "roadmap": roadmap.id,
        "organisation": {"name": name, "code": code},
        "period": period,
        "assessed_on": today,
        "focus_areas": focus_areas,
    }
    ratings = Ratings(roadmap, Assessment.model_validate(data))
    data["deliverables"] = {item.id: {} for item in roadmap if ratings.in_scope(item.id)}
    return Assessment.model_validate(data)


def _put(sheet: Any, row: int, column: int, value: object, number_format: str | None = None) -> Any:
    cell = sheet.cell(row=row, column=column)
    if value is not None:
        cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # text that starts with '=' stays text, never a formula
    if number_format is not None:
        cell.number_format = number_format
    cell.alignment = WRAP
    return cell


def _about(sheet: Any, assessment: Assessment, roadmap: Roadmap) -> None:
    sheet.title = ABOUT
    sheet["A1"] = f"Self-assessment against the {roadmap.meta.title}"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = (
        "Fill in the white cells in column B, then rate each deliverable on the Ratings sheet. "
        "The Scale sheet explains the ratings and how to fill them in."
    )
    areas = "; ".join(f"{area.id} ({area.title})" for area in roadmap.meta.dedicated_focus.areas)
    values: dict[str, object] = {
        "name": assessment.organisation.name,
        "code": assessment.organisation.code,
        "period": assessment.period,
        "assessed_on": assessment.assessed_on,
        "prepared_by": assessment.prepared_by,
        "focus_areas": ", ".join(assessment.focus_areas),
        "roadmap": assessment.roadmap,
        "notes": assessment.notes,
    }
    minimum = roadmap.meta.dedicated_focus.minimum_areas
    for row, field in enumerate(ABOUT_FIELDS, start=ABOUT_FIRST_ROW):
        label = sheet.cell(row=row, column=1, value=field.label)
        label.font = Font(bold=True)
        label.alignment = WRAP
        value = _put(sheet, row, 2, values[field.key], FORMATS.get(field.key, TEXT))
        help_text = field.help or (
            f"The dedicated focus areas you work on, by id and separated by commas; the roadmap "
            f"expects at least {minimum} of: {areas}."
        )
        _put(sheet, row, 3, help_text)
        if field.key == "roadmap":
            value.fill = GREY
        else:
            value.protection = UNLOCKED
    sheet.column_dimensions["A"].width = 20
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["C"].width = 70


def _ratings(sheet: Any, assessment: Assessment, roadmap: Roadmap) -> None:
    for number, column in enumerate(RATING_COLUMNS, start=1):
        cell = sheet.cell(row=1, column=number, value=column.header)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, WRAP
        sheet.column_dimensions[column_letter(number)].width = column.width
    sheet.freeze_panes = "D2"
    titles = {column.id: column.title for column in roadmap.columns}
    levels = rating_options(roadmap)
    scale = ", ".join(f"{s.level} {s.label}" for s in roadmap.scale.values())
    rating = _list_validation(levels, "Rating", scale)
    target = _list_validation(levels, "Target rating", scale)
    derived = DataValidation(type="custom", formula1="FALSE", showErrorMessage=True)
    derived.errorTitle, derived.error = "Not rated", "Umbrella items are not rated: " + DERIVED + "."
    by = DataValidation(
        type="date", operator="greaterThanOrEqual", formula1="DATE(2000,1,1)", allow_blank=True
    )
    by.showErrorMessage, by.errorTitle, by.error = True, "Target by", "Enter a date, such as 31/03/2026."
    for validation in (rating, target, derived, by):
        sheet.add_data_validation(validation)
    focus = set(assessment.focus_areas)
    for row, item in enumerate(roadmap, start=2):
        entry = assessment.deliverables.get(item.id) or DeliverableRating()
        umbrella = item.kind == "umbrella"
        area = roadmap.focus_area_of(item.id)
        not_chosen = area is not None and area not in focus
        values = _row_values(item, entry, roadmap, titles, not_chosen)
        for key, value in values.items():
            fill_in = RATING_COLUMNS[COLUMN_NUMBER[key] - 1].fill_in
            cell = _put(sheet, row, COLUMN_NUMBER[key], value, FORMATS.get(key))
            if umbrella or not_chosen:
                cell.fill = GREY
            if fill_in and not (umbrella and key == "rating"):
                cell.protection = UNLOCKED  # takes effect if the user protects the sheet
        col = column_letter
        (derived if umbrella else rating).add(f"{col(COLUMN_NUMBER['rating'])}{row}")
        target.add(f"{col(COLUMN_NUMBER['target_rating'])}{row}")
        by.add(f"{col(COLUMN_NUMBER['target_by'])}{row}")
    sheet.auto_filter.ref = f"A1:{column_letter(len(RATING_COLUMNS))}{len(roadmap) + 1}"


def rating_options(roadmap: Roadmap) -> list[str]:
    """The drop-down's choices, a level's number and words ("3 - Partially in place"), as import reads.

    Excel separates a list's choices by commas and holds at most 255 characters: numbers alone
    when the labels would not fit.
    """
    options = [f"{s.level} - {s.label}" for s in roadmap.scale.values()]
    fits = len(",".join(options)) <= 250 and not any(set(o) & set(',"') for o in options)
    return options if fits else [str(level) for level in roadmap.scale]


def _list_validation(levels: list[str], title: str, scale: str) -> DataValidation:
    validation = DataValidation(type="list", formula1='"' + ",".join(levels) + '"', allow_blank=True)
    validation.showErrorMessage = validation.showInputMessage = True
    # An information alert, not Excel's default stop: a rating typed as its number ("3") or its words
    # ("Partially in place") is not one of the list's choices, and import reads it all the same.
    validation.errorStyle = "information"
    validation.errorTitle = title
    validation.error = f"Choose from the list, or type the number or its words: {scale}."
    validation.promptTitle, validation.prompt = title, scale
    return validation


def _row_values(
    item: Deliverable,
    entry: DeliverableRating,
    roadmap: Roadmap,
    titles: dict[str, str],
    not_chosen: bool,
) -> dict[str, object]:
    kind = "umbrella" if item.kind == "umbrella" else "deliverable"
    return {
        "id": item.id,
        "column": titles.get(roadmap.column_of(item.id), roadmap.column_of(item.id)),
        "title": item.title,
        "kind": f"{kind}: {NOT_CHOSEN}" if not_chosen else kind,
        "markers": _markers(item, roadmap),
        **_entry_values(entry),
        "rating": DERIVED if item.kind == "umbrella" else entry.rating,
    }


def _entry_values(entry: DeliverableRating) -> dict[str, object]:
    return {
        "rating": entry.rating,
        "evidence": entry.evidence,
        "success_met": ", ".join(str(n) for n in entry.success_met) or None,
        "owner": entry.owner,
        "target_rating": entry.target.rating if entry.target else None,
        "target_by": entry.target.by if entry.target else None,
        "acknowledged": acknowledged_text(entry) or None,
        "notes": entry.notes,
        "review": entry.review,
    }


def _markers(item: Deliverable, roadmap: Roadmap) -> str:
    if item.kind == "umbrella":
        parts = ", ".join(roadmap.parts.get(item.id, []))
        return f"Not rated: its rating is the lowest of its parts ({parts})."
    if not item.success:
        return "(The roadmap has no Success markers for this deliverable yet.)"
    lines: list[str] = []
    for number, marker in enumerate(item.success, start=1):
        lines.append(f"{number}. {marker.text}")
        lines += [f"   - {point}" for point in marker.points]
    return "\n".join(lines)


def _retired(sheet: Any, assessment: Assessment) -> None:
    """The entries `migrate` kept from an earlier version, so that a round trip through Excel loses none."""
    for number, column in enumerate(RETIRED_COLUMNS, start=1):
        cell = sheet.cell(row=1, column=number, value=column.header)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, WRAP
        sheet.column_dimensions[column_letter(number)].width = column.width
    for row, (item_id, entry) in enumerate(assessment.retired.items(), start=2):
        values = {"id": item_id, **_entry_values(entry)}
        for number, column in enumerate(RETIRED_COLUMNS, start=1):
            _put(sheet, row, number, values[column.key], FORMATS.get(column.key)).fill = GREY
