"""Alembic environment: always run with a connection handed over by ``store.migrate``."""

from __future__ import annotations

from alembic import context

from festival_planner.domain.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    from sqlalchemy.engine import make_url

    from festival_planner.store.database import make_engine

    engine = make_engine(make_url(config.get_main_option("sqlalchemy.url") or ""))
    connection = engine.connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
