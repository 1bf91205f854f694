"""The `publish` job's pages: every system, period and deliverable rendered, with the data behind them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from cmhroadmap.assessment.assess import assess
from cmhroadmap.cycle.corpus import Corpus
from cmhroadmap.cycle.export import FIELDS, export_rows, export_text
from cmhroadmap.cycle.trajectory import build_trajectory
from cmhroadmap.reports.compare_view import CompareView, build_compare
from cmhroadmap.reports.gap_view import ReportView, build_report
from cmhroadmap.reports.rendering import render
from cmhroadmap.roadmap.graph import DependencyGraph
from cmhroadmap.site import paths
from cmhroadmap.site.deliverable_view import build_deliverable
from cmhroadmap.site.frame import Site
from cmhroadmap.site.index_view import build_index
from cmhroadmap.site.method_view import build_downloads, build_method
from cmhroadmap.site.publication import Publication
from cmhroadmap.site.region import Entry, Region
from cmhroadmap.site.system_view import build_system, system_frame

MARKER_TEXT = "Written by cmhroadmap publish. publish --force replaces this folder as a whole.\n"


def build_site(
    region: Region,
    publication: Publication,
    *,
    generated: dt.datetime,
    tool_version: str,
    on_page: Callable[[str], None] | None = None,
) -> dict[str, str]:
    """Every file of the site, by its path relative to the site's root (sorted)."""
    site = Site(
        generated.strftime("%Y-%m-%d %H:%M %Z").strip(), tool_version, region.roadmap.meta.licence.attribution
    )
    pages: dict[str, str] = {}

    def add(page: str, text: str) -> None:
        pages[page] = text
        if on_page is not None:
            on_page(page)

    builder = _Builder(site, generated, tool_version, add)
    for entries in region.systems.values():
        builder.system(entries)
    for item in region.roadmap:
        if item.kind != "umbrella":
            view = build_deliverable(region, item, site)
            add(paths.deliverable_page(item.id), render("site/deliverable.html", v=view, site=view.frame))
    index = build_index(region, site)
    add(paths.INDEX, render("site/index.html", v=index, site=index.frame))
    method = build_method(region, publication, site)
    add(paths.METHOD, render("site/method.html", v=method, site=method.frame))
    fields = publication.export_fields(FIELDS)
    corpus = _corpus(region)
    downloads = build_downloads(fields, len(export_rows(corpus)), publication, site)
    add(paths.DOWNLOADS, render("site/downloads.html", v=downloads, site=downloads.frame))
    add(paths.CSV, export_text(corpus, "csv", fields))
    add(paths.JSON, export_text(corpus, "json", fields))
    add(paths.MARKER, MARKER_TEXT)
    return dict(sorted(pages.items()))


class _Builder:
    """A system's pages: a report per period, its trajectory, and its own page."""

    def __init__(
        self, site: Site, generated: dt.datetime, tool_version: str, add: Callable[[str, str], None]
    ) -> None:
        self.site, self.generated, self.tool_version, self.add = site, generated, tool_version, add
        self.graphs: dict[str, DependencyGraph] = {}

    def system(self, entries: list[Entry]) -> None:
        latest: ReportView | None = None
        for entry in entries:
            latest = self.report(entry)
        assert latest is not None
        trajectory: CompareView | None = None
        last = entries[-1]
        if len(entries) > 1:
            history = build_trajectory([entry.as_published() for entry in entries])
            trajectory = build_compare(
                history, last.own.roadmap, generated=self.generated, tool_version=self.tool_version
            )
            page = paths.trajectory_page(last.code)
            frame = system_frame(self.site, page, last)
            self.add(page, render("site/compare.html", v=trajectory, site=frame))
        view = build_system(entries, latest, trajectory, self.site)
        self.add(paths.system_page(last.code), render("site/system.html", v=view, site=view.frame))

    def report(self, entry: Entry) -> ReportView:
        """The period's gap report, on the validated ratings where the validator gave them."""
        roadmap = entry.own.roadmap
        if roadmap.id not in self.graphs:
            self.graphs[roadmap.id] = DependencyGraph(roadmap)
        graph = self.graphs[roadmap.id]
        result = assess(
            entry.loaded, roadmap, graph, entry.validation, use_validated=entry.validation is not None
        )
        assert result is not None
        view = build_report(result, graph, generated=self.generated, tool_version=self.tool_version)
        page = paths.report_page(entry.code, entry.period)
        self.add(page, render("site/report.html", v=view, site=system_frame(self.site, page, entry)))
        return view


def _corpus(region: Region) -> Corpus:
    """The published entries as a corpus, for the tidy export."""
    corpus = Corpus(assessments=[entry.loaded for entry in region.entries])
    for entry in region.entries:
        if entry.validation is not None:
            corpus.validation_of[(entry.code, entry.period)] = entry.validation
    return corpus
