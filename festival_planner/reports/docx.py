"""Write a ``Document`` as a Word file (python-docx) in the same layout as the PDF: A4 with the
official margins, the header as a borderless two-column table (issuing body | national name and
motto), ruled tables, tick boxes "☐", a page number field centred at the top from page 2."""

from __future__ import annotations

import io
from typing import Any, BinaryIO

from festival_planner.reports.content.model import (
    PICTURE_SHARE,
    Document,
    Heading,
    KeyValues,
    PageBreak,
    Paragraph,
    Picture,
    Table,
    TickList,
)

SERIF = "Times New Roman"  # what Word offices have; Vietnamese is fully covered
BODY_PT = 13


def _run(paragraph: Any, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None) -> Any:
    from docx.shared import Pt

    run = paragraph.add_run(text)
    run.bold, run.italic = bold or None, italic or None
    if size:
        run.font.size = Pt(size)
    return run


def _centre(paragraph: Any) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = 0
    return paragraph


def _rule(paragraph: Any) -> None:
    """A short line under the paragraph (a bottom border), as under the issuing body and the motto."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _no_borders(table: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def _page_number_field(paragraph: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _table(word: Any, columns: tuple[str, ...], widths: tuple[float, ...], rows: list[tuple[str, ...]],
           text_width_mm: float) -> None:
    from docx.shared import Mm

    table = word.add_table(rows=1 + len(rows), cols=len(columns))
    table.style = "Table Grid"
    total = sum(widths) or 1
    for n, (title, width) in enumerate(zip(columns, widths)):
        cell = table.rows[0].cells[n]
        cell.width = Mm(text_width_mm * width / total)
        _run(_centre(cell.paragraphs[0]), title, bold=True)
    for r, row in enumerate(rows, 1):
        for n, value in enumerate(row):
            table.rows[r].cells[n].width = Mm(text_width_mm * widths[n] / total)
            paragraph = table.rows[r].cells[n].paragraphs[0]
            paragraph.add_run(value)
            if n == 0:
                _centre(paragraph)
    word.add_paragraph()


def docx_bytes(document: Document) -> bytes:
    """``document`` as a .docx in memory (the caller writes the file through ``store.output_file``)."""
    stream = io.BytesIO()
    write_docx(document, stream)
    return stream.getvalue()


def _picture_mm(path: str | BinaryIO, width_mm: float, height_mm: float) -> tuple[float, float] | None:
    """The picture's size in mm to fit ``width_mm`` × ``height_mm`` keeping its proportions (None: unreadable)."""
    from docx.image.image import Image as DocxImage

    try:
        image = DocxImage.from_file(path)
    except Exception:
        return None
    factor = min(width_mm / max(image.px_width, 1), height_mm / max(image.px_height, 1))
    return image.px_width * factor, image.px_height * factor


def write_docx(document: Document, path: str | BinaryIO) -> None:
    """Write ``document`` to ``path`` (a file name or a binary stream) as .docx."""
    from docx import Document as WordDocument
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    word = WordDocument()
    style = word.styles["Normal"]
    style.font.name, style.font.size = SERIF, Pt(BODY_PT)
    section = word.sections[0]
    if document.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)
    text_width = (297 if document.landscape else 210) - 45
    text_height = (210 if document.landscape else 297) - 40
    section.different_first_page_header_footer = True  # no page number on the first page
    _page_number_field(_centre(section.header.paragraphs[0]))

    h = document.header
    top = word.add_table(rows=2, cols=2)
    _no_borders(top)
    for row in top.rows:
        row.cells[0].width, row.cells[1].width = Mm(text_width * 0.4), Mm(text_width * 0.6)
    left, right = top.rows[0].cells
    if h.superior:
        _run(_centre(left.paragraphs[0]), h.superior.upper(), size=12.5)
        issuer = _centre(left.add_paragraph())
    else:
        issuer = _centre(left.paragraphs[0])
    _run(issuer, h.issuer.upper(), bold=True, size=12.5)
    _rule(issuer)
    _run(_centre(right.paragraphs[0]), h.national, bold=True, size=12.5)
    motto = _centre(right.add_paragraph())
    _run(motto, h.motto, bold=True, size=13.5)
    _rule(motto)
    number = _centre(top.rows[1].cells[0].paragraphs[0])
    _run(number, h.number)
    if document.marking:
        _run(_centre(top.rows[1].cells[0].add_paragraph()), f"[ {document.marking} ]", bold=True)
    _run(_centre(top.rows[1].cells[1].paragraphs[0]), h.place_date, italic=True)

    title = _centre(word.add_paragraph())
    title.paragraph_format.space_before = Pt(12)
    _run(title, document.title, bold=True, size=14)
    if document.subtitle:
        _run(_centre(word.add_paragraph()), document.subtitle, bold=True, size=14)
    word.add_paragraph()
    for block in document.blocks:
        if isinstance(block, Heading):
            _run(word.add_paragraph(), block.text, bold=True)
        elif isinstance(block, Paragraph):
            paragraph = word.add_paragraph()
            paragraph.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT}.get(
                block.align, WD_ALIGN_PARAGRAPH.JUSTIFY)
            _run(paragraph, block.text, bold=block.bold, italic=block.italic)
        elif isinstance(block, KeyValues):
            for key, value in block.rows:
                paragraph = word.add_paragraph()
                _run(paragraph, key + " ", bold=True)
                paragraph.add_run(value)
        elif isinstance(block, Table):
            _table(word, block.columns, block.widths, list(block.rows), text_width)
        elif isinstance(block, TickList):
            _run(word.add_paragraph(), block.title, bold=True)
            if block.items:
                _table(word, block.columns or ("", "", "", ""), (9, 47, 26, 18),
                       [("☐", i.text, i.detail, "") for i in block.items], text_width)
            for _ in range(block.note_lines):
                word.add_paragraph("." * 90)
        elif isinstance(block, Picture):
            size = _picture_mm(io.BytesIO(block.data) if block.data else block.path, text_width,
                               text_height * PICTURE_SHARE)
            if size is not None:  # fits the text area whole: never wider, never taller than the page allows
                word.add_picture(io.BytesIO(block.data) if block.data else block.path, width=Mm(size[0]),
                                 height=Mm(size[1]))
            if block.caption:
                _run(_centre(word.add_paragraph()), block.caption, italic=True)
        elif isinstance(block, PageBreak):
            word.add_page_break()

    closing = word.add_table(rows=1, cols=2)
    _no_borders(closing)
    recipients, signature = closing.rows[0].cells
    _run(recipients.paragraphs[0], document.recipients_label, bold=True, italic=True, size=12)
    for line in document.recipients:
        _run(recipients.add_paragraph(), line, size=11)
    if document.signature:
        s = document.signature
        _run(_centre(signature.paragraphs[0]), s.capacity, bold=True)
        _run(_centre(signature.add_paragraph()), s.title, bold=True)
        for _ in range(4):
            signature.add_paragraph()
        _run(_centre(signature.add_paragraph()), s.name, bold=True)
    word.core_properties.title = document.title
    word.save(path)
