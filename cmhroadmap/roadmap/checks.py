"""Checks that need the whole roadmap: references resolve, kinds hold together, the scale is sound."""

from __future__ import annotations

import dataclasses

from cmhroadmap.problems.problem import Problem, Severity
from cmhroadmap.problems.suggest import did_you_mean
from cmhroadmap.roadmap.model import ANNEXED_KINDS
from cmhroadmap.roadmap.roadmap import PlacedDeliverable, Roadmap, normalise_wording

ERROR = Severity.ERROR


def check_roadmap(roadmap: Roadmap, known: set[str] | None) -> list[Problem]:
    """Problems that span files.

    `known` is every id that exists, or None when a file could not be read, so that unknown
    references cannot be told from ids hidden in that file.
    """
    problems = _check_meta(roadmap)
    cells: dict[tuple[str, int], str] = {}
    wordings: dict[str, str] = {}
    for entry in roadmap.entries.values():
        found = _check_references(roadmap, entry, known)
        found += _check_kind(roadmap, entry)
        found += _check_markers(entry)
        found += _check_grid(roadmap, entry, cells)
        found += _check_aliases(entry, wordings)
        # A roadmap file lists its deliverables, so the place names an index: the subject is the entry.
        problems += [dataclasses.replace(p, deliverable=entry.deliverable.id) for p in found]
    return problems


def _check_meta(roadmap: Roadmap) -> list[Problem]:
    meta, document = roadmap.meta, roadmap.document
    problems = []
    levels = [level.level for level in meta.scale]
    if levels != [1, 2, 3, 4]:
        problems.append(
            document.problem(
                ("scale",),
                ERROR,
                "bad-scale",
                f"the scale must have levels 1, 2, 3 and 4 in order, found {levels}",
            )
        )
    elif meta.expectation is not None and meta.expectation.level not in levels:
        # Checked only on a sound scale: a broken one is already the problem to fix.
        problems.append(
            document.problem(
                ("expectation", "level"),
                ERROR,
                "invalid-value",
                f"the expectation's level {meta.expectation.level} is not on the scale; "
                f"write one of {', '.join(map(str, levels))}",
            )
        )
    if not 1 <= meta.dependency_threshold < max(levels or [1]):
        problems.append(
            document.problem(
                ("dependency_threshold",),
                ERROR,
                "invalid-value",
                "dependency_threshold must be at least 1 and less than the top of the scale",
            )
        )
    seen: set[str] = set()
    for column in roadmap.columns:
        if column.id in seen:
            problems.append(
                document.problem((), ERROR, "duplicate-id", f"column '{column.id}' is listed twice")
            )
        seen.add(column.id)
    focus = meta.dedicated_focus
    if focus.minimum_areas > len(focus.areas):
        problems.append(
            document.problem(
                ("dedicated_focus", "minimum_areas"),
                ERROR,
                "invalid-value",
                f"minimum_areas is {focus.minimum_areas} but only {len(focus.areas)} areas are listed",
            )
        )
    return problems


def _check_references(roadmap: Roadmap, entry: PlacedDeliverable, known: set[str] | None) -> list[Problem]:
    item, document = entry.deliverable, entry.document
    problems = []
    footnotes = {note.number for note in roadmap.meta.footnotes}
    for index, number in enumerate(item.footnotes):
        if number not in footnotes:
            problems.append(
                document.problem(
                    (*entry.loc, "footnotes", index),
                    ERROR,
                    "unknown-footnote",
                    f"there is no footnote {number} in roadmap.yaml",
                )
            )
    if item.part_of is not None:
        loc = (*entry.loc, "part_of")
        if item.part_of == item.id:
            problems.append(document.problem(loc, ERROR, "self-reference", "part_of names itself"))
        elif item.part_of not in roadmap:
            if known is not None and item.part_of not in known:
                problems.append(_unknown(roadmap, entry, loc, item.part_of))
        elif roadmap[item.part_of].kind != "umbrella":
            problems.append(
                document.problem(
                    loc,
                    ERROR,
                    "part-of-not-umbrella",
                    f"'{item.part_of}' is a {roadmap[item.part_of].kind}, not an umbrella item",
                )
            )
    seen: set[str] = set()
    for index, target in enumerate(item.relies_upon):
        loc = (*entry.loc, "relies_upon", index)
        if target == item.id:
            problems.append(document.problem(loc, ERROR, "self-reference", f"'{target}' relies upon itself"))
        elif target not in roadmap:
            if known is not None and target not in known:
                problems.append(_unknown(roadmap, entry, loc, target))
        elif target in seen:
            problems.append(
                document.problem(loc, Severity.WARNING, "duplicate-reference", f"'{target}' is listed twice")
            )
        seen.add(target)
    return problems


