"""Lineage between versions, and diff, on the made-up next version (a test fixture, not NHS England's)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cmhroadmap.cli import app
from tests.conftest import DATA, REPO

NEXT = DATA / "roadmaps" / "next-version"
runner = CliRunner()


def test_the_fixture_says_it_is_made_up_and_not_nhs_englands() -> None:
    meta = (NEXT / "roadmap.yaml").read_text(encoding="utf-8")
    assert "TEST FIXTURE" in meta
    assert "NOT a roadmap published by NHS England" in meta
    assert "not NHS England's" in meta.split("title:", 1)[1].splitlines()[0]
    for path in NEXT.glob("*.yaml"):
        assert path.read_text(encoding="utf-8").startswith("# TEST FIXTURE"), path


def test_diff_json_has_every_kind_of_change_in_the_documented_shape() -> None:
    result = runner.invoke(app, ["diff", str(REPO / "roadmap"), str(NEXT), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {
        "from": "cmh-2023-24",
        "to": "cmh-next-fixture",
        "added": [{"id": "digital-inclusion"}],
        "retired": [{"id": "expanding-pcn-coverage"}, {"id": "every-icb-new-model"}],
        "renamed": [{"from": "joint-governance", "to": "system-governance"}],
        "split": [
            {
                "from": "primary-care-integration",
                "to": ["primary-care-case-coordination", "pcn-mental-health-practitioners"],
            }
        ],
        "merged": [
            {"from": ["vcse-commissioning", "local-authority-integration"], "to": "partnership-commissioning"}
        ],
        "changed": [
            {"id": "model-design-coproduced", "fields": ["grid", "relies_upon"]},
            {"id": "shift-from-cpa", "fields": ["title", "success"]},
        ],
        "unchanged": 42,
    }


def test_diff_text_and_markdown_say_each_kind_in_words() -> None:
    text = runner.invoke(app, ["diff", str(REPO / "roadmap"), str(NEXT)])
    assert text.exit_code == 0, text.output
    assert "Renamed (1)" in text.output
    assert "joint-governance → system-governance" in text.output
    assert "[title, Success markers]" in text.output
    assert text.output.rstrip().endswith("42 deliverables unchanged.")
    md = runner.invoke(app, ["diff", str(REPO / "roadmap"), str(NEXT), "--format", "markdown"])
    assert md.exit_code == 0, md.output
    assert md.output.startswith("# What changed from cmh-2023-24 to cmh-next-fixture\n")
    assert "## Merged (1)" in md.output
    assert "- `vcse-commissioning + local-authority-integration → partnership-commissioning`" in md.output


def test_a_version_against_itself_is_refused_without_advice_to_make_it_follow_itself() -> None:
    result = runner.invoke(app, ["diff", str(REPO / "roadmap"), str(REPO / "roadmap")])
    assert result.exit_code == 1
    assert "error not-previous-version: both directories hold version 'cmh-2023-24'" in result.output
    assert "add previous" not in result.output


def test_a_version_that_does_not_name_its_previous_is_told_what_to_add(next_copy: Path) -> None:
    meta = next_copy / "roadmap.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("previous: cmh-2023-24\n", ""), "utf-8")
    result = runner.invoke(app, ["diff", str(REPO / "roadmap"), "next"])
    assert result.exit_code == 1
    assert result.output.startswith("next/roadmap.yaml:")
    assert "does not say which version it follows; add previous: cmh-2023-24" in result.output


def test_versions_given_the_wrong_way_round_are_told_so() -> None:
    result = runner.invoke(app, ["diff", str(NEXT), str(REPO / "roadmap")])
    assert result.exit_code == 1
    assert "give the earlier version first" in result.output


@pytest.fixture
def next_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "next"
    shutil.copytree(NEXT, target)
    monkeypatch.chdir(tmp_path)
    return target


def test_an_id_replaced_that_the_previous_version_lacks_is_a_located_error(next_copy: Path) -> None:
    path = next_copy / "model-development.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("replaces: [joint-governance]", "replaces: [joint-governernance]"), "utf-8")
    result = runner.invoke(app, ["diff", str(REPO / "roadmap"), "next"])
    assert result.exit_code == 1
    line = next(n for n, x in enumerate(text.splitlines(), 1) if "replaces: [joint-governance]" in x)
    assert result.output.startswith(f"next/model-development.yaml:{line}:16: error unknown-previous-id: ")
    assert "'joint-governernance' is not a deliverable of the previous version 'cmh-2023-24'" in result.output
    assert "did you mean 'joint-governance'" in result.output


def test_an_id_repeated_in_replaces_is_a_rename_not_a_merge(next_copy: Path) -> None:
    path = next_copy / "model-development.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("replaces: [joint-governance]", "replaces: [joint-governance, joint-governance]")
    )
    result = runner.invoke(app, ["diff", str(REPO / "roadmap"), "next", "--format", "json"])
    assert result.exit_code == 0, result.output
    changes = json.loads(result.output)
    assert {"from": "joint-governance", "to": "system-governance"} in changes["renamed"]
    assert all(merge["to"] != "system-governance" for merge in changes["merged"])
