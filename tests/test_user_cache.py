"""The cache directory: private to the user, or not used at all."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cmhroadmap import user_cache
from cmhroadmap.user_cache import CACHE_ENV, cache_directory

posix_only = pytest.mark.skipif(os.name != "posix", reason="permissions are POSIX modes")


def test_the_usual_place_is_under_the_xdg_cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    directory = cache_directory("templates")
    assert directory == tmp_path / "xdg" / "cmhroadmap" / "templates"
    assert directory.is_dir()


@posix_only
def test_a_new_directory_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "c"))
    directory = cache_directory("roadmap")
    assert directory is not None
    assert stat.S_IMODE(directory.stat().st_mode) & 0o077 == 0


@posix_only
@pytest.mark.parametrize("mode", [0o777, 0o770, 0o702])
def test_a_directory_others_can_write_to_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: int
) -> None:
    shared = tmp_path / "c" / "roadmap"
    shared.mkdir(parents=True)
    shared.chmod(mode)
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "c"))
    assert cache_directory("roadmap") is None


def test_a_place_that_cannot_be_a_directory_turns_caching_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocker))
    assert cache_directory("templates") is None


def test_an_empty_setting_turns_caching_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, "")
    assert cache_directory("templates") is None


def test_the_code_stamp_follows_the_code_and_skips_files_it_cannot_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "package"
    package.mkdir()
    module = package / "a.py"
    module.write_text("x = 1\n", encoding="utf-8")
    if os.name == "posix":
        (package / ".#b.py").symlink_to(tmp_path / "nowhere")  # an editor's lock file
    monkeypatch.setattr(user_cache, "_PACKAGE", package)
    user_cache.code_stamp.cache_clear()
    try:
        first = user_cache.code_stamp("lib 1.0")
        assert user_cache.code_stamp("lib 2.0") != first
        module.write_text("x = 22\n", encoding="utf-8")
        user_cache.code_stamp.cache_clear()
        assert user_cache.code_stamp("lib 1.0") != first
    finally:
        user_cache.code_stamp.cache_clear()


def test_a_relative_xdg_cache_home_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert cache_directory("templates") == tmp_path / ".cache" / "cmhroadmap" / "templates"
