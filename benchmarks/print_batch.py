"""Printing the demo campaign's site schedules into one PDF with the reports renderer, next to
printing the same pages with a bare ``QTextDocument`` (``print_`` onto the same kind of
``QPdfWriter``) in the same run. Target: the renderer within 1.3× the bare document.

    python benchmarks/print_batch.py [--repeat N]

The bare document is given the renderer's final pages: each schedule's body as the renderer laid
it out (header table, programme and delegation with any table cut where the renderer cut it, its
page breaks, the closing block), exported with ``toHtml`` before timing and joined, each from a
new page, laid out on the same device and text area. So both sides paint the same page count (both
are printed) and the difference is the renderer's own work: finding the page breaks (rows whole,
headings kept with what follows, the closing block never alone), the rules closing a table at a
page break, page numbers, the glyph check and the bookmarks. Needs only the installed package (no test dependency).
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
        bodies = [html.split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0] for html in pages_html]
        # each schedule from a new page: its header table breaks before (a paragraph with
        # page-break-after right after the closing table is not always honoured)
        joined = bodies[0] + "".join(
            body.replace('<table border="0" style="', '<table border="0" style="page-break-before:always;', 1)
            for body in bodies[1:])

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
        wall: dict[str, list[float]] = {"ours": [], "bare": []}
        cpu: dict[str, list[float]] = {"ours": [], "bare": []}
        pages: dict[str, int] = {}
        for _ in range(args.repeat):
            for name, run in (("bare", bare), ("ours", ours)):
                start, start_cpu = time.perf_counter(), time.process_time()
                pages[name] = run()
                wall[name].append(time.perf_counter() - start)
                cpu[name].append(time.process_time() - start_cpu)
    median = {kind: {name: statistics.median(values[name]) for name in values} for kind, values in
              (("wall", wall), ("cpu", cpu))}
    print(f"{len(documents)} site schedules, median of {args.repeat} runs (wall clock; CPU time of this process)")
    for name, label in (("bare", "bare QTextDocument.print_"), ("ours", "reports renderer         ")):
        print(f"  {label} : {median['wall'][name] * 1000:6.0f} ms; {median['cpu'][name] * 1000:6.0f} ms CPU"
              f"  ({pages[name]} pages)")
    print(f"  ratio                     : {median['wall']['ours'] / median['wall']['bare']:6.2f}x; "
          f"{median['cpu']['ours'] / median['cpu']['bare']:6.2f}x CPU  (target ≤ 1.30x; on a busy machine "
          "the CPU figure is the steadier)")
    if pages["bare"] != pages["ours"]:
        print("  (the page counts differ: the comparison is not like for like)")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # PySide6 6.12 can abort while collecting Qt wrappers at interpreter exit
