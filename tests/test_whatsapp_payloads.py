"""Meta's webhook shapes read without a network: each message type, identities, statuses, and
how each Graph error code is treated."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from bot.channels.base import Payload, PermanentFailure, TemporaryFailure
from bot.channels.whatsapp import graph, inbound, render
from flows.engine.types import Button


def _body(message: dict | None = None, *, contacts: list | None = None, statuses: list | None = None) -> dict:
    value: dict = {"messaging_product": "whatsapp", "metadata": {"display_phone_number": "31850000000", "phone_number_id": "1"}}
    if message is not None:
        value["contacts"] = contacts if contacts is not None else [{"profile": {"name": "Sanne"}, "wa_id": "31612345678", "user_id": "NL.77"}]
        value["messages"] = [message]
    if statuses is not None:
        value["statuses"] = statuses
    return {"object": "whatsapp_business_account", "entry": [{"id": "9", "changes": [{"field": "messages", "value": value}]}]}


def _one(message: dict, **kwargs: object) -> inbound.Incoming | None:
    found, _ = inbound.read(_body(message, **kwargs))  # type: ignore[arg-type]
    return found[0] if found else None


def test_signature_is_hmac_sha256_of_the_raw_body() -> None:
    body = b'{"object":"whatsapp_business_account","entry":[]}'
    good = "sha256=" + hmac.new(b"secret", body, hashlib.sha256).hexdigest()
    assert inbound.signature_valid(body, good, "secret")
    assert not inbound.signature_valid(body + b" ", good, "secret")
    assert not inbound.signature_valid(body, good.replace("sha256=", "sha1="), "secret")
    assert not inbound.signature_valid(body, None, "secret")


def test_identity_is_the_bsuid_when_given_else_the_number() -> None:
    text = {"from": "31612345678", "id": "wamid.1", "type": "text", "text": {"body": "hallo"}}
    assert _one(text).inbound.user_id == "NL.77"  # from the contacts block  # type: ignore[union-attr]
    assert _one(text | {"from_user_id": "NL.88"}).inbound.user_id == "NL.88"  # type: ignore[union-attr]
    assert _one(text, contacts=[{"wa_id": "31612345678"}]).inbound.user_id == "31612345678"  # type: ignore[union-attr]
    hidden = {"from_user_id": "NL.99", "id": "wamid.2", "type": "text", "text": {"body": "hoi"}}
    assert _one(hidden, contacts=[{"user_id": "NL.99"}]).inbound.address == "NL.99"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("message", "kind", "text", "media_type", "media_id"),
    [
        ({"type": "text", "text": {"body": "/mens"}}, "command", "/mens", None, None),
        ({"type": "interactive", "interactive": {"type": "button_reply", "button_reply": {"id": "welcome:go", "title": "Ja"}}}, "button", "welcome:go", None, None),
        ({"type": "interactive", "interactive": {"type": "list_reply", "list_reply": {"id": "language:tr", "title": "Türkçe"}}}, "button", "language:tr", None, None),
        ({"type": "button", "button": {"payload": "walkin:cancel:3", "text": "Afmelden"}}, "button", "walkin:cancel:3", None, None),
        ({"type": "audio", "audio": {"id": "m1", "mime_type": "audio/ogg; codecs=opus", "voice": True}}, "media", "", "voice", "m1"),
        ({"type": "image", "image": {"id": "m2", "mime_type": "image/jpeg"}}, "media", "", "image", "m2"),
        ({"type": "document", "document": {"id": "m3", "filename": "brief.pdf"}}, "media", "", "document", None),
        ({"type": "sticker", "sticker": {"id": "m4", "animated": False}}, "media", "", "sticker", None),
        ({"type": "location", "location": {"latitude": 52.3, "longitude": 4.9}}, "media", "", "location", None),
        ({"type": "contacts", "contacts": [{"name": {"formatted_name": "Jan"}}]}, "media", "", "contacts", None),
    ],
)
def test_each_message_type_becomes_one_inbound(message: dict, kind: str, text: str, media_type: str | None, media_id: str | None) -> None:
    found = _one({"from": "31612345678", "id": "wamid.x", **message})
    assert found is not None
    assert (found.inbound.kind, found.inbound.text, found.inbound.media_type, found.media_id) == (kind, text, media_type, media_id)
    assert found.inbound.message_id == "wamid.x" and found.inbound.channel == "whatsapp"


@pytest.mark.parametrize(
    "message",
    [
        {"type": "reaction", "reaction": {"message_id": "wamid.a", "emoji": "👍"}},
        {"type": "unsupported", "errors": [{"code": 131051, "title": "Message type unknown"}]},
        {"type": "hologram", "hologram": {}},
        {"type": "text"},  # no body
        {"type": "interactive", "interactive": {"type": "nfm_reply"}},
    ],
)
def test_reactions_and_unknown_types_are_skipped(message: dict) -> None:
    assert _one({"from": "31612345678", "id": "wamid.y", **message}) is None


def test_malformed_bodies_yield_nothing_and_never_raise() -> None:
    for body in ({}, {"entry": "x"}, {"entry": [{"changes": [None, {"field": "messages", "value": []}]}]}, {"entry": [{"changes": [{"field": "account_update", "value": {}}]}]}):
        assert inbound.read(body) == ([], [])


def test_statuses_carry_the_first_error() -> None:
    statuses = [
        {"id": "wamid.s1", "status": "delivered", "recipient_id": "31612345678"},
        {"id": "wamid.s2", "status": "failed", "errors": [{"code": 131047, "title": "Re-engagement message"}]},
        {"id": "wamid.s3"},
    ]
    _, found = inbound.read(_body(statuses=statuses))
    assert found == [
        inbound.StatusReport("wamid.s1", "delivered"),
        inbound.StatusReport("wamid.s2", "failed", 131047, "Re-engagement message"),
    ]


def test_each_error_code_gets_its_treatment() -> None:
    assert isinstance(graph.failure_for(131047, "x"), graph.WindowClosed)
    throughput = graph.failure_for(130429, "Rate limit hit")
    assert isinstance(throughput, TemporaryFailure) and throughput.whole_channel
    pair = graph.failure_for(131056, "pair rate limit")
    assert isinstance(pair, TemporaryFailure) and not pair.whole_channel and pair.retry_after >= 30
    assert isinstance(graph.failure_for(131000, "Something went wrong"), TemporaryFailure)
    assert isinstance(graph.failure_for(190, "token expired"), TemporaryFailure)  # never lose messages to a config error
    for final in (131026, 131051, 132001, 100, 131009, None):
        failure = graph.failure_for(final, "t")
        assert isinstance(failure, PermanentFailure) and str(final) in str(failure)


def test_choices_degrade_from_buttons_to_a_list_to_numbered_text() -> None:
    two = Payload("Kies", (Button("a:1", "Ja"), Button("a:2", "Nee")), "nl")
    assert render.messages(two)[-1]["interactive"]["type"] == "button"
    long_labels = Payload("Kies", (Button("a:1", "Een heel lang antwoord van meer dan twintig tekens"), Button("a:2", "Nee")), "nl")
    rows = render.messages(long_labels)[-1]["interactive"]["action"]["sections"][0]["rows"]
    assert len(rows[0]["title"]) <= 24 and rows[0]["description"].startswith("Een heel lang") and rows[1] == {"id": "a:2", "title": "Nee"}
    eleven = Payload("Kies", tuple(Button(f"a:{n}", f"Keuze {n}") for n in range(11)), "nl")
    numbered = render.messages(eleven)
    assert numbered[-1]["type"] == "text" and "11. Keuze 10" in numbered[-1]["text"]["body"]
    long_body = Payload("woord " * 400, (Button("a:1", "Ja"),), "nl")
    parts = render.messages(long_body)
    assert parts[0]["type"] == "text" and len(parts[-1]["interactive"]["body"]["text"]) <= 1024
