"""Editors for plan fields, built from the model's field metadata.

Titles, descriptions, units and bounds come from the pydantic fields in
``tmsplanner.core.plan``; nothing about a field is repeated here. Each editor
is bound to a plan path: user edits go to ``PlanDocument.apply`` and plan
changes come back through :meth:`Binding.refresh`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from tmsplanner.core.i18n import Catalogue, catalogue
from tmsplanner.core.labels import label
from tmsplanner.core.plan import FIRST_PLAN_DATE, LAST_PLAN_DATE, Plan, PlanModel
from tmsplanner.core.plan_edit import field_bounds, field_info, field_unit, get_value
from tmsplanner.gui.document import PlanDocument

PathFn = Callable[[], str]
NONE_TEXT = "—"


def tr(text: str) -> str:
    """Translate a field title or description (context 'fields')."""
    return QCoreApplication.translate("fields", text)


def unit_text(unit: str) -> str:
    """Translate a unit symbol (context 'units'); '' stays ''."""
    return QCoreApplication.translate("units", unit) if unit else ""


def vocab(value: StrEnum) -> str:
    """Translate a vocabulary label (context 'vocab')."""
    return QCoreApplication.translate("vocab", label(value))


def tooltip(model: type[BaseModel], name: str) -> str:
    info = field_info(model, name)
    lines = [f"<b>{tr(info.title or name)}</b>"]
    if info.description:
        lines.append(tr(info.description))
    lower, upper, lo_x, up_x = field_bounds(info)
    unit = unit_text(field_unit(info))
    if lower is not None or upper is not None:
        low = "" if lower is None else f"{'>' if lo_x else '≥'} {number_text(lower)}"
        high = "" if upper is None else f"{'<' if up_x else '≤'} {number_text(upper)}"
        allowed = QCoreApplication.translate("fields", "Allowed: %s") % ", ".join(filter(None, [low, high]))
        lines.append(f"{allowed} {unit}".strip())
    return "<br/>".join(lines)


INVALID_STYLE = "border: 2px solid #b00020;"


def mark_invalid(widget: QWidget, error: str | None) -> None:
    """Outline a refused value in red and keep the reason in the tooltip.

    A per-widget style sheet only while invalid: an application-wide style
    sheet would slow every widget's polish at start-up.
    """
    was_invalid = bool(widget.property("invalid"))
    widget.setProperty("invalid", error is not None)
    if error is not None:
        widget.setStyleSheet(INVALID_STYLE)
        widget.setProperty("error", error)
    elif was_invalid:
        widget.setStyleSheet("")


class Binding:
    """Keeps one editor and one plan path in step."""

    def __init__(self, doc: PlanDocument, path_fn: PathFn, widget: QWidget,
                 read: Callable[[], Any], write: Callable[[Any], None], report: Callable[[str | None], None]) -> None:
        self.doc, self.path_fn, self.widget = doc, path_fn, widget
        self._read, self._write, self._report = read, write, report
        self._updating = False

    def commit(self, *_: object) -> None:
        """Send the editor's value to the document."""
        if self._updating:
            return
        error = self.doc.apply(self.path_fn(), self._read())
        mark_invalid(self.widget, error)
        self._report(error)

    def refresh(self, plan: Plan) -> None:
        """Show the plan's value without echoing it back."""
        try:
            value = get_value(plan, self.path_fn())
        except (IndexError, KeyError, AttributeError):
            return
        if value == self._read() and not self.widget.property("invalid"):
            return
        self._updating = True
        try:
            self._write(value)
            mark_invalid(self.widget, None)
        finally:
            self._updating = False


