"""Choosing a public-holiday calendar: every country and region the holidays package knows, named in the
interface language ("UA — Україна"), searchable by code or name, or typed as a code."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from tmsplanner.core.holiday_calendar import calendar_code, calendar_name


class HolidayCalendarChooser(QComboBox):
    """An editable list of holiday calendars; :meth:`code` is what the user chose or typed (None: none).

    The list is filled when first shown (listing every calendar costs a package import), so a window
    that never shows it pays nothing.
    """

    def __init__(self, code: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        self._loaded = False
        self.set_code(code)

    def load(self) -> None:
        """Fill the list (once)."""
        if self._loaded:
            return
        from tmsplanner.core.holiday_calendar import supported_calendars

        language = QLocale().name()  # countries named in the interface language
        shown = self.currentText()
        for code in supported_calendars():
            self.addItem(calendar_name(code, language), code)
        self.setEditText(shown)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "Герм" finds «DE — Германия»
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._loaded = True

    def code(self) -> str | None:
        """The calendar code chosen or typed ('DE-BY'), None when empty."""
        return calendar_code(self.currentText())

    def set_code(self, code: str | None) -> None:
        """Show a calendar by its code, named in the interface language."""
        if self.code() != code:
            self.setEditText(calendar_name(code, QLocale().name()) if code else "")

    def showEvent(self, event: QShowEvent) -> None:
        self.load()
        super().showEvent(event)
