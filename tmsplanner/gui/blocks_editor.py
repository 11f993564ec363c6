"""The stimulation blocks: a list to add, remove and reorder, and a form for the selected block.

The pattern fields change with the pattern type (conventional rTMS or theta burst).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tmsplanner.core.labels import block_line
from tmsplanner.core.plan import Block, MniCoordinate, NativeCoordinate, Plan, RtmsPattern, TbsPattern, Titration
from tmsplanner.core.vocab import Localisation, Target
from tmsplanner.gui.document import PlanDocument
from tmsplanner.gui.fields import FieldFactory, NumberSpinBox, accessible, describe, title, unit_text, words


def default_pattern(kind: str) -> RtmsPattern | TbsPattern:
    """The pattern a block gets when its pattern type is changed to ``kind`` (``rtms`` or ``tbs``)."""
    if kind == "rtms":
        return RtmsPattern(frequency_hz=10, pulses_per_train=40, trains=75, inter_train_interval_s=26)
    return TbsPattern(bursts_per_train=10, trains=20, inter_train_interval_s=8)


def block_summary(index: int, block: Block) -> str:
    """One list line per block, e.g. '1. Left DLPFC — 10 Hz rTMS, 120% MT', in the interface language."""
    return f"{index + 1}. {block_line(block, words())}"


class BlocksEditor(QWidget):
    """Edits ``plan.blocks``; blocks run in this order within each session."""

    selectionChanged = Signal(int)

    def __init__(self, doc: PlanDocument, fields: FieldFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.fields = doc, fields
        self.current = 0
        self._refreshing = False
        layout = QVBoxLayout(self)  # list above the form: fits a narrow editor pane
        layout.addLayout(self._list_column())
        layout.addWidget(self._block_form(), 1)

    # -- layout ------------------------------------------------------------
    def _list_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        heading = QLabel(self.tr("Blocks, in order within each session"))
        column.addWidget(heading)
        self.list = QListWidget()
        self.list.setObjectName("block_list")
        heading.setBuddy(self.list)
        self.list.setAccessibleName(heading.text())
        self.list.setMaximumHeight(110)
        self.list.currentRowChanged.connect(self._select)
        column.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.add_button.setToolTip(self.tr("Add a block (a copy of the selected one)"))
        self.add_button.clicked.connect(self.add_block)
        self.remove_button.clicked.connect(self.remove_block)
        self.up_button.clicked.connect(lambda: self.move_block(-1))
        self.down_button.clicked.connect(lambda: self.move_block(+1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        return column

    def _path(self, name: str) -> str:
        return f"blocks.{self.current}.{name}"

    def _block_form(self) -> QWidget:
        box = QGroupBox(self.tr("Selected block"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow pane: field under label
        f = self.fields
        form.addRow(f.label(Block, "target"), f.choice(Block, "target", lambda: self._path("target"), list(Target)))
        form.addRow(f.label(Block, "custom_target"),
                    f.text(Block, "custom_target", lambda: self._path("custom_target")))
        form.addRow(f.label(Block, "localisation"),
                    f.choice(Block, "localisation", lambda: self._path("localisation"), list(Localisation)))
        form.addRow(f.label(Block, "eeg_position"),
                    f.text(Block, "eeg_position", lambda: self._path("eeg_position")))
        form.addRow(f.label(Block, "mni"), f.coordinates(Block, "mni", lambda: self._path("mni"), MniCoordinate))
        form.addRow(f.label(Block, "native"),
                    f.coordinates(Block, "native", lambda: self._path("native"), NativeCoordinate))
        form.addRow(f.label(Block, "coil_orientation"),
                    f.text(Block, "coil_orientation", lambda: self._path("coil_orientation")))
        form.addRow(f.label(Block, "intensity_pct_mt"),
                    f.number(Block, "intensity_pct_mt", lambda: self._path("intensity_pct_mt")))
        form.addRow(f.label(Block, "scalp_cortex_distance_mm"),
                    f.number(Block, "scalp_cortex_distance_mm", lambda: self._path("scalp_cortex_distance_mm"),
                             optional=True))
        self.titrate = QCheckBox(self.tr("Ramp up from"))
        self.titrate.setObjectName("titrate")
        accessible(self.titrate, self.titrate.text(), describe(Block, "titration"))
        self.titration_start = NumberSpinBox()  # '100 %MT', not '100.00 %MT'
        self.titration_start.setObjectName("titration_start")
        self.titration_start.setRange(1, 250)
        self.titration_start.setSuffix(" " + unit_text("%MT"))
        accessible(self.titration_start, title(Titration, "start_pct_mt"), describe(Titration, "start_pct_mt"))
        self.titration_days = QSpinBox()
        self.titration_days.setObjectName("titration_days")
        self.titration_days.setRange(2, 30)
        days = self.tr(" days")
        self.titration_days.setSuffix(days)
        self.titration_days.setToolTip(self.tr("Treatment days over which the intensity rises in equal steps"))
        accessible(self.titration_days, title(Titration, "days"), describe(Titration, "days", unit=days.strip()))
        for widget in (self.titrate, self.titration_start, self.titration_days):
            signal = widget.toggled if widget is self.titrate else widget.valueChanged
            signal.connect(self._titration_changed)
        row = QHBoxLayout()
        row.addWidget(self.titrate)
        row.addWidget(self.titration_start, 1)
        form.addRow(self.tr("Titration"), row)
        form.addRow(self.tr("Ramp over"), self.titration_days)
        self.pattern_type = QComboBox()
        self.pattern_type.setObjectName("pattern_type")
        accessible(self.pattern_type, self.tr("Pattern"), self.tr("Conventional rTMS or theta burst; the pattern's "
                                                                  "fields below follow it"))
        self.pattern_type.addItem(self.tr("Conventional rTMS"), "rtms")
        self.pattern_type.addItem(self.tr("Theta burst (iTBS / cTBS)"), "tbs")
        self.pattern_type.activated.connect(self._change_pattern_type)
        form.addRow(self.tr("Pattern"), self.pattern_type)
        self.pattern_stack = QStackedWidget()
        self.pattern_stack.addWidget(self._pattern_fields(RtmsPattern, ("frequency_hz", "pulses_per_train", "trains",
                                                                        "inter_train_interval_s")))
        self.pattern_stack.addWidget(self._pattern_fields(TbsPattern, (
            "pulses_per_burst", "intra_burst_frequency_hz", "burst_frequency_hz", "bursts_per_train", "trains",
            "inter_train_interval_s")))
        form.addRow(self.pattern_stack)
        return box

    def _pattern_fields(self, model: type[RtmsPattern] | type[TbsPattern], names: tuple[str, ...]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow pane: field under label
        form.setContentsMargins(0, 0, 0, 0)
        for name in names:
            editor = self.fields.number(model, name, lambda n=name: self._path(f"pattern.{n}"), decimals=2)
            editor.setObjectName(f"{model.__name__}.{name}")
            form.addRow(self.fields.label(model, name), editor)
        return page

    # -- behaviour -----------------------------------------------------------
    def refresh(self, plan: Plan) -> None:
        """Show the plan's blocks; keep the selection where it was if it still exists."""
        self.current = min(self.current, len(plan.blocks) - 1)
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([block_summary(i, b) for i, b in enumerate(plan.blocks)])
        self.list.setCurrentRow(self.current)
        self.list.blockSignals(False)
        kind = plan.blocks[self.current].pattern.type
        self.pattern_type.setCurrentIndex(self.pattern_type.findData(kind))
        self.pattern_stack.setCurrentIndex(0 if kind == "rtms" else 1)
        self.remove_button.setEnabled(len(plan.blocks) > 1)
        self.up_button.setEnabled(self.current > 0)
        self.down_button.setEnabled(self.current < len(plan.blocks) - 1)
        self._show_titration(plan.blocks[self.current])

    def select(self, index: int) -> None:
        """Select a block (e.g. to focus a finding's field)."""
        self.list.setCurrentRow(index)

    def _select(self, row: int) -> None:
        if row < 0:
            return
        self.current = row
        self.fields.refresh(self.doc.plan)
        self.refresh(self.doc.plan)
        self.selectionChanged.emit(row)

    def _titration_changed(self, *_: object) -> None:
        if self._refreshing:
            return
        block = self.doc.plan.blocks[self.current]
        value = None
        if self.titrate.isChecked():
            value = Titration(start_pct_mt=self.titration_start.value(), days=self.titration_days.value())
        if value != block.titration:
            self.doc.apply(self._path("titration"), value, self.tr("Intensity titration"))

    def _show_titration(self, block: Block) -> None:
        self._refreshing = True
        ramp = block.titration
        self.titrate.setChecked(ramp is not None)
        self.titration_start.setValue(ramp.start_pct_mt if ramp else max(block.intensity_pct_mt - 20, 1))
        self.titration_days.setValue(ramp.days if ramp else 5)
        self.titration_start.setEnabled(ramp is not None)
        self.titration_days.setEnabled(ramp is not None)
        self._refreshing = False

    def _change_pattern_type(self) -> None:
        kind = self.pattern_type.currentData()
        if self.doc.plan.blocks[self.current].pattern.type != kind:
            self.doc.apply(self._path("pattern"), default_pattern(kind), self.tr("Change pattern type"), merge=False)

    def add_block(self) -> None:
        """Append a copy of the selected block."""
        blocks = list(self.doc.plan.blocks)
        blocks.append(blocks[self.current])
        if self.doc.apply("blocks", blocks, self.tr("Add block"), merge=False) is None:
            self.select(len(blocks) - 1)

    def remove_block(self) -> None:
        """Remove the selected block (a plan keeps at least one)."""
        blocks = list(self.doc.plan.blocks)
        if len(blocks) > 1:
            del blocks[self.current]
            self.doc.apply("blocks", blocks, self.tr("Remove block"), merge=False)

    def move_block(self, step: int) -> None:
        """Move the selected block earlier (-1) or later (+1) in the session."""
        blocks = list(self.doc.plan.blocks)
        target = self.current + step
        if 0 <= target < len(blocks):
            blocks[self.current], blocks[target] = blocks[target], blocks[self.current]
            self.current = target
            self.doc.apply("blocks", blocks, self.tr("Move block"), merge=False)
