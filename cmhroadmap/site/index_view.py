"""The site's front page: every system against every deliverable for the latest period."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cmhroadmap.assessment.delivery import STATUS_WORDS, count_statuses, delivery_status
from cmhroadmap.assessment.previous import previous_period
from cmhroadmap.reports.benchmark_view import STATUS_ORDER, delivery_note
from cmhroadmap.reports.shared_view import RatingView, rating_view
from cmhroadmap.site import paths
from cmhroadmap.site.frame import OUT_OF_SCOPE, Cell, Frame, Site, cell
from cmhroadmap.site.region import PublishedAssessment, Region


@dataclass(frozen=True)
class GridRow:
    title: str
    href: str
    cells: list[Cell]


@dataclass(frozen=True)
class SystemRow:
    code: str
    name: str
    href: str
    periods: list[tuple[str, str]]  # period and the link to its report
    validated: list[str]  # the periods with an independent validation
    in_latest: bool


@dataclass(frozen=True)
class IndexView:
    frame: Frame
    title: str
    period: str
    periods: list[str]
    levels: list[RatingView]
    # code, name, short name, link: the systems assessed in the latest period
    columns: list[tuple[str, str, str, str]]
    groups: list[tuple[str, list[GridRow]]]  # the roadmap's columns, each with its deliverables
    systems: list[SystemRow]
    validated_count: int
    basis: str
    # Per system in the latest period, most off track first: name, code, link, counts by `statuses`.
    delivery: list[tuple[str, str, str, list[int]]]
    statuses: list[tuple[str, str]]
    delivery_note: str


def build_index(region: Region, site: Site) -> IndexView:
    page = paths.INDEX
    frame = site.frame(page)
    roadmap = region.roadmap
    latest = region.in_period(region.latest)
    groups = []
    for column in roadmap.columns:
        rows = [
            GridRow(
                item.title, frame.to(paths.deliverable_page(item.id)), [_cell(e, item.id) for e in latest]
            )
            for item in roadmap
            if item.kind != "umbrella" and roadmap.column_of(item.id) == column.id
        ]
        if rows:
            groups.append((column.title, rows))
    systems = [
        SystemRow(
            code,
            entries[-1].name,
            frame.to(paths.system_page(code)),
            [(e.period, frame.to(paths.report_page(code, e.period))) for e in entries],
            [e.period for e in entries if e.validation is not None],
            entries[-1].period == region.latest,
        )
        for code, entries in region.systems.items()
    ]
    return IndexView(
        frame=frame,
        title="Community mental health transformation: published self-assessments",
        period=region.latest,
        periods=region.periods,
        levels=[rating_view(roadmap, level) for level in roadmap.scale],
        columns=[(e.code, e.name, short_name(e.name), frame.to(paths.system_page(e.code))) for e in latest],
        groups=groups,
        systems=systems,
        validated_count=sum(1 for e in latest if e.validation is not None),
        basis=frame.basis,
        delivery=_delivery(region, latest, frame),
        statuses=[(status.value, STATUS_WORDS[status]) for status in STATUS_ORDER],
        delivery_note=delivery_note(),
    )


def _delivery(
    region: Region, latest: list[PublishedAssessment], frame: Frame
) -> list[tuple[str, str, str, list[int]]]:
    """Each system's delivery statuses on the published ratings, the previous period's for what fell."""
    rows = []
    for entry in latest:
        earlier = [e for e in region.systems[entry.code] if e.period == previous_period(entry.period)]
        previous = earlier[0].published if earlier else None
        counts = count_statuses(delivery_status(entry.published, previous, entry.own))
        rows.append(
            (
                entry.name,
                entry.code,
                frame.to(paths.system_page(entry.code)),
                [counts[s] for s in STATUS_ORDER],
            )
        )
    rows.sort(key=lambda row: (-row[3][0], -row[3][1]))
    return rows


def _cell(entry: PublishedAssessment, deliverable_id: str) -> Cell:
    ratings = entry.published
    if deliverable_id not in ratings.roadmap or not ratings.in_scope(deliverable_id):
        return OUT_OF_SCOPE
    view = rating_view(ratings.roadmap, ratings.effective[deliverable_id])
    return cell(view, entry.validated(deliverable_id))


_BOARD = re.compile(r"^(?:NHS\s+)?(.*?)(?:\s+(?:Integrated\s+Care\s+Board|ICB))?$", re.IGNORECASE)


def short_name(name: str) -> str:
    """A system's name as the grid heads its column, beside its code: 'North Riverside'."""
    match = _BOARD.match(name.strip())
    short = match.group(1) if match else name
    return short or name
