"""WhatsApp end to end: Meta's webhooks, signed, into a running Naast; everything it sends goes to
the Graph API double, which checks Meta's limits and plays the 24-hour window and its errors."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select, update

from admin.accounts import add_user
from flows.actions import walkins
from flows.settings import Settings
from admin.queries import Delivery
from flows.store.models import Contact, InboundReceipt, Media, Message, OutboundDelivery, Outbox, utcnow
from tests.doubles.whatsapp_api import buttons_of, text_of
from tests.test_console_http import CSRF, login
from tests.test_walk_ins import add_walk_in
from tests.whatsapp_helpers import VERIFY_TOKEN, WhatsAppBot, ids, running_whatsapp, step, tap, tap_template, walk_to_wish


@pytest.fixture
async def wa(settings: Settings) -> AsyncIterator[WhatsAppBot]:
    async for running in running_whatsapp(settings):
        yield running


async def _eventually(check, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(timeout / 0.05)):
        if await check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("condition not reached")


async def _contacts(wa: WhatsAppBot) -> int:
    async with wa.runtime.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(Contact)) or 0)


async def _quiet_for_a_day(wa: WhatsAppBot, user: object) -> None:
    """Both sides agree the parent last wrote 25 hours ago: our books and Meta's (the double)."""
    async with wa.runtime.sessions() as session, session.begin():
        await session.execute(update(Contact).values(last_inbound_at=utcnow() - timedelta(hours=25)))
    wa.double.close_window(user)  # type: ignore[arg-type]


# --- receiving ---


async def test_handshake_echoes_the_challenge_only_for_our_token(wa: WhatsAppBot) -> None:
    good = await wa.double.verify_subscription(VERIFY_TOKEN, challenge="4242")
    assert good.status_code == 200 and good.text == "4242"
    assert (await wa.double.verify_subscription("not-the-token")).status_code == 403
    async with httpx.AsyncClient() as client:
        response = await client.get(wa.double.webhook_url, params={"hub.mode": "unsubscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"})
    assert response.status_code == 403


async def test_forged_unsigned_and_malformed_posts_are_refused_and_nothing_processed(wa: WhatsAppBot) -> None:
    user = wa.double.user()
    payload = user.text_payload("hallo")
    assert await wa.double.deliver(payload, signature=None) == 401
    assert await wa.double.deliver(payload, signature="forged") == 403
    body = b'{"object": "whatsapp_business_account", "entry": '
    async with httpx.AsyncClient() as client:
        response = await client.post(wa.double.webhook_url, content=body, headers={"X-Hub-Signature-256": wa.double.sign(body), "Content-Type": "application/json"})
    assert response.status_code == 400
    await asyncio.sleep(0.3)
    assert await _contacts(wa) == 0 and wa.double.messages_to(user) == []


async def test_a_redelivery_is_processed_once(wa: WhatsAppBot) -> None:
    user = wa.double.user()
    first = await step(user, user.send_text, "hallo")
    assert ids(first[-1])[:2] == ["language:nl", "language:en"]
    mark = user.mark()
    payload = next(d["payload"] for d in reversed(wa.double.webhook_deliveries) if "messages" in d["payload"]["entry"][0]["changes"][0]["value"])
    assert await wa.double.deliver(payload) == 200  # Meta sends it again
    await asyncio.sleep(0.5)
    assert user.mark() == mark
    async with wa.runtime.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(InboundReceipt)) == 1


async def test_first_contact_to_handoff_by_taps_with_delivery_news_for_the_coordinator(wa: WhatsAppBot) -> None:
    user = wa.double.user()
    await walk_to_wish(user)
    done = await tap(user, "wish:coordinator")
    assert "coördinator van gemeente Heerenveen" in text_of(done[-1])
    handoffs = await wa.handoffs()
    assert len(handoffs) == 1 and handoffs[0].municipality == "Heerenveen"
    await wa.double.wait_for_status(done[-1]["id"], "delivered")
    wa.double.read(user, done[-1]["id"])

    async def read_recorded() -> bool:
        async with wa.runtime.sessions() as session:
            return await session.scalar(select(OutboundDelivery.status).where(OutboundDelivery.platform_message_id == done[-1]["id"])) == "read"

    await _eventually(read_recorded)


