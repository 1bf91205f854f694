"""Every internal link of a published site resolves, and no page asks for anything from outside it."""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path

from tests.reports.test_self_contained import external_references
from tests.site.conftest import site_files

OUTSIDE = ("https://", "http://", "mailto:")


class Links(HTMLParser):
    """The links (href) and the ids of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and "href" in values:
            self.links.append(values["href"])


def parse(html: str) -> Links:
    parser = Links()
    parser.feed(html)
    parser.close()
    return parser


def broken_links(root: Path) -> list[str]:
    """Every link that does not resolve to a file of the site and, for a #fragment, an id in it."""
    pages = {
        name: parse(data.decode("utf-8")) for name, data in site_files(root).items() if name.endswith(".html")
    }
    files = set(site_files(root))
    broken = []
    for name, page in pages.items():
        for href in page.links:
            if href.startswith(OUTSIDE):
                continue
            path, _, fragment = href.partition("#")
            if path.startswith("/") or ":" in path:
                broken.append(f"{name}: {href} is not a relative link")
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name), path)) if path else name
            if target not in files:
                broken.append(f"{name}: {href} leads to no file")
            elif fragment and fragment not in pages[target].ids:
                broken.append(f"{name}: {href} leads to no id {fragment!r} in {target}")
    return broken


def test_the_link_checker_finds_broken_links(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "index.html").write_text(
        '<a href="sub/a.html#here">ok</a><a href="sub/b.html">no file</a><a href="#nowhere">no id</a>'
        '<a href="/index.html">absolute</a><a href="https://example.org/">out</a>',
        encoding="utf-8",
    )
    (tmp_path / "sub" / "a.html").write_text('<h2 id="here">Here</h2><a href="../index.html">up</a>', "utf-8")
    assert broken_links(tmp_path) == [
        "index.html: sub/b.html leads to no file",
        "index.html: #nowhere leads to no id 'nowhere' in index.html",
        "index.html: /index.html is not a relative link",
    ]


def test_every_internal_link_of_the_site_resolves(published: Path) -> None:
    pages = [name for name in site_files(published) if name.endswith(".html")]
    assert len(pages) > 50
    assert broken_links(published) == []
    index = parse((published / "index.html").read_text(encoding="utf-8"))
    # The front page leads to every system, every deliverable, the method and the downloads.
    files = site_files(published)
    systems = {name for name in files if name.startswith("systems/") and name.endswith("/index.html")}
    deliverables = {name for name in files if name.startswith("deliverables/") and name.endswith(".html")}
    assert "systems/XA1/index.html" in systems
    assert "deliverables/joint-governance.html" in deliverables
    linked = {link.partition("#")[0] for link in index.links}
    assert {"method.html", "downloads.html", *systems, *deliverables} <= linked


def test_no_page_asks_for_anything_outside_itself(published: Path) -> None:
    for name, data in site_files(published).items():
        if name.endswith(".html"):
            found = [
                f for f in external_references(data.decode("utf-8")) if "is neither a fragment nor" not in f
            ]
            assert found == [], f"{name} refers to something outside the page: {found}"
