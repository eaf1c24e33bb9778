"""Which ``QThread``s a test started and left running (the check behind ``no_dangling_qthreads``)."""

from __future__ import annotations

import traceback
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QThread

_ROOT = str(Path(__file__).resolve().parents[2])


class ThreadWatch:
    """Records every ``QThread.start`` (and where it was called) until ``dangling`` is asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started: weakref.WeakKeyDictionary[QThread, str] = weakref.WeakKeyDictionary()
        self._monkeypatch = monkeypatch
        original = QThread.start
        self._original = original

        def start(thread: QThread, *args, **kwargs) -> None:
            self.started[thread] = _caller()
            original(thread, *args, **kwargs)

        monkeypatch.setattr(QThread, "start", start)

    def running(self) -> list[tuple[QThread, str]]:
        alive = []
        for thread, where in list(self.started.items()):
            try:
                if thread.isRunning():
                    alive.append((thread, where))
            except RuntimeError:  # the C++ object is gone, so the thread ended
                pass
        return alive

    def dangling(self, qtbot, wait_ms: int = 500) -> list[str]:
        """Where the threads still running after ``wait_ms`` (events processed) were started. They are
        then waited for, so that the next test does not crash on a thread destroyed while running."""
        self._monkeypatch.setattr(QThread, "start", self._original)
        try:
            qtbot.waitUntil(lambda: not self.running(), timeout=wait_ms)
        except qtbot.TimeoutError:
            pass
        left = self.running()
        for thread, _where in left:
            thread.requestInterruption()
            thread.quit()
            thread.wait(60_000)
        return [where for _thread, where in left]


def _caller() -> str:
    """The frames of this project that started the thread."""
    frames = [f for f in traceback.extract_stack()[:-2] if f.filename.startswith(_ROOT)
              and "/.venv/" not in f.filename and not f.filename.endswith("threads.py")]
    return "".join(traceback.format_list(frames))
