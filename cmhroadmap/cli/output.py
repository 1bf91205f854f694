"""Printing for the commands: rich consoles that respect NO_COLOR and pipes, and problem reports."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from cmhroadmap.cli.plain_lines import LinePrinter, PlainLines, rich_would_style
from cmhroadmap.cli.streams import OutputStreamFailed, write_stdout
from cmhroadmap.formats.registry import STDOUT, Format
from cmhroadmap.problems.problem import ExitCode, Problem, Severity, exit_code_for, sort_problems
from cmhroadmap.safe.text import single_line

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


def console(*, stderr: bool = False) -> Console:
    """A rich console on standard output (or error), for tables and anything laid out."""
    # Colour only on a terminal and never with NO_COLOR; rich checks both. No soft wrapping, so a
    # problem line stays one line for tools that read it. No emoji codes: rich would print
    # "f.yaml:100:3" as "f.yaml💯3", and turn ":smile:" in a user's text into a picture.
    return _console_class()(stderr=stderr, highlight=False, soft_wrap=True, emoji=False)


def line_console(*, stderr: bool = False) -> LinePrinter:
    """For lines of text: rich's console where it could style them, else one that prints them as they are."""
    if rich_would_style(sys.stderr if stderr else sys.stdout):
        return console(stderr=stderr)
    return PlainLines(stderr=stderr, fallback=partial(console, stderr=stderr))


def error_console() -> LinePrinter:
    return line_console(stderr=True)


def report_problems(
    problems: Sequence[Problem],
    summary: dict[str, Any],
    fmt: str,
    *,
    strict: bool = False,
    verbose: bool = False,
    quiet: bool = False,
    stderr: bool = False,
) -> ExitCode:
    """Print the problems in the chosen format and return the exit code they call for.

    Text is for people: errors first, and unrated deliverables said once per file (every one with
    `verbose`; errors only with `quiet`). JSON and GitHub annotations keep the files' order, with
    unrated deliverables said once per file too (GitHub shows only so many annotations in a step).
    With `stderr`, on standard error: standard output then holds the command's output.
    """
    from cmhroadmap.problems.formats import render_problems, summary_line  # noqa: PLC0415

    ordered = sort_problems(problems)
    out = line_console(stderr=stderr)
    if fmt == "text":
        print_for_reading(out, ordered, verbose=verbose, quiet=quiet)
        out.print(summary_line(ordered, summary), markup=False)
    else:
        out.file.write(render_problems(fmt, ordered, summary, strict=strict, verbose=verbose))
    return exit_code_for(ordered, strict=strict)


def print_for_reading(out: LinePrinter, problems: Sequence[Problem], *, verbose: bool, quiet: bool) -> None:
    from cmhroadmap.problems.reading_order import for_reading  # noqa: PLC0415

    reading = for_reading(problems, verbose=verbose, quiet=quiet)
    for problem in reading.lines:
        out.print(str(problem), style=_STYLE[problem.severity], markup=False)
    for severity, line in reading.not_rated:
        out.print(line, style=_STYLE[severity], markup=False)


def fail_with_problems(problems: Sequence[Problem], *, verbose: bool = False) -> NoReturn:
    """For commands that cannot go on: print the problems on stderr, errors first, and exit 1."""
    print_for_reading(error_console(), problems, verbose=verbose, quiet=False)
    raise typer.Exit(ExitCode.PROBLEMS)


def print_problems(problems: Sequence[Problem]) -> None:
    """The problems on stderr, one line each, in reading order."""
    err = error_console()
    for problem in sort_problems(problems):
        err.print(str(problem), style=_STYLE[problem.severity], markup=False)


def option_problem(error: Exception, code: str) -> str:
    """What is wrong with --org, --code or --period, in the words the file's checks use."""
    from pydantic import ValidationError  # noqa: PLC0415

    if not isinstance(error, ValidationError):
        return str(error)
    detail = error.errors()[0]
    where = str(detail["loc"][-1]) if detail["loc"] else ""
    if detail["type"] == "reserved-name":
        return f"--{where}: {detail['msg']}"
    if where == "code":
        return f"--code must be three to ten capital letters or digits, such as QXX; got {code!r}"
    if where == "name":
        return "--org must be the organisation's name, such as 'NHS Example Integrated Care Board'"
    if where == "period" or detail["type"] == "invalid-period":
        return f"--period: {detail['msg']}"
    return f"--{where}: {detail['msg']}"


