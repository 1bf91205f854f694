"""The roadmap commands as a user runs them: validate, list, show and graph."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cmhroadmap.cli import app
from cmhroadmap.roadmap.graph import relied_upon
from cmhroadmap.roadmap.loader import load_roadmap

runner = CliRunner()


def test_validate_bundled_roadmap_prints_a_summary() -> None:
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0, result.output
    assert result.output == (
        "roadmap cmh-2023-24: 50 deliverables, 153 links, 1 mutual-dependency group; no problems\n"
    )


def test_validate_json() -> None:
    result = runner.invoke(app, ["validate", "--format", "json"])
    assert result.exit_code == 0
    payload = json.loads(result.output)
    assert payload["problems"] == []
    assert payload["summary"]["deliverables"] == 50


def test_validate_broken_copy_exits_1_with_problem_lines(roadmap_copy: Path) -> None:
    workforce = roadmap_copy / "workforce.yaml"
    text = workforce.read_text(encoding="utf-8")
    workforce.write_text(text.replace("      - staff-retention\n", "      - nobody\n", 1), "utf-8")
    result = runner.invoke(app, ["validate", "--roadmap", "roadmap"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("roadmap/workforce.yaml:")
    assert ": error unknown-reference: 'nobody' is not the id of any deliverable" in lines[0]
    assert lines[-1].endswith("; 1 error")
    assert "Traceback" not in result.output


def test_validate_missing_roadmap_directory(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", "--roadmap", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "error file-not-found: no such file" in result.output


def test_unknown_option_is_a_usage_error() -> None:
    result = runner.invoke(app, ["validate", "--frmat", "json"])
    assert result.exit_code == 2


def test_list_shows_every_grid_cell_and_part() -> None:
    result = runner.invoke(app, ["list", "--format", "json"])
    assert result.exit_code == 0
    columns = json.loads(result.output)
    assert [c["id"] for c in columns] == [
        "model-development",
        "care-provision",
        "workforce",
        "data-and-outcomes",
        "dedicated-focus/cen",
        "dedicated-focus/community-rehab",
        "dedicated-focus/eating-disorders",
    ]
    cells = [cell for column in columns for cell in column["cells"]]
    assert len(cells) == 42
    workforce = next(c for c in columns if c["id"] == "workforce")
    assert [c["id"] for c in workforce["cells"]][2] == "psychological-therapies"


def test_list_text_names_columns_and_deliverables() -> None:
    result = runner.invoke(app, ["list"])
    assert result.exit_code == 0
    for text in ("Model development", "Dedicated focus: Eating disorders", "ed-no-barriers"):
        assert text in result.output


def test_show_says_the_kind_in_words() -> None:
    result = runner.invoke(app, ["show", "must-have-services"])
    assert result.exit_code == 0
    assert "umbrella item, rated by its parts" in result.output
    shown = runner.invoke(app, ["show", "joint-governance"]).output.splitlines()[1]
    assert shown.endswith("· deliverable with its own slide")


def test_show_json_has_the_whole_annex() -> None:
    result = runner.invoke(app, ["show", "joint-governance", "--format", "json"])
    assert result.exit_code == 0
    view = json.loads(result.output)
    for key in (
        "id",
        "title",
        "column",
        "kind",
        "getting_started",
        "success",
        "resources",
        "service_user_voice",
        "relies_upon",
        "relied_upon_by",
    ):
        assert key in view
    assert view["column"] == "model-development"
    assert len(view["getting_started"]) == 2
    assert len(view["success"]) == 3
    assert view["relies_upon"] == [
        "model-design-coproduced",
        "vcse-commissioning",
        "primary-care-integration",
        "local-authority-integration",
    ]
    assert "expanding-pcn-coverage" in view["relied_upon_by"]


def test_show_reads_a_part_naming_its_umbrella_as_relying_upon_its_siblings() -> None:
    eip = json.loads(runner.invoke(app, ["show", "eip-services", "--format", "json"]).output)
    assert "must-have-services" not in eip["relies_upon"]
    assert {"physical-health-services", "ips-services"} <= set(eip["relies_upon"])
    umbrella = json.loads(runner.invoke(app, ["show", "must-have-services", "--format", "json"]).output)
    assert "eip-services" not in umbrella["relied_upon_by"]


def test_show_text_reads_like_the_annex() -> None:
    result = runner.invoke(app, ["show", "trauma-informed-care"])
    assert result.exit_code == 0
    assert "Getting started" in result.output
    assert "Resisting re-traumatisation" in result.output
    assert "Open Government Licence v3.0" in result.output


def test_show_accepts_a_wording_from_the_source() -> None:
    result = runner.invoke(app, ["show", "Expand MHP ARRS roles in primary care", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["id"] == "mhp-arrs-roles"


def test_show_unknown_id_is_a_usage_error_with_a_suggestion() -> None:
    result = runner.invoke(app, ["show", "joint-governence"])
    assert result.exit_code == 2
    assert "did you mean 'joint-governance'?" in result.output


def test_graph_json_shape() -> None:
    result = runner.invoke(app, ["graph", "--format", "json"])
    assert result.exit_code == 0
    graph = json.loads(result.output)
    assert set(graph) == {"nodes", "edges", "groups"}
    assert len(graph["nodes"]) == 50
    assert set(graph["nodes"][0]) == {"id", "title", "column", "kind"}
    assert {"from": "joint-governance", "to": "vcse-commissioning"} in graph["edges"]
    assert {"from": "must-have-services", "to": "ips-services"} in graph["edges"]
    assert len(graph["groups"]) == 1


def test_graph_around_keeps_only_linked_deliverables() -> None:
    result = runner.invoke(app, ["graph", "--format", "json", "--around", "ed-accept-referrals"])
    assert result.exit_code == 0
    ids = {node["id"] for node in json.loads(result.output)["nodes"]}
    assert "ed-accept-referrals" in ids
    assert "ed-dedicated-function" in ids
    assert "ed-no-barriers" not in ids


def test_graph_mermaid_and_dot() -> None:
    mermaid = runner.invoke(app, ["graph"]).output
    assert mermaid.startswith("flowchart LR\n")
    assert "  d_joint_governance --> d_vcse_commissioning" in mermaid
    dot = runner.invoke(app, ["graph", "--format", "dot"]).output
    assert dot.startswith("digraph roadmap {")
    assert '"joint-governance" -> "vcse-commissioning";' in dot


def test_version() -> None:
    from cmhroadmap import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"cmhroadmap {__version__}\n"


def test_graph_around_shows_the_neighbourhood_not_the_whole_group() -> None:
    result = runner.invoke(app, ["graph", "--format", "json", "--around", "ips-services"])
    assert result.exit_code == 0, result.output
    ids = {node["id"] for node in json.loads(result.output)["nodes"]}
    roadmap = load_roadmap().roadmap
    assert roadmap is not None
    # Read as the graph reads them: a part naming its own umbrella relies upon its siblings.
    direct = {item.id for item in roadmap if "ips-services" in relied_upon(roadmap, item)}
    direct |= {item.id for item in roadmap if "ips-services" in roadmap.parts.get(item.id, [])}
    expected = {"ips-services", *relied_upon(roadmap, roadmap["ips-services"]), *direct}
    assert ids == expected
    assert len(ids) < 20
    wider = runner.invoke(app, ["graph", "--format", "json", "--around", "ips-services", "--depth", "2"])
    assert len(json.loads(wider.output)["nodes"]) > len(ids)
    refused = runner.invoke(app, ["graph", "--around", "ips-services", "--depth", "0"])
    assert refused.exit_code == 2
