"""Walk-in hours (inloop) in the coordinator console, over real HTTP with password and TOTP login:
adding a location and weekly or one-off hours, the upcoming slots, field errors with the input
kept, scope (another municipality gets 404), CSRF, changed hours that remake the unbooked future
slots while booked ones keep their time, marking who came (the parent is asked how it was),
cancelling a slot (parents are told, seats freed), and only the booking code of a parent shown.
One test in headless Chromium adds a location and weekly hours with the axe accessibility check."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from admin.accounts import CreatedAccount, add_user
from bot.app import create_app
from bot.runtime import Runtime
from flows.peers import pool
from flows.settings import Settings
from flows.store.models import AuditLog, Booking, Contact, Conversation, Location, Outbox, StaffAccount, WalkIn, WalkInSlot, utcnow
from flows.walkins import schedule
from tests.conftest import LiveServer, free_port
from tests.test_console_http import CSRF, login

WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


@pytest.fixture
async def server(settings: Settings) -> AsyncIterator[tuple[LiveServer, Runtime]]:
    runtime = Runtime(settings, with_scheduler=False)
    async with LiveServer(create_app(runtime), free_port()) as live:
        yield live, runtime


@pytest.fixture
async def people(settings: Settings) -> dict[str, CreatedAccount]:
    return {
        "meike": await add_user(settings, email="meike@heerenveen.example", role="coordinator", municipalities=["Heerenveen"], name="Meike"),
        "anna": await add_user(settings, email="anna@amsterdam.example", role="coordinator", municipalities=["Amsterdam"], name="Anna"),
        "admin": await add_user(settings, email="admin@naast.example", role="admin", municipalities=[], name="Ada"),
    }


async def token_of(client: httpx.AsyncClient, path: str = "/admin/walk-ins") -> str:
    return CSRF.search((await client.get(path)).text).group(1)  # type: ignore[union-attr]


def local_today() -> date:
    return datetime.now(schedule.TIMEZONE).date()


def tomorrow() -> date:
    return local_today() + timedelta(days=1)


async def add_location(runtime: Runtime, municipality: str = "Heerenveen", name: str = "Buurthuis De Kom") -> int:
    async with runtime.sessions() as session, session.begin():
        location = Location(municipality=municipality, name=name, address="Kerkstraat 1, Heerenveen", route="Bus 10", accessibility="Rolstoel kan naar binnen.")
        session.add(location)
        await session.flush()
        return location.id


async def add_slot(runtime: Runtime, location_id: int, starts_at: datetime, *, capacity: int = 8) -> tuple[int, int]:
    """A walk-in and one slot of it at `starts_at` (two hours long), made directly."""
    async with runtime.sessions() as session, session.begin():
        local = starts_at.astimezone(schedule.TIMEZONE)
        walk_in = WalkIn(location_id=location_id, on_date=local.date(), start_time=local.strftime("%H:%M"), end_time=(local + timedelta(hours=2)).strftime("%H:%M"), capacity=capacity)
        session.add(walk_in)
        await session.flush()
        slot = WalkInSlot(walk_in_id=walk_in.id, starts_at=starts_at, ends_at=starts_at + timedelta(hours=2), capacity=capacity, booked=0)
        session.add(slot)
        await session.flush()
        return walk_in.id, slot.id


async def add_booking(runtime: Runtime, slot_id: int, user: str, code: str) -> tuple[int, int]:
    """A parent (contact and conversation) with a seat on the slot, as the chat would leave it."""
    async with runtime.sessions() as session, session.begin():
        contact = Contact(channel="web", channel_user_id=f"secret-{user}", address=f"secret-address-{user}", language="nl")
        session.add(contact)
        await session.flush()
        session.add(Conversation(contact_id=contact.id, consent=True, municipality="Heerenveen"))
        booking = Booking(slot_id=slot_id, contact_id=contact.id, status="booked", code=code, reminders_sent=[])
        session.add(booking)
        slot = await session.get(WalkInSlot, slot_id)
        assert slot is not None
        slot.booked += 1
        await session.flush()
        return contact.id, booking.id


async def actor_of(runtime: Runtime, account: CreatedAccount) -> str:
    async with runtime.sessions() as session:
        return f"staff:{await session.scalar(select(StaffAccount.id).where(StaffAccount.email == account.email))}"


async def load(runtime: Runtime, model: Any, ident: int) -> Any:
    async with runtime.sessions() as session:
        return await session.get(model, ident)


async def actions_logged(runtime: Runtime) -> list[tuple[str, str | None, str]]:
    async with runtime.sessions() as session:
        return [(a.action, a.object_id, a.actor) for a in await session.scalars(select(AuditLog).where(AuditLog.object_type.in_(("location", "walk_in", "walk_in_slot", "booking"))).order_by(AuditLog.id))]


LOCATION_FORM = {"name": "Buurthuis De Kom", "address": "Kerkstraat 1, Heerenveen", "municipality": "Heerenveen", "route": "Bus 10, halte Kerkplein.", "accessibility": "Rolstoel kan naar binnen."}


def hours_form(**changes: str) -> dict[str, str]:
    return {"repeat": "weekly", "weekday": str(tomorrow().weekday()), "on_date": "", "start_time": "10:00", "end_time": "12:00", "starts_on": "", "ends_on": "", "capacity": "5", "host": ""} | changes


async def test_coordinator_adds_a_location_and_weekly_hours_and_sees_the_slots(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    async with runtime.sessions() as session, session.begin():
        expert, _code = await pool.create(session, pool.PeerInput("Fatima", "ervaringsdeskundige", ("nl",), ("Heerenveen",), (), 2, {}), runtime.settings, actor="cli")
        fellow, _code = await pool.create(session, pool.PeerInput("Bram", "lotgenoot", ("nl",), ("Heerenveen",), (), 2, {}), runtime.settings, actor="cli")
        elsewhere, _code = await pool.create(session, pool.PeerInput("Sanne", "ervaringsdeskundige", ("nl",), ("Amsterdam",), (), 2, {}), runtime.settings, actor="cli")
        expert_id, fellow_id, elsewhere_id = expert.id, fellow.id, elsewhere.id
    meike = await login(live.url, people["meike"])
    assert 'href="/admin/walk-ins">Inloop</a>' in (await meike.get("/admin/")).text
    form_page = (await meike.get("/admin/walk-ins/locations/new")).text
    assert '<option value="Heerenveen" selected>' in form_page and "Amsterdam" not in form_page
    token = await token_of(meike)
    # Another municipality is refused, with the input kept.
    response = await meike.post("/admin/walk-ins/locations", data={"csrf": token, **LOCATION_FORM, "municipality": "Amsterdam"})
    assert response.status_code == 400 and "Je kunt alleen je eigen gemeenten kiezen." in response.text and 'value="Kerkstraat 1, Heerenveen"' in response.text
    response = await meike.post("/admin/walk-ins/locations", data={"csrf": token, **LOCATION_FORM})
    assert response.status_code == 303
    location_id = int(re.fullmatch(r"/admin/walk-ins/locations/(\d+)\?done=created", response.headers["location"]).group(1))  # type: ignore[union-attr]
    page = (await meike.get(response.headers["location"])).text
    assert "Locatie toegevoegd. Voeg nu de inlooptijden toe." in page and "Bus 10, halte Kerkplein." in page
    hours_page = (await meike.get(f"/admin/walk-ins/locations/{location_id}/hours/new")).text
    hosts = re.search(r'<select id="field-host".*?</select>', hours_page, re.S).group(0)  # type: ignore[union-attr]
    # Peers serving Heerenveen, peer experts first; none from elsewhere.
    assert re.findall(r'<option value="(\d*)"', hosts) == ["", str(expert_id), str(fellow_id)] and "Sanne" not in hosts
    response = await meike.post(f"/admin/walk-ins/locations/{location_id}/hours", data={"csrf": token, **hours_form(host=str(elsewhere_id))})
    assert response.status_code == 400 and "Kies een lotgenoot uit de lijst, of niemand." in response.text
    response = await meike.post(f"/admin/walk-ins/locations/{location_id}/hours", data={"csrf": token, **hours_form(host=str(expert_id))})
    assert response.status_code == 303 and response.headers["location"] == f"/admin/walk-ins/locations/{location_id}?done=hours-created"
    listing = (await meike.get("/admin/walk-ins")).text
    weekday = WEEKDAYS_NL[tomorrow().weekday()]
    assert f"elke {weekday}, 10:00–12:00" in listing and "5 plekken" in listing and "Ervaringsdeskundige: Fatima" in listing
    slot_ids = [int(i) for i in re.findall(r'href="/admin/walk-ins/slots/(\d+)"', listing)]
    assert len(slot_ids) >= 4 and listing.count("0 van 5") == len(slot_ids)
    first = await load(runtime, WalkInSlot, slot_ids[0])
    assert first.starts_at == schedule.local(tomorrow(), "10:00").astimezone(UTC)
    assert schedule.when_words(first.starts_at, first.ends_at, "nl") in listing
    english = (await meike.get("/admin/walk-ins?lang=en")).text
    assert f"every {tomorrow().strftime('%A')}, 10:00–12:00" in english and "0 of 5" in english and "Peer expert: Fatima" in english
    # A one-off moment too.
    once = hours_form(repeat="once", weekday="", on_date=(local_today() + timedelta(days=3)).isoformat(), start_time="19:00", end_time="20:30", capacity="12")
    assert (await meike.post(f"/admin/walk-ins/locations/{location_id}/hours", data={"csrf": token, **once})).status_code == 303
    listing = (await meike.get("/admin/walk-ins")).text
    assert ", 19:00–20:30" in listing and "12 plekken" in listing and "0 van 12" in listing
    logged = await actions_logged(runtime)
    meike_actor = await actor_of(runtime, people["meike"])
    assert [a for a, _i, _actor in logged] == ["location.created", "walk_in.created", "walk_in.created"]
    assert all(actor == meike_actor for _a, _i, actor in logged)
    # Edit the location.
    response = await meike.post(f"/admin/walk-ins/locations/{location_id}", data={"csrf": token, **LOCATION_FORM, "name": "Het Trefpunt"})
    assert response.status_code == 303 and (await load(runtime, Location, location_id)).name == "Het Trefpunt"
    # An admin may choose any municipality.
    ada = await login(live.url, people["admin"])
    response = await ada.post("/admin/walk-ins/locations", data={"csrf": await token_of(ada), **LOCATION_FORM, "municipality": "amsterdam"})
    assert response.status_code == 303
    async with runtime.sessions() as session:
        assert sorted(await session.scalars(select(Location.municipality))) == ["Amsterdam", "Heerenveen"]
    assert "Amsterdam" in (await ada.get("/admin/walk-ins")).text and "Amsterdam" not in (await meike.get("/admin/walk-ins")).text
    for client in (meike, ada):
        await client.aclose()


async def test_another_municipality_gets_404(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    location_id = await add_location(runtime)
    walk_in_id, slot_id = await add_slot(runtime, location_id, utcnow() - timedelta(minutes=30))
    _contact, booking_id = await add_booking(runtime, slot_id, "a", "AC3F")
    anna = await login(live.url, people["anna"])
    listing = (await anna.get("/admin/walk-ins")).text
    assert "Buurthuis De Kom" not in listing and "Amsterdam" in listing
    for path in (f"/admin/walk-ins/locations/{location_id}", f"/admin/walk-ins/locations/{location_id}/hours/new", f"/admin/walk-ins/hours/{walk_in_id}", f"/admin/walk-ins/slots/{slot_id}", "/admin/walk-ins/slots/abc", "/admin/walk-ins/slots/99999999999"):
        response = await anna.get(path)
        assert response.status_code == 404 and "AC3F" not in response.text and "Buurthuis" not in response.text, path
    token = await token_of(anna)
    posts = {
        f"/admin/walk-ins/locations/{location_id}": {**LOCATION_FORM, "municipality": "Amsterdam"},
        f"/admin/walk-ins/locations/{location_id}/active": {"active": "no"},
        f"/admin/walk-ins/locations/{location_id}/hours": hours_form(),
        f"/admin/walk-ins/hours/{walk_in_id}": hours_form(capacity="1"),
        f"/admin/walk-ins/hours/{walk_in_id}/active": {"active": "no"},
        f"/admin/walk-ins/slots/{slot_id}/bookings/{booking_id}/mark": {"attended": "yes"},
        f"/admin/walk-ins/slots/{slot_id}/cancel": {"confirm": "yes"},
    }
    for path, data in posts.items():
        assert (await anna.post(path, data={"csrf": token, **data})).status_code == 404, path
    location = await load(runtime, Location, location_id)
    walk_in = await load(runtime, WalkIn, walk_in_id)
    slot = await load(runtime, WalkInSlot, slot_id)
    booking = await load(runtime, Booking, booking_id)
    assert location.active and location.municipality == "Heerenveen" and walk_in.active and walk_in.capacity == 8
    assert not slot.cancelled and booking.status == "booked"
    assert await actions_logged(runtime) == []
    # A booking of another slot cannot be reached through a slot in scope either.
    meike = await login(live.url, people["meike"])
    _walk_in, other_slot = await add_slot(runtime, location_id, utcnow() - timedelta(minutes=10))
    response = await meike.post(f"/admin/walk-ins/slots/{other_slot}/bookings/{booking_id}/mark", data={"csrf": await token_of(meike), "attended": "yes"})
    assert response.status_code == 404
    for client in (anna, meike):
        await client.aclose()


async def test_field_errors_are_shown_with_the_input_kept(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    location_id = await add_location(runtime)
    meike = await login(live.url, people["meike"])
    token = await token_of(meike)
    response = await meike.post("/admin/walk-ins/locations", data={"csrf": token, **LOCATION_FORM, "name": "  ", "route": "Achterom <b>nemen</b>"})
    assert response.status_code == 400
    assert "Vul de naam van de plek in: 1 tot 120 tekens." in response.text and 'href="#field-name"' in response.text
    assert 'aria-describedby="err-name" aria-invalid="true"' in response.text
    assert "Achterom &lt;b&gt;nemen&lt;/b&gt;</textarea>" in response.text
    bad = hours_form(start_time="25:00", end_time="09:00", capacity="0", weekday="")
    response = await meike.post(f"/admin/walk-ins/locations/{location_id}/hours", data={"csrf": token, **bad})
    assert response.status_code == 400
    for message in ("Schrijf de tijd zo: 09:30.", "Vul een aantal van 1 tot 200 in.", "Kies een dag van de week."):
        assert message in response.text, message
    assert 'value="25:00"' in response.text and 'value="09:00"' in response.text and 'name="capacity" type="number" min="1" max="200" inputmode="numeric" value="0"' in response.text
    assert 'id="field-start_time" name="start_time" type="time" value="25:00" required class="medium" aria-describedby="err-start_time" aria-invalid="true"' in response.text
    response = await meike.post(f"/admin/walk-ins/locations/{location_id}/hours", data={"csrf": token, **hours_form(start_time="12:00", end_time="11:30", capacity="201")})
    assert response.status_code == 400 and "De eindtijd moet na de begintijd liggen." in response.text and "Vul een aantal van 1 tot 200 in." in response.text
    response = await meike.post(f"/admin/walk-ins/locations/{location_id}/hours", data={"csrf": token, **hours_form(starts_on="2030-05-01", ends_on="2030-04-01")})
    assert response.status_code == 400 and "De laatste datum moet na de eerste datum liggen." in response.text and 'value="2030-04-01"' in response.text
    past = hours_form(repeat="once", on_date=(local_today() - timedelta(days=1)).isoformat())
    response = await meike.post(f"/admin/walk-ins/locations/{location_id}/hours", data={"csrf": token, **past})
    assert response.status_code == 400 and "Kies vandaag of een latere datum." in response.text
    async with runtime.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(WalkIn)) == 0
        assert await session.scalar(select(func.count()).select_from(Location)) == 1
    await meike.aclose()


async def test_csrf_is_required_on_every_walk_in_change(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    location_id = await add_location(runtime)
    walk_in_id, slot_id = await add_slot(runtime, location_id, utcnow() - timedelta(minutes=30))
    _contact, booking_id = await add_booking(runtime, slot_id, "a", "AC3F")
    meike = await login(live.url, people["meike"])
    paths = [
        "/admin/walk-ins/locations", f"/admin/walk-ins/locations/{location_id}", f"/admin/walk-ins/locations/{location_id}/active",
        f"/admin/walk-ins/locations/{location_id}/hours", f"/admin/walk-ins/hours/{walk_in_id}", f"/admin/walk-ins/hours/{walk_in_id}/active",
        f"/admin/walk-ins/slots/{slot_id}/bookings/{booking_id}/mark", f"/admin/walk-ins/slots/{slot_id}/cancel",
    ]
    for path in paths:
        for token in (None, "forged-token"):
            data = {**LOCATION_FORM, **hours_form(capacity="2"), "active": "no", "attended": "yes", "confirm": "yes"} | ({"csrf": token} if token else {})
            assert (await meike.post(path, data=data)).status_code == 403, (path, token)
    async with runtime.sessions() as session:
        refused = (await session.scalars(select(AuditLog).where(AuditLog.action == "csrf.rejected"))).all()
        assert await session.scalar(select(func.count()).select_from(Location)) == 1
        assert await session.scalar(select(func.count()).select_from(WalkIn)) == 1
    assert len(refused) == 2 * len(paths)
    assert (await load(runtime, Location, location_id)).active and (await load(runtime, WalkIn, walk_in_id)).capacity == 8
    assert (await load(runtime, Booking, booking_id)).status == "booked" and not (await load(runtime, WalkInSlot, slot_id)).cancelled
    await meike.aclose()


async def test_changed_hours_remake_unbooked_future_slots(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    location_id = await add_location(runtime)
    meike = await login(live.url, people["meike"])
    token = await token_of(meike)
    assert (await meike.post(f"/admin/walk-ins/locations/{location_id}/hours", data={"csrf": token, **hours_form(capacity="5")})).status_code == 303
    await meike.get("/admin/walk-ins")  # the slots are made
    async with runtime.sessions() as session:
        walk_in_id = await session.scalar(select(WalkIn.id))
        slots = list(await session.scalars(select(WalkInSlot).order_by(WalkInSlot.starts_at)))
    assert len(slots) >= 4 and walk_in_id is not None
    booked_slot = slots[1]
    await add_booking(runtime, booked_slot.id, "a", "AC3F")
    await add_booking(runtime, booked_slot.id, "b", "HJ47")
    page = (await meike.get(f"/admin/walk-ins/hours/{walk_in_id}")).text
    assert "Er zijn al boekingen voor 1 momenten." in page and "Momenten met een boeking houden hun tijd." in page
    response = await meike.post(f"/admin/walk-ins/hours/{walk_in_id}", data={"csrf": token, **hours_form(start_time="14:00", end_time="16:00", capacity="1")})
    assert response.status_code == 303 and response.headers["location"] == f"/admin/walk-ins/hours/{walk_in_id}?done=saved&kept=1"
    assert "Momenten met boekingen houden hun oude tijd: 1." in (await meike.get(response.headers["location"])).text
    async with runtime.sessions() as session:
        after = list(await session.scalars(select(WalkInSlot).where(WalkInSlot.walk_in_id == walk_in_id).order_by(WalkInSlot.starts_at)))
    times = {s.id: s.starts_at.astimezone(schedule.TIMEZONE).strftime("%H:%M") for s in after}
    kept = next(s for s in after if s.id == booked_slot.id)
    assert times[kept.id] == "10:00" and kept.booked == 2 and kept.capacity == 2  # never below the seats booked
    others = [s for s in after if s.id != booked_slot.id]
    assert len(others) == len(slots) and all(times[s.id] == "14:00" and s.capacity == 1 and s.booked == 0 for s in others)
    listing = (await meike.get("/admin/walk-ins")).text
    assert "2 van 2" in listing and listing.count("0 van 1") == len(others)
    # Capacity alone: the rows stay, the new capacity counts.
    response = await meike.post(f"/admin/walk-ins/hours/{walk_in_id}", data={"csrf": token, **hours_form(start_time="14:00", end_time="16:00", capacity="9")})
    assert response.status_code == 303 and response.headers["location"].endswith("kept=0")
    async with runtime.sessions() as session:
        again = {s.id: s.capacity for s in await session.scalars(select(WalkInSlot).where(WalkInSlot.walk_in_id == walk_in_id))}
    assert set(again) == {s.id for s in after} and set(again.values()) == {9}
    assert [a for a, _i, _actor in await actions_logged(runtime)] == ["walk_in.created", "walk_in.updated", "walk_in.updated"]
    # Off and on again.
    response = await meike.post(f"/admin/walk-ins/hours/{walk_in_id}/active", data={"csrf": token, "active": "no"})
    assert response.status_code == 303 and not (await load(runtime, WalkIn, walk_in_id)).active
    listing = (await meike.get("/admin/walk-ins")).text
    assert "niet actief" in listing and listing.count('href="/admin/walk-ins/slots/') == 1  # only the booked moment stays in view
    assert (await meike.post(f"/admin/walk-ins/hours/{walk_in_id}/active", data={"csrf": token, "active": "yes"})).status_code == 303
    response = await meike.post(f"/admin/walk-ins/locations/{location_id}/active", data={"csrf": token, "active": "no"})
    assert response.status_code == 303 and "Locatie staat uit." in (await meike.get(response.headers["location"])).text
    assert [a for a, _i, _actor in await actions_logged(runtime)][-3:] == ["walk_in.deactivated", "walk_in.reactivated", "location.deactivated"]
    await meike.aclose()


async def test_marking_who_came_asks_the_parent_how_it_was(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    location_id = await add_location(runtime)
    _walk_in, slot_id = await add_slot(runtime, location_id, utcnow() - timedelta(minutes=30))
    came, came_booking = await add_booking(runtime, slot_id, "came", "AC3F")
    away, away_booking = await add_booking(runtime, slot_id, "away", "HJ47")
    _other, rated = await add_booking(runtime, slot_id, "rated", "KL94")
    async with runtime.sessions() as session, session.begin():
        booking = await session.get(Booking, rated)
        assert booking is not None
        booking.status, booking.feedback = "attended", "good"
        public_ids = list(await session.scalars(select(Contact.public_id)))
    _w, future_slot = await add_slot(runtime, location_id, utcnow() + timedelta(days=2))
    _c, future_booking = await add_booking(runtime, future_slot, "later", "MN33")
    meike = await login(live.url, people["meike"])
    page = (await meike.get(f"/admin/walk-ins/slots/{slot_id}")).text
    for code in ("AC3F", "HJ47", "KL94"):
        assert f"<code>{code}</code>" in page
    assert "secret-" not in page and not any(pid in page for pid in public_ids) and "Heerenveen" in page
    assert "Was er<span class=\"visually-hidden\"> (AC3F)</span>" in page and "Kerkstraat 1" in page
    assert '<dd data-feedback="good">1</dd>' in page and '<dd data-feedback="bad">0</dd>' in page
    token = await token_of(meike)
    # Not yet begun: nothing to mark.
    assert "Was er niet" not in (await meike.get(f"/admin/walk-ins/slots/{future_slot}")).text
    assert (await meike.post(f"/admin/walk-ins/slots/{future_slot}/bookings/{future_booking}/mark", data={"csrf": token, "attended": "yes"})).status_code == 400
    response = await meike.post(f"/admin/walk-ins/slots/{slot_id}/bookings/{came_booking}/mark", data={"csrf": token, "attended": "yes"})
    assert response.status_code == 303 and response.headers["location"] == f"/admin/walk-ins/slots/{slot_id}?done=marked#booking-{came_booking}"
    response = await meike.post(f"/admin/walk-ins/slots/{slot_id}/bookings/{away_booking}/mark", data={"csrf": token, "attended": "no"})
    assert response.status_code == 303
    assert (await load(runtime, Booking, came_booking)).status == "attended" and (await load(runtime, Booking, away_booking)).status == "no_show"
    assert (await load(runtime, Booking, came_booking)).marked_at is not None
    async with runtime.sessions() as session:
        told = {(o.contact_id, "Hoe was het" in o.payload["text"]) for o in await session.scalars(select(Outbox))}
        marked = [(a.action, a.object_id, a.actor) for a in await session.scalars(select(AuditLog).where(AuditLog.action.in_(("booking.attended", "booking.no_show"))).order_by(AuditLog.id))]
    assert told == {(came, True)} and away not in {c for c, _t in told}
    actor = await actor_of(runtime, people["meike"])
    assert marked == [("booking.attended", str(came_booking), actor), ("booking.no_show", str(away_booking), actor)]
    page = (await meike.get(f"/admin/walk-ins/slots/{slot_id}")).text
    assert re.search(rf'id="booking-{came_booking}".*?<td class="booking-status">Was er</td>', page, re.S)
    assert re.search(rf'id="booking-{away_booking}".*?<td class="booking-status">Was er niet</td>', page, re.S)
    # Marked again: the question is not asked twice.
    assert (await meike.post(f"/admin/walk-ins/slots/{slot_id}/bookings/{came_booking}/mark", data={"csrf": token, "attended": "yes"})).status_code == 303
    async with runtime.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Outbox)) == 1
    await meike.aclose()


async def test_cancelling_a_slot_tells_the_parents_and_frees_the_seats(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    location_id = await add_location(runtime)
    _walk_in, slot_id = await add_slot(runtime, location_id, utcnow() + timedelta(days=1))
    first, _b1 = await add_booking(runtime, slot_id, "a", "AC3F")
    second, _b2 = await add_booking(runtime, slot_id, "b", "HJ47")
    meike = await login(live.url, people["meike"])
    page = (await meike.get(f"/admin/walk-ins/slots/{slot_id}")).text
    assert 'id="slot-booked">2 van 8' in page and "Ja, dit moment gaat niet door" in page
    token = await token_of(meike)
    assert (await meike.post(f"/admin/walk-ins/slots/{slot_id}/cancel", data={"csrf": token})).status_code == 400  # not confirmed
    assert not (await load(runtime, WalkInSlot, slot_id)).cancelled
    response = await meike.post(f"/admin/walk-ins/slots/{slot_id}/cancel", data={"csrf": token, "confirm": "yes"})
    assert response.status_code == 303 and response.headers["location"] == f"/admin/walk-ins/slots/{slot_id}?done=cancelled&told=2"
    page = (await meike.get(response.headers["location"])).text
    assert "Dit moment gaat niet door. Ouders met een plek hebben een bericht gekregen: 2." in page and 'id="slot-booked">0 van 8' in page
    assert "Ja, dit moment gaat niet door" not in page
    slot = await load(runtime, WalkInSlot, slot_id)
    assert slot.cancelled and slot.booked == 0
    async with runtime.sessions() as session:
        statuses = list(await session.scalars(select(Booking.status).where(Booking.slot_id == slot_id)))
        told = {o.contact_id for o in await session.scalars(select(Outbox)) if "gaat niet door" in o.payload["text"]}
        cancelled = await session.scalar(select(AuditLog).where(AuditLog.action == "walk_in_slot.cancelled"))
    assert statuses == ["cancelled", "cancelled"] and told == {first, second}
    assert cancelled is not None and cancelled.object_id == str(slot_id) and cancelled.actor == await actor_of(runtime, people["meike"])
    assert "Gaat niet door" in (await meike.get("/admin/walk-ins")).text
    assert (await meike.post(f"/admin/walk-ins/slots/{slot_id}/cancel", data={"csrf": token, "confirm": "yes"})).status_code == 400  # once
    await meike.aclose()


@pytest.mark.browser
async def test_browser_adds_a_location_and_weekly_hours(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    from tests.browser import launch_chromium, require_chromium, serious_accessibility_problems
    from tests.test_console import login as browser_login

    require_chromium()
    from playwright.async_api import async_playwright

    live, runtime = server
    async with async_playwright() as pw:
        browser = await launch_chromium(pw)
        try:
            page = await browser_login(browser, live.url, people["meike"])
            await page.get_by_role("navigation").get_by_role("link", name="Inloop").click()
            await page.wait_for_url("**/admin/walk-ins")
            assert await serious_accessibility_problems(page) == [], "list"
            await page.get_by_role("link", name="Locatie toevoegen").click()
            await page.wait_for_url("**/admin/walk-ins/locations/new")
            assert await serious_accessibility_problems(page) == [], "location form"
            await page.get_by_role("button", name="Toevoegen").click()
            await page.get_by_role("alert").filter(has_text="Controleer deze velden").wait_for()
            name = page.get_by_label("Naam van de plek")
            assert await name.get_attribute("aria-invalid") == "true"
            assert await serious_accessibility_problems(page) == [], "location form with errors"
            await name.fill("Buurthuis De Kom")
            await page.get_by_label("Adres").fill("Kerkstraat 1, Heerenveen")
            await page.get_by_label("Zo kom je er (niet verplicht)").fill("Bus 10, halte Kerkplein.")
            await page.get_by_role("button", name="Toevoegen").click()
            await page.get_by_role("status").filter(has_text="Locatie toegevoegd").wait_for()
            assert await serious_accessibility_problems(page) == [], "location"
            await page.get_by_role("link", name="Tijden toevoegen").click()
            await page.wait_for_url("**/hours/new")
            assert await serious_accessibility_problems(page) == [], "hours form"
            await page.get_by_role("radio", name="Elke week").check()
            await page.get_by_label("Dag van de week (bij elke week)").select_option(str(tomorrow().weekday()))
            await page.get_by_label("Van (uu:mm)").fill("10:00")
            await page.get_by_label("Tot (uu:mm)").fill("09:00")
            await page.get_by_label("Aantal plekken (1 tot 200)").fill("6")
            await page.get_by_role("button", name="Toevoegen").click()
            end = page.get_by_label("Tot (uu:mm)")
            await page.get_by_role("alert").filter(has_text="De eindtijd moet na de begintijd liggen.").wait_for()
            assert await end.evaluate("(el) => el.getAttribute('aria-describedby')") == "err-end_time"
            assert await page.get_by_label("Van (uu:mm)").input_value() == "10:00"
            assert await serious_accessibility_problems(page) == [], "hours form with errors"
            await end.fill("12:00")
            await page.get_by_role("button", name="Toevoegen").click()
            await page.get_by_role("status").filter(has_text="Inlooptijden toegevoegd").wait_for()
            await page.get_by_role("link", name="Terug naar de inloop").click()
            await page.wait_for_url("**/admin/walk-ins")
            weekday = WEEKDAYS_NL[tomorrow().weekday()]
            await page.get_by_text(f"elke {weekday}, 10:00–12:00").first.wait_for()
            rows = page.locator("table.slots tbody tr[data-slot]")
            assert await rows.count() >= 4
            assert "0 van 6" in await rows.first.inner_text()
            assert await serious_accessibility_problems(page) == [], "list with slots"
            await rows.first.get_by_role("link").click()
            await page.wait_for_url("**/admin/walk-ins/slots/*")
            await page.get_by_role("heading", name="Boekingen").wait_for()
            assert await serious_accessibility_problems(page) == [], "slot"
        finally:
            await browser.close()
    async with runtime.sessions() as session:
        walk_in = await session.scalar(select(WalkIn))
    assert walk_in is not None and walk_in.weekday == tomorrow().weekday() and (walk_in.start_time, walk_in.end_time, walk_in.capacity) == ("10:00", "12:00", 6)
