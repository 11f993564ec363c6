"""File > Export calendar (.ics) in the real main window."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tmsplanner.core.settings import AppSettings
from tmsplanner.gui.main_window import MainWindow

NAME = "Иванова Мария Петровна"


@pytest.fixture
def window(qtbot, kb, tmp_path, monkeypatch) -> MainWindow:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    win = MainWindow(kb, AppSettings())
    win.doc.apply("motor_threshold.placeholder", False)  # a measured MT: no blocking finding
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.doc.undo_stack.setClean()  # let the window close without asking
    win.close()


def action(win: MainWindow):
    return next(a for a in win.menuBar().actions()[0].menu().actions() if a.objectName() == "export_ics")


def test_action_follows_export_pdf_in_the_file_menu(window) -> None:
    names = [a.objectName() for a in window.menuBar().actions()[0].menu().actions()]
    assert names.index("export_ics") == names.index("export") + 1
    assert "calendar" in action(window).text()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_export_calendar_asks_about_the_name(window, tmp_path, monkeypatch, answer) -> None:
    window.apply_preset("snt-accelerated-itbs")
    assert window.doc.apply("patient.display_name", NAME) is None
    identifier = window.doc.plan.patient.identifier
    out = tmp_path / "course.ics"
    asked: dict[str, object] = {}

    def save_name(parent, caption, suggested, filter_):
        asked["suggested"], asked["filter"] = suggested, filter_
        return str(out), filter_

    def question(parent, title, text, buttons=None, default=None):
        asked["text"], asked["default"] = text, default
        return answer

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QMessageBox, "question", question)
    action(window).trigger()

    assert Path(asked["suggested"]).name == f"{identifier}.ics"
    assert asked["filter"] == "iCalendar (*.ics)"
    assert "shared" in asked["text"] and asked["default"] == QMessageBox.StandardButton.No
    evs = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(evs) == 50 == len(window.doc.results.figures.sessions)
    assert [ev.decoded("dtstart") for ev in evs] == [s.start for s in window.doc.results.figures.sessions]
    named = [NAME in str(ev["description"]) for ev in evs]
    assert all(named) if answer == QMessageBox.StandardButton.Yes else not any(named)
    assert str(out) in window.statusBar().currentMessage()


def test_cancelled_file_dialog_writes_nothing(window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert window.files.export_ics() is False
    assert not list(tmp_path.glob("*.ics"))


def test_no_name_no_question(window, tmp_path, monkeypatch) -> None:
    out = tmp_path / "plain"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert window.doc.plan.patient.display_name is None
    assert window.files.export_ics() is True  # conftest fails the test if a question pops up
    assert icalendar.Calendar.from_ical((tmp_path / "plain.ics").read_bytes()).walk("VEVENT")


def test_blocked_plan_exports_only_as_draft_events(window, tmp_path, monkeypatch) -> None:
    import icalendar
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    window.doc.apply("motor_threshold.placeholder", True)
    target = tmp_path / "draft.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.files.export_ics()
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert events and all(str(e["summary"]).startswith("DRAFT — NOT FOR TREATMENT") for e in events)


def test_the_clinic_settings_give_the_time_zone_and_the_identifier(window, tmp_path, monkeypatch) -> None:
    out = tmp_path / "zoned.ics"
    assert window.store.update(window.store.settings.model_copy(
        update={"time_zone": "Europe/Kyiv", "calendar_identifier": True})) is None
    assert window.doc.apply("patient.identifier", "P-0042") is None
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert window.files.export_ics() is True
    first = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")[0]
    assert str(first["summary"]).startswith("P-0042: ") and str(first["dtstart"].params["TZID"]) == "Europe/Kyiv"
    assert int(first["sequence"]) > 0
