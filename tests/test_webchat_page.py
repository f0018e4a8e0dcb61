"""Browser tests of the parent-facing web chat page (template + chat.js + chat.css).

The real Starlette app is not used here: a tiny fake server in this file
renders bot/web/templates/chat.html, serves bot/web/static/ and speaks the
chat WebSocket protocol with scripted replies. It runs under uvicorn on a
free loopback port in a background thread; Playwright drives Debian's
/usr/bin/chromium (see tests/browser.py).
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from collections.abc import Callable

import pytest

from bot.app import CHAT_CSP
import uvicorn
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.websockets import WebSocket, WebSocketDisconnect

try:
    from tests.browser import chat_page, collect_page_errors, screenshot
except ImportError:  # tests/ itself on sys.path (plain `pytest` without rootdir on path)
    from browser import chat_page, collect_page_errors, screenshot  # type: ignore[no-redef]

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "bot" / "web"
TEMPLATES = WEB / "templates"
STATIC = WEB / "static"

RTL_LANGS = {"ar", "fa", "he", "ur"}
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
PAYLOAD = "<script>alert(1)</script><b>x</b>"

GREETING = {
    "nl": (
        "Hoi, fijn dat je er bent.\nWaar wil je over praten?",
        [
            {"data": "topic:money", "label": "Geld en schulden"},
            {"data": "topic:human", "label": "Ik wil een mens spreken"},
        ],
    ),
    "ar": (
        "مرحبًا، يسعدنا وجودك هنا.\nعن ماذا تريد أن تتحدث؟",
        [
            {"data": "topic:money", "label": "المال والديون"},
            {"data": "topic:human", "label": "أريد التحدث مع شخص"},
        ],
    ),
}
SERVER_ERROR_TEXT = "Er ging iets mis aan onze kant. Probeer het later nog eens."


# --------------------------------------------------------------------------- fake server


@dataclass
class FakeSession:
    sid: str
    lang: str
    next_id: int = 1
    sent: list[dict[str, Any]] = field(default_factory=list)
    acked: set[int] = field(default_factory=set)
    handled: set[str] = field(default_factory=set)


class FakeChat:
    """Scripted chat backend; one instance per test (see the ``fake`` fixture)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.frames: list[tuple[int, dict[str, Any]]] = []  # (connection number, frame)
        self.connections = 0
        self.sessions: dict[str, FakeSession] = {}
        self.drop_before_confirm = 0  # close the socket on the next N text/button frames
        self.redeliver_on_resume = False  # resend every earlier message after a resumed hello

    def record(self, conn: int, frame: dict[str, Any]) -> None:
        with self.lock:
            self.frames.append((conn, frame))

    def client(self, type_: str | None = None) -> list[dict[str, Any]]:
        with self.lock:
            return [f for _, f in self.frames if type_ is None or f.get("type") == type_]

    def new_message(self, session: FakeSession, text: str, buttons: list[dict[str, str]] | None = None) -> dict[str, Any]:
        lang = "ar" if session.lang == "ar" else "nl"
        msg = {
            "type": "message",
            "id": session.next_id,
            "text": text,
            "buttons": buttons or [],
            "lang": lang,
            "dir": "rtl" if lang in RTL_LANGS else "ltr",
        }
        session.next_id += 1
        session.sent.append(msg)
        return msg


class Holder:
    fake = FakeChat()


_env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))


def render_chat(lang: str = "nl", gettext: Callable[[str], str] = lambda s: s) -> str:
    return _env.get_template("chat.html").render(
        lang=lang,
        dir="rtl" if lang in RTL_LANGS else "ltr",
        _=gettext,
        quick_exit_url="/neutral",
        ws_url_path="/ws/chat",
        static_url="/static/",
    )


