"""Exactly one `naast serve` process runs the scheduler, however many share the database.

On PostgreSQL the leader holds a session-level advisory lock on a connection of its own: if the
process dies, its connection closes and the server releases the lock, so another process takes
over at its next try. On SQLite (one machine by nature) an exclusive lock on a file next to the
database does the same. Scheduled work is idempotent, so a short overlap at a hand-over (an old
leader that has not yet noticed) sends nothing twice.
"""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path
from typing import Protocol

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine
from sqlalchemy.pool import NullPool

from flows.store.db import async_url

log = logging.getLogger(__name__)

# pg_advisory_lock takes a bigint; this one is "naast" in ASCII, shared by every process.
LOCK_KEY = 0x6E61617374


class Leadership(Protocol):
    async def acquire(self) -> bool:
        """Try to become the leader; True when this process holds the lock (again)."""

    async def held(self) -> bool:
        """Whether the lock is still ours (the connection may have died)."""

    async def release(self) -> None: ...


class PostgresLeadership:
    def __init__(self, database_url: str) -> None:
        self._engine = create_async_engine(async_url(database_url), poolclass=NullPool)
        self._conn: AsyncConnection | None = None

    async def acquire(self) -> bool:
        if self._conn is not None and await self.held():
            return True
        try:
            conn = await self._engine.connect()
            # Autocommit: the lock belongs to the session, not to a transaction.
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            got = bool(await conn.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": LOCK_KEY}))
        except Exception as exc:  # the database is away: try again later
            log.warning("scheduler leadership: database unavailable", extra={"error": type(exc).__name__})
            return False
        if not got:
            await conn.close()
            return False
        self._conn = conn
        return True

    async def held(self) -> bool:
        if self._conn is None:
            return False
        try:
            await self._conn.scalar(text("SELECT 1"))
            return True
        except Exception:
            await self._drop()
            return False

    async def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                await conn.invalidate()
            except Exception:  # already broken
                pass

    async def release(self) -> None:
        if self._conn is not None:
            try:
                await self._conn.scalar(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
                await self._conn.close()
            except Exception:
                await self._drop()
            self._conn = None
        await self._engine.dispose()


class FileLeadership:
    """An exclusive, non-blocking lock on a file: released by the kernel when the process ends."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    async def acquire(self) -> bool:
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    async def held(self) -> bool:
        return self._fd is not None

    async def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def leadership_for(database_url: str) -> Leadership:
    url = make_url(database_url)
    if url.get_backend_name() == "postgresql":
        return PostgresLeadership(database_url)
    database = url.database or ""
    lock = Path(database + ".scheduler.lock") if database and database != ":memory:" else Path("var") / "scheduler.lock"
    return FileLeadership(lock)
