"""Writing small hand-made roadmaps for tests, from a compact description of their deliverables."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.model import Deliverable
from cmhroadmap.roadmap.roadmap import PlacedDeliverable, Roadmap
from cmhroadmap.yamlread.source import SourceDocument
from tests.conftest import REPO


def write_roadmap(directory: Path, deliverables: dict[str, dict[str, Any]]) -> Path:
    """A roadmap with the bundled metadata and `deliverables` (id -> fields) all in one column.

    Fields default to a slide with one step and one marker; the other columns are empty.
    """
    target = directory / "roadmap"
    target.mkdir(parents=True)
    shutil.copy(REPO / "roadmap" / "roadmap.yaml", target / "roadmap.yaml")
    yaml = YAML()
    meta = yaml.load((target / "roadmap.yaml").read_text(encoding="utf-8"))
    files = [c["file"] for c in meta["columns"]] + [a["file"] for a in meta["dedicated_focus"]["areas"]]
    first, *rest = files
    items = []
    for key, fields in deliverables.items():
        item: dict[str, Any] = {
            "id": key,
            "kind": fields.get("kind", "slide"),
            "title": f"Title {key}",
        }
        if item["kind"] in ("slide", "combined-slide"):
            item["getting_started"] = [f"Start {key}"]
            item["success"] = fields.get("success", [f"Marker 1 of {key}", f"Marker 2 of {key}"])
        item.update({k: v for k, v in fields.items() if k not in ("kind", "success", "column")})
        items.append(item)
    by_file: dict[str, list[dict[str, Any]]] = {name: [] for name in files}
    for item, fields in zip(items, deliverables.values(), strict=True):
        by_file[fields.get("column", first)].append(item)
    for name in [first, *rest]:
        with (target / name).open("w", encoding="utf-8") as handle:
            yaml.dump({"deliverables": by_file[name]}, handle)
    return target


def build_roadmap(deliverables: dict[str, dict[str, Any]]) -> Roadmap:
    """The same kind of roadmap built in memory, for sizes where writing YAML would be slow."""
    bundled = load_roadmap().roadmap
    assert bundled is not None
    document = SourceDocument("memory.yaml", None)
    roadmap = Roadmap(bundled.meta, Path("memory"), document)
    column = bundled.meta.columns[0].id
    for index, (key, fields) in enumerate(deliverables.items()):
        kind = fields.get("kind", "slide")
        annex = (
            {"getting_started": [f"Start {key}"], "success": [f"Marker of {key}"]}
            if kind in ("slide", "combined-slide")
            else {}
        )
        item = Deliverable.model_validate(
            {"id": key, "kind": kind, "title": f"Title {key}", **annex, **fields}
        )
        roadmap.entries[key] = PlacedDeliverable(item, column, document, ("deliverables", index))
    return roadmap