async def test_a_bsuid_only_parent_is_answered_by_recipient_and_no_number_is_kept(wa: WhatsAppBot) -> None:
    user = wa.double.user(phone_hidden=True)
    replies = await step(user, user.send_text, "hallo")
    assert replies[-1]["recipient"] == user.user_id and replies[-1]["to"] is None
    contact = await wa.contact()
    assert contact.channel_user_id == user.user_id and contact.address == user.user_id


async def test_stickers_locations_reactions_and_unknown_types_never_crash(wa: WhatsAppBot) -> None:
    user = wa.double.user()
    await step(user, user.send_text, "hallo")
    await tap(user, "language:nl")
    answer = await step(user, user.send_sticker)
    assert text_of(answer[-1])
    await step(user, user.send_location, 52.37, 4.89)
    mark = user.mark()
    await user.send_reaction(answer[-1]["id"])
    await user.send_unknown()
    await user.send_contacts()
    await user.wait_for(1, after=mark)  # contacts get an answer; a reaction and an unknown type do not
    long_text = "ik weet niet waar ik moet beginnen " * 150  # over 5,000 characters
    assert (await step(user, user.send_text, long_text[:5000]))


async def test_a_voice_note_reaches_the_console(wa: WhatsAppBot, settings: Settings) -> None:
    user = wa.double.user()
    await walk_to_wish(user)
    await tap(user, "wish:coordinator")
    voice = b"OggS\x00\x02" + b"\x11" * 2048
    await step(user, user.send_voice, voice)
    async with wa.runtime.sessions() as session:
        media = await session.scalar(select(Media))
    assert media is not None and media.content_type.startswith("audio/")
    account = await add_user(settings, email="meike@heerenveen.example", role="coordinator", municipalities=["Heerenveen"], name="Meike")
    client = await login(wa.server.url, account)
    handoff = (await wa.handoffs())[0]
    page = await client.get(f"/admin/conversations/{handoff.id}")
    assert f'/admin/media/{media.id}' in page.text
    audio = await client.get(f"/admin/media/{media.id}")
    assert audio.status_code == 200 and audio.content == voice
    await client.aclose()


# --- a coordinator takes over ---


async def test_takeover_and_reply_reach_whatsapp_and_a_quiet_parent_gets_a_nudge_first(wa: WhatsAppBot, settings: Settings) -> None:
    user = wa.double.user()
    await walk_to_wish(user)
    await tap(user, "wish:coordinator")
    handoff = (await wa.handoffs())[0]
    account = await add_user(settings, email="meike@heerenveen.example", role="coordinator", municipalities=["Heerenveen"], name="Meike")
    client = await login(wa.server.url, account)
    token = CSRF.search((await client.get("/admin/")).text).group(1)  # type: ignore[union-attr]
    mark = user.mark()
    assert (await client.post(f"/admin/conversations/{handoff.id}/take", data={"csrf": token})).status_code == 303
    taken = await user.wait_for(1, after=mark)
    assert "Meike" in text_of(taken[0]) and taken[0]["type"] == "text"
    # The parent goes quiet for a day: the coordinator's words wait behind an approved template.
    await _quiet_for_a_day(wa, user)
    mark = user.mark()
    assert (await client.post(f"/admin/conversations/{handoff.id}/send", data={"csrf": token, "text": "Hoi, hoe gaat het nu?"})).status_code == 303
    nudge = await user.wait_for(1, after=mark)
    assert nudge[0]["type"] == "template" and nudge[0]["json"]["template"]["name"] == "naast_bericht_medewerker"

    async def shown_waiting() -> bool:
        return 'data-delivery="waiting"' in (await client.get(f"/admin/conversations/{handoff.id}")).text

    await _eventually(shown_waiting)
    # A second message does not nudge again.
    assert (await client.post(f"/admin/conversations/{handoff.id}/send", data={"csrf": token, "text": "Ik ben er tot vijf uur."})).status_code == 303
    await asyncio.sleep(0.5)
    assert user.mark() == mark + 1
    # The parent taps the nudge: both messages follow, in order, as plain text.
    await tap_template(user, "whatsapp:resume")
    held = await user.wait_for(3, after=mark)
    assert [text_of(m) for m in held[1:]] == ["Hoi, hoe gaat het nu?", "Ik ben er tot vijf uur."]
    await client.aclose()


