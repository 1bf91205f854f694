"""The HTML pages on paper and on a phone: A4 print order, and no sideways scrolling at 320 CSS px.

Needs Chromium; without it these tests skip (or fail in CI), as the accessibility tests do.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from cmhroadmap.assessment.priorities import rank_priorities
from cmhroadmap.roadmap.graph import DependencyGraph
from cmhroadmap.roadmap.roadmap import Roadmap
from tests.browser import page_width, print_to_pdf, require_chromium
from tests.conftest import REPO
from tests.report_fixtures import assessed, benchmarked, compared, rendered

# Headless Chromium: left out of `make test-fast`.
pytestmark = pytest.mark.browser

NORTH_RIVERSIDE = REPO / "assessments" / "north-riverside" / "2023-24.yaml"


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text).split()).lower()


@pytest.fixture(scope="module")
def chromium() -> str:
    return require_chromium()


@pytest.fixture(scope="module")
def printed(roadmap: Roadmap, chromium: str, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The North Riverside report printed to A4: the words of each page."""
    work = tmp_path_factory.mktemp("print")
    page = work / "report.html"
    page.write_text(rendered(NORTH_RIVERSIDE, roadmap, "html"), encoding="utf-8")
    print_to_pdf(page, chromium, work / "report.pdf")
    return [_words(p.extract_text() or "") for p in PdfReader(work / "report.pdf").pages]


def test_the_top_five_priorities_are_on_the_first_two_printed_pages(
    printed: list[str], roadmap: Roadmap, graph: DependencyGraph
) -> None:
    result, _ = assessed(NORTH_RIVERSIDE, roadmap)
    top = [roadmap[p.id].title for p in rank_priorities(result.ratings, graph)[:5]]
    first_two = " ".join(printed[:2])
    for title in top:
        assert _words(title) in first_two, f"{title!r} is not on the first two printed pages"
    # And the rest of the plan is not: the summary comes first, the detail after it.
    assert "at a glance" in printed[0]
    assert "every deliverable in detail" not in first_two


def test_printed_pages_carry_the_organisation_period_and_page_numbers(printed: list[str]) -> None:
    count = len(printed)
    assert count > 3
    for number, text in enumerate(printed, start=1):
        assert _words("NHS North Riverside Integrated Care Board, 2023/24") in text, number
        assert f"page {number} of {count}" in text, number


@pytest.mark.parametrize("kind", ["report", "trajectory", "benchmark", "mini-report"])
def test_no_page_scrolls_sideways_at_320_css_pixels(
    kind: str, roadmap: Roadmap, chromium: str, tmp_path: Path
) -> None:
    # WCAG 2.2 reflow (1.4.10): at 320 CSS px, nothing but the page's own width to scroll.
    if kind == "report":
        html = rendered(NORTH_RIVERSIDE, roadmap, "html")
    elif kind == "trajectory":
        html = compared(sorted(NORTH_RIVERSIDE.parent.glob("20??-??.yaml")), roadmap, "html")
    elif kind == "benchmark":
        html = benchmarked([REPO / "assessments"], roadmap, "html", "2023/24")
    else:
        html = rendered(REPO / "assessments" / "thames-estuary" / "2023-24.yaml", roadmap, "html")
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    measured = page_width(page, chromium, 320)
    assert measured["client"] <= 320
    assert measured["scroll"] <= measured["client"], f"wider than the screen: {measured['wide']}"


def test_the_width_check_finds_a_page_that_scrolls_sideways(chromium: str, tmp_path: Path) -> None:
    page = tmp_path / "wide.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>Wide</title></head><body>'
        '<table><tr><td style="white-space:nowrap">' + "word " * 80 + "</td></tr></table></body></html>",
        encoding="utf-8",
    )
    measured = page_width(page, chromium, 320)
    assert measured["scroll"] > 320
    assert any(name.startswith("td") for name in measured["wide"])
