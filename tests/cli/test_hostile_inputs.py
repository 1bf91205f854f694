"""Hostile inputs through `cmhroadmap validate`: exact problem lines and exit status, never a traceback.

Each folder in tests/data/hostile/ holds the input, as `input.yaml` or as `spec.yaml` saying how to
build it (for bytes that are not text, files too large to keep, or paths that are not files), and
`expected.yaml`: {exit: N, lines: [...]}, the exact standard output of

    cmhroadmap validate --roadmap tests/data/roadmaps/mini input.yaml

run in a directory holding only the input. Set CMHROADMAP_UPDATE_EXPECTED=1 to rewrite the expected
files after a deliberate change, and review the diff line by line.

A spec.yaml has `parts`, concatenated in order, each one of {text: ...}, {base64: ...} or
{repeat: ..., times: N}; `line_endings: crlf` turns every newline of the text parts into CR LF.
`make: directory` or `make: missing` puts a directory, or nothing, where the file should be;
`make: fifo` a named pipe with no writer, `make: dev-zero` a symbolic link to /dev/zero.
"""

from __future__ import annotations

import base64
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from ruamel.yaml import YAML
from typer.testing import CliRunner, Result

from cmhroadmap.cli import app
from tests.conftest import DATA

HOSTILE = DATA / "hostile"
CASES = sorted(path for path in HOSTILE.iterdir() if path.is_dir())
MINI = DATA / "roadmaps" / "mini"
INPUT = "input.yaml"
UPDATE = bool(os.environ.get("CMHROADMAP_UPDATE_EXPECTED"))
# Anchored at the file's name: a message may quote text that looks like another problem line.
PROBLEM_LINE = re.compile(rf"^{re.escape(INPUT)}:(\d+):(\d+): (error|warning|note) ([a-z0-9-]+): .+$")
# Line breaks as YAML counts them.
LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
# Colour codes rich itself writes when it believes it is on a terminal; nothing else may start with ESC.
RICH_STYLE = re.compile(r"\x1b\[[0-9;]*m")

runner = CliRunner()


def _yaml() -> YAML:
    yaml = YAML(typ="rt", pure=True)
    yaml.width = 4096
    return yaml


def build_input(case: Path, workdir: Path) -> bytes | None:
    """Put the case's input at workdir/input.yaml; return its bytes (None when it is not a file)."""
    target = workdir / INPUT
    if (case / INPUT).exists():
        data = (case / INPUT).read_bytes()
        target.write_bytes(data)
        return data
    spec: dict[str, Any] = _yaml().load((case / "spec.yaml").read_text(encoding="utf-8"))
    make = spec.get("make", "file")
    if make == "directory":
        target.mkdir()
        return None
    if make == "missing":
        return None
    if make == "fifo":
        os.mkfifo(target)
        return None
    if make == "dev-zero":
        target.symlink_to("/dev/zero")
        return None
    assert make == "file", f"{case.name}: unknown make: {make}"
    crlf = spec.get("line_endings") == "crlf"
    data = b"".join(_part_bytes(part, crlf) for part in spec["parts"])
    target.write_bytes(data)
    return data


def _part_bytes(part: dict[str, Any], crlf: bool) -> bytes:
    if "base64" in part:
        return base64.b64decode(str(part["base64"]))
    if "repeat" in part:
        return (str(part["repeat"]) * int(part["times"])).encode("utf-8")
    text = str(part["text"])
    return (text.replace("\n", "\r\n") if crlf else text).encode("utf-8")


def validate(*args: str) -> Result:
    return runner.invoke(app, ["validate", "--roadmap", str(MINI), *args, INPUT])


def assert_no_crash(result: Result) -> None:
    """The command ended by its own exit, never by an exception escaping it."""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"the command raised {result.exception!r}") from result.exception