class FieldFactory:
    """Creates bound editors; every binding is registered for refresh and focus."""

    def __init__(self, doc: PlanDocument, report: Callable[[str | None], None]) -> None:
        self.doc, self.report = doc, report
        self.bindings: list[Binding] = []

    def label(self, model: type[BaseModel], name: str) -> QLabel:
        """A label with the field's title (and unit)."""
        info = field_info(model, name)
        unit = unit_text(field_unit(info))
        text = tr(info.title or name) + (f" ({unit})" if unit else "")
        widget = QLabel(text)
        widget.setToolTip(tooltip(model, name))
        return widget

    def _bind(self, model: type[BaseModel], name: str, path_fn: PathFn, widget: QWidget,
              read: Callable[[], Any], write: Callable[[Any], None], signal: Any) -> QWidget:
        widget.setToolTip(tooltip(model, name))
        widget.setObjectName(name)
        binding = Binding(self.doc, path_fn, widget, read, write, self.report)
        signal.connect(binding.commit)
        self.bindings.append(binding)
        return widget

    def custom(self, model: type[BaseModel], name: str, path_fn: PathFn, widget: QWidget,
               read: Callable[[], Any], write: Callable[[Any], None], *signals: Any) -> QWidget:
        """Bind an editor made of several widgets; any of ``signals`` sends its value."""
        self._bind(model, name, path_fn, widget, read, write, signals[0])
        for signal in signals[1:]:
            signal.connect(self.bindings[-1].commit)
        return widget

    def number(self, model: type[BaseModel], name: str, path_fn: PathFn, *, decimals: int = 1,
               optional: bool = False) -> QWidget:
        """A spin box with the field's bounds and unit; optional fields show '—' for no value."""
        info = field_info(model, name)
        lower, upper, lo_x, up_x = field_bounds(info)
        is_int = info.annotation in (int, int | None)
        box: QSpinBox | QDoubleSpinBox = QSpinBox() if is_int else QDoubleSpinBox()
        step = 1 if is_int else 10 ** -decimals
        if not is_int:
            box.setDecimals(decimals)
        low = (lower or 0) + (step if lo_x else 0)
        high = (upper if upper is not None else 1e6) - (step if up_x else 0)
        if optional:
            low -= step
            box.setSpecialValueText(NONE_TEXT)
        box.setRange(low, high)
        unit = unit_text(field_unit(info))
        if unit:
            box.setSuffix(f" {unit}")
        box.setKeyboardTracking(True)
        box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        floor = low

        def read() -> Any:
            value = box.value()
            if optional and value <= floor:
                return None
            return int(value) if is_int else float(value)

        def write(value: Any) -> None:
            box.setValue(floor if value is None else value)

        return self._bind(model, name, path_fn, box, read, write, box.valueChanged)

    def choice(self, model: type[BaseModel], name: str, path_fn: PathFn, options: list[StrEnum], *,
               optional: bool = False) -> QComboBox:
        """A combo box of vocabulary values shown by their labels."""
        combo = QComboBox()
        # The item data keeps the id (Qt hands a StrEnum back as a plain str); the strict model takes the
        # vocabulary member itself, so the editor reads it from this list.
        values: list[StrEnum | None] = [None] if optional else []
        values += options
        for option in values:
            combo.addItem(NONE_TEXT if option is None else vocab(option), option)

        def read() -> StrEnum | None:
            index = combo.currentIndex()
            return values[index] if 0 <= index < len(values) else None

        def write(value: Any) -> None:
            combo.setCurrentIndex(values.index(value) if value in values else 0)

        self._bind(model, name, path_fn, combo, read, write, combo.currentIndexChanged)
        return combo

    def text(self, model: type[BaseModel], name: str, path_fn: PathFn, *, optional: bool = True) -> QLineEdit:
        """A line edit; an empty optional field means no value."""
        edit = QLineEdit()
        info = field_info(model, name)
        edit.setPlaceholderText(tr(info.description or ""))

        def read() -> Any:
            value = edit.text()
            return None if optional and not value.strip() else value

        self._bind(model, name, path_fn, edit, read, lambda v: edit.setText(v or ""), edit.textEdited)
        return edit

    def date(self, model: type[BaseModel], name: str, path_fn: PathFn) -> QDateEdit:
        """A date editor with a calendar pop-up."""
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")

        def write(value: dt.date) -> None:
            edit.setDate(QDate(value.year, value.month, value.day))

        self._bind(model, name, path_fn, edit, lambda: edit.date().toPython(), write, edit.dateChanged)
        return edit

    def optional_date(self, model: type[BaseModel], name: str, path_fn: PathFn) -> QWidget:
        """A check box and a date: unchecked means no date."""
        box, edit = QCheckBox(), date_edit()
        box.setObjectName(f"{name}:set")
        edit.setObjectName(f"{name}:date")
        edit.setDate(QDate.currentDate())
        edit.setEnabled(False)
        box.toggled.connect(edit.setEnabled)

        def read() -> dt.date | None:
            return edit.date().toPython() if box.isChecked() else None

        def write(value: dt.date | None) -> None:
            box.setChecked(value is not None)
            if value is not None:
                edit.setDate(QDate(value.year, value.month, value.day))

        return self.custom(model, name, path_fn, _row(box, edit), read, write, box.toggled, edit.dateChanged)

    def coordinates(self, model: type[BaseModel], name: str, path_fn: PathFn,
                    coordinate: type[PlanModel]) -> QWidget:
        """A check box and x, y, z spin boxes (bounds and unit from ``coordinate``): unchecked means none."""
        box = QCheckBox()
        box.setObjectName(f"{name}:set")
        spins: list[QDoubleSpinBox] = []
        for axis in ("x_mm", "y_mm", "z_mm"):
            info = field_info(coordinate, axis)
            lower, upper, _, _ = field_bounds(info)
            spin = QDoubleSpinBox()
            spin.setObjectName(f"{name}.{axis}")
            spin.setDecimals(1)
            spin.setRange(lower if lower is not None else -1e3, upper if upper is not None else 1e3)
            spin.setPrefix(f"{tr(info.title or axis)} ")
            spin.setSuffix(f" {unit_text(field_unit(info))}")
            spin.setToolTip(tooltip(coordinate, axis))
            spin.setEnabled(False)
            box.toggled.connect(spin.setEnabled)
            spins.append(spin)

        def read() -> PlanModel | None:
            if not box.isChecked():
                return None
            return coordinate(x_mm=spins[0].value(), y_mm=spins[1].value(), z_mm=spins[2].value())

        def write(value: PlanModel | None) -> None:
            box.setChecked(value is not None)
            if value is not None:
                for spin, axis in zip(spins, ("x_mm", "y_mm", "z_mm"), strict=True):
                    spin.setValue(getattr(value, axis))

        return self.custom(model, name, path_fn, _row(box, *spins), read, write, box.toggled,
                           *(spin.valueChanged for spin in spins))

    def time(self, model: type[BaseModel], name: str, path_fn: PathFn) -> QTimeEdit:
        """A clock-time editor (hours and minutes)."""
        edit = QTimeEdit()
        edit.setDisplayFormat("HH:mm")

        def write(value: dt.time) -> None:
            edit.setTime(QTime(value.hour, value.minute))

        def read() -> dt.time:
            t = edit.time()
            return dt.time(t.hour(), t.minute())

        self._bind(model, name, path_fn, edit, read, write, edit.timeChanged)
        return edit

    def check(self, model: type[BaseModel], name: str, path_fn: PathFn) -> QCheckBox:
        """A check box for a boolean field."""
        box = QCheckBox(tr(field_info(model, name).title or name))
        self._bind(model, name, path_fn, box, box.isChecked, lambda v: box.setChecked(bool(v)), box.toggled)
        return box

    def refresh(self, plan: Plan) -> None:
        """Show a plan in every editor."""
        for binding in self.bindings:
            binding.refresh(plan)


def date_edit() -> QDateEdit:
    """A date editor with a calendar pop-up, limited to the planning horizon."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDateRange(QDate(FIRST_PLAN_DATE.year, FIRST_PLAN_DATE.month, FIRST_PLAN_DATE.day),
                      QDate(LAST_PLAN_DATE.year, LAST_PLAN_DATE.month, LAST_PLAN_DATE.day))
    return edit


def _row(*widgets: QWidget) -> QWidget:
    """Widgets side by side in one form row."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 0 if isinstance(widget, QCheckBox) else 1)
    return row


def number_text(value: float, decimals: int = 3) -> str:
    """A number as the interface language writes it ('2.7', «2,7»; at most ``decimals`` decimals)."""
    return words().number(value, decimals)


def words() -> Catalogue:
    """The message catalogue of the interface language (the language the application set as Qt's default)."""
    return catalogue(QLocale().name())
