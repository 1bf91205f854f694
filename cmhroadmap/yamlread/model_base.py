"""The strict base model and the field types shared by every file model."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, StrictStr, StringConstraints, WithJsonSchema
from pydantic_core import PydanticCustomError

from cmhroadmap.safe_text import quoted


class StrictModel(BaseModel):
    """Base of every file model: unknown keys are errors and values are never coerced silently."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date(value: Any) -> Any:
    """Accept only YYYY-MM-DD text (or a date), never numbers read as timestamps."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise PydanticCustomError(
            "invalid-date",
            "must be a date written YYYY-MM-DD, such as 2024-03-31; got {value}",
            {"value": quoted(value)},
        )
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise PydanticCustomError(
            "invalid-date",
            "there is no such date as {value} ({reason}); write a real date as YYYY-MM-DD",
            {"value": value, "reason": str(error)},
        ) from None


Text = Annotated[StrictStr, StringConstraints(min_length=1, strip_whitespace=True)]
Id = Annotated[StrictStr, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
ColumnId = Annotated[StrictStr, StringConstraints(pattern=r"^[a-z0-9-]+(?:/[a-z0-9-]+)?$")]
Url = Annotated[StrictStr, StringConstraints(pattern=r"^https?://\S+$")]
IsoDate = Annotated[dt.date, BeforeValidator(_iso_date), WithJsonSchema({"type": "string", "format": "date"})]
