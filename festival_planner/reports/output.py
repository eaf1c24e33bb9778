"""Write documents to files safely: a temporary file in the same folder, renamed when complete, so
a refusal or a crash never leaves a partial PDF or Word file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from festival_planner.domain.errors import ValidationError
from festival_planner.reports.content.model import Document

Progress = Callable[[int, int], None]


def check_target(path: str | Path, suffix: str) -> Path:
    """``path`` as a file to write: it must end in ``suffix`` and its folder must exist."""
    target = Path(path).expanduser()
    if target.suffix.lower() != suffix:
        raise ValidationError("print_bad_suffix", path=str(path), suffix=suffix)
    if not target.parent.is_dir():
        raise ValidationError("print_folder_missing", path=str(target.parent))
    return target


def _atomic(target: Path, write: Callable[[str], object]) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent)
    os.close(handle)
    try:
        write(temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def save_pdf(documents: Sequence[Document], path: str | Path, progress: Progress | None = None) -> int:
    """All ``documents`` into one PDF at ``path``; return the number of pages."""
    from festival_planner.reports.render import write_pdf

    target = check_target(path, ".pdf")
    pages: list[int] = []
    _atomic(target, lambda temporary: pages.append(write_pdf(documents, temporary, progress)))
    return pages[0]


def save_docx(document: Document, path: str | Path) -> None:
    """One document as a Word file at ``path``."""
    from festival_planner.reports.docx import write_docx

    target = check_target(path, ".docx")
    _atomic(target, lambda temporary: write_docx(document, temporary))


def save_pdf_per_document(documents: Sequence[Document], folder: str | Path,
                          progress: Progress | None = None) -> list[Path]:
    """One PDF per document in ``folder`` (named after ``Document.name``); return the files."""
    directory = Path(folder).expanduser()
    if not directory.is_dir():
        raise ValidationError("print_folder_missing", path=str(folder))
    written: list[Path] = []
    for n, document in enumerate(documents):
        target = directory / f"{document.name or f'tai-lieu-{n + 1}'}.pdf"
        save_pdf([document], target)
        written.append(target)
        if progress is not None:
            progress(n + 1, len(documents))
    return written
