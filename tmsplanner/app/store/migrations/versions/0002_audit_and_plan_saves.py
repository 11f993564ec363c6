"""The clinic store: an audit trail chained by hashes, who recorded each entry, plan saves with revisions
and their sign-offs, and the clinic's shared settings.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

APPEND_ONLY = ("audit", "plan_saves", "signoffs", "clinic_settings")


def upgrade() -> None:
    op.create_table(
        "audit",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("workstation", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("object", sa.String(300), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit"),
    )
    op.create_table(
        "plan_saves",
        sa.Column("plan_id", sa.String(200), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(16), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("saved_by", sa.String(200), nullable=False),
        sa.Column("workstation", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["plan_id", "version"], ["plan_versions.plan_id", "plan_versions.version"],
                                name="fk_plan_saves_plan_version"),
        sa.PrimaryKeyConstraint("plan_id", "revision", name="pk_plan_saves"),
    )
    op.create_table(
        "signoffs",
        sa.Column("plan_id", sa.String(200), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signed_by", sa.String(200), nullable=False),
        sa.Column("workstation", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["plan_id", "revision"], ["plan_saves.plan_id", "plan_saves.revision"],
                                name="fk_signoffs_plan_saves"),
        sa.PrimaryKeyConstraint("plan_id", "revision", "signed_by", name="pk_signoffs"),
    )
    op.create_table(
        "clinic_settings",
        sa.Column("revision", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("saved_by", sa.String(200), nullable=False),
        sa.Column("workstation", sa.String(200), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("safety_table", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("revision", name="pk_clinic_settings"),
    )
    op.add_column("entries", sa.Column("recorded_by", sa.String(200), nullable=True))
    op.add_column("entries", sa.Column("workstation", sa.String(200), nullable=True))
    _audit_existing_entries()
    dialect = op.get_bind().dialect.name
    for table in APPEND_ONLY:
        if dialect == "sqlite":
            for action in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_append_only_{action.lower()} BEFORE {action} ON {table} "
                           f"BEGIN SELECT RAISE(ABORT, 'the course record is append-only'); END")
        elif dialect == "postgresql":
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION tmsplanner_append_only()")
    if dialect == "postgresql":  # who wrote a row is whoever the server authenticated, never a name the client gives
        for table, column in (("audit", "actor"), ("entries", "recorded_by")):
            op.execute(f"CREATE OR REPLACE FUNCTION tmsplanner_{table}_by_user() RETURNS trigger AS $$ BEGIN "
                       f"IF NEW.{column} IS DISTINCT FROM current_user THEN "
                       f"RAISE EXCEPTION 'a row of {table} names % but the database authenticated %', "
                       f"NEW.{column}, current_user; END IF; RETURN NEW; END; $$ LANGUAGE plpgsql")
            op.execute(f"CREATE TRIGGER {table}_by_user BEFORE INSERT ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION tmsplanner_{table}_by_user()")
    if dialect == "postgresql":  # TRUNCATE fires no row trigger: refuse it on every table of the record
        for table in ("plans", "plan_versions", "entries", *APPEND_ONLY):
            op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                       f"FOR EACH STATEMENT EXECUTE FUNCTION tmsplanner_append_only()")


def downgrade() -> None:
    raise NotImplementedError("the course record is never downgraded: its entries are kept")


def _audit_existing_entries() -> None:
    """Entries made before the audit trail existed get their audit rows now, marked as found at the upgrade."""
    import datetime as dt

    from tmsplanner.app.store import audit

    connection = op.get_bind()
    columns = ", ".join(audit.ENTRY_COLUMNS)
    rows = connection.execute(sa.text(f"SELECT {columns} FROM entries ORDER BY seq")).mappings().fetchall()
    now = dt.datetime.now(dt.UTC)
    who, where = audit.actor(connection), audit.workstation()
    for row in rows:
        values = dict(row)
        if isinstance(values["recorded_at"], str):  # SQLite hands back its text when read without the table
            values["recorded_at"] = dt.datetime.fromisoformat(values["recorded_at"])
        if isinstance(values["entry_date"], str):
            values["entry_date"] = dt.date.fromisoformat(values["entry_date"])
        audit.record(connection, "record", f"entry:{row['entry_id']}",
                     {"plan_id": row["plan_id"], "kind": row["kind"], "session": row["session"],
                      "corrects": row["corrects"], "found_at_upgrade": True,
                      "row_sha256": audit.row_digest(values, audit.ENTRY_COLUMNS)},
                     at=now, who=who, where=where)
