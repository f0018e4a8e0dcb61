"""Privacy promises that hold without anyone remembering them: retention erases silent parents,
logs never carry what a parent wrote, and nothing of a parent is stored without consent."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from bot import scheduler
from bot.logsetup import quiet_libraries
from bot.runtime import Runtime
from flows.settings import Settings
from flows.store.models import AuditLog, Contact, Conversation, Message, utcnow
from tests.telegram_helpers import Bot, step


async def test_retention_erases_parents_who_went_silent(settings: Settings) -> None:
    runtime = Runtime(settings, with_scheduler=False)
    from flows.engine.types import Inbound

    for user in ("old", "recent"):
        await runtime.receive(Inbound(channel="web", user_id=user, address=user, message_id=f"{user}:1", kind="command", text="/start"))
    async with runtime.sessions() as session, session.begin():
        await session.execute(update(Contact).where(Contact.channel_user_id == "old").values(last_seen_at=utcnow() - timedelta(days=400)))
    scheduler._runtime = runtime
    try:
        assert await scheduler.purge_expired() == 1
    finally:
        scheduler._runtime = None
    async with runtime.sessions() as session:
        assert list(await session.scalars(select(Contact.channel_user_id))) == ["recent"]
        assert await session.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.actor == "system:retention")) == 1
    await runtime.db.dispose()


async def test_logs_never_carry_message_text(bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    secret = "mijn-geheime-schuld-bij-de-belastingdienst"
    quiet_libraries()  # as `naast serve` configures logging
    caplog.set_level(logging.DEBUG, logger="flows")
    caplog.set_level(logging.DEBUG, logger="bot")
    caplog.set_level(logging.INFO)
    user = bot.double.user(language_code="nl")
    await step(user, user.send_command, "start")
    await step(user, user.send_text, secret)
    await step(user, user.send_text, f"ik wil dood {secret}", count=2)
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    assert secret not in logged
    assert bot.double.token not in logged


async def test_without_consent_the_words_are_not_kept(bot: Bot) -> None:
    user = bot.double.user(language_code="nl")
    await step(user, user.send_command, "start")
    await step(user, user.press, "welcome:go")
    await step(user, user.press, "consent:no")
    await step(user, user.send_text, "mijn verhaal over geld")
    async with bot.runtime.sessions() as session:
        bodies = list(await session.scalars(select(Message.body).where(Message.direction == "in")))
        conversation = await session.scalar(select(Conversation))
    assert "mijn verhaal over geld" not in bodies
    assert conversation is not None and conversation.consent is False and conversation.role is None


async def test_database_errors_never_carry_a_parents_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Errors are logged with log.exception; their text must not hold the values of the statement."""
    from sqlalchemy import text

    from flows.store.db import create_engine

    engine = create_engine(f"sqlite:///{tmp_path / 'errors.db'}")
    try:
        async with engine.begin() as conn:
            await conn.execute(text("CREATE TABLE said (body TEXT PRIMARY KEY)"))
        try:
            async with engine.begin() as conn:
                for _ in range(2):
                    await conn.execute(text("INSERT INTO said VALUES (:body)"), {"body": "ik wil niet meer leven"})
        except Exception as exc:  # the second insert breaks the key
            assert "ik wil niet meer leven" not in str(exc)
        else:
            raise AssertionError("expected an integrity error")
    finally:
        await engine.dispose()
