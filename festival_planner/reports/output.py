"""Write documents to files safely through ``store.output_file``: painted in memory, written beside
the target, checked (a PDF's trailer and its page count read back), then renamed, so a full disk, a
refusal or a crash never leaves a partial PDF or Word file behind nor reports one as written.

A document marked MẬT (every itinerary is) is written owner-only; others follow the user's umask."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from festival_planner.domain.errors import ValidationError
from festival_planner.reports.content.model import Document
from festival_planner.store.output_file import check_pdf, check_portable_name, check_zip, produce, write_output

Progress = Callable[[int, int], None]


def check_target(path: str | Path, suffix: str) -> Path:
    """``path`` as a file to write: it must end in ``suffix`` and its folder must exist."""
    target = Path(path).expanduser()
    if target.suffix.lower() != suffix:
        raise ValidationError("print_bad_suffix", path=str(path), suffix=suffix)
    if not target.parent.is_dir():
        raise ValidationError("print_folder_missing", path=str(target.parent))
    check_portable_name(target)  # before the document is rendered (write_output checks it again)
    return target


def is_restricted(documents: Sequence[Document]) -> bool:
    """True when any document carries a confidentiality mark (MẬT): its file is owner-only."""
    return any(document.marking for document in documents)


def save_pdf(documents: Sequence[Document], path: str | Path, progress: Progress | None = None) -> int:
    """All ``documents`` into one PDF at ``path``; return the number of pages (read back from the file)."""
    from festival_planner.reports.render import pdf_bytes

    target = check_target(path, ".pdf")
    data, pages = pdf_bytes(documents, progress)
    write_output(target, data, restricted=is_restricted(documents), check=check_pdf(pages))
    return pages


def save_docx(document: Document, path: str | Path) -> None:
    """One document as a Word file at ``path``."""
    from festival_planner.reports.docx import docx_bytes

    target = check_target(path, ".docx")
    data = produce(target, lambda: docx_bytes(document))
    write_output(target, data, restricted=is_restricted([document]), check=check_zip)


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
