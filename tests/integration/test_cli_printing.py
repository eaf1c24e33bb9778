"""``print``: official documents from the demo plan, read back from the PDF with pypdf."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from festival_planner.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(demo_copy: Path) -> Path:
    """The demo plan (``tests/integration/test_cli.py`` runs the ``demo`` command itself)."""
    return demo_copy


def pdf_pages(path: Path) -> list[str]:
    """Each page's text with runs of white space made single spaces (Qt places words one by one)."""
    return [re.sub(r"\s+", " ", unicodedata.normalize("NFC", page.extract_text() or ""))
            for page in PdfReader(str(path)).pages]


def sites(capsys, db: Path) -> list[dict]:
    code, out, _ = run(capsys, "sites", "list", "--campaign", "2026", "--db", str(db), "--json")
    assert code == 0
    return json.loads(out)


def test_site_schedule_pdf_holds_the_motto_place_programme_and_head(capsys, demo_db: Path, tmp_path: Path) -> None:
    site = next(s for s in sites(capsys, demo_db) if s["head_of_delegation"])
    code, out, _ = run(capsys, "programme", "show", "--site", site["id"], "--db", str(demo_db), "--json")
    assert code == 0
    items = [i["title"] for i in json.loads(out)["items"]]
    assert items
    target = tmp_path / "lich.pdf"
    code, out, err = run(capsys, "print", "site", "--site", site["id"], "--pdf", str(target), "--db", str(demo_db),
                         "--number", "12", "--date", "04/08/2026")
    assert code == 0 and (err == "" or (len(err.splitlines()) == 1 and err.startswith("festival-planner: note:")))
    text = " ".join(pdf_pages(target))
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "CHƯƠNG TRÌNH",
                     site["commune_name"], site["province"], site["head_of_delegation"], "Số: 12/CTr-BCĐ",
                     "ngày 04 tháng 8 năm 2026", *items):
        assert re.sub(r"\s+", " ", expected) in text, expected
    assert "MẬT" not in text


def test_schedules_give_a_page_per_site_in_date_order(capsys, demo_db: Path, tmp_path: Path) -> None:
    listed = sites(capsys, demo_db)
    target, folder = tmp_path / "all.pdf", tmp_path / "each"
    folder.mkdir()
    code, out, err = run(capsys, "print", "schedules", "--campaign", "2026", "--pdf", str(target),
                         "--one-per-site", str(folder), "--db", str(demo_db))
    assert code == 0 and (err == "" or (len(err.splitlines()) == 1 and err.startswith("festival-planner: note:")))
    pages = pdf_pages(target)
    assert len(pages) >= len(listed)
    starts = [n for n, page in enumerate(pages) if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in page]
    assert len(starts) == len(listed)
    dates = [dt.datetime.strptime(re.search(r"ngày (\d\d/\d\d/\d{4})", pages[n]).group(1), "%d/%m/%Y").date()
             for n in starts]
    assert dates == sorted(dates)
    assert sorted(dates) == sorted(dt.date.fromisoformat(s["date"]) for s in listed)
    assert len(list(folder.glob("*.pdf"))) == len(listed)


