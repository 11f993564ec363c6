"""Alembic migrations of the record store (run by :func:`tmsplanner.app.store.open_store`)."""
