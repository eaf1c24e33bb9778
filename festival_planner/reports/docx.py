"""Write a ``Document`` as a Word file (python-docx) in the same layout as the PDF.

A4 with the official margins; the header as a borderless two-column table (issuing body 40 % |
national name and motto 60 %) whose grid agrees with its cells, with short centred rules as in the
PDF (an empty paragraph bordered between indents: 30 % of the left column under the issuing body,
the motto's own width under the motto); "MẬT" boxed under the number and in the page header of
every later page; ruled tables with a fixed layout, the header row repeated on every page and rows
that never split; headings kept with what follows and the closing block ("Nơi nhận" and the
signature) kept with the last lines of the body; dotted lines to fill in by hand as a dot leader to
the right margin; a page number field centred at the top from page 2.

Times New Roman (the Decree's face; LibreOffice substitutes the metric-compatible Liberation
Serif), single line spacing and no space after paragraphs unless asked for (python-docx's template
gives 10 pt after and 1.15 lines), language vi-VN, core properties of the issuing body and of now.
Every properties element is written in the order of the ECMA-376 schema (``_schema_order``).
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from typing import Any, BinaryIO

from festival_planner.reports.content.model import (
    PICTURE_SHARE,
    CheckTable,
    Document,
    Header,
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
LANGUAGE = "vi-VN"
MARGINS_MM = (30.0, 20.0, 15.0, 20.0)  # left, top, right, bottom (as the PDF)
PARAGRAPH_AFTER_PT = 6  # between body paragraphs (Decree 30: at least 6 pt)
FIRST_LINE_MM = 10  # first-line indent of body paragraphs (Decree 30: 1–1.27 cm)
CELL_MARGIN_MM = 1.3  # a data table cell's padding (the PDF's cellpadding)
RULE_PT = 0.6  # the header rules' weight, as drawn in the PDF
TABLE_RULE_EIGHTHS = 4  # a data table's rules: 0.5 pt, one weight everywhere
TWIPS_PER_MM = 1440 / 25.4

# Advance widths (per 1000 em) of Times New Roman Bold — Liberation Serif Bold has the same metrics —
# for the letters of the national name and motto; a Vietnamese letter takes its base letter's width.
_BOLD_WIDTHS = dict(zip(
    " -ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    (250, 333, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556,
     667, 722, 722, 1000, 722, 722, 667, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556,
     500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444)))
_BOLD_WIDTHS.update({"Đ": 722, "đ": 556})

# Child order of the properties elements this module writes (ECMA-376 Part 1, wml.xsd sequences).
_ORDER: dict[str, tuple[str, ...]] = {
    "pPr": ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
            "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
            "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
            "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
            "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"),
    "rPr": ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
            "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w",
            "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign",
            "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange"),
    "tblPr": ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
              "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook",
              "tblCaption", "tblDescription", "tblPrChange"),
    "tcPr": ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
             "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge",
             "tcPrChange"),
    "sectPr": ("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
               "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
               "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"),
    "tbl": ("bookmarkStart", "bookmarkEnd", "tblPr", "tblGrid", "tr"),
    "pBdr": ("top", "left", "bottom", "right", "between", "bar"),
    "tblBorders": ("top", "left", "start", "bottom", "right", "end", "insideH", "insideV"),
    "tblCellMar": ("top", "left", "start", "bottom", "right", "end"),
    "style": ("name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority", "semiHidden",
              "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose", "personalReply", "rsid", "pPr",
              "rPr", "tblPr", "trPr", "tcPr", "tblStylePr"),
}


def _mm_twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def bold_width_mm(text: str, points: float) -> float:
    """The width of ``text`` set in Times New Roman Bold at ``points`` (the header's rules and fit)."""
    units = sum(_BOLD_WIDTHS.get(unicodedata.normalize("NFD", ch)[0], 600) for ch in text)
    return units * points / 1000 * 25.4 / 72


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(tag)


def _el(tag: str, **attributes: str | int) -> Any:
    """A new ``w:`` element with ``w:`` attributes (``xml_space`` → ``xml:space``)."""
    from docx.oxml import OxmlElement

    element = OxmlElement(f"w:{tag}")
    for key, value in attributes.items():
        element.set(_qn("xml:space" if key == "xml_space" else f"w:{key}"), str(value))
    return element


def _child(parent: Any, tag: str, **attributes: str | int) -> Any:
    """``parent``'s ``w:tag`` child (made if absent) with ``attributes`` set; the order is fixed later."""
    element = parent.find(_qn(f"w:{tag}"))
    if element is None:
        element = _el(tag)
        parent.append(element)
    for key, value in attributes.items():
        element.set(_qn(f"w:{key}"), str(value))
    return element


def _schema_order(root: Any) -> None:
    """Sort the children of every properties element under ``root`` into the schema's sequence."""
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str) or not tag.startswith("{"):
            continue
        order = _ORDER.get(tag.split("}", 1)[1])
        if order is None:
            continue
        rank = {name: n for n, name in enumerate(order)}
        children = list(element)
        ordered = sorted(children, key=lambda c: rank.get(c.tag.split("}", 1)[1], len(order))
                         if isinstance(c.tag, str) else len(order))
        if ordered != children:
            for child in children:
                element.remove(child)
            element.extend(ordered)


