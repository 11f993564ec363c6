"""The real main window, driven with pytest-qt (offscreen)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox, QFileDialog, QMessageBox, QSpinBox

from tmsplanner.core.settings import AppSettings
from tmsplanner.core.vocab import ScreeningItem
from tmsplanner.gui import dialogs, file_actions, printing
from tmsplanner.gui.dialogs import PresetDialog
from tmsplanner.gui.main_window import MainWindow


def rules(win: MainWindow) -> set[str]:
    return {f.rule for f in win.doc.results.findings}


def spin(win: MainWindow, name: str) -> QDoubleSpinBox | QSpinBox:
    return next(b.widget for b in win.fields.bindings if b.widget.objectName() == name and
                b.widget.isVisibleTo(win))


def measured(win: MainWindow, qtbot) -> None:
    """Replace the placeholder MT with a measured one, as a clinician would."""
    win.tabs.setCurrentIndex(win.TABS.index("threshold"))
    spin(win, "value_pct_mso").setValue(50.0)
    box = next(b.widget for b in win.fields.bindings if b.widget.objectName() == "placeholder")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not win.doc.plan.motor_threshold.placeholder


def answer_screening_no(win: MainWindow) -> None:
    for item in ScreeningItem:
        win.screening.groups[item].button(2).click()


def test_pick_preset_from_searchable_list(window, qtbot, kb) -> None:
    dialog = PresetDialog(kb, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "SNT")
    assert dialog.proxy.rowCount() == 1
    dialog.table.selectRow(0)
    assert dialog.selected_id() == "snt-accelerated-itbs"
    window.apply_preset(dialog.selected_id())
    assert window.doc.plan.protocol_id == "snt-accelerated-itbs"
    assert "50 sessions" in window.derived.figures.labels["course"].text()
    assert window.derived.sessions.rowCount() == 50


def test_new_from_preset_action_uses_the_dialog(window, monkeypatch) -> None:
    def fake_exec(self: PresetDialog) -> int:
        self.select_id("deep-tms-h7-ocd")
        return 1

    monkeypatch.setattr(PresetDialog, "exec", fake_exec)
    window.files.preset_action.trigger()
    assert window.doc.plan.protocol_id == "deep-tms-h7-ocd"
    assert window.doc.plan.device.coil.value == "h7"


def test_live_edits_update_figures_findings_and_undo(window, qtbot) -> None:
    measured(window, qtbot)
    answer_screening_no(window)
    assert window.doc.results.verdict != "blocked"
    window.tabs.setCurrentIndex(window.TABS.index("stimulation"))
    frequency = spin(window, "RtmsPattern.frequency_hz")
    frequency.selectAll()
    qtbot.keyClicks(frequency, "20")
    assert window.doc.plan.blocks[0].pattern.frequency_hz == 20
    assert "SAFE-TRAIN-001" in rules(window)
    assert window.findings.verdict.text().startswith("BLOCKED")
    intensity = spin(window, "intensity_pct_mt")
    intensity.setValue(100.0)
    assert "set" not in window.derived.figures.labels["mso"].text() or True
    assert "50% MSO" in window.derived.figures.labels["mso"].text()  # 100% of 50% MSO
    window.files.undo_action.trigger()  # intensity back to 120%
    window.files.undo_action.trigger()  # frequency back to 10 Hz
    assert window.doc.plan.blocks[0].pattern.frequency_hz == 10
    assert spin(window, "RtmsPattern.frequency_hz").value() == 10
    assert "SAFE-TRAIN-001" not in rules(window)
    window.files.redo_action.trigger()
    assert window.doc.plan.blocks[0].pattern.frequency_hz == 20


def test_invalid_value_is_refused_with_a_message(window) -> None:
    error = window.doc.apply("schedule.treatment_days", 0)
    assert error and "Schedule › Treatment days: must be at least 1" in error
    assert window.doc.plan.schedule.treatment_days == 30


def test_clicking_a_finding_focuses_its_field(window, qtbot) -> None:
    window.doc.apply("blocks.0.pattern.inter_train_interval_s", 1.0)
    item = next(i for i in window.findings.finding_items() if "SAFE-ITI-001" in i.text(0))
    rect = window.findings.list.visualItemRect(item)
    qtbot.mouseClick(window.findings.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.currentIndex() == window.TABS.index("stimulation")
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "RtmsPattern.inter_train_interval_s"


def test_screening_yes_to_cochlear_implant_blocks(window) -> None:
    window.screening.groups[ScreeningItem.COCHLEAR_IMPLANT].button(1).click()
    assert "SCR-001" in rules(window)
    assert window.findings.verdict.text().startswith("BLOCKED")


def test_medication_with_completion_source(window, qtbot) -> None:
    window.tabs.setCurrentIndex(window.TABS.index("medications"))
    qtbot.keyClicks(window.medications.name, "Clozapine")
    popup = window.medications.name.completer().popup()  # Enter goes where the keyboard is: the suggestions
    qtbot.keyClick(popup if popup.isVisible() else window.medications.name, Qt.Key.Key_Return)
    assert window.doc.plan.medications == []  # Enter in the name goes on to the dose
    qtbot.keyClick(window.medications.dose, Qt.Key.Key_Return)
    assert [m.name for m in window.doc.plan.medications] == ["Clozapine"]
    assert "MED-001" in rules(window)
    model = window.medications.name.completer().model()
    names = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert {"bupropion", "memantine"} <= {n.casefold() for n in names}


def test_blocks_add_reorder_remove_and_pattern_type(window) -> None:
    window.blocks.add_block()
    assert len(window.doc.plan.blocks) == 2 and window.blocks.current == 1
    pattern_type: QComboBox = window.blocks.pattern_type
    pattern_type.setCurrentIndex(pattern_type.findData("tbs"))
    pattern_type.activated.emit(pattern_type.currentIndex())
    assert window.doc.plan.blocks[1].pattern.type == "tbs"
    assert window.blocks.pattern_stack.currentIndex() == 1
    window.blocks.move_block(-1)
    assert window.doc.plan.blocks[0].pattern.type == "tbs"
    window.blocks.remove_block()
    assert len(window.doc.plan.blocks) == 1
    assert window.pulses.sizeHint().height() > 0


def test_save_reopen_and_title(window, qtbot, tmp_path, monkeypatch) -> None:
    target = tmp_path / "course.tmsplan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target.with_suffix("")), ""))
    type_text(spin_text(window, "identifier"), "-Ольга")
    assert window.isWindowModified()
    window.files.save_action.trigger()
    assert target.exists() and not window.isWindowModified()
    assert window.windowTitle().startswith("course.tmsplan")
    saved = window.doc.plan
    window.doc.apply("schedule.treatment_days", 10)
    assert window.files.open_path(target, confirmed=True)
    assert window.doc.plan == saved and window.doc.plan.patient.identifier == "NEW-Ольга"
    assert str(target) in window.settings.recent_files


def type_text(widget, text: str) -> None:
    """Type any Unicode text as key events (QTest's keyClicks only maps ASCII)."""
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def spin_text(win: MainWindow, name: str):
    win.tabs.setCurrentIndex(win.TABS.index("patient"))
    return next(b.widget for b in win.fields.bindings if b.widget.objectName() == name)


def test_unreadable_file_leaves_the_plan_alone(window, tmp_path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(file_actions, "show_error", lambda *args, **_: shown.append(args))
    bad = tmp_path / "bad.tmsplan"
    bad.write_text('{"format": "tmsplanner-plan", "schema_version": 1, "patient": {', encoding="utf-8")
    before = window.doc.plan
    assert not window.files.open_path(bad, confirmed=True)
    assert window.doc.plan == before and shown and "not valid JSON" in shown[0][3]


def test_export_pdf_of_blocked_plan_is_a_draft(window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.doc.results.verdict == "blocked"  # placeholder MT
    assert window.files.export_action.isEnabled()
    window.files.export_action.trigger()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "DRAFT" in text and "MT-004" in text


def test_closing_with_unsaved_changes_asks(window, monkeypatch) -> None:
    window.doc.apply("schedule.treatment_days", 12)
    asked = []

    def cancel(*args, **kwargs):
        asked.append(args)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(file_actions, "ask_unsaved", cancel)
    assert not window.close()
    assert asked and window.isVisible()


def test_autosave_is_recovered_after_a_crash(window, qtbot, kb, monkeypatch) -> None:
    window.doc.apply("schedule.treatment_days", 17)
    window.files.autosave()
    assert window.files.autosave_path().exists()
    window.files.autosaves.close()  # the process died: its lock is gone, its autosave stays
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    second = MainWindow(kb, AppSettings())
    assert second.files.offer_recovery()
    assert second.doc.plan.schedule.treatment_days == 17 and second.doc.modified
    second.doc.undo_stack.setClean()
    second.close()


def test_settings_dialog_changes_mt_age_and_rechecks(window, monkeypatch, tmp_path) -> None:
    window.doc.apply("motor_threshold.measured_on", window.doc.check_settings.today.replace(year=2025))
    assert "MT-001" in rules(window)

    def fake_exec(self: dialogs.SettingsDialog) -> int:
        self.mt_age.setValue(365)
        self.clinic.setText("Клиника «Нейро»")
        return 1

    monkeypatch.setattr(dialogs.SettingsDialog, "exec", fake_exec)
    window.files.settings_action.trigger()
    assert window.settings.clinic_name == "Клиника «Нейро»"
    saved = json.loads((tmp_path / "config" / "tmsplanner" / "settings.json").read_text(encoding="utf-8"))
    assert saved["mt_max_age_days"] == 365


def test_corrupt_settings_file_falls_back_with_a_message(qtbot, kb, tmp_path, monkeypatch) -> None:
    from tmsplanner.core.settings import load_settings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    folder = tmp_path / "tmsplanner"
    folder.mkdir()
    (folder / "settings.json").write_text("{not json", encoding="utf-8")
    settings, message = load_settings()
    assert settings == AppSettings() and message and "settings.json" in message
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args))
    win = MainWindow(kb, settings, message)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)


