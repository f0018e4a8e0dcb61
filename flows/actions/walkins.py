"""Walk-in hours: offering the next ones, booking a seat, cancelling or moving, reminders, marking
who came and asking how it was. Each change writes, audits, emits and tells the parent.

Seats are counted on the slot row and taken with one conditional UPDATE (`booked < capacity`):
of two parents taking the last seat at the same moment, exactly one gets it, on SQLite and on
PostgreSQL alike, without holding a lock while the message is written.
"""

from __future__ import annotations

import logging
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from flows.actions import audit
from flows.actions.tell import recipient, send, t
from flows.engine.types import Button, Document, Notice
from flows.events import emit
from flows.settings import Settings
from flows.store.upsert import insert_ignore
from flows.store.models import Booking, Contact, Conversation, Location, Peer, WalkIn, WalkInSlot, utcnow
from flows.walkins import schedule, texts

log = logging.getLogger(__name__)

def _human(contact: Contact) -> Button:
    """The flow's own "send me the times" button (walk_in_info), valid from any step."""
    return Button("walk_in_info:human", t(contact, texts.SEND_TIMES))


# --- what is on offer ---


async def ensure_slots(session: AsyncSession, municipality: str, now: datetime, days: int) -> None:
    """Make the slot rows of the coming `days` (once: the unique key ignores repeats)."""
    walk_ins = (
        await session.scalars(
            select(WalkIn).join(Location, WalkIn.location_id == Location.id).where(
                Location.municipality == municipality, Location.active.is_(True), WalkIn.active.is_(True)
            )
        )
    ).all()
    for walk_in in walk_ins:
        hours = schedule.Hours(walk_in.weekday, walk_in.on_date, walk_in.starts_on, walk_in.ends_on, walk_in.start_time, walk_in.end_time)
        for starts_at, ends_at in schedule.occurrences(hours, now, days):
            await session.execute(
                insert_ignore(
                    session,
                    WalkInSlot,
                    {"walk_in_id": walk_in.id, "starts_at": starts_at, "ends_at": ends_at, "capacity": walk_in.capacity, "booked": 0, "cancelled": False},
                )
            )


async def upcoming(session: AsyncSession, municipality: str, settings: Settings, now: datetime | None = None) -> list[WalkInSlot]:
    """The next walk-in slots of a municipality that have not started, soonest first."""
    now = now or utcnow()
    await ensure_slots(session, municipality, now, settings.walk_in_days_ahead)
    return list(
        await session.scalars(
            select(WalkInSlot)
            .join(WalkIn, WalkInSlot.walk_in_id == WalkIn.id)
            .join(Location, WalkIn.location_id == Location.id)
            .where(
                Location.municipality == municipality,
                Location.active.is_(True),
                WalkIn.active.is_(True),
                WalkInSlot.cancelled.is_(False),
                WalkInSlot.starts_at > now,
                WalkInSlot.starts_at <= now + timedelta(days=settings.walk_in_days_ahead),
            )
            .order_by(WalkInSlot.starts_at, WalkInSlot.id)
            .limit(settings.walk_in_offer_limit)
        )
    )


def _slot_buttons(contact: Contact, slots: list[WalkInSlot]) -> tuple[Button, ...]:
    language = contact.language or "nl"
    return tuple(
        Button(f"walkin:book:{slot.id}", f"{schedule.button_words(slot.starts_at, language)} · {slot.walk_in.location.name}")
        for slot in slots
        if slot.booked < slot.capacity
    )


async def offer(
    session: AsyncSession, contact: Contact, conversation: Conversation, settings: Settings, *, intro: str = texts.OFFER, now: datetime | None = None
) -> None:
    """Show the next walk-ins near the parent as buttons, or say honestly that there are none."""
    if not conversation.municipality:
        await send(session, contact, conversation, [t(contact, texts.NO_MUNICIPALITY)], (_human(contact),))
        return
    slots = await upcoming(session, conversation.municipality, settings, now)
    buttons = _slot_buttons(contact, slots)
    if not slots:
        await send(session, contact, conversation, [t(contact, texts.NONE_PLANNED)], (_human(contact),))
        return
    lines = [t(contact, intro), t(contact, texts.WITHOUT_BOOKING)]
    await send(session, contact, conversation, lines, (*buttons, Button("walkin:times:0", t(contact, texts.BOOK_LABEL_WITHOUT))))