def usage_error(message: str) -> NoReturn:
    # Messages quote file names and arguments as typed: their control characters are shown, not run.
    error_console().print(f"Error: {single_line(message)}", style="red", markup=False)
    raise typer.Exit(ExitCode.USAGE)


def output_failed(message: str) -> NoReturn:
    error_console().print(f"Error: {single_line(message)}", style="red", markup=False)
    raise typer.Exit(ExitCode.OUTPUT)


def write_file(
    path: Path, content: str | bytes | bytearray, inputs: list[Path], *, force: bool = False
) -> None:
    """`content` written atomically to `path`, making missing folders and saying so.

    Status 2 if the path cannot be used (a file read, or an existing file without --force), 3 if
    writing fails part way.
    """
    from cmhroadmap.writing.atomic import OutputFailed, OutputRefused, write_atomic  # noqa: PLC0415

    check_output(path, inputs, force)
    try:
        created = write_atomic(path, content, inputs=inputs, make_folders=True)
    except OutputRefused as error:
        usage_error(str(error))
    except OutputFailed as error:
        output_failed(str(error))
    say_created(created)


# Reading a few files is instant; a bar helps once a run reads a whole region's assessments.
PROGRESS_FROM = 20


@contextlib.contextmanager
def progress(total: int, label: str = "Reading files") -> Iterator[Callable[[Path], None] | None]:
    """A callback that advances a progress bar on stderr, when there are many files and a terminal."""
    err = error_console()
    if total < PROGRESS_FROM or not err.is_terminal:
        yield None
        return
    from rich.console import Console  # noqa: PLC0415
    from rich.progress import Progress  # noqa: PLC0415

    assert isinstance(err, Console)  # a terminal, so rich's
    with Progress(console=err, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda _: bar.advance(task)


def write_output(
    text: str | bytes | bytearray,
    output: Path | None,
    inputs: list[Path],
    *,
    force: bool = False,
    fmt: Format[Any] | None = None,
) -> None:
    """Text to standard output (no -o, or `-o -`), or atomically to `output` (never over one of `inputs`).

    A directory among `inputs` stands for the YAML files read from it. An existing file is replaced
    only with --force, as by every command that writes. A file holds the text as its format `fmt`
    has it in a file (a CSV file starts with the byte-order mark Excel needs).
    """
    from cmhroadmap.assessment.loader import expand_paths  # noqa: PLC0415

    if output is None or str(output) == STDOUT:
        write_stdout(text if isinstance(text, str) else bytes(text).decode("utf-8"))
        return
    if fmt is not None:
        text = fmt.for_file(text) if isinstance(text, str) else fmt.file_prefix.encode("utf-8") + text
    write_file(output, text, list(expand_paths(inputs)), force=force)
    # Plain text: importing rich for one line would cost more than writing the report.
    typer.echo(f"Wrote {single_line(str(output))}", err=True)


# Refusals of an -o file whose extension contradicts its format, kept until the file is checked.
_REFUSED: dict[Path, str] = {}


def refuse_later(output: Path, message: str) -> None:
    """Refuse `output` with `message` when it is checked, after the rule that it is not an input."""
    _REFUSED[output.absolute()] = message


def forget_refusals() -> None:
    _REFUSED.clear()


def check_output(output: Path, inputs: list[Path], force: bool) -> None:
    """The one rule for every command that writes, checked before any work (a usage error otherwise).

    Never a file the command reads, never a file whose extension names another format, and an
    existing file only with --force.
    """
    from cmhroadmap.writing.atomic import OutputRefused, check_output_path, refuse_inputs  # noqa: PLC0415

    try:
        refuse_inputs(output, inputs)
        check_output_path(output)
    except OutputRefused as error:
        usage_error(str(error))
    if output.absolute() in _REFUSED:
        usage_error(_REFUSED[output.absolute()])
    if output.is_file() and not force:
        usage_error(f"{output} already exists; add --force to replace it")


def say_created(folder: Path | None) -> None:
    """Tell the user about a folder made for an output file, so it is no surprise."""
    if folder is not None:
        typer.echo(f"Made the folder {single_line(str(folder))}", err=True)
