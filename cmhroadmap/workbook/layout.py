"""The fill-in workbook's layout and cell formats, shared by export and import."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from cmhroadmap.assessment.model import DeliverableRating
from cmhroadmap.safe.text import quoted
from cmhroadmap.yamlread.dates import DateRefused, date_from_text

ABOUT = "About"
RATINGS = "Ratings"
SCALE = "Scale"
# Entries for deliverables an earlier roadmap version had, kept by `migrate`: nothing is rated from them.
RETIRED = "Retired"
# A very hidden sheet that remembers which deliverables the assessment listed while still empty, so
# that an export followed by an import gives back exactly the same file.
META = "cmhroadmap"
META_LISTED = "listed-deliverables"

DERIVED = "derived: lowest of its parts"
NOT_CHOSEN = "focus area not chosen"
# Excel's limit on the text in one cell.
MAX_CELL_TEXT = 32_767


@dataclass(frozen=True)
class RatingColumn:
    """One column of the Ratings sheet: `key` names it in code, `header` on the sheet."""

    key: str
    header: str
    width: int
    fill_in: bool
    # A column workbooks exported by earlier versions of the tool lack: its absence is no problem.
    optional: bool = False


RATING_COLUMNS = (
    RatingColumn("id", "ID", 26, False),
    RatingColumn("column", "Column", 18, False),
    RatingColumn("title", "Deliverable", 40, False),
    RatingColumn("kind", "Kind", 14, False),
    RatingColumn("markers", "Success markers", 60, False),
    RatingColumn("rating", "Rating (1-4)", 22, True),  # wide enough for "3 - Partially in place"
    RatingColumn("evidence", "Evidence", 60, True),
    RatingColumn("success_met", "Success markers met (e.g. 1, 3)", 16, True),
    RatingColumn("owner", "Owner", 24, True),
    RatingColumn("target_rating", "Target rating", 22, True),
    RatingColumn("target_by", "Target by (date)", 13, True),
    RatingColumn("acknowledged", "Acknowledged (one 'id: reason' per line)", 40, True),
    RatingColumn("notes", "Notes", 40, True),
    # Left by `migrate` where it made a judgement; the team clears the cell once it has checked.
    RatingColumn("review", "Review after migration (clear once checked)", 40, True, optional=True),
)
# The Retired sheet: the columns of an entry, without those the roadmap fills in.
RETIRED_COLUMNS = tuple(c for c in RATING_COLUMNS if c.key not in ("column", "title", "kind", "markers"))
COLUMN_NUMBER = {column.key: number for number, column in enumerate(RATING_COLUMNS, start=1)}


@dataclass(frozen=True)
class AboutField:
    """One labelled cell of the About sheet: the label in column A, the value in column B."""

    key: str
    label: str
    help: str
    required: bool = False


ABOUT_FIELDS = (
    AboutField("name", "Organisation name", "The ICB's name.", required=True),
    AboutField("code", "ODS code", "The ICB's ODS code, e.g. QXX.", required=True),
    AboutField("period", "Period", "The NHS financial year assessed, written like 2024/25.", required=True),
    AboutField("assessed_on", "Assessed on", "The date of the assessment.", required=True),
    AboutField("prepared_by", "Prepared by", "Optional: the team that prepared it."),
    AboutField("focus_areas", "Focus areas", ""),
    AboutField("roadmap", "Roadmap", "The roadmap the ratings refer to; leave as it is.", required=True),
    AboutField("notes", "Notes", "Optional: anything the reader should know about the assessment."),
)
ABOUT_FIRST_ROW = 4


def column_letter(number: int) -> str:
    """Excel's letters for a 1-based column number: 1 is A, 27 is AA."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_ref(sheet: str, row: int, column: int) -> str:
    """The reference a spreadsheet user reads, e.g. Ratings!F14."""
    return f"{sheet}!{column_letter(column)}{row}"


def header_key(text: object) -> str:
    """A header or label folded so that case and spacing do not matter when matching it."""
    return " ".join(str(text).split()).casefold() if text is not None else ""


