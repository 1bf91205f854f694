"""Delivery status on each basis, read from a two-year history with validation files in a folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from cmhroadmap.assessment.basis import on_basis
from cmhroadmap.assessment.delivery import Delivery, DeliveryStatus, count_statuses, delivery_status
from cmhroadmap.assessment.previous import previous_on_basis
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.assessment.single import load_single
from cmhroadmap.problems.problem import Severity
from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.roadmap import Roadmap
from tests.conftest import DATA

CASES = sorted(p for p in (DATA / "delivery").iterdir() if p.is_dir())


@pytest.fixture(scope="module")
def mini() -> Roadmap:
    result = load_roadmap(DATA / "roadmaps" / "mini")
    assert result.roadmap is not None
    return result.roadmap


def _statuses(folder: Path, roadmap: Roadmap, *, own_only: bool) -> dict[str, Delivery]:
    latest = folder / "2023-24.yaml"
    single = load_single(latest, roadmap)
    # Warnings (missing evidence) are beside the point here; an error would be a broken fixture.
    assert not any(p.severity is Severity.ERROR for p in single.problems), single.problems
    assert single.loaded.ratings is not None
    assert single.validation is not None
    own = single.loaded.ratings
    found = previous_on_basis(latest, single.loaded, roadmap, own_only=own_only)
    assert found is not None, "the previous period beside it should be found"
    ratings = on_basis(own, single.validation, own_only=own_only)
    return delivery_status(ratings, found[1], own)


@pytest.mark.parametrize("folder", CASES, ids=[c.name for c in CASES])
@pytest.mark.parametrize("basis", ["validated", "self"])
def test_each_deliverable_has_the_status_and_why_expected(folder: Path, basis: str, mini: Roadmap) -> None:
    expected = YAML(typ="safe").load((folder / "expected.yaml").read_text())[basis]
    found = _statuses(folder, mini, own_only=basis == "self")
    assert {k: [v.status.value, v.why] for k, v in found.items()} == expected


def test_a_target_reached_only_by_the_systems_own_rating_is_not_reached(mini: Roadmap) -> None:
    folder = DATA / "delivery" / "two-years"
    validated = _statuses(folder, mini, own_only=False)["governance"]
    own = _statuses(folder, mini, own_only=True)["governance"]
    assert validated.status is DeliveryStatus.OFF_TRACK
    assert "own rating is 4" in validated.why
    assert own.status is DeliveryStatus.IN_PLACE


def test_counts_list_every_status_and_add_up_to_the_deliverables_in_scope(mini: Roadmap) -> None:
    found = _statuses(DATA / "delivery" / "two-years", mini, own_only=False)
    counts = count_statuses(found)
    assert list(counts) == list(DeliveryStatus)
    assert counts == {
        DeliveryStatus.IN_PLACE: 1,
        DeliveryStatus.OFF_TRACK: 4,
        DeliveryStatus.ON_TRACK: 1,
        DeliveryStatus.NO_PLAN: 1,
        DeliveryStatus.NOT_ASSESSED: 0,
    }


def test_a_blank_file_is_not_assessed_rather_than_without_a_plan(mini: Roadmap) -> None:
    found = _statuses(DATA / "delivery" / "fell-and-missed", mini, own_only=False)
    counts = count_statuses(found)
    assert counts[DeliveryStatus.NOT_ASSESSED] == 2
    assert sum(counts.values()) == len(found)


def test_without_a_previous_period_nothing_is_said_to_have_fallen(mini: Roadmap) -> None:
    single = load_single(DATA / "delivery" / "two-years" / "2023-24.yaml", mini)
    assert single.loaded.ratings is not None
    found = delivery_status(on_basis(single.loaded.ratings, None), None)
    assert found["coproduction"] == Delivery(DeliveryStatus.NO_PLAN, "rated 1, with no target")


def test_a_reached_target_below_the_top_leaves_no_plan_for_full_delivery(mini: Roadmap) -> None:
    single = load_single(DATA / "valid" / "assessment" / "mini-complete.yaml", mini)
    assert single.loaded.ratings is not None
    assessment = single.loaded.ratings.assessment
    entry = assessment.deliverables["ed-function"]
    assert entry.target is not None
    lowered = entry.model_copy(update={"target": entry.target.model_copy(update={"rating": 2})})
    changed = assessment.model_copy(
        update={"deliverables": {**assessment.deliverables, "ed-function": lowered}}
    )
    found = delivery_status(Ratings(mini, changed))["ed-function"]
    assert found.status is DeliveryStatus.NO_PLAN
    assert found.why == "rated 2; its target of 2 is reached, with no target for 4"
