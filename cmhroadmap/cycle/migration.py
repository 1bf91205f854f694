"""What `migrate` does with each entry of an assessment when it is carried onto the next roadmap version.

The rules: a deliverable carried or renamed keeps everything; each part of a split gets the old
entry; a merge gets the lowest old rating and every old evidence, marked with its old id; Success
markers are kept where their text is unchanged, renumbered; a retired deliverable's entry is kept
in `retired:`; an added one is left unrated. Each judgement call leaves a `review:` note.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cmhroadmap.assessment.model import Assessment, DeliverableRating
from cmhroadmap.roadmap.lineage import Lineage


@dataclass
class Copied:
    """A new entry written from one old entry's text: the key renamed, markers renumbered, a note added."""

    new_id: str
    old_id: str
    success_met: tuple[int, ...]
    acknowledged: dict[str, str]  # old id acknowledged -> the new id it becomes
    review: list[str] = field(default_factory=list)


@dataclass
class Built:
    """A new entry put together from several old ones (or one that could not be copied as written)."""

    new_id: str
    entry: DeliverableRating


@dataclass
class Added:
    """A deliverable new in this version: an empty entry to fill in."""

    new_id: str


Step = Copied | Built | Added


@dataclass
class MigrationPlan:
    steps: list[Step]
    retired: list[str]  # old ids whose entries move to `retired:`
    focus_areas: tuple[str, ...]
    dropped_areas: tuple[str, ...]


def _markers(lineage: Lineage, old_id: str, new_id: str, met: tuple[int, ...]) -> tuple[list[int], list[int]]:
    """The old markers met, renumbered for `new_id`; and the old numbers dropped."""
    positions = lineage.marker_positions(old_id, new_id)
    return sorted({positions[n] for n in met if n in positions}), [n for n in met if n not in positions]


def _numbers(numbers: list[int]) -> str:
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _dropped_note(old_id: str, dropped: list[int], old_roadmap: str) -> str:
    s = "s" if len(dropped) > 1 else ""
    return (
        f"Success marker{s} {_numbers(dropped)} of '{old_id}' in {old_roadmap} {'are' if s else 'is'} not "
        f"in this version as worded then, so {'they were' if s else 'it was'} dropped from success_met; "
        "check the markers listed above."
    )


def plan_migration(assessment: Assessment, lineage: Lineage) -> MigrationPlan:
    """Each new deliverable's entry, in the new roadmap's order, and the old entries retired."""
    new, old = lineage.new, lineage.old
    areas = tuple(area for area in assessment.focus_areas if area in new.focus_areas)
    dropped_areas = tuple(area for area in assessment.focus_areas if area not in new.focus_areas)
    given = assessment.deliverables
    steps: list[Step] = []
    for item in new:
        sources = lineage.sources[item.id]
        present = [key for key in sources if key in given]
        rateable = item.kind != "umbrella" and (new.focus_area_of(item.id) in (None, *areas))
        if not sources:
            if rateable:
                steps.append(Added(item.id))
            continue
        if not present:
            continue
        if len(sources) == 1:
            steps.append(_copied(lineage, item.id, present[0], given[present[0]]))
        else:
            steps.append(_merged(lineage, item.id, present, given))
        if not rateable:
            steps[-1] = _unrated(steps[-1], given, item.kind == "umbrella", old.id)
    retired = [key for key in given if key in old and not lineage.heirs.get(key)]
    return MigrationPlan(steps, retired, areas, dropped_areas)


def _copied(lineage: Lineage, new_id: str, old_id: str, entry: DeliverableRating) -> Step:
    met, dropped = _markers(lineage, old_id, new_id, entry.success_met)
    review = []
    heirs = lineage.heirs[old_id]
    if len(heirs) > 1:
        others = ", ".join(f"'{h}'" for h in heirs if h != new_id)
        review.append(
            f"'{old_id}' of {lineage.old.id} is split into this and {others}; each part was given its "
            "rating, evidence, owner and target: check that they fit this part."
        )
    if dropped:
        review.append(_dropped_note(old_id, dropped, lineage.old.id))
    acknowledged = {key: lineage.heirs.get(key, ()) for key in entry.acknowledged}
    if entry.review is not None or any(len(heirs) != 1 for heirs in acknowledged.values()):
        # Not a plain copy: built from the values, so that what is acknowledged follows the lineage.
        return _built_copy(lineage, new_id, old_id, entry, tuple(met), review)
    return Copied(new_id, old_id, tuple(met), {k: v[0] for k, v in acknowledged.items()}, review)


