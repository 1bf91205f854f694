"""The commands read as one tool: every option described, and one rule for replacing files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
import typer.main
from typer.testing import CliRunner

from cmhroadmap.cli import app
from tests.conftest import DATA

runner = CliRunner()
MINI = str(DATA / "roadmaps" / "mini")
CLEAN = str(DATA / "valid" / "assessment" / "mini-complete.yaml")


def commands() -> Iterator[tuple[str, Any]]:
    root: Any = typer.main.get_command(app)
    context = click.Context(root)
    for name in root.list_commands(context):
        command = root.get_command(context, name)
        assert command is not None
        if hasattr(command, "list_commands"):
            for sub in command.list_commands(context):
                inner = command.get_command(context, sub)
                assert inner is not None
                yield f"{name} {sub}", inner
        else:
            yield name, command


def test_every_option_and_argument_of_every_command_is_described() -> None:
    missing = [
        f"{name} {param.name}"
        for name, command in commands()
        for param in command.params
        if not getattr(param, "help", None) and param.name not in ("help",)
    ]
    assert missing == []


def test_every_output_option_is_written_alike() -> None:
    """-o/--output FILE (SITE for publish, which writes a folder) and --force, wherever a command writes."""
    for name, command in commands():
        outputs = [param for param in command.params if param.name == "output"]
        if not outputs:
            continue
        [output] = outputs
        assert output.opts == ["-o", "--output"], name
        assert output.metavar == ("SITE" if name == "publish" else "FILE"), name
        assert any(param.name == "force" for param in command.params), name


@pytest.mark.parametrize(
    "args",
    [
        ["report", "--roadmap", MINI, CLEAN, "-o", "out.md"],
        ["schema", "assessment", "-o", "out.json"],
        ["init", "--org", "X", "--code", "XQ1", "--period", "2024/25", "-o", "out.yaml"],
        ["export", "--roadmap", MINI, CLEAN, "-o", "out.csv"],
    ],
    ids=lambda args: args[0],
)
def test_an_existing_file_is_replaced_only_with_force(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    name = args[-1]
    (tmp_path / name).write_text("keep me\n", encoding="utf-8")
    refused = runner.invoke(app, args)
    assert refused.exit_code == 2
    assert f"{name} already exists; add --force to replace it" in refused.output
    assert (tmp_path / name).read_text(encoding="utf-8") == "keep me\n"
    assert runner.invoke(app, [*args, "--force"]).exit_code == 0
    assert (tmp_path / name).read_text(encoding="utf-8") != "keep me\n"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["report", "x.yaml", "--format", "pdf"], "'pdf' is not a choice here; write one of: markdown, html"),
        (["validate", "--format", "xml"], "'xml' is not a choice here; write one of: text, json, github"),
        (["assess", "x.yaml", "--top", "x"], "write a whole number, such as 5"),
        (["assess", "x.yaml", "--top", "0"], "write a whole number of 1 or more"),
        (["assess", "x.yaml", "--format", "xml"], "'xml' is not a choice here; write one of: text, json"),
    ],
)
def test_bad_option_values_are_said_in_plain_words(args: list[str], said: str) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert said in result.stderr
    for wording in ("Value error", "Input should be", "unable to parse"):
        assert wording not in result.stderr
