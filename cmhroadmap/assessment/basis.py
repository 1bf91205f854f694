"""The ratings basis: validated where a validator rated a deliverable, the system's own elsewhere."""

from __future__ import annotations

import enum

from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.assessment.validation_checks import apply_validation
from cmhroadmap.assessment.validation_model import Validation


class RatingsBasis(enum.StrEnum):
    """Which ratings every figure uses; the value is what JSON gives as `ratings_basis`."""

    VALIDATED = "validated"  # the validated rating where a validation rates it, the own elsewhere
    SELF = "self"  # the system's own ratings alone: no validation file, or --own-ratings


# How each output says its basis in its first lines.
BASIS_WORDS = {
    RatingsBasis.VALIDATED: "validated ratings where a validator rated the deliverable, "
    "the system's own elsewhere",
    RatingsBasis.SELF: "the system's own ratings",
}
NO_VALIDATION = "the system's own ratings (no validation file)"
OWN_ONLY = "the system's own ratings only, as asked (--own-ratings); validated ratings are set aside"


def basis_for(validation: Validation | None, *, own_only: bool = False) -> RatingsBasis:
    """Validated where there is a validation to use, else the system's own."""
    return RatingsBasis.SELF if own_only or validation is None else RatingsBasis.VALIDATED


def on_basis(own: Ratings, validation: Validation | None, *, own_only: bool = False) -> Ratings:
    """The ratings every figure uses: the validator's in place of the system's where given."""
    if basis_for(validation, own_only=own_only) is RatingsBasis.SELF:
        return own
    assert validation is not None
    return Ratings(own.roadmap, apply_validation(own.assessment, validation))


def basis_words(validation: Validation | None, *, own_only: bool = False) -> str:
    """The basis in words, saying why the system's own ratings are used where they are."""
    if own_only:
        return OWN_ONLY
    return NO_VALIDATION if validation is None else BASIS_WORDS[RatingsBasis.VALIDATED]
