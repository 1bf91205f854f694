"""The `explain` command: what a problem code means and how to fix it, from the catalogue."""

from __future__ import annotations

from typing import Annotated

import typer

from cmhroadmap.cli.app import app
from cmhroadmap.cli.options import ForceOption, OutputOption, choose_format, format_option
from cmhroadmap.cli.output import usage_error, write_output
from cmhroadmap.formats.registry import MARKDOWN
from cmhroadmap.problems.catalogue import EXPLANATION_FORMATS


@app.command()
def explain(
    code: Annotated[
        str | None, typer.Argument(help="A problem code, such as not-assessed (default: list every code).")
    ] = None,
    every: Annotated[bool, typer.Option("--all", help="Every code in full, not just their titles.")] = False,
    fmt: Annotated[
        str | None,
        format_option(
            EXPLANATION_FORMATS,
            "Plain text, or Markdown for a page such as docs/problems.md (default: from the -o file's "
            "extension, else text).",
        ),
    ] = None,
    output: OutputOption = None,
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

    chosen = choose_format(EXPLANATION_FORMATS, fmt, output)
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
    elif chosen is MARKDOWN:
        text = markdown_reference()
    elif every:
        text = "\n".join(explain_text(entry) for entry in entries.values())
    else:
        text = listing_text()
    write_output(text, output, [], force=force, fmt=chosen)
