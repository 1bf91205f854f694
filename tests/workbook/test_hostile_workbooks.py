"""Hostile workbooks through `workbook import`: one exact line, exit 1, quickly, and nothing written."""

from __future__ import annotations

import datetime as dt
import os
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cmhroadmap.cli import app
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.workbook.exporter import blank_assessment, export_workbook

runner = CliRunner()
SHEET = "xl/worksheets/sheet2.xml"  # the Ratings sheet
SST = b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def far_row(parts: dict[str, bytes]) -> None:
    cell = b'<row r="200000000"><c r="A200000000" t="inlineStr"><is><t>x</t></is></c></row>'
    parts[SHEET] = parts[SHEET].replace(b"</sheetData>", cell + b"</sheetData>")


def blank_rows(parts: dict[str, bytes]) -> None:
    rows = b"".join(b'<row r="%d"/>' % number for number in range(100, 20_000))
    parts[SHEET] = parts[SHEET].replace(b"</sheetData>", rows + b"</sheetData>")


def shared_strings_bomb(parts: dict[str, bytes]) -> None:
    parts["xl/sharedStrings.xml"] = SST + b"<si><t>aaaaaaaaaaaaaaaaaaaa</t></si>" * 3_000_000 + b"</sst>"


def one_huge_string(parts: dict[str, bytes]) -> None:
    parts["xl/sharedStrings.xml"] = SST + b"<si><t>" + b"a" * 5_000_000 + b"</t></si></sst>"


def many_parts(parts: dict[str, bytes]) -> None:
    parts.update({f"xl/media/image{number}.png": b"" for number in range(300)})


def long_number(parts: dict[str, bytes]) -> None:
    first = parts[SHEET].index(b'<row r="2"')
    parts[SHEET] = (
        parts[SHEET][:first]
        + b'<row r="2"><c r="F2" t="n"><v>'
        + b"9" * 5000
        + b"</v></c></row>"
        + parts[SHEET][parts[SHEET].index(b"</row>", first) + 6 :]
    )


CASES: dict[str, tuple[Callable[[dict[str, bytes]], None], str]] = {
    "far-row": (
        far_row,
        "too-many-rows: the 'Ratings' sheet goes on past row 10,000; delete the rows below the table",
    ),
    "blank-rows": (
        blank_rows,
        "too-many-rows: the 'Ratings' sheet goes on past row 10,000; delete the rows below the table",
    ),
    "shared-strings-bomb": (
        shared_strings_bomb,
        "workbook-too-large: the workbook's part 'xl/sharedStrings.xml' unpacks to 108,000,098 bytes, "
        "far more than an assessment workbook holds",
    ),
    "one-huge-string": (
        one_huge_string,
        "workbook-too-large: the workbook's part 'xl/sharedStrings.xml' unpacks to 5,000,114 bytes, "
        "far more than an assessment workbook holds",
    ),
    "many-parts": (many_parts, "workbook-too-large: the workbook holds 312 parts, over 200"),
    "long-number": (
        long_number,
        "not-a-workbook: cannot read this workbook: a cell holds a number thousands of digits long; "
        "no value in an assessment is that long",
    ),
}


