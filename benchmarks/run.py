"""Time cmhroadmap's commands beside their peers on the synthetic corpus, and check them against targets."""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = HERE / ".corpus"
RESULTS = HERE / "results.md"
# The venv's bin: make bench runs this script with the Python of a venv where the wheel is installed.
BIN = Path(sys.executable).parent
ASSESSMENTS = CORPUS / "assessments"
ONE = ASSESSMENTS / "x03" / "2023-24.yaml"
SIZES = (1_000, 5_000, 10_000)
# The stack's floor: any typer command with an option costs at least this (typer builds a pydantic
# adapter to read options); with Jinja, the floor under a report.
FLOOR = "import typer, pydantic, yaml; from pydantic import TypeAdapter; TypeAdapter(int).validate_python(1)"
# What one floor may be exceeded by (issue 23): 1.25 times.
FLOOR_LIMIT = 1.25
# "No faster than linear": each roadmap size may take at most this much more than its share.
GROWTH_SLACK = 1.15


@dataclass
class Case:
    """One command to time; `peer` names the case it is compared with."""

    key: str
    label: str
    argv: list[str]
    peer: str | None = None
    # Extra environment for the command, if it needs any.
    env: dict[str, str] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def cases(out: Path) -> list[Case]:
    """Every measurement, peers first so that each round runs side by side."""
    cli, python = str(BIN / "cmhroadmap"), str(BIN / "python")
    files = [str(p.relative_to(REPO)) for p in sorted(ASSESSMENTS.glob("*/*.yaml"))]
    one = str(ONE.relative_to(REPO))
    schema = ["-m", "check_jsonschema", "--schemafile", "schemas/assessment.schema.json"]
    found = [
        Case("python", "python -c pass", [python, "-c", "pass"]),
        Case("help", "cmhroadmap --help", [cli, "--help"], "python"),
        Case(
            "floor",
            "floor: import typer, pydantic, yaml; 1 adapter",
            [python, "-c", FLOOR],
        ),
        # A typer command of our shape doing nothing: what the floor leaves out of typer's own work.
        Case(
            "typer",
            "typer: a do-nothing command with 3 options, 1 file",
            [python, str(HERE / "typer_floor.py"), "validate", one],
            "floor",
        ),
        # What a maintainer feels in pre-commit or CI: one file, beside the floor and a YAML linter.
        Case(
            "yamllint",
            "yamllint -d relaxed, 1 file",
            [python, "-m", "yamllint", "-d", "relaxed", one],
            "floor",
        ),
        Case("validate-one", "cmhroadmap validate, 1 file", [cli, "validate", one], "floor"),
        Case("floor-jinja", "floor with jinja2", [python, "-c", f"import jinja2; {FLOOR}"]),
        Case("schema", f"check-jsonschema, {len(files)} files", [python, *schema, *files]),
        Case(
            "validate",
            f"cmhroadmap validate, roadmap + {len(files)} files",
            [cli, "validate", *files],
            "schema",
        ),
        Case("assess", "cmhroadmap assess, 1 file", [cli, "assess", one], "python"),
        Case(
            "report",
            "cmhroadmap report --format html, 1 file",
            [cli, "report", one, "--format", "html", "-o", str(out / "report.html"), "--force"],
            "floor-jinja",
        ),
        Case(
            "benchmark",
            f"cmhroadmap benchmark, {len(files)} files",
            [cli, "benchmark", str(ASSESSMENTS.relative_to(REPO)), "--period", "2023/24"],
            "schema",
        ),
        # The whole region as a site: a report per assessment, a page per system and deliverable.
        Case(
            "publish",
            f"cmhroadmap publish, {len(files)} files",
            [cli, "publish", str(ASSESSMENTS.relative_to(REPO)), "-o", str(out / "site"), "--force"],
            "benchmark",
        ),
    ]
    peer = None
    for size in SIZES:
        roadmap = str((CORPUS / "roadmaps" / f"r{size}").relative_to(REPO))
        found.append(
            Case(
                f"r{size}",
                f"validate --roadmap, {size:,} deliverables",
                [cli, "validate", "--roadmap", roadmap],
                peer,
            )
        )
        peer = f"r{size}"
    return found


