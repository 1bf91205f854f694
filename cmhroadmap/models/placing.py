"""Turning pydantic validation errors into Problems placed at the line and column of the bad value."""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from cmhroadmap.models.wording import NUMBER_TYPES, plain_message
from cmhroadmap.problems.problem import Problem, Severity, subject_of
from cmhroadmap.problems.suggest import did_you_mean
from cmhroadmap.safe.text import quoted
from cmhroadmap.yamlread.source import SourceDocument

ModelT = TypeVar("ModelT", bound=BaseModel)
# A number written with its words, as in a drop-down: "3 - Partially in place".
_NUMBER_AND_WORDS = re.compile(r"^\s*(\d+)\s*[-–:.)]?\s+[A-Za-z]")

_VALUE_TYPES = (
    "literal_error",
    "enum",
    "string_pattern_mismatch",
    "string_too_short",
    "string_too_long",
    "too_short",
    "too_long",
    "greater_than",
    "greater_than_equal",
    "less_than",
    "less_than_equal",
    "url_parsing",
    "url_scheme",
)


def validate_document(
    model: type[ModelT], document: SourceDocument, data: Any = None, loc: Sequence[str | int] = ()
) -> tuple[ModelT | None, list[Problem]]:
    """Validate `data` (the whole document by default) against `model`; problems carry positions."""
    payload = document.data if data is None else data
    if not isinstance(payload, dict):
        what = "an empty file" if payload is None and not loc else f"{_kind(payload)}"
        message = f"expected a mapping of keys to values, found {what}"
        if loc:
            # An entry written on one line ("joint-governance: 3") is the usual slip.
            message = (
                f"{loc[-1]} must be a mapping: its keys indented on the lines below it, each written "
                f"key: value (such as rating: 3); found {what}"
            )
        return None, [document.problem(loc, Severity.ERROR, "not-a-mapping", message)]
    # Problems from reading that left the data usable belong to the checks of the whole document.
    reading = list(document.reading_problems) if data is None and not loc else []
    try:
        return model.model_validate(payload), reading
    except ValidationError as error:
        return None, reading + problems_from_error(error, document, model, loc)


def problems_from_error(
    error: ValidationError,
    document: SourceDocument,
    model: type[BaseModel],
    base: Sequence[str | int] = (),
) -> list[Problem]:
    """One Problem for each error pydantic reports, at the position of the offending key or value."""
    problems = []
    for detail in error.errors(include_url=False):
        loc = (*base, *(part for part in detail["loc"] if isinstance(part, str | int)))
        problems.append(_problem(detail, loc, document, model, len(base)))
    return problems


def _problem(
    detail: ErrorDetails,
    loc: tuple[str | int, ...],
    document: SourceDocument,
    model: type[BaseModel],
    skip: int,
) -> Problem:
    kind = detail["type"]
    # The key as the user's file names it (a workbook's column); `key` picks examples and hints.
    key = _field_name(loc)
    name = document.key_name(loc) if key else key
    if kind == "extra_forbidden":
        allowed = _fields_at(model, loc[skip:-1])
        message = f"unknown key {quoted(str(loc[-1]))}" + did_you_mean(str(loc[-1]), allowed)
        if allowed and not did_you_mean(str(loc[-1]), allowed):
            message += f"; expected one of: {', '.join(allowed)}"
        return document.problem(loc, Severity.ERROR, "unknown-key", message, key=True)
    if kind == "missing":
        found = document.problem(loc[:-1], Severity.ERROR, "missing-key", f"missing required key '{loc[-1]}'")
        # Placed at the mapping the key is missing from, but about the missing key itself.
        deliverable, field = subject_of(loc)
        return dataclasses.replace(found, deliverable=deliverable or found.deliverable, field=field)
    code = _code(kind)
    subject = f"each item of {name}" if loc and isinstance(loc[-1], int) and name else name
    message = plain_message(detail, subject or "the value", key, yaml=name == key)
    given = detail["input"]
    if code in ("wrong-type", "invalid-value") and not isinstance(given, dict | list):
        message += f"; got {quoted(given)}"
        number_as_text = kind in NUMBER_TYPES and isinstance(given, str) and name == key
        if number_as_text and given.strip().isdigit():
            message += " (write the number without quotes)"
        elif number_as_text and (level := _NUMBER_AND_WORDS.match(given)):
            message += f" (write just the number: {name}: {level.group(1)})"
    elif message.startswith("must "):
        message = f"{subject} {message}"
    elif not message.startswith(subject):
        message = f"{name}: {message}" if name else message
    return document.problem(loc, Severity.ERROR, code, message)


def _code(kind: str) -> str:
    if kind in _VALUE_TYPES or kind.startswith("value_error"):
        return "invalid-value"
    if kind.startswith(("date", "datetime")):
        return "invalid-date"
    if kind.endswith(("_type", "_parsing")) or kind in ("model_attributes_type", "dict_type"):
        return "wrong-type"
    # Custom errors raised by our validators name their own code.
    return kind.replace("_", "-")


def _field_name(loc: Sequence[str | int]) -> str:
    for part in reversed(loc):
        if isinstance(part, str):
            return part
    return ""


def _kind(value: object) -> str:
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return f"a single value ({quoted(value)})"


def _fields_at(model: type[BaseModel], loc: Sequence[str | int]) -> list[str]:
    """The keys the model accepts at `loc`, for suggestions; [] when that is not a model."""
    current: Any = model
    for part in loc:
        current = _unwrap(current, part)
        if current is None:
            return []
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [info.alias or name for name, info in current.model_fields.items()]
    return []


def _unwrap(annotation: Any, part: str | int) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        info = annotation.model_fields.get(str(part))
        return _strip(info.annotation) if info is not None else None
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (list, tuple, set, frozenset) and isinstance(part, int) and args:
        return _strip(args[0])
    if origin is dict and isinstance(part, str) and len(args) == 2:
        return _strip(args[1])
    return None


def _strip(annotation: Any) -> Any:
    """Look through Annotated[...] and Optional[...] to the type inside."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            inner = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = inner[0] if len(inner) == 1 else annotation
            if len(inner) != 1:
                return annotation
        else:
            return annotation
