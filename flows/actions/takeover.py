"""A person takes a conversation over from the bot, talks, and gives it back or closes it. Each
function writes the change, records the audit line and emits the event; the parent is told in
their own language through the outbox."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from flows.actions import aftercare, audit
from flows.aftercare import DEFAULT_RHYTHM
from flows.actions.handoff import parent_of
from flows.actions.outbox import enqueue
from flows.engine.types import Notice, Reply
from flows.events import emit
from flows.i18n import _, gettext_for
from flows.store.models import Contact, Conversation, Handoff, Message, StaffAccount, utcnow

TAKEN_OVER = _("Je praat nu met %(name)s. Dat is een mens, geen computerprogramma.")
GIVEN_BACK = _("%(name)s heeft het gesprek teruggegeven aan Naast, het computerprogramma. Wil je weer een mens spreken? Typ: mens.")
CLOSED = _("%(name)s heeft het gesprek afgesloten. Wil je later weer praten? Stuur dan gewoon een bericht.")
TRANSFERRED = _("Je praat nu met %(name)s. Die helpt je verder.")
OUTCOMES = ("helped", "referred", "aftercare", "no_response", "other")


class ClaimConflict(Exception):
    """Someone else holds the conversation."""

    def __init__(self, holder: str | None) -> None:
        super().__init__(holder or "")
        self.holder = holder


def staff_actor(staff: StaffAccount) -> str:
    return f"staff:{staff.id}"


async def _tell_parent(session: AsyncSession, contact: Contact, conversation: Conversation, message: str, **values: str) -> None:
    language = contact.language or "nl"
    text = gettext_for(language)(message) % values
    await enqueue(session, channel=contact.channel, address=contact.address, replies=[Reply(text=text, language=language)], contact=contact, conversation=conversation)


async def take_over(session: AsyncSession, handoff: Handoff, staff: StaffAccount, *, origin: str | None = None) -> None:
    """Atomic claim: of two coordinators pressing at once, one gets it; the other learns who."""
    claimed = await session.execute(
        update(Handoff)
        .where(Handoff.id == handoff.id, Handoff.status == "waiting")
        .values(status="taken", taken_by=staff.id, taken_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:
        holder = await session.scalar(
            select(StaffAccount.display_name).join(Handoff, Handoff.taken_by == StaffAccount.id).where(Handoff.id == handoff.id)
        )
        audit.record(session, actor=staff_actor(staff), action="handoff.take", object_type="handoff", object_id=handoff.id, result="conflict", origin=origin)
        raise ClaimConflict(holder)
    await session.refresh(handoff)
    contact, conversation = await parent_of(session, handoff)
    conversation.status = "taken"
    await _tell_parent(session, contact, conversation, TAKEN_OVER, name=staff.display_name)
    audit.record(session, actor=staff_actor(staff), action="handoff.take", object_type="handoff", object_id=handoff.id, origin=origin)
    emit(session, "handoff.taken", handoff_id=handoff.id, conversation_id=conversation.id, municipality=handoff.municipality, staff_id=staff.id)


def _require_holder(handoff: Handoff, staff: StaffAccount) -> None:
    if handoff.status != "taken" or handoff.taken_by != staff.id:
        raise ClaimConflict(None)


async def send_staff_message(session: AsyncSession, handoff: Handoff, staff: StaffAccount, text: str, *, origin: str | None = None) -> None:
    """A coordinator's words go to the parent on their own channel, through the outbox."""
    _require_holder(handoff, staff)
    contact, conversation = await parent_of(session, handoff)
    language = contact.language or "nl"
    await enqueue(
        session,
        channel=contact.channel,
        address=contact.address,
        replies=[Reply(text=text, language=language, notice=Notice("coordinator"))],
        contact=contact,
        conversation=conversation,
        sender="coordinator",
        staff_id=staff.id,
    )
    audit.record(session, actor=staff_actor(staff), action="message.sent", object_type="handoff", object_id=handoff.id, origin=origin)
    emit(session, "conversation.message", conversation_id=conversation.id, handoff_id=handoff.id)


async def give_back(session: AsyncSession, handoff: Handoff, staff: StaffAccount, *, origin: str | None = None) -> None:
    """The bot answers again; the handoff is closed as given back."""
    _require_holder(handoff, staff)
    await _finish(session, handoff, staff, outcome="returned_to_bot", note=None, message=GIVEN_BACK, action="handoff.give_back", origin=origin)


async def close(
    session: AsyncSession, handoff: Handoff, staff: StaffAccount, *, outcome: str, note: str | None, origin: str | None = None,
    aftercare_rhythm: str = DEFAULT_RHYTHM,
) -> None:
    """Close with an outcome and an internal note (the note is never sent to the parent). The
    outcome 'aftercare' starts the check-ins."""
    if handoff.status == "taken" and handoff.taken_by != staff.id:
        raise ClaimConflict(None)
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    await _finish(session, handoff, staff, outcome=outcome, note=note, message=CLOSED, action="handoff.close", origin=origin)
    if outcome == "aftercare":
        contact, conversation = await parent_of(session, handoff)
        await aftercare.start(session, contact, conversation, spec=aftercare_rhythm, actor=staff_actor(staff))


async def _finish(
    session: AsyncSession, handoff: Handoff, staff: StaffAccount, *, outcome: str, note: str | None, message: str, action: str, origin: str | None
) -> None:
    handoff.status, handoff.outcome, handoff.note, handoff.closed_at = "closed", outcome, note, utcnow()
    contact, conversation = await parent_of(session, handoff)
    conversation.status = "bot"
    conversation.step, conversation.step_data = "welcome", {}
    await _tell_parent(session, contact, conversation, message, name=staff.display_name)
    audit.record(session, actor=staff_actor(staff), action=action, object_type="handoff", object_id=handoff.id, origin=origin)
    emit(session, "handoff.closed", handoff_id=handoff.id, conversation_id=conversation.id, municipality=handoff.municipality)


async def transfer(session: AsyncSession, handoff: Handoff, staff: StaffAccount, to: StaffAccount, *, origin: str | None = None) -> None:
    """Hand the conversation to a colleague, who holds it from now on."""
    _require_holder(handoff, staff)
    handoff.taken_by, handoff.taken_at = to.id, utcnow()
    contact, conversation = await parent_of(session, handoff)
    await _tell_parent(session, contact, conversation, TRANSFERRED, name=to.display_name)
    audit.record(session, actor=staff_actor(staff), action="handoff.transfer", object_type="handoff", object_id=handoff.id, origin=origin)
    emit(session, "handoff.taken", handoff_id=handoff.id, conversation_id=conversation.id, municipality=handoff.municipality, staff_id=to.id)


async def history(session: AsyncSession, conversation_id: int, after_id: int = 0) -> list[Message]:
    return list(
        await session.scalars(select(Message).where(Message.conversation_id == conversation_id, Message.id > after_id).order_by(Message.id))
    )
