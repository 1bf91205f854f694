"""Making text from any input (roadmap data too) inert in the outputs that have a syntax of their own.

Where each output is made safe: a terminal and one-line messages by `cmhroadmap.safe.text` (control
characters shown as escapes); Markdown by `markdown` (links, HTML, code fences) and a Mermaid label by
`mermaid_label`; HTML by the Jinja environment's autoescaping and its `clean` filter; a CSV cell a
spreadsheet may run as a formula by `csv_cell` (through `cmhroadmap.writing.spreadsheet`, the one CSV
writer); Word text by `docx_text`; an xlsx cell by refusing the text (`first_control`, the
`not-for-excel` problem). `safe_url` says whether an address may become a link at all.
"""

from __future__ import annotations

import re

from cmhroadmap.safe.text import CONTROL_CHARACTER, one_line, printable

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~#!{}])")
_MD_BLOCK_START = re.compile(r"^(\d*)([-+=.)])")
# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# An http(s) address of the characters RFC 3986 allows, and a host: nothing that ends a Markdown
# link (">", space, newline), opens HTML ("<", '"') or hides what it is (controls, bidi overrides).
URL_PATTERN = (
    r"^https?://[A-Za-z0-9][A-Za-z0-9.-]*(?::[0-9]{1,5})?(?:[/?#][A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*)?$"
)
_URL = re.compile(URL_PATTERN)


_ENTITY_START = re.compile(r"&(?=#?[A-Za-z0-9]+;)")


def markdown(text: object) -> str:
    """Text as inert inline Markdown: one line, no markup, no HTML, safe inside a table cell."""
    value = one_line(str(text))
    # Only an "&" that would start an entity is escaped: "carers & communities" stays readable in the
    # Markdown file itself, where the board may read it unrendered.
    value = _ENTITY_START.sub("&amp;", value).replace("<", "&lt;").replace(">", "&gt;")
    value = _MD_SPECIAL.sub(r"\\\1", value)
    # Text that would open a list or heading at the start of a line is made literal.
    return _MD_BLOCK_START.sub(r"\1\\\2", value, count=1)


def mermaid_label(text: str) -> str:
    """Text for a quoted Mermaid label: one line, its quotes, brackets, backticks and '#' as entities.

    A newline could close the diagram's code fence in Markdown and start live HTML after it.
    """
    value = one_line(text)
    for char, code in (("#", "#35;"), ('"', "#quot;"), ("<", "#lt;"), (">", "#gt;"), ("`", "#96;")):
        value = value.replace(char, code)
    return value


def csv_cell(value: object) -> object:
    """A value for a CSV cell: control characters shown, a would-be formula kept as text.

    Numbers and flags pass unchanged; None is an empty cell.
    """
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    text = printable(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def first_control(text: str) -> str | None:
    """The first character of `text` that no output shows as itself, if any."""
    found = CONTROL_CHARACTER.search(text)
    return None if found is None else found.group()


def safe_url(url: str) -> bool:
    """Whether `url` is an http(s) address that may become a link in Markdown or HTML as it is."""
    return bool(_URL.match(url))


# Two non-characters that YAML's escapes can make and XML 1.0 refuses; Word would not open the file.
_NOT_IN_XML = re.compile(r"[\ufffe\uffff]")


def docx_text(text: str) -> str:
    """Text for a Word document's XML: control characters shown as escapes, newlines and tabs kept."""
    return _NOT_IN_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", printable(text))
