"""A typer command shaped like `validate` that does nothing: what typer itself costs a run.

The floor in run.py imports typer and builds one pydantic adapter; a real typer command also
imports typer's option adapters (pydantic.types, pydantic.fields, annotated_types) and builds an
adapter for each of its options. This shows that cost beside the floor, so that what is left above
it is known to be ours.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer
import yaml  # noqa: F401  # the floor's imports, as validate has them

app = typer.Typer()


class Fmt(enum.StrEnum):
    text = "text"
    json = "json"


@app.command()
def validate(
    paths: Annotated[list[Path] | None, typer.Argument()] = None,
    roadmap: Annotated[Path | None, typer.Option()] = None,
    fmt: Annotated[Fmt, typer.Option("--format")] = Fmt.text,
    strict: bool = False,
) -> None:
    """Count the files given."""
    print(len(paths or []))


@app.command()
def other() -> None:
    """A second command, so that typer builds a group as cmhroadmap's has."""


if __name__ == "__main__":
    app()
