"""Loading a roadmap directory: roadmap.yaml, then each column's file, then the cross-file checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from cmhroadmap.models.placing import validate_document
from cmhroadmap.problems.problem import Problem, ProblemsFound, Severity
from cmhroadmap.reading.bundled import bundled_prepared_roadmap, bundled_roadmap
from cmhroadmap.roadmap.checks import check_roadmap
from cmhroadmap.roadmap.model import ColumnFile, Deliverable, RoadmapFile
from cmhroadmap.roadmap.prepared import load_prepared
from cmhroadmap.roadmap.roadmap import FOCUS_PREFIX, PlacedDeliverable, Roadmap, RoadmapResult
from cmhroadmap.safe.text import quoted
from cmhroadmap.writing.atomic import resolved
from cmhroadmap.yamlread.source import Loc, SourceDocument, display_path, load_yaml

ROADMAP_FILE = "roadmap.yaml"


def load_roadmap(directory: Path | None = None) -> RoadmapResult:
    """Load and check the roadmap in `directory` (the bundled one by default).

    An installed wheel carries the bundled roadmap already checked, as data; it is used while the
    roadmap's files are the ones it was prepared from.
    """
    if directory is None:
        directory = bundled_roadmap()
        prepared = load_prepared(bundled_prepared_roadmap(), directory)
        if prepared is not None:
            return prepared
    return _load_checked(directory)


def _load_checked(directory: Path) -> RoadmapResult:
    main_path = directory / ROADMAP_FILE
    if directory.is_file():
        main_path, directory = directory, directory.parent
    try:
        document = load_yaml(main_path, display_path(main_path))
    except ProblemsFound as found:
        return RoadmapResult(None, found.problems)
    meta, problems = validate_document(RoadmapFile, document)
    if meta is None:
        return RoadmapResult(None, problems)
    roadmap = Roadmap(meta, directory, document)
    state = _LoadState(sources=[main_path])
    sources: list[tuple[Loc, str, str]] = [
        (("columns", i, "file"), c.file, c.id) for i, c in enumerate(meta.columns)
    ]
    sources += [
        (("dedicated_focus", "areas", i, "file"), a.file, FOCUS_PREFIX + a.id)
        for i, a in enumerate(meta.dedicated_focus.areas)
    ]
    for loc, name, column in sources:
        outside = _outside(directory, name)
        if outside is not None:
            # Never read, so that nothing of a file elsewhere (a .env, a key) reaches a message.
            state.complete = False
            problems.append(document.problem(loc, Severity.ERROR, "file-outside-roadmap", outside))
            continue
        problems += _load_column(roadmap, state, document, loc, directory / name, column)
    # Deliverables that could not be read are still named, so references to them do not turn
    # one mistake into dozens; a file that could not be read at all hides every id in it.
    known = set(roadmap.entries) | state.unreadable_ids
    problems += check_roadmap(roadmap, known if state.complete else None)
    return RoadmapResult(roadmap, problems, state.sources)


def _outside(directory: Path, name: str) -> str | None:
    """Why the column file `name` is not inside the roadmap's folder, or None when it is."""
    advice = "name a file in the roadmap's own folder, such as model-development.yaml"
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).anchor or name.startswith("~"):
        return f"file: {quoted(name)} is a path from the top of a disk; {advice}"
    if ".." in parts:
        return f"file: {quoted(name)} leads out of the roadmap's folder with '..'; {advice}"
    folder = resolved(directory)
    if not resolved(directory / name).is_relative_to(folder):
        return f"file: {quoted(name)} is a link to a file outside the roadmap's folder; {advice}"
    return None


@dataclass
class _LoadState:
    unreadable_ids: set[str] = field(default_factory=set)
    complete: bool = True
    sources: list[Path] = field(default_factory=list)


def _load_column(
    roadmap: Roadmap,
    state: _LoadState,
    main: SourceDocument,
    loc: Loc,
    path: Path,
    column: str,
) -> list[Problem]:
    if not path.exists():  # anything else that is not a file (a pipe, a device) is refused as it is read
        state.complete = False
        return [main.problem(loc, Severity.ERROR, "file-not-found", f"no such file: {path.name}")]
    state.sources.append(path)
    try:
        document = load_yaml(path, display_path(path))
    except ProblemsFound as found:
        state.complete = False
        return found.problems
    column_file, problems = validate_document(ColumnFile, document)
    if column_file is None:
        state.complete = False
        return problems
    for index, raw in enumerate(column_file.deliverables):
        item_loc = ("deliverables", index)
        deliverable, item_problems = validate_document(Deliverable, document, raw, item_loc)
        if deliverable is None:
            problems += item_problems
            if isinstance(raw.get("id"), str):
                state.unreadable_ids.add(raw["id"])
            continue
        entry = PlacedDeliverable(deliverable, column, document, item_loc)
        first = roadmap.entries.get(deliverable.id)
        if first is not None:
            where = f"{first.document.path}:{first.document.locate((*first.loc, 'id'))[0]}"
            problems.append(
                document.problem(
                    (*entry.loc, "id"),
                    Severity.ERROR,
                    "duplicate-id",
                    f"'{deliverable.id}' is already the id of a deliverable at {where}",
                )
            )
            continue
        roadmap.entries[deliverable.id] = entry
    return problems
