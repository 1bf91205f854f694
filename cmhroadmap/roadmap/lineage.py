"""Lineage between two roadmap versions: deliverables carried, renamed, split, merged, added or retired."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from cmhroadmap.problems.problem import Problem, Severity
from cmhroadmap.problems.suggest import did_you_mean
from cmhroadmap.roadmap.model import Deliverable, Item
from cmhroadmap.roadmap.roadmap import Roadmap

# The fields `diff` compares, by the name it reports them under.
COMPARED_FIELDS = ("title", "grid", "getting_started", "success", "relies_upon")


@dataclass(frozen=True)
class Lineage:
    """How `new` descends from `old`, the version its `previous:` names."""

    old: Roadmap
    new: Roadmap

    @cached_property
    def sources(self) -> dict[str, tuple[str, ...]]:
        """Each new id to the old ids it takes the place of (none for a deliverable added)."""
        result: dict[str, tuple[str, ...]] = {}
        for item in self.new:
            if item.replaces:
                # Each old id once: a repeated id is no merge.
                result[item.id] = tuple(dict.fromkeys(old for old in item.replaces if old in self.old))
            else:
                result[item.id] = (item.id,) if item.id in self.old else ()
        return result

    @cached_property
    def heirs(self) -> dict[str, tuple[str, ...]]:
        """Each old id to the new ids that take its place (none for a deliverable retired)."""
        result: dict[str, list[str]] = {item.id: [] for item in self.old}
        for new_id, olds in self.sources.items():
            for old_id in olds:
                result[old_id].append(new_id)
        return {key: tuple(value) for key, value in result.items()}

    def kind(self, new_id: str) -> str:
        """added, carried, renamed, split (one part of) or merged."""
        olds = self.sources[new_id]
        if not olds:
            return "added"
        if len(olds) > 1:
            return "merged"
        if len(self.heirs[olds[0]]) > 1:
            return "split"
        return "carried" if olds[0] == new_id else "renamed"

    @property
    def added(self) -> list[str]:
        return [key for key in self.sources if not self.sources[key]]

    @property
    def retired(self) -> list[str]:
        return [key for key, heirs in self.heirs.items() if not heirs]

    @property
    def renamed(self) -> list[tuple[str, str]]:
        return [(self.sources[key][0], key) for key in self.sources if self.kind(key) == "renamed"]

    @property
    def split(self) -> list[tuple[str, tuple[str, ...]]]:
        return [(key, heirs) for key, heirs in self.heirs.items() if len(heirs) > 1]

    @property
    def merged(self) -> list[tuple[tuple[str, ...], str]]:
        return [(olds, key) for key, olds in self.sources.items() if len(olds) > 1]

    def changed_fields(self, new_id: str) -> list[str]:
        """The compared fields that differ from the old deliverable this one carries or renames."""
        if self.kind(new_id) not in ("carried", "renamed"):
            return []
        before, after = self.old[self.sources[new_id][0]], self.new[new_id]
        changed = [name for name in COMPARED_FIELDS[:-1] if _field(before, name) != _field(after, name)]
        return changed + (["relies_upon"] if self._references_changed(before, after) else [])

    def _references_changed(self, before: Deliverable, after: Deliverable) -> bool:
        """Whether what a deliverable relies upon changed, beyond the renames, splits and merges of those.

        An old reference is followed when any deliverable that takes its place is named; one to a
        deliverable retired is no change of this one's.
        """
        named = set(after.relies_upon)
        was = set(before.relies_upon)
        lost = any(self.heirs.get(old) and not named & set(self.heirs[old]) for old in was)
        gained = any(not was & set(self.sources.get(new, ())) for new in named)
        return lost or gained

    def marker_positions(self, old_id: str, new_id: str) -> dict[int, int]:
        """Old Success marker number to its number in `new_id`, for markers whose text is unchanged."""
        after = {_marker_text(m): n for n, m in enumerate(self.new[new_id].success, start=1)}
        return {
            n: after[_marker_text(m)]
            for n, m in enumerate(self.old[old_id].success, start=1)
            if _marker_text(m) in after
        }


def _marker_text(marker: Item) -> tuple[str, tuple[str, ...]]:
    return (marker.text, marker.points)


def _field(item: Deliverable, name: str) -> object:
    if name == "grid":
        return tuple(cell.wording for cell in item.grid)
    return getattr(item, name)


def check_lineage(old: Roadmap, new: Roadmap) -> list[Problem]:
    """Problems in `new`'s lineage when `old` is loaded beside it: the version it follows, and `replaces`."""
    problems: list[Problem] = []
    previous = new.meta.previous
    if old.id == new.id:
        said = f"both directories hold version '{new.id}': the later one must be a version that follows it"
        problems.append(new.document.problem((), Severity.ERROR, "not-previous-version", said))
        return problems
    if previous != old.id and old.meta.previous == new.id:
        said = f"'{new.id}' is the version before '{old.id}', not after it: give the earlier version first"
        problems.append(new.document.problem((), Severity.ERROR, "not-previous-version", said))
        return problems
    if previous != old.id:
        said = (
            f"this roadmap ('{new.id}') says it follows '{previous}', not '{old.id}'"
            if previous is not None
            else f"this roadmap ('{new.id}') does not say which version it follows; add previous: {old.id}"
        )
        where = ("previous",) if previous is not None else ()
        problems.append(new.document.problem(where, Severity.ERROR, "not-previous-version", said))
        return problems
    for entry in new.entries.values():
        for index, old_id in enumerate(entry.deliverable.replaces):
            if old_id not in old:
                problems.append(
                    entry.document.problem(
                        (*entry.loc, "replaces", index),
                        Severity.ERROR,
                        "unknown-previous-id",
                        f"'{old_id}' is not a deliverable of the previous version '{old.id}'"
                        f"{did_you_mean(old_id, old.entries)}",
                    )
                )
    return problems
