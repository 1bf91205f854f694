"""The dependency walk on an assessment: effective ratings, inconsistencies and ranked priorities."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cmhroadmap.assessment.checks import check_assessment
from cmhroadmap.assessment.consistency import find_inconsistencies
from cmhroadmap.assessment.loader import load_assessment
from cmhroadmap.assessment.model import Assessment
from cmhroadmap.assessment.priorities import rank_priorities
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.roadmap.graph import DependencyGraph
from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.yamlread.source import SourceDocument
from tests.conftest import DATA, REPO
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


def test_priorities_rank_by_held_back_then_leverage_reach_rating_and_order(mini: Roadmap) -> None:
    # By hand, threshold 2 (so a dependent one level above is held back): governance (1) holds back
    # coproduction (2), physical (2) and ed-function (3); coproduction (2) holds back ips (3) but not
    # governance (1); physical (2) holds back access (3) through the umbrella; ips (3) holds back
    # nothing, access (3) being one level short of running ahead of it.
    given = {
        "governance": 1,
        "coproduction": 2,
        "physical": 2,
        "ips": 3,
        "access": 3,
        "cen-model": 1,
        "ed-function": 3,
    }
    ranked = rank_priorities(ratings_for(mini, given), DependencyGraph(mini))
    assert [(p.id, p.held_back, p.leverage, p.reach) for p in ranked] == [
        ("governance", 3, 3, 5),
        ("coproduction", 1, 2, 5),
        ("physical", 1, 1, 1),
        ("ips", 0, 1, 1),
        ("cen-model", 0, 0, 0),
        ("access", 0, 0, 0),  # same rating as ed-function: roadmap order (care before the ED area)
        ("ed-function", 0, 0, 0),
    ]
    held = {p.id: p.held for p in ranked}
    assert held["governance"] == ["coproduction", "physical", "ed-function"]
    assert held["coproduction"] == ["ips"]
    assert held["physical"] == ["access"]


def test_a_bottleneck_of_the_system_outranks_a_much_relied_upon_deliverable(mini: Roadmap) -> None:
    # governance has the most dependents (3), but none is rated above it; physical (1) stops access
    # (2) rising, so it comes first although only one deliverable relies upon it.
    given = {"governance": 3, "coproduction": 3, "physical": 1, "ips": 3, "access": 2, "ed-function": 3}
    ranked = rank_priorities(ratings_for(mini, given), DependencyGraph(mini))
    assert [(p.id, p.held_back, p.leverage) for p in ranked[:2]] == [("physical", 1, 1), ("governance", 0, 3)]


def test_unassessed_and_top_rated_dependents_are_not_held_back(mini: Roadmap) -> None:
    # coproduction and ed-function are not assessed, physical is at the top: none counts as held.
    given = {"governance": 1, "physical": 4, "access": 4}
    top = rank_priorities(ratings_for(mini, given), DependencyGraph(mini))[0]
    assert (top.id, top.held_back, top.leverage) == ("governance", 0, 2)
    assert top.direct == ["coproduction", "ed-function"]


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


def test_reason_names_the_held_back_and_leaves_the_group_to_its_section(mini: Roadmap) -> None:
    given = {"governance": 1, "coproduction": 2, "physical": 2, "ips": 1, "access": 2, "ed-function": 2}
    ranked = rank_priorities(ratings_for(mini, given), DependencyGraph(mini))
    top = ranked[0]
    assert top.id == "governance"
    assert top.reason == (
        "3 deliverables already rated above it cannot rise until it does: 'Co-production' (rated 2), "
        "'Physical health' (rated 2) and 'ED function' (rated 2)."
    )
    assert top.group == ["governance", "coproduction"]
    assert all("group" not in p.reason for p in ranked)
    assert len({p.reason for p in ranked if p.leverage}) == len([p for p in ranked if p.leverage])


def test_reason_when_nothing_is_held_back(mini: Roadmap) -> None:
    given = {"governance": 3, "coproduction": 3, "physical": 3, "ips": 3, "access": 3, "ed-function": 3}
    reasons = {p.id: p.reason for p in rank_priorities(ratings_for(mini, given), DependencyGraph(mini))}
    assert reasons["physical"] == (
        "Nothing rated above it is waiting on it yet; 1 deliverable not yet in place relies on it "
        "directly: 'Access' (rated 3)."
    )
    assert (
        reasons["access"] == "Nothing not yet in place relies upon it directly; it can move at its own pace."
    )


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


def test_real_roadmap_one_low_rating_holds_back_everything_relying_upon_it(
    roadmap: Roadmap, graph: DependencyGraph
) -> None:
    # Everything at 3 but IPS at 2: what relies upon IPS directly, or upon an umbrella holding it,
    # is one level above it and cannot rise to 4 without running ahead of it.
    given = {item.id: 3 for item in roadmap if item.kind != "umbrella"}
    given["ips-services"] = 2
    ratings = ratings_for(roadmap, given, focus=["cen", "eating-disorders"])
    top = rank_priorities(ratings, graph)[0]
    umbrellas = {item.id for item in roadmap if "ips-services" in roadmap.parts.get(item.id, [])}
    holders = {"ips-services"} | umbrellas
    expected = [
        item.id
        for item in roadmap
        if ratings.in_scope(item.id) and holders & set(item.relies_upon) and item.id != "ips-services"
    ]
    assert expected  # the roadmap has deliverables relying upon IPS
    assert (top.id, top.held) == ("ips-services", expected)
    assert top.held_back == top.leverage == len(expected)


def test_north_riverside_bottlenecks(roadmap: Roadmap, graph: DependencyGraph) -> None:
    # The example: interoperability for recording activity (2) is relied upon directly by 8
    # deliverables not yet at 4, six of them rated 3: primary care, VCSE, physical health, ARRS
    # roles, PROMs and waiting times; care planning and inequalities monitoring are at 2 like it.
    loaded = load_assessment(REPO / "assessments" / "north-riverside" / "2023-24.yaml", roadmap)
    assert loaded.ratings is not None
    ranked = rank_priorities(loaded.ratings, graph)
    top = ranked[0]
    assert (top.id, top.rating, top.held_back, top.leverage) == ("interoperability-activity", 2, 6, 8)
    assert top.held == [
        "primary-care-integration",
        "vcse-commissioning",
        "physical-health-services",
        "mhp-arrs-roles",
        "proms-collection",
        "waiting-times",
    ]
    assert [p.held_back for p in ranked[:5]] == sorted((p.held_back for p in ranked[:5]), reverse=True)
    # The most relied-upon deliverable, VCSE commissioning (3), holds nothing back in this system.
    vcse = next(p for p in ranked if p.id == "vcse-commissioning")
    assert vcse.held_back == 0
    assert vcse.leverage > top.leverage


def test_a_priority_with_no_annex_says_so_and_names_the_annexes_that_name_it(roadmap: Roadmap) -> None:
    loaded = load_assessment(REPO / "assessments" / "north-riverside" / "2023-24.yaml", roadmap)
    assert loaded.ratings is not None
    graph = DependencyGraph(roadmap)
    found = {p.id: p for p in rank_priorities(loaded.ratings, graph)}
    reason = found["record-access-data"].reason
    assert roadmap["record-access-data"].kind == "referenced-only"
    assert "it has no annex, Getting started steps or Success markers of its own" in reason
    for other in graph.relied_upon_by("record-access-data"):
        assert f"'{roadmap[other].title}'" in reason
    # An annexed deliverable's reason says nothing of the kind.
    assert "annex" not in found["interoperability-activity"].reason


def test_reasons_speak_the_roadmaps_words_and_leave_reach_to_json(roadmap: Roadmap) -> None:
    loaded = load_assessment(REPO / "assessments" / "north-riverside" / "2023-24.yaml", roadmap)
    assert loaded.ratings is not None
    priorities = rank_priorities(loaded.ratings, DependencyGraph(roadmap))
    for priority in priorities:
        for graph_word in ("mutual", "group", "reach", "chain", "leverage", "node"):
            assert graph_word not in priority.reason.lower(), (priority.id, priority.reason)
        assert "reach" in priority.as_dict()