async def test_a_131047_answer_turns_into_a_template(wa: WhatsAppBot) -> None:
    """Our clock says the window is open, Meta says it is not (synchronously): the bot asks the
    parent to tap, and the welcome follows the tap."""
    user = wa.double.user()
    await step(user, user.send_text, "hallo")
    wa.double.fail_next(131047, via="response")
    got = await tap(user, "language:nl")
    assert got[0]["type"] == "template" and got[0]["json"]["template"]["name"] == "naast_nieuw_bericht"
    welcome = await step(user, tap_template, user, "whatsapp:resume")
    assert "welcome:go" in ids(welcome[-1])


async def test_a_131047_failed_status_turns_into_a_template(wa: WhatsAppBot) -> None:
    """The usual way: Meta accepts the message, then reports it failed (asynchronously)."""
    from flows.actions.tell import recipient, send

    user = wa.double.user()
    await step(user, user.send_text, "hallo")
    wa.double.close_window(user)  # Meta's view only; ours still says open
    mark = user.mark()
    async with wa.runtime.sessions() as session, session.begin():
        contact_id = await session.scalar(select(Contact.id))
        found = await recipient(session, contact_id)
        assert found is not None
        await send(session, found[0], found[1], ["Een bericht van Naast."])
    got = await user.wait_for(2, after=mark)
    assert got[0]["type"] == "text" and got[1]["type"] == "template"
    await wa.double.wait_for_status(got[0]["id"], "failed")
    # The parent taps; the message goes again, and the console no longer calls it undelivered.
    [again] = await step(user, tap_template, user, "whatsapp:resume")
    assert text_of(again) == "Een bericht van Naast."
    await wa.double.wait_for_status(again["id"], "delivered")

    async def shown_delivered() -> bool:
        from admin.queries import deliveries

        async with wa.runtime.sessions() as session:
            message = await session.scalar(select(Message).where(Message.body == "Een bericht van Naast."))
            return message is not None and (await deliveries(session, [message])).get(message.id) == Delivery("delivered")

    await _eventually(shown_delivered)


# --- unprompted messages outside the window ---


async def test_a_reminder_outside_the_window_is_sent_as_a_template_with_its_details(wa: WhatsAppBot) -> None:
    from flows.store.models import Booking
    from tests.test_walk_ins import tomorrow_local

    await add_walk_in(wa.runtime, on_date=tomorrow_local())
    user = wa.double.user()
    await walk_to_wish(user)
    mark = user.mark()
    await tap(user, "wish:walkin")
    offer = await user.wait_for(2, after=mark)
    booked = await tap(user, next(i for i in ids(offer[-1]) if i.startswith("walkin:book:")))
    assert booked
    await _quiet_for_a_day(wa, user)
    mark = user.mark()
    async with wa.runtime.sessions() as session, session.begin():
        booking = await session.scalar(select(Booking))
        assert booking is not None
        assert await walkins.send_reminder(session, booking.id, "1d")
    got = await user.wait_for(1, after=mark)
    template = got[-1]["json"]["template"]
    assert template["name"] == "naast_herinnering" and template["language"]["code"] == "nl"
    values = [p["text"] for c in template["components"] if c["type"] == "body" for p in c["parameters"]]
    assert len(values) == 4 and values[1] == "Buurthuis De Kom" and values[3] == booking.code
    payloads = [c["parameters"][0]["payload"] for c in template["components"] if c["type"] == "button"]
    assert payloads == [f"walkin:cancel:{booking.id}", f"walkin:move:{booking.id}"]
    # The template's "Afmelden" works like the button in the chat.
    await step(user, tap_template, user, payloads[0])
    async with wa.runtime.sessions() as session:
        assert await session.scalar(select(Booking.status)) == "cancelled"


# --- failures Meta reports ---


async def test_rate_limits_back_off_and_a_final_error_is_shown_to_the_coordinator(wa: WhatsAppBot, settings: Settings) -> None:
    user = wa.double.user()
    await walk_to_wish(user)
    wa.double.fail_next(130429, via="response")
    await tap(user, "wish:coordinator")  # sent after a short wait, not lost
    handoff = (await wa.handoffs())[0]
    wa.double.fail_next(131026, via="status", title="Message Undeliverable")
    account = await add_user(settings, email="meike@heerenveen.example", role="coordinator", municipalities=["Heerenveen"], name="Meike")
    client = await login(wa.server.url, account)
    token = CSRF.search((await client.get("/admin/")).text).group(1)  # type: ignore[union-attr]
    await client.post(f"/admin/conversations/{handoff.id}/take", data={"csrf": token})

    async def failed() -> bool:
        async with wa.runtime.sessions() as session:
            return await session.scalar(select(func.count()).select_from(Outbox).where(Outbox.status == "failed")) == 1

    await _eventually(failed)
    page = await client.get(f"/admin/conversations/{handoff.id}")
    assert 'data-delivery="failed"' in page.text and "131026" in page.text
    await client.aclose()


