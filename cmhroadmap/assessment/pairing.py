"""A validation file and the assessment it validates: found, matched and checked together."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cmhroadmap.assessment.loader import LoadedAssessment
from cmhroadmap.assessment.validation_checks import check_validation
from cmhroadmap.assessment.validation_model import Validation
from cmhroadmap.problems.problem import Problem, Severity
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.yamlread.source import SourceDocument

ERROR = Severity.ERROR
Key = tuple[str, str]  # organisation code, period
VALIDATION_SUFFIX = ".validation.yaml"


@dataclass
class LoadedValidation:
    path: str
    validation: Validation | None
    document: SourceDocument
    problems: list[Problem] = field(default_factory=list)


def key_of(loaded: LoadedAssessment) -> Key:
    assert loaded.assessment is not None
    return (loaded.assessment.organisation.code, loaded.assessment.period)


def is_validation(document: SourceDocument) -> bool:
    return isinstance(document.data, dict) and "validates" in document.data


def sibling_validation(path: Path) -> Path:
    """Where a validation of `path` is kept by convention: <name>.validation.yaml beside it."""
    return path.with_name(f"{path.stem}{VALIDATION_SUFFIX}")


def pair_validation(
    validation_of: dict[Key, Validation],
    item: LoadedValidation,
    seen: dict[Key, LoadedAssessment],
    roadmaps: dict[str, Roadmap],
    default: Roadmap,
    required: bool,
) -> list[Problem]:
    """Check a validation against its assessment in `seen`; record it in `validation_of` if sound.

    `required`: whether finding no assessment it validates is an error.
    """
    validation, document = item.validation, item.document
    if validation is None:
        return item.problems
    key = (validation.validates.organisation, validation.validates.period)
    target = seen.get(key)
    problems = list(item.problems)
    if target is None and required:
        problems.append(
            document.problem(
                ("validates",),
                ERROR,
                "no-matching-assessment",
                f"no assessment of {key[0]} for {key[1]} among the files given, nor beside this file",
                key=True,
            )
        )
    elif key in validation_of:
        problems.append(
            document.problem(
                ("validates",),
                ERROR,
                "duplicate-validation",
                f"another file already validates {key[0]} for {key[1]}",
                key=True,
            )
        )
    roadmap = roadmaps.get(validation.validates.roadmap, default)
    problems += check_validation(
        validation, roadmap, document, target.assessment if target is not None else None
    )
    item.problems = problems
    if not any(p.severity is ERROR for p in problems) and key not in validation_of:
        validation_of[key] = validation
    return problems
