"""Reading one assessment with its validation, for the commands that take one file (assess, report)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cmhroadmap.assessment.loader import LoadedAssessment, read_assessment
from cmhroadmap.assessment.pairing import (
    ERROR,
    Key,
    LoadedValidation,
    is_validation,
    key_of,
    pair_validation,
    sibling_validation,
)
from cmhroadmap.assessment.validation_model import Validation
from cmhroadmap.models.placing import validate_document
from cmhroadmap.problems.problem import Problem, ProblemsFound
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.yamlread.source import display_path, load_yaml


@dataclass
class Single:
    """One assessment with its validation (if any), for the commands that read one file."""

    loaded: LoadedAssessment
    validation: Validation | None
    problems: list[Problem]
    validation_path: str | None = None


def load_single(path: Path, roadmap: Roadmap, validation_path: Path | None = None) -> Single:
    """Read an assessment and its validation: the one given, or the one kept beside it."""
    if validation_path is None and path.is_file() and sibling_validation(path).is_file():
        validation_path = sibling_validation(path)
    if path.is_dir():
        # One file is expected here; reading it reports the directory as a problem.
        documents = [path]
    else:
        documents = [path] + ([validation_path] if validation_path is not None else [])
    problems: list[Problem] = []
    assessments: list[LoadedAssessment] = []
    validations: list[LoadedValidation] = []
    for candidate in documents:
        try:
            document = load_yaml(candidate, display_path(candidate))
        except ProblemsFound as found:
            problems += found.problems
            if candidate == path:
                return Single(
                    LoadedAssessment(display_path(path), None, None, found.problems), None, problems
                )
            continue
        if candidate == path and is_validation(document):
            # Read as an assessment, a validation file would only give a list of unknown keys.
            problem = document.problem(
                ("validates",),
                ERROR,
                "not-an-assessment",
                "this is a validation file; give the assessment it validates (it is found beside it)",
                key=True,
            )
            return Single(LoadedAssessment(document.path, None, document, [problem]), None, [problem])
        if candidate == path:
            assessments.append(read_assessment(document, roadmap))
        else:
            validation, found_problems = validate_document(Validation, document)
            validations.append(LoadedValidation(document.path, validation, document, found_problems))
    loaded = assessments[0]
    seen = {key_of(loaded): loaded} if loaded.assessment is not None else {}
    problems += loaded.problems
    validation_of: dict[Key, Validation] = {}
    for item in validations:
        problems += pair_validation(
            validation_of, item, seen, {roadmap.id: roadmap}, roadmap, loaded.assessment is not None
        )
    validation = validation_of.get(key_of(loaded)) if loaded.assessment is not None else None
    shown = display_path(validation_path) if validation_path is not None and validation is not None else None
    return Single(loaded, validation, problems, shown)
