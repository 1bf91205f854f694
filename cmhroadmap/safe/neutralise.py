"""Making text from any input (roadmap data too) inert in the outputs that have a syntax of their own.

Where each output is made safe: a terminal and one-line messages by `cmhroadmap.safe.text` (control
characters shown as escapes); Markdown by `markdown` (links, HTML, code fences) and a Mermaid label by
`mermaid_label`; HTML by the Jinja environment's autoescaping and its `clean` filter; a CSV cell a
spreadsheet may run as a formula by `csv_cell` (through `cmhroadmap.writing.spreadsheet`, the one CSV
writer); JSON by `json_text` (control, C1 and bidi characters as JSON escapes); Word text by
`docx_text`; an xlsx cell by refusing the text (`first_control`, the `not-for-excel` problem).
`safe_url` says whether an address may become a link at all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

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
    value = _MD_BLOCK_START.sub(r"\1\\\2", value, count=1)
    return _unlinked(value)


# What GitHub's Markdown makes a live link without any markup: an address after a scheme, a www. name,
# an e-mail address. One character of each is written as an entity, which shows as itself but breaks
# the pattern, so that no link from a user's text can be clicked in a rendered report.
_AUTOLINK_SCHEME = re.compile(r"(?i)\b(https?|ftp|mailto|xmpp):")
_AUTOLINK_WWW = re.compile(r"(?i)\b(www)\.")
_AUTOLINK_EMAIL = re.compile(r"(?<=[A-Za-z0-9._+-])@(?=[A-Za-z0-9_-])")


def _unlinked(value: str) -> str:
    value = _AUTOLINK_SCHEME.sub(r"\1&#58;", value)
    value = _AUTOLINK_WWW.sub(r"\1&#46;", value)
    return _AUTOLINK_EMAIL.sub("&#64;", value)


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


def json_text(value: object, *, indent: int | None = 2) -> str:
    """`value` as JSON text whose strings hold no raw control, C1 or bidi character, only its escape.

    Non-ASCII letters stay as they are (names read as written), but a character that could move a
    terminal's cursor or turn text around when the file is shown is escaped, as JSON allows anywhere
    in a string; outside strings JSON has only ASCII, so the escapes land inside strings.
    """
    text = json.dumps(value, indent=indent, ensure_ascii=False)
    return CONTROL_CHARACTER.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def json_array_chunks(items: Iterable[object]) -> Iterator[str]:
    """A JSON array of `items` as json_text writes it, in pieces: one item at a time, never all held."""
    first = True
    for item in items:
        yield ("[\n  " if first else ",\n  ") + json_text(item)[:-1].replace("\n", "\n  ")
        first = False
    yield "[]\n" if first else "\n]\n"


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
