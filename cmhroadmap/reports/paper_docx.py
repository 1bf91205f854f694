"""The board paper as a Word document an author edits: real styles, repeating table headers, properties.

Built with python-docx on its default template, so every heading is a Word heading (the navigation
pane and screen readers find them), lists and quotes use Word's own styles, and tables use a table
style with a header row that repeats on every page. Text from any file is made safe for Word's XML.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from cmhroadmap.reports.paper_model import Block, Bullets, Facts, Paper, Para, Quote, Section, Table
from cmhroadmap.safe.neutralise import docx_text, safe_url

TABLE_STYLE = "Table Grid"
# A4 with the margins the HTML paper prints with, so both run to the same pages.
_PAGE = (Mm(210), Mm(297))
_MARGIN = Mm(15)
_TEXT_WIDTH = Mm(180)


def paper_docx(paper: Paper) -> bytes:
    """The paper as the bytes of a .docx file."""
    document = Document()
    _page_setup(document)
    _page_footer(document, paper.subtitle)
    document.add_paragraph(docx_text(paper.title), style="Title")
    document.add_paragraph(docx_text(paper.subtitle), style="Subtitle")
    for section in paper.sections:
        _section(document, section, level=1)
    for line in paper.footer:
        document.add_paragraph(docx_text(line), style="Footer")
    for text, url in paper.links:
        _link_line(document, text, url)
    properties = document.core_properties
    properties.title = docx_text(paper.title)
    properties.author = docx_text(paper.author)
    properties.last_modified_by = docx_text(paper.author)
    properties.subject = docx_text(paper.subject)
    properties.keywords = docx_text(", ".join(paper.keywords))
    properties.comments = ""
    properties.revision = 1
    # python-docx's template says it was made in 2013; the paper says when it was drafted.
    properties.created = properties.modified = paper.generated.astimezone(dt.UTC).replace(tzinfo=None)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _page_setup(document: DocumentObject) -> None:
    page = document.sections[0]
    page.page_width, page.page_height = _PAGE
    page.left_margin = page.right_margin = page.top_margin = page.bottom_margin = _MARGIN
    _styles(document)


# Sizes in points, and space before and after, so that the paper runs to about four pages as the
# HTML does: the template's own (a 28 pt title, 14 pt headings with 24 pt above) ran to six.
_STYLE_SIZES = {
    "Normal": (10, 0, 4),
    "Title": (20, 0, 2),
    "Subtitle": (12, 0, 6),
    "Heading 1": (13, 10, 3),
    "Heading 2": (10.5, 6, 2),
    "Caption": (9, 4, 2),
    "List Bullet": (10, 0, 2),
    "Quote": (9.5, 2, 2),
    "Footer": (8, 0, 2),
}
# Table text: a paragraph style of its own, so an author can restyle every table at once.
TABLE_TEXT = "Table Text"
TABLE_BULLET = "Table Bullet"


def _styles(document: DocumentObject) -> None:
    styles = document.styles
    styles["Normal"].font.name = "Arial"
    for name, (size, before, after) in _STYLE_SIZES.items():
        style = styles[name]
        style.font.size = Pt(size)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
    for name, base in ((TABLE_TEXT, "Normal"), (TABLE_BULLET, "List Bullet")):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.font.size = Pt(8)
        style.paragraph_format.space_after = Pt(0)


def _page_footer(document: DocumentObject, label: str) -> None:
    """Every page says whose paper it is and "Page N of M", as Word's own fields count them."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.add_run(docx_text(f"{label}. Page "))
    paragraph._p.append(_field("PAGE"))
    paragraph.add_run(" of ")
    paragraph._p.append(_field("NUMPAGES"))


def _field(instruction: str) -> Any:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"  # shown until Word updates the field
    run.append(text)
    field.append(run)
    return field


