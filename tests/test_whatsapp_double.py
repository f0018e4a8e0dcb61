"""Proves the WhatsApp Cloud API double answers and calls back the way Meta's Graph API does.

A tiny Starlette app stands in for Naast's /webhooks/whatsapp endpoint: it checks each delivery's
X-Hub-Signature-256 and records what arrived, so the tests see exactly what the app would see.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.doubles.telegram_api import LoopbackServer
from tests.doubles.whatsapp_api import SimulatedWhatsAppUser, WhatsAppDouble, buttons_of, text_of

JSON = dict[str, Any]
TOKEN = "EAAG-naast-test"
PHONE_NUMBER_ID = "106540352242922"
APP_SECRET = "naast-app-secret"


class _Receiver:
    """The app's side of the webhook: answers 200 for a valid signature, 401 otherwise, and records all."""

    def __init__(self, app_secret: str) -> None:
        self.app_secret = app_secret
        self.received: list[JSON] = []
        self._lock = threading.Lock()
        self._server = LoopbackServer(Starlette(routes=[Route("/webhooks/whatsapp", self._webhook, methods=["POST"])]))
        self.url = f"{self._server.url}/webhooks/whatsapp"

    def __enter__(self) -> _Receiver:
        self._server.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.stop()

    async def _webhook(self, request: Request) -> Response:
        raw = await request.body()
        expected = "sha256=" + hmac.new(self.app_secret.encode(), raw, hashlib.sha256).hexdigest()
        valid = hmac.compare_digest(request.headers.get("x-hub-signature-256", ""), expected)
        with self._lock:
            self.received.append(
                {"raw": raw, "json": json.loads(raw), "headers": dict(request.headers), "valid": valid}
            )
        return Response(status_code=200 if valid else 401)

    def values(self) -> list[JSON]:
        """Each delivery's ``entry[0].changes[0].value``, plus whether its signature was valid."""
        with self._lock:
            return [r["json"]["entry"][0]["changes"][0]["value"] | {"_valid": r["valid"]} for r in self.received]

    def statuses(self) -> list[JSON]:
        return [s | {"_valid": v["_valid"]} for v in self.values() for s in v.get("statuses", [])]

    async def wait_status(self, wamid: str, status: str, timeout: float = 5.0) -> JSON:
        deadline = time.monotonic() + timeout
        while True:
            found = [s for s in self.statuses() if s["id"] == wamid and s["status"] == status]
            if found:
                return found[0]
            if time.monotonic() > deadline:
                raise AssertionError(f"no {status!r} status for {wamid}; got {self.statuses()}")
            await asyncio.sleep(0.01)


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    with _Receiver(APP_SECRET) as running:
        yield running


@pytest.fixture
def double(receiver: _Receiver) -> Iterator[WhatsAppDouble]:
    with WhatsAppDouble(token=TOKEN, phone_number_id=PHONE_NUMBER_ID, app_secret=APP_SECRET) as running:
        running.webhook_url = receiver.url
        yield running


