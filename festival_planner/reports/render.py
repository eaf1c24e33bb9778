"""Paint a ``Document`` onto any paged device (``QPdfWriter``, ``QPrinter``, a preview) — QtGui only.

Layout after Decree 30/2020/NĐ-CP: A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; the
bundled serif Noto Serif, 13 pt body. The official header (issuing body left, national name and
motto right, number line and place-and-date line) is painted with ``QPainter`` on the first page;
the body is one ``QTextDocument`` laid out in the device's own pixels and paginated by Qt, then
checked page by page (``paginate``): a table row that would cross a page boundary starts the next
page (the table is cut there and goes on under its header row again; Qt's own pagination splits
rows line by line), a heading never ends a page, and the closing block is kept whole and with the
last lines of the body. Page numbers sit centred at the top from
page 2; the confidentiality mark under the number line.
"""

from __future__ import annotations

import html
import os
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
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

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

SERIF = "Noto Serif"  # the variable font of fontpkg_noto_serif (fallback)
PRINT_SERIF = "Noto Serif Print"  # its static faces in resources/fonts: real bold in the PDF
BODY_PT = 13
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
    """Register the print faces once (``resources/fonts``: static Noto Serif Regular, Bold, Italic,
    Bold Italic) and return the family the renderer uses. Qt's PDF writer embeds only the default
    instance of a variable font, so bold would be faked by drawing twice; the static faces print
    real bold and their text extracts once. Without them: the variable Noto Serif."""
    global _fonts_loaded, SERIF_USED
    if _fonts_loaded:
        return SERIF_USED
    _fonts_loaded = True
    from festival_planner.resource_files import resource

    folder = resource("fonts")
    if folder.is_dir() and PRINT_SERIF not in QFontDatabase.families():
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".ttf"):
                QFontDatabase.addApplicationFontFromData(entry.read_bytes())
    if PRINT_SERIF in QFontDatabase.families():
        SERIF_USED = PRINT_SERIF
        return SERIF_USED
    if SERIF not in QFontDatabase.families():
        try:
            import fontpkg_noto_serif
        except ImportError:  # pragma: no cover - a dependency; text falls back to a system serif
            return SERIF_USED
        for path in sorted((fontpkg_noto_serif.ROOT / "files").glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(path))
    return SERIF_USED


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
            out.append("</table>" + _DATA_TABLE + broken + head + chunk)
            pieces.append((number, cut))
        out.append(rest)
    return "".join(out), pieces


def block_html(block: object, dots: int) -> str:
    """One block of the body as Qt rich text."""
    if isinstance(block, Heading):
        return f'<p style="margin-top:8px"><b>{_esc(block.text)}</b></p>'
    if isinstance(block, Paragraph):
        text = _esc(block.text)
        text = f"<b>{text}</b>" if block.bold else text
        text = f"<i>{text}</i>" if block.italic else text
        return f'<p align="{block.align}">{text}</p>'
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
    raise TypeError(f"unknown block {block!r}")


def body_html(document: Document, dots: int = 110) -> str:
    """The whole body (title to signature) as Qt rich text."""
    parts = [f'<p align="center" style="font-size:14pt;margin-top:18px"><b>{_esc(document.title)}</b></p>']
    if document.subtitle:
        parts.append(f'<p align="center" style="font-size:14pt"><b>{_esc(document.subtitle)}</b></p>')
    parts += [block_html(block, dots) for block in document.blocks]
    recipients = "<br/>".join(_esc(r) for r in document.recipients)
    signature = ""
    if document.signature:
        s = document.signature
        signature = (f"<b>{_esc(s.capacity)}</b><br/><b>{_esc(s.title)}</b><br/><br/><br/><br/><br/>"
                     f"<b>{_esc(s.name)}</b>")
    parts.append('<p></p><table width="100%" cellspacing="0" cellpadding="0"><tr>'
                 f'<td width="50%" style="font-size:11pt"><b><i>{_esc(document.recipients_label)}</i></b><br/>'
                 f'{recipients}</td><td width="50%" align="center">{signature}</td></tr></table>')
    return "".join(parts)


