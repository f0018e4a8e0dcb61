"""The channel's own bookkeeping in the database: the 24-hour window per contact, what Meta said
about each message it accepted, and the inbox of verified webhook bodies."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from flows.store.models import Contact, OutboundDelivery, Outbox, WebhookInbox, utcnow
from flows.store.upsert import insert_ignore

CHANNEL = "whatsapp"
WINDOW = timedelta(hours=24)
WINDOW_MARGIN = timedelta(minutes=2)  # a send takes a moment, and turns note the time to the minute
INBOX_LEASE = timedelta(seconds=60)
INBOX_BATCH = 20
_RANK = {"accepted": 0, "sent": 1, "delivered": 2, "read": 3}


@dataclass(frozen=True)
class Window:
    last_inbound_at: datetime | None
    nudged_at: datetime | None

    def open(self, now: datetime) -> bool:
        return self.last_inbound_at is not None and now - self.last_inbound_at < WINDOW - WINDOW_MARGIN

    def nudged_since_last_message(self) -> bool:
        return self.nudged_at is not None and (self.last_inbound_at is None or self.nudged_at > self.last_inbound_at)


class Bookkeeping:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions

    # --- the window ---

    async def window(self, address: str) -> Window:
        async with self.sessions() as session:
            row = (
                await session.execute(select(Contact.last_inbound_at, Contact.nudged_at).where(Contact.channel == CHANNEL, Contact.address == address))
            ).first()
        if row is None:  # no contact (erased a moment ago): this answers their own message
            return Window(utcnow(), None)
        return Window(row[0], row[1])

    async def opened(self, user_id: str) -> None:
        """The person tapped a nudge, which runs no turn (a turn notes the time itself)."""
        async with self.sessions() as session, session.begin():
            await session.execute(update(Contact).where(Contact.channel == CHANNEL, Contact.channel_user_id == user_id).values(last_inbound_at=utcnow()))

    async def closed(self, address: str) -> None:
        """Meta says the window is shut, whatever our clock thought."""
        async with self.sessions() as session, session.begin():
            await session.execute(update(Contact).where(Contact.channel == CHANNEL, Contact.address == address).values(last_inbound_at=None))

    async def nudged(self, address: str) -> None:
        async with self.sessions() as session, session.begin():
            await session.execute(update(Contact).where(Contact.channel == CHANNEL, Contact.address == address).values(nudged_at=utcnow()))

    # --- deliveries ---

    async def accepted(self, outbox_id: int, message_ids: list[str]) -> None:
        if not message_ids:
            return
        async with self.sessions() as session, session.begin():
            for message_id in message_ids:
                await session.execute(
                    insert_ignore(session, OutboundDelivery, {"outbox_id": outbox_id, "channel": CHANNEL, "platform_message_id": message_id, "status": "accepted", "updated_at": utcnow()})
                )

    async def delivery(self, message_id: str) -> tuple[int, str] | None:
        """(outbox id, address) of a message Meta accepted, or None if unknown."""
        async with self.sessions() as session:
            row = (
                await session.execute(
                    select(OutboundDelivery.outbox_id, Outbox.address)
                    .join(Outbox, Outbox.id == OutboundDelivery.outbox_id)
                    .where(OutboundDelivery.channel == CHANNEL, OutboundDelivery.platform_message_id == message_id)
                )
            ).first()
        return (row[0], row[1]) if row else None

    async def reported(self, message_id: str, status: str, error: str | None) -> None:
        """Statuses can arrive out of order: 'read' is never overwritten by 'delivered'."""
        async with self.sessions() as session, session.begin():
            delivery = await session.scalar(
                select(OutboundDelivery).where(OutboundDelivery.channel == CHANNEL, OutboundDelivery.platform_message_id == message_id).with_for_update()
            )
            if delivery is None:
                return
            if status == "failed" or _RANK.get(status, -1) > _RANK.get(delivery.status, 99):
                delivery.status, delivery.error, delivery.updated_at = status, error, utcnow()

    async def again(self, outbox_id: int, delay: float, error: str) -> None:
        """Send this outbox row once more (after a failure Meta reported later)."""
        async with self.sessions() as session, session.begin():
            await session.execute(
                update(Outbox)
                .where(Outbox.id == outbox_id)
                .values(status="pending", next_attempt_at=utcnow() + timedelta(seconds=delay), error=error[:200], lease_token=None, lease_until=None)
            )

    async def failed(self, outbox_id: int, error: str) -> None:
        async with self.sessions() as session, session.begin():
            await session.execute(update(Outbox).where(Outbox.id == outbox_id).values(status="failed", error=error[:200], lease_token=None, lease_until=None))

    # --- the inbox ---

    async def keep(self, body: str) -> int:
        async with self.sessions() as session, session.begin():
            row = WebhookInbox(channel=CHANNEL, body=body)
            session.add(row)
            await session.flush()
            return row.id

    async def claim(self) -> list[tuple[int, str, int]]:
        """(id, body, attempts) of inbox rows due, leased to this process."""
        now = utcnow()
        due = or_(WebhookInbox.lease_until.is_(None), WebhookInbox.lease_until < now)
        async with self.sessions() as session, session.begin():
            ids = select(WebhookInbox.id).where(WebhookInbox.channel == CHANNEL, WebhookInbox.next_attempt_at <= now, due).order_by(WebhookInbox.id).limit(INBOX_BATCH)
            rows = await session.execute(
                update(WebhookInbox)
                .where(WebhookInbox.id.in_(ids.scalar_subquery()), due)
                .values(lease_until=now + INBOX_LEASE)
                .returning(WebhookInbox.id, WebhookInbox.body, WebhookInbox.attempts)
                .execution_options(synchronize_session=False)
            )
            return sorted((row[0], row[1], row[2]) for row in rows)

    async def done(self, inbox_id: int) -> None:
        """Processed: the raw body (a parent's words, their number) is not kept a moment longer."""
        async with self.sessions() as session, session.begin():
            await session.execute(delete(WebhookInbox).where(WebhookInbox.id == inbox_id))

    async def retry(self, inbox_id: int, delay: float, error: str) -> None:
        async with self.sessions() as session, session.begin():
            await session.execute(
                update(WebhookInbox)
                .where(WebhookInbox.id == inbox_id)
                .values(attempts=WebhookInbox.attempts + 1, next_attempt_at=utcnow() + timedelta(seconds=delay), lease_until=None, error=error[:200])
            )
