"""Every kind of page of a published site in headless Chromium: axe-core, reflow at 320 px, no requests.

Needs Chromium and axe-core (`make axe`); without them these tests skip, except in CI.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

from tests.browser import load, require_chromium
from tests.reports.test_accessibility import check

# Headless Chromium: left out of `make test-fast`.
pytestmark = pytest.mark.browser

# One page of each kind the site has.
PAGE_KINDS = {
    "index": "index.html",
    "system": "systems/XA1/index.html",
    "report": "systems/XA1/2023-24.html",
    "trajectory": "systems/XA1/trajectory.html",
    "deliverable": "deliverables/joint-governance.html",
    "method": "method.html",
    "downloads": "downloads.html",
}
_WIDTHS = re.compile(r'<pre id="widths">(\d+) (\d+)</pre>')
# Headless Chromium will not make its window narrower than 500 px, so the page is measured in a
# frame of the width asked for: how wide the page is, and how wide the frame's window.
_FRAME = """<!DOCTYPE html><html lang="en"><head><title>Measuring</title></head><body>
<iframe id="page" title="page" src="%(src)s" style="width: %(width)dpx; height: 900px; border: 0"></iframe>
<script>document.getElementById("page").addEventListener("load", function () {
  var inner = this.contentWindow, p = document.createElement("pre");
  p.id = "widths"; p.textContent = inner.document.documentElement.scrollWidth + " " + inner.innerWidth;
  document.body.appendChild(p); });</script></body></html>"""


AXE_CASES = [pytest.param(kind, width) for kind in PAGE_KINDS for width in (1280, 320)]


@pytest.mark.parametrize(("kind", "width"), AXE_CASES)
def test_every_kind_of_page_has_no_axe_violations(
    published: Path, tools: tuple[str, Path], tmp_path: Path, kind: str, width: int
) -> None:
    check((published / PAGE_KINDS[kind]).read_text(encoding="utf-8"), tmp_path, tools, width)


def page_width(chromium: str, page: Path, width: int) -> tuple[int, int]:
    """The page's scrollWidth and its window's inner width, in a frame `width` pixels wide."""
    frame = page.parent / "measure-frame.html"
    frame.write_text(_FRAME % {"src": page.name, "width": width}, encoding="utf-8")
    try:
        dom = load(chromium, frame, "--allow-file-access-from-files", budget_ms=5_000, timeout=60).dom
    finally:
        frame.unlink()
    found = _WIDTHS.search(dom)
    assert found is not None, f"the page was not measured: {dom[-500:]}"
    return int(found.group(1)), int(found.group(2))


def test_the_reflow_check_finds_a_page_wider_than_the_window(tmp_path: Path) -> None:
    chromium = require_chromium()
    page = tmp_path / "wide.html"
    page.write_text('<!DOCTYPE html><html lang="en"><body><div style="width:600px">Wide</div></body></html>')
    scroll, window = page_width(chromium, page, 320)
    assert scroll > window == 320


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_every_kind_of_page_reflows_at_320_pixels(published: Path, tmp_path: Path, kind: str) -> None:
    chromium = require_chromium()
    copy = tmp_path / "site"
    shutil.copytree(published, copy)
    scroll, window = page_width(chromium, copy / PAGE_KINDS[kind], 320)
    # Wide grids scroll inside their own box; the page itself never scrolls sideways.
    assert scroll <= window <= 320, f"the {kind} page is {scroll}px wide in a {window}px window"


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_chromium_makes_no_request_for_any_kind_of_page(published: Path, kind: str) -> None:
    chromium = require_chromium()
    loaded = load(chromium, published / PAGE_KINDS[kind], budget_ms=5_000, timeout=60)
    assert "<h1>" in loaded.dom
    assert loaded.requests == [], f"loading the {kind} page made requests: {loaded.requests}"


# Every word in a table cell, in a frame 320 px wide: a word whose pieces sit on different lines was
# broken inside it ("Pe/rio/d", "Parti/ally"); a break after a hyphen is a break between words.
_WORDS = """<!DOCTYPE html><html lang="en"><head><title>Words</title></head><body>
<iframe id="page" title="page" src="%(src)s" style="width: 320px; height: 900px; border: 0"></iframe>
<script>document.getElementById("page").addEventListener("load", function () {
  var doc = this.contentWindow.document, broken = [];
  var walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    var node = walker.currentNode, text = node.textContent, re = /[^\\s\\-]+/g, m;
    var parent = node.parentElement;
    if (!parent.closest("td, th, caption") || parent.closest(".visually-hidden")) continue;
    while ((m = re.exec(text)) !== null) {
      var range = doc.createRange(); range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
      var tops = new Set(Array.from(range.getClientRects()).map(function (r) { return Math.round(r.top); }));
      if (tops.size > 1) broken.push(m[0]);
    }
  }
  var p = document.createElement("pre"); p.id = "broken"; p.textContent = JSON.stringify(broken);
  document.body.appendChild(p); });</script></body></html>"""


def test_a_deliverable_page_at_320_pixels_breaks_no_word_inside_it(published: Path, tmp_path: Path) -> None:
    chromium = require_chromium()
    copy = tmp_path / "site"
    shutil.copytree(published, copy)
    page = copy / PAGE_KINDS["deliverable"]
    frame = page.parent / "words-frame.html"
    frame.write_text(_WORDS % {"src": page.name}, encoding="utf-8")
    dom = load(chromium, frame, "--allow-file-access-from-files", budget_ms=5_000, timeout=60).dom
    found = re.search(r'<pre id="broken">(.*?)</pre>', dom, re.DOTALL)
    assert found is not None, f"the page was not measured: {dom[-500:]}"
    assert html.unescape(found.group(1)) == "[]"
