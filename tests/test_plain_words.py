"""Every message a user can see is in plain words: none of pydantic's or the regex engine's wording.

The whole invalid and hostile corpus of tests/data is run for real (as the data-driven tests run it),
and every message is searched for the phrases those libraries use.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cmhroadmap.assessment.loader import load_assessment
from cmhroadmap.cli import app
from cmhroadmap.roadmap.loader import load_roadmap
from tests.cli.test_hostile_inputs import build_input
from tests.conftest import DATA, REPO
from tests.edits import apply_edit

# Phrases of pydantic's messages, and of the regular expressions behind its patterns.
LIBRARY_WORDING = re.compile(
    r"input should be|should match pattern|valid tuple|valid integer|valid dictionary|value error,|"
    r"field required|extra inputs are not permitted|\[type=|pydantic|\^\[|\{3,10\}|\\S\+",
    re.IGNORECASE,
)
MINI = DATA / "roadmaps" / "mini"
CLEAN = DATA / "valid" / "assessment" / "mini-complete.yaml"
runner = CliRunner()


def assert_plain(messages: list[str], case: str) -> None:
    assert messages, f"{case}: no problem reported"
    for message in messages:
        assert not LIBRARY_WORDING.search(message), f"{case}: {message}"


@pytest.mark.parametrize(
    "case", sorted((DATA / "invalid" / "assessment").iterdir()), ids=lambda case: case.name
)
def test_invalid_assessments_are_reported_in_plain_words(case: Path, tmp_path: Path) -> None:
    target = tmp_path / "assessment.yaml"
    shutil.copy(CLEAN, target)
    apply_edit(target, case)
    roadmap = load_roadmap(MINI).roadmap
    assert roadmap is not None
    assert_plain([p.message for p in load_assessment(target, roadmap).problems], case.name)


@pytest.mark.parametrize("case", sorted((DATA / "invalid" / "roadmap").iterdir()), ids=lambda case: case.name)
def test_invalid_roadmaps_are_reported_in_plain_words(case: Path, tmp_path: Path) -> None:
    copy = tmp_path / "roadmap"
    shutil.copytree(REPO / "roadmap", copy)
    from ruamel.yaml import YAML

    edited = YAML(typ="safe").load((case / "edit.yaml").read_text(encoding="utf-8"))["file"]
    apply_edit(copy / str(edited), case)
    assert_plain([p.message for p in load_roadmap(copy).problems], case.name)


@pytest.mark.parametrize(
    "case", sorted(p for p in (DATA / "hostile").iterdir() if p.is_dir()), ids=lambda case: case.name
)
def test_hostile_inputs_are_reported_in_plain_words(
    case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    build_input(case, tmp_path)
    for fmt in ("text", "json"):
        result = runner.invoke(app, ["validate", "--roadmap", str(MINI), "--format", fmt, "input.yaml"])
        assert not LIBRARY_WORDING.search(result.output), f"{case.name} ({fmt}): {result.output}"


def test_the_check_catches_library_wording() -> None:
    """The phrases searched for are the ones pydantic really writes."""
    from pydantic import BaseModel, ValidationError

    class Probe(BaseModel):
        number: int
        items: tuple[int, ...]

    with pytest.raises(ValidationError) as caught:
        Probe.model_validate({"number": "x", "items": 3})
    for detail in caught.value.errors():
        assert LIBRARY_WORDING.search(detail["msg"]), detail["msg"]
