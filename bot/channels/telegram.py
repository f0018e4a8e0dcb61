"""Telegram through python-telegram-bot: long polling by default, a webhook when a secret is set.
This module only translates: updates become `Inbound`, outbox payloads become messages."""

from __future__ import annotations

import hmac
import logging
from dataclasses import replace
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Message, Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application, ApplicationBuilder, ContextTypes, TypeHandler

from bot.channels.base import OutputChannel, Payload, PermanentFailure, Receiver, TemporaryFailure, split_text, text_inbound
from flows.engine.types import Attachment, Document, Inbound
from flows.i18n import _, gettext_for
from flows.settings import LANGUAGES, Settings

log = logging.getLogger(__name__)

MAX_TEXT = 4096
MAX_MEDIA_BYTES = 20 * 1024 * 1024  # the Bot API's own download limit
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MEDIA_ATTRIBUTES = (
    "sticker", "photo", "voice", "audio", "video", "video_note", "animation", "document", "location", "contact", "poll",
)
BOT_COMMANDS = (
    ("start", _("Opnieuw beginnen")),
    ("taal", _("Een andere taal kiezen")),
    ("mens", _("Met een mens praten")),
    ("privacy", _("Wat ik bewaar")),
    ("vergeet", _("Alles over mij wissen")),
    ("stop", _("Geen berichten meer")),
    ("help", _("Wat kan ik typen?")),
)

def to_inbound(update: Update) -> Inbound | None:
    """The one event an update stands for, or None for what Naast does not handle (groups,
    edits, channel posts)."""
    if update.callback_query is not None:
        query = update.callback_query
        chat = query.message.chat if query.message is not None else None
        return Inbound(
            channel="telegram",
            user_id=str(query.from_user.id),
            address=str(chat.id if chat else query.from_user.id),
            message_id=f"cb:{query.id}",
            kind="button",
            text=query.data or "",
            language_hint=query.from_user.language_code,
        )
    message = update.message
    if message is None or message.from_user is None or message.chat.type != "private":
        return None
    common = {
        "address": str(message.chat.id),
        "language_hint": message.from_user.language_code,
    }
    user_id = str(message.from_user.id)
    message_id = f"{message.chat.id}:{message.message_id}"
    if message.text is not None:
        return text_inbound("telegram", user_id, message_id, message.text, **common)
    media = next((name for name in MEDIA_ATTRIBUTES if getattr(message, name, None)), "other")
    return Inbound(channel="telegram", user_id=user_id, message_id=message_id, kind="media", media_type=media, **common)  # type: ignore[arg-type]


def _keyboard(payload: Payload) -> InlineKeyboardMarkup | None:
    if not payload.buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data)] for b in payload.buttons])


