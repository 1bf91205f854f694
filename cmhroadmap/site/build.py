"""The `publish` job's pages: every system, period and deliverable rendered, with the data behind them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from itertools import chain

from cmhroadmap.cycle.corpus import Corpus
from cmhroadmap.cycle.export import FIELDS, export_chunks, export_rows
from cmhroadmap.cycle.export_formats import EXPORT_FORMATS
from cmhroadmap.reports.rendering import render
from cmhroadmap.site import paths
from cmhroadmap.site.deliverable_view import build_deliverable
from cmhroadmap.site.frame import Site
from cmhroadmap.site.index_view import build_index
from cmhroadmap.site.method_view import build_downloads, build_method
from cmhroadmap.site.publication import Publication
from cmhroadmap.site.region import Region
from cmhroadmap.site.system_pages import SystemPages, render_systems, workers_for

# A file of the site: its path, and its text whole or (the data downloads, which grow with the region)
# in pieces to be written one after another.
SiteFile = tuple[str, str | Iterable[str]]


def build_site(
    region: Region,
    publication: Publication,
    *,
    generated: dt.datetime,
    tool_version: str,
    on_page: Callable[[str], None] | None = None,
    workers: int | None = None,
) -> dict[str, str]:
    """Every file of the site, by its path relative to the site's root (sorted)."""
    pages = {
        name: text if isinstance(text, str) else "".join(text)
        for name, text in site_files(
            region, publication, generated=generated, tool_version=tool_version, workers=workers
        )
    }
    if on_page is not None:
        for page in pages:
            on_page(page)
    return dict(sorted(pages.items()))


def site_files(
    region: Region,
    publication: Publication,
    *,
    generated: dt.datetime,
    tool_version: str,
    workers: int | None = None,
) -> Iterator[SiteFile]:
    """Every file of the site as it is made, so that a large site need not be held all at once.

    `workers` processes render the systems' pages (by default, one per processor for a large region).
    """
    site = Site(
        generated.strftime("%Y-%m-%d %H:%M %Z").strip(), tool_version, region.roadmap.meta.licence.attribution
    )

    renderer = SystemPages(site, generated, tool_version)
    systems = list(region.systems.values())
    chosen = workers_for(len(region.entries)) if workers is None else workers
    for rendered in render_systems(systems, renderer, chosen):
        yield from rendered.items()
    for item in region.roadmap:
        if item.kind != "umbrella":
            view = build_deliverable(region, item, site)
            yield (paths.deliverable_page(item.id), render("site/deliverable.html", v=view, site=view.frame))
    index = build_index(region, site)
    yield (paths.INDEX, render("site/index.html", v=index, site=index.frame))
    method = build_method(region, publication, site)
    yield (paths.METHOD, render("site/method.html", v=method, site=method.frame))
    fields = publication.export_fields(FIELDS)
    corpus = _corpus(region)
    rows = sum(1 for _ in export_rows(corpus))
    downloads = build_downloads(fields, rows, publication, site)
    yield (paths.DOWNLOADS, render("site/downloads.html", v=downloads, site=downloads.frame))
    for fmt in EXPORT_FORMATS:
        # As a file of its format (ratings.csv starts with the byte-order mark Excel needs), written
        # in pieces so that a region's downloads are never held whole.
        pieces = chain([fmt.file_prefix], export_chunks(corpus, fmt.name, fields))
        yield (paths.download(fmt.extension), pieces)


def _corpus(region: Region) -> Corpus:
    """The published entries as a corpus, for the tidy export."""
    corpus = Corpus(assessments=[entry.loaded for entry in region.entries])
    for entry in region.entries:
        if entry.validation is not None:
            corpus.validation_of[(entry.code, entry.period)] = entry.validation
    return corpus
