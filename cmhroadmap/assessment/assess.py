"""The `assess` job: one assessment read against the roadmap, summarised for people and for JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cmhroadmap.assessment.basis import RatingsBasis, basis_for, basis_words, on_basis
from cmhroadmap.assessment.consistency import Inconsistency, find_inconsistencies
from cmhroadmap.assessment.delivery import Delivery, count_statuses, delivery_status
from cmhroadmap.assessment.expectation import AgainstExpectation, against_expectation
from cmhroadmap.assessment.loader import LoadedAssessment
from cmhroadmap.assessment.priorities import Priority, rank_priorities
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.assessment.validation_checks import differences
from cmhroadmap.assessment.validation_model import Validation
from cmhroadmap.problems.problem import sort_problems
from cmhroadmap.roadmap.graph import DependencyGraph
from cmhroadmap.roadmap.roadmap import Roadmap


@dataclass(frozen=True)
class LevelCounts:
    """How many in-scope deliverables sit at each level, and how many are not assessed."""

    by_level: dict[int, int]
    not_assessed: int

    def as_dict(self) -> dict[str, Any]:
        return {"by_level": {str(k): v for k, v in self.by_level.items()}, "not_assessed": self.not_assessed}


@dataclass(frozen=True)
class AssessResult:
    """An assessment read against the roadmap, on one basis: validated where validated, unless asked.

    `ratings` are on that basis and every figure uses them; `own` are the system's own, shown beside
    a validated rating that differs.
    """

    loaded: LoadedAssessment
    ratings: Ratings
    priorities: list[Priority]
    overall: LevelCounts
    by_column: dict[str, LevelCounts]
    inconsistencies: list[Inconsistency]
    own: Ratings
    validation: Validation | None = None
    basis: RatingsBasis = RatingsBasis.SELF
    delivery: dict[str, Delivery] = field(default_factory=dict)
    expectation: AgainstExpectation | None = None
    own_only: bool = False  # the system's own ratings asked for, though a validation was given

    @property
    def basis_words(self) -> str:
        """The basis as every output says it in its first lines."""
        return basis_words(self.validation, own_only=self.own_only)

    @property
    def differences(self) -> list[tuple[str, int | None, int, str | None]]:
        return differences(self.validation, self.own) if self.validation is not None else []

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
            "ratings_basis": self.basis.value,
            "expectation": None if self.expectation is None else self.expectation.as_dict(),
            "delivery": {k: v.as_dict() for k, v in self.delivery.items()},
            "delivery_counts": {k.value: v for k, v in count_statuses(self.delivery).items()},
            "inconsistencies": [i.as_dict() for i in self.inconsistencies],
            "priorities": [p.as_dict() for p in self.priorities],
            "validation": None
            if self.validation is None
            else {
                "validator": self.validation.validator.name,
                "validated_on": self.validation.validated_on.isoformat(),
                "ratings": {k: v.rating for k, v in self.validation.deliverables.items()},
                "differences": [
                    {"deliverable": d, "self": own, "validated": validated, "note": note}
                    for d, own, validated, note in self.differences
                ],
            },
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


def assess(
    loaded: LoadedAssessment,
    roadmap: Roadmap,
    graph: DependencyGraph,
    validation: Validation | None = None,
    *,
    own_only: bool = False,
    previous: Ratings | None = None,
) -> AssessResult | None:
    """Summarise a loaded assessment; None when it had errors that leave no ratings to read.

    Every figure uses the validator's rating where one is given, the system's own elsewhere; with
    `own_only`, the system's own alone. `previous` is the period before, on the same basis, for
    what fell since.
    """
    if loaded.ratings is None:
        return None
    own = loaded.ratings
    basis = basis_for(validation, own_only=own_only)
    ratings = on_basis(own, validation, own_only=own_only)
    inconsistencies = loaded.inconsistencies if ratings is own else find_inconsistencies(ratings)
    columns = {
        column.id: count_levels(ratings, [i.id for i in roadmap if roadmap.column_of(i.id) == column.id])
        for column in roadmap.columns
    }
    overall = count_levels(ratings, list(roadmap.entries))
    priorities = rank_priorities(ratings, graph)
    return AssessResult(
        loaded,
        ratings,
        priorities,
        overall,
        columns,
        inconsistencies,
        own,
        validation,
        basis,
        delivery=delivery_status(ratings, previous, own),
        expectation=against_expectation(ratings),
        own_only=own_only and validation is not None,
    )
