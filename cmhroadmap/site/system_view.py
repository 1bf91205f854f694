"""A system's page: its position at a glance, its trajectory over every period, and its reports."""

from __future__ import annotations

from dataclasses import dataclass, replace

from cmhroadmap.reports.compare_view import CompareView
from cmhroadmap.reports.gap_view import ReportView
from cmhroadmap.reports.glance_view import GlanceView
from cmhroadmap.site import paths
from cmhroadmap.site.frame import Frame, Site
from cmhroadmap.site.region import PublishedAssessment


@dataclass(frozen=True)
class PeriodLink:
    period: str
    href: str
    assessed_on: str
    validator: str | None


@dataclass(frozen=True)
class SystemView:
    frame: Frame
    name: str
    code: str
    period: str
    report: ReportView  # the latest period's report, whose summary the page shows
    report_href: str
    periods: list[PeriodLink]
    trajectory: CompareView | None
    trajectory_href: str | None

    @property
    def glance(self) -> GlanceView:
        """The report's own summary, its priorities linking into the report's page."""
        return replace(self.report.glance, link_base=self.report_href)


def system_frame(site: Site, page: str, entry: PublishedAssessment) -> Frame:
    crumbs = [("All systems", paths.INDEX)]
    if page != paths.system_page(entry.code):
        crumbs.append((f"{entry.name} ({entry.code})", paths.system_page(entry.code)))
    return site.frame(page, crumbs)


def build_system(
    entries: list[PublishedAssessment], latest: ReportView, trajectory: CompareView | None, site: Site
) -> SystemView:
    last = entries[-1]
    page = paths.system_page(last.code)
    frame = system_frame(site, page, last)
    return SystemView(
        frame=frame,
        name=last.name,
        code=last.code,
        period=last.period,
        report=latest,
        report_href=frame.to(paths.report_page(last.code, last.period)),
        periods=[
            PeriodLink(
                e.period,
                frame.to(paths.report_page(e.code, e.period)),
                e.own.assessment.assessed_on.isoformat(),
                e.validation.validator.name if e.validation is not None else None,
            )
            for e in reversed(entries)
        ],
        trajectory=trajectory,
        trajectory_href=frame.to(paths.trajectory_page(last.code)) if trajectory is not None else None,
    )
