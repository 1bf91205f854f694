"""The neutralisers: text from any input shows as itself in Markdown, Mermaid and CSV, and nothing more."""

from __future__ import annotations

import pytest
from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st

from cmhroadmap.safe.neutralise import csv_cell, docx_text, first_control, markdown, mermaid_label, safe_url

HOSTILE = "a\x1b[31mb\x07c\x9bd\u202ee\nf"


def test_markdown_is_one_inert_line() -> None:
    assert markdown("x\n```\n<script>[a](javascript:b)") == (
        "x \\`\\`\\` &lt;script&gt;\\[a\\](javascript:b)"
    )
    assert markdown("- list") == "\\- list"


def test_a_mermaid_label_cannot_close_its_quotes_or_fence() -> None:
    assert mermaid_label('t"]\n```\n<b>#`') == "t#quot;] #96;#96;#96; #lt;b#gt;#35;#96;"


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (None, ""),
        (3, 3),
        (True, True),
        ("=HYPERLINK(x)", "'=HYPERLINK(x)"),
        ("-1+2", "'-1+2"),
        ("\x1b[2Jok\x07", "\\x1b[2Jok\\x07"),
        ("\u202eevil", "\\x202eevil"),
        ("\x85next", "\\x85next"),
        ("line one\nline two", "line one\nline two"),
        ("\rhidden", "\\x0dhidden"),
    ],
)
def test_csv_cells(value: object, cell: object) -> None:
    assert csv_cell(value) == cell


def test_the_first_control_character_is_found_for_xlsx_to_refuse() -> None:
    assert first_control(HOSTILE) == "\x1b"
    assert first_control("plain text, with a newline\n") is None


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://www.england.nhs.uk/publication/x/", True),
        ("http://example.org:8080/a?b=c&d=(e)#f", True),
        ("https://www.gov.uk>)[x](javascript:alert(1)", False),
        ("javascript:alert(1)", False),
        ("https://x.org/a b", False),
        ('https://x.org/"onmouseover=', False),
        ("https://x.org/\x1b[31m", False),
        ("https://x.org/\u202e", False),
        ("https://", False),
        ("https://x.org/\n<script>", False),
    ],
)
def test_only_plain_http_addresses_are_safe(url: str, safe: bool) -> None:
    assert safe_url(url) is safe


# No deadline: each example makes a Word document (python-docx reads its template), which took 430 ms
# on a busy machine where Hypothesis's 200 ms deadline failed it.
@settings(deadline=None)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_any_text_goes_into_word_and_comes_back_shown(text: str) -> None:
    """Any text a YAML file can hold (escapes included) is accepted by Word's XML, none of it dropped."""
    document = Document()
    shown = docx_text(text)
    document.add_paragraph(shown)
    document.core_properties.title = shown
    read = document.paragraphs[-1].text
    assert read == shown
    assert all(ord(char) >= 0x20 or char in "\t\n" for char in read)


def test_docx_text_shows_what_xml_refuses() -> None:
    assert docx_text("a\x00b\x1bc\uffffd\ufffe") == r"a\x00b\x1bc\xffffd\xfffe"
    assert docx_text("line\nnext\ttab") == "line\nnext\ttab"
