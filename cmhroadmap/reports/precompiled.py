"""The bundled templates as Jinja compiles them, made when the wheel is built and used while they match.

Compiling report.html and the templates it extends and includes took 80-95 ms of every report. The
wheel's build hook (`hatch_build.py`) writes Jinja's code for each bundled template into the wheel
as modules of `cmhroadmap.reports.compiled_templates`: code of the installed package like any other,
never generated into git and never kept in a folder a user can write to. Each module is keyed on
what Jinja's code depends on: the Jinja version, the environment's options and the template's
source. A checkout or an editable install has no compiled modules, and any template whose key does
not match (another Jinja, another option, an edited file) is compiled from its source as usual.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
from collections.abc import Mapping, MutableMapping
from functools import cache
from types import ModuleType
from typing import Any

import jinja2
from jinja2 import Environment, FileSystemLoader, Template

PACKAGE = "cmhroadmap.reports.compiled_templates"
HEADER = "# Jinja's compilation of templates/{name}, written when the wheel was built: do not edit.\n"


def module_name(template: str) -> str:
    """The module holding a template's compiled code: report.html -> t_report_html."""
    return "t_" + "".join(char if char.isalnum() else "_" for char in template)


def module_text(env: Environment, template: str, source: str) -> str:
    """What the compiled module of `template` holds: Jinja's code for `source`, as its ModuleLoader uses."""
    code = env.compile(source, template, None, raw=True, defer_init=True)
    return HEADER.format(name=template) + code


def compiled_package(env: Environment) -> dict[str, str]:
    """Every module of the compiled package, by file name: the templates' code and the keys' index."""
    assert env.loader is not None
    files, keys = {}, {}
    for name in env.list_templates():
        source, _, _ = env.loader.get_source(env, name)
        files[f"{module_name(name)}.py"] = module_text(env, name, source)
        keys[name] = template_key(env, name, source)
    index = [
        '"""Jinja\'s compilation of the bundled templates (cmhroadmap.reports.precompiled): generated."""',
        "",
        "# What each template was compiled from (template_key): its module is used only while it matches.",
        "KEYS: dict[str, str] = {",
        *(f'    "{name}": "{key}",' for name, key in sorted(keys.items())),
        "}",
        "",
    ]
    files["__init__.py"] = "\n".join(index)
    return files


def template_key(env: Environment, name: str, source: str) -> str:
    """A digest of all that Jinja's code for a template depends on, so that code is never used for another."""
    facts = {
        "jinja": jinja2.__version__,
        "name": name,
        "source": hashlib.sha256(source.encode("utf-8")).hexdigest(),
        "syntax": [
            *(env.block_start_string, env.block_end_string),
            *(env.variable_start_string, env.variable_end_string),
            *(env.comment_start_string, env.comment_end_string),
            env.line_statement_prefix,
            env.line_comment_prefix,
        ],
        "whitespace": [env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline],
        "autoescape": env.autoescape(name) if callable(env.autoescape) else env.autoescape,
        "compiling": [env.optimized, env.is_async, _qualified(env.code_generator_class)],
        "finalize": None if env.finalize is None else _qualified(env.finalize),
        "extensions": sorted(env.extensions),
        # The code calls filters and tests by name, and passes a context to those that ask for one.
        "filters": _by_name(env.filters),
        "tests": _by_name(env.tests),
    }
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode("utf-8")).hexdigest()


def _by_name(functions: Mapping[str, object]) -> list[list[str]]:
    return [
        [name, str(getattr(function, "jinja_pass_arg", ""))] for name, function in sorted(functions.items())
    ]


def _qualified(thing: object) -> str:
    return f"{getattr(thing, '__module__', '')}.{getattr(thing, '__qualname__', type(thing).__qualname__)}"


@cache
def _compiled() -> ModuleType | None:
    # Only a wheel carries the package; everywhere else every template is compiled from its source.
    try:
        return importlib.import_module(PACKAGE)
    except ModuleNotFoundError:
        return None


def compiled_module(env: Environment, name: str, source: str) -> ModuleType | None:
    """The installed module of a template's code, if there is one made from just this template and env."""
    package = _compiled()
    if package is None or package.KEYS.get(name) != template_key(env, name, source):
        return None
    spec = importlib.util.find_spec(f"{PACKAGE}.{module_name(name)}")
    if spec is None or spec.loader is None:
        return None
    # A module of its own for each load, as Jinja's ModuleLoader keeps one per loader: the
    # template's code looks up its environment in the module's namespace.
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class PrecompiledLoader(FileSystemLoader):
    """Reads the bundled templates' sources; loads a template from its compiled module when it matches."""

    def load(
        self, environment: Environment, name: str, globals: MutableMapping[str, Any] | None = None
    ) -> Template:
        source, filename, uptodate = self.get_source(environment, name)
        module = compiled_module(environment, name, source)
        if module is None:
            return super().load(environment, name, globals)
        template = environment.template_class.from_module_dict(environment, module.__dict__, globals or {})
        # As Jinja's own loaders set them: messages name the source, and auto-reload watches it.
        template.filename = filename
        template._uptodate = uptodate
        return template
