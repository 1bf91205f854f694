"""Geometry for the inline SVG chart of levels over time, worked out here so templates only draw it."""

from __future__ import annotations

from dataclasses import dataclass

COLOURS = {"1": "#d5281b", "2": "#ffb81c", "3": "#005eb8", "4": "#007f3b", "not assessed": "#aeb7bd"}
TEXT_ON = {"1": "#ffffff", "2": "#212b32", "3": "#ffffff", "4": "#ffffff", "not assessed": "#212b32"}


@dataclass(frozen=True)
class Segment:
    x: int
    y: int
    width: int
    height: int
    fill: str
    text_colour: str
    label: str
    count: int


@dataclass(frozen=True)
class Bar:
    period: str
    x: int
    label_x: int
    segments: list[Segment]


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    legend: list[tuple[str, str]]
    description: str


def stacked_levels(
    periods: list[str], counts: list[dict[str, int]], labels: dict[str, str], bar_width: int = 90
) -> Chart:
    """One stacked bar per period: deliverables at each level, lowest level at the bottom."""
    plot_height, gap, top, left = 240, 50, 10, 20
    largest = max((sum(c.values()) for c in counts), default=1) or 1
    bars = []
    for index, (period, count) in enumerate(zip(periods, counts, strict=True)):
        x = left + index * (bar_width + gap)
        y = top + plot_height
        segments = []
        for key in ("not assessed", *sorted(k for k in count if k != "not assessed")):
            n = count.get(key, 0)
            if not n:
                continue
            height = round(plot_height * n / largest)
            y -= height
            segments.append(
                Segment(
                    x,
                    y,
                    bar_width,
                    height,
                    COLOURS.get(key, "#768692"),
                    TEXT_ON.get(key, "#ffffff"),
                    labels.get(key, key),
                    n,
                )
            )
        bars.append(Bar(period, x, x + bar_width // 2, segments))
    width = left * 2 + len(periods) * (bar_width + gap)
    description = "; ".join(
        f"{period}: " + ", ".join(f"{labels.get(k, k)} {n}" for k, n in count.items() if n)
        for period, count in zip(periods, counts, strict=True)
    )
    legend = [(labels.get(k, k), COLOURS[k]) for k in ("4", "3", "2", "1", "not assessed")]
    return Chart(width, top + plot_height + 30, bars, legend, description)
