"""The Treatment view in the real window: the form is filled in from the plan, recording writes one entry with
the values typed (or none, naming the field of a bad value), corrections need a reason, and the record panel
shows what the record view holds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from planfactory import preset_plan
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tmsplanner.app.records import planned_blocks
from tmsplanner.app.store import open_store
from tmsplanner.core.evidence.models import OutcomeCriteria
from tmsplanner.core.planio import load_plan
from tmsplanner.core.record import Deviation, MTRetest, Score, SessionRecord
from tmsplanner.core.record_view import ScaleTrend, ScorePoint
from tmsplanner.core.settings import AppSettings
from tmsplanner.core.vocab import DeviationKind
from tmsplanner.gui.main_window import MainWindow
from tmsplanner.gui.treatment import view as treatment_view
from tmsplanner.gui.treatment.dialogs import DeviationDialog, RetestDialog, ScoreDialog

PRESET = "sequential-bilateral"  # two blocks a session: each gets its own %MSO and pulses


def store_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/r.sqlite3"


@pytest.fixture
def treated(window, kb, tmp_path, monkeypatch) -> MainWindow:
    """The window with a saved plan (no record id yet) and both Treatment tabs shown."""
    monkeypatch.setenv("TMSPLANNER_STORE", store_url(tmp_path))
    window.doc.replace(preset_plan(kb, PRESET), "preset")
    window.doc.save(tmp_path / "plan.tmsplan")
    show_treatment(window)
    return window


def show_treatment(win: MainWindow) -> None:
    win.tabs.setCurrentIndex(win.TABS.index("treatment"))
    panel = win.treatment.panel
    win.result_tabs.setCurrentIndex(next(i for i in range(win.result_tabs.count())
                                         if win.result_tabs.widget(i).isAncestorOf(panel)))
    assert win.treatment.form.isVisible() and panel.isVisible()


def entries(win: MainWindow, tmp_path: Path) -> list:
    plan_id = win.doc.plan.plan_id
    if plan_id is None:
        return []
    with open_store(store_url(tmp_path)) as store:
        return store.entries(plan_id)


def click_record(qtbot, win: MainWindow) -> None:
    qtbot.mouseClick(win.treatment.form.record_button, Qt.MouseButton.LeftButton)


def cell_texts(win: MainWindow, row: int) -> dict[str, str]:
    """A row of the record panel's session table, by column name."""
    panel = win.treatment.panel
    cells = panel.session_cells(row)
    return {name: cells[column] for name, column in panel.session_columns(len(win.doc.plan.blocks)).items()}


def planned_values(win: MainWindow, session: int) -> list[tuple[float, int]]:
    """The %MSO to set and the pulses of each block the course view plans for a session."""
    view = win.doc.results.view
    row = view.sessions[session - 1]
    return [(float(b.intensity_pct_mso_to_set), s.dose.pulses) for b, s in zip(row.blocks, view.blocks, strict=True)]


def shown_values(win: MainWindow) -> list[tuple[float, int]]:
    return [(row.mso.value(), row.pulses.value()) for row in win.treatment.form.blocks]


# -- the form ---------------------------------------------------------------------------------------------

def test_the_form_is_filled_in_with_the_next_planned_session(treated) -> None:
    form = treated.treatment.form
    assert form.session.value() == 1
    assert len(form.blocks) == 2
    assert shown_values(treated) == planned_values(treated, 1)
    assert [(b.intensity_pct_mso, b.pulses) for b in planned_blocks(treated.doc.results.view, 1)] == \
        planned_values(treated, 1)
    assert form.date.date().toPython() == dt.date.today()
    assert form.record_button.text() == "Record session" and form.reason_box.isHidden()
    row = treated.doc.results.view.sessions[0]
    assert form.start.time().toString("HH:mm") == row.start.strftime("%H:%M")
    mso, pulses = planned_values(treated, 1)[0]
    assert form.blocks[0].planned.text().startswith(f"Plan: {mso:g}% MSO, {pulses:,} pulses.")


