"""The launcher imports the window's Qt-free modules before Qt (see tmsplanner.launcher.QT_FREE_MODULES)."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import json, sys
from tmsplanner import launcher
launcher.import_qt_free_modules()
assert "PySide6" not in sys.modules, "a Qt-free module imported Qt"
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