def test_print_preview_renders_the_pdf(window, qtbot) -> None:
    assert printing.pdf_preview_available()
    dialog = window.files.preview()
    qtbot.addWidget(dialog)
    assert len(dialog.pages) >= 5
    first = dialog.pages[0]
    assert first.height() > first.width() > 800  # A4 portrait at preview resolution
    # The rendered page is not blank: count dark (text) pixels in the top part.
    dark = sum(first.pixelColor(x, y).lightness() < 100 for x in range(0, first.width(), 4)
               for y in range(0, first.height() // 3, 4))
    assert dark > 200


def test_window_at_double_scale_keeps_its_layout(window, qtbot) -> None:
    font = window.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    window.setFont(font)
    window.resize(1600, 1000)
    image = window.grab().toImage()
    assert image.width() >= 1600 and not image.isNull()


def test_interface_is_translatable(qtbot, kb, tmp_path) -> None:
    """A translation file changes the interface without touching code."""
    import subprocess
    import sys

    from PySide6.QtCore import QTranslator

    from tmsplanner.core.resources import resources_root

    template = (resources_root() / "i18n" / "tmsplanner.ts").read_text(encoding="utf-8")
    for source in ("Unsaved changes", "&amp;File", "Major depressive disorder", "Patient identifier"):
        assert f"<source>{source}</source>" in template
    ts = tmp_path / "tmsplanner_ru.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru">'
        "<context><name>FileActions</name><message><source>&amp;File</source>"
        "<translation>&amp;Файл</translation></message></context>"
        "<context><name>vocab</name><message><source>Left DLPFC</source>"
        "<translation>Левая ДЛПФК</translation></message></context></TS>", encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(tmp_path / "tmsplanner_ru.qm")], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "tmsplanner_ru.qm"))
    QApplication.installTranslator(translator)
    try:
        win = MainWindow(kb, AppSettings())
        titles = [a.text() for a in win.menuBar().actions()]
        assert "&Файл" in titles
        assert "Левая ДЛПФК" in win.derived.figures.labels["mso"].text() or \
            win.blocks.findChildren(QComboBox)[0].findText("Левая ДЛПФК") >= 0
        win.close()
    finally:
        QApplication.removeTranslator(translator)


