"""Actions that cannot run say why (issue 17 item 10): a disabled action shows the reason as its
tooltip and status tip instead of its usual tip, and a handler reached anyway (a button, a call from
another workspace) puts the same reason in the status bar instead of doing nothing silently."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

USUAL_TIP = "usualTip"  # the action's own tip, kept while the reason is shown


def no_year() -> str:
    """Why an action that needs a festival year cannot run."""
    return QCoreApplication.translate("unavailable", "Chưa có năm nào: tạo năm mới (Sửa → Năm mới…) hoặc chọn "
                                                     "một năm ở thanh trên cùng.")


def no_sites() -> str:
    return QCoreApplication.translate("unavailable", "Năm này chưa có điểm tổ chức: thêm điểm ở Điểm tổ chức "
                                                     "hoặc Chọn điểm.")


def nothing_selected(what: str) -> str:
    """``what``: the noun to pick ("một lãnh đạo")."""
    return QCoreApplication.translate("unavailable", "Chọn %1 trong bảng trước.").replace("%1", what)


def explain(action: QAction, reason: str | None) -> None:
    """Enable ``action`` with its usual tip when ``reason`` is None; otherwise disable it and show
    ``reason`` as its tooltip and status tip."""
    usual = action.property(USUAL_TIP)
    if usual is None:
        usual = action.toolTip()
        action.setProperty(USUAL_TIP, usual)
    action.setEnabled(reason is None)
    tip = str(usual) if reason is None else reason
    action.setToolTip(tip)
    action.setStatusTip(tip)


def first_reason(*checks: tuple[bool, str]) -> str | None:
    """The reason of the first failed check (``(ok, reason)`` pairs), None when all pass."""
    return next((reason for ok, reason in checks if not ok), None)
