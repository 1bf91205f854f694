"""Codes found across files: folders, duplicates and validations without their assessment."""

from __future__ import annotations

from cmhroadmap.problems.catalogue import Code, Group
from cmhroadmap.problems.problem import Severity

ERROR = Severity.ERROR

GROUP = Group(
    "Across files",
    (
        Code(
            "no-files",
            ERROR,
            "A folder with no YAML files",
            "A folder given to the command holds no .yaml or .yml files: more likely a wrong path than "
            "nothing to check.",
            "Check the path; give the folder that holds the assessment files.",
            "cmhroadmap validate assesments/",
        ),
        Code(
            "duplicate-assessment",
            ERROR,
            "Two assessments of one organisation for one period",
            "Two files (or the same file given twice) assess the same organisation for the same period, "
            "so which counts is unclear.",
            "Keep one file per organisation and period.",
            "cmhroadmap benchmark 2023-24.yaml copy-of-2023-24.yaml",
        ),
        Code(
            "duplicate-validation",
            ERROR,
            "Two validations of one assessment",
            "Two validation files validate the same organisation for the same period.",
            "Keep one validation per assessment.",
            "validates: {organisation: QXX, period: 2023/24}   # in two files",
        ),
        Code(
            "no-matching-assessment",
            ERROR,
            "A validation of an assessment that is not there",
            "No assessment of the organisation and period it validates was given, nor kept beside it.",
            "Give the assessment too, or keep it beside the validation (2023-24.yaml beside "
            "2023-24.validation.yaml); check `validates:`.",
            "validates: {organisation: QXX, period: 2032/33}",
        ),
        Code(
            "different-organisation",
            ERROR,
            "Files of two organisations given to compare",
            "compare follows one organisation over the years; these files are of different ones.",
            "Give the files of one organisation; use benchmark to set organisations side by side.",
            "cmhroadmap compare north-riverside/2023-24.yaml severn-vale/2023-24.yaml",
        ),
    ),
)
