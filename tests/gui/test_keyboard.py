"""The keyboard in the real main window: typed values, shortcuts from every field, the unsaved-changes question,
and findings that take the keyboard to their exact editor."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcutEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QTreeWidgetItem,
    QWidget,
)

from tmsplanner.app import blank_plan
from tmsplanner.core.plan import MedicationEntry
from tmsplanner.core.plan_edit import normalise_path
from tmsplanner.core.settings import AppSettings
from tmsplanner.gui import file_actions
from tmsplanner.gui.main_window import MainWindow

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


def rules(win: MainWindow) -> set[str]:
    return {f.rule for f in win.doc.results.findings}


def editor(win: MainWindow, tab: str, name: str) -> QWidget:
    """The shown editor named ``name`` on a tab (the tab is shown and the editor focused)."""
    win.tabs.setCurrentIndex(win.TABS.index(tab))
    widget = next(b.widget for b in win.fields.bindings if b.widget.objectName() == name
                  and b.widget.isVisibleTo(win))
    focus(win, widget)
    return widget


def focus(win: MainWindow, widget: QWidget) -> None:
    win.activateWindow()
    widget.setFocus()
    assert QApplication.focusWidget() is widget


@pytest.fixture
def active(window, qtbot) -> MainWindow:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


# -- 1. the measured motor threshold -----------------------------------------------------------------------


def test_typing_the_measured_threshold_clears_the_placeholder_in_one_undo_step(active, qtbot) -> None:
    win = active
    mt = win.doc.plan.motor_threshold
    assert mt.placeholder and "MT-004" in rules(win) and win.doc.results.verdict == "blocked"
    box = editor(win, "threshold", "value_pct_mso")
    placeholder = editor(win, "threshold", "placeholder")
    assert placeholder.isChecked()
    focus(win, box)
    box.selectAll()
    qtbot.keyClicks(box, "48")
    mt = win.doc.plan.motor_threshold
    assert (mt.value_pct_mso, mt.placeholder) == (48.0, False)
    assert "MT-004" not in rules(win) and not placeholder.isChecked()
    assert win.doc.undo_stack.count() == 1  # the value and the flag: one step
    win.files.undo_action.trigger()
    mt = win.doc.plan.motor_threshold
    assert (mt.value_pct_mso, mt.placeholder) == (50.0, True)
    assert "MT-004" in rules(win) and placeholder.isChecked() and box.value() == 50.0
    win.files.redo_action.trigger()
    assert not win.doc.plan.motor_threshold.placeholder and win.doc.plan.motor_threshold.value_pct_mso == 48.0


def test_other_threshold_fields_leave_the_placeholder_alone(window) -> None:
    assert window.doc.apply("motor_threshold.m1_scalp_cortex_distance_mm", 14.0) is None
    assert window.doc.plan.motor_threshold.placeholder
    assert window.doc.apply("motor_threshold.value_pct_mso", 50.0) is None  # no change: no step, still a placeholder
    assert window.doc.plan.motor_threshold.placeholder and window.doc.undo_stack.count() == 1


# -- 2. shortcuts from every field ---------------------------------------------------------------------------


class X11LineEdit(QObject):
    """Claims Ctrl+E for the line edit, as X11 line edits do (end of line); offscreen Qt uses another scheme."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_E \
                and event.modifiers() == CTRL:
            event.accept()
            return True
        return False


def override_accepted(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> bool:
    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers)
    event.ignore()
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


@pytest.mark.parametrize(("tab", "name"), [("patient", "identifier"), ("threshold", "value_pct_mso")],
                         ids=["line edit", "spin box"])
def test_ctrl_e_exports_from_a_text_or_number_field(active, qtbot, monkeypatch, tab, name) -> None:
    win = active
    field = editor(win, tab, name)
    inner = field.lineEdit() if isinstance(field, QAbstractSpinBox) else field
    x11 = X11LineEdit(field)
    for widget in {field, inner}:
        widget.installEventFilter(x11)
    assert override_accepted(field, Qt.Key.Key_E, CTRL)  # the window claims the key before the field
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.No)
    triggered: list[bool] = []
    win.files.export_action.triggered.connect(lambda *_: triggered.append(True))
    qtbot.keyClick(field, Qt.Key.Key_E, CTRL)  # the shortcut runs the action at once, in the key press
    assert triggered == [True]
    assert asked == ["Blocking findings"]  # the export ran (and asked about the draft)
    assert QApplication.focusWidget() is field


