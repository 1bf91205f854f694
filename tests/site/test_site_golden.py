"""A small region's site against golden files in tests/golden/site/.

After a deliberate change, rewrite them with CMHROADMAP_UPDATE_EXPECTED=1 and review the diff.
The reports and the trajectory inside the site are the `report` and `compare` outputs, whose own
golden files cover them; here the list of files stands for them.
"""

from __future__ import annotations

import pytest

from cmhroadmap.cycle.corpus import load_corpus
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.site.build import build_site
from cmhroadmap.site.publication import Publication
from cmhroadmap.site.region import collect_region
from tests.conftest import REPO
from tests.report_fixtures import FIXED_TIME
from tests.reports.test_gap_report import check_golden

REGION = ["north-riverside", "severn-vale", "coastal-downs"]
CHECKED = [
    "index.html",
    "method.html",
    "downloads.html",
    "systems/XA1/index.html",
    "systems/XC3/index.html",
    "deliverables/joint-governance.html",
    "data/ratings.csv",
]


@pytest.fixture(scope="module")
def small_site(roadmap: Roadmap) -> dict[str, str]:
    corpus = load_corpus([REPO / "assessments" / name for name in REGION], {roadmap.id: roadmap}, roadmap)
    assert [p for p in corpus.problems if p.severity.name == "ERROR"] == []
    publication = Publication()
    region = collect_region(corpus, roadmap, publication)
    return build_site(region, publication, generated=FIXED_TIME, tool_version="test")


def test_the_small_region_has_the_expected_files(small_site: dict[str, str]) -> None:
    check_golden("site/files.txt", "".join(f"{name}\n" for name in small_site))


@pytest.mark.parametrize("name", CHECKED)
def test_the_small_region_matches_its_golden_file(small_site: dict[str, str], name: str) -> None:
    check_golden(f"site/{name.replace('/', '--')}", small_site[name])


def test_worker_processes_give_the_same_site(roadmap: Roadmap, small_site: dict[str, str]) -> None:
    # A large region is rendered by forked workers; the site must not depend on how it was made.
    corpus = load_corpus([REPO / "assessments" / name for name in REGION], {roadmap.id: roadmap}, roadmap)
    publication = Publication()
    region = collect_region(corpus, roadmap, publication)
    seen: list[str] = []
    in_parallel = build_site(
        region, publication, generated=FIXED_TIME, tool_version="test", workers=2, on_page=seen.append
    )
    assert in_parallel == small_site
    assert sorted(seen) == sorted(small_site)