async def tell_times(session: AsyncSession, contact: Contact, conversation: Conversation, settings: Settings, now: datetime | None = None) -> None:
    """For a parent who would rather just walk in: the times and places, no booking."""
    slots = await upcoming(session, conversation.municipality or "", settings, now) if conversation.municipality else []
    if not slots:
        await offer(session, contact, conversation, settings, now=now)
        return
    language = contact.language or "nl"
    lines = [t(contact, texts.TIMES)] + [
        t(contact, texts.TIME_LINE, when=schedule.when_words(s.starts_at, s.ends_at, language), place=s.walk_in.location.name, address=s.walk_in.location.address)
        for s in slots
    ]
    await send(session, contact, conversation, lines)


# --- booking ---


def details(contact: Contact, slot: WalkInSlot) -> list[str]:
    """When, where, how to get there: the same in a confirmation and a reminder."""
    location = slot.walk_in.location
    language = contact.language or "nl"
    lines = [t(contact, texts.DETAILS, when=schedule.when_words(slot.starts_at, slot.ends_at, language), place=location.name, address=location.address)]
    if location.route:
        lines.append(t(contact, texts.ROUTE, route=location.route))
    if location.accessibility:
        lines.append(t(contact, texts.ACCESSIBILITY, accessibility=location.accessibility))
    return lines


def calendar(contact: Contact, booking: Booking, slot: WalkInSlot) -> Document:
    location = slot.walk_in.location
    data = schedule.calendar_file(
        f"booking-{booking.id}",
        slot.starts_at,
        slot.ends_at,
        t(contact, texts.CALENDAR_TITLE),
        f"{location.name}, {location.address}",
        t(contact, texts.CALENDAR_NOTE),
    )
    return Document(filename="inloop.ics", content_type="text/calendar", data=data)


CODE_ALPHABET = "ACDEFHJKLMNPRTUVWXY3479"  # nothing that reads as another letter or digit


def new_code() -> str:
    """Four characters a parent can say at the door instead of their name."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))


async def _take_seat(session: AsyncSession, slot_id: int) -> bool:
    taken = await session.execute(
        update(WalkInSlot)
        .where(WalkInSlot.id == slot_id, WalkInSlot.booked < WalkInSlot.capacity, WalkInSlot.cancelled.is_(False))
        .values(booked=WalkInSlot.booked + 1)
        .execution_options(synchronize_session=False)
    )
    return taken.rowcount == 1


async def _free_seat(session: AsyncSession, slot_id: int) -> None:
    await session.execute(
        update(WalkInSlot).where(WalkInSlot.id == slot_id, WalkInSlot.booked > 0).values(booked=WalkInSlot.booked - 1).execution_options(synchronize_session=False)
    )


async def book(
    session: AsyncSession, contact: Contact, conversation: Conversation, slot_id: int, settings: Settings, now: datetime | None = None
) -> Booking | None:
    """Take a seat; a full or past slot gets the next options instead."""
    now = now or utcnow()
    slot = await session.get(WalkInSlot, slot_id)
    if slot is None or slot.cancelled or slot.starts_at <= now:
        await offer(session, contact, conversation, settings, intro=texts.GONE, now=now)
        return None
    existing = await session.scalar(select(Booking).where(Booking.slot_id == slot.id, Booking.contact_id == contact.id, Booking.status == "booked"))
    if existing is not None:
        await send(session, contact, conversation, [t(contact, texts.ALREADY), *details(contact, slot)])
        return existing
    if not await _take_seat(session, slot.id):
        audit.record(session, actor=audit.parent_actor(contact.public_id), action="booking.created", object_type="walk_in_slot", object_id=slot.id, result="full")
        await offer(session, contact, conversation, settings, intro=texts.FULL, now=now)
        return None
    booking = Booking(slot_id=slot.id, contact_id=contact.id, status="booked", reminders_sent=[], code=new_code())
    session.add(booking)
    await session.flush()
    lines = [t(contact, texts.BOOKED), *details(contact, slot), t(contact, texts.CODE, code=booking.code)]
    host = await session.get(Peer, slot.walk_in.host_peer_id) if slot.walk_in.host_peer_id else None
    if host is not None:
        lines.append(t(contact, texts.HOST, name=host.display_name))
    lines += [t(contact, texts.CALENDAR), t(contact, texts.CANCEL_HINT)]
    await send(session, contact, conversation, lines, document=calendar(contact, booking, slot))
    audit.record(session, actor=audit.parent_actor(contact.public_id), action="booking.created", object_type="booking", object_id=booking.id)
    emit(session, "booking.created", booking_id=booking.id, reminders=reminder_plan(slot, settings, now))
    return booking


def reminder_plan(slot: WalkInSlot, settings: Settings, now: datetime) -> list[tuple[str, str]]:
    """(kind, ISO time) of each reminder still ahead; one whose moment passed already is not sent."""
    plan = []
    for kind in schedule.parse_reminders(settings.walk_in_reminders):
        at = schedule.reminder_at(slot.starts_at, kind)
        if at > now:
            plan.append((kind, at.isoformat()))
    return plan


async def bookings_ahead(session: AsyncSession, contact: Contact, now: datetime | None = None) -> list[Booking]:
    now = now or utcnow()
    return list(
        await session.scalars(
            select(Booking).join(WalkInSlot, Booking.slot_id == WalkInSlot.id)
            .where(Booking.contact_id == contact.id, Booking.status == "booked", WalkInSlot.starts_at > now)
            .order_by(WalkInSlot.starts_at)
        )
    )


async def manage(session: AsyncSession, contact: Contact, conversation: Conversation, settings: Settings, now: datetime | None = None) -> None:
    """'Ik kan toch niet komen': show the parent's bookings with cancel and move buttons."""
    bookings = await bookings_ahead(session, contact, now)
    if not bookings:
        await send(session, contact, conversation, [t(contact, texts.NO_BOOKINGS)], (Button("walkin:list:0", t(contact, texts.SEE_TIMES)),))
        return
    for booking in bookings:
        buttons = (
            Button(f"walkin:cancel:{booking.id}", t(contact, texts.CANCEL)),
            Button(f"walkin:move:{booking.id}", t(contact, texts.MOVE)),
            Button(f"walkin:keep:{booking.id}", t(contact, texts.KEEP)),
        )
        await send(session, contact, conversation, [t(contact, texts.YOUR_BOOKING), *details(contact, booking.slot), t(contact, texts.WHAT_NOW)], buttons)


