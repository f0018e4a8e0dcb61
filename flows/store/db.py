"""Database engines: one async engine for the app, sync URLs for Alembic and APScheduler."""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

_ASYNC_DRIVERS = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+asyncpg"}
_SYNC_DRIVERS = {"sqlite": "sqlite", "postgresql": "postgresql+psycopg"}


def _backend(url: URL) -> str:
    return url.get_backend_name()


def async_url(raw: str) -> URL:
    """The URL with an async driver; `postgresql+psycopg` stays psycopg (it speaks both)."""
    url = make_url(raw)
    backend = _backend(url)
    if url.drivername in ("postgresql+psycopg", "postgresql+asyncpg", "sqlite+aiosqlite"):
        return url
    if backend not in _ASYNC_DRIVERS:
        raise ValueError(f"unsupported database: {url.drivername} (use sqlite or postgresql)")
    return url.set(drivername=_ASYNC_DRIVERS[backend])


def sync_url(raw: str) -> URL:
    """The URL with a sync driver, for Alembic and the scheduler's job store."""
    url = make_url(raw)
    backend = _backend(url)
    if backend not in _SYNC_DRIVERS:
        raise ValueError(f"unsupported database: {url.drivername} (use sqlite or postgresql)")
    return url.set(drivername=_SYNC_DRIVERS[backend])


def _tune_sqlite(engine: AsyncEngine) -> None:
    """WAL for concurrent readers, a busy timeout, foreign keys, and BEGIN IMMEDIATE so that two
    writers queue instead of failing on a read-to-write upgrade."""

    @event.listens_for(engine.sync_engine, "connect")
    def on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def create_engine(raw_url: str, **kwargs: object) -> AsyncEngine:
    url = async_url(raw_url)
    # A database error names its SQL, never its values: those are parents' words and webhook
    # bodies, and errors end up in the logs (log.exception).
    kwargs.setdefault("hide_parameters", True)
    if _backend(url) == "sqlite":
        engine = create_async_engine(url, **kwargs)
        _tune_sqlite(engine)
        return engine
    # No pre-ping: it costs a round trip per transaction. A dead connection fails the turn, which
    # is retried (flows.turns) on a fresh one.
    kwargs.setdefault("pool_size", 10)
    return create_async_engine(url, **kwargs)


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)
