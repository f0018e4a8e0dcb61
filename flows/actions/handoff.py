"""A parent asks for a person: one waiting handoff per conversation, seen by the coordinators of the
parent's municipality (or the default team when none is known)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from flows.actions import audit, escalation
from flows.events import emit
from flows.store.models import Contact, Conversation, Handoff

OPEN_STATUSES = ("waiting", "taken")  # of a handoff, and of a conversation that has one


async def open_handoff(session: AsyncSession, conversation: Conversation) -> Handoff | None:
    return await session.scalar(
        select(Handoff)
        .where(Handoff.conversation_id == conversation.id, Handoff.status.in_(OPEN_STATUSES))
        .order_by(Handoff.id.desc())
        .limit(1)
    )


async def parent_by_conversation(session: AsyncSession, conversation_id: int | None) -> tuple[Contact, Conversation] | None:
    """The parent of a conversation (a handoff's, a match's); None once erased."""
    if conversation_id is None:
        return None
    row = (
        await session.execute(
            select(Contact, Conversation).join(Conversation, Conversation.contact_id == Contact.id).where(Conversation.id == conversation_id)
        )
    ).first()
    return (row[0], row[1]) if row else None


async def parent_of(session: AsyncSession, handoff: Handoff) -> tuple[Contact, Conversation]:
    """The parent behind a handoff."""
    found = await parent_by_conversation(session, handoff.conversation_id)
    assert found is not None, "a handoff goes with its conversation"
    return found


def triage_summary(contact: Contact, conversation: Conversation) -> dict:
    """What the coordinator sees first, so the parent need not tell their story again. Triage
    answers are only there with consent."""
    summary: dict = {"language": contact.language, "channel": contact.channel, "consent": conversation.consent}
    if conversation.consent:
        summary.update(
            role=conversation.role,
            municipality=conversation.municipality,
            life_areas=list(conversation.life_areas),
            wish=conversation.wish,
        )
    summary["urgent_reasons"] = list(conversation.urgent_reasons)
    return summary


async def request_handoff(
    session: AsyncSession, contact: Contact, conversation: Conversation, reason: str
) -> Handoff:
    """Open a handoff, or update the open one (urgency only ever goes up)."""
    handoff = await open_handoff(session, conversation)
    created = handoff is None
    if handoff is None:
        handoff = Handoff(conversation_id=conversation.id, reason=reason, status="waiting")
        session.add(handoff)
    handoff.municipality = conversation.municipality if conversation.consent else None
    handoff.urgent = handoff.urgent or conversation.urgent
    handoff.summary = triage_summary(contact, conversation)
    conversation.status = "waiting"
    await session.flush()
    audit.record(
        session,
        actor=audit.parent_actor(contact.public_id),
        action="handoff.requested" if created else "handoff.updated",
        object_type="handoff",
        object_id=handoff.id,
    )
    emit(
        session,
        "handoff.requested" if created else "handoff.updated",
        handoff_id=handoff.id,
        conversation_id=conversation.id,
        municipality=handoff.municipality,
        urgent=handoff.urgent,
        escalate_at=(await escalation.due_at(session, handoff)).isoformat(),
    )
    return handoff
