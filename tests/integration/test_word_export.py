"""Word equal to the PDF: every report of the demo plan exported to .docx (CLI ``--docx``) and read
back as a user's word processor would — the XML parts validated against the WordprocessingML
schema (ISO/IEC 29500-4 transitional, ``tests/data/ooxml``), tables, spacing, language, core
properties; and, where LibreOffice is installed, converted to PDF and compared with our PDF."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import unicodedata
import uuid
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader
from sqlalchemy import select

from festival_planner.cli import main
from festival_planner.domain.models import Campaign
from festival_planner.reports.content import builders
from festival_planner.reports.content.model import CheckTable, Document, Heading, Table, TickList
from festival_planner.reports.docx import bold_width_mm
from festival_planner.reports.output import save_docx
from festival_planner.services import demo, documents, leaders
from festival_planner.store.database import open_database

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS = {"w": W}
SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "ooxml"
SIGNER = "Nguyễn Văn An"
TWIPS_PER_MM = 1440 / 25.4
REPORTS = ("site", "itinerary", "checklist", "overview")


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> dict:
    """The demo plan with a signer's name set, and the ids each report is printed for."""
    db = tmp_path_factory.mktemp("word") / "plan.sqlite"
    shutil.copyfile(template_db, db)
    database = open_database(db)
    try:
        with database.write() as session:
            demo.create_demo(session, 2026)
        with database.transaction() as session:
            campaign = session.scalars(select(Campaign).where(Campaign.year == 2026)).one()
            documents.save_document_settings(session, campaign.id,
                                             replace(documents.default_settings(), signer_name=SIGNER))
        with database.read() as session:
            site = builders.campaign_site_ids(session, 2026)[0]
            leader = leaders.list_leaders(session)[0].id
    finally:
        database.close()
    return {"db": db, "site": str(site), "leader": str(leader)}


def _argv(report: str, plan: dict, target: str, out: Path) -> list[str]:
    return {
        "site": ["print", "site", "--site", plan["site"], "--confidential"],
        "itinerary": ["print", "itinerary", "--leader", plan["leader"], "--campaign", "2026"],
        "checklist": ["print", "checklist", "--site", plan["site"]],
        "overview": ["print", "overview", "--campaign", "2026"],
    }[report] + [target, str(out), "--db", str(plan["db"]), "--lang", "en"]


@pytest.fixture(scope="module")
def exported(plan: dict, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Document]]:
    """Each report written to .docx (as ``print … --docx`` does), with the document it was made from."""
    folder = tmp_path_factory.mktemp("docx")
    database = open_database(plan["db"])
    try:
        with database.read() as session:
            site, leader = uuid.UUID(plan["site"]), uuid.UUID(plan["leader"])
            made = {
                "site": builders.site_schedule_document(session, site, builders.Options(confidential=True)),
                "itinerary": builders.itinerary_document(session, leader, 2026),
                "checklist": builders.field_checklist_document(session, site),
                "overview": builders.overview_document(session, 2026),
            }
    finally:
        database.close()
    out: dict[str, tuple[Path, Document]] = {}
    for report, document in made.items():
        out[report] = (folder / f"{report}.docx", document)
        save_docx(document, out[report][0])
    return out


def _xml(path: Path, part: str = "word/document.xml") -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(part))


def _text(element: etree._Element) -> str:
    return "".join(element.itertext())


def test_every_report_is_written_to_word_from_the_cli(plan: dict, tmp_path: Path, capsys) -> None:
    for report in REPORTS:
        target = tmp_path / f"{report}.docx"
        assert main(_argv(report, plan, "--docx", target)) == 0
        out = capsys.readouterr().out
        assert out.strip() == f"Wrote {target}."
        from docx import Document as WordDocument

        words = "\n".join(p.text for p in WordDocument(str(target)).paragraphs)
        dated = "Bản in ngày" if report == "checklist" else "Hà Nội, ngày"  # the checklist is a working form
        assert dated in _text(_xml(target))
        assert words  # a real document, not an empty shell


def test_pdf_and_docx_together_or_a_wrong_suffix_are_refused_in_one_line(plan: dict, tmp_path: Path, capsys) -> None:
    for report in ("itinerary", "checklist", "overview"):
        argv = _argv(report, plan, "--docx", tmp_path / "a.docx") + ["--pdf", str(tmp_path / "a.pdf")]
        with pytest.raises(SystemExit) as exited:
            main(argv)
        assert exited.value.code != 0
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "--pdf" in err and "--docx" in err
        assert main(_argv(report, plan, "--docx", tmp_path / "wrong.pdf")) != 0
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and ".docx" in err
        assert not (tmp_path / "wrong.pdf").exists() and not (tmp_path / "a.docx").exists()


