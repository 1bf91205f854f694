"""Every problem format resolves by name and renders problems its readers can parse."""

from __future__ import annotations

import json
import re

import pytest

from cmhroadmap.problems.formats import FORMATS, problem_format
from cmhroadmap.problems.problem import ExitCode, Problem, Severity, exit_code_for

PROBLEMS = [
    Problem("a.yaml", 3, 5, Severity.ERROR, "unknown-key", "unknown key 'x'"),
    Problem("b, c.yaml", 1, 1, Severity.WARNING, "not-assessed", "50% done:\nsecond line"),
]


@pytest.mark.parametrize("name", ["text", "json", "github"])
def test_every_format_name_resolves(name: str) -> None:
    fmt = problem_format(name)
    assert fmt.name == name
    assert fmt.render(PROBLEMS, {"checked": "checked 2 files"})


def test_formats_registry_is_complete() -> None:
    assert sorted(FORMATS) == ["github", "json", "text"]


def test_text_lines() -> None:
    text = problem_format("text").render(PROBLEMS[:1], {"checked": "checked 1 file"})
    assert text == ("a.yaml:3:5: error unknown-key: unknown key 'x'\nchecked 1 file; 1 error\n")


def test_json_round_trips() -> None:
    payload = json.loads(problem_format("json").render(PROBLEMS, {}))
    assert payload["problems"][0] == {
        "path": "a.yaml",
        "line": 3,
        "column": 5,
        "severity": "error",
        "code": "unknown-key",
        "message": "unknown key 'x'",
    }


def test_github_annotations_parse_and_escape() -> None:
    lines = problem_format("github").render(PROBLEMS, {}).splitlines()
    pattern = re.compile(r"^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),title=([^:]*)::(.*)$")
    first, second = (pattern.match(line) for line in lines[:2])
    assert first is not None
    assert second is not None
    assert first.groups() == ("error", "a.yaml", "3", "5", "unknown-key", "unknown key 'x'")
    assert second.group(2) == "b%2C c.yaml"
    assert second.group(6) == "50%25 done:\\nsecond line"


def test_a_problem_is_always_one_line() -> None:
    problem = Problem("new\nline.yaml", 1, 1, Severity.ERROR, "x", "tab\there, then\na second line\r\x1b[2J")
    assert str(problem) == "new\\nline.yaml:1:1: error x: tab\\there, then\\na second line\\x0d\\x1b[2J"
    assert len(str(problem).splitlines()) == 1


def test_exit_codes() -> None:
    assert exit_code_for([]) is ExitCode.OK
    assert exit_code_for(PROBLEMS[1:]) is ExitCode.OK
    assert exit_code_for(PROBLEMS[1:], strict=True) is ExitCode.PROBLEMS
    assert exit_code_for(PROBLEMS) is ExitCode.PROBLEMS


UNRATED = [
    Problem("a.yaml", 9, 3, Severity.ERROR, "invalid-rating", "rating 5 is not on the scale"),
    *(
        Problem("a.yaml", 10 + n, 3, Severity.WARNING, "not-assessed", f"'d{n}' is not rated (D{n})")
        for n in range(12)
    ),
]


@pytest.mark.parametrize("name", ["text", "json", "github"])
def test_unrated_deliverables_are_one_line_in_every_format_unless_verbose(name: str) -> None:
    said = problem_format(name).render(UNRATED, {"checked": "checked 1 file"})
    assert said.count("not yet rated: d0, d1") == 1
    assert "'d5' is not rated" not in said
    assert "12 deliverables not yet rated" in said
    listed = problem_format(name, verbose=True).render(UNRATED, {"checked": "checked 1 file"})
    assert all(f"'d{n}' is not rated" in listed for n in range(12))


def test_json_keeps_every_unrated_id_as_data() -> None:
    payload = json.loads(problem_format("json").render(UNRATED, {}))
    assert len(payload["problems"]) == 2
    assert payload["summary"]["not_rated"] == {"a.yaml": [f"d{n}" for n in range(12)]}


def test_the_summary_counts_what_is_shown() -> None:
    """One warning line for twelve unrated deliverables is not '12 warnings'."""
    [*_, summary] = problem_format("text").render(UNRATED, {"checked": "checked 1 file"}).splitlines()
    assert summary == "checked 1 file; 1 error, 12 deliverables not yet rated"
