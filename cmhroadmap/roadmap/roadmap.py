"""The loaded roadmap: deliverables in roadmap order with their columns, parts and the rating scale."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from cmhroadmap.problems.problem import Problem
from cmhroadmap.roadmap.model import Deliverable, RoadmapFile, ScaleLevel
from cmhroadmap.yamlread.source import Loc, SourceDocument

FOCUS_PREFIX = "dedicated-focus/"


@dataclass(frozen=True)
class PlacedDeliverable:
    """A deliverable with the column it belongs to and where it was written."""

    deliverable: Deliverable
    column: str
    document: SourceDocument
    loc: Loc

    @property
    def focus_area(self) -> str | None:
        return self.column.removeprefix(FOCUS_PREFIX) if self.column.startswith(FOCUS_PREFIX) else None


@dataclass(frozen=True)
class ColumnInfo:
    id: str
    title: str
    annex_title: str
    focus_area: str | None = None


@dataclass
class Roadmap:
    meta: RoadmapFile
    directory: Path
    document: SourceDocument
    entries: dict[str, PlacedDeliverable] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.meta.id

    def __contains__(self, deliverable_id: object) -> bool:
        return deliverable_id in self.entries

    def __getitem__(self, deliverable_id: str) -> Deliverable:
        return self.entries[deliverable_id].deliverable

    def __iter__(self) -> Iterator[Deliverable]:
        return (entry.deliverable for entry in self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    @cached_property
    def columns(self) -> list[ColumnInfo]:
        """The grid's columns in order: the four core columns, then one per dedicated focus area."""
        core = [ColumnInfo(c.id, c.title, c.annex_title) for c in self.meta.columns]
        focus = [
            ColumnInfo(FOCUS_PREFIX + a.id, a.title, a.annex_title, a.id)
            for a in self.meta.dedicated_focus.areas
        ]
        return core + focus

    @cached_property
    def focus_areas(self) -> list[str]:
        return [area.id for area in self.meta.dedicated_focus.areas]

    @cached_property
    def scale(self) -> dict[int, ScaleLevel]:
        return {level.level: level for level in self.meta.scale}

    @property
    def top_level(self) -> int:
        return max(self.scale)

    @cached_property
    def parts(self) -> dict[str, list[str]]:
        """Umbrella id to the ids of its parts, in roadmap order."""
        result: dict[str, list[str]] = {}
        for item in self:
            if item.part_of is not None:
                result.setdefault(item.part_of, []).append(item.id)
        return result

    def column_of(self, deliverable_id: str) -> str:
        return self.entries[deliverable_id].column

    def focus_area_of(self, deliverable_id: str) -> str | None:
        return self.entries[deliverable_id].focus_area

    def order(self, deliverable_id: str) -> int:
        return self._order[deliverable_id]

    @cached_property
    def _order(self) -> dict[str, int]:
        return {key: index for index, key in enumerate(self.entries)}

    @cached_property
    def aliases(self) -> dict[str, str]:
        """Normalised wording (alias, title or grid wording) to the deliverable it names."""
        names: dict[str, str] = {}
        for item in self:
            for wording in (item.title, *(cell.wording for cell in item.grid), *item.aliases):
                names.setdefault(normalise_wording(wording), item.id)
        return names

    def resolve(self, wording: str) -> str | None:
        """The id a wording (as printed in the source) refers to, if any."""
        return self.aliases.get(normalise_wording(wording))


_FOOTNOTE = re.compile(r"<sup>\s*\d+\s*</sup>")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def normalise_wording(text: str) -> str:
    """Fold the differences the source's wordings show that carry no meaning."""
    text = _FOOTNOTE.sub("", text).translate(_QUOTES)
    return " ".join(text.split()).casefold()


@dataclass
class RoadmapResult:
    """A loaded roadmap (None when it could not be assembled) and every problem found on the way."""

    roadmap: Roadmap | None
    problems: list[Problem] = field(default_factory=list)
    # The files read, whose hashes key the bundled roadmap prepared as data (roadmap.prepared).
    sources: list[Path] = field(default_factory=list)
