"""Shared parts of the Treatment view: formatting in the interface language, small widgets and lookups."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QWidget,
)

from tmsplanner.core.plan import ShortText
from tmsplanner.core.record_view import RecordView, SessionDelivery
from tmsplanner.gui.fields import (
    ERROR_COLOUR,
    MARK,
    vocab,
)

if TYPE_CHECKING:
    from tmsplanner.gui.treatment.view import TreatmentView


CORRECTED_MARK = "✎"
ARROW = "→"
PLACEHOLDER_ID = "unsaved"  # a plan never recorded against: its record view is the plan, every session pending
_SESSION_FIELD = re.compile(r"^record\.sessions\[(\d+)\](?:\.blocks\[(\d+)\]\.(intensity_pct_mso|pulses)|\.(\w+))?")


# -- formatting: the interface language's numbers, dates and times (nothing computed) ------------------------


def date_text(day: dt.date, pattern: str = "ddd d MMM yyyy") -> str:
    """A date as the interface language writes it."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def number(value: float) -> str:
    """A recorded number (a %MSO, a score) as the interface language writes it: '55', '52.5', «52,5»."""
    return QLocale().toString(float(value), "g", 6)


def count(value: int) -> str:
    """A whole number with the language's grouping: '90,000'."""
    return QLocale().toString(int(value))


def clock(moment: dt.time | dt.datetime) -> str:
    """A clock time in hours and minutes."""
    return f"{moment.hour:02d}:{moment.minute:02d}"  # not strftime: it imports a module on every call


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _form(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow pane: the field goes under its label
    return form


def _reveal(widget: QWidget) -> None:
    """Scroll the page holding ``widget`` so that it is in view."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if isinstance(area, QScrollArea):
        area.ensureWidgetVisible(widget)


def _problem_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _choice(options: list[Any], current: Any = None, name: str = "") -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for option in options:
        combo.addItem(vocab(option), option.value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current.value)))
    return combo


def _chosen(combo: QComboBox) -> str:
    return str(combo.currentData())


def _short_text(value: str) -> str:
    """``value`` as a valid short text, or raise ValidationError (a reason typed for a correction)."""
    return TypeAdapter(ShortText).validate_python(value)


def ask_save_first(parent: QWidget | None) -> bool:
    """Ask to save the plan before recording against it: Save and record (the default), or Cancel."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("TreatmentView", "Save the plan first"),
                      QCoreApplication.translate("TreatmentView", "The course record is kept against the saved plan. "
                                                 "Save the plan now, then record?"),
                      QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(QCoreApplication.translate("TreatmentView", "&Save and record"),
                         QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    try:
        box.exec()
        return box.clickedButton() is save
    finally:
        box.deleteLater()


def next_pending(view: RecordView) -> int | None:
    """The first planned session with nothing recorded about it."""
    return next((s.session for s in view.sessions
                 if s.planned is not None and s.record is None and s.deviation is None), None)


def session_of(view: RecordView, number: int) -> SessionDelivery | None:
    """The record view's row of a session number."""
    return next((s for s in view.sessions if s.session == number), None)


class _ShowsRecord:
    """For the form and the panel: being shown asks the controller to bring them up to date."""

    controller: TreatmentView

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if not event.spontaneous():
            self.controller.shown()


class StoreNote(QFrame):
    """The line saying the course record cannot be opened, with Try again."""

    def __init__(self, controller: TreatmentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("store_problem")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = _problem_label("store_problem_text")
        self.label.show()
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.setObjectName("store_retry")
        self.retry.clicked.connect(controller.retry_store)
        row.addWidget(self.label, 1)
        row.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_problem(self, problem: str | None) -> None:
        if problem:
            self.label.setText(f"{MARK} " + self.tr("The course record cannot be opened: %1").replace("%1", problem))
        self.setVisible(bool(problem))
