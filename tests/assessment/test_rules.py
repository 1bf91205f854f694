"""Each assessment rule on a broken copy of a clean file: the exact problem lines, nothing else.

Each folder in tests/data/invalid/assessment/ holds `edit.yaml` (an edit of
tests/data/valid/assessment/mini-complete.yaml, checked against the mini roadmap) and
`expected.txt`. Set CMHROADMAP_UPDATE_EXPECTED=1 to rewrite the expected lines after a deliberate change.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from cmhroadmap.assessment.loader import load_assessment
from cmhroadmap.problems.problem import Severity
from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.roadmap import Roadmap
from tests.conftest import DATA
from tests.edits import apply_edit, check_expected

CASES = sorted((DATA / "invalid" / "assessment").iterdir())
CLEAN = DATA / "valid" / "assessment" / "mini-complete.yaml"


@pytest.fixture(scope="module")
def mini() -> Roadmap:
    result = load_roadmap(DATA / "roadmaps" / "mini")
    assert result.roadmap is not None
    assert result.problems == []
    return result.roadmap


def test_clean_file_has_no_problems(mini: Roadmap) -> None:
    assert load_assessment(CLEAN, mini).problems == []


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_rule(mini: Roadmap, case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(CLEAN, tmp_path / "assessment.yaml")
    apply_edit(tmp_path / "assessment.yaml", case)
    loaded = load_assessment(Path("assessment.yaml"), mini)
    lines = [str(problem) for problem in sorted(loaded.problems)]
    check_expected(lines, case / "expected.txt", bool(os.environ.get("CMHROADMAP_UPDATE_EXPECTED")))


def test_every_case_reports_its_own_code() -> None:
    """A case is named after the problem it provokes, unless its edit.yaml names the code (or codes)."""
    yaml = YAML(typ="safe")
    for case in CASES:
        edit = yaml.load((case / "edit.yaml").read_text(encoding="utf-8"))
        codes = edit.get("codes", [edit.get("code", case.name)])
        expected = (case / "expected.txt").read_text(encoding="utf-8")
        for code in codes:
            assert f" {code}: " in expected, (case.name, code)


def test_errors_and_warnings_are_told_apart(mini: Roadmap, tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    shutil.copy(CLEAN, target)
    apply_edit(target, DATA / "invalid" / "assessment" / "missing-evidence")
    [problem] = load_assessment(target, mini).problems
    assert problem.severity is Severity.WARNING


def test_focus_areas_are_split_as_people_list_them() -> None:
    from cmhroadmap.assessment.model import split_focus_areas

    assert split_focus_areas("cen, eating-disorders") == ["cen", "eating-disorders"]
    assert split_focus_areas("cen;eating-disorders  perinatal") == ["cen", "eating-disorders", "perinatal"]
    assert split_focus_areas(None) == []
    assert split_focus_areas(" , ") == []
