"""`report` as a user runs it: formats, output files written atomically, never over an input."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cmhroadmap.cli import app
from tests.conftest import DATA, REPO

runner = CliRunner()
MINI = str(DATA / "roadmaps" / "mini")
CLEAN = DATA / "valid" / "assessment" / "mini-complete.yaml"


def test_markdown_to_standard_output() -> None:
    result = runner.invoke(app, ["report", "--roadmap", MINI, str(CLEAN)])
    assert result.exit_code == 0
    assert result.output.startswith("# Community mental health transformation: self-assessment\n")


def test_html_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    result = runner.invoke(
        app, ["report", "--roadmap", MINI, str(CLEAN), "--format", "html", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary file left


def test_generated_time_follows_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1712050200")
    result = runner.invoke(app, ["report", "--roadmap", MINI, str(CLEAN)])
    assert "| Generated | 2024-04-02 09:30 UTC by cmhroadmap" in result.output


def test_refuses_to_write_over_the_assessment(tmp_path: Path) -> None:
    source = tmp_path / "a.yaml"
    source.write_bytes(CLEAN.read_bytes())
    result = runner.invoke(app, ["report", "--roadmap", MINI, str(source), "-o", str(source)])
    assert result.exit_code == 2
    assert "is one of the input files" in result.output
    assert source.read_bytes() == CLEAN.read_bytes()


def test_missing_output_folders_are_made_and_named(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deeper" / "r.md"
    result = runner.invoke(app, ["report", "--roadmap", MINI, str(CLEAN), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert f"Made the folder {tmp_path / 'new'}" in result.stderr
    assert target.read_text(encoding="utf-8").startswith("#")


def test_a_file_where_a_folder_should_be_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    result = runner.invoke(
        app, ["report", "--roadmap", MINI, str(CLEAN), "-o", str(tmp_path / "taken" / "r.md")]
    )
    assert result.exit_code == 2
    assert "cannot make the folder" in result.output
    assert "Traceback" not in result.output


def test_assessment_with_errors_gives_problems_and_no_report(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(CLEAN.read_text(encoding="utf-8").replace("rating: 1\n", "rating: 7\n"), encoding="utf-8")
    target = tmp_path / "r.md"
    result = runner.invoke(app, ["report", "--roadmap", MINI, str(bad), "-o", str(target)])
    assert result.exit_code == 1
    assert "error invalid-rating: rating 7 is not on the scale" in result.output
    assert not target.exists()


@pytest.mark.parametrize(
    ("command", "name", "starts"),
    [
        (["report", "assessments/north-riverside/2023-24.yaml"], "board.html", "<!DOCTYPE html>"),
        (["report", "assessments/north-riverside/2023-24.yaml"], "board.md", "# "),
        (["export", "assessments"], "all.json", "["),
        (["export", "assessments"], "all.csv", "\ufefforganisation,"),
        (["benchmark", "assessments", "--period", "2023/24"], "b.csv", "\ufeffperiod,"),
        (
            [
                "compare",
                "assessments/north-riverside/2022-23.yaml",
                "assessments/north-riverside/2023-24.yaml",
            ],
            "t.html",
            "<!DOCTYPE html>",
        ),
    ],
)
def test_the_output_file_extension_chooses_the_format(
    command: list[str], name: str, starts: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    target = tmp_path / name
    result = CliRunner().invoke(app, [*command, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith(starts)


def test_a_format_that_contradicts_the_extension_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    target = tmp_path / "board.html"
    result = CliRunner().invoke(
        app, ["report", "assessments/north-riverside/2023-24.yaml", "--format", "markdown", "-o", str(target)]
    )
    assert result.exit_code == 2
    assert (
        "-o board.html names an HTML page, but --format markdown writes a Markdown file; leave out "
        "--format, or end the file name .md" in result.stderr
    )
    assert not target.exists()


def test_dash_o_dash_prints_as_in_most_tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    example = str(REPO / "assessments" / "north-riverside" / "2023-24.yaml")
    result = CliRunner().invoke(app, ["report", example, "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Community mental health transformation")
    assert not (tmp_path / "-").exists()
