"""Build the release files (wheel and sdist) into a folder and check that the wheel works on its own.

`make dist` runs it. The wheel is installed into a new, empty virtual environment (its dependencies
come from the package index pip is set up for), then run from an empty folder, away from the source:
it must report this version, check the bundled roadmap, and start an assessment. The sdist must hold
what a rebuild needs. Exit status 0 when all is well; each failure is said on stderr.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from cmhroadmap import __version__  # noqa: E402

NAME = f"cmhroadmap-{__version__}"
WHEEL = f"{NAME}-py3-none-any.whl"
SDIST = f"{NAME}.tar.gz"
# What a rebuild from the sdist needs beside the code: the build hook, the data the wheel bundles
# and the changelog.
SDIST_HOLDS = (
    *("pyproject.toml", "hatch_build.py", "README.md", "CHANGELOG.md"),
    *("roadmap/roadmap.yaml", "templates", "schemas"),
)


def build(dist: Path) -> None:
    """The wheel and the sdist, from the files in the repository (hatchling, as `pip install` uses)."""
    for old in (dist / WHEEL, dist / SDIST):
        old.unlink(missing_ok=True)
    command = [sys.executable, "-m", "hatchling", "build", "-d", str(dist)]
    subprocess.run(command, cwd=REPO, check=True)


def check_sdist(path: Path) -> list[str]:
    with tarfile.open(path) as archive:
        names = archive.getnames()
    return [
        f"{path.name} lacks {wanted}"
        for wanted in SDIST_HOLDS
        if not any(name == f"{NAME}/{wanted}" or name.startswith(f"{NAME}/{wanted}/") for name in names)
    ]


def check_wheel(wheel: Path) -> list[str]:
    """Install the wheel in a new venv and run it from an empty folder; the failures, said plainly."""
    with tempfile.TemporaryDirectory(prefix="cmhroadmap-dist-") as scratch:
        home = Path(scratch)
        venv.create(home / "venv", with_pip=True)
        bin_dir = home / "venv" / ("Scripts" if sys.platform == "win32" else "bin")
        pip = [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, str(wheel)], check=True)
        work = home / "empty"
        work.mkdir()
        tool = str(bin_dir / "cmhroadmap")
        checks = {
            "--version": ([tool, "--version"], __version__),
            "validate": ([tool, "validate"], "50 deliverables"),
            "init": (
                [tool, "init", "--org", "NHS X ICB", "--code", "QXX", "--period", "2024/25", "-o", "-"],
                "joint-governance:",
            ),
        }
        failures = []
        for name, (command, expected) in checks.items():
            ran = subprocess.run(command, cwd=work, capture_output=True, text=True, check=False)
            if ran.returncode != 0 or expected not in ran.stdout:
                failures.append(f"the installed wheel's `{name}` printed:\n{ran.stdout}{ran.stderr}")
        return failures


def main() -> int:
    dist = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "dist"
    dist = dist.resolve()
    dist.mkdir(parents=True, exist_ok=True)
    build(dist)
    failures = check_sdist(dist / SDIST) + check_wheel(dist / WHEEL)
    for failure in failures:
        print(failure, file=sys.stderr)
    if not failures:
        print(f"Built and checked {dist / WHEEL} and {dist / SDIST}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
