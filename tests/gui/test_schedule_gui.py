"""Real-world scheduling in the window: holidays, closures, phases, missed sessions, titration."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

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
    assert table.cell_text(0, 4) == "09:09:52" and table.cell_text(0, 5) == ""
    assert table.cell_text(1, 5) == "50 min"


def test_long_course_edits_stay_interactive(window) -> None:
    """A year of daily sessions still re-checks and redraws quickly on every edit."""
    import time

    window.doc.apply("schedule.treatment_days", 365)
    started = time.perf_counter()
    for k in range(5):
        window.doc.apply("blocks.0.intensity_pct_mt", 100.0 + k)
    per_edit = (time.perf_counter() - started) / 5
    assert window.derived.sessions.rowCount() == 365
    assert per_edit < 0.25  # generous bound for slow CI machines; ~20 ms here
