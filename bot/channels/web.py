"""The web chat: an anonymous session over a WebSocket. The browser keeps a random session id in
sessionStorage; we store only its hash, so a database copy cannot be used to read along."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import secrets
from collections import defaultdict
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from bot.channels.base import NotDelivered, OutputChannel, Payload, text_inbound
from flows.engine.types import Inbound
from flows.i18n import _, gettext_for, normalise_language, text_direction

log = logging.getLogger(__name__)

MAX_TEXT = 10_000
MAX_FRAME = 65_536
HELLO_TIMEOUT = 15.0
_SID = re.compile(r"^[A-Za-z0-9_-]{32,64}$")
_CLIENT_ID = re.compile(r"^[A-Za-z0-9-]{8,64}$")

Receiver = Callable[[Inbound], Awaitable[object]]
UNREADABLE = _("Dat bericht kon ik niet lezen.")
TRY_AGAIN = _("Versturen lukt nu niet. Probeer het zo nog een keer.")


def address_for(sid: str) -> str:
    return hashlib.sha256(sid.encode()).hexdigest()[:40]


class WebChatChannel(OutputChannel):
    name = "web"
    acknowledges = True

    def __init__(self, receive: Receiver, allowed_origins: set[str]) -> None:
        self.receive = receive
        self.allowed_origins = allowed_origins
        self._sockets: dict[str, set[WebSocket]] = defaultdict(set)
        self.on_connect: Callable[[str], Awaitable[None]] | None = None
        self.on_ack: Callable[[int, str], Awaitable[None]] | None = None

    def connected_addresses(self) -> set[str]:
        return {address for address, sockets in self._sockets.items() if sockets}

    # --- output ---

    async def send_text(self, address: str, text: str) -> None:
        raise AssertionError("the web chat sends through send()")

    async def send(self, address: str, payload: Payload, outbox_id: int) -> None:
        sockets = [ws for ws in self._sockets.get(address, ()) if ws.application_state == WebSocketState.CONNECTED]
        if not sockets:
            raise NotDelivered(address)
        frame = {
            "type": "message",
            "id": outbox_id,
            "text": payload.text,
            "buttons": [{"data": b.data, "label": b.label} for b in payload.buttons],
            "lang": payload.language,
            "dir": text_direction(payload.language),
        }
        delivered = False
        for ws in sockets:
            try:
                await ws.send_json(frame)
                delivered = True
            except Exception:
                self._sockets[address].discard(ws)
        if not delivered:
            raise NotDelivered(address)

    # --- input ---

    def origin_allowed(self, websocket: WebSocket) -> bool:
        origin = websocket.headers.get("origin")
        if origin is None:
            return True  # not a browser: no cross-site risk
        host = websocket.headers.get("host", "")
        parsed = urlsplit(origin)
        return parsed.netloc == host or f"{parsed.scheme}://{parsed.netloc}" in self.allowed_origins

    async def endpoint(self, websocket: WebSocket) -> None:
        if not self.origin_allowed(websocket):
            await websocket.close(code=1008)
            return
        await websocket.accept()
        try:
            hello = await asyncio.wait_for(self._receive_json(websocket), timeout=HELLO_TIMEOUT)
        except (TimeoutError, WebSocketDisconnect, ValueError):
            await self._close(websocket, 1008)
            return
        if hello.get("type") != "hello":
            await self._close(websocket, 1008)
            return
        sid = hello.get("sid")
        new_session = not isinstance(sid, str) or not _SID.match(sid)
        if new_session:
            sid = secrets.token_urlsafe(32)
        language = normalise_language(hello.get("lang") if isinstance(hello.get("lang"), str) else None)
        address = address_for(sid)
        await websocket.send_json({"type": "session", "sid": sid})
        self._sockets[address].add(websocket)
        try:
            if self.on_connect:
                await self.on_connect(address)
            if new_session:  # the bot speaks first: a parent should not have to guess what to type
                await self.receive(Inbound(channel="web", user_id=address, address=address, message_id=f"{address}:open", kind="command", text="/start", language_hint=language))
            await self._serve(websocket, address, language)
        except WebSocketDisconnect:
            pass
        finally:
            self._sockets[address].discard(websocket)
            if not self._sockets[address]:
                del self._sockets[address]

    async def _serve(self, websocket: WebSocket, address: str, language: str | None) -> None:
        while True:
            try:
                frame = await self._receive_json(websocket)
            except ValueError:
                await self._error(websocket, language, UNREADABLE)
                continue
            kind = frame.get("type")
            if kind == "ack":
                if isinstance(frame.get("id"), int) and self.on_ack:
                    await self.on_ack(frame["id"], address)
                continue
            client_id = frame.get("id")
            if kind not in ("text", "button") or not isinstance(client_id, str) or not _CLIENT_ID.match(client_id):
                await self._error(websocket, language, UNREADABLE)
                continue
            inbound = self._inbound(frame, address, client_id, language)
            if inbound is None:
                continue
            try:
                await self.receive(inbound)
            except Exception:
                log.exception("web chat turn failed")
                await self._error(websocket, language, TRY_AGAIN)
                continue
            await websocket.send_json({"type": "received", "id": client_id})

    @staticmethod
    def _inbound(frame: dict, address: str, client_id: str, language: str | None) -> Inbound | None:
        message_id = f"{address}:{client_id}"
        if frame["type"] == "button":
            data = frame.get("data")
            if not isinstance(data, str) or len(data) > 64:
                return None
            return Inbound(channel="web", user_id=address, address=address, message_id=message_id, kind="button", text=data, language_hint=language)
        text = frame.get("text")
        if not isinstance(text, str) or not text.strip():
            return None
        return text_inbound("web", address, message_id, text[:MAX_TEXT], address=address, language_hint=language)

    @staticmethod
    async def _error(websocket: WebSocket, language: str | None, message: str) -> None:
        await websocket.send_json({"type": "error", "text": gettext_for(language or "nl")(message)})

    @staticmethod
    async def _receive_json(websocket: WebSocket) -> dict:
        raw = await websocket.receive_text()
        if len(raw) > MAX_FRAME:
            raise ValueError("frame too large")
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return data

    @staticmethod
    async def _close(websocket: WebSocket, code: int) -> None:
        if websocket.application_state == WebSocketState.CONNECTED:
            await websocket.close(code=code)
