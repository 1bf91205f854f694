"""Write cmhroadmap/reports/compiled_templates/ from templates/: Jinja's code for each bundled template.

Run after changing a template (`make templates`); tests/reports/test_precompiled_templates.py fails
until the compiled modules match the sources again.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cmhroadmap.reports.precompiled import PACKAGE, module_name, module_text, source_sha256
from cmhroadmap.reports.rendering import source_environment

TARGET = Path(__file__).resolve().parent.parent / Path(*PACKAGE.split("."))


def main() -> int:
    env = source_environment()
    assert env.loader is not None
    for old in TARGET.glob("t_*.py"):
        old.unlink()
    hashes = {}
    for name in env.list_templates():
        source, _, _ = env.loader.get_source(env, name)
        (TARGET / f"{module_name(name)}.py").write_text(module_text(env, name, source), encoding="utf-8")
        hashes[name] = source_sha256(source)
    lines = [f'    "{name}": "{digest}",' for name, digest in sorted(hashes.items())]
    init = [
        '"""Jinja\'s compilation of the bundled templates (cmhroadmap.reports.precompiled): generated."""',
        "",
        "# Each template's source, by SHA-256: its module is used only while the source still matches.",
        "SOURCE_SHA256: dict[str, str] = {",
        *lines,
        "}",
        "",
    ]
    (TARGET / "__init__.py").write_text("\n".join(init), encoding="utf-8")
    print(f"Wrote {len(hashes)} compiled templates to {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