def acknowledged_text(entry: DeliverableRating) -> str:
    """One 'id: reason' per line; the lines of a reason after its first are indented two spaces."""
    lines = []
    for other, reason in entry.acknowledged.items():
        first, *rest = reason.split("\n")
        lines += [f"{other}: {first}", *(f"  {line}" for line in rest)]
    return "\n".join(lines)


class CellError(ValueError):
    """A cell's value cannot be read as what its column holds; the message says why."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def shown(value: object) -> str:
    """A cell's value for a message: text in quotes, numbers and dates as they are."""
    return quoted(value) if isinstance(value, str) else (cell_text(value) or "nothing")


def cell_text(value: object) -> str | None:
    """A cell as text, or None when it is empty; numbers and dates as a person would write them."""
    if value is None:
        return None
    if isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, dt.datetime):
        text = value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    elif isinstance(value, dt.date):
        text = value.isoformat()
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    return text.strip() or None


def whole_number(value: object) -> int | None:
    """A whole number typed as a number or as text; None when the cell is empty."""
    if isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _DIGITS.fullmatch(value.strip()):
        return int(value.strip())
    if value is None:
        return None
    raise CellError("invalid-value", "not a whole number")


def cell_date(value: object, what: str) -> dt.date | None:
    """A date cell, or text written YYYY-MM-DD as in a YAML file; None when the cell is empty."""
    day = value.date() if isinstance(value, dt.datetime) else value
    if isinstance(day, dt.date) and day < _FIRST_EXCEL_DATE:
        # A serial of 0 or less, which openpyxl turns into a day before 1900 (-1 is 1899-12-29).
        raise CellError(
            "invalid-date",
            f"{what} must be a date, such as 2025-03-31; the cell holds a number before Excel's first "
            "date, 1900-01-01",
        )
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date()
    elif isinstance(value, dt.date):
        return value
    text = cell_text(value)
    if text is None:
        return None
    try:
        return date_from_text(text)
    except DateRefused as refused:
        said = str(refused)
        raise CellError(
            "invalid-date", f"{what} {said}" if said.startswith("must") else f"{what}: {said}"
        ) from None


def marker_numbers(value: object) -> list[int]:
    """Success marker numbers separated by commas (or spaces): '1, 3' is [1, 3]."""
    text = cell_text(value)
    if text is None:
        return []
    parts = [part for part in re.split(r"[,;\s]+", text) if part]
    if not all(_DIGITS.fullmatch(part) and int(part) >= 1 for part in parts):
        raise CellError(
            "invalid-value",
            "success markers met must be marker numbers separated by commas, such as 1, 3; "
            f"got {shown(value)}",
        )
    return [int(part) for part in parts]


def acknowledged_entries(value: object) -> dict[str, str]:
    """'id: reason' lines; a line that starts with spaces continues the reason above it."""
    text = cell_text(value)
    entries: dict[str, str] = {}
    last = None
    for number, line in enumerate((text or "").split("\n"), start=1):
        if line[:1].isspace() and last is not None:
            entries[last] += "\n" + (line[2:] if line.startswith("  ") else line.lstrip())
            continue
        if not line.strip():
            continue
        match = _ACKNOWLEDGED.fullmatch(line.lstrip())
        if match is None:
            raise CellError(
                "invalid-value",
                f"acknowledged: line {number} should be 'deliverable-id: reason', got {quoted(line)}",
            )
        last, reason = match.group(1), match.group(2)
        if last in entries:
            raise CellError("invalid-value", f"acknowledged: '{last}' is given twice")
        entries[last] = reason
    return entries


_FIRST_EXCEL_DATE = dt.date(1900, 1, 1)
# Nine digits at most: any number longer is no rating or marker, and int() of thousands is refused.
_DIGITS = re.compile(r"[0-9]{1,9}")
_ACKNOWLEDGED = re.compile(r"([a-z0-9]+(?:-[a-z0-9]+)*)\s*:\s*(\S.*)", re.DOTALL)
