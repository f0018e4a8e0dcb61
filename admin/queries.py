"""What the console reads, always through the account's scope: a coordinator sees only their own
municipalities, and an id from elsewhere is simply not found."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, select
from sqlalchemy.ext.asyncio import AsyncSession

from admin.security import can_see, scope_filter
from flows.actions.handoff import OPEN_STATUSES
from flows.store.models import AuditLog, Contact, Conversation, Handoff, Media, Message, StaffAccount


@dataclass(frozen=True)
class QueueRow:
    handoff: Handoff
    contact: Contact
    conversation: Conversation
    holder: str | None


async def queue(db: AsyncSession, account: StaffAccount) -> list[QueueRow]:
    """Open handoffs of the account's municipalities: urgent first, then oldest."""
    rows = await db.execute(
        select(Handoff, Contact, Conversation, StaffAccount.display_name)
        .join(Conversation, Conversation.id == Handoff.conversation_id)
        .join(Contact, Contact.id == Conversation.contact_id)
        .outerjoin(StaffAccount, StaffAccount.id == Handoff.taken_by)
        .where(Handoff.status.in_(OPEN_STATUSES), scope_filter(account, Handoff.municipality))
        .order_by(case((Handoff.urgent, 0), else_=1), Handoff.created_at, Handoff.id)
    )
    return [QueueRow(h, c, conv, holder) for h, c, conv, holder in rows]


async def handoff_in_scope(db: AsyncSession, account: StaffAccount, handoff_id: int) -> Handoff | None:
    return await db.scalar(select(Handoff).where(Handoff.id == handoff_id, scope_filter(account, Handoff.municipality)))


async def media_in_scope(db: AsyncSession, account: StaffAccount, media_id: int) -> tuple[Media, int] | None:
    row = (
        await db.execute(
            select(Media, Handoff.id)
            .join(Message, Message.id == Media.message_id)
            .join(Handoff, Handoff.conversation_id == Message.conversation_id)
            .where(Media.id == media_id, scope_filter(account, Handoff.municipality))
            .order_by(Handoff.id.desc())
            .limit(1)
        )
    ).first()
    return (row[0], row[1]) if row else None


async def media_bytes(db: AsyncSession, media_id: int) -> bytes:
    return await db.scalar(select(Media.data).where(Media.id == media_id)) or b""


async def colleagues(db: AsyncSession, account: StaffAccount, municipality: str | None) -> list[StaffAccount]:
    """Who a conversation can be transferred to: active accounts that may see it."""
    candidates = await db.scalars(select(StaffAccount).where(StaffAccount.disabled.is_(False), StaffAccount.id != account.id).order_by(StaffAccount.display_name))
    return [c for c in candidates if can_see(c, municipality)]


async def audit_search(db: AsyncSession, *, actor: str = "", action: str = "", since: datetime | None = None, limit: int = 200) -> list[AuditLog]:
    query = select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)
    if actor:
        query = query.where(AuditLog.actor.contains(actor))
    if action:
        query = query.where(AuditLog.action.contains(action))
    if since:
        query = query.where(AuditLog.at >= since)
    return list(await db.scalars(query))
