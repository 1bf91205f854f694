"""The strict base model and the field types shared by every file model."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    StrictStr,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from cmhroadmap.safe.neutralise import URL_PATTERN, first_control, safe_url
from cmhroadmap.safe.text import quoted
from cmhroadmap.writing.atomic import reserved_name
from cmhroadmap.yamlread.dates import DateRefused, date_from_text


class StrictModel(BaseModel):
    """Base of every file model: unknown keys are errors and values are never coerced silently."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def _iso_date(value: Any) -> Any:
    """Accept only YYYY-MM-DD text (or a date), never numbers read as timestamps."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError(
            "invalid-date",
            "must be a date written YYYY-MM-DD, such as 2025-03-31; got {value}",
            {"value": quoted(value)},
        )
    try:
        return date_from_text(value)
    except DateRefused as refused:
        # Braces in the user's text must not be read as the message's placeholders.
        raise PydanticCustomError("invalid-date", "{message}", {"message": str(refused)}) from None


def not_reserved(value: str) -> str:
    """Refuse a code or id Windows keeps for a device: it becomes a file or folder name when published."""
    if reserved_name(value):
        raise PydanticCustomError(
            "reserved-name",
            "{value} is a name Windows keeps for a device (as are CON, PRN, AUX, NUL, COM1-9 and LPT1-9), "
            "and it becomes a file name when published; choose another",
            {"value": quoted(value)},
        )
    return value


Text = Annotated[StrictStr, StringConstraints(min_length=1, strip_whitespace=True)]
Id = Annotated[
    StrictStr, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$"), AfterValidator(not_reserved)
]
ColumnId = Annotated[StrictStr, StringConstraints(pattern=r"^[a-z0-9-]+(?:/[a-z0-9-]+)?$")]


def _url(value: str) -> str:
    if not safe_url(value):
        raise PydanticCustomError(
            "invalid-url",
            "write a web address starting https:// (or http://), with no spaces, quotes, "
            "angle brackets or other characters a link cannot hold, such as https://www.england.nhs.uk/",
        )
    return value


# An http(s) address that can become a link as it is, in Markdown and HTML.
Url = Annotated[StrictStr, AfterValidator(_url), WithJsonSchema({"type": "string", "pattern": URL_PATTERN})]


def _no_controls(value: str) -> str:
    found = first_control(value)
    if found is not None:
        raise PydanticCustomError(
            "control-character",
            "contains an invisible control character (U+{code}); delete it",
            {"code": f"{ord(found):04X}"},
        )
    return value


# Text that every output shows as it is: no terminal escapes or bidi overrides (roadmap text is
# printed, rendered and exported everywhere; newlines and tabs are kept).
PlainText = Annotated[Text, AfterValidator(_no_controls)]
IsoDate = Annotated[dt.date, BeforeValidator(_iso_date), WithJsonSchema({"type": "string", "format": "date"})]
