"""The HTML report asks for nothing outside the file: no images, styles, scripts, fonts or frames.

Checked twice: statically, by reading every element and every piece of CSS, and, when Chromium is
present, by loading the report through a loopback proxy that records every connection made to it.
Links (<a href>) are navigation, not requests, and may point anywhere on the web.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.roadmap import Roadmap
from tests.browser import load, require_chromium
from tests.conftest import DATA, EXAMPLES
from tests.report_fixtures import rendered

MINI_FILE = DATA / "valid" / "assessment" / "mini-complete.yaml"

# Attributes that make a browser fetch something, whichever element carries them.
FETCHING_ATTRIBUTES = {"src", "srcset", "poster", "background", "manifest", "ping", "action", "formaction"}
# Elements that fetch or run something even without those attributes.
FETCHING_ELEMENTS = {"script", "iframe", "frame", "frameset", "embed", "object", "applet", "base", "portal"}
CSS_FETCH = re.compile(r"url\s*\(|@import|image-set\s*\(|\bsrc\s*\(", re.IGNORECASE)
LINK_SCHEMES = ("#", "https://", "http://", "mailto:")

FAULTY = """<!DOCTYPE html>
<html lang="en"><head><title>Faulty</title>
<link rel="stylesheet" href="https://example.invalid/style.css">
<link rel="icon" href="favicon.ico">
<style>@import "more.css"; body { background: URL(https://example.invalid/bg.png); }</style>
<script src="app.js"></script>
<meta http-equiv="refresh" content="5; url=https://example.invalid/">
</head><body>
<img src="http://example.invalid/x.png" alt="">
<img srcset="a.png 1x, b.png 2x" alt="">
<video poster="p.png"></video>
<object data="thing.svg"></object>
<p style="background-image: url('dot.png')">Styled</p>
<svg><image href="pic.png"/><use href="#inside"/></svg>
<a href="https://example.invalid/">A link, which is fine</a>
<a href="other.html">A link to a file beside this one</a>
</body></html>
"""


class ExternalReferences(HTMLParser):
    """Every reference in an HTML document that would make a browser fetch something."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        where = f"line {self.getpos()[0]}: <{tag}>"
        values = {name: value or "" for name, value in attrs}
        if tag in FETCHING_ELEMENTS:
            self.found.append(f"{where} element")
        for name, value in values.items():
            if name in FETCHING_ATTRIBUTES or (name == "data" and tag == "object"):
                self.found.append(f"{where} {name}={value!r}")
            elif name == "style" and CSS_FETCH.search(value):
                self.found.append(f"{where} style={value!r}")
        href = values.get("href", values.get("xlink:href"))
        if href is not None:
            if tag in {"a", "area"}:
                if not href.startswith(LINK_SCHEMES):
                    self.found.append(f"{where} href={href!r} is neither a fragment nor a web or mail link")
            elif not href.startswith("#"):  # <link>, and <image>/<use> in SVG, fetch what they name
                self.found.append(f"{where} href={href!r}")
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self.found.append(f"{where} refresh={values.get('content')!r}")
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            for match in CSS_FETCH.finditer(data):
                line = self.getpos()[0] + data.count("\n", 0, match.start())
                self.found.append(f"line {line}: <style> {data[match.start() : match.start() + 60]!r}")


def external_references(html: str) -> list[str]:
    parser = ExternalReferences()
    parser.feed(html)
    parser.close()
    return parser.found


@pytest.fixture(scope="module")
def mini() -> Roadmap:
    result = load_roadmap(DATA / "roadmaps" / "mini")
    assert result.roadmap is not None, result.problems
    return result.roadmap


def reports(mini: Roadmap, roadmap: Roadmap) -> list[tuple[str, str]]:
    return [("mini", rendered(MINI_FILE, mini, "html"))] + [
        (f"{path.parent.name}-{path.stem}", rendered(path, roadmap, "html")) for path in EXAMPLES
    ]


def test_the_static_check_finds_every_kind_of_external_reference() -> None:
    found = "\n".join(external_references(FAULTY))
    for expected in [
        "<link> href='https://example.invalid/style.css'",
        "<link> href='favicon.ico'",
        "<style> '@import",
        "<style> 'URL(",
        "<script> element",
        "<script> src='app.js'",
        "<meta> refresh=",
        "<img> src='http://example.invalid/x.png'",
        "<img> srcset=",
        "<video> poster=",
        "<object> element",
        "<object> data=",
        "<p> style=",
        "<image> href='pic.png'",
        "<a> href='other.html' is neither a fragment nor a web or mail link",
    ]:
        assert expected in found, f"{expected!r} not found in:\n{found}"
    assert "<a> href='https://" not in found  # a link out is navigation, not a request
    assert "#inside" not in found  # nor is a reference within the file


def test_reports_refer_to_nothing_outside_the_file(mini: Roadmap, roadmap: Roadmap) -> None:
    checked = 0
    for name, html in reports(mini, roadmap):
        assert external_references(html) == [], f"the {name} report refers to something outside the file"
        assert 'href="https://' in html or name == "mini"  # links out are present, and allowed
        checked += 1
    assert checked == 1 + len(EXAMPLES)


@pytest.mark.browser
def test_the_recording_proxy_sees_requests(tmp_path: Path) -> None:
    # The dynamic check is only honest if a page that does fetch something is caught.
    chromium = require_chromium()
    page = tmp_path / "faulty.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>Fetches</title>'
        '<link rel="stylesheet" href="https://example.invalid/style.css"></head><body>'
        '<img src="http://example.invalid/x.png" alt=""><img src="http://127.0.0.1:8/y.png" alt="">'
        "<p>Loaded</p></body></html>",
        encoding="utf-8",
    )
    loaded = load(chromium, page, budget_ms=5_000, timeout=60)
    assert "<p>Loaded</p>" in loaded.dom
    seen = "\n".join(loaded.requests)
    assert "GET http://example.invalid/x.png " in seen, seen
    assert "CONNECT example.invalid:443 " in seen, seen
    assert "GET http://127.0.0.1:8/y.png " in seen, seen


@pytest.mark.browser
def test_chromium_makes_no_request_for_the_reports(mini: Roadmap, roadmap: Roadmap, tmp_path: Path) -> None:
    chromium = require_chromium()
    for name, html in reports(mini, roadmap):
        page = tmp_path / f"{name}.html"
        page.write_text(html, encoding="utf-8")
        loaded = load(chromium, page, budget_ms=5_000, timeout=60)
        assert "<h1>" in loaded.dom, f"Chromium did not load the {name} report"
        assert loaded.requests == [], f"loading the {name} report made requests: {loaded.requests}"