def _built_copy(
    lineage: Lineage,
    new_id: str,
    old_id: str,
    entry: DeliverableRating,
    met: tuple[int, ...],
    review: list[str],
) -> Built:
    acknowledged: dict[str, str] = {}
    for key, reason in entry.acknowledged.items():
        for heir in lineage.heirs.get(key, ()):
            acknowledged.setdefault(heir, reason)
        if not lineage.heirs.get(key):
            review.append(f"The acknowledged warning about '{key}' was dropped: it is not in this version.")
    notes = [entry.review] if entry.review is not None else []
    update = {"success_met": met, "acknowledged": acknowledged, "review": " ".join(notes + review) or None}
    return Built(new_id, entry.model_copy(update=update))


def _merged(lineage: Lineage, new_id: str, present: list[str], given: dict[str, DeliverableRating]) -> Built:
    entries = {key: given[key] for key in present}
    rated = {key: e.rating for key, e in entries.items() if e.rating is not None}
    met: set[int] = set()
    review = [
        f"Merged from {', '.join(repr(k) for k in lineage.sources[new_id])} of {lineage.old.id}: given the "
        "lowest of their ratings and the evidence of each; check the rating against the markers above."
    ]
    acknowledged: dict[str, str] = {}
    for key, entry in entries.items():
        kept, dropped = _markers(lineage, key, new_id, entry.success_met)
        met.update(kept)
        if dropped:
            review.append(_dropped_note(key, dropped, lineage.old.id))
        for other, reason in entry.acknowledged.items():
            for heir in lineage.heirs.get(other, ()):
                acknowledged.setdefault(heir, f"{key}: {reason}")
        if entry.review is not None:
            review.append(f"{key}: {entry.review}")
    targets = {e.target for e in entries.values() if e.target is not None}
    owners = {e.owner for e in entries.values() if e.owner is not None}
    if len(targets) > 1:
        review.append("The merged deliverables had different targets; the lowest-rated one's is kept.")
    lowest = min(rated, key=lambda k: rated[k]) if rated else present[0]
    return Built(
        new_id,
        DeliverableRating(
            rating=min(rated.values()) if rated else None,
            evidence=_marked({k: e.evidence for k, e in entries.items()}),
            success_met=tuple(sorted(met)),
            owner=owners.pop() if len(owners) == 1 else _marked({k: e.owner for k, e in entries.items()}),
            target=entries[lowest].target
            if entries[lowest].target is not None
            else next(iter(targets), None),
            acknowledged=acknowledged,
            notes=_marked({k: e.notes for k, e in entries.items()}),
            review=" ".join(review),
        ),
    )


def _marked(texts: dict[str, str | None]) -> str | None:
    """Each old entry's text, marked with its old id, in the order the old roadmap had them."""
    kept = [f"[{key}] {text}" for key, text in texts.items() if text is not None]
    return "\n\n".join(kept) or None


def _unrated(step: Step, given: dict[str, DeliverableRating], umbrella: bool, old_id: str) -> Step:
    """A carried entry for a deliverable that takes no rating here: the rating moves into the review."""
    entry = (
        step.entry if isinstance(step, Built) else given[step.old_id] if isinstance(step, Copied) else None
    )
    if entry is None or (entry.rating is None and entry.target is None):
        return step
    why = "is an umbrella item, rated from its parts" if umbrella else "is in a focus area not in focus_areas"
    note = f"Rated {entry.rating} in {old_id}, but in this version it {why}, so the rating was removed."
    review = " ".join(x for x in (entry.review, note) if x)
    update: dict[str, object] = {"rating": None, "target": None, "review": review}
    if isinstance(step, Copied):
        moved = {step.acknowledged[key]: reason for key, reason in entry.acknowledged.items()}
        update |= {"success_met": step.success_met, "acknowledged": moved}
        update["review"] = " ".join([*step.review, review])
    return Built(step.new_id, entry.model_copy(update=update))
