"""Alembic's environment: migrate the connection the store passes in (no logging set-up, no ini file)."""

from __future__ import annotations

from alembic import context

from tmsplanner.app.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
