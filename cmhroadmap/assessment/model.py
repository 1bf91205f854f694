"""The shape of a self-assessment file, as strict pydantic models."""

# No `from __future__ import annotations` here: pydantic would evaluate every annotation again from
# its text when each class is made (2-3% of a one-file validate).

import re
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, StrictInt, StringConstraints, WithJsonSchema
from pydantic_core import PydanticCustomError

from cmhroadmap.models.base import Id, IsoDate, StrictModel, Text, not_reserved

# ASCII digits only, and the whole text: Python's \d takes "２０２３" and its $ a final newline, either of
# which would let a look-alike period stand beside the real one.
PERIOD_PATTERN = r"^[0-9]{4}/[0-9]{2}$"
_PERIOD = re.compile(r"([0-9]{4})/([0-9]{2})", re.ASCII)
_AREA_SEPARATORS = re.compile(r"[,;\s]+")
# Two years written another way (2024-25, 2024-2025, 2024 / 25): enough to say which period to write.
_PERIOD_OTHERWISE = re.compile(r"\s*([0-9]{4})\s*[-_/ ]\s*([0-9]{2}|[0-9]{4})\s*", re.ASCII)


def split_focus_areas(text: str | None) -> list[str]:
    """Focus area ids as people list them, on the command line or in a cell: 'cen, eating-disorders'.

    Commas, semicolons and spaces all separate, since Excel users reach for each.
    """
    return [area for area in _AREA_SEPARATORS.split(text or "") if area]


def check_period(value: Any) -> Any:
    """An NHS financial year written YYYY/YY, the two years consecutive (2023/24)."""
    if not isinstance(value, str):
        raise PydanticCustomError("invalid-period", "period must be text like 2023/24")
    match = _PERIOD.fullmatch(value)
    if match is None:
        raise PydanticCustomError(
            "invalid-period", "period must be written YYYY/YY, like 2023/24" + _instead(value)
        )
    start, end = int(match.group(1)), int(match.group(2))
    if (start + 1) % 100 != end:
        expected = f"{start}/{(start + 1) % 100:02d}"
        raise PydanticCustomError(
            "invalid-period",
            "the years of a period must be consecutive: {value} should be {expected}",
            {"value": value, "expected": expected},
        )
    return value


def _instead(value: str) -> str:
    """What to write instead, where the text names two consecutive years another way; else nothing."""
    if value != value.strip() and _PERIOD.fullmatch(value.strip()):
        # "write 2024/25" would read the same as what was written: say what is really there.
        return "; delete the space or line break around it"
    found = _PERIOD_OTHERWISE.fullmatch(value)
    if found is None:
        return ""
    start, end = int(found.group(1)), int(found.group(2))
    if end not in (start + 1, (start + 1) % 100):
        return ""
    return f"; write {start}/{(start + 1) % 100:02d}"


def _none_as_empty(value: Any) -> Any:
    """An entry left empty in the file (`joint-governance:`) is simply not yet assessed."""
    return {} if value is None else value


Period = Annotated[
    str,
    BeforeValidator(check_period),
    WithJsonSchema({"type": "string", "pattern": PERIOD_PATTERN, "examples": ["2023/24"]}),
]
OdsCode = Annotated[
    str, StringConstraints(strict=True, pattern=r"^[A-Z0-9]{3,10}$"), AfterValidator(not_reserved)
]
Rating = StrictInt
MarkerNumber = Annotated[StrictInt, Field(ge=1)]


class Organisation(StrictModel):
    name: Text
    code: OdsCode = Field(description="The organisation's ODS code, e.g. QXX.")


class Target(StrictModel):
    rating: Rating
    by: IsoDate


class DeliverableRating(StrictModel):
    """One deliverable's self-assessment; every field may be left empty until it is filled in."""

    rating: Rating | None = Field(default=None, description="1-4 on the tool's four-point scale.")
    evidence: Text | None = None
    success_met: tuple[MarkerNumber, ...] = Field(
        default=(), description="Numbers (1-based) of the Success markers evidenced."
    )
    owner: Text | None = None
    target: Target | None = None
    acknowledged: dict[Id, Text] = Field(
        default_factory=dict,
        description="Dependency warnings the team accepts: deliverable id to the reason.",
    )
    notes: Text | None = None
    review: Text | None = Field(
        default=None,
        description="What `migrate` asks the team to check; `validate` warns until it is deleted.",
    )


class Assessment(StrictModel):
    """A system's self-assessment for one period against one roadmap."""

    roadmap: Id
    organisation: Organisation
    period: Period
    assessed_on: IsoDate
    prepared_by: Text | None = None
    focus_areas: tuple[Id, ...] = ()
    deliverables: dict[
        Annotated[str, StringConstraints(strict=True)],
        Annotated[
            DeliverableRating,
            BeforeValidator(_none_as_empty, json_schema_input_type=DeliverableRating | None),
        ],
    ] = Field(default_factory=dict)
    retired: dict[
        Annotated[str, StringConstraints(strict=True)],
        Annotated[
            DeliverableRating,
            BeforeValidator(_none_as_empty, json_schema_input_type=DeliverableRating | None),
        ],
    ] = Field(
        default_factory=dict,
        description="Entries for deliverables an earlier roadmap version had, kept by `migrate` so that "
        "nothing is lost; nothing is rated from them.",
    )
    notes: Text | None = None
