"""The `explain` command: what a problem code means and how to fix it, from the catalogue."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from cmhroadmap.cli.app import app
from cmhroadmap.cli.options import ForceOption
from cmhroadmap.cli.output import usage_error, write_output


class ExplainFormat(enum.StrEnum):
    text = "text"
    markdown = "markdown"


@app.command()
def explain(
    code: Annotated[
        str | None, typer.Argument(help="A problem code, such as not-assessed (default: list every code).")
    ] = None,
    every: Annotated[bool, typer.Option("--all", help="Every code in full, not just their titles.")] = False,
    fmt: Annotated[
        ExplainFormat,
        typer.Option(
            "--format", help="text for the terminal; markdown for a page such as docs/problems.md."
        ),
    ] = ExplainFormat.text,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Write to this file (default: print it).", metavar="FILE"),
    ] = None,
    force: ForceOption = False,
) -> None:
    """Explain a problem code: what it means, how to fix it, and an example."""
    from cmhroadmap.problems.catalogue import (  # noqa: PLC0415
        catalogue,
        explain_text,
        listing_text,
        markdown_reference,
    )
    from cmhroadmap.problems.suggest import did_you_mean  # noqa: PLC0415

    entries = catalogue()
    if code is not None and every:
        usage_error("give a code or --all, not both")
    if code is not None:
        entry = entries.get(code.strip().lower())
        if entry is None:
            usage_error(
                f"no problem code '{code}'{did_you_mean(code, entries)}; "
                "run cmhroadmap explain to list every code"
            )
        text = explain_text(entry)
    elif fmt is ExplainFormat.markdown:
        text = markdown_reference()
    elif every:
        text = "\n".join(explain_text(entry) for entry in entries.values())
    else:
        text = listing_text()
    write_output(text, output, [], force=force)
