"""The one Jinja environment, the Markdown escaping it needs, and rendering a view to text."""

from __future__ import annotations

import contextlib
import re
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.bccache import Bucket
from markupsafe import Markup

from cmhroadmap.bundled import bundled_templates
from cmhroadmap.safe_text import printable
from cmhroadmap.user_cache import cache_directory, code_stamp, remove_others

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~#!{}])")
_MD_BLOCK_START = re.compile(r"^(\d*)([-+=.)])")


def md(text: object) -> str:
    """User text as inert inline Markdown: one line, no markup, no HTML, safe inside a table cell."""
    value = printable(" ".join(str(text).split()))
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _MD_SPECIAL.sub(r"\\\1", value)
    # Text that would open a list or heading at the start of a line is made literal.
    return _MD_BLOCK_START.sub(r"\1\\\2", value, count=1)


def css_string(text: object) -> Markup:
    """User text as a quoted CSS string inside a <style> element, for the printed page margins.

    All but letters, digits and spaces is escaped, so that no quote, backslash or `</style>` can end
    the string or the element; the space after each escape ends it and is not shown.
    """
    escaped = "".join(
        char if char.isalnum() or char == " " else f"\\{ord(char):06x} " for char in printable(str(text))
    )
    return Markup(f'"{escaped}"')


class _TemplateCache(FileSystemBytecodeCache):
    """Compiled templates kept between runs: compiling them took a fifth of a report's time.

    Jinja checks each entry against its template's source. What it does not check, the settings
    compiled in (autoescaping, whitespace), is in this package's code, so entries are named by a
    stamp of that code and Jinja's version, and those of other code are removed. A cache that cannot
    be read or written only costs that time back.
    """

    def __init__(self, directory: Path) -> None:
        self.stamp = code_stamp(jinja2.__version__)
        super().__init__(str(directory), f"{self.stamp}-%s.cache")

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:
            # A damaged entry (Jinja unpickles and unmarshals it) is compiled again and replaced.
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)
            # "*.cache*": Jinja's own temporary files too, should one have been left behind.
            remove_others(Path(self.directory), "*.cache*", keep_prefix=self.stamp)


@cache
def environment(directory: Path | None = None) -> Environment:
    cache_dir = cache_directory("templates")
    env = Environment(
        loader=FileSystemLoader(directory or bundled_templates()),
        bytecode_cache=None if cache_dir is None else _TemplateCache(cache_dir),
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


TEMPLATES = {"markdown": "report.md", "html": "report.html"}


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)
