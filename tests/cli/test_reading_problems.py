"""How `validate` and `assess` show a half-filled file, a repository's other YAML, and a strict CI run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cmhroadmap.cli import app
from tests.conftest import DATA

MINI = str(DATA / "roadmaps" / "mini")
CLEAN = DATA / "valid" / "assessment" / "mini-complete.yaml"
runner = CliRunner()


@pytest.fixture
def half_filled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three deliverables left unrated, and one rated off the scale."""
    monkeypatch.chdir(tmp_path)
    text = CLEAN.read_text(encoding="utf-8")
    text = text.replace("  ips:\n    rating: 4\n", "  ips:\n    rating: 9\n")
    for unrated in ("physical", "access", "cen-model"):
        start = text.index(f"  {unrated}:\n")
        end = text.index("\n  ", start + len(unrated) + 4)
        text = text[:start] + f"  {unrated}:" + text[end:]
    (tmp_path / "half.yaml").write_text(text, encoding="utf-8")
    return tmp_path / "half.yaml"


def validate(*args: str) -> list[str]:
    result = runner.invoke(app, ["validate", "--roadmap", MINI, *args])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.stdout.splitlines()


def test_text_says_the_unrated_deliverables_once_after_the_errors(half_filled: Path) -> None:
    lines = validate("half.yaml")
    assert lines[0].startswith("half.yaml:21:13: error invalid-rating: rating 9 is not on the scale")
    assert lines[1] == (
        # All three are named, so there is nothing more for --verbose to list.
        "half.yaml:18:3: warning not-assessed: 3 deliverables not yet rated: physical, access, cen-model"
    )
    # The count says what the lines show: one error, and three deliverables on one line.
    assert lines[2].endswith("1 file; 1 error, 3 deliverables not yet rated")
    assert len(lines) == 3


def test_verbose_lists_every_unrated_deliverable(half_filled: Path) -> None:
    lines = validate("--verbose", "half.yaml")
    assert sum(" warning not-assessed: '" in line for line in lines) == 3
    assert not any("not-assessed: 3 deliverables" in line for line in lines)
    assert lines[-1].endswith("1 error, 3 deliverables not yet rated")


def test_quiet_shows_errors_only(half_filled: Path) -> None:
    lines = validate("--quiet", "half.yaml")
    assert [line.split(": ")[1] for line in lines[:-1]] == ["error invalid-rating"]
    assert lines[-1].endswith("1 error, 3 deliverables not yet rated")


def test_json_and_github_say_the_unrated_once_and_verbose_lists_them(half_filled: Path) -> None:
    """GitHub shows only so many annotations in a step: unrated ones must not crowd out the errors."""
    payload = json.loads("\n".join(validate("--format", "json", "half.yaml")))
    assert [p["code"] for p in payload["problems"]] == ["not-assessed", "invalid-rating"]
    assert payload["summary"]["not_rated"] == {"half.yaml": ["physical", "access", "cen-model"]}
    github = validate("--format", "github", "half.yaml")
    assert [line.split(" ")[0] for line in github if line.startswith("::")] == ["::warning", "::error"]
    assert "3 deliverables not yet rated: physical, access, cen-model" in github[0]
    listed = validate("--format", "github", "--verbose", "half.yaml")
    assert sum(line.startswith("::warning ") and "not-assessed" in line for line in listed) == 3
    problems = json.loads("\n".join(validate("--format", "json", "--verbose", "half.yaml")))["problems"]
    assert [p["code"] for p in problems].count("not-assessed") == 3


def test_strict_github_annotates_whatever_fails_the_run_as_an_error(half_filled: Path) -> None:
    result = runner.invoke(
        app, ["validate", "--roadmap", MINI, "--strict", "--format", "github", "half.yaml"]
    )
    assert result.exit_code == 1
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 2
    assert all(line.startswith("::error ") for line in annotations)


def test_assess_collapses_the_unrated_and_quiet_keeps_errors(half_filled: Path) -> None:
    text = half_filled.read_text(encoding="utf-8").replace("rating: 9", "rating: 4")
    half_filled.write_text(text, encoding="utf-8")
    shown = runner.invoke(app, ["assess", "--roadmap", MINI, "half.yaml"]).stdout
    assert "3 deliverables not yet rated: physical, access, cen-model" in shown
    assert "'physical' is not rated" not in shown
    quiet = runner.invoke(app, ["assess", "--roadmap", MINI, "--quiet", "half.yaml"]).stdout
    assert "not yet rated" not in quiet
    assert "Problems in the file" not in quiet


def test_a_directory_walk_passes_over_other_yaml_and_says_how_many(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "ci.yml").write_text("on: push\njobs: {}\n", encoding="utf-8")
    (tmp_path / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    (tmp_path / "broken-other.yaml").write_text("key: [unclosed\n", encoding="utf-8")
    (tmp_path / "assessments").mkdir()
    shutil.copy(CLEAN, tmp_path / "assessments" / "a.yaml")
    broken = CLEAN.read_text(encoding="utf-8").replace("rating: 1\n", "rating: [1\n")
    (tmp_path / "assessments" / "broken.yaml").write_text(broken, encoding="utf-8")
    result = runner.invoke(app, ["validate", "--roadmap", MINI, "."])
    lines = result.stdout.splitlines()
    assert result.exit_code == 1
    assert [line.split(":")[0] for line in lines[:-1]] == ["assessments/broken.yaml"]
    assert lines[-1].endswith(
        "2 files (3 other YAML files were skipped: not an assessment or validation); 1 error"
    )
    # Named on the command line, a file is always checked.
    named = runner.invoke(app, ["validate", "--roadmap", MINI, ".pre-commit-config.yaml"])
    assert named.exit_code == 1
    assert ".pre-commit-config.yaml:1:1: error unknown-key" in named.stdout