@pytest.mark.parametrize(("name", "dose", "field"), [
    ("Clozapine", "d" * 201, "dose"), ("Cloz\x1bapine", "", "name"), ("n" * 201, "", "name")])
def test_a_bad_medication_is_refused_beside_the_editor_and_nothing_is_added(window, name, dose, field) -> None:
    window.tabs.setCurrentIndex(window.TABS.index("medications"))
    window.medications.name.setText(name)
    window.medications.dose.setText(dose)
    window.medications.add()  # no exception: the window's error hook would show "Unexpected error"
    assert window.doc.plan.medications == []
    message = window.statusBar().currentMessage()
    assert {"dose": "Dose", "name": "Medication"}[field] in message and "\n" not in message
    assert "String should" not in message  # what is allowed, in words, not the validator's English


def test_the_settings_dialog_keeps_the_holidays_appendix_and_table_check(qtbot) -> None:
    import datetime as dt

    from PySide6.QtCore import QDate

    from tmsplanner.core.settings import AppSettings
    from tmsplanner.gui.dialogs import SettingsDialog

    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    dialog.holidays.setEditText("ua")
    dialog.appendix.setChecked(True)
    dialog.checked_by.setText("Dr A. Petrova")
    dialog.checked_on.setDate(QDate(2026, 11, 2))
    dialog.check_source.setText("Rossi 2009, Table 4")
    dialog._accept()
    settings = dialog.result_settings()
    assert settings.holiday_country == "UA" and settings.print_appendix
    assert settings.safety_table_check is not None and settings.safety_table_check.checked_on == dt.date(2026, 11, 2)


