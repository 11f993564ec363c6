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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from tmsplanner.app.store import audit
from tmsplanner.app.store.engine import HEAD_REVISION, StoreError, create, first_line, migrate, parse_url, revision
from tmsplanner.app.store.engine import shown_url as shown_url
from tmsplanner.core.errors import Phrase, PlanFileError
from tmsplanner.core.plan import Plan
from tmsplanner.core.record import Entry, EntryBody, new_entry_id, plan_version

STORE_VARIABLE: Final = "TMSPLANNER_STORE"
STORE_FILE_NAME: Final = "record.sqlite3"
APP_DIR_NAME: Final = "tmsplanner"

__all__ = ["HEAD_REVISION", "STORE_VARIABLE", "ClinicSettings", "PlanRevision", "RecordStore", "StaleRevision",
           "StoreError", "StoreStatus", "UnreadablePlan", "data_dir", "default_store_url", "open_store", "shown_url"]


class StaleRevision(StoreError):
    """A plan save refused: someone saved the plan since it was read (``current`` says who and when)."""

    def __init__(self, current: PlanRevision, *, settings: bool = False) -> None:
        values = {"who": current.saved_by, "workstation": current.workstation,
                  "when": current.saved_at.strftime("%Y-%m-%d %H:%M UTC"), "revision": current.revision}
        if settings:
            super().__init__(Phrase("the clinic's settings were changed by {who} on {workstation} at {when} "
                                    "(revision {revision}) since they were read; nothing was saved", **values))
        else:
            super().__init__(Phrase("the plan was changed by {who} on {workstation} at {when} (revision {revision}) "
                                    "since it was opened; nothing was saved: reload it to see the changes", **values))
        self.current = current


class UnreadablePlan(StoreError):
    """A plan the store keeps that this tmsplanner cannot read (saved by a newer version, say)."""


@dataclass(frozen=True, slots=True)
class PlanRevision:
    """One save of a plan in the store: its number, content fingerprint, and who saved it, where and when."""

    plan_id: str
    revision: int
    version: str
    saved_at: dt.datetime
    saved_by: str
    workstation: str


@dataclass(frozen=True, slots=True)
class ClinicSettings:
    """The clinic's shared settings, one revision: the settings' values and its own safety table (TOML text)."""

    revision: int
    document: dict[str, Any]
    safety_table: str | None
    saved_at: dt.datetime
    saved_by: str
    workstation: str


@dataclass(frozen=True, slots=True)
class StoreStatus:
    """What ``tmsplanner store status`` shows."""

    url: str
    backend: str
    revision: str | None
    head: str
    plans: int
    entries: int
    audit_rows: int
    who: str


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


def open_store(url: str | None = None, *, upgrade: bool | None = None) -> RecordStore:
    """Open the record store at ``url`` (default :func:`default_store_url`).

    An SQLite file of one's own is created or upgraded as it is opened. A shared
    PostgreSQL store is only opened at the newest schema: creating and upgrading
    it is the administrator's ``tmsplanner store init`` / ``upgrade``
    (``upgrade=True`` here), which needs the database owner's rights.

    Raises
    ------
    StoreError
        The address is not one tmsplanner can use, or the database cannot be opened or is at another
        schema revision.
    """
    from sqlalchemy.exc import SQLAlchemyError

    parsed, backend, shown = parse_url(url or default_store_url())
    engine = create(parsed, backend, shown)
    try:
        if upgrade if upgrade is not None else backend == "sqlite":
            migrate(engine)
        else:
            found = revision(engine)
            if found != HEAD_REVISION:
                engine.dispose()
                if found is None:
                    raise StoreError(Phrase("the record store '{url}' has no tmsplanner tables yet; create them "
                                            "with 'tmsplanner store init --store URL'", url=shown))
                raise StoreError(Phrase("the record store '{url}' is at schema revision {found}, this tmsplanner "
                                        "needs {head}; upgrade it with 'tmsplanner store upgrade --store URL'",
                                        url=shown, found=found, head=HEAD_REVISION))
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(Phrase("the record store '{url}' cannot be opened: {reason}", url=shown,
                                reason=first_line(exc))) from None
    return RecordStore(engine, shown, backend)


