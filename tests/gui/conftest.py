"""GUI tests: an unexpected modal dialog fails the test instead of hanging it; windows run in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from tmsplanner.core.settings import AppSettings
from tmsplanner.gui.main_window import MainWindow

# The application sets Qt's default locale to the interface language it chose
# (gui/app.py); the windows built here run in English, as with language "en",
# whatever LANG/LC_ALL the test process got.
INTERFACE_LANGUAGE = "en"


@pytest.fixture(autouse=True)
def interface_language() -> None:
    QLocale.setDefault(QLocale(INTERFACE_LANGUAGE))


def _unexpected(*args: object, **kwargs: object) -> None:
    raise AssertionError(f"unexpected modal dialog: {args[1:3]}")


@pytest.fixture(autouse=True)
def no_surprise_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, _unexpected)
    monkeypatch.setattr(QMessageBox, "exec", _unexpected)


@pytest.fixture
def window(qtbot, kb, tmp_path, monkeypatch) -> MainWindow:
    """The real main window on a blank plan, settings in a private folder; closes without asking."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    win = MainWindow(kb, AppSettings())
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.doc.undo_stack.setClean()  # let the window close without asking
    win.close()
