"""A local stand-in for Meta's WhatsApp Business Cloud API (Graph API) and the webhooks it sends.

Tests point the app at ``WhatsAppDouble.base_url`` (NAAST_WHATSAPP_API_URL), set
``double.webhook_url`` to the app's ``/webhooks/whatsapp`` endpoint and act as WhatsApp users
through ``SimulatedWhatsAppUser``, whose messages arrive as signed, Meta-shaped webhooks. The double
validates sends the way the Cloud API does (length limits, button and row counts, approved
templates, the 24-hour customer-service window) and answers with Graph's error JSON; message fates
(sent, delivered, read, failed) come back as ``statuses`` webhooks, as on the real platform. So
bugs that only show up against Meta - an over-long button title, a free-form reply after the
window closed, a template with one parameter too few - show up in tests too.

Identities follow Meta's 2026 business-scoped user IDs (BSUID): webhook ``contacts[]`` carry
``user_id`` next to an optional ``wa_id``, ``messages[]`` carry ``from_user_id`` next to an
optional ``from``, statuses carry ``recipient_user_id`` next to an optional ``recipient_id``, and
sends may address a user by ``recipient`` (a BSUID) instead of ``to`` (a phone number).
Everything the app sends is recorded in ``double.sent`` for assertions.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import mimetypes
import re
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeAlias

import httpx
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.doubles.telegram_api import LoopbackServer, ServedDouble

JSON = dict[str, Any]
Signature = Literal["valid", "forged"] | None
Who: TypeAlias = "str | SimulatedWhatsAppUser"  # a user, their wa_id/phone number or their BSUID

# Limits as documented for the Cloud API messages endpoint (counted in characters).
MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_BUTTONS = 3
MAX_BUTTON_ID = 256
MAX_BUTTON_TITLE = 20
MAX_BUTTON_BODY = 1024
MAX_HEADER_TEXT = 60
MAX_FOOTER_TEXT = 60
MAX_LIST_BUTTON = 20
MAX_SECTIONS = 10
MAX_ROWS = 10
MAX_ROW_ID = 200
MAX_ROW_TITLE = 24
MAX_ROW_DESCRIPTION = 72
MAX_SECTION_TITLE = 24
MAX_LIST_BODY = 4096
WINDOW_SECONDS = 24 * 3600

_SEND_TYPES = ("text", "interactive", "template", "image", "document", "audio", "reaction")
_MEDIA_TYPES = ("image", "document", "audio")
# Interactive kinds the double passes through without checking their contents.
_UNCHECKED_INTERACTIVE = frozenset({"cta_url", "location_request_message", "flow"})
_PHONE_RE = re.compile(r"\+?[\d\s().-]{5,}")
# ISO country code, a dot, then up to 128 alphanumerics; parent BSUIDs put "ENT." in between.
_BSUID_RE = re.compile(r"[A-Z]{2}\.(ENT\.)?[A-Za-z0-9]{1,128}")
_ERROR_CODES_URL = "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"
_TOKEN_ERROR = "Invalid OAuth access token - Cannot parse access token"


@dataclass(frozen=True)
class _Known:
    """What Meta's error-code table says about one code: title, details text and HTTP status."""

    title: str
    details: str
    http_status: int = 400


_ERRORS: dict[int, _Known] = {
    100: _Known("Invalid parameter", "Invalid parameter"),
    190: _Known("Access token has expired", "Access token has expired", 401),
    130429: _Known("Rate limit hit", "Cloud API message throughput has been reached."),
    131000: _Known("Something went wrong", "Message failed to send due to an unknown error.", 500),
    131016: _Known("Service unavailable", "A service is temporarily unavailable.", 503),
    131026: _Known(
        "Message Undeliverable",
        "Message failed to send because the recipient is unable to receive it.",
    ),
    131047: _Known(
        "Re-engagement message",
        "Message failed to send because more than 24 hours have passed since the customer last "
        "replied to this number.",
    ),
    131048: _Known(
        "Spam rate limit hit",
        "Message failed to send because there are restrictions on how many messages can be sent "
        "from this phone number.",
    ),
    131051: _Known("Message type unknown", "Message type is currently not supported."),
    131053: _Known("Media upload error", "Unable to upload the media used in the message."),
    131056: _Known(
        "(Business Account, Consumer Account) pair rate limit hit",
        "Message failed to send because there were too many messages sent from this phone number "
        "to the same phone number in a short period of time.",
    ),
    132000: _Known(
        "Number of parameters does not match the expected number of params",
        "Number of parameters does not match the expected number of params.",
    ),
    # Meta's table lists 404 for this one, not 400.
    132001: _Known(
        "Template name does not exist in the translation",
        "Template does not exist in the specified language or has not been approved.",
        404,
    ),
}


def _known(code: int) -> _Known:
    return _ERRORS.get(code, _Known("Error", f"Error {code}"))


