"""The turn handler against a real database: state lives there, so two processes can serve one
parent; a channel without buttons gets numbered text the engine understands."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from bot.channels.base import OutputChannel, Payload, numbered
from flows.engine.engine import Engine
from flows.engine.spec import load
from flows.engine.types import Button, Inbound
from flows.settings import Settings
from flows.store.db import create_engine, session_factory
from flows.store.models import Contact, Conversation, Outbox
from flows.turns import TurnHandler


def handler(settings: Settings) -> TurnHandler:
    engine = create_engine(settings.database_url or "")
    return TurnHandler(session_factory(engine), settings, Engine(load()))


def event(n: int, kind: str, text: str, user: str = "parent-1") -> Inbound:
    return Inbound(channel="sms", user_id=user, address=user, message_id=f"{user}:{n}", kind=kind, text=text, language_hint="nl")  # type: ignore[arg-type]


async def test_two_processes_share_one_conversation(settings: Settings) -> None:
    first, second = handler(settings), handler(settings)
    await first.handle(event(1, "command", "/start"))
    await second.handle(event(2, "button", "welcome:go"))
    await first.handle(event(3, "button", "consent:yes"))
    await second.handle(event(4, "button", "role:relative"))
    async with first.sessions() as session:
        conversation = await session.scalar(select(Conversation))
    assert conversation is not None
    assert conversation.step == "municipality" and conversation.role == "surviving_relative"


async def test_simultaneous_first_messages_make_one_contact(settings: Settings) -> None:
    handlers = [handler(settings) for _ in range(4)]
    outcomes = await asyncio.gather(*(h.handle(event(n, "text", "hallo", user="twin")) for n, h in enumerate(handlers)))
    assert not any(o.duplicate for o in outcomes)
    async with handlers[0].sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Contact)) == 1
        assert await session.scalar(select(func.count()).select_from(Conversation)) == 1


async def test_redelivery_is_processed_once(settings: Settings) -> None:
    turns = handler(settings)
    assert (await turns.handle(event(1, "command", "/start"))).replies == 1
    assert (await turns.handle(event(1, "command", "/start"))).duplicate
    async with turns.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Outbox)) == 1


class TextOnly(OutputChannel):
    """A channel that can only send text, like SMS."""

    name = "sms"

    def __init__(self) -> None:
        self.sent: list[str] = []

    async def send_text(self, address: str, text: str) -> None:
        self.sent.append(text)


async def test_buttons_degrade_to_numbered_text_and_digits_answer(settings: Settings) -> None:
    turns = handler(settings)
    channel = TextOnly()
    await turns.handle(event(1, "command", "/start"))
    async with turns.sessions() as session:
        row = await session.scalar(select(Outbox).order_by(Outbox.id.desc()))
    assert row is not None
    await channel.send(row.address, Payload.from_dict(row.payload), row.id)
    [text] = channel.sent
    assert "1. Beginnen" in text and "2. Een mens spreken" in text and "Typ het nummer" in text
    await turns.handle(event(2, "text", "2"))
    async with turns.sessions() as session:
        conversation = await session.scalar(select(Conversation))
    assert conversation is not None and conversation.status == "waiting"


def test_numbered_text_is_translated() -> None:
    payload = Payload(text="Hi", buttons=(Button("a:b", "One"),), language="en")
    assert numbered(payload).startswith("Hi\n\n1. One")
