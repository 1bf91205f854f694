"""The one Jinja environment, the Markdown escaping it needs, and rendering a view to text."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from cmhroadmap.reading.bundled import bundled_templates
from cmhroadmap.reports.precompiled import PrecompiledLoader
from cmhroadmap.safe.neutralise import markdown
from cmhroadmap.safe.text import printable

# User text as inert inline Markdown (the `md` filter); the rules are in neutralise.
md = markdown


def css_string(text: object) -> Markup:
    """User text as a quoted CSS string inside a <style> element, for the printed page margins.

    All but letters, digits and spaces is escaped, so that no quote, backslash or `</style>` can end
    the string or the element; the space after each escape ends it and is not shown.
    """
    escaped = "".join(
        char if char.isalnum() or char == " " else f"\\{ord(char):06x} " for char in printable(str(text))
    )
    return Markup(f'"{escaped}"')


@cache
def environment(directory: Path | None = None) -> Environment:
    """The bundled templates' environment (their compiled modules while current), or another folder's."""
    if directory is None:
        return _configured(PrecompiledLoader(bundled_templates()))
    return _configured(FileSystemLoader(directory))


def source_environment() -> Environment:
    """The bundled templates compiled from their sources, as the wheel's build hook compiles them."""
    return _configured(FileSystemLoader(bundled_templates()))


def shown(value: object) -> object:
    """Every value a template prints, before autoescape: its control characters shown, never sent.

    The one place for HTML and Markdown alike, so that no field (a validator's name, a note) depends on
    a template remembering a filter. Markup made by our own filters is already safe and left as it is.
    """
    if isinstance(value, str) and not isinstance(value, Markup):
        return printable(value)
    return value


def _configured(loader: BaseLoader) -> Environment:
    env = Environment(
        finalize=shown,
        loader=loader,
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md
    env.filters["clean"] = printable
    env.filters["css_string"] = css_string
    return env


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)
