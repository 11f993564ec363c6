"""The desktop application (PySide6): the window renders the course view and edits the plan.

Importing the package imports first the Qt-free modules the window needs
(:data:`QT_FREE_MODULES`), before any window module brings in Qt: once PySide6
is loaded it looks into the source of every module imported after it (for its
``__feature__`` imports), and it can interrupt pydantic's own lazy imports
half-way. tests/test_launcher_imports.py keeps the list complete. How PySide6
looks into a module's source is made cheaper here too (:func:`_scan_files_for_pyside`).
"""

from __future__ import annotations

import functools
import importlib
import sys
import types

QT_FREE_MODULES = (
    "tmsplanner.app.checking", "tmsplanner.app.exports", "tmsplanner.app.plans",
    "tmsplanner.app.settings_store", "tmsplanner.app.autosave", "tmsplanner.core.course_view",
    "tmsplanner.core.evidence.kb", "tmsplanner.core.fieldnames", "tmsplanner.core.labels",
    "tmsplanner.core.messages", "tmsplanner.core.plan_edit", "tmsplanner.core.presets",
    "tmsplanner.core.screening", "tmsplanner.core.axis", "tmsplanner.core.beam_f3", "tmsplanner.core.markup",
    "pydantic.plugin._loader",  # loaded by the first validator built
)

for _name in QT_FREE_MODULES:
    importlib.import_module(_name)


def _scan_files_for_pyside() -> None:
    """Let PySide6 read each module's file as bytes when it looks for the word "PySide6" in it.

    PySide6's import hook asks of every module imported after it whether its source names PySide6
    (only those may switch its ``__feature__`` options), through ``inspect.getsource``: a decoded,
    line-split, cached copy of each file, about a quarter of a millisecond a module and some 20 ms
    before the window's first paint. The same question is answered here from the file's bytes; a
    module without a ``.py`` file still goes to PySide6's own check. Nothing changes where PySide6's
    internals are not as expected (tests/gui/test_feature_scan.py notices).
    """
    import shiboken6  # noqa: F401  (installs PySide6's import hook)

    feature = sys.modules.get("shibokensupport.feature")
    own_check = getattr(feature, "_mod_uses_pyside", None)
    if own_check is None or getattr(own_check, "__wrapped__", None) is not None:
        return

    @functools.wraps(own_check)
    def uses_pyside(module: types.ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(own_check(module))

    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


_scan_files_for_pyside()
