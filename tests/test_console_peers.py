"""The peer pool in the coordinator console, over real HTTP with password and TOTP login: adding a
peer (invite code shown once), field errors, scope (another municipality gets 404), CSRF, a new
invite that voids the old code, pause, the matches with the ranking's reasons in plain words,
ending a contact, and a peer's concern on the conversation page. One test in headless Chromium
adds and pauses a peer with the axe accessibility check."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from admin.accounts import CreatedAccount, add_user
from bot.app import create_app
from bot.runtime import Runtime
from flows.actions import matching
from flows.actions.handoff import request_handoff
from flows.peers import pool
from flows.settings import Settings
from flows.store.models import AuditLog, Contact, Conversation, Handoff, Match, MatchProposal, Outbox, Peer, utcnow
from tests.conftest import LiveServer, free_port
from tests.test_console_http import CSRF, login

BOT = "naast_test_bot"
INVITE = re.compile(r'<code id="invite-code">([A-Z0-9]{10})</code>')


@pytest.fixture
async def server(settings: Settings) -> AsyncIterator[tuple[LiveServer, Runtime]]:
    configured = settings.model_copy(update={"telegram_bot_username": BOT})
    runtime = Runtime(configured, with_scheduler=False)
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


async def token_of(client: httpx.AsyncClient, path: str = "/admin/peers") -> str:
    return CSRF.search((await client.get(path)).text).group(1)  # type: ignore[union-attr]


async def add_peer(
    runtime: Runtime, name: str = "Fatima", places: tuple[str, ...] = ("Heerenveen",), *, connected: bool = True, themes: tuple[str, ...] = ("money",)
) -> tuple[int, str]:
    """A peer straight through the pool (as the CLI does); with `connected` their chat is linked."""
    async with runtime.sessions() as session, session.begin():
        data = pool.PeerInput(display_name=name, kind="lotgenoot", languages=("nl",), municipalities=places, themes=themes, capacity=2)
        peer, code = await pool.create(session, data, runtime.settings, actor="cli")
        if connected:
            contact = Contact(channel="telegram", channel_user_id=f"peer-{name}", address=f"peer-{name}", language="nl")
            session.add(contact)
            await session.flush()
            assert await pool.connect(session, code, contact) is not None
        return peer.id, code


async def add_match(
    runtime: Runtime, municipality: str | None, peer_id: int, *, status: str = "searching", reasons: list[str] | None = None, proposal: str = "proposed"
) -> int:
    async with runtime.sessions() as session, session.begin():
        now = utcnow()
        match = Match(status=status, municipality=municipality, province="Friesland" if municipality else None, language="nl", languages=["nl"], themes=["money", "housing"])
        if status == "active":
            match.peer_id, match.accepted_at = peer_id, now
        match.proposals.append(
            MatchProposal(
                peer_id=peer_id, status=proposal, score=21.5, reasons=reasons or ["language", "themes:2", "same_municipality", "load:1/2"],
                proposed_at=now - timedelta(hours=1), expires_at=now + timedelta(hours=23), answered_at=now if proposal != "proposed" else None,
            )
        )
        session.add(match)
        await session.flush()
        return match.id


async def load(runtime: Runtime, model: Any, ident: int) -> Any:
    async with runtime.sessions() as session:
        return await session.get(model, ident)


PEER_FORM = {"display_name": "Fatima", "kind": "ervaringsdeskundige", "languages": ["nl", "ar"], "municipalities": "heerenveen", "themes": ["money", "children_placed"], "capacity": "3", "availability": "ma 9-17, wo 13:00-17:00"}


async def test_coordinator_adds_a_peer_and_sees_the_invite_once(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    meike = await login(live.url, people["meike"])
    page = await meike.get("/admin/")
    assert 'href="/admin/peers"' in page.text and "Lotgenoten" in page.text
    token = await token_of(meike, "/admin/peers/new")
    response = await meike.post("/admin/peers", data={"csrf": token, **PEER_FORM})
    assert response.status_code == 200
    code = INVITE.search(response.text).group(1)  # type: ignore[union-attr]
    assert f"https://t.me/{BOT}?start={code}" in response.text
    assert f"Laat de lotgenoot deze link openen, of /start {code} sturen aan de bot." in response.text
    async with runtime.sessions() as session:
        peer = await session.scalar(select(Peer))
        created = await session.scalar(select(AuditLog).where(AuditLog.action == "peer.created"))
    assert peer is not None and peer.display_name == "Fatima" and peer.kind == "ervaringsdeskundige"
    assert peer.languages == ["nl", "ar"] and peer.municipality_names == ["Heerenveen"] and peer.capacity == 3
    assert peer.themes == ["money", "children_placed"] and peer.availability == {"0": [["09:00", "17:00"]], "2": [["13:00", "17:00"]]}
    assert peer.invite_hash is not None and code not in peer.invite_hash  # only a hash is kept
    assert created is not None and created.actor.startswith("staff:") and created.origin == "127.0.0.1"
    # The code is shown once: the peer page shows it no more.
    again = await meike.get(f"/admin/peers/{peer.id}")
    assert again.status_code == 200 and code not in again.text
    assert "Heerenveen" in again.text and "ma 09:00-17:00, wo 13:00-17:00" in again.text
    listing = (await meike.get("/admin/peers")).text
    row = re.search(rf'<tr data-peer="{peer.id}">(.*?)</tr>', listing, re.S).group(1)  # type: ignore[union-attr]
    assert "Fatima" in row and "Ervaringsdeskundige" in row and "nl, ar" in row and "Geld" in row and "Kinderen uit huis geplaatst" in row
    assert "0 van 3" in row
    # A coordinator chooses only municipalities they serve; an admin any.
    refused = await meike.post("/admin/peers", data={"csrf": token, **PEER_FORM, "display_name": "Bram", "municipalities": "Amsterdam"})
    assert refused.status_code == 400 and "Je kunt alleen je eigen gemeenten kiezen. Niet: Amsterdam" in refused.text
    admin = await login(live.url, people["admin"])
    made = await admin.post("/admin/peers", data={"csrf": await token_of(admin), **PEER_FORM, "display_name": "Bram", "municipalities": "Amsterdam, Heerenveen"})
    assert made.status_code == 200 and INVITE.search(made.text)
    # The same form sent twice (a reload, a double click) adds the peer once.
    form_id = re.search(r'name="form_id" value="([^"]+)"', (await meike.get("/admin/peers/new")).text).group(1)  # type: ignore[union-attr]
    twice = {"csrf": token, "form_id": form_id, **PEER_FORM, "display_name": "Karim"}
    first, second = await meike.post("/admin/peers", data=twice), await meike.post("/admin/peers", data=twice)
    assert first.status_code == 200 and INVITE.search(first.text)
    assert second.status_code == 303 and not INVITE.search(second.text)
    async with runtime.sessions() as session:
        karims = (await session.scalars(select(Peer).where(Peer.display_name == "Karim"))).all()
    assert len(karims) == 1 and second.headers["location"] == f"/admin/peers/{karims[0].id}"
    for client in (meike, admin):
        await client.aclose()


async def test_scope_hides_peers_of_other_municipalities(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    fatima, _code = await add_peer(runtime, "Fatima", ("Heerenveen",))
    both, _code = await add_peer(runtime, "Bram", ("Heerenveen", "Amsterdam"))
    anna = await login(live.url, people["anna"])
    token = await token_of(anna)
    listing = (await anna.get("/admin/peers")).text
    assert "Fatima" not in listing and f'data-peer="{both}"' in listing
    routes = [("GET", "/admin/peers/{id}"), ("POST", "/admin/peers/{id}"), ("POST", "/admin/peers/{id}/pause"), ("POST", "/admin/peers/{id}/invite"), ("POST", "/admin/peers/{id}/active")]
    form = {"csrf": token, **PEER_FORM, "municipalities": "Amsterdam", "paused": "yes", "active": "no"}
    for method, path in routes:
        for ident in (fatima, 999999, 99999999999, "abc"):
            response = await anna.request(method, path.format(id=ident), data=form if method == "POST" else None)
            assert response.status_code == 404, (method, path, ident)
    peer = await load(runtime, Peer, fatima)
    assert peer.display_name == "Fatima" and not peer.paused and peer.active and peer.contact_id is not None
    # Anna edits the shared peer: she cannot drop Heerenveen, which is not hers.
    page = (await anna.get(f"/admin/peers/{both}")).text
    assert 'value="Amsterdam"' in page and "Blijft ook actief in (niet door jou te wijzigen): Heerenveen" in page
    response = await anna.post(f"/admin/peers/{both}", data={**form, "display_name": "Bram B."})
    assert response.status_code == 303
    shared = await load(runtime, Peer, both)
    assert shared.display_name == "Bram B." and sorted(shared.municipality_names) == ["Amsterdam", "Heerenveen"]
    # The default team alone serves no municipality: no peers.
    team = await login(live.url, people["team"])
    assert "Nog geen lotgenoten." in (await team.get("/admin/peers")).text
    assert (await team.get(f"/admin/peers/{fatima}")).status_code == 404
    admin = await login(live.url, people["admin"])
    assert "Fatima" in (await admin.get("/admin/peers")).text
    for client in (anna, team, admin):
        await client.aclose()


async def test_field_errors_are_shown_with_the_input_kept(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    meike = await login(live.url, people["meike"])
    token = await token_of(meike, "/admin/peers/new")
    bad = {"csrf": token, "display_name": "", "kind": "tovenaar", "municipalities": "Atlantis", "themes": ["money"], "capacity": "11", "availability": "maandag ochtend"}
    response = await meike.post("/admin/peers", data=bad)
    assert response.status_code == 400
    text = response.text
    for field, message in [
        ("display_name", "Vul een voornaam of bijnaam in"),
        ("kind", "Kies ervaringsdeskundige of lotgenoot."),
        ("languages", "Kies minstens één taal."),
        ("municipalities", "Deze gemeente kennen we niet: Atlantis"),
        ("capacity", "Vul een aantal van 1 tot 10 in."),
        ("availability", "Schrijf de tijden zo: ma 9-17, wo 13:00-17:00."),
    ]:
        assert re.search(rf'<p class="field-error" id="err-{field}">{re.escape(message)}', text), field
        assert re.search(rf'id="field-{field}"[^>]*aria-describedby="[^"]*err-{field}', text), field
    assert 'value="Atlantis"' in text and 'value="maandag ochtend"' in text and 'value="11"' in text
    assert re.search(r'value="money" checked', text)
    assert 'role="alert"' in text
    # Edits are checked the same way; nothing changes.
    peer_id, _code = await add_peer(runtime)
    response = await meike.post(f"/admin/peers/{peer_id}", data={"csrf": token, **PEER_FORM, "capacity": "0"})
    assert response.status_code == 400 and "Vul een aantal van 1 tot 10 in." in response.text
    async with runtime.sessions() as session:
        peers = list(await session.scalars(select(Peer)))
    assert [(p.display_name, p.capacity) for p in peers] == [("Fatima", 2)]
    # A good edit is saved.
    response = await meike.post(f"/admin/peers/{peer_id}", data={"csrf": token, **PEER_FORM, "display_name": "Fatima A.", "availability": ""})
    assert response.status_code == 303 and response.headers["location"] == f"/admin/peers/{peer_id}?done=saved"
    peer = await load(runtime, Peer, peer_id)
    assert peer.display_name == "Fatima A." and peer.availability == {} and peer.capacity == 3
    await meike.aclose()


async def test_csrf_is_required_on_every_peer_change(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    peer_id, _code = await add_peer(runtime)
    match_id = await add_match(runtime, "Heerenveen", peer_id, status="active", proposal="accepted")
    meike = await login(live.url, people["meike"])
    paths = ["/admin/peers", "/admin/peers/{p}", "/admin/peers/{p}/pause", "/admin/peers/{p}/invite", "/admin/peers/{p}/active", "/admin/matches/{m}/end"]
    for path in paths:
        for token in (None, "forged-token"):
            data = {**PEER_FORM, "paused": "yes", "active": "no", "confirm": "yes"} | ({"csrf": token} if token else {})
            response = await meike.post(path.format(p=peer_id, m=match_id), data=data)
            assert response.status_code == 403, (path, token)
    async with runtime.sessions() as session:
        peers = list(await session.scalars(select(Peer)))
        match = await session.get(Match, match_id)
        refused = (await session.scalars(select(AuditLog).where(AuditLog.action == "csrf.rejected"))).all()
    assert len(peers) == 1 and not peers[0].paused and peers[0].active and peers[0].display_name == "Fatima"
    assert match is not None and match.status == "active"
    assert len(refused) == 2 * len(paths)
    await meike.aclose()


async def test_new_invite_voids_the_old_code(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    peer_id, old = await add_peer(runtime, connected=False)
    meike = await login(live.url, people["meike"])
    response = await meike.post(f"/admin/peers/{peer_id}/invite", data={"csrf": await token_of(meike)})
    assert response.status_code == 200
    new = INVITE.search(response.text).group(1)  # type: ignore[union-attr]
    assert new != old and f"start={new}" in response.text
    async with runtime.sessions() as session, session.begin():
        contact = Contact(channel="telegram", channel_user_id="peer-new", address="peer-new", language="nl")
        session.add(contact)
        await session.flush()
        assert await pool.connect(session, old, contact) is None
        connected = await pool.connect(session, new, contact)
        assert connected is not None and connected.id == peer_id
    async with runtime.sessions() as session:
        audit = (await session.scalars(select(AuditLog).where(AuditLog.action == "peer.invite"))).all()
    assert [(a.object_id, a.actor.startswith("staff:"), a.result) for a in audit] == [(str(peer_id), True, "ok")]
    assert "Chat gekoppeld</dt><dd id=\"peer-linked\">ja" in (await meike.get(f"/admin/peers/{peer_id}")).text
    # Out of the pool: no new code, and back in.
    token = await token_of(meike)
    assert (await meike.post(f"/admin/peers/{peer_id}/active", data={"csrf": token, "active": "no"})).status_code == 303
    assert (await meike.post(f"/admin/peers/{peer_id}/invite", data={"csrf": token})).status_code == 400
    assert (await load(runtime, Peer, peer_id)).active is False
    assert (await meike.post(f"/admin/peers/{peer_id}/active", data={"csrf": token, "active": "yes"})).status_code == 303
    assert (await load(runtime, Peer, peer_id)).active is True
    await meike.aclose()


async def test_pause_from_the_console_moves_open_proposals(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    fatima, _code = await add_peer(runtime, "Fatima")
    bram, _code = await add_peer(runtime, "Bram")
    match_id = await add_match(runtime, "Heerenveen", fatima)
    meike = await login(live.url, people["meike"])
    response = await meike.post(f"/admin/peers/{fatima}/pause", data={"csrf": await token_of(meike), "paused": "yes"})
    assert response.status_code == 303 and response.headers["location"] == f"/admin/peers/{fatima}?done=paused"
    page = (await meike.get(response.headers["location"])).text
    assert "Gepauzeerd. Deze lotgenoot krijgt geen nieuwe voorstellen." in page and 'id="peer-paused">ja, sinds' in page
    async with runtime.sessions() as session:
        peer = await session.get(Peer, fatima)
        match = await session.get(Match, match_id)
        profiles = {p.id: p for p in await pool.profiles(session)}
        paused = await session.scalar(select(AuditLog).where(AuditLog.action == "peer.paused"))
    assert peer is not None and peer.paused and peer.paused_at is not None
    assert match is not None and [(p.peer_id, p.status) for p in match.proposals] == [(fatima, "withdrawn"), (bram, "proposed")]
    assert profiles[fatima].paused and not profiles[bram].paused
    assert paused is not None and paused.actor.startswith("staff:") and paused.object_id == str(fatima)
    assert "Gepauzeerd" in (await meike.get("/admin/peers?paused=yes")).text
    assert f'data-peer="{fatima}"' not in (await meike.get("/admin/peers?paused=no")).text
    response = await meike.post(f"/admin/peers/{fatima}/pause", data={"csrf": await token_of(meike), "paused": "no"})
    assert response.status_code == 303
    peer = await load(runtime, Peer, fatima)
    assert not peer.paused and peer.paused_at is None
    await meike.aclose()


async def test_matches_show_reasons_in_words_within_scope(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    fatima, _code = await add_peer(runtime, "Fatima")
    here = await add_match(runtime, "Heerenveen", fatima, reasons=["own_language", "themes:2", "same_municipality", "penalty:same_province", "load:1/2"])
    nowhere = await add_match(runtime, None, fatima, status="unmatched", proposal="expired", reasons=["language", "themes:1", "elsewhere", "load:0/2"])
    meike = await login(live.url, people["meike"])
    page = (await meike.get("/admin/matches")).text
    section = re.search(rf'<section class="card match" id="match-{here}".*?</section>', page, re.S).group(0)  # type: ignore[union-attr]
    for words in ("spreekt de eigen taal van de ouder", "2 gedeelde onderwerpen", "zelfde gemeente", "zelfde provincie (minder punten", "belasting 1 van 2", "Gevraagd, wacht op antwoord", "Fatima"):
        assert words in section, words
    assert "themes:2" not in page and "load:1/2" not in page
    assert f'id="match-{nowhere}"' not in page  # no municipality: the default team's
    team = await login(live.url, people["team"])
    page = (await team.get("/admin/matches")).text
    assert f'id="match-{nowhere}"' in page and f'id="match-{here}"' not in page
    assert "1 gedeeld onderwerp" in page and "woont in een andere provincie" in page and "Geen antwoord op tijd" in page
    anna = await login(live.url, people["anna"])
    page = (await anna.get("/admin/matches")).text
    assert f'id="match-{here}"' not in page and f'id="match-{nowhere}"' not in page
    # The peer page lists the proposals in words too.
    peer_page = (await meike.get(f"/admin/peers/{fatima}")).text
    assert "2 gedeelde onderwerpen" in peer_page and "Plus koppelingen in gemeenten die je niet ziet: 1" in peer_page
    for client in (meike, team, anna):
        await client.aclose()


async def test_coordinator_ends_an_active_contact(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    fatima, _code = await add_peer(runtime, "Fatima")
    match_id = await add_match(runtime, "Heerenveen", fatima, status="active", proposal="accepted")
    anna = await login(live.url, people["anna"])
    assert (await anna.post(f"/admin/matches/{match_id}/end", data={"csrf": await token_of(anna), "confirm": "yes"})).status_code == 404
    meike = await login(live.url, people["meike"])
    page = (await meike.get("/admin/matches")).text
    assert f'id="end-{match_id}"' in page and "Actief contact" in page
    token = await token_of(meike)
    assert (await meike.post(f"/admin/matches/{match_id}/end", data={"csrf": token})).status_code == 400  # not confirmed
    assert (await load(runtime, Match, match_id)).status == "active"
    response = await meike.post(f"/admin/matches/{match_id}/end", data={"csrf": token, "confirm": "yes"})
    assert response.status_code == 303 and response.headers["location"] == "/admin/matches?done=ended"
    match = await load(runtime, Match, match_id)
    assert match.status == "ended" and match.ended_by == "coordinator" and match.ended_at is not None
    async with runtime.sessions() as session:
        ended = await session.scalar(select(AuditLog).where(AuditLog.action == "match.ended"))
        told = [o.address for o in await session.scalars(select(Outbox))]
    assert ended is not None and ended.actor.startswith("staff:") and ended.object_id == str(match_id)
    assert "peer-Fatima" in told  # the peer is told kindly
    page = (await meike.get("/admin/matches?done=ended")).text
    assert "Het contact is gestopt." in page and f'id="end-{match_id}"' not in page and "een coördinator" in page
    assert (await meike.post(f"/admin/matches/{match_id}/end", data={"csrf": token, "confirm": "yes"})).status_code == 400  # ended already
    for client in (anna, meike):
        await client.aclose()


async def test_peer_concern_and_unmatched_on_the_conversation_page(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    live, runtime = server
    fatima, _code = await add_peer(runtime, "Fatima")
    match_id = await add_match(runtime, "Heerenveen", fatima, status="active", proposal="accepted")
    async with runtime.sessions() as session, session.begin():
        peer = await session.get(Peer, fatima)
        contact = await session.get(Contact, peer.contact_id)  # type: ignore[union-attr]
        conversation = Conversation(contact_id=contact.id, consent=True)  # type: ignore[union-attr]
        session.add(conversation)
        await session.flush()
        match = await session.get(Match, match_id)
        await matching.raise_concern(session, peer, contact, conversation, "<b>Ik maak me zorgen</b> om deze ouder", match=match)  # type: ignore[arg-type]
        parent = Contact(channel="web", channel_user_id="parent-x", address="parent-x", language="nl")
        session.add(parent)
        await session.flush()
        lonely = Conversation(contact_id=parent.id, consent=True, municipality="Heerenveen")
        session.add(lonely)
        await session.flush()
        unmatched = await request_handoff(session, parent, lonely, "peer_unmatched")
        unmatched_id = unmatched.id
        concern_id = await session.scalar(select(Handoff.id).where(Handoff.reason == "peer_concern"))
    meike = await login(live.url, people["meike"])
    page = (await meike.get(f"/admin/conversations/{concern_id}")).text
    assert "Zorg van lotgenoot Fatima:" in page and "&lt;b&gt;Ik maak me zorgen&lt;/b&gt; om deze ouder" in page and "<b>Ik maak" not in page
    assert f'href="/admin/peers/{fatima}"' in page
    page = (await meike.get(f"/admin/conversations/{unmatched_id}")).text
    assert "Geen lotgenoot gevonden; zoek mee of neem contact op." in page
    queue = (await meike.get("/admin/queue")).text
    assert "Zorg van lotgenoot" in queue and "Geen lotgenoot gevonden" in queue
    await meike.aclose()


@pytest.mark.browser
async def test_browser_adds_and_pauses_a_peer(server: tuple[LiveServer, Runtime], people: dict[str, CreatedAccount]) -> None:
    from tests.browser import launch_chromium, require_chromium, serious_accessibility_problems
    from tests.test_console import login as browser_login

    require_chromium()
    from playwright.async_api import async_playwright

    live, runtime = server
    async with async_playwright() as pw:
        browser = await launch_chromium(pw)
        try:
            page = await browser_login(browser, live.url, people["meike"])
            await page.get_by_role("navigation").get_by_role("link", name="Lotgenoten").click()
            await page.wait_for_url("**/admin/peers")
            assert await serious_accessibility_problems(page) == [], "list"
            await page.get_by_role("link", name="Lotgenoot toevoegen").click()
            await page.wait_for_url("**/admin/peers/new")
            assert await serious_accessibility_problems(page) == [], "form"
            # Nothing filled in: the problems are named, tied to their fields.
            await page.get_by_role("button", name="Toevoegen").click()
            await page.get_by_role("alert").filter(has_text="Controleer deze velden").wait_for()
            name = page.get_by_label("Voornaam of bijnaam (die ziet de ouder)")
            assert await name.get_attribute("aria-invalid") == "true"
            assert await name.evaluate("(el) => el.getAttribute('aria-describedby')") == "err-display_name"
            assert await serious_accessibility_problems(page) == [], "form with errors"
            await name.fill("Fatima")
            await page.get_by_role("radio", name="Lotgenoot").check()
            await page.get_by_role("group", name="Talen").get_by_label("Nederlands").check()
            await page.get_by_label("Gemeenten, gescheiden door komma's").fill("Heerenveen")
            await page.get_by_role("group", name="Onderwerpen").get_by_label("Schulden").check()
            await page.get_by_label("Hoeveel ouders tegelijk (1 tot 10)").fill("2")
            await page.get_by_label("Beschikbaar per week").fill("di 10-16")
            await page.get_by_role("button", name="Toevoegen").click()
            code = await page.locator("#invite-code").inner_text()
            assert len(code) == 10 and f"start={code}" in (await page.locator("#invite-link").get_attribute("href") or "")
            assert "/start " + code in await page.locator(".invite").inner_text()
            assert await serious_accessibility_problems(page) == [], "invite"
            await page.get_by_role("button", name="Pauzeren").click()
            await page.get_by_role("status").filter(has_text="Gepauzeerd").wait_for()
            assert (await page.locator("#peer-paused").inner_text()).startswith("ja")
            assert await page.locator("#invite-code").count() == 0  # shown once
            assert await serious_accessibility_problems(page) == [], "peer"
            await page.goto("/admin/matches")
            assert await serious_accessibility_problems(page) == [], "matches"
        finally:
            await browser.close()
    async with runtime.sessions() as session:
        peer = await session.scalar(select(Peer))
    assert peer is not None and peer.display_name == "Fatima" and peer.paused and peer.themes == ["debts"]
    assert peer.availability == {"1": [["10:00", "16:00"]]}
