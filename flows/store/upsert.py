"""INSERT … ON CONFLICT DO NOTHING in the dialect of the session: how two processes create the
same row at once (a contact, a receipt, a walk-in slot) and both end up with exactly one."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession


def insert_ignore(session: AsyncSession, table: Any, values: dict) -> Any:
    dialect = session.bind.dialect.name  # type: ignore[union-attr]
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).values(**values).on_conflict_do_nothing()
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table).values(**values).on_conflict_do_nothing()
