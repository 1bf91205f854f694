"""How many deliverables in scope meet the roadmap's expectation, read from the roadmap's own data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from cmhroadmap.assessment.ratings import Ratings


@dataclass(frozen=True)
class AgainstExpectation:
    """The count in place against what the roadmap expects, e.g. 2 of 43 in place by the end of 2023/24."""

    level: int
    period: str
    by: dt.date
    wording: str  # "in place by the end of 2023/24"
    met: int  # deliverables in scope rated at `level` or above
    in_scope: int
    assessed_on: dt.date

    @property
    def due(self) -> bool:
        """Whether the date has come by the time of the assessment."""
        return self.assessed_on >= self.by

    @property
    def sentence(self) -> str:
        """The first page's yardstick, in the roadmap's words."""
        are = "is" if self.met == 1 else "are"
        when = "" if self.due else " (that date is still ahead)"
        return (
            f"{self.met} of the {self.in_scope} deliverables in scope {are} in place; the roadmap expects "
            f"every one to be {self.wording}{when}."
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "period": self.period,
            "by": self.by.isoformat(),
            "wording": self.wording,
            "met": self.met,
            "in_scope": self.in_scope,
        }


def against_expectation(ratings: Ratings) -> AgainstExpectation | None:
    """The count against the roadmap's expectation; None where the roadmap states none."""
    expected = ratings.roadmap.meta.expectation
    if expected is None:
        return None
    scope = [item.id for item in ratings.roadmap if ratings.in_scope(item.id)]
    met = sum(1 for node in scope if (ratings.effective[node] or 0) >= expected.level)
    return AgainstExpectation(
        expected.level,
        expected.period,
        expected.by,
        expected.wording,
        met,
        len(scope),
        ratings.assessment.assessed_on,
    )
