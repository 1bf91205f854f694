"""Codes for an assessment or validation file checked against the roadmap."""

from __future__ import annotations

from cmhroadmap.problems.catalogue import Code, Group
from cmhroadmap.problems.problem import Severity

ERROR, WARNING, NOTE = Severity.ERROR, Severity.WARNING, Severity.NOTE

GROUP = Group(
    "Assessments and validations",
    (
        Code(
            "wrong-roadmap",
            ERROR,
            "The file is against another roadmap",
            "The file's `roadmap:` names a roadmap other than the one loaded, so its ids may not match.",
            "Give the roadmap the file names with --roadmap, or correct `roadmap:`.",
            "roadmap: cmh-roadmap-2019",
        ),
        Code(
            "unknown-deliverable",
            ERROR,
            "Not the id of any deliverable",
            "The id is not in the roadmap, often a misspelling; its rating would count for nothing.",
            "Correct the id (the message suggests the nearest); `cmhroadmap list` shows every id.",
            "deliverables:\n  joint-governence:\n    rating: 3",
        ),
        Code(
            "not-assessed",
            WARNING,
            "A deliverable in scope has no rating",
            "Every deliverable in the roadmap's columns and your focus areas is to be rated; this one is "
            "missing or has no rating yet.",
            "Add the deliverable with its rating. Unrated ones are said once per file; --verbose lists each.",
            "deliverables: {}   # joint-governance is not rated",
        ),
        Code(
            "invalid-rating",
            ERROR,
            "A rating not on the tool's four-point scale",
            "Ratings (and target ratings) are levels of the tool's four-point scale (the roadmap itself has "
            "no scale): 1 Not started, 2 Getting started, 3 Partially in place, 4 Fully in place.",
            "Write one of the levels 1 to 4.",
            "joint-governance:\n  rating: 5",
        ),
        Code(
            "umbrella-rated",
            ERROR,
            "An umbrella deliverable is rated directly",
            "An umbrella's rating is the lowest of its parts' ratings; rating it as well could disagree.",
            "Rate its parts instead, and delete the umbrella's rating.",
            "psychological-therapies:\n  rating: 3",
        ),
        Code(
            "unknown-focus-area",
            ERROR,
            "Not one of the roadmap's dedicated focus areas",
            "`focus_areas` lists an area the roadmap does not have, often a misspelling.",
            "Correct the area's id (the message suggests the nearest).",
            "focus_areas: [eating-disorder]",
        ),
        Code(
            "too-few-focus-areas",
            WARNING,
            "Fewer dedicated focus areas than the roadmap expects",
            "The roadmap expects each system to work on a minimum number of dedicated focus areas.",
            "Add the areas you work on to `focus_areas`.",
            "focus_areas: [cen]",
        ),
        Code(
            "focus-area-not-chosen",
            ERROR,
            "A rating for a focus area the file did not choose",
            "The deliverable belongs to a dedicated focus area that is not in the file's `focus_areas`, "
            "so its rating would not count.",
            "Add the area to `focus_areas`, or delete the rating.",
            "focus_areas: [cen]\ndeliverables:\n  eating-disorders-pathway:\n    rating: 2",
        ),
        Code(
            "success-not-evidenced",
            WARNING,
            "A rating claims more than its Success markers show",
            "A rating of 4 needs every Success marker met; the markers named are not in `success_met`.",
            "List the markers met in `success_met`, or lower the rating.",
            "rating: 4\nsuccess_met: [1]",
        ),
        Code(
            "no-success-evidenced",
            WARNING,
            "A rating of 3 shows no Success marker met",
            "A rating of 3 (partially in place) means some Success markers are met; none is listed.",
            "List the markers met in `success_met`, or lower the rating.",
            "rating: 3\nsuccess_met: []",
        ),
        Code(
            "missing-evidence",
            WARNING,
            "A rating of 2 or more with no evidence",
            "A validator, and next year's team, need to know what the rating rests on.",
            "Add `evidence:` saying where the evidence is (a document, a board paper).",
            "rating: 3   # no evidence:",
        ),
        Code(
            "unknown-marker",
            ERROR,
            "No Success marker of that number",
            "`success_met` names a marker the deliverable does not have.",
            "Use the marker numbers `cmhroadmap show ID` lists.",
            "success_met: [7]",
        ),
        Code(
            "rating-ahead-of-dependency",
            WARNING,
            "Rated ahead of a deliverable it relies upon",
            "The roadmap says this deliverable relies upon another, rated lower: the higher rating may "
            "not hold until the other is in place.",
            "Check both ratings; if the gap is known and accepted, list the other under `acknowledged`.",
            "joint-governance: {rating: 1}\npopulation-health: {rating: 4}",
        ),
        Code(
            "acknowledged-dependency",
            NOTE,
            "A known gap between dependent ratings, acknowledged",
            "The rating is ahead of one it relies upon, and the file says so under `acknowledged`.",
            "Nothing to fix; the note keeps the gap in view.",
            "acknowledged: [joint-governance]",
        ),
        Code(
            "nothing-to-acknowledge",
            WARNING,
            "An acknowledgement with nothing to acknowledge",
            "`acknowledged` names a deliverable this one does not rely upon, or one not rated lower.",
            "Delete the entry from `acknowledged`.",
            "acknowledged: [workforce]",
        ),
        Code(
            "not-an-assessment",
            ERROR,
            "A validation file given where an assessment is read",
            "assess and report read an assessment; its validation is found beside it.",
            "Give the assessment the file validates.",
            "cmhroadmap assess 2023-24.validation.yaml",
        ),
    ),
)
