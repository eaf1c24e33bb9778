"""Alembic migrations of the planner database (env.py and the versions/ revisions)."""
