"""Aftercare check-ins and escalation of requests nobody takes: the rhythm in Dutch time, each
check-in once, 'stop' for good, 'talk' becomes a request; alerts for coordinators then admins;
the parent told when someone answers outside office hours. Time is passed in, never slept."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, text

from admin.accounts import create_account
from bot.app import create_app
from bot.runtime import Runtime
from flows import aftercare as rhythm
from flows.actions import aftercare, escalation, takeover
from flows.settings import Settings
from flows.store.models import AftercarePlan, Alert, Handoff, MunicipalitySetting, StaffAccount, utcnow
from flows.weekly import TIMEZONE
from tests.conftest import LiveServer, free_port
from tests.doubles.telegram_api import TelegramDouble
from tests.telegram_helpers import leading, Bot, buttons, step, walk_to_handoff


def test_the_rhythm_falls_on_local_mornings() -> None:
    closed = datetime(2026, 1, 31, 15, 37, tzinfo=UTC)
    assert rhythm.check_in_at(closed, "14d") == datetime(2026, 2, 14, 10, 0, tzinfo=TIMEZONE)
    assert rhythm.check_in_at(closed, "1m") == datetime(2026, 2, 28, 10, 0, tzinfo=TIMEZONE)  # no 31 February
    assert rhythm.check_in_at(closed, "3m").utcoffset() == timedelta(hours=2)  # 30 April: summer time
    assert rhythm.check_in_at(closed, "2y") == datetime(2028, 1, 31, 10, 0, tzinfo=TIMEZONE)
    spec = rhythm.parse_rhythm(rhythm.DEFAULT_RHYTHM)
    # After months of downtime only the latest due check-in goes out.
    assert rhythm.current_index(closed, spec, datetime(2026, 8, 1, tzinfo=UTC), 0) == 3  # the 6-month one
    assert rhythm.current_index(closed, spec, datetime(2026, 2, 1, tzinfo=UTC), 0) is None


async def staff(bot: Bot, email: str = "meike@heerenveen.example") -> StaffAccount:
    async with bot.runtime.sessions() as session, session.begin():
        created = await create_account(session, email=email, role="coordinator", municipalities=["Heerenveen"], name="Meike", actor="test")
        account = await session.scalar(select(StaffAccount).where(StaffAccount.email == created.email))
        assert account is not None
        return account


async def closed_with_aftercare(bot: Bot, spec: str = "14d,1m") -> tuple[object, AftercarePlan]:
    parent = bot.double.user(first_name="Yasmina")
    await walk_to_handoff(parent)
    coordinator = await staff(bot)
    mark = parent.mark()
    async with bot.runtime.sessions() as session, session.begin():
        handoff = await session.scalar(select(Handoff))
        await takeover.take_over(session, handoff, coordinator)  # type: ignore[arg-type]
        await takeover.close(session, handoff, coordinator, outcome="aftercare", note=None, aftercare_rhythm=spec)  # type: ignore[arg-type]
    await parent.wait_for(2, after=mark)
    async with bot.runtime.sessions() as session:
        plan = await session.scalar(select(AftercarePlan))
        assert plan is not None
        return parent, plan


async def check_in(bot: Bot, plan_id: int, now: datetime) -> bool:
    async with bot.runtime.sessions() as session, session.begin():
        return await aftercare.check_in(session, plan_id, now=now)


async def test_check_ins_go_out_once_and_each_answer_counts(bot: Bot) -> None:
    parent, plan = await closed_with_aftercare(bot)
    assert plan.status == "active" and plan.rhythm == ["14d", "1m"] and plan.municipality == "Heerenveen"
    first = rhythm.check_in_at(plan.started_at, "14d")
    assert plan.next_at == first
    assert not await check_in(bot, plan.id, first - timedelta(minutes=1))  # not yet

    mark = parent.mark()  # type: ignore[attr-defined]
    assert await check_in(bot, plan.id, first)
    assert not await check_in(bot, plan.id, first + timedelta(seconds=5))  # fired twice: sent once
    [question] = await parent.wait_for(1, after=mark)  # type: ignore[attr-defined]
    assert "Hoe gaat het nu met je?" in question["text"]
    assert buttons(question) == [f"aftercare:good:{plan.id}", f"aftercare:talk:{plan.id}", f"aftercare:stop:{plan.id}"]
    [thanks] = await step(parent, parent.press, f"aftercare:good:{plan.id}")  # type: ignore[arg-type, attr-defined]
    assert "Fijn om te horen" in thanks["text"]

    second = rhythm.check_in_at(plan.started_at, "1m")
    mark = parent.mark()  # type: ignore[attr-defined]
    assert await check_in(bot, plan.id, second)
    await parent.wait_for(1, after=mark)  # type: ignore[attr-defined]
    [talk] = await step(parent, parent.press, f"aftercare:talk:{plan.id}")  # type: ignore[arg-type, attr-defined]
    assert "doorgegeven" in talk["text"]
    reasons = [h.reason for h in await bot.handoffs()]
    assert reasons[-1] == "aftercare" and [h.status for h in await bot.handoffs()][-1] == "waiting"
    async with bot.runtime.sessions() as session:
        stored = await session.get(AftercarePlan, plan.id)
        assert stored is not None and stored.answers == ["good", "talk"] and stored.status == "done"


async def test_stop_is_for_good(bot: Bot) -> None:
    parent, plan = await closed_with_aftercare(bot, "14d,1m,3m")
    first = rhythm.check_in_at(plan.started_at, "14d")
    mark = parent.mark()  # type: ignore[attr-defined]
    assert await check_in(bot, plan.id, first)
    await parent.wait_for(1, after=mark)  # type: ignore[attr-defined]
    [stopped] = await step(parent, parent.press, f"aftercare:stop:{plan.id}")  # type: ignore[arg-type, attr-defined]
    assert "niet meer" in stopped["text"]
    mark = parent.mark()  # type: ignore[attr-defined]
    for later in ("1m", "3m"):
        assert not await check_in(bot, plan.id, rhythm.check_in_at(plan.started_at, later))
    await asyncio.sleep(0.3)
    assert len(parent.messages) == mark  # type: ignore[attr-defined]


async def test_a_parent_who_said_stop_gets_no_check_in(bot: Bot) -> None:
    parent, plan = await closed_with_aftercare(bot)
    await step(parent, parent.send_command, "stop")  # type: ignore[arg-type, attr-defined]
    assert not await check_in(bot, plan.id, rhythm.check_in_at(plan.started_at, "14d"))


async def test_a_request_nobody_takes_alerts_coordinators_then_admins(bot: Bot) -> None:
    async with bot.runtime.sessions() as session, session.begin():
        session.add(MunicipalitySetting(name="Heerenveen", response_working_days=2, escalate_after_minutes=60, escalate_urgent_minutes=10))
    parent = bot.double.user(first_name="Yasmina")
    await walk_to_handoff(parent)
    [handoff] = await bot.handoffs()
    created = handoff.created_at

    async def escalate(level: int, at: datetime) -> datetime | None:
        async with bot.runtime.sessions() as session, session.begin():
            return await escalation.escalate(session, handoff.id, level, now=at)

    assert await escalate(1, created + timedelta(minutes=59)) is None
    assert await escalate(1, created + timedelta(minutes=60)) == created + timedelta(minutes=120)
    assert await escalate(1, created + timedelta(minutes=61)) is None  # once
    assert await escalate(2, created + timedelta(minutes=119)) is None
    assert await escalate(2, created + timedelta(minutes=120)) is None  # the last level arms nothing more
    async with bot.runtime.sessions() as session:
        alerts = (await session.scalars(select(Alert).order_by(Alert.level))).all()
    assert [(a.level, a.municipality, a.urgent) for a in alerts] == [(1, "Heerenveen", False), (2, "Heerenveen", False)]


async def test_an_urgent_request_escalates_sooner_and_a_taken_one_not_at_all(bot: Bot) -> None:
    async with bot.runtime.sessions() as session, session.begin():
        session.add(MunicipalitySetting(name="Heerenveen", response_working_days=2, escalate_after_minutes=60, escalate_urgent_minutes=10))
    parent = bot.double.user(first_name="Yasmina")
    await step(parent, parent.send_text, "mijn ex slaat me en ik ben bang", count=2)
    [urgent] = await bot.handoffs()
    async with bot.runtime.sessions() as session:
        assert await escalation.due_at(session, urgent) == urgent.created_at + timedelta(minutes=30)  # no municipality: default

    other = bot.double.user(first_name="Kees")
    await walk_to_handoff(other)
    handoffs = await bot.handoffs()
    normal = handoffs[-1]
    async with bot.runtime.sessions() as session, session.begin():
        assert await escalation.due_at(session, normal) == normal.created_at + timedelta(minutes=60)
        coordinator = await create_account(session, email="m@h.example", role="coordinator", municipalities=["Heerenveen"], name="Meike", actor="test")
        account = await session.scalar(select(StaffAccount).where(StaffAccount.email == coordinator.email))
        await takeover.take_over(session, await session.get(Handoff, normal.id), account)  # type: ignore[arg-type]
    async with bot.runtime.sessions() as session, session.begin():
        assert await escalation.escalate(session, normal.id, 1, now=utcnow() + timedelta(hours=5)) is None
        assert (await session.scalars(select(Alert))).all() == []


async def test_outside_office_hours_the_parent_hears_when_someone_answers(bot: Bot) -> None:
    later = (datetime.now(TIMEZONE) + timedelta(days=2)).date()
    async with bot.runtime.sessions() as session, session.begin():
        session.add(MunicipalitySetting(name="Heerenveen", response_working_days=2, office_hours={str(later.weekday()): [["09:00", "10:00"]]}))
    parent = bot.double.user(first_name="Yasmina")
    await walk_to_handoff(parent)
    await bot.double.wait_until(lambda: any("buiten kantoortijd" in m.get("text", "") for m in parent.messages), what="the office-hours notice")
    notice = next(m for m in parent.messages if "buiten kantoortijd" in m.get("text", ""))
    assert "09:00" in notice["text"] and "113" not in notice["text"]

    urgent = bot.double.user(first_name="Kees")
    await step(urgent, urgent.send_command, "start")
    await step(urgent, urgent.press, "welcome:go")
    await step(urgent, urgent.press, "consent:yes")
    await step(urgent, urgent.press, "role:parent")
    await step(urgent, urgent.send_text, "Heerenveen")
    await step(urgent, urgent.press, "life_areas:housing")
    await step(urgent, urgent.press, "life_areas:done")
    await step(urgent, urgent.press, "urgent:eviction")
    await bot.double.wait_until(lambda: any("buiten kantoortijd" in m.get("text", "") for m in urgent.messages), what="the urgent notice")
    urgent_notice = next(m for m in urgent.messages if "buiten kantoortijd" in m.get("text", ""))
    assert "113" in urgent_notice["text"] and "0800-2000" in urgent_notice["text"] and "112" in urgent_notice["text"]


async def test_jobs_for_check_ins_and_escalation_are_armed_in_the_database(settings: Settings) -> None:
    with TelegramDouble() as double:
        configured = settings.model_copy(update={"telegram_token": double.token, "telegram_api_url": double.base_url, "leader_check_seconds": 0.2})
        runtime = Runtime(configured)
        async with LiveServer(create_app(runtime), free_port()) as server:
            await runtime.telegram_started()
            await leading(runtime)
            bot = Bot(double, runtime, server)
            parent, plan = await closed_with_aftercare(bot)
            await asyncio.sleep(0.3)
            async with runtime.sessions() as session:
                jobs = dict((await session.execute(text("SELECT id, next_run_time FROM apscheduler_jobs"))).all())
                [handoff] = (await session.scalars(select(Handoff))).all()
            assert jobs[f"aftercare.{plan.id}"] == rhythm.check_in_at(plan.started_at, "14d").timestamp()
            assert f"escalate.{handoff.id}.1" in jobs  # armed when it was asked; runs once and finds it taken
            del parent
