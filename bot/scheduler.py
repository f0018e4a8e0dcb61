"""The scheduler: APScheduler with its job store in the application database, so jobs survive a
restart. Jobs are module-level functions that find the running runtime, because a persisted job
can only name a function, not hold an object."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import select

from flows.actions import aftercare, escalation, matching, walkins
from flows.actions.erasure import erase_contact
from flows.store.db import sync_url
from flows.store.models import Contact, MatchProposal, utcnow

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

_runtime: Runtime | None = None


def create_scheduler(database_url: str) -> AsyncIOScheduler:
    store = SQLAlchemyJobStore(url=sync_url(database_url).render_as_string(hide_password=False))
    return AsyncIOScheduler(jobstores={"default": store}, job_defaults={"coalesce": True, "misfire_grace_time": 3600}, timezone="Europe/Amsterdam")


def install(scheduler: AsyncIOScheduler, runtime: Runtime) -> None:
    global _runtime
    _runtime = runtime
    scheduler.add_job(purge_expired, "interval", hours=24, id="retention.purge", replace_existing=True, next_run_time=utcnow())
    scheduler.add_job(expire_overdue_proposals, "interval", minutes=10, id="match.sweep", replace_existing=True, next_run_time=utcnow())
    # Work made in another process (only the leader arms jobs from its own events).
    scheduler.add_job(arm_missing_proposals, "interval", minutes=1, id="match.arm", replace_existing=True)
    scheduler.add_job(arm_reminders, "interval", minutes=1, id="walkin.arm", replace_existing=True, next_run_time=utcnow())
    scheduler.add_job(arm_aftercare, "interval", minutes=1, id="aftercare.arm", replace_existing=True, next_run_time=utcnow())
    scheduler.add_job(arm_escalations, "interval", minutes=1, id="escalate.arm", replace_existing=True, next_run_time=utcnow())


async def _ensure(job_id: str, arm, *args) -> bool:  # type: ignore[no-untyped-def]
    """Arm a job unless it exists. The job store is synchronous: its calls run in a worker thread,
    so the event loop never waits on the database while an async transaction needs the loop to
    finish (with SQLite that would hold the write lock until the busy timeout)."""
    assert _runtime is not None and _runtime.scheduler is not None
    scheduler = _runtime.scheduler
    if await asyncio.to_thread(scheduler.get_job, job_id) is not None:
        return False
    await asyncio.to_thread(arm, scheduler, *args)
    return True


def _arm(scheduler: AsyncIOScheduler, func, job_id: str, at: datetime, args: list) -> None:  # type: ignore[no-untyped-def]
    """A persistent date job; arming again replaces it. No misfire limit: each job checks for
    itself whether its work is still relevant, and does it once."""
    scheduler.add_job(func, "date", run_date=at, args=args, id=job_id, replace_existing=True, misfire_grace_time=None)


# --- aftercare ---


def arm_check_in(scheduler: AsyncIOScheduler, plan_id: int, at: datetime) -> None:
    _arm(scheduler, check_in, f"aftercare.{plan_id}", at, [plan_id])


async def arm_aftercare() -> int:
    if _runtime is None or _runtime.scheduler is None:
        return 0
    async with _runtime.sessions() as session:
        plans = await aftercare.active_plans(session)
    armed = 0
    for plan_id, at in plans:
        armed += await _ensure(f"aftercare.{plan_id}", arm_check_in, plan_id, at)
    return armed


async def check_in(plan_id: int) -> bool:
    if _runtime is None:
        return False
    async with _runtime.sessions() as session, session.begin():
        return await aftercare.check_in(session, plan_id)


# --- escalation ---


def escalation_job_id(handoff_id: int, level: int) -> str:
    return f"escalate.{handoff_id}.{level}"


def arm_escalation(scheduler: AsyncIOScheduler, handoff_id: int, level: int, at: datetime) -> None:
    _arm(scheduler, escalate, escalation_job_id(handoff_id, level), at, [handoff_id, level])


async def arm_escalations() -> int:
    """Every waiting request has a job for its next alert (after a restart, or from another process)."""
    if _runtime is None or _runtime.scheduler is None:
        return 0
    armed = 0
    async with _runtime.sessions() as session:
        for handoff in await escalation.waiting(session):
            raised = await escalation.raised_levels(session, handoff.id)
            level = next((lvl for lvl in escalation.LEVELS if lvl not in raised), None)
            if level is None:
                continue
            first = await escalation.due_at(session, handoff)
            armed += await _ensure(escalation_job_id(handoff.id, level), arm_escalation, handoff.id, level, first + (first - handoff.created_at) * (level - 1))
    return armed


async def escalate(handoff_id: int, level: int) -> bool:
    if _runtime is None:
        return False
    async with _runtime.sessions() as session, session.begin():
        next_at = await escalation.escalate(session, handoff_id, level)
    if next_at is not None and _runtime.scheduler is not None:
        await asyncio.to_thread(arm_escalation, _runtime.scheduler, handoff_id, level + 1, next_at)
    return next_at is not None


# --- walk-in reminders ---


def reminder_job_id(booking_id: int, kind: str) -> str:
    return f"walkin.reminder.{booking_id}.{kind}"


def arm_reminder(scheduler: AsyncIOScheduler, booking_id: int, kind: str, at: datetime) -> None:
    """One persistent job per reminder. Late is fine (no misfire limit): `send_reminder` itself
    drops a reminder whose walk-in has begun, and never sends one twice."""
    scheduler.add_job(
        remind, "date", run_date=at, args=[booking_id, kind], id=reminder_job_id(booking_id, kind), replace_existing=True, misfire_grace_time=None
    )


async def arm_reminders() -> int:
    """Arm every reminder still due that has no job (after a restart, or made by another process)."""
    if _runtime is None or _runtime.scheduler is None:
        return 0
    async with _runtime.sessions() as session:
        due = await walkins.reminders_due(session, _runtime.settings)
    armed = 0
    for booking_id, kind, at in due:
        armed += await _ensure(reminder_job_id(booking_id, kind), arm_reminder, booking_id, kind, at)
    return armed


async def remind(booking_id: int, kind: str) -> bool:
    if _runtime is None:
        return False
    async with _runtime.sessions() as session, session.begin():
        return await walkins.send_reminder(session, booking_id, kind)


def proposal_job_id(proposal_id: int) -> str:
    return f"match.proposal.{proposal_id}"


def arm_proposal(scheduler: AsyncIOScheduler, proposal_id: int, expires_at: datetime) -> None:
    """One persistent job per proposal, at its deadline. Arming twice replaces, never doubles;
    a job that fires late still runs (no misfire limit), because a parent is waiting."""
    scheduler.add_job(
        expire_proposal,
        "date",
        run_date=expires_at,
        args=[proposal_id],
        id=proposal_job_id(proposal_id),
        replace_existing=True,
        misfire_grace_time=None,
    )


async def rearm_open_proposals(scheduler: AsyncIOScheduler) -> int:
    """At start: every open proposal has its job, even one whose arming was lost in a crash
    between the commit and the scheduler write."""
    if _runtime is None:
        return 0
    async with _runtime.sessions() as session:
        proposals = await matching.open_proposals(session)
    for proposal_id, expires_at in proposals:
        await asyncio.to_thread(arm_proposal, scheduler, proposal_id, expires_at)
    return len(proposals)


async def arm_missing_proposals() -> int:
    """Arm the open proposals that have no job yet; returns how many."""
    if _runtime is None or _runtime.scheduler is None:
        return 0
    async with _runtime.sessions() as session:
        proposals = await matching.open_proposals(session)
    armed = 0
    for proposal_id, expires_at in proposals:
        armed += await _ensure(proposal_job_id(proposal_id), arm_proposal, proposal_id, expires_at)
    return armed


async def expire_proposal(proposal_id: int) -> bool:
    """The proposal's deadline passed: the next peer is asked (idempotent, see matching.expire)."""
    if _runtime is None:
        return False
    async with _runtime.sessions() as session, session.begin():
        return await matching.expire(session, proposal_id, _runtime.settings)


async def expire_overdue_proposals() -> int:
    """Safety net: any proposal past its deadline whose job did not run (an error, a lost job)."""
    if _runtime is None:
        return 0
    async with _runtime.sessions() as session:
        overdue = list(await session.scalars(select(MatchProposal.id).where(MatchProposal.status == "proposed", MatchProposal.expires_at < utcnow())))
    expired = 0
    for proposal_id in overdue:
        expired += bool(await expire_proposal(proposal_id))
    return expired


async def purge_expired() -> int:
    """Erase parents whose last message is older than the retention period (the promise in the
    privacy text); returns how many."""
    if _runtime is None:
        return 0
    cutoff = utcnow() - timedelta(days=_runtime.settings.retention_days)
    erased = 0
    async with _runtime.sessions() as session, session.begin():
        contacts = (await session.scalars(select(Contact).where(Contact.last_seen_at < cutoff).limit(500))).all()
        for contact in contacts:
            await erase_contact(session, contact, actor="system:retention")
            erased += 1
    if erased:
        log.info("retention purge", extra={"erased": erased})
    return erased