def test_recording_stores_the_values_typed_and_offers_the_next_session(treated, qtbot, tmp_path) -> None:
    form = treated.treatment.form
    form.operator.setText("AB")
    form.blocks[0].mso.setValue(58)
    form.blocks[1].pulses.setValue(1200)
    form.blocks[1].interrupted.setChecked(True)
    form.coil.setChecked(True)
    form.checks["slept_normally"].setChecked(True)
    form.note.setPlainText("Tolerated well")
    click_record(qtbot, treated)
    assert form.problem.isHidden(), form.problem.text()
    # The plan got its record id, saved into its file; the window holds that plan and is not modified.
    plan_id = treated.doc.plan.plan_id
    assert plan_id is not None and load_plan(treated.doc.path).plan_id == plan_id
    assert not treated.doc.modified
    found = entries(treated, tmp_path)
    assert len(found) == 1
    body = found[0].body
    assert isinstance(body, SessionRecord) and body.session == 1 and body.operator == "AB"
    assert [(b.intensity_pct_mso, b.pulses, b.interrupted) for b in body.blocks] == \
        [(58.0, planned_values(treated, 1)[0][1], False), (planned_values(treated, 1)[1][0], 1200, True)]
    assert body.coil_position_confirmed is True and body.note == "Tolerated well"
    assert body.pre_session_check["slept_normally"] is True and body.pre_session_check["no_alcohol_or_drugs"] is False
    assert body.date == dt.date.today()
    # The next session is offered, filled in from the plan; the operator stays.
    assert form.session.value() == 2
    assert shown_values(treated) == planned_values(treated, 2)
    assert form.operator.text() == "AB" and form.note.toPlainText() == ""
    # The panel shows planned → delivered.
    cells = cell_texts(treated, 0)
    assert cells["session"] == "1" and cells["status"] == "delivered" and cells["operator"] == "AB"
    assert cells["mso0"] == f"{planned_values(treated, 1)[0][0]:g} → 58"
    assert "1,200" in cells["pulses1"] and "interrupted" in cells["pulses1"]
    assert cells["corrected"] == ""
    assert cell_texts(treated, 1)["status"] == "pending"


def test_recording_a_recorded_session_again_needs_a_reason_and_corrects_it(treated, qtbot, tmp_path) -> None:
    form = treated.treatment.form
    form.operator.setText("AB")
    click_record(qtbot, treated)
    first = entries(treated, tmp_path)[0]
    form.session.setValue(1)
    assert form.record_button.text() == "Record correction" and not form.reason_box.isHidden()
    assert "Already recorded" in form.state.text()
    assert form.blocks[0].mso.value() == first.body.blocks[0].intensity_pct_mso  # what was recorded, to correct
    form.blocks[0].mso.setValue(55)
    click_record(qtbot, treated)
    assert "Reason for the correction" in form.problem.text()
    assert len(entries(treated, tmp_path)) == 1  # nothing written
    form.reason.setText("wrong intensity typed")
    click_record(qtbot, treated)
    found = entries(treated, tmp_path)
    assert len(found) == 2
    assert found[1].corrects == first.entry_id and found[1].correction_reason == "wrong intensity typed"
    assert found[1].body.blocks[0].intensity_pct_mso == 55.0
    cells = cell_texts(treated, 0)
    assert cells["corrected"] == "✎" and cells["mso0"].endswith("→ 55")
    assert form.session.value() == 2


