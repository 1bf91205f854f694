"""Problems in the order a person reads them: errors first, and unrated deliverables said once per file."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cmhroadmap.problems.problem import Problem, Severity

NOT_RATED = "not-assessed"
# Enough ids to recognise the file's state at a glance; --verbose lists every one.
SHOWN_IDS = 8


@dataclass(frozen=True)
class ForReading:
    """What a text report prints: problem lines, then one line per file with deliverables not rated."""

    lines: list[Problem]
    not_rated: list[tuple[Severity, str]]


def for_reading(problems: Iterable[Problem], *, verbose: bool = False, quiet: bool = False) -> ForReading:
    """Errors, then warnings, then notes, each in file order; unrated deliverables collapsed unless verbose.

    With `quiet`, only errors are kept.
    """
    ordered = sorted(problems, key=lambda p: (-p.severity, p.path, p.line, p.column, p.code))
    if quiet:
        return ForReading([p for p in ordered if p.severity is Severity.ERROR], [])
    if verbose:
        return ForReading(ordered, [])
    unrated: dict[str, list[Problem]] = {}
    lines = []
    for problem in ordered:
        if problem.code == NOT_RATED and problem.deliverable is not None:
            unrated.setdefault(problem.path, []).append(problem)
        else:
            lines.append(problem)
    summaries = [(found[0].severity, _not_rated_line(found)) for found in unrated.values()]
    return ForReading(lines, summaries)


def _not_rated_line(found: Sequence[Problem]) -> str:
    """One problem line, placed at the first unrated deliverable, so tools reading lines still can."""
    ids = [p.deliverable for p in found if p.deliverable is not None]
    shown = ", ".join(ids[:SHOWN_IDS]) + (f" and {len(ids) - SHOWN_IDS} more" if len(ids) > SHOWN_IDS else "")
    count = f"{len(ids)} deliverable{'' if len(ids) == 1 else 's'}"
    first = found[0]
    where = f"{first.path}:{first.line}:{first.column}: {first.severity} {NOT_RATED}"
    hint = " (run with --verbose to list them)" if len(ids) > SHOWN_IDS else ""
    return f"{where}: {count} not yet rated: {shown}{hint}"
