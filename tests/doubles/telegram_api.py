"""A local stand-in for the Telegram Bot API that the real python-telegram-bot client talks to.

Tests point PTB at ``TelegramDouble.base_url`` and act as users through ``SimulatedUser``. The
double answers like Telegram does (including its error texts), so bugs that only show up against
the real API - over-long callback data, malformed HTML, flood control, webhook secrets - show up
in tests too. Everything the bot sends is recorded for assertions.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import html
import json
import re
import socket
import threading
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Self

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

JSON = dict[str, Any]

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA_BYTES = 64

# PTB form-encodes every parameter, JSON-dumping all non-strings; these are the ones we decode.
_JSON_PARAMS = frozenset(
    {"reply_markup", "entities", "caption_entities", "allowed_updates", "commands", "scope",
     "link_preview_options", "reply_parameters"}
)
_INT_PARAMS = frozenset({"chat_id", "message_id", "offset", "limit", "max_connections", "cache_time"})
_BOOL_PARAMS = frozenset(
    {"show_alert", "drop_pending_updates", "disable_notification", "protect_content",
     "disable_content_type_detection", "allow_sending_without_reply"}
)
_BUTTON_ACTIONS = frozenset(
    {"url", "callback_data", "web_app", "login_url", "switch_inline_query",
     "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
     "callback_game", "pay"}
)
_HTML_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code",
     "pre", "blockquote", "tg-emoji"}
)
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][\w-]*)[^<>]*>")
_COMMAND_RE = re.compile(r"/[A-Za-z0-9_]{1,32}(@\w+)?")
_SECRET_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")
_BOT_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")


class _ApiError(Exception):
    """A Bot API error answer; raised inside method handlers, rendered as Telegram's JSON."""

    def __init__(self, code: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.body: JSON = {"ok": False, "error_code": code, "description": description}
        if parameters:
            self.body["parameters"] = parameters


def _bad_request(reason: str) -> _ApiError:
    return _ApiError(400, f"Bad Request: {reason}")


def _phrase(code: int) -> str:
    try:
        return HTTPStatus(code).phrase
    except ValueError:
        return f"HTTP {code}"


class _Signal:
    """Lets sync and async waiters in any thread or event loop sleep until shared state changes.

    The double's server loop, the test's loop and plain test threads all wait on the same state,
    so a single condition variable is not enough: async waiters are woken via their own loop.
    """

    def __init__(self, lock: threading.RLock) -> None:
        self._cond = threading.Condition(lock)
        self._async_waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()

    def notify(self) -> None:
        with self._cond:
            self._cond.notify_all()
            waiters = list(self._async_waiters)
        for loop, event in waiters:
            with contextlib.suppress(RuntimeError):  # that waiter's loop is already closed
                loop.call_soon_threadsafe(event.set)

    def wait_sync(self, predicate: Callable[[], bool], timeout: float | None) -> bool:
        with self._cond:
            return self._cond.wait_for(predicate, timeout)

    async def wait_async(self, predicate: Callable[[], bool], timeout: float | None) -> bool:
        waiter = (asyncio.get_running_loop(), asyncio.Event())
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            self._async_waiters.add(waiter)
        try:
            while True:
                waiter[1].clear()  # before checking, so a change after the check still wakes us
                with self._cond:
                    if predicate():
                        return True
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(waiter[1].wait(), remaining)
        finally:
            with self._cond:
                self._async_waiters.discard(waiter)


class LoopbackServer:
    """Serves an ASGI app on a free 127.0.0.1 port from a background thread.

    A thread of its own keeps the server responsive while a test's event loop is blocked or busy,
    and works the same for sync and async tests. Also handy for webhook receivers in tests.
    """

    def __init__(self, app: ASGIApp) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self.port: int = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=2)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=lambda: asyncio.run(self._server.serve(sockets=[self._sock])),
            name=f"loopback-server-{self.port}",
            daemon=True,
        )

    def start(self) -> None:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"loopback server on port {self.port} did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=10)
        self._sock.close()

    def __enter__(self) -> LoopbackServer:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()


@dataclass
class _Queued:
    """A pending update; redeliveries bypass offset confirmation until they were served once."""

    update: JSON
    redelivery: bool = False
    served: bool = False


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode())


