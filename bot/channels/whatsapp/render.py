"""A payload as WhatsApp messages, inside Meta's limits in every language: reply buttons when
the choices fit (at most 3, titles up to 20 characters), else a list (at most 10 rows, titles
up to 24 with the full label as the row's description), else numbered text."""

from __future__ import annotations

from typing import Any

from bot.channels.base import Payload, numbered, split_text
from flows.i18n import _, gettext_for

JSON = dict[str, Any]

MAX_TEXT = 4096
MAX_BUTTONS = 3
MAX_BUTTON_TITLE = 20
MAX_BUTTON_BODY = 1024
MAX_ROWS = 10
MAX_ROW_TITLE = 24
MAX_ROW_DESCRIPTION = 72
MAX_LIST_BUTTON = 20
MAX_ID = 256

CHOOSE = _("Kies")


def messages(payload: Payload) -> list[JSON]:
    """Every Cloud API message body (without the recipient) for one outbox payload, in order."""
    buttons = [b for b in payload.buttons if len(b.data) <= MAX_ID]
    if not buttons:
        return [_text(chunk) for chunk in split_text(payload.text, MAX_TEXT)]
    labels = [b.label.strip() for b in buttons]
    if len(buttons) <= MAX_BUTTONS and all(0 < len(label) <= MAX_BUTTON_TITLE for label in labels) and len(set(labels)) == len(labels):
        *before, body = _chunks(payload.text, MAX_BUTTON_BODY)
        action = {"buttons": [{"type": "reply", "reply": {"id": b.data, "title": label}} for b, label in zip(buttons, labels, strict=True)]}
        return [*map(_text, before), _interactive("button", body, action)]
    if len(buttons) <= MAX_ROWS and all(0 < len(label) <= MAX_ROW_DESCRIPTION for label in labels):
        *before, body = _chunks(payload.text, MAX_TEXT)
        choose = gettext_for(payload.language)(CHOOSE)[:MAX_LIST_BUTTON]
        rows = [_row(b.data, label, index) for index, (b, label) in enumerate(zip(buttons, labels, strict=True), start=1)]
        return [*map(_text, before), _interactive("list", body, {"button": choose, "sections": [{"rows": rows}]})]
    return [_text(chunk) for chunk in split_text(numbered(payload), MAX_TEXT)]


def _chunks(text: str, last_limit: int) -> list[str]:
    """Text split for sending, with the last part short enough to carry the choices."""
    chunks = split_text(text or "…", MAX_TEXT)
    last = chunks.pop()
    return [*chunks, *split_text(last, last_limit)]


def _row(data: str, label: str, index: int) -> JSON:
    """A row whose title fits; a shortened title keeps its number, so two rows never read alike."""
    if len(label) <= MAX_ROW_TITLE:
        return {"id": data, "title": label}
    title = f"{index}. {label}"[: MAX_ROW_TITLE - 1].rstrip() + "…"
    return {"id": data, "title": title, "description": label}


def _text(body: str) -> JSON:
    return {"type": "text", "text": {"body": body, "preview_url": False}}


def _interactive(kind: str, body: str, action: JSON) -> JSON:
    return {"type": "interactive", "interactive": {"type": kind, "body": {"text": body}, "action": action}}
