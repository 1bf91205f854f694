"""Reading on past a tab YAML refuses: the tab is reported, and the text read as if it were spaces.

A tab that indents a line, or follows `key:`, stops a YAML parser at once; one run should still show
every other problem in the file. Each refused tab becomes one error, and the reading starts again
with spaces in its place: one space inside a line; in an indentation, as many as fit the lines
around it (one level deeper under a line ending in ':', else level with the line above), checked by
reading on. Only so many tabs are read past; after that the file stops at the next.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from cmhroadmap.problems.problem import Problem, ProblemsFound
from cmhroadmap.yamlread.limits import LINE_BREAK, Loc, Position

MAX_TABS = 10
# Each tab costs a few more readings of the whole file: a large file reads past fewer, so that no
# file takes more than a few seconds (ruamel reads about a MiB in 3 s).
MAX_REREAD = 1_500_000  # characters
STEP = 2  # the indentation init writes, and most files use
T = TypeVar("T")


@dataclass
class Untabbed:
    """The text with the refused tabs replaced, the problems saying where each was, and column shifts."""

    text: str
    problems: list[Problem] = field(default_factory=list)
    # line -> (columns in the original indentation, columns in its replacement)
    shifts: dict[int, tuple[int, int]] = field(default_factory=dict)

    def place(self, positions: dict[Loc, Position]) -> dict[Loc, Position]:
        """Positions in the replaced text, put back where the user sees them in the original."""
        if not self.shifts:
            return positions
        placed = {}
        for loc, (line, column) in positions.items():
            old, new = self.shifts.get(line, (0, 0))
            placed[loc] = (line, column - new + old if column > new else column)
        return placed


def _line_bounds(text: str, line: int) -> tuple[int, int]:
    """Start and end index of 1-based `line` (the end before its line break)."""
    start = 0
    for number, match in enumerate(LINE_BREAK.finditer(text), start=2):
        if number > line:
            return start, match.start()
        start = match.end()
    return start, len(text)


def _indent_of(text: str, line: int) -> tuple[int, bool] | None:
    """The indentation of the nearest line above with content, and whether it opens a block (ends ':')."""
    for number in range(line - 1, 0, -1):
        start, end = _line_bounds(text, number)
        content = text[start:end]
        stripped = content.split(" #")[0].rstrip()
        if stripped.strip() and not stripped.lstrip().startswith("#"):
            indent = len(content) - len(content.lstrip(" "))
            return indent, stripped.endswith(":")
    return None


def read_past_tabs(text: str, parse: Callable[[str], T]) -> tuple[T, Untabbed]:
    """`parse(text)` with each refused tab reported and replaced; ProblemsFound when it still fails."""
    untabbed = Untabbed(text)
    budget = MAX_REREAD
    while True:
        try:
            return parse(untabbed.text), untabbed
        except ProblemsFound as found:
            problem = found.problems[0] if len(found.problems) == 1 else None
            budget -= 3 * len(text)  # this reading past, and up to two trials of an indentation
            if problem is None or len(untabbed.problems) >= MAX_TABS or budget < 0:
                raise ProblemsFound(untabbed.problems + found.problems) from None
            start, end = _line_bounds(untabbed.text, problem.line)
            line_text = untabbed.text[start:end]
            index = start + problem.column - 1
            if not start <= index < end or untabbed.text[index] != "\t":
                raise ProblemsFound(untabbed.problems + found.problems) from None
            untabbed.problems.append(_in_original(problem, untabbed))
            indent = len(line_text) - len(line_text.lstrip(" \t"))
            if index - start >= indent:  # inside the line, after a key: one space, columns kept
                untabbed.text = untabbed.text[:index] + " " + untabbed.text[index + 1 :]
                continue
            untabbed.text = _reindent(untabbed, problem.line, start, indent, parse)


def _in_original(problem: Problem, untabbed: Untabbed) -> Problem:
    old, new = untabbed.shifts.get(problem.line, (0, 0))
    column = problem.column - new + old if problem.column > new else problem.column
    return Problem(problem.path, problem.line, column, problem.severity, problem.code, problem.message)


def _reindent(untabbed: Untabbed, line: int, start: int, indent: int, parse: Callable[[str], object]) -> str:
    """The text with `line`'s indentation made of spaces, the width that reads on furthest."""
    text = untabbed.text
    above = _indent_of(text, line)
    widths = (
        [0] if above is None else ([above[0] + STEP, above[0]] if above[1] else [above[0], above[0] + STEP])
    )
    best, reached = widths[0], -1
    for width in widths:
        candidate = text[:start] + " " * width + text[start + indent :]
        try:
            parse(candidate)
        except ProblemsFound as found:
            stopped = found.problems[0].line if found.problems else 0
        else:
            stopped = 1 << 30
        if stopped > reached:
            best, reached = width, stopped
    old = untabbed.shifts.get(line, (indent, indent))[0]
    untabbed.shifts[line] = (old, best)
    return text[:start] + " " * best + text[start + indent :]
