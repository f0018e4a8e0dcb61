"""Assembles one Naast process: database, turn handler, channels, their outbox drainers and the
scheduler. Channels hand inbound events to `receive`; events wake the drainers."""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import text

from bot import leader, metrics, scheduler
from bot.channels.base import OutputChannel
from bot.channels.telegram import TelegramChannel
from bot.channels.web import WebChatChannel
from bot.channels.whatsapp.channel import WhatsAppChannel
from bot.outbox import OutboxDrainer
from flows import events
from flows.engine.engine import Engine
from flows.engine.spec import load as load_flows
from flows.engine.types import Inbound
from flows.i18n import compile_catalogs
from flows.settings import Settings
from flows.store.db import create_engine, session_factory
from flows.turns import TurnHandler, TurnOutcome

log = logging.getLogger(__name__)


def nlu_for(settings: Settings):  # type: ignore[no-untyped-def]
    """The embedded classifier (trained once per process, cached under var/), behind Rasa when
    NAAST_RASA_URL is set."""
    from nlu.parser import Parser

    embedded = Parser.load(settings.var_dir / "nlu")
    if settings.rasa_url:
        from nlu.rasa_client import RasaParser

        return RasaParser(settings.rasa_url, embedded)
    return embedded


class Runtime:
    def __init__(self, settings: Settings, *, with_scheduler: bool = True) -> None:
        self.settings = settings
        self.database_url = settings.resolved_database_url()
        compile_catalogs()
        self.db = create_engine(self.database_url)
        self.sessions = session_factory(self.db)
        self.nlu = nlu_for(settings)
        # Job-store writes one at a time: two at once (a booking's two reminders) can find SQLite
        # locked, and a reminder would be lost.
        self._arming = ThreadPoolExecutor(max_workers=1, thread_name_prefix="arm-jobs")
        self.turns = TurnHandler(self.sessions, settings, Engine(load_flows()), understand=self.nlu)
        origin = settings.public_url.rstrip("/")
        self.web = WebChatChannel(self.receive, allowed_origins={origin})
        self.telegram = TelegramChannel(settings, self.receive) if settings.telegram_token else None
        whatsapp_on = bool(settings.whatsapp_token and settings.whatsapp_phone_number_id)
        self.whatsapp = WhatsAppChannel(settings, self.sessions, self.receive) if whatsapp_on else None
        channels: list[OutputChannel] = [c for c in (self.web, self.telegram, self.whatsapp) if c is not None]
        self.drainers = {c.name: OutboxDrainer(self.sessions, c) for c in channels}
        self.web.on_connect = self.drainers["web"].release_address
        self.web.on_ack = self.drainers["web"].mark_acknowledged
        if self.whatsapp is not None:
            self.whatsapp.on_resume = self.drainers["whatsapp"].resume
        # The scheduler runs only in the process that holds the leadership (see bot.leader).
        self.scheduler: AsyncIOScheduler | None = None
        self.leadership = leader.leadership_for(self.database_url) if with_scheduler else None
        self._lead_task: asyncio.Task[None] | None = None
        self._unsubscribe = events.subscribe(self._on_event)
        self._telegram_start: asyncio.Task[None] | None = None

    async def receive(self, inbound: Inbound, *, patient: bool = False) -> TurnOutcome:
        """Every channel's way in. `patient` channels cannot ask the platform to redeliver (Telegram
        polling has already confirmed the update), so they wait out a longer database outage."""
        started = time.perf_counter()
        outcome = await self.turns.handle_with_retry(inbound, attempts=12 if patient else 5)
        metrics.TURN_SECONDS.labels(inbound.channel).observe(time.perf_counter() - started)
        if outcome.duplicate:
            metrics.DUPLICATES.labels(inbound.channel).inc()
        else:
            metrics.INBOUND.labels(inbound.channel, inbound.kind).inc()
        return outcome

    def _on_event(self, event: events.Event) -> None:
        if event.kind == "outbox.queued":
            drainer = self.drainers.get(event.data.get("channel", ""))
            if drainer:
                drainer.wake()
        elif event.kind == "match.proposed" and self.is_leader:
            self._arm(scheduler.arm_proposal, int(event.data["proposal_id"]), datetime.fromisoformat(event.data["expires_at"]))
        elif event.kind == "booking.created" and self.is_leader:
            for kind, at in event.data.get("reminders", []):
                self._arm(scheduler.arm_reminder, int(event.data["booking_id"]), kind, datetime.fromisoformat(at))
        elif event.kind == "aftercare.scheduled" and event.data.get("at") and self.is_leader:
            self._arm(scheduler.arm_check_in, int(event.data["plan_id"]), datetime.fromisoformat(event.data["at"]))
        elif event.kind in ("handoff.requested", "handoff.updated") and event.data.get("escalate_at") and self.is_leader:
            self._arm(scheduler.arm_escalation, int(event.data["handoff_id"]), 1, datetime.fromisoformat(event.data["escalate_at"]))
            if event.kind == "handoff.requested":
                metrics.HANDOFFS.labels("any").inc()
        elif event.kind == "handoff.requested":
            metrics.HANDOFFS.labels("any").inc()
        elif event.kind == "conversation.urgent" and str(event.data.get("reason", "")).startswith("crisis"):
            metrics.CRISIS.inc()

    def _arm(self, arm, *args) -> None:  # type: ignore[no-untyped-def]
        """Write a job in a worker thread: the job store is synchronous, and the event loop must
        stay free for the transactions it would otherwise wait on (see bot.scheduler._ensure)."""
        scheduler_now = self.scheduler
        if scheduler_now is None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # an event published outside the loop (a CLI command): write directly
            arm(scheduler_now, *args)
            return
        future = loop.run_in_executor(self._arming, arm, scheduler_now, *args)
        future.add_done_callback(lambda done: done.exception() and log.error("arming a job failed", extra={"error": type(done.exception()).__name__}))

    async def database_ok(self) -> bool:
        try:
            async with self.db.connect() as conn:
                await conn.execute(text("SELECT 1"))
            return True
        except Exception:
            return False

    async def start(self) -> None:
        for drainer in self.drainers.values():
            drainer.start()
        if self.whatsapp:
            self.whatsapp.start()
        if self.telegram:
            self._telegram_start = asyncio.create_task(self._start_telegram(self.telegram), name="telegram-start")
        if self.leadership is not None:
            self._lead_task = asyncio.create_task(self._lead(), name="scheduler-leadership")
        log.info("naast started", extra={"channels": sorted(self.drainers)})

    @property
    def is_leader(self) -> bool:
        return self.scheduler is not None and self.scheduler.running

    async def _lead(self) -> None:
        """Become the scheduler's process when nobody else is; step down when the lock is lost."""
        assert self.leadership is not None
        while True:
            try:
                if self.scheduler is None:
                    if await self.leadership.acquire():
                        await self._start_scheduler()
                elif not await self.leadership.held():
                    log.warning("scheduler leadership lost; standing by")
                    self._stop_scheduler()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("scheduler leadership check failed")
            await asyncio.sleep(self.settings.leader_check_seconds)

    async def _start_scheduler(self) -> None:
        self.scheduler = scheduler.create_scheduler(self.database_url)
        scheduler.install(self.scheduler, self)
        self.scheduler.start()
        await scheduler.rearm_open_proposals(self.scheduler)
        log.info("this process runs the scheduler")

    def _stop_scheduler(self) -> None:
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        self.scheduler = None

    async def telegram_started(self, timeout: float = 30.0) -> None:
        """For tests and checks: wait until Telegram polling or the webhook is set up."""
        if self._telegram_start is not None:
            await asyncio.wait_for(asyncio.shield(self._telegram_start), timeout)

    @staticmethod
    async def _start_telegram(channel: TelegramChannel) -> None:
        """Telegram may be unreachable at start (network, a wrong token): the web chat and the
        console run anyway, and Telegram is tried again with backoff."""
        delay = 2.0
        while True:
            try:
                await channel.start()
                return
            except Exception as exc:
                log.error("telegram could not start; retrying", extra={"error": type(exc).__name__, "retry_in": delay})
                await asyncio.sleep(delay)
                delay = min(delay * 2, 300.0)

    async def stop(self) -> None:
        if self._lead_task is not None:
            self._lead_task.cancel()
        self._stop_scheduler()
        if self.leadership is not None:
            await self.leadership.release()
        if self._telegram_start is not None and not self._telegram_start.done():
            self._telegram_start.cancel()
        if self.telegram and self._telegram_start is not None and self._telegram_start.done() and not self._telegram_start.cancelled():
            await self.telegram.stop()
        if self.whatsapp is not None:
            await self.whatsapp.stop()
        for drainer in self.drainers.values():
            await drainer.stop()
        self._unsubscribe()
        self._arming.shutdown(wait=False)
        await self.db.dispose()