def test_itinerary_checklist_overview_and_word(capsys, demo_db: Path, tmp_path: Path) -> None:
    site = next(s for s in sites(capsys, demo_db) if s["head_of_delegation"])
    code, out, _ = run(capsys, "leaders", "list", "--db", str(demo_db), "--json")
    leader = next(row for row in json.loads(out) if row["full_name"] == site["head_of_delegation"])
    itinerary = tmp_path / "it.pdf"
    assert run(capsys, "print", "itinerary", "--leader", leader["id"], "--campaign", "2026", "--pdf", str(itinerary),
               "--db", str(demo_db))[0] == 0
    text = " ".join(pdf_pages(itinerary))
    assert "CHƯƠNG TRÌNH CÔNG TÁC" in text and "MẬT" in text and site["commune_name"].split(" ", 1)[1] in text
    checklist = tmp_path / "dm.pdf"
    assert run(capsys, "print", "checklist", "--site", site["id"], "--pdf", str(checklist), "--confidential",
               "--db", str(demo_db))[0] == 0
    text = " ".join(pdf_pages(checklist))
    assert "DANH MỤC KIỂM TRA TẠI ĐIỂM" in text and "MẬT" in text and "GHI CHÚ" in text
    overview = tmp_path / "bc.pdf"
    assert run(capsys, "print", "overview", "--campaign", "2026", "--pdf", str(overview), "--db", str(demo_db))[0] == 0
    reader = PdfReader(str(overview))
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    text = " ".join(pdf_pages(overview))
    assert "BÁO CÁO" in text and site["province"] in text and "NHIỆM VỤ CHUNG" in text
    word = tmp_path / "lich.docx"
    code, out, err = run(capsys, "print", "site", "--site", site["id"], "--docx", str(word), "--db", str(demo_db))
    assert code == 0 and (err == "" or (len(err.splitlines()) == 1 and err.startswith("festival-planner: note:")))
    from docx import Document as WordDocument

    opened = WordDocument(str(word))
    words = [p.text for p in opened.paragraphs] + [c.text for t in opened.tables for r in t.rows for c in r.cells]
    joined = " ".join(words)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in joined and site["head_of_delegation"] in joined
    section = opened.sections[0]
    assert section.different_first_page_header_footer  # no page number on page 1
    assert "PAGE" in section.header._element.xml  # the page number field, centred at the top
    assert round(section.left_margin.mm) == 30 and round(section.right_margin.mm) == 15
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297


@pytest.mark.parametrize("argv", [
    ("print", "site", "--site", "not-an-id", "--pdf", "{out}"),
    ("print", "site", "--site", "00000000-0000-0000-0000-000000000000", "--pdf", "{out}"),
    ("print", "site", "--site", "00000000-0000-0000-0000-000000000000", "--pdf", "{tmp}/x.txt"),
    ("print", "schedules", "--campaign", "2031", "--pdf", "{out}"),
    ("print", "schedules", "--campaign", "2026", "--pdf", "{tmp}/missing/x.pdf"),
    ("print", "schedules", "--campaign", "2026", "--pdf", "{out}", "--one-per-site", "{tmp}/missing/deeper"),
    ("print", "overview", "--campaign", "2026", "--pdf", "{out}", "--date", "31/02/2026"),
])
def test_bad_input_is_one_line_and_leaves_no_file(capsys, demo_db: Path, tmp_path: Path, argv: tuple) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    filled = [a.format(out=out_dir / "x.pdf", tmp=out_dir) for a in argv]
    code, out, err = run(capsys, *filled, "--db", str(demo_db))
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and err.startswith("festival-planner: ")
    assert list(out_dir.iterdir()) == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_word_file(capsys, demo_db: Path, tmp_path: Path) -> None:
    site = sites(capsys, demo_db)[0]
    word = tmp_path / "lich.docx"
    assert run(capsys, "print", "site", "--site", site["id"], "--docx", str(word), "--db", str(demo_db))[0] == 0
    # a profile of its own: two LibreOffice runs on one profile (tests on both cores) make one fail
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(word)], check=True, capture_output=True, timeout=180)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in " ".join(pdf_pages(tmp_path / "lich.pdf"))


def test_overview_map_page_from_an_image_the_caller_supplies(capsys, demo_db: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7ca5"))
    picture = tmp_path / "map.png"
    assert image.save(str(picture))
    target = tmp_path / "bc.pdf"
    assert run(capsys, "print", "overview", "--campaign", "2026", "--pdf", str(target), "--map", str(picture),
               "--db", str(demo_db))[0] == 0
    pages = pdf_pages(target)
    map_page = next(n for n, page in enumerate(pages) if "BẢN ĐỒ CÁC ĐIỂM TỔ CHỨC" in page)
    assert map_page > 0 and "Vị trí" in pages[map_page]
    resources = PdfReader(str(target)).pages[map_page]["/Resources"]
    objects = resources["/XObject"].get_object() if "/XObject" in resources else {}
    assert any(o.get_object().get("/Subtype") == "/Image" for o in objects.values())
