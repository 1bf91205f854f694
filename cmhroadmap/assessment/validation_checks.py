"""The rules a validation file follows: its ids, its ratings, and the assessment it must match."""

from __future__ import annotations

from cmhroadmap.assessment.model import Assessment, DeliverableRating
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.assessment.validation_model import Validation
from cmhroadmap.problems.problem import Problem, Severity
from cmhroadmap.problems.suggest import did_you_mean
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.yamlread.source import SourceDocument

ERROR = Severity.ERROR


def check_validation(
    validation: Validation, roadmap: Roadmap, document: SourceDocument, assessment: Assessment | None
) -> list[Problem]:
    """Problems in a validation file; scope is checked only when its assessment is known."""
    problems = []
    if validation.validates.roadmap != roadmap.id:
        problems.append(
            document.problem(
                ("validates", "roadmap"),
                ERROR,
                "wrong-roadmap",
                f"this validation is against roadmap '{validation.validates.roadmap}', but the roadmap "
                f"loaded is '{roadmap.id}'",
            )
        )
    ratings = Ratings(roadmap, assessment) if assessment is not None else None
    scale = ", ".join(f"{s.level} {s.label}" for s in roadmap.scale.values())
    for key, entry in validation.deliverables.items():
        loc = ("deliverables", key)
        if key not in roadmap:
            hint = did_you_mean(key, roadmap.entries)
            problems.append(
                document.problem(
                    loc, ERROR, "unknown-deliverable", f"'{key}' is not a deliverable id{hint}", key=True
                )
            )
            continue
        if entry.rating is None:
            continue
        rating_loc = (*loc, "rating")
        if entry.rating not in roadmap.scale:
            problems.append(
                document.problem(
                    rating_loc,
                    ERROR,
                    "invalid-rating",
                    f"rating {entry.rating} is not on the scale ({scale})",
                )
            )
        if roadmap[key].kind == "umbrella":
            problems.append(
                document.problem(
                    rating_loc,
                    ERROR,
                    "umbrella-rated",
                    f"'{key}' is not rated: its rating is the lowest of its parts",
                )
            )
        elif ratings is not None and not ratings.in_scope(key):
            problems.append(
                document.problem(
                    rating_loc,
                    ERROR,
                    "focus-area-not-chosen",
                    f"'{key}' belongs to a focus area the assessment did not choose",
                )
            )
    return problems


def differences(validation: Validation, ratings: Ratings) -> list[tuple[str, int | None, int, str | None]]:
    """Deliverables where the validated rating differs from the system's own: id, self, validated, note."""
    found = []
    for item in ratings.roadmap:
        entry = validation.deliverables.get(item.id)
        if entry is None or entry.rating is None or entry.rating not in ratings.roadmap.scale:
            continue
        own = ratings.own(item.id)
        if own != entry.rating:
            found.append((item.id, own, entry.rating, entry.note))
    return found


def apply_validation(assessment: Assessment, validation: Validation) -> Assessment:
    """The assessment with each validated rating in place of the system's own (`--use validated`)."""
    updated = dict(assessment.deliverables)
    for key, entry in validation.deliverables.items():
        if entry.rating is None:
            continue
        current = updated.get(key)
        if current is None:
            current = DeliverableRating()
        updated[key] = current.model_copy(update={"rating": entry.rating})
    return assessment.model_copy(update={"deliverables": updated})
