"""Peer matching through Telegram: parents and peers are both real python-telegram-bot chats on the
Bot API double, with Naast's whole app running (database, engine, outbox, scheduler)."""

from __future__ import annotations

import asyncio

from sqlalchemy import select, text

from bot.app import create_app
from bot.runtime import Runtime
from flows.peers import pool
from flows.settings import Settings
from flows.store.models import Match, Message, Outbox, Peer, utcnow
from tests.conftest import LiveServer, free_port
from tests.doubles.telegram_api import SimulatedUser, TelegramDouble
from tests.telegram_helpers import Bot, buttons, step, walk_to_wish


async def add_peer(runtime: Runtime, name: str, *, kind: str = "ervaringsdeskundige", languages: tuple[str, ...] = ("nl",),
                   places: tuple[str, ...] = ("Heerenveen",), themes: tuple[str, ...] = (), capacity: int = 2) -> str:
    async with runtime.sessions() as session, session.begin():
        _peer, code = await pool.create(
            session,
            pool.PeerInput(display_name=name, kind=kind, languages=languages, municipalities=places, themes=themes, capacity=capacity),
            runtime.settings,
            actor="test",
        )
    return code


async def connect(double: TelegramDouble, code: str, name: str) -> SimulatedUser:
    peer = double.user(first_name=name, username=f"{name.lower()}_peer", language_code="nl")
    [welcome] = await step(peer, peer.send_command, "start", code)
    assert f"Welkom bij Naast, {name}" in welcome["text"]
    return peer


async def ask_for_peer(parent: SimulatedUser, *, municipality: str = "Heerenveen", area: str = "money", local: str = "near",
                       alias: str | None = "Jas", kind: str = "either") -> None:
    """Triage, then the matching questions; returns once the search has started."""
    await walk_to_wish(parent, municipality, area)
    [intro] = await step(parent, parent.press, "wish:peer")
    assert "nummer" in intro["text"]
    [kind_question] = await step(parent, parent.press, "peer_intro:yes")
    [local_question] = await step(parent, parent.press, f"peer_kind:{kind}")
    assert "eigen gemeente" in local_question["text"]
    [name_question] = await step(parent, parent.press, f"peer_local:{local}")
    if alias is None:
        await step(parent, parent.press, "peer_name:none")
    else:
        await step(parent, parent.send_text, alias)


async def proposal_id(message: dict) -> int:
    accept = next(b for b in buttons(message) if b.startswith("peer:accept:"))
    return int(accept.rsplit(":", 1)[1])


async def matches(runtime: Runtime) -> list[Match]:
    async with runtime.sessions() as session:
        return list(await session.scalars(select(Match).order_by(Match.id)))


async def test_an_invite_connects_a_peer_once(bot: Bot) -> None:
    code = await add_peer(bot.runtime, "Sanne")
    peer = await connect(bot.double, code, "Sanne")
    [menu] = await step(peer, peer.send_command, "help")
    assert "/pauze" in menu["text"] and "/contacten" in menu["text"]

    stranger = bot.double.user(first_name="Kees")
    [refused] = await step(stranger, stranger.send_command, "start", code)
    assert "werkt niet" in refused["text"]
    [again] = await step(peer, peer.send_command, "start", code)
    assert "al gekoppeld" in again["text"]
    async with bot.runtime.sessions() as session:
        stored = await session.scalar(select(Peer))
        assert stored is not None and stored.contact_id is not None and stored.invite_hash is None


async def test_the_proposal_goes_to_the_best_peer_and_names_nobody(bot: Bot) -> None:
    fits = await connect(bot.double, await add_peer(bot.runtime, "Sanne", themes=("money",)), "Sanne")
    other = await connect(bot.double, await add_peer(bot.runtime, "Fatima"), "Fatima")
    other_mark = other.mark()

    parent = bot.double.user(first_name="Yasmina", last_name="Bakker", username="yasmina_b", language_code="nl")
    mark = fits.mark()
    await ask_for_peer(parent)
    [proposal] = await fits.wait_for(1, after=mark)
    assert "Fryslân" in proposal["text"] and "Geld en schulden" in proposal["text"] and "Nederlands" in proposal["text"]
    for secret in ("Yasmina", "Bakker", "yasmina_b", str(parent.id), "Heerenveen", "Jas"):
        assert secret not in proposal["text"]
    assert any(b.startswith("peer:accept:") for b in buttons(proposal))
    assert any(b.startswith("peer:decline:") for b in buttons(proposal))
    assert other.messages[other_mark:] == []

    [match] = await matches(bot.runtime)
    assert match.status == "searching"
    [first] = match.proposals
    assert "themes:1" in first.reasons and "same_municipality" in first.reasons


