"""Dependency consistency: ratings that are not credible given what they rely upon."""

from __future__ import annotations

from dataclasses import dataclass

from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.problems.problem import Problem, Severity
from cmhroadmap.roadmap.graph import relied_upon
from cmhroadmap.yamlread.source import SourceDocument


@dataclass(frozen=True)
class Inconsistency:
    """`deliverable` is rated `gap` levels above `relies_upon`, which it relies upon."""

    deliverable: str
    rating: int
    relies_upon: str
    relied_rating: int
    gap: int
    acknowledged: str | None

    def as_dict(self) -> dict[str, str | int | bool | None]:
        return {
            "deliverable": self.deliverable,
            "rating": self.rating,
            "relies_upon": self.relies_upon,
            "relies_upon_rating": self.relied_rating,
            "gap": self.gap,
            "acknowledged": self.acknowledged is not None,
            "reason": self.acknowledged,
        }


def find_inconsistencies(ratings: Ratings) -> list[Inconsistency]:
    """Every rating at least the roadmap's threshold above a deliverable it relies upon.

    An umbrella is compared by its derived rating (the lowest of its parts), and a part that names its
    own umbrella with each of its siblings (see `relied_upon`); deliverables that are not assessed, or
    out of scope, are not compared.
    """
    roadmap = ratings.roadmap
    threshold = roadmap.meta.dependency_threshold
    found = []
    for item in roadmap:
        rating = ratings.effective[item.id]
        if rating is None or not ratings.in_scope(item.id):
            continue
        entry = ratings.assessment.deliverables.get(item.id)
        acknowledged = entry.acknowledged if entry is not None else {}
        for target in relied_upon(roadmap, item):
            other = ratings.effective.get(target)
            if other is None or rating - other < threshold:
                continue
            found.append(
                Inconsistency(item.id, rating, target, other, rating - other, acknowledged.get(target))
            )
    return found


def inconsistency_problems(
    inconsistencies: list[Inconsistency], ratings: Ratings, document: SourceDocument
) -> list[Problem]:
    """A warning for each inconsistency, or a note that keeps the team's reason when acknowledged."""
    scale = ratings.roadmap.scale
    problems = []
    for found in inconsistencies:
        what = (
            f"'{found.deliverable}' is rated {found.rating} ({scale[found.rating].label}) but relies "
            f"upon '{found.relies_upon}', rated {found.relied_rating} "
            f"({scale[found.relied_rating].label}): {found.gap} levels apart"
        )
        loc = ("deliverables", found.deliverable, "rating")
        if found.acknowledged is None:
            problems.append(document.problem(loc, Severity.WARNING, "rating-ahead-of-dependency", what))
        else:
            problems.append(
                document.problem(
                    ("deliverables", found.deliverable, "acknowledged", found.relies_upon),
                    Severity.NOTE,
                    "acknowledged-dependency",
                    f"{what}; acknowledged: {found.acknowledged}",
                    key=True,
                )
            )
    return problems
