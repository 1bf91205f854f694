"""The neutralisers: text from any input shows as itself in Markdown, Mermaid and CSV, and nothing more."""

from __future__ import annotations

import json

import pytest
from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st

from cmhroadmap.safe.neutralise import (
    csv_cell,
    docx_text,
    first_control,
    json_array_chunks,
    json_text,
    markdown,
    mermaid_label,
    safe_url,
)

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


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("see https://evil.example/x", "see https&#58;//evil.example/x"),
        ("HTTP://X.ORG and ftp://x.org", "HTTP&#58;//X.ORG and ftp&#58;//x.org"),
        ("go to www.evil.example", "go to www&#46;evil.example"),
        ("write to a.b@nhs.net", "write to a.b&#64;nhs.net"),
        ("mailto:x and xmpp:y", "mailto&#58;x and xmpp&#58;y"),
        ("awww.x, 3 @ noon, @team", "awww.x, 3 @ noon, @team"),
    ],
)
def test_markdown_breaks_what_github_would_link_by_itself(text: str, written: str) -> None:
    assert markdown(text) == written


def test_json_text_escapes_control_c1_and_bidi_characters_inside_strings() -> None:
    value = {"name": "a\x1b[31mb\x07 \x85\x9b \u202eevil\u2066 \u2028 \ud800 café"}
    text = json_text(value)
    assert text == (
        '{\n  "name": "a\\u001b[31mb\\u0007 \\u0085\\u009b \\u202eevil\\u2066 \\u2028 \\ud800 café"\n}\n'
    )
    assert json.loads(text) == value


@pytest.mark.parametrize(
    "items", [[], [{"a": 1, "b": [1, 2], "c": {"d": "x\u202e\n"}}], [{"a": 1}, {"b": None}], [1, "x"]]
)
def test_a_json_array_in_pieces_is_the_array_written_whole(items: list[object]) -> None:
    assert "".join(json_array_chunks(items)) == json_text(items)


# No deadline: the first example builds a Word document (python-docx loads its template), which
# takes a quarter of a second on a busy machine, and hypothesis would call that flaky.
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
