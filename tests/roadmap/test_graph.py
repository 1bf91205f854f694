"""The dependency graph on small hand-made roadmaps and on the real one."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmhroadmap.roadmap.graph import DependencyGraph, relied_upon
from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.roadmap import Roadmap
from tests.roadmap_builder import build_roadmap, write_roadmap


@pytest.fixture
def small(tmp_path: Path) -> DependencyGraph:
    # a -> b -> c -> a is a cycle; d relies on the umbrella u whose parts are p1, p2; p1 -> a.
    directory = write_roadmap(
        tmp_path,
        {
            "a": {"relies_upon": ["b"]},
            "b": {"relies_upon": ["c"]},
            "c": {"relies_upon": ["a"]},
            "d": {"relies_upon": ["u"]},
            "u": {"kind": "umbrella"},
            "p1": {"part_of": "u", "relies_upon": ["a"]},
            "p2": {"part_of": "u"},
        },
    )
    result = load_roadmap(directory)
    assert result.roadmap is not None
    assert result.problems == []
    return DependencyGraph(result.roadmap)


def test_umbrella_relies_upon_each_part(small: DependencyGraph) -> None:
    assert small.relies_upon("u") == ["p1", "p2"]
    assert small.relied_upon_by("p2") == ["u"]


def test_expanding_an_umbrella_gives_its_parts(small: DependencyGraph) -> None:
    assert small.expanded(["u", "a"]) == ["a", "p1", "p2"]


def test_transitive_walks(small: DependencyGraph) -> None:
    assert small.all_relied_upon("d") == ["a", "b", "c", "u", "p1", "p2"]
    assert small.all_relying_upon("a") == ["b", "c", "d", "u", "p1"]
    assert small.all_relied_upon("p2") == []


def test_cycle_is_one_group_and_nothing_else_is(small: DependencyGraph) -> None:
    assert small.groups == [["a", "b", "c"]]
    assert small.group_of == {"a": 0, "b": 0, "c": 0}


def test_everything_linked_to_a_part_each_way(small: DependencyGraph) -> None:
    from cmhroadmap.reports.graph_formats import neighbourhood

    assert {"p2", *small.all_relied_upon("p2"), *small.all_relying_upon("p2")} == {"p2", "u", "d"}
    assert neighbourhood(small, "p2", 10) == {"p2", "u", "d"}


def test_a_part_relying_upon_its_own_umbrella_relies_upon_its_siblings(tmp_path: Path) -> None:
    # p1 names its own umbrella u (parts p1, p2, p3); d names u from outside and keeps it.
    directory = write_roadmap(
        tmp_path,
        {
            "u": {"kind": "umbrella"},
            "p1": {"part_of": "u", "relies_upon": ["x", "u"]},
            "p2": {"part_of": "u"},
            "p3": {"part_of": "u", "relies_upon": ["p2"]},
            "x": {},
            "d": {"relies_upon": ["u"]},
        },
    )
    result = load_roadmap(directory)
    assert result.roadmap is not None
    assert result.problems == []
    roadmap = result.roadmap
    graph = DependencyGraph(roadmap)
    assert relied_upon(roadmap, roadmap["p1"]) == ["x", "p2", "p3"]
    assert graph.relies_upon("p1") == ["x", "p2", "p3"]
    assert graph.relies_upon("d") == ["u"]
    # Read literally, p1 -> u -> p1 would be a mutual-dependency group; read this way it is none.
    assert graph.groups == []
    assert graph.relied_upon_by("p2") == ["u", "p1", "p3"]


def test_long_chain_does_not_exhaust_the_stack() -> None:
    size = 5000
    spec = {f"n{i}": {"relies_upon": [f"n{i + 1}"]} for i in range(size - 1)}
    spec[f"n{size - 1}"] = {"relies_upon": ["n0"]}
    graph = DependencyGraph(build_roadmap(spec))
    assert len(graph.groups) == 1
    assert len(graph.groups[0]) == size


def test_real_roadmap_has_a_large_mutual_group(roadmap: Roadmap, graph: DependencyGraph) -> None:
    assert graph.groups, "the source says deliverables must happen in conjunction"
    biggest = graph.groups[0]
    assert len(biggest) >= 10
    # Joint governance and VCSE commissioning rely on each other through chains.
    assert "joint-governance" in biggest
    assert "vcse-commissioning" in biggest
    assert "joint-governance" in graph.all_relied_upon("vcse-commissioning")
    assert "vcse-commissioning" in graph.all_relied_upon("joint-governance")


def test_real_edges_follow_relies_upon(roadmap: Roadmap, graph: DependencyGraph) -> None:
    for item in roadmap:
        if item.part_of in item.relies_upon:
            continue
        expected = list(item.relies_upon) + roadmap.parts.get(item.id, [])
        assert graph.relies_upon(item.id) == list(dict.fromkeys(expected))


def test_real_parts_naming_their_umbrella_rely_upon_their_siblings(graph: DependencyGraph) -> None:
    assert graph.relies_upon("ips-services") == [
        "workforce-recruitment",
        "record-access-data",
        "vcse-commissioning",
        "proms-collection",
        "physical-health-services",
        "eip-services",
        "other-must-have-and-additional-services",
    ]
    assert graph.relies_upon("eip-services") == [
        "workforce-recruitment",
        "physical-health-services",
        "ips-services",
        "other-must-have-and-additional-services",
        "proms-collection",
    ]
    assert graph.relies_upon("alignment-perinatal")[-1] == "alignment-talking-therapies"
    assert "alignment-tt-cyp-perinatal" not in graph.relies_upon("alignment-perinatal")


def test_neighbourhood_goes_depth_links_each_way_without_siblings(small: DependencyGraph) -> None:
    from cmhroadmap.reports.graph_formats import neighbourhood

    # a relies upon b; c and p1 rely upon a. At depth 2: b's c, and p1's umbrella u.
    assert neighbourhood(small, "a") == {"a", "b", "c", "p1"}
    assert neighbourhood(small, "a", 2) == {"a", "b", "c", "p1", "u"}
    # p1, the umbrella's other part, is neither relied upon by p2 nor relies upon it: left out.
    assert neighbourhood(small, "p2", 5) == {"p2", "u", "d"}
