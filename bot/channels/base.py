"""The two sides of a channel. The input side turns platform updates into `Inbound` and hands them
to the turn handler; the output side sends outbox payloads. Defaults degrade gracefully: a
channel that cannot show buttons gets them as numbered text, and the engine accepts the digit."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Awaitable
from typing import Protocol
from dataclasses import dataclass

import base64

from flows.engine.types import Button, Document, Inbound
from flows.i18n import gettext_for

_COMMAND = re.compile(r"^/([A-Za-z_]{1,32})(?:@\w+)?(?:\s|$)")


class Receiver(Protocol):
    """The runtime's way in for every channel (Runtime.receive)."""

    def __call__(self, inbound: Inbound, *, patient: bool = False) -> Awaitable[object]: ...


class TemporaryFailure(Exception):
    """Try again later. `whole_channel` pauses every send (platform flood control)."""

    def __init__(self, retry_after: float, *, whole_channel: bool = False, reason: str = "") -> None:
        super().__init__(reason or f"retry after {retry_after}s")
        self.retry_after = retry_after
        self.whole_channel = whole_channel


class PermanentFailure(Exception):
    """Sending this message will never work (blocked bot, invalid chat)."""


class AwaitingReply(Exception):
    """The platform lets this message go only after the person writes again (WhatsApp's 24-hour
    window); they were asked to. Keep it, uncounted, until `OutboxDrainer.resume` is called."""


class NotDelivered(Exception):
    """Nobody is listening on this address right now; keep the message pending."""


@dataclass(frozen=True)
class Payload:
    text: str
    buttons: tuple[Button, ...]
    language: str
    document: Document | None = None
    notice: dict | None = None  # {"kind": ..., "values": {...}}: see flows.engine.types.Notice

    @classmethod
    def from_dict(cls, raw: dict) -> Payload:
        buttons = tuple(Button(b["data"], b["label"]) for b in raw.get("buttons", []))
        document = None
        if isinstance(raw.get("document"), dict):
            doc = raw["document"]
            document = Document(filename=doc["filename"], content_type=doc["content_type"], data=base64.b64decode(doc["data"]))
        notice = raw.get("notice") if isinstance(raw.get("notice"), dict) else None
        return cls(text=raw.get("text", ""), buttons=buttons, language=raw.get("language", "nl"), document=document, notice=notice)


def split_text(text: str, limit: int = 4096) -> list[str]:
    """Split at paragraph, then line, then word boundaries; never inside a word if avoidable."""
    chunks: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = max(rest.rfind("\n\n", 0, limit), rest.rfind("\n", 0, limit), rest.rfind(" ", 0, limit))
        if cut <= 0:
            cut = limit
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    chunks.append(rest)
    return [c for c in chunks if c] or [""]


def numbered(payload: Payload) -> str:
    """Buttons as a numbered list the parent answers with a digit."""
    if not payload.buttons:
        return payload.text
    _ = gettext_for(payload.language)
    lines = [f"{i}. {b.label}" for i, b in enumerate(payload.buttons, start=1)]
    return f"{payload.text}\n\n" + "\n".join(lines) + "\n\n" + _("Typ het nummer van je keuze.")


def text_inbound(channel: str, user_id: str, message_id: str, text: str, **extra: object) -> Inbound:
    """Free text, or a /command when it starts like one."""
    kind = "command" if _COMMAND.match(text.strip()) else "text"
    return Inbound(channel=channel, user_id=user_id, message_id=message_id, kind=kind, text=text.strip() if kind == "command" else text, **extra)  # type: ignore[arg-type]


class OutputChannel(ABC):
    """Sends outbox payloads to one platform."""

    name: str
    acknowledges: bool = False  # True when the client confirms receipt itself

    @abstractmethod
    async def send_text(self, address: str, text: str) -> None: ...

    async def send_with_buttons(self, address: str, payload: Payload) -> None:
        """Default: numbered text. Channels with real buttons override this."""
        await self.send_text(address, numbered(payload))

    async def send_document(self, address: str, document: Document) -> None:
        """Default: nothing. The text already says what the file holds (a calendar file is an
        extra for channels that can carry one)."""

    async def send(self, address: str, payload: Payload, outbox_id: int) -> None:
        if payload.document is not None:
            await self.send_document(address, payload.document)
        if payload.buttons:
            await self.send_with_buttons(address, payload)
        else:
            await self.send_text(address, payload.text)

    async def still_awaiting(self, address: str) -> bool:
        """After a message was parked (AwaitingReply): is the person's answer still missing?"""
        return True

    def connected_addresses(self) -> set[str] | None:
        """Addresses this process can deliver to now; None means all."""
        return None
