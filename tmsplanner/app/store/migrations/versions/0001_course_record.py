"""The course record: plans, plan versions and append-only entries.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

APPEND_ONLY = ("plans", "plan_versions", "entries")


def upgrade() -> None:
    op.create_table(
        "plans",
        sa.Column("plan_id", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("plan_id", name="pk_plans"),
    )
    op.create_table(
        "plan_versions",
        sa.Column("plan_id", sa.String(200), nullable=False),
        sa.Column("version", sa.String(16), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("plan_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.plan_id"], name="fk_plan_versions_plan_id_plans"),
        sa.PrimaryKeyConstraint("plan_id", "version", name="pk_plan_versions"),
    )
    op.create_table(
        "entries",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entry_id", sa.String(32), nullable=False),
        sa.Column("plan_id", sa.String(200), nullable=False),
        sa.Column("plan_version", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("session", sa.Integer(), nullable=True),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("corrects", sa.String(32), nullable=True),
        sa.Column("correction_reason", sa.String(200), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["corrects"], ["entries.entry_id"], name="fk_entries_corrects_entries"),
        sa.ForeignKeyConstraint(["plan_id", "plan_version"], ["plan_versions.plan_id", "plan_versions.version"],
                                name="fk_entries_plan_version"),
        sa.PrimaryKeyConstraint("seq", name="pk_entries"),
        sa.UniqueConstraint("entry_id", name="uq_entries_entry_id"),
    )
    op.create_index("ix_entries_plan_id", "entries", ["plan_id"])
    dialect = op.get_bind().dialect.name
    for table in APPEND_ONLY:
        if dialect == "sqlite":
            for action in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_append_only_{action.lower()} BEFORE {action} ON {table} "
                           f"BEGIN SELECT RAISE(ABORT, 'the course record is append-only'); END")
        elif dialect == "postgresql":
            op.execute("CREATE OR REPLACE FUNCTION tmsplanner_append_only() RETURNS trigger AS $$ "
                       "BEGIN RAISE EXCEPTION 'the course record is append-only'; END; $$ LANGUAGE plpgsql")
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION tmsplanner_append_only()")


def downgrade() -> None:
    raise NotImplementedError("the course record is never downgraded: its entries are kept")