def _fonts(rpr: Any, size_pt: float | None = None) -> None:
    """Times New Roman for every script, ``size_pt`` and Vietnamese as the language."""
    fonts = _child(rpr, "rFonts", ascii=SERIF, hAnsi=SERIF, cs=SERIF, eastAsia=SERIF)
    for theme in ("asciiTheme", "hAnsiTheme", "cstheme", "eastAsiaTheme"):
        fonts.attrib.pop(_qn(f"w:{theme}"), None)
    if size_pt:
        _child(rpr, "sz", val=round(size_pt * 2))
        _child(rpr, "szCs", val=round(size_pt * 2))
    _child(rpr, "lang", val=LANGUAGE, eastAsia=LANGUAGE, bidi="ar-SA")


def _spacing(ppr: Any, after_pt: float = 0, before_pt: float = 0) -> None:
    _child(ppr, "spacing", before=round(before_pt * 20), after=round(after_pt * 20), line=240, lineRule="auto")


def _set_up_styles(word: Any) -> None:
    """Defaults of the whole document: Times New Roman 13 pt, vi-VN, single spacing, 0 pt after —
    in docDefaults and in the paragraph styles of python-docx's template that set their own."""
    styles = word.styles.element
    defaults = styles.find(_qn("w:docDefaults"))
    rpr = _child(_child(defaults, "rPrDefault"), "rPr")
    _fonts(rpr, BODY_PT)
    ppr = _child(_child(defaults, "pPrDefault"), "pPr")
    _spacing(ppr)
    for style in styles.findall(_qn("w:style")):
        if style.get(_qn("w:type")) not in ("paragraph", "table"):
            continue
        style_ppr = style.find(_qn("w:pPr"))
        if style_ppr is not None and style_ppr.find(_qn("w:spacing")) is not None:
            _spacing(style_ppr)
        style_rpr = style.find(_qn("w:rPr"))
        if style_rpr is not None and style_rpr.find(_qn("w:rFonts")) is not None:
            _fonts(style_rpr)
    normal = word.styles["Normal"].element
    _fonts(_child(normal, "rPr"), BODY_PT)
    _spacing(_child(normal, "pPr"))
    _schema_order(styles)
    settings = word.settings.element
    zoom = settings.find(_qn("w:zoom"))
    if zoom is not None and zoom.get(_qn("w:percent")) is None:
        zoom.set(_qn("w:percent"), "100")  # required by the schema; the template leaves it out
    _child(settings, "themeFontLang", val=LANGUAGE)
    _schema_order_settings(settings)


_SETTINGS_TAIL = ("clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade",
                  "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
                  "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")