def make_app(holder: type[Holder]) -> Starlette:
    async def index(request: Request) -> HTMLResponse:
        lang = request.query_params.get("lang", "nl")
        csp = CHAT_CSP  # the real app's policy: the page must work under it
        return HTMLResponse(
            render_chat(lang),
            headers={"Cache-Control": "no-store", "Content-Security-Policy": csp},
        )

    async def neutral(request: Request) -> HTMLResponse:
        return HTMLResponse("<!doctype html><title>Het weer</title><h1>Het weer vandaag: zon</h1>")

    async def favicon(request: Request) -> Response:
        return Response(status_code=204)

    async def chat_socket(websocket: WebSocket) -> None:
        fake = holder.fake
        await websocket.accept()
        with fake.lock:
            fake.connections += 1
            conn = fake.connections
        session: FakeSession | None = None
        try:
            while True:
                frame = json.loads(await websocket.receive_text())
                fake.record(conn, frame)
                kind = frame.get("type")
                if kind == "hello":
                    sid = frame.get("sid")
                    resumed = isinstance(sid, str) and sid in fake.sessions
                    if resumed:
                        session = fake.sessions[sid]
                    else:
                        lang = str(frame.get("lang") or "nl").split("-")[0].lower()
                        session = FakeSession(sid=f"sid-{uuid.uuid4().hex[:12]}", lang=lang)
                        fake.sessions[session.sid] = session
                    await websocket.send_json({"type": "session", "sid": session.sid})
                    if not resumed:
                        text, buttons = GREETING.get(session.lang, GREETING["nl"])
                        await websocket.send_json(fake.new_message(session, text, buttons))
                    elif fake.redeliver_on_resume:
                        for old in list(session.sent):
                            await websocket.send_json(old)
                elif kind in ("text", "button"):
                    assert session is not None, "client spoke before hello"
                    if fake.drop_before_confirm > 0:
                        fake.drop_before_confirm -= 1
                        await websocket.close(code=1012)
                        return
                    await websocket.send_json({"type": "received", "id": frame["id"]})
                    if frame["id"] in session.handled:  # a resend of something we already have
                        continue
                    session.handled.add(frame["id"])
                    if kind == "text" and frame["text"] == "fout":
                        await websocket.send_json({"type": "error", "text": SERVER_ERROR_TEXT})
                    elif kind == "text":
                        await websocket.send_json(fake.new_message(session, "Je schreef: " + frame["text"]))
                    else:
                        await websocket.send_json(fake.new_message(session, "Je koos: " + frame["data"]))
                elif kind == "ack" and session is not None:
                    session.acked.add(frame["id"])
        except WebSocketDisconnect:
            pass

    return Starlette(
        routes=[
            Route("/", index),
            Route("/neutral", neutral),
            Route("/favicon.ico", favicon),
            WebSocketRoute("/ws/chat", chat_socket),
            Mount("/static", app=StaticFiles(directory=str(STATIC)), name="static"),
        ]
    )


