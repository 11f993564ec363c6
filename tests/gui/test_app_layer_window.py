"""The window through the application layer: the clinic's safety table, the draft rule, newer settings."""

from __future__ import annotations

import ast
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from clinic_tables import CLINIC_TABLE_ID, write_clinic_table
from planfactory import TODAY
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox

import tmsplanner
from tmsplanner.app import DRAFT_WORDS, SettingsStore, blank_plan, save_plan
from tmsplanner.core.settings import SCHEMA_VERSION, AppSettings, settings_path
from tmsplanner.gui import dialogs
from tmsplanner.gui.main_window import MainWindow

GUI = Path(tmsplanner.__file__).resolve().parent / "gui"


def rules(win: MainWindow) -> set[str]:
    return {f.rule for f in win.doc.results.findings}


@pytest.fixture
def config(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


def open_window(qtbot, kb, settings) -> MainWindow:
    win = MainWindow(kb, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def close(win: MainWindow) -> None:
    win.doc.undo_stack.setClean()
    win.close()


# --- the clinic's safety table ------------------------------------------------------------


def test_clinic_safety_table_survives_the_windows_recheck(qtbot, kb, tmp_path, config, monkeypatch) -> None:
    """The clinic's table blocks the standard 4 s train, the bundled one does not; re-checks keep it."""
    table = write_clinic_table(tmp_path)
    win = open_window(qtbot, kb, AppSettings(safety_table=str(table)))
    try:
        assert win.doc.check_settings.safety_table.id == CLINIC_TABLE_ID
        assert "SAFE-TRAIN-001" in rules(win)

        def fake_exec(self: dialogs.SettingsDialog) -> int:
            self.mt_age.setValue(30)
            return 1

        monkeypatch.setattr(dialogs.SettingsDialog, "exec", fake_exec)
        win.files.settings_action.trigger()  # the re-check with the new MT age limit
        assert win.doc.check_settings.mt_max_age_days == 30
        assert win.doc.check_settings.safety_table.id == CLINIC_TABLE_ID
        assert "SAFE-TRAIN-001" in rules(win)
        saved = json.loads(settings_path().read_text(encoding="utf-8"))
        assert saved["safety_table"] == str(table) and saved["mt_max_age_days"] == 30
        win.doc.check_settings = win.doc.check_settings._replace(today=dt.date(2000, 1, 3))
        win.doc.refresh_today()  # a new day: re-checked as of today, with the clinic's table
        assert "SAFE-TRAIN-001" in rules(win)
    finally:
        close(win)


def test_clinic_table_chosen_in_the_settings_dialog_is_used_at_once(qtbot, kb, tmp_path, config,
                                                                     monkeypatch) -> None:
    table = write_clinic_table(tmp_path)
    win = open_window(qtbot, kb, AppSettings())
    try:
        assert "SAFE-TRAIN-001" not in rules(win)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(table), ""))

        def fake_exec(self: dialogs.SettingsDialog) -> int:
            self._choose_table()
            return 1

        monkeypatch.setattr(dialogs.SettingsDialog, "exec", fake_exec)
        win.files.settings_action.trigger()
        assert win.settings.safety_table == str(table)
        assert win.doc.check_settings.safety_table.id == CLINIC_TABLE_ID and "SAFE-TRAIN-001" in rules(win)
    finally:
        close(win)


def test_bundled_table_window_does_not_block_the_same_course(qtbot, kb, config) -> None:
    win = open_window(qtbot, kb, AppSettings())
    try:
        assert win.doc.check_settings.safety_table is None
        assert "SAFE-TRAIN-001" not in rules(win) and "SAFE-TRAIN-002" in rules(win)
    finally:
        close(win)


def test_unusable_clinic_table_is_said_once_and_the_bundled_table_is_used(qtbot, kb, tmp_path, config,
                                                                           monkeypatch) -> None:
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args))
    missing = tmp_path / "gone.toml"
    win = open_window(qtbot, kb, AppSettings(safety_table=str(missing)))
    try:
        qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
        assert len(warned) == 1 and str(missing) in warned[0][2] and "bundled" in warned[0][2]
        assert win.doc.check_settings.safety_table is None and "SAFE-TRAIN-002" in rules(win)
    finally:
        close(win)


