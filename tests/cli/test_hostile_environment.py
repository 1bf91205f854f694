"""Hostile settings and paths for every command: SOURCE_DATE_EPOCH, symbolic link loops, look-alike periods.

Each case runs in an empty folder and asserts the exact outcome, no traceback, and that nothing else
on disk changed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from cmhroadmap.cli import app
from cmhroadmap.reports.gap_report import LATEST_EPOCH
from tests.conftest import REPO

EXAMPLE = REPO / "assessments" / "north-riverside" / "2023-24.yaml"
EARLIER = REPO / "assessments" / "north-riverside" / "2022-23.yaml"
runner = CliRunner()


def run(*args: str, env: dict[str, str | None] | None = None) -> Result:
    result = runner.invoke(app, list(args), env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"the command raised {result.exception!r}") from result.exception
    return result


def listing(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


EPOCH_COMMANDS = {
    "report": ["report", str(EXAMPLE), "-o", "r.html"],
    "compare": ["compare", str(EARLIER), str(EXAMPLE), "--format", "html", "-o", "c.html"],
    "benchmark": [
        "benchmark",
        str(REPO / "assessments"),
        "--period",
        "2023/24",
        "--format",
        "html",
        "-o",
        "b.html",
    ],
    "publish": ["publish", str(EXAMPLE), "-o", "site"],
}


@pytest.mark.parametrize("value", ["253402300800", "1" * 30, "²", "abc", "-1", "1e9", "٤", " 5"])
@pytest.mark.parametrize("command", list(EPOCH_COMMANDS))
def test_a_bad_source_date_epoch_is_a_usage_error_naming_it(here: Path, command: str, value: str) -> None:
    result = run(*EPOCH_COMMANDS[command], env={"SOURCE_DATE_EPOCH": value})
    assert result.exit_code == 2
    shown = value if len(value) <= 60 else value[:59] + "…"
    assert result.stderr == (
        f"Error: SOURCE_DATE_EPOCH is '{shown}'; set it to a whole number of seconds since 1970 "
        f"(0 to {LATEST_EPOCH}, written with the digits 0-9), or unset it\n"
    )
    assert listing(here) == []


@pytest.mark.parametrize(
    ("value", "shown"), [("0", "1970-01-01 00:00"), (str(LATEST_EPOCH), "9999-12-31 23:59")]
)
def test_the_ends_of_the_source_date_epoch_range_are_taken(here: Path, value: str, shown: str) -> None:
    result = run("report", str(EXAMPLE), "--format", "markdown", env={"SOURCE_DATE_EPOCH": value})
    assert result.exit_code == 0, result.output
    assert f"| Generated | {shown} UTC by cmhroadmap" in result.stdout


@pytest.fixture
def loop(here: Path) -> Path:
    (here / "loop1").symlink_to("loop2")
    (here / "loop2").symlink_to("loop1")
    return here / "loop1"


LOOP_READ = "loop1:1:1: error unreadable: cannot read the file: Too many levels of symbolic links"
INPUT_COMMANDS = {
    "validate": ["validate", "loop1"],
    "assess": ["assess", "loop1"],
    "report": ["report", "loop1"],
    "compare": ["compare", "loop1", str(EXAMPLE)],
    "benchmark": ["benchmark", "loop1"],
    "export": ["export", "loop1"],
    "publish": ["publish", "loop1", "-o", "site"],
    "workbook import": ["workbook", "import", "loop1", "-o", "x.yaml"],
    "workbook export": ["workbook", "export", "loop1", "-o", "x.xlsx"],
    "assess --validation": ["assess", str(EXAMPLE), "--validation", "loop1"],
}


@pytest.mark.parametrize("command", list(INPUT_COMMANDS))
def test_a_symlink_loop_as_input_is_a_problem_in_that_file(loop: Path, command: str) -> None:
    result = run(*INPUT_COMMANDS[command])
    assert result.exit_code == 1
    assert LOOP_READ in result.output.splitlines()
    assert listing(loop.parent) == ["loop1", "loop2"]


OUTPUT_COMMANDS = {
    "init": ["init", "--org", "NHS X ICB", "--code", "QX1", "--period", "2024/25", "-o", "loop1"],
    "report": ["report", str(EXAMPLE), "-o", "loop1"],
    "compare": ["compare", str(EARLIER), str(EXAMPLE), "--format", "html", "-o", "loop1"],
    "benchmark": [
        "benchmark",
        str(REPO / "assessments"),
        "--period",
        "2023/24",
        "--format",
        "html",
        "-o",
        "loop1",
    ],
    "export": ["export", str(EXAMPLE), "-o", "loop1"],
    "schema": ["schema", "assessment", "-o", "loop1"],
    "workbook import": ["workbook", "import", str(EXAMPLE), "-o", "loop1"],
}


@pytest.mark.parametrize("force", [False, True], ids=["", "force"])
@pytest.mark.parametrize("command", list(OUTPUT_COMMANDS))
def test_a_symlink_loop_as_output_is_a_usage_error(loop: Path, command: str, force: bool) -> None:
    result = run(*OUTPUT_COMMANDS[command], *(["--force"] if force else []))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] in (
        "Error: loop1 is a symbolic link that leads round in a loop; choose another path",
        "Error: loop1: the file name must end .yaml, so that the tool reads it back",
    )
    assert listing(loop.parent) == ["loop1", "loop2"]
    assert os.readlink(loop) == "loop2"


@pytest.mark.parametrize(
    ("period", "advice"),
    [
        ("２０２４/２５", ""),
        ("2024/25\n", "; delete the space or line break around it"),
        ("٢٠٢٤/٢٥", ""),
        ("2024/25 ", "; delete the space or line break around it"),
        ("2024-25", "; write 2024/25"),
    ],
)
def test_init_refuses_a_look_alike_period(here: Path, period: str, advice: str) -> None:
    result = run("init", "--org", "NHS X ICB", "--code", "QX1", "--period", period, "-o", "a.yaml")
    assert result.exit_code == 2
    assert result.stderr == f"Error: period must be written YYYY/YY, like 2023/24{advice}\n"
    assert listing(here) == []


@pytest.mark.parametrize("code", ["CON", "NUL", "COM1", "LPT9", "AUX", "PRN"])
def test_init_refuses_a_code_windows_keeps_for_a_device(here: Path, code: str) -> None:
    result = run("init", "--org", "NHS X ICB", "--code", code, "--period", "2024/25", "-o", "a.yaml")
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: --code: '{code}' is a name Windows keeps for a device (as are CON, PRN, AUX, NUL, "
        "COM1-9 and LPT1-9), and it becomes a file name when published; choose another\n"
    )
    assert listing(here) == []


@pytest.mark.parametrize("name", ["CON", "nul.html", "Com1.html", "lpt²"])
def test_an_output_named_as_a_windows_device_is_refused_before_the_work(here: Path, name: str) -> None:
    result = run("report", str(EXAMPLE), "--format", "html", "-o", name)
    assert result.exit_code == 2
    assert result.stderr == f"Error: {name} is a name Windows keeps for a device; choose another name\n"
    assert listing(here) == []


def test_an_output_name_too_long_is_refused_before_the_work(here: Path) -> None:
    name = "r" * 251 + ".html"
    result = run("report", str(EXAMPLE), "--format", "html", "-o", name)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: the name {name[:40]}... is 256 bytes long; this file system takes names of up to 255 bytes\n"
    )
    assert listing(here) == []


def test_an_output_name_of_255_bytes_is_written(here: Path) -> None:
    name = "r" * 250 + ".html"
    result = run("report", str(EXAMPLE), "--format", "html", "-o", name)
    assert result.exit_code == 0, result.output
    assert listing(here) == [name]


def test_problems_in_the_validation_file_given_are_printed(here: Path) -> None:
    (here / "notval.yaml").write_text("hello: world\n", encoding="utf-8")
    result = run("assess", str(EXAMPLE), "--validation", "notval.yaml")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "notval.yaml:1:1: error missing-key: missing required key 'validates'",
        "notval.yaml:1:1: error missing-key: missing required key 'validator'",
        "notval.yaml:1:1: error missing-key: missing required key 'validated_on'",
        "notval.yaml:1:1: error unknown-key: unknown key 'hello'; expected one of: validates, validator, "
        "validated_on, deliverables, notes",
    ]
    assert listing(here) == ["notval.yaml"]
