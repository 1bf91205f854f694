"""The roadmap prepared as data loads back as the same roadmap, and only while its sources match."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cmhroadmap.roadmap import prepared
from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.prepared import load_prepared, prepared_text
from cmhroadmap.roadmap.roadmap import Roadmap
from tests.conftest import REPO


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the bundled roadmap with its prepared data beside it."""
    target = tmp_path / "roadmap"
    shutil.copytree(REPO / "roadmap", target)
    text = prepared_text(load_roadmap(target))
    assert text is not None
    (tmp_path / "prepared.json").write_text(text, encoding="utf-8")
    return target


def test_the_prepared_roadmap_is_the_roadmap_its_sources_make(copy: Path, roadmap: Roadmap) -> None:
    result = load_prepared(copy.parent / "prepared.json", copy)
    assert result is not None
    assert result.problems == []
    loaded = result.roadmap
    assert loaded is not None
    assert loaded.meta == roadmap.meta
    assert list(loaded.entries) == list(roadmap.entries)
    for key, entry in roadmap.entries.items():
        again = loaded.entries[key]
        assert again.deliverable == entry.deliverable
        assert (again.column, again.loc) == (entry.column, entry.loc)
        assert Path(again.document.path).name == Path(entry.document.path).name
    # Dates and nested models come back as what validation makes, not as JSON's strings and dicts.
    assert loaded.meta.published == roadmap.meta.published
    assert loaded.columns == roadmap.columns
    assert [path.name for path in result.sources] == [path.name for path in load_roadmap(copy).sources]


def test_a_problem_in_a_prepared_file_is_placed_where_it_was_written(copy: Path, roadmap: Roadmap) -> None:
    result = load_prepared(copy.parent / "prepared.json", copy)
    assert result is not None
    assert result.roadmap is not None
    for key in list(roadmap.entries)[::10]:
        entry, source = result.roadmap.entries[key], roadmap.entries[key]
        loc = (*entry.loc, "title")
        assert entry.document.locate(loc) == source.document.locate(loc) != (1, 1)


def test_an_edited_source_file_makes_the_prepared_data_stale(copy: Path) -> None:
    column = copy / "workforce.yaml"
    column.write_text(column.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert load_prepared(copy.parent / "prepared.json", copy) is None


def test_data_prepared_by_another_version_is_not_used(copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prepared, "__version__", "0.0.0-other")
    assert load_prepared(copy.parent / "prepared.json", copy) is None


@pytest.mark.parametrize("text", ["", "{not json", "[]", '{"key": {"format": 1}}'])
def test_missing_or_damaged_prepared_data_is_not_used(copy: Path, text: str) -> None:
    damaged = copy.parent / "damaged.json"
    damaged.write_text(text, encoding="utf-8")
    assert load_prepared(damaged, copy) is None
    assert load_prepared(copy.parent / "absent.json", copy) is None


def test_a_roadmap_with_problems_is_not_prepared(copy: Path) -> None:
    main = copy / "roadmap.yaml"
    main.write_text(main.read_text(encoding="utf-8").replace("version:", "versoin:", 1), encoding="utf-8")
    result = load_roadmap(copy)
    assert result.problems
    assert prepared_text(result) is None
