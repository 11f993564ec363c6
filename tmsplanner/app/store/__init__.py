"""The record store: a plan's course record in a database the app manages.

By default an embedded SQLite file in the user's data folder
(:func:`default_store_url`); ``TMSPLANNER_STORE`` or ``--store`` name another,
e.g. a clinic's PostgreSQL server. The schema is created and upgraded by the
Alembic migrations in ``migrations/`` when the store is opened.

Every entry is written in one transaction with the plan version it was made
against: a process killed mid-write leaves the entry wholly there or wholly
absent. Nothing is ever updated or deleted (database triggers refuse it).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

from tmsplanner.core.errors import Phrase, TmsPlannerError
from tmsplanner.core.i18n import Catalogue
from tmsplanner.core.plan import Plan
from tmsplanner.core.record import Entry, EntryBody, new_entry_id, plan_version

STORE_VARIABLE: Final = "TMSPLANNER_STORE"
STORE_FILE_NAME: Final = "record.sqlite3"
HEAD_REVISION: Final = "0001"
"""The newest migration in ``migrations/versions`` (a test keeps the two in step): a store already there
is opened without loading Alembic."""
APP_DIR_NAME: Final = "tmsplanner"

__all__ = ["STORE_VARIABLE", "RecordStore", "StoreError", "data_dir", "default_store_url", "open_store"]


class StoreError(TmsPlannerError):
    """The record store cannot be opened, read or written; nothing was written."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(str(phrase))
        self.phrase = phrase

    def words(self, c: Catalogue | None) -> str:
        return self.phrase.words(c)


