"""The typer application: global options, and the registration of every command."""

from __future__ import annotations

import gc
from typing import Annotated

import typer

from cmhroadmap import __version__

app = typer.Typer(
    name="cmhroadmap",
    help=(
        "Self-assessment against NHS England's Community Mental Health Transformation Roadmap.\n\n"
        "Exit status: 0 when all is well, 1 when problems were found in a file, 2 for usage errors."
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cmhroadmap {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Self-assessment against the Community Mental Health Transformation Roadmap."""


def _register() -> None:
    # Imported for their side effect of adding commands to `app`.
    from cmhroadmap.cli import (  # noqa: F401, PLC0415
        assessment_commands,
        cycle_commands,
        report_command,
        roadmap_commands,
        schema_command,
        validate_command,
        workbook_commands,
    )


_register()


def main() -> None:
    # A run builds many objects and frees few: the cyclic collector, at its default threshold, kept
    # walking them all (a third of validate's time for 10,000 deliverables). mypy's setting, for the
    # same reason; memory stayed the same in make bench.
    gc.set_threshold(200_000, 30, 30)
    app()
