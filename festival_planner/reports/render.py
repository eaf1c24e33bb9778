"""Paint a ``Document`` onto any paged device (``QPdfWriter``, ``QPrinter``, a preview) — QtGui only.

Layout after Decree 30/2020/NĐ-CP: A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; the
bundled Liberation Serif (metric-compatible with Times New Roman, full Vietnamese, embedded in the
PDF), 13 pt body, body paragraphs with a 1.1 cm first-line indent. The official header (issuing
body left, national name and motto right, number line and place-and-date line) is painted with
``QPainter`` on the first page;
the body is one ``QTextDocument`` laid out in the device's own pixels and paginated by Qt, then
checked page by page (``paginate``): a table row that would cross a page boundary starts the next
page (the table is cut there and goes on under its header row again; Qt's own pagination splits
rows line by line), a heading never ends a page, and the closing block is kept whole and with the
last lines of the body. Page numbers sit centred over the text block at the top from
page 2; the confidentiality mark under the number line. Characters no available font draws
(an emoji, a CJK name) are refused before anything is painted (``check_glyphs``), never printed as boxes.
"""

from __future__ import annotations

import html
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QLineF, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPalette,
    QPen,
    QRawFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

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

SERIF = "Liberation Serif"  # metric-compatible with Times New Roman, which Decree 30/2020 names
FONT_FILES = ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
              "LiberationSerif-BoldItalic.ttf")  # resources/fonts, OFL (LICENSE-Liberation-OFL.txt)
BODY_PT = 13
INDENT_MM = 11.0  # first-line indent of body paragraphs (Decree 30: 1 to 1.27 cm)
MARGINS_MM = (30.0, 20.0, 15.0, 20.0)  # left, top, right, bottom
Progress = Callable[[int, int], None]
_fonts_loaded = False
SERIF_USED = SERIF


def ensure_application() -> None:
    """A ``QGuiApplication`` for painting (the CLI has none): offscreen when there is no display."""
    if QGuiApplication.instance() is None:
        if not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY") \
                and not os.environ.get("WAYLAND_DISPLAY") and os.name != "nt":
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        ensure_application.app = QGuiApplication(["festival-planner"])  # type: ignore[attr-defined]
    ensure_fonts()


def ensure_fonts() -> str:
    """Register the bundled print faces once (``resources/fonts``: Liberation Serif Regular, Bold,
    Italic, Bold Italic — static faces, so the PDF embeds real bold and italic) and return the
    family the renderer uses. They are registered even when the system has a Liberation Serif of
    its own, so every machine prints with the same metrics and the same Vietnamese glyphs."""
    global _fonts_loaded
    if _fonts_loaded:
        return SERIF_USED
    _fonts_loaded = True
    from festival_planner.resource_files import resource

    folder = resource("fonts")
    for name in FONT_FILES:
        entry = folder / name
        if entry.is_file():
            QFontDatabase.addApplicationFontFromData(entry.read_bytes())
    return SERIF_USED


_coverage: dict[str, str | None] = {}  # character → the family that draws it (None: no font does)
_fallbacks: list[str] = []  # families drawing characters the body font lacks, in the order found


def _draws(family: str, character: str) -> bool:
    return QRawFont.fromFont(QFont(family)).supportsCharacter(ord(character))  # (a str: only Latin-1 works)


def font_for(character: str) -> str | None:
    """The family that draws ``character``: the body font, else the first installed family that has
    it (an emoji, a CJK name), else None."""
    if character in _coverage:
        return _coverage[character]
    ensure_fonts()
    found: str | None = SERIF_USED if _draws(SERIF_USED, character) else None
    if found is None:
        found = next((f for f in [*_fallbacks, *QFontDatabase.families()] if _draws(f, character)), None)
        if found is not None and found not in _fallbacks:
            _fallbacks.append(found)
    _coverage[character] = found
    return found


def check_glyphs(documents: Sequence[Document]) -> list[str]:
    """Every character of ``documents`` is drawn by the body font or by an installed fallback font
    (Qt then draws it from that font, embedded in the PDF like the body font). Raises a
    ``ValidationError`` listing those no font has, before anything is painted — never a silent box.
    Returns the fallback families used."""
    from festival_planner.domain.errors import ValidationError

    missing: dict[str, str] = {}
    used: list[str] = []
    for document in documents:
        for text in document.texts():
            for character in dict.fromkeys(text):
                if character.isspace() or not character.isprintable():
                    continue
                family = font_for(character)
                if family is None:
                    missing.setdefault(character, text)
                elif family != SERIF_USED and family not in used:
                    used.append(family)
    if missing:
        shown = ", ".join(f"“{c}” (U+{ord(c):04X})" for c in missing)
        where = next(iter(missing.values()))
        raise ValidationError("print_missing_glyphs", count=len(missing), characters=shown,
                              where=where if len(where) <= 60 else where[:57] + "…")
    return used


def prepare_device(device: QPagedPaintDevice, landscape: bool = False) -> None:
    """A4 in the given orientation with no device margins: the renderer keeps its own."""
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    if hasattr(device, "setFullPage"):  # QPrinter
        device.setFullPage(True)


