"""The clinic's settings shared through its store: what every workstation of the clinic uses alike.

The clinic-wide settings (:data:`CLINIC_FIELDS`: the clinic's name, paper, its
MT age limit, holiday calendar, printing language, time zone, calendar titles,
the appendix, the safety table's check) and the clinic's own safety table (its
TOML text, not a path: workstations do not share folders) are kept in the store
as numbered revisions, audited. A workstation with a clinic store uses them over
its own; its own settings (interface language, recent files, export folder,
undo steps, the store's address) stay its own.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Final

from tmsplanner.app.store import ClinicSettings, RecordStore
from tmsplanner.core.errors import FileError, os_reason
from tmsplanner.core.fileio import write_atomic
from tmsplanner.core.settings import AppSettings, config_dir

CLINIC_FIELDS: Final[tuple[str, ...]] = (
    "clinic_name", "paper", "mt_max_age_days", "holiday_country", "print_language", "time_zone",
    "calendar_identifier", "print_appendix", "safety_table_check",
)

__all__ = ["CLINIC_FIELDS", "apply_shared", "clinic_part", "share_settings", "shared_table_path"]


def _document(settings: AppSettings) -> dict[str, Any]:
    data = settings.model_dump(mode="json")
    return {name: data[name] for name in CLINIC_FIELDS}


def clinic_part(settings: AppSettings) -> tuple[dict[str, Any], bytes | None]:
    """What a clinic store would share of these settings: the clinic-wide values, and the safety table by
    its content (its path where it cannot be read), so that two settings can be told apart by it."""
    table = None
    if settings.safety_table:
        try:
            table = Path(settings.safety_table).read_bytes()
        except OSError:
            table = settings.safety_table.encode()
    return _document(settings), table


def share_settings(store: RecordStore, settings: AppSettings, expected: int | None) -> ClinicSettings:
    """Share this workstation's clinic-wide settings and safety table as the clinic's next revision.

    Raises
    ------
    FileError
        The safety table the settings name cannot be read; nothing was shared.
    StaleRevision, StoreError
        As :meth:`RecordStore.share_clinic_settings`.
    """
    table = None
    if settings.safety_table:
        try:
            table = Path(settings.safety_table).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            why = os_reason(exc) if isinstance(exc, OSError) else "not UTF-8 text"
            raise FileError(settings.safety_table, "cannot be read: {why}", why=why) from None
    return store.share_clinic_settings(_document(settings), table, expected)


def shared_table_path(revision: int, folder: Path | None = None) -> Path:
    """Where this workstation keeps its copy of the clinic's safety table of one revision."""
    return (folder or config_dir()) / "clinic" / f"safety-table-r{revision}.toml"


def apply_shared(local: AppSettings, shared: ClinicSettings, folder: Path | None = None) -> AppSettings:
    """This workstation's settings with the clinic's shared ones over them (its safety table as a local copy).

    Raises
    ------
    FileError
        The copy of the clinic's safety table cannot be written.
    """
    values: dict[str, Any] = {name: shared.document[name] for name in CLINIC_FIELDS if name in shared.document}
    table = None
    if shared.safety_table is not None:
        target = shared_table_path(shared.revision, folder)
        if not target.exists() or target.read_text(encoding="utf-8") != shared.safety_table:
            os.makedirs(target.parent, exist_ok=True)
            write_atomic(target, shared.safety_table.encode())
        table = str(target)
    merged: dict[str, Any] = {**local.model_dump(mode="json"), **values, "safety_table": table}
    return AppSettings.model_validate_json(json.dumps(merged))
