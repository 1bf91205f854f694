"""The `paper` job's formats: the board paper's registry of name, renderer, file extension and media type.

Markdown and HTML come from the Jinja templates; Word from `paper_docx`. All three lay out the same
`Paper`, so they say the same. Rendering is imported only when a paper is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from cmhroadmap.formats.registry import DOCX, HTML, MARKDOWN, Registry

if TYPE_CHECKING:
    from cmhroadmap.reports.paper_model import Paper

PaperRenderer = Callable[["Paper"], str | bytes]


def _page(name: str) -> PaperRenderer:
    def render_page(paper: Paper) -> str:
        from cmhroadmap.reports.rendering import render  # noqa: PLC0415

        return render(name, p=paper)

    return render_page


def _word(paper: Paper) -> bytes:
    from cmhroadmap.reports.paper_docx import paper_docx  # noqa: PLC0415

    return paper_docx(paper)


PAPER_FORMATS: Registry[PaperRenderer] = Registry(
    "a board paper",
    (
        MARKDOWN.rendered_by(_page("paper.md")),
        HTML.rendered_by(_page("paper.html")),
        DOCX.rendered_by(_word),
    ),
)


def render_paper(paper: Paper, fmt: str) -> str | bytes:
    """The paper in the format named: text for Markdown and HTML, bytes for Word."""
    render = PAPER_FORMATS[fmt].render
    assert render is not None
    return render(paper)
