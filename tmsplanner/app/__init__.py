"""The application layer: what the command line and the window share.

Open and validate a plan, check it with the clinic's settings (its MT age
limit and its own safety table), save it, and export it to PDF or iCalendar
under one draft rule: a plan with blocking findings leaves the app only as a
draft marked :data:`DRAFT_WORDS`. The clinic's settings are kept by a
:class:`SettingsStore`, which never overwrites a settings file written by a
newer version.

Qt-free; each name below is imported from its module on first use, and
reportlab and icalendar only inside the export functions, so ``tmsplanner
check`` loads none of them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tmsplanner.app.checking import (
        CheckedPlan,
        SafetyTableError,
        check_plan,
        check_settings,
        clinic_check_settings,
        load_clinic_table,
    )
    from tmsplanner.app.exports import (
        DRAFT_WORDS,
        DraftRequired,
        Export,
        export_as_draft,
        export_calendar,
        export_pdf,
    )
    from tmsplanner.app.plans import (
        DEFAULT_PRESET,
        PLACEHOLDER_MT_PCT_MSO,
        OpenedPlan,
        blank_plan,
        new_plan,
        open_plan,
        save_plan,
    )
    from tmsplanner.app.settings_store import SettingsStore

# Each name is imported from its module on first use, so a command loads only what it needs
# (``tmsplanner check`` neither the exports nor the record).
_HOMES = {
    "CheckedPlan": "tmsplanner.app.checking",
    "DEFAULT_PRESET": "tmsplanner.app.plans",
    "DRAFT_WORDS": "tmsplanner.app.exports",
    "DraftRequired": "tmsplanner.app.exports",
    "Export": "tmsplanner.app.exports",
    "OpenedPlan": "tmsplanner.app.plans",
    "PLACEHOLDER_MT_PCT_MSO": "tmsplanner.app.plans",
    "SafetyTableError": "tmsplanner.app.checking",
    "SettingsStore": "tmsplanner.app.settings_store",
    "blank_plan": "tmsplanner.app.plans",
    "check_plan": "tmsplanner.app.checking",
    "check_settings": "tmsplanner.app.checking",
    "clinic_check_settings": "tmsplanner.app.checking",
    "export_as_draft": "tmsplanner.app.exports",
    "export_calendar": "tmsplanner.app.exports",
    "export_pdf": "tmsplanner.app.exports",
    "load_clinic_table": "tmsplanner.app.checking",
    "new_plan": "tmsplanner.app.plans",
    "open_plan": "tmsplanner.app.plans",
    "save_plan": "tmsplanner.app.plans",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_PRESET",
    "DRAFT_WORDS",
    "PLACEHOLDER_MT_PCT_MSO",
    "CheckedPlan",
    "DraftRequired",
    "Export",
    "OpenedPlan",
    "SafetyTableError",
    "SettingsStore",
    "blank_plan",
    "check_plan",
    "check_settings",
    "clinic_check_settings",
    "export_as_draft",
    "export_calendar",
    "export_pdf",
    "load_clinic_table",
    "new_plan",
    "open_plan",
    "save_plan",
]
