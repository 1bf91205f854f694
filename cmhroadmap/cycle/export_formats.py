"""The export's formats, CSV and JSON, each writing rows in pieces; kept light for the command line.

`--help` and the export command's options read this registry; the rows themselves come from
`cmhroadmap.cycle.export`, which imports the assessment models.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from cmhroadmap.formats.registry import CSV, JSON, Registry
from cmhroadmap.safe.neutralise import json_array_chunks
from cmhroadmap.writing.spreadsheet import csv_chunks

# The chosen fields and the rows in; the file's text out, in pieces (a region's export is never held whole).
ExportRenderer = Callable[[list[str], Iterable[dict[str, Any]]], Iterator[str]]

# Rows written to a piece of text at a time.
_CHUNK_ROWS = 500


def _json(fields: list[str], rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    return json_array_chunks(rows)


def _csv(fields: list[str], rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    return csv_chunks(fields, ([row[name] for name in fields] for row in rows), rows_per_piece=_CHUNK_ROWS)


# The export, and the published site's downloads (ratings.csv and ratings.json), are written in these.
EXPORT_FORMATS: Registry[ExportRenderer] = Registry(
    "the export", (CSV.rendered_by(_csv), JSON.rendered_by(_json))
)