def _schema_order_settings(settings: Any) -> None:
    """``w:themeFontLang`` goes before the settings that follow it in the schema."""
    lang = settings.find(_qn("w:themeFontLang"))
    for child in settings:
        if isinstance(child.tag, str) and child.tag.split("}", 1)[1] in _SETTINGS_TAIL and child is not lang:
            child.addprevious(lang)
            return


def _paragraph(container: Any, *, align: str = "", after_pt: float = 0, before_pt: float = 0,
               keep_next: bool = False, keep_lines: bool = False, first_line_mm: float = 0) -> Any:
    """A new paragraph at the end of ``container`` (the document or a cell) with explicit spacing."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = container.add_paragraph()
    form = paragraph.paragraph_format
    form.space_before, form.space_after = _points(before_pt), _points(after_pt)
    if align:
        paragraph.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                               "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    if keep_next:
        form.keep_with_next = True
    if keep_lines:
        form.keep_together = True
    if first_line_mm:
        from docx.shared import Mm

        form.first_line_indent = Mm(first_line_mm)
    return paragraph


def _points(value: float) -> Any:
    from docx.shared import Pt

    return Pt(value)


def _first(cell: Any, **options: Any) -> Any:
    """A cell's first (existing) paragraph, formatted like ``_paragraph``."""
    paragraph = cell.paragraphs[0]
    cell._tc.remove(paragraph._p)
    return _paragraph(cell, **options)


def _run(paragraph: Any, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None) -> Any:
    run = paragraph.add_run(text)
    run.bold, run.italic = bold or None, italic or None
    if size:
        run.font.size = _points(size)
    return run


def _boxed(run: Any) -> None:
    """A thin box around the run's text (the "MẬT" mark, as the PDF draws it)."""
    _child(run._r.get_or_add_rPr(), "bdr", val="single", sz=6, space=1, color="000000")


def _rule(cell: Any, cell_width_mm: float, rule_width_mm: float) -> None:
    """A short centred line ``rule_width_mm`` long: an empty, 3 pt high paragraph whose top border
    runs between indents — never a border across the whole cell."""
    paragraph = _paragraph(cell)
    ppr = paragraph._p.get_or_add_pPr()
    side = _mm_twips(max(cell_width_mm - rule_width_mm, 0) / 2)
    borders = _child(ppr, "pBdr")
    _child(borders, "top", val="single", sz=round(RULE_PT * 8), space=0, color="000000")
    _child(ppr, "spacing", before=50, after=0, line=60, lineRule="exact")  # 2.5 pt below the text
    _child(ppr, "ind", left=side, right=side)
    mark = _child(ppr, "rPr")  # the paragraph mark 3 pt: the line is as high as the spacing says
    _child(mark, "sz", val=6)
    _child(mark, "szCs", val=6)


