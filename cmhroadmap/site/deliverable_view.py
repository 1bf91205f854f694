"""A deliverable's page: its spread across systems over the years, and who has it fully in place."""

from __future__ import annotations

from dataclasses import dataclass

from cmhroadmap.reports.shared_view import RatingView, rating_view
from cmhroadmap.roadmap.model import Deliverable
from cmhroadmap.site import paths
from cmhroadmap.site.frame import Cell, Frame, Site, cell
from cmhroadmap.site.region import PublishedAssessment, Region


@dataclass(frozen=True)
class SpreadRow:
    period: str
    counts: list[int]
    not_assessed: int
    out_of_scope: int
    validated: int


@dataclass(frozen=True)
class SystemRating:
    name: str
    code: str
    href: str
    rating: Cell
    basis: str
    level: int | None  # the rating itself, so that sorting never reads it back from the shown text


@dataclass(frozen=True)
class DeliverableView:
    frame: Frame
    id: str
    title: str
    column: str
    period: str
    levels: list[RatingView]
    top: RatingView
    spread: list[SpreadRow]
    in_place: list[SystemRating]  # validated first, then self-assessed
    latest: list[SystemRating]  # every system in the latest period, highest rating first


def build_deliverable(region: Region, item: Deliverable, site: Site) -> DeliverableView:
    roadmap = region.roadmap
    page = paths.deliverable_page(item.id)
    frame = site.frame(page, [("All systems", paths.INDEX)])
    rated = [
        _rating(entry, item.id, frame)
        for entry in region.in_period(region.latest)
        if item.id in entry.own.roadmap and entry.own.in_scope(item.id)
    ]
    top = roadmap.top_level
    in_place = [r for r in rated if r.level == top]
    return DeliverableView(
        frame=frame,
        id=item.id,
        title=item.title,
        column=next(c.title for c in roadmap.columns if c.id == roadmap.column_of(item.id)),
        period=region.latest,
        levels=[rating_view(roadmap, level) for level in roadmap.scale],
        top=rating_view(roadmap, top),
        spread=[_spread(region, item.id, period) for period in region.periods],
        in_place=sorted(in_place, key=lambda r: (not r.rating.validated, r.name, r.code)),
        latest=sorted(rated, key=lambda r: (r.level is None, -(r.level or 0), r.name, r.code)),
    )


def _rating(entry: PublishedAssessment, deliverable_id: str, frame: Frame) -> SystemRating:
    ratings = entry.published
    validated = entry.validated(deliverable_id)
    level = ratings.effective[deliverable_id]
    shown = cell(rating_view(ratings.roadmap, level), validated)
    return SystemRating(
        entry.name,
        entry.code,
        frame.to(paths.system_page(entry.code)),
        shown,
        "validated" if validated else "self-assessed",
        level,
    )


def _spread(region: Region, deliverable_id: str, period: str) -> SpreadRow:
    counts = dict.fromkeys(region.roadmap.scale, 0)
    missing = outside = validated = 0
    for entry in region.in_period(period):
        ratings = entry.published
        if deliverable_id not in ratings.roadmap or not ratings.in_scope(deliverable_id):
            outside += 1
            continue
        value = ratings.effective[deliverable_id]
        if value is None or value not in counts:
            missing += 1
            continue
        counts[value] += 1
        validated += entry.validated(deliverable_id)
    return SpreadRow(period, list(counts.values()), missing, outside, validated)
