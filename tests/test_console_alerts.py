"""Requests nobody took in time, office hours and aftercare in the coordinator console, over real
HTTP with password and TOTP login: coordinators see the level-1 alerts of their own municipalities
(the default team those without one), admins the level-2 ones; "Ik pak het op" is audited, needs
CSRF and is 404 out of scope; the live stream announces a new alert; the settings page checks and
saves office hours and escalation minutes; the conversation page shows the aftercare plan. One
test in headless Chromium sees an alert appear without a reload, with the axe check."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select

from admin.accounts import CreatedAccount, add_user
from bot.app import create_app
from bot.runtime import Runtime
from flows.actions import escalation
from flows.settings import Settings
from flows.store.models import AftercarePlan, Alert, AuditLog, Contact, Conversation, Handoff, MunicipalitySetting, StaffAccount, utcnow
from flows.weekly import TIMEZONE
from tests.conftest import LiveServer, free_port
from tests.test_console_http import CSRF, login

DEFAULT_HOURS = "ma 9-17, vr 9-12"


@pytest.fixture
async def server(settings: Settings) -> AsyncIterator[tuple[LiveServer, Runtime]]:
    # Default office hours only for the settings page; no parent talks to the bot here.
    runtime = Runtime(settings.model_copy(update={"default_office_hours": DEFAULT_HOURS}), with_scheduler=False)
    async with LiveServer(create_app(runtime), free_port()) as live:
        yield live, runtime


@pytest.fixture
async def people(settings: Settings) -> dict[str, CreatedAccount]:
    return {
        "meike": await add_user(settings, email="meike@heerenveen.example", role="coordinator", municipalities=["Heerenveen"], name="Meike"),
        "anna": await add_user(settings, email="anna@amsterdam.example", role="coordinator", municipalities=["Amsterdam"], name="Anna"),
        "team": await add_user(settings, email="team@naast.example", role="coordinator", municipalities=["*"], name="Team"),
        "admin": await add_user(settings, email="admin@naast.example", role="admin", municipalities=[], name="Ada"),
    }


async def waiting(runtime: Runtime, municipality: str | None, *, urgent: bool = False, minutes_ago: int = 300, user: str | None = None) -> int:
    """A parent whose request for a person has waited `minutes_ago` minutes."""
    async with runtime.sessions() as session, session.begin():
        since = utcnow() - timedelta(minutes=minutes_ago)
        who = user or f"parent-{municipality}-{urgent}-{minutes_ago}"
        contact = Contact(channel="web", channel_user_id=who, address=who, language="nl")
        session.add(contact)
        await session.flush()
        conversation = Conversation(contact_id=contact.id, status="waiting", consent=True, municipality=municipality, urgent=urgent)
        session.add(conversation)
        await session.flush()
        handoff = Handoff(conversation_id=conversation.id, municipality=municipality, reason="wish", urgent=urgent, status="waiting", created_at=since, summary={"life_areas": ["financiën"]})
        session.add(handoff)
        await session.flush()
        return handoff.id


async def escalate(runtime: Runtime, handoff_id: int, level: int) -> int:
    """Raise the alert as the scheduler would, with a clock far enough ahead."""
    async with runtime.sessions() as session, session.begin():
        await escalation.escalate(session, handoff_id, level, now=utcnow() + timedelta(days=2))
    async with runtime.sessions() as session:
        alert = await session.scalar(select(Alert).where(Alert.handoff_id == handoff_id, Alert.level == level))
    assert alert is not None
    return alert.id


async def token_of(client: httpx.AsyncClient, path: str = "/admin/") -> str:
    return CSRF.search((await client.get(path)).text).group(1)  # type: ignore[union-attr]


def alert_items(html: str) -> dict[int, str]:
    """The alert list: handoff id → the item's text without tags."""
    return {int(h): re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", body)).strip() for h, body in re.findall(r'<li data-alert="\d+" data-handoff="(\d+)">(.*?)</li>', html, re.S)}


def row_mark(html: str, handoff_id: int) -> str:
    return re.search(rf'data-handoff="{handoff_id}" data-urgent="\w+" data-escalated="(\w+)"', html).group(1)  # type: ignore[union-attr]


async def test_each_account_sees_the_alerts_meant_for_it(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    heerenveen = await waiting(runtime, "Heerenveen", urgent=True, minutes_ago=125)
    amsterdam = await waiting(runtime, "Amsterdam", minutes_ago=600)
    nowhere = await waiting(runtime, None, minutes_ago=300)
    quiet = await waiting(runtime, "Heerenveen", minutes_ago=10)  # not late: no alert
    for handoff_id in (heerenveen, amsterdam, nowhere):
        await escalate(runtime, handoff_id, 1)
    await escalate(runtime, amsterdam, 2)

    meike = await login(live.url, people["meike"])
    page = (await meike.get("/admin/")).text
    items = alert_items(page)
    assert list(items) == [heerenveen]
    assert re.search(r"Ouder #\d+: Wacht al te lang: 2 uur [56] min, Heerenveen, dringend Ik pak het op", items[heerenveen]), items
    assert f'href="/admin/conversations/{heerenveen}"' in page and "Wacht al te lang (1)" in page
    assert row_mark(page, heerenveen) == "open" and row_mark(page, quiet) == "no"
    assert alert_items((await meike.get("/admin/alerts")).text).keys() == {heerenveen}
    # Anna: her municipality's level-1 alert; the level-2 one is for the admins.
    anna = await login(live.url, people["anna"])
    page = (await anna.get("/admin/")).text
    assert list(alert_items(page)) == [amsterdam] and "de gemeente pakte het niet op" not in page
    assert re.search(r"Wacht al te lang: 10 uur [01] min, Amsterdam Ik pak het op", alert_items(page)[amsterdam])
    # No municipality: the default team, like the queue.
    team = await login(live.url, people["team"])
    assert list(alert_items((await team.get("/admin/")).text)) == [nowhere]
    assert "Onbekend" in alert_items((await team.get("/admin/")).text)[nowhere]
    # The admin sees every late request once, the most escalated first.
    admin = await login(live.url, people["admin"])
    items = alert_items((await admin.get("/admin/")).text)
    assert list(items) == [amsterdam, heerenveen, nowhere]
    assert items[amsterdam].endswith("Amsterdam, de gemeente pakte het niet op Ik pak het op")
    # A request someone took is no longer late.
    async with runtime.sessions() as session, session.begin():
        (await session.get(Handoff, heerenveen)).status = "taken"  # type: ignore[union-attr]
    assert alert_items((await meike.get("/admin/")).text) == {}
    for client in (meike, anna, team, admin):
        await client.aclose()


async def test_picking_up_an_alert_is_audited_needs_csrf_and_stays_in_scope(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    heerenveen = await waiting(runtime, "Heerenveen")
    amsterdam = await waiting(runtime, "Amsterdam")
    first = await escalate(runtime, heerenveen, 1)
    second = await escalate(runtime, heerenveen, 2)
    elsewhere = await escalate(runtime, amsterdam, 1)
    meike = await login(live.url, people["meike"])
    token = await token_of(meike)
    # Without the CSRF token: refused, audited, nothing changes.
    refused = await meike.post(f"/admin/alerts/{first}/acknowledge", data={})
    assert refused.status_code == 403
    # Another municipality's alert, a level-2 alert (for admins), or no alert at all: 404.
    for ident in (elsewhere, second, 999999, 99999999999, "abc"):
        assert (await meike.post(f"/admin/alerts/{ident}/acknowledge", data={"csrf": token})).status_code == 404, ident
    assert (await meike.get(f"/admin/alerts/{first}/acknowledge")).status_code == 405
    async with runtime.sessions() as session:
        assert all(a.acknowledged_at is None for a in await session.scalars(select(Alert)))
        rejected = await session.scalar(select(AuditLog).where(AuditLog.action == "csrf.rejected"))
    assert rejected is not None and rejected.object_id == f"/admin/alerts/{first}/acknowledge"

    response = await meike.post(f"/admin/alerts/{first}/acknowledge", data={"csrf": token})
    assert response.status_code == 303 and response.headers["location"] == f"/admin/conversations/{heerenveen}"
    async with runtime.sessions() as session:
        alert = await session.get(Alert, first)
        meike_id = await session.scalar(select(StaffAccount.id).where(StaffAccount.email == people["meike"].email))
        audited = (await session.scalars(select(AuditLog).where(AuditLog.action == "alert.acknowledged"))).all()
        admins_alert = await session.get(Alert, second)
    assert alert is not None and alert.acknowledged_by == meike_id and alert.acknowledged_at is not None
    assert admins_alert is not None and admins_alert.acknowledged_at is None  # the admins' own alert stays
    assert [(a.actor, a.object_id, a.origin, a.result) for a in audited] == [(f"staff:{meike_id}", str(first), "127.0.0.1", "ok")]
    page = (await meike.get("/admin/")).text
    assert alert_items(page) == {} and row_mark(page, heerenveen) == "picked" and "Opgepakt door Meike" in page
    # Again: nothing left to pick up, no second audit line.
    assert (await meike.post(f"/admin/alerts/{first}/acknowledge", data={"csrf": token})).status_code == 303
    # Anna may not pick up Meike's; the admin picks up the level-2 one.
    anna = await login(live.url, people["anna"])
    assert (await anna.post(f"/admin/alerts/{second}/acknowledge", data={"csrf": await token_of(anna)})).status_code == 404
    admin = await login(live.url, people["admin"])
    assert heerenveen in alert_items((await admin.get("/admin/")).text)
    assert (await admin.post(f"/admin/alerts/{second}/acknowledge", data={"csrf": await token_of(admin)})).status_code == 303
    async with runtime.sessions() as session:
        assert (await session.get(Alert, second)).acknowledged_at is not None  # type: ignore[union-attr]
        assert len((await session.scalars(select(AuditLog).where(AuditLog.action == "alert.acknowledged"))).all()) == 2
    assert heerenveen not in alert_items((await admin.get("/admin/")).text)
    for client in (meike, anna, admin):
        await client.aclose()


async def read_events(client: httpx.AsyncClient, seconds: float) -> list[str]:
    """The event names the live stream sends within `seconds`."""
    names: list[str] = []

    async def read() -> None:
        async with client.stream("GET", "/admin/events", timeout=httpx.Timeout(30.0)) as stream:
            async for line in stream.aiter_lines():
                if line.startswith("event: "):
                    names.append(line[7:])

    try:
        await asyncio.wait_for(read(), timeout=seconds)
    except TimeoutError:
        pass
    return names


async def test_the_live_stream_announces_a_new_alert_to_whom_it_concerns(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    heerenveen = await waiting(runtime, "Heerenveen")
    meike = await login(live.url, people["meike"])
    anna = await login(live.url, people["anna"])
    # In this process: the scheduler's event. Meike hears of it; Anna, elsewhere, does not.
    listening = [asyncio.create_task(read_events(client, 2.5)) for client in (meike, anna)]
    await asyncio.sleep(0.8)
    await escalate(runtime, heerenveen, 1)
    meike_heard, anna_heard = await asyncio.gather(*listening)
    assert "alert" in meike_heard and "queue" in meike_heard
    assert "alert" not in anna_heard
    # From another process (a row, no event): the poll of the change marker finds it.
    other = await waiting(runtime, "Heerenveen", user="another")
    listening = [asyncio.create_task(read_events(client, 7.5)) for client in (meike, anna)]
    await asyncio.sleep(0.8)
    async with runtime.sessions() as session, session.begin():
        session.add(Alert(handoff_id=other, level=1, municipality="Heerenveen", urgent=False))
    meike_heard, anna_heard = await asyncio.gather(*listening)
    assert "alert" in meike_heard and "alert" not in anna_heard
    for client in (meike, anna):
        await client.aclose()


async def test_settings_check_and_save_office_hours_and_escalation(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    admin = await login(live.url, people["admin"])
    page = (await admin.get("/admin/settings")).text
    assert '<span id="default-hours">ma 09:00-17:00, vr 09:00-12:00</span>' in page
    token = CSRF.search(page).group(1)  # type: ignore[union-attr]
    bad = {"csrf": token, "municipality": "Atlantis", "days": "0", "office_hours": "maandag ochtend", "escalate_after": "4", "escalate_urgent": "2000"}
    response = await admin.post("/admin/settings", data=bad)
    assert response.status_code == 400
    text = response.text
    for field, message in [
        ("municipality", "Kies een bestaande gemeente."),
        ("days", "Vul een aantal werkdagen van 1 tot 30 in."),
        ("office_hours", "Schrijf de tijden zo: ma 9-17, wo 13:00-17:00. Of laat het leeg."),
        ("escalate_after", "Vul een aantal minuten van 5 tot 10080 in."),
        ("escalate_urgent", "Vul een aantal minuten van 5 tot 1440 in."),
    ]:
        assert re.search(rf'<p class="field-error" id="err-{field}">{re.escape(message)}', text), field
        assert re.search(rf'id="field-{field}"[^>]*aria-describedby="[^"]*err-{field}"[^>]*aria-invalid="true"', text), field
    assert 'value="Atlantis"' in text and 'value="maandag ochtend"' in text and 'value="2000"' in text and 'role="alert"' in text
    async with runtime.sessions() as session:
        assert await session.scalar(select(MunicipalitySetting)) is None

    good = {"csrf": token, "municipality": "heerenveen", "days": "3", "office_hours": "ma 9-17, wo 13:00-17:00", "escalate_after": "120", "escalate_urgent": "15"}
    response = await admin.post("/admin/settings", data=good)
    assert response.status_code == 303 and response.headers["location"] == "/admin/settings?done=saved"
    async with runtime.sessions() as session:
        setting = await session.get(MunicipalitySetting, "Heerenveen")
        actions = [(a.action, a.object_id, a.origin) for a in await session.scalars(select(AuditLog).where(AuditLog.action.startswith("settings.")).order_by(AuditLog.id))]
    assert setting is not None and setting.response_working_days == 3
    assert setting.office_hours == {"0": [["09:00", "17:00"]], "2": [["13:00", "17:00"]]}
    assert (setting.escalate_after_minutes, setting.escalate_urgent_minutes) == (120, 15)
    assert escalation.minutes_for(setting, urgent=True) == 15 and escalation.minutes_for(setting, urgent=False) == 120
    assert actions == [(a, "Heerenveen", "127.0.0.1") for a in ("settings.response_time", "settings.office_hours", "settings.escalation")]
    page = (await admin.get("/admin/settings?done=saved")).text
    row = re.search(r'<tr data-municipality="Heerenveen">(.*?)</tr>', page, re.S).group(1)  # type: ignore[union-attr]
    assert re.findall(r"<td>([^<]*)</td>", row) == ["Heerenveen", "3", "ma 09:00-17:00, wo 13:00-17:00", "120", "15"]
    assert 'role="status">Opgeslagen.' in page
    # Changing one: the form is filled with what the municipality has now.
    form = (await admin.get("/admin/settings?municipality=Heerenveen")).text
    assert 'value="ma 09:00-17:00, wo 13:00-17:00"' in form and 'value="120"' in form and 'value="15"' in form and 'name="days" value="3"' in form
    # Empty office hours: the default again. Only that is audited.
    assert (await admin.post("/admin/settings", data={**good, "office_hours": ""})).status_code == 303
    async with runtime.sessions() as session:
        setting = await session.get(MunicipalitySetting, "Heerenveen")
        counted = [a.action for a in await session.scalars(select(AuditLog).where(AuditLog.action.startswith("settings.")).order_by(AuditLog.id))]
    assert setting is not None and setting.office_hours == {}
    assert counted == ["settings.response_time", "settings.office_hours", "settings.escalation", "settings.office_hours"]
    assert "<td>standaard</td>" in (await admin.get("/admin/settings")).text
    # Coordinators do not change settings.
    meike = await login(live.url, people["meike"])
    assert (await meike.get("/admin/settings")).status_code == 404
    assert (await meike.post("/admin/settings", data={**good, "csrf": await token_of(meike)})).status_code == 404
    for client in (admin, meike):
        await client.aclose()


async def test_the_conversation_page_shows_the_aftercare_plan(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    handoff_id = await waiting(runtime, "Heerenveen")
    meike = await login(live.url, people["meike"])
    page = (await meike.get(f"/admin/conversations/{handoff_id}")).text
    assert 'id="aftercare"' not in page and "Nazorg" in page  # only the close form's outcome
    # Closing with the outcome aftercare (the existing form) starts the plan.
    token = CSRF.search(page).group(1)  # type: ignore[union-attr]
    closed = await meike.post(f"/admin/conversations/{handoff_id}/close", data={"csrf": token, "outcome": "aftercare", "note": ""})
    assert closed.status_code == 303
    async with runtime.sessions() as session:
        plan = await session.scalar(select(AftercarePlan))
    assert plan is not None and plan.status == "active" and plan.next_at is not None
    page = (await meike.get(f"/admin/conversations/{handoff_id}")).text
    block = re.search(r'<dl class="summary" id="aftercare">(.*?)</dl>', page, re.S).group(1)  # type: ignore[union-attr]
    assert '<dd id="aftercare-status">Loopt</dd>' in block and '<dd id="aftercare-answers">Nog geen antwoord</dd>' in block
    local = plan.next_at.astimezone(TIMEZONE)
    assert f'<dd id="aftercare-next">{local:%d-%m-%Y} 10:00</dd>' in block
    # Answers as words, the next check-in in Dutch time (winter: UTC+1, summer: UTC+2).
    async with runtime.sessions() as session, session.begin():
        stored = await session.get(AftercarePlan, plan.id)
        assert stored is not None
        stored.answers, stored.next_index, stored.next_at = ["good", "talk"], 2, datetime(2027, 7, 1, 8, 0, tzinfo=UTC)
    block = re.search(r'<dl class="summary" id="aftercare">(.*?)</dl>', (await meike.get(f"/admin/conversations/{handoff_id}")).text, re.S).group(1)  # type: ignore[union-attr]
    assert '<dd id="aftercare-next">01-07-2027 10:00</dd>' in block and '<dd id="aftercare-answers">Gaat goed, Wil iemand spreken</dd>' in block
    async with runtime.sessions() as session, session.begin():
        stored = await session.get(AftercarePlan, plan.id)
        assert stored is not None
        stored.answers, stored.status, stored.next_at, stored.stopped_at = ["good", "stop"], "stopped", None, utcnow()
    page = (await meike.get(f"/admin/conversations/{handoff_id}")).text
    block = re.search(r'<dl class="summary" id="aftercare">(.*?)</dl>', page, re.S).group(1)  # type: ignore[union-attr]
    assert re.findall(r'<dd id="aftercare-\w+">([^<]*)</dd>', block) == ["Gestopt door de ouder", "–", "Gaat goed, Gestopt"]
    # In English too.
    english = (await meike.get(f"/admin/conversations/{handoff_id}?lang=en")).text
    assert "Stopped by the parent" in english and "Going well" in english
    await meike.aclose()


@pytest.mark.browser
async def test_browser_shows_a_new_alert_without_a_reload(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    from tests.browser import collect_page_errors, launch_chromium, require_chromium, serious_accessibility_problems
    from tests.test_console import login as browser_login

    require_chromium()
    from playwright.async_api import async_playwright

    live, runtime = server
    handoff_id = await waiting(runtime, "Heerenveen", urgent=True, minutes_ago=45)
    async with async_playwright() as pw:
        browser = await launch_chromium(pw)
        try:
            page = await browser_login(browser, live.url, people["meike"])
            errors = collect_page_errors(page)
            await page.locator(f'tr[data-handoff="{handoff_id}"]').wait_for()
            assert await page.locator("#alerts li").count() == 0
            await page.wait_for_timeout(500)  # the live stream is listening
            # The scheduler, in another process, raises the alert: only a row in the database.
            async with runtime.sessions() as session, session.begin():
                session.add(Alert(handoff_id=handoff_id, level=1, municipality="Heerenveen", urgent=True))
            banner = page.locator("#live-alert")
            await banner.wait_for(state="visible", timeout=15_000)
            assert await banner.inner_text() == "Iemand wacht al te lang op een mens. Kijk in de wachtrij."
            assert await banner.get_attribute("role") == "alert"
            item = page.locator(f'#alerts li[data-handoff="{handoff_id}"]')
            await item.wait_for(timeout=10_000)
            assert re.search(r"Wacht al te lang: 4[56] min, Heerenveen, dringend", await item.inner_text())
            await page.locator(f'tr[data-handoff="{handoff_id}"][data-escalated="open"]').wait_for(timeout=10_000)
            assert page.url.endswith("/admin/")  # no reload, no navigation
            assert await serious_accessibility_problems(page) == [], "queue with an alert"
            await item.get_by_role("button", name="Ik pak het op").click()
            await page.wait_for_url(f"**/admin/conversations/{handoff_id}")
            await page.goto("/admin/")
            assert await page.locator("#alerts li").count() == 0
            assert "Opgepakt door Meike" in await page.locator(f'tr[data-handoff="{handoff_id}"]').inner_text()
            assert errors == []
            # The settings page with its errors, and a conversation with aftercare, pass axe too.
            admin = await browser_login(browser, live.url, people["admin"])
            await admin.goto("/admin/settings")
            assert await serious_accessibility_problems(admin) == [], "settings"
            await admin.get_by_label("Kantoortijden").fill("maandag")
            await admin.get_by_role("button", name="Opslaan").click()
            await admin.get_by_role("alert").filter(has_text="Controleer deze velden").wait_for()
            assert await admin.get_by_label("Kantoortijden").get_attribute("aria-invalid") == "true"
            assert await serious_accessibility_problems(admin) == [], "settings with errors"
            async with runtime.sessions() as session, session.begin():
                contact_id = await session.scalar(
                    select(Conversation.contact_id).join(Handoff, Handoff.conversation_id == Conversation.id).where(Handoff.id == handoff_id)
                )
                session.add(AftercarePlan(contact_id=contact_id, municipality="Heerenveen", rhythm=["14d", "1m"], status="active", next_index=1,
                                          next_at=utcnow() + timedelta(days=20), answers=["good"]))
            await admin.goto(f"/admin/conversations/{handoff_id}")
            await admin.locator("#aftercare").wait_for()
            assert await serious_accessibility_problems(admin) == [], "conversation with aftercare"
        finally:
            await browser.close()
