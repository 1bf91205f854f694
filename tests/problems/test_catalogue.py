"""Every problem code the package can report is in the catalogue, once, and docs/problems.md is current."""

from __future__ import annotations

import ast
import re

from cmhroadmap.problems.catalogue import catalogue, explain_text, groups, markdown_reference
from cmhroadmap.problems.problem import Severity
from tests.conftest import REPO

PACKAGE = REPO / "cmhroadmap"
CODE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
# The calls that make a problem (or an error that becomes one) from a code written as a literal.
MAKERS = {
    "Problem",
    "problem",
    "cell_problem",
    "InputRefused",
    "refuse",
    "Refused",
    "CellError",
    "PydanticCustomError",
}


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _literal_codes(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node) in MAKERS:
            found |= {
                arg.value
                for arg in [*node.args, *(keyword.value for keyword in node.keywords)]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and CODE.match(arg.value)
            }
        # A refusal handed back as (code, message), as yamlread's limits do.
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple) and len(node.value.elts) == 2:
            first = node.value.elts[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and CODE.match(first.value):
                found.add(first.value)
        # A function that chooses a code (as models/placing.py's _code does for pydantic's errors).
        if isinstance(node, ast.FunctionDef) and "code" in node.name:
            found |= {
                ret.value.value
                for ret in ast.walk(node)
                if isinstance(ret, ast.Return)
                and isinstance(ret.value, ast.Constant)
                and isinstance(ret.value.value, str)
                and CODE.match(ret.value.value)
            }
    return found


def emitted_codes() -> dict[str, list[str]]:
    """Every code written as a literal where a problem is made, with the modules that make it."""
    where: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "compiled_templates" in path.parts or "codes" in path.parts:
            continue
        for code in _literal_codes(ast.parse(path.read_text(encoding="utf-8"))):
            where.setdefault(code, []).append(str(path.relative_to(REPO)))
    return where


def test_every_code_the_package_can_report_is_in_the_catalogue() -> None:
    emitted = emitted_codes()
    # The scan must see the codes, or this test would pass by finding none.
    assert {"not-assessed", "yaml-syntax", "unknown-key", "invalid-period", "not-decimal"} <= set(emitted)
    missing = {code: where for code, where in emitted.items() if code not in catalogue()}
    assert not missing, f"add these codes to cmhroadmap/problems/codes/: {missing}"


def test_every_catalogue_entry_is_a_code_the_package_reports() -> None:
    unused = set(catalogue()) - set(emitted_codes())
    assert not unused, f"codes in the catalogue that nothing reports: {sorted(unused)}"


def test_every_entry_is_complete_and_said_in_one_line_titles() -> None:
    for entry in catalogue().values():
        assert CODE.match(entry.code), entry.code
        assert isinstance(entry.severity, Severity)
        for text in (entry.title, entry.meaning, entry.fix, entry.example):
            assert text.strip(), entry.code
        assert "\n" not in entry.title, entry.code
        assert len(entry.title) <= 72, entry.code
        assert entry.title[0].isupper() or entry.title[0] in "`%", entry.code
        assert entry.fix.endswith("."), entry.code


def test_a_code_is_defined_once() -> None:
    codes = [entry.code for group in groups() for entry in group.codes]
    assert len(codes) == len(set(codes)) == len(catalogue())


def test_the_reference_page_is_current() -> None:
    page = REPO / "docs" / "problems.md"
    assert page.read_text(encoding="utf-8") == markdown_reference(), (
        "docs/problems.md is stale: run make problems-doc"
    )


def test_explain_text_says_meaning_fix_and_example() -> None:
    text = explain_text(catalogue()["yaml-merge"])
    assert text.startswith("yaml-merge (error): Merge keys (<<) are not allowed\n")
    assert "How to fix it: Write the keys out in full" in text
    assert (
        "For example, this leads to it (the mistake, not what to write):\n    joint-governance:\n"
        "      <<: *defaults\n"
    ) in text


def test_explain_text_shows_no_markdown_backticks_on_the_terminal() -> None:
    entry = catalogue()["review-after-migration"]
    assert "`" in entry.meaning + entry.fix  # the reference page marks code with them
    assert "`" not in explain_text(entry)


def test_docs_say_where_codes_live() -> None:
    assert "cmhroadmap/problems/codes/" in markdown_reference()
