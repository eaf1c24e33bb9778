"""Long work off the GUI thread: the solver, batch PDF export, imports, merges.

``run_job(parent, title, work)`` runs ``work(progress)`` in a worker thread behind a progress
dialog with a Cancel button. ``work`` reports with ``progress(done, total, text)`` and stops when
that call raises ``JobCancelled`` (the user pressed Cancel). The result, a ``FestivalPlannerError``
(shown in the app's warning box unless the caller handles it with ``on_error``) or an unexpected
exception (re-raised on the GUI thread, so the crash handler sees it) arrives through the ``Job``'s
signals.

Work that reads uses ``database.read()`` in the worker; work that writes goes through the write door
in the worker (``database.perform(call)`` returns the result and the ``ChangeSet`` the data reported)
and hands the change set to ``Operations.announce`` on the GUI thread (and, for an undoable step, to
a ``commands.WrittenCommand``). The write stays one transaction, all or nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from festival_planner.domain.errors import FestivalPlannerError

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
_RUNNING: set[Job | BackgroundWork] = set()  # a running job is never garbage-collected with its thread


class JobCancelled(Exception):
    """Raised inside the work by ``progress`` once the user asked to cancel."""


class _Worker(QThread):
    progressed = Signal(int, int, str)

    def __init__(self, work: Callable[[Progress], Any], cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel
        self.result: Any = None
        self.error: BaseException | None = None

    def _progress(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise JobCancelled
        self.progressed.emit(done, total, text)

    def run(self) -> None:
        try:
            self.result = self._work(self._progress)
        except BaseException as exc:
            self.error = exc


class Job(QObject):
    """One running piece of work and its progress dialog."""

    finished = Signal(object)  # the result
    failed = Signal(object)  # a FestivalPlannerError
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, title: str, work: Callable[[Progress], Any]) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.worker = _Worker(work, self._cancel)
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("jobProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setLabelText(title)
        self.dialog.setCancelButtonText(self.tr("Hủy"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(500)  # quick jobs finish before any dialog shows
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(380)
        self.dialog.canceled.connect(self.cancel)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._done)
        self.done = False

    def start(self) -> Job:
        _RUNNING.add(self)
        self.worker.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()
        self.dialog.setLabelText(self.tr("Đang dừng…"))

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if text and not self._cancel.is_set():
            self.dialog.setLabelText(text)

    def _done(self) -> None:
        self.done = True
        _RUNNING.discard(self)
        self.dialog.close()
        self.dialog.deleteLater()
        error, result = self.worker.error, self.worker.result
        self.worker.deleteLater()
        if isinstance(error, JobCancelled):
            log.info("job cancelled")
            self.cancelled.emit()
        elif isinstance(error, FestivalPlannerError):
            self.failed.emit(error)
        elif error is not None:
            raise error
        else:
            self.finished.emit(result)

    def show_error(self, exc: FestivalPlannerError) -> None:
        """The default for a refusal nobody handles: the warning every refused operation shows."""
        log.info("job refused: %s (%s)", exc.message, exc.code)
        from festival_planner.gui import dialogs

        parent = self.parent()
        dialogs.warn(parent if isinstance(parent, QWidget) else None, self.tr("Không thực hiện được"),
                     exc.message)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker thread ends (tests, application exit)."""
        return self.worker.wait(msecs)


class BackgroundWork(QObject):
    """Work off the GUI thread with no dialog, for a view that fills itself in while the user goes on
    (the map's 3,321 commune scores): ``finished`` gets the result on the GUI thread, ``failed`` a
    refusal; a cancelled one reports nothing. The window's closing waits for it (``stop_jobs``)."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None, work: Callable[[Progress], Any]) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.worker = _Worker(work, self._cancel)
        self.worker.finished.connect(self._done)
        self.done = False

    def start(self) -> BackgroundWork:
        _RUNNING.add(self)
        self.worker.start()
        return self

    def cancel(self) -> None:
        """Drop the result (the work stops at its next progress report, if it makes any)."""
        self._cancel.set()

    def wait(self, msecs: int = 30_000) -> bool:
        return self.worker.wait(msecs)

    def _done(self) -> None:
        self.done = True
        _RUNNING.discard(self)
        error, result = self.worker.error, self.worker.result
        self.worker.deleteLater()
        if self._cancel.is_set() or isinstance(error, JobCancelled):
            return
        if isinstance(error, FestivalPlannerError):
            self.failed.emit(error)
        elif error is not None:
            raise error
        else:
            self.finished.emit(result)


def stop_jobs(msecs: int = 30_000) -> None:
    """Cancel every running job and wait for its thread to end (the window is closing: no thread may
    outlive it; a write the cancel interrupts rolls back whole)."""
    for job in list(_RUNNING):
        job.cancel()
    for job in list(_RUNNING):
        if not job.wait(msecs):
            log.warning("a background job did not stop within %d ms", msecs)


def run_job(parent: QWidget | None, title: str, work: Callable[[Progress], Any],
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[FestivalPlannerError], None] | None = None) -> Job:
    """Start ``work`` in the background with a progress dialog; ``on_done`` gets its result on the
    GUI thread, ``on_error`` a refusal (default: shown to the user in the app's warning box, as
    ``Operations.show_error`` does; a caller that reacts to a refusal passes its own)."""
    job = Job(parent, title, work)
    if on_done is not None:
        job.finished.connect(on_done)
    job.failed.connect(on_error if on_error is not None else job.show_error)
    return job.start()
