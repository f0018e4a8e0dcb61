"""/vergeet: after a confirmation, nothing about the parent remains in any table; only an audit line
naming an id that no longer points anywhere."""

from __future__ import annotations

import asyncio

from sqlalchemy import select, text

from flows.store.models import AuditLog, Base
from tests.telegram_helpers import Bot, buttons, step


async def _rows_mentioning(bot: Bot, needles: list[str]) -> list[tuple[str, str]]:
    """Every (table, row) in the whole schema whose text mentions one of the needles."""
    found = []
    async with bot.runtime.sessions() as session:
        for table in Base.metadata.sorted_tables:
            for row in await session.execute(select(table)):
                flat = " ".join(str(v) for v in row)
                if any(n in flat for n in needles):
                    found.append((table.name, flat[:200]))
    return found


async def test_vergeet_erases_everything(bot: Bot) -> None:
    user = bot.double.user(language_code="nl")
    await step(user, user.send_command, "start")
    await step(user, user.press, "welcome:go")
    await step(user, user.press, "consent:yes")
    await step(user, user.press, "role:parent")
    await step(user, user.send_text, "Heerenveen")
    await step(user, user.press, "life_areas:family")
    await step(user, user.press, "life_areas:done")
    await step(user, user.press, "urgent:eviction")
    await step(user, user.press, "wish:coordinator")
    await step(user, user.send_text, "mijn verhaal: ik heb schulden bij de gemeente Heerenveen")

    async with bot.runtime.sessions() as session:
        public_id = (await session.execute(text("SELECT public_id FROM contacts"))).scalar_one()
        conversation_id = (await session.execute(text("SELECT id FROM conversations"))).scalar_one()
    user_id = str(user.id)
    assert await _rows_mentioning(bot, [user_id, "mijn verhaal"])

    [confirm] = await step(user, user.send_command, "vergeet")
    assert "zeker" in confirm["text"]
    assert buttons(confirm) == ["forget_confirm:yes", "forget_confirm:no"]
    [done] = await step(user, user.press, "forget_confirm:yes")
    assert "gewist" in done["text"]
    await asyncio.sleep(0.3)  # the outbox deletes the confirmation row once it is sent

    assert await _rows_mentioning(bot, [user_id, "mijn verhaal", "Heerenveen"]) == []
    async with bot.runtime.sessions() as session:
        for table in ("contacts", "conversations", "messages", "consents", "handoffs", "inbound_receipts", "outbox"):
            count = (await session.execute(text(f"SELECT count(*) FROM {table}"))).scalar_one()
            assert count == 0, table
        erased = (await session.scalars(select(AuditLog).where(AuditLog.action == "contact.erased"))).all()
        assert [(a.object_id, a.actor) for a in erased] == [(public_id, f"parent:{public_id}")]
    assert conversation_id  # only integer ids of deleted rows are left in audit lines

    # The parent can simply start again, as a new contact.
    [again] = await step(user, user.send_text, "hallo")
    assert "computerprogramma" in again["text"]


async def test_vergeet_can_be_cancelled(bot: Bot) -> None:
    user = bot.double.user(language_code="nl")
    await step(user, user.send_command, "start")
    await step(user, user.send_text, "vergeet mij")
    [back] = await step(user, user.press, "forget_confirm:no")
    assert "computerprogramma" in back["text"]  # back to where the parent was
    async with bot.runtime.sessions() as session:
        assert (await session.execute(text("SELECT count(*) FROM contacts"))).scalar_one() == 1
