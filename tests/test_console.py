"""The coordinator console in headless Chromium, with a parent on Telegram (the Bot API double):
login with password and TOTP, take over, talk both ways live, a second coordinator refused, another
municipality's coordinator gets 404, parent text shown as text, give back and the bot answers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pyotp
import pytest
from sqlalchemy import select

from admin.accounts import CreatedAccount, add_user
from flows.settings import Settings
from flows.store.models import AuditLog, Handoff
from tests.browser import launch_chromium, require_chromium, serious_accessibility_problems
from tests.telegram_helpers import Bot, running_bot, step, walk_to_handoff

pytestmark = pytest.mark.browser
NEW_PASSWORD = "een-lang-en-veilig-wachtwoord"


@pytest.fixture
async def console(settings: Settings) -> AsyncIterator[tuple[Bot, dict[str, CreatedAccount], Any]]:
    require_chromium()
    from playwright.async_api import async_playwright

    async for bot in running_bot(settings):
        accounts = {
            "meike": await add_user(settings, email="meike@heerenveen.example", role="coordinator", municipalities=["Heerenveen"], name="Meike"),
            "joris": await add_user(settings, email="joris@heerenveen.example", role="coordinator", municipalities=["Heerenveen"], name="Joris"),
            "anna": await add_user(settings, email="anna@amsterdam.example", role="coordinator", municipalities=["Amsterdam"], name="Anna"),
        }
        async with async_playwright() as pw:
            browser = await launch_chromium(pw)
            try:
                yield bot, accounts, browser
            finally:
                await browser.close()


async def login(browser: Any, base_url: str, account: CreatedAccount) -> Any:
    context = await browser.new_context(base_url=base_url, viewport={"width": 1024, "height": 768}, locale="nl-NL", bypass_csp=True)
    page = await context.new_page()
    await page.goto("/admin/")
    assert page.url.endswith("/admin/login")
    await page.get_by_label("E-mailadres").fill(account.email)
    await page.get_by_label("Wachtwoord").fill(account.password)
    await page.get_by_role("button", name="Verder").click()
    await page.wait_for_url("**/admin/mfa")
    assert await page.locator("#totp-secret").inner_text() == account.totp_secret
    await page.get_by_label("Code uit je authenticator-app").fill(pyotp.TOTP(account.totp_secret).now())
    await page.get_by_role("button", name="Inloggen").click()
    await page.wait_for_url("**/admin/password")
    await page.get_by_label("Huidig wachtwoord").fill(account.password)
    await page.get_by_label("Nieuw wachtwoord (minstens 12 tekens)").fill(NEW_PASSWORD)
    await page.get_by_label("Nieuw wachtwoord nog een keer").fill(NEW_PASSWORD)
    await page.get_by_role("button", name="Opslaan").click()
    await page.wait_for_url("**/admin/")
    return page


async def parent_asks_for_heerenveen(bot: Bot):  # type: ignore[no-untyped-def]
    user = bot.double.user(language_code="nl")
    await walk_to_handoff(user)
    return user


async def test_takeover_conversation_and_give_back(console: tuple[Bot, dict[str, CreatedAccount], Any]) -> None:
    bot, accounts, browser = console
    base = bot.server.url
    meike = await login(browser, base, accounts["meike"])
    user = await parent_asks_for_heerenveen(bot)
    async with bot.runtime.sessions() as session:
        handoff = await session.scalar(select(Handoff))
    assert handoff is not None

    # The queue shows the new parent without a reload.
    row = meike.locator(f"tr[data-handoff='{handoff.id}']")
    await row.wait_for(timeout=10_000)
    assert "Heerenveen" in await row.inner_text() and "money" in await row.inner_text()
    assert await serious_accessibility_problems(meike) == []

    # Joris opens the same conversation while it still waits.
    joris = await login(browser, base, accounts["joris"])
    await joris.goto(f"/admin/conversations/{handoff.id}")
    await joris.locator("#take").wait_for()

    # Meike takes over; the parent hears her first name.
    await row.get_by_role("link").click()
    await meike.wait_for_url(f"**/admin/conversations/{handoff.id}")
    mark = user.mark()
    await meike.locator("#take").click()
    [told] = await user.wait_for(1, after=mark)
    assert "Meike" in told["text"] and "mens" in told["text"]
    assert await serious_accessibility_problems(meike) == []

    # Joris is told who holds it.
    await joris.locator("#take").click()
    await joris.get_by_role("alert").filter(has_text="Meike").wait_for()

    # Meike writes; the parent gets it on Telegram.
    mark = user.mark()
    await meike.get_by_label("Bericht aan de ouder").fill("Hoi, ik ben Meike. Waar kan ik je mee helpen?")
    await meike.locator("#send").click()
    [said] = await user.wait_for(1, after=mark)
    assert said["text"] == "Hoi, ik ben Meike. Waar kan ik je mee helpen?"

    # The parent answers; it appears live, as text; the bot stays quiet.
    hostile = "<img src=x onerror=alert(1)> ik heb schulden"
    mark = user.mark()
    user.send_text(hostile)
    await meike.locator("#messages li.msg--parent p", has_text="ik heb schulden").wait_for(timeout=10_000)
    assert await meike.locator("#messages li.msg--parent p").last.inner_text() == hostile
    assert await meike.locator("#messages img").count() == 0
    assert user.messages[mark:] == []

    # Anna, from Amsterdam, cannot see it.
    anna = await login(browser, base, accounts["anna"])
    response = await anna.goto(f"/admin/conversations/{handoff.id}")
    assert response is not None and response.status == 404
    assert await anna.locator(f"tr[data-handoff='{handoff.id}']").count() == 0

    # Meike gives back; the bot answers again.
    mark = user.mark()
    await meike.locator("#give-back").click()
    await meike.wait_for_url("**/admin/")
    [back] = await user.wait_for(1, after=mark)
    assert "teruggegeven" in back["text"]
    [reply] = await step(user, user.send_command, "help")
    assert "/mens" in reply["text"]

    async with bot.runtime.sessions() as session:
        actions = [a.action for a in await session.scalars(select(AuditLog).where(AuditLog.actor.like("staff:%")).order_by(AuditLog.id))]
    for expected in ("login.password", "login.totp", "conversation.opened", "handoff.take", "message.sent", "handoff.give_back"):
        assert expected in actions
    assert "conflict" in [a.result for a in (await _audit(bot)) if a.action == "handoff.take"]


async def _audit(bot: Bot) -> list[AuditLog]:
    async with bot.runtime.sessions() as session:
        return list(await session.scalars(select(AuditLog)))


async def test_crisis_during_takeover_alerts_instead_of_answering(console: tuple[Bot, dict[str, CreatedAccount], Any]) -> None:
    bot, accounts, browser = console
    meike = await login(browser, bot.server.url, accounts["meike"])
    user = await parent_asks_for_heerenveen(bot)
    async with bot.runtime.sessions() as session:
        handoff = await session.scalar(select(Handoff))
    assert handoff is not None
    await meike.goto(f"/admin/conversations/{handoff.id}")
    mark = user.mark()
    await meike.locator("#take").click()
    await user.wait_for(1, after=mark)
    mark = user.mark()
    user.send_text("ik wil niet meer leven")
    await meike.locator("#live-alert").wait_for(state="visible", timeout=20_000)  # generous: CI machines are shared
    assert user.messages[mark:] == []  # the person answers, not the bot
    async with bot.runtime.sessions() as session:
        refreshed = await session.get(Handoff, handoff.id)
    assert refreshed is not None and refreshed.urgent


async def test_voice_note_and_photo_reach_the_console(console: tuple[Bot, dict[str, CreatedAccount], Any]) -> None:
    bot, accounts, browser = console
    meike = await login(browser, bot.server.url, accounts["meike"])
    user = await parent_asks_for_heerenveen(bot)
    await step(user, user.send_voice)
    await step(user, user.send_photo)
    async with bot.runtime.sessions() as session:
        handoff = await session.scalar(select(Handoff))
    assert handoff is not None
    await meike.goto(f"/admin/conversations/{handoff.id}")
    audio = meike.locator("#messages audio")
    await audio.wait_for()
    source = await audio.get_attribute("src")
    response = await meike.request.get(source)
    assert response.status == 200 and response.headers["content-type"] == "audio/ogg"
    assert (await response.body()).startswith(b"OggS")
    image = meike.locator("#messages img.media")
    assert await image.get_attribute("alt")
    assert await meike.evaluate("(img) => img.complete && img.naturalWidth >= 0", await image.element_handle())
    anna = await login(browser, bot.server.url, accounts["anna"])
    assert (await anna.request.get(source)).status == 404


async def test_every_console_page_passes_axe(console: tuple[Bot, dict[str, CreatedAccount], Any], settings: Settings) -> None:
    bot, accounts, browser = console
    admin = await add_user(settings, email="admin@naast.example", role="admin", municipalities=[], name="Ada")
    context = await browser.new_context(base_url=bot.server.url, locale="en-GB", bypass_csp=True)
    page = await context.new_page()
    for path in ("/admin/login",):
        await page.goto(path)
        assert await serious_accessibility_problems(page) == [], path
    await page.get_by_label("Email address").fill(admin.email)
    await page.get_by_label("Password").fill(admin.password)
    await page.get_by_role("button", name="Continue").click()
    await page.wait_for_url("**/admin/mfa")
    assert await serious_accessibility_problems(page) == [], "mfa"
    await page.get_by_label("Code from your authenticator app").fill(pyotp.TOTP(admin.totp_secret).now())
    await page.get_by_role("button", name="Log in").click()
    await page.wait_for_url("**/admin/password")
    assert await serious_accessibility_problems(page) == [], "password"
    await page.get_by_label("Current password").fill(admin.password)
    await page.get_by_label("New password (at least 12 characters)").fill(NEW_PASSWORD)
    await page.get_by_label("Repeat new password").fill(NEW_PASSWORD)
    await page.get_by_role("button", name="Save").click()
    await page.wait_for_url("**/admin/")
    await parent_asks_for_heerenveen(bot)
    async with bot.runtime.sessions() as session:
        handoff = await session.scalar(select(Handoff))
    assert handoff is not None
    for path in ("/admin/", f"/admin/conversations/{handoff.id}", "/admin/audit", "/admin/accounts", "/admin/settings", "/admin/conversations/999999"):
        await page.goto(path)
        assert await serious_accessibility_problems(page) == [], path
    # An admin creates a coordinator in the console; the one-time password is shown once.
    await page.goto("/admin/accounts")
    await page.get_by_label("Email address").fill("new@heerenveen.example")
    await page.get_by_label("Municipalities", exact=False).fill("Heerenveen")
    await page.get_by_role("button", name="Create account").click()
    assert len(await page.locator("#created-password").inner_text()) >= 16
    async with bot.runtime.sessions() as session:
        created = [a.action for a in await session.scalars(select(AuditLog).where(AuditLog.action == "account.created"))]
    assert len(created) == 5  # four by the command line, one in the console
