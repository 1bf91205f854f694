"""The Jinja environment: templates compiled afresh each run, and nothing kept on disk to load as code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cmhroadmap.reports.rendering import environment
from tests.conftest import REPO

EXAMPLE = REPO / "assessments" / "north-riverside" / "2023-24.yaml"


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


def test_an_edited_template_is_seen_by_the_next_run(templates: Path) -> None:
    assert render_fresh(templates) == "Hello &lt;b&gt;\n"
    (templates / "page.html").write_text("Goodbye {{ name }}\n", encoding="utf-8")
    assert render_fresh(templates) == "Goodbye &lt;b&gt;\n"


def test_a_report_keeps_nothing_in_a_cache(tmp_path: Path) -> None:
    # Compiled templates (marshalled code) and a pickled roadmap were once kept in the user's cache:
    # a file there that someone else had written could run as code. Nothing is kept now.
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}
    env.pop("CMHROADMAP_CACHE_DIR", None)
    for fmt in ("html", "markdown"):
        result = subprocess.run(
            [sys.executable, "-m", "cmhroadmap", "report", str(EXAMPLE), "--format", fmt],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout
    assert list(home.iterdir()) == []