async def test_decline_moves_on_and_nobody_left_is_said_honestly(bot: Bot) -> None:
    sanne = await connect(bot.double, await add_peer(bot.runtime, "Sanne", themes=("money",)), "Sanne")
    fatima = await connect(bot.double, await add_peer(bot.runtime, "Fatima"), "Fatima")
    parent = bot.double.user(first_name="Yasmina")
    mark = sanne.mark()
    await ask_for_peer(parent)
    [proposal] = await sanne.wait_for(1, after=mark)

    fatima_mark = fatima.mark()
    [thanks] = await step(sanne, sanne.press, f"peer:decline:{await proposal_id(proposal)}")
    assert "iemand anders" in thanks["text"]
    [second] = await fatima.wait_for(1, after=fatima_mark)
    assert "contact" in second["text"]

    parent_mark = parent.mark()
    await step(fatima, fatima.press, f"peer:decline:{await proposal_id(second)}")
    [honest] = await parent.wait_for(1, after=parent_mark)
    assert "niet gelukt" in honest["text"] and "coördinator" in honest["text"]
    [match] = await matches(bot.runtime)
    assert match.status == "unmatched"
    assert [p.status for p in match.proposals] == ["declined", "declined"]
    handoffs = await bot.handoffs()
    assert [h.reason for h in handoffs] == ["peer_unmatched"] and handoffs[0].municipality == "Heerenveen"

    # A stale tap on the old proposal changes nothing.
    [gone] = await step(sanne, sanne.press, f"peer:accept:{await proposal_id(proposal)}")
    assert "niet meer open" in gone["text"]


async def test_a_paused_or_full_peer_is_never_proposed(bot: Bot) -> None:
    paused = await connect(bot.double, await add_peer(bot.runtime, "Sanne", themes=("money",)), "Sanne")
    [ack] = await step(paused, paused.send_command, "pauze")
    assert "pauze staat aan" in ack["text"]
    small = await connect(bot.double, await add_peer(bot.runtime, "Fatima", capacity=1), "Fatima")
    paused_mark, small_mark = paused.mark(), small.mark()

    first = bot.double.user(first_name="Ouder Een")
    await ask_for_peer(first)
    [proposal] = await small.wait_for(1, after=small_mark)
    assert any(b.startswith("peer:accept:") for b in buttons(proposal))

    second = bot.double.user(first_name="Ouder Twee")
    await ask_for_peer(second)
    await bot.double.wait_until(lambda: any("niet gelukt" in m["text"] for m in second.messages), what="an honest answer")
    assert paused.messages[paused_mark:] == []
    assert len(small.messages) == small_mark + 1
    statuses = [m.status for m in await matches(bot.runtime)]
    assert statuses == ["searching", "unmatched"]

    [back] = await step(paused, paused.send_command, "verder")
    assert "weer nieuwe vragen" in back["text"]


async def accepted_pair(bot: Bot) -> tuple[SimulatedUser, SimulatedUser]:
    peer = await connect(bot.double, await add_peer(bot.runtime, "Sanne"), "Sanne")
    parent = bot.double.user(first_name="Yasmina", username="yasmina_b")
    mark = peer.mark()
    await ask_for_peer(parent)
    [proposal] = await peer.wait_for(1, after=mark)
    parent_mark = parent.mark()
    [welcome] = await step(peer, peer.press, f"peer:accept:{await proposal_id(proposal)}")
    assert "Jas" in welcome["text"] and "nummer" in welcome["text"]
    [told] = await parent.wait_for(1, after=parent_mark)
    assert "Sanne wil graag met je praten" in told["text"] and "/einde" in told["text"]
    return parent, peer


