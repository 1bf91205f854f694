"""Reading a filled-in workbook back into an Assessment, with every problem placed at its cell."""

from __future__ import annotations

import datetime as dt
import io
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cmhroadmap.assessment.checks import check_assessment
from cmhroadmap.assessment.consistency import find_inconsistencies, inconsistency_problems
from cmhroadmap.assessment.model import Assessment
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.models.placing import validate_document
from cmhroadmap.problems.problem import Problem, ProblemsFound, Severity, has_errors
from cmhroadmap.reading.bounded import InputRefused, read_bounded
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.workbook.archive import open_checked
from cmhroadmap.workbook.cells import CellDocument
from cmhroadmap.workbook.layout import ABOUT, META, RATING_COLUMNS, RATINGS, RETIRED, cell_text
from cmhroadmap.workbook.reader import Rows, SheetReader
from cmhroadmap.yamlread.source import display_path

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 2000  # rows with something in them; empty rows are skipped
MAX_SHEET_ROWS = 10_000  # rows of any kind, blank ones too: each costs time to read
READ_COLUMNS = len(RATING_COLUMNS) + 10


@dataclass
class WorkbookImport:
    """A workbook read back: the assessment when it could be built, and every problem found."""

    path: str
    assessment: Assessment | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return has_errors(self.problems)


def import_workbook(path: Path, roadmap: Roadmap) -> WorkbookImport:
    """Read the workbook at `path`; errors leave `assessment` None and are all reported together."""
    shown_path = display_path(path)
    try:
        sheets = read_sheets(path, shown_path)
    except ProblemsFound as found:
        return WorkbookImport(shown_path, None, found.problems)
    reader = SheetReader(CellDocument(shown_path, None), roadmap)
    reader.document.data = reader.read(sheets)
    assessment, model_problems = validate_document(Assessment, reader.document)
    problems = reader.problems + model_problems
    checked = assessment or _stand_in(reader.document.data, roadmap)
    if checked is not None:
        problems += check_assessment(checked, roadmap, reader.document)
        ratings = Ratings(roadmap, checked)
        problems += inconsistency_problems(find_inconsistencies(ratings), ratings, reader.document)
    # A cell that could not be read has its problem already; what follows from it is left out.
    problems = [p for p in problems if p in reader.problems or p.message.split(": ")[0] not in reader.failed]
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors or assessment is None:
        return WorkbookImport(shown_path, None, errors or problems)
    return WorkbookImport(shown_path, assessment, problems)


def _stand_in(data: dict[str, Any], roadmap: Roadmap) -> Assessment | None:
    """The assessment with stand-ins for the values the model refused, or None if even that fails.

    It lets the ratings be checked, so that every problem is reported in one go.
    """
    stand_ins: dict[str, Any] = {
        "roadmap": roadmap.id,
        "organisation": {"name": "-", "code": "XXX"},
        "period": "2000/01",
        "assessed_on": dt.date(2000, 1, 1),
        "focus_areas": roadmap.focus_areas,  # all of them, so no rating is out of scope
    }
    patched = dict(data)
    try:
        Assessment.model_validate(patched)
    except ValidationError as error:
        for detail in error.errors():
            top, *rest = detail["loc"]
            if top == "deliverables" and rest:
                patched["deliverables"] = {k: v for k, v in patched["deliverables"].items() if k != rest[0]}
            elif top in stand_ins:
                patched[top] = stand_ins[top]
            else:
                patched.pop(str(top), None)
    try:
        return Assessment.model_validate(patched)
    except ValidationError:
        return None


def read_sheets(path: Path, shown_path: str) -> dict[str, Rows]:
    """The values of the sheets the import reads; ProblemsFound when the file is not a usable workbook."""

    def refuse(code: str, message: str) -> ProblemsFound:
        return ProblemsFound([Problem(shown_path, 1, 1, Severity.ERROR, code, message)])

    try:
        stream = open_checked(read_bounded(path, MAX_FILE_BYTES, expected="a workbook (.xlsx)"))
    except InputRefused as refused:
        raise refuse(refused.code, str(refused)) from None
    # openpyxl warns (on stderr, naming its own source file) of what it could not read, such as a date
    # serial out of range; the cell then holds an error value, which is reported at its place.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _read_sheets(stream, refuse)


def _read_sheets(stream: io.BytesIO, refuse: Callable[[str, str], ProblemsFound]) -> dict[str, Rows]:
    from openpyxl import load_workbook  # noqa: PLC0415

    try:
        book = load_workbook(stream, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on damaged files
        raise refuse(
            "not-a-workbook", f"cannot read this as an Excel workbook (.xlsx): {_reason(error)}"
        ) from None
    try:
        for name in (ABOUT, RATINGS):
            if name not in book.sheetnames:
                raise refuse(
                    "missing-sheet", f"the workbook has no '{name}' sheet; start from an exported one"
                )
        sheets = {}
        for name in (ABOUT, RATINGS, META, RETIRED):
            if name in book.sheetnames:
                sheet = book[name]
                _guard_shared_strings(sheet)
                sheet.reset_dimensions()  # some tools record the used range wrongly: read every row
                rows: Rows = {}
                for number, row in enumerate(sheet.iter_rows(max_col=READ_COLUMNS, values_only=True), 1):
                    if number > MAX_SHEET_ROWS:
                        # Blank rows count: openpyxl makes up every row before a cell far down.
                        raise refuse(
                            "too-many-rows",
                            f"the '{name}' sheet goes on past row {MAX_SHEET_ROWS:,}; "
                            "delete the rows below the table",
                        )
                    if any(cell_text(value) is not None for value in row):
                        rows[number] = tuple(row) + (None,) * (READ_COLUMNS - len(row))
                    if len(rows) > MAX_ROWS:
                        raise refuse("too-many-rows", f"the '{name}' sheet has over {MAX_ROWS:,} rows")
                sheets[name] = rows
        return sheets
    except ProblemsFound:
        raise
    except Exception as error:
        raise refuse("not-a-workbook", f"cannot read this workbook: {_reason(error)}") from None
    finally:
        book.close()


class _SharedStrings(list[str]):
    """The workbook's shared texts, where an index must be one of them: -1 is not the last one."""

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, int) and not 0 <= index < len(self):
            raise _BadSharedString(index)
        return super().__getitem__(index)


class _BadSharedString(Exception):
    def __init__(self, index: int) -> None:
        super().__init__(f"a cell refers to shared text number {index}, which the workbook does not hold")


def _guard_shared_strings(sheet: Any) -> None:
    # openpyxl's read-only sheet keeps the list it indexes by the cell's number, as Python does, so
    # -1 would read the last text; its attribute is private, and checked for by a test.
    if hasattr(sheet, "_shared_strings"):
        sheet._shared_strings = _SharedStrings(sheet._shared_strings)


def _reason(error: Exception) -> str:
    if isinstance(error, ValueError) and "integer string conversion" in str(error):
        # Python's own guard against numbers thousands of digits long, met while openpyxl reads a cell.
        return "a cell holds a number thousands of digits long; no value in an assessment is that long"
    return (str(error).splitlines() or [type(error).__name__])[0]
