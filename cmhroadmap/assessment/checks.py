"""The rules an assessment must follow against its roadmap: errors and warnings with positions."""

from __future__ import annotations

from cmhroadmap.assessment.model import Assessment, DeliverableRating
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.problems.problem import Problem, Severity
from cmhroadmap.problems.suggest import did_you_mean
from cmhroadmap.roadmap.graph import relied_upon
from cmhroadmap.roadmap.model import Deliverable
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.safe.text import quoted
from cmhroadmap.yamlread.source import SourceDocument

ERROR, WARNING = Severity.ERROR, Severity.WARNING


def check_assessment(
    assessment: Assessment,
    roadmap: Roadmap,
    document: SourceDocument,
    unreadable: frozenset[str] = frozenset(),
) -> list[Problem]:
    """Every rule; entries in `unreadable` had a value refused already, so are not "not rated" too."""
    ratings = Ratings(roadmap, assessment)
    problems = _check_header(assessment, roadmap, document)
    for key, entry in assessment.deliverables.items():
        loc = ("deliverables", key)
        if key not in roadmap:
            hint = did_you_mean(key, roadmap.entries)
            problems.append(
                document.problem(
                    loc,
                    ERROR,
                    "unknown-deliverable",
                    f"{quoted(key)} is not a deliverable id{hint}",
                    key=True,
                )
            )
            continue
        found = _check_entry(roadmap[key], entry, ratings, document, loc)
        # A refused value was left out of the entry; warnings about what is then missing would mislead.
        problems += [p for p in found if p.severity is ERROR] if key in unreadable else found
    for item in roadmap:
        if ratings.in_scope(item.id) and ratings.own(item.id) is None and item.id not in unreadable:
            given = assessment.deliverables.get(item.id)
            if given is None or given.rating is None:
                where = ("deliverables", item.id) if item.id in assessment.deliverables else ("deliverables",)
                problems.append(
                    document.problem(
                        where,
                        WARNING,
                        "not-assessed",
                        f"'{item.id}' is not rated ({item.title})",
                        key=True,
                        deliverable=item.id,
                    )
                )
    if any(area not in roadmap.focus_areas for area in assessment.focus_areas):
        # A misspelt focus area is reported once; its deliverables are not each "not chosen" as well.
        problems = [p for p in problems if p.code != "focus-area-not-chosen"]
    return problems


def _check_header(assessment: Assessment, roadmap: Roadmap, document: SourceDocument) -> list[Problem]:
    problems = []
    if assessment.roadmap != roadmap.id:
        problems.append(
            document.problem(
                ("roadmap",),
                ERROR,
                "wrong-roadmap",
                f"this assessment is against roadmap '{assessment.roadmap}', but the roadmap loaded "
                f"is '{roadmap.id}' (use --roadmap to point at the right one)",
            )
        )
    areas = roadmap.focus_areas
    for index, area in enumerate(assessment.focus_areas):
        if area not in areas:
            problems.append(
                document.problem(
                    ("focus_areas", index),
                    ERROR,
                    "unknown-focus-area",
                    f"'{area}' is not a dedicated focus area{did_you_mean(area, areas)}; "
                    f"the areas are {', '.join(areas)}",
                )
            )
    minimum = roadmap.meta.dedicated_focus.minimum_areas
    chosen = {area for area in assessment.focus_areas if area in areas}
    if len(chosen) < minimum:
        problems.append(
            document.problem(
                ("focus_areas",),
                WARNING,
                "too-few-focus-areas",
                f"{len(chosen)} dedicated focus area{'' if len(chosen) == 1 else 's'} chosen; the "
                f"roadmap expects work on at least {minimum} of the {len(areas)}",
                key=True,
            )
        )
    return problems


