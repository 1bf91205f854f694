"""CSV for spreadsheets, written in one place: every CSV the tool writes comes from `csv_text`.

Each value is made safe for a spreadsheet (control characters shown, a would-be formula kept as
text), and a field holding a separator (a comma, or the semicolon Excel uses in much of Europe), a
quote or a line break is quoted. The byte-order mark Excel needs to read UTF-8 is added when the text
goes to a file (`Format.for_file`), for every CSV file alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from cmhroadmap.safe.neutralise import csv_cell

_NEEDS_QUOTES = (",", ";", '"', "\n", "\r")


def csv_field(value: object) -> str:
    """One field as a CSV line holds it."""
    made_safe = csv_cell(value)
    text = made_safe if isinstance(made_safe, str) else str(made_safe)
    if any(mark in text for mark in _NEEDS_QUOTES) or text != text.strip(" "):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The header and rows as CSV text, one line per row, each field made safe and quoted as needed."""
    return "".join(csv_chunks(header, rows))


def csv_chunks(
    header: Sequence[str], rows: Iterable[Sequence[object]], *, rows_per_piece: int = 500
) -> Iterator[str]:
    """csv_text in pieces of at most `rows_per_piece` lines, so that a large table is never held whole."""
    lines = [",".join(csv_field(name) for name in header)]
    for row in rows:
        lines.append(",".join(csv_field(value) for value in row))
        if len(lines) >= rows_per_piece:
            yield "\n".join(lines) + "\n"
            lines = []
    if lines:
        yield "\n".join(lines) + "\n"
