"""Outgoing messages are written to the outbox in the same transaction as the decision that made
them; channels drain it. The history row (`messages`) is written alongside."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from flows.engine.types import Reply
from flows.events import emit
from flows.store.models import Contact, Conversation, Message, Outbox, utcnow


async def enqueue(
    session: AsyncSession,
    *,
    channel: str,
    address: str,
    replies: Iterable[Reply],
    contact: Contact | None,
    conversation: Conversation | None,
    sender: str = "bot",
    staff_id: int | None = None,
    delete_after_send: bool = False,
) -> int:
    """Queue replies for one address; returns how many. Bulk inserts: this runs on every turn."""
    replies = list(replies)
    if not replies:
        return 0
    now = utcnow()
    contact_id = None if delete_after_send or contact is None else contact.id
    message_ids: list[int | None] = [None] * len(replies)
    if conversation is not None and not delete_after_send:
        message_ids = list(
            await session.scalars(
                insert(Message).returning(Message.id, sort_by_parameter_order=True),
                [
                    {"conversation_id": conversation.id, "direction": "out", "sender": sender, "staff_id": staff_id, "kind": "text", "body": reply.text, "created_at": now}
                    for reply in replies
                ],
            )
        )
    await session.execute(
        insert(Outbox),
        [
            {
                "contact_id": contact_id,
                "channel": channel,
                "address": address,
                "payload": reply.as_payload(),
                "delete_after_send": delete_after_send,
                "status": "pending",
                "attempts": 0,
                "next_attempt_at": now,
                "created_at": now,
                "message_id": message_id,
            }
            for reply, message_id in zip(replies, message_ids, strict=True)
        ],
    )
    emit(session, "outbox.queued", channel=channel)
    return len(replies)
