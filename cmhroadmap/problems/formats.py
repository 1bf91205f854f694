"""Ways to print a list of problems: plain lines, JSON, and GitHub Actions annotations."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, ClassVar

from cmhroadmap.problems.problem import Problem, Severity
from cmhroadmap.problems.reading_order import count_not_rated, not_rated_id, one_line_not_rated


class ProblemFormat:
    """Renders problems (and a summary of what was checked) as the text a command prints."""

    name: ClassVar[str]

    def __init__(self, *, strict: bool = False, verbose: bool = False) -> None:
        # With --strict a warning fails the run; without --verbose, unrated deliverables are one line.
        self.strict = strict
        self.verbose = verbose

    def render(self, problems: Sequence[Problem], summary: dict[str, Any]) -> str:
        raise NotImplementedError


class TextFormat(ProblemFormat):
    """`path:line:col: severity code: message`, one per line, then a one-line summary."""

    name = "text"

    def render(self, problems: Sequence[Problem], summary: dict[str, Any]) -> str:
        lines = [str(problem) for problem in one_line_not_rated(problems, verbose=self.verbose)]
        lines.append(summary_line(problems, summary))
        return "\n".join(lines) + "\n"


class JsonFormat(ProblemFormat):
    name = "json"

    def render(self, problems: Sequence[Problem], summary: dict[str, Any]) -> str:
        shown = one_line_not_rated(problems, verbose=self.verbose)
        unrated: dict[str, list[str]] = {}
        for problem in problems:
            if (name := not_rated_id(problem)) is not None:
                unrated.setdefault(problem.path, []).append(name)
        # The ids as data, since the one problem per file lists only the first few in words.
        summary = {**summary, "not_rated": unrated} if unrated else summary
        payload = {"problems": [p.as_dict() for p in shown], "summary": summary}
        return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


class GithubFormat(ProblemFormat):
    """GitHub Actions workflow commands, so problems show as annotations on the pull request."""

    name = "github"
    _COMMAND: ClassVar[dict[Severity, str]] = {
        Severity.ERROR: "error",
        Severity.WARNING: "warning",
        Severity.NOTE: "notice",
    }

    def command(self, severity: Severity) -> str:
        # With --strict a warning fails the run, so it is annotated as the error it then is.
        return "error" if self.strict and severity is Severity.WARNING else self._COMMAND[severity]

    def render(self, problems: Sequence[Problem], summary: dict[str, Any]) -> str:
        lines = [
            f"::{self.command(p.severity)} file={_property(p.path)},line={p.line},col={p.column},"
            f"title={_property(p.code)}::{_data(p.message)}"
            for p in one_line_not_rated(problems, verbose=self.verbose)
        ]
        lines.append(summary_line(problems, summary))
        return "\n".join(lines) + "\n"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


FORMATS: dict[str, type[ProblemFormat]] = {fmt.name: fmt for fmt in (TextFormat, JsonFormat, GithubFormat)}


def problem_format(name: str, *, strict: bool = False, verbose: bool = False) -> ProblemFormat:
    return FORMATS[name](strict=strict, verbose=verbose)


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