class RecordStore:
    """An open record store: append entries, save plan revisions, read them back. Nothing is updated or deleted.

    Every write is one transaction that also appends its audit row.
    """

    def __init__(self, engine: Any, shown_url: str, backend: str = "sqlite") -> None:
        self._engine = engine
        self.url = shown_url
        self.backend = backend

    @property
    def engine(self) -> Any:
        """The SQLAlchemy engine (for the store's own administration: :mod:`tmsplanner.app.store.admin`)."""
        return self._engine

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
                                    reason=first_line(exc))) from None

    def _keep_plan(self, db: Any, plan: Plan, version: str, moment: dt.datetime) -> None:
        """The plan and this content of it, added the first time they are met."""
        from sqlalchemy import insert, select

        from tmsplanner.app.store.schema import plan_versions, plans

        assert plan.plan_id is not None
        if db.execute(select(plans.c.plan_id).where(plans.c.plan_id == plan.plan_id)).first() is None:
            db.execute(insert(plans).values(plan_id=plan.plan_id, created_at=moment))
        known = db.execute(select(plan_versions.c.version).where(
            plan_versions.c.plan_id == plan.plan_id, plan_versions.c.version == version)).first()
        if known is None:
            db.execute(insert(plan_versions).values(plan_id=plan.plan_id, version=version, recorded_at=moment,
                                                    plan_json=plan.model_dump_json()))

    def append(self, plan: Plan, body: EntryBody, *, corrects: str | None = None, reason: str | None = None,
               now: dt.datetime | None = None, check: Callable[[list[Entry]], str | None] | None = None,
               check_scope: tuple[str, int | None, dt.date | None] | None = None) -> Entry:
        """Record one entry about ``plan`` (which must have a ``plan_id``) in one transaction.

        ``corrects`` names an entry of the same plan that this one corrects, ``reason`` says why.
        The plan's content is kept under its version the first time an entry is made against it;
        the entry's audit row names who recorded it, from which workstation, and its content's hash.

        ``check`` is called inside the transaction, one writer at a time, with the plan's entries as
        they stand: it returns the entry to correct (its id), or None, or raises to refuse. So two
        workstations recording the same session at once cannot both record it as new. ``check_scope``
        (kind, session, date; None for any) narrows the entries it is given to those it looks at.

        Raises
        ------
        StoreError
            The corrected entry is not in this plan's record, ``check`` refused, or the database refused
            the write; the store is unchanged.
        """
        from sqlalchemy import select

        from tmsplanner.app.store.schema import entries

        if plan.plan_id is None:
            raise ValueError("a plan needs a plan_id before anything is recorded against it")
        moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
        version = plan_version(plan)
        if check is None:  # a bad entry is refused before the database is touched
            _new_entry(plan.plan_id, version, moment, body, corrects, reason)
        where = audit.workstation()
        with self._transaction() as db:
            audit.lock(db)
            if check is not None:
                query = select(entries).where(entries.c.plan_id == plan.plan_id)
                if check_scope is not None:
                    kind, session, day = check_scope
                    query = query.where(entries.c.kind == kind)
                    if session is not None:
                        query = query.where(entries.c.session == session)
                    if day is not None:
                        query = query.where(entries.c.entry_date == day)
                rows = db.execute(query.order_by(entries.c.seq)).all()
                corrects = check([_entry(row) for row in rows])
            entry = _new_entry(plan.plan_id, version, moment, body, corrects, reason if corrects else None)
            if corrects is not None:
                owner = db.execute(select(entries.c.plan_id).where(entries.c.entry_id == corrects)).scalar()
                if owner != plan.plan_id:
                    raise StoreError(Phrase("entry {entry} is not in this plan's record", entry=corrects))
            self._keep_plan(db, plan, version, moment)
            _write_entry(db, entry, "correct" if corrects else "record", at=moment, where=where)
        return entry

    def import_entry(self, entry: Entry, plan: Plan, source: str) -> bool:
        """Copy an entry from another store or file as it is (same id, time, correction), with its plan.

        The audit row says it was imported, from where, by whom. An entry already here (same id) is
        skipped: importing twice adds nothing. Returns whether it was added.

        Raises
        ------
        StoreError
            The entry's plan differs from ``plan``, or the database refused the write.
        """
        from sqlalchemy import select

        from tmsplanner.app.store.schema import entries

        if plan.plan_id != entry.plan_id or plan_version(plan) != entry.plan_version:
            raise StoreError(Phrase("entry {entry} was made against another plan or plan version",
                                    entry=entry.entry_id))
        where = audit.workstation()
        moment = dt.datetime.now(dt.UTC)
        with self._transaction() as db:
            audit.lock(db)
            if db.execute(select(entries.c.entry_id).where(entries.c.entry_id == entry.entry_id)).first():
                return False
            self._keep_plan(db, plan, entry.plan_version, entry.recorded_at)
            _write_entry(db, entry, "import", at=moment, where=where,
                         source=shown_url(source) if "://" in source else source)
        return True

    def plan_ids(self) -> list[str]:
        """Every plan the store knows, in the order they were first met."""
        from sqlalchemy import select

        from tmsplanner.app.store.schema import plans

        with self._transaction() as db:
            return [str(r) for r in db.execute(select(plans.c.plan_id).order_by(plans.c.created_at)).scalars()]

    def latest_plan(self, plan_id: str) -> Plan | None:
        """The newest saved revision of a plan, else the plan its newest entry was made against."""
        from sqlalchemy import select

        from tmsplanner.app.store.schema import entries

        saved = self.load_plan(plan_id)
        if saved is not None:
            return saved[0]
        with self._transaction() as db:
            version = db.execute(select(entries.c.plan_version).where(entries.c.plan_id == plan_id)
                                 .order_by(entries.c.seq.desc()).limit(1)).scalar()
        return None if version is None else self.plan_at(plan_id, str(version))

    def entries(self, plan_id: str) -> list[Entry]:
        """Every entry of a plan's record, in the order they were recorded (corrections included)."""
        from sqlalchemy import select

        from tmsplanner.app.store.schema import entries

        with self._transaction() as db:
            rows = db.execute(select(entries).where(entries.c.plan_id == plan_id).order_by(entries.c.seq)).all()
        return [_entry(row) for row in rows]

    def plan_at(self, plan_id: str, version: str) -> Plan | None:
        """The plan as it was when entries were made against ``version``, read as a plan file is (an older
        schema migrated); None if not kept. :class:`UnreadablePlan` if this tmsplanner cannot read it (a newer
        one's plan, say)."""
        from sqlalchemy import select

        from tmsplanner.app.store.schema import plan_versions
        from tmsplanner.core.planio import parse_plan

        with self._transaction() as db:
            text = db.execute(select(plan_versions.c.plan_json).where(
                plan_versions.c.plan_id == plan_id, plan_versions.c.version == version)).scalar()
        if text is None:
            return None
        try:
            return parse_plan(text.encode("utf-8"), f"plan version {version}")
        except PlanFileError as exc:
            raise UnreadablePlan(Phrase("the record store '{url}' holds a version of plan {plan} that this "
                                        "tmsplanner cannot read: {problem}", url=self.url, plan=plan_id,
                                        problem=exc.phrase)) from None

    # -- plans shared through the store ---------------------------------------------------------------------

    def plan_revision(self, plan_id: str) -> PlanRevision | None:
        """The newest saved revision of a plan (None if it was never saved to the store)."""
        from sqlalchemy import select

        from tmsplanner.app.store.schema import plan_saves

        with self._transaction() as db:
            row = db.execute(select(plan_saves).where(plan_saves.c.plan_id == plan_id)
                             .order_by(plan_saves.c.revision.desc()).limit(1)).first()
        return None if row is None else _revision(row)

    def load_plan(self, plan_id: str) -> tuple[Plan, PlanRevision] | None:
        """The newest saved revision of a plan and the plan it holds (None if never saved)."""
        found = self.plan_revision(plan_id)
        if found is None:
            return None
        plan = self.plan_at(plan_id, found.version)
        assert plan is not None
        return plan, found

    def save_plan(self, plan: Plan, expected: int | None, *, now: dt.datetime | None = None) -> PlanRevision:
        """Save ``plan`` as its next revision, if the newest is still ``expected`` (None: never saved).

        Optimistic versioning: two workstations that opened the same revision may
        both try to save; the first becomes revision ``expected + 1``, the second
        is refused with :class:`StaleRevision`, naming who saved in between and
        when, and nothing of it is stored.

        Raises
        ------
        StaleRevision
            Someone saved a newer revision since ``expected``.
        StoreError
            The database refused the write.
        """
        from sqlalchemy import insert, select
        from sqlalchemy.exc import IntegrityError

        from tmsplanner.app.store.schema import plan_saves

        if plan.plan_id is None:
            raise ValueError("a plan needs a plan_id to be saved to the store")
        moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
        version, where = plan_version(plan), audit.workstation()
        number = (expected or 0) + 1
        try:
            with self._engine.begin() as db:
                audit.lock(db)  # first: one writer at a time, so the newest revision read stays the newest
                newest = db.execute(select(plan_saves).where(plan_saves.c.plan_id == plan.plan_id)
                                    .order_by(plan_saves.c.revision.desc()).limit(1)).first()
                if newest is None and expected is not None:
                    raise StoreError(Phrase("the record store '{url}' has no saved revision {revision} of plan "
                                            "{plan}", url=self.url, revision=expected, plan=plan.plan_id))
                if newest is not None and newest.revision != expected:
                    raise StaleRevision(_revision(newest))
                self._keep_plan(db, plan, version, moment)
                who = audit.actor(db)
                values = {"plan_id": plan.plan_id, "revision": number, "version": version, "saved_at": moment,
                          "saved_by": who, "workstation": where}
                db.execute(insert(plan_saves).values(**values))
                audit.record(db, "save_plan", f"plan:{plan.plan_id}",
                             {"revision": number, "plan_version": version,
                              "row_sha256": audit.row_digest(values, audit.SAVE_COLUMNS)},
                             at=moment, who=who, where=where)
        except IntegrityError:  # another workstation took this revision number in the meantime
            current = self.plan_revision(plan.plan_id)
            if current is None:
                raise StoreError(Phrase("the record store '{url}' cannot be written: {reason}", url=self.url,
                                        reason="a concurrent save")) from None
            raise StaleRevision(current) from None
        except StoreError:
            raise
        except Exception as exc:
            from sqlalchemy.exc import SQLAlchemyError

            if isinstance(exc, SQLAlchemyError):
                raise StoreError(Phrase("the record store '{url}' cannot be written: {reason}", url=self.url,
                                        reason=first_line(exc))) from None
            raise
        return PlanRevision(plan.plan_id, number, version, moment, who, where)

    def sign_plan(self, plan_id: str, revision: int | None = None, *, now: dt.datetime | None = None) -> PlanRevision:
        """Sign a saved revision of a plan (the newest by default) as whoever the database authenticated.

        On a clinic's PostgreSQL store only the physician role may sign.

        Raises
        ------
        StoreError
            The plan has no such saved revision, it is already signed by this person, or the database
            refused (not a physician).
        """
        from sqlalchemy import insert, select

        from tmsplanner.app.store.schema import plan_saves, signoffs

        moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
        where = audit.workstation()
        with self._transaction() as db:
            audit.lock(db)
            query = select(plan_saves).where(plan_saves.c.plan_id == plan_id)
            if revision is not None:
                query = query.where(plan_saves.c.revision == revision)
            row = db.execute(query.order_by(plan_saves.c.revision.desc()).limit(1)).first()
            if row is None:
                raise StoreError(Phrase("the record store '{url}' has no saved revision {revision} of plan {plan}",
                                        url=self.url, revision=revision or "", plan=plan_id))
            who = audit.actor(db)
            signed = db.execute(select(signoffs.c.signed_at).where(
                signoffs.c.plan_id == plan_id, signoffs.c.revision == row.revision,
                signoffs.c.signed_by == who)).first()
            if signed is not None:
                raise StoreError(Phrase("revision {revision} of plan {plan} is already signed by {who}",
                                        revision=row.revision, plan=plan_id, who=who))
            values = {"plan_id": plan_id, "revision": int(row.revision), "signed_at": moment, "signed_by": who,
                      "workstation": where}
            db.execute(insert(signoffs).values(**values))
            audit.record(db, "sign_plan", f"plan:{plan_id}",
                         {"revision": int(row.revision), "plan_version": row.version, "signed_by": who,
                          "row_sha256": audit.row_digest(values, audit.SIGNOFF_COLUMNS)},
                         at=moment, who=who, where=where)
        return _revision(row)

    def signatures(self, plan_id: str) -> list[tuple[int, str, dt.datetime]]:
        """Who signed which revision of a plan, and when (revision, who, when), oldest first."""
        from sqlalchemy import select

        from tmsplanner.app.store.schema import signoffs

        with self._transaction() as db:
            rows = db.execute(select(signoffs).where(signoffs.c.plan_id == plan_id)
                              .order_by(signoffs.c.signed_at)).all()
        return [(int(r.revision), str(r.signed_by),
                 audit.as_utc(r.signed_at)) for r in rows]

    # -- the clinic's shared settings ---------------------------------------------------------------------------

    def clinic_settings(self) -> ClinicSettings | None:
        """The clinic's newest shared settings (None if none were shared yet)."""
        from sqlalchemy import select

        from tmsplanner.app.store.schema import clinic_settings

        with self._transaction() as db:
            row = db.execute(select(clinic_settings).order_by(clinic_settings.c.revision.desc()).limit(1)).first()
        if row is None:
            return None
        return ClinicSettings(int(row.revision), json.loads(row.document), row.safety_table,
                              audit.as_utc(row.saved_at), row.saved_by, row.workstation)

    def share_clinic_settings(self, document: dict[str, Any], safety_table: str | None, expected: int | None, *,
                              now: dt.datetime | None = None) -> ClinicSettings:
        """Save the clinic's shared settings as the next revision, if the newest is still ``expected``.

        Raises
        ------
        StaleRevision
            Someone shared newer settings since ``expected`` (who and when are named); nothing was saved.
        StoreError
            The database refused (on PostgreSQL only physicians may).
        """
        from sqlalchemy import insert, select

        from tmsplanner.app.store.schema import clinic_settings

        moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
        where = audit.workstation()
        text = json.dumps(document, ensure_ascii=False, sort_keys=True)
        with self._transaction() as db:
            audit.lock(db)
            newest = db.execute(select(clinic_settings).order_by(clinic_settings.c.revision.desc()).limit(1)).first()
            if newest is None and expected is not None:
                raise StoreError(Phrase("the record store '{url}' holds no clinic settings of revision {revision}",
                                        url=self.url, revision=expected))
            if newest is not None and int(newest.revision) != expected:
                raise StaleRevision(PlanRevision("", int(newest.revision), "", audit.as_utc(newest.saved_at),
                                                 newest.saved_by, newest.workstation), settings=True)
            number = (expected or 0) + 1
            who = audit.actor(db)
            values = {"revision": number, "saved_at": moment, "saved_by": who, "workstation": where,
                      "document": text, "safety_table": safety_table}
            db.execute(insert(clinic_settings).values(**values))
            audit.record(db, "settings", "clinic_settings",
                         {"revision": number, "row_sha256": audit.row_digest(values, audit.SETTINGS_COLUMNS)},
                         at=moment, who=who, where=where)
        return ClinicSettings(number, document, safety_table, moment, who, where)

    # -- administration ---------------------------------------------------------------------------------------

    def verify(self) -> audit.AuditCheck:
        """Check the audit chain and every entry against its audit row."""
        with self._transaction() as db:
            return audit.verify(db)

    def status(self) -> StoreStatus:
        """The store's address, backend, schema revision and how much it holds."""
        from sqlalchemy import func, select

        from tmsplanner.app.store.schema import audit as audit_table
        from tmsplanner.app.store.schema import entries, plans

        with self._transaction() as db:
            counts = [int(db.execute(select(func.count()).select_from(t)).scalar() or 0)
                      for t in (plans, entries, audit_table)]
            who = audit.actor(db)
        return StoreStatus(url=self.url, backend=self.backend, revision=revision(self._engine), head=HEAD_REVISION,
                           plans=counts[0], entries=counts[1], audit_rows=counts[2], who=who)