async def test_an_accept_connects_both_ways_privately(bot: Bot) -> None:
    parent, peer = await accepted_pair(bot)
    peer_mark = peer.mark()
    parent.send_text("hoi, fijn dat je tijd hebt")
    [relayed] = await peer.wait_for(1, after=peer_mark)
    assert relayed["text"] == "Jas:\nhoi, fijn dat je tijd hebt"

    [answer] = await step(parent, peer.send_text, "Graag gedaan. Hoe gaat het met je?")
    assert answer["text"] == "Sanne:\nGraag gedaan. Hoe gaat het met je?"
    assert "yasmina" not in relayed["text"].lower() and str(parent.id) not in relayed["text"]

    # Contact details only when both choose it.
    [held] = await step(parent, parent.send_text, "bel me maar op 06-12345678")
    assert "niet doorgestuurd" in held["text"]
    assert not any("12345678" in m["text"] for m in peer.messages)
    await step(parent, parent.send_command, "deel")
    mark = peer.mark()
    [waiting] = await step(parent, parent.send_text, "06-12345678")
    assert "pas door" in waiting["text"]
    [offer] = await peer.wait_for(1, after=mark)
    assert "/deel" in offer["text"] and "12345678" not in offer["text"]
    await step(peer, peer.send_command, "deel")
    parent_mark = parent.mark()
    [peer_gets] = await step(peer, peer.send_text, "sanne@example.org")
    assert "06-12345678" in peer_gets["text"]
    [parent_gets] = await parent.wait_for(1, after=parent_mark)
    assert "sanne@example.org" in parent_gets["text"]

    # Coordinators never read the contact: nothing of it is stored, and relays leave the outbox.
    async with bot.runtime.sessions() as session:
        bodies = [b for b in await session.scalars(select(Message.body)) if b]
        assert not any("fijn dat je tijd" in b or "Hoe gaat het" in b for b in bodies)
        await bot.double.wait_until(lambda: True)
        for _ in range(50):
            left = [p["text"] for p in await session.scalars(select(Outbox.payload))]
            if not any("Hoe gaat het" in t for t in left):
                break
            await asyncio.sleep(0.1)
            session.expire_all()
        assert not any("Hoe gaat het" in t or "fijn dat je tijd" in t for t in left)


async def test_ending_the_contact_stops_the_relay(bot: Bot) -> None:
    parent, peer = await accepted_pair(bot)
    parent_mark = parent.mark()
    [done] = await step(peer, peer.send_command, "einde")
    assert "gestopt" in done["text"]
    [told] = await parent.wait_for(1, after=parent_mark)
    assert "Sanne heeft het contact gestopt" in told["text"]

    peer_mark = peer.mark()
    [bot_answer] = await step(parent, parent.send_text, "ben je er nog?")
    assert not bot_answer["text"].startswith("Jas:")
    await asyncio.sleep(0.3)
    assert peer.messages[peer_mark:] == []
    [match] = await matches(bot.runtime)
    assert match.status == "ended" and match.ended_by == "peer" and match.ended_at is not None
    assert match.parent_alias is None


async def test_the_parent_can_end_with_a_confirmation(bot: Bot) -> None:
    parent, peer = await accepted_pair(bot)
    [confirm] = await step(parent, parent.send_command, "einde")
    assert "peer_end_confirm:yes" in buttons(confirm)
    peer_mark = peer.mark()
    [ended] = await step(parent, parent.press, "peer_end_confirm:yes")
    assert "gestopt" in ended["text"]
    [told] = await peer.wait_for(1, after=peer_mark)
    assert "Jas heeft het contact gestopt" in told["text"]


async def test_crisis_in_a_relayed_message_alerts(bot: Bot) -> None:
    parent, peer = await accepted_pair(bot)
    peer_mark = peer.mark()
    replies = await step(parent, parent.send_text, "ik wil niet meer leven", count=2)
    assert "113" in replies[0]["text"] and "0800-2000" in replies[0]["text"] and "112" in replies[0]["text"]
    [relayed] = await peer.wait_for(1, after=peer_mark)
    assert "ik wil niet meer leven" in relayed["text"] and "coördinator is gewaarschuwd" in relayed["text"]
    handoffs = await bot.handoffs()
    assert len(handoffs) == 1 and handoffs[0].urgent

    # The peer in danger gets the lines too, and a coordinator hears of it.
    [lines] = await step(peer, peer.send_text, "ik trek het zelf ook niet meer, ik wil dood")
    assert "113" in lines["text"]
    reasons = sorted(h.reason for h in await bot.handoffs())
    assert reasons == ["crisis", "peer_concern"]
    concern = next(h for h in await bot.handoffs() if h.reason == "peer_concern")
    assert concern.urgent and concern.summary["peer"] == "Sanne" and concern.municipality == "Heerenveen"


