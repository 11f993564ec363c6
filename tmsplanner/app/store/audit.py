"""The audit trail: every change with who, when, from which workstation and what, chained by hashes.

Each row's ``hash`` is the SHA-256 of the previous row's hash and the row's own
canonical content; the first row follows a hash of 64 zeros. A row changed
behind the app's back no longer matches its hash, a row deleted or inserted
breaks the chain; :func:`verify` finds the first such row. Rows are written in
the same transaction as the change they describe, one writer at a time (an
advisory lock on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite), so the sequence
numbers have no gaps.

Who is whoever the database authenticated: PostgreSQL's ``current_user``, the
operating-system login for an SQLite file of one's own.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import socket
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

GENESIS: Final = "0" * 64
ENTRY_ACTIONS: Final = ("record", "correct", "import")
"""The audit actions that add an entry (their detail holds the entry body's hash)."""
_LOCK_KEY: Final = 0x746D7370  # "tmsp": the PostgreSQL advisory lock taken by audit writers

__all__ = ["GENESIS", "AuditBreak", "AuditCheck", "actor", "content_hash", "lock", "record", "verify", "workstation"]


def workstation() -> str:
    """This computer's name, as the audit trail and the entries record it."""
    return socket.gethostname()[:200] or "unknown"


def actor(connection: Any) -> str:
    """Who the database authenticated on this connection (the OS login for SQLite)."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy import text

        return str(connection.execute(text("SELECT current_user")).scalar())
    try:
        return getpass.getuser()[:200]
    except (KeyError, OSError):  # no name for this user id (a container)
        return "unknown"


def content_hash(text: str) -> str:
    """The SHA-256 of a stored text (an entry's body, a plan's JSON)."""
    return hashlib.sha256(text.encode()).hexdigest()


def _row_hash(prev_hash: str, seq: int, at: dt.datetime, who: str, where: str, action: str, obj: str,
              detail: str) -> str:
    canonical = json.dumps([seq, at.astimezone(dt.UTC).isoformat(timespec="microseconds"), who, where, action,
                            obj, detail], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


def lock(connection: Any) -> None:
    """Take the writers' lock for the rest of the caller's transaction (one writer at a time).

    On PostgreSQL an advisory lock; an SQLite transaction already holds the
    file's write lock from its ``BEGIN IMMEDIATE``.
    """
    if connection.dialect.name == "postgresql":
        from sqlalchemy import text

        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})


def record(connection: Any, action: str, obj: str, detail: Mapping[str, Any], *, at: dt.datetime,
           who: str, where: str) -> int:
    """Append one audit row in the caller's transaction; return its sequence number."""
    from sqlalchemy import insert, select

    from tmsplanner.app.store.schema import audit

    lock(connection)  # held already by a writer that took it first; taken here otherwise
    last = connection.execute(select(audit.c.seq, audit.c.hash).order_by(audit.c.seq.desc()).limit(1)).first()
    seq = 1 if last is None else int(last.seq) + 1
    prev_hash = GENESIS if last is None else str(last.hash)
    at = at.astimezone(dt.UTC)
    text_detail = json.dumps(dict(detail), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    connection.execute(insert(audit).values(
        seq=seq, at=at, actor=who, workstation=where, action=action, object=obj, detail=text_detail,
        prev_hash=prev_hash, hash=_row_hash(prev_hash, seq, at, who, where, action, obj, text_detail)))
    return seq


ENTRY_COLUMNS: Final = ("entry_id", "plan_id", "plan_version", "kind", "recorded_at", "session", "entry_date",
                         "corrects", "correction_reason", "body")
SAVE_COLUMNS: Final = ("plan_id", "revision", "version", "saved_at", "saved_by", "workstation")
SIGNOFF_COLUMNS: Final = ("plan_id", "revision", "signed_at", "signed_by", "workstation")
SETTINGS_COLUMNS: Final = ("revision", "saved_at", "saved_by", "workstation", "document", "safety_table")


def _canonical(value: object) -> object:
    if isinstance(value, dt.datetime):
        return as_utc(value).astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def row_digest(values: Mapping[str, object], columns: tuple[str, ...]) -> str:
    """The SHA-256 of a stored row's columns, as its audit row records it (times in UTC)."""
    canonical = json.dumps([_canonical(values[name]) for name in columns], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class AuditBreak:
    """The first place where the trail does not hold: the audit row's number and what is wrong there.

    ``changed``/``missing``: an audit row was changed, or one was deleted or inserted. ``row_changed``: a
    stored row (an entry, a plan save, a sign-off, a settings revision, a kept plan) no longer matches its
    audit row; ``row_deleted``: its audit row names a row that is gone; ``row_unaudited``: a row has no
    audit row (it was added behind tmsplanner's back; ``seq`` is 0).
    """

    seq: int
    problem: Literal["changed", "missing", "row_changed", "row_deleted", "row_unaudited"]
    action: str
    object: str


@dataclass(frozen=True, slots=True)
class AuditCheck:
    """The result of :func:`verify`: how many audit rows and entries were checked, and the first break."""

    rows: int
    entries: int
    first_break: AuditBreak | None


def as_utc(value: dt.datetime) -> dt.datetime:
    """A time read back from the store: SQLite keeps no zone, and the store writes UTC only."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


# The tables whose rows an audit row describes: the audit actions, how an audit row names its row, and how a
# stored row is named the same way.
_AuditKey = Callable[[str, dict[str, Any]], str]
_RowKey = Callable[[Mapping[str, Any]], str]
_AUDITED: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...], _AuditKey, _RowKey]]] = {
    "entries": (ENTRY_ACTIONS, ENTRY_COLUMNS,
                lambda obj, detail: obj, lambda row: f"entry:{row['entry_id']}"),
    "plan_saves": (("save_plan",), SAVE_COLUMNS,
                   lambda obj, detail: f"{obj}#{detail.get('revision')}",
                   lambda row: f"plan:{row['plan_id']}#{row['revision']}"),
    "signoffs": (("sign_plan",), SIGNOFF_COLUMNS,
                 lambda obj, detail: f"{obj}#{detail.get('revision')}@{detail.get('signed_by')}",
                 lambda row: f"plan:{row['plan_id']}#{row['revision']}@{row['signed_by']}"),
    "clinic_settings": (("settings",), SETTINGS_COLUMNS,
                        lambda obj, detail: f"{obj}#{detail.get('revision')}",
                        lambda row: f"clinic_settings#{row['revision']}"),
}


def verify(connection: Any) -> AuditCheck:
    """Walk the chain from the first row, then check every stored row against its audit row.

    Run under the writers' lock, so that a change committed meanwhile is never half seen.
    """
    from sqlalchemy import select

    from tmsplanner.app.store.schema import audit, metadata, plan_versions

    lock(connection)
    prev_hash, expected_seq, rows = GENESIS, 1, 0
    audited: dict[str, dict[str, tuple[int, str | None]]] = {name: {} for name in _AUDITED}
    for row in connection.execute(select(audit).order_by(audit.c.seq)):
        rows += 1
        if row.seq != expected_seq or row.prev_hash != prev_hash:
            return AuditCheck(rows, 0, AuditBreak(expected_seq if row.seq != expected_seq else row.seq, "missing",
                                                  row.action, row.object))
        if _row_hash(prev_hash, row.seq, as_utc(row.at), row.actor, row.workstation, row.action, row.object,
                     row.detail) != row.hash:
            return AuditCheck(rows, 0, AuditBreak(row.seq, "changed", row.action, row.object))
        detail = json.loads(row.detail)
        if row.action == "sign_plan":
            detail.setdefault("signed_by", row.actor)
        for table, (actions, _columns, audit_key, _row_key) in _AUDITED.items():
            if row.action in actions:
                audited[table][audit_key(row.object, detail)] = (row.seq, detail.get("row_sha256"))
        prev_hash, expected_seq = row.hash, row.seq + 1
    entries = 0
    for table, (_actions, columns, _audit_key, row_key) in _AUDITED.items():
        found = audited[table]
        seen: set[str] = set()
        for stored in connection.execute(select(metadata.tables[table])).mappings():
            entries += table == "entries"
            key = row_key(stored)
            seen.add(key)
            if key not in found:
                return AuditCheck(rows, entries, AuditBreak(0, "row_unaudited", table, key))
            seq, digest = found[key]
            if digest is not None and digest != row_digest(stored, columns):
                return AuditCheck(rows, entries, AuditBreak(seq, "row_changed", table, key))
        for key, (seq, _digest) in sorted(found.items(), key=lambda item: item[1][0]):
            if key not in seen:
                return AuditCheck(rows, entries, AuditBreak(seq, "row_deleted", table, key))
    for kept in connection.execute(select(plan_versions)):
        if content_hash(kept.plan_json)[:16] != kept.version:
            return AuditCheck(rows, entries, AuditBreak(0, "row_changed", "plan_versions",
                                                        f"plan:{kept.plan_id}@{kept.version}"))
    return AuditCheck(rows, entries, None)
