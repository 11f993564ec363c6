"""A clinic's own safety-limit table that is stricter than the bundled one, for the app-layer tests."""

from __future__ import annotations

from pathlib import Path

from tmsplanner.core.resources import resource_path

CLINIC_TABLE_ID = "clinic-strict"
# The bundled (candidate) table allows a 10 Hz train at 120 % MT for 4.2 s; the clinic's for 2.0 s, so the
# standard 4 s train is blocked (SAFE-TRAIN-001) by the clinic's table and not by the bundled one.
BUNDLED_CELL, STRICT_CELL = '[">5", ">5", "4.2"', '[">5", ">5", "2.0"'


def clinic_table_text(cell: str = STRICT_CELL) -> str:
    bundled = resource_path("safety", "limits", "wassermann1998-candidate.toml").read_text(encoding="utf-8")
    assert BUNDLED_CELL in bundled
    renamed = bundled.replace('id = "wassermann1998-candidate"', f'id = "{CLINIC_TABLE_ID}"')
    return renamed.replace(BUNDLED_CELL, cell)


def write_clinic_table(folder: Path, cell: str = STRICT_CELL) -> Path:
    path = folder / "clinic-limits.toml"
    path.write_text(clinic_table_text(cell), encoding="utf-8")
    return path
