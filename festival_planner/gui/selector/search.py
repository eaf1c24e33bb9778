"""The selector's search off the GUI thread: the work a Run (behind the progress dialog) or a
"keep searching" (in the background, from the incumbent) hands to ``gui.jobs``, its progress text
(incumbent and proven bound) and the summary of an answer (proven optimal, or the best found with
its distance to the proven bound)."""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from festival_planner.domain.values import format_gap, format_number
from festival_planner.geo.optimiser import Selection
from festival_planner.geo.stop import Stopped
from festival_planner.gui.jobs import JobCancelled
from festival_planner.services import selection
from festival_planner.services.selection import SelectionResult, Settings

ASK_EVERY_S = 0.1  # how often the search asks whether Cancel was pressed (the engine polls faster)
KEEP_SEARCHING_FACTOR = 4  # "keep searching" gives the search this many times the settings' work limit


translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def search_text(incumbent: float | None, bound: float | None) -> str:
    """"Đang tìm… tốt nhất hiện có 180,56; cận chứng minh 182,10" (what is known so far)."""
    text = translate("SelectorSearch", "Đang tìm bộ điểm tốt nhất…")
    if incumbent is not None and math.isfinite(incumbent):
        text += " " + translate("SelectorSearch", "Tốt nhất hiện có %1").replace("%1", format_number(incumbent, 2))
        if bound is not None and math.isfinite(bound):
            text += "; " + translate("SelectorSearch", "cận chứng minh %1").replace("%1", format_number(bound, 2))
        text += "."
    return text


def status_text(sel: Selection) -> str:
    """"tối ưu, đã chứng minh" or "tốt nhất tìm được, cách cận chứng minh 1,20 % (cận 182,10)"."""
    if sel.status == "optimal":
        return translate("SelectorSearch", "tối ưu, đã chứng minh")
    if not math.isfinite(sel.bound):
        text = translate("SelectorSearch", "tốt nhất tìm được, %1").replace("%1", format_gap(sel.gap))
    else:
        text = (translate("SelectorSearch", "tốt nhất tìm được, cách cận chứng minh %1 (cận %2)")
                .replace("%1", format_gap(sel.gap)).replace("%2", format_number(sel.bound, 2)))
    if sel.stats.get("stopped_by") == "clock":  # not the work limit: another PC may find another list
        text += translate("SelectorSearch", "; máy bận nên dừng theo giới hạn thời gian, máy khác có thể cho "
                                            "kết quả khác")
    return text


def selection_work(database: Any, campaign_id: uuid.UUID, settings: Settings, *,
                   hint: Sequence[str] | None = None,
                   time_limit_s: float | None = None) -> Callable[[Callable[[int, int, str], None]], SelectionResult]:
    """``work(progress)`` for ``gui.jobs``: score and solve; Cancel stops the engine (``JobCancelled``)."""
    texts = {"score": translate("SelectorSearch", "Đang tính điểm các xã…"),
             "solve": translate("SelectorSearch", "Đang tìm bộ điểm tốt nhất…")}

    def work(progress: Callable[[int, int, str], None]) -> SelectionResult:
        steps = {"score": 0, "solve": 1}
        state: dict[str, Any] = {"asked": 0.0, "cancelled": False, "incumbent": None, "bound": None}

        def should_stop() -> bool:
            """Asked by the engine's watcher while it searches: has the user pressed Cancel?"""
            now = time.monotonic()
            if not state["cancelled"] and now - state["asked"] >= ASK_EVERY_S:
                state["asked"] = now
                try:
                    progress(1, 2, search_text(state["incumbent"], state["bound"]))
                except JobCancelled:
                    state["cancelled"] = True
            return bool(state["cancelled"])

        def found(incumbent: float | None, bound: float | None) -> None:
            state["incumbent"], state["bound"] = incumbent, bound

        try:
            with database.read() as session:
                result = selection.run_selection(session, campaign_id, settings,
                                                 stage=lambda name: progress(steps[name], 2, texts[name]),
                                                 should_stop=should_stop, hint=hint, time_limit_s=time_limit_s,
                                                 progress=found)
        except Stopped:
            raise JobCancelled from None
        progress(2, 2, "")
        return result

    return work


def better(new: SelectionResult, old: SelectionResult) -> bool:
    """Whether a continued search improved on ``old``: a higher total, or the same total now proven."""
    a, b = new.selection, old.selection
    return a.objective > b.objective + 1e-9 or (a.status == "optimal" and b.status != "optimal")
