"""CSV for spreadsheets: separators, quotes and line breaks quoted, formulas defused, in one writer."""

from __future__ import annotations

import csv
import io

from cmhroadmap.writing.spreadsheet import csv_chunks, csv_field, csv_text


def test_plain_values_are_written_as_they_are() -> None:
    assert csv_text(["a", "b"], [["x", 3], [None, True]]) == "a,b\nx,3\n,True\n"


def test_a_separator_quote_or_line_break_is_quoted() -> None:
    assert csv_field("North, Riverside") == '"North, Riverside"'
    # Excel in much of Europe separates fields with semicolons.
    assert csv_field("North; Riverside") == '"North; Riverside"'
    assert csv_field('say "hi"') == '"say ""hi"""'
    assert csv_field("two\nlines") == '"two\nlines"'
    assert csv_field(" padded ") == '" padded "'


def test_a_would_be_formula_is_kept_as_text() -> None:
    for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx"):
        assert csv_field(text).startswith("'"), text
    # A carriage return is shown as an escape, so it starts nothing.
    assert csv_field("\rx") == "\\x0dx"
    # Numbers are numbers, even negative ones.
    assert csv_field(-1) == "-1"


def test_csv_modules_read_back_what_was_written() -> None:
    rows = [["a, b", 'q"uote', "line\nbreak", "x;y", "=cmd"]]
    text = csv_text(["1", "2", "3", "4", "5"], rows)
    read = list(csv.reader(io.StringIO(text)))
    assert read[1] == ["a, b", 'q"uote', "line\nbreak", "x;y", "'=cmd"]


def test_csv_in_pieces_is_the_csv_written_whole() -> None:
    rows = [[f"r{n}", n, "a;b" if n % 2 else "=1+2"] for n in range(7)]
    pieces = list(csv_chunks(["name", "n", "text"], rows, rows_per_piece=3))
    assert len(pieces) == 3  # the header and 7 rows, three lines a piece
    assert "".join(pieces) == csv_text(["name", "n", "text"], rows)
