"""The benchmark report's view model and its CSV form."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cmhroadmap.assessment.delivery import STATUS_MEANING, STATUS_WORDS, DeliveryStatus
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
    # Per system, most off track first: (name, code, counts in the order of `statuses`).
    delivery: list[tuple[str, str, list[int]]]
    statuses: list[tuple[str, str]]
    delivery_note: str


def build_benchmark_view(benchmark: Benchmark, *, generated: dt.datetime, tool_version: str) -> BenchmarkView:
    roadmap = benchmark.roadmap
    basis = benchmark.basis_words
    order = [
        DeliveryStatus.OFF_TRACK,
        DeliveryStatus.NO_PLAN,
        DeliveryStatus.ON_TRACK,
        DeliveryStatus.IN_PLACE,
        DeliveryStatus.NOT_ASSESSED,
    ]
    ranked = sorted(
        benchmark.systems,
        key=lambda s: (
            -s.delivery.get(DeliveryStatus.OFF_TRACK, 0),
            -s.delivery.get(DeliveryStatus.NO_PLAN, 0),
        ),
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
        delivery=[(s.name, s.code, [s.delivery.get(status, 0) for status in order]) for s in ranked],
        # With --validated-only, what has no rating is what no validator rated: said in those words.
        statuses=[
            (
                status.value,
                benchmark.missing_label if status is DeliveryStatus.NOT_ASSESSED else STATUS_WORDS[status],
            )
            for status in order
        ],
        delivery_note=delivery_note(),
    )


# The order a regional lead reads them in: what is off track, then what has no plan.
STATUS_ORDER = [
    DeliveryStatus.OFF_TRACK,
    DeliveryStatus.NO_PLAN,
    DeliveryStatus.ON_TRACK,
    DeliveryStatus.IN_PLACE,
    DeliveryStatus.NOT_ASSESSED,
]


def delivery_note() -> str:
    """What each status means, most off track first: the regional lead's question."""
    meanings = "; ".join(f"{STATUS_WORDS[s].lower()}: {STATUS_MEANING[s]}" for s in DeliveryStatus)
    return f"Systems with most deliverables off track come first. {meanings[0].upper()}{meanings[1:]}."


def benchmark_csv(benchmark: Benchmark) -> str:
    """Per deliverable: the distribution of ratings, then each system's rating by ODS code."""
    levels = list(benchmark.roadmap.scale)
    codes = [s.code for s in benchmark.systems]
    header = [
        "period",
        "ratings_basis",
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
                benchmark.basis,
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
