"""A WhatsApp parent's conversation in the console, in headless Chromium: the voice note plays,
delivery news shows on each message (read, waiting for the parent, failed with Meta's code), and
the page passes axe."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import select

from admin.accounts import add_user
from flows.settings import Settings
from flows.store.models import Handoff
from tests.browser import launch_chromium, require_chromium, serious_accessibility_problems
from tests.test_console import login
from tests.whatsapp_helpers import WhatsAppBot, running_whatsapp, step, tap, walk_to_wish

pytestmark = pytest.mark.browser


@pytest.fixture
async def wa_console(settings: Settings) -> AsyncIterator[tuple[WhatsAppBot, Any]]:
    require_chromium()
    from playwright.async_api import async_playwright

    async for wa in running_whatsapp(settings):
        async with async_playwright() as pw:
            browser = await launch_chromium(pw)
            try:
                yield wa, browser
            finally:
                await browser.close()


async def test_delivery_news_and_a_voice_note_in_the_browser(wa_console: tuple[WhatsAppBot, Any], settings: Settings) -> None:
    wa, browser = wa_console
    meike = await add_user(settings, email="meike@heerenveen.example", role="coordinator", municipalities=["Heerenveen"], name="Meike")
    user = wa.double.user()
    await walk_to_wish(user)
    await tap(user, "wish:coordinator")
    await step(user, user.send_voice)
    async with wa.runtime.sessions() as session:
        handoff = await session.scalar(select(Handoff))
    assert handoff is not None
    page = await login(browser, wa.server.url, meike)
    await page.goto(f"/admin/conversations/{handoff.id}")
    await page.locator("#take").click()
    await page.wait_for_url(f"**/admin/conversations/{handoff.id}*")
    audio = page.locator("audio")
    assert await audio.count() == 1
    # The parent has read what the bot said last; a first message is refused for good by Meta.
    wa.double.fail_next(131026, via="status", title="Message Undeliverable")
    await page.get_by_label("Bericht aan de ouder").fill("Hoi, ik ben Meike. Hoe gaat het?")
    async with page.expect_navigation():  # the form posts and comes back; reloading before that races it
        await page.locator("#send").click()
    failed = page.locator('[data-delivery="failed"]')
    for _ in range(100):
        await page.reload()
        if await failed.count():
            break
        await page.wait_for_timeout(100)
    assert "131026" in await failed.first.inner_text()
    assert await page.locator('[data-delivery="delivered"], [data-delivery="read"], [data-delivery="sent"]').count() >= 1
    assert await serious_accessibility_problems(page) == []
