"""The right to erasure: everything about a parent goes, in one delete that cascades through every
table; what remains is an audit line naming an id that no longer points anywhere."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from flows.actions import audit, matching, walkins
from flows.events import emit
from flows.store.models import Contact


async def erase_contact(session: AsyncSession, contact: Contact, *, actor: str | None = None, origin: str | None = None) -> None:
    public_id = contact.public_id
    await matching.release_contact(session, contact)
    await walkins.release_contact(session, contact)
    await session.execute(delete(Contact).where(Contact.id == contact.id))
    session.expunge(contact)
    audit.record(
        session,
        actor=actor or audit.parent_actor(public_id),
        action="contact.erased",
        object_type="contact",
        object_id=public_id,
        origin=origin,
    )
    emit(session, "contact.erased", public_id=public_id)
