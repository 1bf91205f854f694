"""The format registries: names, extensions and media types, and the -o extension rule."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

import pytest

from cmhroadmap.assessment.formats import ASSESSMENT_FORMATS
from cmhroadmap.cycle.export_formats import EXPORT_FORMATS
from cmhroadmap.formats.registry import CSV, HTML, KNOWN, MARKDOWN, TEXT, FormatRefused, Registry
from cmhroadmap.problems.catalogue import EXPLANATION_FORMATS
from cmhroadmap.problems.formats import PROBLEM_FORMATS
from cmhroadmap.reports.formats import BENCHMARK_FORMATS, COMPARE_FORMATS, DIFF_FORMATS, REPORT_FORMATS
from cmhroadmap.reports.graph_formats import GRAPH_FORMATS
from cmhroadmap.reports.paper import PAPER_FORMATS
from cmhroadmap.workbook.formats import WORKBOOK_FORMATS

REGISTRIES = [
    PROBLEM_FORMATS,
    REPORT_FORMATS,
    COMPARE_FORMATS,
    BENCHMARK_FORMATS,
    GRAPH_FORMATS,
    EXPORT_FORMATS,
    ASSESSMENT_FORMATS,
    WORKBOOK_FORMATS,
    EXPLANATION_FORMATS,
    PAPER_FORMATS,
    DIFF_FORMATS,
]


def test_an_extension_names_one_format_in_all_the_tool_writes() -> None:
    seen: dict[str, str] = {}
    for known in KNOWN:
        for extension in known.extensions:
            assert extension == extension.lower()
            assert extension.startswith(".")
            assert seen.setdefault(extension, known.name) == known.name


@pytest.mark.parametrize("registry", REGISTRIES, ids=lambda r: r.kind)
def test_every_format_of_a_registry_is_one_the_tool_knows(registry: Registry[Any]) -> None:
    names = {(known.name, known.extensions) for known in KNOWN}
    for fmt in registry:
        assert (fmt.name, fmt.extensions) in names
        assert "/" in fmt.media_type
        # What writes a file has a renderer, unless the command renders it itself (a job's own writer).
        if fmt.extensions and registry not in (ASSESSMENT_FORMATS, WORKBOOK_FORMATS, EXPLANATION_FORMATS):
            assert fmt.render is not None, (registry, fmt.name)


def test_the_extension_chooses_when_no_format_is_given() -> None:
    assert REPORT_FORMATS.choose(None, PurePath("board.HTML")) is REPORT_FORMATS["html"]
    assert REPORT_FORMATS.choose(None, PurePath("board.md")).name == "markdown"
    assert REPORT_FORMATS.choose(None, None) is REPORT_FORMATS.default
    assert REPORT_FORMATS.choose(None, PurePath("-")) is REPORT_FORMATS.default
    # An extension no format has (or none) leaves the default.
    assert REPORT_FORMATS.choose(None, PurePath("board")).name == "markdown"
    assert COMPARE_FORMATS.choose(None, PurePath("c.weird")) is TEXT


def test_a_format_and_an_extension_that_agree_are_taken() -> None:
    assert REPORT_FORMATS.choose("html", PurePath("x.htm")).name == "html"
    assert EXPORT_FORMATS.choose("csv", PurePath("-")).name == "csv"


@pytest.mark.parametrize(
    ("registry", "given", "output", "said"),
    [
        (REPORT_FORMATS, "html", "x.csv", "-o x.csv names a CSV file, but --format html writes an HTML page"),
        (REPORT_FORMATS, "markdown", "x.html", "-o x.html names an HTML page, but --format markdown writes"),
        (EXPORT_FORMATS, None, "e.xlsx", "-o e.xlsx names an Excel workbook, but the export is written as"),
        (ASSESSMENT_FORMATS, None, "i.xlsx", "-o i.xlsx names an Excel workbook, but an assessment file"),
        (WORKBOOK_FORMATS, None, "w.yaml", "-o w.yaml names a YAML file, but the workbook is written as"),
        (BENCHMARK_FORMATS, "text", "b.csv", "--format text writes text for the terminal"),
    ],
)
def test_an_extension_that_contradicts_the_format_is_refused(
    registry: Registry[Any], given: str | None, output: str, said: str
) -> None:
    with pytest.raises(FormatRefused) as refused:
        registry.choose(given, PurePath(output))
    assert said in str(refused.value)


def test_choices_name_each_file_format_with_its_extension() -> None:
    assert REPORT_FORMATS.choices() == "a Markdown file (.md) or an HTML page (.html)"
    assert BENCHMARK_FORMATS.choices() == "a Markdown file (.md), an HTML page (.html) or a CSV file (.csv)"


def test_only_csv_files_start_with_a_byte_order_mark() -> None:
    assert CSV.for_file("a,b\n") == "\ufeffa,b\n"
    assert HTML.for_file("<p>") == "<p>"
    assert MARKDOWN.for_file("# x") == "# x"
