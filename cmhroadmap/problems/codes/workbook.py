"""Codes for the Excel round trip: a workbook read back, or an assessment that cannot go into one."""

from __future__ import annotations

from cmhroadmap.problems.catalogue import Code, Group
from cmhroadmap.problems.problem import Severity

ERROR = Severity.ERROR

GROUP = Group(
    "Excel workbooks",
    (
        Code(
            "not-a-workbook",
            ERROR,
            "Not an Excel workbook",
            "`workbook import` reads .xlsx workbooks; this file is another kind (an .xls, a CSV, a PDF).",
            "In Excel, Save As 'Excel Workbook (.xlsx)', then import that file.",
            "cmhroadmap workbook import ratings.csv -o a.yaml",
        ),
        Code(
            "workbook-too-large",
            ERROR,
            "The workbook would unpack to far more than any real one",
            "An .xlsx is a zip archive; this one declares parts far larger, or far more, than an "
            "exported workbook has.",
            "Start again from a workbook the tool exported.",
            "cmhroadmap workbook import huge.xlsx -o a.yaml",
        ),
        Code(
            "missing-sheet",
            ERROR,
            "A sheet the tool's workbook has is missing",
            "The About or Ratings sheet was deleted or renamed.",
            "Start from a workbook the tool exported (`workbook export`), or restore the sheet's name.",
            "Sheets: About, My ratings",
        ),
        Code(
            "too-many-rows",
            ERROR,
            "A sheet goes on far past its table",
            "Rows far below the table hold something, so the sheet is much larger than its table.",
            "Delete the rows below the table.",
            "Ratings!A1048576: x",
        ),
        Code(
            "missing-column",
            ERROR,
            "A column of the Ratings sheet is missing",
            "A column the import reads was deleted, or its header changed.",
            "Restore the column with its header as exported.",
            "Ratings!1: ID, Deliverable, Evidence   # no Rating column",
        ),
        Code(
            "missing-field",
            ERROR,
            "A row of the About sheet is missing",
            "The About sheet has no row for something the assessment needs, such as its period.",
            "Restore the row with its label in column A as exported.",
            "About!A: Organisation, Code   # no Period row",
        ),
        Code(
            "missing-value",
            ERROR,
            "A cell that must be filled in is empty",
            "The About sheet's cell is empty, or a target rating is given without its date (or the "
            "other way round).",
            "Fill in the cell, as the message says.",
            "About!B3: (empty period)",
        ),
        Code(
            "missing-id",
            ERROR,
            "A Ratings row without its ID",
            "Each row of the Ratings sheet is one deliverable, known by its ID.",
            "Put the deliverable's ID back in column A, or delete the row.",
            "Ratings!A12: (empty)   B12: 3",
        ),
        Code(
            "duplicate-row",
            ERROR,
            "The same deliverable on two rows",
            "A deliverable's ID is on two rows of the Ratings sheet, so which rating counts is unclear.",
            "Keep one row for the deliverable.",
            "Ratings!A5: joint-governance   A30: joint-governance",
        ),
        Code(
            "not-for-excel",
            ERROR,
            "Text that cannot be put in a workbook",
            "The assessment holds a character that Excel files cannot store (a control character).",
            "Delete the character from the YAML file, then export again.",
            "evidence: Board minutes\\x0b",
        ),
        Code(
            "assessment-too-large",
            ERROR,
            "A workbook whose assessment would be too large",
            "The assessment made from the workbook would be larger than the files `validate` reads, so "
            "nothing is written.",
            "Shorten the longest evidence and notes cells (move documents to links), then import again.",
            "Ratings!G5: 2,000,000 characters of evidence",
        ),
    ),
)
