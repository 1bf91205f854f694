"""The wheel carries the roadmap, its prepared data and the compiled templates; installed, it uses them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cmhroadmap import __version__
from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet"]
    subprocess.run(
        [*pip, "-w", str(folder), str(REPO)],
        check=True,
    )
    [built] = folder.glob("cmhroadmap-*.whl")
    return built


def test_wheel_bundles_the_roadmap_its_prepared_data_and_the_compiled_templates(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in sorted((REPO / "roadmap").glob("*.yaml")):
        assert f"cmhroadmap/_bundled/roadmap/{path.name}" in names
    assert "cmhroadmap/cli/app.py" in names
    assert "cmhroadmap/_bundled/prepared-roadmap.json" in names
    for path in sorted((REPO / "templates").rglob("*.*")):
        module = "t_" + "".join(c if c.isalnum() else "_" for c in str(path.relative_to(REPO / "templates")))
        assert f"cmhroadmap/reports/compiled_templates/{module}.py" in names


# Run inside the installed copy: every template from its module, the roadmap from its data.
USES_WHAT_IT_SHIPS = """
from cmhroadmap.reading.bundled import bundled_prepared_roadmap, bundled_roadmap
from cmhroadmap.reports.precompiled import compiled_module
from cmhroadmap.reports.rendering import environment
from cmhroadmap.roadmap.prepared import load_prepared
env = environment()
for name in env.list_templates():
    source, _, _ = env.loader.get_source(env, name)
    assert compiled_module(env, name, source) is not None, name
assert load_prepared(bundled_prepared_roadmap(), bundled_roadmap()) is not None
print("ok")
"""


def test_an_installed_wheel_uses_its_prepared_roadmap_and_compiled_templates(
    wheel: Path, tmp_path: Path
) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
        check=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    work = tmp_path / "work"
    work.mkdir()
    script = work / "check.py"
    script.write_text(USES_WHAT_IT_SHIPS, encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, str(script)], cwd=work, env=env, capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout == "ok\n"
    validated = subprocess.run(
        [sys.executable, "-m", "cmhroadmap", "validate", str(REPO / "assessments")],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert validated.returncode == 0, validated.stderr
    assert "50 deliverables" in validated.stdout
    assert (
        str(target)
        in subprocess.run(
            [sys.executable, "-c", "import cmhroadmap; print(cmhroadmap.__file__)"],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )


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
