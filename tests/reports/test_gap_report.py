"""Gap reports: golden files for both formats, Markdown that hostile text cannot break, escaping.

Golden files live in tests/golden/. After a deliberate change to the report, rewrite them with
CMHROADMAP_UPDATE_EXPECTED=1 and review the diff.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from cmhroadmap.reports.rendering import md
from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.roadmap import Roadmap
from tests.conftest import DATA, EXAMPLES, REPO
from tests.report_fixtures import rendered

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
UPDATE = bool(os.environ.get("CMHROADMAP_UPDATE_EXPECTED"))
MINI_FILE = DATA / "valid" / "assessment" / "mini-complete.yaml"
HOSTILE = (
    'Pipe | in a cell\nsecond line <script>alert("x")</script> # not a heading '
    "*star* _under_ [link](http://evil.example) ![img](http://evil.example/x.png) `code` "
    "&amp; \x1b[31mred\x1b[0m ~~strike~~ <b>bold</b> {braces} \\ backslash"
)


@pytest.fixture(scope="module")
def mini() -> Roadmap:
    result = load_roadmap(DATA / "roadmaps" / "mini")
    assert result.roadmap is not None
    return result.roadmap


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path}; create it with CMHROADMAP_UPDATE_EXPECTED=1"
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} differs from its golden file; if the change is deliberate, rerun with "
        "CMHROADMAP_UPDATE_EXPECTED=1 and review the diff of tests/golden/"
    )


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_mini_golden(mini: Roadmap, fmt: str) -> None:
    check_golden(f"mini.{'md' if fmt == 'markdown' else 'html'}", rendered(MINI_FILE, mini, fmt))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: f"{p.parent.name}-{p.stem}")
@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_bundled_example_golden(roadmap: Roadmap, path: Path, fmt: str) -> None:
    name = f"{path.parent.name}-{path.stem}.{'md' if fmt == 'markdown' else 'html'}"
    check_golden(name, rendered(path, roadmap, fmt))


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_own_ratings_basis_golden(roadmap: Roadmap, fmt: str) -> None:
    path = REPO / "assessments" / "north-riverside" / "2023-24.yaml"
    text = rendered(path, roadmap, fmt, own_only=True)
    assert "own ratings only, as asked (--own-ratings)" in text
    check_golden(f"north-riverside-2023-24-own.{'md' if fmt == 'markdown' else 'html'}", text)


def hostile_copy(tmp_path: Path) -> Path:
    text = MINI_FILE.read_text(encoding="utf-8")
    quoted = (
        '"'
        + HOSTILE.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\x1b", "\\e")
        + '"'
    )
    text = text.replace("evidence: Board meets monthly.", f"evidence: {quoted}")
    text = text.replace("owner: Head of Eating Disorder Services", f"owner: {quoted}")
    text = text.replace("name: NHS Test ICB", f"name: {quoted}")
    target = tmp_path / "hostile.yaml"
    target.write_text(text, encoding="utf-8")
    return target


def test_markdown_tables_keep_their_shape_with_hostile_text(mini: Roadmap, tmp_path: Path) -> None:
    text = rendered(hostile_copy(tmp_path), mini, "markdown")
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    tables = 0
    widths: list[int] = []
    for token in tokens:
        if token.type == "table_open":
            tables += 1
            widths = []
        elif token.type == "tr_open":
            widths.append(0)
        elif token.type in ("th_open", "td_open"):
            widths[-1] += 1
        elif token.type == "table_close":
            assert len(set(widths)) == 1, f"table {tables} has rows of {widths} cells"
    assert tables >= 3
    html = MarkdownIt("commonmark").enable("table").render(text)
    assert "<script>" not in html
    assert "<b>bold</b>" not in html
    assert 'href="http://evil.example"' not in html
    assert "<img" not in html
    assert "\x1b" not in text
    # The hostile text is still all there for a reader, as text.
    assert "Pipe | in a cell second line &lt;script&gt;" in html


def test_html_escapes_hostile_text(mini: Roadmap, tmp_path: Path) -> None:
    html = rendered(hostile_copy(tmp_path), mini, "html")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "<b>bold</b>" not in html
    assert "\x1b" not in html


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a | b", r"a \| b"),
        ("# heading", r"\# heading"),
        ("1. item", r"1\. item"),
        ("- item", r"\- item"),
        ("<i>x</i>", "&lt;i&gt;x&lt;/i&gt;"),
        ("line\nbreak", "line break"),
        ("[x](y)", r"\[x\](y)"),
    ],
)
def test_md_escape(text: str, expected: str) -> None:
    assert md(text) == expected


def test_report_html_is_one_self_contained_file(mini: Roadmap) -> None:
    html = rendered(MINI_FILE, mini, "html")
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="en-GB">' in html
    assert html.count("<h1>") == 1
    assert '<a class="skip-link" href="#main">' in html
    assert "<script" not in html
    assert not re.search(r"<link\b", html)
    assert "@import" not in html
    assert "url(" not in html


def test_every_grid_cell_links_to_a_detail_section(mini: Roadmap) -> None:
    html = rendered(MINI_FILE, mini, "html")
    anchors = set(re.findall(r'href="#(d-[a-z0-9-]+)"', html))
    ids = set(re.findall(r'id="(d-[a-z0-9-]+)"', html))
    assert anchors
    assert anchors <= ids


def test_the_systems_own_rating_is_shown_beside_each_validated_one_that_differs(roadmap: Roadmap) -> None:
    path = REPO / "assessments" / "north-riverside" / "2023-24.yaml"
    text = rendered(path, roadmap, "markdown")
    # Three validated ratings differ (joint governance, PROMs, the eating disorder function).
    assert "(#d-joint-governance)<br>**3 Partially in place** (own rating: 4)" in text
    assert "(#d-proms-collection)<br>**2 Getting started** (own rating: 3)" in text
    assert "(#d-ed-dedicated-function)<br>**3 Partially in place** (own rating: 4)" in text
    assert "(#d-vcse-commissioning)<br>**3 Partially in place** |" in text  # validated, and agreeing
    assert (
        "### 4. Routine collection of PROMs using nationally recommended tools (2 Getting started; " in text
    )
    assert "(own rating:" not in rendered(path, roadmap, "markdown", own_only=True).split("## Independent")[0]
