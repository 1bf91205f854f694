"""The `report` job: an assessment rendered as a Markdown or HTML gap report."""

from __future__ import annotations

import datetime as dt
import os
import re

from cmhroadmap import __version__
from cmhroadmap.assessment.assess import AssessResult
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.problems.problem import UsageRefused
from cmhroadmap.reports.formats import REPORT_FORMATS
from cmhroadmap.reports.gap_view import build_report
from cmhroadmap.roadmap.graph import DependencyGraph
from cmhroadmap.safe.text import quoted

# The last second of the year 9999, the latest moment a date can hold; ASCII digits, so that "²" or
# thirty digits are never handed to int() or to the clock.
LATEST_EPOCH = 253402300799
_EPOCH = re.compile(r"[0-9]{1,12}", re.ASCII)


def generated_at() -> dt.datetime:
    """Now, or the fixed moment SOURCE_DATE_EPOCH names, so that reports can be reproduced.

    UsageRefused for a value that is not a whole number of seconds from 0 to LATEST_EPOCH: ignoring it
    would quietly make output that cannot be reproduced.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None or epoch == "":
        return dt.datetime.now(tz=dt.UTC)
    if not _EPOCH.fullmatch(epoch) or int(epoch) > LATEST_EPOCH:
        raise UsageRefused(
            f"SOURCE_DATE_EPOCH is {quoted(epoch)}; set it to a whole number of seconds since 1970 "
            f"(0 to {LATEST_EPOCH}, written with the digits 0-9), or unset it"
        )
    return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)


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
