"""The travel model's parameters, readable and adjustable ("Thông số di chuyển…"): road factors,
speeds by terrain, flights, the daily travel window. Saved with the campaign (``services.planning``):
the conflicts, the accept rule and the itineraries of everyone who opens the plan use them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from festival_planner.geo.travel import LIMITS, TravelParameters

# field, decimals, step (the ranges are the model's own: geo.travel.LIMITS)
_NUMBERS = (("road_factor", 2, 0.05), ("mountain_road_factor", 2, 0.05), ("lowland_speed_kmh", 0, 5.0),
            ("mountain_speed_kmh", 0, 5.0), ("flight_speed_kmh", 0, 10.0), ("airport_overhead_h", 1, 0.5),
            ("min_flight_km", 0, 10.0))


class TravelDialog(QDialog):
    """Edit the travel parameters; ``parameters()`` gives the result, "Mặc định" restores the defaults."""

    def __init__(self, params: TravelParameters, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TravelDialog")
        self.setWindowTitle(self.tr("Thông số di chuyển"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Thời gian đi đường = khoảng cách theo đường chim bay × hệ số đường bộ ÷ tốc độ "
                               "trung bình (miền núi khi một trong hai đầu thuộc Tây Bắc, Tây Nguyên). Đi máy bay "
                               "giữa hai sân bay gần nhất, cộng thời gian làm thủ tục và đường bộ hai đầu, khi "
                               "nhanh hơn. Chỉ di chuyển trong khung giờ hằng ngày."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        labels = {
            "road_factor": self.tr("Hệ số đường bộ, đồng bằng:"),
            "mountain_road_factor": self.tr("Hệ số đường bộ, miền núi:"),
            "lowland_speed_kmh": self.tr("Tốc độ đoàn xe, đồng bằng (km/giờ):"),
            "mountain_speed_kmh": self.tr("Tốc độ đoàn xe, miền núi (km/giờ):"),
            "flight_speed_kmh": self.tr("Tốc độ bay (km/giờ):"),
            "airport_overhead_h": self.tr("Thủ tục sân bay (giờ):"),
            "min_flight_km": self.tr("Chỉ bay khi xa hơn (km):"),
        }
        self.spins: dict[str, QDoubleSpinBox] = {}
        for name, decimals, step in _NUMBERS:
            spin = QDoubleSpinBox(self)
            spin.setObjectName(name)
            spin.setRange(*LIMITS[name])
            spin.setDecimals(decimals)
            spin.setSingleStep(step)
            form.addRow(labels[name], spin)
            self.spins[name] = spin
        self.day_start = QTimeEdit(self)
        self.day_end = QTimeEdit(self)
        for edit in (self.day_start, self.day_end):
            edit.setDisplayFormat("HH:mm")
        form.addRow(self.tr("Bắt đầu di chuyển trong ngày:"), self.day_start)
        form.addRow(self.tr("Kết thúc di chuyển trong ngày:"), self.day_end)
        self.set_parameters(params)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.tr("Lưu"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        defaults = self.buttons.addButton(self.tr("Mặc định"), QDialogButtonBox.ButtonRole.ResetRole)
        defaults.clicked.connect(lambda: self.set_parameters(TravelParameters()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def set_parameters(self, params: TravelParameters) -> None:
        for name, spin in self.spins.items():
            spin.setValue(float(getattr(params, name)))
        self.day_start.setTime(QTime(params.travel_day_start.hour, params.travel_day_start.minute))
        self.day_end.setTime(QTime(params.travel_day_end.hour, params.travel_day_end.minute))

    def parameters(self) -> TravelParameters:
        start, end = self.day_start.time(), self.day_end.time()
        values = {name: spin.value() for name, spin in self.spins.items()}
        return TravelParameters(**values, travel_day_start=dt.time(start.hour(), start.minute()),
                                travel_day_end=dt.time(end.hour(), end.minute()))

    def accept(self) -> None:
        if self.day_end.time() <= self.day_start.time():
            self.error_label.setText(self.tr("Giờ kết thúc di chuyển phải sau giờ bắt đầu."))
            self.error_label.show()
            return
        super().accept()
