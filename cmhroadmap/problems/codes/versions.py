"""Codes for roadmap versions: a new version's lineage, and assessments carried onto it (`migrate`)."""

from __future__ import annotations

from cmhroadmap.problems.catalogue import Code, Group
from cmhroadmap.problems.problem import Severity

ERROR, WARNING = Severity.ERROR, Severity.WARNING

GROUP = Group(
    "Roadmap versions",
    (
        Code(
            "not-previous-version",
            ERROR,
            "The later roadmap does not follow the earlier one",
            "`diff` and `migrate` compare a roadmap with the version it follows; the later one's "
            "`previous:` must name the earlier one's id, and the two must be given in that order.",
            "Give the earlier version first, or add `previous:` (the earlier id) to the later roadmap.yaml.",
            "cmhroadmap diff roadmaps/2025 roadmaps/2023   # the later version given first",
        ),
        Code(
            "unknown-previous-id",
            ERROR,
            "`replaces` names a deliverable the previous version does not have",
            "A deliverable of the new version says which earlier deliverables it replaces; this id is not "
            "one of the previous version's.",
            "Correct the id (the message suggests the nearest) from the previous version's files.",
            "replaces: [joint-governence]",
        ),
        Code(
            "already-migrated",
            ERROR,
            "The assessment is already against the new version",
            "`migrate` carries an assessment from one roadmap version onto the next; this one is "
            "against the new version already.",
            "Nothing to migrate; check the file with `validate`.",
            "cmhroadmap migrate 2025-26.yaml --to roadmaps/2025 -o 2025-26.yaml",
        ),
        Code(
            "review-after-migration",
            WARNING,
            "A rating carried onto a new roadmap version needs checking",
            "`migrate` made a judgement carrying this deliverable onto the new version (it was split or "
            "merged, or some of its Success markers changed and were dropped) and noted it under `review:`.",
            "Check the rating against the new version's Success markers, then delete the `review:` line.",
            "joint-governance:\n  rating: 3\n  review: merged from two deliverables; check the rating",
        ),
    ),
)
