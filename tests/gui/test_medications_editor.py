"""The medications editor of the real window: entering, no duplicates, editing in place, removing (pytest-qt)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from tmsplanner.core.plan import MedicationEntry
from tmsplanner.gui.lists_editors import MedicationsEditor
from tmsplanner.gui.main_window import MainWindow


@pytest.fixture
def meds(window: MainWindow) -> MedicationsEditor:
    window.tabs.setCurrentIndex(window.TABS.index("medications"))
    window.medications.name.setFocus()
    return window.medications


def enter_name(editor: MedicationsEditor, qtbot, text: str) -> None:
    """Type a name and press Enter where the keyboard is: in the suggestions when they show."""
    editor.name.setFocus()
    if text.isascii():
        qtbot.keyClicks(editor.name, text)
    else:  # QTest types Latin-1 only: Cyrillic as an input method would give it
        editor.name.insert(text)
    popup = editor.name.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else editor.name, Qt.Key.Key_Return)


def add(editor: MedicationsEditor, qtbot, name: str, dose: str = "") -> None:
    """Name, Enter, dose, Enter: as a clinician enters a medication."""
    enter_name(editor, qtbot, name)
    assert editor.dose.hasFocus()
    qtbot.keyClicks(editor.dose, dose)
    qtbot.keyClick(editor.dose, Qt.Key.Key_Return)
    settle(editor, qtbot)


def settle(editor: MedicationsEditor, qtbot) -> None:
    """Let the window be the active one again: the offscreen platform hands activation to the suggestions'
    pop-up late, after it has closed (a real desktop gives it back to the window)."""
    qtbot.wait(10)
    window = editor.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def med_findings(win: MainWindow) -> list[tuple[str, str]]:
    return sorted((f.rule, f.field) for f in win.doc.results.findings if f.rule.startswith("MED-"))


def edit_cell(editor: MedicationsEditor, qtbot, row: int, column: int, text: str) -> None:
    """Edit a cell from the keyboard: F2, the new text, Enter."""
    table = editor.list
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit) and field is not editor.name and field is not editor.dose
    field.selectAll()
    if not text:
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    elif text.isascii():
        qtbot.keyClicks(field, text)
    else:
        field.insert(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    # The item delegate commits the edit from the event loop, just after the key.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_enter_on_a_suggestion_moves_to_the_dose_and_adds_nothing(window, meds, qtbot) -> None:
    qtbot.keyClicks(meds.name, "sert")
    popup = meds.name.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert meds.name.text() == "Sertraline"
    assert meds.dose.hasFocus()
    assert window.doc.plan.medications == []
    assert window.doc.undo_stack.count() == 0


def test_enter_on_a_typed_name_moves_to_the_dose_and_adds_nothing(window, meds, qtbot) -> None:
    enter_name(meds, qtbot, "Clozapine")
    assert meds.dose.hasFocus() and meds.name.text() == "Clozapine"
    assert window.doc.plan.medications == []


def test_name_dose_enter_adds_one_entry(window, meds, qtbot) -> None:
    add(meds, qtbot, "Sertraline", "50 mg")
    assert window.doc.plan.medications == [MedicationEntry(name="Sertraline", dose="50 mg")]
    assert window.doc.undo_stack.count() == 1
    assert meds.list.count() == 1 and meds.model.text(0, "dose") == "50 mg"
    assert "Sertraline" in meds.feedback.text()
    assert meds.name.hasFocus() and meds.name.text() == "" and meds.dose.text() == ""


def test_the_add_button_and_enter_in_the_date_add(window, meds, qtbot) -> None:
    meds.name.setText("Lithium")
    meds.dose.setText("600 mg")
    qtbot.mouseClick(meds.add_button, Qt.MouseButton.LeftButton)
    meds.name.setText("Bupropion")
    meds.changed.setChecked(True)
    meds.changed_on.setDate(QDate(2026, 12, 28))
    meds.changed_on.setFocus()
    qtbot.keyClick(meds.changed_on, Qt.Key.Key_Return)
    assert [(m.name, m.dose, m.changed_on) for m in window.doc.plan.medications] == [
        ("Lithium", "600 mg", None), ("Bupropion", None, dt.date(2026, 12, 28))]


def test_adding_a_listed_drug_again_updates_it_as_one_undoable_step(window, meds, qtbot) -> None:
    add(meds, qtbot, "Sertraline", "50 mg")
    findings = med_findings(window)
    assert findings and {field for _, field in findings} == {"medications[0].name"}
    add(meds, qtbot, "  sertraline ", "100 mg")
    assert window.doc.plan.medications == [MedicationEntry(name="Sertraline", dose="100 mg")]
    assert med_findings(window) == findings  # the same warning, not a second one
    assert "Sertraline" in meds.feedback.text() and "updated" in meds.feedback.text()
    assert meds.list.currentRow() == 0
    window.doc.undo_stack.undo()
    assert window.doc.plan.medications == [MedicationEntry(name="Sertraline", dose="50 mg")]
    assert meds.model.text(0, "dose") == "50 mg"


def test_the_same_drug_by_another_name_updates_rather_than_duplicates(window, meds, qtbot) -> None:
    add(meds, qtbot, "Sertraline", "50 mg")
    meds.changed.setChecked(True)
    meds.changed_on.setDate(QDate(2026, 12, 28))
    add(meds, qtbot, "Сертралин", "100 mg")
    assert window.doc.plan.medications == [
        MedicationEntry(name="Sertraline", dose="100 mg", changed_on=dt.date(2026, 12, 28))]
    assert {field for _, field in med_findings(window)} == {"medications[0].name"}
    due = [s for s in window.doc.results.figures.sessions if s.mt_retest]
    assert due and due[0].date == dt.date(2026, 12, 29)  # the change still plans a motor-threshold re-test


def test_an_update_without_dose_or_date_keeps_them(window, meds, qtbot) -> None:
    window.doc.apply("medications", [MedicationEntry(name="Lithium", dose="600 mg",
                                                     changed_on=dt.date(2026, 12, 1))])
    steps = window.doc.undo_stack.count()
    add(meds, qtbot, "lithium")
    assert window.doc.plan.medications == [
        MedicationEntry(name="Lithium", dose="600 mg", changed_on=dt.date(2026, 12, 1))]
    assert window.doc.undo_stack.count() == steps
    assert "nothing to change" in meds.feedback.text()


def test_a_dose_edited_in_place_changes_the_plan_and_undo_reverts_it(window, meds, qtbot) -> None:
    add(meds, qtbot, "Sertraline", "50 mg")
    edit_cell(meds, qtbot, 0, 1, "150 mg")
    assert window.doc.plan.medications == [MedicationEntry(name="Sertraline", dose="150 mg")]
    assert meds.model.text(0, "dose") == "150 mg"
    assert window.doc.undo_stack.count() == 2
    window.doc.undo_stack.undo()
    assert window.doc.plan.medications == [MedicationEntry(name="Sertraline", dose="50 mg")]
    assert meds.model.text(0, "dose") == "50 mg"


def test_a_change_date_edited_in_place_plans_the_retest_and_can_be_cleared(window, meds, qtbot) -> None:
    add(meds, qtbot, "Lithium")
    edit_cell(meds, qtbot, 0, 2, "2026-12-28")
    assert window.doc.plan.medications[0].changed_on == dt.date(2026, 12, 28)
    assert any(s.mt_retest for s in window.doc.results.figures.sessions)
    edit_cell(meds, qtbot, 0, 2, "")
    assert window.doc.plan.medications[0].changed_on is None


def test_a_name_cell_emptied_is_refused_naming_the_field(window, meds, qtbot) -> None:
    add(meds, qtbot, "Sertraline", "50 mg")
    edit_cell(meds, qtbot, 0, 0, "")
    assert window.doc.plan.medications == [MedicationEntry(name="Sertraline", dose="50 mg")]
    assert meds.model.text(0, "name") == "Sertraline"
    assert meds.feedback.text().startswith("Medication: ") and "empty" in meds.feedback.text()
    assert "Medication" in window.statusBar().currentMessage()
    assert window.doc.undo_stack.count() == 1


@pytest.mark.parametrize("text", ["28.12.2026", "2026-02-30", "1899-01-01"])
def test_a_bad_date_cell_is_refused_naming_the_field(window, meds, qtbot, text) -> None:
    add(meds, qtbot, "Lithium")
    edit_cell(meds, qtbot, 0, 2, text)
    assert window.doc.plan.medications[0].changed_on is None
    assert meds.feedback.text().startswith("Started or changed on: ")


def test_a_name_cell_renamed_to_another_listed_drug_is_refused(window, meds, qtbot) -> None:
    add(meds, qtbot, "Sertraline", "50 mg")
    add(meds, qtbot, "Lithium", "600 mg")
    edit_cell(meds, qtbot, 1, 0, "сертралин")
    assert [m.name for m in window.doc.plan.medications] == ["Sertraline", "Lithium"]
    assert meds.feedback.text().startswith("Medication: ") and "row 1" in meds.feedback.text()
    edit_cell(meds, qtbot, 1, 0, "Lithium carbonate")  # the same drug in its own row: taken
    assert [m.name for m in window.doc.plan.medications] == ["Sertraline", "Lithium carbonate"]


def test_delete_and_remove_selected_remove(window, meds, qtbot) -> None:
    for name in ("Sertraline", "Lithium", "Clozapine"):
        add(meds, qtbot, name)
    meds.list.setFocus()
    meds.list.setCurrentRow(1)
    qtbot.keyClick(meds.list, Qt.Key.Key_Delete)
    assert [m.name for m in window.doc.plan.medications] == ["Sertraline", "Clozapine"]
    assert "Lithium" in meds.feedback.text()
    assert meds.list.currentRow() == 1
    qtbot.mouseClick(meds.remove_button, Qt.MouseButton.LeftButton)
    assert [m.name for m in window.doc.plan.medications] == ["Sertraline"]
    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()
    assert [m.name for m in window.doc.plan.medications] == ["Sertraline", "Lithium", "Clozapine"]


def test_a_finding_on_an_entry_selects_its_row(window, meds, qtbot) -> None:
    add(meds, qtbot, "Sertraline")
    add(meds, qtbot, "Clozapine")
    window.tabs.setCurrentIndex(window.TABS.index("patient"))
    window.focus_field("medications[1].name")
    assert window.tabs.currentIndex() == window.TABS.index("medications")
    assert meds.list.currentRow() == 1 and meds.list.hasFocus()


def test_keyboard_order_and_accessible_names(meds) -> None:
    chain = [meds.name, meds.dose, meds.changed, meds.changed_on, meds.add_button, meds.list, meds.remove_button]
    for first, second in zip(chain, chain[1:], strict=False):
        assert first.nextInFocusChain() is second or _next_focusable(first) is second, (first, second)
    for widget in (*chain, meds.feedback):
        assert widget.accessibleName().strip(), widget.objectName()
    assert not meds.list.tabKeyNavigation()


def _next_focusable(widget: QWidget) -> QWidget:
    """The next widget Tab reaches (skipping a date editor's inner parts)."""
    nxt = widget.nextInFocusChain()
    while nxt.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.isAncestorOf(nxt):
        nxt = nxt.nextInFocusChain()
    return nxt
