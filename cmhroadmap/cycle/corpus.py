"""Loading many files at once: assessments and validation files, paired and checked across files."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cmhroadmap.assessment.loader import LoadedAssessment, expand_paths, read_assessment
from cmhroadmap.assessment.pairing import (
    VALIDATION_SUFFIX,
    Key,
    LoadedValidation,
    is_validation,
    key_of,
    pair_validation,
    sibling_validation,
)
from cmhroadmap.assessment.validation_model import Validation
from cmhroadmap.cycle.file_kinds import is_ours, looks_ours, walk
from cmhroadmap.models.placing import validate_document
from cmhroadmap.problems.problem import Problem, ProblemsFound, Severity
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.writing.atomic import resolved
from cmhroadmap.yamlread.source import SourceDocument, display_path, load_yaml

ERROR = Severity.ERROR


@dataclass
class Corpus:
    """Every file read, with its problems and the problems found across files."""

    assessments: list[LoadedAssessment] = field(default_factory=list)
    validations: list[LoadedValidation] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    validation_of: dict[Key, Validation] = field(default_factory=dict)
    files: int = 0
    skipped: int = 0  # YAML files in the directories given that are neither assessments nor validations

    @property
    def usable(self) -> list[LoadedAssessment]:
        return [a for a in self.assessments if a.assessment is not None and not a.has_errors]

    def validation_for(self, loaded: LoadedAssessment) -> Validation | None:
        if loaded.assessment is None:
            return None
        return self.validation_of.get(key_of(loaded))


def empty_directories(paths: Iterable[Path]) -> list[Problem]:
    """A directory with no YAML files in it: more likely a wrong path than nothing to check."""
    return [
        Problem(display_path(path), 1, 1, ERROR, "no-files", "no .yaml or .yml files in this directory")
        for path in paths
        if path.is_dir() and not any(expand_paths([path]))
    ]


def load_corpus(
    paths: Iterable[Path],
    roadmaps: dict[str, Roadmap],
    default: Roadmap,
    *,
    pair_validations: bool = True,
    on_file: Callable[[Path], None] | None = None,
    keep_documents: bool = False,
) -> Corpus:
    """Read every file; each is checked against the roadmap its `roadmap:` names (else `default`).

    Each assessment is checked as it is read, and its parsed text then let go (unless
    `keep_documents`, for a command that places problems in it later): memory stays flat in the
    number of files, holding only the models the outputs are made from.
    """
    corpus = Corpus()
    paths = list(paths)
    corpus.problems += empty_directories(paths)
    pending: list[LoadedValidation] = []
    seen: dict[Key, LoadedAssessment] = {}
    unreadable: set[Path] = set()
    for path, named in walk(paths):
        if on_file is not None:
            on_file(path)
        # In a directory, a repository's other YAML (workflows, tool settings) is passed over; a file
        # named on the command line is always checked.
        try:
            document = load_yaml(path, display_path(path))
        except ProblemsFound as found:
            if named or looks_ours(path):
                corpus.files += 1
                corpus.problems += found.problems
                unreadable.add(resolved(path))
            else:
                corpus.skipped += 1
            continue
        if not (named or is_ours(document.data)):
            corpus.skipped += 1
            continue
        corpus.files += 1
        if is_validation(document):
            validation, problems = validate_document(Validation, document)
            pending.append(LoadedValidation(document.path, validation, document, problems))
            continue
        wanted = document.data.get("roadmap") if isinstance(document.data, dict) else None
        roadmap = roadmaps.get(wanted, default) if isinstance(wanted, str) else default
        loaded = read_assessment(document, roadmap)
        corpus.assessments.append(loaded)
        corpus.problems += loaded.problems
        corpus.problems += _duplicate(loaded, seen)
        if not keep_documents:
            loaded.document = SourceDocument(document.path, None)
        del document
    # A validation must match an assessment: one given with it, or the one kept beside it.
    given = {resolved(Path(loaded.path)): loaded.assessment is not None for loaded in corpus.assessments}
    given |= dict.fromkeys(unreadable, False)
    for item in pending:
        corpus.validations.append(item)
        required = pair_validations and _find_beside(item, seen, given, roadmaps, default)
        corpus.problems += pair_validation(corpus.validation_of, item, seen, roadmaps, default, required)
    return corpus


def _duplicate(loaded: LoadedAssessment, seen: dict[Key, LoadedAssessment]) -> list[Problem]:
    """A second file of the same organisation and period, said at its ODS code; else it is recorded."""
    if loaded.assessment is None or loaded.document is None:
        return []
    key = key_of(loaded)
    if key not in seen:
        seen[key] = loaded
        return []
    same = resolved(Path(seen[key].path)) == resolved(Path(loaded.path))
    return [
        loaded.document.problem(
            ("organisation", "code"),
            ERROR,
            "duplicate-assessment",
            "this file was given twice; give each file once"
            if same
            else f"{seen[key].path} already assesses {key[0]} for {key[1]}",
        )
    ]


def _find_beside(
    item: LoadedValidation,
    seen: dict[Key, LoadedAssessment],
    given: dict[Path, bool],
    roadmaps: dict[str, Roadmap],
    default: Roadmap,
) -> bool:
    """A validation given without its assessment is checked against the assessment kept beside it.

    That file's own problems are not reported: it was not asked for, only looked at. Returns whether
    a validation left without a match is an error: not when its assessment was given but could not
    be read, which is reported already and would otherwise be blamed twice.
    """
    validation = item.validation
    name = Path(item.path).name
    if validation is None or not name.endswith(VALIDATION_SUFFIX):
        return True
    key = (validation.validates.organisation, validation.validates.period)
    beside = Path(item.path).with_name(name.removesuffix(VALIDATION_SUFFIX) + ".yaml")
    if key in seen or not beside.is_file():
        return True
    if resolved(beside) in given:
        return given[resolved(beside)]
    try:
        document = load_yaml(beside, display_path(beside))
    except ProblemsFound:
        return True
    wanted = document.data.get("roadmap") if isinstance(document.data, dict) else None
    loaded = read_assessment(document, roadmaps.get(wanted, default) if isinstance(wanted, str) else default)
    if loaded.assessment is not None and key_of(loaded) == key:
        seen[key] = loaded
    return True


def with_validations_beside(files: list[Path]) -> list[Path]:
    """The files, and each one's validation file kept beside it (if any, and not given already)."""
    beside = [sibling_validation(f) for f in files if f.is_file() and sibling_validation(f).is_file()]
    return [*files, *(b for b in beside if b not in files)]