async def test_a_peer_raises_a_concern(bot: Bot) -> None:
    _parent, peer = await accepted_pair(bot)
    [ask] = await step(peer, peer.send_command, "zorg")
    assert "zorgen" in ask["text"]
    [sent] = await step(peer, peer.send_text, "Ik merk dat de schulden haar boven het hoofd groeien")
    assert "coördinator" in sent["text"]
    [concern] = await bot.handoffs()
    assert concern.reason == "peer_concern" and "schulden" in concern.summary["concern"]


async def test_a_parent_who_erases_ends_the_contact(bot: Bot) -> None:
    parent, peer = await accepted_pair(bot)
    await step(parent, parent.send_command, "vergeet")
    peer_mark = peer.mark()
    await step(parent, parent.press, "forget_confirm:yes")
    [told] = await peer.wait_for(1, after=peer_mark)
    assert "gestopt" in told["text"]
    [match] = await matches(bot.runtime)
    assert match.status == "ended" and match.conversation_id is None


# --- the proposal deadline runs on the persistent scheduler, also across a restart ---


async def test_a_proposal_times_out_also_across_a_restart(settings: Settings) -> None:
    deadline_seconds = 8.0
    configured_base = settings.model_copy(update={"peer_proposal_hours": deadline_seconds / 3600})
    with TelegramDouble() as double:
        configured = configured_base.model_copy(update={"telegram_token": double.token, "telegram_api_url": double.base_url})

        first = Runtime(configured)
        async with LiveServer(create_app(first), free_port()):
            await first.telegram_started()
            sanne = await connect(double, await add_peer(first, "Sanne", themes=("money",)), "Sanne")
            fatima = await connect(double, await add_peer(first, "Fatima"), "Fatima")
            parent = double.user(first_name="Yasmina")
            mark = sanne.mark()
            await ask_for_peer(parent)
            [proposal] = await sanne.wait_for(1, after=mark)
            job_id = f"match.proposal.{await proposal_id(proposal)}"
            for _ in range(30):  # the job is written in a worker thread, just after the commit
                async with first.sessions() as session:
                    stored = await session.scalar(text("SELECT count(*) FROM apscheduler_jobs WHERE id = :id").bindparams(id=job_id))
                if stored == 1:
                    break
                await asyncio.sleep(0.1)
            assert stored == 1


        fatima_mark, sanne_mark = fatima.mark(), sanne.mark()
        second = Runtime(configured)
        async with LiveServer(create_app(second), free_port()):
            await second.telegram_started()
            [moved_on] = await fatima.wait_for(1, after=fatima_mark, timeout=deadline_seconds + 20)
            [match] = await matches(second)
            assert utcnow() >= match.proposals[0].expires_at
            assert any(b.startswith("peer:accept:") for b in buttons(moved_on))
            [late] = await sanne.wait_for(1, after=sanne_mark)
            assert "niet op tijd" in late["text"]
            [match] = await matches(second)
            assert [p.status for p in match.proposals] == ["expired", "proposed"]



async def test_a_parent_who_also_accepts_dutch_reaches_a_dutch_peer(bot: Bot) -> None:
    peer = await connect(bot.double, await add_peer(bot.runtime, "Sanne", kind="lotgenoot"), "Sanne")
    parent = bot.double.user(first_name="Elif", language_code="tr")
    mark = peer.mark()
    await step(parent, parent.send_command, "start")
    await step(parent, parent.press, "welcome:go")
    await step(parent, parent.press, "consent:no")
    [intro] = await step(parent, parent.press, "no_consent:peer")
    assert "peer_intro:yes" in buttons(intro)
    await step(parent, parent.press, "peer_intro:yes")
    [language_question] = await step(parent, parent.press, "peer_kind:fellow")
    assert "peer_language:dutch" in buttons(language_question)
    [name_question] = await step(parent, parent.press, "peer_language:dutch")  # no municipality: closeness not asked
    assert "peer_name:none" in buttons(name_question)
    await step(parent, parent.press, "peer_name:none")
    [proposal] = await peer.wait_for(1, after=mark)
    assert "Turks, Nederlands" in proposal["text"] and "lotgenoot" in proposal["text"]
    assert "niet bekend" in proposal["text"]  # no region without consent
    [match] = await matches(bot.runtime)
    assert match.languages == ["tr", "nl"] and match.municipality is None and match.themes == []
    assert "other_language" in match.proposals[0].reasons


