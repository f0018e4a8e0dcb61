"""A parent on Telegram: the real python-telegram-bot client, polling a local Bot API double, with
Naast's whole app running (database, engine, outbox)."""

from __future__ import annotations

import asyncio
from sqlalchemy import func, select

from bot.app import create_app
from bot.runtime import Runtime
from flows.settings import Settings
from flows.store.models import InboundReceipt, Message, Outbox
from tests.conftest import LiveServer, free_port
from tests.doubles.telegram_api import TelegramDouble
from tests.telegram_helpers import Bot, buttons, labels, step


async def test_first_contact_to_handoff(bot: Bot) -> None:
    user = bot.double.user(language_code="nl")
    [welcome] = await step(user, user.send_command, "start")
    assert "computerprogramma" in welcome["text"]
    assert "mens" in welcome["text"]
    assert "welcome:human" in buttons(welcome) and "welcome:privacy" in buttons(welcome)

    [consent] = await step(user, user.press, "welcome:go")
    assert "bewaren" in consent["text"]
    [role] = await step(user, user.press, "consent:yes")
    assert buttons(role)[0] == "role:parent"
    [where] = await step(user, user.press, "role:parent")
    assert "gemeente" in where["text"]

    [areas] = await step(user, user.send_text, "heerenven")
    assert "Heerenveen" in areas["text"]
    [after_money] = await step(user, user.press, "life_areas:money")
    assert labels(after_money)[0].startswith("✓")
    await step(user, user.press, "life_areas:housing")
    [urgent] = await step(user, user.press, "life_areas:done")
    assert "dringend" in urgent["text"]
    [wish] = await step(user, user.press, "urgent:none")
    [done] = await step(user, user.press, "wish:coordinator")
    assert "Heerenveen" in done["text"] and "2 werkdagen" in done["text"]

    [handoff] = await bot.handoffs()
    assert handoff.status == "waiting" and handoff.municipality == "Heerenveen" and not handoff.urgent
    assert handoff.summary["life_areas"] == ["money", "housing"]
    assert handoff.summary["role"] == "parent"
    assert "Sanne" not in str(handoff.summary)

    [ack] = await step(user, user.send_text, "ik heb ook nog een vraag over mijn schulden")
    assert "bericht" in ack["text"]
    assert all(cb.get("answered") is not False for cb in bot.double.answered_callbacks)


async def test_crisis_at_three_steps(bot: Bot) -> None:
    # 1. the very first message
    first = bot.double.user(language_code="nl")
    [reply, *_] = await step(first, first.send_text, "ik wil niet meer leven", count=2)
    assert "113" in reply["text"] and "0800-0113" in reply["text"] and "0800-2000" in reply["text"] and "112" in reply["text"]

    # 2. in the middle of triage (municipality question)
    second = bot.double.user(language_code="nl")
    await step(second, second.send_command, "start")
    await step(second, second.press, "welcome:go")
    await step(second, second.press, "consent:yes")
    await step(second, second.press, "role:parent")
    [reply, *_] = await step(second, second.send_text, "mijn ex slaat me en ik ben bang", count=2)
    assert "0800-2000" in reply["text"]

    # 3. after a handoff, while waiting, in English
    third = bot.double.user(language_code="en")
    await step(third, third.send_command, "start")
    await step(third, third.send_text, "mens")
    [reply, *_] = await step(third, third.send_text, "i want to kill myself", count=2)
    assert "113" in reply["text"]

    handoffs = await bot.handoffs()
    assert len(handoffs) == 3
    assert all(h.urgent for h in handoffs)
    assert [h.status for h in handoffs] == ["waiting"] * 3


async def test_stale_and_unknown_buttons(bot: Bot) -> None:
    user = bot.double.user(language_code="nl")
    [welcome] = await step(user, user.send_command, "start")
    await step(user, user.press, "welcome:go")
    await step(user, user.press, "consent:yes")
    # Press "Beginnen" on the old welcome message again: that step is over.
    [reply] = await step(user, user.press, "welcome:go", welcome)
    assert "eerder bericht" in reply["text"]
    assert buttons(reply)[0] == "role:parent"  # the current question again
    # Forged callback data
    [reply] = await step(user, user.press, "nonsense:\u00ff", welcome)
    assert "eerder bericht" in reply["text"]
    # A human button on an old message still works: a person is never out of reach.
    [reply] = await step(user, user.press, "welcome:human", welcome)
    assert "doorgegeven" in reply["text"]


async def test_duplicate_delivery_processed_once(bot: Bot) -> None:
    user = bot.double.user(language_code="nl")
    update = user.send_command("start")
    await user.wait_for(1)
    mark = user.mark()
    user.redeliver(update)
    await step(user, user.send_text, "/privacy")
    await asyncio.sleep(0.3)
    new = user.messages[mark:]
    assert len(new) == 1 and "bewaar" in new[0]["text"]
    async with bot.runtime.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(InboundReceipt)) == 2


