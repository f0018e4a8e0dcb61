"""Proves the Telegram Bot API double speaks the protocol the real python-telegram-bot client expects."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dtm
import json
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Conflict, EndPointNotFound, Forbidden, RetryAfter
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from tests.doubles.telegram_api import LoopbackServer, TelegramDouble


@pytest.fixture
def double() -> Iterator[TelegramDouble]:
    with TelegramDouble(webhook_retry_delay=0.05) as running:
        yield running


def _application(double: TelegramDouble, *, with_updater: bool = True) -> Application:
    builder = ApplicationBuilder().token(double.token).base_url(double.base_url).base_file_url(double.base_file_url)
    if not with_updater:
        builder = builder.updater(None)
    return builder.build()


def _bot(double: TelegramDouble) -> Bot:
    return Bot(double.token, base_url=double.base_url, base_file_url=double.base_file_url)


@contextlib.asynccontextmanager
async def _polling(app: Application) -> AsyncIterator[Application]:
    async with app:
        assert app.updater is not None
        await app.updater.start_polling(timeout=5)
        await app.start()
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()


def _seconds(value: int | float | dtm.timedelta) -> float:
    """PTB 22 exposes durations as int by default and as timedelta with PTB_TIMEDELTA=true."""
    return value.total_seconds() if isinstance(value, dtm.timedelta) else value


async def _echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message and update.message.text
    await update.message.reply_text(f"echo: {update.message.text}")


async def test_polling_bot_serves_a_simulated_user(double: TelegramDouble) -> None:
    seen_update_ids: list[int] = []

    async def record(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        seen_update_ids.append(update.update_id)

    async def start(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Ja", callback_data="yes")]])
        await update.message.reply_text(f"Welkom {update.message.from_user.first_name}", reply_markup=keyboard)

    async def pressed(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query
        await query.answer("genoteerd")
        await query.edit_message_text(f"gekozen: {query.data}")

    async def media(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.message
        assert message
        kind = "photo" if message.photo else "voice" if message.voice else "sticker"
        await message.reply_text(kind)

    app = _application(double)
    app.add_handler(TypeHandler(Update, record), group=-1)
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(pressed))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
    app.add_handler(MessageHandler(filters.PHOTO | filters.VOICE | filters.Sticker.ALL, media))

    async with _polling(app):
        user = double.user(user_id=42, first_name="Sanne", language_code="nl")
        user.send_command("start")
        [welcome] = await user.wait_for(1)
        assert welcome["text"] == "Welkom Sanne"
        assert welcome["reply_markup"] == {"inline_keyboard": [[{"text": "Ja", "callback_data": "yes"}]]}

        mark = user.mark()
        press = user.press("yes")
        assert press["callback_query"]["message"]["message_id"] == welcome["message_id"]
        [edit] = await user.wait_for(after=mark)
        assert edit["method"] == "editMessageText"
        assert (edit["message_id"], edit["text"]) == (welcome["message_id"], "gekozen: yes")
        assert "reply_markup" not in edit  # editing text without a markup drops the keyboard
        assert [a["text"] for a in double.answered_callbacks] == ["genoteerd"]

        mark = user.mark()
        text = user.send_text("hallo")
        user.redeliver(text)
        raw = user.send_raw({"some_future_update": {"x": 1}})
        user.send_photo()
        user.send_voice()
        user.send_sticker()
        replies = await user.wait_for(5, after=mark)
        assert [r["text"] for r in replies] == ["echo: hallo", "echo: hallo", "photo", "voice", "sticker"]
        assert seen_update_ids.count(text["update_id"]) == 2
        assert raw["update_id"] in seen_update_ids

    # Stopping the updater confirms everything it fetched, so nothing is left pending.
    info = httpx.get(f"{double.base_url}{double.token}/getWebhookInfo").json()["result"]
    assert info["pending_update_count"] == 0


async def test_flood_control_and_injected_errors_surface_as_ptb_exceptions(double: TelegramDouble) -> None:
    user = double.user(user_id=7)
    async with _bot(double) as bot:
        double.fail_next("sendMessage", error_code=429, retry_after=1)
        with pytest.raises(RetryAfter) as flood:
            await bot.send_message(7, "hoi")
        assert _seconds(flood.value.retry_after) == 1

        double.fail_next("sendMessage", error_code=403, description="Forbidden: bot was blocked by the user")
        with pytest.raises(Forbidden, match="blocked"):
            await bot.send_message(7, "hoi")

        await bot.send_message(7, "hoi")

    assert [m["text"] for m in user.messages] == ["hoi"]
    outcomes = [call["response"]["ok"] for call in double.sent if call["method"] == "sendMessage"]
    assert outcomes == [False, False, True]


async def test_telegram_validation_errors_become_bad_request(double: TelegramDouble) -> None:
    # PTB drops the "Bad Request: " prefix and str.capitalize()s the rest, hence (?i).
    double.user(user_id=7)
    async with _bot(double) as bot:
        too_long_data = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="é" * 33)]])
        with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
            await bot.send_message(7, "kies", reply_markup=too_long_data)
        with pytest.raises(BadRequest, match=r"(?i)message is too long"):
            await bot.send_message(7, "a" * 4097)
        with pytest.raises(BadRequest, match=r"(?i)chat not found"):
            await bot.send_message(8, "hoi")
        with pytest.raises(BadRequest, match=r'(?i)Unsupported start tag "br"'):
            await bot.send_message(7, "regel<br>regel", parse_mode="HTML")
        with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
            await bot.set_my_commands([BotCommand("Start", "begin")])

        sent = await bot.send_message(7, "a" * 4096)
        with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
            await bot.edit_message_text("a" * 4096, chat_id=7, message_id=sent.message_id)
        with pytest.raises(BadRequest, match=r"(?i)query ID is invalid"):
            await bot.answer_callback_query("12345")
        # Telegram answers unknown methods with 404 "Not Found"; PTB turns that into EndPointNotFound.
        with pytest.raises(EndPointNotFound, match="sendCarrierPigeon"):
            await bot.do_api_request("sendCarrierPigeon")


async def test_documents_files_and_commands_round_trip(double: TelegramDouble) -> None:
    user = double.user(user_id=7)
    async with _bot(double) as bot:
        sent = await bot.send_document(7, document=b"%PDF-1.4 brief", filename="brief.pdf", caption="Uw brief")
        assert sent.document and sent.document.file_name == "brief.pdf"
        [entry] = user.messages
        assert entry["file"] == {"filename": "brief.pdf", "content": b"%PDF-1.4 brief"}
        assert entry["caption"] == "Uw brief"
        file = await bot.get_file(sent.document.file_id)
        assert bytes(await file.download_as_bytearray()) == b"%PDF-1.4 brief"

        await bot.set_my_commands([BotCommand("start", "Begin opnieuw")], language_code="nl")
        assert [c.command for c in await bot.get_my_commands(language_code="nl")] == ["start"]
        assert await bot.get_my_commands() == ()
        await bot.delete_my_commands(language_code="nl")
        assert await bot.get_my_commands(language_code="nl") == ()


async def test_get_updates_long_polls(double: TelegramDouble) -> None:
    user = double.user(user_id=9)
    async with _bot(double) as bot:
        started = time.monotonic()
        assert await bot.get_updates(timeout=1) == ()
        assert 0.9 <= time.monotonic() - started < 3

        asyncio.get_running_loop().call_later(0.2, user.send_text, "wakker?")
        started = time.monotonic()
        updates = await bot.get_updates(timeout=5)
        assert time.monotonic() - started < 2
        assert [u.message.text for u in updates if u.message] == ["wakker?"]

        assert await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0) == ()


async def test_webhook_delivery_with_secret_and_retries(double: TelegramDouble) -> None:
    app = _application(double, with_updater=False)
    received_secrets: list[str | None] = []
    loop = asyncio.get_running_loop()

    async def receive(request: Request) -> Response:
        received_secrets.append(request.headers.get("X-Telegram-Bot-Api-Secret-Token"))
        if received_secrets[-1] != "s3cret":
            return Response(status_code=403)
        if len(received_secrets) == 1:
            return Response(status_code=500)  # make Telegram retry the first delivery
        update = Update.de_json(await request.json(), app.bot)
        asyncio.run_coroutine_threadsafe(app.process_update(update), loop)
        return Response()

    app.add_handler(MessageHandler(filters.TEXT, _echo))
    with LoopbackServer(Starlette(routes=[Route("/hook", receive, methods=["POST"])])) as receiver:
        async with app:
            await app.bot.set_webhook(f"{receiver.url}/hook", secret_token="s3cret")
            with pytest.raises(Conflict):
                await app.bot.get_updates()

            user = double.user(user_id=11)
            sent = user.send_text("via webhook")
            [echo] = await user.wait_for(1)
            assert echo["text"] == "echo: via webhook"
            await double.wait_until(lambda: len(double.webhook_deliveries) == 2, what="two delivery attempts")
            assert [(d["update_id"], d["status"]) for d in double.webhook_deliveries] == [
                (sent["update_id"], 500),
                (sent["update_id"], 200),
            ]
            assert received_secrets == ["s3cret", "s3cret"]

            assert await double.deliver_with_secret(user.text_update("vals"), "wrong") == 403
            info = await app.bot.get_webhook_info()
            assert info.url == f"{receiver.url}/hook"
            assert info.pending_update_count == 0
            assert info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"

            await app.bot.delete_webhook()
            assert await app.bot.get_updates(timeout=0) == ()


def test_sync_clients_may_send_form_or_json(double: TelegramDouble) -> None:
    user = double.user(user_id=5)
    api = f"{double.base_url}{double.token}"
    keyboard = {"inline_keyboard": [[{"text": "Ok", "callback_data": "ok"}]]}
    mark = user.mark()
    httpx.post(f"{api}/sendMessage", data={"chat_id": "5", "text": "form", "reply_markup": json.dumps(keyboard)})
    httpx.post(f"{api}/sendMessage", json={"chat_id": 5, "text": "json", "reply_markup": keyboard})
    messages = user.wait_for_sync(2, after=mark)
    assert [(m["text"], m["reply_markup"]) for m in messages] == [("form", keyboard), ("json", keyboard)]

    wrong_token = httpx.post(f"{double.base_url}1:WRONG/getMe")
    assert (wrong_token.status_code, wrong_token.json()["description"]) == (401, "Unauthorized")
    with pytest.raises(AssertionError, match=r"got 0: \[\]"):
        user.wait_for_sync(1, after=user.mark(), timeout=0.2)
