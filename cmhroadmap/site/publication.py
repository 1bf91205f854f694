"""What a site publishes: ratings, targets and validation outcomes; evidence and owners when asked."""

from __future__ import annotations

from dataclasses import dataclass

from cmhroadmap.assessment.model import Assessment, DeliverableRating

# Put in place of an acknowledged dependency warning's reason, which is the system's own free text.
REASON_LEFT_OUT = "reason not published"


@dataclass(frozen=True)
class Publication:
    """The publisher's decision: evidence text and owners (people) are left out unless asked for."""

    include_evidence: bool = False
    include_owners: bool = False

    def left_out(self) -> list[str]:
        """What the site does not show, in words for its method page."""
        missing = []
        if not self.include_evidence:
            missing.append(
                "evidence text, notes and the reasons given for accepting a dependency warning "
                "(publish with --include-evidence to show them)"
            )
        if not self.include_owners:
            missing.append(
                "owners of deliverables and who prepared each assessment, since these name people "
                "(publish with --include-owners to show them)"
            )
        return missing

    def export_fields(self, fields: list[str]) -> list[str]:
        """The tidy export's columns that this publication may carry."""
        dropped = set()
        if not self.include_evidence:
            dropped.add("evidence")
        if not self.include_owners:
            dropped.add("owner")
        return [name for name in fields if name not in dropped]

    def redact(self, assessment: Assessment) -> Assessment:
        """The assessment with what is not to be published removed, before any page is built from it."""
        deliverables = {key: self._entry(entry) for key, entry in assessment.deliverables.items()}
        # Entries kept from an earlier roadmap version are rated nothing from, so nothing of them is shown.
        update: dict[str, object] = {"deliverables": deliverables, "retired": {}}
        if not self.include_evidence:
            update["notes"] = None
        if not self.include_owners:
            update["prepared_by"] = None
        return assessment.model_copy(update=update)

    def _entry(self, entry: DeliverableRating) -> DeliverableRating:
        # A review note is the team's working note after a migration, never published.
        update: dict[str, object] = {"review": None}
        if not self.include_evidence:
            update["evidence"] = None
            update["notes"] = None
            update["acknowledged"] = dict.fromkeys(entry.acknowledged, REASON_LEFT_OUT)
        if not self.include_owners:
            update["owner"] = None
        return entry.model_copy(update=update)
