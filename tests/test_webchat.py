"""The parents' web chat in headless Chromium against the real app: the same path as on Telegram,
by taps; the quick exit; a 360-pixel-wide phone; parents' text shown escaped."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from bot.app import create_app
from bot.runtime import Runtime
from flows.settings import Settings
from flows.store.models import Handoff
from tests.browser import chat_page, collect_page_errors, serious_accessibility_problems
from tests.conftest import LiveServer, free_port

pytestmark = pytest.mark.browser
NEUTRAL = "https://neutral.example/"


@pytest.fixture
async def web(settings: Settings) -> AsyncIterator[tuple[LiveServer, Runtime]]:
    port = free_port()
    configured = settings.model_copy(update={"public_url": f"http://127.0.0.1:{port}", "quick_exit_url": NEUTRAL})
    runtime = Runtime(configured, with_scheduler=False)
    async with LiveServer(create_app(runtime), port) as server:
        yield server, runtime


async def bot_says(page, text: str) -> None:  # type: ignore[no-untyped-def]
    await page.locator(".msg--bot", has_text=text).last.wait_for(timeout=10_000)


async def tap(page, label: str) -> None:  # type: ignore[no-untyped-def]
    await page.locator("button.choice:not([disabled])", has_text=label).last.click()


async def test_first_contact_to_handoff_by_taps(web: tuple[LiveServer, Runtime]) -> None:
    server, runtime = web
    async with chat_page(server.url, bypass_csp=True) as page:  # axe is injected below
        await page.goto("/")
        await bot_says(page, "computerprogramma")
        await tap(page, "Beginnen")
        await bot_says(page, "Mag ik je antwoorden bewaren?")
        await tap(page, "Ja, dat mag")
        await tap(page, "Ik ben ouder en gedupeerd")
        await bot_says(page, "In welke gemeente woon je?")
        await page.fill("#naast-input", "Heerenveen")
        await page.keyboard.press("Enter")
        await bot_says(page, "Heerenveen")
        await tap(page, "Gezin en kinderen")
        await bot_says(page, "Gekozen")
        await tap(page, "Klaar")
        await tap(page, "Nee, nu niet")
        await tap(page, "Iemand van de gemeente")
        await bot_says(page, "doorgegeven")
        assert await page.evaluate("document.documentElement.scrollWidth") <= 360
        assert await serious_accessibility_problems(page) == []
        await page.screenshot(path="/tmp/webchat-e2e-360.png")
    async with runtime.sessions() as session:
        handoff = await session.scalar(select(Handoff))
    assert handoff is not None and handoff.municipality == "Heerenveen"
    assert handoff.summary["life_areas"] == ["family"] and handoff.summary["channel"] == "web"


async def test_numbered_choice_and_escaped_text(web: tuple[LiveServer, Runtime]) -> None:
    server, _ = web
    async with chat_page(server.url) as page:
        errors = collect_page_errors(page)  # the real Content-Security-Policy must not block anything
        await page.goto("/")
        await bot_says(page, "computerprogramma")
        hostile = "<img src=x onerror=\"window.pwned=1\"><b>vet</b>"
        await page.fill("#naast-input", hostile)
        await page.keyboard.press("Enter")
        await bot_says(page, "begrijp")
        mine = page.locator(".msg--me .msg__bubble").last
        assert await mine.inner_text() == hostile
        assert await page.evaluate("window.pwned === undefined")
        assert await page.locator(".msg--me img, .msg--me b").count() == 0
        # Typing the number of a choice works like tapping it.
        await page.fill("#naast-input", "1")
        await page.keyboard.press("Enter")
        await bot_says(page, "Mag ik je antwoorden bewaren?")
        assert errors == []


async def test_crisis_in_web_chat(web: tuple[LiveServer, Runtime]) -> None:
    server, runtime = web
    async with chat_page(server.url) as page:
        await page.goto("/")
        await bot_says(page, "computerprogramma")
        await page.fill("#naast-input", "ik zie het niet meer zitten, ik wil dood")
        await page.keyboard.press("Enter")
        await bot_says(page, "0800-0113")
        text = await page.locator(".msg--bot").last.inner_text()
        assert "112" in text or "112" in await page.locator(".msg--bot").nth(-2).inner_text()
    async with runtime.sessions() as session:
        handoff = await session.scalar(select(Handoff))
    assert handoff is not None and handoff.urgent


async def test_quick_exit_leaves_and_clears(web: tuple[LiveServer, Runtime]) -> None:
    server, _ = web
    async with chat_page(server.url) as page:
        await page.route(NEUTRAL + "**", lambda route: route.fulfill(status=200, content_type="text/html", body="<title>Weer</title>"))
        await page.goto("/")
        await bot_says(page, "computerprogramma")
        assert await page.evaluate("sessionStorage.getItem('naast.sid')")
        await page.get_by_role("button", name="Snel weg").click()
        await page.wait_for_url(NEUTRAL)
        assert await page.title() == "Weer"
        await page.go_back()
        assert page.url in (NEUTRAL, "about:blank")  # replace(): the chat is not in the history


async def test_arabic_page_is_right_to_left(web: tuple[LiveServer, Runtime]) -> None:
    server, _ = web
    async with chat_page(server.url, bypass_csp=True) as page:  # axe is injected below
        await page.goto("/?lang=ar")
        assert await page.evaluate("document.documentElement.dir") == "rtl"
        await page.locator(".msg--bot").first.wait_for(timeout=10_000)
        assert await page.evaluate("document.documentElement.scrollWidth") <= 360
        assert await serious_accessibility_problems(page) == []
