"""Ways to print a list of problems: plain lines, JSON, and GitHub Actions annotations."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from cmhroadmap.formats.registry import GITHUB, JSON, TEXT, Registry
from cmhroadmap.problems.problem import Problem, Severity

# A renderer: the problems, a summary of what was checked, and whether warnings fail the run.
ProblemRenderer = Callable[[Sequence[Problem], dict[str, Any], bool], str]


def render_text(problems: Sequence[Problem], summary: dict[str, Any], strict: bool = False) -> str:
    """`path:line:col: severity code: message`, one per line, then a one-line summary."""
    lines = [str(problem) for problem in problems]
    lines.append(summary_line(problems, summary))
    return "\n".join(lines) + "\n"


def render_json(problems: Sequence[Problem], summary: dict[str, Any], strict: bool = False) -> str:
    """Every problem with its subject (deliverable and field), and the summary, for other tools."""
    payload = {"problems": [p.as_dict() for p in problems], "summary": summary}
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}


def render_github(problems: Sequence[Problem], summary: dict[str, Any], strict: bool = False) -> str:
    """GitHub Actions workflow commands, so problems show as annotations on the pull request.

    With `strict` a warning fails the run, so it is annotated as the error it then is.
    """
    lines = [
        f"::{_command(p.severity, strict)} file={_property(p.path)},line={p.line},col={p.column},"
        f"title={_property(_title(p))}::{_data(p.message)}"
        for p in problems
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
    name: str, problems: Sequence[Problem], summary: dict[str, Any], *, strict: bool = False
) -> str:
    """The problems in the format called `name`."""
    render = PROBLEM_FORMATS[name].render
    assert render is not None
    return render(problems, summary, strict)


def summary_line(problems: Sequence[Problem], summary: dict[str, Any]) -> str:
    """'checked ...; 2 errors, 1 warning' in words a reader takes in at a glance."""
    counts = dict.fromkeys(Severity, 0)
    for problem in problems:
        counts[problem.severity] += 1
    found = [
        f"{counts[s]} {s}{'' if counts[s] == 1 else 's'}"
        for s in (Severity.ERROR, Severity.WARNING, Severity.NOTE)
        if counts[s]
    ]
    checked = summary.get("checked", "")
    verdict = ", ".join(found) if found else "no problems"
    return f"{checked}; {verdict}" if checked else verdict