@pytest.mark.parametrize(("change", "field"), [
    (lambda form: form.blocks[0].mso.setValue(0), "Block 1 › Delivered intensity"),
    (lambda form: form.operator.setText("   "), "Operator"),
])
def test_a_bad_value_is_named_and_nothing_is_written(treated, qtbot, tmp_path, change, field) -> None:
    form = treated.treatment.form
    form.operator.setText("AB")
    change(form)
    before = (tmp_path / "plan.tmsplan").read_bytes()
    click_record(qtbot, treated)
    assert not form.problem.isHidden() and field in form.problem.text()
    assert field in treated.statusBar().currentMessage()
    assert entries(treated, tmp_path) == []
    assert (tmp_path / "plan.tmsplan").read_bytes() == before  # not even the record id was written
    assert treated.doc.plan.plan_id is None
    assert form.session.value() == 1


def test_a_session_dated_after_today_is_refused_and_nothing_is_written(treated, qtbot, tmp_path) -> None:
    form = treated.treatment.form
    form.operator.setText("AB")
    form.date.setDate(form.date.date().addDays(1))
    before = (tmp_path / "plan.tmsplan").read_bytes()
    click_record(qtbot, treated)
    assert "after today" in form.problem.text()
    assert entries(treated, tmp_path) == []
    assert (tmp_path / "plan.tmsplan").read_bytes() == before
    assert form.session.value() == 1


def test_a_plan_changed_after_a_session_does_not_rewrite_what_that_session_was_held_to(treated, qtbot,
                                                                                      tmp_path) -> None:
    form = treated.treatment.form
    form.operator.setText("AB")
    click_record(qtbot, treated)  # session 1, as planned
    assert form.problem.isHidden(), form.problem.text()
    set_then = treated.treatment.view.sessions[0].blocks[0].planned_pct_mso
    treated.doc.apply("blocks.0.intensity_pct_mt", treated.doc.plan.blocks[0].intensity_pct_mt - 10)
    treated.treatment.refresh()
    view = treated.treatment.view
    assert view.sessions[1].blocks[0].planned_pct_mso < set_then  # the plan now sets less
    assert view.sessions[0].blocks[0].planned_pct_mso == set_then  # session 1 is shown against its own version
    assert "DLV-001" not in {f.rule for f in view.findings}


def test_a_session_delivered_before_a_block_was_dropped_is_corrected_with_its_own_blocks(treated, qtbot,
                                                                                        tmp_path) -> None:
    form = treated.treatment.form
    form.operator.setText("AB")
    click_record(qtbot, treated)  # session 1: both blocks of the plan then
    assert form.problem.isHidden(), form.problem.text()
    recorded = entries(treated, tmp_path)[0].body.blocks
    plan = treated.doc.plan
    treated.doc.replace(plan.model_copy(update={"blocks": plan.blocks[:1]}), "one block")
    treated.doc.save(tmp_path / "plan.tmsplan")
    treated.treatment.refresh()
    assert [row.number for row in form.blocks] == [1]  # session 2, under the plan as it is now
    form.session.setValue(1)
    assert [row.number for row in form.blocks] == [1, 2]  # as session 1 was delivered
    assert [(row.mso.value(), row.pulses.value()) for row in form.blocks] == \
        [(b.intensity_pct_mso, b.pulses) for b in recorded]
    assert form.blocks[1].title().startswith("Block 2: ")  # its target, as that version named it
    form.blocks[1].pulses.setValue(recorded[1].pulses - 100)
    form.reason.setText("block 2 was stopped early")
    click_record(qtbot, treated)
    assert form.problem.isHidden(), form.problem.text()
    correction = entries(treated, tmp_path)[-1]
    assert correction.corrects is not None and [b.block for b in correction.body.blocks] == [1, 2]
    assert correction.body.blocks[1].pulses == recorded[1].pulses - 100
    form.session.setValue(2)
    assert [row.number for row in form.blocks] == [1]


def test_the_end_before_the_start_is_refused(treated, qtbot, tmp_path) -> None:
    form = treated.treatment.form
    form.operator.setText("AB")
    form.end.setTime(form.start.time().addSecs(-600))
    click_record(qtbot, treated)
    assert "end time" in form.problem.text() and entries(treated, tmp_path) == []


