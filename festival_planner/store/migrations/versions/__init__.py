"""Alembic revisions, one file each; HEAD_REVISION in store/migrate.py names the newest."""
