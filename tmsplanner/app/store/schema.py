"""The record store's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

``plan_versions`` keeps every plan content an entry was made against or a
save stored (by its fingerprint), ``plan_saves`` each save of a plan as a
numbered revision with who and where, ``entries`` the append-only entries:
common columns to query by (plan, kind, session, date), who recorded it, and
the entry's body as JSON. ``audit`` is the audit trail, each row chained to the
one before by a SHA-256 hash. No table is ever updated or deleted from; the
migrations add database triggers that refuse it.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

plans = Table(
    "plans", metadata,
    Column("plan_id", String(200), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

plan_versions = Table(
    "plan_versions", metadata,
    Column("plan_id", String(200), ForeignKey("plans.plan_id"), primary_key=True),
    Column("version", String(16), primary_key=True),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("plan_json", Text, nullable=False),
)

entries = Table(
    "entries", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("entry_id", String(32), nullable=False),
    Column("plan_id", String(200), nullable=False, index=True),
    Column("plan_version", String(16), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("session", Integer, nullable=True),
    Column("entry_date", Date, nullable=False),
    Column("corrects", String(32), ForeignKey("entries.entry_id"), nullable=True),
    Column("correction_reason", String(200), nullable=True),
    Column("body", Text, nullable=False),
    Column("recorded_by", String(200), nullable=True),
    Column("workstation", String(200), nullable=True),
    UniqueConstraint("entry_id"),
    ForeignKeyConstraint(["plan_id", "plan_version"], ["plan_versions.plan_id", "plan_versions.version"],
                         name="fk_entries_plan_version"),
)

audit = Table(
    "audit", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("workstation", String(200), nullable=False),
    Column("action", String(40), nullable=False),
    Column("object", String(300), nullable=False),
    Column("detail", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

plan_saves = Table(
    "plan_saves", metadata,
    Column("plan_id", String(200), primary_key=True),
    Column("revision", Integer, primary_key=True),
    Column("version", String(16), nullable=False),
    Column("saved_at", DateTime(timezone=True), nullable=False),
    Column("saved_by", String(200), nullable=False),
    Column("workstation", String(200), nullable=False),
    ForeignKeyConstraint(["plan_id", "version"], ["plan_versions.plan_id", "plan_versions.version"],
                         name="fk_plan_saves_plan_version"),
)

signoffs = Table(
    "signoffs", metadata,
    Column("plan_id", String(200), primary_key=True),
    Column("revision", Integer, primary_key=True),
    Column("signed_at", DateTime(timezone=True), nullable=False),
    Column("signed_by", String(200), primary_key=True),
    Column("workstation", String(200), nullable=False),
    ForeignKeyConstraint(["plan_id", "revision"], ["plan_saves.plan_id", "plan_saves.revision"],
                         name="fk_signoffs_plan_saves"),
)

clinic_settings = Table(
    "clinic_settings", metadata,
    Column("revision", Integer, primary_key=True, autoincrement=False),
    Column("saved_at", DateTime(timezone=True), nullable=False),
    Column("saved_by", String(200), nullable=False),
    Column("workstation", String(200), nullable=False),
    Column("document", Text, nullable=False),
    Column("safety_table", Text, nullable=True),
)