async def test_a_peer_with_two_contacts_chooses_who_a_message_is_for(bot: Bot) -> None:
    peer = await connect(bot.double, await add_peer(bot.runtime, "Sanne"), "Sanne")
    parents = []
    for alias in ("Jas", "Mo"):
        parent = bot.double.user(first_name=f"Ouder {alias}")
        mark = peer.mark()
        await ask_for_peer(parent, alias=alias)
        [proposal] = await peer.wait_for(1, after=mark)
        parent_mark = parent.mark()
        await step(peer, peer.press, f"peer:accept:{await proposal_id(proposal)}")
        await parent.wait_for(1, after=parent_mark)
        parents.append(parent)
    jas, mo = parents

    # With two contacts, a message waits until the peer says for whom: nothing goes astray.
    jas_mark, mo_mark = jas.mark(), mo.mark()
    [who] = await step(peer, peer.send_text, "Hoe ging het gesprek bij de gemeente?")
    assert "Aan wie" in who["text"]
    choices = dict(zip((b["text"] for row in who["reply_markup"]["inline_keyboard"] for b in row), buttons(who)))
    assert set(choices) == {"Jas", "Mo"}
    await asyncio.sleep(0.3)
    assert jas.messages[jas_mark:] == [] and mo.messages[mo_mark:] == []
    [asked_again] = await step(peer, peer.send_text, "Groetjes")
    assert "Aan wie" in asked_again["text"]
    peer.press(choices["Mo"])
    [delivered] = await mo.wait_for(1, after=mo_mark)
    assert delivered["text"] == "Sanne:\nHoe ging het gesprek bij de gemeente?\n\nGroetjes"  # nothing lost
    # The chosen contact stays chosen; a parent's message carries a button to answer that parent.
    mo_mark = mo.mark()
    peer.send_text("Laat maar weten")
    await mo.wait_for(1, after=mo_mark)
    peer_mark = peer.mark()
    jas.send_text("Ben je er?")
    [from_jas] = await peer.wait_for(1, after=peer_mark)
    assert from_jas["text"] == "Jas:\nBen je er?" and any(b.startswith("peer:to:") for b in buttons(from_jas))
    [writing] = await step(peer, peer.press, buttons(from_jas)[0])
    assert "Jas" in writing["text"]
    jas_mark = jas.mark()
    peer.send_text("Ja, ik ben er")
    [answer] = await jas.wait_for(1, after=jas_mark)
    assert answer["text"] == "Sanne:\nJa, ik ben er"
    assert jas.messages[jas_mark:] == [answer] and all("Ja, ik ben er" not in m["text"] for m in mo.messages)

    [contacts] = await step(peer, peer.send_command, "contacten")
    assert len(buttons(contacts)) == 4


async def test_a_coordinator_can_take_over_a_peers_concern(bot: Bot) -> None:
    from admin.accounts import create_account
    from flows.actions import takeover
    from flows.store.models import Handoff, StaffAccount

    parent, peer = await accepted_pair(bot)
    await step(peer, peer.send_command, "zorg")
    await step(peer, peer.send_text, "Ik weet niet goed hoe ik haar verder kan helpen")
    async with bot.runtime.sessions() as session, session.begin():
        created = await create_account(session, email="meike@heerenveen.example", role="coordinator", municipalities=["Heerenveen"], name="Meike", actor="test")
        staff = await session.scalar(select(StaffAccount).where(StaffAccount.email == created.email))
        handoff = await session.scalar(select(Handoff).where(Handoff.reason == "peer_concern"))
        assert staff is not None and handoff is not None
        peer_mark = peer.mark()
        await takeover.take_over(session, handoff, staff)
    [told] = await peer.wait_for(1, after=peer_mark)
    assert "Meike" in told["text"]

    # While Meike holds the peer's chat, the peer's words reach her, not the parent.
    parent_mark = parent.mark()
    peer.send_text("Fijn dat je er bent, Meike")
    async def stored() -> bool:
        async with bot.runtime.sessions() as session:
            return "Fijn dat je er bent, Meike" in [b for b in await session.scalars(select(Message.body)) if b]
    for _ in range(50):
        if await stored():
            break
        await asyncio.sleep(0.1)
    assert await stored()
    assert parent.messages[parent_mark:] == []


