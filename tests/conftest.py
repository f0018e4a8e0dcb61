"""Shared fixtures. Every test that touches the database runs on SQLite and on PostgreSQL.

PostgreSQL is reached at NAAST_TEST_POSTGRES_URL (default: the local server, database `test`); each
test session creates a database of its own and drops it at the end. Without a reachable server the
PostgreSQL half is skipped, unless NAAST_TEST_REQUIRE_POSTGRES=1 (CI sets it), which fails instead.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy import text
from sqlalchemy.engine import make_url

from flows.settings import Settings
from flows.store.migrate import upgrade
from flows.store.models import Base

PG_ADMIN_URL = os.environ.get("NAAST_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REQUIRE_PG = os.environ.get("NAAST_TEST_REQUIRE_POSTGRES") == "1"


def _postgres_database() -> Iterator[str]:
    admin = create_sync_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"naast_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required but unreachable: {exc}")
        pytest.skip(f"PostgreSQL unreachable: {exc}")
    url = make_url(PG_ADMIN_URL).set(drivername="postgresql+asyncpg", database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A migrated database per backend, shared by the session; tests start from empty tables."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'naast.db'}"
        upgrade(url)
        yield url
        return
    generator = _postgres_database()
    url = next(generator)
    upgrade(url)
    yield url
    generator.close()


def _truncate(url: str) -> None:
    from flows.store.db import sync_url

    engine = create_sync_engine(sync_url(url))
    tables = [t.name for t in reversed(Base.metadata.sorted_tables)] + ["apscheduler_jobs"]
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("TRUNCATE " + ", ".join(tables) + " RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                conn.execute(text(f"DELETE FROM {table}"))
    engine.dispose()


@pytest.fixture
def db_url(database_url: str) -> str:
    _truncate(database_url)
    return database_url


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    return Settings(
        database_url=db_url,
        var_dir=tmp_path / "var",
        secret_key="test-secret-key",
        public_url="http://127.0.0.1:1",
        log_json=False,
        default_office_hours="",  # always staffed, so no test depends on the hour it runs
        _env_file=None,  # type: ignore[call-arg]
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """Naast's ASGI app served by uvicorn on a loopback port, inside the test's event loop."""

    def __init__(self, app, port: int) -> None:  # type: ignore[no-untyped-def]
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, lifespan="on", ws="websockets-sansio", timeout_graceful_shutdown=5)
        self.server = uvicorn.Server(config)
        self.task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> LiveServer:
        self.task = asyncio.create_task(self.server.serve())
        for _ in range(500):
            if self.server.started:
                return self
            if self.task.done():
                self.task.result()
            await asyncio.sleep(0.01)
        raise RuntimeError("server did not start")

    async def __aexit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        if self.task:
            await asyncio.wait_for(self.task, timeout=15)




@pytest.fixture
async def bot(settings: Settings):  # type: ignore[no-untyped-def]
    """Naast with Telegram on (polling the Bot API double) and its web app served."""
    from tests.telegram_helpers import running_bot

    async for running in running_bot(settings):
        yield running


@pytest.fixture(scope="session")
def trained_nlu(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The NLU model of this session (trained once in this process, as the in-process tests
    use it), written to disk as `naast serve` caches it."""
    from nlu.cache import save
    from nlu.parser import Parser

    directory = tmp_path_factory.mktemp("nlu-cache")
    save(Parser.load().model, directory)
    return directory


def prime_nlu_cache(trained_nlu: Path, workdir: Path) -> None:
    """Put the trained model where a `naast serve` started in `workdir` finds it (var/nlu), so a
    process test starts in a second instead of training for half a minute: what it measures is
    then the process, not a race of trainings on a busy machine. (A first start that trains is
    covered by the NLU cache tests.)"""
    shutil.copytree(trained_nlu, workdir / "var" / "nlu", dirs_exist_ok=True)
