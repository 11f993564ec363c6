"""The window shows the course view: session table, figures and outcome dates equal the view's rows."""

from __future__ import annotations

import datetime as dt

from planfactory import TODAY, edit, preset_plan

from tmsplanner.core.checks import CheckSettings
from tmsplanner.core.course_view import checked_course_view


def course(kb):
    plan = preset_plan(kb, "sequential-bilateral")
    plan = edit(plan, "motor_threshold.m1_scalp_cortex_distance_mm", 14.0)
    plan = edit(plan, "motor_threshold.target_scalp_cortex_distance_mm", 17.0)
    plan = edit(plan, "blocks.0.titration", {"start_pct_mt": 90.0, "days": 4})
    plan = edit(plan, "blocks.1.titration", {"start_pct_mt": 100.0, "days": 3})
    plan = edit(plan, "schedule.sessions_per_day", 2)
    plan = edit(plan, "schedule.intersession_interval_min", 50.0)
    plan = edit(plan, "schedule.missed_sessions", [{"date": "2026-11-25", "index_in_day": None},
                                                   {"date": "2026-11-26", "index_in_day": 1}])
    plan = edit(plan, "schedule.phases", [{"name": "acute", "weeks": 1, "sessions_per_week": 2}])
    return edit(plan, "schedule.mt_retest_every_days", 7)


def test_session_table_rows_are_the_view_rows(window, kb) -> None:
    plan = course(kb)
    window.doc.replace(plan, "course")
    view = checked_course_view(plan, kb, window.doc.check_settings, window.doc.language)
    table = window.derived.sessions
    assert table.rowCount() == len(view.sessions)
    for r, row in enumerate(view.sessions):
        cells = [table.cell_text(r, c) for c in range(table.sessions.columnCount())]
        assert cells[0] == str(row.index)
        assert cells[1] == row.date.isoformat()
        assert cells[3] == row.start.strftime("%H:%M") and cells[4] == row.end.strftime("%H:%M")
        assert cells[5] == ("" if row.pause_before_min is None else f"{row.pause_before_min} min")
        # A taper the user named "acute" shows its name; the acute course shows the word.
        assert cells[6] == (row.phase_name or "acute")
        assert cells[7] == " / ".join(str(b.intensity_pct_mso_to_set) for b in row.blocks)
        assert (cells[8] != "") == row.mt_retest_due
    assert len({table.cell_text(r, 7) for r in range(4)}) > 1  # titration shows per session
    assert any(table.cell_text(r, 5) for r in range(table.rowCount()))  # pauses on two-a-day days


def test_figures_and_outcomes_come_from_the_view(window, kb) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "blocks.0.intensity_pct_mt", 105.0)
    plan = edit(plan, "motor_threshold.m1_scalp_cortex_distance_mm", 14.0)
    plan = edit(plan, "motor_threshold.target_scalp_cortex_distance_mm", 17.0)
    window.doc.replace(plan, "52.5")
    text = window.derived.figures.labels["mso"].text()
    assert "53% MSO without depth correction" in text  # 50 x 105 % = 52.5 rounds half up, as on paper and in JSON
    view = checked_course_view(plan, kb, CheckSettings(today=TODAY), window.doc.language)
    table = window.outcomes
    assert table.rowCount() == len(view.outcomes)
    for r, item in enumerate(view.outcomes):
        assert table.cell_text(r, 0).startswith(item.date.isoformat()) and table.cell_text(r, 1) == item.scale.short
    assert table.cell_text(0, 2) == "baseline"
    assert any(table.cell_text(r, 2).startswith("week ") for r in range(table.rowCount()))


def test_marking_a_row_missed_marks_that_session(window, kb) -> None:
    plan = course(kb)
    window.doc.replace(plan, "course")
    row = window.doc.results.view.sessions[2]
    window.derived.sessions.selectRow(2)
    window.derived.miss_session.click()
    entry = window.doc.plan.schedule.missed_sessions[-1]
    assert (entry.date, entry.index_in_day) == (row.date, row.index_in_day)
    assert dt.date(2026, 11, 25) in {m.date for m in window.doc.plan.schedule.missed_sessions}