async def test_a_long_message_is_split_within_the_limit(wa: WhatsAppBot) -> None:
    user = wa.double.user()
    await walk_to_wish(user)
    await tap(user, "wish:coordinator")
    async with wa.runtime.sessions() as session, session.begin():
        from flows.actions.tell import send

        contact = await session.scalar(select(Contact))
        mark = user.mark()
        await send(session, contact, None, ["woord " * 1500])
    got = await user.wait_for(3, after=mark)
    assert all(len(text_of(m)) <= 4096 for m in got) and "".join(text_of(m) for m in got).count("woord") == 1500


# --- every choice fits, in every language ---


def _choice_sets(language: str) -> list[tuple[str, tuple]]:
    """Every step's choices as the engine shows them (with a tick on chosen life areas), and the
    choices built in code, in one language."""
    from flows.aftercare import GOING_WELL, STOP, WANT_TALK
    from flows.engine.engine import CHECK
    from flows.engine.spec import load
    from flows.engine.types import Button
    from flows.i18n import gettext_for
    from flows.peers.texts import ACCEPT, DECLINE
    from flows.walkins.texts import BOOK_LABEL_WITHOUT, CANCEL, KEEP, MOVE

    translate = gettext_for(language)
    sets = []
    for spec in load().steps.values():
        tr = translate if spec.translate else (lambda s: s)
        options = [Button(f"{spec.name}:{o.id}", CHECK + tr(o.label)) for o in spec.options]
        buttons = [Button(f"{spec.name}:{b.id}", tr(b.label)) for b in spec.buttons]
        if options or buttons:
            sets.append(("\n\n".join(tr(line) for line in spec.say) or spec.name, tuple(options + buttons)))
    coded = [
        (GOING_WELL, WANT_TALK, STOP),
        (ACCEPT, DECLINE),
        (CANCEL, MOVE, KEEP),
        ("di 24 nov 10:00-12:00 · Buurthuis De Kom", "wo 25 nov 13:30-15:30 · Wijkcentrum Het Anker aan de Veenweg", BOOK_LABEL_WITHOUT),
    ]
    for labels in coded:
        sets.append(("…", tuple(Button(f"x:{i}", translate(label)) for i, label in enumerate(labels))))
    return sets


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_every_choice_fits_whatsapps_limits_in_all_six_languages(wa: WhatsAppBot) -> None:
    from bot.channels.base import Payload
    from bot.channels.whatsapp import render
    from bot.channels.whatsapp.graph import Graph
    from flows.settings import LANGUAGES

    user = wa.double.user()
    await step(user, user.send_text, "hallo")  # opens the window
    graph = Graph(wa.double.base_url, wa.double.token, wa.double.phone_number_id)
    kinds: dict[str, int] = {}
    try:
        for language in LANGUAGES:
            for text, buttons in _choice_sets(language):
                payload = Payload(text=text, buttons=buttons, language=language)
                messages = render.messages(payload)
                for message in messages:
                    await graph.send(user.wa_id, message)  # the double refuses anything over Meta's limits
                last = messages[-1]
                kind = last.get("interactive", {}).get("type", "numbered")
                kinds[kind] = kinds.get(kind, 0) + 1
                if kind == "numbered":
                    assert all(f"{n}. {b.label}" in last["text"]["body"] for n, b in enumerate(buttons, start=1))
                else:
                    offered = [data for data, _title in buttons_of(last)]
                    assert offered == [b.data for b in buttons]
    finally:
        await graph.close()
    assert kinds.get("button") and kinds.get("list")  # both real kinds are used, not only the fallback


# --- templates to submit to Meta ---


