"""Lines printed without rich read exactly as rich prints them to a pipe, where rich is not imported."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from cmhroadmap.cli.output import console, line_console
from cmhroadmap.cli.plain_lines import PlainLines, rich_would_style
from tests.conftest import DATA

LINES = [
    "a.yaml:3:5: error E101: rating must be 1, 2, 3 or 4; got 7",
    "roadmap cmh-2023-24: 50 deliverables, 153 links; 1 file; no problems",
    "x" * 300,  # longer than rich's 80 columns in a pipe
    "  leading and trailing spaces  ",
    "wide 漢字 and 😀 emoji :smile: [bold]not markup[/bold] f.yaml:100:3",
    "an escape \x1b[31m and a \\x07 written out",
    "",
    "with\ta tab",
    "bell\x07 backspace\x08 vt\x0b ff\x0c cr\r end",
    "two\nlines",
]


@pytest.mark.parametrize("text", LINES)
@pytest.mark.parametrize("style", [None, "red"])
def test_plain_lines_print_what_rich_prints_to_a_pipe(
    text: str, style: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    by_rich, plain = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", by_rich)
    console().print(text, style=style, markup=False)
    monkeypatch.setattr(sys, "stdout", plain)
    printer = line_console()
    assert isinstance(printer, PlainLines)
    printer.print(text, style=style, markup=False)
    assert plain.getvalue() == by_rich.getvalue()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("stream", "environment", "styled"),
    [
        (io.StringIO(), {}, False),
        (_Terminal(), {}, True),
        (io.StringIO(), {"FORCE_COLOR": "1"}, True),
        (io.StringIO(), {"TTY_COMPATIBLE": "1"}, True),
    ],
)
def test_rich_is_kept_wherever_it_could_style(
    stream: io.StringIO, environment: dict[str, str], styled: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert rich_would_style(stream) is styled


def test_validate_in_a_pipe_does_not_import_rich() -> None:
    program = (
        "import sys\n"
        "from cmhroadmap.entry import main\n"
        "try:\n"
        "    main()\n"
        "finally:\n"
        "    print('rich imported:', 'rich' in sys.modules, file=sys.stderr)\n"
    )
    clean = str(DATA / "valid" / "assessment" / "mini-complete.yaml")
    broken = str(DATA / "invalid" / "assessment" / "combined-five-mistakes" / "edit.yaml")
    for paths, status in (([clean], 0), ([broken], 1)):
        result = subprocess.run(
            [sys.executable, "-c", program, "validate", "--roadmap", str(DATA / "roadmaps" / "mini"), *paths],
            capture_output=True,
            text=True,
            check=False,
            env={"PATH": "/usr/bin:/bin"},
        )
        assert result.returncode == status, result.stderr
        assert "rich imported: False" in result.stderr
        assert "1 file; " in result.stdout