def test_a_seizure_makes_dlv_006_appear_in_the_record_panel(treated, qtbot, tmp_path) -> None:
    form = treated.treatment.form
    form.operator.setText("AB")
    row = form.add_side_effect()
    row.kind.setCurrentIndex(row.kind.findData("seizure"))
    row.severity.setCurrentIndex(row.severity.findData("severe"))
    click_record(qtbot, treated)
    body = entries(treated, tmp_path)[0].body
    assert [(e.kind.value, e.severity.value) for e in body.side_effects] == [("seizure", "severe")]
    panel = treated.treatment.panel
    lines = panel.finding_lines()
    assert any(line.startswith("BLOCK · DLV-006 · A seizure was recorded at session 1") for line in lines), lines
    assert panel.effects.rowCount() == 1 and panel.effects.item(0, 2).text() == "Seizure"
    assert form.side_effects == []  # the next session starts without side effects


def test_a_score_shows_in_the_chart(treated, qtbot, tmp_path) -> None:
    form = treated.treatment.form
    form.operator.setText("AB")
    click_record(qtbot, treated)
    dialog = treated.treatment.score_dialog()
    assert isinstance(dialog, ScoreDialog) and dialog.isVisible()
    scale = dialog.scale.currentData()
    assert dialog.value.text() == "—"  # no score until one is typed: 0 is a score
    assert not dialog.submit() and "Score: is required" in dialog.problem.text()
    dialog.value.setValue(31)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    chart = treated.treatment.panel.chart
    assert (scale, [(dt.date.today(), 31.0)]) in chart.series()
    assert [e.body for e in entries(treated, tmp_path) if isinstance(e.body, Score)][0].value == 31.0
    assert "baseline 31" in treated.treatment.panel.trends.text()
    # The same scale on the same date again: a correction, with its reason.
    again = treated.treatment.score_dialog()
    again.scale.setCurrentIndex(again.scale.findData(scale))
    assert not again.reason.isHidden() and again.ok.text() == "Record correction"
    again.value.setValue(29)
    assert not again.submit() and "Reason for the correction" in again.problem.text()
    again.reason.setText("misread the sheet")
    assert again.submit()
    assert (scale, [(dt.date.today(), 29.0)]) in chart.series()
    chart.grab()  # it paints


def test_response_and_remission_levels_are_drawn_from_the_scale(treated, kb) -> None:
    chart = treated.treatment.panel.chart
    view = treated.treatment.view
    scale = kb.outcomes[0].model_copy(update={"response": OutcomeCriteria(
        response_reduction_pct=50, remission_at_most=10, citations=["x"], provenance="unverified")})
    points = (ScorePoint(dt.date(2026, 11, 23), 30.0, None), ScorePoint(dt.date(2026, 12, 11), 12.0, None))
    trend = ScaleTrend(scale, points, points[0], points[1], 60.0, True, False)
    chart.set_view(view._replace(trends=(trend,)))
    assert chart.levels() == [(scale.id, "response", 15.0), (scale.id, "remission", 10)]
    assert chart.grab().width() > 0
    words = treated.treatment.panel.trend_words(trend)
    assert "60.0% lower than baseline" in words and "Response: yes." in words and "Remission: no." in words


def test_retest_and_deviation_are_recorded_from_their_dialogs(treated, qtbot, tmp_path) -> None:
    form = treated.treatment.form
    form.operator.setText("AB")
    retest = treated.treatment.retest_dialog()
    assert isinstance(retest, RetestDialog) and retest.operator.text() == "AB"
    assert not retest.submit() and "Motor threshold: is required" in retest.problem.text()
    retest.value.setValue(0)
    assert not retest.submit() and "Motor threshold" in retest.problem.text()
    retest.value.setValue(52)
    assert retest.submit()
    deviation = treated.treatment.deviation_dialog()
    assert isinstance(deviation, DeviationDialog)
    deviation.session.setValue(1)
    deviation.reason.setText("patient unwell")
    assert deviation.submit()
    bodies = [e.body for e in entries(treated, tmp_path)]
    assert isinstance(bodies[0], MTRetest) and bodies[0].value_pct_mso == 52.0
    assert isinstance(bodies[1], Deviation) and bodies[1].deviation == DeviationKind.MISSED
    assert bodies[1].date == treated.doc.results.view.sessions[0].date
    panel = treated.treatment.panel
    assert panel.mt.rowCount() == 2 and panel.mt.item(1, 1).text() == "52% MSO"
    assert cell_texts(treated, 0)["status"] == "missed"
    assert form.session.value() == 2  # a missed session is not offered


