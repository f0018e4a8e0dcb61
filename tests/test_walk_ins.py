"""Walk-in hours through Telegram (the real client against the Bot API double) and against the
database directly where time must be controlled: booking, the last seat, cancelling and moving
in plain words, reminders at the right local times in the week the clocks change."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select, text

from bot.app import create_app
from bot.runtime import Runtime
from flows.actions import walkins
from flows.settings import Settings
from flows.store.models import Booking, Contact, Conversation, Location, WalkIn, WalkInSlot, utcnow
from flows.walkins import schedule
from tests.conftest import LiveServer, free_port
from tests.doubles.telegram_api import SimulatedUser, TelegramDouble
from tests.telegram_helpers import leading, Bot, buttons, labels, step, walk_to_wish


async def add_walk_in(runtime: Runtime, *, weekday: int | None = None, on_date: date | None = None, start: str = "10:00", end: str = "12:00",
                      capacity: int = 8, municipality: str = "Heerenveen", name: str = "Buurthuis De Kom") -> int:
    async with runtime.sessions() as session, session.begin():
        location = Location(municipality=municipality, name=name, address="Kerkstraat 1, Heerenveen", route="Bus 10, halte Kerkplein. Twee minuten lopen.", accessibility="Rolstoel kan naar binnen.")
        session.add(location)
        await session.flush()
        walk_in = WalkIn(location_id=location.id, weekday=weekday, on_date=on_date, start_time=start, end_time=end, capacity=capacity)
        session.add(walk_in)
        await session.flush()
        return walk_in.id


def tomorrow_local() -> date:
    return (datetime.now(schedule.TIMEZONE) + timedelta(days=1)).date()


async def to_offer(parent: SimulatedUser) -> dict:
    await walk_to_wish(parent)
    replies = await step(parent, parent.press, "wish:walkin", count=2)
    assert "zonder afspraak binnenlopen" in replies[0]["text"]
    return replies[1]


async def test_a_parent_books_and_gets_place_route_and_a_calendar_file(bot: Bot) -> None:
    day = tomorrow_local()
    await add_walk_in(bot.runtime, on_date=day)
    parent = bot.double.user(first_name="Yasmina")
    offer = await to_offer(parent)
    slot_buttons = [b for b in buttons(offer) if b.startswith("walkin:book:")]
    assert len(slot_buttons) == 1 and "walkin:times:0" in buttons(offer)
    assert "10:00" in labels(offer)[0] and "Buurthuis De Kom" in labels(offer)[0]

    mark = parent.mark()
    parent.press(slot_buttons[0])
    messages = await parent.wait_for(2, after=mark)
    document = next(m for m in messages if m.get("method") == "sendDocument")
    confirmation = next(m for m in messages if m.get("method") == "sendMessage")
    assert "vrijgehouden" in confirmation["text"] and "Kerkstraat 1" in confirmation["text"]
    assert "Bus 10" in confirmation["text"] and "Rolstoel" in confirmation["text"] and "afmelden" in confirmation["text"]
    assert re.search(r"Je code is [A-Z0-9]{4}\.", confirmation["text"])
    assert schedule.when_words(*_occurrence(day), "nl") in confirmation["text"]
    calendar = document["file"]
    assert calendar["filename"] == "inloop.ics"
    starts = _occurrence(day)[0]
    assert f"DTSTART:{starts.strftime('%Y%m%dT%H%M%SZ')}" in calendar["content"].decode()
    async with bot.runtime.sessions() as session:
        slot = await session.scalar(select(WalkInSlot))
        assert slot is not None and slot.booked == 1


def _occurrence(day: date) -> tuple[datetime, datetime]:
    return schedule.local(day, "10:00").astimezone(UTC), schedule.local(day, "12:00").astimezone(UTC)


async def test_cancel_in_plain_words_frees_the_seat(bot: Bot) -> None:
    await add_walk_in(bot.runtime, on_date=tomorrow_local())
    parent = bot.double.user(first_name="Yasmina")
    offer = await to_offer(parent)
    await step(parent, parent.press, buttons(offer)[0], count=2)

    [booking_message] = await step(parent, parent.send_text, "ik kan toch niet komen")
    assert "Wat wil je doen?" in booking_message["text"]
    cancel = next(b for b in buttons(booking_message) if b.startswith("walkin:cancel:"))
    [done] = await step(parent, parent.press, cancel)
    assert "afgemeld" in done["text"]
    async with bot.runtime.sessions() as session:
        slot = await session.scalar(select(WalkInSlot))
        booking = await session.scalar(select(Booking))
        assert slot is not None and slot.booked == 0 and booking is not None and booking.status == "cancelled"
    [nothing] = await step(parent, parent.send_command, "afmelden")
    assert "geen plek" in nothing["text"]


async def test_move_to_another_moment(bot: Bot) -> None:
    day = tomorrow_local()
    await add_walk_in(bot.runtime, on_date=day)
    await add_walk_in(bot.runtime, on_date=day + timedelta(days=7), start="13:00", end="15:00", name="Bibliotheek")
    parent = bot.double.user(first_name="Yasmina")
    offer = await to_offer(parent)
    first, second = [b for b in buttons(offer) if b.startswith("walkin:book:")]
    await step(parent, parent.press, first, count=2)
    [booking_message] = await step(parent, parent.send_command, "afmelden")
    move = next(b for b in buttons(booking_message) if b.startswith("walkin:move:"))
    [again] = await step(parent, parent.press, move)
    assert second in buttons(again)
    messages = await step(parent, parent.press, second, count=2)
    assert any("Bibliotheek" in m.get("text", "") for m in messages)
    async with bot.runtime.sessions() as session:
        statuses = sorted(b.status for b in await session.scalars(select(Booking)))
        booked = {s.walk_in.location.name: s.booked for s in await session.scalars(select(WalkInSlot))}
    assert statuses == ["booked", "moved"] and booked == {"Buurthuis De Kom": 0, "Bibliotheek": 1}


async def test_the_last_seat_taken_meanwhile_offers_the_next(bot: Bot) -> None:
    day = tomorrow_local()
    await add_walk_in(bot.runtime, on_date=day, capacity=1)
    await add_walk_in(bot.runtime, on_date=day + timedelta(days=2), name="Bibliotheek")
    first, second = bot.double.user(first_name="Een"), bot.double.user(first_name="Twee")
    offer_first, offer_second = await to_offer(first), await to_offer(second)
    last_seat = buttons(offer_first)[0]
    assert last_seat == buttons(offer_second)[0]
    await step(first, first.press, last_seat, count=2)
    [full] = await step(second, second.press, last_seat)
    assert "net vol" in full["text"] and last_seat not in buttons(full)
    assert any(b.startswith("walkin:book:") for b in buttons(full))


async def test_two_parents_taking_the_last_seat_at_once(settings: Settings) -> None:
    """Real concurrent transactions (two connections) on the same slot: exactly one seat."""
    runtime = Runtime(settings, with_scheduler=False)
    try:
        await add_walk_in(runtime, on_date=tomorrow_local(), capacity=1)
        parents = []
        async with runtime.sessions() as session, session.begin():
            for n in range(2):
                contact = Contact(channel="web", channel_user_id=f"p{n}", address=f"p{n}", language="nl")
                session.add(contact)
                await session.flush()
                conversation = Conversation(contact_id=contact.id, step="wish", step_data={}, life_areas=[], urgent_reasons=[], consent=True, municipality="Heerenveen")
                session.add(conversation)
                await session.flush()
                parents.append((contact.id, conversation.id))
            [slot] = await walkins.upcoming(session, "Heerenveen", settings)
            slot_id = slot.id

        start = asyncio.Event()

        async def take(contact_id: int, conversation_id: int) -> bool:
            async with runtime.sessions() as session, session.begin():
                contact = await session.get(Contact, contact_id)
                conversation = await session.get(Conversation, conversation_id)
                await start.wait()
                return await walkins.book(session, contact, conversation, slot_id, settings) is not None  # type: ignore[arg-type]

        for _ in range(5):  # several rounds: the outcome must never be two
            async with runtime.sessions() as session, session.begin():
                await session.execute(text("DELETE FROM bookings"))
                await session.execute(text("UPDATE walk_in_slots SET booked = 0"))
            start.clear()
            tasks = [asyncio.create_task(take(*p)) for p in parents]
            await asyncio.sleep(0.05)
            start.set()
            results = await asyncio.gather(*tasks)
            assert sorted(results) == [False, True]
            async with runtime.sessions() as session:
                assert (await session.get(WalkInSlot, slot_id)).booked == 1  # type: ignore[union-attr]
                assert len((await session.scalars(select(Booking))).all()) == 1
    finally:
        await runtime.db.dispose()


def test_reminders_fall_at_local_times_in_the_week_the_clocks_change() -> None:
    # Sunday 26 October 2025: the clocks go back at 03:00. The walk-in is at 10:00 local (09:00 UTC).
    hours = schedule.Hours(weekday=6, on_date=None, starts_on=None, ends_on=None, start_time="10:00", end_time="12:00")
    [(starts, _ends)] = schedule.occurrences(hours, datetime(2025, 10, 20, tzinfo=UTC), 7)
    assert starts == datetime(2025, 10, 26, 9, 0, tzinfo=UTC)
    assert schedule.reminder_at(starts, "1d") == datetime(2025, 10, 25, 8, 0, tzinfo=UTC)  # Saturday 10:00 summer time
    assert schedule.reminder_at(starts, "2h") == datetime(2025, 10, 26, 7, 0, tzinfo=UTC)  # Sunday 08:00 winter time
    # And in spring (29 March 2026, clocks forward): Saturday 10:00 CET, Sunday 08:00 CEST.
    [(spring, _)] = schedule.occurrences(hours, datetime(2026, 3, 23, tzinfo=UTC), 7)
    assert spring == datetime(2026, 3, 29, 8, 0, tzinfo=UTC)
    assert schedule.reminder_at(spring, "1d") == datetime(2026, 3, 28, 9, 0, tzinfo=UTC)
    assert schedule.reminder_at(spring, "2h") == datetime(2026, 3, 29, 6, 0, tzinfo=UTC)


async def booked_parent(bot: Bot, day: date) -> tuple[SimulatedUser, int]:
    await add_walk_in(bot.runtime, on_date=day)
    parent = bot.double.user(first_name="Yasmina")
    offer = await to_offer(parent)
    await step(parent, parent.press, buttons(offer)[0], count=2)
    async with bot.runtime.sessions() as session:
        booking = await session.scalar(select(Booking))
        assert booking is not None
        return parent, booking.id


async def test_a_reminder_is_sent_once_and_never_after_cancelling(bot: Bot) -> None:
    day = tomorrow_local() + timedelta(days=2)
    parent, booking_id = await booked_parent(bot, day)
    starts = _occurrence(day)[0]
    mark = parent.mark()
    async with bot.runtime.sessions() as session, session.begin():
        assert await walkins.send_reminder(session, booking_id, "1d", now=schedule.reminder_at(starts, "1d"))
    async with bot.runtime.sessions() as session, session.begin():
        assert not await walkins.send_reminder(session, booking_id, "1d", now=schedule.reminder_at(starts, "1d"))  # fired twice
    [reminder] = await parent.wait_for(1, after=mark)
    assert "Herinnering" in reminder["text"] and "Kerkstraat 1" in reminder["text"]
    assert any(b.startswith("walkin:cancel:") for b in buttons(reminder))

    await step(parent, parent.press, next(b for b in buttons(reminder) if b.startswith("walkin:cancel:")))
    async with bot.runtime.sessions() as session, session.begin():
        assert not await walkins.send_reminder(session, booking_id, "2h", now=schedule.reminder_at(starts, "2h"))
    await asyncio.sleep(0.3)
    assert len(parent.messages) == mark + 2


async def test_a_stale_reminder_is_dropped(bot: Bot) -> None:
    day = tomorrow_local()
    _parent, booking_id = await booked_parent(bot, day)
    starts = _occurrence(day)[0]
    async with bot.runtime.sessions() as session, session.begin():
        assert not await walkins.send_reminder(session, booking_id, "2h", now=starts + timedelta(minutes=5))


async def test_reminder_jobs_are_armed_at_local_times_and_survive_a_restart(settings: Settings) -> None:
    day = tomorrow_local() + timedelta(days=3)
    with TelegramDouble() as double:
        configured = settings.model_copy(update={"telegram_token": double.token, "telegram_api_url": double.base_url, "leader_check_seconds": 0.2})
        first = Runtime(configured)
        async with LiveServer(create_app(first), free_port()):
            await first.telegram_started()
            await leading(first)
            bot = Bot(double, first, None)  # type: ignore[arg-type]
            _parent, booking_id = await booked_parent(bot, day)
            await asyncio.sleep(0.3)
            jobs = await _reminder_jobs(first, booking_id)
        starts = _occurrence(day)[0]
        expected = {f"walkin.reminder.{booking_id}.1d": schedule.reminder_at(starts, "1d"), f"walkin.reminder.{booking_id}.2h": schedule.reminder_at(starts, "2h")}
        assert jobs == {job: at.timestamp() for job, at in expected.items()}

        second = Runtime(configured)
        async with LiveServer(create_app(second), free_port()):
            await leading(second)
            await asyncio.sleep(0.3)
            assert await _reminder_jobs(second, booking_id) == jobs  # still there, not doubled


async def _reminder_jobs(runtime: Runtime, booking_id: int) -> dict[str, float]:
    async with runtime.sessions() as session:
        rows = await session.execute(text("SELECT id, next_run_time FROM apscheduler_jobs WHERE id LIKE :prefix"), {"prefix": f"walkin.reminder.{booking_id}.%"})
        return {row[0]: float(row[1]) for row in rows}


async def test_the_host_marks_who_came_and_the_parent_says_how_it_was(bot: Bot) -> None:
    parent, booking_id = await booked_parent(bot, tomorrow_local())
    mark = parent.mark()
    async with bot.runtime.sessions() as session, session.begin():
        booking = await session.get(Booking, booking_id)
        await walkins.mark(session, booking, True, actor="staff:1")  # type: ignore[arg-type]
    [question] = await parent.wait_for(1, after=mark)
    assert "Hoe was het" in question["text"]
    [thanks] = await step(parent, parent.press, f"walkin:fbgood:{booking_id}")
    assert "Dank je" in thanks["text"]
    async with bot.runtime.sessions() as session:
        booking = await session.get(Booking, booking_id)
        assert booking is not None and booking.status == "attended" and booking.feedback == "good"


async def test_erasure_frees_the_seat(bot: Bot) -> None:
    parent, _booking_id = await booked_parent(bot, tomorrow_local())
    await step(parent, parent.send_command, "vergeet")
    await step(parent, parent.press, "forget_confirm:yes")
    async with bot.runtime.sessions() as session:
        slot = await session.scalar(select(WalkInSlot))
        assert slot is not None and slot.booked == 0
        assert (await session.scalars(select(Booking))).all() == []


async def test_without_walk_ins_the_parent_is_told_honestly(bot: Bot) -> None:
    parent = bot.double.user(first_name="Yasmina")
    offer = await to_offer(parent)
    assert "geen inloopuren" in offer["text"] and "walk_in_info:human" in buttons(offer)
    [done] = await step(parent, parent.press, "walk_in_info:human")
    assert "Heerenveen" in done["text"]
    assert [h.reason for h in await bot.handoffs()] == ["walk_in"]


async def test_after_downtime_a_relevant_reminder_goes_out_and_a_stale_one_is_dropped(settings: Settings) -> None:
    from bot.scheduler import create_scheduler  # the same job store the app uses

    day = tomorrow_local() + timedelta(days=3)
    with TelegramDouble() as double:
        configured = settings.model_copy(update={"telegram_token": double.token, "telegram_api_url": double.base_url, "leader_check_seconds": 0.2})
        first = Runtime(configured)
        async with LiveServer(create_app(first), free_port()):
            await first.telegram_started()
            await leading(first)
            await add_walk_in(first, on_date=day)
            await add_walk_in(first, on_date=day + timedelta(days=1), name="Bibliotheek")
            bot = Bot(double, first, None)  # type: ignore[arg-type]
            kept, passed = double.user(first_name="Een"), double.user(first_name="Twee")
            for parent, index in ((kept, 0), (passed, 1)):
                offer = await to_offer(parent)
                await step(parent, parent.press, [b for b in buttons(offer) if b.startswith("walkin:book:")][index], count=2)
            await asyncio.sleep(0.3)
            async with first.sessions() as session:
                bookings = {b.slot.walk_in.location.name: b.id for b in await session.scalars(select(Booking))}
            del bot

        # Down for a while: both day-before reminders came due meanwhile, and the second walk-in
        # even took place.
        async with first.sessions() as session, session.begin():
            stale = await session.scalar(select(Booking).where(Booking.id == bookings["Bibliotheek"]))
            stale.slot.starts_at = utcnow() - timedelta(hours=1)  # type: ignore[union-attr]
        await first.db.dispose()
        # Move the two jobs' run time into the past, in the job store itself (no scheduler runs).
        offline = create_scheduler(configured.resolved_database_url())
        store = offline._jobstores["default"]
        store.start(offline, "default")
        for booking_id in bookings.values():
            job = store.lookup_job(f"walkin.reminder.{booking_id}.1d")
            job._modify(next_run_time=datetime.now(UTC) - timedelta(minutes=30))
            store.update_job(job)
        store.shutdown()

        kept_mark, passed_mark = kept.mark(), passed.mark()
        second = Runtime(configured)
        async with LiveServer(create_app(second), free_port()):
            await second.telegram_started()
            [reminder] = await kept.wait_for(1, after=kept_mark, timeout=20)
            assert "Herinnering" in reminder["text"] and "Buurthuis De Kom" in reminder["text"]
            await asyncio.sleep(1.0)
            assert passed.messages[passed_mark:] == []
            async with second.sessions() as session:
                sent = {b.slot.walk_in.location.name: b.reminders_sent for b in await session.scalars(select(Booking))}
            assert sent == {"Buurthuis De Kom": ["1d"], "Bibliotheek": []}
            assert len(kept.messages) == kept_mark + 1  # once


async def test_reminder_jobs_in_the_week_the_clocks_go_forward(settings: Settings) -> None:
    """A booking made on 20 March 2027 for Sunday 28 March 10:00 (the clocks go forward at 02:00):
    the jobs in the database run on Saturday 10:00 winter time and on Sunday 08:00 summer time."""
    runtime = Runtime(settings.model_copy(update={"leader_check_seconds": 0.2}))
    async with LiveServer(create_app(runtime), free_port()):
        await leading(runtime)
        await add_walk_in(runtime, on_date=date(2027, 3, 28))
        then = datetime(2027, 3, 20, 12, 0, tzinfo=UTC)
        async with runtime.sessions() as session, session.begin():
            contact = Contact(channel="web", channel_user_id="p", address="p", language="tr")
            session.add(contact)
            await session.flush()
            conversation = Conversation(contact_id=contact.id, step="wish", step_data={}, life_areas=[], urgent_reasons=[], consent=True, municipality="Heerenveen")
            session.add(conversation)
            await session.flush()
            [slot] = await walkins.upcoming(session, "Heerenveen", settings, now=then)
            booking = await walkins.book(session, contact, conversation, slot.id, settings, now=then)
            assert booking is not None
        for _ in range(50):  # the scheduler arms the jobs after the commit; wait for both, not a fixed time
            jobs = await _reminder_jobs(runtime, booking.id)
            if len(jobs) == 2:
                break
            await asyncio.sleep(0.1)
    assert jobs == {
        f"walkin.reminder.{booking.id}.1d": datetime(2027, 3, 27, 9, 0, tzinfo=UTC).timestamp(),  # Saturday 10:00 CET
        f"walkin.reminder.{booking.id}.2h": datetime(2027, 3, 28, 6, 0, tzinfo=UTC).timestamp(),  # Sunday 08:00 CEST
    }
