"""A database that is briefly away: no crash, the message is handled once it is back, nothing lost.
On PostgreSQL a TCP proxy in front of the server cuts every connection; on SQLite another
process-like connection holds an exclusive lock."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from bot.app import create_app
from bot.runtime import Runtime
from flows.settings import Settings
from flows.store.models import Handoff
from tests.conftest import LiveServer, free_port
from tests.doubles.telegram_api import TelegramDouble
from tests.telegram_helpers import step


class TcpProxy:
    """Forwards a loopback port to the database; `cut()` drops every connection and refuses new
    ones until `restore()`."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = free_port()
        self.server: asyncio.base_events.Server | None = None
        self.writers: set[asyncio.StreamWriter] = set()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.close()
            return
        self.writers.update({writer, up_writer})
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))

    async def restore(self) -> None:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", self.port, reuse_address=True)

    async def cut(self) -> None:
        if self.server:
            self.server.close()
            await self.server.wait_closed()
        for writer in list(self.writers):
            with contextlib.suppress(Exception):
                writer.transport.abort()
        self.writers.clear()


@contextlib.asynccontextmanager
async def outage(settings: Settings) -> AsyncIterator[tuple[Settings, object, object]]:
    """Yields (settings to use, start_outage, end_outage) for the configured backend."""
    url = make_url(settings.database_url or "")
    if url.get_backend_name() == "postgresql":
        proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
        await proxy.restore()
        proxied = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        try:
            yield settings.model_copy(update={"database_url": proxied}), proxy.cut, proxy.restore
        finally:
            await proxy.cut()
        return
    holder: dict[str, sqlite3.Connection] = {}

    async def lock() -> None:
        conn = sqlite3.connect(url.database or "", isolation_level=None, check_same_thread=False)
        conn.execute("BEGIN EXCLUSIVE")
        holder["conn"] = conn

    async def unlock() -> None:
        conn = holder.pop("conn")
        conn.execute("ROLLBACK")
        conn.close()

    yield settings, lock, unlock


async def test_database_outage_loses_nothing(settings: Settings) -> None:
    async with outage(settings) as (configured, start_outage, end_outage):
        with TelegramDouble() as double:
            port = free_port()
            configured = configured.model_copy(update={"telegram_token": double.token, "telegram_api_url": double.base_url})
            runtime = Runtime(configured, with_scheduler=False)
            async with LiveServer(create_app(runtime), port):
                await runtime.telegram_started()
                user = double.user(language_code="nl")
                await step(user, user.send_command, "start")
                await start_outage()  # type: ignore[operator]
                mark = user.mark()
                user.send_text("mens")
                if make_url(configured.database_url or "").get_backend_name() == "postgresql":
                    async with httpx.AsyncClient() as client:
                        health = await client.get(f"http://127.0.0.1:{port}/healthz")
                    assert health.status_code == 503
                await asyncio.sleep(1.5)
                assert user.messages[mark:] == []
                await end_outage()  # type: ignore[operator]
                [reply] = await user.wait_for(1, after=mark, timeout=20)
                assert "doorgegeven" in reply["text"]
                async with runtime.sessions() as session:
                    assert len((await session.scalars(select(Handoff))).all()) == 1
                async with httpx.AsyncClient() as client:
                    assert (await client.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_metrics_and_health(settings: Settings) -> None:
    runtime = Runtime(settings, with_scheduler=False)
    port = free_port()
    async with LiveServer(create_app(runtime), port):
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            assert (await client.get("/healthz")).json() == {"status": "ok", "scheduler": "standby"}  # no scheduler in this process
            metrics = (await client.get("/metrics")).text
            assert "naast_inbound_messages_total" in metrics and "naast_turn_seconds" in metrics
            assert (await client.post("/webhooks/telegram", json={"update_id": 1})).status_code == 404
