"""The `paper` job's formats: one table of name, renderer, file extension and media type for each.

Markdown and HTML come from the Jinja templates; Word from `paper_docx`. All three lay out the same
`Paper`, so they say the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cmhroadmap.reports.paper_docx import paper_docx
from cmhroadmap.reports.paper_model import Paper
from cmhroadmap.reports.rendering import render


@dataclass(frozen=True)
class PaperFormat:
    name: str
    render: Callable[[Paper], str | bytes]
    extension: str
    media_type: str


PAPER_FORMATS = {
    fmt.name: fmt
    for fmt in (
        PaperFormat(
            "docx",
            paper_docx,
            ".docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        PaperFormat("markdown", lambda paper: render("paper.md", p=paper), ".md", "text/markdown"),
        PaperFormat("html", lambda paper: render("paper.html", p=paper), ".html", "text/html"),
    )
}


def render_paper(paper: Paper, fmt: str) -> str | bytes:
    """The paper in the format named: text for Markdown and HTML, bytes for Word."""
    return PAPER_FORMATS[fmt].render(paper)
