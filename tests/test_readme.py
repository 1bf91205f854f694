"""The README is executable: every command it shows works as written, on a fresh copy of the repository.

The Makefile's `run` steps run first (the README starts with `make run`), then every `cmhroadmap ...`
line of the README's ```sh blocks, in order, with `\\` continuations joined, through bash in a temporary
copy of the repository, as a user would type them. Each must exit 0, unless the line ends with a
comment `# exit status N`. A ```text block that follows a ```sh block with nothing but blank lines
between is the output of its last command, and must appear in the real output (`...` stands for any
text; line breaks and runs of spaces count as one space, since the terminal's width decides them).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from cmhroadmap import __version__
from tests.conftest import REPO

BIN = REPO / ".venv" / "bin"
# A fenced block, also indented in a list item, and the blank lines after it.
FENCE = re.compile(r"^[ \t]*```(\w*)\n(.*?)^[ \t]*```\n(?P<gap>\n*)", re.MULTILINE | re.DOTALL)
EXIT_COMMENT = re.compile(r"#\s*exit status (\d+)\s*$")


@dataclass
class Command:
    line: str
    exit: int = 0
    output: str | None = None  # the README's example output, when it shows one


def readme_commands(text: str) -> list[Command]:
    """Every `cmhroadmap` command in the ```sh blocks, with the example output that follows it."""
    commands: list[Command] = []
    blocks = list(FENCE.finditer(text))
    for index, block in enumerate(blocks):
        if block.group(1) != "sh":
            continue
        joined = block.group(2).replace("\\\n", " ")
        found = []
        for raw in joined.splitlines():
            line = raw.strip()
            if not line.startswith("cmhroadmap "):
                continue
            status = EXIT_COMMENT.search(line)
            found.append(Command(line, int(status.group(1)) if status else 0))
        follows = blocks[index + 1] if index + 1 < len(blocks) else None
        adjacent = follows is not None and follows.start() == block.end()
        if found and adjacent and follows is not None and follows.group(1) == "text":
            found[-1].output = follows.group(2)
        commands += found
    return commands


def makefile_run_steps(text: str) -> list[str]:
    """The recipe of `run:`, with the Makefile's variables put in and make's '@' taken off."""
    variables = dict(re.findall(r"^(\w+) \?= (.+)$", text, re.MULTILINE))
    recipe = re.search(r"^run:.*\n((?:\t.*\n)+)", text, re.MULTILINE)
    assert recipe is not None, "the Makefile has no run target"
    steps = []
    for raw in recipe.group(1).splitlines():
        step = raw.strip().removeprefix("@").replace("$(BIN)/", "")
        step = re.sub(r"\$\((\w+)\)", lambda m: variables.get(m.group(1), m.group(0)), step)
        steps.append(step)
    return steps


def shows(expected: str, actual: str) -> bool:
    """Whether `actual` holds `expected`, its `...` standing for any text, spacing aside."""
    parts = [" ".join(part.split()) for part in expected.split("...")]
    pattern = ".*?".join(re.escape(part) for part in parts if part)
    return re.search(pattern, " ".join(actual.split()), re.DOTALL) is not None


@pytest.fixture(scope="module")
def fresh_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The files of the repository, as a fresh clone would hold them (and nothing made by a run)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=REPO,
        capture_output=True,
        check=True,
    )
    copy = tmp_path_factory.mktemp("clone")
    for name in filter(None, listed.stdout.decode("utf-8").split("\0")):
        source = REPO / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    (copy / ".git").mkdir()  # the top of the repository, as in a clone
    return copy


def run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "COLUMNS": "100"}
    env.pop("NO_COLOR", None)
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.mark.readme  # runs every command in the README: left out of `make test-fast`
@pytest.mark.skipif(not (BIN / "cmhroadmap").exists(), reason="the tool is not installed in .venv")
def test_every_command_in_the_readme_works_as_written(fresh_copy: Path) -> None:
    steps = makefile_run_steps((REPO / "Makefile").read_text(encoding="utf-8"))
    commands = [Command(step) for step in steps] + readme_commands((REPO / "README.md").read_text("utf-8"))
    assert len(commands) >= 20
    for command in commands:
        result = run(command.line, fresh_copy)
        said = result.stdout + result.stderr
        assert result.returncode == command.exit, f"{command.line}\nexit {result.returncode}\n{said}"
        assert "Traceback" not in said, command.line
        if command.output is not None:
            assert shows(command.output, result.stdout), f"{command.line}\nshows instead:\n{result.stdout}"


def test_commands_are_found_with_their_continuations_exit_status_and_output() -> None:
    text = (
        "Intro.\n\n```sh\nmake run\ncmhroadmap init --org X \\\n    --code QXX -o a.yaml\n"
        "cmhroadmap list    # the grid\ncmhroadmap validate bad.yaml  # exit status 1\n```\n\n"
        "```text\nbad.yaml:1:1: error ... wrong\n```\n\nProse.\n\n```sh\ncmhroadmap show x\n```\n\n"
        "Between.\n\n```text\nnot its output\n```\n\n"
        "- item:\n\n  ```sh\n  cmhroadmap schema assessment\n  ```\n"
    )
    found = readme_commands(text)
    assert [(c.line, c.exit) for c in found] == [
        ("cmhroadmap init --org X      --code QXX -o a.yaml", 0),
        ("cmhroadmap list    # the grid", 0),
        ("cmhroadmap validate bad.yaml  # exit status 1", 1),
        ("cmhroadmap show x", 0),
        ("cmhroadmap schema assessment", 0),
    ]
    assert found[2].output == "bad.yaml:1:1: error ... wrong\n"
    assert found[3].output is None


def test_example_output_is_matched_with_its_elisions() -> None:
    assert shows("1. First\n   long line ...\n   ...\n", "1. First\n   long line that\nwraps\n   and more")
    assert not shows("1. First\n   missing line\n", "1. First\n   another line\n")


def test_the_makefile_run_steps_are_read() -> None:
    steps = makefile_run_steps((REPO / "Makefile").read_text(encoding="utf-8"))
    assert steps[0] == "cmhroadmap validate assessments"
    assert any("assessments/north-riverside/2023-24.yaml" in step for step in steps)


def test_the_github_workflow_is_ready_to_copy_and_pinned_to_this_version() -> None:
    workflow = (REPO / "docs" / "github-workflow.yml").read_text(encoding="utf-8")
    # The wheel `make dist` builds (tools/check_dist.py names it), since no package index serves it.
    assert f'pip install "./ci/cmhroadmap-{__version__}-py3-none-any.whl"' in workflow
    assert f"ci/cmhroadmap-{__version__}-py3-none-any.whl." in workflow
    assert "OWNER" not in workflow
    assert "cmhroadmap validate --format github assessments" in workflow
    assert "cmhroadmap validate --strict --format github" in workflow
