"""The one Jinja environment, the Markdown escaping it needs, and rendering a view to text."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from cmhroadmap.bundled import bundled_templates
from cmhroadmap.neutralise import markdown
from cmhroadmap.safe_text import printable

# User text as inert inline Markdown (the `md` filter); the rules are in neutralise.
md = markdown


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
