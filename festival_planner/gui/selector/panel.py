"""The Selector's side panel: constraints (how many, per province, spacing, region minimums, keep
existing), weights (each criterion, each region), and the locked and excluded communes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from festival_planner.domain import messages
from festival_planner.domain import selector as rules
from festival_planner.domain.regions import ALL_REGIONS, region_display_name
from festival_planner.geo.scoring import CRITERIA, DEFAULT_REGION_WEIGHTS
from festival_planner.services.selection import Settings


class SettingsPanel(QScrollArea):
    """Edits a ``Settings``; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectorSettings")
        self.setWidgetResizable(True)
        self.setMinimumWidth(260)  # the splitter gives it more; the window must still shrink to 700 px
        body = QWidget()
        layout = QVBoxLayout(body)
        self.setWidget(body)
        self._base = Settings()
        self._loading = False

        limits = QGroupBox(self.tr("Điều kiện"))
        form = QFormLayout(limits)
        self.count = self._spin(*rules.COUNT_RANGE, rules.DEFAULT_COUNT)
        form.addRow(self.tr("Số điểm cần chọn"), self.count)
        self.per_province = self._spin(*rules.MAX_PER_PROVINCE_RANGE, rules.DEFAULT_MAX_PER_PROVINCE)
        form.addRow(self.tr("Tối đa mỗi tỉnh"), self.per_province)
        self.spacing = QDoubleSpinBox()
        self.spacing.setRange(*rules.SPACING_RANGE_KM)
        self.spacing.setSingleStep(5)
        self.spacing.setDecimals(0)
        self.spacing.setSuffix(" km")
        self.spacing.setValue(rules.DEFAULT_SPACING_KM)
        self.spacing.valueChanged.connect(self._edited)
        form.addRow(self.tr("Cách nhau ít nhất"), self.spacing)
        self.keep_existing = QCheckBox(self.tr("Giữ các điểm đã có trong kế hoạch"))
        self.keep_existing.toggled.connect(self._edited)
        form.addRow(self.keep_existing)
        layout.addWidget(limits)

        weights = QGroupBox(self.tr("Trọng số tiêu chí"))
        form = QFormLayout(weights)
        self.weights: dict[str, QDoubleSpinBox] = {}
        for criterion in CRITERIA:
            box = self._double(0, 10, 0.5)
            self.weights[criterion] = box
            form.addRow(messages.render("criterion." + criterion), box)
        layout.addWidget(weights)

        regions = QGroupBox(self.tr("Theo vùng: trọng số (0–1) và số điểm tối thiểu"))
        form = QFormLayout(regions)
        self.region_weights: dict[str, QDoubleSpinBox] = {}
        self.region_minimums: dict[str, QSpinBox] = {}
        at_least = self.tr("tối thiểu ").strip()
        for region in ALL_REGIONS:
            row = QHBoxLayout()
            weight = self._double(0, 1, 0.1)
            minimum = self._spin(0, 30, 0)
            minimum.setPrefix("≥ ")  # the group's title says what it is: the panel stays narrow at 1366×768
            minimum.setToolTip(f"{region_display_name(region.code)}: {at_least}")
            self.region_weights[region.code] = weight
            self.region_minimums[region.code] = minimum
            row.addWidget(weight)
            row.addWidget(minimum)
            form.addRow(region_display_name(region.code), row)
        layout.addWidget(regions)

        self.locked_list, locked_box = self._code_list(self.tr("Xã giữ cố định"))
        self.excluded_list, excluded_box = self._code_list(self.tr("Xã bị loại"))
        layout.addWidget(locked_box)
        layout.addWidget(excluded_box)
        layout.addStretch(1)

    def fitting_width(self) -> int:
        """The narrowest width showing every row whole (no horizontal scrolling), scroll bar included."""
        return (self.widget().minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                + 2 * self.frameWidth())

    def _spin(self, low: int, high: int, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setValue(value)
        box.valueChanged.connect(self._edited)
        return box

    def _double(self, low: float, high: float, step: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setDecimals(2)
        box.valueChanged.connect(self._edited)
        return box

    def _code_list(self, title: str) -> tuple[QListWidget, QGroupBox]:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        listing = QListWidget()
        listing.setMaximumHeight(110)
        listing.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        remove = QPushButton(self.tr("Bỏ khỏi danh sách"))
        remove.setEnabled(False)
        listing.itemSelectionChanged.connect(lambda: remove.setEnabled(bool(listing.selectedItems())))
        remove.clicked.connect(lambda: self._remove_selected(listing))
        layout.addWidget(listing)
        layout.addWidget(remove)
        return listing, box

    def _remove_selected(self, listing: QListWidget) -> None:
        for item in listing.selectedItems():
            listing.takeItem(listing.row(item))
        self._edited()

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    @staticmethod
    def _fill(listing: QListWidget, codes: tuple[str, ...], names: Mapping[str, str]) -> None:
        listing.clear()
        for code in codes:
            item = QListWidgetItem(f"{names.get(code, code)} · {code}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            listing.addItem(item)

    @staticmethod
    def _codes(listing: QListWidget) -> tuple[str, ...]:
        return tuple(sorted(str(listing.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(listing.count())))

    def set_settings(self, settings: Settings, names: Mapping[str, str]) -> None:
        """Show ``settings`` (``names``: commune code → name for the lists)."""
        self._loading = True
        try:
            self._base = settings
            self.count.setValue(min(max(settings.count, rules.COUNT_RANGE[0]), rules.COUNT_RANGE[1]))
            self.per_province.setValue(settings.max_per_province)
            self.spacing.setValue(settings.min_spacing_km)
            self.keep_existing.setChecked(settings.keep_existing)
            for criterion, box in self.weights.items():
                box.setValue(float(settings.weights.get(criterion, 0.0)))
            for code, box in self.region_weights.items():
                box.setValue(float(settings.region_weights.get(code, DEFAULT_REGION_WEIGHTS.get(code, 0.0))))
            for code, minimum in self.region_minimums.items():
                minimum.setValue(int(settings.region_minimums.get(code, 0)))
            self._fill(self.locked_list, settings.locked, names)
            self._fill(self.excluded_list, settings.excluded, names)
        finally:
            self._loading = False

    def settings(self) -> Settings:
        """The settings as shown (what the panel does not edit is kept from the last ``set_settings``)."""
        return replace(
            self._base, count=self.count.value(), max_per_province=self.per_province.value(),
            min_spacing_km=float(self.spacing.value()), keep_existing=self.keep_existing.isChecked(),
            weights={c: round(box.value(), 2) for c, box in self.weights.items()},
            region_weights={c: round(box.value(), 2) for c, box in self.region_weights.items()},
            region_minimums={c: box.value() for c, box in self.region_minimums.items() if box.value() > 0},
            locked=self._codes(self.locked_list), excluded=self._codes(self.excluded_list))
