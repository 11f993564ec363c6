"""The undo history has a limit, a setting (default 200 steps), so memory stays bounded over long sessions."""

from __future__ import annotations

import json

from planfactory import TODAY, preset_plan

from tmsplanner.core.checks import CheckSettings
from tmsplanner.core.settings import DEFAULT_UNDO_LIMIT, SCHEMA_VERSION, AppSettings, load_settings, save_settings
from tmsplanner.gui.dialogs import SettingsDialog
from tmsplanner.gui.document import PlanDocument
from tmsplanner.gui.main_window import MainWindow


def _edits(doc: PlanDocument, count: int) -> None:
    for number in range(count):
        assert doc.apply("patient.identifier", f"P-{number}", merge=False) is None


def test_undo_stops_at_the_default_limit(qtbot, kb) -> None:
    assert AppSettings().undo_limit == DEFAULT_UNDO_LIMIT == 200
    doc = PlanDocument(kb, preset_plan(kb, "neurostar-10hz-ldlpfc"), CheckSettings(today=TODAY))
    _edits(doc, DEFAULT_UNDO_LIMIT + 50)
    stack = doc.undo_stack
    assert stack.undoLimit() == DEFAULT_UNDO_LIMIT and stack.count() == DEFAULT_UNDO_LIMIT
    undone = 0
    while stack.canUndo():
        stack.undo()
        undone += 1
    assert undone == DEFAULT_UNDO_LIMIT
    assert doc.plan.patient.identifier == "P-49"  # the 50 oldest edits are beyond recall


def test_the_window_takes_the_limit_from_the_settings(qtbot, kb, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    win = MainWindow(kb, AppSettings(undo_limit=30))
    qtbot.addWidget(win)
    _edits(win.doc, 80)
    assert win.doc.undo_stack.count() == 30
    win.doc.undo_stack.setClean()


def test_a_new_limit_applies_from_the_next_plan(qtbot, kb) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    doc = PlanDocument(kb, plan, CheckSettings(today=TODAY), undo_limit=50)
    _edits(doc, 5)
    doc.set_undo_limit(20)  # history kept as it is until the next New or Open
    assert doc.undo_stack.count() == 5
    doc.reset(plan)
    _edits(doc, 40)
    assert doc.undo_stack.undoLimit() == 20 and doc.undo_stack.count() == 20


def test_settings_dialog_edits_the_limit(qtbot) -> None:
    dialog = SettingsDialog(AppSettings(undo_limit=120))
    qtbot.addWidget(dialog)
    assert dialog.undo_limit.value() == 120
    assert (dialog.undo_limit.minimum(), dialog.undo_limit.maximum()) == (10, 10_000)
    dialog.undo_limit.setValue(500)
    assert dialog.result_settings().undo_limit == 500


def test_version_2_settings_file_gets_the_default_limit(tmp_path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 2, "paper": "letter", "safety_table": None}), encoding="utf-8")
    loaded, message = load_settings(path)
    assert message is None and loaded == AppSettings(paper="letter") and loaded.undo_limit == 200
    save_settings(loaded.model_copy(update={"undo_limit": 500}), path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["schema_version"] == SCHEMA_VERSION == 6 and saved["undo_limit"] == 500
    path.write_text(json.dumps({"schema_version": 3, "undo_limit": 0}), encoding="utf-8")
    loaded, message = load_settings(path)
    assert loaded.undo_limit == 200 and message is not None and "'undo_limit'" in message