async def _own_booking(session: AsyncSession, contact: Contact, booking_id: int) -> Booking | None:
    return await session.scalar(select(Booking).where(Booking.id == booking_id, Booking.contact_id == contact.id).with_for_update())


async def cancel(
    session: AsyncSession, contact: Contact, conversation: Conversation, booking_id: int, settings: Settings, *, move: bool = False, now: datetime | None = None
) -> bool:
    """Free the seat. Moving is cancelling and choosing again, in one tap for the parent."""
    booking = await _own_booking(session, contact, booking_id)
    if booking is None or booking.status != "booked":
        await manage(session, contact, conversation, settings, now)
        return False
    booking.status, booking.cancelled_at = ("moved" if move else "cancelled"), utcnow()
    await _free_seat(session, booking.slot_id)
    audit.record(session, actor=audit.parent_actor(contact.public_id), action="booking.moved" if move else "booking.cancelled", object_type="booking", object_id=booking.id)
    emit(session, "booking.cancelled", booking_id=booking.id)
    if move:
        await offer(session, contact, conversation, settings, now=now)
    else:
        await send(session, contact, conversation, [t(contact, texts.CANCELLED)])
    return True


async def keep(session: AsyncSession, contact: Contact, conversation: Conversation) -> None:
    await send(session, contact, conversation, [t(contact, texts.KEPT)])


# --- reminders ---


async def send_reminder(session: AsyncSession, booking_id: int, kind: str, now: datetime | None = None) -> bool:
    """Remind once, and only of a booking that still stands and has not begun. Idempotent: the
    kinds sent are kept on the booking, so a job that fires twice sends once."""
    now = now or utcnow()
    booking = await session.scalar(select(Booking).where(Booking.id == booking_id).with_for_update())
    if booking is None or booking.status != "booked" or kind in (booking.reminders_sent or []):
        return False
    slot = booking.slot
    if slot.cancelled or slot.starts_at <= now:  # stale: the walk-in began or is off
        return False
    found = await recipient(session, booking.contact_id)
    if found is None:
        return False
    contact, conversation = found
    booking.reminders_sent = [*(booking.reminders_sent or []), kind]
    buttons = (
        Button(f"walkin:cancel:{booking.id}", t(contact, texts.CANCEL)),
        Button(f"walkin:move:{booking.id}", t(contact, texts.MOVE)),
    )
    location = slot.walk_in.location
    when = schedule.when_words(slot.starts_at, slot.ends_at, contact.language or "nl")
    notice = Notice("reminder", (("when", when), ("place", location.name), ("address", location.address), ("code", booking.code)))
    lines = [t(contact, texts.REMINDER), *details(contact, slot), t(contact, texts.CODE, code=booking.code)]
    await send(session, contact, conversation, lines, buttons, notice=notice)
    audit.record(session, actor="system:reminders", action="booking.reminded", object_type="booking", object_id=booking.id)
    return True


