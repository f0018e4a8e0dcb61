"""Aftercare check-ins: start a plan when a case closes with aftercare, send each check-in once,
and act on the answer (going well, talk to someone, stop for good)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from flows import aftercare as rhythm
from flows.actions import audit
from flows.actions.tell import recipient, send, t
from flows.engine.types import Button, Notice
from flows.events import emit
from flows.store.models import AftercarePlan, Contact, Conversation, utcnow


def _next_at(plan: AftercarePlan) -> datetime | None:
    if plan.next_index >= len(plan.rhythm):
        return None
    return rhythm.check_in_at(plan.started_at, plan.rhythm[plan.next_index])


async def start(session: AsyncSession, contact: Contact, conversation: Conversation, *, spec: str, actor: str, now: datetime | None = None) -> AftercarePlan:
    """One active plan per parent: a new close with aftercare starts the rhythm again."""
    now = now or utcnow()
    for old in (await session.scalars(select(AftercarePlan).where(AftercarePlan.contact_id == contact.id, AftercarePlan.status == "active"))).all():
        old.status, old.stopped_at = "done", now
    plan = AftercarePlan(
        contact_id=contact.id,
        municipality=conversation.municipality if conversation.consent else None,
        rhythm=rhythm.parse_rhythm(spec),
        status="active",
        started_at=now,
        next_index=0,
        answers=[],
    )
    plan.next_at = _next_at(plan)
    session.add(plan)
    await session.flush()
    audit.record(session, actor=actor, action="aftercare.started", object_type="aftercare", object_id=plan.id)
    emit(session, "aftercare.scheduled", plan_id=plan.id, index=plan.next_index, at=plan.next_at.isoformat() if plan.next_at else None)
    return plan


async def check_in(session: AsyncSession, plan_id: int, now: datetime | None = None) -> bool:
    """Send the check-in that is due, once. Idempotent (a job that fires twice finds the index
    moved on), and after downtime only the latest due check-in goes out."""
    now = now or utcnow()
    plan = await session.scalar(select(AftercarePlan).where(AftercarePlan.id == plan_id).with_for_update())
    if plan is None or plan.status != "active":
        return False
    index = rhythm.current_index(plan.started_at, plan.rhythm, now, plan.next_index)
    if index is None:
        return False
    found = await recipient(session, plan.contact_id)
    plan.next_index = index + 1
    plan.next_at = _next_at(plan)
    if plan.next_at is None:
        plan.status = "done"
    if found is None or found[1] is None or found[1].stopped:  # /stop: no messages
        return False
    contact, conversation = found
    buttons = (
        Button(f"aftercare:good:{plan.id}", t(contact, rhythm.GOING_WELL)),
        Button(f"aftercare:talk:{plan.id}", t(contact, rhythm.WANT_TALK)),
        Button(f"aftercare:stop:{plan.id}", t(contact, rhythm.STOP)),
    )
    await send(session, contact, conversation, [t(contact, rhythm.QUESTION)], buttons, notice=Notice("check_in"))
    audit.record(session, actor="system:aftercare", action="aftercare.check_in", object_type="aftercare", object_id=plan.id)
    emit(session, "aftercare.scheduled", plan_id=plan.id, index=plan.next_index, at=plan.next_at.isoformat() if plan.next_at else None)
    return True


async def answer(session: AsyncSession, contact: Contact, conversation: Conversation, plan_id: int, value: str) -> None:
    """Record what the parent tapped. 'stop' is for good; 'talk' was turned into a request for a
    person by the engine already."""
    plan = await session.scalar(select(AftercarePlan).where(AftercarePlan.id == plan_id, AftercarePlan.contact_id == contact.id).with_for_update())
    if plan is None or value not in ("good", "talk", "stop"):
        return
    plan.answers = [*plan.answers, value]
    actor = audit.parent_actor(contact.public_id)
    if value == "stop":
        plan.status, plan.stopped_at, plan.next_at = "stopped", utcnow(), None
        await send(session, contact, conversation, [t(contact, rhythm.STOPPED)])
    elif value == "talk":
        pass  # the engine opened the request and told the parent, as for any request for a person
    else:
        await send(session, contact, conversation, [t(contact, rhythm.THANKS_WELL)])
    audit.record(session, actor=actor, action=f"aftercare.{value}", object_type="aftercare", object_id=plan.id)
    emit(session, "aftercare.answered", plan_id=plan.id, value=value)


async def active_plans(session: AsyncSession) -> list[tuple[int, datetime]]:
    rows = await session.execute(select(AftercarePlan.id, AftercarePlan.next_at).where(AftercarePlan.status == "active", AftercarePlan.next_at.is_not(None)))
    return [(row[0], row[1]) for row in rows]