def _without_ignorables(root: etree._Element) -> etree._Element:
    """Markup compatibility as a consumer applies it: elements and attributes of the namespaces
    listed in ``mc:Ignorable`` (Word 2010+ extensions in python-docx's template) are dropped."""
    ignorable = {root.nsmap[prefix] for prefix in root.get(f"{{{MC}}}Ignorable", "").split() if prefix in root.nsmap}
    root.attrib.pop(f"{{{MC}}}Ignorable", None)
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        if etree.QName(element).namespace in ignorable:
            element.getparent().remove(element)
            continue
        for name in list(element.attrib):
            if etree.QName(name).namespace in ignorable:
                del element.attrib[name]
    return root


@pytest.fixture(scope="module")
def wml_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "ISO-IEC29500-4_2016" / "wml.xsd")))


def test_every_part_validates_against_the_wordprocessingml_schema(exported, wml_schema) -> None:
    for report, (path, _) in exported.items():
        with zipfile.ZipFile(path) as archive:
            parts = [n for n in archive.namelist()
                     if re.fullmatch(r"word/(document|styles|settings|numbering|header\d+)\.xml", n)]
        assert {"word/document.xml", "word/styles.xml", "word/header1.xml"} <= set(parts)
        for part in parts:
            root = _without_ignorables(_xml(path, part))
            valid = wml_schema.validate(root)
            assert valid, (report, part, [f"{e.line}: {e.message}" for e in wml_schema.error_log][:5])


def test_the_schema_check_refuses_properties_out_of_order(wml_schema) -> None:
    """What python-docx's appends used to write: a paragraph border after the alignment, table
    borders after tblLook. The check must fail on them."""
    body = (f'<w:document xmlns:w="{W}"><w:body>'
            '<w:p><w:pPr><w:jc w:val="center"/><w:pBdr><w:bottom w:val="single" w:sz="6"/></w:pBdr></w:pPr></w:p>'
            '<w:sectPr/></w:body></w:document>')
    assert not wml_schema.validate(etree.fromstring(body))
    table = (f'<w:document xmlns:w="{W}"><w:body><w:tbl><w:tblPr><w:tblLook w:val="04A0"/>'
             '<w:tblBorders><w:top w:val="nil"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid>'
             '<w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/></w:body></w:document>')
    assert not wml_schema.validate(etree.fromstring(table))


def _w(element: etree._Element, name: str) -> str | None:
    return element.get(f"{{{W}}}{name}")


def test_tables_have_a_grid_agreeing_with_their_cells_and_rows_that_never_split(exported) -> None:
    for report, (path, document) in exported.items():
        root = _xml(path)
        text_width = round(((297 if document.landscape else 210) - 45) * TWIPS_PER_MM)
        tables = root.findall(".//w:body/w:tbl", NS)
        assert len(tables) >= 3, report  # header, at least one data table, closing block
        for table in tables:
            assert _w(table.find("w:tblPr/w:tblLayout", NS), "type") == "fixed"
            grid = [int(_w(c, "w")) for c in table.findall("w:tblGrid/w:gridCol", NS)]
            assert abs(sum(grid) - text_width) <= len(grid), (report, grid)
            assert int(_w(table.find("w:tblPr/w:tblW", NS), "w")) == sum(grid)
            rows = table.findall("w:tr", NS)
            for row in rows:
                assert row.find("w:trPr/w:cantSplit", NS) is not None, report
                widths = [int(_w(cell.find("w:tcPr/w:tcW", NS), "w")) for cell in row.findall("w:tc", NS)]
                assert widths == grid, (report, widths, grid)
            ruled = _w(table.find("w:tblPr/w:tblBorders/w:insideH", NS), "val") == "single"
            if ruled:  # a data table: its header row repeats on every page
                assert rows[0].find("w:trPr/w:tblHeader", NS) is not None, report
                assert all(r.find("w:trPr/w:tblHeader", NS) is None for r in rows[1:])
        header = tables[0]
        left, right = (int(_w(c, "w")) for c in header.findall("w:tblGrid/w:gridCol", NS))
        assert abs(left / (left + right) - 0.40) < 0.005  # issuing body 40 % | national name 60 %, as the PDF