def _check_entry(
    item: Deliverable,
    entry: DeliverableRating,
    ratings: Ratings,
    document: SourceDocument,
    loc: tuple[str, str],
) -> list[Problem]:
    roadmap = ratings.roadmap
    problems = []
    scale = roadmap.scale
    rating_loc = (*loc, "rating")
    on_scale = ", ".join(f"{s.level} {s.label}" for s in scale.values())
    if entry.rating is not None and entry.rating not in scale:
        problems.append(
            document.problem(
                rating_loc,
                ERROR,
                "invalid-rating",
                f"rating {entry.rating} is not on the scale ({on_scale})",
            )
        )
    if entry.target is not None and entry.target.rating not in scale:
        problems.append(
            document.problem(
                (*loc, "target", "rating"),
                ERROR,
                "invalid-rating",
                f"target rating {entry.target.rating} is not on the scale ({on_scale})",
            )
        )
    if item.kind == "umbrella" and entry.rating is not None:
        parts = ", ".join(roadmap.parts.get(item.id, []))
        problems.append(
            document.problem(
                rating_loc,
                ERROR,
                "umbrella-rated",
                f"'{item.id}' is not rated: its rating is the lowest of its parts ({parts})",
            )
        )
    area = roadmap.focus_area_of(item.id)
    if area is not None and area not in ratings.assessment.focus_areas and entry.rating is not None:
        problems.append(
            document.problem(
                rating_loc,
                ERROR,
                "focus-area-not-chosen",
                f"'{item.id}' belongs to the focus area '{area}', which is not in "
                f"{document.key_name(('focus_areas',))}",
            )
        )
    for index, number in enumerate(entry.success_met):
        if number > len(item.success):
            have = f"has {len(item.success)}" if item.success else "has none"
            problems.append(
                document.problem(
                    (*loc, "success_met", index),
                    ERROR,
                    "unknown-marker",
                    f"there is no Success marker {number}: '{item.id}' {have}",
                )
            )
    for other in entry.acknowledged:
        if other not in roadmap:
            hint = did_you_mean(other, roadmap.entries)
            problems.append(
                document.problem(
                    (*loc, "acknowledged", other),
                    ERROR,
                    "unknown-deliverable",
                    f"'{other}' is not a deliverable id{hint}",
                    key=True,
                )
            )
        elif other not in (targets := relied_upon(roadmap, item)):
            why = f"'{item.id}' does not rely upon '{other}', so there is nothing to acknowledge"
            if other == item.part_of:
                siblings = ", ".join(t for t in targets if roadmap[t].part_of == other)
                why = (
                    f"'{other}' is the umbrella of '{item.id}' itself, so '{item.id}' relies upon its "
                    f"other parts instead; acknowledge the one it is ahead of: {siblings}"
                )
            problems.append(
                document.problem(
                    (*loc, "acknowledged", other), WARNING, "nothing-to-acknowledge", why, key=True
                )
            )
    if entry.review is not None:
        # Written by `migrate` where it made a judgement call; the team deletes it once checked.
        problems.append(
            document.problem(
                (*loc, "review"),
                WARNING,
                "review-after-migration",
                f"'{item.id}' was carried onto this roadmap version and needs checking: {entry.review} "
                "(delete the review: line once the team has checked it)",
                key=True,
            )
        )
    if ratings.in_scope(item.id) and entry.rating in scale:
        problems += _check_evidence(item, entry, roadmap, document, rating_loc)
    return problems


def unmet_markers(item: Deliverable, met: tuple[int, ...]) -> list[int]:
    """Success markers not evidenced; a marker that is an alternative to others counts for them."""
    done = set(met)
    for number, marker in enumerate(item.success, start=1):
        if number in done:
            done.update(marker.alternative_to)
    alternatives = {n for n, m in enumerate(item.success, start=1) if m.alternative_to}
    return [n for n in range(1, len(item.success) + 1) if n not in done and n not in alternatives]


def _check_evidence(
    item: Deliverable,
    entry: DeliverableRating,
    roadmap: Roadmap,
    document: SourceDocument,
    rating_loc: tuple[str, ...],
) -> list[Problem]:
    assert entry.rating is not None
    label = f"{entry.rating} ({roadmap.scale[entry.rating].label})"
    problems = []
    if entry.rating == roadmap.top_level and item.success:
        missing = unmet_markers(item, entry.success_met)
        if missing:
            numbers = ", ".join(str(n) for n in missing)
            problems.append(
                document.problem(
                    rating_loc,
                    WARNING,
                    "success-not-evidenced",
                    f"rated {label} but Success marker{'s' if len(missing) > 1 else ''} {numbers} "
                    f"not in {document.key_name((*rating_loc[:-1], 'success_met'))}",
                )
            )
    if entry.rating == 3 and item.success and not entry.success_met:
        problems.append(
            document.problem(
                rating_loc,
                WARNING,
                "no-success-evidenced",
                f"rated {label} but {document.key_name((*rating_loc[:-1], 'success_met'))} "
                "lists no Success marker",
            )
        )
    if entry.rating >= 2 and entry.evidence is None:
        problems.append(
            document.problem(rating_loc, WARNING, "missing-evidence", f"rated {label} without evidence")
        )
    return problems