def header_html(document: Document, device: QPaintDevice, width: float) -> str:
    """The official header as a borderless two-column table: issuing body left, national name and
    motto right (each with its rule), then the number line and the italic place-and-date line."""
    h = document.header
    left_w, right_w = 0.40, 0.60
    size = 12.5  # the national name on one line: shrink a little when the column is narrow
    while size > 9 and QFontMetricsF(_font(device, size, bold=True), device).horizontalAdvance(h.national) \
            > width * right_w * 0.97:
        size -= 0.5
    motto_w = QFontMetricsF(_font(device, 13.5, bold=True), device).horizontalAdvance(h.motto)
    motto_rule = min(100, round(motto_w / (width * right_w) * 100))
    marking = ""
    if document.marking:
        marking = ('<table border="1" cellspacing="0" cellpadding="4" align="center" style="border-collapse:collapse;'
                   f'border-color:black;margin-top:6px"><tr><td><b>{_esc(document.marking)}</b></td></tr></table>')
    superior = f"{_esc(h.superior.upper())}<br/>" if h.superior else ""
    return ('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="{left_w * 100:.0f}%" align="center" style="font-size:12.5pt">{superior}'
            f'<b>{_esc(h.issuer.upper())}</b><hr width="30%"/></td>'
            f'<td width="{right_w * 100:.0f}%" align="center"><span style="font-size:{size}pt"><b>'
            f'{_esc(h.national)}</b></span><br/><span style="font-size:13.5pt"><b>{_esc(h.motto)}</b></span>'
            f'<hr width="{motto_rule}%"/></td></tr>'
            f'<tr><td align="center">{_esc(h.number)}{marking}</td>'
            f'<td align="center"><i>{_esc(h.place_date)}</i></td></tr></table>')


def _page_number(painter: QPainter, device: QPaintDevice, page: int, width: float) -> None:
    painter.setFont(_font(device, 13))
    painter.drawText(QRectF(0, _mm(device, 8), width, _mm(device, 9)), int(Qt.AlignmentFlag.AlignCenter), str(page))


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
    html = header_html(document, device, width) + body_html(document, dots)
    for path, (w, h) in sizes.items():
        tag = f'<img src="picture:{_esc(path)}"/>'
        html = html.replace(tag, f'{tag[:-2]} width="{w}" height="{h}"/>')
    splits: list[tuple[int, int]] = []
    for _ in range(200):  # each round moves one row or block on: ends long before
        text = _text_document(device)
        for path, image in images.items():
            text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"picture:{path}"), image)
        laid_out, pieces = split_tables(html, splits)
        text.setHtml(laid_out)
        text.setPageSize(QSizeF(width, height))
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
        first = layout.blockBoundingRect(cell.firstCursorPosition().block())
        last = layout.blockBoundingRect(cell.lastCursorPosition().block())
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
    _keep_headings_with_next(text, height, pieces)
    _keep_closing_together(text, height)
    row = _keep_closing_with_body(text, height, pieces)
    if row is not None:
        return row
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
    for page in range(pages):
        if page:
            device.newPage()
        painter.save()
        if page:
            _page_number(painter, device, page + 1, page_w)
        painter.translate(left, top)
        painter.translate(0, -page * height)
        _draw(painter, body, QRectF(0, page * height, width, height))
        painter.restore()
    return pages


def paint_documents(painter: QPainter, device: QPagedPaintDevice, documents: Sequence[Document],
                    progress: Progress | None = None) -> int:
    """Paint documents one after another, each from a new page; return the pages painted.
    ``progress(done, total)`` is called after each (it may raise to stop)."""
    pages = 0
    for n, document in enumerate(documents):
        pages += paint_document(painter, device, document, first=n == 0)
        if progress is not None:
            progress(n + 1, len(documents))
    return pages


def pdf_bytes(documents: Sequence[Document], progress: Progress | None = None, title: str = "") -> tuple[bytes, int]:
    """``documents`` as one PDF in memory and the pages painted. Qt's PDF writer does not report
    write errors, so it writes into a buffer and the caller writes the file (``store.output_file``)."""
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pages = _paint_pdf(documents, buffer, progress, title)
    buffer.close()
    return bytes(buffer.data().data()), pages


def write_pdf(documents: Sequence[Document], path: str, progress: Progress | None = None,
              title: str = "") -> int:
    """Write ``documents`` into one PDF at ``path`` as given (scripts, benchmarks); the app saves
    through ``reports.output.save_pdf``, which checks the file and renames it into place."""
    return _paint_pdf(documents, path, progress, title)


def _paint_pdf(documents: Sequence[Document], device: Any, progress: Progress | None, title: str) -> int:
    from PySide6.QtGui import QPdfWriter

    ensure_application()
    before = sys.getrefcount(None)
    writer = QPdfWriter(device)
    writer.setResolution(600)
    writer.setCreator("Festival Planner")
    writer.setTitle(title or (documents[0].title if documents else ""))
    prepare_device(writer, bool(documents) and documents[0].landscape)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {device}")
    try:
        return paint_documents(painter, writer, documents, progress)
    finally:
        painter.end()
        _settle_none(before)


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
