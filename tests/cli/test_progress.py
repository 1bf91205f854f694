"""A progress bar on stderr when a command reads many files on a terminal, and never otherwise."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from cmhroadmap.cli import app, output
from tests.conftest import DATA

runner = CliRunner()
MINI = str(DATA / "roadmaps" / "mini")


@pytest.fixture
def many(tmp_path: Path) -> Path:
    for number in range(output.PROGRESS_FROM + 1):
        target = tmp_path / f"a{number}.yaml"
        shutil.copy(DATA / "valid" / "assessment" / "mini-complete.yaml", target)
        text = target.read_text(encoding="utf-8").replace("XT1", f"XT{number + 100}")
        target.write_text(text, encoding="utf-8")
    return tmp_path


def test_progress_bar_on_a_terminal(many: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr(output, "error_console", lambda: Console(file=stream, force_terminal=True))
    result = runner.invoke(app, ["validate", "--roadmap", MINI, str(many)])
    assert result.exit_code == 0, result.output
    assert "Reading files" in stream.getvalue()


def test_no_progress_bar_in_a_pipe(many: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr(output, "error_console", lambda: Console(file=stream))
    result = runner.invoke(app, ["benchmark", "--roadmap", MINI, str(many), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert stream.getvalue() == ""
    assert "\x1b[" not in result.output
