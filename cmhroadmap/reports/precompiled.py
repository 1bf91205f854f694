"""The bundled templates as Jinja compiles them, shipped as modules of the package and used while current.

Compiling report.html and the templates it extends and includes took 30-70 ms of every report. The
compiled code is Python, so it is kept where the rest of the package's code is, never in a folder a
user can write to (it was once cached there, which let a planted file run as code). It is written by
`tools/compile_templates.py`; a test checks it is exactly what Jinja makes of the sources today, and
a template whose source no longer matches its recorded hash is compiled from source instead.
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import MutableMapping
from typing import Any

from jinja2 import Environment, FileSystemLoader, Template

from cmhroadmap.reports.compiled_templates import SOURCE_SHA256

PACKAGE = "cmhroadmap.reports.compiled_templates"
HEADER = "# Jinja's compilation of templates/{name}, written by tools/compile_templates.py: do not edit.\n"


def module_name(template: str) -> str:
    """The module holding a template's compiled code: report.html -> t_report_html."""
    return "t_" + "".join(char if char.isalnum() else "_" for char in template)


def module_text(env: Environment, template: str, source: str) -> str:
    """What the compiled module of `template` holds: Jinja's code for `source`, as its ModuleLoader uses."""
    code = env.compile(source, template, None, raw=True, defer_init=True)
    return HEADER.format(name=template) + code


def source_sha256(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


class PrecompiledLoader(FileSystemLoader):
    """Reads the bundled templates' sources; loads a template from its compiled module when it matches."""

    def load(
        self, environment: Environment, name: str, globals: MutableMapping[str, Any] | None = None
    ) -> Template:
        source, filename, uptodate = self.get_source(environment, name)
        spec = importlib.util.find_spec(f"{PACKAGE}.{module_name(name)}")
        if SOURCE_SHA256.get(name) != source_sha256(source) or spec is None or spec.loader is None:
            return super().load(environment, name, globals)
        # A module of its own for each load, as Jinja's ModuleLoader keeps one per loader: the
        # template's code looks up its environment in the module's namespace.
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        template = environment.template_class.from_module_dict(environment, module.__dict__, globals or {})
        # As Jinja's own loaders set them: messages name the source, and auto-reload watches it.
        template.filename = filename
        template._uptodate = uptodate
        return template
