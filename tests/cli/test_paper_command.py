"""`paper` as a board's author runs it: the format from the extension, the attachment, usage errors."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from docx import Document
from typer.testing import CliRunner

from cmhroadmap.cli import app
from tests.conftest import REPO

runner = CliRunner()
NORTH_RIVERSIDE = REPO / "assessments" / "north-riverside"


def copied(tmp_path: Path) -> Path:
    """North Riverside's files (both years and the validation) in a folder of the test's own."""
    folder = tmp_path / "north-riverside"
    shutil.copytree(NORTH_RIVERSIDE, folder)
    return folder / "2023-24.yaml"


def test_word_paper_from_the_extension_with_the_report_beside_it(tmp_path: Path) -> None:
    source = copied(tmp_path)
    target = tmp_path / "papers" / "board.docx"
    result = runner.invoke(
        app,
        [
            "paper",
            str(source),
            "-o",
            str(target),
            "--with-report",
            "--meeting",
            "ICB Board",
            "--date",
            "2024-05-21",
        ],
    )
    assert result.exit_code == 0, result.output
    report = tmp_path / "papers" / "board-gap-report.html"
    assert sorted(p.name for p in target.parent.iterdir()) == ["board-gap-report.html", "board.docx"]
    assert report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    document = Document(io.BytesIO(target.read_bytes()))
    rows = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert rows["List of attachments"] == "Appendix A: the full gap report (board-gap-report.html)"
    assert rows["Meeting"] == "ICB Board"
    assert rows["Date"] == "21 May 2024"
    # By default the validated ratings count where the validation beside the file gives them.
    assert rows["Ratings used"].startswith("Validated ratings")
    assert f"Wrote {target}" in result.stderr


def test_markdown_and_html_from_the_extension(tmp_path: Path) -> None:
    source = copied(tmp_path)
    for name, start in (("p.md", "# Community"), ("p.html", "<!DOCTYPE html>")):
        result = runner.invoke(app, ["paper", str(source), "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(start)


def test_own_ratings_on_request(tmp_path: Path) -> None:
    result = runner.invoke(app, ["paper", str(copied(tmp_path)), "--own-ratings"])
    assert result.exit_code == 0, result.output
    assert "| **Ratings used** | The system's own ratings only, as asked (--own-ratings)" in result.output


def test_never_writes_over_the_previous_periods_file(tmp_path: Path) -> None:
    source = copied(tmp_path)
    earlier = source.with_name("2022-23.yaml")
    before = earlier.read_bytes()
    result = runner.invoke(app, ["paper", str(source), "-o", str(earlier), "--force"])
    assert result.exit_code == 2
    assert earlier.read_bytes() == before


def test_word_cannot_be_printed() -> None:
    result = runner.invoke(app, ["paper", str(NORTH_RIVERSIDE / "2023-24.yaml"), "--format", "docx"])
    assert result.exit_code == 2
    assert "a Word document cannot be printed; name the file to write, such as -o paper.docx" in result.stderr


def test_a_bad_date_is_a_usage_error_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "p.docx"
    result = runner.invoke(
        app, ["paper", str(NORTH_RIVERSIDE / "2023-24.yaml"), "-o", str(target), "--date", "21/05/2024"]
    )
    assert result.exit_code == 2
    assert "--date must be a date written YYYY-MM-DD, such as 2024-05-21; got '21/05/2024'" in result.stderr
    assert not target.exists()


def test_an_existing_report_beside_it_needs_force(tmp_path: Path) -> None:
    source = copied(tmp_path)
    (tmp_path / "p-gap-report.html").write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["paper", str(source), "-o", str(tmp_path / "p.docx"), "--with-report"])
    assert result.exit_code == 2
    assert "p-gap-report.html already exists; add --force to replace it" in result.stderr
    assert (tmp_path / "p-gap-report.html").read_text(encoding="utf-8") == "mine"
    assert not (tmp_path / "p.docx").exists()


def test_with_report_needs_a_file() -> None:
    result = runner.invoke(app, ["paper", str(NORTH_RIVERSIDE / "2023-24.yaml"), "--with-report"])
    assert result.exit_code == 2
    assert "--with-report writes the gap report beside the paper" in result.stderr


def test_a_file_with_errors_gets_its_problems_and_no_paper(tmp_path: Path) -> None:
    source = tmp_path / "bad.yaml"
    text = (NORTH_RIVERSIDE / "2023-24.yaml").read_text(encoding="utf-8")
    source.write_text(text.replace("rating: 4", "rating: 5", 1), encoding="utf-8")
    target = tmp_path / "p.docx"
    result = runner.invoke(app, ["paper", str(source), "-o", str(target)])
    assert result.exit_code == 1
    assert "error invalid-rating" in result.stderr
    assert not target.exists()


def test_a_file_name_that_is_no_paper_format_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "board.pdf"
    result = runner.invoke(app, ["paper", str(NORTH_RIVERSIDE / "2023-24.yaml"), "-o", str(target)])
    assert result.exit_code == 2
    assert (
        "-o board.pdf: a paper is written as a Markdown file (.md), an HTML page (.html) or a Word "
        "document (.docx); end the file name with one of these" in result.stderr
    )
    assert not target.exists()
