"""Problems found in users' files, the exception root, and the exit codes they lead to."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from cmhroadmap.safe_text import single_line


class Severity(enum.IntEnum):
    """How much a problem matters; the order is used to sort and to decide exit codes."""

    NOTE = 0
    WARNING = 1
    ERROR = 2

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong (or worth knowing) at one place in one file; lines and columns are 1-based."""

    path: str
    line: int
    column: int
    severity: Severity
    code: str
    message: str

    def __post_init__(self) -> None:
        # Paths and messages can carry text from users' files: no control character (such as the
        # escape that starts a terminal control sequence) may reach any output, and a problem stays
        # one line for the tools that read them.
        object.__setattr__(self, "path", single_line(self.path))
        object.__setattr__(self, "message", single_line(self.message))

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity} {self.code}: {self.message}"

    def as_dict(self) -> dict[str, str | int]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "severity": str(self.severity),
            "code": self.code,
            "message": self.message,
        }


class ExitCode(enum.IntEnum):
    """The documented exit statuses of every command."""

    OK = 0
    PROBLEMS = 1
    USAGE = 2
    OUTPUT = 3  # the output could not be written: a full disk, a closed pipe, a file-size limit


def exit_code_for(problems: Iterable[Problem], *, strict: bool = False) -> ExitCode:
    """Errors always fail a run; warnings fail it only in strict mode; notes never do."""
    threshold = Severity.WARNING if strict else Severity.ERROR
    return ExitCode.PROBLEMS if any(p.severity >= threshold for p in problems) else ExitCode.OK


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Order problems as a reader walks the files: by path, then position."""
    return sorted(problems, key=lambda p: (p.path, p.line, p.column, -p.severity, p.code))


class CmhRoadmapError(Exception):
    """Root of every exception this package raises on purpose."""


class UsageRefused(CmhRoadmapError):
    """The command cannot run as asked (a setting out of range); the command line exits 2 with the message."""


class ProblemsFound(CmhRoadmapError):
    """Input could not be used at all; carries the problems that say why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