def _seconds(value: int | float | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class TelegramChannel(OutputChannel):
    name = "telegram"

    def __init__(self, settings: Settings, receive: Receiver) -> None:
        assert settings.telegram_token
        self.settings = settings
        self.receive = receive
        self.webhook_secret = settings.telegram_webhook_secret
        builder = (
            ApplicationBuilder()
            .token(settings.telegram_token)
            .base_url(settings.telegram_api_url)
            .base_file_url(settings.telegram_api_url.replace("/bot", "/file/bot"))
            .concurrent_updates(True)
        )
        if self.webhook_secret:
            builder = builder.updater(None)
        self.application: Application = builder.build()
        self.application.add_handler(TypeHandler(Update, self._on_update))
        self.application.add_error_handler(self._on_error)

    @property
    def webhook_url(self) -> str:
        return self.settings.public_url.rstrip("/") + "/webhooks/telegram"

    async def start(self) -> None:
        await self.application.initialize()
        bot = self.application.bot
        if self.webhook_secret:
            await bot.set_webhook(self.webhook_url, secret_token=self.webhook_secret, allowed_updates=["message", "callback_query"])
        else:
            await bot.delete_webhook()
        try:
            for language in LANGUAGES:
                translate = gettext_for(language)
                commands = [(name, translate(text)) for name, text in BOT_COMMANDS]
                await bot.set_my_commands(commands, language_code=None if language == "nl" else language)
        except Exception:  # cosmetic; never block start-up on it
            log.warning("could not set bot commands")
        await self.application.start()
        if self.application.updater is not None:
            await self.application.updater.start_polling(allowed_updates=["message", "callback_query"], timeout=10)
        log.info("telegram started", extra={"mode": "webhook" if self.webhook_secret else "polling"})

    async def stop(self) -> None:
        if self.application.updater is not None and self.application.updater.running:
            await self.application.updater.stop()
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()

    # --- input ---

    def secret_matches(self, given: str | None) -> bool:
        if not self.webhook_secret or given is None:
            return False
        return hmac.compare_digest(given.encode(), self.webhook_secret.encode())

    async def handle_webhook(self, data: dict) -> None:
        """Process one webhook update now, so a failure answers non-2xx and Telegram redelivers."""
        update = Update.de_json(data, self.application.bot)
        await self.handle_update(update)

    async def _on_update(self, update: object, _context: ContextTypes.DEFAULT_TYPE) -> None:
        if isinstance(update, Update):
            await self.handle_update(update, patient=True)

    async def handle_update(self, update: Update, *, patient: bool = False) -> None:
        if update.callback_query is not None:
            try:
                await update.callback_query.answer()
            except Exception:  # an expired query cannot be answered; the press still counts
                log.info("callback query could not be answered")
        inbound = to_inbound(update)
        if inbound is None:
            log.info("telegram update ignored", extra={"update_id": update.update_id})
            return
        if inbound.kind == "media" and update.message is not None:
            attachment = await self._download(update.message)
            if attachment is not None:
                inbound = replace(inbound, attachment=attachment)
        await self.receive(inbound, patient=patient)

    async def _download(self, message: Message) -> Attachment | None:
        """Fetch a photo or voice note so a coordinator can see or hear it; None when it is of
        another kind, too large, or the download fails (the parent still gets an answer)."""
        found: tuple[object, str] | None = None
        if message.photo:
            found = (message.photo[-1], "image/jpeg")
        elif message.voice:
            found = (message.voice, message.voice.mime_type or "audio/ogg")
        elif message.audio:
            found = (message.audio, message.audio.mime_type or "audio/mpeg")
        elif message.video_note:
            found = (message.video_note, "video/mp4")
        if found is None:
            return None
        media, content_type = found
        if (getattr(media, "file_size", 0) or 0) > MAX_MEDIA_BYTES:
            return None
        try:
            telegram_file = await media.get_file()  # type: ignore[attr-defined]
            data = bytes(await telegram_file.download_as_bytearray())
        except Exception as exc:
            log.warning("telegram media download failed", extra={"error": type(exc).__name__})
            return None
        return Attachment(content_type=content_type, data=data) if len(data) <= MAX_MEDIA_BYTES else None

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("telegram update failed", extra={"error": type(context.error).__name__})

    # --- output ---

    async def send_text(self, address: str, text: str) -> None:
        await self._send(address, text, None)

    async def send_with_buttons(self, address: str, payload: Payload) -> None:
        await self._send(address, payload.text, _keyboard(payload))

    async def send_document(self, address: str, document: Document) -> None:
        async with _failures():
            await self.application.bot.send_document(chat_id=int(address), document=InputFile(document.data, filename=document.filename))

    async def _send(self, address: str, text: str, markup: InlineKeyboardMarkup | None) -> None:
        chunks = split_text(text)
        async with _failures():
            for index, chunk in enumerate(chunks):
                last = index == len(chunks) - 1
                await self.application.bot.send_message(chat_id=int(address), text=chunk, reply_markup=markup if last else None)


@asynccontextmanager
async def _failures() -> AsyncIterator[None]:
    """Telegram's errors as the outbox understands them: wait, or give up on this message."""
    try:
        yield
    except RetryAfter as exc:
        raise TemporaryFailure(_seconds(exc.retry_after), whole_channel=True, reason="telegram flood control") from exc
    except Forbidden as exc:
        raise PermanentFailure(f"forbidden: {exc.message}") from exc
    except BadRequest as exc:
        raise PermanentFailure(f"bad request: {exc.message}") from exc
    except (TimedOut, NetworkError) as exc:
        raise TemporaryFailure(5.0, reason=type(exc).__name__) from exc
