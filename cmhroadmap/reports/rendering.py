"""The one Jinja environment, the Markdown escaping it needs, and rendering a view to text."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from cmhroadmap.bundled import bundled_templates
from cmhroadmap.safe_text import printable

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~#!{}])")
_MD_BLOCK_START = re.compile(r"^(\d*)([-+=.)])")


def md(text: object) -> str:
    """User text as inert inline Markdown: one line, no markup, no HTML, safe inside a table cell."""
    value = printable(" ".join(str(text).split()))
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _MD_SPECIAL.sub(r"\\\1", value)
    # Text that would open a list or heading at the start of a line is made literal.
    return _MD_BLOCK_START.sub(r"\1\\\2", value, count=1)


@cache
def environment(directory: Path | None = None) -> Environment:
    env = Environment(
        loader=FileSystemLoader(directory or bundled_templates()),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md
    env.filters["clean"] = printable
    return env


TEMPLATES = {"markdown": "report.md", "html": "report.html"}


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)
