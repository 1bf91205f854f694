"""The shape of an independent validation file: a validator's own ratings of one assessment."""

# No `from __future__ import annotations` here: pydantic would evaluate every annotation again from
# its text when each class is made (2-3% of a one-file validate).

from typing import Annotated, Any

from pydantic import BeforeValidator, Field, StringConstraints

from cmhroadmap.assessment.model import OdsCode, Period, Rating
from cmhroadmap.models.base import Id, IsoDate, StrictModel, Text


def _none_as_empty(value: Any) -> Any:
    return {} if value is None else value


class Validates(StrictModel):
    """Which assessment this validates: the organisation (by ODS code) and period."""

    roadmap: Id
    organisation: OdsCode
    period: Period


class Validator(StrictModel):
    name: Text
    role: Text | None = None


class ValidatedRating(StrictModel):
    rating: Rating | None = None
    note: Text | None = Field(default=None, description="The quality of the evidence behind the rating.")


class Validation(StrictModel):
    """A validator's view of one self-assessment, kept beside it and never written into it."""

    validates: Validates
    validator: Validator
    validated_on: IsoDate
    deliverables: dict[
        Annotated[str, StringConstraints(strict=True)],
        Annotated[
            ValidatedRating, BeforeValidator(_none_as_empty, json_schema_input_type=ValidatedRating | None)
        ],
    ] = Field(default_factory=dict)
    notes: Text | None = None