def test_an_unsaved_plan_is_saved_first(treated, qtbot, tmp_path, monkeypatch) -> None:
    treated.doc.apply("patient.identifier", "T-2")
    assert treated.doc.modified
    asked = []
    monkeypatch.setattr(treatment_view, "ask_save_first", lambda parent: asked.append(parent) or False)
    form = treated.treatment.form
    form.operator.setText("AB")
    click_record(qtbot, treated)
    assert asked and "not saved" in form.problem.text() and treated.doc.modified
    assert entries(treated, tmp_path) == []
    monkeypatch.setattr(treatment_view, "ask_save_first", lambda parent: True)
    click_record(qtbot, treated)
    assert not treated.doc.modified and load_plan(treated.doc.path).patient.identifier == "T-2"
    assert len(entries(treated, tmp_path)) == 1


def test_a_store_that_cannot_be_opened_is_said_once_and_planning_goes_on(window, kb, tmp_path, monkeypatch,
                                                                         qtbot) -> None:
    monkeypatch.setenv("TMSPLANNER_STORE", "ftp://nowhere/record")
    said = []
    monkeypatch.setattr(treatment_view, "show_error", lambda *args, **kwargs: said.append(args))
    window.doc.replace(preset_plan(kb, PRESET), "preset")
    show_treatment(window)
    qtbot.waitUntil(lambda: len(said) == 1)
    assert "not a record store address" in said[0][3]
    form = window.treatment.form
    assert not form.record_button.isEnabled() and form.store_note.isVisible()
    assert "cannot be opened" in form.store_note.label.text()
    window.tabs.setCurrentIndex(window.TABS.index("patient"))
    show_treatment(window)
    QApplication.processEvents()
    assert len(said) == 1  # said once
    assert window.doc.apply("schedule.treatment_days", 10) is None  # planning goes on
    assert window.doc.results.figures.total_sessions == 10
    monkeypatch.setenv("TMSPLANNER_STORE", store_url(tmp_path))
    qtbot.mouseClick(form.store_note.retry, Qt.MouseButton.LeftButton)
    assert form.record_button.isEnabled() and form.store_note.isHidden()


