"""The Jinja environment's compiled-template cache: reused between runs, never stale, never in the way."""

from __future__ import annotations

import shutil
from pathlib import Path

import jinja2
import pytest

from cmhroadmap.reports.rendering import environment
from cmhroadmap.user_cache import CACHE_ENV, code_stamp


def render_fresh(templates: Path) -> str:
    # environment() is built once per process and directory, as in a command; a fresh one is what
    # the next run of a command would build.
    environment.cache_clear()
    try:
        return environment(templates).get_template("page.html").render(name="<b>")
    finally:
        environment.cache_clear()


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    directory = tmp_path / "templates"
    directory.mkdir()
    (directory / "page.html").write_text("Hello {{ name }}\n", encoding="utf-8")
    return directory


def test_compiled_templates_are_kept_and_an_edit_is_seen(
    tmp_path: Path, templates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    assert render_fresh(templates) == "Hello &lt;b&gt;\n"
    kept = list((tmp_path / "cache" / "templates").iterdir())
    assert len(kept) == 1
    assert render_fresh(templates) == "Hello &lt;b&gt;\n"
    (templates / "page.html").write_text("Goodbye {{ name }}\n", encoding="utf-8")
    assert render_fresh(templates) == "Goodbye &lt;b&gt;\n"


def test_a_damaged_cache_entry_is_compiled_again(
    tmp_path: Path, templates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    render_fresh(templates)
    [entry] = (tmp_path / "cache" / "templates").iterdir()
    entry.write_bytes(b"\x00garbage")
    assert render_fresh(templates) == "Hello &lt;b&gt;\n"


def test_rendering_works_when_the_cache_cannot_be_written(
    tmp_path: Path, templates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    environment.cache_clear()
    try:
        env = environment(templates)
        # Gone after the environment chose it (as if cleaned away): neither read nor written now.
        shutil.rmtree(tmp_path / "cache")
        assert env.get_template("page.html").render(name="x") == "Hello x\n"
    finally:
        environment.cache_clear()
    assert not (tmp_path / "cache").exists()


def test_a_truncated_cache_entry_is_compiled_again(
    tmp_path: Path, templates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    render_fresh(templates)
    [entry] = (tmp_path / "cache" / "templates").iterdir()
    entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])  # as after a power cut
    assert render_fresh(templates) == "Hello &lt;b&gt;\n"


def test_entries_are_named_by_the_code_and_those_of_other_code_removed(
    tmp_path: Path, templates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    cache = tmp_path / "cache" / "templates"
    cache.mkdir(parents=True, mode=0o700)
    (cache / "0123456789abcdef-older.cache").write_bytes(b"written by other code")
    render_fresh(templates)
    [entry] = cache.iterdir()
    assert entry.name.startswith(code_stamp(jinja2.__version__) + "-")
