"""The background-job helper: progress reaches the dialog, Cancel stops the work, refusals arrive."""

from __future__ import annotations

import threading

from festival_planner.domain.errors import ValidationError
from festival_planner.gui.jobs import Job, run_job


def test_a_job_reports_progress_and_returns_its_result(qtbot) -> None:
    seen: list[int] = []

    def work(progress) -> int:
        for i in range(5):
            progress(i + 1, 5, f"bước {i + 1}")
        return 42

    job = Job(None, "Đang tính", work)
    job.worker.progressed.connect(lambda done, total, text: seen.append(done))
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        job.start()
    assert blocker.args == [42]
    assert seen == [1, 2, 3, 4, 5]
    assert job.done


def test_cancel_stops_the_work_at_its_next_report(qtbot) -> None:
    started, release = threading.Event(), threading.Event()
    reached: list[int] = []

    def work(progress) -> str:
        for i in range(1000):
            progress(i, 1000, "")
            reached.append(i)
            if i == 3:
                started.set()
                release.wait(5)
        return "xong"

    job = Job(None, "Đang xuất", work)
    finished: list[object] = []
    job.finished.connect(finished.append)
    job.start()
    assert started.wait(5)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.dialog.canceled.emit()  # the user presses Hủy (Cancel)
        release.set()
    assert finished == [] and max(reached) == 3
    assert job.dialog.labelText() in ("Đang dừng…", "Đang xuất")


def test_a_refusal_goes_to_the_error_path(qtbot) -> None:
    errors: list[ValidationError] = []

    def work(progress) -> None:
        progress(1, 2, "")
        raise ValidationError("bad_target")

    with qtbot.waitSignal(run_job(None, "Đang nhập", work, on_error=errors.append).failed, timeout=5000):
        pass
    assert [e.code for e in errors] == ["bad_target"]


def test_a_refusal_nobody_handles_is_shown(qtbot, monkeypatch) -> None:
    from festival_planner.gui import dialogs

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text, details="": shown.append((title, text)))

    def work(progress) -> None:
        raise ValidationError("bad_target")

    with qtbot.waitSignal(run_job(None, "Đang nhập", work).failed, timeout=5000):
        pass
    assert shown == [("Không thực hiện được", ValidationError("bad_target").message)]


def test_a_thread_left_running_is_found(qtbot, monkeypatch) -> None:
    from tests.gui.threads import ThreadWatch

    watch = ThreadWatch(monkeypatch)
    release = threading.Event()
    quick = Job(None, "Nhanh", lambda progress: 1)
    with qtbot.waitSignal(quick.finished, timeout=5000):
        quick.start()
    slow = Job(None, "Chậm", lambda progress: release.wait(5))
    slow.start()
    try:
        assert len(watch.running()) == 1
    finally:
        release.set()
    with qtbot.waitSignal(slow.finished, timeout=5000):
        pass
    assert watch.dangling(qtbot) == []


def test_the_watch_names_where_a_dangling_thread_started(qtbot, monkeypatch) -> None:
    from tests.gui.threads import ThreadWatch

    watch = ThreadWatch(monkeypatch)
    release = threading.Event()
    job = Job(None, "Chậm", lambda progress: release.wait(0.8))
    job.start()
    dangling = watch.dangling(qtbot, wait_ms=100)
    assert len(dangling) == 1 and "test_the_watch_names_where_a_dangling_thread_started" in dangling[0]
    with qtbot.waitSignal(job.finished, timeout=5000):
        release.set()


def test_closing_the_window_cancels_and_waits_for_its_jobs(qtbot, window) -> None:
    started = threading.Event()
    steps: list[int] = []

    def work(progress) -> None:
        for i in range(10_000):
            progress(i, 10_000, "")
            steps.append(i)
            started.set()
            threading.Event().wait(0.01)

    job = run_job(window, "Đang xuất", work)
    assert started.wait(5)
    window.close()
    assert not job.worker.isRunning() and len(steps) < 10_000
