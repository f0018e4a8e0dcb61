"""The web application: the parents' chat page, channel webhooks, health and metrics."""

from __future__ import annotations

import json
import logging
from contextlib import asynccontextmanager
from pathlib import Path

from babel import negotiate_locale
from jinja2 import Environment, FileSystemLoader, select_autoescape
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles

from admin.app import Console
from bot import metrics
from bot.channels.telegram import SECRET_HEADER
from bot.channels.whatsapp.inbound import SIGNATURE_HEADER
from bot.runtime import Runtime
from flows.i18n import gettext_for, normalise_language, text_direction
from flows.settings import LANGUAGES

log = logging.getLogger(__name__)

WEB_DIR = Path(__file__).parent / "web"
CHAT_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
MAX_WEBHOOK_BODY = 1_000_000

_templates = Environment(
    loader=FileSystemLoader(WEB_DIR / "templates"),
    autoescape=select_autoescape(["html"]),
    extensions=["jinja2.ext.i18n"],
)


def page_language(request: Request, default: str) -> str:
    """?lang= first, then the browser's preferences, then the default."""
    chosen = normalise_language(request.query_params.get("lang"))
    if chosen:
        return chosen
    header = request.headers.get("accept-language", "")
    preferred = [part.split(";")[0].strip().replace("-", "_") for part in header.split(",") if part.strip()]
    found = negotiate_locale(preferred, list(LANGUAGES), sep="_") if preferred else None
    return normalise_language(found) or default


def create_app(runtime: Runtime) -> Starlette:
    settings = runtime.settings

    async def chat_page(request: Request) -> HTMLResponse:
        language = page_language(request, settings.default_language)
        html = _templates.get_template("chat.html").render(
            lang=language,
            dir=text_direction(language),
            _=gettext_for(language),
            quick_exit_url=settings.quick_exit_url,
            ws_url_path="/ws/chat",
            static_url="/static/",
        )
        return HTMLResponse(
            html,
            headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff", "Content-Security-Policy": CHAT_CSP},
        )

    async def telegram_webhook(request: Request) -> Response:
        channel = runtime.telegram
        if channel is None or not channel.webhook_secret:
            return JSONResponse({"error": "telegram webhook not enabled"}, status_code=404)
        if not channel.secret_matches(request.headers.get(SECRET_HEADER)):
            log.warning("telegram webhook refused: secret mismatch", extra={"origin": request.client.host if request.client else None})
            return JSONResponse({"error": "forbidden"}, status_code=403)
        body = await request.body()
        if len(body) > MAX_WEBHOOK_BODY:
            return JSONResponse({"error": "too large"}, status_code=413)
        try:
            data = json.loads(body)
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update")
        except ValueError:
            log.warning("telegram webhook: malformed update")
            return JSONResponse({"error": "malformed update"}, status_code=400)
        try:
            await channel.handle_webhook(data)
        except Exception:
            log.exception("telegram webhook update failed; Telegram will redeliver")
            return JSONResponse({"error": "try again"}, status_code=503)
        return JSONResponse({"ok": True})

    async def whatsapp_handshake(request: Request) -> Response:
        """Meta's subscription check: echo the challenge when the verify token matches."""
        channel = runtime.whatsapp
        if channel is None:
            return JSONResponse({"error": "whatsapp not enabled"}, status_code=404)
        params = request.query_params
        challenge = channel.subscription_challenge(params.get("hub.mode"), params.get("hub.verify_token"), params.get("hub.challenge"))
        if challenge is None:
            log.warning("whatsapp webhook handshake refused")
            return JSONResponse({"error": "forbidden"}, status_code=403)
        return Response(challenge, media_type="text/plain")

    async def whatsapp_webhook(request: Request) -> Response:
        """Verify, keep, answer 200 at once; the channel processes the body right after."""
        channel = runtime.whatsapp
        if channel is None:
            return JSONResponse({"error": "whatsapp not enabled"}, status_code=404)
        body = await request.body()
        if len(body) > MAX_WEBHOOK_BODY:
            return JSONResponse({"error": "too large"}, status_code=413)
        signature = request.headers.get(SIGNATURE_HEADER)
        if not signature:
            log.warning("whatsapp webhook refused: unsigned")
            return JSONResponse({"error": "signature required"}, status_code=401)
        if not channel.signature_valid(body, signature):
            log.warning("whatsapp webhook refused: bad signature", extra={"origin": request.client.host if request.client else None})
            return JSONResponse({"error": "forbidden"}, status_code=403)
        try:
            data = json.loads(body)
            if not isinstance(data, dict) or not isinstance(data.get("entry"), list):
                raise ValueError("not a webhook body")
        except ValueError:
            log.warning("whatsapp webhook: malformed body")
            return JSONResponse({"error": "malformed body"}, status_code=400)
        try:
            await channel.accept(body)
        except Exception:
            log.exception("whatsapp webhook could not be kept; Meta will redeliver")
            return JSONResponse({"error": "try again"}, status_code=503)
        return JSONResponse({"ok": True})

    async def healthz(_request: Request) -> JSONResponse:
        if await runtime.database_ok():
            return JSONResponse({"status": "ok", "scheduler": "leader" if runtime.is_leader else "standby"})
        return JSONResponse({"status": "database unavailable"}, status_code=503)

    async def metrics_endpoint(_request: Request) -> Response:
        return Response(generate_latest(metrics.REGISTRY), media_type=CONTENT_TYPE_LATEST)

    @asynccontextmanager
    async def lifespan(_app: Starlette):  # type: ignore[no-untyped-def]
        await runtime.start()
        try:
            yield
        finally:
            await runtime.stop()

    routes = [
        Route("/", chat_page),
        Mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static"),
        WebSocketRoute("/ws/chat", runtime.web.endpoint),
        Route("/webhooks/telegram", telegram_webhook, methods=["POST"]),
        Route("/webhooks/whatsapp", whatsapp_handshake, methods=["GET"]),
        Route("/webhooks/whatsapp", whatsapp_webhook, methods=["POST"]),
        Route("/admin", lambda _request: RedirectResponse("/admin/", status_code=308)),
        Mount("/admin", app=Console(runtime.sessions, settings).router()),
        Route("/healthz", healthz),
        Route("/metrics", metrics_endpoint),
    ]
    return Starlette(routes=routes, lifespan=lifespan)
