"""Output that cannot be written, odd encodings, signals and -o over inputs: one line, a status, no trace.

Each case runs the installed command line in a real process (the streams are the real ones), and
checks the exact line on stderr, the exit status, and that nothing else changed on disk.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cmhroadmap.cli import app
from tests.conftest import REPO

EXAMPLE = REPO / "assessments" / "north-riverside" / "2023-24.yaml"
VALIDATION = EXAMPLE.with_name("2023-24.validation.yaml")
runner = CliRunner()


def snapshot(directory: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()
    }


def run(args: list[str], cwd: Path, **options: object) -> subprocess.CompletedProcess[str]:
    result: subprocess.CompletedProcess[str] = subprocess.run(
        [sys.executable, "-m", "cmhroadmap", *args],
        cwd=cwd,
        capture_output="stdout" not in options,
        stderr=subprocess.PIPE if "stdout" in options else None,
        text=True,
        check=False,
        **options,  # type: ignore[call-overload]
    )
    return result


def test_a_full_disk_on_standard_output(tmp_path: Path) -> None:
    with open("/dev/full", "w") as full:
        result = run(["report", str(EXAMPLE), "--format", "html"], tmp_path, stdout=full)
    assert result.returncode == 3
    assert result.stderr == "Error: cannot write the output: the disk is full\n"
    assert snapshot(tmp_path) == {}


def test_a_reader_that_stops_reading(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "cmhroadmap", "export", str(REPO / "assessments")],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    process.stdout.close()  # as `| head -1` does once it has its line
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 3
    assert stderr == (
        "Error: cannot write the output: the program reading the output stopped reading (a closed pipe)\n"
    )


def test_a_closed_standard_output(tmp_path: Path) -> None:
    command = f"exec {sys.executable} -m cmhroadmap list >&-"
    result = subprocess.run(["sh", "-c", command], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == 3
    assert result.stderr == (
        "Error: cannot write the output: standard output is closed or not open for writing\n"
    )


def test_a_file_size_limit_on_standard_output(tmp_path: Path) -> None:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    with (tmp_path / "report.html").open("w") as out:
        result = run(["report", str(EXAMPLE), "--format", "html"], tmp_path, stdout=out, preexec_fn=limit)
    assert result.returncode == 3
    assert (
        result.stderr
        == "Error: cannot write the output: the output is over the file-size limit (ulimit -f)\n"
    )


def test_a_file_size_limit_with_dash_o_names_the_output_and_leaves_nothing(tmp_path: Path) -> None:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    result = run(["report", str(EXAMPLE), "--format", "html", "-o", "out.html"], tmp_path, preexec_fn=limit)
    assert result.returncode == 3
    assert result.stderr == "Error: cannot write out.html: File too large\n"
    assert snapshot(tmp_path) == {}


@pytest.mark.parametrize("encoding", ["latin-1", "ascii", "cp1252"])
def test_any_output_encoding_works(tmp_path: Path, encoding: str) -> None:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    result = run(["assess", str(EXAMPLE)], tmp_path, env=env, encoding=encoding)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "Traceback" not in result.stdout
    # What the encoding cannot show is escaped, not dropped: the en dash of a roadmap title, for one
    # (cp1252 has it). The grid used to cut titles with an ellipsis; it wraps them now.
    assert ("–" if encoding == "cp1252" else "\\u2013") in result.stdout


def test_a_deleted_current_folder(tmp_path: Path) -> None:
    command = f"mkdir gone && cd gone && rmdir ../gone && exec {sys.executable} -m cmhroadmap list"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        ["sh", "-c", command], cwd=tmp_path, capture_output=True, text=True, check=False, env=env
    )
    assert result.returncode == 2
    assert result.stderr == (
        "Error: the current folder no longer exists (it was deleted or moved); cd to a folder and run again\n"
    )
    assert snapshot(tmp_path) == {}


@pytest.mark.parametrize(("name", "status"), [("SIGTERM", 143), ("SIGHUP", 129)])
def test_a_signal_while_writing_leaves_no_temporary_file(tmp_path: Path, name: str, status: int) -> None:
    # The signal arrives once the temporary file is written and synced, just before it would replace
    # the output: the worst moment to be stopped.
    program = f"""