def hostile_workbook(roadmap: Roadmap, path: Path, change: Callable[[dict[str, bytes]], None]) -> None:
    blank = blank_assessment(roadmap, "NHS Test ICB", "XT9", "2024/25", [], dt.date(2024, 4, 1))
    path.write_bytes(export_workbook(blank, roadmap))
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    change(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_hostile_workbook(
    case: str, roadmap: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    change, expected = CASES[case]
    monkeypatch.chdir(tmp_path)
    hostile_workbook(roadmap, tmp_path / "in.xlsx", change)
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    result = runner.invoke(app, ["workbook", "import", "in.xlsx", "-o", "out.yaml"])
    assert result.exit_code == 1, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"in.xlsx:1:1: error {expected}"]
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before


@pytest.mark.parametrize(
    ("make", "kind"), [("fifo", "a named pipe (FIFO)"), ("dev-zero", "a device")], ids=["fifo", "dev-zero"]
)
def test_a_workbook_path_that_is_not_a_file(
    make: str, kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    if make == "fifo":
        os.mkfifo("in.xlsx")
    else:
        Path("in.xlsx").symlink_to("/dev/zero")
    result = runner.invoke(app, ["workbook", "import", "in.xlsx", "-o", "out.yaml"])
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"in.xlsx:1:1: error not-a-file: this is {kind}, not a file; a workbook (.xlsx) was expected\n"
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in.xlsx"]


def test_a_roadmap_file_that_is_a_pipe(roadmap_copy: Path) -> None:
    (roadmap_copy / "workforce.yaml").unlink()
    os.mkfifo(roadmap_copy / "workforce.yaml")
    result = runner.invoke(app, ["list", "--roadmap", "roadmap"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "roadmap/workforce.yaml:1:1: error not-a-file: this is a named pipe (FIFO), not a file; "
        "a file was expected"
    )


def _about_serial(value: bytes) -> Callable[[dict[str, bytes]], None]:
    def change(parts: dict[str, bytes]) -> None:
        about = "xl/worksheets/sheet1.xml"
        assert b"<v>45383</v>" in parts[about]  # Assessed on, 2024-04-01
        parts[about] = parts[about].replace(b"<v>45383</v>", b"<v>" + value + b"</v>")

    return change


def _shared_string_minus_one(parts: dict[str, bytes]) -> None:
    parts["xl/sharedStrings.xml"] = SST + b"<si><t>XT9</t></si><si><t>LAST</t></si></sst>"
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    about = "xl/worksheets/sheet1.xml"
    code = b'<c r="B5" s="3" t="inlineStr"><is><t>XT9</t></is></c>'
    assert code in parts[about]
    parts[about] = parts[about].replace(code, b'<c r="B5" s="3" t="s"><v>-1</v></c>')


CELL_CASES: dict[str, tuple[Callable[[dict[str, bytes]], None], str]] = {
    "date-serial-minus-one": (
        _about_serial(b"-1"),
        "in.xlsx:7:2: error invalid-date: About!B7: assessed on must be a date, such as 2025-03-31; the "
        "cell holds a number before Excel's first date, 1900-01-01",
    ),
    "date-serial-zero": (
        _about_serial(b"0"),
        "in.xlsx:7:2: error invalid-date: About!B7: assessed on must be a date written YYYY-MM-DD, such as "
        "2025-03-31; got '00:00:00'",
    ),
    "date-serial-out-of-range": (
        _about_serial(b"3000000"),
        "in.xlsx:7:2: error invalid-date: About!B7: assessed on must be a date written YYYY-MM-DD, such as "
        "2025-03-31; got '#VALUE!'",
    ),
    "shared-string-minus-one": (
        _shared_string_minus_one,
        "in.xlsx:1:1: error not-a-workbook: cannot read this workbook: a cell refers to shared text "
        "number -1, which the workbook does not hold",
    ),
}


@pytest.mark.parametrize("case", CELL_CASES, ids=list(CELL_CASES))
def test_a_hostile_cell_is_a_problem_never_a_made_up_value(
    case: str, roadmap: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    change, expected = CELL_CASES[case]
    monkeypatch.chdir(tmp_path)
    hostile_workbook(roadmap, tmp_path / "in.xlsx", change)
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    result = runner.invoke(app, ["workbook", "import", "in.xlsx", "-o", "out.yaml"])
    assert result.exit_code == 1, result.output
    # No warning from openpyxl (naming its own source file) reaches the user.
    assert result.stderr.splitlines() == [expected]
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before


def _rated(roadmap: Roadmap, path: Path, **cells: object) -> None:
    import openpyxl

    from cmhroadmap.workbook.layout import COLUMN_NUMBER

    hostile_workbook(roadmap, path, lambda parts: None)
    book = openpyxl.load_workbook(path)
    sheet = book["Ratings"]
    row = next(
        n for n in range(2, sheet.max_row + 1) if sheet.cell(row=n, column=1).value == "joint-governance"
    )
    for key, value in cells.items():
        sheet.cell(row=row, column=COLUMN_NUMBER[key], value=value)
    book.save(path)


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (
            {"rating": "9" * 5000},
            "must be 1-4 (1 Not started, 2 Getting started, 3 Partially in place, 4 Fully in place), got",
        ),
        (
            {"rating": "٤"},
            "must be 1-4 (1 Not started, 2 Getting started, 3 Partially in place, 4 Fully in place), got",
        ),
        (
            {"rating": "４ - Fully in place"},
            "must be 1-4 (1 Not started, 2 Getting started, 3 Partially in place, 4 Fully in place), got",
        ),
        (
            {"rating": 3, "target_rating": "9" * 5000, "target_by": "2026-03-31"},
            "must be 1-4 (1 Not started, 2 Getting started, 3 Partially in place, 4 Fully in place), got",
        ),
    ],
    ids=["rating-5000-digits", "rating-arabic-indic-4", "rating-fullwidth-4", "target-5000-digits"],
)
def test_digits_in_a_workbook_are_ascii_and_bounded(
    cells: dict[str, object], expected: str, roadmap: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _rated(roadmap, tmp_path / "in.xlsx", **cells)
    result = runner.invoke(app, ["workbook", "import", "in.xlsx", "-o", "out.yaml"])
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if " error " in line]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith("in.xlsx:"), errors
    assert expected in errors[0], errors
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in.xlsx"]


def test_an_import_larger_than_validate_reads_is_refused(
    roadmap: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl

    from cmhroadmap.workbook.layout import COLUMN_NUMBER

    monkeypatch.chdir(tmp_path)
    hostile_workbook(roadmap, tmp_path / "in.xlsx", lambda parts: None)
    book = openpyxl.load_workbook(tmp_path / "in.xlsx")
    sheet = book["Ratings"]
    # Varied words, as real evidence is: repeated text would be refused earlier, as a zip bomb.
    words = random.Random(25).choices(
        ["board", "team", "plan", "agreed", "pilot", "data", "staff"], k=200_000
    )
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row=row, column=1).value:
            for number, key in enumerate(("evidence", "notes")):
                start = (row * 2 + number) * 2000 % 190_000
                sheet.cell(row=row, column=COLUMN_NUMBER[key], value=" ".join(words[start : start + 5000]))
    book.save(tmp_path / "in.xlsx")
    result = runner.invoke(app, ["workbook", "import", "in.xlsx", "-o", "out.yaml"])
    assert result.exit_code == 1, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith(
        "in.xlsx:1:1: error assessment-too-large: as an assessment file this workbook would be "
    )
    assert line.endswith(
        " bytes, over the 1,048,576 that validate reads; shorten the longest evidence and notes"
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in.xlsx"]
