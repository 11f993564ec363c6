"""`tmsplanner gui PLAN`: the window starts with the file's plan, checked once; a file it cannot open is said."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from planfactory import edit, preset_plan
from PySide6.QtWidgets import QApplication

from tmsplanner.app import save_plan
from tmsplanner.gui import app as gui_app
from tmsplanner.gui import document, file_actions
from tmsplanner.gui.main_window import MainWindow


@pytest.fixture
def started(qapp, monkeypatch, tmp_path):
    """Run the application's start (``gui_app.main``) without its event loop; yield the windows it showed."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    shown: list[MainWindow] = []
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app = QApplication.instance()
    font = app.font()
    yield shown
    for translator in getattr(app, "_translators", []):  # later tests get the application as it was
        app.removeTranslator(translator)
    app._translators = []
    app.setFont(font)
    for win in shown:
        win.doc.undo_stack.setClean()
        win.close()


def test_the_file_is_checked_once_and_shown_unmodified(started, kb, tmp_path, monkeypatch) -> None:
    path = tmp_path / "course.tmsplan"
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "schedule.treatment_days", 23)
    save_plan(plan, path)
    checked: list[int] = []
    compute = document.PlanDocument._compute
    monkeypatch.setattr(document.PlanDocument, "_compute",
                        lambda self, p: checked.append(p.schedule.treatment_days) or compute(self, p))
    assert gui_app.main([str(path)]) == 0
    win, = started
    assert checked == [23]  # never a blank plan first
    assert win.doc.path == path and not win.doc.modified
    assert win.doc.plan == plan and win.doc.stamp is not None and win.doc.base_version is not None
    assert win.derived.sessions.rowCount() == 23
    assert path.name in win.windowTitle()
    assert win.doc.undo_stack.count() == 0
    QApplication.processEvents()  # once the window is up, the file joins the recent files
    assert [Path(p) for p in win.store.settings.recent_files] == [path]


def test_a_file_that_cannot_be_read_is_said_over_a_blank_plan(started, tmp_path, monkeypatch) -> None:
    path = tmp_path / "broken.tmsplan"
    path.write_text("{not json", encoding="utf-8")
    said: list[str] = []
    monkeypatch.setattr(file_actions, "show_error", lambda parent, title, text, *a, **k: said.append(title))
    assert gui_app.main([str(path)]) == 0
    win, = started
    assert said == [file_actions.FileActions.tr("Cannot open plan")]
    assert win.doc.path is None and not win.doc.modified


def test_a_missing_file_is_said_too(started, tmp_path: Path, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(file_actions, "show_error", lambda parent, title, text, *a, **k: said.append(text))
    assert gui_app.main([str(tmp_path / "nowhere.tmsplan")]) == 0
    win, = started
    assert len(said) == 1 and win.doc.path is None
