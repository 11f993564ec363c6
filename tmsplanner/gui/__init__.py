"""The desktop application (PySide6): the window renders the course view and edits the plan.

Importing the package imports first the Qt-free modules the window needs
(:data:`QT_FREE_MODULES`), before any window module brings in Qt: once PySide6
is loaded it reads the source of every module imported after it (looking for
its ``__feature__`` imports), which makes each of those imports cost about twice
as much, and it can interrupt pydantic's own lazy imports half-way.
tests/test_launcher_imports.py keeps the list complete.
"""

from __future__ import annotations

import importlib

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
