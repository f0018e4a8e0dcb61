"""Helpers for driving Naast on WhatsApp through the Graph API double."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

from sqlalchemy import select

from bot.app import create_app
from bot.channels.whatsapp.templates import DEFAULTS, placeholders
from bot.runtime import Runtime
from flows.settings import LANGUAGES, Settings
from flows.store.models import Contact
from tests.conftest import LiveServer, free_port
from tests.doubles.whatsapp_api import SimulatedWhatsAppUser, WhatsAppDouble, buttons_of
from tests.telegram_helpers import Bot

VERIFY_TOKEN = "verify-me-please"


@dataclass
class WhatsAppBot(Bot):
    """Naast with WhatsApp on: the same queries as on Telegram, another double."""

    double: WhatsAppDouble  # type: ignore[assignment]

    async def contact(self) -> Contact:
        async with self.runtime.sessions() as session:
            contact = await session.scalar(select(Contact))
            assert contact is not None
            return contact


def ids(message: dict) -> list[str]:
    return [data for data, _title in buttons_of(message)]


async def step(user: SimulatedWhatsAppUser, action: Callable[..., Awaitable[object]], *args: object, count: int = 1) -> list[dict]:
    """Do something as the user and return the bot's new messages."""
    mark = user.mark()
    await action(*args)
    return await user.wait_for(count, after=mark)


async def tap(user: SimulatedWhatsAppUser, data: str) -> list[dict]:
    """Tap a choice the way the bot offered it: a reply button or a list row."""
    offer = next(m for m in reversed(user.messages) if data in ids(m))
    kind = offer["json"].get("interactive", {}).get("type")
    return await step(user, user.choose if kind == "list" else user.press, data)


def approve_all(double: WhatsAppDouble) -> None:
    for template in DEFAULTS:
        for language in LANGUAGES:
            double.approve_template(template.name, language, body_params=placeholders(template.body))


async def running_whatsapp(settings: Settings, *, overrides: dict | None = None, **double_options: object) -> AsyncIterator[WhatsAppBot]:
    with WhatsAppDouble(**double_options) as double:  # type: ignore[arg-type]
        approve_all(double)
        configured = settings.model_copy(
            update=(overrides or {}) | {
                "whatsapp_token": double.token,
                "whatsapp_phone_number_id": double.phone_number_id,
                "whatsapp_app_secret": double.app_secret,
                "whatsapp_verify_token": VERIFY_TOKEN,
                "whatsapp_api_url": double.base_url,
            }
        )
        runtime = Runtime(configured, with_scheduler=False)
        async with LiveServer(create_app(runtime), free_port()) as server:
            double.webhook_url = f"{server.url}/webhooks/whatsapp"
            yield WhatsAppBot(double, runtime, server)


async def walk_to_wish(user: SimulatedWhatsAppUser, municipality: str = "Heerenveen", area: str = "money", language: str = "nl") -> None:
    """First contact and triage with consent, by taps, up to what would help most. WhatsApp
    tells us no language, so the bot asks first."""
    await step(user, user.send_text, "hallo")
    await tap(user, f"language:{language}")
    await tap(user, "welcome:go")
    await tap(user, "consent:yes")
    await tap(user, "role:parent")
    await step(user, user.send_text, municipality)
    await tap(user, f"life_areas:{area}")
    await tap(user, "life_areas:done")
    await tap(user, "urgent:none")


async def tap_template(user: SimulatedWhatsAppUser, payload: str) -> dict:
    """Tap a quick reply of the newest template message: WhatsApp sends it as a `button` message
    carrying the payload set when the template was sent."""
    for message in reversed(user.messages):
        if message["type"] != "template":
            continue
        components = message["json"]["template"].get("components", [])
        for component in components:
            if component["type"] == "button" and component["parameters"][0]["payload"] == payload:
                content = {"button": {"payload": payload, "text": payload}}
                return await user._send(user.message("button", content, context=message["id"]))
    raise AssertionError(f"no template offers {payload!r}")
