"""Persistence: engine and sessions, Alembic migrations, backups, the one-time gazetteer load."""