def test_the_national_name_fits_its_column_and_the_rules_are_short_and_centred(exported) -> None:
    for report, (path, document) in exported.items():
        header = _xml(path).find(".//w:body/w:tbl", NS)
        cells = header.findall("w:tr", NS)[0].findall("w:tc", NS)
        for cell, share in zip(cells, (0.40, 0.60)):
            width = int(_w(cell.find("w:tcPr/w:tcW", NS), "w"))
            rules = [p for p in cell.findall("w:p", NS) if p.find("w:pPr/w:pBdr", NS) is not None]
            if document.is_form and share == 0.60:  # a working form: no national name, no motto
                assert not rules and "CỘNG HÒA" not in _text(cell), report
                continue
            assert len(rules) == 1, report
            rule = rules[0]
            assert not _text(rule).strip()  # an empty paragraph: the border never runs under text
            indent = rule.find("w:pPr/w:ind", NS)
            side_l, side_r = int(_w(indent, "left")), int(_w(indent, "right"))
            assert side_l == side_r > 0
            length_mm = (width - 2 * side_l) / TWIPS_PER_MM
            if share == 0.40:
                assert abs(length_mm - width / TWIPS_PER_MM * 0.30) < 0.5  # as the PDF: 30 % of the column
            else:
                assert abs(length_mm - bold_width_mm(document.header.motto, 13.5)) < 0.5  # the motto's width
                national = cell.findall("w:p", NS)[0]
                size = int(_w(national.find(".//w:rPr/w:sz", NS), "val")) / 2
                assert bold_width_mm(document.header.national, size) <= width / TWIPS_PER_MM


def test_no_python_docx_spacing_times_new_roman_and_vietnamese(exported) -> None:
    for report, (path, _) in exported.items():
        styles = _xml(path, "word/styles.xml")
        spacing = styles.find("w:docDefaults/w:pPrDefault/w:pPr/w:spacing", NS)
        assert (_w(spacing, "after"), _w(spacing, "line"), _w(spacing, "lineRule")) == ("0", "240", "auto")
        for element in styles.iter(f"{{{W}}}spacing"):
            assert _w(element, "after") in (None, "0") and _w(element, "line") in (None, "240"), report
        fonts = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
        assert {k: _w(fonts, k) for k in ("ascii", "hAnsi", "cs", "eastAsia")} == dict.fromkeys(
            ("ascii", "hAnsi", "cs", "eastAsia"), "Times New Roman")
        assert not [a for a in fonts.attrib if "Theme" in a or "theme" in a]  # a theme font would win
        assert _w(styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:sz", NS), "val") == "26"
        for lang in styles.iter(f"{{{W}}}lang"):
            assert _w(lang, "val") == "vi-VN", report
        normal = styles.find("w:style[@w:styleId='Normal']", NS)
        assert _w(normal.find("w:rPr/w:lang", NS), "val") == "vi-VN"
        assert _w(normal.find("w:pPr/w:spacing", NS), "after") == "0"
        assert _w(_xml(path, "word/settings.xml").find("w:themeFontLang", NS), "val") == "vi-VN"


def test_core_properties_are_the_issuing_body_s_and_of_today(exported) -> None:
    from docx import Document as WordDocument

    for report, (path, document) in exported.items():
        core = WordDocument(str(path)).core_properties
        assert core.author == core.last_modified_by == document.header.issuer
        assert core.title == document.title and core.language == "vi-VN"
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        for stamp in (core.created, core.modified):
            assert stamp is not None and abs((now - stamp.replace(tzinfo=None)).total_seconds()) < 3600
        with zipfile.ZipFile(path) as archive:
            meta = archive.read("docProps/core.xml").decode() + archive.read("docProps/app.xml").decode()
            assert not [n for n in archive.namelist() if "thumbnail" in n]
        assert "python-docx" not in meta and "2013" not in meta and "Macintosh" not in meta, report


def _paragraph_with(root: etree._Element, text: str) -> etree._Element:
    return next(p for p in root.iter(f"{{{W}}}p") if _text(p) == text)


def test_headings_and_the_closing_block_keep_with_what_follows(exported) -> None:
    for report, (path, document) in exported.items():
        root = _xml(path)
        for block in document.blocks:
            if isinstance(block, (Heading, TickList, CheckTable)):
                title = block.text if isinstance(block, Heading) else block.title
                assert _paragraph_with(root, title).find("w:pPr/w:keepNext", NS) is not None, (report, title)
        body = [e for e in root.find("w:body", NS) if etree.QName(e).localname in ("p", "tbl")]
        closing = body[-1]
        assert etree.QName(closing).localname == "tbl" and document.recipients_label in _text(closing)
        assert closing.find("w:tr/w:trPr/w:cantSplit", NS) is not None
        paragraphs = closing.findall(".//w:p", NS)
        signature_cell = closing.findall("w:tr/w:tc", NS)[1]
        if document.is_form:  # a working form: who checked and when, signed by hand; no recipients
            assert document.sign_off and document.sign_off.signer in _text(signature_cell)
            assert "Nơi nhận" not in _text(root) and SIGNER not in _text(root)
        else:
            name = signature_cell.findall("w:p", NS)[-1]
            assert _text(name) == SIGNER and name.find(".//w:rPr/w:b", NS) is not None
        kept = [p for p in paragraphs if p.find("w:pPr/w:keepNext", NS) is not None]
        assert len(kept) >= len(paragraphs) - 2  # each cell's lines chained; the last ones end the chain
        before = body[-2]  # the last body lines go with "Nơi nhận" and the signature
        last_paragraphs = before.findall(".//w:tr", NS)[-1].findall(".//w:p", NS) if etree.QName(
            before).localname == "tbl" else [before]
        assert all(p.find("w:pPr/w:keepNext", NS) is not None for p in last_paragraphs), report


def test_marked_documents_box_mat_on_the_first_page_and_every_later_one(exported) -> None:
    path, document = exported["site"]
    assert document.marking == "MẬT"
    boxed_runs = [r for r in _xml(path).iter(f"{{{W}}}r")
                  if r.find("w:rPr/w:bdr", NS) is not None and _text(r).strip("\u00a0 ") == "MẬT"]
    assert len(boxed_runs) == 1 and _w(boxed_runs[0].find("w:rPr/w:bdr", NS), "val") == "single"
    headers = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if re.fullmatch(r"word/header\d+\.xml", name):
                headers.append(etree.fromstring(archive.read(name)))
    later = [h for h in headers if "PAGE" in _text(h)]
    assert len(later) == 1  # the page number from page 2 on, with "MẬT" boxed beside it
    assert [r for r in later[0].iter(f"{{{W}}}r") if r.find("w:rPr/w:bdr", NS) is not None and "MẬT" in _text(r)]
    unmarked = exported["overview"][0]
    assert "MẬT" not in _text(_xml(unmarked))


def test_dotted_lines_reach_the_right_margin(exported) -> None:
    path, document = exported["checklist"]
    lines = sum(b.note_lines for b in document.blocks if isinstance(b, TickList))
    assert lines > 0
    text_width = round(((297 if document.landscape else 210) - 45) * TWIPS_PER_MM)
    leaders = [t for t in _xml(path).iter(f"{{{W}}}tab") if _w(t, "leader") == "dot"]
    assert len(leaders) == lines
    assert all(_w(t, "val") == "right" and abs(int(_w(t, "pos")) - text_width) <= 1 for t in leaders)


# --- LibreOffice: the .docx as another word processor lays it out --------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _words(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", unicodedata.normalize("NFC", page.extract_text() or ""))
            for page in PdfReader(str(path)).pages]