class ServerThread:
    def __init__(self, app: Starlette) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("fake chat server did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture(scope="module")
def base_url():
    server = ServerThread(make_app(Holder))
    server.start()
    try:
        yield server.base_url
    finally:
        server.stop()


@pytest.fixture
def fake(base_url) -> FakeChat:
    Holder.fake = FakeChat()
    return Holder.fake


# --------------------------------------------------------------------------- helpers


async def eventually(check: Callable[[], Any], timeout: float = 8.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def open_chat(page, path: str = "/") -> None:
    await page.goto(path)
    await page.locator(".msg--bot").first.wait_for()
    await page.wait_for_function("() => document.getElementById('naast-status').dataset.state === 'ok'")


def bot_bubbles(page):
    return page.locator(".msg--bot .msg__bubble")


def my_bubbles(page):
    return page.locator(".msg--me .msg__bubble")


async def session_value(page, key: str):
    return await page.evaluate("k => sessionStorage.getItem(k)", key)


# --------------------------------------------------------------------------- template only


def test_every_visible_string_goes_through_gettext():
    """Render with a marking _() and check no visible text escaped translation."""
    marked = render_chat("nl", gettext=lambda s: f"\u27e6{s}\u27e7")

    class Collect(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.stack: list[str] = []
            self.texts: list[str] = []
            self.json_blobs: dict[str, str] = {}
            self._json_id: str | None = None

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag not in ("meta", "link", "br", "input"):
                self.stack.append(tag)
            for name in ("placeholder", "aria-label", "title", "alt"):
                if a.get(name):
                    self.texts.append(a[name])
            if tag == "meta" and a.get("name") == "description":
                self.texts.append(a["content"])
            self._json_id = a.get("id") if tag == "script" and a.get("type") == "application/json" else None

        def handle_endtag(self, tag):
            if self.stack and self.stack[-1] == tag:
                self.stack.pop()

        def handle_data(self, data):
            if self.stack and self.stack[-1] == "script":
                if self._json_id:
                    self.json_blobs[self._json_id] = data
                return
            if data.strip():
                self.texts.append(data.strip())

    parser = Collect()
    parser.feed(marked)
    assert parser.texts, "no visible text found"
    for text in parser.texts:
        assert text.startswith("\u27e6") and text.endswith("\u27e7"), f"untranslated text: {text!r}"
    strings = json.loads(parser.json_blobs["naast-i18n"])
    for key, value in strings.items():
        assert value.startswith("\u27e6") and value.endswith("\u27e7"), key
    config = json.loads(parser.json_blobs["naast-config"])
    assert config == {"ws_url_path": "/ws/chat", "quick_exit_url": "/neutral", "max_length": 4000}

    plain = render_chat("nl")
    assert '<html lang="nl" dir="ltr"' in plain
    assert "<noscript>" in plain
    assert "<title>Naast – praat met ons</title>" in plain


def test_translation_with_markup_is_escaped():
    hostile = render_chat("nl", gettext=lambda s: s + '"><img src=x onerror=alert(1)>')
    assert "<img src=x" not in hostile
    strings = re.search(r'id="naast-i18n">(.*?)</script>', hostile, re.S).group(1)
    assert "<img" not in strings  # tojson escapes < > & '
    assert "Verbonden" in json.loads(strings)["connected"]


# --------------------------------------------------------------------------- browser


async def test_hello_session_and_greeting(base_url, fake):
    async with chat_page(base_url) as page:
        errors = collect_page_errors(page)
        await open_chat(page)

        hello = fake.client("hello")[0]
        assert hello["sid"] is None
        assert hello["lang"] == "nl"  # the language the server chose for the page
        sid = next(iter(fake.sessions))
        assert await session_value(page, "naast.sid") == sid
        assert await page.evaluate("Object.keys(localStorage).length") == 0

        assert await page.evaluate("document.documentElement.lang") == "nl"
        assert await page.evaluate("document.documentElement.dir") == "ltr"
        assert await page.title() == "Naast – praat met ons"
        await page.get_by_role("button", name="Snel weg").wait_for()
        assert (await page.locator("#naast-status").text_content()) == "Verbonden"
        log = page.locator("#naast-log")
        assert await log.get_attribute("role") == "log"
        assert await log.get_attribute("aria-live") == "polite"

        greeting = bot_bubbles(page).first
        assert await greeting.text_content() == GREETING["nl"][0]
        assert "\n" in await greeting.inner_text()  # pre-wrap keeps the newline
        assert await greeting.get_attribute("lang") == "nl"
        assert await greeting.get_attribute("dir") == "ltr"
        await eventually(lambda: {"type": "ack", "id": 1} in fake.client("ack"), what="ack of message 1")
        assert errors == []


async def test_button_press_sends_button_and_disables_choices(base_url, fake):
    async with chat_page(base_url) as page:
        errors = collect_page_errors(page)
        await open_chat(page)

        group = page.get_by_role("group", name="Kies een antwoord")
        buttons = group.get_by_role("button")
        assert await buttons.count() == 2
        for i in range(2):
            assert await buttons.nth(i).get_attribute("type") == "button"
            assert await buttons.nth(i).is_enabled()

        await group.get_by_role("button", name="Ik wil een mens spreken").click()

        frame = await eventually(lambda: fake.client("button"), what="button frame")
        assert frame[0]["data"] == "topic:human"
        assert UUID_RE.match(frame[0]["id"])
        assert set(frame[0]) == {"type", "id", "data"}
        await page.get_by_text("Je koos: topic:human").wait_for()
        assert await my_bubbles(page).last.text_content() == "Ik wil een mens spreken"
        for i in range(2):
            assert await buttons.nth(i).is_disabled()
        assert await page.locator(".choice.is-chosen").count() == 1
        await page.wait_for_function("() => !document.querySelector('.msg--me.is-pending')")
        assert json.loads(await session_value(page, "naast.outbox")) == []
        await eventually(lambda: fake.client("ack")[-1:] == [{"type": "ack", "id": 2}], what="ack of message 2")
        assert errors == []


async def test_enter_sends_shift_enter_adds_a_line(base_url, fake):
    async with chat_page(base_url) as page:
        await open_chat(page)
        box = page.get_by_label("Typ je bericht")
        await box.click()
        height_one_line = (await box.bounding_box())["height"]
        await page.keyboard.type("regel 1")
        await page.keyboard.press("Shift+Enter")
        await page.keyboard.type("regel 2")
        await page.keyboard.press("Shift+Enter")
        await page.keyboard.type("regel 3")
        assert (await box.bounding_box())["height"] > height_one_line  # grows
        assert fake.client("text") == []
        await page.keyboard.press("Enter")

        frames = await eventually(lambda: fake.client("text"), what="text frame")
        assert frames[0]["text"] == "regel 1\nregel 2\nregel 3"
        assert UUID_RE.match(frames[0]["id"])
        assert await box.input_value() == ""
        await page.get_by_text("Je schreef: regel 1").wait_for()
        assert await my_bubbles(page).last.inner_text() == "regel 1\nregel 2\nregel 3"


async def test_length_counter_and_limit(base_url, fake):
    async with chat_page(base_url) as page:
        await open_chat(page)
        box = page.get_by_label("Typ je bericht")
        counter = page.locator("#naast-counter")
        await box.fill("a" * 100)
        assert await counter.is_hidden()
        await box.fill("a" * 3700)
        assert await counter.text_content() == "Tekens over: 300"
        await box.fill("a" * 4001)
        assert "te lang" in await counter.text_content()
        assert await box.get_attribute("aria-invalid") == "true"
        await box.press("Enter")
        await page.wait_for_timeout(300)
        assert fake.client("text") == []
        assert "te lang" in await page.locator("#naast-status").text_content()
        assert await box.input_value() == "a" * 4001  # nothing lost

        await box.fill("a" * 4000)
        await box.press("Enter")
        frames = await eventually(lambda: fake.client("text"), what="4000-character message")
        assert len(frames[0]["text"]) == 4000


async def test_markup_is_shown_literally(base_url, fake):
    async with chat_page(base_url) as page:
        errors = collect_page_errors(page)
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), asyncio.ensure_future(d.dismiss())))
        await open_chat(page)

        await page.get_by_label("Typ je bericht").fill(PAYLOAD)
        await page.get_by_role("button", name="Stuur").click()
        echo = bot_bubbles(page).filter(has_text="Je schreef:")
        await echo.wait_for()

        assert fake.client("text")[0]["text"] == PAYLOAD
        assert await my_bubbles(page).last.text_content() == PAYLOAD
        assert await echo.text_content() == "Je schreef: " + PAYLOAD
        assert await page.locator("#naast-log b, #naast-log script").count() == 0
        await page.wait_for_timeout(200)
        assert dialogs == []
        assert errors == []


