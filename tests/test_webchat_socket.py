"""The web chat's WebSocket as a hostile or broken client would use it: garbage frames get a clear
error and the connection stays usable; a page from another site cannot connect; a resent message
(same client id) is handled once."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator

import pytest
import websockets
from sqlalchemy import func, select

from bot.app import create_app
from bot.runtime import Runtime
from flows.settings import Settings
from flows.store.models import InboundReceipt
from tests.conftest import LiveServer, free_port


@pytest.fixture
async def server(settings: Settings) -> AsyncIterator[tuple[LiveServer, Runtime]]:
    port = free_port()
    runtime = Runtime(settings.model_copy(update={"public_url": f"http://127.0.0.1:{port}"}), with_scheduler=False)
    async with LiveServer(create_app(runtime), port) as live:
        yield live, runtime


async def next_of(ws, kind: str) -> dict:  # type: ignore[no-untyped-def]
    while True:
        frame = json.loads(await ws.recv())
        if frame["type"] == kind:
            return frame


async def test_bad_frames_get_an_error_and_nothing_breaks(server: tuple[LiveServer, Runtime]) -> None:
    live, runtime = server
    async with websockets.connect(live.url.replace("http", "ws") + "/ws/chat") as ws:
        await ws.send(json.dumps({"type": "hello", "sid": "not a valid sid", "lang": "en"}))
        sid = (await next_of(ws, "session"))["sid"]
        assert sid != "not a valid sid"
        assert "computer program" in (await next_of(ws, "message"))["text"]
        for garbage in ("{not json", "[1, 2, 3]", json.dumps({"type": "text", "id": "x", "text": "hi"}), json.dumps({"type": "explode", "id": str(uuid.uuid4())})):
            await ws.send(garbage)
            assert (await next_of(ws, "error"))["text"]
        await ws.send(json.dumps({"type": "button", "id": str(uuid.uuid4()), "data": "x" * 500}))
        client_id = str(uuid.uuid4())
        frame = json.dumps({"type": "text", "id": client_id, "text": "b" * 5000})
        await ws.send(frame)
        assert (await next_of(ws, "received"))["id"] == client_id
        await ws.send(frame)  # resent after a lost confirmation: same id
        assert (await next_of(ws, "received"))["id"] == client_id
    async with runtime.sessions() as session:
        receipts = await session.scalar(select(func.count()).select_from(InboundReceipt).where(InboundReceipt.platform_message_id.like(f"%:{client_id}")))
    assert receipts == 1


async def test_another_site_cannot_open_the_chat(server: tuple[LiveServer, Runtime]) -> None:
    live, _runtime = server
    with pytest.raises(websockets.exceptions.WebSocketException):
        async with websockets.connect(live.url.replace("http", "ws") + "/ws/chat", origin="https://evil.example") as ws:
            await ws.send(json.dumps({"type": "hello", "sid": None, "lang": "nl"}))
            await ws.recv()
