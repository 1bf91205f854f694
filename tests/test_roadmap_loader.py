"""Loading the bundled roadmap, and broken copies of it: one clear problem each, never a traceback.

Each folder in tests/data/invalid/roadmap/ holds `edit.yaml` (a text edit applied to a copy of the
bundled roadmap) and `expected.txt` (the exact problem lines). Set CMHROADMAP_UPDATE_EXPECTED=1 to
rewrite the expected lines after a deliberate change.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from cmhroadmap.roadmap_loader import load_roadmap
from tests.conftest import DATA

CASES = sorted((DATA / "invalid" / "roadmap").iterdir())


def apply_edit(roadmap_dir: Path, case: Path) -> None:
    edit = YAML(typ="safe").load((case / "edit.yaml").read_text(encoding="utf-8"))
    target = roadmap_dir / edit["file"]
    if edit.get("delete"):
        target.unlink()
        return
    text = target.read_text(encoding="utf-8")
    if "append" in edit:
        target.write_text(text + edit["append"], encoding="utf-8")
        return
    count = edit.get("count", 1)
    assert text.count(edit["replace"]) >= count, f"{case.name}: text to replace not found"
    target.write_text(text.replace(edit["replace"], edit["with"], count), encoding="utf-8")


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_broken_roadmap_gives_the_expected_problems(roadmap_copy: Path, case: Path) -> None:
    apply_edit(roadmap_copy, case)
    result = load_roadmap(roadmap_copy)
    lines = [str(problem) for problem in sorted(result.problems)]
    expected_file = case / "expected.txt"
    if os.environ.get("CMHROADMAP_UPDATE_EXPECTED"):
        expected_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = expected_file.read_text(encoding="utf-8").splitlines()
    assert lines == expected, (
        "problem lines differ; if the change is deliberate, rerun with "
        "CMHROADMAP_UPDATE_EXPECTED=1 and review the diff of tests/data/invalid/roadmap/"
    )


def test_every_case_names_the_code_of_its_folder() -> None:
    for case in CASES:
        expected = (case / "expected.txt").read_text(encoding="utf-8")
        assert f" {case.name}: " in expected or case.name in ("bad-yaml", "missing-file"), case.name


def test_bundled_roadmap_has_no_problems() -> None:
    result = load_roadmap()
    assert result.roadmap is not None
    assert result.problems == []
    assert len(result.roadmap) == 50


def test_a_missing_directory_is_one_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = load_roadmap(Path("nowhere"))
    assert result.roadmap is None
    assert [str(p) for p in result.problems] == [
        "nowhere/roadmap.yaml:1:1: error file-not-found: no such file"
    ]
