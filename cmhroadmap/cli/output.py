"""Printing for the commands: rich consoles that respect NO_COLOR and pipes, and problem reports."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from cmhroadmap.cli.streams import OutputStreamFailed, write_stdout
from cmhroadmap.problems.problem import ExitCode, Problem, Severity, exit_code_for, sort_problems
from cmhroadmap.safe_text import single_line

if TYPE_CHECKING:
    from rich.console import Console

_STYLE = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.NOTE: "cyan"}


@cache
def _console_class() -> type[Console]:
    # Imported on first use: rich takes a fifth of `--help`'s time to import, and help does not need it.
    from rich.console import Console  # noqa: PLC0415

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # rich would exit 1, the status for problems found; run_guarded says what happened.
            raise OutputStreamFailed(BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE)))

    return _Console


def console() -> Console:
    Console = _console_class()
    # Colour only on a terminal and never with NO_COLOR; rich checks both. No soft wrapping, so a
    # problem line stays one line for tools that read it. No emoji codes: rich would print
    # "f.yaml:100:3" as "f.yaml💯3", and turn ":smile:" in a user's text into a picture.
    return Console(highlight=False, soft_wrap=True, emoji=False)


def error_console() -> Console:
    return _console_class()(stderr=True, highlight=False, soft_wrap=True, emoji=False)


def report_problems(
    problems: Sequence[Problem], summary: dict[str, Any], fmt: str, *, strict: bool = False
) -> ExitCode:
    """Print all problems in the chosen format and return the exit code they call for."""
    from cmhroadmap.problems.formats import problem_format, summary_line  # noqa: PLC0415

    ordered = sort_problems(problems)
    out = console()
    if fmt == "text":
        for problem in ordered:
            out.print(str(problem), style=_STYLE[problem.severity], markup=False)
        out.print(summary_line(ordered, summary), markup=False)
    else:
        out.file.write(problem_format(fmt).render(ordered, summary))
    return exit_code_for(ordered, strict=strict)


def fail_with_problems(problems: Sequence[Problem]) -> NoReturn:
    """For commands that cannot go on: print the problems on stderr and exit 1."""
    err = error_console()
    for problem in sort_problems(problems):
        err.print(str(problem), style=_STYLE[problem.severity], markup=False)
    raise typer.Exit(ExitCode.PROBLEMS)


def usage_error(message: str) -> NoReturn:
    # Messages quote file names and arguments as typed: their control characters are shown, not run.
    error_console().print(f"Error: {single_line(message)}", style="red", markup=False)
    raise typer.Exit(ExitCode.USAGE)


def output_failed(message: str) -> NoReturn:
    error_console().print(f"Error: {single_line(message)}", style="red", markup=False)
    raise typer.Exit(ExitCode.OUTPUT)


def write_file(path: Path, content: str | bytes, inputs: list[Path]) -> None:
    """`content` written atomically to `path`: status 2 if the path cannot be used, 3 if writing fails."""
    from cmhroadmap.files import OutputFailed, OutputRefused, write_atomic  # noqa: PLC0415

    try:
        write_atomic(path, content, inputs=inputs)
    except OutputRefused as error:
        usage_error(str(error))
    except OutputFailed as error:
        output_failed(str(error))


# Reading a few files is instant; a bar helps once a run reads a whole region's assessments.
PROGRESS_FROM = 20


@contextlib.contextmanager
def progress(total: int) -> Iterator[Callable[[Path], None] | None]:
    """A callback that advances a progress bar on stderr, when there are many files and a terminal."""
    err = error_console()
    if total < PROGRESS_FROM or not err.is_terminal:
        yield None
        return
    from rich.progress import Progress  # noqa: PLC0415

    with Progress(console=err, transient=True) as bar:
        task = bar.add_task("Reading files", total=total)
        yield lambda _: bar.advance(task)


def write_output(text: str, output: Path | None, inputs: list[Path]) -> None:
    """Text to standard output, or atomically to `output` (never over one of `inputs`).

    A directory among `inputs` stands for the YAML files read from it.
    """
    from cmhroadmap.assessment.loader import expand_paths  # noqa: PLC0415

    if output is None:
        write_stdout(text)
        return
    write_file(output, text, list(expand_paths(inputs)))
    # Plain text: importing rich for one line would cost more than writing the report.
    typer.echo(f"Wrote {single_line(str(output))}", err=True)
