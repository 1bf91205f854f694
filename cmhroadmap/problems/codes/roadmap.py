"""Codes for the roadmap's own files: its deliverables, columns, links and annex text."""

from __future__ import annotations

from cmhroadmap.problems.catalogue import Code, Group
from cmhroadmap.problems.problem import Severity

ERROR, WARNING = Severity.ERROR, Severity.WARNING

GROUP = Group(
    "The roadmap's files",
    (
        Code(
            "duplicate-id",
            ERROR,
            "An id used twice",
            "Two deliverables (or two columns) have the same id; ids are a public contract and name one "
            "thing each.",
            "Give one of them its own id (see docs for the fixed list of deliverable ids).",
            "- id: joint-governance\n- id: joint-governance",
        ),
        Code(
            "unknown-reference",
            ERROR,
            "A link to a deliverable that does not exist",
            "`relies_upon` or `part_of` names an id no deliverable has, often a misspelling.",
            "Correct the id (the message suggests the nearest).",
            "relies_upon: [joint-governence]",
        ),
        Code(
            "self-reference",
            ERROR,
            "A deliverable relies upon, or is part of, itself",
            "A deliverable cannot depend on itself.",
            "Delete its own id from `relies_upon` or `part_of`.",
            "- id: workforce\n  relies_upon: [workforce]",
        ),
        Code(
            "duplicate-reference",
            WARNING,
            "The same deliverable listed twice in one list",
            "A `relies_upon` list names one deliverable twice; the second says nothing more.",
            "Delete one of the two.",
            "relies_upon: [workforce, workforce]",
        ),
        Code(
            "part-of-not-umbrella",
            ERROR,
            "`part_of` names a deliverable that is not an umbrella",
            "Only umbrella items have parts.",
            "Name the umbrella this deliverable belongs to, or make that item an umbrella.",
            "part_of: joint-governance",
        ),
        Code(
            "umbrella-without-parts",
            ERROR,
            "An umbrella item with no parts",
            "An umbrella's rating is the lowest of its parts'; with none, it could never be rated.",
            "Name the umbrella in its parts' `part_of`, or change its kind.",
            "- id: psychological-therapies\n  kind: umbrella",
        ),
        Code(
            "umbrella-with-annex",
            ERROR,
            "An umbrella item with annex text of its own",
            "An umbrella has no slide of its own in the source: its parts carry the annex text.",
            "Move the text to the parts it belongs to.",
            "kind: umbrella\ngetting_started: [...]",
        ),
        Code(
            "missing-annex",
            ERROR,
            "A deliverable without the annex list its kind needs",
            "A deliverable with a slide in the source carries its Getting started steps and Success "
            "markers from the annex.",
            "Copy the list from the roadmap's annex slide.",
            "- id: workforce\n  kind: slide   # no success_markers:",
        ),
        Code(
            "unknown-column",
            ERROR,
            "A column the roadmap does not have",
            "A deliverable names a grid column that is not one of the roadmap's columns.",
            "Use a column id from roadmap.yaml (the message suggests the nearest).",
            "column: foundations-and-enablers",
        ),
        Code(
            "grid-clash",
            ERROR,
            "Two deliverables in the same place in the grid",
            "Each row of a column holds one deliverable, as on the roadmap's grid slide.",
            "Give one of them the row the source shows.",
            "grid: {column: core, row: 3}   # row 3 is taken",
        ),
        Code(
            "unknown-footnote",
            ERROR,
            "A footnote number that roadmap.yaml does not have",
            "Text refers to a footnote by number, and roadmap.yaml lists no footnote of that number.",
            "Add the footnote to roadmap.yaml, or correct the number.",
            "footnotes: [12]",
        ),
        Code(
            "ambiguous-alias",
            ERROR,
            "A wording given as an alias of two deliverables",
            "Aliases turn the wording in the source into an id; one wording must lead to one deliverable.",
            "Keep the alias on the deliverable the source means.",
            "aliases: [Joint governance]   # also an alias of another deliverable",
        ),
        Code(
            "bad-scale",
            ERROR,
            "The rating scale is not levels 1 to 4 in order",
            "The roadmap's self-assessment scale has four levels, 1 to 4.",
            "List the levels 1, 2, 3 and 4 in order in roadmap.yaml.",
            "scale: [{level: 1}, {level: 3}]",
        ),
        Code(
            "file-outside-roadmap",
            ERROR,
            "A column file outside the roadmap's folder",
            "A column's `file:` must name a file in the roadmap's own folder: no '..', no path from the top "
            "of a disk, no link leading elsewhere. Such a file is never read.",
            "Move the file into the roadmap's folder and give its name alone.",
            "file: ../secrets.yaml",
        ),
    ),
)