def test_undo_and_redo_in_a_line_edit_are_the_documents(active, qtbot) -> None:
    win = active
    edit = editor(win, "patient", "identifier")
    assert isinstance(edit, QLineEdit)
    qtbot.keyClicks(edit, "-X")
    stack = win.doc.undo_stack
    assert win.doc.plan.patient.identifier == "NEW-X" and stack.index() == 1
    assert override_accepted(edit, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert win.doc.plan.patient.identifier == "NEW" and edit.text() == "NEW"
    assert stack.index() == 0 and stack.canRedo()  # undone in the document, not a new edit
    qtbot.keyClick(edit, Qt.Key.Key_Y, CTRL)
    assert win.doc.plan.patient.identifier == "NEW-X" and edit.text() == "NEW-X" and stack.index() == 1
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL | SHIFT)
    assert win.doc.plan.patient.identifier == "NEW-X" and stack.index() == 1 and stack.count() == 1
    assert not edit.isUndoAvailable() or edit.text() == "NEW-X"


def test_undo_and_redo_in_a_spin_box_are_the_documents(active, qtbot) -> None:
    win = active
    frequency = editor(win, "stimulation", "RtmsPattern.frequency_hz")
    frequency.selectAll()
    qtbot.keyClicks(frequency, "20")
    stack = win.doc.undo_stack
    assert win.doc.plan.blocks[0].pattern.frequency_hz == 20 and "SAFE-TRAIN-001" in rules(win)
    assert stack.index() == 1
    qtbot.keyClick(frequency, Qt.Key.Key_Z, CTRL)
    assert win.doc.plan.blocks[0].pattern.frequency_hz == 10 and frequency.value() == 10
    assert stack.index() == 0 and stack.canRedo() and "SAFE-TRAIN-001" not in rules(win)
    qtbot.keyClick(frequency, Qt.Key.Key_Z, CTRL | SHIFT)
    assert win.doc.plan.blocks[0].pattern.frequency_hz == 20 and frequency.value() == 20 and stack.index() == 1
    qtbot.keyClick(frequency, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(frequency, Qt.Key.Key_Y, CTRL)
    assert win.doc.plan.blocks[0].pattern.frequency_hz == 20 and stack.index() == 1 and stack.count() == 1


def test_a_shortcut_first_takes_what_is_typed_in_the_field(active, qtbot, tmp_path, monkeypatch) -> None:
    """Ctrl+S with a holiday calendar typed but not yet confirmed saves it, as leaving the field would."""
    win = active
    win.tabs.setCurrentIndex(win.TABS.index("schedule"))
    country = win.calendar_form.country
    focus(win, country)
    country.lineEdit().setText("DE")  # typed; the field takes it when editing finishes
    assert win.doc.plan.schedule.holiday_country is None
    target = tmp_path / "plan.tmsplan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClick(country, Qt.Key.Key_S, CTRL)
    assert json.loads(target.read_text(encoding="utf-8"))["schedule"]["holiday_country"] == "DE"
    assert not win.doc.modified


def test_a_shortcut_qt_delivers_itself_also_takes_what_is_typed(active, tmp_path, monkeypatch) -> None:
    """Another keyboard layout (Ctrl+Ы for Ctrl+S): Qt maps the key and sends the shortcut to the action."""
    win = active
    win.tabs.setCurrentIndex(win.TABS.index("schedule"))
    country = win.calendar_form.country
    focus(win, country)
    country.lineEdit().setText("DE")
    target = tmp_path / "plan.tmsplan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    QApplication.sendEvent(win.files.save_action, QShortcutEvent(QKeySequence("Ctrl+S"), 0))
    assert json.loads(target.read_text(encoding="utf-8"))["schedule"]["holiday_country"] == "DE"


def test_a_table_cell_being_edited_is_taken_before_undo(active, qtbot) -> None:
    win = active
    win.tabs.setCurrentIndex(win.TABS.index("schedule"))
    win.phases.add_taper()
    table = win.phases.table
    table.setCurrentCell(0, 1)
    table.editItem(table.item(0, 1))
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit) and table.isAncestorOf(cell)
    cell.selectAll()
    qtbot.keyClicks(cell, "3")
    stack = win.doc.undo_stack
    steps = stack.index()
    assert win.doc.plan.schedule.phases[0].weeks == 1  # typed, not yet in the plan
    qtbot.keyClick(cell, Qt.Key.Key_Z, CTRL)  # taken (3 weeks), then undone
    assert win.doc.plan.schedule.phases[0].weeks == 1 and stack.index() == steps and stack.canRedo()
    win.files.redo_action.trigger()
    assert win.doc.plan.schedule.phases[0].weeks == 3


