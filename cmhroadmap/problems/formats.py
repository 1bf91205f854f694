"""Ways to print a list of problems: plain lines, JSON, and GitHub Actions annotations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from cmhroadmap.formats.registry import GITHUB, JSON, TEXT, Registry
from cmhroadmap.problems.problem import Problem, Severity
from cmhroadmap.problems.reading_order import count_not_rated, not_rated_id, one_line_not_rated
from cmhroadmap.safe.neutralise import json_text

# A renderer: the problems, a summary of what was checked, whether warnings fail the run (strict),
# and whether each unrated deliverable is its own problem (verbose) rather than one line per file.
ProblemRenderer = Callable[[Sequence[Problem], dict[str, Any], bool, bool], str]


def render_text(problems: Sequence[Problem], summary: dict[str, Any], strict: bool, verbose: bool) -> str:
    """`path:line:col: severity code: message`, one per line, then a one-line summary."""
    lines = [str(problem) for problem in one_line_not_rated(problems, verbose=verbose)]
    lines.append(summary_line(problems, summary))
    return "\n".join(lines) + "\n"


def render_json(problems: Sequence[Problem], summary: dict[str, Any], strict: bool, verbose: bool) -> str:
    """Every problem with its subject (deliverable and field), and the summary, for other tools."""
    shown = one_line_not_rated(problems, verbose=verbose)
    unrated: dict[str, list[str]] = {}
    for problem in problems:
        if (name := not_rated_id(problem)) is not None:
            unrated.setdefault(problem.path, []).append(name)
    # The ids as data, since the one problem per file lists only the first few in words.
    summary = {**summary, "not_rated": unrated} if unrated else summary
    payload = {"problems": [p.as_dict() for p in shown], "summary": summary}
    return json_text(payload)


_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}


def render_github(problems: Sequence[Problem], summary: dict[str, Any], strict: bool, verbose: bool) -> str:
    """GitHub Actions workflow commands, so problems show as annotations on the pull request.

    With `strict` a warning fails the run, so it is annotated as the error it then is.
    """
    lines = [
        f"::{_command(p.severity, strict)} file={_property(p.path)},line={p.line},col={p.column},"
        f"title={_property(_title(p))}::{_data(p.message)}"
        for p in one_line_not_rated(problems, verbose=verbose)
    ]
    lines.append(summary_line(problems, summary))
    return "\n".join(lines) + "\n"


def _command(severity: Severity, strict: bool) -> str:
    return "error" if strict and severity is Severity.WARNING else _COMMAND[severity]


def _title(problem: Problem) -> str:
    return problem.code if problem.deliverable is None else f"{problem.code} ({problem.deliverable})"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


PROBLEM_FORMATS: Registry[ProblemRenderer] = Registry(
    "the problems",
    (
        TEXT.rendered_by(render_text),
        JSON.rendered_by(render_json),
        GITHUB.rendered_by(render_github),
    ),
)


def render_problems(
    name: str,
    problems: Sequence[Problem],
    summary: dict[str, Any],
    *,
    strict: bool = False,
    verbose: bool = False,
) -> str:
    """The problems in the format called `name`."""
    render = PROBLEM_FORMATS[name].render
    assert render is not None
    return render(problems, summary, strict, verbose)


def summary_line(problems: Sequence[Problem], summary: dict[str, Any]) -> str:
    """'checked ...; 2 errors, 1 warning, 43 deliverables not yet rated', as the lines above say them.

    Unrated deliverables are counted as deliverables, not as warnings, since they are said in one line.
    """
    counts = dict.fromkeys(Severity, 0)
    for problem in problems:
        if not_rated_id(problem) is None:
            counts[problem.severity] += 1
    found = [
        f"{counts[s]} {s}{'' if counts[s] == 1 else 's'}"
        for s in (Severity.ERROR, Severity.WARNING, Severity.NOTE)
        if counts[s]
    ]
    if unrated := count_not_rated(problems):
        found.append(f"{unrated} deliverable{'' if unrated == 1 else 's'} not yet rated")
    checked = summary.get("checked", "")
    verdict = ", ".join(found) if found else "no problems"
    return f"{checked}; {verdict}" if checked else verdict
