"""A deliverable's history across roadmap versions: the earlier deliverables it descends from, and a note."""

from __future__ import annotations

from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.roadmap.lineage import Lineage


def ancestry(latest: str, earlier: str, lineages: dict[str, Lineage]) -> dict[str, tuple[str, ...]] | None:
    """Each deliverable of `latest` to those of `earlier` it descends from, if lineage leads there."""
    mapping: dict[str, tuple[str, ...]] | None = None
    while latest != earlier:
        lineage = lineages.get(latest)
        if lineage is None:
            return None
        if mapping is None:
            mapping = {item.id: (item.id,) for item in lineage.new}
        mapping = {
            key: tuple(dict.fromkeys(old for new in ids for old in lineage.sources.get(new, ())))
            for key, ids in mapping.items()
        }
        latest = lineage.old.id
    return mapping if mapping is not None else SAME


class _Same(dict[str, tuple[str, ...]]):
    """The identity mapping: a period against the latest roadmap itself."""

    def __missing__(self, key: str) -> tuple[str, ...]:
        return (key,)


SAME = _Same()


def value_in(ratings: Ratings, ids: tuple[str, ...]) -> int | None:
    """The rating of the deliverable (or, for one merged since, the lowest of those) in that period."""
    found = [ratings.effective[i] for i in ids if i in ratings.roadmap and ratings.in_scope(i)]
    rated = [r for r in found if r is not None]
    return min(rated) if rated else None


def lineage_note(
    node: str, history: list[Ratings], sources: list[tuple[str, ...]], lineages: dict[str, Lineage]
) -> str | None:
    """Said where a deliverable's history is not under its own id: renamed, split, merged or added."""
    for ratings, ids in zip(history, sources, strict=True):
        if ids == (node,):
            continue
        version = ratings.roadmap.id
        later = next((lin for lin in lineages.values() if lin.old.id == version), None)
        if not ids:
            return f"added after {version}"
        named = ", ".join(f"'{i}'" for i in ids)
        if len(ids) > 1:
            return f"merged from {named} of {version}; its earlier ratings are the lowest of theirs"
        if later is not None and len(later.heirs.get(ids[0], ())) > 1:
            return f"split from {named} of {version}; its earlier ratings are that deliverable's"
        return f"was {named} in {version}"
    return None
