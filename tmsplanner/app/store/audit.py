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
from collections.abc import Mapping
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


@dataclass(frozen=True, slots=True)
class AuditBreak:
    """The first row where the trail does not hold: its number and what is wrong there."""

    seq: int
    problem: Literal["changed", "missing", "entry_changed", "entry_unaudited"]
    action: str
    object: str


@dataclass(frozen=True, slots=True)
class AuditCheck:
    """The result of :func:`verify`: how many rows were checked, and the first break (None: intact)."""

    rows: int
    entries: int
    first_break: AuditBreak | None


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def verify(connection: Any) -> AuditCheck:
    """Walk the chain from the first row; check every entry's body against its audit row."""
    from sqlalchemy import select

    from tmsplanner.app.store.schema import audit, entries

    prev_hash, expected_seq, rows = GENESIS, 1, 0
    audited: dict[str, tuple[int, str]] = {}
    for row in connection.execute(select(audit).order_by(audit.c.seq)):
        rows += 1
        if row.seq != expected_seq or row.prev_hash != prev_hash:
            return AuditCheck(rows, 0, AuditBreak(expected_seq if row.seq != expected_seq else row.seq, "missing",
                                                  row.action, row.object))
        if _row_hash(prev_hash, row.seq, _utc(row.at), row.actor, row.workstation, row.action, row.object,
                     row.detail) != row.hash:
            return AuditCheck(rows, 0, AuditBreak(row.seq, "changed", row.action, row.object))
        if row.action in ENTRY_ACTIONS:
            audited[row.object.removeprefix("entry:")] = (row.seq, json.loads(row.detail).get("body_sha256", ""))
        prev_hash, expected_seq = row.hash, row.seq + 1
    count = 0
    for entry in connection.execute(select(entries.c.entry_id, entries.c.body).order_by(entries.c.seq)):
        count += 1
        found = audited.get(entry.entry_id)
        if found is None:
            return AuditCheck(rows, count, AuditBreak(0, "entry_unaudited", "record", f"entry:{entry.entry_id}"))
        if found[1] != content_hash(entry.body):
            return AuditCheck(rows, count, AuditBreak(found[0], "entry_changed", "record", f"entry:{entry.entry_id}"))
    return AuditCheck(rows, count, None)