def test_a_half_typed_number_is_taken_before_undo(active, qtbot) -> None:
    win = active
    days = editor(win, "schedule", "treatment_days")
    days.selectAll()
    qtbot.keyClicks(days, "12")
    assert win.doc.plan.schedule.treatment_days == 12
    qtbot.keyClick(days, Qt.Key.Key_Backspace)  # "1": taken at once
    qtbot.keyClick(days, Qt.Key.Key_Z, CTRL)  # the whole edit of the field goes
    assert win.doc.plan.schedule.treatment_days == 30 and days.value() == 30
    assert win.doc.undo_stack.index() == 0


def test_other_keys_stay_with_the_field(active, qtbot) -> None:
    win = active
    edit = editor(win, "patient", "identifier")
    edit.deselect()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)  # select all and copy: the field's own keys
    assert edit.selectedText() == "NEW"
    qtbot.keyClick(edit, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == "NEW"
    assert win.doc.undo_stack.count() == 0


def test_the_filter_goes_with_the_window(qtbot, kb, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    win = MainWindow(kb, AppSettings())
    qtbot.addWidget(win)
    edit = next(b.widget for b in win.fields.bindings if b.widget.objectName() == "identifier")
    win.show()
    qtbot.waitExposed(win)  # no key reaches a window before it is drawn: the filter comes with its first paint
    qtbot.waitUntil(lambda: override_accepted(edit, Qt.Key.Key_S, CTRL))  # the window's Save (a line edit's not)
    assert win.close()
    assert not override_accepted(edit, Qt.Key.Key_S, CTRL)  # closed: the application filter is gone


def test_shortcuts_of_the_window(window) -> None:
    files = window.files
    assert {s.toString() for s in files.undo_action.shortcuts()} >= {"Ctrl+Z"}
    assert {s.toString() for s in files.redo_action.shortcuts()} >= {"Ctrl+Y", "Ctrl+Shift+Z"}
    assert files.export_action.shortcut().toString() == "Ctrl+E"


# -- 2. the unsaved-changes question -------------------------------------------------------------------------


def question_box(window, qtbot) -> QMessageBox:
    box = file_actions.unsaved_question(window, "Unsaved changes", "The plan has unsaved changes. Save them first?")
    qtbot.addWidget(box)
    return box


def test_the_unsaved_changes_question_has_save_dont_save_and_cancel(window, qtbot) -> None:
    box = question_box(window, qtbot)
    texts = [b.text() for b in box.buttons()]
    assert "&Save" in texts and "&Don't save" in texts and len(texts) == 3
    discard = next(b for b in box.buttons() if b.text() == "&Don't save")
    assert box.buttonRole(discard) == QMessageBox.ButtonRole.DestructiveRole
    assert box.defaultButton().text() == "&Save"
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)


@pytest.mark.parametrize(("key", "answer"), [
    (Qt.Key.Key_D, QMessageBox.StandardButton.Discard), (Qt.Key.Key_S, QMessageBox.StandardButton.Save)])
def test_alt_d_does_not_save_and_alt_s_saves(window, qtbot, key, answer) -> None:
    assert answer_to_key(window, qtbot, key, ALT, on_box=True) == answer


@pytest.mark.parametrize(("key", "answer"), [
    (Qt.Key.Key_Escape, QMessageBox.StandardButton.Cancel), (Qt.Key.Key_Return, QMessageBox.StandardButton.Save)])
def test_escape_cancels_and_enter_saves(window, qtbot, key, answer) -> None:
    assert answer_to_key(window, qtbot, key) == answer


def answer_to_key(window, qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, on_box=False):
    """Show the unsaved-changes question, press a key (on the box, or on its focused button), return the answer."""
    box = question_box(window, qtbot)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    qtbot.keyClick(box if on_box else QApplication.focusWidget() or box, key, modifier)
    qtbot.waitUntil(lambda: box.clickedButton() is not None)
    return file_actions.unsaved_answer(box)


def test_closing_asks_through_the_unsaved_changes_question(window, monkeypatch) -> None:
    window.doc.apply("schedule.treatment_days", 12)
    asked = []
    monkeypatch.setattr(file_actions, "ask_unsaved",
                        lambda *a: asked.append(a[1:]) or QMessageBox.StandardButton.Discard)
    assert window.close()
    assert asked == [("Unsaved changes", "The plan has unsaved changes. Save them first?")]


# -- 4. a finding takes the keyboard to its exact editor ---------------------------------------------------


def expected_tab(field: str) -> str:
    head = normalise_path(field).split(".")[0]
    if head.startswith("screening"):
        return "screening"
    return {"blocks": "stimulation", "protocol_id": "stimulation", "schedule": "schedule",
            "motor_threshold": "threshold", "device": "threshold", "medications": "medications"}.get(head, "patient")


def blank(win: MainWindow) -> None:
    win.doc.reset(blank_plan(win.kb, dt.date.today()))


def snt_closing_at_five(win: MainWindow) -> None:
    blank(win)
    win.apply_preset("snt-accelerated-itbs")
    assert win.doc.apply("schedule.clinic_closing_time", dt.time(17, 0)) is None


def with_medication(win: MainWindow) -> None:
    blank(win)
    assert win.doc.apply("medications", [MedicationEntry(name="Clozapine"), MedicationEntry(name="Unknownium")]) \
        is None


def blocked_20_hz(win: MainWindow) -> None:
    blank(win)
    assert win.doc.apply("blocks.0.pattern.frequency_hz", 20.0) is None
    assert win.doc.results.verdict == "blocked"


def finding_lines(win: MainWindow) -> list:
    """One line of the findings panel per finding (a group's findings are its children)."""
    panel = win.findings
    if hasattr(panel, "finding_items"):
        return panel.finding_items()
    return [panel.list.item(row) for row in range(panel.list.count())]


def click_finding(win: MainWindow, qtbot, line) -> str:
    """Click a finding's line in the panel, as the clinician does; its field."""
    view = win.findings.list
    if isinstance(line, QTreeWidgetItem):
        if line.parent() is not None:
            line.parent().setExpanded(True)
        field = line.data(0, Qt.ItemDataRole.UserRole)
    else:
        field = line.data(Qt.ItemDataRole.UserRole)
    view.scrollToItem(line)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(line).center())
    return field


