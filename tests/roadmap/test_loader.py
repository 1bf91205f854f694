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

from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.roadmap import Roadmap, normalise_wording
from tests.conftest import DATA
from tests.edits import apply_edit, check_expected

CASES = sorted((DATA / "invalid" / "roadmap").iterdir())


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_broken_roadmap_gives_the_expected_problems(roadmap_copy: Path, case: Path) -> None:
    apply_edit(roadmap_copy / _edited_file(case), case)
    result = load_roadmap(roadmap_copy)
    lines = [str(problem) for problem in sorted(result.problems)]
    check_expected(lines, case / "expected.txt", bool(os.environ.get("CMHROADMAP_UPDATE_EXPECTED")))


def _edited_file(case: Path) -> str:
    edit = YAML(typ="safe").load((case / "edit.yaml").read_text(encoding="utf-8"))
    return str(edit["file"])


def test_every_case_names_the_code_of_its_folder() -> None:
    for case in CASES:
        expected = (case / "expected.txt").read_text(encoding="utf-8")
        assert f" {case.name}: " in expected or case.name in ("bad-yaml", "missing-file"), case.name


def test_bundled_roadmap_has_no_problems() -> None:
    result = load_roadmap()
    assert result.roadmap is not None
    assert result.problems == []
    assert len(result.roadmap) == 50


def test_a_roadmap_must_say_who_defined_its_scale(roadmap_copy: Path) -> None:
    meta = roadmap_copy / "roadmap.yaml"
    text = meta.read_text(encoding="utf-8")
    start = text.index("scale_source:\n")
    meta.write_text(text[:start] + text[text.index("scale:\n", start) :], encoding="utf-8")
    result = load_roadmap(roadmap_copy)
    assert [str(p) for p in result.problems] == [
        "roadmap/roadmap.yaml:4:1: error missing-key: missing required key 'scale_source'"
    ]


def test_an_expectation_off_the_scale_is_refused_where_it_is_written(roadmap_copy: Path) -> None:
    meta = roadmap_copy / "roadmap.yaml"
    text = meta.read_text(encoding="utf-8")
    meta.write_text(
        text.replace("expectation:\n  level: 4\n", "expectation:\n  level: 5\n"), encoding="utf-8"
    )
    line = text[: text.index("expectation:\n  level: 4")].count("\n") + 2
    result = load_roadmap(roadmap_copy)
    assert [str(p) for p in result.problems] == [
        f"roadmap/roadmap.yaml:{line}:10: error invalid-value: the expectation's level 5 is not on the "
        "scale; write one of 1, 2, 3, 4"
    ]


def test_a_roadmap_without_an_expectation_loads_and_states_none(roadmap_copy: Path) -> None:
    meta = roadmap_copy / "roadmap.yaml"
    text = meta.read_text(encoding="utf-8")
    start = text.index("expectation:\n  level")
    meta.write_text(text[:start] + text[text.index("columns:\n", start) :], encoding="utf-8")
    result = load_roadmap(roadmap_copy)
    assert result.problems == []
    assert result.roadmap is not None
    assert result.roadmap.meta.expectation is None


def test_the_bundled_scale_is_the_tools_own() -> None:
    result = load_roadmap()
    assert result.roadmap is not None
    source = result.roadmap.meta.scale_source
    assert source.defined_by == "cmhroadmap"
    assert "not by NHS England" in source.basis


def test_every_grid_wording_that_differs_from_the_title_has_a_note_quoting_it(roadmap: Roadmap) -> None:
    differing = []
    for item in roadmap:
        for cell in item.grid:
            if cell.wording == item.title:
                continue
            differing.append(item.id)
            wording = normalise_wording(cell.wording)
            assert any(wording in normalise_wording(note) for note in item.notes), (item.id, cell.wording)
    # The 14 slides that word their title differently, the two combined slides (each with two grid
    # cells) and the slide that carries the "Additional" services cell.
    assert len(set(differing)) == 17
    assert len(differing) == 19


def test_a_missing_directory_is_one_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = load_roadmap(Path("nowhere"))
    assert result.roadmap is None
    assert [str(p) for p in result.problems] == [
        "nowhere/roadmap.yaml:1:1: error file-not-found: no such file"
    ]
