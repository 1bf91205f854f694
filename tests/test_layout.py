"""The package's layout is what the README and import-linter say: every subpackage named, a layer each."""

from __future__ import annotations

import tomllib

from tests.conftest import REPO

PACKAGE = REPO / "cmhroadmap"
SUBPACKAGES = sorted(
    p.parent.name for p in PACKAGE.glob("*/__init__.py") if not p.parent.name.startswith("_")
)


def test_only_entry_points_are_at_the_top_of_the_package() -> None:
    assert sorted(p.name for p in PACKAGE.glob("*.py")) == ["__init__.py", "__main__.py", "entry.py"]


def test_the_readme_names_every_subpackage() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("### How the code is laid out") :]
    assert len(SUBPACKAGES) > 10
    for name in SUBPACKAGES:
        assert f"`{name}/`" in layout, name


def test_every_subpackage_says_what_it_may_import_and_is_a_layer() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c["layers"] for c in contracts if c["type"] == "layers")
    layered = {part.strip().removeprefix("cmhroadmap.") for layer in layers for part in layer.split("|")}
    for name in SUBPACKAGES:
        doc = (PACKAGE / name / "__init__.py").read_text(encoding="utf-8")
        assert "May import" in doc or "imports nothing" in doc, name
        assert name in layered, name
