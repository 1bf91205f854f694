"""What changed between two roadmap versions, as `diff` reports it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cmhroadmap.roadmap.lineage import Lineage

# The compared fields in the roadmap's own words, for people.
FIELD_LABELS = {
    "title": "title",
    "grid": "grid wording",
    "getting_started": "Getting started",
    "success": "Success markers",
    "relies_upon": "relies upon",
}


@dataclass(frozen=True)
class RoadmapDiff:
    """Every kind of change from one version to the next, in roadmap order."""

    lineage: Lineage
    added: list[str]
    retired: list[str]
    renamed: list[tuple[str, str]]
    split: list[tuple[str, tuple[str, ...]]]
    merged: list[tuple[tuple[str, ...], str]]
    changed: list[tuple[str, list[str]]]
    unchanged: int

    @property
    def old_id(self) -> str:
        return self.lineage.old.id

    @property
    def new_id(self) -> str:
        return self.lineage.new.id

    def old_title(self, deliverable_id: str) -> str:
        return self.lineage.old[deliverable_id].title

    def new_title(self, deliverable_id: str) -> str:
        return self.lineage.new[deliverable_id].title

    def as_dict(self) -> dict[str, Any]:
        """The documented JSON shape; fields by their YAML keys."""
        return {
            "from": self.old_id,
            "to": self.new_id,
            "added": [{"id": key} for key in self.added],
            "retired": [{"id": key} for key in self.retired],
            "renamed": [{"from": old, "to": new} for old, new in self.renamed],
            "split": [{"from": old, "to": list(new)} for old, new in self.split],
            "merged": [{"from": list(old), "to": new} for old, new in self.merged],
            "changed": [{"id": key, "fields": fields} for key, fields in self.changed],
            "unchanged": self.unchanged,
        }


def diff_roadmaps(lineage: Lineage) -> RoadmapDiff:
    """The changes from `lineage.old` to `lineage.new` (whose `previous:` names the old one)."""
    changed = [(key, fields) for key in lineage.sources if (fields := lineage.changed_fields(key))]
    unchanged = sum(
        1 for key in lineage.sources if lineage.kind(key) == "carried" and not lineage.changed_fields(key)
    )
    return RoadmapDiff(
        lineage=lineage,
        added=lineage.added,
        retired=lineage.retired,
        renamed=lineage.renamed,
        split=lineage.split,
        merged=lineage.merged,
        changed=changed,
        unchanged=unchanged,
    )
