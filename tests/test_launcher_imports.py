"""The GUI package imports the window's Qt-free modules before Qt (see tmsplanner.gui.QT_FREE_MODULES)."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import json, sys
import tmsplanner.gui
assert not [m for m in sys.modules if m.startswith("PySide6.Qt")], "a Qt-free module imported Qt"
before = set(sys.modules)
import tmsplanner.gui.main_window, tmsplanner.gui.app
after = set(sys.modules) - before
print(json.dumps(sorted(after)))
"""


def test_the_window_imports_no_qt_free_module_of_its_own_after_qt() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    imported_late = [name for name in json.loads(done.stdout)
                     if name.startswith(("tmsplanner.core", "tmsplanner.app", "pydantic", "babel"))]
    assert imported_late == []


def test_any_window_module_can_be_imported_first() -> None:
    """Imported before anything else (a tool, a test), a window module still finds pydantic whole."""
    for module in ("tmsplanner.gui.fields", "tmsplanner.gui.treatment.view", "tmsplanner.gui.main_window"):
        done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True,
                              env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
        assert done.returncode == 0, done.stderr[-600:]
