"""The compiled templates are Jinja's code for today's sources, keyed, and used only when they match."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import jinja2
import pytest

from cmhroadmap.reports import precompiled
from cmhroadmap.reports.precompiled import PrecompiledLoader, compiled_package, module_name, template_key
from cmhroadmap.reports.rendering import _configured, environment, source_environment
from cmhroadmap.roadmap.roadmap import Roadmap
from tests.conftest import REPO
from tests.report_fixtures import rendered

GOLDEN = REPO / "tests" / "golden"
EXAMPLE = REPO / "assessments" / "fenland-and-wolds" / "2023-24.yaml"

PACKAGE = "compiled_for_test"


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The compiled package as the build hook writes it, importable under a name of its own."""
    folder = tmp_path / PACKAGE
    folder.mkdir()
    for name, text in compiled_package(source_environment()).items():
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(precompiled, "PACKAGE", PACKAGE)
    precompiled._compiled.cache_clear()
    environment.cache_clear()
    yield folder
    precompiled._compiled.cache_clear()
    environment.cache_clear()
    for name in [name for name in sys.modules if name.startswith(PACKAGE)]:
        del sys.modules[name]


def test_every_template_has_jinjas_code_and_its_key() -> None:
    env = source_environment()
    assert env.loader is not None
    files = compiled_package(env)
    names = env.list_templates()
    assert sorted(files) == sorted([*(f"{module_name(name)}.py" for name in names), "__init__.py"])
    for name in names:
        source, _, _ = env.loader.get_source(env, name)
        assert files[f"{module_name(name)}.py"].endswith(
            env.compile(source, name, None, raw=True, defer_init=True)
        )
        assert f'"{name}": "{template_key(env, name, source)}",' in files["__init__.py"]


def test_the_key_changes_with_jinja_the_options_and_the_source(monkeypatch: pytest.MonkeyPatch) -> None:
    env = source_environment()
    key = template_key(env, "report.html", "text")
    assert template_key(source_environment(), "report.html", "text") == key
    assert template_key(env, "report.html", "other text") != key
    assert template_key(env, "report.md", "text") != key  # autoescape differs by name
    untrimmed = source_environment()
    untrimmed.trim_blocks = False
    assert template_key(untrimmed, "report.html", "text") != key
    refiltered = source_environment()
    refiltered.filters["md"] = jinja2.pass_context(lambda context, value: value)
    assert template_key(refiltered, "report.html", "text") != key
    monkeypatch.setattr(jinja2, "__version__", "3.1.0")
    assert template_key(env, "report.html", "text") != key


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_matching_compiled_modules_are_used_and_render_the_golden_reports(
    installed: Path, roadmap: Roadmap, fmt: str
) -> None:
    template = environment().get_template(f"report.{'md' if fmt == 'markdown' else 'html'}")
    assert template.root_render_func.__module__.startswith(f"{PACKAGE}.t_report_")
    golden = GOLDEN / f"fenland-and-wolds-2023-24.{'md' if fmt == 'markdown' else 'html'}"
    assert rendered(EXAMPLE, roadmap, fmt) == golden.read_text(encoding="utf-8")


def test_a_module_whose_key_does_not_match_is_not_used(installed: Path) -> None:
    index = installed / "__init__.py"
    index.write_text(
        index.read_text(encoding="utf-8").replace('"report.html": "', '"report.html": "0'), "utf-8"
    )
    importlib.invalidate_caches()
    env = _configured(PrecompiledLoader(source_environment().loader.searchpath))  # type: ignore[union-attr]
    assert env.get_template("report.html").root_render_func.__module__ != f"{PACKAGE}.t_report_html"
    assert env.get_template("base.html").root_render_func.__module__ == f"{PACKAGE}.t_base_html"


def test_without_compiled_modules_every_template_is_compiled_from_source() -> None:
    # A checkout and an editable install: the package exists only in a wheel.
    assert precompiled._compiled() is None
    env = _configured(PrecompiledLoader(source_environment().loader.searchpath))  # type: ignore[union-attr]
    assert env.get_template("report.html").root_render_func.__module__ is None
