"""The `report` job: an assessment rendered as a Markdown or HTML gap report."""

from __future__ import annotations

import datetime as dt
import os

from cmhroadmap import __version__
from cmhroadmap.assessment.assess import AssessResult
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.reports.formats import REPORT_FORMATS
from cmhroadmap.reports.gap_view import build_report
from cmhroadmap.roadmap.graph import DependencyGraph


def generated_at() -> dt.datetime:
    """Now, or the fixed moment SOURCE_DATE_EPOCH names, so that reports can be reproduced."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(tz=dt.UTC)


def render_report(
    result: AssessResult,
    graph: DependencyGraph,
    fmt: str,
    *,
    generated: dt.datetime | None = None,
    tool_version: str = __version__,
    top: int = 10,
    previous: Ratings | None = None,
) -> str:
    view = build_report(
        result,
        graph,
        generated=generated or generated_at(),
        tool_version=tool_version,
        top=top,
        previous=previous,
    )
    render = REPORT_FORMATS[fmt].render
    assert render is not None
    return render(view)
