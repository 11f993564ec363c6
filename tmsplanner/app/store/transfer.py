"""Moving a course between stores and files: a workstation's SQLite record into the clinic's store, and back.

* :func:`import_store` copies every plan version and entry of one store into another, as they are (same
  entry ids, recording times and corrections); each copied entry gets an ``import`` audit row naming the
  source. Entries already there are skipped, so importing twice adds nothing.
* :func:`export_plan` writes a plan (its newest revision) as a ``.tmsplan`` file and its record as a
  ``.record.json`` file beside it; :func:`import_record_file` reads such a file back into a store.

Files are written atomically; the plan file never names the patient in its file name (the plan id does).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from tmsplanner.app.store import RecordStore
from tmsplanner.app.store.engine import StoreError
from tmsplanner.core.errors import FileError, Phrase
from tmsplanner.core.fileio import write_atomic
from tmsplanner.core.plan import Plan
from tmsplanner.core.planio import save_plan
from tmsplanner.core.record import Entry

RECORD_FORMAT: Final = "tmsplanner-record"
RECORD_SUFFIX: Final = ".record.json"

__all__ = ["RECORD_FORMAT", "Transfer", "export_plan", "import_record_file", "import_store"]


@dataclass(frozen=True, slots=True)
class Transfer:
    """What an import did: plans met, entries added, entries already there."""

    plans: int
    added: int
    skipped: int


def import_store(target: RecordStore, source: RecordStore) -> Transfer:
    """Copy every entry of ``source`` (with the plan versions they were made against) into ``target``."""
    added = skipped = 0
    plan_ids = source.plan_ids()
    for plan_id in plan_ids:
        for entry in source.entries(plan_id):
            plan = source.plan_at(plan_id, entry.plan_version)
            if plan is None:
                raise StoreError(Phrase("the record store '{url}' lacks the plan of entry {entry}", url=source.url,
                                        entry=entry.entry_id))
            if target.import_entry(entry, plan, source.url):
                added += 1
            else:
                skipped += 1
        saved = source.load_plan(plan_id)
        if saved is not None and target.plan_revision(plan_id) is None:
            target.save_plan(saved[0], None)
    return Transfer(len(plan_ids), added, skipped)


def export_plan(store: RecordStore, plan_id: str, folder: Path, *, force: bool = False) -> list[Path]:
    """Write ``<plan_id>.tmsplan`` and ``<plan_id>.record.json`` into ``folder``; return the two paths.

    Raises
    ------
    StoreError
        The store does not know the plan.
    FileError
        A file exists (without ``force``) or cannot be written; nothing half-written is left.
    """
    plan = store.latest_plan(plan_id)
    if plan is None:
        raise StoreError(Phrase("the record store '{url}' has no plan {plan}", url=store.url, plan=plan_id))
    entries = store.entries(plan_id)
    versions = {e.plan_version: store.plan_at(plan_id, e.plan_version) for e in entries}
    folder.mkdir(parents=True, exist_ok=True)
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in plan_id)
    plan_path, record_path = folder / f"{safe}.tmsplan", folder / f"{safe}{RECORD_SUFFIX}"
    for path in (plan_path, record_path):
        if path.exists() and not force:
            raise FileError(str(path), "already exists; use --force to overwrite it")
    document = {
        "format": RECORD_FORMAT, "schema_version": 1, "plan_id": plan_id,
        "plan_versions": {v: p.model_dump(mode="json") for v, p in versions.items() if p is not None},
        "entries": [e.model_dump(mode="json") for e in entries],
    }
    save_plan(plan, plan_path)
    write_atomic(record_path, (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode())
    return [plan_path, record_path]


def import_record_file(store: RecordStore, path: Path) -> Transfer:
    """Read a ``.record.json`` file written by :func:`export_plan` into ``store``.

    Raises
    ------
    FileError
        The file cannot be read or is not a tmsplanner record; nothing is added.
    """
    try:
        document = json.loads(path.read_bytes())
        if not isinstance(document, dict) or document.get("format") != RECORD_FORMAT:
            raise FileError(str(path), "is not a tmsplanner course record (.record.json)")
        versions = {v: Plan.model_validate_json(json.dumps(p)) for v, p in document["plan_versions"].items()}
        entries = [Entry.model_validate_json(json.dumps(e)) for e in document["entries"]]
    except OSError as exc:
        from tmsplanner.core.errors import os_reason

        raise FileError(str(path), "cannot be read: {why}", why=os_reason(exc)) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise FileError(str(path), "is not a valid course record: {problem}",
                        problem=str(exc).splitlines()[0][:200]) from None
    added = skipped = 0
    for entry in entries:
        plan = versions.get(entry.plan_version)
        if plan is None:
            raise FileError(str(path), "lacks the plan version of entry {entry}", entry=entry.entry_id)
        if store.import_entry(entry, plan, path.name):
            added += 1
        else:
            skipped += 1
    return Transfer(len({e.plan_id for e in entries}), added, skipped)
