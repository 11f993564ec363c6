"""Typing numbers, dates and times in the real window: no trailing zeros, decimals in the interface language,
and one click selects the date or time section under the pointer so typing replaces it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QDateTimeEdit, QDoubleSpinBox, QLineEdit

from tmsplanner.core.settings import AppSettings
from tmsplanner.gui.main_window import MainWindow


def editor(win: MainWindow, name: str, kind: type = QAbstractSpinBox):
    """The visible editor of that class and object name."""
    found = [w for w in win.findChildren(kind, name) if w.isVisibleTo(win)]
    assert len(found) == 1, (name, found)
    return found[0]


def test_numbers_show_the_decimals_they_need_and_no_trailing_zeros(window) -> None:
    window.tabs.setCurrentIndex(window.TABS.index("stimulation"))
    window.doc.apply("blocks.0.intensity_pct_mt", 120.0)
    intensity = editor(window, "intensity_pct_mt")
    assert isinstance(intensity, QDoubleSpinBox)
    assert intensity.text() == "120 %MT"  # not "120.0 %MT"
    assert editor(window, "RtmsPattern.frequency_hz").text() == "10 Hz"  # not "10.00 Hz"
    assert window.blocks.titration_start.text() == "100 %MT"  # not "100.00 %MT"
    window.doc.apply("blocks.0.intensity_pct_mt", 112.5)
    assert intensity.text() == "112.5 %MT"
    window.doc.apply("blocks.0.pattern.frequency_hz", 0.25)
    assert editor(window, "RtmsPattern.frequency_hz").text() == "0.25 Hz"  # up to the field's precision
    window.doc.apply("blocks.0.native", {"x_mm": -42.0, "y_mm": 10.5, "z_mm": 0.0})
    assert [editor(window, f"native.{a}").text() for a in ("x_mm", "y_mm", "z_mm")] == \
        ["x -42 mm", "y 10.5 mm", "z 0 mm"]


def test_typing_a_number_still_works(window, qtbot) -> None:
    window.tabs.setCurrentIndex(window.TABS.index("stimulation"))
    frequency = editor(window, "RtmsPattern.frequency_hz")
    frequency.selectAll()
    qtbot.keyClicks(frequency, "12.5")
    assert window.doc.plan.blocks[0].pattern.frequency_hz == 12.5
    frequency.selectAll()
    qtbot.keyClicks(frequency, "20")
    assert window.doc.plan.blocks[0].pattern.frequency_hz == 20


@pytest.fixture
def russian_window(qtbot, kb, tmp_path, monkeypatch):
    """The window with Russian as the interface language (decimal comma)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QLocale.setDefault(QLocale("ru"))
    win = MainWindow(kb, AppSettings())
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.doc.undo_stack.setClean()
    win.close()
    QLocale.setDefault(QLocale("en"))


def test_russian_decimals_are_written_and_read_with_a_comma(russian_window, qtbot) -> None:
    win = russian_window
    win.tabs.setCurrentIndex(win.TABS.index("stimulation"))
    frequency = editor(win, "RtmsPattern.frequency_hz")
    assert frequency.text() == "10 Hz"
    win.doc.apply("blocks.0.pattern.frequency_hz", 10.5)
    assert frequency.text() == "10,5 Hz"
    for text in ("10 Hz", "10,5 Hz"):
        assert frequency.validate(text, 2)[0] == QValidator.State.Acceptable, text
        assert frequency.valueFromText(text) in (10.0, 10.5)
    frequency.selectAll()
    qtbot.keyClicks(frequency, "12,5")
    assert win.doc.plan.blocks[0].pattern.frequency_hz == 12.5
    frequency.selectAll()
    qtbot.keyClicks(frequency, "10")
    assert win.doc.plan.blocks[0].pattern.frequency_hz == 10
    assert frequency.text() == "10 Hz"


def click_at(qtbot, edit: QDateTimeEdit, position: int) -> None:
    """Click the editor's text just before character ``position``."""
    line = edit.findChild(QLineEdit)
    saved = line.cursorPosition()
    line.setCursorPosition(position)
    x = line.cursorRect().center().x() + 2
    line.setCursorPosition(saved)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))


def test_one_click_on_the_day_and_typing_replaces_the_day(window, qtbot) -> None:
    window.tabs.setCurrentIndex(window.TABS.index("schedule"))
    window.doc.apply("schedule.start_date", dt.date(2026, 12, 21))
    start = editor(window, "start_date", QDateTimeEdit)
    assert start.displayFormat() == "yyyy-MM-dd"
    window.tabs.setFocus()  # the editor does not have the focus before the click
    click_at(qtbot, start, 9)  # between the two digits of the day
    assert start.currentSection() == QDateTimeEdit.Section.DaySection
    assert start.findChild(QLineEdit).selectedText() == "21"
    qtbot.keyClicks(start, "15")
    assert window.doc.plan.schedule.start_date == dt.date(2026, 12, 15)
    click_at(qtbot, start, 6)  # the month
    qtbot.keyClicks(start, "11")
    assert window.doc.plan.schedule.start_date == dt.date(2026, 11, 15)


def test_one_click_on_the_minutes_and_typing_replaces_them(window, qtbot) -> None:
    window.tabs.setCurrentIndex(window.TABS.index("schedule"))
    first = editor(window, "first_session_time", QDateTimeEdit)
    click_at(qtbot, first, 4)
    qtbot.keyClicks(first, "30")
    assert window.doc.plan.schedule.first_session_time == dt.time(9, 30)


def test_a_date_reached_from_a_finding_selects_its_section(window, qtbot) -> None:
    window.focus_field("motor_threshold.measured_on")
    measured = editor(window, "measured_on", QDateTimeEdit)
    qtbot.waitUntil(measured.hasFocus)
    assert measured.findChild(QLineEdit).hasSelectedText()


def test_an_optional_date_is_typed_the_same_way(window, qtbot) -> None:
    window.tabs.setCurrentIndex(window.TABS.index("screening"))
    editor(window, "screening_recorded_on:set", QCheckBox).click()
    recorded = editor(window, "screening_recorded_on:date", QDateTimeEdit)
    window.screening.ensureWidgetVisible(recorded)
    text = recorded.findChild(QLineEdit).text()
    click_at(qtbot, recorded, 9)
    qtbot.keyClicks(recorded, "05")
    assert window.doc.plan.screening_recorded_on == dt.date.fromisoformat(text[:8] + "05")
