"""The outbox drainer's bookkeeping when a platform changes its mind mid-batch."""

from __future__ import annotations

from sqlalchemy import select

from bot.channels.base import OutputChannel, Payload
from bot.outbox import OutboxDrainer
from flows.store.db import create_engine, session_factory
from flows.store.models import Outbox, utcnow


class AsksAgainMidBatch(OutputChannel):
    """Accepts every message, but for the first one a failure report arrives (and asks for the
    row again) before the drainer has marked the batch sent: what WhatsApp's statuses can do."""

    name = "test"

    def __init__(self, sessions) -> None:  # type: ignore[no-untyped-def]
        self.sessions = sessions
        self.sent: list[str] = []

    async def send_text(self, address: str, text: str) -> None:
        self.sent.append(text)

    async def send(self, address: str, payload: Payload, outbox_id: int) -> None:
        await self.send_text(address, payload.text)
        if payload.text == "first" and self.sent.count("first") == 1:
            async with self.sessions() as session, session.begin():
                row = await session.get(Outbox, outbox_id)
                assert row is not None
                row.status, row.lease_token, row.lease_until, row.next_attempt_at = "pending", None, None, utcnow()


async def test_a_row_asked_for_again_during_the_batch_is_not_marked_sent(db_url: str) -> None:
    engine = create_engine(db_url)
    sessions = session_factory(engine)
    try:
        async with sessions() as session, session.begin():
            for text in ("first", "second"):
                session.add(Outbox(channel="test", address="a", payload={"text": text, "buttons": [], "language": "nl"}, status="pending", next_attempt_at=utcnow()))
        channel = AsksAgainMidBatch(sessions)
        drainer = OutboxDrainer(sessions, channel)
        assert await drainer.drain_once()
        async with sessions() as session:
            rows = (await session.execute(select(Outbox.payload, Outbox.status))).all()
        statuses = {payload["text"]: status for payload, status in rows}
        assert statuses == {"first": "pending", "second": "sent"}
        assert await drainer.drain_once()  # the first goes again
        assert channel.sent == ["first", "second", "first"]
    finally:
        await engine.dispose()
