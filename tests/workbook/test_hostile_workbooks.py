"""Hostile workbooks through `workbook import`: one exact line, exit 1, quickly, and nothing written."""

from __future__ import annotations

import datetime as dt
import os
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
