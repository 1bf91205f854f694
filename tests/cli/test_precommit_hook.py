"""The pre-commit hook, tried for real: the README's snippet, at the tag it names, on a throwaway repository.

Tags may not travel with the repository (a clone made for CI may lack them), so the test clones this
repository and makes the README's tag there, on the commit being tested, as a release would.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from cmhroadmap import __version__
from tests.conftest import REPO

# Installs the hook as pre-commit does (a venv and a wheel build): left out of `make test-fast`.
pytestmark = [
    pytest.mark.precommit,
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]
YAML_BLOCK = re.compile(r"^[ \t]*```yaml\n(.*?)^[ \t]*```", re.MULTILINE | re.DOTALL)


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def readme_snippet() -> dict[str, Any]:
    """The README's .pre-commit-config.yaml example, read as pre-commit reads it."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    [block] = [found.group(1) for found in YAML_BLOCK.finditer(readme) if "rev:" in found.group(1)]
    config: dict[str, Any] = YAML(typ="safe").load(block)
    return config


def run_hooks(work: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pre_commit", "run", "--all-files", "--verbose"]
    return subprocess.run(command, cwd=work, capture_output=True, text=True, check=False, timeout=600)


@pytest.fixture
def assessments_repo(tmp_path: Path) -> Path:
    """A repository of assessments whose config is the README's, its repo a tagged clone of this one."""
    config = readme_snippet()
    [entry] = config["repos"]
    release = tmp_path / "cmhroadmap"
    subprocess.run(["git", "clone", "-q", str(REPO), str(release)], check=True, capture_output=True)
    git(release, "tag", "-f", entry["rev"])
    entry["repo"] = str(release)
    work = tmp_path / "icb-assessments"
    (work / "assessments").mkdir(parents=True)
    shutil.copy(REPO / "assessments" / "severn-vale" / "2023-24.yaml", work / "assessments" / "good.yaml")
    (work / "notes.yaml").write_text("not: an assessment\n", encoding="utf-8")  # outside assessments/
    with (work / ".pre-commit-config.yaml").open("w", encoding="utf-8") as handle:
        YAML().dump(config, handle)
    git(work, "init", "-q")
    git(work, "add", ".")
    return work


def test_the_readme_pins_this_release() -> None:
    [entry] = readme_snippet()["repos"]
    assert entry["rev"] == f"v{__version__}"
    assert [hook["id"] for hook in entry["hooks"]] == ["cmhroadmap-validate"]
    hooks = (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert f"rev: v{__version__}" in hooks


def test_hook_at_the_tag_passes_a_valid_assessment_and_fails_a_broken_one(assessments_repo: Path) -> None:
    passed = run_hooks(assessments_repo)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Validate CMH roadmap assessments" in passed.stdout
    broken = assessments_repo / "assessments" / "bad.yaml"
    text = (assessments_repo / "assessments" / "good.yaml").read_text(encoding="utf-8")
    broken.write_text(text.replace("period: 2023/24", "period: 2023/25", 1), encoding="utf-8")
    git(assessments_repo, "add", ".")
    failed = run_hooks(assessments_repo)
    assert failed.returncode == 1
    assert "assessments/bad.yaml:" in failed.stdout
    assert "error invalid-period: period: the years of a period must be consecutive" in failed.stdout
    assert "notes.yaml" not in failed.stdout