def _table_properties(table: Any, widths_mm: list[float], *, borders: bool, cell_margin_mm: float) -> None:
    """Fixed layout, total width, a grid agreeing with every cell's width, rules or none."""
    tbl = table._tbl
    tbl_pr = tbl.tblPr
    style = tbl_pr.find(_qn("w:tblStyle"))
    if style is not None:
        tbl_pr.remove(style)
    twips = [_mm_twips(w) for w in widths_mm]
    _child(tbl_pr, "tblW", w=sum(twips), type="dxa")
    _child(tbl_pr, "tblInd", w=0, type="dxa")
    edges = _child(tbl_pr, "tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if borders:
            _child(edges, edge, val="single", sz=TABLE_RULE_EIGHTHS, space=0, color="000000")
        else:
            _child(edges, edge, val="nil")
    _child(tbl_pr, "tblLayout", type="fixed")
    margins = _child(tbl_pr, "tblCellMar")
    side = _mm_twips(cell_margin_mm)
    for edge, value in (("top", side), ("left", side), ("bottom", side), ("right", side)):
        _child(margins, edge, w=value, type="dxa")
    look = tbl_pr.find(_qn("w:tblLook"))
    if look is not None:
        tbl_pr.remove(look)
    grid = tbl.tblGrid
    for column in list(grid):
        grid.remove(column)
    for width in twips:
        grid.append(_el("gridCol", w=width))
    for row in tbl.tr_lst:
        for tc, width in zip(row.tc_lst, twips):
            _child(tc.get_or_add_tcPr(), "tcW", w=width, type="dxa")


def _row_rules(row: Any, *, header: bool = False) -> None:
    """A row never split across pages; the header row repeated on every page."""
    tr_pr = row._tr.get_or_add_trPr()
    _child(tr_pr, "cantSplit")
    if header:
        _child(tr_pr, "tblHeader")


def _data_table(word: Any, columns: tuple[str, ...], widths: tuple[float, ...], rows: list[tuple[str, ...]],
                text_width_mm: float) -> list[Any]:
    """A ruled table as the PDF draws it; returns the paragraphs of its last row."""
    table = word.add_table(rows=1 + len(rows), cols=len(columns))
    total = sum(widths) or 1
    widths_mm = [text_width_mm * w / total for w in widths]
    _table_properties(table, widths_mm, borders=True, cell_margin_mm=CELL_MARGIN_MM)
    _row_rules(table.rows[0], header=True)
    for n, title in enumerate(columns):
        _run(_first(table.rows[0].cells[n], align="center"), title, bold=True)
    last: list[Any] = []
    for r, row in enumerate(rows, 1):
        _row_rules(table.rows[r])
        last = []
        for n, value in enumerate(row):
            paragraph = _first(table.rows[r].cells[n], align="center" if n == 0 else "left")
            paragraph.add_run(value)
            last.append(paragraph)
    return last


def _dotted_line(word: Any, text_width_mm: float, keep_next: bool = False) -> Any:
    """A line of dots across the whole text width: a right tab at the margin with a dot leader."""
    paragraph = _paragraph(word, keep_next=keep_next)
    ppr = paragraph._p.get_or_add_pPr()
    _child(_child(ppr, "tabs"), "tab", val="right", leader="dot", pos=_mm_twips(text_width_mm))
    paragraph.add_run()._r.append(_el("tab"))
    return paragraph


def _page_number_field(paragraph: Any) -> None:
    run = paragraph.add_run()
    run._r.append(_el("fldChar", fldCharType="begin"))
    instruction = _el("instrText", xml_space="preserve")
    instruction.text = " PAGE "
    run._r.append(instruction)
    run._r.append(_el("fldChar", fldCharType="separate"))
    run._r.append(_el("t", xml_space="preserve"))
    run._r[-1].text = "2"
    run._r.append(_el("fldChar", fldCharType="end"))


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


def _page_setup(word: Any, document: Document) -> tuple[float, float]:
    """A4 (landscape for wide tables), the official margins; returns the text width and height in mm."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    section = word.sections[0]
    page_w, page_h = (297, 210) if document.landscape else (210, 297)
    if document.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(page_w), Mm(page_h)
    left, top, right, bottom = MARGINS_MM
    section.left_margin, section.top_margin = Mm(left), Mm(top)
    section.right_margin, section.bottom_margin = Mm(right), Mm(bottom)
    section.header_distance, section.footer_distance = Mm(8), Mm(8)
    section.gutter = Mm(0)
    text_width, text_height = page_w - left - right, page_h - top - bottom
    section.different_first_page_header_footer = True  # no page number on the first page
    header = section.header.paragraphs[0]
    header.paragraph_format.space_after = _points(0)
    if document.marking:  # "MẬT" at the left of every later page, the number centred on the text block
        ppr = header._p.get_or_add_pPr()
        tabs = _child(ppr, "tabs")
        tabs.append(_el("tab", val="clear", pos=4680))
        tabs.append(_el("tab", val="clear", pos=9360))
        tabs.append(_el("tab", val="center", pos=_mm_twips(text_width / 2)))
        _boxed(_run(header, f"\u00a0{document.marking}\u00a0", bold=True))
        header.add_run()._r.append(_el("tab"))
    else:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(header)
    return text_width, text_height


def _issuer(cell: Any, h: Header, width: float) -> None:
    """The issuing body as the first page's left column shows it: the superior body in capitals, the
    issuing body in bold capitals, the short rule under it (issued documents and forms alike)."""
    if h.superior:
        _run(_first(cell, align="center"), h.superior.upper(), size=12.5)
        issuer = _paragraph(cell, align="center")
    else:
        issuer = _first(cell, align="center")
    _run(issuer, h.issuer.upper(), bold=True, size=12.5)
    _rule(cell, width, width * 0.30)


def _marking(cell: Any, marking: str) -> None:
    """The confidentiality mark boxed ("MẬT") under what the cell holds, or nothing."""
    if marking:
        _boxed(_run(_paragraph(cell, align="center", before_pt=4), f"\u00a0{marking}\u00a0", bold=True))


def _official_header(word: Any, document: Document, text_width: float) -> None:
    """Issuing body | national name and motto, each with its short rule; number (and "MẬT") |
    place and date — a borderless table whose grid is 40 % | 60 % of the text width."""
    h = document.header
    left_w, right_w = text_width * 0.40, text_width * 0.60
    top = word.add_table(rows=2, cols=2)
    _table_properties(top, [left_w, right_w], borders=False, cell_margin_mm=0)
    left, right = top.rows[0].cells
    _issuer(left, h, left_w)
    size = 12.5  # the national name on one line: a little smaller when the column is narrow
    while size > 9 and bold_width_mm(h.national, size) > right_w * 0.97:
        size -= 0.5
    _run(_first(right, align="center"), h.national, bold=True, size=size)
    _run(_paragraph(right, align="center"), h.motto, bold=True, size=13.5)
    _rule(right, right_w, min(bold_width_mm(h.motto, 13.5), right_w))
    number_cell, date_cell = top.rows[1].cells
    _run(_first(number_cell, align="center", before_pt=3), h.number)
    _marking(number_cell, document.marking)
    _run(_first(date_cell, align="center", before_pt=3), h.place_date, italic=True)
    for row in top.rows:
        _row_rules(row)


def _closing(word: Any, document: Document, text_width: float) -> None:
    """"Nơi nhận" | the signature: one borderless row that never splits, every paragraph kept with
    the next so that the whole block moves as one."""
    closing = word.add_table(rows=1, cols=2)
    _table_properties(closing, [text_width / 2, text_width / 2], borders=False, cell_margin_mm=0)
    _row_rules(closing.rows[0])
    recipients, signature = closing.rows[0].cells
    keep = {"keep_next": True, "keep_lines": True}
    _run(_first(recipients, **keep), document.recipients_label, bold=True, italic=True, size=12)
    for line in document.recipients:
        _run(_paragraph(recipients, **keep), line, size=11)
    if document.signature:
        s = document.signature
        _run(_first(signature, align="center", **keep), s.capacity, bold=True)
        _run(_paragraph(signature, align="center", **keep), s.title, bold=True)
        for _ in range(4):
            _paragraph(signature, **keep)
        _run(_paragraph(signature, align="center", keep_lines=True), s.name, bold=True)


BOX_FONT = "Segoe UI Symbol"  # has ☐ ☑ on Windows; Word and LibreOffice fall back to a face that has them


def _check_table(word: Any, block: CheckTable, text_width_mm: float) -> list[Any]:
    """A working form's group: its title kept with the table, then the numbered items with a tick box
    (☑ and the date when done), item, owner, due date and an empty notes cell ``note_lines`` lines
    high; returns the paragraphs of the last row."""
    _run(_paragraph(word, before_pt=6, after_pt=PARAGRAPH_AFTER_PT, keep_next=True, keep_lines=True),
         block.title, bold=True)
    table = word.add_table(rows=1 + len(block.items), cols=len(block.columns))
    total = sum(block.widths) or 1
    _table_properties(table, [text_width_mm * w / total for w in block.widths], borders=True,
                      cell_margin_mm=CELL_MARGIN_MM)
    _row_rules(table.rows[0], header=True)
    for n, title in enumerate(block.columns):
        _run(_first(table.rows[0].cells[n], align="center"), title, bold=True)
    last: list[Any] = []
    for r, item in enumerate(block.items, 1):
        _row_rules(table.rows[r])
        cells = table.rows[r].cells
        last = [_first(cells[0], align="center")]
        last[0].add_run(str(item.number))
        box = _run(_first(cells[1], align="center"), item.box, size=15)
        _child(box._r.get_or_add_rPr(), "rFonts", ascii=BOX_FONT, hAnsi=BOX_FONT, cs=BOX_FONT, eastAsia=BOX_FONT)
        if item.done_on:
            _run(_paragraph(cells[1], align="center"), item.done_on, size=10)
        for cell, text, align in ((cells[2], item.text, "left"), (cells[3], item.owner, "left"),
                                  (cells[4], item.due, "center")):
            paragraph = _first(cell, align=align)
            paragraph.add_run(text)
            last.append(paragraph)
        last.append(_first(cells[5]))
        for _ in range(max(1, block.note_lines) - 1):
            _paragraph(cells[5])
    return [*last, _paragraph(word)]


def _form_header(word: Any, document: Document, text_width: float) -> None:
    """A working form's top: the issuing unit left (with its rule and the "MẬT" mark when given), the
    print date right; no number, national name or motto."""
    h = document.header
    left_w, right_w = text_width * 0.40, text_width * 0.60  # the issuing body's column as in an issued one
    top = word.add_table(rows=1, cols=2)
    _table_properties(top, [left_w, right_w], borders=False, cell_margin_mm=0)
    left, right = top.rows[0].cells
    _issuer(left, h, left_w)
    _marking(left, document.marking)
    _run(_first(right, align="right"), h.place_date, italic=True, size=12)
    _row_rules(top.rows[0])


def _form_closing(word: Any, document: Document, text_width: float) -> None:
    """A working form's end: the day of the check left, who checked right with room to sign (no
    recipients, no signature block); one row that never splits."""
    closing = word.add_table(rows=1, cols=2)
    _table_properties(closing, [text_width / 2, text_width / 2], borders=False, cell_margin_mm=0)
    _row_rules(closing.rows[0])
    left, right = closing.rows[0].cells
    keep = {"keep_next": True, "keep_lines": True}
    s = document.sign_off
    _run(_first(left, **keep), s.date_line if s else "", italic=True)
    if s is not None:
        _run(_first(right, align="center", **keep), s.signer, bold=True)
        _run(_paragraph(right, align="center", **keep), s.hint, italic=True)
        for _ in range(2):
            _paragraph(right, **keep)
        _paragraph(right, keep_lines=True)  # the room to sign ends the chain


def _core_properties(word: Any, document: Document) -> None:
    """The issuing body as author, now as the dates, the title; nothing left from python-docx's template."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    core = word.core_properties
    core.author = core.last_modified_by = document.header.issuer
    core.title = document.title
    core.subject = document.subtitle
    core.comments = core.keywords = core.category = ""
    core.created = core.modified = now
    core.revision = 1
    core.language = LANGUAGE
    package = word.part.package
    for rid, rel in list(package.rels.items()):  # the template's thumbnail (a blank page) and its
        if rel.reltype.endswith("/thumbnail"):  # "Microsoft Macintosh Word" application properties
            del package.rels[rid]
            package.rels._target_parts_by_rId.pop(rid, None)
        elif rel.reltype.endswith("/extended-properties"):
            rel.target_part._blob = (
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                b"<Application>Festival Planner</Application></Properties>")


