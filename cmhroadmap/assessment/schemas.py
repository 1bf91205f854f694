"""JSON Schemas for the files people write, generated from the models and sharpened by the roadmap."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from cmhroadmap.assessment.model import Assessment
from cmhroadmap.assessment.validation_model import Validation
from cmhroadmap.roadmap.model import ColumnFileSchema, RoadmapFile
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.safe.neutralise import json_text

SCHEMA_NAMES = ("assessment", "validation", "roadmap", "roadmap-column")
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _base(model: type[BaseModel], title: str, description: str) -> dict[str, Any]:
    schema = model.model_json_schema()
    return {"$schema": DIALECT, "title": title, "description": description, **schema}


def _ratings(schema: dict[str, Any], definition: str, roadmap: Roadmap) -> None:
    levels = sorted(roadmap.scale)
    labels = "; ".join(f"{level} {roadmap.scale[level].label}" for level in levels)
    schema["$defs"][definition]["properties"]["rating"]["anyOf"][0].update(
        {"enum": levels, "description": f"The tool's four-point scale: {labels}."}
    )


def build_schema(name: str, roadmap: Roadmap) -> dict[str, Any]:
    """The schema called `name`.

    Ids, focus areas and the scale come from `roadmap`, so an editor can complete them.
    """
    ids = [item.id for item in roadmap]
    rated = [item.id for item in roadmap if item.kind != "umbrella"]
    if name == "assessment":
        schema = _base(Assessment, "CMH roadmap self-assessment", f"A self-assessment against {roadmap.id}.")
        schema["properties"]["roadmap"]["enum"] = [roadmap.id]
        schema["properties"]["focus_areas"]["items"]["enum"] = roadmap.focus_areas
        schema["properties"]["deliverables"]["propertyNames"] = {"enum": rated}
        _ratings(schema, "DeliverableRating", roadmap)
        schema["$defs"]["Target"]["properties"]["rating"]["enum"] = sorted(roadmap.scale)
        schema["$defs"]["DeliverableRating"]["properties"]["acknowledged"]["propertyNames"] = {"enum": ids}
        return schema
    if name == "validation":
        schema = _base(
            Validation, "CMH roadmap validation", f"An independent validation against {roadmap.id}."
        )
        schema["properties"]["deliverables"]["propertyNames"] = {"enum": rated}
        _ratings(schema, "ValidatedRating", roadmap)
        return schema
    if name == "roadmap":
        about = "roadmap.yaml: the roadmap, the tool's scale and the columns."
        return _base(RoadmapFile, "CMH roadmap metadata", about)
    if name == "roadmap-column":
        return _base(ColumnFileSchema, "CMH roadmap column", "One roadmap column's deliverables.")
    raise KeyError(name)


def schema_text(name: str, roadmap: Roadmap) -> str:
    return json_text(build_schema(name, roadmap))
