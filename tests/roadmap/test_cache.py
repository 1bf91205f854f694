"""The cache of the checked roadmap: used only while nothing it came from has changed."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from cmhroadmap.roadmap import cache as roadmap_cache
from cmhroadmap.roadmap.cache import cached_roadmap
from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.roadmap import RoadmapResult
from cmhroadmap.user_cache import CACHE_ENV
from tests.conftest import REPO

Loader = Callable[[Path], RoadmapResult]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(directory))
    return directory


@pytest.fixture
def roadmap_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "work" / "roadmap"
    shutil.copytree(REPO / "roadmap", target)
    monkeypatch.chdir(target.parent)
    return target


class CountingLoader:
    """The real loader (what load_roadmap uses for a directory), counting how often it runs."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, directory: Path) -> RoadmapResult:
        self.calls += 1
        return load_roadmap(directory)


def summary(result: RoadmapResult) -> list[tuple[str, str, str, str]]:
    assert result.roadmap is not None
    return [
        (entry.deliverable.id, entry.deliverable.title, entry.column, entry.document.path)
        for entry in result.roadmap.entries.values()
    ]


def test_the_second_load_comes_from_the_cache_and_equals_the_first(cache: Path, roadmap_dir: Path) -> None:
    loader = CountingLoader()
    first = cached_roadmap(roadmap_dir, loader)
    second = cached_roadmap(roadmap_dir, loader)
    assert loader.calls == 1
    assert len(list((cache / "roadmap").glob("*.pickle"))) == 1
    assert first.problems == second.problems == []
    assert summary(second) == summary(first)
    assert first.roadmap is not None
    assert second.roadmap is not None
    assert second.roadmap.meta == first.roadmap.meta
    assert [d.model_dump() for d in second.roadmap] == [d.model_dump() for d in first.roadmap]


def test_an_edited_file_is_read_again(cache: Path, roadmap_dir: Path) -> None:
    loader = CountingLoader()
    cached_roadmap(roadmap_dir, loader)
    column = roadmap_dir / "model-development.yaml"
    text = column.read_text(encoding="utf-8")
    old = "title: Joint governance with ICB oversight"
    assert old in text
    column.write_text(text.replace(old, old + ", edited", 1), encoding="utf-8")
    result = cached_roadmap(roadmap_dir, loader)
    assert loader.calls == 2
    assert result.roadmap is not None
    assert result.roadmap["joint-governance"].title == "Joint governance with ICB oversight, edited"


def test_paths_are_shown_from_the_current_directory_of_each_run(
    cache: Path, roadmap_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached_roadmap(roadmap_dir, CountingLoader())
    elsewhere = roadmap_dir / "sub"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    loader = CountingLoader()
    result = cached_roadmap(roadmap_dir, loader)
    assert loader.calls == 0
    assert result.roadmap is not None
    assert result.roadmap.document.path == "../roadmap.yaml"
    assert {path for *_, path in summary(result)} >= {"../model-development.yaml", "../workforce.yaml"}


def test_a_damaged_entry_is_read_again_and_replaced(cache: Path, roadmap_dir: Path) -> None:
    cached_roadmap(roadmap_dir, CountingLoader())
    [entry] = (cache / "roadmap").glob("*.pickle")
    entry.write_bytes(entry.read_bytes()[:1000])
    loader = CountingLoader()
    assert summary(cached_roadmap(roadmap_dir, loader)) == summary(load_roadmap(roadmap_dir))
    assert loader.calls == 1
    cached_roadmap(roadmap_dir, loader)
    assert loader.calls == 1  # the entry was written again, whole


def test_a_roadmap_with_problems_is_never_cached(cache: Path, roadmap_dir: Path) -> None:
    (roadmap_dir / "workforce.yaml").write_text("deliverables: [\n", encoding="utf-8")
    loader = CountingLoader()
    first = cached_roadmap(roadmap_dir, loader)
    second = cached_roadmap(roadmap_dir, loader)
    assert loader.calls == 2
    assert [str(p) for p in first.problems] == [str(p) for p in second.problems] != []
    assert not list((cache / "roadmap").glob("*.pickle"))


def test_an_empty_setting_turns_caching_off(
    tmp_path: Path, roadmap_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, "")
    loader = CountingLoader()
    cached_roadmap(roadmap_dir, loader)
    cached_roadmap(roadmap_dir, loader)
    assert loader.calls == 2


def test_only_the_bundled_roadmap_is_cached(cache: Path, roadmap_dir: Path) -> None:
    load_roadmap(roadmap_dir)
    assert not (cache / "roadmap").exists() or not list((cache / "roadmap").glob("*.pickle"))
    result = load_roadmap()
    assert result.problems == []
    assert len(list((cache / "roadmap").glob("*.pickle"))) == 1
    assert summary(load_roadmap())[0][:3] == summary(result)[0][:3]


def test_an_entry_of_other_code_is_not_read_and_is_replaced(
    cache: Path, roadmap_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(roadmap_cache, "code_stamp", lambda *extra: "older0code0stamp")
    cached_roadmap(roadmap_dir, CountingLoader())
    [older] = (cache / "roadmap").glob("*.pickle")
    monkeypatch.undo()
    monkeypatch.setenv(CACHE_ENV, str(cache))
    loader = CountingLoader()
    cached_roadmap(roadmap_dir, loader)
    assert loader.calls == 1
    [current] = (cache / "roadmap").glob("*.pickle")
    assert current != older
    assert current.name.split("-")[0] == older.name.split("-")[0]  # the same roadmap, newer code
