"""Build Qt's own Vietnamese catalogue: ``resources/i18n/qtbase_vi.ts`` and ``qtbase_vi.qm``.

Qt ships no Vietnamese translation of its own strings, so standard buttons, the widget-based file
dialog, context menus and the print dialogs would show English in the Vietnamese interface. The
table below holds, per Qt translation context, the exact source strings Qt 6 uses (as in
qt/qtbase: ``qplatformtheme.cpp``, ``qmessagebox.cpp``, ``qlineedit.cpp``, ``qwidgettextcontrol.cpp``,
``qfiledialog.cpp``/``.ui``, ``qfilesystemmodel.cpp``, ``qprintpreviewdialog.cpp``,
``qprintdialog_unix.cpp``, ``qpagesetupdialog_unix.cpp`` and the print ``.ui`` forms, whose context is
the form's class name) with their Vietnamese text.

Run from the repository root::

    python scripts/make_qt_catalogue.py

It writes the ``.ts`` file and compiles it with ``pyside6-lrelease`` (next to the Python in use, or
on ``PATH``) into the committed ``.qm`` file that ``festival_planner.gui.qt_catalogue`` loads.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
TS_PATH = ROOT / "resources" / "i18n" / "qtbase_vi.ts"
QM_PATH = ROOT / "resources" / "i18n" / "qtbase_vi.qm"

# context -> {source text: Vietnamese}
TABLE: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "Đồng ý",
        "Save": "Lưu",
        "Save All": "Lưu tất cả",
        "Open": "Mở",
        "&Yes": "&Có",
        "Yes to &All": "Có với &tất cả",
        "&No": "&Không",
        "N&o to All": "Không với tấ&t cả",
        "Abort": "Dừng hẳn",
        "Retry": "Thử lại",
        "Ignore": "Bỏ qua",
        "Close": "Đóng",
        "Cancel": "Hủy",
        "Discard": "Không lưu",
        "Help": "Trợ giúp",
        "Apply": "Áp dụng",
        "Reset": "Đặt lại",
        "Restore Defaults": "Khôi phục mặc định",
    },
    "QGnomeTheme": {
        "&OK": "Đồn&g ý",
        "&Save": "&Lưu",
        "&Cancel": "&Hủy",
        "&Close": "Đó&ng",
        "Close without Saving": "Đóng không lưu",
    },
    "QMessageBox": {
        "OK": "Đồng ý",
        "Help": "Trợ giúp",
        "Show Details...": "Xem chi tiết…",
        "Hide Details...": "Ẩn chi tiết…",
        "About Qt": "Giới thiệu Qt",
    },
    "QLineEdit": {
        "&Undo": "&Hoàn tác",
        "&Redo": "&Làm lại",
        "Cu&t": "Cắ&t",
        "&Copy": "&Sao chép",
        "&Paste": "&Dán",
        "Delete": "Xóa",
        "Select All": "Chọn tất cả",
    },
    "QWidgetTextControl": {
        "&Undo": "&Hoàn tác",
        "&Redo": "&Làm lại",
        "Cu&t": "Cắ&t",
        "&Copy": "&Sao chép",
        "Copy &Link Location": "Sao chép địa chỉ &liên kết",
        "&Paste": "&Dán",
        "Delete": "Xóa",
        "Select All": "Chọn tất cả",
    },
    "QUnicodeControlCharacterMenu": {
        "Insert Unicode control character": "Chèn ký tự điều khiển Unicode",
        "LRM Left-to-right mark": "LRM Dấu trái sang phải",
        "RLM Right-to-left mark": "RLM Dấu phải sang trái",
        "ZWJ Zero width joiner": "ZWJ Nối độ rộng bằng không",
        "ZWNJ Zero width non-joiner": "ZWNJ Không nối, độ rộng bằng không",
        "ZWSP Zero width space": "ZWSP Khoảng trắng độ rộng bằng không",
        "LRE Start of left-to-right embedding": "LRE Bắt đầu nhúng trái sang phải",
        "RLE Start of right-to-left embedding": "RLE Bắt đầu nhúng phải sang trái",
        "LRO Start of left-to-right override": "LRO Bắt đầu ép trái sang phải",
        "RLO Start of right-to-left override": "RLO Bắt đầu ép phải sang trái",
        "PDF Pop directional formatting": "PDF Kết thúc định dạng hướng",
        "LRI Left-to-right isolate": "LRI Cô lập trái sang phải",
        "RLI Right-to-left isolate": "RLI Cô lập phải sang trái",
        "FSI First strong isolate": "FSI Cô lập theo ký tự mạnh đầu tiên",
        "PDI Pop directional isolate": "PDI Kết thúc cô lập hướng",
    },
    "QAbstractSpinBox": {
        "&Select All": "&Chọn tất cả",
        "&Step up": "&Tăng",
        "Step &down": "&Giảm",
    },
    "QScrollBar": {
        "Scroll here": "Cuộn đến đây",
        "Left edge": "Mép trái",
        "Top": "Đầu",
        "Right edge": "Mép phải",
        "Bottom": "Cuối",
        "Page left": "Sang trái một trang",
        "Page up": "Lên một trang",
        "Page right": "Sang phải một trang",
        "Page down": "Xuống một trang",
        "Scroll left": "Cuộn sang trái",
        "Scroll up": "Cuộn lên",
        "Scroll right": "Cuộn sang phải",
        "Scroll down": "Cuộn xuống",
    },
    "QFileDialog": {
        "Look in:": "Tìm trong:",
        "&Look in:": "&Tìm trong:",
        "Back": "Lùi lại",
        "Go back": "Quay lại",
        "Alt+Left": "Alt+Left",
        "Forward": "Tiến tới",
        "Go forward": "Đi tiếp",
        "Alt+Right": "Alt+Right",
        "Parent Directory": "Thư mục cha",
        "Go to the parent directory": "Lên thư mục cha",
        "Alt+Up": "Alt+Up",
        "Create New Folder": "Tạo thư mục mới",
        "Create a New Folder": "Tạo một thư mục mới",
        "List View": "Dạng danh sách",
        "Change to list view mode": "Chuyển sang xem dạng danh sách",
        "Detail View": "Dạng chi tiết",
        "Change to detail view mode": "Chuyển sang xem dạng chi tiết",
        "Sidebar": "Thanh bên",
        "List of places and bookmarks": "Danh sách địa điểm và dấu trang",
        "Files": "Tệp",
        "File &name:": "Tên &tệp:",
        "Files of type:": "Loại tệp:",
        "Files of &type:": "&Loại tệp:",
        "Open": "Mở",
        "&Open": "&Mở",
        "Save As": "Lưu thành",
        "&Save": "&Lưu",
        "&Choose": "&Chọn",
        "Find Directory": "Tìm thư mục",
        "Directory:": "Thư mục:",
        "Directories": "Thư mục",
        "All Files (*)": "Mọi tệp (*)",
        "All files (*)": "Mọi tệp (*)",
        "New Folder": "Thư mục mới",
        "&New Folder": "Thư mục &mới",
        "&Rename": "Đổi &tên",
        "&Delete": "&Xóa",
        "Delete": "Xóa",
        "Remove": "Gỡ bỏ",
        "Show &hidden files": "Hiện tệp ẩ&n",
        "Show ": "Hiện ",
        "Recent Places": "Nơi đã mở gần đây",
        "Drive": "Ổ đĩa",
        "File": "Tệp",
        "Folder": "Thư mục",
        "Shortcut": "Lối tắt",
        "Unknown": "Không rõ",
        "Could not delete directory.": "Không xóa được thư mục.",
        "Are you sure you want to delete '%1'?": "Bạn có chắc muốn xóa “%1”?",
        "'%1' is write protected.\nDo you want to delete it anyway?":
            "“%1” đang được bảo vệ chống ghi.\nBạn vẫn muốn xóa?",
        "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nBạn có muốn thay thế tệp này?",
        "%1\nFile not found.\nPlease verify the correct file name was given.":
            "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp.",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
            "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục.",
    },
    "QFileSystemModel": {
        "Name": "Tên",
        "Size": "Kích thước",
        "Type": "Loại",
        "Kind": "Loại",
        "Date Modified": "Ngày sửa đổi",
        "Computer": "Máy tính",
        "My Computer": "Máy tính",
        "Invalid filename": "Tên tệp không hợp lệ",
        "<b>The name \"%1\" cannot be used.</b><p>Try using another name, with fewer characters or no"
        " punctuation marks.":
            "<b>Không dùng được tên “%1”.</b><p>Hãy đặt tên khác, ngắn hơn hoặc không có dấu câu.",
        "%1 bytes": "%1 byte",
        "%1 byte(s)": "%1 byte",
        "%1 KB": "%1 KB",
        "%1 MB": "%1 MB",
        "%1 GB": "%1 GB",
        "%1 TB": "%1 TB",
    },
    "QAbstractFileIconProvider": {
        "Drive": "Ổ đĩa",
        "File": "Tệp",
        "Folder": "Thư mục",
        "Shortcut": "Lối tắt",
        "Alias": "Bí danh",
        "Unknown": "Không rõ",
    },
    "QProgressDialog": {
        "Cancel": "Hủy",
    },
    "QInputDialog": {
        "Enter a value:": "Nhập một giá trị:",
    },
    "QDialog": {
        "What's This?": "Đây là gì?",
    },
    "QWhatsThisAction": {
        "What's This?": "Đây là gì?",
    },
    "QErrorMessage": {
        "&Show this message again": "&Hiện lại thông báo này",
        "&OK": "Đồn&g ý",
        "An error occurred": "Đã xảy ra lỗi",
        "Debug Message:": "Thông báo gỡ lỗi:",
        "Warning:": "Cảnh báo:",
        "Critical Error:": "Lỗi nghiêm trọng:",
        "Fatal Error:": "Lỗi không khắc phục được:",
        "Information:": "Thông tin:",
    },
    "QTabBar": {
        "Scroll Left": "Cuộn sang trái",
        "Scroll Right": "Cuộn sang phải",
    },
    "CloseButton": {
        "Close Tab": "Đóng thẻ",
    },
    "QComboBox": {
        "Open the combo box selection popup": "Mở danh sách chọn",
        "True": "Đúng",
        "False": "Sai",
    },
    "QDockWidget": {
        "Float": "Tách ra",
        "Undocks and re-attaches the dock widget": "Tách ra hoặc gắn lại bảng",
        "Close": "Đóng",
        "Closes the dock widget": "Đóng bảng",
    },
    "QWizard": {
        "Go Back": "Quay lại",
        "< &Back": "< &Quay lại",
        "Continue": "Tiếp tục",
        "&Next": "&Tiếp",
        "&Next >": "&Tiếp >",
        "Commit": "Xác nhận",
        "Done": "Xong",
        "&Finish": "&Hoàn tất",
        "Cancel": "Hủy",
        "Help": "Trợ giúp",
        "&Help": "Trợ &giúp",
    },
    "QKeySequenceEdit": {
        "Press shortcut": "Nhấn tổ hợp phím",
        "%1, ...": "%1, …",
    },
    # --- printing (QtPrintSupport) ---
    "QPrintPreviewDialog": {
        "Page Setup": "Thiết lập trang",
        "%1%": "%1%",
        "Print Preview": "Xem trước khi in",
        "Next page": "Trang sau",
        "Previous page": "Trang trước",
        "First page": "Trang đầu",
        "Last page": "Trang cuối",
        "Fit width": "Vừa chiều rộng",
        "Fit page": "Vừa trang",
        "Zoom in": "Phóng to",
        "Zoom out": "Thu nhỏ",
        "Portrait": "Khổ dọc",
        "Landscape": "Khổ ngang",
        "Show single page": "Xem từng trang",
        "Show facing pages": "Xem hai trang đối diện",
        "Show overview of all pages": "Xem tổng quan mọi trang",
        "Print": "In",
        "Page setup": "Thiết lập trang",
        "Export to PDF": "Xuất ra PDF",
    },
    "QPrintDialog": {
        "Print": "In",
        "&Print": "&In",
        "&Options >>": "&Tùy chọn >>",
        "&Options <<": "&Tùy chọn <<",
        "Print to File (PDF)": "In ra tệp (PDF)",
        "Local file": "Tệp trên máy",
        "Write PDF file": "Ghi tệp PDF",
        "Print To File ...": "In ra tệp…",
        "OK": "Đồng ý",
        "Automatic": "Tự động",
        "Custom": "Tùy chỉnh",
        "All Pages": "Mọi trang",
        "Odd Pages": "Trang lẻ",
        "Even Pages": "Trang chẵn",
        "1 (1x1)": "1 (1×1)",
        "2 (2x1)": "2 (2×1)",
        "4 (2x2)": "4 (2×2)",
        "6 (2x3)": "6 (2×3)",
        "9 (3x3)": "9 (3×3)",
        "16 (4x4)": "16 (4×4)",
        "Left to Right, Top to Bottom": "Trái sang phải, trên xuống dưới",
        "Left to Right, Bottom to Top": "Trái sang phải, dưới lên trên",
        "Right to Left, Bottom to Top": "Phải sang trái, dưới lên trên",
        "Right to Left, Top to Bottom": "Phải sang trái, trên xuống dưới",
        "Bottom to Top, Left to Right": "Dưới lên trên, trái sang phải",
        "Bottom to Top, Right to Left": "Dưới lên trên, phải sang trái",
        "Top to Bottom, Left to Right": "Trên xuống dưới, trái sang phải",
        "Top to Bottom, Right to Left": "Trên xuống dưới, phải sang trái",
        "File %1 is not writable.\nPlease choose a different file name.":
            "Không ghi được tệp %1.\nHãy chọn tên tệp khác.",
        "%1 already exists.\nDo you want to overwrite it?": "%1 đã có.\nBạn có muốn ghi đè?",
        "%1 is a directory.\nPlease choose a different file name.":
            "%1 là một thư mục.\nHãy chọn tên tệp khác.",
        "The 'From' value cannot be greater than the 'To' value.":
            "Trang “Từ” không được lớn hơn trang “Đến”.",
        "Invalid Pages Definition": "Danh sách trang không hợp lệ",
        "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to"
        " define ranges and make sure ranges do not intersect with each other.":
            "%1 viết chưa đúng. Dùng ',' để ngăn cách các trang và khoảng trang, '-' để ghi một"
            " khoảng, và các khoảng không được chồng lên nhau.",
        "Duplex Settings Conflicts": "Thiết lập in hai mặt mâu thuẫn",
        "There are conflicts in duplex settings. Do you want to fix them?":
            "Thiết lập in hai mặt đang mâu thuẫn. Bạn có muốn sửa không?",
        "Options 'Pages Per Sheet' and 'Page Set' cannot be used together.\nPlease turn one of those"
        " options off.":
            "Không dùng cùng lúc “Số trang mỗi tờ” và “Nhóm trang”.\nHãy tắt một trong hai tùy chọn.",
    },
    "QPrintPropertiesDialog": {
        "Printer Properties": "Thuộc tính máy in",
        "Job Options": "Tùy chọn lệnh in",
        "Page Setup Conflicts": "Thiết lập trang mâu thuẫn",
        "There are conflicts in page setup options. Do you want to fix them?":
            "Thiết lập trang đang mâu thuẫn. Bạn có muốn sửa không?",
        "Advanced Option Conflicts": "Tùy chọn nâng cao mâu thuẫn",
        "There are conflicts in some advanced options. Do you want to fix them?":
            "Một số tùy chọn nâng cao đang mâu thuẫn. Bạn có muốn sửa không?",
        "Custom value for %1": "Giá trị tùy chỉnh cho %1",
    },
    "QPrintPropertiesWidget": {
        "Form": "Biểu mẫu",
        "Page": "Trang",
        "Advanced": "Nâng cao",
        "There are conflicts in some options. Please fix them.":
            "Một số tùy chọn đang mâu thuẫn. Hãy sửa lại.",
    },
    "QPrintSettingsOutput": {
        "Form": "Biểu mẫu",
        "Copies": "Số bản",
        "Print range": "Phạm vi in",
        "Print all": "In tất cả",
        "Pages from": "Các trang từ",
        "to": "đến",
        "Pages": "Các trang",
        "Specify pages or ranges separated by commas. Ranges are specified by two numbers separated"
        " by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.":
            "Ghi các trang hoặc khoảng trang, ngăn cách bằng dấu phẩy; một khoảng là hai số nối bằng"
            " dấu gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.",
        "Current Page": "Trang hiện tại",
        "Selection": "Phần đang chọn",
        "Page Set:": "Nhóm trang:",
        "Page &Set:": "&Nhóm trang:",
        "Output Settings": "Thiết lập đầu ra",
        "Copies:": "Số bản:",
        "Collate": "In theo bộ",
        "Reverse": "In ngược thứ tự",
        "Options": "Tùy chọn",
        "Color Mode": "Chế độ màu",
        "Color": "Màu",
        "Grayscale": "Thang xám",
        "Duplex Printing": "In hai mặt",
        "Double Sided Printing": "In hai mặt",
        "None": "Không",
        "Off": "Tắt",
        "Long side": "Cạnh dài",
        "Long side binding": "Đóng gáy cạnh dài",
        "Short side": "Cạnh ngắn",
        "Short side binding": "Đóng gáy cạnh ngắn",
    },
    "QPrintWidget": {
        "Form": "Biểu mẫu",
        "Printer": "Máy in",
        "&Name:": "&Tên:",
        "P&roperties": "Th&uộc tính",
        "Location:": "Vị trí:",
        "Preview": "Xem trước",
        "Type:": "Loại:",
        "Output &file:": "&Tệp đầu ra:",
        "...": "…",
    },
    "QPageSetupWidget": {
        "Form": "Biểu mẫu",
        "Paper": "Giấy",
        "Page size:": "Khổ giấy:",
        "Width:": "Rộng:",
        "Height:": "Cao:",
        "Paper source:": "Nguồn giấy:",
        "Orientation": "Hướng giấy",
        "Portrait": "Khổ dọc",
        "Landscape": "Khổ ngang",
        "Reverse landscape": "Khổ ngang ngược",
        "Reverse portrait": "Khổ dọc ngược",
        "Margins": "Lề",
        "top margin": "lề trên",
        "left margin": "lề trái",
        "right margin": "lề phải",
        "bottom margin": "lề dưới",
        "Page Layout": "Bố cục trang",
        "Page order:": "Thứ tự trang:",
        "Page &order:": "&Thứ tự trang:",
        "Pages per sheet:": "Số trang mỗi tờ:",
        "Pages &per sheet:": "&Số trang mỗi tờ:",
        "Custom": "Tùy chỉnh",
        "Millimeters (mm)": "Milimét (mm)",
        "Centimeters (cm)": "Xentimét (cm)",
        "Points (pt)": "Điểm (pt)",
        "Inches (in)": "Inch (in)",
        "Pica (P̸)": "Pica (P̸)",
        "Didot (DD)": "Didot (DD)",
        "Cicero (CC)": "Cicero (CC)",
        "mm": "mm",
        "pt": "pt",
        "in": "in",
        "P̸": "P̸",
        "DD": "DD",
        "CC": "CC",
    },
    "QCupsJobWidget": {
        "Job": "Lệnh in",
        "Job Control": "Điều khiển lệnh in",
        "Scheduled printing:": "Hẹn giờ in:",
        "Scheduled &printing:": "&Hẹn giờ in:",
        "Billing information:": "Thông tin thanh toán:",
        "&Billing information:": "Thông tin &thanh toán:",
        "Job priority:": "Mức ưu tiên:",
        "Job &priority:": "Mức &ưu tiên:",
        "Banner Pages": "Trang bìa lệnh in",
        "Start:": "Đầu:",
        "&Start:": "Đầ&u:",
        "End:": "Cuối:",
        "&End:": "&Cuối:",
        "Print Immediately": "In ngay",
        "Hold Indefinitely": "Giữ lại, chưa in",
        "Day (06:00 to 17:59)": "Ban ngày (06:00 đến 17:59)",
        "Night (18:00 to 05:59)": "Ban đêm (18:00 đến 05:59)",
        "Second Shift (16:00 to 23:59)": "Ca hai (16:00 đến 23:59)",
        "Third Shift (00:00 to 07:59)": "Ca ba (00:00 đến 07:59)",
        "Weekend (Saturday to Sunday)": "Cuối tuần (thứ Bảy đến Chủ nhật)",
        "Specific Time": "Vào giờ đã định",
        "None": "Không",
        "Standard": "Tiêu chuẩn",
        "Unclassified": "Không mật",
        "Confidential": "Mật",
        "Classified": "Hạn chế",
        "Secret": "Tối mật",
        "Top Secret": "Tuyệt mật",
    },
    "QCupsPrinterSupport": {
        "Authentication Needed": "Cần xác thực",
        "Authentication needed to use %1.": "Cần xác thực để dùng %1.",
        "Authentication needed to use %1 on %2.": "Cần xác thực để dùng %1 trên %2.",
        "Username:": "Tên người dùng:",
        "Password:": "Mật khẩu:",
    },
    "Print Device Input Slot": {
        "Automatic": "Tự động",
    },
    "Print Device Output Bin": {
        "Automatic": "Tự động",
    },
    "QPageSize": {
        "Custom": "Tùy chỉnh",
        "Custom (%1mm x %2mm)": "Tùy chỉnh (%1mm x %2mm)",
        "Custom (%1pt x %2pt)": "Tùy chỉnh (%1pt x %2pt)",
        "Custom (%1in x %2in)": "Tùy chỉnh (%1in x %2in)",
        "Custom (%1pc x %2pc)": "Tùy chỉnh (%1pc x %2pc)",
        "Custom (%1DD x %2DD)": "Tùy chỉnh (%1DD x %2DD)",
        "Custom (%1CC x %2CC)": "Tùy chỉnh (%1CC x %2CC)",
        "Postcard": "Bưu thiếp",
        "Double Postcard": "Bưu thiếp đôi",
        **{
            f"Envelope {name}": f"Phong bì {name}"
            for name in ("B4", "B5", "B6", "C0", "C1", "C2", "C3", "C4", "C5", "C6", "C65", "C7",
                         "DL", "Chou 3", "Chou 4", "Kaku 2", "Kaku 3", "Monarch", "Personal",
                         "PRC 1", "PRC 2", "PRC 3", "PRC 4", "PRC 5", "PRC 6", "PRC 7", "PRC 8",
                         "PRC 9", "PRC 10", "US 9", "US 10", "US 11", "US 12", "US 14", "You 4")
        },
        "Envelope Invite": "Phong bì thiệp mời",
        "Envelope Italian": "Phong bì kiểu Ý",
        "Fan-fold German (8.5 x 12 in)": "Giấy liên tục kiểu Đức (8.5 x 12 in)",
        "Fan-fold German Legal (8.5 x 13 in)": "Giấy liên tục kiểu Đức, Legal (8.5 x 13 in)",
        "Fan-fold US (14.875 x 11 in)": "Giấy liên tục kiểu Mỹ (14.875 x 11 in)",
        "PRC 32K Big": "PRC 32K lớn",
        "A4 Small": "A4 nhỏ",
        "Letter Small": "Letter nhỏ",
    },
}


def _message(source: str, translation: str) -> str:
    return (
        "    <message>\n"
        f"        <source>{escape(source)}</source>\n"
        f"        <translation>{escape(translation)}</translation>\n"
        "    </message>\n"
    )


def render_ts(table: dict[str, dict[str, str]]) -> str:
    """The Qt Linguist ``.ts`` document for ``table`` (context -> source -> translation)."""
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n', "<!DOCTYPE TS>\n",
             '<TS version="2.1" language="vi_VN" sourcelanguage="en">\n']
    for context, messages in table.items():
        parts.append(f"<context>\n    <name>{escape(context)}</name>\n")
        parts.extend(_message(source, text) for source, text in messages.items())
        parts.append("</context>\n")
    parts.append("</TS>\n")
    return "".join(parts)


def _lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6 in this environment")
    return found


def main() -> None:
    """Write the ``.ts`` file and compile it to ``.qm``."""
    for context, messages in TABLE.items():
        for source, text in messages.items():
            if not text.strip():
                raise SystemExit(f"empty translation: {context} / {source!r}")
    TS_PATH.write_text(render_ts(TABLE), encoding="utf-8")
    subprocess.run([_lrelease(), str(TS_PATH), "-qm", str(QM_PATH)], check=True)
    count = sum(len(messages) for messages in TABLE.values())
    print(f"{count} messages in {len(TABLE)} contexts -> {QM_PATH.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