async def test_a_parent_in_the_web_chat_talks_with_a_peer_on_telegram(bot: Bot) -> None:
    import json
    import uuid

    import websockets

    peer = await connect(bot.double, await add_peer(bot.runtime, "Sanne"), "Sanne")

    async def next_message(ws) -> dict:  # type: ignore[no-untyped-def]
        while True:
            frame = json.loads(await asyncio.wait_for(ws.recv(), 10))
            if frame["type"] == "message":
                await ws.send(json.dumps({"type": "ack", "id": frame["id"]}))
                return frame

    async def press(ws, data: str) -> dict:  # type: ignore[no-untyped-def]
        await ws.send(json.dumps({"type": "button", "id": str(uuid.uuid4()), "data": data}))
        return await next_message(ws)

    async with websockets.connect(bot.server.url.replace("http", "ws") + "/ws/chat") as ws:
        await ws.send(json.dumps({"type": "hello", "lang": "nl"}))
        await next_message(ws)  # the welcome
        for data in ("welcome:go", "consent:no", "no_consent:peer", "peer_intro:yes", "peer_kind:either"):
            await press(ws, data)
        mark = peer.mark()
        await press(ws, "peer_name:none")
        [proposal] = await peer.wait_for(1, after=mark)
        await step(peer, peer.press, f"peer:accept:{await proposal_id(proposal)}")  # the peer's "you are now talking with"
        accepted = await next_message(ws)
        assert "Sanne wil graag met je praten" in accepted["text"]

        mark = peer.mark()
        await ws.send(json.dumps({"type": "text", "id": str(uuid.uuid4()), "text": "hallo vanuit de browser"}))
        [relayed] = await peer.wait_for(1, after=mark)
        [match] = await matches(bot.runtime)
        assert relayed["text"] == f"Ouder {match.id}:\nhallo vanuit de browser"
        peer.send_text("Hoi! Fijn dat je schrijft.")
        answer = await next_message(ws)
        assert answer["text"] == "Sanne:\nHoi! Fijn dat je schrijft."


async def test_a_peer_taken_out_of_the_pool_cannot_accept_an_old_proposal(bot: Bot) -> None:
    sanne = await connect(bot.double, await add_peer(bot.runtime, "Sanne", themes=("money",)), "Sanne")
    fatima = await connect(bot.double, await add_peer(bot.runtime, "Fatima"), "Fatima")
    parent = bot.double.user(first_name="Yasmina")
    mark = sanne.mark()
    await ask_for_peer(parent)
    [proposal] = await sanne.wait_for(1, after=mark)
    async with bot.runtime.sessions() as session, session.begin():
        peer = await session.scalar(select(Peer).where(Peer.display_name == "Sanne"))
        assert peer is not None
        await pool.set_active(session, peer, False, actor="test")
    fatima_mark = fatima.mark()
    [gone] = await step(sanne, sanne.press, f"peer:accept:{await proposal_id(proposal)}")
    assert "niet meer open" in gone["text"]
    [moved_on] = await fatima.wait_for(1, after=fatima_mark)
    assert any(b.startswith("peer:accept:") for b in buttons(moved_on))
    [match] = await matches(bot.runtime)
    assert [p.status for p in match.proposals] == ["withdrawn", "proposed"]


async def test_a_peer_can_connect_in_the_web_chat_too(bot: Bot) -> None:
    import json
    import uuid

    import websockets

    code = await add_peer(bot.runtime, "Sanne")
    async with websockets.connect(bot.server.url.replace("http", "ws") + "/ws/chat") as ws:
        await ws.send(json.dumps({"type": "hello", "lang": "nl"}))
        await ws.send(json.dumps({"type": "text", "id": str(uuid.uuid4()), "text": f"/start {code}"}))
        texts = []
        while not any("Welkom bij Naast, Sanne" in t for t in texts):
            frame = json.loads(await asyncio.wait_for(ws.recv(), 10))
            if frame["type"] == "message":
                texts.append(frame["text"])
    async with bot.runtime.sessions() as session:
        peer = await session.scalar(select(Peer))
        assert peer is not None and peer.contact_id is not None
