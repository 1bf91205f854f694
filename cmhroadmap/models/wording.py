"""pydantic's validation errors said in plain words: what is wrong and what to write instead."""

from __future__ import annotations

from typing import Any

from pydantic_core import ErrorDetails

NUMBER_TYPES = ("int_type", "int_parsing", "int_from_float")
_LIST_TYPES = ("tuple_type", "list_type", "set_type", "frozen_set_type")
_MAPPING_TYPES = ("dict_type", "model_type", "model_attributes_type")
# What each pattern of the models asks for, in words, with an example.
_PATTERNS = {
    r"^[A-Z0-9]{3,10}$": "three to ten capital letters or digits, such as QXX",
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$": "lower-case words joined by hyphens, such as joint-governance",
    r"^[a-z0-9-]+(?:/[a-z0-9-]+)?$": "lower-case letters, digits and hyphens, such as model-development",
    r"^https?://\S+$": "a web address starting https://, with no spaces",
}
# How a field is written, for the fields people most often get wrong.
_EXAMPLES = {
    "success_met": "success_met: [1, 2]",
    "focus_areas": "focus_areas: [cen, eating-disorders]",
    "rating": "rating: 3",
    "relies_upon": "relies_upon: [joint-governance]",
}


def plain_message(detail: ErrorDetails, subject: str, name: str, *, yaml: bool = True) -> str:
    """What pydantic found, said in plain words: what is wrong and what to write instead.

    `name` is the key in YAML; `yaml` False when the file is a workbook, whose cells hold no YAML.
    """
    kind = detail["type"]
    context: dict[str, Any] = dict(detail.get("ctx") or {})
    example = _EXAMPLES.get(name)
    such_as = f", such as {example}" if example and subject == name and yaml else ""
    if kind in NUMBER_TYPES:
        scale = " from 1 to 4" if name == "rating" else ""
        return f"{subject} must be a whole number{scale}{such_as}"
    if kind in _LIST_TYPES and not yaml:
        return f"{subject} must be a list separated by commas"
    if kind in _LIST_TYPES:
        return f"{subject} must be a list in square brackets{such_as or ', such as [1, 2]'}"
    if kind in _MAPPING_TYPES and not yaml:
        return f"{subject} must be one 'id: reason' per line"
    if kind in _MAPPING_TYPES:
        return (
            f"{subject} must be a mapping: its keys indented on the lines below it, each written key: value"
        )
    if kind == "string_type" and not yaml:
        return f"{subject} must be text"
    if kind == "string_type":
        return f"{subject} must be text (put it in quotes if it looks like a number or a date)"
    if kind in ("bool_type", "bool_parsing"):
        return f"{subject} must be true or false"
    if kind in ("float_type", "float_parsing"):
        return f"{subject} must be a number"
    if kind == "string_pattern_mismatch":
        wanted = _PATTERNS.get(str(context.get("pattern")), "written in the expected form")
        return f"{subject} must be {wanted}"
    if kind in ("string_too_short", "too_short"):
        return f"{subject} must not be empty: fill it in, or delete the key"
    if kind in ("string_too_long", "too_long"):
        return f"{subject} is too long"
    if kind in ("greater_than_equal", "greater_than"):
        bound = context.get("ge", context.get("gt"))
        return (
            f"{subject} must be {bound} or more"
            if "ge" in context
            else f"{subject} must be more than {bound}"
        )
    if kind in ("less_than_equal", "less_than"):
        bound = context.get("le", context.get("lt"))
        return (
            f"{subject} must be {bound} or less"
            if "le" in context
            else f"{subject} must be less than {bound}"
        )
    if kind in ("literal_error", "enum"):
        return f"{subject} must be {context.get('expected', 'one of the listed values')}"
    message = detail["msg"]
    if kind.startswith("value_error"):
        message = message.removeprefix("Value error, ")
    # Our own validators' messages are already in plain words; anything else is reworded at least.
    message = message.replace("Input should be", "must be").replace("input should be", "must be")
    return message[0].lower() + message[1:] if message else f"{subject} is not valid here"
