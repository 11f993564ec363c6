"""The application layer: what the command line and the window share.

Open and validate a plan, check it with the clinic's settings (its MT age
limit and its own safety table), save it, and export it to PDF or iCalendar
under one draft rule: a plan with blocking findings leaves the app only as a
draft marked :data:`DRAFT_WORDS`. The clinic's settings are kept by a
:class:`SettingsStore`, which never overwrites a settings file written by a
newer version.

Qt-free; reportlab and icalendar are imported only inside the export
functions, so ``tmsplanner check`` loads neither.
"""

from __future__ import annotations

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
