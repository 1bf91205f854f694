"""Independent validation files: their rules, their pairing with assessments, and the ratings basis."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cmhroadmap.assessment.single import load_single
from cmhroadmap.cli import app
from cmhroadmap.cycle.corpus import load_corpus
from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.roadmap import Roadmap
from tests.conftest import DATA, EXAMPLES, VALIDATIONS

runner = CliRunner()
MINI = DATA / "roadmaps" / "mini"
ASSESSMENT = DATA / "valid" / "assessment" / "mini-complete.yaml"
VALIDATION = DATA / "valid" / "validation" / "mini-complete.validation.yaml"


@pytest.fixture(scope="module")
def mini() -> Roadmap:
    result = load_roadmap(MINI)
    assert result.roadmap is not None
    return result.roadmap


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copy(ASSESSMENT, tmp_path / "a.yaml")
    shutil.copy(VALIDATION, tmp_path / "v.yaml")
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(paths: list[Path], mini: Roadmap) -> list[str]:
    return [str(p) for p in sorted(load_corpus(paths, {mini.id: mini}, mini).problems)]


def test_matching_pair_is_clean(workdir: Path, mini: Roadmap) -> None:
    corpus = load_corpus([Path("a.yaml"), Path("v.yaml")], {mini.id: mini}, mini)
    assert corpus.problems == []
    [loaded] = corpus.assessments
    validation = corpus.validation_for(loaded)
    assert validation is not None
    assert validation.deliverables["governance"].rating == 2


def test_validation_without_its_assessment(workdir: Path, mini: Roadmap) -> None:
    edit(workdir / "v.yaml", "organisation: XT1", "organisation: XT2")
    assert problems([Path("a.yaml"), Path("v.yaml")], mini) == [
        "v.yaml:2:1: error no-matching-assessment: no assessment of XT2 for 2023/24 among the files given, "
        "nor beside this file"
    ]
    # Alone, it must still validate something: a repository of validations alone must not pass.
    assert problems([Path("v.yaml")], mini) == [
        "v.yaml:2:1: error no-matching-assessment: no assessment of XT2 for 2023/24 among the files given, "
        "nor beside this file"
    ]


def test_a_validation_alone_is_checked_against_the_assessment_beside_it(workdir: Path, mini: Roadmap) -> None:
    shutil.copy(workdir / "v.yaml", workdir / "a.validation.yaml")
    assert problems([Path("a.validation.yaml")], mini) == []
    edit(workdir / "a.validation.yaml", "organisation: XT1", "organisation: XT2")
    assert problems([Path("a.validation.yaml")], mini) == [
        "a.validation.yaml:2:1: error no-matching-assessment: no assessment of XT2 for 2023/24 among the "
        "files given, nor beside this file"
    ]


def test_two_assessments_of_one_organisation_and_period(workdir: Path, mini: Roadmap) -> None:
    shutil.copy(workdir / "a.yaml", workdir / "b.yaml")
    assert problems([Path("a.yaml"), Path("b.yaml")], mini) == [
        "b.yaml:5:9: error duplicate-assessment: a.yaml already assesses XT1 for 2023/24"
    ]


def test_one_file_given_twice_is_said_as_such(workdir: Path, mini: Roadmap) -> None:
    assert problems([Path("a.yaml"), Path("./a.yaml")], mini) == [
        "a.yaml:5:9: error duplicate-assessment: this file was given twice; give each file once"
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "  ips:\n",
            "  ipss:\n",
            "v.yaml:13:3: error unknown-deliverable: 'ipss' is not a deliverable id (did you mean 'ips'?)",
        ),
        ("rating: 2\n", "rating: 6\n", "v.yaml:11:13: error invalid-rating: rating 6 is not on the scale"),
        ("  ips:\n", "  services:\n", "v.yaml:14:13: error umbrella-rated: 'services' is not rated"),
        ("  ips:\n", "  rehab-mdt:\n", "v.yaml:14:13: error focus-area-not-chosen: 'rehab-mdt' belongs to"),
        (
            "roadmap: mini-1",
            "roadmap: other-1",
            "v.yaml:3:12: error wrong-roadmap: this validation is against",
        ),
        (
            "validated_on: 2024-06-01",
            "validated_on: 2024-13-01",
            "v.yaml:8:15: error invalid-date: validated_on:",
        ),
    ],
    ids=["unknown-id", "rating", "umbrella", "focus-area", "roadmap", "date"],
)
def test_validation_rules(workdir: Path, mini: Roadmap, old: str, new: str, expected: str) -> None:
    edit(workdir / "v.yaml", old, new)
    [line] = problems([Path("a.yaml"), Path("v.yaml")], mini)
    assert line.startswith(expected)


def test_validation_beside_the_assessment_is_found(workdir: Path, mini: Roadmap) -> None:
    shutil.move(workdir / "v.yaml", workdir / "a.validation.yaml")
    single = load_single(Path("a.yaml"), mini)
    assert single.validation is not None
    assert single.validation_path == "a.validation.yaml"


def test_validated_ratings_are_the_default_and_own_ratings_are_asked_for(workdir: Path) -> None:
    base = ["assess", "--roadmap", str(MINI), "a.yaml", "--validation", "v.yaml", "--format", "json"]
    validated = json.loads(runner.invoke(app, base).output)
    own = json.loads(runner.invoke(app, [*base, "--own-ratings"]).output)
    assert own["ratings_basis"] == "self"
    assert own["ratings"]["governance"] == 3
    assert validated["ratings_basis"] == "validated"
    assert validated["ratings"]["governance"] == 2
    assert validated["validation"]["differences"] == [
        {
            "deliverable": "governance",
            "self": 3,
            "validated": 2,
            "note": "Board meets, but no reporting into the ICB yet.",
        }
    ]


def test_without_a_validation_the_systems_own_ratings_are_used_and_said(workdir: Path) -> None:
    result = runner.invoke(app, ["assess", "--roadmap", str(MINI), "a.yaml"])
    assert result.exit_code == 0
    assert "the system's own ratings (no validation file)" in result.output
    found = json.loads(
        runner.invoke(app, ["assess", "--roadmap", str(MINI), "a.yaml", "--format", "json"]).output
    )
    assert found["ratings_basis"] == "self"


def test_report_shows_self_and_validated_side_by_side(workdir: Path) -> None:
    result = runner.invoke(app, ["report", "--roadmap", str(MINI), "a.yaml", "--validation", "v.yaml"])
    assert result.exit_code == 0
    assert "## Independent validation" in result.output
    assert "| [Governance](#d-governance) | 3 Partially in place | 2 Getting started |" in result.output


def test_bundled_validations_match_their_examples() -> None:
    assert len(VALIDATIONS) >= 3
    roadmap = load_roadmap().roadmap
    assert roadmap is not None
    corpus = load_corpus([*EXAMPLES, *VALIDATIONS], {roadmap.id: roadmap}, roadmap)
    assert [p for p in corpus.problems if p.severity.name == "ERROR"] == []
    assert len(corpus.validation_of) == len(VALIDATIONS)


@pytest.mark.parametrize(
    ("old", "new"), [("assessed_on: ", "assessed_on: 2024-02-30 #"), ("organisation:", "organisation: [")]
)
def test_a_broken_assessment_is_blamed_once_not_again_through_its_validation(
    workdir: Path, mini: Roadmap, old: str, new: str
) -> None:
    shutil.copy(workdir / "v.yaml", workdir / "a.validation.yaml")
    edit(workdir / "a.yaml", old, new)
    found = problems([Path("a.yaml"), Path("a.validation.yaml")], mini)
    assert found, "the broken assessment is reported"
    assert all(line.startswith("a.yaml:") for line in found), found
