"""The delivery fields and the screening record, edited in the real window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDoubleSpinBox, QLineEdit

from tmsplanner.core.plan import ScreeningConfirmation
from tmsplanner.core.vocab import Coil, MTKind, MTMuscle
from tmsplanner.gui.main_window import MainWindow


def editor(win: MainWindow, name: str, kind: type) -> object:
    """The visible editor of that class and object name, in the window or the screening tab."""
    found = [w for w in win.findChildren(kind, name) if w.isVisibleTo(win)]
    assert len(found) == 1, (name, found)
    return found[0]


def test_mt_muscle_is_chosen_from_its_labels(window, qtbot) -> None:
    window.tabs.setCurrentIndex(window.TABS.index("threshold"))
    combo = editor(window, "muscle", QComboBox)
    assert combo.currentText() == "Hand (FDI)"
    combo.setCurrentIndex(combo.findText("Leg"))
    assert window.doc.plan.motor_threshold.muscle == MTMuscle.LEG
    window.doc.undo_stack.undo()
    assert window.doc.plan.motor_threshold.muscle == MTMuscle.HAND_FDI
    assert combo.currentText() == "Hand (FDI)"


def test_every_vocabulary_choice_sends_its_member(window) -> None:
    window.tabs.setCurrentIndex(window.TABS.index("threshold"))
    kind = editor(window, "kind", QComboBox)
    kind.setCurrentIndex(kind.findText("Active MT"))
    assert window.doc.plan.motor_threshold.kind == MTKind.ACTIVE
    coil = editor(window, "coil", QComboBox)
    coil.setCurrentIndex(coil.findText("H7 (deep TMS)"))
    assert window.doc.plan.device.coil == Coil.H7


def test_the_h7_preset_shows_the_leg_threshold(window) -> None:
    window.apply_preset("deep-tms-h7-ocd")
    window.tabs.setCurrentIndex(window.TABS.index("threshold"))
    assert editor(window, "muscle", QComboBox).currentText() == "Leg"
    assert window.doc.results.view.blocks[0].steps[0].id == "symptom-provocation"


def test_electrode_position_and_orientation_are_typed_into_the_block(window, qtbot) -> None:
    window.tabs.setCurrentIndex(window.TABS.index("stimulation"))
    position = editor(window, "eeg_position", QLineEdit)
    qtbot.keyClicks(position, "f3")
    assert window.doc.plan.blocks[0].eeg_position == "F3"
    assert position.text() == "F3"
    position.clear()
    qtbot.keyClicks(position, "F33")
    assert window.doc.plan.blocks[0].eeg_position == "F3"  # refused: the plan keeps its value
    assert position.property("invalid")
    orientation = editor(window, "coil_orientation", QLineEdit)
    qtbot.keyClicks(orientation, "handle pointing back")
    assert window.doc.plan.blocks[0].coil_orientation == "handle pointing back"


def test_scanner_coordinates_are_set_and_cleared(window, qtbot) -> None:
    window.tabs.setCurrentIndex(window.TABS.index("stimulation"))
    box = editor(window, "native:set", QCheckBox)
    x = editor(window, "native.x_mm", QDoubleSpinBox)
    assert not x.isEnabled() and x.maximum() == 300 and x.minimum() == -300
    box.click()
    assert window.doc.plan.blocks[0].native is not None and x.isEnabled()
    x.setValue(-42.5)
    assert window.doc.plan.blocks[0].native.x_mm == -42.5
    box.click()
    assert window.doc.plan.blocks[0].native is None


def test_coil_model_is_typed_on_the_device(window, qtbot) -> None:
    window.tabs.setCurrentIndex(window.TABS.index("threshold"))
    qtbot.keyClicks(editor(window, "coil_model", QLineEdit), "Cool-B65")
    assert window.doc.plan.device.coil_model == "Cool-B65"


def test_screening_record_and_confirmation(window, qtbot) -> None:
    window.tabs.setCurrentIndex(window.TABS.index("screening"))
    qtbot.keyClicks(editor(window, "screening_recorded_by", QLineEdit), "Nurse A")
    assert window.doc.plan.screening_recorded_by == "Nurse A"
    editor(window, "screening_recorded_on:set", QCheckBox).click()
    editor(window, "screening_recorded_on:date", QDateEdit).setDate(QDate(2026, 11, 20))
    assert window.doc.plan.screening_recorded_on == dt.date(2026, 11, 20)

    confirmed = editor(window, "screening_confirmed:set", QCheckBox)
    qtbot.mouseClick(confirmed, Qt.MouseButton.LeftButton)
    assert window.doc.plan.screening_confirmed is None  # no clinician named yet: refused, and said so
    assert "Open screening items confirmed › Confirmed by" in window.screening.record_problem.text()
    editor(window, "screening_confirmed.on", QDateEdit).setDate(QDate(2026, 11, 21))
    qtbot.keyClicks(editor(window, "screening_confirmed.by", QLineEdit), "Dr B")
    assert window.doc.plan.screening_confirmed == ScreeningConfirmation(by="Dr B", on=dt.date(2026, 11, 21))
    assert window.screening.record_problem.text() == ""
    qtbot.keyClicks(editor(window, "screening_confirmed.note", QLineEdit), "pregnancy test pending")
    assert window.doc.plan.screening_confirmed.note == "pregnancy test pending"
    window.doc.undo_stack.undo()  # consecutive edits of the confirmation are one step
    assert window.doc.plan.screening_confirmed is None and not confirmed.isChecked()
    window.doc.undo_stack.redo()
    assert window.doc.plan.screening_confirmed.by == "Dr B" and confirmed.isChecked()
    assert editor(window, "screening_confirmed.note", QLineEdit).text() == "pregnancy test pending"
    qtbot.mouseClick(confirmed, Qt.MouseButton.LeftButton)
    assert window.doc.plan.screening_confirmed is None
