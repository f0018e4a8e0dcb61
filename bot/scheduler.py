"""The scheduler: APScheduler with its job store in the application database, so jobs survive a
restart. Jobs are module-level functions that find the running runtime, because a persisted job
can only name a function, not hold an object."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import select

from flows.actions.erasure import erase_contact
from flows.store.db import sync_url
from flows.store.models import Contact, utcnow

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