async def reminders_due(session: AsyncSession, settings: Settings, now: datetime | None = None) -> list[tuple[int, str, datetime]]:
    """Every reminder of a standing, future booking that is not sent yet: (booking, kind, when).
    The scheduler arms these at start and after work done in another process."""
    now = now or utcnow()
    rows = (
        await session.execute(
            select(Booking, WalkInSlot).join(WalkInSlot, Booking.slot_id == WalkInSlot.id).where(
                Booking.status == "booked", WalkInSlot.cancelled.is_(False), WalkInSlot.starts_at > now
            )
        )
    ).all()
    due = []
    for booking, slot in rows:
        for kind in schedule.parse_reminders(settings.walk_in_reminders):
            if kind not in (booking.reminders_sent or []):
                due.append((booking.id, kind, schedule.reminder_at(slot.starts_at, kind)))
    return due


# --- after the walk-in ---


async def mark(session: AsyncSession, booking: Booking, attended: bool, *, actor: str, origin: str | None = None) -> None:
    """The host marks who came; those who came get one tap to say how it was."""
    if booking.status not in ("booked", "attended", "no_show"):
        return
    first_time = booking.status == "booked"
    booking.status, booking.marked_at = ("attended" if attended else "no_show"), utcnow()
    audit.record(session, actor=actor, action="booking.attended" if attended else "booking.no_show", object_type="booking", object_id=booking.id, origin=origin)
    emit(session, "booking.marked", booking_id=booking.id, attended=attended)
    found = await recipient(session, booking.contact_id) if attended and first_time else None
    if found is not None:
        contact, conversation = found
        buttons = tuple(
            Button(f"walkin:fb{value}:{booking.id}", t(contact, label))
            for value, label in (("good", texts.FEEDBACK_GOOD), ("okay", texts.FEEDBACK_OKAY), ("bad", texts.FEEDBACK_BAD))
        )
        await send(session, contact, conversation, [t(contact, texts.FEEDBACK)], buttons)


async def feedback(session: AsyncSession, contact: Contact, conversation: Conversation, booking_id: int, value: str) -> None:
    booking = await _own_booking(session, contact, booking_id)
    if booking is not None and booking.status == "attended" and value in ("good", "okay", "bad"):
        booking.feedback = value
        audit.record(session, actor=audit.parent_actor(contact.public_id), action="booking.feedback", object_type="booking", object_id=booking.id)
        emit(session, "booking.feedback", booking_id=booking.id)
    await send(session, contact, conversation, [t(contact, texts.FEEDBACK_THANKS)])


async def cancel_slot(session: AsyncSession, slot: WalkInSlot, *, actor: str, origin: str | None = None) -> int:
    """The municipality calls a walk-in off: everyone booked is told and offered another moment."""
    slot.cancelled = True
    bookings = (await session.scalars(select(Booking).where(Booking.slot_id == slot.id, Booking.status == "booked"))).all()
    for booking in bookings:
        booking.status, booking.cancelled_at = "cancelled", utcnow()
        found = await recipient(session, booking.contact_id)
        if found is not None:
            contact, conversation = found
            await send(session, contact, conversation, [t(contact, texts.CANCELLED_BY_MUNICIPALITY)], (Button("walkin:list:0", t(contact, texts.SEE_TIMES)),))
    slot.booked = 0
    audit.record(session, actor=actor, action="walk_in_slot.cancelled", object_type="walk_in_slot", object_id=slot.id, origin=origin)
    emit(session, "walk_in_slot.cancelled", slot_id=slot.id)
    return len(bookings)


async def release_contact(session: AsyncSession, contact: Contact) -> None:
    """Before erasure: free the seats the parent held, so others can have them."""
    for booking in (await session.scalars(select(Booking).where(Booking.contact_id == contact.id, Booking.status == "booked"))).all():
        await _free_seat(session, booking.slot_id)