def _mm(device: QPaintDevice, value: float) -> float:
    return value * device.logicalDpiY() / 25.4


def _font(device: QPaintDevice, points: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(ensure_fonts())
    if _fallbacks:  # characters the body font lacks come from these, in this order (``check_glyphs``)
        font.setFamilies([SERIF_USED, *_fallbacks])
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


def _table(columns: Sequence[str], widths: Sequence[float], rows: Sequence[Sequence[str]],
           centred: Sequence[int] = (0,)) -> str:
    total = sum(widths) or 1
    head = "".join(f'<th width="{w * 100 / total:.1f}%" align="center">{_esc(c)}</th>' for c, w in zip(columns, widths))
    body = "".join("<tr>" + "".join(
        f'<td{" align=center" if i in centred else ""}>{_esc(cell)}</td>' for i, cell in enumerate(row)) + "</tr>"
        for row in rows)
    return (f'{_DATA_TABLE} style="border-collapse:collapse;border-color:black"><thead><tr>{head}</tr></thead>'
            f'{body}</table><p></p>')


_DATA_TABLE = '<table width="100%" border="1" cellspacing="0" cellpadding="5"'
# Between two pieces of a cut table: the paragraph Qt puts between two tables, with no height, so
# that it stays at the foot of the page the first piece ends (a full line would fall onto the next
# page and push the rest of the table, which starts a page, one page further).
_SEPARATOR = '<p style="font-size:1pt;margin-top:0;margin-bottom:0"></p>'


def split_tables(html: str, splits: Sequence[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """``html`` with data table ``t`` cut before body row ``r`` for each ``(t, r)`` of ``splits``: the
    rest goes on as a new table from the next page, under its header row again. Also returns each
    table of the result as (table of ``html``, its first body row)."""
    parts = html.split(_DATA_TABLE)
    out, pieces = [parts[0]], []
    for number, part in enumerate(parts[1:]):
        cuts = sorted(r for t, r in splits if t == number)
        pieces.append((number, 0))
        if not cuts:
            out.append(_DATA_TABLE + part)
            continue
        style_end = part.index("<thead>")
        head_end = part.index("</thead>") + len("</thead>")
        table_end = part.index("</table>")
        style, head, rows, rest = part[:style_end], part[style_end:head_end], part[head_end:table_end], part[table_end:]
        cells = rows.split("<tr>")[1:]
        start, chunks = 0, []
        for cut in cuts + [len(cells)]:
            chunks.append("".join("<tr>" + c for c in cells[start:cut]))
            start = cut
        out.append(_DATA_TABLE + style + head + chunks[0])
        broken = style.replace('style="', 'style="page-break-before:always;', 1)
        for cut, chunk in zip(cuts, chunks[1:]):
            out.append("</table>" + _SEPARATOR + _DATA_TABLE + broken + head + chunk)
            pieces.append((number, cut))
        out.append(rest)
    return "".join(out), pieces


def block_html(block: object, dots: int, indent: float = 0.0) -> str:
    """One block of the body as Qt rich text; ``indent``: the first-line indent of body paragraphs in
    device pixels (Qt applies a text indent as given, unlike margins and images)."""
    if isinstance(block, Heading):
        return f'<p style="margin-top:8px"><b>{_esc(block.text)}</b></p>'
    if isinstance(block, Paragraph):
        text = _esc(block.text)
        text = f"<b>{text}</b>" if block.bold else text
        text = f"<i>{text}</i>" if block.italic else text
        style = f' style="text-indent:{indent:.0f}px"' if indent and block.align != "center" else ""
        return f'<p align="{block.align}"{style}>{text}</p>'
    if isinstance(block, KeyValues):
        return "".join(f"<p><b>{_esc(k)}</b> {_esc(v)}</p>" for k, v in block.rows)
    if isinstance(block, Table):
        if not block.rows and block.empty_text:
            return f"<p><i>{_esc(block.empty_text)}</i></p>"
        return _table(block.columns, block.widths, block.rows)
    if isinstance(block, TickList):
        out = f'<p style="margin-top:6px"><b>{_esc(block.title)}</b></p>'
        if block.items:
            out += _table(block.columns or ("", "", "", ""), (9, 47, 26, 18),
                          [("", i.text, i.detail, "") for i in block.items])
        out += "".join(f"<p>{'.' * dots}</p>" for _ in range(block.note_lines))
        return out
    if isinstance(block, Picture):
        caption = f'<p align="center"><i>{_esc(block.caption)}</i></p>' if block.caption else ""
        return f'<p align="center"><img src="picture:{_esc(block.path)}"/></p>{caption}'
    if isinstance(block, PageBreak):
        return '<p style="page-break-after:always"></p>'
    if isinstance(block, CheckTable):
        return check_table_html(block)
    raise TypeError(f"unknown block {block!r}")


BOX_FAMILY = "Festival Planner Boxes"  # resources/fonts/FestivalPlannerBoxes.ttf: ☐ ☑ ☒ (the serif has none)


def box_family() -> str:
    """The family of the tick boxes, registered once from ``resources/fonts`` (embedded in the PDF
    like the body face, so a box never prints as a blank or a machine's fallback)."""
    if BOX_FAMILY not in QFontDatabase.families():
        from festival_planner.resource_files import resource

        QFontDatabase.addApplicationFontFromData(resource("fonts", "FestivalPlannerBoxes.ttf").read_bytes())
    return BOX_FAMILY


def check_table_html(block: CheckTable) -> str:
    """A working form's group: its title, then a ruled table numbered through, with the tick box (☑
    and the date when done) and an empty notes cell ``note_lines`` high."""
    total = sum(block.widths) or 1
    head = "".join(f'<th width="{w * 100 / total:.1f}%" align="center">{_esc(c)}</th>'
                   for c, w in zip(block.columns, block.widths))
    box = f"font-family:'{box_family()}';font-size:15pt"
    room = "<br/>".join("&nbsp;" for _ in range(max(1, block.note_lines)))
    body = "".join(
        f'<tr><td align=center>{i.number}</td>'
        f'<td align=center><span style="{box}">{i.box}</span>'
        + (f'<br/><span style="font-size:10pt">{_esc(i.done_on)}</span>' if i.done_on else "")
        + f'</td><td>{_esc(i.text)}</td><td>{_esc(i.owner)}</td><td align=center>{_esc(i.due)}</td>'
        f'<td>{room}</td></tr>' for i in block.items)
    return (f'<p style="margin-top:6px"><b>{_esc(block.title)}</b></p>'
            f'{_DATA_TABLE} style="border-collapse:collapse;border-color:black"><thead><tr>{head}</tr></thead>'
            f'{body}</table><p></p>')


def form_header_html(document: Document) -> str:
    """A working form's top: the issuing unit left (superior, unit in bold with its rule, the "MẬT"
    mark when given), the print date right; no number, national name or motto."""
    return ('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="40%" align="center" style="font-size:12.5pt">{_issuer_html(document.header)}'
            f'{_marking_html(document.marking)}</td>'
            f'<td width="60%" align="right" style="font-size:12pt"><i>{_esc(document.header.place_date)}</i></td>'
            '</tr></table>')


def _issuer_html(h: Header) -> str:
    """The issuing body as the first page's left column shows it: the superior body in capitals, the
    issuing body in bold capitals, the short rule under it (issued documents and forms alike)."""
    superior = f"{_esc(h.superior.upper())}<br/>" if h.superior else ""
    return f'{superior}<b>{_esc(h.issuer.upper())}</b><hr width="30%"/>'


def _marking_html(marking: str) -> str:
    """The confidentiality mark boxed ("MẬT"), or nothing."""
    if not marking:
        return ""
    return ('<table border="1" cellspacing="0" cellpadding="4" align="center" style="border-collapse:collapse;'
            f'border-color:black;margin-top:6px"><tr><td><b>{_esc(marking)}</b></td></tr></table>')


def form_closing_html(document: Document) -> str:
    """A working form's end: the day of the check left, who checked right, with room to sign."""
    s = document.sign_off
    if s is None:
        return '<p></p><table width="100%" cellspacing="0" cellpadding="0"><tr><td></td></tr></table>'
    return ('<p></p><table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="50%"><i>{_esc(s.date_line)}</i></td>'
            f'<td width="50%" align="center"><b>{_esc(s.signer)}</b><br/><i>{_esc(s.hint)}</i>'
            '<br/><br/><br/><br/></td></tr></table>')


SUMMARY_RULE = 0.4  # of the trích yếu's longest line: the rule under it (Decree 30: a third to a half)


def body_html(document: Document, dots: int = 110, indent: float = 0.0, rule: float = SUMMARY_RULE) -> str:
    """The whole body (title to signature) as Qt rich text; ``rule``: the length of the rule under
    the trích yếu, as a share of the text width (an issued document's; a working form has none)."""
    parts = [f'<p align="center" style="font-size:14pt;margin-top:18px"><b>{_esc(document.title)}</b></p>']
    if document.subtitle:
        parts.append(f'<p align="center" style="font-size:14pt"><b>{_esc(document.subtitle)}</b></p>')
    if not document.is_form:
        parts.append(f'<hr width="{rule * 100:.0f}%"/>')  # the short rule under the trích yếu
    parts += [block_html(block, dots, indent) for block in document.blocks]
    if document.is_form:
        return "".join(parts) + form_closing_html(document)
    recipients = "<br/>".join(_esc(r) for r in document.recipients)
    signature = ""
    if document.signature:
        s = document.signature
        signature = (f"<b>{_esc(s.capacity)}</b><br/><b>{_esc(s.title)}</b><br/><br/><br/><br/><br/>"
                     f"<b>{_esc(s.name)}</b>")
    parts.append('<p></p><table width="100%" cellspacing="0" cellpadding="0"><tr>'
                 f'<td width="50%"><span style="font-size:12pt"><b><i>{_esc(document.recipients_label)}</i></b>'
                 f'</span><br/><span style="font-size:11pt">{recipients}</span></td>'
                 f'<td width="50%" align="center">{signature}</td></tr></table>')
    return "".join(parts)


def header_html(document: Document, device: QPaintDevice, width: float) -> str:
    """The official header as a borderless two-column table: issuing body left, national name and
    motto right (each with its rule), then the number line and the italic place-and-date line."""
    if document.is_form:
        return form_header_html(document)
    h = document.header
    left_w, right_w = 0.40, 0.60
    size = 12.5  # the national name on one line: shrink a little when the column is narrow
    while size > 9 and QFontMetricsF(_font(device, size, bold=True), device).horizontalAdvance(h.national) \
            > width * right_w * 0.97:
        size -= 0.5
    motto_w = QFontMetricsF(_font(device, 13.5, bold=True), device).horizontalAdvance(h.motto)
    motto_rule = min(100, round(motto_w / (width * right_w) * 100))
    return ('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="{left_w * 100:.0f}%" align="center" style="font-size:12.5pt">{_issuer_html(h)}</td>'
            f'<td width="{right_w * 100:.0f}%" align="center"><span style="font-size:{size}pt"><b>'
            f'{_esc(h.national)}</b></span><br/><span style="font-size:13.5pt"><b>{_esc(h.motto)}</b></span>'
            f'<hr width="{motto_rule}%"/></td></tr>'
            f'<tr><td align="center">{_esc(h.number)}{_marking_html(document.marking)}</td>'
            f'<td align="center"><i>{_esc(h.place_date)}</i></td></tr></table>')


def _page_number(painter: QPainter, device: QPaintDevice, page: int, left: float, width: float) -> None:
    """The page number centred over the text block (not the sheet: the left margin is twice the right)."""
    painter.setFont(_font(device, 13))
    painter.drawText(QRectF(left, _mm(device, 8), width, _mm(device, 9)), int(Qt.AlignmentFlag.AlignCenter),
                     str(page))


def _page_marking(painter: QPainter, device: QPaintDevice, text: str, left: float) -> None:
    """The confidentiality mark ("MẬT") boxed in the top margin of a page after the first, at the
    left of the text block (page 1 carries it under the number line)."""
    font = _font(device, 13, bold=True)
    metrics = QFontMetricsF(font, device)
    pad = _mm(device, 1.2)
    box = QRectF(left, _mm(device, 8), metrics.horizontalAdvance(text) + 2 * pad, _mm(device, 9))
    painter.save()
    painter.setFont(font)
    pen = QPen(QColor("black"))
    pen.setWidthF(_points(device, 0.6))
    painter.setPen(pen)
    painter.drawRect(box)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()


def picture_size(image_w: int, image_h: int, device: QPaintDevice, width: float, height: float) -> tuple[int, int]:
    """The size to give an ``<img>`` so the picture fits the text area (``width`` × ``height`` in device
    pixels) whole, keeping its proportions.

    Qt's rich text measures images in 96-dpi pixels and scales them by the device's resolution (6.25×
    on the 600-dpi PDF writer), so the box is converted to those units first — sizing the image in
    device pixels is what printed the overview's map at 423 × 487 mm on an A4 page."""
    scale = max(device.logicalDpiX(), 1) / 96.0
    box_w, box_h = width / scale, height * PICTURE_SHARE / scale
    factor = min(box_w / max(image_w, 1), box_h / max(image_h, 1))
    return max(1, int(image_w * factor)), max(1, int(image_h * factor))


def layout_body(document: Document, device: QPaintDevice, width: float, height: float) -> QTextDocument:
    """The body laid out in the device's pixels, paginated to the text area."""
    sizes: dict[str, tuple[int, int]] = {}
    images: dict[str, QImage] = {}
    for block in document.blocks:
        if isinstance(block, Picture):
            image = QImage.fromData(block.data) if block.data else QImage(block.path)
            if not image.isNull():
                sizes[block.path] = picture_size(image.width(), image.height(), device, width, height)
                if image.width() > width:  # no more pixels than the device can print
                    image = image.scaledToWidth(int(width), Qt.TransformationMode.SmoothTransformation)
                images[block.path] = image
    dots = int(width / QFontMetricsF(_font(device, BODY_PT), device).horizontalAdvance(".")) - 2
    summary = QFontMetricsF(_font(device, 14, bold=True), device).horizontalAdvance(document.subtitle or document.title)
    rule = SUMMARY_RULE * min(summary, width) / width
    html = header_html(document, device, width) + body_html(document, dots, _mm(device, INDENT_MM), rule)
    for path, (w, h) in sizes.items():
        tag = f'<img src="picture:{_esc(path)}"/>'
        html = html.replace(tag, f'{tag[:-2]} width="{w}" height="{h}"/>')
    splits: list[tuple[int, int]] = []
    for _ in range(200):  # each round moves one row or block on: ends long before
        text = _text_document(device)
        for path, image in images.items():
            text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"picture:{path}"), image)
        laid_out, pieces = split_tables(html, splits)
        text.setPageSize(QSizeF(width, height))  # before the text: laid out once, on the pages
        text.setHtml(laid_out)
        more = paginate(text, height, pieces)
        if more is None or more in splits:
            break
        splits.append(more)
    return text


def _text_document(device: QPaintDevice) -> QTextDocument:
    text = QTextDocument()
    text.documentLayout().setPaintDevice(device)
    text.setDefaultFont(_font(device, BODY_PT))
    text.setDocumentMargin(0)
    text.setUseDesignMetrics(True)
    return text


def _page(y: float, height: float) -> int:
    """The page holding the point ``y`` (a top: a break leaves it a fraction of a pixel before the page)."""
    return int(max(y + 1, 0) // height)


def _break_before(block: QTextBlock, policy: QTextFormat.PageBreakFlag
                  = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore) -> None:
    """Start a new page at the paragraph ``block`` (of the root frame)."""
    cursor = QTextCursor(block)
    fmt = QTextBlockFormat()
    fmt.setPageBreakPolicy(policy)
    cursor.mergeBlockFormat(fmt)


def _row_rect(text: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    """Top and bottom of a table row's text, in document pixels."""
    layout = text.documentLayout()
    top, bottom = float("inf"), float("-inf")
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if not cell.isValid() or cell.row() != row:
            continue
        start, end = text.findBlock(cell.firstPosition()), text.findBlock(cell.lastPosition())
        first = layout.blockBoundingRect(start)
        last = first if end == start else layout.blockBoundingRect(end)
        top, bottom = min(top, first.top()), max(bottom, last.bottom())
    return top, bottom


def _body_tables(text: QTextDocument) -> list[QTextTable]:
    """The data tables of the body, in order: the root frame's tables between the header (first)
    and the closing block (last)."""
    frames = [f for f in text.rootFrame().childFrames() if isinstance(f, QTextTable)]
    return frames[1:-1]


def _crossing_row(text: QTextDocument, height: float, pieces: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The first body row whose text crosses a page boundary (a row taller than a page excepted),
    as (data table of the source, row); header rows get repeated on every page."""
    for table, (number, first) in zip(_body_tables(text), pieces):
        fmt = table.format()
        if fmt.headerRowCount() == 0:
            fmt.setHeaderRowCount(1)
            table.setFormat(fmt)
        for row in range(1, table.rows()):
            top, bottom = _row_rect(text, table, row)
            if bottom - top < height and _page(top, height) != _page(bottom - 2, height):
                return number, first + row - 1
    return None


def _open_ends(text: QTextDocument, height: float) -> dict[int, list[QRectF]]:
    """The rules that close a table where it runs on to the next page, by page, in document pixels.

    Qt moves a row that does not fit to the next page (under the header row again) but leaves the
    table open on the page it leaves: no rule under the last row there. Each is drawn as Qt draws
    a cell's border: the border's width, the cell padding below the row's text, from the table's
    left border to its right one."""
    layout = text.documentLayout()
    device = layout.paintDevice()
    scale = (device.logicalDpiY() if device is not None else 96) / 96
    ends: dict[int, list[QRectF]] = {}
    for table in _body_tables(text):
        fmt = table.format()
        pad, border = fmt.cellPadding() * scale, fmt.border() * scale
        rows = [_row_rect(text, table, row) for row in range(table.rows())]
        for row in range(1, len(rows) - 1):
            bottom, below = rows[row][1], rows[row + 1][0]
            page = _page(bottom - 2, height)
            if _page(below, height) == page:
                continue
            first = layout.blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block())
            last = layout.blockBoundingRect(table.cellAt(row, table.columns() - 1).firstCursorPosition().block())
            left, right = first.left() - pad - border, last.right() + pad + border
            ends.setdefault(page, []).append(QRectF(left, bottom + pad, right - left, border))
    return ends


def _is_heading(block: QTextBlock) -> bool:
    """A paragraph in bold throughout (headings and the checklist's group titles)."""
    if not block.text().strip():
        return False
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid() and fragment.text().strip() and fragment.charFormat().fontWeight() < 700:
            return False
        it += 1
    return True


_PICTURE = "\ufffc"  # the object replacement character of an image in a block's text

# A unit of the body that moves as a whole: (first block, top, bottom, lines, heading, (table, row) or None)
_Unit = tuple[QTextBlock, float, float, int, bool, "tuple[int, int] | None"]


def _units(text: QTextDocument, pieces: Sequence[tuple[int, int]]) -> list[_Unit]:
    """The body in order as units that move together: a paragraph of the root frame, or a table row
    (header rows left out)."""
    layout = text.documentLayout()
    root = text.rootFrame()
    frames = root.childFrames()
    closing = frames[-1] if frames else None
    tables = dict(zip((id(t) for t in _body_tables(text)), pieces))
    units: list[_Unit] = []
    it = root.begin()
    while not it.atEnd():
        frame, block = it.currentFrame(), it.currentBlock()
        if frame is not None:
            if frame is closing:
                break
            piece = tables.get(id(frame))
            if isinstance(frame, QTextTable) and piece is not None:
                for row in range(1, frame.rows()):
                    top, bottom = _row_rect(text, frame, row)
                    first = frame.cellAt(row, 0).firstCursorPosition().block()
                    lines = max(1, round((bottom - top) / max(layout.blockBoundingRect(first).height(), 1)))
                    units.append((first, top, bottom, lines, False, (piece[0], piece[1] + row - 1)))
        elif block.isValid() and block.text().strip():
            rect = layout.blockBoundingRect(block)
            units.append((block, rect.top(), rect.bottom(), max(1, block.layout().lineCount()), _is_heading(block),
                          None))
        it += 1
    return units


def _keep_headings_with_next(text: QTextDocument, height: float, pieces: Sequence[tuple[int, int]]) -> None:
    """A heading never ends a page: when what follows it starts on the next page, so does the heading."""
    index = 0
    units = _units(text, pieces)
    while index < len(units) - 1:
        block, top, _bottom, _lines, heading, _row = units[index]
        if heading and _page(top, height) != _page(units[index + 1][1], height) and top % height > 1:
            _break_before(block)
            units = _units(text, pieces)
        index += 1


def _keep_closing_together(text: QTextDocument, height: float) -> None:
    """Recipients and signature never split over two pages: move them to the next page whole."""
    frames = text.rootFrame().childFrames()
    if not frames or not isinstance(frames[-1], QTextTable):
        return
    closing = frames[-1]
    top, bottom = _row_rect(text, closing, 0)
    if bottom - top < height and _page(top, height) != _page(bottom - 2, height):
        fmt = closing.frameFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        closing.setFrameFormat(fmt)


def _keep_closing_with_body(text: QTextDocument, height: float, pieces: Sequence[tuple[int, int]],
                            lines: int = 3) -> tuple[int, int] | None:
    """The closing block (recipients and signature) is never alone on a page: when it starts a
    page, the last ``lines`` lines of the body (whole paragraphs or table rows, with a heading just
    above them) move to that page with it. Returns the table row to move, if that is what moves."""
    frames = text.rootFrame().childFrames()
    if len(frames) < 2 or not isinstance(frames[-1], QTextTable):
        return None
    closing = frames[-1]
    page = _page(_row_rect(text, closing, 0)[0], height)
    units = _units(text, pieces)
    if page == 0 or not units or any(_page(u[1], height) == page for u in units):
        return None
    count, first = 0, len(units)
    while first > 0 and count < lines:
        first -= 1
        count += units[first][3]
    while first > 0 and units[first - 1][4]:  # the heading above them goes too
        first -= 1
    moved = units[first:]
    if moved[-1][2] - moved[0][1] > height / 2:  # too much to move: the last unit alone
        moved = units[-1:]
        if len(units) > 1 and _PICTURE in units[-2][0].text():
            return None  # a picture's caption stays under it (the map page)
    if moved[-1][2] - moved[0][1] > height / 2:
        return None
    fmt = closing.frameFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
    closing.setFrameFormat(fmt)
    if moved[0][5] is not None:
        return moved[0][5]
    _break_before(moved[0][0])
    return None


def paginate(text: QTextDocument, height: float, pieces: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """Page breaks of the laid-out body: rows whole, headings kept with what follows, the closing
    block whole and never alone. Returns a table row that must start a page (the caller cuts the
    table there and lays out again), or None when the pages are settled."""
    row = _crossing_row(text, height, pieces)
    if row is not None:
        return row
    size = text.documentLayout().documentSize().height()
    _keep_headings_with_next(text, height, pieces)
    _keep_closing_together(text, height)
    row = _keep_closing_with_body(text, height, pieces)
    if row is not None:
        return row
    if text.documentLayout().documentSize().height() == size:
        return None  # nothing moved (a page break moves what follows down): the rows are as checked
    return _crossing_row(text, height, pieces)


def _draw(painter: QPainter, body: QTextDocument, clip: QRectF) -> None:
    """``drawContents`` in black: rules (``<hr>``) are drawn with the palette's Dark colour, grey by default."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    palette = QPalette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.Dark, QPalette.ColorRole.WindowText):
        palette.setColor(role, QColor("black"))
    context.palette = palette
    painter.save()
    painter.setClipRect(clip)
    layout = body.documentLayout()
    layout.draw(painter, context)
    # Qt draws <hr> as a hairline, too faint on paper: draw the header's rules again at 0.5 pt.
    pen = QPen(QColor("black"))
    pen.setWidthF(_points(layout.paintDevice(), 0.6))
    painter.setPen(pen)
    block = body.begin()
    while block.isValid():
        ruler = block.blockFormat().lengthProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth)
        if block.blockFormat().hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth):
            rect = layout.blockBoundingRect(block)
            if rect.intersects(clip):
                width = ruler.value(rect.width())
                y = rect.top() + rect.height() / 2 if block.length() == 1 else rect.bottom()
                middle = rect.left() + rect.width() / 2
                painter.drawLine(QLineF(middle - width / 2, y, middle + width / 2, y))
        block = block.next()
    painter.restore()


def _points(device: QPaintDevice | None, value: float) -> float:
    return value * (device.logicalDpiY() if device is not None else 96) / 72


def _pages_used(body: QTextDocument, height: float) -> int:
    """The pages holding text: Qt keeps an empty paragraph after the closing table, which can spill
    onto a page of its own."""
    block = body.lastBlock()
    while block.isValid() and not block.text().strip():
        block = block.previous()
    if not block.isValid():
        return 1
    bottom = body.documentLayout().blockBoundingRect(block).bottom()
    return max(1, min(body.pageCount(), int(max(bottom - 1, 0) // height) + 1))


def _settle_none(before: int) -> None:
    """Give back the references to ``None`` that Qt calls dropped.

    With PySide6 6.12 on Python 3.11 every call of a Qt method returning void (``setBold``,
    ``setFont``, ``setPageSize`` …) leaves ``None`` one reference short; printing a campaign makes
    thousands of such calls and the interpreter then aborts at exit ("none_dealloc"). From Python
    3.12 ``None`` is immortal and nothing needs doing."""
    if sys.version_info >= (3, 12):
        return
    lost = before - sys.getrefcount(None)
    if lost > 0:
        import ctypes

        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


def paint_document(painter: QPainter, device: QPagedPaintDevice, document: Document, *, first: bool = True) -> int:
    """Paint one document from a new page (``first``: on the page the painter is on); return its page count."""
    before = sys.getrefcount(None)
    try:
        return _paint_document(painter, device, document, first)
    finally:
        _settle_none(before)


def _paint_document(painter: QPainter, device: QPagedPaintDevice, document: Document, first: bool) -> int:
    if not first:
        device.newPage()
    page_w, page_h = device.width(), device.height()
    left, top, right, bottom = (_mm(device, m) for m in MARGINS_MM)
    width, height = page_w - left - right, page_h - top - bottom
    body = layout_body(document, device, width, height)
    pages = _pages_used(body, height)
    ends = _open_ends(body, height)
    for page in range(pages):
        if page:
            device.newPage()
        painter.save()
        if page:
            _page_number(painter, device, page + 1, left, width)
            if document.marking:
                _page_marking(painter, device, document.marking, left)
        painter.translate(left, top)
        painter.translate(0, -page * height)
        _draw(painter, body, QRectF(0, page * height, width, height))
        for rule in ends.get(page, ()):
            painter.fillRect(rule, QColor("black"))
        painter.restore()
    return pages


def paint_documents(painter: QPainter, device: QPagedPaintDevice, documents: Sequence[Document],
                    progress: Progress | None = None, pages_each: list[int] | None = None) -> int:
    """Paint documents one after another, each from a new page; return the pages painted (and
    append each document's page count to ``pages_each`` when given).
    ``progress(done, total)`` is called after each (it may raise to stop)."""
    pages = 0
    for n, document in enumerate(documents):
        count = paint_document(painter, device, document, first=n == 0)
        pages += count
        if pages_each is not None:
            pages_each.append(count)
        if progress is not None:
            progress(n + 1, len(documents))
    return pages


def document_title(document: Document) -> str:
    """A document's title as a reader names it: "Chương trình: Tổ chức Ngày hội … tại xã Sín Thầu,
    tỉnh Điện Biên" (the PDF's title, and its bookmark when it is printed alone)."""
    title = document.title[:1] + document.title[1:].lower()
    return f"{title}: {document.subtitle}" if document.subtitle else title


def bookmark_titles(documents: Sequence[Document]) -> list[str]:
    """One bookmark per document of a combined PDF: what tells them apart — the words their
    subtitles do not share ("Xã Sín Thầu, tỉnh Điện Biên" for a campaign's schedules); the whole
    title for a document printed alone or when nothing is shared."""
    if len(documents) < 2:
        return [document_title(d) for d in documents]
    words = [d.subtitle.split() for d in documents]
    shared = 0
    while all(len(w) > shared + 1 and w[shared] == words[0][shared] for w in words):
        shared += 1
    if shared < 3:
        return [document_title(d) for d in documents]
    titles = [" ".join(w[shared:]) for w in words]
    return [t[:1].upper() + t[1:] for t in titles]


def pdf_title(documents: Sequence[Document]) -> str:
    """The PDF's own title: the document's, or for several the title and the subtitles' shared words."""
    if len(documents) == 1:
        return document_title(documents[0])
    if not documents:
        return ""
    words = [d.subtitle.split() for d in documents]
    shared = 0
    while all(len(w) > shared and w[shared] == words[0][shared] for w in words):
        shared += 1
    while shared and words[0][shared - 1] in ("tại", "của", "ở", "cho", "về"):
        shared -= 1
    head = document_title(documents[0]).split(":")[0]
    return f"{head}: {' '.join(words[0][:shared])}" if shared else head


def pdf_bytes(documents: Sequence[Document], progress: Progress | None = None, title: str = "") -> tuple[bytes, int]:
    """``documents`` as one PDF in memory and the pages painted, with one bookmark per document.
    Qt's PDF writer does not report write errors, so it writes into a buffer and the caller writes
    the file (``store.output_file``)."""
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pages_each: list[int] = []
    pages = _paint_pdf(documents, buffer, progress, title, pages_each)
    buffer.close()
    data = bytes(buffer.data().data())
    starts = [sum(pages_each[:n]) for n in range(len(pages_each))]
    return add_outline(data, list(zip(bookmark_titles(documents), starts))), pages


def write_pdf(documents: Sequence[Document], path: str, progress: Progress | None = None,
              title: str = "") -> int:
    """Write ``documents`` into one PDF at ``path`` as given (scripts, benchmarks); the app saves
    through ``reports.output.save_pdf``, which checks the file and renames it into place."""
    from pathlib import Path

    data, pages = pdf_bytes(documents, progress, title)
    Path(path).write_bytes(data)
    return pages


def _paint_pdf(documents: Sequence[Document], device: Any, progress: Progress | None, title: str,
               pages_each: list[int] | None = None) -> int:
    from PySide6.QtGui import QPdfWriter

    ensure_application()
    check_glyphs(documents)
    before = sys.getrefcount(None)
    writer = QPdfWriter(device)
    writer.setResolution(600)
    writer.setCreator("Festival Planner")
    writer.setTitle(title or pdf_title(documents))
    prepare_device(writer, bool(documents) and documents[0].landscape)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {device}")
    try:
        return paint_documents(painter, writer, documents, progress, pages_each)
    finally:
        painter.end()
        _settle_none(before)


_KIDS = re.compile(rb"/Type\s*/Pages\s*/Kids\s*\[([^\]]*)\]")
_CATALOG = re.compile(rb"(\d+) 0 obj\s*<<\s*(/Type\s*/Catalog.*?)>>\s*endobj", re.S)
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", re.S)


def _pdf_text(text: str) -> bytes:
    """A PDF text string in UTF-16BE with its byte-order mark (Vietnamese in bookmarks)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def add_outline(data: bytes, entries: Sequence[tuple[str, int]]) -> bytes:
    """Qt's PDF with an outline (bookmarks): ``entries`` of (title, first page index), shown when the
    file opens. Qt's writer has no outline API, so the outline is appended as an incremental update
    (PDF 1.4, section 3.4.5): new outline objects, the catalogue again with ``/Outlines``, and an
    xref section pointing back to Qt's. Returned unchanged when the PDF is not laid out as Qt writes it."""
    kids, catalog, trailer = _KIDS.search(data), _CATALOG.search(data), _TRAILER.search(data)
    if not entries or kids is None or catalog is None or trailer is None:
        return data
    pages = re.findall(rb"(\d+)\s+0\s+R", kids.group(1))
    size_match = re.search(rb"/Size\s+(\d+)", trailer.group(1))
    if size_match is None or any(not 0 <= page < len(pages) for _, page in entries):
        return data
    size = int(size_match.group(1))
    root, first = size, size + 1
    last = first + len(entries) - 1
    objects: list[tuple[int, bytes]] = [(root, b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>"
                                         % (first, last, len(entries)))]
    for n, (title, page) in enumerate(entries):
        number = first + n
        links = (b" /Prev %d 0 R" % (number - 1) if number > first else b"") + \
            (b" /Next %d 0 R" % (number + 1) if number < last else b"")
        objects.append((number, b"<< /Title " + _pdf_text(title) + b" /Parent %d 0 R" % root + links
                        + b" /Dest [" + pages[page] + b" 0 R /XYZ null null null] >>"))
    body = catalog.group(2).rstrip()
    objects.insert(0, (int(catalog.group(1)), b"<< " + body + b"\n/Outlines %d 0 R\n/PageMode /UseOutlines\n>>" % root))
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets: dict[int, int] = {}
    for number, text in objects:
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + text + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for number in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    kept = re.sub(rb"/Size\s+\d+", b"", trailer.group(1)).strip()
    out += b"trailer\n<< /Size %d " % (last + 1) + kept + b" /Prev " + trailer.group(2) + b" >>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def render_image(document: Document, dpi: int = 110) -> QImage:
    """The first page of ``document`` as an image (pictures for the README)."""
    ensure_application()
    landscape = document.landscape
    w_mm, h_mm = (297, 210) if landscape else (210, 297)
    image = QImage(int(w_mm / 25.4 * dpi), int(h_mm / 25.4 * dpi), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(int(dpi / 0.0254))
    image.setDotsPerMeterY(int(dpi / 0.0254))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    before = sys.getrefcount(None)
    _FirstPage(image).paint(painter, document)
    painter.end()
    _settle_none(before)
    return image


class _FirstPage:
    """Adapter that lets ``paint_document`` paint only the first page onto a plain image."""

    def __init__(self, image: QImage) -> None:
        self.image = image

    def paint(self, painter: QPainter, document: Document) -> None:
        image = self.image
        page_w, page_h = image.width(), image.height()
        left, top, right, bottom = (_mm(image, m) for m in MARGINS_MM)
        width, height = page_w - left - right, page_h - top - bottom
        body = layout_body(document, image, width, height)
        painter.translate(left, top)
        _draw(painter, body, QRectF(0, 0, width, height))
        for rule in _open_ends(body, height).get(0, ()):
            painter.fillRect(rule, QColor("black"))
