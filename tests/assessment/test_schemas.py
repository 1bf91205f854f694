"""JSON Schemas: the committed copies are current, and an independent validator accepts the examples."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cmhroadmap.assessment.schemas import SCHEMA_NAMES, schema_text
from cmhroadmap.cli import app
from cmhroadmap.roadmap.roadmap import Roadmap
from tests.conftest import EXAMPLES, REPO, VALIDATIONS

SCHEMAS = REPO / "schemas"
runner = CliRunner()


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_committed_schema_is_current(roadmap: Roadmap, name: str) -> None:
    committed = SCHEMAS / f"{name}.schema.json"
    assert committed.read_text(encoding="utf-8") == schema_text(name, roadmap), (
        f"{committed} is out of date; regenerate it with: "
        f"cmhroadmap schema {name} -o {committed.relative_to(REPO)}"
    )


def test_schema_command_prints_json() -> None:
    result = runner.invoke(app, ["schema", "assessment"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["properties"]["roadmap"]["enum"] == ["cmh-2023-24"]
    rating = schema["$defs"]["DeliverableRating"]["properties"]["rating"]["anyOf"][0]
    assert rating["enum"] == [1, 2, 3, 4]
    assert "must-have-services" not in schema["properties"]["deliverables"]["propertyNames"]["enum"]


def check_jsonschema(schema: str, *files: Path) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-m",
        "check_jsonschema",
        "--schemafile",
        str(SCHEMAS / schema),
        *map(str, files),
    ]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_examples_pass_an_independent_validator() -> None:
    assert check_jsonschema("assessment.schema.json", *EXAMPLES).returncode == 0
    assert check_jsonschema("validation.schema.json", *VALIDATIONS).returncode == 0
    columns = [p for p in (REPO / "roadmap").glob("*.yaml") if p.name != "roadmap.yaml"]
    assert check_jsonschema("roadmap-column.schema.json", *columns).returncode == 0
    assert check_jsonschema("roadmap.schema.json", REPO / "roadmap" / "roadmap.yaml").returncode == 0


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("    rating: 4\n", "    rating: 5\n"),
        ("  joint-governance:\n", "  joint-governence:\n"),
        ("period: 2023/24\n", "period: 2023\n"),
        ("    evidence:", "    evidense:"),
    ],
    ids=["rating", "unknown-id", "period", "unknown-key"],
)
def test_independent_validator_rejects_what_we_reject(tmp_path: Path, old: str, new: str) -> None:
    text = (REPO / "assessments" / "north-riverside" / "2023-24.yaml").read_text(encoding="utf-8")
    assert old in text
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert check_jsonschema("assessment.schema.json", broken).returncode == 1
    assert runner.invoke(app, ["validate", str(broken)]).exit_code == 1


def test_init_points_editors_at_the_schema(tmp_path: Path) -> None:
    """A schema kept in the repository, found upwards from the new file, and named relative to it."""
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "assessment.schema.json").write_bytes(
        (REPO / "schemas" / "assessment.schema.json").read_bytes()
    )
    target = tmp_path / "assessments" / "a.yaml"
    result = runner.invoke(
        app, ["init", "--org", "X", "--code", "XQ1", "--period", "2024/25", "-o", str(target)]
    )
    assert result.exit_code == 0
    first = target.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schemas/assessment.schema.json"
    schema = (target.parent / first.split("$schema=", 1)[1]).resolve()
    assert schema == (tmp_path / "schemas" / "assessment.schema.json").resolve()
