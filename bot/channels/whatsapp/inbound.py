"""Meta's webhook payloads, read: the signature check, then each message as an `Inbound` and each
status callback as a `StatusReport`. Pure functions: nothing here talks to the network or the
database, so every payload shape is tested on its own."""

from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from typing import Any

from bot.channels.base import text_inbound
from flows.engine.types import Inbound

log = logging.getLogger(__name__)

JSON = dict[str, Any]
CHANNEL = "whatsapp"
SIGNATURE_HEADER = "X-Hub-Signature-256"
# Types that carry something a coordinator may want to see or hear, fetched through the media API.
DOWNLOADED = frozenset({"audio", "image"})
MEDIA_TYPES = frozenset({"audio", "image", "document", "sticker", "video", "location", "contacts"})


def signature_valid(body: bytes, header: str | None, app_secret: str) -> bool:
    """`sha256=<hex>` of the raw body under the app secret, compared in constant time."""
    if not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(header.removeprefix("sha256=").strip().lower(), expected)


@dataclass(frozen=True)
class Incoming:
    """One message from a person, with the media id to fetch when it is a voice note or photo."""

    inbound: Inbound
    media_id: str | None = None


@dataclass(frozen=True)
class StatusReport:
    """Meta's news about a message we sent."""

    message_id: str
    status: str  # sent | delivered | read | failed
    error_code: int | None = None
    error_title: str | None = None


def read(payload: JSON) -> tuple[list[Incoming], list[StatusReport]]:
    """Every message and status in a webhook body; what is not understood is logged and skipped."""
    incoming: list[Incoming] = []
    statuses: list[StatusReport] = []
    for entry in _list(payload.get("entry")):
        for change in _list(entry.get("changes")):
            value = change.get("value") if isinstance(change, dict) else None
            if not isinstance(value, dict) or change.get("field") != "messages":
                log.info("whatsapp webhook change ignored", extra={"field": change.get("field") if isinstance(change, dict) else None})
                continue
            names = _identities(value)
            for message in _list(value.get("messages")):
                found = _message(message, names)
                if found is not None:
                    incoming.append(found)
            statuses.extend(s for s in map(_status, _list(value.get("statuses"))) if s is not None)
    return incoming, statuses


def _list(value: object) -> list[JSON]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _identities(value: JSON) -> dict[str, str]:
    """Each sender's phone number (wa_id) mapped to their business-scoped user id, when given."""
    return {str(c["wa_id"]): str(c["user_id"]) for c in _list(value.get("contacts")) if c.get("wa_id") and c.get("user_id")}


def identity(message: JSON, names: dict[str, str]) -> str | None:
    """Who wrote: the business-scoped user id where Meta gives one (it needs no phone number and
    survives a hidden number), else the WhatsApp id (the phone number)."""
    phone = message.get("from")
    bsuid = message.get("from_user_id") or (names.get(str(phone)) if phone else None)
    if bsuid:
        return str(bsuid)
    return str(phone) if phone else None


def _message(message: JSON, names: dict[str, str]) -> Incoming | None:
    user = identity(message, names)
    message_id = message.get("id")
    kind = message.get("type")
    if not user or not isinstance(message_id, str) or not message_id:
        log.warning("whatsapp message without sender or id ignored")
        return None
    common = {"address": user}
    if kind == "text":
        body = (message.get("text") or {}).get("body")
        if not isinstance(body, str):
            return None
        return Incoming(text_inbound(CHANNEL, user, message_id, body, **common))
    if kind == "interactive":
        interactive = message.get("interactive") or {}
        reply = interactive.get("button_reply") or interactive.get("list_reply") or {}
        data = reply.get("id")
        if not isinstance(data, str):
            log.info("whatsapp interactive reply without id ignored")
            return None
        return Incoming(Inbound(channel=CHANNEL, user_id=user, message_id=message_id, kind="button", text=data, **common))
    if kind == "button":  # a template's quick reply
        data = (message.get("button") or {}).get("payload")
        if not isinstance(data, str):
            return None
        return Incoming(Inbound(channel=CHANNEL, user_id=user, message_id=message_id, kind="button", text=data, **common))
    if kind in MEDIA_TYPES:
        media = message.get(kind) or {}
        media_type = "voice" if kind == "audio" and media.get("voice") else kind
        media_id = media.get("id") if kind in DOWNLOADED and isinstance(media, dict) else None
        inbound = Inbound(channel=CHANNEL, user_id=user, message_id=message_id, kind="media", media_type=media_type, **common)
        return Incoming(inbound, media_id=str(media_id) if media_id else None)
    # Reactions, edits, unsupported and future types: nothing to answer.
    log.info("whatsapp message type ignored", extra={"type": str(kind)[:32]})
    return None


def _status(status: JSON) -> StatusReport | None:
    message_id, state = status.get("id"), status.get("status")
    if not isinstance(message_id, str) or not isinstance(state, str):
        return None
    errors = _list(status.get("errors"))
    code = errors[0].get("code") if errors else None
    title = (errors[0].get("title") or errors[0].get("message")) if errors else None
    return StatusReport(message_id, state, int(code) if isinstance(code, int | str) and str(code).isdigit() else None, str(title)[:120] if title else None)
