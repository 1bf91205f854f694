"""Shared fixtures: the bundled roadmap, and paths to the shared source documents."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cmhroadmap.roadmap.graph import DependencyGraph
from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.roadmap import Roadmap

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = REPO.parent / "shared"
SOURCE = SHARED / "seeds" / "002_ddd2b203e5584a25.txt"
REGISTER = SHARED / "design" / "deliverables.tsv"
# The bundled example assessments (validation files, *.validation.yaml, sit beside them).
EXAMPLES = sorted(
    p for p in (REPO / "assessments").rglob("*.yaml") if not p.name.endswith(".validation.yaml")
)
VALIDATIONS = sorted((REPO / "assessments").rglob("*.validation.yaml"))


@pytest.fixture(scope="session")
def roadmap() -> Roadmap:
    result = load_roadmap()
    assert result.roadmap is not None, result.problems
    assert result.problems == []
    return result.roadmap


@pytest.fixture(scope="session")
def graph(roadmap: Roadmap) -> DependencyGraph:
    return DependencyGraph(roadmap)


@pytest.fixture
def roadmap_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of the bundled roadmap at ./roadmap inside a temporary working directory."""

    target = tmp_path / "roadmap"
    shutil.copytree(REPO / "roadmap", target)
    monkeypatch.chdir(tmp_path)
    return target


# Every Problem any test makes is checked against the catalogue: a code reported but never defined
# (with its explanation) fails the run, whichever test made it.
_UNCATALOGUED: dict[str, str] = {}


def pytest_configure(config: pytest.Config) -> None:
    from cmhroadmap.problems.catalogue import catalogue
    from cmhroadmap.problems.problem import Problem

    known = set(catalogue())
    original = Problem.__post_init__

    def checked(self: Problem) -> None:
        original(self)
        if self.code not in known:
            _UNCATALOGUED.setdefault(self.code, str(self))

    Problem.__post_init__ = checked  # type: ignore[method-assign]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _UNCATALOGUED:
        lines = "\n".join(f"  {code}: {example}" for code, example in sorted(_UNCATALOGUED.items()))
        print(f"\nProblem codes reported but not in cmhroadmap/problems/codes/:\n{lines}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