def data_dir() -> Path:
    """The folder tmsplanner keeps its data (the course record) in; it may not exist yet.

    ``$XDG_DATA_HOME/tmsplanner`` when that variable holds an absolute path;
    otherwise ``%LOCALAPPDATA%\\tmsplanner`` on Windows,
    ``~/Library/Application Support/tmsplanner`` on macOS and
    ``~/.local/share/tmsplanner`` elsewhere.
    """
    xdg = os.environ.get("XDG_DATA_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / APP_DIR_NAME
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        return (Path(local) if local else Path.home() / "AppData" / "Local") / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    return Path.home() / ".local" / "share" / APP_DIR_NAME


def default_store_url() -> str:
    """``TMSPLANNER_STORE`` when set, else the user's own SQLite file in :func:`data_dir`."""
    named = os.environ.get(STORE_VARIABLE, "").strip()
    if named:
        return named
    return f"sqlite:///{data_dir() / STORE_FILE_NAME}"


def shown_url(url: str) -> str:
    """The store's address as it may be shown and logged: any password hidden."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return url.split("@")[-1][:200]


def open_store(url: str | None = None) -> RecordStore:
    """Open (creating or upgrading it first) the record store at ``url`` (default :func:`default_store_url`).

    Raises
    ------
    StoreError
        The address is not one tmsplanner can use, or the database cannot be opened or migrated.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

    url = url or default_store_url()
    shown = shown_url(url)
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise StoreError(Phrase("'{url}' is not a record store address; give sqlite:///PATH or "
                                "postgresql://HOST/DATABASE", url=shown)) from None
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise StoreError(Phrase("'{url}' is not a record store address; give sqlite:///PATH or "
                                "postgresql://HOST/DATABASE", url=shown))
    if backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise StoreError(Phrase("the record store '{url}' names no file; give sqlite:///PATH", url=shown))
        folder = Path(parsed.database).expanduser().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(Phrase("the record store '{url}' cannot be opened: {reason}", url=shown,
                                    reason=_reason(exc))) from None
    try:
        engine = create_engine(parsed, future=True)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StoreError(Phrase("the record store '{url}' cannot be opened: {reason}", url=shown,
                                reason=str(exc).splitlines()[0][:200])) from None
    if backend == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(connection: Any, _record: Any) -> None:
            cursor = connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA busy_timeout=10000")
            cursor.close()
    try:
        _migrate(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(Phrase("the record store '{url}' cannot be opened: {reason}", url=shown,
                                reason=_first_line(exc))) from None
    return RecordStore(engine, shown)


def _reason(exc: OSError) -> str:
    from tmsplanner.core.errors import os_reason

    return os_reason(exc)


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).splitlines()[0][:200]


def _revision(engine: Any) -> str | None:
    """The store's migration revision (None for an empty database)."""
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return None if found is None else str(found)


def _migrate(engine: Any) -> None:
    """Bring the store's schema to the newest migration (creating it in an empty database)."""
    if _revision(engine) == HEAD_REVISION:
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class RecordStore:
    """An open record store: append entries, read a plan's entries. Nothing is updated or deleted."""

    def __init__(self, engine: Any, shown_url: str) -> None:
        self._engine = engine
        self.url = shown_url

    def close(self) -> None:
        """Release the database connections."""
        self._engine.dispose()

    def __enter__(self) -> RecordStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        from sqlalchemy.exc import SQLAlchemyError

        try:
            with self._engine.begin() as connection:
                yield connection
        except SQLAlchemyError as exc:
            raise StoreError(Phrase("the record store '{url}' cannot be written: {reason}", url=self.url,
                                    reason=_first_line(exc))) from None

    def append(self, plan: Plan, body: EntryBody, *, corrects: str | None = None, reason: str | None = None,
               now: dt.datetime | None = None) -> Entry:
        """Record one entry about ``plan`` (which must have a ``plan_id``) in one transaction.

        ``corrects`` names an entry of the same plan that this one corrects, ``reason`` says why.
        The plan's content is kept under its version the first time an entry is made against it.

        Raises
        ------
        StoreError
            The corrected entry is not in this plan's record, or the database refused the write;
            the store is unchanged.
        """
        from sqlalchemy import insert, select

        from tmsplanner.app.store.schema import entries, plan_versions, plans

        if plan.plan_id is None:
            raise ValueError("a plan needs a plan_id before anything is recorded against it")
        moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
        version = plan_version(plan)
        entry = Entry(entry_id=new_entry_id(), plan_id=plan.plan_id, plan_version=version, recorded_at=moment,
                      body=body, corrects=corrects, correction_reason=reason)
        with self._transaction() as db:
            if corrects is not None:
                owner = db.execute(select(entries.c.plan_id).where(entries.c.entry_id == corrects)).scalar()
                if owner != plan.plan_id:
                    raise StoreError(Phrase("entry {entry} is not in this plan's record", entry=corrects))
            if db.execute(select(plans.c.plan_id).where(plans.c.plan_id == plan.plan_id)).first() is None:
                db.execute(insert(plans).values(plan_id=plan.plan_id, created_at=moment))
            known = db.execute(select(plan_versions.c.version).where(
                plan_versions.c.plan_id == plan.plan_id, plan_versions.c.version == version)).first()
            if known is None:
                db.execute(insert(plan_versions).values(plan_id=plan.plan_id, version=version, recorded_at=moment,
                                                        plan_json=plan.model_dump_json()))
            db.execute(insert(entries).values(
                entry_id=entry.entry_id, plan_id=entry.plan_id, plan_version=version, kind=body.kind,
                recorded_at=moment, session=getattr(body, "session", None), entry_date=body.date,
                corrects=corrects, correction_reason=reason, body=body.model_dump_json(),
            ))
        return entry

    def entries(self, plan_id: str) -> list[Entry]:
        """Every entry of a plan's record, in the order they were recorded (corrections included)."""
        from sqlalchemy import select

        from tmsplanner.app.store.schema import entries

        with self._transaction() as db:
            rows = db.execute(select(entries).where(entries.c.plan_id == plan_id).order_by(entries.c.seq)).all()
        return [_entry(row) for row in rows]

    def plan_at(self, plan_id: str, version: str) -> Plan | None:
        """The plan as it was when entries were made against ``version`` (None if not kept)."""
        from sqlalchemy import select

        from tmsplanner.app.store.schema import plan_versions

        with self._transaction() as db:
            text = db.execute(select(plan_versions.c.plan_json).where(
                plan_versions.c.plan_id == plan_id, plan_versions.c.version == version)).scalar()
        return None if text is None else Plan.model_validate_json(text)


def _entry(row: Any) -> Entry:
    recorded = row.recorded_at
    if recorded.tzinfo is None:  # SQLite keeps no zone: the store writes UTC only
        recorded = recorded.replace(tzinfo=dt.UTC)
    return Entry.model_validate_json(json.dumps({
        "entry_id": row.entry_id, "plan_id": row.plan_id, "plan_version": row.plan_version,
        "recorded_at": recorded.isoformat(), "body": json.loads(row.body), "corrects": row.corrects,
        "correction_reason": row.correction_reason,
    }))
