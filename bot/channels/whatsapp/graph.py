"""The WhatsApp Cloud API over HTTP: send one message, fetch one media file. Meta's error codes
become the outbox's language here (wait, give up, or the 24-hour window is closed), so the rest
of the channel never reads a Graph error body."""

from __future__ import annotations

import logging
from typing import Any

import httpx
from aiolimiter import AsyncLimiter

from bot.channels.base import PermanentFailure, TemporaryFailure

log = logging.getLogger(__name__)

JSON = dict[str, Any]
MAX_MEDIA_BYTES = 16 * 1024 * 1024  # WhatsApp's own limit for audio and images

WINDOW_CLOSED = 131047
THROUGHPUT = 130429  # too many messages from this number: the whole channel waits
PAIR_RATE = 131056  # too many messages to this one person: only they wait
TEMPORARY = frozenset({1, 2, 4, 80007, 131000, 131016, 133004, 130472})
AUTH = frozenset({190, 0, 10, 200})


class WindowClosed(Exception):
    """More than 24 hours since the person last wrote: only an approved template may go."""


def error_text(code: int | None, title: str | None) -> str:
    return f"whatsapp {code}: {title or 'error'}"[:200]


def failure_for(code: int | None, title: str | None) -> Exception:
    """The outbox's reading of one Graph or status error code."""
    if code == WINDOW_CLOSED:
        return WindowClosed(error_text(code, title))
    if code == THROUGHPUT:
        return TemporaryFailure(5.0, whole_channel=True, reason=error_text(code, title))
    if code == PAIR_RATE:
        return TemporaryFailure(60.0, reason=error_text(code, title))
    if code in TEMPORARY:
        return TemporaryFailure(30.0, reason=error_text(code, title))
    if code in AUTH:
        log.error("whatsapp refused our credentials; check NAAST_WHATSAPP_TOKEN", extra={"code": code})
        return TemporaryFailure(60.0, whole_channel=True, reason=error_text(code, title))
    return PermanentFailure(error_text(code, title))


class Graph:
    """One business phone number's view of the Graph API, limited to Meta's throughput."""

    def __init__(self, base_url: str, token: str, phone_number_id: str, *, per_second: int = 80) -> None:
        self.base_url = base_url.rstrip("/")
        self.phone_number_id = phone_number_id
        self.client = httpx.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=httpx.Timeout(15.0, connect=5.0))
        # One at a time, evenly spaced: a bucket of `per_second` would let a burst of that size
        # through on top of the steady rate, and Meta counts per second.
        self.limiter = AsyncLimiter(1, 1 / per_second)

    async def close(self) -> None:
        await self.client.aclose()

    async def send(self, address: str, message: JSON) -> str:
        """Send one message; returns Meta's message id (wamid). `address` is a phone number
        (digits) or a business-scoped user id (anything else)."""
        target = {"to": address} if address.isdigit() else {"recipient": address}
        body = {"messaging_product": "whatsapp", "recipient_type": "individual", **target, **message}
        async with self.limiter:
            try:
                response = await self.client.post(f"{self.base_url}/{self.phone_number_id}/messages", json=body)
            except httpx.TransportError as exc:
                raise TemporaryFailure(5.0, reason=type(exc).__name__) from exc
        data = _json(response)
        if response.is_success:
            try:
                return str(data["messages"][0]["id"])
            except (KeyError, IndexError, TypeError) as exc:
                raise TemporaryFailure(5.0, reason="whatsapp: answer without a message id") from exc
        if response.status_code >= 500 and "error" not in data:
            raise TemporaryFailure(10.0, reason=f"whatsapp http {response.status_code}")
        error = data.get("error") if isinstance(data.get("error"), dict) else {}
        raise failure_for(error.get("code"), error.get("error_user_title") or error.get("message"))

    async def media(self, media_id: str) -> tuple[str, bytes] | None:
        """A parent's voice note or photo: (content type, bytes), or None when it cannot be had
        (too large, gone, or the API failing); the parent still gets an answer."""
        try:
            meta = await self.client.get(f"{self.base_url}/{media_id}")
            info = _json(meta)
            if not meta.is_success or not info.get("url"):
                return None
            if int(info.get("file_size") or 0) > MAX_MEDIA_BYTES:
                return None
            async with self.client.stream("GET", info["url"]) as download:
                if not download.is_success:
                    return None
                chunks: list[bytes] = []
                size = 0
                async for chunk in download.aiter_bytes():
                    size += len(chunk)
                    if size > MAX_MEDIA_BYTES:
                        return None
                    chunks.append(chunk)
            content_type = str(info.get("mime_type") or download.headers.get("content-type") or "application/octet-stream")
            return content_type.split(";")[0].strip(), b"".join(chunks)
        except (httpx.HTTPError, ValueError) as exc:
            log.warning("whatsapp media download failed", extra={"error": type(exc).__name__})
            return None


def _json(response: httpx.Response) -> JSON:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