def line_lengths(data: bytes) -> list[int]:
    """The length, in characters, of each line of the file as the parser sees it."""
    text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    return [len(line) for line in LINE_BREAK.split(text)]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_every_case_has_an_input_and_expectations() -> None:
    assert len(CASES) >= 40
    for case in CASES:
        given = {path.name for path in case.iterdir()}
        assert "expected.yaml" in given, case.name
        assert (INPUT in given) != ("spec.yaml" in given), case.name


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_hostile_input(case: Path, workdir: Path) -> None:
    data = build_input(case, workdir)
    before = sorted(path.name for path in workdir.iterdir())
    result = validate()
    assert_no_crash(result)
    lines = result.stdout.splitlines()
    expected_file = case / "expected.yaml"
    if UPDATE:
        with expected_file.open("w", encoding="utf-8") as out:
            _yaml().dump({"exit": int(result.exit_code), "lines": lines}, out)
    expected = _yaml().load(expected_file.read_text(encoding="utf-8"))
    assert lines == list(expected["lines"]), (
        f"output differs from {expected_file}; if the change is deliberate, rerun with "
        "CMHROADMAP_UPDATE_EXPECTED=1 and review the diff"
    )
    assert result.exit_code == expected["exit"]
    assert result.exit_code in (0, 1)
    assert result.stderr == ""
    assert "\x1b" not in result.stdout
    # validate writes nothing, not even a temporary file.
    assert sorted(path.name for path in workdir.iterdir()) == before
    # Every problem line is well formed and points inside the file.
    *problems, summary = lines
    assert not PROBLEM_LINE.match(summary)
    lengths = line_lengths(data) if data is not None else [0]
    for line in problems:
        match = PROBLEM_LINE.match(line)
        assert match is not None, line
        number, column = int(match.group(1)), int(match.group(2))
        assert 1 <= number <= len(lengths), line
        assert 1 <= column <= lengths[number - 1] + 1, line
    assert (result.exit_code == 1) == any(": error " in line for line in problems)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_json_and_github_formats_agree(case: Path, workdir: Path) -> None:
    build_input(case, workdir)
    text = validate()
    as_json = validate("--format", "json")
    github = validate("--format", "github")
    for result in (as_json, github):
        assert_no_crash(result)
        assert result.exit_code == text.exit_code
        assert "\x1b" not in result.stdout
    problems = json.loads(as_json.stdout)["problems"]
    assert len(problems) == len(text.stdout.splitlines()) - 1
    annotations = [line for line in github.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == len(problems)


def _no_terminal_escapes(output: str) -> None:
    assert "\x1b" not in RICH_STYLE.sub("", output)
    assert "\x07" not in output
    assert "\x9b" not in output


@pytest.mark.parametrize("colour", [False, True], ids=["plain", "colour"])
def test_hostile_text_is_neutralised_on_the_terminal(workdir: Path, colour: bool) -> None:
    build_input(HOSTILE / "hostile-evidence", workdir)
    env = {"FORCE_COLOR": "1", "NO_COLOR": None} if colour else {"NO_COLOR": "1", "FORCE_COLOR": None}
    result = runner.invoke(app, ["assess", "--roadmap", str(MINI), INPUT], env=env)
    assert_no_crash(result)
    assert result.exit_code == 0, result.output
    _no_terminal_escapes(result.stdout)
    if not colour:
        assert "\x1b" not in result.stdout
    assert "NHS \\x1b[31mRed\\x1b[0m <script>alert(1)</script> ICB" in result.stdout


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_hostile_text_is_neutralised_in_reports(workdir: Path, fmt: str) -> None:
    build_input(HOSTILE / "hostile-evidence", workdir)
    result = runner.invoke(app, ["report", "--roadmap", str(MINI), "--format", fmt, INPUT])
    assert_no_crash(result)
    assert result.exit_code == 0, result.output
    report = result.stdout
    _no_terminal_escapes(report)
    assert "\u202e" not in report
    assert "&lt;script&gt;" in report
    # What a reader's browser gets: the HTML itself, or the Markdown as a renderer turns it into HTML.
    html = MarkdownIt("commonmark").render(report) if fmt == "markdown" else report
    lowered = html.lower()
    for raw in (
        "<script",
        "<img",
        "<iframe",
        "<style>body{display",
        "</style></pre>",
        "<b>bold</b>",
        "<!-- x",
    ):
        assert raw not in lowered, raw
    if fmt == "markdown":
        # Link syntax from the file stays text: its brackets are escaped.
        assert not re.search(r"(?<!\\)\]\(javascript", report)


def test_hostile_report_to_a_file_is_whole(workdir: Path) -> None:
    build_input(HOSTILE / "hostile-evidence", workdir)
    result = runner.invoke(
        app, ["report", "--roadmap", str(MINI), "--format", "html", "-o", "out.html", INPUT]
    )
    assert_no_crash(result)
    assert result.exit_code == 0
    assert sorted(path.name for path in workdir.iterdir()) == [INPUT, "out.html"]
    assert (workdir / "out.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


@pytest.mark.parametrize("command", ["assess", "report"])
@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("directory", "input.yaml:1:1: error not-a-file: this is a directory; a file was expected"),
        ("missing-file", "input.yaml:1:1: error file-not-found: no such file"),
    ],
)
def test_commands_that_take_one_file_refuse_other_paths(
    workdir: Path, command: str, case: str, expected: str
) -> None:
    build_input(HOSTILE / case, workdir)
    result = runner.invoke(app, [command, "--roadmap", str(MINI), INPUT])
    assert_no_crash(result)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [expected]
