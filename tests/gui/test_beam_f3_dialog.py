"""The Beam F3 calculator dialog, driven with pytest-qt (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from planfactory import TODAY, preset_plan
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tmsplanner.core.checks import CheckSettings
from tmsplanner.core.plan import HeadMeasurements
from tmsplanner.gui.beam_f3_dialog import BeamF3Dialog, open_beam_f3_dialog
from tmsplanner.gui.document import PlanDocument


@pytest.fixture
def doc(kb) -> Iterator[PlanDocument]:
    document = PlanDocument(kb, preset_plan(kb, "neurostar-10hz-ldlpfc"), CheckSettings(today=TODAY))
    yield document
    # An unparented document's undo stack would report "clean" while being destroyed, after the document.
    document.undo_stack.clear()


@pytest.fixture
def dialog(qtbot, doc) -> BeamF3Dialog:
    dlg = BeamF3Dialog(doc)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def enter(qtbot, dlg: BeamF3Dialog, name: str, value: str) -> None:
    box = dlg.spins[name]
    box.selectAll()
    qtbot.keyClicks(box, value)


def type_measurements(qtbot, dlg: BeamF3Dialog, tt: str, ni: str, cf: str) -> None:
    for name, value in zip(("tragus_tragus_cm", "nasion_inion_cm", "head_circumference_cm"), (tt, ni, cf),
                           strict=True):
        enter(qtbot, dlg, name, value)


def test_typed_measurements_show_x_and_y(qtbot, dialog) -> None:
    type_measurements(qtbot, dialog, "35", "36", "57")
    assert "6.60" in dialog.x_label.text() and "9.38" in dialog.y_label.text()
    type_measurements(qtbot, dialog, "36", "38", "60")
    assert "X = <b>6.95 cm</b>" in dialog.x_label.text() and "Fpz" in dialog.x_label.text()
    assert "Y = <b>9.79 cm</b>" in dialog.y_label.text() and "Cz" in dialog.y_label.text()
    assert dialog.error.isHidden()
    assert "Beam" in dialog.citation.text() and "2009" in dialog.citation.text()


def test_opens_empty_until_all_three_are_measured(qtbot, dialog, doc) -> None:
    """No plausible head is pre-filled for a hurried user to accept as measured."""
    assert [box.text() for box in dialog.spins.values()] == ["—", "—", "—"]
    assert "—" in dialog.x_label.text() and "—" in dialog.y_label.text()
    assert dialog.error.isHidden() and not dialog.apply_button.isEnabled()
    assert "enter all three" in dialog.status.text()
    enter(qtbot, dialog, "tragus_tragus_cm", "36")
    enter(qtbot, dialog, "nasion_inion_cm", "38")
    assert not dialog.apply_button.isEnabled() and dialog.measurements() is None
    enter(qtbot, dialog, "head_circumference_cm", "60")
    assert dialog.apply_button.isEnabled() and "6.95" in dialog.x_label.text()


def test_spin_boxes_carry_the_model_metadata(dialog) -> None:
    box = dialog.spins["head_circumference_cm"]
    assert box.suffix() == " cm"
    assert "Head circumference" in box.toolTip() and "75" in box.toolTip()


def test_out_of_range_input_shows_red_error_and_blocks_apply(qtbot, dialog, doc) -> None:
    type_measurements(qtbot, dialog, "36", "15", "60")
    assert dialog.spins["nasion_inion_cm"].value() == 15.0  # not silently clamped to the range
    assert not dialog.error.isHidden()
    assert "Nasion to inion" in dialog.error.text() and "20–50 cm" in dialog.error.text()
    assert "#b00020" in dialog.error.styleSheet()
    assert "—" in dialog.x_label.text() and "—" in dialog.y_label.text()
    assert not dialog.apply_button.isEnabled()
    dialog.apply_to_plan()
    assert doc.plan.head is None
    enter(qtbot, dialog, "nasion_inion_cm", "38")
    assert dialog.error.isHidden() and dialog.apply_button.isEnabled()


def test_apply_stores_and_undo_removes(qtbot, dialog, doc) -> None:
    assert doc.plan.head is None
    type_measurements(qtbot, dialog, "36", "38", "60")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert doc.plan.head == HeadMeasurements(tragus_tragus_cm=36.0, nasion_inion_cm=38.0,
                                             head_circumference_cm=60.0)
    assert doc.modified and doc.undo_stack.undoText() == "Head measurements"
    assert not dialog.apply_button.isEnabled()  # nothing new to apply
    doc.undo_stack.undo()
    assert doc.plan.head is None
    assert dialog.apply_button.isEnabled() and "6.95" in dialog.x_label.text()  # entries kept
    doc.undo_stack.redo()
    assert doc.plan.head is not None and doc.plan.head.head_circumference_cm == 60.0


def test_starts_from_the_plans_measurements_and_follows_the_plan(qtbot, kb) -> None:
    head = HeadMeasurements(tragus_tragus_cm=38.0, nasion_inion_cm=40.0, head_circumference_cm=62.0)
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc").model_copy(update={"head": head})
    doc = PlanDocument(kb, plan, CheckSettings(today=TODAY))
    dlg = BeamF3Dialog(doc)
    qtbot.addWidget(dlg)
    assert dlg.spins["head_circumference_cm"].value() == 62.0
    assert "7.19" in dlg.x_label.text() and "10.32" in dlg.y_label.text()
    other = HeadMeasurements(tragus_tragus_cm=34.0, nasion_inion_cm=35.0, head_circumference_cm=55.0)
    doc.apply("head", other, "Head measurements", merge=False)
    assert dlg.spins["tragus_tragus_cm"].value() == 34.0 and "6.37" in dlg.x_label.text()
    doc.undo_stack.clear()


def test_open_beam_f3_dialog_is_non_modal_and_reused(qtbot, doc) -> None:
    window = QWidget()
    window.doc = doc
    qtbot.addWidget(window)
    first = open_beam_f3_dialog(window)
    assert first.isVisible() and not first.isModal() and first.parent() is window
    assert open_beam_f3_dialog(window) is first
    first.close()


def test_opens_on_the_main_window(qtbot, kb, tmp_path, monkeypatch) -> None:
    from tmsplanner.core.settings import AppSettings
    from tmsplanner.gui.main_window import MainWindow

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    window = MainWindow(kb, AppSettings())
    qtbot.addWidget(window)
    dialog = open_beam_f3_dialog(window)
    dialog.apply_to_plan()  # nothing entered yet: nothing stored
    assert window.doc.plan.head is None
    type_measurements(qtbot, dialog, "36", "38", "60")
    dialog.apply_to_plan()
    assert window.doc.plan.head == HeadMeasurements(**dialog.values())
    window.doc.undo_stack.undo()
    assert window.doc.plan.head is None
    window.doc.undo_stack.setClean()
    dialog.close()