def _strip_html(text: str) -> str:
    """Return the text a user sees for ``parse_mode=HTML``, rejecting what Telegram rejects."""

    def fail(reason: str, index: int) -> _ApiError:
        return _bad_request(f"can't parse entities: {reason} at byte offset {_byte_offset(text, index)}")

    stack: list[tuple[str, int]] = []
    visible: list[str] = []
    pos = 0
    for match in _TAG_RE.finditer(text):
        visible.append(text[pos : match.start()])
        pos = match.end()
        closing, name = match.group(1), match.group(2).lower()
        if name not in _HTML_TAGS:
            raise fail(f'Unsupported {"end" if closing else "start"} tag "{name}"', match.start())
        if not closing:
            stack.append((name, match.start()))
        elif not stack or stack.pop()[0] != name:
            raise fail(f'Unmatched end tag "{name}"', match.start())
    if stack:
        name, index = stack[-1]
        raise fail(f'Can\'t find end tag corresponding to start tag "{name}"', index)
    visible.append(text[pos:])
    plain = "".join(visible)
    if "<" in plain:
        raise fail('Unsupported start tag ""', text.index("<"))
    return html.unescape(plain)


def _visible_text(value: Any, parse_mode: Any, *, limit: int, too_long: str) -> str:
    text = str(value)
    visible = _strip_html(text) if str(parse_mode).upper() == "HTML" else text
    if len(visible) > limit:
        raise _bad_request(too_long)
    return visible


def _message_text(params: JSON) -> str:
    if not str(params.get("text", "")).strip():
        raise _bad_request("message text is empty")
    return _visible_text(params["text"], params.get("parse_mode"), limit=MAX_TEXT, too_long="message is too long")


def _check_markup(markup: Any) -> None:
    """Validate inline keyboards the way Telegram does; other keyboard kinds pass unchecked."""
    if not isinstance(markup, dict):
        raise _bad_request("can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard")
    if rows is None:
        return
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise _bad_request('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays')
    for button in (button for row in rows for button in row):
        if not isinstance(button, dict) or not isinstance(button.get("text"), str):
            raise _bad_request('can\'t parse inline keyboard button: Field "text" must be of type String')
        data = button.get("callback_data")
        if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA_BYTES:
            raise _bad_request("BUTTON_DATA_INVALID")
        if not _BUTTON_ACTIONS & button.keys():
            raise _bad_request("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")


def _coerce(name: str, value: Any) -> Any:
    """Turn one form-encoded PTB parameter back into the value PTB serialised."""
    if not isinstance(value, str):
        return value
    if name in _JSON_PARAMS:
        try:
            return json.loads(value)
        except ValueError:
            if name == "reply_markup":
                raise _bad_request("can't parse reply keyboard markup JSON object") from None
            raise _bad_request(f"can't parse {name} JSON object") from None
    if name in _INT_PARAMS and re.fullmatch(r"-?\d+", value):
        return int(value)
    if name in _BOOL_PARAMS:
        return value.lower() == "true"
    return value


async def _read_params(request: Request) -> JSON:
    """Accept every encoding Telegram accepts: query string, form, multipart and JSON."""
    raw: JSON = dict(request.query_params)
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            body = await request.json()
        except ValueError:
            raise _bad_request("can't parse JSON object") from None
        if not isinstance(body, dict):
            raise _bad_request("JSON object expected")
        raw.update(body)
    elif request.method == "POST":
        form = await request.form()
        for key, value in form.multi_items():
            if isinstance(value, UploadFile):
                raw[key] = {"filename": value.filename, "content": await value.read(), "mime_type": value.content_type}
            else:
                raw[key] = value
    for key, value in list(raw.items()):  # PTB may point a parameter at a part via attach://<name>
        if isinstance(value, str) and value.startswith("attach://"):
            raw[key] = raw.pop(value.removeprefix("attach://"), value)
    return {key: _coerce(key, value) for key, value in raw.items()}


def _callback_data_of(message: JSON) -> list[str]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [button["callback_data"] for row in rows for button in row if "callback_data" in button]


