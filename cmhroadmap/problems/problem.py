"""Problems found in users' files, the exception root, and the exit codes they lead to."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cmhroadmap.safe.text import single_line


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
    # The subject, as data for tools and for folding, never parsed back out of the message: the
    # deliverable the problem is about, and the field (a dotted key path, within the deliverable when
    # there is one), where there is one.
    deliverable: str | None = dataclasses.field(default=None, compare=False, kw_only=True)
    field: str | None = dataclasses.field(default=None, compare=False, kw_only=True)

    def __post_init__(self) -> None:
        # Paths and messages can carry text from users' files: no control character (such as the
        # escape that starts a terminal control sequence) may reach any output, and a problem stays
        # one line for the tools that read them.
        object.__setattr__(self, "path", single_line(self.path))
        object.__setattr__(self, "message", single_line(self.message))
        for name in ("deliverable", "field"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, single_line(value))

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity} {self.code}: {self.message}"

    def as_dict(self) -> dict[str, str | int | None]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "severity": str(self.severity),
            "code": self.code,
            "message": self.message,
            "deliverable": self.deliverable,
            "field": self.field,
        }


def subject_of(loc: Sequence[str | int]) -> tuple[str | None, str | None]:
    """(deliverable, field) of a place in an assessment, validation or workbook: where the key path says.

    `("deliverables", "joint-governance", "rating")` is about joint-governance's rating; a key path
    outside `deliverables` is a field of the file itself (`organisation.code`).
    """
    parts = list(loc)
    if len(parts) >= 2 and parts[0] == "deliverables":
        # A roadmap file lists its deliverables (an index here); its checks name the id themselves.
        deliverable = parts[1] if isinstance(parts[1], str) else None
        return deliverable, ".".join(str(part) for part in parts[2:]) or None
    return None, ".".join(str(part) for part in parts) or None


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


def has_errors(problems: Iterable[Problem]) -> bool:
    """Whether any of `problems` is an error: the one test of whether a file can be used."""
    return any(p.severity is Severity.ERROR for p in problems)


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
