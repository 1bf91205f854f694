"""The dependency walk on an assessment: effective ratings, inconsistencies and ranked priorities."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cmhroadmap.assessment.checks import check_assessment
from cmhroadmap.assessment.consistency import find_inconsistencies
from cmhroadmap.assessment.model import Assessment
from cmhroadmap.assessment.priorities import rank_priorities
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.roadmap.graph import DependencyGraph
from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.yamlread.source import SourceDocument
from tests.conftest import DATA
from tests.roadmap_builder import write_roadmap


@pytest.fixture(scope="module")
def mini() -> Roadmap:
    result = load_roadmap(DATA / "roadmaps" / "mini")
    assert result.roadmap is not None
    return result.roadmap


@pytest.fixture(scope="module")
def family(tmp_path_factory: pytest.TempPathFactory) -> Roadmap:
    """An umbrella u whose part p1 names u itself in its relies-upon list, as the source sometimes does."""
    directory = write_roadmap(
        tmp_path_factory.mktemp("family"),
        {
            "u": {"kind": "umbrella"},
            "p1": {"part_of": "u", "relies_upon": ["u"]},
            "p2": {"part_of": "u"},
            "p3": {"part_of": "u"},
        },
    )
    result = load_roadmap(Path(directory))
    assert result.roadmap is not None
    assert result.problems == []
    return result.roadmap


def ratings_for(roadmap: Roadmap, given: dict[str, int], **extra: Any) -> Ratings:
    assessment = Assessment.model_validate(
        {
            "roadmap": roadmap.id,
            "organisation": {"name": "Test", "code": "XT1"},
            "period": "2023/24",
            "assessed_on": "2024-03-28",
            "focus_areas": extra.get("focus", ["cen", "eating-disorders"]),
            "deliverables": {
                key: {"rating": value, **extra.get("entries", {}).get(key, {})}
                for key, value in given.items()
            },
        }
    )
    return Ratings(roadmap, assessment)


def test_umbrella_takes_the_lowest_rating_of_its_parts(mini: Roadmap) -> None:
    ratings = ratings_for(mini, {"physical": 3, "ips": 2})
    assert ratings.effective["services"] == 2


def test_umbrella_ignores_unrated_parts_and_is_unknown_without_any(mini: Roadmap) -> None:
    assert ratings_for(mini, {"physical": 3}).effective["services"] == 3
    assert ratings_for(mini, {}).effective["services"] is None


def test_unchosen_focus_area_is_out_of_scope(mini: Roadmap) -> None:
    ratings = ratings_for(mini, {}, focus=["cen"])
    assert not ratings.in_scope("ed-function")
    assert ratings.in_scope("cen-model")
    assert not ratings.in_scope("services")
    assert "ed-function" not in ratings.not_yet_at_top
    assert "cen-model" in ratings.not_yet_at_top  # not assessed counts as not yet in place


def test_inconsistency_needs_the_threshold_gap(mini: Roadmap) -> None:
    # access relies upon the umbrella services, compared by its derived (lowest) rating.
    ahead = find_inconsistencies(ratings_for(mini, {"access": 4, "physical": 2, "ips": 3}))
    assert [(i.deliverable, i.relies_upon, i.gap) for i in ahead] == [("access", "services", 2)]
    assert find_inconsistencies(ratings_for(mini, {"access": 4, "physical": 3, "ips": 3})) == []


def test_a_part_naming_its_umbrella_is_compared_with_each_sibling(family: Roadmap) -> None:
    # Literally, p1 (4) would be compared once with u, whose rating (1) is the lowest of p1, p2, p3.
    ahead = find_inconsistencies(ratings_for(family, {"p1": 4, "p2": 2, "p3": 1}))
    assert [(i.deliverable, i.relies_upon, i.gap) for i in ahead] == [("p1", "p2", 2), ("p1", "p3", 3)]
    assert find_inconsistencies(ratings_for(family, {"p1": 3, "p2": 2, "p3": 2})) == []


def test_a_part_naming_its_umbrella_counts_towards_its_siblings_leverage(family: Roadmap) -> None:
    ranked = {
        p.id: p
        for p in rank_priorities(ratings_for(family, {"p1": 2, "p2": 2, "p3": 2}), DependencyGraph(family))
    }
    assert ranked["p2"].direct == ["p1"]
    assert ranked["p3"].direct == ["p1"]
    assert ranked["p1"].direct == []


def test_a_part_naming_its_umbrella_acknowledges_a_sibling_not_the_umbrella(family: Roadmap) -> None:
    reasons = {"acknowledged": {"p2": "Agreed.", "u": "Agreed."}}
    ratings = ratings_for(family, {"p1": 4, "p2": 2, "p3": 4}, entries={"p1": reasons})
    problems = check_assessment(ratings.assessment, family, SourceDocument("memory.yaml", None))
    refused = [(p.code, p.message) for p in problems if "acknowledge" in p.code]
    assert refused == [
        (
            "nothing-to-acknowledge",
            "'u' is the umbrella of 'p1' itself, so 'p1' relies upon its other parts instead; "
            "acknowledge the one it is ahead of: p2, p3",
        )
    ]


def test_unassessed_dependencies_are_not_compared(mini: Roadmap) -> None:
    assert find_inconsistencies(ratings_for(mini, {"governance": 4})) == []


def test_priorities_rank_by_leverage_then_reach_then_rating_then_order(mini: Roadmap) -> None:
    given = {
        "governance": 3,
        "coproduction": 3,
        "physical": 2,
        "ips": 4,
        "access": 3,
        "cen-model": 1,
        "ed-function": 2,
    }
    ranked = rank_priorities(ratings_for(mini, given), DependencyGraph(mini))
    assert [(p.id, p.leverage, p.reach) for p in ranked] == [
        ("governance", 3, 4),
        ("coproduction", 1, 4),
        ("physical", 1, 1),
        ("cen-model", 0, 0),
        ("ed-function", 0, 0),
        ("access", 0, 0),
    ]


def test_relying_upon_an_umbrella_counts_for_each_part(mini: Roadmap) -> None:
    given = {"governance": 4, "coproduction": 4, "physical": 2, "ips": 2, "access": 2}
    ranked = {p.id: p for p in rank_priorities(ratings_for(mini, given), DependencyGraph(mini))}
    assert ranked["physical"].direct == ["access"]
    assert ranked["ips"].direct == ["access"]


def test_deliverables_at_the_top_are_not_ranked_and_not_counted(mini: Roadmap) -> None:
    given = {
        "governance": 3,
        "coproduction": 4,
        "physical": 4,
        "ips": 4,
        "access": 4,
        "cen-model": 4,
        "ed-function": 4,
    }
    ranked = rank_priorities(ratings_for(mini, given), DependencyGraph(mini))
    assert [(p.id, p.leverage, p.reach) for p in ranked] == [("governance", 0, 0)]


def test_reason_names_counts_dependents_and_the_group(mini: Roadmap) -> None:
    given = {"governance": 2, "coproduction": 2, "physical": 2, "ips": 2, "access": 2}
    top = rank_priorities(ratings_for(mini, given), DependencyGraph(mini))[0]
    assert top.id == "governance"
    assert top.reason.startswith(
        "3 deliverables not yet in place rely on this directly, 5 through chains, including "
        "'Co-production', 'Physical health', 'ED function'."
    )
    assert "group of 2 deliverables that rely on each other and have to move together" in top.reason


def test_real_roadmap_walk(roadmap: Roadmap, graph: DependencyGraph) -> None:
    everything_at_two = {item.id: 2 for item in roadmap if item.kind != "umbrella"}
    ratings = ratings_for(roadmap, everything_at_two, focus=["cen", "eating-disorders"])
    ranked = rank_priorities(ratings, graph)
    assert len(ranked) == len(ratings.not_yet_at_top)
    leverages = [p.leverage for p in ranked]
    assert leverages == sorted(leverages, reverse=True)
    top = ranked[0]
    # The most relied-upon deliverable in the source is VCSE commissioning.
    assert top.id == "vcse-commissioning"
    direct = [item.id for item in roadmap if "vcse-commissioning" in item.relies_upon]
    assert top.leverage == len([d for d in direct if ratings.in_scope(d)])
