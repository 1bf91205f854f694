"""The `assess` job: one assessment read against the roadmap, summarised for people and for JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cmhroadmap.assessment_loader import LoadedAssessment
from cmhroadmap.graph import DependencyGraph
from cmhroadmap.priorities import Priority, rank_priorities
from cmhroadmap.problems import sort_problems
from cmhroadmap.ratings import Ratings
from cmhroadmap.roadmap import Roadmap


@dataclass(frozen=True)
class LevelCounts:
    """How many in-scope deliverables sit at each level, and how many are not assessed."""

    by_level: dict[int, int]
    not_assessed: int

    def as_dict(self) -> dict[str, Any]:
        return {"by_level": {str(k): v for k, v in self.by_level.items()}, "not_assessed": self.not_assessed}


@dataclass(frozen=True)
class AssessResult:
    loaded: LoadedAssessment
    ratings: Ratings
    priorities: list[Priority]
    overall: LevelCounts
    by_column: dict[str, LevelCounts]

    def as_dict(self) -> dict[str, Any]:
        assessment = self.ratings.assessment
        return {
            "organisation": assessment.organisation.model_dump(),
            "period": assessment.period,
            "assessed_on": assessment.assessed_on.isoformat(),
            "roadmap": self.ratings.roadmap.id,
            "focus_areas": list(assessment.focus_areas),
            "problems": [p.as_dict() for p in sort_problems(self.loaded.problems)],
            "ratings": self.ratings.effective,
            "counts": {
                "overall": self.overall.as_dict(),
                "by_column": {k: v.as_dict() for k, v in self.by_column.items()},
            },
            "inconsistencies": [i.as_dict() for i in self.loaded.inconsistencies],
            "priorities": [p.as_dict() for p in self.priorities],
        }


def count_levels(ratings: Ratings, ids: list[str]) -> LevelCounts:
    by_level = dict.fromkeys(ratings.roadmap.scale, 0)
    missing = 0
    for node in ids:
        if not ratings.in_scope(node):
            continue
        rating = ratings.effective[node]
        if rating is None:
            missing += 1
        else:
            by_level[rating] += 1
    return LevelCounts(by_level, missing)


def assess(loaded: LoadedAssessment, roadmap: Roadmap, graph: DependencyGraph) -> AssessResult | None:
    """Summarise a loaded assessment; None when it had errors that leave no ratings to read."""
    if loaded.ratings is None:
        return None
    ratings = loaded.ratings
    columns = {
        column.id: count_levels(ratings, [i.id for i in roadmap if roadmap.column_of(i.id) == column.id])
        for column in roadmap.columns
    }
    overall = count_levels(ratings, list(roadmap.entries))
    return AssessResult(loaded, ratings, rank_priorities(ratings, graph), overall, columns)
