"""Migrating one assessment file: read it against the old version, plan each entry, write the new text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cmhroadmap.assessment.loader import read_assessment
from cmhroadmap.assessment.pairing import is_validation
from cmhroadmap.cycle.migration import MigrationPlan, plan_migration
from cmhroadmap.cycle.migration_text import render_migration
from cmhroadmap.problems.problem import Problem, ProblemsFound, Severity
from cmhroadmap.roadmap.lineage import Lineage
from cmhroadmap.yamlread.source import SourceDocument, display_path, parse_yaml, read_text


@dataclass(frozen=True)
class Migrated:
    text: str
    plan: MigrationPlan


def migrate_file(path: Path, lineage: Lineage) -> Migrated:
    """The migrated file's text, or ProblemsFound when the file cannot be migrated as it is."""
    shown = display_path(path)
    text = read_text(path, shown)
    document = parse_yaml(text, shown)
    refusal = migration_refusal(document, lineage)
    if refusal is not None:
        raise ProblemsFound([refusal])
    loaded = read_assessment(document, lineage.old)
    errors = [p for p in loaded.problems if p.severity is Severity.ERROR]
    if errors or loaded.assessment is None:
        raise ProblemsFound(errors or loaded.problems)
    plan = plan_migration(loaded.assessment, lineage)
    return Migrated(
        render_migration(text, document, loaded.assessment.deliverables, plan, lineage, shown), plan
    )


def migration_refusal(document: SourceDocument, lineage: Lineage) -> Problem | None:
    """A file migrate does not take: a validation file, or an assessment already against the new version."""
    if is_validation(document):
        return document.problem(
            ("validates",),
            Severity.ERROR,
            "not-an-assessment",
            "this is a validation file; migrate carries a system's assessment onto a new version, and a "
            "validation stays with the version it validated",
            key=True,
        )
    if isinstance(document.data, dict) and document.data.get("roadmap") == lineage.new.id:
        return document.problem(
            ("roadmap",),
            Severity.ERROR,
            "already-migrated",
            f"this assessment is already against '{lineage.new.id}', so there is nothing to migrate",
        )
    return None
