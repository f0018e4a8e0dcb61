"""`naast bench`: simulated parents walk first contact to handoff through the turn handler and the
database, as the channels drive them, while a drainer empties the outbox as a channel would (to a
sink instead of a network). Runs on a fresh database of the configured kind, so it never touches
real data: a temporary SQLite file, or a temporary database on the configured PostgreSQL server."""

from __future__ import annotations

import asyncio
import resource
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from bot.channels.base import OutputChannel, Payload
from bot.outbox import OutboxDrainer
from flows.engine.engine import Engine
from flows.engine.spec import load as load_flows
from flows.engine.types import Inbound
from flows.settings import Settings, get_settings
from flows.store.db import create_engine, session_factory, sync_url
from flows.store.migrate import upgrade
from flows.store.models import Outbox
from flows.turns import TurnHandler

SCRIPT: tuple[tuple[str, str], ...] = (
    ("command", "/start"),
    ("button", "welcome:go"),
    ("button", "consent:yes"),
    ("button", "role:parent"),
    ("text", "heerenven"),
    ("button", "life_areas:money"),
    ("button", "life_areas:done"),
    ("button", "urgent:none"),
    ("button", "wish:coordinator"),
    ("text", "ik wil graag praten over mijn schulden bij de belastingdienst"),
)


class SinkChannel(OutputChannel):
    """Accepts every message instantly, so the figures are Naast's own."""

    name = "bench"

    def __init__(self) -> None:
        self.sent = 0

    async def send_text(self, address: str, text: str) -> None:
        self.sent += 1

    async def send(self, address: str, payload: Payload, outbox_id: int) -> None:
        self.sent += 1


@contextmanager
def scratch_database(settings: Settings) -> Iterator[str]:
    url = make_url(settings.resolved_database_url())
    if url.get_backend_name() == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{Path(folder) / 'bench.db'}"
        return
    name = f"naast_bench_{uuid.uuid4().hex[:8]}"
    admin = create_sync_engine(sync_url(str(url.render_as_string(hide_password=False))), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


async def _parent(handler: TurnHandler, index: int, latencies: list[float]) -> None:
    user = f"bench-{index}"
    for step, (kind, body) in enumerate(SCRIPT):
        event = Inbound(channel="bench", user_id=user, address=user, message_id=f"{user}:{step}", kind=kind, text=body, language_hint="nl")  # type: ignore[arg-type]
        started = time.perf_counter()
        await handler.handle(event)
        latencies.append(time.perf_counter() - started)


async def _run(database_url: str, settings: Settings, parents: int, concurrency: int) -> dict[str, float]:
    engine = create_engine(database_url)
    sessions = session_factory(engine)
    handler = TurnHandler(sessions, settings, Engine(load_flows()))
    sink = SinkChannel()
    drainer = OutboxDrainer(sessions, sink, poll_interval=0.05)
    latencies: list[float] = []
    gate = asyncio.Semaphore(concurrency)

    async def one(index: int) -> None:
        async with gate:
            await _parent(handler, index, latencies)

    drainer.start()
    started = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(parents)))
    elapsed = time.perf_counter() - started
    while True:  # let the outbox empty, as the channels would
        async with sessions() as session:
            pending = await session.scalar(select(func.count()).select_from(Outbox).where(Outbox.status == "pending"))
        if not pending:
            break
        drainer.wake()
        await asyncio.sleep(0.05)
    drained = time.perf_counter() - started
    await drainer.stop()
    await engine.dispose()
    ordered = sorted(latencies)
    return {
        "messages": len(latencies),
        "seconds": elapsed,
        "rate": len(latencies) / elapsed,
        "p50_ms": statistics.median(ordered) * 1000,
        "p99_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
        "sent": sink.sent,
        "drained_seconds": drained,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run(parents: int = 1000, concurrency: int = 50) -> dict[str, float]:
    if parents < 1 or concurrency < 1:
        raise ValueError("--parents and --concurrency must be at least 1")
    settings = get_settings()
    with scratch_database(settings) as url:
        upgrade(url)
        backend = make_url(url).get_backend_name()
        print(f"database: {backend} (scratch copy), parents: {parents}, concurrency: {concurrency}, messages each: {len(SCRIPT)}", flush=True)
        figures = asyncio.run(_run(url, settings, parents, concurrency))
    print(f"inbound messages:   {figures['messages']:.0f} in {figures['seconds']:.2f} s")
    print(f"throughput:         {figures['rate']:.0f} messages/s")
    print(f"latency per message: p50 {figures['p50_ms']:.1f} ms, p99 {figures['p99_ms']:.1f} ms")
    print(f"replies sent:       {figures['sent']:.0f} (outbox empty after {figures['drained_seconds']:.2f} s)")
    print(f"peak memory:        {figures['peak_mb']:.0f} MB")
    print(
        f"bench {backend}: {figures['rate']:.0f} msg/s, p50 {figures['p50_ms']:.1f} ms, p99 {figures['p99_ms']:.1f} ms, "
        f"peak {figures['peak_mb']:.0f} MB, {parents} parents"
    )
    return figures
