"""The core never imports Qt or reportlab; the CLI never imports the GUI."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import tmsplanner.core


def core_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(tmsplanner.core.__path__, "tmsplanner.core."))


def test_core_loads_neither_qt_nor_reportlab() -> None:
    modules = core_modules()
    assert len(modules) > 15
    code = (f"import importlib, sys; [importlib.import_module(m) for m in {modules!r}]; "
            "import tmsplanner.cli.main, tmsplanner.cli.commands; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'reportlab', 'shiboken6'}), "
            "[m for m in sys.modules if m.startswith('tmsplanner.gui') or m.startswith('tmsplanner.report')])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8",
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[] []"


def test_report_never_imports_qt() -> None:
    code = ("import sys, tmsplanner.report, tmsplanner.ics; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8",
                            timeout=60)
    assert result.stdout.strip() == "[]", result.stderr