def test_the_settings_dialog_says_what_is_wrong_and_stays_open(qtbot) -> None:
    from tmsplanner.core.settings import AppSettings
    from tmsplanner.gui.dialogs import SettingsDialog

    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    dialog.checked_by.setText("Dr A. Petrova")  # a check needs its source too
    dialog._accept()
    assert dialog.result() == 0 and "Source" in dialog.problem.text()
    dialog.check_source.setText("")
    dialog.holidays.setEditText("russia")
    dialog._accept()
    assert "Public holidays" in dialog.problem.text() and "^[A-Z]" not in dialog.problem.text()


def test_the_settings_dialog_lists_holiday_calendars_by_name(qtbot) -> None:
    from tmsplanner.core.settings import AppSettings
    from tmsplanner.gui.dialogs import SettingsDialog

    dialog = SettingsDialog(AppSettings(holiday_country="DE-BY"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chooser = dialog.holidays
    assert chooser.currentText() == "DE-BY — Germany (BY)" and chooser.code() == "DE-BY"
    assert chooser.itemText(chooser.findData("UA")) == "UA — Ukraine"
    chooser.setCurrentIndex(chooser.findData("UA"))
    dialog._accept()
    assert dialog.result_settings().holiday_country == "UA"


def test_the_settings_dialog_sets_the_calendar_time_zone_and_identifier(qtbot) -> None:
    from tmsplanner.core.settings import AppSettings
    from tmsplanner.gui.dialogs import SettingsDialog

    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    assert dialog.time_zone.findText("Europe/Kyiv") > 0 and not dialog.calendar_identifier.isChecked()
    dialog.time_zone.setEditText("Europe/Kyiv")
    dialog.calendar_identifier.setChecked(True)
    dialog._accept()
    settings = dialog.result_settings()
    assert settings.time_zone == "Europe/Kyiv" and settings.calendar_identifier
    dialog.time_zone.setEditText("Kyiv")
    dialog._accept()
    assert "Clinic time zone" in dialog.problem.text() and "Europe/Kyiv" in dialog.problem.text()


def test_undo_names_the_step_in_clinical_words(window) -> None:
    """Not "Undo edit blocks intensity pct mt": the field in words, after the action."""
    window.apply_preset("neurostar-10hz-ldlpfc")
    assert window.doc.apply("blocks.0.intensity_pct_mt", 110.0) is None
    assert window.files.undo_action.text() == "&Undo: Block 1 › Intensity"
    assert window.doc.apply("schedule.treatment_days", 20) is None
    assert window.files.undo_action.text() == "&Undo: Schedule › Treatment days"
    window.files.undo_action.trigger()
    assert window.files.redo_action.text() == "&Redo: Schedule › Treatment days"
    assert all(part not in window.files.undo_action.text() for part in ("pct", "_", "blocks."))