def write_docx(document: Document, path: str | BinaryIO) -> None:
    """Write ``document`` to ``path`` (a file name or a binary stream) as .docx."""
    from docx import Document as WordDocument
    from docx.shared import Mm

    word = WordDocument()
    body = word.element.body
    for stray in body.findall(_qn("w:p")):  # the template's empty first paragraph, if any
        body.remove(stray)
    _set_up_styles(word)
    text_width, text_height = _page_setup(word, document)
    (_form_header if document.is_form else _official_header)(word, document, text_width)

    _run(_paragraph(word, align="center", before_pt=18, keep_next=True), document.title, bold=True, size=14)
    if document.subtitle:
        _run(_paragraph(word, align="center", keep_next=True), document.subtitle, bold=True, size=14)
    _paragraph(word, keep_next=True)
    tail: list[Any] = []  # the paragraphs that end the body: kept with the closing block
    for block in document.blocks:
        if isinstance(block, Heading):
            paragraph = _paragraph(word, before_pt=6, after_pt=PARAGRAPH_AFTER_PT, keep_next=True, keep_lines=True)
            _run(paragraph, block.text, bold=True)
            tail = [paragraph]
        elif isinstance(block, Paragraph):
            paragraph = _paragraph(word, align=block.align, after_pt=PARAGRAPH_AFTER_PT,
                                   first_line_mm=FIRST_LINE_MM if block.align == "justify" else 0)
            _run(paragraph, block.text, bold=block.bold, italic=block.italic)
            tail = [paragraph]
        elif isinstance(block, KeyValues):
            tail = []
            for key, value in block.rows:
                paragraph = _paragraph(word, after_pt=PARAGRAPH_AFTER_PT)
                _run(paragraph, key + " ", bold=True)
                paragraph.add_run(value)
                tail.append(paragraph)
        elif isinstance(block, Table):
            if not block.rows and block.empty_text:
                tail = [_paragraph(word, after_pt=PARAGRAPH_AFTER_PT)]
                _run(tail[0], block.empty_text, italic=True)
            else:
                tail = _data_table(word, block.columns, block.widths, list(block.rows), text_width)
                tail.append(_paragraph(word))
        elif isinstance(block, TickList):
            title = _paragraph(word, before_pt=6, after_pt=PARAGRAPH_AFTER_PT, keep_next=True, keep_lines=True)
            _run(title, block.title, bold=True)
            tail = [title]
            if block.items:
                tail = _data_table(word, block.columns or ("", "", "", ""), (9, 47, 26, 18),
                                   [("☐", i.text, i.detail, "") for i in block.items], text_width)
                tail.append(_paragraph(word))
            for _ in range(block.note_lines):
                tail.append(_dotted_line(word, text_width))
        elif isinstance(block, Picture):
            size = _picture_mm(io.BytesIO(block.data) if block.data else block.path, text_width,
                               text_height * PICTURE_SHARE)
            tail = []
            if size is not None:  # fits the text area whole: never wider, never taller than the page allows
                picture = _paragraph(word, align="center", keep_next=bool(block.caption))
                picture.add_run().add_picture(io.BytesIO(block.data) if block.data else block.path,
                                              width=Mm(size[0]), height=Mm(size[1]))
                tail.append(picture)
            if block.caption:
                caption = _paragraph(word, align="center")
                _run(caption, block.caption, italic=True)
                tail.append(caption)
        elif isinstance(block, PageBreak):
            from docx.enum.text import WD_BREAK

            _paragraph(word).add_run().add_break(WD_BREAK.PAGE)
            tail = []
        elif isinstance(block, CheckTable):
            tail = _check_table(word, block, text_width)
        else:
            raise TypeError(f"unknown block {block!r}")
    for paragraph in tail[-3:]:  # the last lines of the body go with "Nơi nhận" and the signature
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.keep_together = True
    (_form_closing if document.is_form else _closing)(word, document, text_width)
    _schema_order(word.element)
    for section in word.sections:
        _schema_order(section.header._element)
        _schema_order(section.first_page_header._element)
    _core_properties(word, document)
    word.save(path)
