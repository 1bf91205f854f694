"""Terminal tables that wrap between words and never cut a word short, in a pipe as on a terminal."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text


def whole_words(table: Table) -> Table:
    """Give each column at least its longest word's width, and fold rather than cut what still cannot fit.

    rich shrinks columns to the console's width (80 in a pipe) and ends a word that does not fit with
    '…' ("Model developme…"): the reader loses text. Here a column keeps its longest word whole, and
    a word wider than the whole console is folded onto the next line, never cut.
    """
    for column in table.columns:
        texts = [column.header, *column.cells]
        words = [word for text in texts for word in _plain(text).split()]
        column.min_width = max((len(word) for word in words), default=column.min_width or 0) or None
        column.overflow = "fold"
    return table


def _plain(value: object) -> str:
    return value.plain if isinstance(value, Text) else value if isinstance(value, str) else ""
