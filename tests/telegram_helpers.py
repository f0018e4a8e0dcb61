"""Helpers for driving Naast on Telegram through the Bot API double."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass

from sqlalchemy import select

from bot.app import create_app
from bot.runtime import Runtime
from flows.settings import Settings
from flows.store.models import Conversation, Handoff
from tests.conftest import LiveServer, free_port
from tests.doubles.telegram_api import SimulatedUser, TelegramDouble


@dataclass
class Bot:
    double: TelegramDouble
    runtime: Runtime
    server: LiveServer

    async def handoffs(self) -> list[Handoff]:
        async with self.runtime.sessions() as session:
            return list(await session.scalars(select(Handoff).order_by(Handoff.id)))

    async def conversation(self) -> Conversation:
        async with self.runtime.sessions() as session:
            conv = await session.scalar(select(Conversation))
            assert conv is not None
            return conv


def buttons(message: dict) -> list[str]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [b["callback_data"] for row in rows for b in row]


def labels(message: dict) -> list[str]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [b["text"] for row in rows for b in row]


async def step(user: SimulatedUser, action, *args, count: int = 1) -> list[dict]:  # type: ignore[no-untyped-def]
    """Do something as the user and return the bot's new messages."""
    mark = user.mark()
    action(*args)
    return await user.wait_for(count, after=mark)


async def leading(runtime: Runtime, timeout: float = 5.0) -> None:
    """Wait until this runtime has taken the scheduler's leadership (it tries at start)."""
    for _ in range(int(timeout / 0.1)):
        if runtime.is_leader:
            return
        await asyncio.sleep(0.1)
    raise AssertionError("the runtime did not take the scheduler")


async def running_bot(settings: Settings) -> AsyncIterator[Bot]:
    with TelegramDouble() as double:
        configured = settings.model_copy(update={"telegram_token": double.token, "telegram_api_url": double.base_url})
        runtime = Runtime(configured, with_scheduler=False)
        async with LiveServer(create_app(runtime), free_port()) as server:
            await runtime.telegram_started()
            yield Bot(double, runtime, server)


async def walk_to_wish(user: SimulatedUser, municipality: str = "Heerenveen", area: str = "money") -> None:
    """Triage with consent, up to the question what would help most."""
    await step(user, user.send_command, "start")
    await step(user, user.press, "welcome:go")
    await step(user, user.press, "consent:yes")
    await step(user, user.press, "role:parent")
    await step(user, user.send_text, municipality)
    await step(user, user.press, f"life_areas:{area}")
    await step(user, user.press, "life_areas:done")
    await step(user, user.press, "urgent:none")


async def walk_to_handoff(user: SimulatedUser, municipality: str = "Heerenveen", area: str = "money") -> None:
    """The usual path of a parent who asks for their municipality's coordinator."""
    await walk_to_wish(user, municipality, area)
    await step(user, user.press, "wish:coordinator")