def _section(document: DocumentObject, section: Section, level: int) -> None:
    document.add_heading(docx_text(section.title), level=level)
    for block in section.blocks:
        _block(document, block)
    for sub in section.subsections:
        _section(document, sub, level + 1)


def _block(document: DocumentObject, block: Block) -> None:
    if isinstance(block, Para):
        paragraph = document.add_paragraph()
        if block.lead:
            paragraph.add_run(docx_text(block.lead) + (" " if block.text else "")).bold = True
        paragraph.add_run(docx_text(block.text))
    elif isinstance(block, Bullets):
        style = "List Number" if block.numbered else "List Bullet"
        for item in block.items:
            document.add_paragraph(docx_text(item), style=style)
    elif isinstance(block, Quote):
        quote = document.add_paragraph(docx_text(block.text), style="Quote")
        quote.add_run(docx_text(f" ({block.source})"))
    elif isinstance(block, Facts):
        _facts(document, block)
    else:
        _table(document, block)


def _facts(document: DocumentObject, facts: Facts) -> None:
    table = _captioned(document, facts.caption, rows=0, cols=2)
    for label, value in facts.rows:
        cells = table.add_row().cells  # type: ignore[no-untyped-call]
        _cell_text(cells[0].paragraphs[0], label).bold = True
        _cell_text(cells[1].paragraphs[0], value)
    _widths(table, [28, 72])


def _table(document: DocumentObject, spec: Table) -> None:
    table = _captioned(document, spec.caption, rows=1, cols=len(spec.header))
    header = table.rows[0]
    for cell, text in zip(header.cells, spec.header, strict=True):
        _cell_text(cell.paragraphs[0], text).bold = True
    # Word repeats a row marked as a header at the top of each page the table runs onto, and screen
    # readers announce it as the column headings.
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(mark)
    for row in spec.rows:
        cells = table.add_row().cells  # type: ignore[no-untyped-call]
        for cell, lines in zip(cells, row, strict=True):
            # One line is a value; several are a list, as in the HTML paper.
            style = TABLE_BULLET if len(lines) > 1 else TABLE_TEXT
            _cell_text(cell.paragraphs[0], lines[0] if lines else "", style)
            for line in lines[1:]:
                cell.add_paragraph(docx_text(line), style=style)
    if spec.widths:
        _widths(table, spec.widths)


def _cell_text(paragraph: Paragraph, text: str, style: str = TABLE_TEXT) -> Run:
    paragraph.style = style
    return paragraph.add_run(docx_text(text))


def _captioned(document: DocumentObject, caption: str, *, rows: int, cols: int) -> DocxTable:
    """A table in the table style, after its caption, which is also its title for screen readers."""
    document.add_paragraph(docx_text(caption), style="Caption")
    table: DocxTable = document.add_table(rows=rows, cols=cols)
    table.style = document.styles[TABLE_STYLE]
    title = OxmlElement("w:tblCaption")
    title.set(qn("w:val"), docx_text(caption))
    table._tbl.tblPr.append(title)
    return table


def _widths(table: DocxTable, percents: list[int]) -> None:
    table.autofit = False
    for column, percent in zip(table.columns, percents, strict=True):
        width = int(_TEXT_WIDTH * percent / 100)
        # The grid for readers that lay out by it (LibreOffice), each cell's width for Word.
        column.width = width
        for cell in column.cells:
            cell.width = width


def _link_line(document: DocumentObject, text: str, url: str) -> Paragraph:
    """A live link only to an http(s) address; anything else is written out as plain text."""
    paragraph = document.add_paragraph(style="Footer")
    if not safe_url(url):
        paragraph.add_run(docx_text(f"{text}: {url}"))
        return paragraph
    relation = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    run = OxmlElement("w:r")
    style = OxmlElement("w:rPr")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    style.append(underline)
    run.append(style)
    content = OxmlElement("w:t")
    content.text = docx_text(f"{text}: {url}")
    run.append(content)
    link.append(run)
    paragraph._p.append(link)
    return paragraph
