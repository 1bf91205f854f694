"""Text an assessment holds that a workbook cannot: characters Excel refuses or hides, cells too long."""

from __future__ import annotations

from collections.abc import Iterator

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from cmhroadmap.assessment.model import Assessment
from cmhroadmap.problems.problem import Problem, Severity
from cmhroadmap.safe.neutralise import first_control
from cmhroadmap.safe.text import quoted
from cmhroadmap.workbook.layout import MAX_CELL_TEXT, acknowledged_text
from cmhroadmap.yamlread.source import Loc, SourceDocument


def _texts(assessment: Assessment) -> Iterator[tuple[Loc, str]]:
    yield ("organisation", "name"), assessment.organisation.name
    for key in ("prepared_by", "notes"):
        value = getattr(assessment, key)
        if value is not None:
            yield (key,), value
    sections = (("deliverables", assessment.deliverables), ("retired", assessment.retired))
    for section, entries in sections:
        for item_id, entry in entries.items():
            for key in ("evidence", "owner", "notes", "review"):
                value = getattr(entry, key)
                if value is not None:
                    yield (section, item_id, key), value
            if entry.acknowledged:
                yield (section, item_id, "acknowledged"), acknowledged_text(entry)


def unwritable(assessment: Assessment, document: SourceDocument | None) -> Iterator[Problem]:
    """Every text that cannot go into a cell as it is, placed in the file it came from where known."""
    for loc, text in _texts(assessment):
        bad = ILLEGAL_CHARACTERS_RE.search(text)
        shown_only = first_control(text)
        if bad is not None:
            message = f"{loc[-1]}: contains a control character Excel cannot store: {quoted(bad.group())}"
        elif shown_only is not None:
            # Excel would store it, and show the text other than it is (a bidi override reverses it).
            message = (
                f"{loc[-1]}: contains an invisible control character (U+{ord(shown_only):04X}); delete it"
            )
        elif len(text) > MAX_CELL_TEXT:
            message = f"{loc[-1]}: {len(text):,} characters is over Excel's limit of {MAX_CELL_TEXT:,}"
        else:
            continue
        if document is None:
            yield Problem("<assessment>", 1, 1, Severity.ERROR, "not-for-excel", message)
        else:
            yield document.problem(loc, Severity.ERROR, "not-for-excel", message)
