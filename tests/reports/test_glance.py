"""The report's "At a glance" summary: what moved, problems in words, and rendering it alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cmhroadmap.assessment.previous import previous_beside, previous_period
from cmhroadmap.cli import app
from cmhroadmap.reports.glance_view import build_glance
from cmhroadmap.reports.rendering import css_string, render
from cmhroadmap.roadmap.roadmap import Roadmap
from tests.conftest import REPO
from tests.report_fixtures import assessed, rendered

RIVERSIDE = REPO / "assessments" / "north-riverside"
LOCATION = re.compile(r"\.ya?ml:\d+:\d+")


def test_previous_period() -> None:
    assert previous_period("2023/24") == "2022/23"
    assert previous_period("2000/01") == "1999/00"
    assert previous_period("next year") is None


def test_the_glance_says_what_moved_since_last_period_beside_the_file(roadmap: Roadmap) -> None:
    result, _ = assessed(RIVERSIDE / "2023-24.yaml", roadmap)
    previous = previous_beside(RIVERSIDE / "2023-24.yaml", result.loaded, roadmap)
    assert previous is not None
    assert previous.assessment is not None
    assert previous.assessment.period == "2022/23"
    assert previous.ratings is not None
    # Counted independently from the two files' ratings.
    now, then = result.ratings, previous.ratings
    pairs = {i.id: (then.effective[i.id], now.effective[i.id]) for i in roadmap if now.in_scope(i.id)}
    known = {key: (a, b) for key, (a, b) in pairs.items() if a is not None and b is not None}
    rose = [key for key, (a, b) in known.items() if b > a]
    fell = [key for key, (a, b) in known.items() if b < a]
    glance = build_glance(result, then)
    assert glance.movement is not None
    assert glance.movement.startswith(f"Since 2022/23: {len(rose)} ratings rose, {len(fell)} fell (")
    assert all(roadmap[i].title in glance.movement for i in fell)


def test_no_movement_without_an_earlier_file(roadmap: Roadmap) -> None:
    result, _ = assessed(RIVERSIDE / "2022-23.yaml", roadmap)
    assert previous_beside(RIVERSIDE / "2022-23.yaml", result.loaded, roadmap) is None
    assert (
        "Since " not in rendered(RIVERSIDE / "2022-23.yaml", roadmap, "markdown").split("## Improvement")[0]
    )


def test_another_organisations_file_is_not_taken_for_last_period(roadmap: Roadmap, tmp_path: Path) -> None:
    (tmp_path / "2023-24.yaml").write_bytes((RIVERSIDE / "2023-24.yaml").read_bytes())
    other = (REPO / "assessments" / "thames-estuary" / "2022-23.yaml").read_bytes()
    (tmp_path / "2022-23.yaml").write_bytes(other)
    result, _ = assessed(tmp_path / "2023-24.yaml", roadmap)
    assert previous_beside(tmp_path / "2023-24.yaml", result.loaded, roadmap) is None


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_problems_reach_the_board_in_words_never_as_checker_lines(roadmap: Roadmap, fmt: str) -> None:
    text = rendered(REPO / "assessments" / "coastal-downs" / "2023-24.yaml", roadmap, fmt)
    assert not LOCATION.search(text)
    assert "3 ratings give no evidence." in text
    assert "2 ratings run ahead of what they rely upon by 2 levels or more." in text


def test_the_glance_renders_alone_for_other_pages(roadmap: Roadmap) -> None:
    result, _ = assessed(RIVERSIDE / "2023-24.yaml", roadmap)
    glance = build_glance(result)
    html = render("_glance.html", g=glance)
    assert html.lstrip().startswith('<section class="glance" id="glance"')
    assert html.count("<li><a href=") == 5
    for item in glance.priorities:
        assert item.title in html
    assert "## At a glance" in render("_glance.md", g=glance)


def test_css_string_cannot_end_the_string_or_the_style_element() -> None:
    value = str(css_string('Trust "A" </style><script>x</script> \\ end'))
    inner = value[1:-1]
    assert value[0] == value[-1] == '"'
    assert not set(inner) & set("\"'<>/;{}")
    assert inner.startswith("Trust \\000022 A")


def test_report_top_option_sets_the_plan_length() -> None:
    result = CliRunner().invoke(app, ["report", str(RIVERSIDE / "2023-24.yaml"), "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "## Improvement plan: the top 3 priorities" in result.output
    assert (
        result.output.count("\n### ")
        - result.output.split("## Deliverables at each level")[1].count("\n### ")
        == 3
    )
    assert "| 4 | [" in result.output  # the fourth priority is in the compact table


@pytest.mark.parametrize(
    "path", sorted((REPO / "assessments").glob("*/20??-??.yaml")), ids=lambda p: p.parent.name
)
def test_the_markdown_diagram_stays_readable(roadmap: Roadmap, path: Path) -> None:
    text = rendered(path, roadmap, "markdown")
    diagram = text.split("```mermaid\n", 1)[1].split("```", 1)[0]
    nodes = [line for line in diagram.splitlines() if '["' in line]
    assert 0 < len(nodes) <= 20
    result, _ = assessed(path, roadmap)
    for priority in result.priorities[:5]:
        assert f"{roadmap[priority.id].title}<br/>" in diagram
