"""Reading a YAML file safely into plain Python data that remembers where every value came from.

Two readings share the work. The fast one (libyaml, `fast`) takes every plain file and places
its values only when a problem needs a line; the careful one (ruamel, `careful`) takes the rest,
refusing each oddity (tags, aliases, duplicate keys...) at its position. Both place values alike.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cmhroadmap.problems.problem import Problem, ProblemsFound, Severity, subject_of
from cmhroadmap.reading.bounded import InputRefused, read_bounded
from cmhroadmap.yamlread.fast import TooManyValues, fast_load, fast_positions
from cmhroadmap.yamlread.limits import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_VALUES,
    Loc,
    Position,
    excessive_nesting,
    position_at,
    too_many_values,
)

__all__ = [
    "MAX_DEPTH",
    "MAX_VALUES",
    "Loc",
    "Position",
    "SourceDocument",
    "display_path",
    "load_yaml",
    "parse_yaml",
]


@dataclass
class SourceDocument:
    """A parsed file: its plain data, and the line/column (1-based) of every value and key."""

    path: str
    data: Any
    values: dict[Loc, Position] = field(default_factory=dict)
    keys: dict[Loc, Position] = field(default_factory=dict)
    # Text read by the fast parser, whose positions are worked out only when a problem needs one.
    unlocated: str | None = None
    # Problems found while reading that leave the data usable (a key written twice): reported with
    # the checks of the whole document, so one run shows them all.
    reading_problems: list[Problem] = field(default_factory=list)

    def locate(self, loc: Sequence[str | int], *, key: bool = False) -> Position:
        """Position of the value (or key) at `loc`, or of the nearest enclosing one that exists."""
        if self.unlocated is not None:
            text, self.unlocated = self.unlocated, None
            self.values, self.keys = fast_positions(text)
        path = tuple(loc)
        if key and path in self.keys:
            return self.keys[path]
        while path:
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), (1, 1))

    def key_name(self, loc: Sequence[str | int]) -> str:
        """How the user's file names the key at `loc` (its last key): in YAML, the key itself.

        A workbook names it by its column or label instead; messages ask the document, never assume.
        """
        return next((str(part) for part in reversed(loc) if isinstance(part, str)), "")

    def problem(
        self,
        loc: Sequence[str | int],
        severity: Severity,
        code: str,
        message: str,
        *,
        key: bool = False,
        deliverable: str | None = None,
    ) -> Problem:
        """A problem at `loc`, about the deliverable and field that `loc` names (or `deliverable`)."""
        line, column = self.locate(loc, key=key)
        found, field = subject_of(loc)
        if deliverable is not None and found != deliverable:
            field = None  # the place is where the deliverable would go, not one of its fields
        return Problem(
            self.path, line, column, severity, code, message, deliverable=deliverable or found, field=field
        )


_ZIP_START = b"PK\x03\x04"


def read_text(path: Path, display: str) -> str:
    """The file's text, or ProblemsFound saying why it cannot be read as UTF-8 text."""

    def refuse(code: str, message: str, line: int = 1, column: int = 1) -> ProblemsFound:
        return ProblemsFound([Problem(display, line, column, Severity.ERROR, code, message)])

    try:
        raw = read_bounded(path, MAX_FILE_BYTES)
    except InputRefused as refused:
        raise refuse(refused.code, str(refused)) from None
    if raw.startswith(_ZIP_START):
        # An .xlsx (a zip archive) handed to validate or assess: say what to run, not "not UTF-8".
        name = path.with_suffix(".yaml").name
        command = f"cmhroadmap workbook import {display} -o {name}"
        raise refuse(
            "workbook-not-yaml",
            "this is an Excel workbook (or another zip file), not a YAML file; to turn a filled-in "
            f"workbook into an assessment file, run: {command}",
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start].decode("utf-8").removeprefix("\ufeff")
        raise refuse(
            "not-utf8",
            f"byte 0x{raw[error.start]:02x} is not valid UTF-8; save the file as UTF-8",
            *position_at(before, len(before)),
        ) from None
    # Editors on Windows often start UTF-8 files with a byte-order mark; it carries no meaning.
    return text.removeprefix("\ufeff")


def parse_yaml(text: str, display: str, *, fast: bool = True) -> SourceDocument:
    """Parse YAML text into a SourceDocument, or raise ProblemsFound with every position known.

    A plain file is read by the fast parser and placed (line and column) only if a problem needs it;
    anything unusual is read carefully by the round-trip parser from the start.
    """
    too_deep = excessive_nesting(text)
    if too_deep is not None:
        message = f"nested more than {MAX_DEPTH} levels deep"
        raise ProblemsFound([Problem(display, *too_deep, Severity.ERROR, "too-deep", message)])
    if fast:
        try:
            plain, data = fast_load(text, MAX_DEPTH, MAX_VALUES)
        except TooManyValues as limit:
            message = too_many_values(MAX_VALUES)
            raise ProblemsFound(
                [Problem(display, *limit.position, Severity.ERROR, "too-many-values", message)]
            ) from None
        if plain:
            return SourceDocument(display, data, unlocated=text)
    # Imported here: ruamel is needed only for unusual files, and importing it costs a command's start.
    from cmhroadmap.yamlread.careful import ReaderFailed, parse_carefully  # noqa: PLC0415
    from cmhroadmap.yamlread.tabs import read_past_tabs  # noqa: PLC0415

    try:
        (data, values, keys, soft), untabbed = read_past_tabs(
            text, lambda text: parse_carefully(text, display)
        )
    except ReaderFailed as failure:
        # ruamel stumbled on a text it should read; libyaml's reading is better than none, when it
        # finds nothing unusual past the constructs that sent the text here.
        try:
            plain, data = fast_load(text, MAX_DEPTH, MAX_VALUES, screen=False)
        except TooManyValues:
            plain = False
        if not plain:
            raise ProblemsFound([failure.problem]) from None
        return SourceDocument(display, data, unlocated=text)
    # A tab read as spaces is an error of the file, reported with the rest of its problems.
    values, keys = untabbed.place(values), untabbed.place(keys)
    return SourceDocument(display, data, values, keys, reading_problems=untabbed.problems + soft)


def display_path(path: Path) -> str:
    """The path as a user in the current directory would type it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith(os.pardir + os.sep + os.pardir) else relative


def load_yaml(path: Path, display: str | None = None) -> SourceDocument:
    """Read and parse one YAML file; `display` is the path as the user should see it."""
    shown = display if display is not None else str(path)
    return parse_yaml(read_text(path, shown), shown)
