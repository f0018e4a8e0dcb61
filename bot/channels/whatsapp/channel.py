"""WhatsApp through the Cloud API. Webhooks are verified, kept in the inbox and answered at once;
a worker turns them into `Inbound` events and status reports. Sending respects the 24-hour
window: inside it, the message as it is; outside it, an approved template (see templates.py)."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.base import AwaitingReply, OutputChannel, Payload, PermanentFailure, Receiver, TemporaryFailure
from bot.channels.whatsapp import inbound, render, templates
from bot.channels.whatsapp.graph import Graph, WindowClosed, error_text, failure_for
from bot.channels.whatsapp.store import Bookkeeping, Window
from flows.engine.types import Attachment, Inbound
from flows.settings import Settings
from flows.store.models import utcnow

log = logging.getLogger(__name__)

INBOX_POLL = 5.0
UNKNOWN_STATUS_RETRIES = 3  # a status may overtake our own note of the message it is about
MAX_INBOX_ATTEMPTS = 8


class WhatsAppChannel(OutputChannel):
    name = "whatsapp"

    def __init__(self, settings: Settings, sessions: async_sessionmaker[AsyncSession], receive: Receiver) -> None:
        assert settings.whatsapp_token and settings.whatsapp_phone_number_id
        self.settings = settings
        self.receive = receive
        self.graph = Graph(
            settings.whatsapp_api_url, settings.whatsapp_token, settings.whatsapp_phone_number_id, per_second=settings.whatsapp_messages_per_second
        )
        self.templates = templates.load(settings.whatsapp_templates_file)
        self.books = Bookkeeping(sessions)
        self.on_resume: Callable[[str], Awaitable[None]] | None = None  # the drainer's resume
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    # --- webhook checks ---

    def subscription_challenge(self, mode: str | None, token: str | None, challenge: str | None) -> str | None:
        """Meta's GET handshake: the challenge to echo, or None to refuse."""
        expected = self.settings.whatsapp_verify_token
        if mode != "subscribe" or not expected or token is None or challenge is None:
            return None
        return challenge if hmac.compare_digest(token.encode(), expected.encode()) else None

    def signature_valid(self, body: bytes, header: str | None) -> bool:
        secret = self.settings.whatsapp_app_secret
        return bool(secret) and inbound.signature_valid(body, header, secret)  # type: ignore[arg-type]

    # --- intake: keep, answer, process after ---

    async def accept(self, body: bytes) -> None:
        """Keep a verified body durably; processing happens after Meta has its 200."""
        await self.books.keep(body.decode("utf-8", errors="replace"))
        self._wake.set()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="whatsapp-inbox")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        await self.graph.close()

    async def _run(self) -> None:
        while True:
            try:
                while await self.process_inbox():
                    pass
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("whatsapp inbox processing failed")
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=INBOX_POLL)
            except TimeoutError:
                pass

    async def process_inbox(self) -> bool:
        """Process the due inbox rows in order; True when there were any."""
        rows = await self.books.claim()
        for inbox_id, body, attempts in rows:
            try:
                complete = await self._process(json.loads(body), final=attempts + 1 >= UNKNOWN_STATUS_RETRIES)
            except Exception as exc:
                if attempts + 1 >= MAX_INBOX_ATTEMPTS:
                    log.error("whatsapp webhook given up", extra={"inbox_id": inbox_id, "error": type(exc).__name__})
                    await self.books.done(inbox_id)
                else:
                    log.warning("whatsapp webhook processing failed; will retry", extra={"inbox_id": inbox_id, "error": type(exc).__name__})
                    await self.books.retry(inbox_id, min(2.0**attempts, 120.0), type(exc).__name__)
                continue
            if complete:
                await self.books.done(inbox_id)
            else:
                await self.books.retry(inbox_id, 1.0, "status before its message")
        return bool(rows)

    async def _process(self, payload: object, *, final: bool) -> bool:
        """Handle one body; False when a status names a message we have not noted yet (the body
        is tried again: every step here is idempotent)."""
        if not isinstance(payload, dict):
            return True
        incoming, statuses = inbound.read(payload)
        for item in incoming:
            await self._incoming(item)
        complete = True
        for report in statuses:
            complete = await self._status(report) and complete
        return complete or final

    async def _incoming(self, item: inbound.Incoming) -> None:
        event = item.inbound
        if event.kind == "button" and event.text == templates.RESUME:
            await self.books.opened(event.user_id)
        else:
            await self.receive(await self._with_media(item))
        if self.on_resume is not None:
            await self.on_resume(event.reply_address)

    async def _with_media(self, item: inbound.Incoming) -> Inbound:
        """The voice note or photo fetched, so a coordinator can hear or see it."""
        if item.media_id is None:
            return item.inbound
        fetched = await self.graph.media(item.media_id)
        if fetched is None:
            return item.inbound
        return replace(item.inbound, attachment=Attachment(content_type=fetched[0], data=fetched[1]))

    async def _status(self, report: inbound.StatusReport) -> bool:
        known = await self.books.delivery(report.message_id)
        if known is None:
            return False
        outbox_id, address = known
        error = error_text(report.error_code, report.error_title) if report.status == "failed" else None
        await self.books.reported(report.message_id, report.status, error)
        if report.status != "failed":
            return True
        failure = failure_for(report.error_code, report.error_title)
        if isinstance(failure, WindowClosed):
            await self.books.closed(address)
            await self.books.again(outbox_id, 0, str(failure))
        elif isinstance(failure, TemporaryFailure):
            await self.books.again(outbox_id, failure.retry_after, str(failure))
        else:
            log.warning("whatsapp message failed", extra={"outbox_id": outbox_id, "error": error})
            await self.books.failed(outbox_id, str(failure))
        if self.on_resume is not None:
            await self.on_resume(address)
        return True

    # --- output ---

    async def send_text(self, address: str, text: str) -> None:
        """Plain text, as it is (the outbox goes through `send`, which minds the window)."""
        for message in render.messages(Payload(text=text, buttons=(), language="nl")):
            await self.graph.send(address, message)

    async def send(self, address: str, payload: Payload, outbox_id: int) -> None:
        window = await self.books.window(address)
        if window.open(utcnow()):
            try:
                sent = [await self.graph.send(address, message) for message in render.messages(payload)]
            except WindowClosed:
                await self.books.closed(address)
                window = replace(window, last_inbound_at=None)
            else:
                await self.books.accepted(outbox_id, sent)
                return
        await self._outside_window(address, payload, outbox_id, window)

    async def _outside_window(self, address: str, payload: Payload, outbox_id: int, window: Window) -> None:
        notice = payload.notice or {}
        template = self.templates.for_notice(notice.get("kind"))
        values = {str(k): str(v) for k, v in (notice.get("values") or {}).items()}
        message = self.templates.message(template, payload.language, values, [b.data for b in payload.buttons])
        if template.carries_content:
            await self.books.accepted(outbox_id, [await self._send_template(address, message)])
            return
        if not window.nudged_since_last_message():
            await self._send_template(address, message)
            await self.books.nudged(address)
        raise AwaitingReply()

    async def still_awaiting(self, address: str) -> bool:
        return not (await self.books.window(address)).open(utcnow())

    async def _send_template(self, address: str, message: dict) -> str:
        try:
            return await self.graph.send(address, message)
        except WindowClosed as exc:  # cannot happen for a template; never loop on it
            raise PermanentFailure(str(exc)) from exc