async def test_fits_360_px_without_horizontal_scroll(base_url, fake):
    async with chat_page(base_url, width=360, height=740) as page:
        errors = collect_page_errors(page)
        await open_chat(page)
        long_word = "https://www.toeslagen.nl/" + "herstel" * 30
        await page.get_by_label("Typ je bericht").fill(
            "Ik heb een brief gekregen over mijn toeslag en ik snap het niet. " + long_word
        )
        await page.keyboard.press("Enter")
        await page.get_by_text("Je schreef: Ik heb een brief").wait_for()
        await page.get_by_label("Typ je bericht").fill("Mag ik iemand bellen?")

        assert await page.evaluate("document.documentElement.scrollWidth") <= 360
        assert await page.evaluate("document.body.scrollWidth") <= 360
        assert await page.evaluate("document.getElementById('naast-log').scrollWidth") <= 360

        exit_box = await page.get_by_role("button", name="Snel weg").bounding_box()
        assert exit_box["x"] > 180 and exit_box["x"] + exit_box["width"] <= 360  # top right in LTR
        assert exit_box["y"] < 60

        small = await page.evaluate(
            """() => [...document.querySelectorAll('button, textarea')]
                 .filter(el => el.offsetParent !== null)
                 .map(el => [el.textContent.trim() || el.id, el.getBoundingClientRect()])
                 .filter(([, r]) => r.width < 44 || r.height < 44)
                 .map(([name]) => name)"""
        )
        assert small == []

        await screenshot(page, "/tmp/webchat-360.png")
        assert errors == []


@pytest.mark.parametrize("how", ["button", "escape-twice"])
async def test_quick_exit_clears_session_and_replaces_history(base_url, fake, how):
    async with chat_page(base_url) as page:
        await page.goto("/neutral?step=before")
        await open_chat(page)
        await page.get_by_label("Typ je bericht").fill("iets geheims")
        await page.keyboard.press("Enter")
        await page.get_by_text("Je schreef: iets geheims").wait_for()
        assert await session_value(page, "naast.log")

        if how == "button":
            await page.get_by_role("button", name="Snel weg").click()
        else:
            await page.locator("body").press("Escape")
            await page.keyboard.press("Escape")
        await page.wait_for_url(f"{base_url}/neutral")

        assert await page.evaluate("sessionStorage.length") == 0
        assert "geheims" not in await page.content()

        await page.go_back()
        await page.wait_for_load_state()
        assert page.url == f"{base_url}/neutral?step=before"  # the chat is not in the history
        assert await page.locator("#naast-log").count() == 0
        # Nothing reconnects afterwards.
        connections = fake.connections
        await page.wait_for_timeout(1500)
        assert fake.connections == connections


