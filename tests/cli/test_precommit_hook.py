"""The pre-commit hook, tried for real with `pre-commit try-repo` on a throwaway repository."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

# Installs the hook as pre-commit does (a venv and a wheel build): left out of `make test-fast`.
pytestmark = [
    pytest.mark.precommit,
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def try_repo(work: Path, hook: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), hook, "--all-files", "--verbose"]
    return subprocess.run(command, cwd=work, capture_output=True, text=True, check=False, timeout=600)


@pytest.fixture
def assessments_repo(tmp_path: Path) -> Path:
    work = tmp_path / "icb-assessments"
    (work / "assessments").mkdir(parents=True)
    shutil.copy(REPO / "assessments" / "severn-vale" / "2023-24.yaml", work / "assessments" / "good.yaml")
    (work / "notes.yaml").write_text("not: an assessment\n", encoding="utf-8")  # outside assessments/
    git(work, "init", "-q")
    git(work, "add", ".")
    return work


def test_hook_passes_a_valid_assessment_and_fails_a_broken_one(assessments_repo: Path) -> None:
    passed = try_repo(assessments_repo, "cmhroadmap-validate")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Validate CMH roadmap assessments" in passed.stdout
    broken = assessments_repo / "assessments" / "bad.yaml"
    text = (assessments_repo / "assessments" / "good.yaml").read_text(encoding="utf-8")
    broken.write_text(text.replace("period: 2023/24", "period: 2023/25", 1), encoding="utf-8")
    git(assessments_repo, "add", ".")
    failed = try_repo(assessments_repo, "cmhroadmap-validate")
    assert failed.returncode == 1
    assert "assessments/bad.yaml:" in failed.stdout
    assert "error invalid-period: period: the years of a period must be consecutive" in failed.stdout
    assert "notes.yaml" not in failed.stdout
