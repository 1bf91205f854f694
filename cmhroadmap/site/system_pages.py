"""A system's pages (a report per period, its trajectory, its own page), in parallel for a large region."""

from __future__ import annotations

import ctypes
import datetime as dt
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from cmhroadmap.assessment.assess import assess
from cmhroadmap.assessment.previous import previous_period
from cmhroadmap.cycle.trajectory import build_trajectory
from cmhroadmap.reports.compare_view import CompareView, build_compare
from cmhroadmap.reports.gap_view import ReportView, build_report
from cmhroadmap.reports.rendering import environment, render
from cmhroadmap.roadmap.graph import DependencyGraph
from cmhroadmap.site import paths
from cmhroadmap.site.frame import Site
from cmhroadmap.site.region import PublishedAssessment
from cmhroadmap.site.system_view import build_system, system_frame

# Below this many assessments, starting worker processes costs more than it saves.
PARALLEL_FROM = 40
TEMPLATES = ("site/report.html", "site/compare.html", "site/system.html")


@dataclass
class SystemPages:
    """Renders systems' pages with the same site frame, generation time and tool version."""

    site: Site
    generated: dt.datetime
    tool_version: str
    graphs: dict[str, DependencyGraph] = field(default_factory=dict)

    def render(self, entries: list[PublishedAssessment]) -> dict[str, str]:
        pages: dict[str, str] = {}
        latest: ReportView | None = None
        before: PublishedAssessment | None = None
        for entry in entries:
            # The period before on the same basis, as `report` finds it beside the file.
            previous = (
                before if before is not None and previous_period(entry.period) == before.period else None
            )
            latest = self._report(entry, pages, previous)
            before = entry
        assert latest is not None
        trajectory: CompareView | None = None
        last = entries[-1]
        if len(entries) > 1:
            history = build_trajectory([entry.loaded for entry in entries], [e.validation for e in entries])
            trajectory = build_compare(
                history, last.own.roadmap, generated=self.generated, tool_version=self.tool_version
            )
            page = paths.trajectory_page(last.code)
            pages[page] = render("site/compare.html", v=trajectory, site=system_frame(self.site, page, last))
        view = build_system(entries, latest, trajectory, self.site)
        pages[paths.system_page(last.code)] = render("site/system.html", v=view, site=view.frame)
        return pages

    def _report(
        self, entry: PublishedAssessment, pages: dict[str, str], previous: PublishedAssessment | None
    ) -> ReportView:
        """The period's gap report, on the validated ratings where the validator gave them."""
        roadmap = entry.own.roadmap
        if roadmap.id not in self.graphs:
            self.graphs[roadmap.id] = DependencyGraph(roadmap)
        graph = self.graphs[roadmap.id]
        earlier = previous.published if previous is not None else None
        result = assess(entry.loaded, roadmap, graph, entry.validation, previous=earlier)
        assert result is not None
        view = build_report(
            result, graph, generated=self.generated, tool_version=self.tool_version, previous=earlier
        )
        page = paths.report_page(entry.code, entry.period)
        pages[page] = render("site/report.html", v=view, site=system_frame(self.site, page, entry))
        return view


# What the forked workers render: set just before they start, so that nothing is pickled to them.
_JOB: tuple[SystemPages, list[list[PublishedAssessment]]] | None = None


def _render_one(index: int) -> dict[str, str]:
    assert _JOB is not None
    pages, systems = _JOB
    return pages.render(systems[index])


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_PARENT_POLL_SECONDS = 1.0


def _die_with_parent(parent: int) -> None:
    """A worker ends when publish does, even when publish is killed outright (SIGKILL).

    Otherwise each worker would sleep on for ever, holding its share of the region's memory. Linux
    sends the signal asked for here when the parent dies; elsewhere a thread watches for the parent.
    """
    asked = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            asked = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):
            asked = False
    if os.getppid() != parent:  # the parent died before the request took hold
        os._exit(1)
    if not asked:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_PARENT_POLL_SECONDS)
    os._exit(1)


def workers_for(assessments: int) -> int:
    """One worker per processor for a large region where processes can be forked; else none."""
    if assessments < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(len(os.sched_getaffinity(0)), 8))


def render_systems(
    systems: list[list[PublishedAssessment]], renderer: SystemPages, workers: int
) -> Iterator[dict[str, str]]:
    """Each system's pages, in the order given, whatever order the workers finish in."""
    global _JOB  # noqa: PLW0603 -- the workers' input, inherited when they fork
    if workers <= 1:
        yield from (renderer.render(entries) for entries in systems)
        return
    for name in TEMPLATES:
        environment().get_template(name)  # compiled once, before the workers fork
    _JOB = (renderer, systems)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(
            workers, mp_context=context, initializer=_die_with_parent, initargs=(os.getpid(),)
        ) as pool:
            yield from pool.map(_render_one, range(len(systems)))
    finally:
        _JOB = None
