"""`cmhroadmap explain`: a code's entry, did-you-mean for a misspelt one, and the list of every code."""

from __future__ import annotations

from typer.testing import CliRunner

from cmhroadmap.cli import app
from cmhroadmap.problems.catalogue import catalogue, markdown_reference

runner = CliRunner()


def test_explain_prints_the_entry() -> None:
    result = runner.invoke(app, ["explain", "not-assessed"])
    assert result.exit_code == 0
    assert result.stdout.startswith("not-assessed (warning): A deliverable in scope has no rating\n")
    assert "How to fix it:" in result.stdout
    assert "For example, this leads to it (the mistake, not what to write):" in result.stdout


def test_a_code_is_found_whatever_its_case() -> None:
    assert runner.invoke(app, ["explain", "YAML-Syntax"]).exit_code == 0


def test_a_misspelt_code_is_a_usage_error_with_a_suggestion() -> None:
    result = runner.invoke(app, ["explain", "not-asessed"])
    assert result.exit_code == 2
    assert "no problem code 'not-asessed' (did you mean 'not-assessed'?)" in result.stderr
    assert result.stdout == ""


def test_an_unknown_code_is_a_usage_error() -> None:
    result = runner.invoke(app, ["explain", "qqqq"])
    assert result.exit_code == 2
    assert "no problem code 'qqqq'; run cmhroadmap explain to list every code" in result.stderr


def test_no_code_lists_every_code_with_its_title() -> None:
    result = runner.invoke(app, ["explain"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    for entry in catalogue().values():
        assert any(line.split()[:1] == [entry.code] and line.endswith(entry.title) for line in lines)


def test_all_in_markdown_is_the_reference_page() -> None:
    result = runner.invoke(app, ["explain", "--all", "--format", "markdown"])
    assert result.exit_code == 0
    assert result.stdout == markdown_reference()


def test_all_in_text_explains_every_code() -> None:
    result = runner.invoke(app, ["explain", "--all"])
    assert result.stdout.count("How to fix it:") == len(catalogue())


def test_a_code_and_all_together_are_a_usage_error() -> None:
    assert runner.invoke(app, ["explain", "yaml-syntax", "--all"]).exit_code == 2
