"""The -o rules of every command that writes one file: `-o -` prints; an extension must fit the format."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cmhroadmap.cli import app
from tests.conftest import REPO

runner = CliRunner()
EXAMPLE = str(REPO / "assessments" / "north-riverside" / "2023-24.yaml")
EARLIER = str(REPO / "assessments" / "north-riverside" / "2022-23.yaml")
EXAMPLES = str(REPO / "assessments")
INIT = ["init", "--org", "NHS Test ICB", "--code", "QXX", "--period", "2024/25"]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["report", EXAMPLE, "--format", "html", "-o", "x.csv"],
            "x.csv names a CSV file, but --format html",
        ),
        (
            ["report", EXAMPLE, "-o", "x.xlsx"],
            "x.xlsx names an Excel workbook, but a report is",
        ),
        (
            ["export", EXAMPLES, "-o", "e.xlsx"],
            "e.xlsx names an Excel workbook, but the export",
        ),
        (["export", EXAMPLES, "--format", "json", "-o", "e.csv"], "names a CSV file, but --format json"),
        ([*INIT, "-o", "i.xlsx"], "i.xlsx names an Excel workbook, but an assessment"),
        (
            ["schema", "assessment", "-o", "s.yaml"],
            "s.yaml names a YAML file, but a JSON Schema",
        ),
        (["compare", EARLIER, EXAMPLE, "-o", "c.csv"], "-o c.csv names a CSV file, but a trajectory"),
        (
            ["benchmark", EXAMPLES, "--period", "2023/24", "-o", "b.json"],
            "b.json names a JSON file, but a",
        ),
        (["workbook", "export", EXAMPLE, "-o", "w.yaml"], "-o w.yaml names a YAML file, but the workbook"),
        (
            ["workbook", "import", "w.xlsx", "-o", "a.csv"],
            "a.csv names a CSV file, but an assessment",
        ),
        (["explain", "-o", "p.html"], "-o p.html names an HTML page, but the explanation is written as"),
    ],
    ids=lambda value: value[0] if isinstance(value, list) else "",
)
def test_an_extension_that_contradicts_the_format_is_a_usage_error(
    args: list[str], said: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert said in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "starts"),
    [
        (["report", EXAMPLE, "-o", "-"], "# Community mental health transformation"),
        (["report", EXAMPLE, "--format", "html", "-o", "-"], "<!DOCTYPE html>"),
        (["export", EXAMPLES, "-o", "-"], "organisation,code,period"),
        (["export", EXAMPLES, "--format", "json", "-o", "-"], "["),
        ([*INIT, "-o", "-"], "#"),
        (["schema", "assessment", "-o", "-"], "{"),
        (["compare", EARLIER, EXAMPLE, "--format", "markdown", "-o", "-"], "#"),
        (
            ["benchmark", EXAMPLES, "--period", "2023/24", "--format", "csv", "-o", "-"],
            "period,ratings_basis,",
        ),
        (["explain", "yaml-merge", "-o", "-"], "yaml-merge (error)"),
    ],
    ids=lambda value: value[0] if isinstance(value, list) else "",
)
def test_dash_o_dash_prints_to_standard_output(
    args: list[str], starts: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(starts)
    # Printed, a CSV has no byte-order mark; no file called "-" is left behind.
    assert not result.stdout.startswith("\ufeff")
    assert list(tmp_path.iterdir()) == []


def test_workbook_import_dash_o_dash_prints_the_assessment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["workbook", "export", EXAMPLE, "-o", "w.xlsx"]).exit_code == 0
    result = runner.invoke(app, ["workbook", "import", "w.xlsx", "-o", "-"])
    assert result.exit_code == 0, result.output  # the example has warnings only
    assert "organisation:" in result.stdout
    assert "Wrote" not in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["w.xlsx"]


def test_a_workbook_cannot_be_printed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["workbook", "export", EXAMPLE, "-o", "-"])
    assert result.exit_code == 2
    assert "-o - would print an Excel workbook to the terminal, which cannot show it" in result.stderr
    assert "give a file name ending .xlsx" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_every_csv_file_starts_with_its_byte_order_mark(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["export", EXAMPLES, "-o", "e.csv"]).exit_code == 0
    assert runner.invoke(app, ["benchmark", EXAMPLES, "--period", "2023/24", "-o", "b.csv"]).exit_code == 0
    assert runner.invoke(app, ["publish", EXAMPLES, "-o", "site"]).exit_code == 0
    for path in (tmp_path / "e.csv", tmp_path / "b.csv", tmp_path / "site" / "data" / "ratings.csv"):
        assert path.read_bytes().startswith(b"\xef\xbb\xbf"), path
    assert not (tmp_path / "site" / "data" / "ratings.json").read_bytes().startswith(b"\xef\xbb\xbf")
