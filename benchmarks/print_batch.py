"""Printing the demo campaign's site schedules into one PDF with the reports renderer, next to
printing the same HTML with a bare ``QTextDocument`` (``print_`` onto the same kind of
``QPdfWriter``) in the same run. Target: the renderer within 1.3× the bare document.

    python benchmarks/print_batch.py [--repeat N]

Both sides paint the same pages (header table, programme, delegation, signature), so the
difference is the renderer's own work: per-document layout on the device, page numbers.
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
    from pypdf import PdfReader
    from PySide6.QtGui import QPdfWriter, QTextDocument

    from festival_planner.reports import render
    from festival_planner.reports.content import campaign_site_ids, site_schedule_document
    from festival_planner.services import demo
    from festival_planner.store.database import open_database

    render.ensure_application()
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "bench.sqlite")
        with database.transaction() as session:
            demo.create_demo(session)
        with database.transaction() as session:
            documents = [site_schedule_document(session, i) for i in campaign_site_ids(session, 2026)]
        database.close()

        def ours() -> int:
            return render.write_pdf(documents, str(Path(tmp) / "ours.pdf"))

        def bare() -> int:
            writer = QPdfWriter(str(Path(tmp) / "bare.pdf"))
            writer.setResolution(600)
            render.prepare_device(writer)
            html = '<p style="page-break-after:always"></p>'.join(
                render.header_html(d, writer, writer.width() * 165 / 210) + render.body_html(d) for d in documents)
            text = QTextDocument()
            text.setDefaultFont(render._font(writer, render.BODY_PT))
            text.setHtml(html)
            text.print_(writer)
            del writer
            return len(PdfReader(str(Path(tmp) / "bare.pdf")).pages)

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
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # PySide6 6.12 can abort while collecting Qt wrappers at interpreter exit
