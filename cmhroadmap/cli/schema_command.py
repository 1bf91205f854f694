"""The `schema` command: JSON Schemas for editors and other validators."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from cmhroadmap.assessment.formats import SCHEMA_FORMATS
from cmhroadmap.cli.app import app
from cmhroadmap.cli.options import ForceOption, RoadmapOption, choose_format, load_roadmap_or_exit
from cmhroadmap.cli.output import write_output


class SchemaName(enum.StrEnum):
    assessment = "assessment"
    validation = "validation"
    roadmap = "roadmap"
    roadmap_column = "roadmap-column"


@app.command()
def schema(
    name: Annotated[SchemaName, typer.Argument(help="Which file's schema.")],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Write the schema to this file, such as schemas/assessment.schema.json (default: print it).",
            metavar="FILE",
        ),
    ] = None,
    force: ForceOption = False,
    roadmap: RoadmapOption = None,
) -> None:
    """Print the JSON Schema of an assessment, validation or roadmap file (roadmap ids, the tool's scale)."""
    from cmhroadmap.assessment.schemas import schema_text  # noqa: PLC0415

    chosen = choose_format(SCHEMA_FORMATS, None, output)
    loaded, _ = load_roadmap_or_exit(roadmap)
    write_output(schema_text(name.value, loaded), output, [], force=force, fmt=chosen)
