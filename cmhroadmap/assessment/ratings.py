"""Which deliverables a system must rate, and their effective ratings with umbrellas derived."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from cmhroadmap.assessment.model import Assessment
from cmhroadmap.roadmap.roadmap import Roadmap


@dataclass(frozen=True)
class Ratings:
    """An assessment's ratings read against the roadmap."""

    roadmap: Roadmap
    assessment: Assessment

    def in_scope(self, deliverable_id: str) -> bool:
        """Rated by this system: not an umbrella, and not in a focus area it did not choose."""
        if self.roadmap[deliverable_id].kind == "umbrella":
            return False
        area = self.roadmap.focus_area_of(deliverable_id)
        return area is None or area in self.assessment.focus_areas

    def own(self, deliverable_id: str) -> int | None:
        """The rating written in the file, when it is on the scale."""
        entry = self.assessment.deliverables.get(deliverable_id)
        if entry is None or entry.rating not in self.roadmap.scale:
            return None
        return entry.rating

    @cached_property
    def effective(self) -> dict[str, int | None]:
        """Every deliverable's rating; an umbrella takes the lowest rating among its rated parts."""
        result: dict[str, int | None] = {}
        for item in self.roadmap:
            if item.kind == "umbrella":
                rated = [self.own(part) for part in self.roadmap.parts.get(item.id, [])]
                known = [r for r in rated if r is not None]
                result[item.id] = min(known) if known else None
            elif self.in_scope(item.id):
                result[item.id] = self.own(item.id)
            else:
                result[item.id] = None
        return result

    @cached_property
    def not_yet_at_top(self) -> set[str]:
        """In-scope deliverables rated below the top of the scale, or not assessed."""
        top = self.roadmap.top_level
        return {
            item.id
            for item in self.roadmap
            if self.in_scope(item.id) and (self.effective[item.id] or 0) < top
        }
