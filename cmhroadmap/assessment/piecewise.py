"""Validating an assessment piece by piece, so that a wrong value in one place hides no problem elsewhere."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from cmhroadmap.assessment.model import Assessment, DeliverableRating
from cmhroadmap.assessment.rating_words import number_hint
from cmhroadmap.models.placing import validate_document
from cmhroadmap.problems.problem import Problem
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.yamlread.source import SourceDocument

ModelT = TypeVar("ModelT", bound=BaseModel)
# The values an entry's warnings are about: when one is refused, those warnings are left unsaid.
_RATED_FIELDS = frozenset({"rating", "evidence", "success_met"})


@dataclass
class PiecewiseReading:
    """The model's reading of a file: whole when it is valid, else a stand-in to check the rules on."""

    assessment: Assessment | None
    checkable: Assessment | None
    problems: list[Problem] = field(default_factory=list)
    # Entries with a value the model refused: they are not reported again as "not rated".
    unreadable: frozenset[str] = frozenset()


def validate_piecewise(document: SourceDocument, roadmap: Roadmap) -> PiecewiseReading:
    """Validate the whole file; when that fails, each deliverable entry and the header on their own.

    A value the model refuses is reported and left out of a stand-in assessment (a required header
    value is replaced by a neutral one), so that the rules still run on everything else.
    """
    assessment, problems = validate_document(Assessment, document)
    data = document.data
    if assessment is not None or not isinstance(data, dict):
        return PiecewiseReading(assessment, assessment, problems)
    problems = list(document.reading_problems)
    raw_entries = data.get("deliverables")
    entries: dict[str, DeliverableRating] = {}
    unreadable: set[str] = set()
    header: dict[str, Any] = data
    if isinstance(raw_entries, dict):
        header = {key: value for key, value in data.items() if key != "deliverables"}
        for key, given in raw_entries.items():
            raw = {} if given is None else given
            entry, found = validate_document(DeliverableRating, document, raw, ("deliverables", key))
            problems += [_rating_in_words(problem, raw, document, key, roadmap) for problem in found]
            if entry is None:
                entry, failed = _what_is_valid(DeliverableRating, raw, {})
                # Only a refused rating, evidence or markers would make the entry's warnings mislead;
                # a bad owner or target (or an unknown key) hides none of them.
                if entry is None or failed & _RATED_FIELDS:
                    unreadable.add(key)
            entries[key] = entry or DeliverableRating()
    _, found = validate_document(Assessment, document, header, ())
    problems += found
    stand_ins = {
        "roadmap": roadmap.id,
        "organisation": {"name": "unknown", "code": "UNKNOWN"},
        "period": "2000/01",
        "assessed_on": "2000-01-01",
        "focus_areas": list(roadmap.focus_areas),
        "deliverables": {},
    }
    checkable, _ = _what_is_valid(Assessment, header, stand_ins)
    if checkable is not None:
        checkable = checkable.model_copy(update={"deliverables": entries})
    return PiecewiseReading(None, checkable, problems, frozenset(unreadable))


def _rating_in_words(
    problem: Problem, raw: Any, document: SourceDocument, key: str, roadmap: Roadmap
) -> Problem:
    """The problem with a refused rating, told which number its words name (the problem is that rating's)."""
    given = raw.get("rating") if isinstance(raw, dict) else None
    where = document.locate(("deliverables", key, "rating"))
    if not isinstance(given, str) or problem.code != "wrong-type" or (problem.line, problem.column) != where:
        return problem
    hint = number_hint(given, {level: scale.label for level, scale in roadmap.scale.items()})
    return dataclasses.replace(problem, message=problem.message + hint) if hint else problem


def _what_is_valid(
    model: type[ModelT], raw: Any, stand_ins: Mapping[str, Any]
) -> tuple[ModelT | None, set[str]]:
    """The model built from the valid top-level values of `raw`, with stand-ins for the others.

    Also the top-level keys whose values were refused.
    """
    if not isinstance(raw, dict):
        return None, set()
    try:
        return model.model_validate(raw), set()
    except ValidationError as error:
        failed = {str(detail["loc"][0]) for detail in error.errors() if detail["loc"]}
    kept = {key: value for key, value in raw.items() if key not in failed}
    kept.update({key: value for key, value in stand_ins.items() if key in failed})
    try:
        return model.model_validate(kept), failed
    except ValidationError:
        return None, failed