def _unknown(roadmap: Roadmap, entry: PlacedDeliverable, loc: tuple[str | int, ...], target: str) -> Problem:
    hint = did_you_mean(target, roadmap.entries)
    return entry.document.problem(
        loc, ERROR, "unknown-reference", f"'{target}' is not the id of any deliverable{hint}"
    )


def _check_kind(roadmap: Roadmap, entry: PlacedDeliverable) -> list[Problem]:
    item, document = entry.deliverable, entry.document
    problems = []
    if item.kind in ANNEXED_KINDS:
        for box in ("getting_started", "success"):
            if not getattr(item, box):
                problems.append(
                    document.problem(
                        (*entry.loc, "kind"),
                        ERROR,
                        "missing-annex",
                        f"a {item.kind} needs its '{box}' list from the annex slide",
                    )
                )
    if item.kind == "umbrella":
        if not roadmap.parts.get(item.id):
            problems.append(
                document.problem(
                    (*entry.loc, "kind"),
                    ERROR,
                    "umbrella-without-parts",
                    f"no deliverable names '{item.id}' in its part_of",
                )
            )
        if item.relies_upon or item.success or item.getting_started:
            problems.append(
                document.problem(
                    (*entry.loc, "kind"),
                    ERROR,
                    "umbrella-with-annex",
                    "an umbrella item has no slide of its own: its parts carry the annex text",
                )
            )
    return problems


def _check_markers(entry: PlacedDeliverable) -> list[Problem]:
    problems = []
    markers = entry.deliverable.success
    for index, marker in enumerate(markers):
        for offset, number in enumerate(marker.alternative_to):
            if number == index + 1 or number > len(markers):
                problems.append(
                    entry.document.problem(
                        (*entry.loc, "success", index, "alternative_to", offset),
                        ERROR,
                        "invalid-value",
                        f"alternative_to names marker {number}, which is not another marker here",
                    )
                )
    return problems


def _check_grid(
    roadmap: Roadmap, entry: PlacedDeliverable, cells: dict[tuple[str, int], str]
) -> list[Problem]:
    known = {column.id for column in roadmap.columns}
    problems = []
    for index, cell in enumerate(entry.deliverable.grid):
        column = cell.column or entry.column
        loc = (*entry.loc, "grid", index)
        if column not in known:
            hint = did_you_mean(column, known)
            problems.append(
                entry.document.problem(
                    (*loc, "column"), ERROR, "unknown-column", f"no column '{column}'{hint}"
                )
            )
        elif (column, cell.row) in cells:
            other = cells[(column, cell.row)]
            problems.append(
                entry.document.problem(
                    (*loc, "row"),
                    ERROR,
                    "grid-clash",
                    f"row {cell.row} of '{column}' is already taken by '{other}'",
                )
            )
        cells[(column, cell.row)] = entry.deliverable.id
    return problems


def _check_aliases(entry: PlacedDeliverable, wordings: dict[str, str]) -> list[Problem]:
    problems = []
    for index, alias in enumerate(entry.deliverable.aliases):
        key = normalise_wording(alias)
        owner = wordings.setdefault(key, entry.deliverable.id)
        if owner != entry.deliverable.id:
            problems.append(
                entry.document.problem(
                    (*entry.loc, "aliases", index),
                    ERROR,
                    "ambiguous-alias",
                    f"this wording is already an alias of '{owner}'",
                )
            )
    return problems
