"""The board paper as a document: sections of paragraphs, lists, quotes and tables, in any output format.

`paper_view` decides every word; the Markdown and HTML templates and the Word writer only lay these
blocks out, so the three papers say the same. Text here is plain: each output makes it safe for itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar

# What the paper says wherever the team wrote nothing: the author fills it in, the tool never guesses.
NOT_STATED = "Not stated"


@dataclass(frozen=True)
class Para:
    kind: ClassVar[str] = "para"
    text: str
    # Said first, in bold: "The Board is asked to:".
    lead: str | None = None


@dataclass(frozen=True)
class Bullets:
    kind: ClassVar[str] = "bullets"
    items: list[str]
    numbered: bool = False


@dataclass(frozen=True)
class Quote:
    """The roadmap's own words, with where they come from."""

    kind: ClassVar[str] = "quote"
    text: str
    source: str


@dataclass(frozen=True)
class Facts:
    """A two-column table of labels and values, each label the header of its row (the summary table)."""

    kind: ClassVar[str] = "facts"
    rows: list[tuple[str, str]]
    caption: str


@dataclass(frozen=True)
class Table:
    """A table with a header row (repeated on every page); each cell is one or more lines."""

    kind: ClassVar[str] = "table"
    caption: str
    header: list[str]
    rows: list[list[list[str]]]
    # Relative widths of the columns, for Word and print; they add up to 100.
    widths: list[int] = field(default_factory=list)


Block = Para | Bullets | Quote | Facts | Table


@dataclass(frozen=True)
class Section:
    title: str
    blocks: Sequence[Block]
    subsections: Sequence[Section] = ()


@dataclass(frozen=True)
class Paper:
    """The whole paper: a title, the lines under it, its sections, and what the document says of itself."""

    title: str
    subtitle: str
    author: str
    sections: list[Section]
    footer: list[str]
    # The file's own properties (Word's document properties; the HTML page's <meta>).
    subject: str
    keywords: list[str]
    # When it was drafted: the document's created and modified dates.
    generated: dt.datetime
    # Addresses the footer may link to: http(s) only, checked where they are made.
    links: list[tuple[str, str]] = field(default_factory=list)
