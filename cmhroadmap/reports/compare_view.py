"""The trajectory report's view model, for the compare templates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cmhroadmap.cycle.trajectory import Trajectory, TrajectoryRow
from cmhroadmap.reports.chart import Chart, stacked_levels
from cmhroadmap.roadmap.roadmap import Roadmap

STATUS_TEXT = {
    "improved": "Improved",
    "regressed": "Regressed",
    "mixed": "Improved overall, with a regression",
    "unchanged": "Unchanged",
    "new": "Newly assessed",
    "dropped": "No longer assessed",
    "not assessed": "Not assessed",
}


@dataclass(frozen=True)
class CompareView:
    title: str
    organisation: str
    code: str
    periods: list[str]
    roadmaps: list[str]
    mixed_roadmaps: bool
    followed: bool
    compared: int
    generated: str
    tool_version: str
    levels: list[tuple[str, str]]
    counts: list[tuple[str, list[int]]]
    chart: Chart
    sections: list[tuple[str, list[tuple[TrajectoryRow, str]]]]
    rows: list[tuple[TrajectoryRow, str, list[str]]]
    licence: str
    basis: str = ""


def build_compare(
    trajectory: Trajectory, roadmap: Roadmap, *, generated: dt.datetime, tool_version: str
) -> CompareView:
    labels = {str(level): f"{level} {scale.label}" for level, scale in roadmap.scale.items()}
    labels["not assessed"] = "Not assessed"
    keys = [*labels]
    return CompareView(
        title=(
            "Community mental health transformation: progress "
            f"{trajectory.periods[0]} to {trajectory.periods[-1]}"
        ),
        organisation=trajectory.organisation,
        code=trajectory.code,
        periods=trajectory.periods,
        roadmaps=trajectory.roadmaps,
        mixed_roadmaps=trajectory.mixed_roadmaps,
        followed=trajectory.followed,
        compared=trajectory.compared,
        generated=generated.strftime("%Y-%m-%d %H:%M %Z").strip(),
        tool_version=tool_version,
        levels=[(key, labels[key]) for key in keys],
        counts=[(labels[key], [count[key] for count in trajectory.counts]) for key in keys],
        chart=stacked_levels(trajectory.periods, trajectory.counts, labels),
        sections=[
            (STATUS_TEXT[status], [(row, _path(row)) for row in trajectory.with_status(status)])
            for status in ("regressed", "mixed", "improved", "new", "dropped")
            if trajectory.with_status(status)
        ],
        rows=[
            (row, STATUS_TEXT[row.status], ["–" if r is None else str(r) for r in row.ratings])
            for row in trajectory.rows
        ],
        licence=roadmap.meta.licence.attribution,
        basis=trajectory.basis_words,
    )


def _path(row: TrajectoryRow) -> str:
    return " → ".join("–" if r is None else str(r) for r in row.ratings)
