"""The command line's words for the checks before the window opens (no screen, a Qt library missing)."""

from __future__ import annotations

VI = {
    "missing_qt_library": "không mở được cửa sổ: thiếu thư viện hệ thống {library}. Cài bằng: sudo apt install {package} (các gói Qt cần trên Linux: {packages}).",
    "display_unreachable": "không kết nối được màn hình DISPLAY={display}. Kiểm tra biến DISPLAY (đăng nhập SSH thì dùng ssh -X), hoặc chạy các lệnh không cần cửa sổ (festival-planner --help).",
}

EN = {
    "missing_qt_library": "cannot open a window: the system library {library} is missing. Install it with: sudo apt install {package} (the packages Qt needs on Linux: {packages}).",
    "display_unreachable": "cannot connect to the display DISPLAY={display}. Check the DISPLAY variable (over SSH use ssh -X), or use the commands that need no window (festival-planner --help).",
}