def _fontconfig(folder: Path) -> dict[str, str]:
    """Fontconfig with the app's bundled faces too, so "Times New Roman" finds a metric-compatible
    face (Liberation Serif) even where the system has none installed."""
    from festival_planner.resource_files import resource

    config = folder / "fonts.conf"
    config.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                      '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                      f"<dir>{resource('fonts')}</dir><cachedir>{folder / 'cache'}</cachedir></fontconfig>",
                      encoding="utf-8")
    return {**os.environ, "FONTCONFIG_FILE": str(config)}


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_lays_out_each_docx_like_our_pdf(exported, plan: dict, tmp_path: Path, qapp) -> None:
    ours = {}
    for report in REPORTS:
        ours[report] = tmp_path / f"{report}.pdf"
        assert main(_argv(report, plan, "--pdf", ours[report])) == 0
    converted = tmp_path / "libreoffice"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(converted), *(str(exported[r][0]) for r in REPORTS)],
                   check=True, capture_output=True, timeout=240, env=_fontconfig(tmp_path))
    for report in REPORTS:
        path, document = exported[report]
        word_pages, pdf_pages = _words(converted / f"{report}.pdf"), _words(ours[report])
        assert abs(len(word_pages) - len(pdf_pages)) <= 1, (report, len(word_pages), len(pdf_pages))
        word_text, pdf_text = " ".join(word_pages), " ".join(pdf_pages)
        wanted = [document.title, document.header.place_date]
        if document.is_form:  # a working form: no number, recipients or signature (issue 16 item 8)
            wanted += [document.sign_off.signer] if document.sign_off else []
            wanted += [i.text for block in document.blocks if isinstance(block, CheckTable) for i in block.items[:3]]
        else:
            wanted += [document.header.number, SIGNER, document.recipients_label]
        wanted += [cell for block in document.blocks if isinstance(block, Table) for row in block.rows[:3]
                   for cell in (row if len(row) > 2 else ()) if cell]
        for line in (re.sub(r"\s+", " ", w).strip() for w in wanted):
            assert line in word_text and line in pdf_text, (report, line)
        if document.marking:
            assert all(document.marking in page for page in word_pages), report
