"""The compiled templates shipped in the package are exactly Jinja's code for today's sources, and used."""

from __future__ import annotations

import shutil
from pathlib import Path

from cmhroadmap.reading.bundled import bundled_templates
from cmhroadmap.reports import compiled_templates
from cmhroadmap.reports.precompiled import PACKAGE, PrecompiledLoader, module_name, module_text, source_sha256
from cmhroadmap.reports.rendering import _configured, environment, source_environment

COMPILED = Path(compiled_templates.__file__).parent


def test_every_compiled_module_is_what_jinja_makes_of_its_source_today() -> None:
    env = source_environment()
    assert env.loader is not None
    names = env.list_templates()
    assert names
    for name in names:
        source, _, _ = env.loader.get_source(env, name)
        compiled = COMPILED / f"{module_name(name)}.py"
        assert compiled.is_file(), f"{name} has no compiled module: run make templates"
        assert compiled.read_text(encoding="utf-8") == module_text(env, name, source), (
            f"{name} changed since it was compiled: run make templates"
        )
        assert compiled_templates.SOURCE_SHA256[name] == source_sha256(source)
    assert sorted(compiled_templates.SOURCE_SHA256) == sorted(names)
    assert sorted(path.stem for path in COMPILED.glob("t_*.py")) == sorted(map(module_name, names))


def test_the_bundled_templates_run_from_their_compiled_modules() -> None:
    template = environment().get_template("report.html")
    assert template.root_render_func.__module__ == f"{PACKAGE}.t_report_html"
    assert template.filename == str(bundled_templates() / "report.html")


def test_a_template_whose_source_changed_is_compiled_from_the_source(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    shutil.copytree(bundled_templates(), folder)
    changed = folder / "_glance.md"
    changed.write_text("changed {{ 1 + 1 }}\n", encoding="utf-8")
    env = _configured(PrecompiledLoader(folder))
    assert env.get_template("_glance.md").render() == "changed 2\n"
    unchanged = env.get_template("base.html")
    assert unchanged.root_render_func.__module__ == f"{PACKAGE}.t_base_html"