async def test_flood_control_is_waited_out(bot: Bot) -> None:
    user = bot.double.user(language_code="nl")
    bot.double.fail_next("sendMessage", error_code=429, retry_after=1)
    [welcome] = await step(user, user.send_command, "start")
    assert "computerprogramma" in welcome["text"]
    for _ in range(100):  # the row is marked just after Telegram accepted it
        async with bot.runtime.sessions() as session:
            row = await session.scalar(select(Outbox))
        if row is not None and row.status == "sent":
            break
        await asyncio.sleep(0.05)
    assert row is not None and row.status == "sent" and row.attempts >= 1
    assert [c["method"] for c in bot.double.sent if c["method"] == "sendMessage"][:2] == ["sendMessage"] * 2


async def test_media_long_text_emoji_and_unknown_command(bot: Bot) -> None:
    user = bot.double.user(language_code="nl")
    await step(user, user.send_command, "start")
    for send in (user.send_sticker, user.send_voice, user.send_photo):
        [reply] = await step(user, send)
        assert "typen" in reply["text"] and buttons(reply)
    [reply] = await step(user, user.send_text, "🙂🙂🙂")
    assert "begrijp" in reply["text"] and buttons(reply)
    [reply] = await step(user, user.send_text, "a" * 5000)
    assert "begrijp" in reply["text"]
    [reply] = await step(user, user.send_command, "onzin")
    assert "/help" in reply["text"]
    async with bot.runtime.sessions() as session:
        kinds = list(await session.scalars(select(Message.media_type).where(Message.kind == "media")))
        assert sorted(kinds) == ["photo", "sticker", "voice"]


async def test_long_reply_is_split(bot: Bot) -> None:
    from bot.channels.base import Payload

    assert bot.runtime.telegram is not None
    user = bot.double.user(language_code="nl")
    await bot.runtime.telegram.send(str(user.id), Payload(text=("woord " * 1500).strip(), buttons=(), language="nl"), 0)
    parts = await user.wait_for(2)
    assert all(len(p["text"]) <= 4096 for p in parts)
    assert sum(len(p["text"].split()) for p in parts) == 1500


async def test_webhook_mode_checks_secret(settings: Settings) -> None:
    with TelegramDouble() as double:
        port = free_port()
        configured = settings.model_copy(
            update={
                "telegram_token": double.token,
                "telegram_api_url": double.base_url,
                "telegram_webhook_secret": "s3cret-token",
                "public_url": f"http://127.0.0.1:{port}",
            }
        )
        runtime = Runtime(configured, with_scheduler=False)
        async with LiveServer(create_app(runtime), port):
            await runtime.telegram_started()
            user = double.user(language_code="nl")
            forged = user.text_update("/start")
            assert await double.deliver_with_secret(forged, "wrong-secret") == 403
            assert await double.deliver_with_secret(forged, None) == 403
            await asyncio.sleep(0.2)
            assert user.messages == []
            # Through the registered webhook, with the right secret
            [welcome] = await step(user, user.send_command, "start")
            assert "computerprogramma" in welcome["text"]
            import httpx

            async with httpx.AsyncClient() as client:
                bad = await client.post(
                    f"http://127.0.0.1:{port}/webhooks/telegram",
                    content=b"{not json",
                    headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"},
                )
                assert bad.status_code == 400


async def test_english_parent_gets_english_all_the_way(bot: Bot) -> None:
    user = bot.double.user(language_code="en-GB")
    [welcome] = await step(user, user.send_command, "start")
    assert "computer program" in welcome["text"]
    [consent] = await step(user, user.press, "welcome:go")
    await step(user, user.press, "consent:yes")
    await step(user, user.press, "role:parent")
    [areas] = await step(user, user.send_text, "den haag")
    assert "Den Haag" in areas["text"]
    await step(user, user.press, "life_areas:work")
    await step(user, user.press, "life_areas:done")
    await step(user, user.press, "urgent:none")
    [done] = await step(user, user.press, "wish:coordinator")
    assert "Den Haag" in done["text"] and "within 2 working days" in done["text"]
    assert "werkdag" not in done["text"]
    # Switching language mid-way re-asks the current question in the new language.
    [menu] = await step(user, user.send_command, "taal")
    [again] = await step(user, user.press, "language:nl")
    assert "Ik heb je vraag doorgegeven" in again["text"]


async def test_unexpected_updates_are_ignored_and_the_bot_keeps_going(bot: Bot) -> None:
    user = bot.double.user(language_code="nl")
    user.send_raw({"edited_message": {"message_id": 1, "date": 0, "chat": user.chat, "from": user.profile, "text": "bewerkt"}})
    user.send_raw({"message": {"message_id": 2, "date": 0, "chat": {"id": -100, "type": "group", "title": "g"}, "from": user.profile, "text": "hoi groep"}})
    user.send_raw({"some_future_update_kind": {"x": 1}})
    [welcome] = await step(user, user.send_command, "start")
    assert "computerprogramma" in welcome["text"]
    assert len(user.messages) == 1  # nothing was answered to the edit, the group or the unknown kind


async def test_unreachable_telegram_does_not_stop_the_web_chat(settings: Settings) -> None:
    import httpx

    port = free_port()
    configured = settings.model_copy(update={"telegram_token": "123:unreachable", "telegram_api_url": f"http://127.0.0.1:{free_port()}/bot"})
    runtime = Runtime(configured, with_scheduler=False)
    async with LiveServer(create_app(runtime), port):
        async with httpx.AsyncClient() as client:
            assert (await client.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200
            assert "Snel weg" in (await client.get(f"http://127.0.0.1:{port}/")).text
