"""Addresses, engines and migrations of the record store, for SQLite and PostgreSQL alike.

``postgresql://USER@HOST/DB`` uses the psycopg (version 3) driver. An SQLite
file takes every write transaction with ``BEGIN IMMEDIATE``, so that several
processes writing at once wait for each other (up to the busy timeout) instead
of failing when a reader turns writer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from tmsplanner.core.errors import Phrase, TmsPlannerError
from tmsplanner.core.i18n import Catalogue

HEAD_REVISION: Final = "0002"
"""The newest migration in ``migrations/versions`` (a test keeps the two in step): a store already there
is opened without loading Alembic."""

BUSY_TIMEOUT_MS: Final = 30_000
"""How long an SQLite writer waits for another process's transaction to end."""

MIGRATIONS: Final = Path(__file__).with_name("migrations")


class StoreError(TmsPlannerError):
    """The record store cannot be opened, read or written; nothing was written."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(str(phrase))
        self.phrase = phrase

    def words(self, c: Catalogue | None) -> str:
        return self.phrase.words(c)


def _secret(key: str) -> bool:
    return "password" in key.lower() or key.lower() in ("passfile", "sslkey")


def shown_url(url: str) -> str:
    """The store's address as it may be shown, logged and audited: any password hidden, in the user part or
    in the query (``?password=...``)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
        hidden = {key: "***" for key in parsed.query if _secret(key)}
        return str(parsed.update_query_dict(hidden).render_as_string(hide_password=True)) if hidden else \
            str(parsed.render_as_string(hide_password=True))
    except (ArgumentError, ValueError):
        return url.split("@")[-1].split("?")[0][:200]


def _not_an_address(shown: str) -> StoreError:
    return StoreError(Phrase("'{url}' is not a record store address; give sqlite:///PATH or "
                             "postgresql://HOST/DATABASE", url=shown))


def parse_url(url: str) -> tuple[Any, str, str]:
    """The parsed address, its backend (``sqlite`` or ``postgresql``) and its words for people.

    Raises
    ------
    StoreError
        The address is not one tmsplanner can use.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    shown = shown_url(url)
    try:
        parsed = make_url(url.replace("postgres://", "postgresql://", 1) if url.startswith("postgres://") else url)
    except (ArgumentError, ValueError):
        raise _not_an_address(shown) from None
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        if parsed.get_driver_name() not in ("psycopg", "psycopg2"):
            parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3, the one tmsplanner ships with
        if not parsed.database:
            raise StoreError(Phrase("the record store '{url}' names no database; give "
                                    "postgresql://USER@HOST/DATABASE", url=shown))
    elif backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise StoreError(Phrase("the record store '{url}' names no file; give sqlite:///PATH", url=shown))
    else:
        raise _not_an_address(shown)
    return parsed, backend, shown


def first_line(exc: BaseException) -> str:
    """The first line of a database error's own message (the driver's, not SQLAlchemy's wrapping)."""
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).strip().splitlines()[0][:200] if str(exc).strip() else \
        type(exc).__name__


def create(parsed: Any, backend: str, shown: str) -> Any:
    """An engine for the address, with each backend's settings.

    Raises
    ------
    StoreError
        The folder of an SQLite file cannot be made, or the driver is missing.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    if backend == "sqlite":
        folder = Path(parsed.database).expanduser().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from tmsplanner.core.errors import os_reason

            raise StoreError(Phrase("the record store '{url}' cannot be opened: {reason}", url=shown,
                                    reason=os_reason(exc))) from None
    options: dict[str, Any] = {}
    if backend == "postgresql":
        options = {"pool_pre_ping": True, "connect_args": {"connect_timeout": 10, "application_name": "tmsplanner"}}
    try:
        engine = create_engine(parsed, **options)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StoreError(Phrase("the record store '{url}' cannot be opened: {reason}", url=shown,
                                reason=str(exc).splitlines()[0][:200])) from None
    if backend == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(connection: Any, _record: Any) -> None:
            connection.isolation_level = None  # the transactions are begun below, not by the driver
            cursor = connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
    return engine


def revision(engine: Any) -> str | None:
    """The store's migration revision (None for an empty database)."""
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return None if found is None else str(found)


def migrate(engine: Any) -> None:
    """Bring the store's schema to the newest migration (creating it in an empty database)."""
    if revision(engine) == HEAD_REVISION:
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
