"""The benchmark report's view model and its CSV form."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cmhroadmap.cycle.benchmarking import Benchmark, DeliverableSpread
from cmhroadmap.reports.shared_view import RatingView, rating_view
from cmhroadmap.writing.spreadsheet import csv_text


@dataclass(frozen=True)
class HeatRow:
    id: str
    title: str
    cells: list[RatingView | None]  # one per system; None where out of scope


@dataclass(frozen=True)
class BenchmarkView:
    title: str
    period: str
    basis: str
    focus: str | None
    generated: str
    tool_version: str
    levels: list[RatingView]
    missing: str
    systems: list[tuple[str, str, list[int], int, str]]
    codes: list[str]
    spreads: list[DeliverableSpread]
    behind: list[DeliverableSpread]
    heatmap: list[HeatRow]
    excluded: list[str]
    licence: str


def build_benchmark_view(benchmark: Benchmark, *, generated: dt.datetime, tool_version: str) -> BenchmarkView:
    roadmap = benchmark.roadmap
    basis = (
        "Validated ratings only: each system's ratings are those its validator gave."
        if benchmark.basis == "validated"
        else "Each system's own ratings."
    )
    return BenchmarkView(
        title=f"Community mental health transformation: benchmark {benchmark.period}",
        period=benchmark.period,
        basis=basis,
        focus=benchmark.focus,
        generated=generated.strftime("%Y-%m-%d %H:%M %Z").strip(),
        tool_version=tool_version,
        levels=[rating_view(roadmap, level) for level in roadmap.scale],
        missing=benchmark.missing_label,
        systems=[
            (s.name, s.code, list(s.counts.values()), s.not_assessed, ", ".join(s.focus_areas))
            for s in benchmark.systems
        ],
        codes=[s.code for s in benchmark.systems],
        spreads=benchmark.deliverables,
        behind=benchmark.most_behind(),
        heatmap=[
            HeatRow(
                spread.id,
                spread.title,
                [
                    rating_view(roadmap, s.ratings[spread.id], missing=benchmark.missing_label)
                    if spread.id in s.ratings
                    else None
                    for s in benchmark.systems
                ],
            )
            for spread in benchmark.deliverables
        ],
        excluded=benchmark.excluded,
        licence=roadmap.meta.licence.attribution,
    )


def benchmark_csv(benchmark: Benchmark) -> str:
    """Per deliverable: the distribution of ratings, then each system's rating by ODS code."""
    levels = list(benchmark.roadmap.scale)
    codes = [s.code for s in benchmark.systems]
    header = [
        "period",
        "deliverable",
        "title",
        "column",
        *(f"rated_{n}" for n in levels),
        "not_assessed",
        "out_of_scope",
        "behind",
        "mean",
        *codes,
    ]
    rows = []
    for spread in benchmark.deliverables:
        cells = [
            ""
            if spread.id not in s.ratings
            else ("" if s.ratings[spread.id] is None else s.ratings[spread.id])
            for s in benchmark.systems
        ]
        rows.append(
            [
                benchmark.period,
                spread.id,
                spread.title,
                spread.column,
                *(spread.counts[n] for n in levels),
                spread.not_assessed,
                spread.out_of_scope,
                spread.behind,
                "" if spread.mean is None else spread.mean,
                *cells,
            ]
        )
    return csv_text(header, rows)
