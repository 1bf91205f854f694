"""The wheel carries the roadmap and templates, so an installed tool works from any directory."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from cmhroadmap import __version__
from tests.conftest import REPO


def test_wheel_bundles_the_roadmap(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
    )
    [wheel] = tmp_path.glob("cmhroadmap-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in sorted((REPO / "roadmap").glob("*.yaml")):
        assert f"cmhroadmap/_bundled/roadmap/{path.name}" in names
    assert "cmhroadmap/cli/app.py" in names


def test_module_runs_from_another_directory(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cmhroadmap", "validate"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "50 deliverables" in result.stdout


def test_make_dist_builds_both_files_and_the_wheel_runs_in_a_clean_venv(tmp_path: Path) -> None:
    """What `make dist` runs: the wheel installed alone in a new venv works from an empty folder."""
    result = subprocess.run(
        [sys.executable, str(REPO / "tools" / "check_dist.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        f"cmhroadmap-{__version__}-py3-none-any.whl",
        f"cmhroadmap-{__version__}.tar.gz",
    ]


def test_a_release_has_its_changelog_entry() -> None:
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"\n## {__version__} " in changelog
    assert "dist:" in (REPO / "Makefile").read_text(encoding="utf-8")