import os, signal, sys
real = os.fsync
def fsync_then_signal(fd):
    real(fd)
    os.kill(os.getpid(), signal.{name})
os.fsync = fsync_then_signal
sys.argv = ["cmhroadmap", "schema", "assessment", "-o", "out.json"]
from cmhroadmap.cli import main
main()
"""
    result = subprocess.run(
        [sys.executable, "-c", program], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == status
    assert "Traceback" not in result.stderr
    assert snapshot(tmp_path) == {}
    assert signal.Signals(status - 128).name == name


READ = "is a file this command has read; choose another output path"
GIVEN = "is one of the input files; choose another output path"


@pytest.mark.parametrize(
    ("args", "output", "why"),
    [
        (["report", "a.yaml", "--roadmap", "roadmap"], "roadmap/roadmap.yaml", READ),
        (["report", "a.yaml", "--roadmap", "roadmap"], "roadmap/care-provision.yaml", READ),
        (["export", "a.yaml", "--roadmap", "roadmap"], "roadmap/roadmap.yaml", READ),
        (
            ["benchmark", "a.yaml", "--roadmap", "roadmap", "--period", "2023/24", "--format", "markdown"],
            "roadmap/workforce.yaml",
            READ,
        ),
        (["report", "a.yaml", "--validation", "v.yaml"], "v.yaml", GIVEN),
        (["report", "a.yaml", "--roadmap", "roadmap"], "link.yaml", READ),
        (["workbook", "import", "a.xlsx", "--force"], "a.xlsx", GIVEN),
    ],
)
def test_dash_o_never_replaces_a_file_the_run_read(
    roadmap_copy: Path, args: list[str], output: str, why: str
) -> None:
    shutil.copy(EXAMPLE, "a.yaml")
    shutil.copy(VALIDATION, "v.yaml")
    Path("link.yaml").symlink_to("roadmap/roadmap.yaml")
    Path("a.xlsx").write_bytes(b"not really a workbook")
    before = snapshot(roadmap_copy.parent)
    result = runner.invoke(app, [*args, "-o", output])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"Error: {output} {why}\n"
    assert snapshot(roadmap_copy.parent) == before


def test_file_names_are_echoed_with_their_escapes_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    name = "\x1b[31mred\x07.yaml"
    result = runner.invoke(
        app, ["init", "--org", "NHS Test ICB", "--code", "QXX", "--period", "2024/25", "-o", name]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == (
        "Wrote \\x1b[31mred\\x07.yaml. Fill it in, then run: cmhroadmap assess \\x1b[31mred\\x07.yaml"
    )
    assert [path.name for path in tmp_path.iterdir()] == [name]
    again = runner.invoke(app, ["schema", "assessment", "-o", name.replace(".yaml", ".json")])
    assert again.exit_code == 0
    assert again.stderr == "Wrote \\x1b[31mred\\x07.json\n"


@pytest.mark.parametrize(
    "args",
    [
        ["report", "assessments/north-riverside/2023-24.yaml", "-o", "a" * 300 + ".md"],
        ["validate", "a" * 300 + ".yaml"],
        ["validate", "--roadmap", "a" * 300],
        ["publish", "assessments", "-o", "a" * 300],
    ],
)
def test_a_path_the_system_refuses_is_a_usage_error_not_a_traceback(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import REPO

    monkeypatch.chdir(REPO)
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if args[0] == "validate":
        assert result.stderr.startswith("Error: cannot use aaaa")
        assert result.stderr.rstrip().endswith(": File name too long")
    else:
        # An output's name is checked before the work, in the tool's words.
        assert result.stderr == (
            f"Error: the name {args[-1][:40]}... is {len(args[-1])} bytes long; "
            "this file system takes names of up to 255 bytes\n"
        )