async def test_rtl_for_arabic(base_url, fake):
    async with chat_page(base_url, locale="ar") as page:
        errors = collect_page_errors(page)
        await open_chat(page, "/?lang=ar")

        assert await page.evaluate("document.documentElement.dir") == "rtl"
        assert await page.evaluate("document.documentElement.lang") == "ar"
        assert fake.client("hello")[0]["lang"] == "ar"

        greeting = bot_bubbles(page).first
        assert await greeting.get_attribute("dir") == "rtl"
        assert await greeting.get_attribute("lang") == "ar"

        exit_box = await page.get_by_role("button", name="Snel weg").bounding_box()
        assert exit_box["x"] + exit_box["width"] < 180  # quick exit sits top left in RTL
        bubble_box = await greeting.bounding_box()
        assert bubble_box["x"] + bubble_box["width"] > 330  # bot speaks from the right

        await page.get_by_label("Typ je bericht").fill("مرحبا")
        await page.keyboard.press("Enter")
        await page.get_by_text("Je schreef: مرحبا").wait_for()
        mine = await my_bubbles(page).last.bounding_box()
        assert mine["x"] < 30  # the parent's own bubbles sit on the left in RTL
        send = await page.get_by_role("button", name="Stuur").bounding_box()
        box = await page.get_by_label("Typ je bericht").bounding_box()
        assert send["x"] < box["x"]
        assert await page.evaluate("document.documentElement.scrollWidth") <= 360
        await screenshot(page, "/tmp/webchat-360-rtl.png")
        assert errors == []


async def test_resend_after_reconnect(base_url, fake):
    fake.drop_before_confirm = 1
    fake.redeliver_on_resume = True
    async with chat_page(base_url) as page:
        errors = collect_page_errors(page)
        await open_chat(page)
        sid = await session_value(page, "naast.sid")

        await page.get_by_label("Typ je bericht").fill("Hallo, is daar iemand?")
        await page.keyboard.press("Enter")
        await page.wait_for_function(
            "() => document.getElementById('naast-status').textContent.includes('Verbinding kwijt')", timeout=3000
        )
        assert await page.locator(".msg--me.is-pending").count() == 1

        await page.get_by_text("Je schreef: Hallo, is daar iemand?").wait_for()
        texts = fake.client("text")
        assert len(texts) == 2 and texts[0] == texts[1]  # resent with the same id
        hellos = fake.client("hello")
        assert [h["sid"] for h in hellos] == [None, sid]
        assert await session_value(page, "naast.sid") == sid

        # The greeting was redelivered after the reconnect but is shown once.
        await page.wait_for_timeout(300)
        assert await bot_bubbles(page).count() == 2
        assert await my_bubbles(page).count() == 1
        assert await page.locator(".msg--me.is-pending").count() == 0
        assert json.loads(await session_value(page, "naast.outbox")) == []
        assert await page.locator("#naast-status").text_content() == "Verbonden"
        assert errors == []


async def test_reload_keeps_the_conversation(base_url, fake):
    fake.redeliver_on_resume = True
    async with chat_page(base_url) as page:
        await open_chat(page)
        await page.get_by_role("button", name="Geld en schulden").click()
        await page.get_by_text("Je koos: topic:money").wait_for()
        sid = await session_value(page, "naast.sid")

        await page.reload()
        await page.wait_for_function("() => document.getElementById('naast-status').dataset.state === 'ok'")
        await page.wait_for_timeout(300)
        assert fake.client("hello")[-1]["sid"] == sid
        assert await bot_bubbles(page).count() == 2  # greeting + reply, no duplicates
        assert await my_bubbles(page).count() == 1
        assert await my_bubbles(page).first.text_content() == "Geld en schulden"
        assert await page.get_by_role("button", name="Geld en schulden").is_disabled()
        assert await page.locator(".choice.is-chosen").text_content() == "Geld en schulden"


async def test_server_error_is_a_polite_status(base_url, fake):
    async with chat_page(base_url) as page:
        await open_chat(page)
        status = page.locator("#naast-status")
        assert await status.get_attribute("aria-live") == "polite"
        await page.get_by_label("Typ je bericht").fill("fout")
        await page.keyboard.press("Enter")
        await page.wait_for_function(
            "t => document.getElementById('naast-status').textContent === t", arg=SERVER_ERROR_TEXT
        )
        assert await bot_bubbles(page).count() == 1
