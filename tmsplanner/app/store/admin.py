"""Setting up a store: create or upgrade its schema, and on PostgreSQL the clinic's roles.

``tmsplanner store init`` and ``upgrade`` run here, with the rights of the
database's owner. On PostgreSQL two group roles are made (if missing) and
given exactly what their work needs; the clinic's administrator adds each
person's login role to one of them (``GRANT tmsplanner_technician TO anna``):

* ``tmsplanner_technician`` reads everything and records sessions, re-tests,
  scores and deviations (entries and their audit rows);
* ``tmsplanner_physician`` also saves plans (plan revisions), signs them, and
  changes the clinic's shared settings and safety table.

Nobody but the owner may change or delete a row, and the tables' triggers
refuse even the owner.
"""

from __future__ import annotations

from typing import Final

from tmsplanner.app.store import RecordStore, open_store
from tmsplanner.app.store.engine import StoreError, first_line
from tmsplanner.core.errors import Phrase

TECHNICIAN: Final = "tmsplanner_technician"
PHYSICIAN: Final = "tmsplanner_physician"
READ: Final = ("plans", "plan_versions", "plan_saves", "signoffs", "clinic_settings", "entries", "audit",
               "alembic_version")
RECORD: Final = ("plans", "plan_versions", "entries", "audit")

__all__ = ["PHYSICIAN", "TECHNICIAN", "init_store"]


def init_store(url: str) -> RecordStore:
    """Create or upgrade the store's schema (and, on PostgreSQL, the roles and their rights); return it open.

    Raises
    ------
    StoreError
        The database refused (not the owner, no right to create roles...); what was done is kept, since
        every step can be run again.
    """
    store = open_store(url, upgrade=True)
    if store.backend == "postgresql":
        _roles(store)
    return store


def _roles(store: RecordStore) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    statements = [
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role} "
        f"NOLOGIN; END IF; END $$" for role in (TECHNICIAN, PHYSICIAN)
    ]
    statements += [f"GRANT SELECT ON {', '.join(READ)} TO {TECHNICIAN}, {PHYSICIAN}",
                   f"GRANT INSERT ON {', '.join(RECORD)} TO {TECHNICIAN}, {PHYSICIAN}",
                   f"GRANT INSERT ON plan_saves, signoffs, clinic_settings TO {PHYSICIAN}",
                   f"GRANT USAGE ON SEQUENCE entries_seq_seq TO {TECHNICIAN}, {PHYSICIAN}"]
    try:
        with store.engine.begin() as db:
            for statement in statements:
                db.execute(text(statement))
    except SQLAlchemyError as exc:
        raise StoreError(Phrase("the roles of the record store '{url}' cannot be set up: {reason}", url=store.url,
                                reason=first_line(exc))) from None