def _revision(row: Any) -> PlanRevision:
    return PlanRevision(row.plan_id, int(row.revision), row.version, audit.as_utc(row.saved_at), row.saved_by,
                        row.workstation)


def _new_entry(plan_id: str, version: str, moment: dt.datetime, body: EntryBody, corrects: str | None,
               reason: str | None) -> Entry:
    """A new entry; a correction's reason that is not a short text is refused as the store refuses it."""
    try:
        return Entry(entry_id=new_entry_id(), plan_id=plan_id, plan_version=version, recorded_at=moment, body=body,
                     corrects=corrects, correction_reason=reason)
    except ValueError:  # pydantic's ValidationError: only the reason can be wrong here
        raise StoreError(Phrase("the reason for the correction must be a short text (1 to 200 characters, "
                                "on one line)")) from None


def _write_entry(db: Any, entry: Entry, action: str, *, at: dt.datetime, where: str, **detail: str) -> None:
    """Insert an entry's row and its audit row (``action``, ``detail`` besides the entry's own) in ``db``."""
    from sqlalchemy import insert

    from tmsplanner.app.store.schema import entries

    who = audit.actor(db)
    body = entry.body
    session = getattr(body, "session", None)
    values = {"entry_id": entry.entry_id, "plan_id": entry.plan_id, "plan_version": entry.plan_version,
              "kind": body.kind, "recorded_at": entry.recorded_at.astimezone(dt.UTC), "session": session,
              "entry_date": body.date, "corrects": entry.corrects, "correction_reason": entry.correction_reason,
              "body": body.model_dump_json()}
    db.execute(insert(entries).values(**values, recorded_by=who, workstation=where))
    audit.record(db, action, f"entry:{entry.entry_id}",
                 {"plan_id": entry.plan_id, "plan_version": entry.plan_version, "kind": body.kind, "session": session,
                  "corrects": entry.corrects, **detail, "row_sha256": audit.row_digest(values, audit.ENTRY_COLUMNS)},
                 at=at, who=who, where=where)


def _entry(row: Any) -> Entry:
    recorded = audit.as_utc(row.recorded_at)
    return Entry.model_validate_json(json.dumps({
        "entry_id": row.entry_id, "plan_id": row.plan_id, "plan_version": row.plan_version,
        "recorded_at": recorded.isoformat(), "body": json.loads(row.body), "corrects": row.corrects,
        "correction_reason": row.correction_reason,
    }))
