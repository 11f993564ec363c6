"""Safe defaults in the real main window: Enter never makes a draft or overwrites a file, and exports are
suggested beside the plan under a name that holds no patient's name."""

from __future__ import annotations

from pathlib import Path

import pytest
from planfactory import edit, preset_plan
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tmsplanner.app import save_plan
from tmsplanner.core.settings import AppSettings
from tmsplanner.gui.main_window import MainWindow

Yes, No, NoButton = (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
                     QMessageBox.StandardButton.NoButton)


class Asked:
    """Stands in for QMessageBox.question: records the title and default button of each question, answers No."""

    def __init__(self) -> None:
        self.questions: list[tuple[str, QMessageBox.StandardButton]] = []

    def __call__(self, parent, title, text, buttons=None, defaultButton=NoButton, **kwargs):
        self.questions.append((title, defaultButton))
        return No


@pytest.fixture
def asked(monkeypatch) -> Asked:
    questions = Asked()
    monkeypatch.setattr(QMessageBox, "question", questions)
    return questions


@pytest.fixture
def no_file_chosen(monkeypatch) -> list[str]:
    """QFileDialog.getSaveFileName cancelled; the paths it suggested."""
    suggested: list[str] = []

    def choose(parent, caption, directory="", *args, **kwargs):
        suggested.append(directory)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return suggested


def without_blocking_findings(win: MainWindow) -> None:
    win.apply_preset("neurostar-10hz-ldlpfc")
    win.doc.apply("motor_threshold.value_pct_mso", 52.0)  # measured: no longer a placeholder


# -- 3. the safe answer is the default ---------------------------------------------------------------------


@pytest.mark.parametrize("export", ["export_pdf", "export_ics"])
def test_a_blocked_export_defaults_to_no(window, asked, no_file_chosen, export) -> None:
    assert window.files._checked().blocking
    assert getattr(window.files, export)() is False
    assert asked.questions == [("Blocking findings", No)] and not no_file_chosen


def test_a_blocked_print_defaults_to_no(window, asked) -> None:
    assert window.files.print_plan() == 0
    assert asked.questions == [("Blocking findings", No)]


def test_printing_a_blocked_preview_defaults_to_no(window, asked) -> None:
    assert window.files.print_pages(b"%PDF-1.4", blocking=2) == 0
    assert asked.questions == [("Blocking findings", No)]


def test_the_screening_draft_defaults_to_no(window, asked, no_file_chosen) -> None:
    without_blocking_findings(window)
    assert window.files._checked().blocking == 0 and window.doc.plan.screening_confirmed is None
    assert window.files.export_pdf() is False
    assert window.files.print_plan() == 0
    assert asked.questions == [("Safety screening incomplete", No)] * 2 and not no_file_chosen


def test_overwriting_a_file_changed_on_disk_defaults_to_no(window, asked, kb, tmp_path) -> None:
    path = tmp_path / "plan.tmsplan"
    save_plan(preset_plan(kb, "neurostar-10hz-ldlpfc"), path)
    assert window.files.open_path(path, confirmed=True)
    window.doc.apply("schedule.treatment_days", 12)
    save_plan(edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "schedule.treatment_days", 25), path)
    on_disk = path.read_bytes()
    assert not window.files.save()
    assert asked.questions == [("File changed on disk", No)] and path.read_bytes() == on_disk


def test_enter_on_the_draft_question_exports_nothing(window, qtbot, monkeypatch, no_file_chosen) -> None:
    """A real question box, answered with Enter, as a clinician hurrying would."""
    answers = []

    def question(parent, title, text, buttons=Yes | No, defaultButton=NoButton):
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
        qtbot.addWidget(box)
        if defaultButton != NoButton:
            box.setDefaultButton(defaultButton)
        box.show()
        box.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
        qtbot.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: box.clickedButton() is not None)
        answers.append(box.standardButton(box.clickedButton()))
        return answers[-1]

    monkeypatch.setattr(QMessageBox, "question", question)
    assert window.files.export_pdf() is False
    assert answers == [No] and not no_file_chosen


# -- 5. where exports are suggested --------------------------------------------------------------------------


@pytest.fixture
def window_with(kb, tmp_path, monkeypatch):
    """Makes windows with the given settings; they close without asking after the test."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    made: list[MainWindow] = []

    def make(settings: AppSettings) -> MainWindow:
        made.append(MainWindow(kb, settings))
        return made[-1]

    yield make
    for win in made:
        win.doc.undo_stack.setClean()
        win.close()


@pytest.fixture
def opened(window_with, kb, tmp_path) -> MainWindow:
    """A window on a saved plan of a named patient; the export folder elsewhere."""
    (tmp_path / "exports").mkdir()
    win = window_with(AppSettings(export_folder=str(tmp_path / "exports")))
    folder = tmp_path / "patients"
    folder.mkdir()
    plan = edit(edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "patient.identifier", "PAT-7"),
                "patient.display_name", "Ivanova Anna")
    path = folder / "Ivanova Anna.tmsplan"
    save_plan(plan, path)
    assert win.files.open_path(path, confirmed=True)
    return win


def test_the_calendar_is_suggested_beside_the_plan_as_the_pdf_is(opened, tmp_path, no_file_chosen) -> None:
    assert opened.doc.results.verdict != "blocked"
    assert opened.files.export_pdf() is False
    assert opened.files.export_ics() is False
    pdf, ics = (Path(p) for p in no_file_chosen)
    assert pdf.parent == ics.parent == tmp_path / "patients"
    assert ics.name == "PAT-7.ics"  # the identifier, never the plan file's name with the patient's in it
    assert "Ivanova" not in ics.name and "Anna" not in ics.name


def test_a_plan_never_saved_is_suggested_in_the_export_folder(window_with, tmp_path, no_file_chosen) -> None:
    win = window_with(AppSettings(export_folder=str(tmp_path)))
    without_blocking_findings(win)
    win.doc.apply("screening_confirmed", {"by": "Dr A", "on": win.doc.check_settings.today})
    win.doc.apply("patient.identifier", "A/B:7")
    assert win.files._checked().blocking == 0
    assert win.files.export_ics() is False and win.files.export_pdf() is False
    ics, pdf = (Path(p) for p in no_file_chosen)
    assert (ics.parent, ics.name) == (tmp_path, "A_B_7.ics")
    assert (pdf.parent, pdf.name) == (tmp_path, "A_B_7.pdf")
