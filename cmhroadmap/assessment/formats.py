"""The formats of assessment files and their schemas, for `init`, `workbook import` and `schema`."""

from __future__ import annotations

from typing import Any

from cmhroadmap.formats.registry import JSON, YAML, Registry

# One format each: the registries give the -o extension rule (init -o i.xlsx is refused) and -o -.
ASSESSMENT_FORMATS: Registry[Any] = Registry("an assessment file", (YAML,))
SCHEMA_FORMATS: Registry[Any] = Registry("a JSON Schema", (JSON,))