def assert_focused_on_its_tab(win: MainWindow, field: str) -> QWidget:
    focused = QApplication.focusWidget()
    tab = expected_tab(field)
    page = win.tabs.widget(win.TABS.index(tab))
    assert win.tabs.currentIndex() == win.TABS.index(tab), field
    assert focused is not None and not isinstance(focused, QTabBar), (field, focused)
    assert page.isAncestorOf(focused) and focused.isVisible() and focused.isEnabled(), (field, focused)
    return focused


def test_every_finding_focuses_its_editor_on_its_tab(active, qtbot) -> None:
    win = active
    clicked: set[str] = set()
    checked: set[str] = set()
    for make in (blank, snt_closing_at_five, with_medication, blocked_20_hz):
        make(win)
        lines = finding_lines(win)
        assert lines
        for line in finding_lines(win):
            field = click_finding(win, qtbot, line)
            clicked.add(field)
            focused = assert_focused_on_its_tab(win, field)
            if field == "schedule.clinic_closing_time":
                assert focused is win.calendar_form.closing
            if field == "motor_threshold.value_pct_mso":
                assert focused.objectName() == "value_pct_mso"
            if field.startswith("medications["):
                assert focused is win.medications.list
                assert win.medications.list.currentRow() == int(field.split("[")[1].split("]")[0])
        for finding in win.doc.results.findings:  # every path, shown as a line or not
            win.focus_field(finding.field)
            assert_focused_on_its_tab(win, finding.field)
            checked.add(finding.rule)
    assert {"schedule.clinic_closing_time", "motor_threshold.value_pct_mso", "medications[0].name",
            "medications[1].name", "blocks[0].pattern"} <= clicked, clicked
    assert {"SCHED-002", "MT-004", "MED-001", "MED-005", "SAFE-TRAIN-001", "SCR-003", "EVD-020"} <= checked


@pytest.mark.parametrize(("field", "expected"), [
    ("schedule", "treatment_days"),
    ("screening_confirmed", "screening_confirmed:set"), ("blocks[0].mni", "mni:set"),
    ("blocks[0].titration", "titrate"), ("protocol_id", "block_list"), ("device.coil", "coil")])
def test_paths_without_a_plain_editor_focus_the_nearest_one(active, field, expected) -> None:
    active.focus_field(field)
    focused = QApplication.focusWidget()
    page = active.tabs.widget(active.TABS.index(expected_tab(field)))
    assert focused is not None and page.isAncestorOf(focused)
    assert focused.objectName() == expected


def test_the_closing_time_without_a_time_focuses_its_check_box(active) -> None:
    active.focus_field("schedule.clinic_closing_time")
    assert QApplication.focusWidget() is active.calendar_form.closes
