"""Real-world scheduling in the window: holidays, closures, phases, missed sessions, titration."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest
from PySide6.QtCore import QAbstractTableModel, QDate, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget

from tmsplanner.core.settings import AppSettings
from tmsplanner.gui.main_window import MainWindow

START = dt.date(2026, 12, 21)


@pytest.fixture
def window(qtbot, kb, tmp_path, monkeypatch) -> MainWindow:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    win = MainWindow(kb, AppSettings())
    win.doc.apply("schedule.start_date", START)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.doc.undo_stack.setClean()
    win.close()


def test_holiday_calendar_skips_christmas(window) -> None:
    window.tabs.setCurrentIndex(window.TABS.index("schedule"))
    window.calendar_form.country.setEditText("DE")
    window.calendar_form.country.lineEdit().editingFinished.emit()
    assert window.doc.plan.schedule.holiday_country == "DE"
    assert "Christmas" in window.derived.skipped.text()
    assert dt.date(2026, 12, 25) not in {s.date for s in window.doc.results.figures.sessions}
    window.files.undo_action.trigger()
    assert window.doc.plan.schedule.holiday_country is None


def test_holiday_calendars_are_listed_by_country_name(window) -> None:
    """The list names each country ('UA — Ukraine'); choosing one, or typing a code, stores the bare code."""
    window.tabs.setCurrentIndex(window.TABS.index("schedule"))
    combo = window.calendar_form.country
    index = combo.findData("UA")
    assert index > 0 and combo.itemText(index) == "UA — Ukraine"
    assert combo.itemText(combo.findData("DE-BY")) == "DE-BY — Germany (BY)"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert window.doc.plan.schedule.holiday_country == "UA"
    combo.setEditText("de-by")
    combo.lineEdit().editingFinished.emit()
    assert window.doc.plan.schedule.holiday_country == "DE-BY"
    window.doc.undo_stack.undo()
    assert combo.currentText() == "UA — Ukraine"


def test_holidays_follow_the_interface_language_not_the_environment(window, monkeypatch) -> None:
    from tmsplanner.core.holiday_calendar import _calendar

    for name, value in (("LANG", "de_DE.UTF-8"), ("LC_ALL", "de_DE.UTF-8"), ("LANGUAGE", "de")):
        monkeypatch.setenv(name, value)
    _calendar.cache_clear()
    window.doc.apply("schedule.closures", [dt.date(2026, 12, 22)])
    window.doc.apply("schedule.holiday_country", "DE")
    text = window.derived.skipped.text()
    assert "Fri 25 Dec: public holiday: Christmas Day" in text
    assert "Tue 22 Dec: clinic closure" in text
    assert "Weihnacht" not in text and "Fr." not in text
    _calendar.cache_clear()


def test_closure_and_missed_day_move_the_end_date(window) -> None:
    end = window.doc.results.figures.end_date
    window.closures.date.setDate(QDate(2026, 12, 22))
    window.closures.add()
    assert window.doc.plan.schedule.closures == [dt.date(2026, 12, 22)]
    after_closure = window.doc.results.figures.end_date
    assert after_closure > end
    window.derived.sessions.selectRow(0)
    window.derived.miss_day.click()
    assert window.doc.plan.schedule.missed_sessions[0].date == START
    assert window.doc.results.figures.total_sessions == 30
    assert window.doc.results.figures.end_date > after_closure


def test_taper_phases_appear_in_the_session_list(window) -> None:
    for _ in range(3):
        window.phases.add_taper()
    assert [p.sessions_per_week for p in window.doc.plan.schedule.phases] == [3, 2, 1]
    phases = {window.derived.sessions.cell_text(r, 6) for r in range(window.derived.sessions.rowCount())}
    assert "Taper" in phases
    assert window.doc.results.figures.total_sessions == 36


def test_titration_is_set_from_the_block_form(window) -> None:
    window.tabs.setCurrentIndex(window.TABS.index("stimulation"))
    window.blocks.titration_start.setValue(90)
    window.blocks.titrate.setChecked(True)
    ramp = window.doc.plan.blocks[0].titration
    assert ramp is not None and ramp.start_pct_mt == 90 and ramp.days == 5


def test_medication_change_plans_an_mt_retest(window) -> None:
    window.medications.name.setText("Lithium")
    window.medications.changed.setChecked(True)
    window.medications.changed_on.setDate(QDate(2026, 12, 28))
    window.medications.add()
    assert window.doc.plan.medications[0].changed_on == dt.date(2026, 12, 28)
    due = [s for s in window.doc.results.figures.sessions if s.mt_retest]
    assert due and due[0].date == dt.date(2026, 12, 29)


def test_depth_correction_shows_both_values(window) -> None:
    window.doc.apply("motor_threshold.m1_scalp_cortex_distance_mm", 14.0)
    window.doc.apply("motor_threshold.target_scalp_cortex_distance_mm", 17.0)
    text = window.derived.figures.labels["mso"].text()
    assert "depth-corrected" in text and "without depth correction" in text


def test_outcome_measures_are_listed(window) -> None:
    table = window.outcomes
    scales = {table.cell_text(r, 1) for r in range(table.rowCount())}
    assert "MADRS" in scales
    assert table.cell_text(0, 2) == "baseline"


def test_beam_f3_calculator_from_the_tools_menu(window, qtbot) -> None:
    dialog = window.files.beam_f3()
    qtbot.addWidget(dialog)
    assert dialog.isVisible()


def test_accelerated_day_timetable_shows_ends_and_pauses(window) -> None:
    window.apply_preset("snt-accelerated-itbs")
    table = window.derived.sessions
    assert [table.cell_text(r, 3) for r in range(3)] == ["09:00", "10:00", "11:00"]
    assert table.cell_text(0, 4) == "09:09" and table.cell_text(0, 5) == ""  # HH:mm, as every time in the window
    assert table.cell_text(1, 5) == "50 min"
    clock_with_seconds = re.compile(r"\d\d:\d\d:\d\d")
    assert not any(clock_with_seconds.search(table.cell_text(r, c))
                   for r in range(table.rowCount()) for c in range(table.sessions.columnCount()))


def test_accelerated_days_are_shown_as_days_by_sessions(window) -> None:
    """Ten sessions a day for five days: a 5 x 10 day timetable with start-end and pauses, not just 50 rows."""
    day_view = window.derived.day_view
    assert not window.result_tabs.isTabVisible(window.day_tab)  # one session a day: no day timetable
    window.apply_preset("snt-accelerated-itbs")
    assert window.result_tabs.isTabVisible(window.day_tab) and not day_view.isHidden()
    assert window.result_tabs.tabText(window.day_tab) == "Day timetable"
    assert (day_view.day_count(), day_view.session_count()) == (5, 10)
    assert day_view.transposed and day_view.table.columnCount() == 5  # a column per day, a row per session
    assert day_view.day_text(0).startswith("Day 1 · ")
    assert day_view.cell_text(0, 0) == "09:00–09:09"
    assert day_view.cell_text(0, 1) == "10:00–10:09\npause 50 min"
    assert day_view.cell_text(4, 9).startswith("18:00–18:09")
    assert not any(day_view.is_late(r, c) for r in range(5) for c in range(10))  # no closing time set
    window.doc.apply("schedule.sessions_per_day", 1)
    assert not window.result_tabs.isTabVisible(window.day_tab)


def test_sessions_after_closing_time_are_marked_in_both_views(window, qtbot) -> None:
    """The late flag comes from the core (SCHED-002's test), shown by colour, icon and words; it goes with it."""
    from tmsplanner.core.vocab import Severity
    from tmsplanner.gui.derived_panel import LATE_COLOUR, SessionModel

    window.apply_preset("snt-accelerated-itbs")
    window.tabs.setCurrentIndex(window.TABS.index("schedule"))
    form = window.calendar_form
    form.closing.setTime(QTime(18, 5))
    form.closes.click()  # the clinic closes at 18:05: the tenth session of each day ends at 18:09
    assert window.doc.plan.schedule.clinic_closing_time == dt.time(18, 5)
    assert "SCHED-002" in {f.rule for f in window.doc.results.findings}
    day_view, table = window.derived.day_view, window.derived.sessions
    late = {(r, c) for r in range(day_view.day_count()) for c in range(day_view.session_count())
            if day_view.is_late(r, c)}
    assert late == {(r, 9) for r in range(5)}
    item = day_view.item_at(0, 9)
    assert item.text().startswith("18:00–18:09 ⚠")  # a sign, explained in words above the table
    assert "⚠ ends after the clinic's closing time (18:05)" in day_view.note.text()
    assert not item.icon().isNull()  # an icon
    assert item.foreground().color() == QColor(LATE_COLOUR)  # and the colour
    assert "18:05" in item.toolTip()
    model = table.sessions
    marked = [r for r in range(table.rowCount()) if model.mark(r, SessionModel.END)]
    assert marked == [9, 19, 29, 39, 49]
    assert table.cell_text(9, SessionModel.END) == "18:09 ⚠ after closing time"
    index = model.index(9, SessionModel.END)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(index, Qt.ItemDataRole.ForegroundRole).color() == QColor(LATE_COLOUR)
    assert model.mark(9, SessionModel.END)[0] == Severity.WARN
    assert "18:05" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert table.cell_text(8, SessionModel.END) == "17:09" and model.data(
        model.index(8, SessionModel.END), Qt.ItemDataRole.DecorationRole) is None
    metrics = table.fontMetrics()
    assert table.columnWidth(SessionModel.END) > metrics.horizontalAdvance(table.cell_text(9, SessionModel.END))
    form.closing.setTime(QTime(18, 30))  # now every session ends in time: the marks go
    assert "SCHED-002" not in {f.rule for f in window.doc.results.findings}
    assert not any(day_view.is_late(r, 9) for r in range(5))
    assert not any(model.mark(r, SessionModel.END) for r in range(table.rowCount()))
    assert table.cell_text(9, SessionModel.END) == "18:09"


def test_long_course_edits_do_a_constant_amount_of_work(window, monkeypatch) -> None:
    """A year of sessions: every edit derives the calendar once, resets the session model once
    and never sizes columns to their contents (that reads every cell), and the holiday calendar
    is built once, not per edit. The time an edit takes is measured by benchmarks/bench_edit.py."""
    import holidays

    from tmsplanner.core import derived
    from tmsplanner.gui.derived_panel import SessionTable

    window.doc.apply("schedule.holiday_country", "DE")
    window.doc.apply("schedule.treatment_days", 365)
    table = window.derived.sessions
    assert table.rowCount() == 365
    assert isinstance(table.model(), QAbstractTableModel) and not isinstance(table, QTableWidget)
    header = table.horizontalHeader()
    to_contents = QHeaderView.ResizeMode.ResizeToContents
    assert all(header.sectionResizeMode(c) != to_contents for c in range(header.count()))

    calls: Counter[str] = Counter()

    def counted(name, function):
        def wrapper(*args, **kwargs):
            calls[name] += 1
            return function(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(derived, "build_calendar", counted("calendar", derived.build_calendar))
    monkeypatch.setattr(holidays, "country_holidays", counted("holidays", holidays.country_holidays))
    for sizing in ("resizeColumnsToContents", "resizeRowsToContents"):
        monkeypatch.setattr(SessionTable, sizing, counted("resize", getattr(SessionTable, sizing)))
    table.model().modelReset.connect(lambda: calls.update(["reset"]))
    table.model().dataChanged.connect(lambda *args: calls.update(["cell"]))
    edits = 5
    for k in range(edits):
        window.doc.apply("blocks.0.intensity_pct_mt", 100.0 + k)
    assert window.doc.plan.blocks[0].intensity_pct_mt == 104.0
    assert table.rowCount() == 365
    assert calls == Counter(calendar=edits, reset=edits)