def test_template_texts_fit_metas_rules_in_every_language(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from bot.channels.whatsapp.templates import DEFAULTS, placeholders
    from bot.cli import main

    assert main(["whatsapp", "templates", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert len(entries) == len(DEFAULTS) * 6
    for entry in entries:
        template = next(t for t in DEFAULTS if t.name == entry["name"])
        assert len(entry["body"]) <= 1024 and placeholders(entry["body"]) == placeholders(template.body), entry
        assert all("{{%d}}" % n in entry["body"] for n in range(1, placeholders(template.body) + 1)), entry
        assert all(0 < len(label) <= 25 for label in entry["quick_replies"]), entry  # Meta's quick-reply limit
        if entry["language"] != "nl":
            assert entry["body"] != template.body, f"untranslated: {entry['name']} [{entry['language']}]"


def test_template_names_parameters_and_languages_come_from_the_configured_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bot.channels.whatsapp import templates

    path = tmp_path / "templates.yml"
    path.write_text("languages: {uk: uk_UA}\ntemplates:\n  reminder: {name: gemeente_x_herinnering, params: [when, place, address, code]}\n")
    loaded = templates.load(path)
    reminder = loaded.for_notice("reminder")
    message = loaded.message(reminder, "uk", {"when": "morgen\n10:00", "place": "De Kom", "address": "Kerkstraat 1", "code": "K7P"}, ["walkin:cancel:1", "walkin:move:1"])
    assert message["template"]["name"] == "gemeente_x_herinnering" and message["template"]["language"] == {"code": "uk_UA"}
    assert message["template"]["components"][0]["parameters"][0]["text"] == "morgen 10:00"  # no newlines in a parameter
    assert loaded.for_notice("something new").purpose == "message"
    path.write_text("templates:\n  reminder: {params: [when]}\n")
    with pytest.raises(ValueError):
        templates.load(path)


# --- peers on WhatsApp ---


async def test_a_peer_on_whatsapp_gets_a_proposal_after_a_nudge_and_the_relay_works(wa: WhatsAppBot) -> None:
    from tests.test_peer_matching import add_peer

    code = await add_peer(wa.runtime, "Sanne")
    peer = wa.double.user(name="Sanne")
    [welcome] = await step(peer, peer.send_text, f"/start {code}")
    assert "Welkom bij Naast, Sanne" in text_of(welcome)
    # A day later the peer has not written: the proposal waits behind the approved template.
    async with wa.runtime.sessions() as session, session.begin():
        await session.execute(update(Contact).where(Contact.channel_user_id == peer.user_id).values(last_inbound_at=utcnow() - timedelta(hours=30)))
    wa.double.close_window(peer)
    parent = wa.double.user(name="Yasmina")
    peer_mark = peer.mark()
    await walk_to_wish(parent)
    await tap(parent, "wish:peer")
    await tap(parent, "peer_intro:yes")
    await tap(parent, "peer_kind:either")
    await tap(parent, "peer_local:near")
    await step(parent, parent.send_text, "Jas")
    [nudge] = await peer.wait_for(1, after=peer_mark)
    assert nudge["type"] == "template" and nudge["json"]["template"]["name"] == "naast_verzoek_lotgenoot"
    assert "Jas" not in str(nudge["json"]) and "Heerenveen" not in str(nudge["json"])
    [proposal] = await step(peer, tap_template, peer, "whatsapp:resume")
    accept = next(i for i in ids(proposal) if i.startswith("peer:accept:"))
    parent_mark = parent.mark()
    [accepted] = await tap(peer, accept)
    assert "Jas" in text_of(accepted)
    [told] = await parent.wait_for(1, after=parent_mark)
    assert "Sanne wil graag met je praten" in text_of(told)
    [relayed] = await step(parent, peer.send_text, "Hoi Jas, hoe gaat het?")
    assert text_of(relayed) == "Sanne:\nHoi Jas, hoe gaat het?"


# --- nothing lost, nothing too fast ---


async def test_a_webhook_kept_but_not_yet_processed_is_processed_after_a_restart(wa: WhatsAppBot) -> None:
    from flows.store.models import WebhookInbox

    channel = wa.runtime.whatsapp
    assert channel is not None and channel._task is not None
    channel._task.cancel()  # the process dies right after answering Meta
    await asyncio.sleep(0.1)
    user = wa.double.user()
    assert await wa.double.deliver(user.text_payload("hallo")) == 200
    await asyncio.sleep(0.3)
    assert user.messages == []
    async with wa.runtime.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(WebhookInbox)) == 1
    channel.start()  # the next start finds it
    [menu] = await user.wait_for(1)
    assert "language:nl" in ids(menu)
    async with wa.runtime.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(WebhookInbox)) == 0  # the raw body is gone


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_sending_keeps_to_the_configured_rate(settings: Settings) -> None:
    from flows.actions.tell import recipient, send

    async for wa in running_whatsapp(settings, overrides={"whatsapp_messages_per_second": 5}):
        user = wa.double.user()
        await step(user, user.send_text, "hallo")
        mark = user.mark()
        async with wa.runtime.sessions() as session, session.begin():
            found = await recipient(session, await session.scalar(select(Contact.id)))
            assert found is not None
            for n in range(15):
                await send(session, found[0], found[1], [f"bericht {n}"])
        got = await user.wait_for(15, after=mark, timeout=20)
        times = [m["time"] for m in got]
        # Never more than 5 in any second (the limiter lets a first burst of 5 through).
        assert all(times[i + 5] - times[i] >= 0.9 for i in range(len(times) - 5))
        assert [text_of(m) for m in got] == [f"bericht {n}" for n in range(15)]  # and in order


# --- safety, aftercare and erasure on WhatsApp ---


async def test_crisis_on_whatsapp_gets_the_help_lines_at_once_and_flags_urgent(wa: WhatsAppBot) -> None:
    user = wa.double.user()
    await step(user, user.send_text, "hallo")
    await tap(user, "language:nl")
    replies = await step(user, user.send_text, "ik zie het echt niet meer zitten, ik wil er niet meer zijn")
    said = " ".join(text_of(m) for m in replies)
    assert "113" in said and "112" in said and "0800-2000" in said
    assert (await wa.conversation()).urgent


async def test_an_aftercare_check_in_outside_the_window_is_a_template_whose_buttons_answer(wa: WhatsAppBot, settings: Settings) -> None:
    from flows.actions import aftercare, takeover
    from flows.aftercare import check_in_at
    from flows.store.models import AftercarePlan, Handoff, StaffAccount

    user = wa.double.user()
    await walk_to_wish(user)
    await tap(user, "wish:coordinator")
    created = await add_user(settings, email="meike@heerenveen.example", role="coordinator", municipalities=["Heerenveen"], name="Meike")
    mark = user.mark()
    async with wa.runtime.sessions() as session, session.begin():
        account = await session.scalar(select(StaffAccount).where(StaffAccount.email == created.email))
        handoff = await session.scalar(select(Handoff))
        await takeover.take_over(session, handoff, account)  # type: ignore[arg-type]
        await takeover.close(session, handoff, account, outcome="aftercare", note=None, aftercare_rhythm="14d")  # type: ignore[arg-type]
    await user.wait_for(2, after=mark)
    await _quiet_for_a_day(wa, user)
    mark = user.mark()
    async with wa.runtime.sessions() as session, session.begin():
        plan = await session.scalar(select(AftercarePlan))
        assert plan is not None
        assert await aftercare.check_in(session, plan.id, now=check_in_at(plan.started_at, "14d"))
    [question] = await user.wait_for(1, after=mark)
    template = question["json"]["template"]
    assert template["name"] == "naast_nazorg"
    assert [c["parameters"][0]["payload"] for c in template["components"]] == [f"aftercare:good:{plan.id}", f"aftercare:talk:{plan.id}", f"aftercare:stop:{plan.id}"]
    [thanks] = await step(user, tap_template, user, f"aftercare:good:{plan.id}")
    assert "Fijn om te horen" in text_of(thanks)


async def test_erasure_on_whatsapp_takes_the_voice_note_too(wa: WhatsAppBot) -> None:
    user = wa.double.user()
    await walk_to_wish(user)
    await tap(user, "wish:coordinator")
    await step(user, user.send_voice)
    async with wa.runtime.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Media)) == 1
    confirm = await step(user, user.send_text, "/vergeet")
    assert "forget_confirm:yes" in ids(confirm[-1])
    [erased] = await tap(user, "forget_confirm:yes")
    assert "gewist" in text_of(erased)
    async with wa.runtime.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Media)) == 0
        assert await session.scalar(select(func.count()).select_from(Contact)) == 0