# --- the draft rule ---------------------------------------------------------------------------------


def test_window_refuses_a_blocked_export_unless_the_user_allows_the_draft(qtbot, kb, tmp_path, config,
                                                                          monkeypatch) -> None:
    win = open_window(qtbot, kb, AppSettings())
    try:
        assert win.doc.results.verdict == "blocked"  # placeholder MT
        target = tmp_path / "plan.pdf"
        asked = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
        assert win.files.export_pdf() is False and win.files.export_ics() is False
        assert len(asked) == 2 and not target.exists() and not list(tmp_path.glob("*.ics"))
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        assert win.files.export_pdf()
        reader = PdfReader(io.BytesIO(target.read_bytes()))
        pages = [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]
        assert len(pages) > 1 and all(DRAFT_WORDS in page for page in pages)
        assert str(target) in win.statusBar().currentMessage()
    finally:
        close(win)


# --- settings of a newer version ------------------------------------------------------------------------


def newer_settings_file(config: Path) -> tuple[Path, bytes]:
    path = config / "tmsplanner" / "settings.json"
    path.parent.mkdir(parents=True)
    original = (json.dumps({"schema_version": SCHEMA_VERSION + 1, "paper": "letter", "theme": "dark",
                            "recent_files": ["/elsewhere/x.tmsplan"]}, indent=3) + "\n").encode("utf-8")
    path.write_bytes(original)
    return path, original


def test_newer_settings_file_is_kept_byte_identical_while_the_window_saves_recent_files(
        qtbot, kb, tmp_path, config, monkeypatch) -> None:
    path, original = newer_settings_file(config)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args))
    store, message = SettingsStore.load()
    win = MainWindow(kb, store, message)
    qtbot.addWidget(win)
    try:
        qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
        assert "newer" in warned[0][2] and "defaults" in warned[0][2]
        plan = tmp_path / "course.tmsplan"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(plan), ""))
        assert win.files.save_as()
        assert win.files.open_path(plan, confirmed=True)
        monkeypatch.setattr(dialogs.SettingsDialog, "exec",
                            lambda self: self.clinic.setText("Клиника") or 1)
        win.files.settings_action.trigger()
        assert win.settings.recent_files == [str(plan)] and win.settings.clinic_name == "Клиника"
        assert path.read_bytes() == original
        assert len(warned) == 1  # one message, at start
    finally:
        close(win)


def test_newer_settings_file_survives_a_real_start(kb, tmp_path) -> None:
    """``tmsplanner gui PLAN`` with a newer settings file: the plan is opened, the file stays as it was."""
    config = tmp_path / "config"
    path, original = newer_settings_file(config)
    plan = tmp_path / "course.tmsplan"
    save_plan(blank_plan(kb, TODAY), plan)
    env = {**os.environ, "XDG_CONFIG_HOME": str(config), "QT_QPA_PLATFORM": "offscreen",
           "TMSPLANNER_EXIT_AFTER_FIRST_PAINT": "1"}
    result = subprocess.run([sys.executable, "-m", "tmsplanner", "gui", str(plan)], env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout
    assert path.read_bytes() == original
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temporary file either


# --- no import cycle -------------------------------------------------------------------------------------


def imported_modules(path: Path) -> set[str]:
    """Every tmsplanner module a file imports, at module level or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tmsplanner"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("tmsplanner"))
    return found


def test_file_actions_does_not_import_the_main_window() -> None:
    imported = imported_modules(GUI / "file_actions.py")
    assert not {m for m in imported if m.startswith("tmsplanner.gui.main_window")}


def test_no_import_cycle_between_gui_modules() -> None:
    graph = {f"tmsplanner.gui.{p.stem}": {m for m in imported_modules(p) if m.startswith("tmsplanner.gui.")}
             for p in GUI.glob("*.py")}
    graph = {name: {m for m in deps if m in graph and m != name} for name, deps in graph.items()}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph[start]:
            if nxt == goal or (nxt not in seen and (seen.add(nxt) or reaches(nxt, goal, seen))):
                return True
        return False

    cycles = sorted(name for name in graph if reaches(name, name, set()))
    assert not cycles, cycles
