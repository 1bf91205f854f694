"""The catalogue of problem codes: each defined once, with what it means and how to fix it.

The entries live in `cmhroadmap/problems/codes/`, one module per kind of input; this module gathers
them, answers `explain`, and writes the reference page docs/problems.md.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

from cmhroadmap.formats.registry import MARKDOWN, PLAIN_TEXT, Registry
from cmhroadmap.problems.problem import Severity


@dataclass(frozen=True)
class Code:
    """One problem code as a user can look it up with `cmhroadmap explain CODE`."""

    code: str
    severity: Severity  # the usual severity; a check may report it at another, as its message says
    title: str  # one line
    meaning: str  # what it means, in the user's terms
    fix: str  # what to write instead
    example: str  # a short line of a file that leads to it


@dataclass(frozen=True)
class Group:
    """The codes of one kind of input, in the order the reference page lists them."""

    title: str
    codes: tuple[Code, ...]


# `explain` prints plain text, or Markdown for the reference page docs/problems.md.
EXPLANATION_FORMATS: Registry[Any] = Registry("the explanation", (PLAIN_TEXT, MARKDOWN))


def groups() -> list[Group]:
    """Every group of codes, in reference order."""
    # Imported here: only `explain`, the reference page and the tests need the catalogue's text.
    from cmhroadmap.problems.codes import (  # noqa: PLC0415
        assessment,
        files,
        many_files,
        roadmap,
        values,
        versions,
        workbook,
    )

    return [module.GROUP for module in (files, values, assessment, roadmap, versions, workbook, many_files)]


def catalogue() -> dict[str, Code]:
    """Every code by name; a code defined twice is a mistake the tests catch here."""
    found: dict[str, Code] = {}
    for group in groups():
        for entry in group.codes:
            if entry.code in found:
                raise ValueError(f"problem code {entry.code} is defined twice")
            found[entry.code] = entry
    return found


def explain_text(entry: Code) -> str:
    """One entry as `explain CODE` prints it."""
    # Backticks mark code on the reference page; on a terminal they are only noise.
    meaning, fix = entry.meaning.replace("`", ""), entry.fix.replace("`", "")
    return (
        f"{entry.code} ({entry.severity}): {entry.title}\n\n"
        f"{meaning}\n\nHow to fix it: {fix}\n\n"
        f"For example, this leads to it (the mistake, not what to write):\n"
        f"{textwrap.indent(entry.example, '    ')}\n"
    )


def listing_text() -> str:
    """Every code with its title, as `explain` with no code prints them."""
    entries = catalogue().values()
    width = max(len(entry.code) for entry in entries)
    lines = [f"{entry.code:<{width}}  {entry.title}" for entry in entries]
    return "\n".join(lines) + "\n\nRun cmhroadmap explain CODE for what a code means and how to fix it.\n"


def markdown_reference() -> str:
    """docs/problems.md: every code, grouped by the kind of input it is found in."""
    lines = [
        "# Problem codes",
        "",
        "<!-- Generated from cmhroadmap/problems/codes/ by `make problems-doc`; do not edit by hand. -->",
        "",
        "Every problem the tool reports is written `path:line:col: severity code: message`. This page",
        "lists every code; `cmhroadmap explain CODE` prints one entry in the terminal.",
        "",
    ]
    for group in groups():
        lines += [f"## {group.title}", ""]
        for entry in group.codes:
            lines += [
                f"### `{entry.code}`",
                "",
                f"**{entry.title}** ({entry.severity})",
                "",
                entry.meaning,
                "",
                f"How to fix it: {entry.fix}",
                "",
                "For example, this leads to it (the mistake, not what to write):",
                "",
                "```text",
                entry.example,
                "```",
                "",
            ]
    return "\n".join(lines)
