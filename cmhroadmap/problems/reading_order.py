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
    lines = [problem for problem in ordered if not_rated_id(problem) is None]
    summaries = [(found.severity, str(found)) for found in _collapsed(ordered)]
    return ForReading(lines, summaries)


def one_line_not_rated(problems: Sequence[Problem], *, verbose: bool = False) -> list[Problem]:
    """The problems in their order, each file's unrated deliverables as one problem where the first was.

    For formats read by machines and people alike (GitHub annotations, JSON): a step shows only so
    many annotations, and 40 "not rated" ones would crowd out the errors.
    """
    if verbose:
        return list(problems)
    collapsed = {(found.path, found.line, found.column): found for found in _collapsed(problems)}
    shown = []
    for problem in problems:
        if not_rated_id(problem) is None:
            shown.append(problem)
        elif (where := (problem.path, problem.line, problem.column)) in collapsed:
            shown.append(collapsed.pop(where))
    return shown


def not_rated_id(problem: Problem) -> str | None:
    """The deliverable a "not rated" problem is about (its subject, as data), or None for any other.

    The one problem a file's unrated deliverables are collapsed into has no single subject, so None.
    """
    return problem.deliverable if problem.code == NOT_RATED else None


def count_not_rated(problems: Iterable[Problem]) -> int:
    return sum(1 for problem in problems if not_rated_id(problem) is not None)


def _collapsed(problems: Iterable[Problem]) -> list[Problem]:
    """One problem per file for its unrated deliverables, placed at the first of them."""
    unrated: dict[str, list[Problem]] = {}
    for problem in problems:
        if not_rated_id(problem) is not None:
            unrated.setdefault(problem.path, []).append(problem)
    return [_not_rated_problem(found) for found in unrated.values()]


def _not_rated_problem(found: Sequence[Problem]) -> Problem:
    """One problem, placed at the first unrated deliverable, so tools reading lines still can."""
    ids = [name for p in found if (name := not_rated_id(p)) is not None]
    shown = ", ".join(ids[:SHOWN_IDS]) + (f" and {len(ids) - SHOWN_IDS} more" if len(ids) > SHOWN_IDS else "")
    count = f"{len(ids)} deliverable{'' if len(ids) == 1 else 's'}"
    first = min(found, key=lambda p: (p.line, p.column))
    hint = " (run with --verbose to list them)" if len(ids) > SHOWN_IDS else ""
    message = f"{count} not yet rated: {shown}{hint}"
    return Problem(first.path, first.line, first.column, first.severity, NOT_RATED, message)