class CommandFailed(Exception):
    pass


def child_environment(extra: dict[str, str]) -> dict[str, str]:
    # Users run with compiled bytecode: PYTHONDONTWRITEBYTECODE would leave an editable install
    # without .pyc files, and every run would compile the package again.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **extra}


def compile_bytecode() -> None:
    """Compile the venv's libraries and the installed package, as pip does when it installs a wheel."""
    site = subprocess.run(
        [str(BIN / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    subprocess.run([str(BIN / "python"), "-m", "compileall", "-q", "-j", "0", site], check=False)


# Run in the timed venv, away from the checkout: the installed wheel uses what it ships.
_SHIPPED = """
from cmhroadmap.reading.bundled import bundled_prepared_roadmap, bundled_roadmap
from cmhroadmap.reports.precompiled import compiled_module
from cmhroadmap.reports.rendering import environment
from cmhroadmap.roadmap.prepared import load_prepared
env = environment()
source, _, _ = env.loader.get_source(env, "report.html")
print(load_prepared(bundled_prepared_roadmap(), bundled_roadmap()) is not None)
print(compiled_module(env, "report.html", source) is not None)
"""


def installed_as_shipped() -> bool:
    """Whether the timed cmhroadmap is a wheel using its prepared roadmap and compiled templates."""
    with tempfile.TemporaryDirectory() as away:
        shown = subprocess.run(
            [str(BIN / "python"), "-c", _SHIPPED], cwd=away, capture_output=True, text=True, check=False
        )
    return shown.stdout.split() == ["True", "True"]


def measure(case: Case) -> tuple[float, float]:
    """Wall time in seconds and the child's peak resident memory in MB."""
    argv = case.argv
    with tempfile.TemporaryFile() as output:
        start = time.perf_counter()
        env = child_environment(case.env)
        child = subprocess.Popen(argv, cwd=REPO, stdout=output, stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            output.seek(0)
            tail = output.read().decode(errors="replace")[-2000:]
            raise CommandFailed(f"exit status {child.returncode}: {' '.join(argv)}\n{tail}")
    return seconds, usage.ru_maxrss / 1024  # kilobytes on Linux


def run_rounds(found: list[Case], repeats: int, budget: float) -> None:
    """Round after round of every case, interleaved; once the budget would be exceeded, a case stops."""
    start = time.perf_counter()
    for round_number in range(repeats):
        for case in found:
            spent = time.perf_counter() - start
            if case.seconds and spent + case.median > budget:
                continue
            seconds, rss = measure(case)
            case.seconds.append(seconds)
            case.rss_mb.append(rss)
        print(f"  round {round_number + 1} done at {time.perf_counter() - start:.0f} s", file=sys.stderr)


def code_version() -> list[tuple[str, int]]:
    """The package's files and their modification times: others may edit the code during a run."""
    return [(str(path), path.stat().st_mtime_ns) for path in sorted((REPO / "cmhroadmap").rglob("*.py"))]


def ratio(found: dict[str, Case], key: str) -> float | None:
    case = found[key]
    return None if case.peer is None else case.median / found[case.peer].median


def targets(found: dict[str, Case]) -> list[tuple[str, str, bool]]:
    """Each target: what it asks, the figure measured, and whether it is met."""
    checks = []
    for key, what in (("validate-one", "validate of 1 file"), ("report", "report --format html of 1 file")):
        share = ratio(found, key)
        assert share is not None
        floor = found[key].peer
        assert floor is not None
        limit = f"{what} at most {FLOOR_LIMIT}x the {found[floor].label}"
        checks.append((limit, f"{share:.2f}x", share <= FLOOR_LIMIT))
    validate = ratio(found, "validate")
    assert validate is not None
    checks.append(
        (
            "validate, roadmap + 210 files, at most 0.15x check-jsonschema",
            f"{validate:.2f}x",
            validate <= 0.15,
        ),
    )
    help_time = found["help"].median
    checks.append(("cmhroadmap --help under 0.25 s", f"{help_time:.3f} s", help_time < 0.25))
    for small, large in itertools.pairwise(SIZES):
        grew, limit = ratio(found, f"r{large}"), large / small * GROWTH_SLACK
        assert grew is not None
        checks.append(
            (f"roadmap {large:,} at most {limit:.2f}x the time of {small:,}", f"{grew:.2f}x", grew <= limit)
        )
    published = found["publish"].median
    checks.append(("publish 42 systems x 5 periods under 5 s", f"{published:.2f} s", published < 5))
    memory = max(max(found[key].rss_mb) for key in ("validate", "benchmark"))
    checks.append(
        ("peak memory for 210 files (validate, benchmark) under 200 MB", f"{memory:.0f} MB", memory < 200)
    )
    return checks


def machine() -> str:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if line.startswith("model name")),
        "?",
    )
    mem = next(
        (int(line.split()[1]) / 1024**2 for line in _lines("/proc/meminfo") if line.startswith("MemTotal")), 0
    )
    cores = len(os.sched_getaffinity(0))
    return (
        f"{cores} cores ({cpu}), {mem:.1f} GiB RAM, Python {platform.python_version()}, {platform.platform()}"
    )


def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []


def tables(found: dict[str, Case]) -> tuple[list[list[str]], list[list[str]]]:
    timings = [["Measurement", "Runs", "Median s", "Min-max s", "Peer", "Ratio to peer", "Max RSS MB"]]
    for key, case in found.items():
        peer = found[case.peer].label if case.peer else "-"
        share = ratio(found, key)
        timings.append(
            [
                case.label,
                str(len(case.seconds)),
                f"{case.median:.3f}",
                f"{min(case.seconds):.2f}-{max(case.seconds):.2f}",
                peer,
                "-" if share is None else f"{share:.2f}x",
                f"{max(case.rss_mb):.0f}",
            ]
        )
    checks = [["Target", "Measured", "Result"]]
    checks += [[what, figure, "PASS" if met else "MISS"] for what, figure, met in targets(found)]
    return timings, checks


def markdown(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|" + "---|" * len(rows[0]))
    return "\n".join(lines)


def plain(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


_WARM_UP = {
    *("python", "help", "floor", "typer", "yamllint", "validate-one"),
    *("floor-jinja", "assess", "report"),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--repeats", type=int, default=5, help="Runs of each command (default 5); the median is reported."
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=240.0,
        help="Seconds to spend timing (default 240); slow commands stop repeating when it would run out.",
    )
    args = parser.parse_args()
    if not (CORPUS / "stamp").is_file():
        print("No corpus: run benchmarks/generate.py first (or make bench).", file=sys.stderr)
        return 2
    began, load, version = time.perf_counter(), os.getloadavg()[0], code_version()
    shipped = installed_as_shipped()
    with tempfile.TemporaryDirectory() as scratch:
        found = {case.key: case for case in cases(Path(scratch))}
        compile_bytecode()
        try:
            for case in found.values():  # one untimed run each of the quick ones: caches and bytecode
                if case.key in _WARM_UP:
                    measure(case)
            run_rounds(list(found.values()), args.repeats, args.budget)
        except CommandFailed as failed:
            print(f"A command failed, so the run stops: {failed}", file=sys.stderr)
            return 1
    timings, checks = tables(found)
    when = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    about = [
        f"Machine: {machine()}",
        f"Date: {when}; up to {args.repeats} runs of each command, medians; budget {args.budget:.0f} s",
        "Bytecode: compiled for the package and its libraries before timing; PYTHONDONTWRITEBYTECODE unset",
        "Installed: "
        + (
            "a wheel, using its prepared roadmap and compiled templates"
            if shipped
            else "WARNING: not a wheel using its prepared roadmap and compiled templates (run make bench)"
        ),
        f"Load average (1 min): {load:.2f} before, {os.getloadavg()[0]:.2f} after",
    ]
    if code_version() != version:
        about.append("WARNING: cmhroadmap/ changed during the run, so these figures mix two versions of it")
    print("\n".join(["", *about, "", plain(timings), "", plain(checks), ""]))
    text = ["# Benchmark results", "", "  \n".join(about), "", markdown(timings), "", markdown(checks)]
    RESULTS.write_text("\n".join(text) + "\n", encoding="utf-8")
    print(f"Took {time.perf_counter() - began:.0f} s; wrote {RESULTS.relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
