"""Every problem format resolves by name and renders problems its readers can parse."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from cmhroadmap.problems.formats import PROBLEM_FORMATS, render_problems
from cmhroadmap.problems.problem import ExitCode, Problem, Severity, exit_code_for
from cmhroadmap.roadmap.roadmap import Roadmap

PROBLEMS = [
    Problem("a.yaml", 3, 5, Severity.ERROR, "unknown-key", "unknown key 'x'"),
    Problem("b, c.yaml", 1, 1, Severity.WARNING, "not-assessed", "50% done:\nsecond line"),
    Problem(
        "d.yaml", 7, 3, Severity.ERROR, "invalid-rating", "rating 5", deliverable="workforce", field="rating"
    ),
]


@pytest.mark.parametrize("name", ["text", "json", "github"])
def test_every_format_name_resolves(name: str) -> None:
    assert PROBLEM_FORMATS[name].name == name
    assert render_problems(name, PROBLEMS, {"checked": "checked 2 files"})


def test_formats_registry_is_complete() -> None:
    assert PROBLEM_FORMATS.names() == ["text", "json", "github"]
    assert PROBLEM_FORMATS.default.name == "text"
    assert PROBLEM_FORMATS["json"].media_type == "application/json"


def test_text_lines() -> None:
    text = render_problems("text", PROBLEMS[:1], {"checked": "checked 1 file"})
    assert text == ("a.yaml:3:5: error unknown-key: unknown key 'x'\nchecked 1 file; 1 error\n")


def test_json_round_trips() -> None:
    payload = json.loads(render_problems("json", PROBLEMS, {}))
    assert payload["problems"][0] == {
        "path": "a.yaml",
        "line": 3,
        "column": 5,
        "severity": "error",
        "code": "unknown-key",
        "message": "unknown key 'x'",
        "deliverable": None,
        "field": None,
    }
    assert payload["problems"][2]["deliverable"] == "workforce"
    assert payload["problems"][2]["field"] == "rating"


def test_github_annotations_parse_and_escape() -> None:
    lines = render_problems("github", PROBLEMS, {}).splitlines()
    pattern = re.compile(r"^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),title=([^:]*)::(.*)$")
    first, second = (pattern.match(line) for line in lines[:2])
    assert first is not None
    assert second is not None
    assert first.groups() == ("error", "a.yaml", "3", "5", "unknown-key", "unknown key 'x'")
    assert second.group(2) == "b%2C c.yaml"
    assert second.group(6) == "50%25 done:\\nsecond line"
    # The subject, where there is one, is in the annotation's title.
    third = pattern.match(lines[2])
    assert third is not None
    assert third.group(5) == "invalid-rating (workforce)"


def test_a_problem_is_always_one_line() -> None:
    problem = Problem(
        "new\nline.yaml", 1, 1, Severity.ERROR, "yaml-syntax", "tab\there, then\na second line\r\x1b[2J"
    )
    assert (
        str(problem)
        == "new\\nline.yaml:1:1: error yaml-syntax: tab\\there, then\\na second line\\x0d\\x1b[2J"
    )
    assert len(str(problem).splitlines()) == 1


def test_exit_codes() -> None:
    assert exit_code_for([]) is ExitCode.OK
    assert exit_code_for(PROBLEMS[1:2]) is ExitCode.OK
    assert exit_code_for(PROBLEMS[1:], strict=True) is ExitCode.PROBLEMS
    assert exit_code_for(PROBLEMS) is ExitCode.PROBLEMS


def test_a_problem_names_its_subject_as_data(roadmap: Roadmap) -> None:
    from cmhroadmap.assessment.loader import read_assessment
    from cmhroadmap.yamlread.source import parse_yaml

    text = (
        "roadmap: cmh-2023-24\norganisation: {name: NHS Test ICB}\nperiod: 2023/24\n"
        "assessed_on: 2024-03-01\nfocus_areas: []\n"
        "deliverables:\n  joint-governance:\n    rating: 7\n"
    )
    problems = read_assessment(parse_yaml(text, "a.yaml"), roadmap).problems
    subjects = {(p.code, p.deliverable, p.field) for p in problems}
    assert ("invalid-rating", "joint-governance", "rating") in subjects
    assert ("missing-key", None, "organisation.code") in subjects
    # An unrated deliverable is named though the file has no place for it yet.
    assert ("not-assessed", "model-design-coproduced", None) in subjects


# The deliverable each is about is data: folding them never reads it back out of the wording.
UNRATED = [
    Problem("a.yaml", 9, 3, Severity.ERROR, "invalid-rating", "rating 5 is not on the scale"),
    *(
        Problem(
            "a.yaml",
            10 + n,
            3,
            Severity.WARNING,
            "not-assessed",
            f"'d{n}' is not rated (D{n})",
            deliverable=f"d{n}",
        )
        for n in range(12)
    ),
]


@pytest.mark.parametrize("name", ["text", "json", "github"])
def test_unrated_deliverables_are_one_line_in_every_format_unless_verbose(name: str) -> None:
    said = render_problems(name, UNRATED, {"checked": "checked 1 file"})
    assert said.count("not yet rated: d0, d1") == 1
    assert "'d5' is not rated" not in said
    assert "12 deliverables not yet rated" in said
    listed = render_problems(name, UNRATED, {"checked": "checked 1 file"}, verbose=True)
    assert all(f"'d{n}' is not rated" in listed for n in range(12))


def test_a_reworded_message_still_folds() -> None:
    reworded = [dataclasses.replace(p, message="no rating yet") for p in UNRATED]
    assert "12 deliverables not yet rated" in render_problems("text", reworded, {})


def test_json_keeps_every_unrated_id_as_data() -> None:
    payload = json.loads(render_problems("json", UNRATED, {}))
    assert len(payload["problems"]) == 2
    assert payload["summary"]["not_rated"] == {"a.yaml": [f"d{n}" for n in range(12)]}


def test_the_summary_counts_what_is_shown() -> None:
    """One warning line for twelve unrated deliverables is not '12 warnings'."""
    [*_, summary] = render_problems("text", UNRATED, {"checked": "checked 1 file"}).splitlines()
    assert summary == "checked 1 file; 1 error, 12 deliverables not yet rated"
