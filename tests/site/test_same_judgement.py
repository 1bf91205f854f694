"""The report, the site and compare say the same about one system and period: one basis everywhere."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from cmhroadmap.cli import app
from tests.conftest import REPO

RIVERSIDE = REPO / "assessments" / "north-riverside"


def _glance(html: str) -> str:
    """The At a glance section's text, links and tags left out."""
    section = html[html.index('<section class="glance"') : html.index("</section>")]
    return " ".join(re.sub(r"<[^>]+>", " ", section).split())


def test_report_and_site_show_the_same_at_a_glance(published: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(RIVERSIDE / "2023-24.yaml"), "-o", str(report)])
    assert result.exit_code == 0, result.output
    ours = _glance(report.read_text(encoding="utf-8"))
    pages = [p for p in published.rglob("*.html") if "XA1" in p.as_posix() and "2023-24" in p.name]
    assert pages, sorted(p.relative_to(published).as_posix() for p in published.rglob("*.html"))
    theirs = _glance(pages[0].read_text(encoding="utf-8"))
    assert ours == theirs
    assert "Ratings used: validated ratings where a validator rated the deliverable" in ours
    assert "0 of the 43 deliverables in scope are in place" in ours
    assert "Since 2022/23: 33 ratings rose" in ours


def test_compare_counts_agree_with_the_report() -> None:
    files = [str(RIVERSIDE / "2022-23.yaml"), str(RIVERSIDE / "2023-24.yaml")]
    compared = CliRunner().invoke(app, ["compare", *files, "--format", "markdown"]).output
    reported = CliRunner().invoke(app, ["report", files[1]]).output
    assert "| 4 Fully in place | 0 | 0 |" in compared
    assert "| 3 Partially in place | 5 | 30 |" in compared
    assert "3 Partially in place: 30; 4 Fully in place: 0" in reported
    assert (
        "Joint governance with ICB oversight | 3 | 3 | Unchanged | target 4 by 2024-03-31: missed" in compared
    )
