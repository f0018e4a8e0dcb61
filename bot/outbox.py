"""Drains the durable outbox for one channel. Rows are claimed with a lease, so several processes
can drain one database; a crash mid-send leaves the row to be sent again when the lease ends.
Messages to one address keep their order: a retry holds back the later ones too."""

from __future__ import annotations

import asyncio
import logging
import secrets
from datetime import timedelta
from typing import NamedTuple

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import metrics
from bot.channels.base import AwaitingReply, NotDelivered, OutputChannel, Payload, PermanentFailure, TemporaryFailure
from flows.store.models import AWAITING_REPLY, Outbox, utcnow

log = logging.getLogger(__name__)

BATCH = 50
LEASE = timedelta(seconds=60)
PARKED = timedelta(days=7)  # a message waiting for the person to write again; resumed sooner when they do
MAX_ATTEMPTS = 12
DEBOUNCE = 0.005


class Claimed(NamedTuple):
    """The columns a send needs; plain tuples are far cheaper than ORM objects on this hot path."""

    id: int
    channel: str
    address: str
    payload: dict
    attempts: int
    delete_after_send: bool


CLAIMED_COLUMNS = (Outbox.id, Outbox.channel, Outbox.address, Outbox.payload, Outbox.attempts, Outbox.delete_after_send)


def backoff(attempts: int) -> float:
    return min(2.0**attempts, 300.0)


