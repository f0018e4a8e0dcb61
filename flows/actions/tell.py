"""Telling someone something outside a turn (a peer accepted, a reminder is due): the text in
their language, into the outbox, and into the history a coordinator reads unless it is private."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from flows.actions.outbox import enqueue
from flows.engine.types import Button, Document, Notice, Reply
from flows.i18n import gettext_for
from flows.store.models import Contact, Conversation


async def recipient(session: AsyncSession, contact_id: int | None) -> tuple[Contact, Conversation | None] | None:
    """A contact and their conversation (a peer's chat has one too), in one query."""
    if contact_id is None:
        return None
    row = (
        await session.execute(
            select(Contact, Conversation).outerjoin(Conversation, Conversation.contact_id == Contact.id).where(Contact.id == contact_id)
        )
    ).first()
    return (row[0], row[1]) if row else None


def t(contact: Contact, message: str, **values: object) -> str:
    """A source text in the contact's language, with its values filled in."""
    text = gettext_for(contact.language or "nl")(message)
    return text % values if values else text


async def send(
    session: AsyncSession,
    contact: Contact,
    conversation: Conversation | None,
    lines: list[str],
    buttons: tuple[Button, ...] = (),
    *,
    private: bool = False,
    document: Document | None = None,
    notice: Notice | None = None,
) -> None:
    """One message. `private` messages (words relayed between a parent and a peer) leave no
    history and are deleted from the outbox once sent."""
    reply = Reply(text="\n\n".join(lines), buttons=buttons, language=contact.language or "nl", document=document, notice=notice)
    await enqueue(
        session,
        channel=contact.channel,
        address=contact.address,
        replies=[reply],
        contact=None if private else contact,
        conversation=None if private else conversation,
        delete_after_send=private,
    )
