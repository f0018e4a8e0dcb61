"""The console's guards over real HTTP: lockout, CSRF, idle sessions, and every route that takes an
id tried with another municipality's id (404, never a hint that it exists)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pyotp
import pytest
from sqlalchemy import select, update

from admin.accounts import CreatedAccount, add_user
from bot.app import create_app
from bot.runtime import Runtime
from flows.engine.types import Inbound
from flows.settings import Settings
from flows.store.models import AuditLog, Contact, Conversation, Handoff, StaffAccount, StaffSession, utcnow
from tests.conftest import LiveServer, free_port

CSRF = re.compile(r'name="csrf" value="([^"]+)"')
NEW_PASSWORD = "een-lang-en-veilig-wachtwoord"


@pytest.fixture
async def server(settings: Settings) -> AsyncIterator[tuple[LiveServer, Runtime]]:
    runtime = Runtime(settings, with_scheduler=False)
    async with LiveServer(create_app(runtime), free_port()) as live:
        yield live, runtime


async def login(base: str, account: CreatedAccount, *, change_password: bool = True) -> httpx.AsyncClient:
    client = httpx.AsyncClient(base_url=base, headers={"Accept-Language": "nl"})
    page = await client.get("/admin/login")
    token = CSRF.search(page.text).group(1)  # type: ignore[union-attr]
    response = await client.post("/admin/login", data={"csrf": token, "email": account.email, "password": account.password})
    assert response.status_code == 303 and response.headers["location"] == "/admin/mfa"
    page = await client.get("/admin/mfa")
    token = CSRF.search(page.text).group(1)  # type: ignore[union-attr]
    response = await client.post("/admin/mfa", data={"csrf": token, "code": pyotp.TOTP(account.totp_secret).now()})
    assert response.status_code == 303
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/admin" in cookie
    if change_password:
        page = await client.get("/admin/password")
        token = CSRF.search(page.text).group(1)  # type: ignore[union-attr]
        response = await client.post("/admin/password", data={"csrf": token, "current": account.password, "new": NEW_PASSWORD, "repeat": NEW_PASSWORD})
        assert response.status_code == 303 and response.headers["location"] == "/admin/"
    return client


async def handoff_in(runtime: Runtime, municipality: str, user: str) -> int:
    steps = [("command", "/start"), ("button", "welcome:go"), ("button", "consent:yes"), ("button", "role:parent"), ("text", municipality), ("button", "life_areas:done"), ("button", "urgent:none"), ("button", "wish:coordinator")]
    for n, (kind, text) in enumerate(steps):
        await runtime.receive(Inbound(channel="web", user_id=user, address=user, message_id=f"{user}:{n}", kind=kind, text=text, language_hint="nl"))  # type: ignore[arg-type]
    async with runtime.sessions() as session:
        handoff = await session.scalar(
            select(Handoff).join(Conversation, Conversation.id == Handoff.conversation_id).join(Contact, Contact.id == Conversation.contact_id).where(Contact.channel_user_id == user)
        )
    assert handoff is not None
    return handoff.id


SCOPED_ROUTES = [
    ("GET", "/admin/conversations/{id}"),
    ("GET", "/admin/conversations/{id}/messages"),
    ("POST", "/admin/conversations/{id}/take"),
    ("POST", "/admin/conversations/{id}/send"),
    ("POST", "/admin/conversations/{id}/give-back"),
    ("POST", "/admin/conversations/{id}/close"),
    ("POST", "/admin/conversations/{id}/transfer"),
    ("POST", "/admin/conversations/{id}/erase"),
]


async def test_every_scoped_route_hides_another_municipality(server: tuple[LiveServer, Runtime], settings: Settings) -> None:
    live, runtime = server
    anna = await add_user(settings, email="anna@amsterdam.example", role="coordinator", municipalities=["Amsterdam"])
    foreign = await handoff_in(runtime, "Heerenveen", "parent-heerenveen")
    own = await handoff_in(runtime, "Amsterdam", "parent-amsterdam")
    client = await login(live.url, anna)
    token = CSRF.search((await client.get("/admin/")).text).group(1)  # type: ignore[union-attr]
    for method, path in SCOPED_ROUTES:
        response = await client.request(method, path.format(id=foreign), data={"csrf": token, "text": "x", "outcome": "helped", "confirm": "yes", "to": "1"} if method == "POST" else None)
        assert response.status_code == 404, (method, path)
        missing = await client.request(method, path.format(id=999999), data={"csrf": token} if method == "POST" else None)
        assert missing.status_code == 404, (method, path)
    assert (await client.get(f"/admin/conversations/{own}")).status_code == 200
    queue = (await client.get("/admin/queue")).text
    assert f'data-handoff="{own}"' in queue and f'data-handoff="{foreign}"' not in queue
    assert (await client.get("/admin/audit")).status_code == 404  # admins only
    async with runtime.sessions() as session:
        still = await session.get(Handoff, foreign)
    assert still is not None and still.status == "waiting"
    await client.aclose()


async def test_csrf_is_required_on_every_change(server: tuple[LiveServer, Runtime], settings: Settings) -> None:
    live, runtime = server
    meike = await add_user(settings, email="meike@heerenveen.example", role="coordinator", municipalities=["Heerenveen"])
    handoff = await handoff_in(runtime, "Heerenveen", "parent-1")
    client = await login(live.url, meike)
    for method, path in SCOPED_ROUTES + [("POST", "/admin/logout"), ("POST", "/admin/password")]:
        if method != "POST":
            continue
        for token in (None, "forged-token"):
            response = await client.post(path.format(id=handoff), data={"csrf": token} if token else {})
            assert response.status_code == 403, (path, token)
    async with runtime.sessions() as session:
        assert (await session.get(Handoff, handoff)).status == "waiting"  # type: ignore[union-attr]
        refused = (await session.scalars(select(AuditLog).where(AuditLog.action == "csrf.rejected"))).all()
    assert len(refused) >= 10
    await client.aclose()


async def test_lockout_after_repeated_failures_and_no_account_hint(server: tuple[LiveServer, Runtime], settings: Settings) -> None:
    live, runtime = server
    meike = await add_user(settings, email="meike@heerenveen.example", role="coordinator", municipalities=["Heerenveen"])
    async with httpx.AsyncClient(base_url=live.url) as client:
        token = CSRF.search((await client.get("/admin/login")).text).group(1)  # type: ignore[union-attr]
        unknown = await client.post("/admin/login", data={"csrf": token, "email": "nobody@example.org", "password": "whatever-password"})
        wrong = await client.post("/admin/login", data={"csrf": token, "email": meike.email, "password": "not-the-password"})
        assert unknown.status_code == wrong.status_code == 401
        assert unknown.text.replace(token, "") == wrong.text.replace(token, "")  # same answer: no hint
        for _ in range(4):
            await client.post("/admin/login", data={"csrf": token, "email": meike.email, "password": "not-the-password"})
        locked = await client.post("/admin/login", data={"csrf": token, "email": meike.email, "password": meike.password})
        assert locked.status_code == 401  # right password, but locked
        no_csrf = await client.post("/admin/login", data={"email": meike.email, "password": meike.password})
        assert no_csrf.status_code == 403
    async with runtime.sessions() as session:
        results = [a.result for a in await session.scalars(select(AuditLog).where(AuditLog.action == "login.password"))]
    assert "locked" in results and results.count("failed") >= 5


async def test_idle_session_ends_after_30_minutes(server: tuple[LiveServer, Runtime], settings: Settings) -> None:
    live, runtime = server
    meike = await add_user(settings, email="meike@heerenveen.example", role="coordinator", municipalities=["Heerenveen"])
    client = await login(live.url, meike)
    assert (await client.get("/admin/")).status_code == 200
    async with runtime.sessions() as session, session.begin():
        await session.execute(update(StaffSession).values(last_seen_at=utcnow() - timedelta(minutes=31)))
    response = await client.get("/admin/")
    assert response.status_code == 303 and response.headers["location"] == "/admin/login"
    await client.aclose()


async def test_one_time_password_must_be_changed_first(server: tuple[LiveServer, Runtime], settings: Settings) -> None:
    live, _runtime = server
    meike = await add_user(settings, email="meike@heerenveen.example", role="coordinator", municipalities=["Heerenveen"])
    client = await login(live.url, meike, change_password=False)
    response = await client.get("/admin/")
    assert response.status_code == 303 and response.headers["location"] == "/admin/password"
    await client.aclose()


async def test_transfer_close_with_private_note_and_erase(server: tuple[LiveServer, Runtime], settings: Settings) -> None:
    from flows.store.models import Outbox

    live, runtime = server
    meike = await add_user(settings, email="meike@heerenveen.example", role="coordinator", municipalities=["Heerenveen"], name="Meike")
    joris = await add_user(settings, email="joris@heerenveen.example", role="coordinator", municipalities=["Heerenveen"], name="Joris")
    first = await handoff_in(runtime, "Heerenveen", "parent-1")
    m_client, j_client = await login(live.url, meike), await login(live.url, joris)
    m_token = CSRF.search((await m_client.get("/admin/")).text).group(1)  # type: ignore[union-attr]
    j_token = CSRF.search((await j_client.get("/admin/")).text).group(1)  # type: ignore[union-attr]
    assert (await m_client.post(f"/admin/conversations/{first}/take", data={"csrf": m_token})).status_code == 303
    async with runtime.sessions() as session:
        joris_id = await session.scalar(select(StaffAccount.id).where(StaffAccount.email == joris.email))
    assert (await m_client.post(f"/admin/conversations/{first}/transfer", data={"csrf": m_token, "to": joris_id})).status_code == 303
    # Meike no longer holds it; Joris does.
    assert "not-yours" in (await m_client.post(f"/admin/conversations/{first}/send", data={"csrf": m_token, "text": "hoi"})).headers["location"]
    note = "interne notitie: schuld bij de gemeente"
    response = await j_client.post(f"/admin/conversations/{first}/close", data={"csrf": j_token, "outcome": "referred", "note": note})
    assert response.status_code == 303
    async with runtime.sessions() as session:
        handoff = await session.get(Handoff, first)
        payloads = [o.payload["text"] for o in await session.scalars(select(Outbox))]
    assert handoff is not None and handoff.status == "closed" and handoff.outcome == "referred" and handoff.note == note
    assert not any(note in text for text in payloads)  # never sent to the parent
    assert any("Joris" in text and "afgesloten" in text for text in payloads)
    # Erasure from the console, after confirmation.
    second = await handoff_in(runtime, "Heerenveen", "parent-2")
    assert (await m_client.post(f"/admin/conversations/{second}/erase", data={"csrf": m_token})).status_code == 400
    assert (await m_client.post(f"/admin/conversations/{second}/erase", data={"csrf": m_token, "confirm": "yes"})).status_code == 303
    async with runtime.sessions() as session:
        users = list(await session.scalars(select(Contact.channel_user_id)))
        erased = (await session.scalars(select(AuditLog).where(AuditLog.action == "contact.erased"))).all()
    assert users == ["parent-1"] and [a.actor.startswith("staff:") for a in erased] == [True]
    for client in (m_client, j_client):
        await client.aclose()


async def test_takeover_reaches_a_web_chat_parent_live(server: tuple[LiveServer, Runtime], settings: Settings) -> None:
    import json
    import uuid

    import websockets

    live, runtime = server
    # The parent names no municipality: the default team ("*") picks it up.
    meike = await add_user(settings, email="meike@heerenveen.example", role="coordinator", municipalities=["Heerenveen", "*"], name="Meike")
    async with websockets.connect(live.url.replace("http", "ws") + "/ws/chat") as ws:

        async def receive_message() -> dict:
            while True:
                frame = json.loads(await ws.recv())
                if frame["type"] == "message":
                    await ws.send(json.dumps({"type": "ack", "id": frame["id"]}))
                    return frame

        await ws.send(json.dumps({"type": "hello", "sid": None, "lang": "nl"}))
        assert "computerprogramma" in (await receive_message())["text"]
        await ws.send(json.dumps({"type": "text", "id": str(uuid.uuid4()), "text": "mens"}))
        assert "doorgegeven" in (await receive_message())["text"]
        async with runtime.sessions() as session:
            handoff_id = await session.scalar(select(Handoff.id))
        client = await login(live.url, meike)
        token = CSRF.search((await client.get("/admin/")).text).group(1)  # type: ignore[union-attr]
        assert (await client.post(f"/admin/conversations/{handoff_id}/take", data={"csrf": token})).status_code == 303
        assert "Meike" in (await receive_message())["text"]
        await client.post(f"/admin/conversations/{handoff_id}/send", data={"csrf": token, "text": "Hallo vanuit de gemeente"})
        assert (await receive_message())["text"] == "Hallo vanuit de gemeente"
        await client.aclose()


async def test_admin_sets_the_response_time_the_bot_promises(server: tuple[LiveServer, Runtime], settings: Settings) -> None:
    live, runtime = server
    admin = await add_user(settings, email="admin@naast.example", role="admin", municipalities=[])
    meike = await add_user(settings, email="meike@heerenveen.example", role="coordinator", municipalities=["Heerenveen"])
    client = await login(live.url, admin)
    token = CSRF.search((await client.get("/admin/settings")).text).group(1)  # type: ignore[union-attr]
    assert (await client.post("/admin/settings", data={"csrf": token, "municipality": "Atlantis", "days": "3"})).status_code == 400
    assert (await client.post("/admin/settings", data={"csrf": token, "municipality": "heerenveen", "days": "5"})).status_code == 303
    runtime.turns._response_days_loaded = 0.0  # the bot rereads settings every 30 s; do not wait for it
    user = "parent-settings"
    steps = [("command", "/start"), ("button", "welcome:go"), ("button", "consent:yes"), ("button", "role:parent"), ("text", "Heerenveen"), ("button", "life_areas:done"), ("button", "urgent:none"), ("button", "wish:coordinator")]
    for n, (kind, text) in enumerate(steps):
        await runtime.receive(Inbound(channel="web", user_id=user, address=user, message_id=f"{user}:{n}", kind=kind, text=text, language_hint="nl"))  # type: ignore[arg-type]
    from flows.store.models import Outbox

    async with runtime.sessions() as session:
        last = await session.scalar(select(Outbox).order_by(Outbox.id.desc()))
    assert last is not None and "binnen 5 werkdagen" in last.payload["text"]
    coordinator = await login(live.url, meike)
    assert (await coordinator.get("/admin/settings")).status_code == 404
    await client.aclose()
    await coordinator.aclose()


async def test_the_conversation_page_shows_when_the_parent_said_they_are_safe(server: tuple[LiveServer, Runtime], settings: Settings) -> None:
    live, runtime = server
    meike = await add_user(settings, email="meike@heerenveen.example", role="coordinator", municipalities=["Heerenveen"], name="Meike")
    handoff = await handoff_in(runtime, "Heerenveen", "parent-safe")
    client = await login(live.url, meike)
    page = await client.get(f"/admin/conversations/{handoff}")
    assert 'id="said-safe">–<' in page.text
    async with runtime.sessions() as session:
        conversation_id = await session.scalar(select(Handoff.conversation_id).where(Handoff.id == handoff))
        await session.execute(update(Conversation).where(Conversation.id == conversation_id).values(safe_said_at=utcnow() - timedelta(hours=1)))
        await session.commit()
    page = await client.get(f"/admin/conversations/{handoff}")
    assert "Zei veilig te zijn" in page.text
    await client.aclose()