def test_the_store_opens_with_the_tab_and_closes_with_the_window(qtbot, kb, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("TMSPLANNER_STORE", store_url(tmp_path))
    win = MainWindow(kb, AppSettings())
    win.show()
    qtbot.waitExposed(win)
    assert win.treatment.store is None
    win.tabs.setCurrentIndex(win.TABS.index("treatment"))
    assert win.treatment.store is not None
    win.doc.undo_stack.setClean()
    win.close()
    assert win.treatment.store is None


def test_the_course_record_is_the_database_the_settings_name(window, kb, tmp_path, monkeypatch, qtbot) -> None:
    """Settings › Course record database: the Treatment tabs record there (reopened when it changes)."""
    monkeypatch.delenv("TMSPLANNER_STORE", raising=False)
    window.doc.replace(preset_plan(kb, PRESET), "preset")
    window.doc.save(tmp_path / "plan.tmsplan")
    clinic = tmp_path / "clinic.sqlite3"
    window.store.update(window.store.settings.model_copy(update={"record_store": f"sqlite:///{clinic}"}))
    window.files.settingsApplied.emit()
    show_treatment(window)
    form = window.treatment.form
    form.operator.setText("AB")
    click_record(qtbot, window)
    assert form.problem.isHidden(), form.problem.text()
    with open_store(f"sqlite:///{clinic}") as store:
        assert [e.body.session for e in store.entries(window.doc.plan.plan_id)] == [1]
    assert window.treatment.store is not None and str(clinic) in window.treatment.store.url


def test_two_workstations_editing_one_plan_the_second_save_is_refused_naming_the_first(
        qtbot, kb, tmp_path, monkeypatch) -> None:
    """With a clinic store in the settings, every save is a revision; a save over another's is refused."""
    from tmsplanner.app.plans import open_plan, save_plan
    from tmsplanner.gui import file_actions

    monkeypatch.delenv("TMSPLANNER_STORE", raising=False)
    clinic = f"sqlite:///{tmp_path}/clinic.sqlite3"
    path = tmp_path / "shared.tmsplan"
    save_plan(preset_plan(kb, PRESET).model_copy(update={"plan_id": "TP-shared"}), path)
    desk, chair = (MainWindow(kb, AppSettings(record_store=clinic)) for _ in range(2))
    for win in (desk, chair):
        qtbot.addWidget(win)
        assert win.files.open_path(path, confirmed=True)
    desk.doc.apply("notes", "changed at the desk")
    assert desk.files.save()
    asked = []
    monkeypatch.setattr(file_actions, "ask_safely", lambda parent, title, text: asked.append(text) or False)
    chair.doc.apply("notes", "changed at the chair")
    assert not chair.files.save()
    [question] = asked
    who = __import__("getpass").getuser()
    assert who in question and "revision 1" in question and "Nothing was saved" in question
    with open_store(clinic) as store:
        stored, newest = store.load_plan("TP-shared")
    assert stored.notes == "changed at the desk" and newest.revision == 1
    assert open_plan(path).plan.notes == "changed at the desk"  # the file was not written either
    assert chair.doc.modified  # the chair's changes stay on screen
    # Reloading takes the desk's plan; saving after that is a new revision.
    monkeypatch.setattr(file_actions, "ask_safely", lambda parent, title, text: True)
    assert not chair.files.save()
    assert chair.doc.plan.notes == "changed at the desk"
    chair.doc.apply("notes", "the desk's and the chair's")
    assert chair.files.save()
    with open_store(clinic) as store:
        assert store.load_plan("TP-shared")[1].revision == 2
        assert store.verify().first_break is None
    for win in (desk, chair):
        win.doc.undo_stack.setClean()


def test_a_workstation_uses_and_shares_the_clinics_settings(qtbot, kb, tmp_path, monkeypatch) -> None:
    """With a clinic store: the clinic's shared settings apply at start; a change to them is shared back."""
    from clinic_tables import CLINIC_TABLE_ID, write_clinic_table

    from tmsplanner.app.clinic_settings import share_settings
    from tmsplanner.app.store.admin import init_store

    monkeypatch.delenv("TMSPLANNER_STORE", raising=False)
    clinic = f"sqlite:///{tmp_path}/clinic.sqlite3"
    with init_store(clinic) as store:
        share_settings(store, AppSettings(mt_max_age_days=3, safety_table=str(write_clinic_table(tmp_path))), None)
    window = MainWindow(kb, AppSettings(record_store=clinic, mt_max_age_days=14))
    qtbot.addWidget(window)
    window.files.sync_clinic_settings()
    assert window.settings.mt_max_age_days == 3 and window.files.clinic.revision == 1
    assert window.doc.check_settings.safety_table.id == CLINIC_TABLE_ID
    changed = window.settings.model_copy(update={"mt_max_age_days": 4})
    window.store.update(changed)
    window.files._share_settings(changed, window.files.clinic.revision)
    with open_store(clinic) as store:
        shared = store.clinic_settings()
        assert shared.revision == 2 and shared.document["mt_max_age_days"] == 4
        assert store.verify().first_break is None


def _clinic_window(qtbot, kb, tmp_path, monkeypatch) -> tuple[MainWindow, str]:
    """A window whose settings (14 days) name a clinic store that shares 3 days as the MT age limit."""
    from tmsplanner.app.clinic_settings import share_settings
    from tmsplanner.app.store.admin import init_store

    monkeypatch.delenv("TMSPLANNER_STORE", raising=False)
    clinic = f"sqlite:///{tmp_path}/clinic.sqlite3"
    with init_store(clinic) as store:
        share_settings(store, AppSettings(mt_max_age_days=3), None)
    window = MainWindow(kb, AppSettings(record_store=clinic, mt_max_age_days=14))
    qtbot.addWidget(window)
    return window, clinic


def test_the_clinics_settings_are_read_in_the_background_once_the_window_is_shown(qtbot, kb, tmp_path,
                                                                                   monkeypatch) -> None:
    from tmsplanner.app.clinic_settings import share_settings

    window, clinic = _clinic_window(qtbot, kb, tmp_path, monkeypatch)
    window.show()
    qtbot.waitUntil(lambda: window.files.clinic.revision == 1, timeout=20000)
    assert window.settings.mt_max_age_days == 3 and window.doc.check_settings.mt_max_age_days == 3
    with open_store(clinic) as store:  # changed at another desk: the next background read brings it
        share_settings(store, AppSettings(mt_max_age_days=6), 1)
    window.files.clinic.refresh()
    qtbot.waitUntil(lambda: window.files.clinic.revision == 2, timeout=20000)
    assert window.doc.check_settings.mt_max_age_days == 6
    window.doc.undo_stack.setClean()


def test_a_clinic_store_out_of_reach_holds_up_neither_the_window_nor_a_print(qtbot, kb, tmp_path,
                                                                              monkeypatch) -> None:
    """A read that hangs (a server down: the connection waits for its timeout) runs beside the window; a print
    meanwhile uses the settings in force, and the failure is said once, not at every read."""
    import math
    import threading

    from tmsplanner.app.store import StoreError
    from tmsplanner.core.errors import Phrase
    from tmsplanner.gui import clinic_sync

    monkeypatch.delenv("TMSPLANNER_STORE", raising=False)
    address = "postgresql://tms.clinic.invalid/tms"
    released = threading.Event()
    reads: list[str] = []

    def hanging(url: str) -> clinic_sync._Read:
        reads.append(url)
        assert released.wait(60), "the test never released the read"
        return clinic_sync._Read(url, None, StoreError(Phrase("the record store '{url}' cannot be reached",
                                                              url=url)))

    monkeypatch.setattr(clinic_sync, "read_clinic", hanging)
    window = MainWindow(kb, AppSettings(record_store=address, mt_max_age_days=14))
    qtbot.addWidget(window)
    said: list[str] = []
    window.files.statusMessage.connect(lambda text, ms: said.append(text))
    sync = window.files.clinic
    monkeypatch.setattr(clinic_sync, "WAIT_S", 0.05)  # a print waits this long for a read (5 s in use)
    assert window.files.render().startswith(b"%PDF")  # no read yet: one is started and waited for, briefly
    qtbot.waitUntil(lambda: reads == [address], timeout=20000)
    assert not released.is_set() and sync._pending is not None
    assert any("still being read" in text for text in said)
    monkeypatch.setattr(clinic_sync, "FRESH_S", math.inf)  # from now on the last read is fresh whenever printed
    sync.read_at = 0.0  # (read once already)
    assert window.files.render().startswith(b"%PDF")
    assert len(reads) == 1  # the read under way is not started again
    released.set()
    qtbot.waitUntil(lambda: sync._pending is None, timeout=20000)
    sync.refresh()  # fails again: not said again
    qtbot.waitUntil(lambda: len(reads) == 2 and sync._pending is None, timeout=20000)
    failures = [text for text in said if "could not be read" in text]
    assert len(failures) == 1 and "cannot be reached" in failures[0]
    assert window.doc.check_settings.mt_max_age_days == 14  # this workstation's own, meanwhile


def test_a_read_that_ends_while_a_dialog_is_open_is_applied_once_it_is_closed(qtbot, kb, tmp_path,
                                                                             monkeypatch) -> None:
    """What a dialog shows (Settings, a question before an export) was made from the settings in force: a
    background read does not change them under it."""
    from tmsplanner.app.clinic_settings import share_settings
    from tmsplanner.gui import clinic_sync

    window, clinic = _clinic_window(qtbot, kb, tmp_path, monkeypatch)
    window.files.sync_clinic_settings()
    with open_store(clinic) as store:
        share_settings(store, AppSettings(mt_max_age_days=7), 1)
    dialog_open = [True]
    monkeypatch.setattr(clinic_sync.QApplication, "activeModalWidget", lambda: window if dialog_open[0] else None)
    monkeypatch.setattr(clinic_sync, "MODAL_RETRY_S", 0.05)
    window.files.clinic.refresh()
    qtbot.waitUntil(lambda: window.files.clinic._pending.done(), timeout=20000)
    qtbot.wait(300)  # retried while the dialog stays open
    assert window.files.clinic.revision == 1 and window.doc.check_settings.mt_max_age_days == 3
    dialog_open[0] = False
    qtbot.waitUntil(lambda: window.files.clinic.revision == 2, timeout=20000)
    assert window.doc.check_settings.mt_max_age_days == 7
    window.doc.undo_stack.setClean()


def test_clinic_settings_this_workstation_cannot_take_are_named_once_and_its_own_kept(qtbot, kb, tmp_path,
                                                                                     monkeypatch) -> None:
    from tmsplanner.app.store import open_store as open_clinic

    window, clinic = _clinic_window(qtbot, kb, tmp_path, monkeypatch)
    window.files.sync_clinic_settings()
    with open_clinic(clinic) as store:  # written by another version, with a value this one refuses
        store.share_clinic_settings({"mt_max_age_days": 9999}, None, 1)
    said: list[str] = []
    window.files.statusMessage.connect(lambda text, ms: said.append(text))
    for _ in range(2):
        window.files.clinic.refresh()
        qtbot.waitUntil(lambda: window.files.clinic._pending is None, timeout=20000)
    failures = [text for text in said if "could not be read" in text]
    assert len(failures) == 1 and "revision 2" in failures[0]
    assert window.files.clinic.revision == 1  # not claimed as read: a share goes after revision 1
    assert window.doc.check_settings.mt_max_age_days == 3


def test_a_print_follows_the_clinics_settings_changed_while_the_window_was_open(qtbot, kb, tmp_path,
                                                                                 monkeypatch) -> None:
    from tmsplanner.app.clinic_settings import share_settings
    from tmsplanner.gui import clinic_sync

    window, clinic = _clinic_window(qtbot, kb, tmp_path, monkeypatch)
    window.files.sync_clinic_settings()
    assert window.doc.check_settings.mt_max_age_days == 3
    with open_store(clinic) as store:  # the clinic changes its settings at another desk
        share_settings(store, AppSettings(mt_max_age_days=5), 1)
    window.files.render()  # read a moment ago: not asked again
    assert window.files.clinic.revision == 1 and window.doc.check_settings.mt_max_age_days == 3
    monkeypatch.setattr(clinic_sync, "FRESH_S", -1.0)  # as if a minute had passed
    pdf = window.files.render()
    assert pdf.startswith(b"%PDF")
    assert window.files.clinic.revision == 2
    assert window.settings.mt_max_age_days == 5 and window.doc.check_settings.mt_max_age_days == 5
    window.doc.undo_stack.setClean()