class SimulatedUser:
    """A Telegram user in a private chat with the bot (chat id == user id).

    Each ``send_*``/``press`` method queues the update a real client would cause and returns it.
    """

    def __init__(self, double: TelegramDouble, profile: JSON) -> None:
        self._double = double
        self.profile = profile
        self.id: int = profile["id"]
        self.chat: JSON = {"id": self.id, "type": "private"} | {
            key: profile[key] for key in ("first_name", "last_name", "username") if key in profile
        }
        self._chat_instance = str(uuid.uuid4().int)[:19]

    def _update(self, **payload: Any) -> JSON:
        return {"update_id": self._double._next_update_id(), **payload}

    def _message_update(self, **content: Any) -> JSON:
        message = {
            "message_id": self._double._next_message_id(self.id),
            "from": self.profile,
            "chat": self.chat,
            "date": int(time.time()),
            **content,
        }
        return self._update(message=message)

    def text_update(self, text: str) -> JSON:
        """Build (without queueing) the update for a typed text, e.g. for ``deliver_with_secret``."""
        content: JSON = {"text": text}
        if command := _COMMAND_RE.match(text):
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command.group())}]
        return self._message_update(**content)

    def send_text(self, text: str) -> JSON:
        return self._double._enqueue(self.text_update(text))

    def send_command(self, command: str, arg: str | None = None) -> JSON:
        return self.send_text(f"/{command}" if arg is None else f"/{command} {arg}")

    def press(self, callback_data: str, message: JSON | None = None) -> JSON:
        """Press an inline button: by default on the newest bot message offering ``callback_data``.

        Pass ``message`` to press on that message as-is, e.g. to simulate a stale button.
        """
        if message is None:
            target = self._double._offering(self.id, callback_data)
        else:
            target = self._double._current_message(self.id, message)
        query_id = str(uuid.uuid4().int)[:19]
        self._double._open_callback(query_id)
        return self._double._enqueue(
            self._update(
                callback_query={
                    "id": query_id,
                    "from": self.profile,
                    "message": target,
                    "chat_instance": self._chat_instance,
                    "data": callback_data,
                }
            )
        )

    def send_sticker(self, emoji: str = "👍") -> JSON:
        sticker = self._double._register_file("stickers", "webp", b"RIFF\x00\x00\x00\x00WEBPVP8 ")
        sticker |= {
            "type": "regular", "width": 512, "height": 512, "is_animated": False, "is_video": False, "emoji": emoji
        }
        return self._double._enqueue(self._message_update(sticker=sticker))

    def send_photo(self, caption: str | None = None) -> JSON:
        sizes = [
            self._double._register_file("photos", "jpg", b"\xff\xd8\xff\xe0" + bytes(side))
            | {"width": side, "height": side}
            for side in (90, 800)
        ]
        content: JSON = {"photo": sizes} | ({"caption": caption} if caption is not None else {})
        return self._double._enqueue(self._message_update(**content))

    def send_voice(self, duration: int = 3) -> JSON:
        voice = self._double._register_file("voice", "oga", b"OggS\x00\x02" + bytes(duration * 100))
        voice |= {"duration": duration, "mime_type": "audio/ogg"}
        return self._double._enqueue(self._message_update(voice=voice))

    def send_raw(self, update: JSON) -> JSON:
        """Queue an arbitrary (unknown or malformed) update; an ``update_id`` is added if missing."""
        raw = update if "update_id" in update else self._update(**update)
        return self._double._enqueue(raw)

    def redeliver(self, update: JSON) -> JSON:
        """Queue the exact same update (same update_id) again, as Telegram does after a failed delivery."""
        return self._double._enqueue(update, redelivery=True)

    @property
    def messages(self) -> list[JSON]:
        return self._double.messages_to(self.id)

    def mark(self) -> int:
        return self._double.mark(self.id)

    async def wait_for(self, count: int = 1, *, after: int = 0, timeout: float = 10.0) -> list[JSON]:
        return await self._double.wait_for(self.id, count, after=after, timeout=timeout)

    def wait_for_sync(self, count: int = 1, *, after: int = 0, timeout: float = 10.0) -> list[JSON]:
        return self._double.wait_for_sync(self.id, count, after=after, timeout=timeout)


