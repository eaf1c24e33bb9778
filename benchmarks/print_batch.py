"""Printing the demo campaign's site schedules into one PDF with the reports renderer, next to
printing the same pages with a bare ``QTextDocument`` (``print_`` onto the same kind of
``QPdfWriter``) in the same run. Target: the renderer within 1.3× the bare document.

    python benchmarks/print_batch.py [--repeat N]

The bare document is given the renderer's final pages: each schedule's body as the renderer laid
it out (header table, programme and delegation with the tables cut where the renderer cut them,
its page breaks, the closing block), exported with ``toHtml`` before timing and joined with page
breaks, laid out on the same device and text area. So both sides paint the same page count (both
are printed) and the difference is the renderer's own work: finding the page breaks (rows whole,
headings kept with what follows, the closing block never alone), page numbers, the glyph check and
the bookmarks. Needs only the installed package (no test dependency).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPdfWriter, QTextDocument

    from festival_planner.reports import render
    from festival_planner.reports.content import campaign_site_ids, site_schedule_document
    from festival_planner.services import demo
    from festival_planner.store.database import open_database
    from festival_planner.store.output_file import pdf_pages

    render.ensure_application()
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "bench.sqlite")
        with database.write() as session:
            demo.create_demo(session)
        with database.write() as session:
            documents = [site_schedule_document(session, i) for i in campaign_site_ids(session, 2026)]
        database.close()

        def writer_for(path: Path) -> tuple[QPdfWriter, float, float]:
            writer = QPdfWriter(str(path))
            writer.setResolution(600)
            render.prepare_device(writer)
            left, top, right, bottom = (render._mm(writer, m) for m in render.MARGINS_MM)
            return writer, writer.width() - left - right, writer.height() - top - bottom

        # The renderer's final pages as rich text (not timed): what the bare document prints.
        probe, width, height = writer_for(Path(tmp) / "probe.pdf")
        pages_html = []
        for document in documents:
            body = render.layout_body(document, probe, width, height)
            pages_html.append(body.toHtml())
        del probe
        joined = '<p style="page-break-after:always"></p>'.join(
            html.split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0] for html in pages_html)

        def ours() -> int:
            return render.write_pdf(documents, str(Path(tmp) / "ours.pdf"))

        def bare() -> int:
            path = Path(tmp) / "bare.pdf"
            writer, text_w, text_h = writer_for(path)
            text = QTextDocument()
            text.documentLayout().setPaintDevice(writer)
            text.setDefaultFont(render._font(writer, render.BODY_PT))
            text.setDocumentMargin(0)
            text.setUseDesignMetrics(True)
            text.setHtml(joined)
            text.setPageSize(QSizeF(text_w, text_h))
            text.print_(writer)
            del writer
            return pdf_pages(path.read_bytes())

        ours(), bare()  # warm-up: fonts, caches
        timings: dict[str, list[float]] = {"ours": [], "bare": []}
        pages: dict[str, int] = {}
        for _ in range(args.repeat):
            for name, run in (("bare", bare), ("ours", ours)):
                start = time.perf_counter()
                pages[name] = run()
                timings[name].append(time.perf_counter() - start)
    bare_s, ours_s = statistics.median(timings["bare"]), statistics.median(timings["ours"])
    print(f"{len(documents)} site schedules, median of {args.repeat} runs")
    print(f"  bare QTextDocument.print_ : {bare_s * 1000:7.0f} ms  ({pages['bare']} pages)")
    print(f"  reports renderer          : {ours_s * 1000:7.0f} ms  ({pages['ours']} pages)")
    print(f"  ratio                     : {ours_s / bare_s:7.2f}x  (target ≤ 1.30x)")
    if pages["bare"] != pages["ours"]:
        print("  (the page counts differ: the comparison is not like for like)")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # PySide6 6.12 can abort while collecting Qt wrappers at interpreter exit
