"""`workbook export` and `workbook import` as a user runs them, with the workbook filled in by openpyxl."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from cmhroadmap.assessment.loader import load_assessment
from cmhroadmap.cli import app
from cmhroadmap.roadmap.roadmap import Roadmap
from tests.conftest import EXAMPLES

runner = CliRunner()
NORTH_RIVERSIDE = next(p for p in EXAMPLES if p.parent.name == "north-riverside" and p.stem == "2023-24")
BLANK = ["--org", "NHS Test ICB", "--code", "XT9", "--period", "2024/25", "--focus", "cen,eating-disorders"]


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def rows_by_id(sheet: openpyxl.worksheet.worksheet.Worksheet) -> dict[str, int]:
    return {sheet.cell(row=n, column=1).value: n for n in range(2, sheet.max_row + 1)}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_export_then_import_gives_back_the_same_assessment(
    path: Path, roadmap: Roadmap, in_tmp: Path
) -> None:
    exported = runner.invoke(app, ["workbook", "export", str(path), "-o", "book.xlsx"])
    assert exported.exit_code == 0, exported.output
    assert "Wrote book.xlsx." in exported.output
    imported = runner.invoke(app, ["workbook", "import", "book.xlsx", "-o", "back.yaml"])
    assert imported.exit_code == 0, imported.output
    assert imported.output.splitlines()[-1].startswith("Wrote back.yaml from book.xlsx; ")
    original = load_assessment(path, roadmap)
    again = load_assessment(in_tmp / "back.yaml", roadmap)
    assert again.assessment == original.assessment
    assert [(p.code, p.severity) for p in again.problems] == [(p.code, p.severity) for p in original.problems]
    assert runner.invoke(app, ["validate", "back.yaml"]).exit_code == 0


def test_blank_workbook_filled_in_excel_style_imports_as_a_valid_assessment(in_tmp: Path) -> None:
    result = runner.invoke(app, ["workbook", "export", *BLANK, "-o", "blank.xlsx"])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook("blank.xlsx")
    sheet = book["Ratings"]
    rows = rows_by_id(sheet)
    sheet[f"F{rows['joint-governance']}"] = 3
    sheet[f"G{rows['joint-governance']}"] = "Terms of reference agreed in March."
    sheet[f"H{rows['joint-governance']}"] = "1, 2"
    sheet[f"I{rows['joint-governance']}"] = "Director of Mental Health"
    sheet[f"J{rows['joint-governance']}"] = 4
    sheet[f"K{rows['joint-governance']}"] = dt.datetime(2025, 3, 31)
    sheet[f"F{rows['ips-services']}"] = 1
    book["About"]["B8"] = "Programme office"
    book.save("blank.xlsx")

    result = runner.invoke(app, ["workbook", "import", "blank.xlsx", "-o", "filled.yaml"])
    assert result.exit_code == 0, result.output
    assert "warning not-assessed: 41 deliverables not yet rated: model-design-coproduced, " in result.output
    assert "error" not in result.output
    text = (in_tmp / "filled.yaml").read_text(encoding="utf-8")
    assert "  joint-governance:\n    rating: 3\n    evidence: Terms of reference agreed in March.\n" in text
    assert "    success_met: [1, 2]\n    owner: Director of Mental Health\n" in text
    assert "    target: {rating: 4, by: 2025-03-31}\n" in text
    assert "prepared_by: Programme office\n" in text
    check = runner.invoke(app, ["validate", "filled.yaml"])
    assert check.exit_code == 0, check.output


def test_problems_in_the_workbook_are_all_reported_and_nothing_is_written(in_tmp: Path) -> None:
    assert runner.invoke(app, ["workbook", "export", *BLANK, "-o", "bad.xlsx"]).exit_code == 0
    book = openpyxl.load_workbook("bad.xlsx")
    sheet = book["Ratings"]
    sheet["F2"] = 5
    sheet["F3"] = "three"
    sheet["J4"] = 3
    sheet["K4"] = "2025-02-31"
    sheet["K5"] = "31/03/2025"
    sheet["J5"] = 3
    sheet["A60"] = "no-such-deliverable"
    book["About"]["B7"] = "last Tuesday"
    book.save("bad.xlsx")

    result = runner.invoke(app, ["workbook", "import", "bad.xlsx", "-o", "out.yaml"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines == [
        "bad.xlsx:2:6: error invalid-rating: Ratings!F2: rating must be 1-4 (1 Not started, "
        "2 Getting started, 3 Partially in place, 4 Fully in place), got 5",
        "bad.xlsx:3:6: error invalid-rating: Ratings!F3: rating must be 1-4 (1 Not started, "
        "2 Getting started, 3 Partially in place, 4 Fully in place), got 'three'",
        "bad.xlsx:4:11: error invalid-date: Ratings!K4: target by: there is no such date as 2025-02-31: "
        "February 2025 has 28 days",
        # The same rule, in the same words, as a YAML file's: a date typed as text is YYYY-MM-DD.
        "bad.xlsx:5:11: error invalid-date: Ratings!K5: target by must be a date written YYYY-MM-DD, "
        "such as 2025-03-31; got '31/03/2025' (write 2025-03-31)",
        "bad.xlsx:7:2: error invalid-date: About!B7: assessed on must be a date written YYYY-MM-DD, "
        "such as 2025-03-31; got 'last Tuesday'",
        "bad.xlsx:60:1: error unknown-deliverable: Ratings!A60: 'no-such-deliverable' is not a "
        "deliverable id",
    ]
    assert not (in_tmp / "out.yaml").exists()


def test_a_file_that_is_not_a_workbook_is_one_problem_not_a_traceback(in_tmp: Path) -> None:
    (in_tmp / "ratings.xlsx").write_text("id,rating\njoint-governance,3\n", encoding="utf-8")
    result = runner.invoke(app, ["workbook", "import", "ratings.xlsx", "-o", "out.yaml"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "ratings.xlsx:1:1: error not-a-workbook: this is not an Excel workbook; "
        "save it from Excel as 'Excel Workbook (.xlsx)'"
    ]
    assert not (in_tmp / "out.yaml").exists()


def test_export_refuses_an_assessment_with_errors(in_tmp: Path) -> None:
    text = NORTH_RIVERSIDE.read_text(encoding="utf-8").replace("    rating: 3\n", "    rating: 7\n", 1)
    (in_tmp / "broken.yaml").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["workbook", "export", "broken.yaml", "-o", "book.xlsx"])
    assert result.exit_code == 1
    assert "error invalid-rating: rating 7 is not on the scale" in result.output
    assert not (in_tmp / "book.xlsx").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", *BLANK], "give the file to write with -o FILE.xlsx"),
        (["export", "-o", "new.xlsx"], "give an ASSESSMENT file, or --org, --code, --period"),
        (["export", "--org", "X", "-o", "new.xlsx"], "or --code, --period for a blank workbook"),
        (["export", str(NORTH_RIVERSIDE), "--org", "X", "-o", "new.xlsx"], "not both"),
        (["export", *BLANK, "-o", "new.xls"], "must be a .xlsx file"),
        (["export", *BLANK[:-2], "--focus", "cen,eating", "-o", "new.xlsx"], "no focus area 'eating'"),
        (["export", *BLANK[:4], "--period", "2024/26", "-o", "new.xlsx"], "should be 2024/25"),
        (
            ["export", *BLANK, "-o", "existing.xlsx"],
            "existing.xlsx already exists; add --force to replace it",
        ),
        (["import", "existing.xlsx"], "give the file to write with -o FILE.yaml"),
        (["import", "existing.xlsx", "-o", "existing.xlsx", "--force"], "is one of the input files"),
        (
            ["import", "existing.xlsx", "-o", "existing.yaml"],
            "existing.yaml already exists; add --force to replace it",
        ),
    ],
)
def test_usage_errors_exit_2_and_write_nothing(in_tmp: Path, args: list[str], message: str) -> None:
    assert runner.invoke(app, ["workbook", "export", *BLANK, "-o", "existing.xlsx"]).exit_code == 0
    (in_tmp / "existing.yaml").write_text("keep me\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in in_tmp.iterdir()}
    result = runner.invoke(app, ["workbook", *args])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert {p.name: p.read_bytes() for p in in_tmp.iterdir()} == before


def test_force_overwrites(in_tmp: Path) -> None:
    assert runner.invoke(app, ["workbook", "export", *BLANK, "-o", "book.xlsx"]).exit_code == 0
    (in_tmp / "out.yaml").write_text("old\n", encoding="utf-8")
    result = runner.invoke(app, ["workbook", "import", "book.xlsx", "-o", "out.yaml", "--force"])
    assert result.exit_code == 0, result.output
    assert (in_tmp / "out.yaml").read_text(encoding="utf-8").startswith("# Self-assessment against")


def test_import_says_the_unrated_rows_once_as_validate_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    blank = ["workbook", "export", "--org", "NHS Test ICB", "--code", "QXX", "--period", "2024/25"]
    assert runner.invoke(app, [*blank, "-o", "book.xlsx"]).exit_code == 0
    short = runner.invoke(app, ["workbook", "import", "book.xlsx", "-o", "a.yaml"]).stdout.splitlines()
    unrated = [line for line in short if " not-assessed: " in line]
    assert len(unrated) == 1
    assert unrated[0].startswith("book.xlsx:2:1: warning not-assessed: ")
    assert "deliverables not yet rated: joint-governance, " in unrated[0]
    assert unrated[0].endswith("(run with --verbose to list them)")
    every = runner.invoke(app, ["workbook", "import", "book.xlsx", "-o", "b.yaml", "--verbose"]).stdout
    assert every.count(" not-assessed: Ratings!A") > 8


def test_import_over_an_init_file_keeps_its_comments(roadmap: Roadmap, in_tmp: Path) -> None:
    """The Success markers init writes as comments survive `workbook import --force` onto the file."""
    assert runner.invoke(app, ["init", *BLANK, "-o", "a.yaml"]).exit_code == 0
    before = Path("a.yaml").read_text(encoding="utf-8")
    assert runner.invoke(app, ["workbook", "export", "a.yaml", "-o", "a.xlsx"]).exit_code == 0
    book = openpyxl.load_workbook("a.xlsx")
    sheet = book["Ratings"]
    rows = rows_by_id(sheet)
    for column, value in {6: "3 - Partially in place", 7: "Minutes.\nSecond: line", 8: "1, 2"}.items():
        sheet.cell(row=rows["joint-governance"], column=column, value=value)
    sheet.cell(row=rows["model-design-coproduced"], column=6, value=2)
    sheet.cell(row=rows["model-design-coproduced"], column=7, value="yes")  # read as true by YAML 1.1
    book.save("a.xlsx")
    result = runner.invoke(app, ["workbook", "import", "a.xlsx", "-o", "a.yaml", "--force"])
    assert result.exit_code == 0, result.output
    after = Path("a.yaml").read_text(encoding="utf-8")
    comments = [line.strip() for line in before.splitlines() if line.lstrip().startswith("#")]
    assert len(comments) > 300
    assert [line.strip() for line in after.splitlines() if line.lstrip().startswith("#")] == comments
    assert len(after.splitlines()) >= len(before.splitlines())
    assert 'evidence: "yes"' in after
    loaded = load_assessment(Path("a.yaml"), roadmap)
    assert loaded.assessment is not None
    governance = loaded.assessment.deliverables["joint-governance"]
    assert (governance.rating, governance.evidence, governance.success_met) == (
        3,
        "Minutes.\nSecond: line",
        (1, 2),
    )
    # Importing the same workbook again changes nothing.
    assert runner.invoke(app, ["workbook", "import", "a.xlsx", "-o", "a.yaml", "--force"]).exit_code == 0
    assert Path("a.yaml").read_text(encoding="utf-8") == after


def test_import_over_a_file_that_is_no_assessment_writes_afresh(roadmap: Roadmap, in_tmp: Path) -> None:
    assert runner.invoke(app, ["workbook", "export", str(NORTH_RIVERSIDE), "-o", "b.xlsx"]).exit_code == 0
    Path("b.yaml").write_text("- a list\n- not an assessment\n", encoding="utf-8")
    result = runner.invoke(app, ["workbook", "import", "b.xlsx", "-o", "b.yaml", "--force"])
    assert result.exit_code == 0, result.output
    assert "not an assessment" not in Path("b.yaml").read_text(encoding="utf-8")
    assert (
        load_assessment(Path("b.yaml"), roadmap).assessment
        == load_assessment(NORTH_RIVERSIDE, roadmap).assessment
    )
