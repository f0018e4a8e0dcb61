"""The console's security primitives: passwords, TOTP with replay protection, lockout, server-side
sessions (on SQLite and PostgreSQL), CSRF and the municipality scope."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pyotp
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from admin import security
from admin.security import (
    DEFAULT_TEAM,
    IDLE_TIMEOUT,
    LOCK_MINUTES,
    MAX_FAILURES,
    can_see,
    create_session,
    csrf_ok,
    end_all_sessions,
    end_session,
    hash_password,
    is_locked,
    load_session,
    new_totp_secret,
    one_time_password,
    password_problem,
    promote_session,
    provisioning_uri,
    qr_svg,
    register_failure,
    register_success,
    scope_filter,
    throttle_delay,
    verify_password,
    verify_totp,
)
from flows.store.db import create_engine, session_factory
from flows.store.models import (
    Contact,
    Conversation,
    Handoff,
    StaffAccount,
    StaffMunicipality,
    StaffSession,
    utcnow,
)

T0 = datetime(2026, 3, 2, 9, 0, 10, tzinfo=UTC)  # 10 s into a TOTP step


def account(role: str = "coordinator", municipalities: tuple[str, ...] = (), **kw: object) -> StaffAccount:
    return StaffAccount(
        email=kw.pop("email", f"{role}@example.nl"),
        display_name="Sanne",
        role=role,
        password_hash=kw.pop("password_hash", "x"),
        failed_attempts=0,
        disabled=False,
        municipalities=[StaffMunicipality(municipality=m) for m in municipalities],
        **kw,
    )


# --- Passwords ------------------------------------------------------------------------------


def test_hash_is_argon2id_and_verifies() -> None:
    stored = hash_password("paarse-olifant-42")
    assert stored.startswith("$argon2id$")
    assert "paarse-olifant-42" not in stored
    assert verify_password(stored, "paarse-olifant-42")
    assert hash_password("paarse-olifant-42") != stored  # salted


def test_wrong_password_or_broken_hash_is_false_not_an_error() -> None:
    stored = hash_password("paarse-olifant-42")
    assert verify_password(stored, "paarse-olifant-43") is False
    assert verify_password(stored, "") is False
    assert verify_password("not a hash", "paarse-olifant-42") is False


def test_dummy_hash_is_a_real_cached_hash() -> None:
    assert security.DUMMY_HASH.startswith("$argon2id$")
    assert security.DUMMY_HASH is security.DUMMY_HASH
    assert verify_password(security.DUMMY_HASH, "") is False
    with pytest.raises(AttributeError):
        security.NO_SUCH_THING  # noqa: B018


@pytest.mark.parametrize(
    "password",
    ["", "kort", "elf-tekens!", "aaaaaaaaaaaaaaaa", "            ", "Sanne@Example.nl", " sanne@example.nl "],
)
def test_weak_passwords_are_rejected(password: str) -> None:
    problem = password_problem(password, email="sanne@example.nl")
    assert isinstance(problem, str) and problem


def test_good_passwords_pass() -> None:
    assert password_problem("twaalf-tekns", email="sanne@example.nl") is None  # exactly 12
    assert password_problem("paarse olifant op de fiets") is None
    assert password_problem("sanne@example.nl") is None  # no e-mail to compare with


def test_one_time_password_is_long_readable_and_strong() -> None:
    passwords = {one_time_password() for _ in range(20)}
    assert len(passwords) == 20
    for pw in passwords:
        assert len(pw) >= 16
        assert not set(pw) & set("0o1liI")
        assert password_problem(pw) is None


# --- TOTP -----------------------------------------------------------------------------------


def totp_account() -> StaffAccount:
    return account(totp_secret=new_totp_secret(), totp_last_step=None)


def code_at(acc: StaffAccount, moment: datetime) -> str:
    assert acc.totp_secret
    return pyotp.TOTP(acc.totp_secret).at(moment)


def test_new_secret_and_uri() -> None:
    secret = new_totp_secret()
    assert len(secret) >= 32 and secret != new_totp_secret()
    uri = provisioning_uri(secret, "sanne@example.nl")
    assert uri.startswith("otpauth://totp/")
    assert f"secret={secret}" in uri and "issuer=Naast" in uri


def test_qr_svg_is_inline_and_accessible() -> None:
    svg = qr_svg(provisioning_uri(new_totp_secret(), "sanne@example.nl"))
    assert svg.startswith("<svg") and "<?xml" not in svg
    assert "<title>" in svg and 'role="img"' in svg
    assert "<path" in svg


@pytest.mark.parametrize("offset", [0, -30, 30, -15, 19])
def test_totp_accepts_current_and_neighbouring_step(offset: int) -> None:
    acc = totp_account()
    assert verify_totp(acc, code_at(acc, T0 + timedelta(seconds=offset)), now=T0)
    assert acc.totp_last_step == security.totp_step(T0 + timedelta(seconds=offset))


@pytest.mark.parametrize("offset", [-90, 90, -60, 60, -3600])
def test_totp_rejects_codes_too_far_from_now(offset: int) -> None:
    acc = totp_account()
    assert not verify_totp(acc, code_at(acc, T0 + timedelta(seconds=offset)), now=T0)
    assert acc.totp_last_step is None


def test_totp_code_is_accepted_once() -> None:
    acc = totp_account()
    code = code_at(acc, T0)
    assert verify_totp(acc, code, now=T0)
    assert not verify_totp(acc, code, now=T0)
    assert not verify_totp(acc, code, now=T0 + timedelta(seconds=25))  # still within the window


def test_totp_rejects_an_older_step_after_a_newer_one() -> None:
    acc = totp_account()
    assert verify_totp(acc, code_at(acc, T0 + timedelta(seconds=30)), now=T0)
    assert not verify_totp(acc, code_at(acc, T0), now=T0)
    assert verify_totp(acc, code_at(acc, T0 + timedelta(seconds=60)), now=T0 + timedelta(seconds=60))


def test_totp_rejects_non_digits() -> None:
    acc = totp_account()
    code = code_at(acc, T0)
    fullwidth = code.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    for bad in ["", "abcdef", code[:5] + "a", fullwidth, code + "0", code[:5], "-" + code[1:]]:
        assert not verify_totp(acc, bad, now=T0), bad
    assert acc.totp_last_step is None
    assert verify_totp(acc, f"{code[:3]} {code[3:]}", now=T0)  # as apps display it


def test_totp_without_secret_is_false() -> None:
    acc = account(totp_secret=None)
    assert not verify_totp(acc, "123456", now=T0)


# --- Lockout and throttle -------------------------------------------------------------------


def test_locks_after_five_failures_for_fifteen_minutes() -> None:
    acc = account()
    for _ in range(MAX_FAILURES - 1):
        register_failure(acc, now=T0)
        assert not is_locked(acc, now=T0)
    register_failure(acc, now=T0)
    assert acc.failed_attempts == MAX_FAILURES
    assert is_locked(acc, now=T0)
    assert is_locked(acc, now=T0 + timedelta(minutes=LOCK_MINUTES) - timedelta(seconds=1))
    assert not is_locked(acc, now=T0 + timedelta(minutes=LOCK_MINUTES))


def test_further_failures_lock_again_and_longer() -> None:
    acc = account()
    for _ in range(MAX_FAILURES):
        register_failure(acc, now=T0)
    later = T0 + timedelta(minutes=20)
    assert not is_locked(acc, now=later)
    register_failure(acc, now=later)  # the 6th
    assert acc.locked_until == later + timedelta(minutes=LOCK_MINUTES)
    for _ in range(MAX_FAILURES - 1):
        register_failure(acc, now=later)  # up to the 10th
    assert acc.locked_until == later + timedelta(minutes=2 * LOCK_MINUTES)
    for _ in range(200):
        register_failure(acc, now=later)
    assert acc.locked_until is not None and acc.locked_until <= later + timedelta(hours=4)


def test_success_resets_the_counters() -> None:
    acc = account()
    for _ in range(MAX_FAILURES):
        register_failure(acc, now=T0)
    register_success(acc, now=T0)
    assert acc.failed_attempts == 0 and acc.locked_until is None and acc.last_login_at == T0
    assert not is_locked(acc, now=T0)
    for _ in range(MAX_FAILURES - 1):
        register_failure(acc, now=T0)
    assert not is_locked(acc, now=T0)  # the count started again


async def test_throttle_delay_grows_and_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(security.asyncio, "sleep", fake_sleep)
    for n in [0, 1, 2, 5, 6, 50]:
        await throttle_delay(n)
    assert slept[0] > 0
    assert slept == sorted(slept) and slept[0] < slept[1] < slept[2] < slept[3]
    assert slept[3] == slept[4] == slept[5] <= 2.0


async def test_throttle_delay_really_waits() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    await throttle_delay(1)
    assert loop.time() - start >= 0.09


# --- Sessions ---------------------------------------------------------------------------------


@pytest.fixture
async def sessions(db_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = create_engine(db_url)
    try:
        yield session_factory(engine)
    finally:
        await engine.dispose()


async def add_account(sessions: async_sessionmaker[AsyncSession], email: str = "sanne@example.nl") -> StaffAccount:
    async with sessions() as db:
        acc = account(email=email, municipalities=("Heerenveen",), password_hash=hash_password("paarse-olifant-42"))
        db.add(acc)
        await db.commit()
        return acc


async def start(sessions: async_sessionmaker[AsyncSession], acc: StaffAccount, stage: str = "complete", now: datetime | None = None) -> str:
    async with sessions() as db:
        token = await create_session(db, acc, stage=stage, origin="192.0.2.7", now=now)
        await db.commit()
        return token


async def load(sessions: async_sessionmaker[AsyncSession], token: str | None, now: datetime | None = None) -> tuple[StaffSession, StaffAccount] | None:
    async with sessions() as db:
        found = await load_session(db, token, now=now)
        await db.commit()
        return found


async def session_rows(sessions: async_sessionmaker[AsyncSession]) -> list[StaffSession]:
    async with sessions() as db:
        return list(await db.scalars(select(StaffSession)))


async def test_only_a_hash_of_the_token_is_stored(sessions: async_sessionmaker[AsyncSession]) -> None:
    acc = await add_account(sessions)
    token = await start(sessions, acc, stage="password")
    assert len(token) >= 40
    [row] = await session_rows(sessions)
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in (row.token_hash, row.csrf_token)
    assert len(row.csrf_token) >= 32
    assert row.stage == "password" and row.origin == "192.0.2.7" and row.account_id == acc.id
    found = await load(sessions, token)
    assert found is not None
    assert found[0].token_hash == row.token_hash and found[1].email == "sanne@example.nl"
    assert found[1].municipality_names == ["Heerenveen"]


async def test_new_sessions_get_new_tokens(sessions: async_sessionmaker[AsyncSession]) -> None:
    acc = await add_account(sessions)
    first, second = await start(sessions, acc), await start(sessions, acc)
    assert first != second
    rows = await session_rows(sessions)
    assert len(rows) == 2 and rows[0].csrf_token != rows[1].csrf_token


async def test_unknown_stage_is_refused(sessions: async_sessionmaker[AsyncSession]) -> None:
    acc = await add_account(sessions)
    with pytest.raises(ValueError):
        await start(sessions, acc, stage="admin")


async def test_missing_or_unknown_token_is_none(sessions: async_sessionmaker[AsyncSession]) -> None:
    acc = await add_account(sessions)
    token = await start(sessions, acc)
    assert await load(sessions, None) is None
    assert await load(sessions, "") is None
    assert await load(sessions, token + "x") is None
    assert await load(sessions, hashlib.sha256(token.encode()).hexdigest()) is None  # the stored hash is no token
    assert len(await session_rows(sessions)) == 1


async def test_idle_session_expires_and_is_deleted(sessions: async_sessionmaker[AsyncSession]) -> None:
    acc = await add_account(sessions)
    t0 = utcnow()
    token = await start(sessions, acc, now=t0)
    assert await load(sessions, token, now=t0 + IDLE_TIMEOUT + timedelta(seconds=1)) is None
    assert await session_rows(sessions) == []
    assert await load(sessions, token, now=t0) is None  # gone for good


async def test_use_keeps_a_session_alive(sessions: async_sessionmaker[AsyncSession]) -> None:
    acc = await add_account(sessions)
    t0 = utcnow()
    token = await start(sessions, acc, now=t0)
    moment = t0
    for _ in range(4):  # two hours in all, never 30 minutes idle
        moment += timedelta(minutes=29)
        assert await load(sessions, token, now=moment) is not None
    [row] = await session_rows(sessions)
    assert row.last_seen_at == moment
    assert await load(sessions, token, now=moment + timedelta(minutes=30)) is None
    assert await session_rows(sessions) == []


async def test_promote_replaces_the_session(sessions: async_sessionmaker[AsyncSession]) -> None:
    acc = await add_account(sessions)
    old = await start(sessions, acc, stage="password")
    async with sessions() as db:
        found = await load_session(db, old)
        assert found is not None
        old_csrf = found[0].csrf_token
        new = await promote_session(db, found[0], found[1], "192.0.2.8")
        await db.commit()
    assert new != old
    assert await load(sessions, old) is None
    found = await load(sessions, new)
    assert found is not None
    assert found[0].stage == "complete" and found[0].origin == "192.0.2.8"
    assert found[0].csrf_token != old_csrf
    assert len(await session_rows(sessions)) == 1


async def test_promote_refuses_another_accounts_session(sessions: async_sessionmaker[AsyncSession]) -> None:
    sanne = await add_account(sessions)
    other = await add_account(sessions, email="piet@example.nl")
    token = await start(sessions, sanne, stage="password")
    async with sessions() as db:
        found = await load_session(db, token)
        assert found is not None
        with pytest.raises(ValueError):
            await promote_session(db, found[0], other, None)


async def test_disabled_account_has_no_session(sessions: async_sessionmaker[AsyncSession]) -> None:
    acc = await add_account(sessions)
    token = await start(sessions, acc)
    async with sessions() as db:
        stored = await db.get(StaffAccount, acc.id)
        assert stored is not None
        stored.disabled = True
        await db.commit()
    assert await load(sessions, token) is None
    assert await session_rows(sessions) == []


async def test_end_session_and_end_all(sessions: async_sessionmaker[AsyncSession]) -> None:
    sanne = await add_account(sessions)
    piet = await add_account(sessions, email="piet@example.nl")
    one, two, piets = await start(sessions, sanne), await start(sessions, sanne), await start(sessions, piet)
    async with sessions() as db:
        await end_session(db, one)
        await end_session(db, None)
        await db.commit()
    assert await load(sessions, one) is None
    assert await load(sessions, two) is not None
    async with sessions() as db:
        await end_all_sessions(db, sanne.id)
        await db.commit()
    assert await load(sessions, two) is None
    assert await load(sessions, piets) is not None
    assert [row.account_id for row in await session_rows(sessions)] == [piet.id]


# --- CSRF -------------------------------------------------------------------------------------


def test_csrf_ok() -> None:
    staff_session = StaffSession(csrf_token="k3Y-abcdefghijklmnopqrstuvwxyz012345")
    assert csrf_ok(staff_session, "k3Y-abcdefghijklmnopqrstuvwxyz012345")
    for bad in [None, "", "k3Y-abcdefghijklmnopqrstuvwxyz01234", "k3Y-abcdefghijklmnopqrstuvwxyz0123456", "é"]:
        assert not csrf_ok(staff_session, bad), bad
    assert not csrf_ok(None, "k3Y-abcdefghijklmnopqrstuvwxyz012345")
    assert not csrf_ok(StaffSession(csrf_token=""), "")


# --- Scope ------------------------------------------------------------------------------------

ADMIN = ("admin", ())
HEERENVEEN = ("coordinator", ("Heerenveen",))
DEFAULT_AND_LEEUWARDEN = ("coordinator", (DEFAULT_TEAM, "Leeuwarden"))
NOTHING = ("coordinator", ())
UNKNOWN_ROLE = ("viewer", ("Heerenveen", DEFAULT_TEAM))


def test_can_see() -> None:
    admin = account(*ADMIN)
    assert can_see(admin, "Heerenveen") and can_see(admin, "Leeuwarden") and can_see(admin, None)

    heerenveen = account(*HEERENVEEN)
    assert can_see(heerenveen, "Heerenveen")
    assert not can_see(heerenveen, "Leeuwarden")
    assert not can_see(heerenveen, None)  # the default team's, and they are not in it
    assert not can_see(heerenveen, DEFAULT_TEAM)

    default = account(*DEFAULT_AND_LEEUWARDEN)
    assert can_see(default, None) and can_see(default, "Leeuwarden")
    assert not can_see(default, "Heerenveen")  # "*" does not mean every municipality
    assert not can_see(default, DEFAULT_TEAM)

    assert not any(can_see(account(*NOTHING), m) for m in ["Heerenveen", None])
    assert not any(can_see(account(*UNKNOWN_ROLE), m) for m in ["Heerenveen", None])


async def test_scope_filter_in_a_real_query(sessions: async_sessionmaker[AsyncSession]) -> None:
    municipalities = ["Heerenveen", "Leeuwarden", None, "Heerenveen"]
    async with sessions() as db:
        for i, municipality in enumerate(municipalities):
            contact = Contact(channel="web", channel_user_id=f"u{i}", address=f"u{i}")
            conversation = Conversation(contact=contact, municipality=municipality)
            db.add_all([contact, conversation])
            await db.flush()
            db.add(Handoff(conversation_id=conversation.id, municipality=municipality, reason="asked"))
        await db.commit()

    async def visible(role: str, names: tuple[str, ...]) -> list[str | None]:
        acc = account(role, names)
        async with sessions() as db:
            rows = await db.scalars(select(Handoff.municipality).where(scope_filter(acc, Handoff.municipality)).order_by(Handoff.id))
            found = list(rows)
        assert found == [m for m in municipalities if can_see(acc, m)]  # the SQL and Python rules agree
        return found

    assert await visible(*ADMIN) == municipalities
    assert await visible(*HEERENVEEN) == ["Heerenveen", "Heerenveen"]
    assert await visible(*DEFAULT_AND_LEEUWARDEN) == ["Leeuwarden", None]
    assert await visible(*NOTHING) == []
    assert await visible(*UNKNOWN_ROLE) == []

    async with sessions() as db:  # also as a count, the way a dashboard would ask
        count = await db.scalar(select(func.count()).select_from(Handoff).where(scope_filter(account(*DEFAULT_AND_LEEUWARDEN), Handoff.municipality)))
    assert count == 2