class ServedDouble:
    """What every platform double shares: a loopback server of its own, a lock and a signal for
    waiting on recorded state, and one background worker (webhook or status delivery) that runs
    while the server does. Subclasses set ``self._server`` and define ``_worker``."""

    _server: LoopbackServer

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._signal = _Signal(self._lock)
        self._closing = False

    async def _worker(self) -> None:
        raise NotImplementedError

    def start(self) -> Self:
        self._server.start()
        return self

    def stop(self) -> None:
        with self._lock:
            self._closing = True  # ends long polls and the worker, so shutdown is quick
        self._signal.notify()
        self._server.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    @contextlib.asynccontextmanager
    async def _lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        worker = asyncio.create_task(self._worker())
        yield
        worker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await worker


class TelegramDouble(ServedDouble):
    """Fake Bot API server on loopback; see the module docstring.

    Recorded state (``sent``, ``answered_callbacks``, ``webhook_deliveries``) is appended under a
    lock from the server thread; read it freely, or wait for it with ``wait_for``/``wait_until``.
    """

    token = "123456:TEST"

    def __init__(self, *, webhook_retry_delay: float = 0.2, webhook_max_attempts: int = 3) -> None:
        self.webhook_retry_delay = webhook_retry_delay
        self.webhook_max_attempts = webhook_max_attempts
        self.bot_profile: JSON = {
            "id": int(self.token.split(":")[0]),
            "is_bot": True,
            "first_name": "Naast Test",
            "username": "naast_test_bot",
        }
        self.sent: list[JSON] = []
        self.answered_callbacks: list[JSON] = []
        self.webhook_deliveries: list[JSON] = []
        super().__init__()
        self._last_update_id = 0
        self._last_message_id: dict[int, int] = {}
        self._queue: list[_Queued] = []
        self._allowed_updates: list[str] | None = None
        self._poll_generation = 0
        self._users: dict[int, SimulatedUser] = {}
        self._messages: dict[tuple[int, int], JSON] = {}
        self._chat_log: dict[int, list[JSON]] = {}
        self._failures: dict[str, list[JSON]] = {}
        self._open_callbacks: set[str] = set()
        self._webhook: JSON | None = None
        self._webhook_error: JSON = {}
        self._commands: dict[tuple[str, str], list[JSON]] = {}
        self._files: dict[str, JSON] = {}
        self._methods: dict[str, Callable[[JSON], Awaitable[Any]]] = {
            name.lower(): handler
            for name, handler in {
                "getMe": self._get_me,
                "getUpdates": self._get_updates,
                "sendMessage": self._send_message,
                "answerCallbackQuery": self._answer_callback_query,
                "editMessageText": self._edit_message_text,
                "editMessageReplyMarkup": self._edit_message_reply_markup,
                "sendDocument": self._send_document,
                "getFile": self._get_file,
                "setWebhook": self._set_webhook,
                "deleteWebhook": self._delete_webhook,
                "getWebhookInfo": self._get_webhook_info,
                "setMyCommands": self._set_my_commands,
                "deleteMyCommands": self._delete_my_commands,
                "getMyCommands": self._get_my_commands,
                "close": self._true,
                "logOut": self._true,
            }.items()
        }
        app = Starlette(
            routes=[
                Route("/bot{token}/{method}", self._handle, methods=["GET", "POST"]),
                Route("/file/bot{token}/{file_path:path}", self._download, methods=["GET"]),
            ],
            lifespan=self._lifespan,
        )
        self._server = LoopbackServer(app)

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """For ``ApplicationBuilder().base_url(...)``; PTB appends the token itself."""
        return f"{self._server.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self._server.url}/file/bot"

    # -- test-facing API -------------------------------------------------------------------

    def user(
        self,
        user_id: int | None = None,
        first_name: str = "Sanne",
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "nl",
    ) -> SimulatedUser:
        """Create a user the bot can talk to; reusing an id updates the profile (e.g. a new language)."""
        with self._lock:
            if user_id is None:
                user_id = max(self._users, default=1000) + 1
            profile = {"id": user_id, "is_bot": False, "first_name": first_name} | {
                key: value
                for key, value in (("last_name", last_name), ("username", username), ("language_code", language_code))
                if value is not None
            }
            self._users[user_id] = SimulatedUser(self, profile)
            return self._users[user_id]

    def messages_to(self, chat_id: int) -> list[JSON]:
        """What the chat shows, in order: each sent message and each edit as the Message Telegram returned,
        plus ``method``; sendDocument entries also carry ``file`` with ``filename`` and ``content``."""
        with self._lock:
            return list(self._chat_log.get(chat_id, []))

    def mark(self, chat_id: int) -> int:
        """Position to pass as ``after=`` so a later wait only counts newer messages."""
        return len(self.messages_to(chat_id))

    async def wait_for(self, chat_id: int, count: int = 1, *, after: int = 0, timeout: float = 10.0) -> list[JSON]:
        """Wait until at least ``count`` messages arrived after ``after``; return all of those."""
        if not await self._signal.wait_async(lambda: self._arrived(chat_id, after) >= count, timeout):
            raise AssertionError(self._wait_failure(chat_id, count, after, timeout))
        return self.messages_to(chat_id)[after:]

    def wait_for_sync(self, chat_id: int, count: int = 1, *, after: int = 0, timeout: float = 10.0) -> list[JSON]:
        """Blocking ``wait_for`` for sync tests; never call it on the loop the bot runs on."""
        if not self._signal.wait_sync(lambda: self._arrived(chat_id, after) >= count, timeout):
            raise AssertionError(self._wait_failure(chat_id, count, after, timeout))
        return self.messages_to(chat_id)[after:]

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 10.0, what: str = "condition") -> None:
        """Wait until ``predicate`` (re-checked whenever the double's state changes) holds."""
        if not await self._signal.wait_async(predicate, timeout):
            raise AssertionError(f"{what} not met within {timeout}s")

    def fail_next(
        self,
        method: str,
        error_code: int = 429,
        retry_after: int = 1,
        description: str | None = None,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail; 429 answers like Telegram's flood control."""
        if description is None:
            description = (
                f"Too Many Requests: retry after {retry_after}"
                if error_code == 429
                else _phrase(error_code)
            )
        error = _ApiError(error_code, description, {"retry_after": retry_after} if error_code == 429 else None)
        with self._lock:
            self._failures.setdefault(method.lower(), []).extend([error.body] * times)

    async def deliver_with_secret(self, update: JSON, secret: str | None) -> int:
        """POST one update to the webhook with a chosen secret header (None: omitted); return the status."""
        with self._lock:
            if self._webhook is None:
                raise AssertionError("no webhook is set")
            url = self._webhook["url"]
        headers = {} if secret is None else {"X-Telegram-Bot-Api-Secret-Token": secret}
        async with httpx.AsyncClient(timeout=5) as client:
            return (await client.post(url, json=update, headers=headers)).status_code

    # -- state helpers (call with or without the lock; it is re-entrant) -----------------------

    def _next_update_id(self) -> int:
        with self._lock:
            self._last_update_id += 1
            return self._last_update_id

    def _next_message_id(self, chat_id: int) -> int:
        with self._lock:
            self._last_message_id[chat_id] = self._last_message_id.get(chat_id, 0) + 1
            return self._last_message_id[chat_id]

    def _enqueue(self, update: JSON, *, redelivery: bool = False) -> JSON:
        with self._lock:
            kind = next((key for key in update if key != "update_id"), None)
            if self._allowed_updates is None or kind in self._allowed_updates:
                self._queue.append(_Queued(copy.deepcopy(update), redelivery))
        self._signal.notify()
        return update

    def _open_callback(self, query_id: str) -> None:
        with self._lock:
            self._open_callbacks.add(query_id)

    def _register_file(self, folder: str, extension: str, content: bytes) -> JSON:
        with self._lock:
            number = len(self._files) + 1
            file = {
                "file_id": f"FILE{number:06d}{uuid.uuid4().hex}",
                "file_unique_id": f"U{number:06d}",
                "file_size": len(content),
            }
            path = f"{folder}/file_{number}.{extension}"
            self._files[file["file_id"]] = file | {"file_path": path, "content": content}
            return file

    def _current_message(self, chat_id: int, message: JSON) -> JSON:
        with self._lock:
            return copy.deepcopy(self._messages.get((chat_id, message["message_id"]), message))

    def _offering(self, chat_id: int, callback_data: str) -> JSON:
        with self._lock:
            mine = sorted((mid, msg) for (cid, mid), msg in self._messages.items() if cid == chat_id)
            for _, message in reversed(mine):
                if callback_data in _callback_data_of(message):
                    return copy.deepcopy(message)
            offered = [data for _, message in mine for data in _callback_data_of(message)]
        raise AssertionError(
            f"no bot message in chat {chat_id} offers callback_data {callback_data!r}; offered: {offered}"
        )

    def _arrived(self, chat_id: int, after: int) -> int:
        return len(self._chat_log.get(chat_id, [])) - after

    def _wait_failure(self, chat_id: int, count: int, after: int, timeout: float) -> str:
        arrived = [
            (m["method"], m.get("text") or m.get("document", {}).get("file_name"))
            for m in self.messages_to(chat_id)[after:]
        ]
        with self._lock:
            errors = [(c["method"], c["response"]["description"]) for c in self.sent if not c["response"]["ok"]]
        return (
            f"expected {count} new message(s) to chat {chat_id} within {timeout}s, got {len(arrived)}: {arrived}"
            f"; failed API calls so far: {errors[-5:]}"
        )

    # -- HTTP ----------------------------------------------------------------------------------

    async def _handle(self, request: Request) -> Response:
        if request.path_params["token"] != self.token:
            return JSONResponse(_ApiError(401, "Unauthorized").body, status_code=401)
        method = request.path_params["method"]
        params: JSON = {}
        try:
            params = await _read_params(request)
            with self._lock:
                pending = self._failures.get(method.lower())
                failure = pending.pop(0) if pending else None
            if failure is not None:
                body = failure
            elif (handler := self._methods.get(method.lower())) is None:
                body = _ApiError(404, "Not Found").body
            else:
                body = {"ok": True, "result": await handler(params)}
        except _ApiError as error:
            body = error.body
        with self._lock:
            self.sent.append({"method": method, "params": params, "response": body})
        self._signal.notify()
        return JSONResponse(body, status_code=200 if body["ok"] else body["error_code"])

    async def _download(self, request: Request) -> Response:
        with self._lock:
            file = next((f for f in self._files.values() if f["file_path"] == request.path_params["file_path"]), None)
        if request.path_params["token"] != self.token or file is None:
            return JSONResponse(_ApiError(404, "Not Found").body, status_code=404)
        return Response(file["content"], media_type="application/octet-stream")

    # -- Bot API methods -------------------------------------------------------------------------

    async def _true(self, _params: JSON) -> bool:
        return True

    async def _get_me(self, _params: JSON) -> JSON:
        return self.bot_profile | {
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _confirm(self, offset: int) -> None:
        """Forget updates below ``offset`` like Telegram (negative: keep only the last -offset)."""
        if offset > 0:
            self._queue = [
                q for q in self._queue if q.update["update_id"] >= offset or (q.redelivery and not q.served)
            ]
        elif offset < 0:
            self._queue = self._queue[offset:]

    def _deliverable(self) -> list[_Queued]:
        return sorted((q for q in self._queue if not (q.redelivery and q.served)), key=lambda q: q.update["update_id"])

    async def _get_updates(self, params: JSON) -> list[JSON]:
        """Long polling: answer as soon as updates are queued, else after ``timeout`` seconds."""
        with self._lock:
            if self._webhook is not None:
                raise _ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
            self._poll_generation += 1
            generation = self._poll_generation
            self._confirm(int(params.get("offset", 0)))
            if "allowed_updates" in params:
                self._allowed_updates = params["allowed_updates"] or None
        self._signal.notify()  # a newer getUpdates terminates an older one, as on Telegram
        limit = min(max(int(params.get("limit", 100)), 1), 100)
        await self._signal.wait_async(
            lambda: self._closing or generation != self._poll_generation or bool(self._deliverable()),
            max(float(params.get("timeout", 0)), 0.0),
        )
        with self._lock:
            if generation != self._poll_generation:
                raise _ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )
            batch = self._deliverable()[:limit]
            for queued in batch:
                queued.served = True
            return [copy.deepcopy(q.update) for q in batch]

    def _chat_for(self, params: JSON) -> JSON:
        chat_id = params.get("chat_id")
        if chat_id in (None, ""):
            raise _bad_request("chat_id is empty")
        user = self._users.get(chat_id) if isinstance(chat_id, int) else None
        if user is None:
            raise _bad_request("chat not found")
        return user.chat

    def _markup(self, params: JSON) -> JSON | None:
        markup = params.get("reply_markup")
        if markup is not None:
            _check_markup(markup)
        return markup

    def _post_message(self, method: str, chat: JSON, content: JSON, extra: JSON | None = None) -> JSON:
        message = {
            "message_id": self._next_message_id(chat["id"]),
            "from": self.bot_profile,
            "chat": chat,
            "date": int(time.time()),
            **content,
        }
        self._messages[(chat["id"], message["message_id"])] = message
        self._chat_log.setdefault(chat["id"], []).append({"method": method, **message, **(extra or {})})
        return message

    async def _send_message(self, params: JSON) -> JSON:
        with self._lock:
            chat = self._chat_for(params)
            text = _message_text(params)
            markup = self._markup(params)
            content: JSON = {"text": text} | ({"reply_markup": markup} if markup else {})
            return self._post_message("sendMessage", chat, content)

    async def _send_document(self, params: JSON) -> JSON:
        with self._lock:
            chat = self._chat_for(params)
            document = params.get("document")
            if isinstance(document, dict):  # a multipart upload
                content = document["content"]
                file = self._register_file("documents", "bin", content)
                self._files[file["file_id"]]["file_path"] = f"documents/{file['file_unique_id']}_{document['filename']}"
                upload = {"filename": document["filename"], "content": content}
                mime_type = document["mime_type"] or "application/octet-stream"
                file |= {"file_name": document["filename"], "mime_type": mime_type}
            elif isinstance(document, str) and document in self._files:  # re-sending by file_id
                stored = self._files[document]
                upload = {"filename": stored["file_path"].rsplit("/", 1)[-1], "content": stored["content"]}
                file = {key: stored[key] for key in ("file_id", "file_unique_id", "file_size")}
            else:
                raise _bad_request("wrong file identifier/HTTP URL specified")
            message_content: JSON = {"document": file}
            if params.get("caption"):
                message_content["caption"] = _visible_text(
                    params["caption"],
                    params.get("parse_mode"),
                    limit=MAX_CAPTION,
                    too_long="message caption is too long",
                )
            if markup := self._markup(params):
                message_content["reply_markup"] = markup
            return self._post_message("sendDocument", chat, message_content, {"file": upload})

    async def _get_file(self, params: JSON) -> JSON:
        with self._lock:
            stored = self._files.get(str(params.get("file_id")))
            if stored is None:
                raise _bad_request("invalid file_id")
            return {key: stored[key] for key in ("file_id", "file_unique_id", "file_size", "file_path")}

    def _edit(self, method: str, params: JSON, changes: JSON) -> JSON:
        """Apply an edit; absent ``reply_markup`` removes the keyboard, as on Telegram."""
        chat = self._chat_for(params)
        key = (chat["id"], params.get("message_id"))
        if key not in self._messages:
            raise _bad_request("message to edit not found")
        old = self._messages[key]
        new = {k: v for k, v in old.items() if k not in ("reply_markup", "edit_date")} | changes
        if markup := self._markup(params):
            new["reply_markup"] = markup
        if {k: v for k, v in new.items() if k != "edit_date"} == {k: v for k, v in old.items() if k != "edit_date"}:
            raise _bad_request(
                "message is not modified: specified new message content and reply markup are exactly the same "
                "as a current content and reply markup of the message"
            )
        new["edit_date"] = int(time.time())
        self._messages[key] = new
        self._chat_log[chat["id"]].append({"method": method, **new})
        return new

    async def _edit_message_text(self, params: JSON) -> JSON:
        with self._lock:
            chat = self._chat_for(params)
            if "text" not in self._messages.get((chat["id"], params.get("message_id")), {"text": ""}):
                raise _bad_request("there is no text in the message to edit")
            return self._edit("editMessageText", params, {"text": _message_text(params)})

    async def _edit_message_reply_markup(self, params: JSON) -> JSON:
        with self._lock:
            return self._edit("editMessageReplyMarkup", params, {})

    async def _answer_callback_query(self, params: JSON) -> bool:
        with self._lock:
            query_id = str(params.get("callback_query_id"))
            if query_id not in self._open_callbacks:
                raise _bad_request("query is too old and response timeout expired or query ID is invalid")
            self._open_callbacks.discard(query_id)
            self.answered_callbacks.append(params)
            return True

    async def _set_webhook(self, params: JSON) -> bool:
        with self._lock:
            secret = params.get("secret_token")
            if secret is not None and not _SECRET_RE.fullmatch(secret):
                raise _bad_request("secret token contains unallowed characters")
            if params.get("drop_pending_updates"):
                self._queue.clear()
            if "allowed_updates" in params:
                self._allowed_updates = params["allowed_updates"] or None
            url = params.get("url") or ""
            self._webhook = (
                {"url": url, "secret_token": secret, "max_connections": params.get("max_connections", 40)}
                if url
                else None
            )
            self._webhook_error = {}
        self._signal.notify()
        return True

    async def _delete_webhook(self, params: JSON) -> bool:
        with self._lock:
            if params.get("drop_pending_updates"):
                self._queue.clear()
            self._webhook = None
        return True

    async def _get_webhook_info(self, _params: JSON) -> JSON:
        with self._lock:
            info: JSON = {"url": "", "has_custom_certificate": False, "pending_update_count": len(self._queue)}
            if self._webhook is not None:
                info |= {"url": self._webhook["url"], "max_connections": self._webhook["max_connections"]}
                info |= self._webhook_error
            if self._allowed_updates:
                info["allowed_updates"] = self._allowed_updates
            return info

    @staticmethod
    def _commands_key(params: JSON) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code", ""))

    async def _set_my_commands(self, params: JSON) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad_request("can't parse commands JSON object")
        for command in commands:
            if not _BOT_COMMAND_RE.fullmatch(str(command.get("command", ""))):
                raise _bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise _bad_request("command description must be non-empty")
        with self._lock:
            self._commands[self._commands_key(params)] = commands
        return True

    async def _delete_my_commands(self, params: JSON) -> bool:
        with self._lock:
            self._commands.pop(self._commands_key(params), None)
        return True

    async def _get_my_commands(self, params: JSON) -> list[JSON]:
        with self._lock:
            return self._commands.get(self._commands_key(params), [])

    # -- webhook delivery ------------------------------------------------------------------------

    async def _worker(self) -> None:
        """Deliver queued updates one at a time while a webhook is set, as Telegram does."""
        async with httpx.AsyncClient(timeout=5) as client:
            while True:
                await self._signal.wait_async(
                    lambda: self._closing or (self._webhook is not None and bool(self._queue)), None
                )
                with self._lock:
                    if self._closing:
                        return
                    queued, hook = self._queue.pop(0), dict(self._webhook or {})
                await self._deliver(client, queued.update, hook)
                self._signal.notify()

    async def _deliver(self, client: httpx.AsyncClient, update: JSON, hook: JSON) -> None:
        """POST one update, retrying non-2xx answers with exponential backoff, then dropping it."""
        headers = {"X-Telegram-Bot-Api-Secret-Token": hook["secret_token"]} if hook["secret_token"] else {}
        for attempt in range(1, self.webhook_max_attempts + 1):
            status: int | None = None
            try:
                status = (await client.post(hook["url"], json=update, headers=headers)).status_code
                error = f"Wrong response from the webhook: {status} {_phrase(status)}"
            except httpx.HTTPError as exc:
                error = f"Connection failed: {exc!r}"
            with self._lock:
                self.webhook_deliveries.append(
                    {"update_id": update.get("update_id"), "attempt": attempt, "status": status, "url": hook["url"]}
                )
                if status is not None and 200 <= status < 300:
                    return
                self._webhook_error = {"last_error_date": int(time.time()), "last_error_message": error}
            self._signal.notify()
            if attempt < self.webhook_max_attempts:
                await asyncio.sleep(self.webhook_retry_delay * 2 ** (attempt - 1))
                with self._lock:
                    if self._webhook != hook:  # webhook changed meanwhile: keep the update pending
                        self._queue.insert(0, _Queued(update))
                        return
