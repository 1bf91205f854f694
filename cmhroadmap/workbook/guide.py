"""The workbook's Scale sheet (the tool's levels, and how to fill in the ratings), and shared styles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill

from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.workbook.layout import DERIVED, NOT_CHOSEN

GREY = PatternFill("solid", fgColor="D9D9D9")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")


def write_guide(sheet: Any, roadmap: Roadmap) -> None:
    sheet["A1"] = "The tool's four-point scale"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = "These levels are cmhroadmap's own, not NHS England's: the roadmap has no rating scale."
    for number, header in enumerate(("Level", "Label", "What it means"), start=1):
        cell = sheet.cell(row=3, column=number, value=header)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    row = 4
    for level in roadmap.meta.scale:
        for column, value in enumerate((level.level, level.label, level.description), start=1):
            sheet.cell(row=row, column=column, value=value).alignment = WRAP
        row += 1
    sheet.cell(row=row + 1, column=1, value="How to fill in the Ratings sheet").font = Font(bold=True)
    for number, step in enumerate(steps(roadmap), start=1):
        sheet.cell(row=row + 1 + number, column=1, value=number).alignment = WRAP
        sheet.merge_cells(start_row=row + 1 + number, end_row=row + 1 + number, start_column=2, end_column=3)
        sheet.cell(row=row + 1 + number, column=2, value=step).alignment = WRAP
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 24
    sheet.column_dimensions["C"].width = 90


def steps(roadmap: Roadmap) -> Sequence[str]:
    top = roadmap.top_level
    return (
        f"Rating: choose 1 to {top} from the drop-down in the Rating column of every white row, or type "
        f"the level's number or its words, such as {top} or {roadmap.scale[top].label}.",
        "Evidence: what shows the rating, such as papers, data and dates.",
        "Success markers met: the numbers of the Success markers (listed in the Success markers "
        "column) that you can evidence, separated by commas, such as 1, 3.",
        "Owner, Target rating and Target by (a date; typed as text, write it as 2026-03-31) are optional.",
        f"Acknowledged (optional): when a rating is {roadmap.meta.dependency_threshold} or more levels "
        "above a deliverable it relies upon, write one line for that deliverable: its ID, a colon and "
        "your reason, such as 'workforce-recruitment: Recruitment is behind plan.' Start a line with "
        "spaces to continue the reason on the line above.",
        f"Grey rows are not rated. Umbrella items show '{DERIVED}'. Rows marked '{NOT_CHOSEN}' belong "
        "to a dedicated focus area not listed on the About sheet; add the area there to rate them.",
        "You may sort and filter the rows, but leave the ID column as it is: rows are read by their ID.",
        "When you are done: cmhroadmap workbook import THIS-FILE.xlsx -o assessment.yaml",
    )