class _GraphError(Exception):
    """A Graph API error answer; raised while handling a request, rendered as Meta's JSON."""

    def __init__(
        self,
        code: int,
        message: str,
        details: str | None = None,
        *,
        http_status: int = 400,
        error_type: str = "OAuthException",
        subcode: int | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.http_status = http_status
        self.body: JSON = {"error": {"message": message, "type": error_type, "code": code}}
        if subcode is not None:
            self.body["error"]["error_subcode"] = subcode
        if details is not None:
            self.body["error"]["error_data"] = {"messaging_product": "whatsapp", "details": details}
        self.body["error"]["fbtrace_id"] = secrets.token_urlsafe(16)

    @classmethod
    def known(cls, code: int, *, title: str | None = None, details: str | None = None) -> _GraphError:
        """The error a listed code produces, e.g. ``(#130429) Rate limit hit``."""
        entry = _known(code)
        return cls(
            code,
            f"(#{code}) {title or entry.title}",
            details or entry.details,
            http_status=entry.http_status,
        )

    def response(self) -> JSONResponse:
        headers = {}
        if self.http_status == 401:  # Graph also names the problem in WWW-Authenticate
            headers["WWW-Authenticate"] = f'OAuth "Facebook Platform" "invalid_token" "{_TOKEN_ERROR}"'
        return JSONResponse(self.body, status_code=self.http_status, headers=headers)


def _invalid(details: str) -> _GraphError:
    return _GraphError(100, "(#100) Invalid parameter", details)


def _required(name: str) -> _GraphError:
    text = f"The parameter {name} is required."
    return _GraphError(100, f"(#100) {text}", text)


def _unauthorized() -> _GraphError:
    return _GraphError(190, _TOKEN_ERROR, http_status=401)


def _no_such_object(method: str, object_id: str) -> _GraphError:
    """Graph's answer for an id it does not know (wrong phone number id, unknown media id)."""
    return _GraphError(
        100,
        f"Unsupported {method} request. Object with ID '{object_id}' does not exist, cannot be loaded "
        "due to missing permissions, or does not support this operation.",
        error_type="GraphMethodException",
        subcode=33,
    )


def _status_error(code: int, title: str | None = None) -> JSON:
    """An item of a failed status's ``errors``, shaped like the ones Meta's webhooks carry."""
    entry = _known(code)
    title = title or entry.title
    return {
        "code": code,
        "title": title,
        "message": title,
        "error_data": {"details": entry.details},
        "href": _ERROR_CODES_URL,
    }


def _digits(value: str) -> str:
    """Meta normalises phone numbers to digits: ``+31 6 1234 5678`` is wa_id ``31612345678``."""
    return re.sub(r"\D", "", value)


def _new_wamid() -> str:
    return "wamid." + base64.b64encode(uuid.uuid4().bytes + secrets.token_bytes(8)).decode()


def _now() -> str:
    return str(int(time.time()))


# -- validation of what the app sends --------------------------------------------------------------


def _object(container: JSON, key: str, *, path: str = "") -> JSON:
    value = container.get(key)
    if not isinstance(value, dict):
        raise _required(f"{path}{key}")
    return value


def _check_length(value: Any, what: str, low: int, high: int) -> None:
    if not isinstance(value, str) or not low <= len(value) <= high:
        raise _invalid(f"{what} length invalid. Min length: {low}, Max length: {high}")


def _addressee(message: JSON) -> tuple[str | None, str | None]:
    """Return (to, recipient): exactly one must be set, a phone number or a BSUID."""
    to, recipient = message.get("to"), message.get("recipient")
    if to is None and recipient is None:
        raise _required("to")
    if to is not None and recipient is not None:
        raise _invalid("Only one of the parameters to and recipient may be set.")
    if to is not None and not (isinstance(to, str) and _PHONE_RE.fullmatch(to)):
        raise _invalid(f"Param to must be a phone number, got {to!r}; use recipient for a business-scoped user ID.")
    if recipient is not None and not (isinstance(recipient, str) and _BSUID_RE.fullmatch(recipient)):
        raise _invalid(f"Param recipient must be a business-scoped user ID like NL.1234567890123, got {recipient!r}.")
    return to, recipient


def _check_text(message: JSON) -> None:
    body = _object(message, "text").get("body")
    if not isinstance(body, str) or not body.strip():
        raise _invalid("Param text['body'] must be a non-empty string.")
    if len(body) > MAX_TEXT:
        raise _invalid(f"Param text['body'] must be at most {MAX_TEXT} characters long.")


def _check_frame(interactive: JSON, body_max: int) -> None:
    """Body (required), header and footer: the parts every button or list message shares."""
    _check_length(_object(interactive, "body", path="interactive.").get("text"), "Body text", 1, body_max)
    header = interactive.get("header")
    if isinstance(header, dict) and header.get("type") == "text":
        _check_length(header.get("text"), "Header text", 1, MAX_HEADER_TEXT)
    if "footer" in interactive:
        footer = interactive["footer"]
        _check_length(footer.get("text") if isinstance(footer, dict) else None, "Footer text", 1, MAX_FOOTER_TEXT)


def _check_buttons(interactive: JSON) -> None:
    _check_frame(interactive, MAX_BUTTON_BODY)
    buttons = _object(interactive, "action", path="interactive.").get("buttons")
    if not isinstance(buttons, list) or not 1 <= len(buttons) <= MAX_BUTTONS:
        raise _invalid(f"Invalid buttons count. Min allowed buttons: 1, Max allowed buttons: {MAX_BUTTONS}")
    ids = []
    for button in buttons:
        reply = button.get("reply") if isinstance(button, dict) and button.get("type") == "reply" else None
        if not isinstance(reply, dict):
            raise _invalid("Button type must be 'reply' with a 'reply' object.")
        _check_length(reply.get("id"), "Button id", 1, MAX_BUTTON_ID)
        _check_length(reply.get("title"), "Button title", 1, MAX_BUTTON_TITLE)
        ids.append(reply["id"])
    if len(set(ids)) != len(ids):
        raise _invalid("Button ids must be unique.")


def _check_list(interactive: JSON) -> None:
    _check_frame(interactive, MAX_LIST_BODY)
    action = _object(interactive, "action", path="interactive.")
    _check_length(action.get("button"), "Button title", 1, MAX_LIST_BUTTON)
    sections = action.get("sections")
    if not isinstance(sections, list) or not 1 <= len(sections) <= MAX_SECTIONS:
        raise _invalid(f"Invalid sections count. Min allowed sections: 1, Max allowed sections: {MAX_SECTIONS}")
    rows: list[Any] = []
    for section in sections:
        if not isinstance(section, dict) or not isinstance(section.get("rows"), list) or not section["rows"]:
            raise _invalid("Each section needs at least one row.")
        if len(sections) > 1 and "title" not in section:
            raise _invalid("Section title is required when there are multiple sections.")
        if "title" in section:
            _check_length(section["title"], "Section title", 1, MAX_SECTION_TITLE)
        rows.extend(section["rows"])
    if len(rows) > MAX_ROWS:
        raise _invalid(f"Total row count exceed max allowed count: {MAX_ROWS}")
    for row in rows:
        if not isinstance(row, dict):
            raise _invalid("Rows must be objects.")
        _check_length(row.get("id"), "Row id", 1, MAX_ROW_ID)
        _check_length(row.get("title"), "Row title", 1, MAX_ROW_TITLE)
        if "description" in row:
            _check_length(row["description"], "Row description", 0, MAX_ROW_DESCRIPTION)
    ids = [row["id"] for row in rows]
    if len(set(ids)) != len(ids):
        raise _invalid("Row ids must be unique.")


def _check_interactive(message: JSON) -> None:
    interactive = _object(message, "interactive")
    kind = interactive.get("type")
    if kind == "button":
        _check_buttons(interactive)
    elif kind == "list":
        _check_list(interactive)
    elif kind not in _UNCHECKED_INTERACTIVE:
        allowed = sorted({"button", "list"} | _UNCHECKED_INTERACTIVE)
        raise _invalid(f"Param interactive['type'] must be one of {allowed}, got {kind!r}.")


def _check_reaction(message: JSON) -> None:
    reaction = _object(message, "reaction")
    if not isinstance(reaction.get("message_id"), str) or not reaction["message_id"]:
        raise _required("reaction['message_id']")
    if not isinstance(reaction.get("emoji"), str):  # "" removes a reaction, so it is allowed
        raise _required("reaction['emoji']")


def _body_parameters(template: JSON) -> list[JSON]:
    components = template.get("components") or []
    if not isinstance(components, list):
        raise _invalid("Param template['components'] must be an array.")
    return [
        parameter
        for component in components
        if isinstance(component, dict) and component.get("type") == "body"
        for parameter in component.get("parameters") or []
    ]


# -- reading what the app sent (also handy in tests) -------------------------------------------------


def _message_json(message: JSON) -> JSON:
    """Accept a ``double.sent`` record or the raw JSON the app posted."""
    return message.get("json", message)


def _parameter_text(parameter: JSON) -> str:
    kind = parameter.get("type", "text")
    value = parameter.get(kind)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def text_of(message: JSON) -> str:
    """What the user reads: the text body, an interactive body, ``name(p1, p2)`` for a template,
    a caption for media, the emoji for a reaction."""
    body = _message_json(message)
    kind = body.get("type", "text")
    content = body.get(kind) or {}
    if kind == "text":
        return content.get("body", "")
    if kind == "interactive":
        return (content.get("body") or {}).get("text", "")
    if kind == "template":
        params = ", ".join(_parameter_text(p) for p in _body_parameters(content))
        return f"{content.get('name')}({params})"
    if kind == "reaction":
        return content.get("emoji", "")
    return content.get("caption", "")


def buttons_of(message: JSON) -> list[tuple[str, str]]:
    """(id, title) of each reply button, or of each row of a list message; [] otherwise."""
    interactive = _message_json(message).get("interactive") or {}
    action = interactive.get("action") or {}
    if interactive.get("type") == "button":
        return [(b["reply"]["id"], b["reply"]["title"]) for b in action.get("buttons", [])]
    if interactive.get("type") == "list":
        return [(row["id"], row["title"]) for s in action.get("sections", []) for row in s.get("rows", [])]
    return []


def _rows_of(message: JSON) -> dict[str, JSON]:
    sections = ((_message_json(message).get("interactive") or {}).get("action") or {}).get("sections", [])
    return {row["id"]: row for section in sections for row in section.get("rows", [])}


@dataclass(frozen=True)
class _Template:
    name: str
    language: str
    body_params: int
    category: str


@dataclass
class _Media:
    id: str
    content: bytes
    mime_type: str
    url_token: str

    @property
    def sha256_hex(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass
class _Failure:
    """A scripted failure, consumed by the next accepted-or-not send."""

    code: int
    via: Literal["response", "status"]
    title: str | None


@dataclass
class _Outgoing:
    """A status webhook waiting to be posted; ``record`` is the ``sent`` entry it reports on."""

    payload: JSON
    due: float
    record: JSON | None
    status: str


class SimulatedWhatsAppUser:
    """A WhatsApp user writing to the business number.

    Each ``send_*``/``press``/``choose`` method builds the webhook Meta would post for that action,
    opens the user's 24-hour window, delivers the webhook signed and returns the payload.
    With ``phone_hidden`` (a username user) payloads carry only the BSUID, never the phone number.
    """

    def __init__(self, double: WhatsAppDouble, *, wa_id: str, user_id: str, name: str, phone_hidden: bool) -> None:
        self._double = double
        self.wa_id = wa_id
        self.user_id = user_id
        self.name = name
        self.phone_hidden = phone_hidden

    def __repr__(self) -> str:
        hidden = ", phone_hidden=True" if self.phone_hidden else ""
        return f"SimulatedWhatsAppUser(wa_id={self.wa_id!r}, user_id={self.user_id!r}{hidden})"

    # -- payload building --------------------------------------------------------------------

    def contact(self) -> JSON:
        contact: JSON = {"profile": {"name": self.name}}
        if not self.phone_hidden:
            contact["wa_id"] = self.wa_id
        contact["user_id"] = self.user_id
        return contact

    def message(self, kind: str, content: JSON, *, context: str | None = None) -> JSON:
        """One ``messages[]`` item from this user; ``context`` is the wamid being replied to."""
        message: JSON = {}
        if context is not None:
            message["context"] = {"from": self._double.display_phone_number, "id": context}
        if not self.phone_hidden:
            message["from"] = self.wa_id
        message |= {"from_user_id": self.user_id, "id": _new_wamid(), "timestamp": _now(), "type": kind}
        return message | content

    def payload(self, message: JSON) -> JSON:
        """Wrap a ``messages[]`` item in the webhook envelope, without delivering it."""
        return self._double.envelope({"contacts": [self.contact()], "messages": [message]})

    def text_payload(self, text: str) -> JSON:
        """Build (without delivering) a text webhook, e.g. for ``double.deliver(..., signature="forged")``."""
        return self.payload(self.message("text", {"text": {"body": text}}))

    async def _send(self, message: JSON) -> JSON:
        payload = self.payload(message)
        await self._double.deliver(payload)
        return payload

    # -- actions -------------------------------------------------------------------------------

    async def send_text(self, text: str) -> JSON:
        return await self._send(self.message("text", {"text": {"body": text}}))

    async def press(self, button_id: str, title: str | None = None, *, message: JSON | None = None) -> JSON:
        """Tap a reply button: by default on the newest bot message offering ``button_id``.

        Pass ``message`` (a ``double.sent`` record) to tap on that one, e.g. to simulate a stale button.
        """
        offer = message if message is not None else self._double._offering(self, button_id, "button")
        reply = {"id": button_id, "title": title or dict(buttons_of(offer)).get(button_id, button_id)}
        content = {"interactive": {"type": "button_reply", "button_reply": reply}}
        return await self._send(self.message("interactive", content, context=offer["id"]))

    async def choose(self, row_id: str, title: str | None = None, *, message: JSON | None = None) -> JSON:
        """Pick a row of a list message: by default on the newest bot message offering ``row_id``."""
        offer = message if message is not None else self._double._offering(self, row_id, "list")
        row = _rows_of(offer).get(row_id, {})
        reply = {"id": row_id, "title": title or row.get("title", row_id)}
        if "description" in row:
            reply["description"] = row["description"]
        content = {"interactive": {"type": "list_reply", "list_reply": reply}}
        return await self._send(self.message("interactive", content, context=offer["id"]))

    def _media(self, content: bytes, mime_type: str, **extra: Any) -> JSON:
        media_id = self._double.register_media(content, mime_type)
        digest = base64.b64encode(hashlib.sha256(content).digest()).decode()  # webhooks carry it base64
        return {"mime_type": mime_type, "sha256": digest, "id": media_id} | extra

    async def send_voice(self, content: bytes | None = None, seconds: int = 3) -> JSON:
        """A voice note (push-to-talk): Opus in Ogg, flagged ``voice: true`` like Meta does."""
        content = content if content is not None else b"OggS\x00\x02" + bytes(seconds * 100)
        audio = self._media(content, "audio/ogg; codecs=opus", voice=True)
        return await self._send(self.message("audio", {"audio": audio}))

    async def send_image(self, caption: str | None = None, content: bytes | None = None) -> JSON:
        image = self._media(content or b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(64), "image/jpeg")
        if caption is not None:
            image = {"caption": caption} | image
        return await self._send(self.message("image", {"image": image}))

    async def send_document(
        self, filename: str, content: bytes | None = None, *, caption: str | None = None, mime_type: str | None = None
    ) -> JSON:
        mime_type = mime_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        document = self._media(content or b"%PDF-1.4 test document", mime_type, filename=filename)
        if caption is not None:
            document = {"caption": caption} | document
        return await self._send(self.message("document", {"document": document}))

    async def send_sticker(self, animated: bool = False) -> JSON:
        sticker = self._media(b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp", animated=animated)
        return await self._send(self.message("sticker", {"sticker": sticker}))

    async def send_location(
        self, latitude: float, longitude: float, *, name: str | None = None, address: str | None = None
    ) -> JSON:
        location: JSON = {"latitude": latitude, "longitude": longitude}
        location |= {key: value for key, value in (("name", name), ("address", address)) if value is not None}
        return await self._send(self.message("location", {"location": location}))

    async def send_contacts(self, name: str = "Jan de Vries", phone: str = "+31 6 98765432") -> JSON:
        """A shared contact card, as WhatsApp sends it when the user shares an address-book entry."""
        first, _, last = name.partition(" ")
        card = {
            "name": {"formatted_name": name, "first_name": first} | ({"last_name": last} if last else {}),
            "phones": [{"phone": phone, "wa_id": _digits(phone), "type": "CELL"}],
        }
        return await self._send(self.message("contacts", {"contacts": [card]}))

    async def send_reaction(self, wamid: str, emoji: str = "👍") -> JSON:
        return await self._send(self.message("reaction", {"reaction": {"message_id": wamid, "emoji": emoji}}))

    async def send_unknown(self) -> JSON:
        """Something WhatsApp cannot pass on to businesses (a poll, an edit...): type ``unsupported``."""
        error = _status_error(131051)
        error.pop("href")
        content = {"errors": [error], "unsupported": {"type": "unknown"}}
        return await self._send(self.message("unsupported", content))

    async def redeliver(self, payload: JSON) -> JSON:
        """Post the exact same payload again, as Meta does when a delivery was not acknowledged."""
        await self._double.deliver(payload)
        return payload

    # -- what the business sent this user --------------------------------------------------------

    @property
    def messages(self) -> list[JSON]:
        return self._double.messages_to(self)

    def mark(self) -> int:
        return self._double.mark(self)

    async def wait_for(self, count: int = 1, *, after: int = 0, timeout: float = 10.0) -> list[JSON]:
        return await self._double.wait_for(self, count, after=after, timeout=timeout)

    def wait_for_sync(self, count: int = 1, *, after: int = 0, timeout: float = 10.0) -> list[JSON]:
        return self._double.wait_for_sync(self, count, after=after, timeout=timeout)


class WhatsAppDouble(ServedDouble):
    """Fake Cloud API server on loopback; see the module docstring.

    Recorded state (``sent``, ``api_calls``, ``read_receipts``, ``webhook_deliveries``) is appended
    under a lock from the server thread; read it freely, or wait for it with ``wait_for``/``wait_until``.
    Each ``sent`` record is a dict with ``id`` (the wamid), ``to``, ``recipient``, ``type``, ``json``
    (what the app posted), ``time`` (epoch seconds), ``status`` (the latest status webhook posted:
    accepted, sent, delivered, read or failed) and ``error`` (the failure it is bound for, or None).
    ``api_calls`` logs every API request with its answer, refused ones included. Each
    ``webhook_deliveries`` entry has ``kind`` (message or status), ``payload``, ``signature``,
    ``http_status`` (the app's answer, None if unreachable), ``error`` and ``time``; status
    deliveries also carry ``wamid`` and ``status``.
    """

    text_of = staticmethod(text_of)
    buttons_of = staticmethod(buttons_of)

    def __init__(
        self,
        *,
        token: str = "EAAtest-whatsapp-token",
        phone_number_id: str = "109876543210987",
        app_secret: str = "test-app-secret",
        version: str = "v21.0",
        waba_id: str = "102345678901234",
        display_phone_number: str = "31850000000",
        auto_status: bool = True,
        messages_per_second: int | None = None,
        status_delay: float = 0.05,
    ) -> None:
        self.token = token
        self.phone_number_id = phone_number_id
        self.app_secret = app_secret
        self.version = version
        self.waba_id = waba_id
        self.display_phone_number = display_phone_number
        self.auto_status = auto_status
        self.messages_per_second = messages_per_second
        self.status_delay = status_delay
        self.webhook_url: str | None = None
        self.sent: list[JSON] = []
        self.api_calls: list[JSON] = []
        self.read_receipts: list[JSON] = []
        self.webhook_deliveries: list[JSON] = []
        super().__init__()
        self._users: dict[str, SimulatedWhatsAppUser] = {}
        self._last_inbound: dict[str, float] = {}
        self._inbound_ids: set[str] = set()
        self._templates: dict[tuple[str, str], _Template] = {}
        self._media: dict[str, _Media] = {}
        self._failures: list[_Failure] = []
        self._outbox: list[_Outgoing] = []
        self._accepted_at: list[float] = []
        app = Starlette(
            routes=[
                Route(f"/{version}/{{phone_number_id}}/messages", self._messages_endpoint, methods=["POST"]),
                Route(f"/{version}/{{phone_number_id}}/media", self._upload_endpoint, methods=["POST"]),
                Route(f"/{version}/{{object_id}}", self._object_endpoint, methods=["GET"]),
                Route("/media-download/{media_id}", self._download_endpoint, methods=["GET"]),
            ],
            lifespan=self._lifespan,
        )
        self._server = LoopbackServer(app)

    # -- lifecycle -------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """What the app gets as NAAST_WHATSAPP_API_URL, e.g. ``http://127.0.0.1:PORT/v21.0``."""
        return f"{self._server.url}/{self.version}"

    @property
    def messages_url(self) -> str:
        return f"{self.base_url}/{self.phone_number_id}/messages"

    # -- test-facing setup -----------------------------------------------------------------------

    def user(
        self,
        wa_id: str | None = None,
        name: str = "Sanne",
        user_id: str | None = None,
        phone_hidden: bool = False,
    ) -> SimulatedWhatsAppUser:
        """Create a user; ids default to 31612345678 / NL.1234567890123, counting up per new user.

        Reusing an id replaces the profile (e.g. the user hides their number); the window is kept.
        """
        with self._lock:
            if existing := self._users.get(user_id or "") or self._users.get(wa_id or ""):
                wa_id, user_id = wa_id or existing.wa_id, user_id or existing.user_id
            offset = 0
            while wa_id is None and str(31612345678 + offset) in self._users:
                offset += 1
            wa_id = wa_id or str(31612345678 + offset)
            offset = 0
            while user_id is None and f"NL.{1234567890123 + offset}" in self._users:
                offset += 1
            user_id = user_id or f"NL.{1234567890123 + offset}"
            user = SimulatedWhatsAppUser(self, wa_id=wa_id, user_id=user_id, name=name, phone_hidden=phone_hidden)
            self._users[wa_id] = self._users[user_id] = user
            return user

    def approve_template(self, name: str, language: str, body_params: int = 0, *, category: str = "utility") -> None:
        """Register an approved template; sends of unregistered ones fail with 132001."""
        with self._lock:
            self._templates[(name, language)] = _Template(name, language, body_params, category)

    def close_window(self, who: Who) -> None:
        """Move the user's last message 25 hours back, so only templates get through."""
        user = self._require_user(who)
        with self._lock:
            if user.user_id in self._last_inbound:
                self._last_inbound[user.user_id] -= 25 * 3600

    def window_open(self, who: Who) -> bool:
        with self._lock:
            return self._window_open(self._resolve(who))

    def fail_next(
        self,
        code: int,
        *,
        times: int = 1,
        via: Literal["response", "status"] = "response",
        title: str | None = None,
    ) -> None:
        """Make the next ``times`` valid sends fail with Graph error ``code``.

        ``via="response"``: the send is refused (HTTP status from Meta's table, mostly 400).
        ``via="status"``: the send is accepted with a wamid, then a ``failed`` status with that error follows.
        """
        if via not in ("response", "status"):
            raise ValueError(f"via must be 'response' or 'status', not {via!r}")
        with self._lock:
            self._failures.extend(_Failure(code, via, title) for _ in range(times))

    def register_media(self, content: bytes, mime_type: str) -> str:
        """Store bytes under a new media id, as an upload (by the app or a user) does."""
        with self._lock:
            media_id = str(1_000_000_000_000_000 + len(self._media) + 1)
            self._media[media_id] = _Media(media_id, content, mime_type, secrets.token_urlsafe(12))
            return media_id

    def media_bytes(self, media_id: str) -> bytes:
        with self._lock:
            return self._media[media_id].content

    def read(self, who: Who, wamid: str | None = None) -> JSON:
        """Post a ``read`` status for ``wamid`` (default: the newest message to the user); returns it."""
        user = self._require_user(who)
        with self._lock:
            mine = self.messages_to(user)
            record = next((r for r in mine if r["id"] == wamid), None) if wamid else (mine[-1] if mine else None)
            if record is None:
                raise AssertionError(f"no message {wamid!r} was sent to {user!r}")
            return self._queue_status(record, "read", delay=0)

    # -- what the app sent -------------------------------------------------------------------------

    def messages_to(self, who: Who) -> list[JSON]:
        """Every accepted send addressed to the user, by phone number or by BSUID, in order."""
        with self._lock:
            ids = self._identities(who)
            return [r for r in self.sent if _digits(r["to"] or "") in ids or r["recipient"] in ids]

    def mark(self, who: Who) -> int:
        """Position to pass as ``after=`` so a later wait only counts newer messages."""
        return len(self.messages_to(who))

    async def wait_for(self, who: Who, count: int = 1, *, after: int = 0, timeout: float = 10.0) -> list[JSON]:
        """Wait until at least ``count`` messages arrived after ``after``; return all of those."""
        if not await self._signal.wait_async(lambda: len(self.messages_to(who)) - after >= count, timeout):
            raise AssertionError(self._wait_failure(who, count, after, timeout))
        return self.messages_to(who)[after:]

    def wait_for_sync(self, who: Who, count: int = 1, *, after: int = 0, timeout: float = 10.0) -> list[JSON]:
        """Blocking ``wait_for`` for sync tests; never call it on the loop the app runs on."""
        if not self._signal.wait_sync(lambda: len(self.messages_to(who)) - after >= count, timeout):
            raise AssertionError(self._wait_failure(who, count, after, timeout))
        return self.messages_to(who)[after:]

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 10.0, what: str = "condition") -> None:
        """Wait until ``predicate`` (re-checked whenever the double's state changes) holds."""
        if not await self._signal.wait_async(predicate, timeout):
            raise AssertionError(f"{what} not met within {timeout}s")

    async def wait_for_status(self, wamid: str, status: str, timeout: float = 10.0) -> JSON:
        """Wait until the ``status`` webhook for ``wamid`` was posted; return its delivery record."""

        def find() -> JSON | None:
            return next(
                (d for d in self.webhook_deliveries if d.get("wamid") == wamid and d.get("status") == status),
                None,
            )

        await self.wait_until(lambda: find() is not None, timeout, f"{status!r} status for {wamid}")
        with self._lock:
            found = find()
        assert found is not None
        return found

    # -- webhooks to the app -------------------------------------------------------------------------

    def envelope(self, value: JSON) -> JSON:
        """The ``whatsapp_business_account`` wrapper every messages webhook comes in."""
        metadata = {"display_phone_number": self.display_phone_number, "phone_number_id": self.phone_number_id}
        return {
            "object": "whatsapp_business_account",
            "entry": [
                {
                    "id": self.waba_id,
                    "changes": [
                        {"field": "messages", "value": {"messaging_product": "whatsapp", "metadata": metadata} | value}
                    ],
                }
            ],
        }

    def sign(self, body: bytes, secret: str | None = None) -> str:
        """The ``X-Hub-Signature-256`` value Meta computes over the raw body."""
        key = (secret if secret is not None else self.app_secret).encode()
        return "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()

    def _request(self, payload: JSON, signature: Signature) -> tuple[str, bytes, dict[str, str]]:
        if self.webhook_url is None:
            raise AssertionError("set double.webhook_url to the app's /webhooks/whatsapp URL first")
        # Meta escapes non-ASCII as \\uXXXX and signs exactly those bytes; apps must verify the raw body.
        body = json.dumps(payload, separators=(",", ":")).encode()
        headers = {"Content-Type": "application/json", "User-Agent": "facebookexternalua"}
        if signature == "valid":
            headers["X-Hub-Signature-256"] = self.sign(body)
        elif signature == "forged":
            headers["X-Hub-Signature-256"] = self.sign(body, secret="not-the-app-secret")
        return self.webhook_url, body, headers

    def _record_delivery(self, payload: JSON, signature: Signature, status: int | None, error: str | None) -> None:
        value = payload.get("entry", [{}])[0].get("changes", [{}])[0].get("value", {})
        entry: JSON = {"kind": "status" if "statuses" in value else "message", "payload": payload}
        if statuses := value.get("statuses"):
            entry |= {"wamid": statuses[0].get("id"), "status": statuses[0].get("status")}
        entry |= {"signature": signature, "http_status": status, "error": error, "time": time.time()}
        with self._lock:
            self.webhook_deliveries.append(entry)
        self._signal.notify()

    async def deliver(self, payload: JSON, *, signature: Signature = "valid") -> int:
        """POST one webhook to ``webhook_url`` with a chosen signature (None: header omitted).

        Returns the app's HTTP status; connection errors propagate. A validly signed user message
        opens that user's 24-hour window before it is posted, as the app may answer right away.
        """
        url, body, headers = self._request(payload, signature)
        self._note_inbound(payload, signature)
        try:
            async with httpx.AsyncClient(timeout=10) as client:
                status = (await client.post(url, content=body, headers=headers)).status_code
        except httpx.HTTPError as exc:
            self._record_delivery(payload, signature, None, repr(exc))
            raise
        self._record_delivery(payload, signature, status, None)
        return status

    def deliver_sync(self, payload: JSON, *, signature: Signature = "valid") -> int:
        """Blocking ``deliver`` for sync tests."""
        url, body, headers = self._request(payload, signature)
        self._note_inbound(payload, signature)
        try:
            status = httpx.post(url, content=body, headers=headers, timeout=10).status_code
        except httpx.HTTPError as exc:
            self._record_delivery(payload, signature, None, repr(exc))
            raise
        self._record_delivery(payload, signature, status, None)
        return status

    async def verify_subscription(self, verify_token: str, challenge: str = "1158201444") -> httpx.Response:
        """Do Meta's GET handshake (hub.mode=subscribe) against ``webhook_url``."""
        if self.webhook_url is None:
            raise AssertionError("set double.webhook_url first")
        params = {"hub.mode": "subscribe", "hub.verify_token": verify_token, "hub.challenge": challenge}
        async with httpx.AsyncClient(timeout=10) as client:
            return await client.get(self.webhook_url, params=params)

    async def _worker(self) -> None:
        """Post queued status webhooks one at a time, in order, each no earlier than its due time."""
        async with httpx.AsyncClient(timeout=10) as client:
            while True:
                await self._signal.wait_async(lambda: self._closing or bool(self._outbox), None)
                with self._lock:
                    if self._closing:
                        return
                    item = self._outbox[0]
                if (delay := item.due - time.monotonic()) > 0:
                    await asyncio.sleep(delay)
                with self._lock:
                    self._outbox.pop(0)
                await self._post_status(client, item)

    async def _post_status(self, client: httpx.AsyncClient, item: _Outgoing) -> None:
        status: int | None = None
        error: str | None = None
        try:
            url, body, headers = self._request(item.payload, "valid")
            status = (await client.post(url, content=body, headers=headers)).status_code
        except (AssertionError, httpx.HTTPError) as exc:  # no webhook_url yet, or the app is down
            error = repr(exc)
        if item.record is not None:
            with self._lock:
                item.record["status"] = item.status
        self._record_delivery(item.payload, "valid", status, error)

    # -- users, windows and identities ------------------------------------------------------------------

    def _resolve(self, who: Who | None) -> SimulatedWhatsAppUser | None:
        if who is None or isinstance(who, SimulatedWhatsAppUser):
            return who
        with self._lock:
            return self._users.get(who) or self._users.get(_digits(who))

    def _require_user(self, who: Who) -> SimulatedWhatsAppUser:
        user = self._resolve(who)
        if user is None:
            raise AssertionError(f"unknown user {who!r}; create it with double.user(...)")
        return user

    def _identities(self, who: Who) -> set[str]:
        user = self._resolve(who)
        if user is not None:
            return {user.wa_id, user.user_id}
        assert isinstance(who, str)
        return {who, _digits(who)} - {""}

    def _note_inbound(self, payload: JSON, signature: Signature) -> None:
        """A user message Meta passes on opens (or extends) the 24-hour customer-service window.

        Only genuine first deliveries count: a redelivery is the same old message, and a forged or
        unsigned post never came from Meta.
        """
        if signature != "valid":
            return
        with self._lock:
            for entry in payload.get("entry", []):
                for change in entry.get("changes", []):
                    for message in change.get("value", {}).get("messages", []):
                        if message.get("id") in self._inbound_ids:
                            continue
                        self._inbound_ids.add(message.get("id"))
                        user = self._resolve(message.get("from_user_id") or message.get("from"))
                        if user is not None:
                            self._last_inbound[user.user_id] = time.time()

    def _window_open(self, user: SimulatedWhatsAppUser | None) -> bool:
        last = None if user is None else self._last_inbound.get(user.user_id)
        return last is not None and time.time() - last < WINDOW_SECONDS

    def _offering(self, user: SimulatedWhatsAppUser, choice_id: str, kind: str) -> JSON:
        """The newest message that reached the user and offers ``choice_id`` as a button or row."""
        mine = [r for r in self.messages_to(user) if r["error"] is None]
        for record in reversed(mine):
            if (record["json"].get("interactive") or {}).get("type") == kind and any(
                i == choice_id for i, _ in buttons_of(record)
            ):
                return record
        offered = [i for r in mine for i, _ in buttons_of(r)]
        raise AssertionError(f"no {kind} message to {user!r} offers {choice_id!r}; offered: {offered}")

    # -- HTTP ----------------------------------------------------------------------------------------------

    def _authorized(self, request: Request) -> bool:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() not in ("bearer", "oauth"):
            token = request.query_params.get("access_token", "")
        return hmac.compare_digest(token.strip(), self.token)

    def _log_call(self, request: Request, body: Any, response: JSONResponse | Response) -> None:
        entry = {
            "time": time.time(),
            "method": request.method,
            "path": request.url.path,
            "json": body,
            "http_status": response.status_code,
            "response": json.loads(response.body) if isinstance(response, JSONResponse) else None,
        }
        with self._lock:
            self.api_calls.append(entry)
        self._signal.notify()

    async def _messages_endpoint(self, request: Request) -> Response:
        body: Any = None
        try:
            if not self._authorized(request):
                raise _unauthorized()
            if request.path_params["phone_number_id"] != self.phone_number_id:
                raise _no_such_object("post", request.path_params["phone_number_id"])
            try:
                body = await request.json()
            except ValueError:
                raise _invalid("The request body is not valid JSON.") from None
            if not isinstance(body, dict):
                raise _invalid("The request body must be a JSON object.")
            with self._lock:
                answer = self._mark_read(body) if body.get("status") == "read" else self._accept(body)
            response: Response = JSONResponse(answer)
        except _GraphError as error:
            response = error.response()
        self._log_call(request, body, response)
        return response

    async def _upload_endpoint(self, request: Request) -> Response:
        """``POST /{phone_number_id}/media`` (multipart: messaging_product, file, type) -> ``{"id"}``."""
        fields: JSON = {}
        try:
            if not self._authorized(request):
                raise _unauthorized()
            if request.path_params["phone_number_id"] != self.phone_number_id:
                raise _no_such_object("post", request.path_params["phone_number_id"])
            form = await request.form()
            fields = {key: value for key, value in form.items() if not isinstance(value, UploadFile)}
            if form.get("messaging_product") != "whatsapp":
                raise _required("messaging_product")
            upload = form.get("file")
            if not isinstance(upload, UploadFile):
                raise _required("file")
            mime_type = str(form.get("type") or upload.content_type or "application/octet-stream")
            response: Response = JSONResponse({"id": self.register_media(await upload.read(), mime_type)})
        except _GraphError as error:
            response = error.response()
        self._log_call(request, fields, response)
        return response

    async def _object_endpoint(self, request: Request) -> Response:
        """``GET /{media_id}`` -> the download URL; ``GET /{phone_number_id}`` -> the number's profile."""
        object_id = request.path_params["object_id"]
        try:
            if not self._authorized(request):
                raise _unauthorized()
            with self._lock:
                media = self._media.get(object_id)
            if object_id == self.phone_number_id:
                answer = {
                    "id": self.phone_number_id,
                    "display_phone_number": self.display_phone_number,
                    "verified_name": "Naast",
                    "quality_rating": "GREEN",
                }
            elif media is None:
                raise _no_such_object("get", object_id)
            else:
                answer = {
                    "messaging_product": "whatsapp",
                    "url": f"{self._server.url}/media-download/{media.id}?token={media.url_token}",
                    "mime_type": media.mime_type,
                    "sha256": media.sha256_hex,
                    "file_size": str(len(media.content)),  # Graph returns it as a string
                    "id": media.id,
                }
            response: Response = JSONResponse(answer)
        except _GraphError as error:
            response = error.response()
        self._log_call(request, None, response)
        return response

    async def _download_endpoint(self, request: Request) -> Response:
        """The media URL itself: like Meta's, it still wants the Bearer header."""
        with self._lock:
            media = self._media.get(request.path_params["media_id"])
        if not self._authorized(request):
            return _unauthorized().response()
        if media is None or request.query_params.get("token") != media.url_token:
            return Response("Not Found", status_code=404)
        return Response(media.content, media_type=media.mime_type)

    # -- the messages endpoint -------------------------------------------------------------------------------

    def _mark_read(self, body: JSON) -> JSON:
        """``{"status": "read", "message_id": ...}`` marks a user's message read (and may show typing)."""
        if body.get("messaging_product") != "whatsapp":
            raise _required("messaging_product")
        wamid = body.get("message_id")
        if wamid not in self._inbound_ids:
            raise _invalid(f"Param message_id {wamid!r} is not a message this number received.")
        receipt = {"message_id": wamid, "typing_indicator": body.get("typing_indicator"), "time": time.time()}
        self.read_receipts.append(receipt)
        return {"success": True}

    def _validate(self, message: JSON) -> str:
        """Check a send like the Cloud API does; return its type."""
        product = message.get("messaging_product")
        if product is None:
            raise _required("messaging_product")
        if product != "whatsapp":
            raise _invalid(f"Param messaging_product must be 'whatsapp', got {product!r}.")
        _addressee(message)
        kind = message.get("type", "text")  # Meta defaults a missing type to text
        if kind not in _SEND_TYPES:
            raise _invalid(f"Param type must be one of {list(_SEND_TYPES)}, got {kind!r}.")
        if kind == "text":
            _check_text(message)
        elif kind == "interactive":
            _check_interactive(message)
        elif kind == "reaction":
            _check_reaction(message)
        elif kind == "template":
            self._check_template(message)
        else:
            self._check_media(kind, message)
        return kind

    def _check_template(self, message: JSON) -> None:
        template = _object(message, "template")
        name = template.get("name")
        language = (template.get("language") or {}).get("code")
        if not isinstance(name, str) or not name:
            raise _required("template['name']")
        if not isinstance(language, str) or not language:
            raise _required("template['language']['code']")
        approved = self._templates.get((name, language))
        if approved is None:
            raise _GraphError.known(132001, details=f"template name ({name}) does not exist in {language}")
        given = len(_body_parameters(template))
        if given != approved.body_params:
            raise _GraphError.known(
                132000,
                details=f"body: number of localizable_params ({given}) does not match the expected number "
                f"of params ({approved.body_params})",
            )

    def _check_media(self, kind: str, message: JSON) -> None:
        media = _object(message, kind)
        if ("id" in media) == ("link" in media):
            raise _invalid(f"Param {kind} must have exactly one of 'id' or 'link'.")
        if "id" in media and media["id"] not in self._media:
            raise _invalid(f"Param {kind}['id'] is not a valid media id.")
        if "caption" in media:
            if kind == "audio":
                raise _invalid("Param audio['caption'] is not allowed.")
            _check_length(media["caption"], "Caption", 0, MAX_CAPTION)

    def _check_throughput(self) -> None:
        """Refuse with 130429 beyond ``messages_per_second`` accepted sends in any 1-second window."""
        if self.messages_per_second is None:
            return
        now = time.monotonic()
        self._accepted_at = [t for t in self._accepted_at if now - t < 1.0]
        if len(self._accepted_at) >= self.messages_per_second:
            raise _GraphError.known(130429)

    def _accept(self, message: JSON) -> JSON:
        """Validate one send, apply scripted failures and limits, record it and queue its statuses."""
        kind = self._validate(message)
        self._check_throughput()
        scripted = self._failures.pop(0) if self._failures else None
        if scripted is not None and scripted.via == "response":
            raise _GraphError.known(scripted.code, title=scripted.title)
        self._accepted_at.append(time.monotonic())
        to, recipient = message.get("to"), message.get("recipient")
        user = self._resolve(recipient or to)
        if scripted is not None:
            failure: JSON | None = _status_error(scripted.code, scripted.title)
        elif kind != "template" and not self._window_open(user):
            failure = _status_error(131047)
        else:
            failure = None
        record: JSON = {
            "id": _new_wamid(),
            "to": to,
            "recipient": recipient,
            "type": kind,
            "json": message,
            "time": time.time(),
            "status": "accepted",
            "error": failure,
        }
        self.sent.append(record)
        if failure is not None:
            self._queue_status(record, "failed", errors=[failure])
        elif self.auto_status:
            self._queue_status(record, "sent")
            self._queue_status(record, "delivered")
        self._signal.notify()
        contact: JSON = {"input": recipient or to}
        if to is not None or (user is not None and not user.phone_hidden):
            contact["wa_id"] = user.wa_id if user is not None else _digits(to or "")
        if recipient is not None or user is not None:
            contact["user_id"] = user.user_id if user is not None else recipient
        return {"messaging_product": "whatsapp", "contacts": [contact], "messages": [{"id": record["id"]}]}

    # -- status webhooks ---------------------------------------------------------------------------------------

    def _pricing(self, record: JSON) -> JSON:
        if record["type"] != "template":
            return {"billable": False, "pricing_model": "PMP", "category": "service", "type": "free_customer_service"}
        template = record["json"]["template"]
        approved = self._templates.get((template["name"], template["language"]["code"]))
        category = approved.category if approved else "utility"
        return {"billable": True, "pricing_model": "PMP", "category": category, "type": "regular"}

    def _status(self, record: JSON, status: str, errors: list[JSON] | None) -> JSON:
        """One ``statuses[]`` item; the phone number only appears if the app used it or it is visible."""
        user = self._resolve(record["recipient"] or record["to"])
        item: JSON = {"id": record["id"], "status": status, "timestamp": _now()}
        if record["to"] is not None or (user is not None and not user.phone_hidden):
            item["recipient_id"] = user.wa_id if user is not None else _digits(record["to"])
        if user is not None or record["recipient"] is not None:
            item["recipient_user_id"] = user.user_id if user is not None else record["recipient"]
        if errors:
            item["errors"] = errors
        elif status in ("sent", "delivered"):
            item["pricing"] = self._pricing(record)
        return item

    def _queue_status(
        self, record: JSON, status: str, *, errors: list[JSON] | None = None, delay: float | None = None
    ) -> JSON:
        """Queue a status webhook for ``record``; the worker posts it ``status_delay`` after now."""
        item = self._status(record, status, errors)
        due = time.monotonic() + (self.status_delay if delay is None else delay)
        with self._lock:
            self._outbox.append(_Outgoing(self.envelope({"statuses": [item]}), due, record, status))
        self._signal.notify()
        return item

    def _wait_failure(self, who: Who, count: int, after: int, timeout: float) -> str:
        arrived = [(r["type"], text_of(r)) for r in self.messages_to(who)[after:]]
        with self._lock:
            refused = [
                (c["path"], c["response"]["error"]["message"])
                for c in self.api_calls
                if c["response"] and "error" in c["response"]
            ]
        return (
            f"expected {count} new message(s) to {who!r} within {timeout}s, got {len(arrived)}: {arrived}"
            f"; refused API calls so far: {refused[-5:]}"
        )
