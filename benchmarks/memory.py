"""Peak memory of validate, export, benchmark and publish over 500 and 2,000 files: it must stay flat.

A region grows by files, not by the size of each: memory that grows with their number is what runs
out on a regional team's laptop. The corpus here is the generated one (`generate.py`) copied under new
ODS codes until it holds N files (5 periods a system), written once to `.corpus/memory/nN`.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BASE = HERE / ".corpus" / "assessments"
MEMORY = HERE / ".corpus" / "memory"
BIN = Path(sys.executable).parent
SIZES = (500, 2_000)
LIMIT_MB = 250
_CODE = re.compile(r"^  code: X[0-9]{2}$", re.MULTILINE)
_NAME = re.compile(r"^  name: NHS (.*) Integrated Care Board$", re.MULTILINE)


def corpus(files: int) -> Path:
    """`files` assessments: the base corpus's systems again and again, each under a code of its own."""
    folder = MEMORY / f"n{files}"
    stamp = folder / "stamp"
    if stamp.is_file():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    templates = sorted(BASE.glob("*/*.yaml"))
    if not templates:
        raise SystemExit("no base corpus: run benchmarks/generate.py first (make bench does)")
    systems = sorted({path.parent.name for path in templates})
    for number in range(files):
        system, period = divmod(number, 5)
        source = BASE / systems[system % len(systems)]
        template = sorted(source.glob("*.yaml"))[period]
        text = _CODE.sub(f"  code: M{system:04d}", template.read_text(encoding="utf-8"), count=1)
        text = _NAME.sub(rf"  name: NHS \1 {system} Integrated Care Board", text, count=1)
        target = folder / f"m{system:04d}" / template.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    stamp.write_text(f"{files}\n", encoding="utf-8")
    return folder


def commands(folder: Path, out: Path) -> dict[str, list[str]]:
    cli = str(BIN / "cmhroadmap")
    return {
        "validate": [cli, "validate", str(folder)],
        "export": [cli, "export", str(folder), "-o", str(out / "export.csv"), "--force"],
        "benchmark": [
            cli,
            "benchmark",
            str(folder),
            "--period",
            "2023/24",
            "--format",
            "html",
            "-o",
            str(out / "benchmark.html"),
            "--force",
        ],
        "publish": [cli, "publish", str(folder), "-o", str(out / "site"), "--force"],
    }


def peak(argv: list[str]) -> tuple[float, float]:
    """Seconds, and the peak resident memory in MB of the command and every process it started."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    assert child.stderr is not None
    error = child.stderr.read().decode(errors="replace")
    child.stderr.close()
    # Exit 1 is problems found (validate's warnings in strict runs); anything else is a failure.
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} failed:\n{error[-2000:]}")
    # ru_maxrss of a waited-for child covers the largest of it and its own waited-for children.
    return seconds, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for files in args.sizes:
            folder = corpus(files)
            for name, argv in commands(folder, Path(scratch)).items():
                seconds, mb = peak(argv)
                rows.append((name, files, seconds, mb))
                print(f"  {name:<9} {files:>5} files  {seconds:6.1f} s  {mb:6.0f} MB", file=sys.stderr)
    print("| Command | Files | Time (s) | Peak RSS (MB) | Under 250 MB |")
    print("|---|---:|---:|---:|---|")
    for name, files, seconds, mb in rows:
        print(f"| {name} | {files:,} | {seconds:.1f} | {mb:.0f} | {'yes' if mb < LIMIT_MB else 'NO'} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
