"""The view of a roadmap diff that the terminal text and the Markdown report share."""

from __future__ import annotations

from dataclasses import dataclass

from cmhroadmap.roadmap.diff import FIELD_LABELS, RoadmapDiff


@dataclass(frozen=True)
class DiffItem:
    """One line of a section: what it names (ids as written) and the title and detail to say."""

    names: str
    title: str
    detail: str = ""


@dataclass(frozen=True)
class DiffView:
    old_id: str
    old_title: str
    new_id: str
    new_title: str
    sections: list[tuple[str, str, list[DiffItem]]]  # heading, what it means for an assessment, items
    unchanged: int


def build_diff_view(diff: RoadmapDiff) -> DiffView:
    old, new = diff.lineage.old, diff.lineage.new
    sections = [
        (
            "Added",
            "new deliverables: left unrated when an assessment is migrated",
            [DiffItem(key, diff.new_title(key)) for key in diff.added],
        ),
        (
            "Retired",
            "no longer in the roadmap: migrate keeps their entries in a retired section, rated nothing from",
            [DiffItem(key, diff.old_title(key)) for key in diff.retired],
        ),
        (
            "Renamed",
            "the same deliverable under a new id: everything is carried",
            [DiffItem(f"{old_id} → {new_id}", diff.new_title(new_id)) for old_id, new_id in diff.renamed],
        ),
        (
            "Split",
            "each part gets the old rating, evidence, owner and target, with a note to review",
            [
                DiffItem(f"{old_id} → {', '.join(parts)}", diff.old_title(old_id))
                for old_id, parts in diff.split
            ],
        ),
        (
            "Merged",
            "the merged deliverable gets the lowest old rating and every old evidence, with a note to review",
            [
                DiffItem(f"{' + '.join(olds)} → {new_id}", diff.new_title(new_id))
                for olds, new_id in diff.merged
            ],
        ),
        (
            "Changed",
            "the same id, with these fields worded differently",
            [
                DiffItem(key, diff.new_title(key), ", ".join(FIELD_LABELS[name] for name in fields))
                for key, fields in diff.changed
            ],
        ),
    ]
    return DiffView(
        old_id=old.id,
        old_title=old.meta.title,
        new_id=new.id,
        new_title=new.meta.title,
        sections=[section for section in sections if section[2]],
        unchanged=diff.unchanged,
    )
