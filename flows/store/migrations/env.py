"""Alembic environment: runs against the sync URL given by flows.store.migrate."""

from alembic import context
from sqlalchemy import create_engine, pool

from flows.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is not None:
        _run(connectable)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"), poolclass=pool.NullPool)
    with engine.connect() as connection:
        _run(connection)


def _include(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    """The scheduler's job table is created by migration 0002, not by a model."""
    return not (type_ == "table" and name == "apscheduler_jobs")


def _render_item(type_, obj, autogen_context):  # type: ignore[no-untyped-def]
    """Migrations name plain SQLAlchemy types, never the app's own decorators."""
    if type_ == "type" and hasattr(obj, "impl") and obj.__class__.__module__.startswith("flows."):
        return f"sa.{obj.impl!r}"
    return False


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=_include,
        render_item=_render_item,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported")
run_migrations_online()
