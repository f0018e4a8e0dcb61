"""Nobody is left waiting unseen. A request for a person that nobody takes within the
municipality's time (shorter when urgent) alerts its coordinators, and after as long again the
admins. Outside office hours the parent hears when someone will answer, and an urgent parent
gets the crisis lines again."""

from __future__ import annotations

from datetime import datetime, timedelta

from babel.dates import format_skeleton
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from flows import weekly
from flows.actions import audit
from flows.actions.tell import send, t
from flows.events import emit
from flows.i18n import _
from flows.store.models import Alert, Contact, Conversation, Handoff, MunicipalitySetting, utcnow
from flows.store.upsert import insert_ignore

DEFAULT_MINUTES = 240
DEFAULT_URGENT_MINUTES = 30
LEVELS = (1, 2)  # 1: the municipality's coordinators, 2: the admins

OFF_HOURS = _("Het is nu buiten kantoortijd. Er leest nu niemand mee. Iemand antwoordt vanaf %(when)s.")
OFF_HOURS_URGENT = _("Is het dringend? Bel dan nu: 112 bij direct gevaar. 113 of 0800-0113 als je aan zelfdoding denkt. Veilig Thuis: 0800-2000.")


async def setting_for(session: AsyncSession, municipality: str | None) -> MunicipalitySetting | None:
    return await session.get(MunicipalitySetting, municipality) if municipality else None


def minutes_for(setting: MunicipalitySetting | None, urgent: bool) -> int:
    if setting is None:
        return DEFAULT_URGENT_MINUTES if urgent else DEFAULT_MINUTES
    return setting.escalate_urgent_minutes if urgent else setting.escalate_after_minutes


def office_hours(setting: MunicipalitySetting | None, default: dict) -> dict:
    """The municipality's own hours, else the default; empty means always staffed."""
    return setting.office_hours if setting is not None and setting.office_hours else default


async def due_at(session: AsyncSession, handoff: Handoff) -> datetime:
    """When a still-waiting request alerts the coordinators."""
    setting = await setting_for(session, handoff.municipality)
    return handoff.created_at + timedelta(minutes=minutes_for(setting, handoff.urgent))


async def escalate(session: AsyncSession, handoff_id: int, level: int, now: datetime | None = None) -> datetime | None:
    """Raise the alert of this level if the request still waits and its time has come; returns
    when the next level is due (None when there is none, or nothing was raised). Idempotent: one
    alert row per level."""
    now = now or utcnow()
    handoff = await session.get(Handoff, handoff_id)
    if handoff is None or handoff.status != "waiting" or level not in LEVELS:
        return None
    setting = await setting_for(session, handoff.municipality)
    minutes = minutes_for(setting, handoff.urgent)
    if now < handoff.created_at + timedelta(minutes=minutes * level):
        return None
    raised = await session.execute(
        insert_ignore(session, Alert, {"handoff_id": handoff.id, "level": level, "municipality": handoff.municipality, "urgent": handoff.urgent, "created_at": now})
    )
    if raised.rowcount != 1:
        return None
    audit.record(session, actor="system:escalation", action=f"handoff.escalated.{level}", object_type="handoff", object_id=handoff.id)
    emit(session, "handoff.escalated", handoff_id=handoff.id, level=level, municipality=handoff.municipality, urgent=handoff.urgent)
    return handoff.created_at + timedelta(minutes=minutes * (level + 1)) if level + 1 in LEVELS else None


async def acknowledge(session: AsyncSession, alert: Alert, staff_id: int, *, actor: str, origin: str | None = None) -> None:
    alert.acknowledged_by, alert.acknowledged_at = staff_id, utcnow()
    audit.record(session, actor=actor, action="alert.acknowledged", object_type="alert", object_id=alert.id, origin=origin)
    emit(session, "alert.acknowledged", alert_id=alert.id, handoff_id=alert.handoff_id)


async def waiting(session: AsyncSession) -> list[Handoff]:
    """Requests still waiting, for the scheduler to (re)arm their escalation at start."""
    return list(await session.scalars(select(Handoff).where(Handoff.status == "waiting")))


async def raised_levels(session: AsyncSession, handoff_id: int) -> set[int]:
    return set(await session.scalars(select(Alert.level).where(Alert.handoff_id == handoff_id)))


async def after_hours_notice(
    session: AsyncSession, contact: Contact, conversation: Conversation, handoff: Handoff, *, default_hours: dict,
    lines_given: bool = False, now: datetime | None = None,
) -> bool:
    """Tell a parent who asks for a person outside office hours when someone will answer; an
    urgent parent gets the crisis lines again (unless this very turn gave them). Returns whether
    anything was said."""
    now = now or utcnow()
    hours = office_hours(await setting_for(session, handoff.municipality), default_hours)
    if not hours or weekly.open_at(hours, now):
        return False
    opening = weekly.next_opening(hours, now)
    if opening is None:
        return False
    language = contact.language or "nl"
    local = opening.astimezone(weekly.TIMEZONE)
    when = f"{format_skeleton('MMMMEEEEd', local, locale=language)} {format_skeleton('Hm', local, locale=language)}"
    lines = [t(contact, OFF_HOURS, when=when)]
    if handoff.urgent and not lines_given:
        lines.append(t(contact, OFF_HOURS_URGENT))
    await send(session, contact, conversation, lines)
    return True