@pytest.fixture
async def api(double: WhatsAppDouble) -> AsyncIterator[httpx.AsyncClient]:
    """What the app's client looks like: base URL from NAAST_WHATSAPP_API_URL plus the Bearer token."""
    async with httpx.AsyncClient(base_url=double.base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        yield client


def _text(to: str, body: str, *, field: str = "to") -> JSON:
    return {"messaging_product": "whatsapp", field: to, "type": "text", "text": {"body": body}}


def _buttons(to: str, buttons: list[tuple[str, str]], body: str = "Wil je verder praten?", **extra: Any) -> JSON:
    interactive = {
        "type": "button",
        "body": {"text": body},
        "action": {"buttons": [{"type": "reply", "reply": {"id": i, "title": t}} for i, t in buttons]},
    } | extra
    return {"messaging_product": "whatsapp", "to": to, "type": "interactive", "interactive": interactive}


def _list(to: str, sections: list[JSON], *, button: str = "Kies") -> JSON:
    interactive = {
        "type": "list",
        "body": {"text": "Waarmee kan ik helpen?"},
        "action": {"button": button, "sections": sections},
    }
    return {"messaging_product": "whatsapp", "to": to, "type": "interactive", "interactive": interactive}


def _rows(*ids: str, description: str | None = None) -> list[JSON]:
    return [{"id": i, "title": f"Optie {i}"} | ({"description": description} if description else {}) for i in ids]


def _template(to: str, name: str, language: str, *params: str) -> JSON:
    template: JSON = {"name": name, "language": {"code": language}}
    if params:
        template["components"] = [{"type": "body", "parameters": [{"type": "text", "text": p} for p in params]}]
    return {"messaging_product": "whatsapp", "to": to, "type": "template", "template": template}


async def _send(api: httpx.AsyncClient, message: JSON) -> httpx.Response:
    return await api.post(f"/{PHONE_NUMBER_ID}/messages", json=message)


async def _refused(api: httpx.AsyncClient, message: JSON, code: int = 100, status: int = 400) -> JSON:
    response = await _send(api, message)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code and error["type"] == "OAuthException" and error["fbtrace_id"]
    assert error["message"].startswith(f"(#{code}) ")
    return error


async def _accepted(api: httpx.AsyncClient, message: JSON) -> str:
    response = await _send(api, message)
    assert response.status_code == 200, response.text
    [sent] = response.json()["messages"]
    assert sent["id"].startswith("wamid.")
    return sent["id"]


async def test_requests_need_the_bearer_token(double: WhatsAppDouble, api: httpx.AsyncClient) -> None:
    message = _text("31612345678", "hoi")
    async with httpx.AsyncClient() as anonymous:
        missing = await anonymous.post(double.messages_url, json=message)
        wrong = await anonymous.post(double.messages_url, json=message, headers={"Authorization": "Bearer nope"})
        media = await anonymous.get(f"{double.base_url}/123")
    for response in (missing, wrong, media):
        assert response.status_code == 401
        assert response.json()["error"]["code"] == 190
        assert response.json()["error"]["type"] == "OAuthException"
        assert "invalid_token" in response.headers["www-authenticate"]

    other_number = await api.post("/999/messages", json=message)
    assert other_number.status_code == 400
    assert other_number.json()["error"] | {"fbtrace_id": None} == {
        "message": "Unsupported post request. Object with ID '999' does not exist, cannot be loaded due to "
        "missing permissions, or does not support this operation.",
        "type": "GraphMethodException",
        "code": 100,
        "error_subcode": 33,
        "fbtrace_id": None,
    }

    await _accepted(api, message)
    assert [call["http_status"] for call in double.api_calls] == [401, 401, 401, 400, 200]


async def test_text_messages_are_validated_like_the_cloud_api(double: WhatsAppDouble, api: httpx.AsyncClient) -> None:
    to = "31612345678"
    error = await _refused(api, {"to": to, "type": "text", "text": {"body": "hoi"}})
    assert error["message"] == "(#100) The parameter messaging_product is required."
    assert error["error_data"]["messaging_product"] == "whatsapp"
    await _refused(api, _text(to, "hoi") | {"recipient": "NL.1"})
    await _refused(api, {"messaging_product": "whatsapp", "type": "text", "text": {"body": "hoi"}})
    await _refused(api, _text(to, "hoi") | {"type": "carrier_pigeon"})
    await _refused(api, _text("NL.1234567890123", "hoi"))  # a BSUID belongs in recipient, not to
    await _refused(api, _text("31612345678", "hoi", field="recipient"))  # and a phone number in to
    await _refused(api, _text(to, ""))
    error = await _refused(api, _text(to, "a" * 4097))
    assert "4096" in error["error_data"]["details"]
    assert double.sent == []

    response = await _send(api, _text("+31 6 12345678", "é" * 4096))  # limits count characters, not bytes
    assert response.status_code == 200
    body = response.json()
    assert body["messaging_product"] == "whatsapp"
    assert body["contacts"] == [{"input": "+31 6 12345678", "wa_id": "31612345678"}]
    [record] = double.sent
    assert (record["id"], record["to"], record["recipient"], record["type"]) == (
        body["messages"][0]["id"], "+31 6 12345678", None, "text"
    )
    assert text_of(record) == "é" * 4096
    assert double.messages_to("31612345678") == [record]

    no_type = {"messaging_product": "whatsapp", "to": to, "text": {"body": "standaard tekst"}}
    await _accepted(api, no_type)  # Meta treats a missing type as text
    assert double.sent[-1]["type"] == "text"


async def test_reply_buttons_limits(double: WhatsAppDouble, api: httpx.AsyncClient) -> None:
    to = "31612345678"
    four = [("a", "A"), ("b", "B"), ("c", "C"), ("d", "D")]
    assert "buttons count" in (await _refused(api, _buttons(to, four)))["error_data"]["details"]
    error = await _refused(api, _buttons(to, [("a", "x" * 21)]))
    assert error["error_data"]["details"] == "Button title length invalid. Min length: 1, Max length: 20"
    await _refused(api, _buttons(to, []))
    await _refused(api, _buttons(to, [("a", "Ja"), ("a", "Nee")]))
    await _refused(api, _buttons(to, [("a" * 257, "Ja")]))
    await _refused(api, _buttons(to, [("a", "Ja")], body="b" * 1025))
    await _refused(api, _buttons(to, [("a", "Ja")], body=""))
    await _refused(api, _buttons(to, [("a", "Ja")], footer={"text": "f" * 61}))
    await _refused(api, _buttons(to, [("a", "Ja")], header={"type": "text", "text": "h" * 61}))

    three = [("ja", "x" * 20), ("nee", "Nee"), ("later", "Later")]
    ok = _buttons(to, three, body="b" * 1024, header={"type": "text", "text": "h" * 60}, footer={"text": "f" * 60})
    await _accepted(api, ok)
    assert buttons_of(double.sent[-1]) == three
    assert double.text_of(double.sent[-1]) == "b" * 1024


async def test_list_limits(double: WhatsAppDouble, api: httpx.AsyncClient) -> None:
    to = "31612345678"
    eleven = [{"title": "Eerst", "rows": _rows(*"abcdef")}, {"title": "Dan", "rows": _rows(*"ghijk")}]
    error = await _refused(api, _list(to, eleven))
    assert error["error_data"]["details"] == "Total row count exceed max allowed count: 10"
    await _refused(api, _list(to, [{"rows": _rows("a")}, {"rows": _rows("b")}]))  # untitled sections
    await _refused(api, _list(to, [{"rows": [{"id": "a", "title": "t" * 25}]}]))
    await _refused(api, _list(to, [{"rows": _rows("a", description="d" * 73)}]))
    await _refused(api, _list(to, [{"title": "s" * 25, "rows": _rows("a")}]))
    await _refused(api, _list(to, [{"title": "Een", "rows": _rows("a")}, {"title": "Twee", "rows": _rows("a")}]))
    await _refused(api, _list(to, [{"rows": _rows("a")}], button="b" * 21))
    await _refused(api, _list(to, [{"rows": _rows("a")}] * 11))
    await _refused(api, _list(to, []))

    ten = [
        {"title": "t" * 24, "rows": _rows(*"abcde", description="d" * 72)},
        {"title": "Dan", "rows": _rows(*"fghij")},
    ]
    await _accepted(api, _list(to, ten, button="b" * 20))
    assert [row_id for row_id, _ in buttons_of(double.sent[-1])] == list("abcdefghij")


async def test_templates_need_approval_and_the_right_parameter_count(
    double: WhatsAppDouble, api: httpx.AsyncClient, receiver: _Receiver
) -> None:
    to = "31612345678"
    error = await _refused(api, _template(to, "naast_herinnering", "nl", "Sanne"), code=132001, status=404)
    assert error["message"] == "(#132001) Template name does not exist in the translation"

    double.approve_template("naast_herinnering", "nl", body_params=1)
    await _refused(api, _template(to, "naast_herinnering", "en", "Sanne"), code=132001, status=404)
    error = await _refused(api, _template(to, "naast_herinnering", "nl"), code=132000)
    assert "(0)" in error["error_data"]["details"] and "(1)" in error["error_data"]["details"]
    await _refused(api, _template(to, "naast_herinnering", "nl", "Sanne", "extra"), code=132000)

    # The user never wrote, yet a template goes out: templates are the way back into a closed window.
    wamid = await _accepted(api, _template(to, "naast_herinnering", "nl", "Sanne"))
    assert text_of(double.sent[-1]) == "naast_herinnering(Sanne)"
    delivered = await receiver.wait_status(wamid, "delivered")
    assert delivered["pricing"]["category"] == "utility" and delivered["_valid"]
    assert not [s for s in receiver.statuses() if s["status"] == "failed"]


async def test_closed_window_is_accepted_then_fails_with_131047(
    double: WhatsAppDouble, api: httpx.AsyncClient, receiver: _Receiver
) -> None:
    user = double.user()  # has never written to the business
    assert not double.window_open(user)
    wamid = await _accepted(api, _text(user.wa_id, "Hoe gaat het?"))

    failed = await receiver.wait_status(wamid, "failed")
    assert failed["_valid"]
    assert (failed["recipient_id"], failed["recipient_user_id"]) == (user.wa_id, user.user_id)
    assert failed["errors"] == [
        {
            "code": 131047,
            "title": "Re-engagement message",
            "message": "Re-engagement message",
            "error_data": {
                "details": "Message failed to send because more than 24 hours have passed since the customer "
                "last replied to this number."
            },
            "href": "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/",
        }
    ]
    await double.wait_for_status(wamid, "failed")
    assert double.sent[-1]["error"]["code"] == 131047 and double.sent[-1]["status"] == "failed"
    assert not [s for s in receiver.statuses() if s["id"] == wamid and s["status"] != "failed"]

    await user.send_text("hallo")
    assert double.window_open(user)
    wamid = await _accepted(api, _text(user.wa_id, "Fijn dat je er bent"))
    assert (await receiver.wait_status(wamid, "sent"))["pricing"]["category"] == "service"
    await receiver.wait_status(wamid, "delivered")
    double.read(user, wamid)
    await receiver.wait_status(wamid, "read")
    await double.wait_for_status(wamid, "read")
    assert [s["status"] for s in receiver.statuses() if s["id"] == wamid] == ["sent", "delivered", "read"]

    double.close_window(user)
    assert not double.window_open(user)
    wamid = await _accepted(api, _text(user.wa_id, "Ben je er nog?"))
    assert (await receiver.wait_status(wamid, "failed"))["errors"][0]["code"] == 131047


async def test_scripted_failures_via_response_and_via_status(
    double: WhatsAppDouble, api: httpx.AsyncClient, receiver: _Receiver
) -> None:
    user = double.user()
    await user.send_text("hoi")

    double.fail_next(130429)
    error = await _refused(api, _text(user.wa_id, "een"), code=130429)
    assert error["message"] == "(#130429) Rate limit hit"
    double.fail_next(131056, times=2)
    for _ in range(2):
        error = await _refused(api, _text(user.wa_id, "twee"), code=131056)
        assert error["message"] == "(#131056) (Business Account, Consumer Account) pair rate limit hit"
    assert double.sent == []
    await _accepted(api, _text(user.wa_id, "drie"))

    double.fail_next(131026, via="status")
    wamid = await _accepted(api, _text(user.wa_id, "vier"))
    failed = await receiver.wait_status(wamid, "failed")
    assert (failed["errors"][0]["code"], failed["errors"][0]["title"]) == (131026, "Message Undeliverable")
    assert [text_of(m) for m in user.messages] == ["drie", "vier"]


async def test_throughput_limit_answers_130429() -> None:
    with WhatsAppDouble(token=TOKEN, phone_number_id=PHONE_NUMBER_ID, messages_per_second=2, auto_status=False) as fast:
        headers = {"Authorization": f"Bearer {TOKEN}"}
        async with httpx.AsyncClient(base_url=fast.base_url, headers=headers) as api:
            statuses = [(await _send(api, _text("31612345678", f"{i}"))).status_code for i in range(3)]
            assert statuses == [200, 200, 400]
            assert fast.api_calls[-1]["response"]["error"]["code"] == 130429
            await asyncio.sleep(1.05)
            assert (await _send(api, _text("31612345678", "later"))).status_code == 200
    times = [record["time"] for record in fast.sent]
    assert len(times) == 3 and times[2] - times[0] >= 1.0


async def test_media_round_trip(double: WhatsAppDouble, api: httpx.AsyncClient) -> None:
    user = double.user()
    payload = await user.send_voice(b"OggS-voice-note", seconds=2)
    audio = payload["entry"][0]["changes"][0]["value"]["messages"][0]["audio"]
    assert audio["voice"] is True and audio["mime_type"] == "audio/ogg; codecs=opus"
    assert audio["sha256"] == base64.b64encode(hashlib.sha256(b"OggS-voice-note").digest()).decode()

    info = (await api.get(f"/{audio['id']}")).json()
    assert info | {"url": None} == {
        "messaging_product": "whatsapp",
        "url": None,
        "mime_type": "audio/ogg; codecs=opus",
        "sha256": hashlib.sha256(b"OggS-voice-note").hexdigest(),
        "file_size": "15",
        "id": audio["id"],
    }
    async with httpx.AsyncClient() as plain:
        assert (await plain.get(info["url"])).status_code == 401
        download = await plain.get(info["url"], headers={"Authorization": f"Bearer {TOKEN}"})
    assert download.content == b"OggS-voice-note"
    assert download.headers["content-type"] == "audio/ogg; codecs=opus"

    unknown = await api.get("/4242")
    assert unknown.status_code == 400 and unknown.json()["error"]["code"] == 100

    image = (await user.send_image(caption="mijn brief"))["entry"][0]["changes"][0]["value"]["messages"][0]
    assert image["type"] == "image" and image["image"]["caption"] == "mijn brief"
    document = (await user.send_document("brief.pdf"))["entry"][0]["changes"][0]["value"]["messages"][0]
    assert document["document"]["filename"] == "brief.pdf"
    assert document["document"]["mime_type"] == "application/pdf"
    assert double.media_bytes(document["document"]["id"]).startswith(b"%PDF")
    sticker = (await user.send_sticker())["entry"][0]["changes"][0]["value"]["messages"][0]
    assert sticker["sticker"]["mime_type"] == "image/webp"

    upload = await api.post(
        f"/{PHONE_NUMBER_ID}/media",
        data={"messaging_product": "whatsapp", "type": "application/pdf"},
        files={"file": ("uitleg.pdf", b"%PDF-1.7 uitleg", "application/pdf")},
    )
    media_id = upload.json()["id"]
    assert double.media_bytes(media_id) == b"%PDF-1.7 uitleg"
    message = {"messaging_product": "whatsapp", "to": user.wa_id, "type": "document"}
    await _accepted(api, message | {"document": {"id": media_id, "filename": "uitleg.pdf", "caption": "Lees maar"}})
    assert text_of(double.sent[-1]) == "Lees maar"
    await _refused(api, message | {"document": {"id": "nope"}})
    await _refused(api, message | {"document": {"id": media_id, "link": "https://example.org/x.pdf"}})


async def test_user_payloads_have_meta_shapes(
    double: WhatsAppDouble, api: httpx.AsyncClient, receiver: _Receiver
) -> None:
    user = double.user(wa_id="31612345678", name="Sanne", user_id="NL.1234567890123")
    payload = await user.send_text("hoi 👋 café")
    assert payload["object"] == "whatsapp_business_account"
    [entry] = payload["entry"]
    [change] = entry["changes"]
    assert (entry["id"], change["field"]) == (double.waba_id, "messages")
    value = change["value"]
    assert value["metadata"] == {
        "display_phone_number": double.display_phone_number,
        "phone_number_id": PHONE_NUMBER_ID,
    }
    assert value["contacts"] == [{"profile": {"name": "Sanne"}, "wa_id": "31612345678", "user_id": "NL.1234567890123"}]
    [message] = value["messages"]
    assert message | {"id": None, "timestamp": None} == {
        "from": "31612345678",
        "from_user_id": "NL.1234567890123",
        "id": None,
        "timestamp": None,
        "type": "text",
        "text": {"body": "hoi 👋 café"},
    }
    [delivery] = receiver.received
    assert delivery["valid"] and delivery["json"] == payload
    assert b"\\u00e9" in delivery["raw"]  # Meta escapes non-ASCII and signs those exact bytes
    assert delivery["headers"]["content-type"] == "application/json"

    first = await _accepted(api, _buttons(user.wa_id, [("ja", "Ja"), ("nee", "Nee")]))
    newest = await _accepted(api, _buttons(user.wa_id, [("ja", "Ja graag")]))
    press = (await user.press("ja"))["entry"][0]["changes"][0]["value"]["messages"][0]
    assert press["context"] == {"from": double.display_phone_number, "id": newest}
    assert press["interactive"] == {"type": "button_reply", "button_reply": {"id": "ja", "title": "Ja graag"}}
    stale = (await user.press("nee"))["entry"][0]["changes"][0]["value"]["messages"][0]
    assert stale["context"]["id"] == first
    with pytest.raises(AssertionError, match="offers 'misschien'"):
        await user.press("misschien")

    menu = await _accepted(api, _list(user.wa_id, [{"rows": _rows("hulp", description="Praat met iemand")}]))
    choice = (await user.choose("hulp"))["entry"][0]["changes"][0]["value"]["messages"][0]
    assert choice["context"]["id"] == menu
    assert choice["interactive"] == {
        "type": "list_reply",
        "list_reply": {"id": "hulp", "title": "Optie hulp", "description": "Praat met iemand"},
    }

    def only(sent: JSON) -> JSON:
        return sent["entry"][0]["changes"][0]["value"]["messages"][0]

    location = only(await user.send_location(52.37, 4.89, name="Dam"))
    assert location["location"] == {"latitude": 52.37, "longitude": 4.89, "name": "Dam"}
    card = only(await user.send_contacts())["contacts"][0]
    assert card["phones"][0]["wa_id"] == "31698765432"
    assert only(await user.send_reaction(first, "❤️"))["reaction"] == {"message_id": first, "emoji": "❤️"}
    unknown = only(await user.send_unknown())
    assert unknown["type"] == "unsupported" and unknown["errors"][0]["code"] == 131051

    before = len(receiver.received)
    assert await user.redeliver(payload) == payload
    assert receiver.received[before]["raw"] == receiver.received[0]["raw"]


async def test_bsuid_only_users_never_show_a_phone_number(
    double: WhatsAppDouble, api: httpx.AsyncClient, receiver: _Receiver
) -> None:
    hidden = double.user(name="Anoniem", phone_hidden=True)
    assert isinstance(hidden, SimulatedWhatsAppUser)
    payload = await hidden.send_text("ik wil liever anoniem blijven")
    value = payload["entry"][0]["changes"][0]["value"]
    assert value["contacts"] == [{"profile": {"name": "Anoniem"}, "user_id": hidden.user_id}]
    [message] = value["messages"]
    assert "from" not in message and message["from_user_id"] == hidden.user_id

    response = await _send(api, _text(hidden.user_id, "Dat kan", field="recipient"))
    assert response.json()["contacts"] == [{"input": hidden.user_id, "user_id": hidden.user_id}]
    wamid = response.json()["messages"][0]["id"]
    delivered = await receiver.wait_status(wamid, "delivered")
    assert delivered["recipient_user_id"] == hidden.user_id and "recipient_id" not in delivered
    assert [text_of(m) for m in double.messages_to(hidden.user_id)] == ["Dat kan"]
    assert double.messages_to(hidden) == hidden.messages

    shown = double.user(user_id=hidden.user_id, name="Anoniem")  # the same user shows their number again
    assert (shown.wa_id, shown.phone_hidden) == (hidden.wa_id, False)
    assert double.window_open(shown)
    assert "from" in shown.text_payload("hoi")["entry"][0]["changes"][0]["value"]["messages"][0]


async def test_signatures_can_be_forged_or_left_out(double: WhatsAppDouble, receiver: _Receiver) -> None:
    user = double.user()
    payload = user.text_payload("hoi")
    assert await double.deliver(payload, signature="forged") == 401
    assert await double.deliver(payload, signature=None) == 401
    assert "x-hub-signature-256" not in receiver.received[-1]["headers"]
    assert not double.window_open(user)  # posts that did not come from Meta open no window
    assert double.deliver_sync(payload) == 200
    assert double.window_open(user)
    assert [d["http_status"] for d in double.webhook_deliveries] == [401, 401, 200]

    double.close_window(user)
    assert await user.redeliver(payload) == payload  # the same old message again: still closed
    assert not double.window_open(user)


async def test_marking_read_and_waiting_for_replies(double: WhatsAppDouble, api: httpx.AsyncClient) -> None:
    user = double.user()
    inbound = (await user.send_text("hoi"))["entry"][0]["changes"][0]["value"]["messages"][0]["id"]
    receipt = {
        "messaging_product": "whatsapp",
        "status": "read",
        "message_id": inbound,
        "typing_indicator": {"type": "text"},
    }
    response = await _send(api, receipt)
    assert response.json() == {"success": True}
    assert double.read_receipts[0]["message_id"] == inbound and double.sent == []
    await _refused(api, receipt | {"message_id": "wamid.unknown"})

    mark = user.mark()

    async def reply_later() -> None:
        await asyncio.sleep(0.05)
        await _accepted(api, _text(user.wa_id, "een"))
        await _accepted(api, _text(user.wa_id, "twee"))

    task = asyncio.create_task(reply_later())
    replies = await user.wait_for(2, after=mark)
    await task
    assert [text_of(r) for r in replies] == ["een", "twee"]
    with pytest.raises(AssertionError, match="expected 1 new message"):
        await user.wait_for(1, after=user.mark(), timeout=0.1)
