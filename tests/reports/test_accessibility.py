"""The HTML report passes axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules in headless Chromium.

Needs Chromium and axe-core (`make axe`); without them these tests skip, saying what to install,
except in CI (CI=true), where .ci/run installs both and a missing one fails the tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.roadmap import Roadmap
from tests import browser
from tests.browser import AXE_ENV, AXE_TAGS, describe_violations, require_axe, require_chromium, run_axe
from tests.conftest import DATA, EXAMPLES, REPO
from tests.report_fixtures import benchmarked, compared, papered, rendered

# Headless Chromium: left out of `make test-fast`.
pytestmark = pytest.mark.browser

MINI_FILE = DATA / "valid" / "assessment" / "mini-complete.yaml"
# A desktop window, and the 320 CSS pixels that WCAG's reflow criterion (1.4.10) is written for.
WIDTHS = [1280, 320]


@pytest.fixture(scope="module")
def mini() -> Roadmap:
    result = load_roadmap(DATA / "roadmaps" / "mini")
    assert result.roadmap is not None, result.problems
    return result.roadmap


@pytest.fixture(scope="module")
def tools() -> tuple[str, Path]:
    return require_chromium(), require_axe()


def check(html: str, tmp_path: Path, tools: tuple[str, Path], width: int) -> dict[str, Any]:
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    results = run_axe(page, *tools, width=width)
    assert results["runOnly"]["values"] == list(AXE_TAGS)
    assert results["passes"], "axe-core reported no passing rules, so it cannot have checked the page"
    assert not results["violations"], (
        f"axe-core {results['engine']['version']} found accessibility violations at {width}px wide:\n"
        + describe_violations(results["violations"])
    )
    if width >= 1280:
        # "Needs review" for colour contrast would leave the 4.5:1 promise unchecked: on a desktop
        # window axe must be able to work out the colours of all the text.
        unchecked = [rule for rule in results["incomplete"] if rule["id"] == "color-contrast"]
        # axe cannot work out the background of SVG text; the chart's colour pairs are checked by
        # test_chart_colours_have_enough_contrast instead.
        for rule in unchecked:
            rule["nodes"] = [n for n in rule["nodes"] if not str(n["target"][0]).startswith("text")]
        unchecked = [rule for rule in unchecked if rule["nodes"]]
        assert not unchecked, "axe-core could not check colour contrast:\n" + describe_violations(unchecked)
    return results


@pytest.mark.parametrize("width", WIDTHS)
def test_mini_report_has_no_axe_violations(
    mini: Roadmap, tools: tuple[str, Path], tmp_path: Path, width: int
) -> None:
    results = check(rendered(MINI_FILE, mini, "html"), tmp_path, tools, width)
    # The rules that matter most for this page really ran and passed.
    assert {"color-contrast", "document-title", "html-has-lang", "bypass", "link-name"} <= set(
        results["passes"]
    )


# The examples share the mini report's templates, so a desktop width is enough for them.
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_bundled_example_report_has_no_axe_violations(
    roadmap: Roadmap, tools: tuple[str, Path], tmp_path: Path, path: Path
) -> None:
    results = check(rendered(path, roadmap, "html"), tmp_path, tools, 1280)
    assert "color-contrast" in results["passes"]


@pytest.mark.parametrize("width", WIDTHS)
def test_trajectory_report_has_no_axe_violations(
    roadmap: Roadmap, tools: tuple[str, Path], tmp_path: Path, width: int
) -> None:
    html = compared(sorted((REPO / "assessments" / "north-riverside").glob("*.yaml")), roadmap, "html")
    results = check(html, tmp_path, tools, width)
    assert "svg-img-alt" in results["passes"]


@pytest.mark.parametrize("width", WIDTHS)
def test_benchmark_report_has_no_axe_violations(
    roadmap: Roadmap, tools: tuple[str, Path], tmp_path: Path, width: int
) -> None:
    html = benchmarked([REPO / "assessments"], roadmap, "html", "2023/24")
    check(html, tmp_path, tools, width)


def test_axe_finds_violations_when_there_are_some(tools: tuple[str, Path], tmp_path: Path) -> None:
    # The check is only worth something if a page with known faults fails it.
    page = tmp_path / "faulty.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Faulty</title></head><body><main><h1>Faulty</h1>"
        '<p style="color:#aaa;background:#fff">Pale text</p><a href="#x"></a></main></body></html>',
        encoding="utf-8",
    )
    results = run_axe(page, *tools)
    found = {rule["id"] for rule in results["violations"]}
    assert {"html-has-lang", "color-contrast", "link-name"} <= found, describe_violations(
        results["violations"]
    )


@pytest.mark.parametrize(("ci", "outcome"), [("true", pytest.fail.Exception), ("", pytest.skip.Exception)])
def test_missing_tools_skip_the_tests_except_in_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ci: str, outcome: type[BaseException]
) -> None:
    monkeypatch.setenv("CI", ci)
    monkeypatch.setenv(AXE_ENV, str(tmp_path / "absent" / "axe.min.js"))
    monkeypatch.setattr(browser, "find_chromium", lambda: None)
    with pytest.raises(outcome, match=r"axe-core not found .* install it with `make axe`"):
        require_axe()
    with pytest.raises(outcome, match=r"Chromium not found .* apt-get install .* chromium"):
        require_chromium()


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_chart_colours_have_enough_contrast() -> None:
    from cmhroadmap.reports.chart import COLOURS, TEXT_ON

    for key, fill in COLOURS.items():
        light, dark = sorted((_luminance(fill), _luminance(TEXT_ON[key])))
        assert (dark + 0.05) / (light + 0.05) >= 4.5, key


@pytest.mark.parametrize("width", WIDTHS)
def test_board_paper_has_no_axe_violations(
    roadmap: Roadmap, tools: tuple[str, Path], tmp_path: Path, width: int
) -> None:
    html = papered(REPO / "assessments" / "north-riverside" / "2023-24.yaml", roadmap, "html")
    assert isinstance(html, str)
    results = check(html, tmp_path, tools, width)
    assert {"document-title", "html-has-lang", "th-has-data-cells"} <= set(results["passes"])
