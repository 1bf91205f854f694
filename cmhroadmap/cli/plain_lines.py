"""Lines printed without rich when rich would print them unchanged: to a stream that is not a terminal.

Importing rich takes longer than a one-file `validate` spends reading the file; in a pipe, a CI log or
pre-commit, rich prints a line of problems exactly as it is given. So lines go straight to the stream
there, and through rich whenever it could change them: on a terminal, when the environment asks rich
for colour (FORCE_COLOR, TTY_COMPATIBLE), and for a line holding a tab or a control code rich strips.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import IO, Protocol

# What rich changes in a line even when it prints no style: tabs expanded, these control codes removed.
_RICH_CHANGES = frozenset("\t\x07\x08\x0b\x0c\r")
# The settings by which rich styles a stream that is not a terminal.
_COLOUR_SETTINGS = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")


class LinePrinter(Protocol):
    """What the commands need of a console to print lines: rich's, or the plain one below."""

    @property
    def file(self) -> IO[str]: ...

    @property
    def is_terminal(self) -> bool: ...

    def print(self, text: str, *, style: str | None = None, markup: bool = False) -> None: ...


def rich_would_style(stream: IO[str]) -> bool:
    """Whether rich could print anything but the bare text to `stream`."""
    if any(name in os.environ for name in _COLOUR_SETTINGS):
        return True
    isatty = getattr(stream, "isatty", None)
    try:
        return isatty is not None and bool(isatty())
    except ValueError:  # a closed stream: rich says it is no terminal either
        return False


class PlainLines:
    """Prints each line as it is, flushed, as rich does to a stream that is not a terminal."""

    is_terminal = False

    def __init__(self, *, stderr: bool, fallback: Callable[[], LinePrinter]) -> None:
        self._stderr = stderr
        self._fallback = fallback

    @property
    def file(self) -> IO[str]:
        return sys.stderr if self._stderr else sys.stdout

    def print(self, text: str, *, style: str | None = None, markup: bool = False) -> None:
        if not _RICH_CHANGES.isdisjoint(text):
            self._fallback().print(text, style=style, markup=markup)
            return
        stream = self.file
        stream.write(text + "\n")
        stream.flush()