class OutboxDrainer:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        channel: OutputChannel,
        *,
        poll_interval: float = 2.0,
    ) -> None:
        self.sessions = sessions
        self.channel = channel
        self.poll_interval = poll_interval
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._paused_until = 0.0
        self._token = ""  # the lease token of the batch being sent

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"outbox-{self.channel.name}")

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            try:
                wait = self._paused_until - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                sent_any = await self.drain_once()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("outbox drain failed", extra={"channel": self.channel.name})
                sent_any = False
            if sent_any:
                continue
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=self.poll_interval)
                await asyncio.sleep(DEBOUNCE)  # let a burst of turns commit, then send them in one batch
            except TimeoutError:
                pass

    async def drain_once(self) -> bool:
        """Claim a batch and send it; True when anything was claimed."""
        rows = await self._claim()
        if not rows:
            return False
        held: set[str] = set()
        sent: list[Claimed] = []
        for row in rows:
            if row.address in held:
                await self._release(row.id)
                continue
            outcome = await self._send(row)
            if outcome == "sent":
                sent.append(row)
            elif outcome == "held":
                held.add(row.address)
            elif outcome == "paused":
                held.update(r.address for r in rows)
        await self._mark_sent(sent)
        return True

    async def _claim(self) -> list[Claimed]:
        now = utcnow()
        addresses = self.channel.connected_addresses()
        if addresses is not None and not addresses:
            return []
        conditions = [
            Outbox.channel == self.channel.name,
            Outbox.status == "pending",
            Outbox.next_attempt_at <= now,
            or_(Outbox.lease_until.is_(None), Outbox.lease_until < now),
        ]
        if addresses is not None:
            conditions.append(Outbox.address.in_(sorted(addresses)))
        self._token = secrets.token_hex(8)
        async with self.sessions() as session, session.begin():
            ids = select(Outbox.id).where(and_(*conditions)).order_by(Outbox.id).limit(BATCH)
            claimed = await session.execute(
                update(Outbox)
                .where(Outbox.id.in_(ids.scalar_subquery()), or_(Outbox.lease_until.is_(None), Outbox.lease_until < now))
                .values(lease_token=self._token, lease_until=now + LEASE)
                .returning(*CLAIMED_COLUMNS)
                .execution_options(synchronize_session=False)
            )
            return sorted((Claimed(*row) for row in claimed), key=lambda row: row.id)

    async def _send(self, row: Claimed) -> str:
        payload = Payload.from_dict(row.payload)
        try:
            await self.channel.send(row.address, payload, row.id)
        except NotDelivered:
            return "held"
        except AwaitingReply:
            await self._park(row)
            if not await self.channel.still_awaiting(row.address):  # they wrote while we parked it
                await self.resume(row.address)
            return "held"
        except TemporaryFailure as exc:
            metrics.OUTBOUND.labels(self.channel.name, "retry").inc()
            await self._retry(row, exc.retry_after, str(exc))
            if exc.whole_channel:
                self._paused_until = asyncio.get_running_loop().time() + exc.retry_after
                return "paused"
            return "held"
        except PermanentFailure as exc:
            metrics.OUTBOUND.labels(self.channel.name, "failed").inc()
            log.warning("outbound message failed for good", extra={"channel": self.channel.name, "outbox_id": row.id, "error": str(exc)[:200]})
            await self._finish(row, status="failed", error=str(exc)[:200])
            return "failed"
        except Exception as exc:  # network trouble and the like: retry with backoff
            metrics.OUTBOUND.labels(self.channel.name, "retry").inc()
            log.warning("outbound send error, will retry", extra={"channel": self.channel.name, "outbox_id": row.id, "error": type(exc).__name__})
            await self._retry(row, backoff(row.attempts + 1), type(exc).__name__)
            return "held"
        if self.channel.acknowledges:
            return "awaiting-ack"
        metrics.OUTBOUND.labels(self.channel.name, "sent").inc()
        return "sent"

    async def _mark_sent(self, rows: list[Claimed]) -> None:
        """One write for the whole batch; a crash before it means those rows go again (at least once).
        Only rows still leased to this batch: a platform may have asked for one again meanwhile
        (WhatsApp reporting a failure right after accepting it), and that request must stand."""
        if not rows:
            return
        now = utcnow()
        ours = Outbox.lease_token == self._token
        async with self.sessions() as session, session.begin():
            doomed = [r.id for r in rows if r.delete_after_send]
            kept = [r.id for r in rows if not r.delete_after_send]
            if doomed:
                await session.execute(delete(Outbox).where(Outbox.id.in_(doomed), ours))
            if kept:
                await session.execute(
                    update(Outbox)
                    .where(Outbox.id.in_(kept), ours)
                    .values(status="sent", sent_at=now, lease_token=None, lease_until=None, attempts=Outbox.attempts + 1)
                )

    async def _finish(self, row: Claimed, *, status: str, error: str | None = None) -> None:
        async with self.sessions() as session, session.begin():
            await session.execute(
                update(Outbox)
                .where(Outbox.id == row.id)
                .values(status=status, sent_at=utcnow(), error=error, lease_token=None, lease_until=None, attempts=Outbox.attempts + 1)
            )

    async def mark_acknowledged(self, outbox_id: int, address: str) -> None:
        """For channels whose client confirms receipt (the web chat)."""
        async with self.sessions() as session, session.begin():
            row = await session.get(Outbox, outbox_id)
            if row is None or row.address != address or row.channel != self.channel.name:
                return
            if row.delete_after_send:
                await session.delete(row)
            else:
                row.status, row.sent_at, row.lease_token, row.lease_until = "sent", utcnow(), None, None
        metrics.OUTBOUND.labels(self.channel.name, "sent").inc()

    async def release_address(self, address: str) -> None:
        """A client reconnected: whatever was pushed to it but not confirmed may go again now."""
        async with self.sessions() as session, session.begin():
            await session.execute(
                update(Outbox)
                .where(Outbox.channel == self.channel.name, Outbox.address == address, Outbox.status == "pending")
                .values(lease_token=None, lease_until=None)
            )
        self.wake()

    async def _retry(self, row: Claimed, delay: float, error: str) -> None:
        """Push this row, and every later pending row to the same address, to after the delay."""
        when = utcnow() + timedelta(seconds=delay)
        async with self.sessions() as session, session.begin():
            if row.attempts + 1 >= MAX_ATTEMPTS:
                await session.execute(
                    update(Outbox).where(Outbox.id == row.id).values(status="failed", error=error[:200], lease_token=None, lease_until=None)
                )
                return
            await session.execute(
                update(Outbox)
                .where(Outbox.id == row.id)
                .values(attempts=Outbox.attempts + 1, next_attempt_at=when, error=error[:200], lease_token=None, lease_until=None)
            )
            await session.execute(
                update(Outbox)
                .where(
                    Outbox.channel == row.channel,
                    Outbox.address == row.address,
                    Outbox.status == "pending",
                    Outbox.id > row.id,
                    Outbox.next_attempt_at < when,
                )
                .values(next_attempt_at=when)
            )

    async def _park(self, row: Claimed) -> None:
        async with self.sessions() as session, session.begin():
            await session.execute(
                update(Outbox)
                .where(Outbox.id == row.id)
                .values(next_attempt_at=utcnow() + PARKED, error=AWAITING_REPLY, lease_token=None, lease_until=None)
            )

    async def resume(self, address: str) -> None:
        """The person wrote again: what was parked for them may go now, in order."""
        async with self.sessions() as session, session.begin():
            await session.execute(
                update(Outbox)
                .where(Outbox.channel == self.channel.name, Outbox.address == address, Outbox.status == "pending", Outbox.error == AWAITING_REPLY)
                .values(next_attempt_at=utcnow(), error=None)
            )
        self.wake()

    async def _release(self, outbox_id: int) -> None:
        async with self.sessions() as session, session.begin():
            await session.execute(update(Outbox).where(Outbox.id == outbox_id).values(lease_token=None, lease_until=None))
