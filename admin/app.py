"""The coordinator console at /admin/: login with password and TOTP, the live queue, a conversation
with takeover, give-back and close, the peer pool and its matches, and the audit log for admins.
Server-rendered (Jinja2); a little plain JavaScript listens to server-sent events and reloads the
parts that changed."""

from __future__ import annotations

import asyncio
import json
import secrets
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Mount, Route, Router
from starlette.staticfiles import StaticFiles

from admin import accounts, municipality_settings, peers, queries, security, walkins
from flows import events
from flows.actions import audit, escalation
from flows.actions import matching
from flows.actions import takeover as actions
from flows.actions import walkins as walkin_actions
from flows.actions.erasure import erase_contact
from flows.actions.handoff import parent_of
from flows.canned import canned_for
from flows.i18n import CONSOLE_DOMAIN, _, gettext_for, text_direction
from flows.settings import Settings
from flows import weekly
from flows.peers import pool
from flows.store.models import Alert, Booking, Handoff, Location, Message, MunicipalitySetting, Peer, StaffAccount, StaffSession, WalkIn, WalkInSlot, utcnow
from flows.walkins import schedule

HERE = Path(__file__).parent
COOKIE = "naast_console"
LOGIN_COOKIE = "naast_login"
CONSOLE_LANGUAGES = ("nl", "en")
MAX_MESSAGE = 4000
LOGIN_FAILURE_DELAY_STEPS = 3  # security.throttle_seconds(3) = 0.4 s; lockout stops brute force
POLL_SECONDS = 5.0  # how soon a change made by another process shows
SAFE_MEDIA_TYPES = frozenset({"image/jpeg", "image/png", "image/webp", "audio/ogg", "audio/mpeg", "audio/mp4", "video/mp4"})
OUTCOME_LABELS = (
    ("helped", _("Geholpen")),
    ("referred", _("Doorverwezen")),
    ("aftercare", _("Nazorg")),
    ("no_response", _("Geen reactie")),
    ("other", _("Anders")),
)
AFTERCARE_STATUS_LABELS = {"active": _("Loopt"), "stopped": _("Gestopt door de ouder"), "done": _("Klaar")}
AFTERCARE_ANSWER_LABELS = {"good": _("Gaat goed"), "talk": _("Wil iemand spreken"), "stop": _("Gestopt")}

_templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]), extensions=["jinja2.ext.i18n"])


class Staff:
    """The signed-in account and its session, for one request."""

    def __init__(self, account: StaffAccount, session: StaffSession) -> None:
        self.account = account
        self.session = session


def origin_of(request: Request) -> str | None:
    return request.client.host if request.client else None


def console_language(request: Request, account: StaffAccount | None) -> str:
    """The browser's preference between Dutch and English (`?lang=` overrides)."""
    chosen = request.query_params.get("lang", "")
    if chosen in CONSOLE_LANGUAGES:
        return chosen
    header = request.headers.get("accept-language", "").lower()
    return "en" if header.startswith("en") else "nl"


Handler = Callable[[Request, AsyncSession, Staff], Awaitable[Response]]


class Console:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], settings: Settings) -> None:
        self.sessions = sessions
        self.settings = settings
        self.secure_cookies = settings.public_url.startswith("https://")
        # Add-peer forms already handled, per session and form: a reload or a double click
        # shows the peer that was made instead of adding it twice.
        self._created_peers: OrderedDict[str, int] = OrderedDict()

    # --- rendering ---

    def render(self, request: Request, template: str, staff: Staff | None = None, status_code: int = 200, **context: Any) -> HTMLResponse:
        language = console_language(request, staff.account if staff else None)
        html = _templates.get_template(template).render(
            _=gettext_for(language, CONSOLE_DOMAIN),
            lang=language,
            dir=text_direction(language),
            staff=staff,
            csrf=staff.session.csrf_token if staff else context.pop("csrf", ""),
            text_direction=text_direction,
            **context,
        )
        headers = {
            "Cache-Control": "no-store",
            "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'",
            "X-Frame-Options": "DENY",
            "Referrer-Policy": "no-referrer",
        }
        return HTMLResponse(html, status_code=status_code, headers=headers)

    def not_found(self, request: Request, staff: Staff | None) -> HTMLResponse:
        return self.render(request, "not_found.html", staff, status_code=404)

    def set_cookie(self, response: Response, name: str, value: str, max_age: int | None = None) -> None:
        response.set_cookie(name, value, max_age=max_age, path="/admin", httponly=True, samesite="strict", secure=self.secure_cookies)

    # --- authentication ---

    def authenticated(self, handler: Handler, *, csrf: bool = False, admin_only: bool = False) -> Callable[[Request], Awaitable[Response]]:
        """Wrap a route: a complete session (password and TOTP), CSRF on changes, role checks."""

        async def endpoint(request: Request) -> Response:
            async with self.sessions() as db, db.begin():
                loaded = await security.load_session(db, request.cookies.get(COOKIE))
                if loaded is None or loaded[0].stage != "complete":
                    return RedirectResponse("/admin/login", status_code=303)
                staff = Staff(loaded[1], loaded[0])
                if staff.account.must_change_password and request.url.path not in ("/admin/password", "/admin/logout"):
                    return RedirectResponse("/admin/password", status_code=303)
                if admin_only and staff.account.role != "admin":
                    return self.not_found(request, staff)
                if csrf:
                    form = await request.form()
                    if not security.csrf_ok(staff.session, form.get("csrf")):  # type: ignore[arg-type]
                        audit.record(db, actor=actions.staff_actor(staff.account), action="csrf.rejected", object_type="route", object_id=request.url.path[:64], result="refused", origin=origin_of(request))
                        return self.render(request, "error.html", staff, status_code=403, message_id="forbidden")
                return await handler(request, db, staff)

        return endpoint

    async def login_page(self, request: Request) -> Response:
        token = secrets.token_urlsafe(24)
        response = self.render(request, "login.html", csrf=token, failed=False)
        self.set_cookie(response, LOGIN_COOKIE, token, max_age=1800)
        return response

    async def login(self, request: Request) -> Response:
        form = await request.form()
        expected = request.cookies.get(LOGIN_COOKIE) or ""
        if not expected or not secrets.compare_digest(expected, str(form.get("csrf", ""))):
            return self.render(request, "error.html", status_code=403, message_id="forbidden")
        email = str(form.get("email", "")).strip().lower()[:254]
        password = str(form.get("password", ""))[:1024]
        origin = origin_of(request)
        async with self.sessions() as db, db.begin():
            account = await db.scalar(select(StaffAccount).where(StaffAccount.email == email))
            if account is None or account.disabled:
                security.verify_password(security.dummy_hash(), password)  # same time as a real check
                audit.record(db, actor="anonymous", action="login.password", object_type="account", object_id=None, result="failed", origin=origin)
            else:
                # Always verify, also when locked, so timing tells nothing about the account.
                password_ok = security.verify_password(account.password_hash, password)
                locked = security.is_locked(account)
                if password_ok and not locked:
                    token = await security.create_session(db, account, stage="password", origin=origin)
                    audit.record(db, actor=actions.staff_actor(account), action="login.password", object_type="account", object_id=account.id, origin=origin)
                    response = RedirectResponse("/admin/mfa", status_code=303)
                    self.set_cookie(response, COOKIE, token)
                    return response
                if not locked:
                    security.register_failure(account)
                audit.record(db, actor=actions.staff_actor(account), action="login.password", object_type="account", object_id=account.id, result="locked" if security.is_locked(account) else "failed", origin=origin)
        await security.throttle_delay(LOGIN_FAILURE_DELAY_STEPS)  # the same pause for every failure
        return self.render(request, "login.html", csrf=expected, failed=True, status_code=401)

    async def _password_stage(self, db: AsyncSession, request: Request) -> tuple[StaffSession, StaffAccount] | None:
        loaded = await security.load_session(db, request.cookies.get(COOKIE))
        return loaded if loaded is not None and loaded[0].stage == "password" else None

    async def mfa_page(self, request: Request) -> Response:
        async with self.sessions() as db, db.begin():
            loaded = await self._password_stage(db, request)
            if loaded is None:
                return RedirectResponse("/admin/login", status_code=303)
            session, account = loaded
            context = await self._enrolment(account)
            return self.render(request, "mfa.html", csrf=session.csrf_token, failed=False, **context)

    async def _enrolment(self, account: StaffAccount) -> dict[str, Any]:
        if account.totp_confirmed:
            return {"enrol": False}
        if not account.totp_secret:
            account.totp_secret = security.new_totp_secret()
        uri = security.provisioning_uri(account.totp_secret, account.email)
        return {"enrol": True, "secret": account.totp_secret, "qr": security.qr_svg(uri)}

    async def mfa(self, request: Request) -> Response:
        form = await request.form()
        origin = origin_of(request)
        async with self.sessions() as db, db.begin():
            loaded = await self._password_stage(db, request)
            if loaded is None:
                return RedirectResponse("/admin/login", status_code=303)
            session, account = loaded
            if not security.csrf_ok(session, form.get("csrf")):  # type: ignore[arg-type]
                return self.render(request, "error.html", status_code=403, message_id="forbidden")
            if security.is_locked(account) or not account.totp_secret or not security.verify_totp(account, str(form.get("code", ""))):
                if not security.is_locked(account):
                    security.register_failure(account)
                audit.record(db, actor=actions.staff_actor(account), action="login.totp", object_type="account", object_id=account.id, result="failed", origin=origin)
                context = await self._enrolment(account)
                failures = account.failed_attempts
                response = self.render(request, "mfa.html", csrf=session.csrf_token, failed=True, status_code=401, **context)
            else:
                account.totp_confirmed = True
                security.register_success(account)
                token = await security.promote_session(db, session, account, origin)
                audit.record(db, actor=actions.staff_actor(account), action="login.totp", object_type="account", object_id=account.id, origin=origin)
                response = RedirectResponse("/admin/password" if account.must_change_password else "/admin/", status_code=303)
                self.set_cookie(response, COOKIE, token)
                return response
        await security.throttle_delay(failures)
        return response

    async def logout(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        await security.end_session(db, request.cookies.get(COOKIE) or "")
        audit.record(db, actor=actions.staff_actor(staff.account), action="logout", object_type="account", object_id=staff.account.id, origin=origin_of(request))
        response = RedirectResponse("/admin/login", status_code=303)
        response.delete_cookie(COOKIE, path="/admin")
        return response

    async def password_page(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        return self.render(request, "password.html", staff, problem=None)

    async def change_password(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        form = await request.form()
        current, new, repeat = (str(form.get(k, "")) for k in ("current", "new", "repeat"))
        problem = None
        if not security.verify_password(staff.account.password_hash, current):
            problem = _("Je huidige wachtwoord klopt niet.")
        elif new != repeat:
            problem = _("De twee nieuwe wachtwoorden zijn niet gelijk.")
        else:
            problem = security.password_problem(new, staff.account.email)
        result = "failed" if problem else "ok"
        audit.record(db, actor=actions.staff_actor(staff.account), action="account.password_changed", object_type="account", object_id=staff.account.id, result=result, origin=origin_of(request))
        if problem:
            return self.render(request, "password.html", staff, problem=problem, status_code=400)
        staff.account.password_hash = security.hash_password(new)
        staff.account.must_change_password = False
        return RedirectResponse("/admin/", status_code=303)

    # --- queue and conversation ---

    async def _queue_context(self, db: AsyncSession, staff: Staff) -> dict[str, Any]:
        rows = await queries.queue(db, staff.account)
        return {"rows": rows, "marks": await queries.alert_marks(db, staff.account, [r.handoff.id for r in rows]), "now": utcnow()}

    async def queue_page(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        return self.render(
            request, "queue.html", staff, alerts=await queries.open_alerts(db, staff.account),
            **await self._queue_context(db, staff),
        )

    async def queue_fragment(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        return self.render(request, "_queue_rows.html", staff, **await self._queue_context(db, staff))

    # --- alerts: requests nobody took in time ---

    async def alerts_fragment(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        return self.render(request, "_alerts.html", staff, alerts=await queries.open_alerts(db, staff.account), now=utcnow())

    async def acknowledge_alert(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        """"I'll pick it up": every open alert of that request this account acts on is
        acknowledged (an admin's also clears the level-1 one), each audited."""
        alert_id = path_id(request, "alert_id")
        alert = await queries.alert_in_scope(db, staff.account, alert_id) if alert_id is not None else None
        if alert is None:
            return self.not_found(request, staff)
        for open_alert in await queries.open_alerts_of(db, staff.account, alert.handoff_id):
            await escalation.acknowledge(db, open_alert, staff.account.id, actor=actions.staff_actor(staff.account), origin=origin_of(request))
        return RedirectResponse(f"/admin/conversations/{alert.handoff_id}", status_code=303)

    async def _scoped(self, request: Request, db: AsyncSession, staff: Staff) -> Any:
        try:
            handoff_id = int(request.path_params["handoff_id"])
        except (KeyError, ValueError):
            return None
        return await queries.handoff_in_scope(db, staff.account, handoff_id)

    async def conversation_page(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        handoff = await self._scoped(request, db, staff)
        if handoff is None:
            return self.not_found(request, staff)
        contact, conversation = await parent_of(db, handoff)
        messages = await actions.history(db, conversation.id)
        holder = await db.get(StaffAccount, handoff.taken_by) if handoff.taken_by else None
        audit.record(db, actor=actions.staff_actor(staff.account), action="conversation.opened", object_type="handoff", object_id=handoff.id, origin=origin_of(request))
        return self.render(
            request,
            "conversation.html",
            staff,
            handoff=handoff,
            contact=contact,
            conversation=conversation,
            messages=messages,
            deliveries=await queries.deliveries(db, messages),
            holder=holder,
            colleagues=await queries.colleagues(db, staff.account, handoff.municipality),
            outcomes=OUTCOME_LABELS,
            canned=canned_for(contact.language or "nl", console_language(request, staff.account)),
            conflict=request.query_params.get("conflict"),
            aftercare=await queries.aftercare_of(db, contact.id),
        )

    async def messages_fragment(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        handoff = await self._scoped(request, db, staff)
        if handoff is None:
            return self.not_found(request, staff)
        after = int(request.query_params.get("after", "0") or 0)
        messages = await actions.history(db, handoff.conversation_id, after)
        return self.render(request, "_messages.html", staff, messages=messages, deliveries=await queries.deliveries(db, messages))

    def _on_handoff(self, action: Callable[..., Awaitable[None]], *, redirect_to_queue: bool = False) -> Handler:
        async def handler(request: Request, db: AsyncSession, staff: Staff) -> Response:
            handoff = await self._scoped(request, db, staff)
            if handoff is None:
                return self.not_found(request, staff)
            form = await request.form()
            target = "/admin/" if redirect_to_queue else f"/admin/conversations/{handoff.id}"
            try:
                await action(db, handoff, staff, form)
            except actions.ClaimConflict as conflict:
                return RedirectResponse(f"/admin/conversations/{handoff.id}?conflict={'held' if conflict.holder else 'not-yours'}", status_code=303)
            except ValueError:
                return self.render(request, "error.html", staff, status_code=400, message_id="bad_input")
            return RedirectResponse(target, status_code=303)

        return handler

    async def _take(self, db: AsyncSession, handoff: Any, staff: Staff, form: Any) -> None:
        await actions.take_over(db, handoff, staff.account)

    async def _send(self, db: AsyncSession, handoff: Any, staff: Staff, form: Any) -> None:
        text = str(form.get("text", "")).strip()
        if not text or len(text) > MAX_MESSAGE:
            raise ValueError("empty or too long")
        await actions.send_staff_message(db, handoff, staff.account, text)

    async def _give_back(self, db: AsyncSession, handoff: Any, staff: Staff, form: Any) -> None:
        await actions.give_back(db, handoff, staff.account)

    async def _close(self, db: AsyncSession, handoff: Any, staff: Staff, form: Any) -> None:
        note = str(form.get("note", "")).strip()[:4000] or None
        await actions.close(db, handoff, staff.account, outcome=str(form.get("outcome", "")), note=note, aftercare_rhythm=self.settings.aftercare_rhythm)

    async def _transfer(self, db: AsyncSession, handoff: Any, staff: Staff, form: Any) -> None:
        to = await db.get(StaffAccount, int(str(form.get("to", "0")) or 0))
        if to is None or to.disabled or not security.can_see(to, handoff.municipality):
            raise ValueError("no such colleague")
        await actions.transfer(db, handoff, staff.account, to)

    async def _erase(self, db: AsyncSession, handoff: Any, staff: Staff, form: Any) -> None:
        if form.get("confirm") != "yes":
            raise ValueError("not confirmed")
        contact, _conversation = await parent_of(db, handoff)
        await erase_contact(db, contact, actor=actions.staff_actor(staff.account))

    async def media(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        """A parent's photo or voice note, only for those who may see the conversation."""
        found = await queries.media_in_scope(db, staff.account, int(request.path_params["media_id"]))
        if found is None:
            return self.not_found(request, staff)
        media, handoff_id = found
        audit.record(db, actor=actions.staff_actor(staff.account), action="media.viewed", object_type="handoff", object_id=handoff_id, origin=origin_of(request))
        content_type = media.content_type if media.content_type in SAFE_MEDIA_TYPES else "application/octet-stream"
        headers = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "sandbox; default-src 'none'"}
        return Response(await queries.media_bytes(db, media.id), media_type=content_type, headers=headers)

    # --- live updates ---

    async def events_stream(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        """Server-sent events: `queue` when the queue may have changed, `message` with a
        conversation id when a conversation got a new message, `urgent` for an urgent one. A
        heartbeat every 15 s keeps proxies from closing the stream."""
        account = staff.account
        inbox: asyncio.Queue[events.Event] = asyncio.Queue(maxsize=1000)

        def listener(event: events.Event) -> None:
            if event.kind.startswith(("handoff.", "conversation.", "alert.")) and not inbox.full():
                inbox.put_nowait(event)

        async def stream() -> AsyncIterator[str]:
            unsubscribe = events.subscribe(listener)
            seen = await self._change_marker()
            alerts_seen = seen[2] or 0  # the newest alert this stream already announced
            try:
                yield "retry: 3000\n\n"
                while True:
                    try:
                        event = await asyncio.wait_for(inbox.get(), timeout=POLL_SECONDS)
                    except TimeoutError:
                        # Another process may have changed something: compare a cheap marker.
                        marker = await self._change_marker()
                        if marker != seen:
                            seen = marker
                            if (marker[2] or 0) > alerts_seen:
                                fresh = await self._new_alert_for(account, alerts_seen)
                                alerts_seen = marker[2] or 0
                                if fresh:
                                    yield "event: alert\ndata: {}\n\n"
                            yield 'event: queue\ndata: {}\n\nevent: message\ndata: {"conversation_id": "*"}\n\n'
                        else:
                            yield ": heartbeat\n\n"
                        continue
                    if event.kind.startswith("alert."):  # picked up: the lists change, nothing to announce
                        yield "event: queue\ndata: {}\n\n"
                        continue
                    municipality = event.data.get("municipality")
                    if "municipality" in event.data and not security.can_see(account, municipality):
                        continue
                    if event.kind == "handoff.escalated":
                        alerts_seen = max(alerts_seen, await self._newest_alert())
                        if event.data.get("level") == 1 or account.role == "admin":
                            yield f"event: alert\ndata: {json.dumps({'handoff_id': event.data.get('handoff_id')})}\n\n"
                        yield "event: queue\ndata: {}\n\n"
                        continue
                    kind = "urgent" if event.kind == "conversation.urgent" else ("message" if event.kind == "conversation.message" else "queue")
                    payload = {"conversation_id": event.data.get("conversation_id"), "handoff_id": event.data.get("handoff_id")}
                    yield f"event: {kind}\ndata: {json.dumps(payload)}\n\n"
                    if kind != "queue":
                        yield f"event: queue\ndata: {json.dumps(payload)}\n\n"
            finally:
                unsubscribe()

        return StreamingResponse(stream(), media_type="text/event-stream", headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})

    async def _change_marker(self) -> tuple[Any, Any, Any, Any]:
        async with self.sessions() as db:
            row = (
                await db.execute(
                    select(
                        select(func.max(Handoff.updated_at)).scalar_subquery(),
                        select(func.max(Message.id)).scalar_subquery(),
                        select(func.max(Alert.id)).scalar_subquery(),
                        select(func.max(Alert.acknowledged_at)).scalar_subquery(),
                    )
                )
            ).one()
        return row[0], row[1], row[2], row[3]

    async def _newest_alert(self) -> int:
        async with self.sessions() as db:
            return await db.scalar(select(func.max(Alert.id))) or 0

    async def _new_alert_for(self, account: StaffAccount, after_id: int) -> bool:
        async with self.sessions() as db:
            return await queries.new_alert_since(db, account, after_id)

    # --- audit ---

    async def audit_page(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        params = request.query_params
        since = None
        if params.get("days", "").isdigit():
            since = utcnow() - timedelta(days=int(params["days"]))
        rows = await queries.audit_search(db, actor=params.get("actor", "")[:80], action=params.get("action", "")[:48], since=since)
        return self.render(request, "audit.html", staff, rows=rows, params=params)

    # --- accounts (admins) ---

    async def accounts_page(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        return await self._accounts(request, db, staff)

    async def _accounts(self, request: Request, db: AsyncSession, staff: Staff, status_code: int = 200, **context: Any) -> Response:
        rows = list(await db.scalars(select(StaffAccount).order_by(StaffAccount.email)))
        return self.render(request, "accounts.html", staff, status_code=status_code, accounts=rows, **context)

    async def create_account(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        form = await request.form()
        places = [p.strip() for p in str(form.get("municipalities", "")).split(",") if p.strip()]
        try:
            created = await accounts.create_account(
                db,
                email=str(form.get("email", "")),
                role=str(form.get("role", "")),
                municipalities=places,
                name=str(form.get("name", "")).strip() or None,
                actor=actions.staff_actor(staff.account),
                origin=origin_of(request),
            )
        except accounts.AccountError as exc:
            return await self._accounts(request, db, staff, status_code=400, problem=str(exc))
        return await self._accounts(request, db, staff, created=created)

    async def toggle_account(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        target = await db.get(StaffAccount, int(request.path_params["account_id"]))
        if target is None or target.id == staff.account.id:
            return self.not_found(request, staff)
        form = await request.form()
        await accounts.set_disabled(db, target, form.get("disabled") == "yes", actor=actions.staff_actor(staff.account), origin=origin_of(request))
        return RedirectResponse("/admin/accounts", status_code=303)

    # --- settings (admins) ---

    async def settings_page(
        self, request: Request, db: AsyncSession, staff: Staff, status_code: int = 200,
        values: municipality_settings.SettingForm | None = None, errors: dict[str, str] | None = None,
    ) -> Response:
        rows = list(await db.scalars(select(MunicipalitySetting).order_by(MunicipalitySetting.name)))
        if values is None:  # ?municipality= fills the form with what that municipality has now
            chosen = municipality_settings.find_municipality(request.query_params.get("municipality", "")[:120])
            current = await db.get(MunicipalitySetting, chosen) if chosen else None
            values = (
                municipality_settings.SettingForm.from_setting(current) if current
                else municipality_settings.SettingForm.new(self.settings.default_response_working_days, chosen or "")
            )
        try:
            default_hours = weekly.describe(weekly.parse(self.settings.default_office_hours))
        except weekly.HoursError:
            default_hours = self.settings.default_office_hours
        return self.render(
            request, "settings.html", staff, status_code=status_code, rows=rows, values=values, errors=errors or {},
            default_days=self.settings.default_response_working_days, default_hours=default_hours,
            default_minutes=escalation.DEFAULT_MINUTES, default_urgent_minutes=escalation.DEFAULT_URGENT_MINUTES,
            format_hours=weekly.describe, done=request.query_params.get("done"),
        )

    async def save_setting(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        """How soon a municipality promises an answer (the bot tells parents exactly this), its
        office hours, and when a request nobody takes alerts the coordinators."""
        values = municipality_settings.SettingForm.from_post(await request.form())
        data, errors = municipality_settings.check(values, self._translate(request, staff))
        if data is None:
            return await self.settings_page(request, db, staff, status_code=400, values=values, errors=errors)
        await municipality_settings.save(
            db, data, default_days=self.settings.default_response_working_days, actor=actions.staff_actor(staff.account), origin=origin_of(request)
        )
        return RedirectResponse("/admin/settings?done=saved", status_code=303)

    # --- the peer pool ---

    def _translate(self, request: Request, staff: Staff) -> Callable[[str], str]:
        return gettext_for(console_language(request, staff.account), CONSOLE_DOMAIN)  # type: ignore[no-any-return]

    async def peers_page(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        params = request.query_params
        kind = params.get("kind", "") if params.get("kind", "") in pool.KINDS else ""
        paused_filter = params.get("paused", "") if params.get("paused", "") in ("yes", "no") else ""
        rows = await queries.peers(db, staff.account, kind=kind or None, paused={"yes": True, "no": False}.get(paused_filter))
        counts = await pool.committed_counts(db, [p.id for p in rows])
        return self.render(request, "peers.html", staff, peers=rows, counts=counts, kind=kind, paused_filter=paused_filter, done=params.get("done"))

    def _peer_form(
        self, request: Request, staff: Staff, values: peers.PeerForm, *, peer: Peer | None = None, errors: dict[str, str] | None = None,
        problem: str | None = None, status_code: int = 200, form_id: str | None = None,
    ) -> HTMLResponse:
        fixed = peers.split_places(peer, staff.account)[1]
        return self.render(
            request, "peer_new.html", staff, status_code=status_code, values=values, errors=errors or {}, problem=problem,
            own=peers.own_municipalities(staff.account), fixed_places=fixed, form_id=form_id or secrets.token_urlsafe(16),
        )

    async def new_peer_page(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        return self._peer_form(request, staff, peers.PeerForm())

    async def create_peer(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        form = await request.form()
        form_id = str(form.get("form_id", ""))[:40] or secrets.token_urlsafe(16)
        done_key = f"{staff.session.token_hash}:{form_id}"
        if done_key in self._created_peers:  # sent again: the peer exists, its code was shown once
            return RedirectResponse(f"/admin/peers/{self._created_peers[done_key]}", status_code=303)
        values = peers.PeerForm.from_post(form)
        data, errors = peers.check(values, staff.account, (), self._translate(request, staff))
        if data is None:
            return self._peer_form(request, staff, values, errors=errors, status_code=400, form_id=form_id)
        try:
            peer, code = await pool.create(db, data, self.settings, actor=actions.staff_actor(staff.account), origin=origin_of(request))
        except pool.PeerError as exc:
            return self._peer_form(request, staff, values, problem=str(exc), status_code=400, form_id=form_id)
        self._created_peers[done_key] = peer.id
        while len(self._created_peers) > 1000:
            self._created_peers.popitem(last=False)
        return await self._peer_page(request, db, staff, peer, invite=code, created=True)

    async def _scoped_peer(self, request: Request, db: AsyncSession, staff: Staff) -> Peer | None:
        peer_id = path_id(request, "peer_id")
        return await queries.peer_in_scope(db, staff.account, peer_id) if peer_id is not None else None

    async def _peer_page(
        self, request: Request, db: AsyncSession, staff: Staff, peer: Peer, *, status_code: int = 200, invite: str | None = None, created: bool = False,
        values: peers.PeerForm | None = None, errors: dict[str, str] | None = None, problem: str | None = None,
    ) -> HTMLResponse:
        editable, fixed = peers.split_places(peer, staff.account)
        shown, elsewhere = await queries.matches_of_peer(db, staff.account, peer.id)
        return self.render(
            request, "peer.html", staff, status_code=status_code, peer=peer, invite=invite, created=created,
            invite_link=pool.invite_link(invite, self.settings.telegram_bot_username) if invite else None,
            whatsapp_link=pool.whatsapp_invite_link(invite, self.settings.whatsapp_number) if invite else None,
            committed=(await pool.committed_counts(db, [peer.id])).get(peer.id, 0),
            values=values or peers.PeerForm.from_peer(peer, editable), errors=errors or {}, problem=problem,
            own=peers.own_municipalities(staff.account), fixed_places=fixed,
            contacts=[m for m in shown if m.peer_id == peer.id],
            proposals=[(m, p) for m in shown for p in m.proposals if p.peer_id == peer.id],
            elsewhere=elsewhere, done=request.query_params.get("done"),
        )

    async def peer_page(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        peer = await self._scoped_peer(request, db, staff)
        if peer is None:
            return self.not_found(request, staff)
        return await self._peer_page(request, db, staff, peer)

    async def update_peer(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        peer = await self._scoped_peer(request, db, staff)
        if peer is None:
            return self.not_found(request, staff)
        values = peers.PeerForm.from_post(await request.form())
        fixed = peers.split_places(peer, staff.account)[1]
        data, errors = peers.check(values, staff.account, fixed, self._translate(request, staff))
        if data is None:
            return await self._peer_page(request, db, staff, peer, status_code=400, values=values, errors=errors)
        try:
            await pool.update(db, peer, data, actor=actions.staff_actor(staff.account), origin=origin_of(request))
        except pool.PeerError as exc:
            return await self._peer_page(request, db, staff, peer, status_code=400, values=values, problem=str(exc))
        await db.flush()
        if await queries.peer_in_scope(db, staff.account, peer.id) is None:  # no longer one of theirs
            return RedirectResponse("/admin/peers?done=saved", status_code=303)
        return RedirectResponse(f"/admin/peers/{peer.id}?done=saved", status_code=303)

    async def pause_peer(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        peer = await self._scoped_peer(request, db, staff)
        if peer is None:
            return self.not_found(request, staff)
        paused = (await request.form()).get("paused") == "yes"
        await matching.set_paused(db, peer, paused, self.settings, actor=actions.staff_actor(staff.account), origin=origin_of(request))
        return RedirectResponse(f"/admin/peers/{peer.id}?done={'paused' if paused else 'resumed'}", status_code=303)

    async def peer_invite(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        """A new one-time code; the old one stops working. Shown once, only its hash is kept."""
        peer = await self._scoped_peer(request, db, staff)
        if peer is None:
            return self.not_found(request, staff)
        if not peer.active:
            return self.render(request, "error.html", staff, status_code=400, message_id="bad_input")
        code = pool.new_invite(peer, self.settings)
        audit.record(db, actor=actions.staff_actor(staff.account), action="peer.invite", object_type="peer", object_id=peer.id, origin=origin_of(request))
        events.emit(db, "peer.changed", peer_id=peer.id)
        return await self._peer_page(request, db, staff, peer, invite=code)

    async def peer_active(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        peer = await self._scoped_peer(request, db, staff)
        if peer is None:
            return self.not_found(request, staff)
        active = (await request.form()).get("active") == "yes"
        await pool.set_active(db, peer, active, actor=actions.staff_actor(staff.account), origin=origin_of(request))
        return RedirectResponse(f"/admin/peers/{peer.id}?done={'activated' if active else 'deactivated'}", status_code=303)

    # --- matches ---

    async def matches_page(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        status = request.query_params.get("status", "")
        statuses = (status,) if status in queries.MATCH_STATUSES else queries.SHOWN_MATCH_STATUSES
        rows = await queries.matches(db, staff.account, statuses)
        ids = {m.peer_id for m in rows if m.peer_id} | {p.peer_id for m in rows for p in m.proposals if p.peer_id}
        return self.render(
            request, "matches.html", staff, matches=rows, status=status if status in queries.MATCH_STATUSES else "",
            statuses=queries.MATCH_STATUSES, names=await queries.peer_names(db, ids),
            visible=await queries.visible_peer_ids(db, staff.account, sorted(ids)), done=request.query_params.get("done"),
        )

    async def end_match(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        match_id = path_id(request, "match_id")
        match = await queries.match_in_scope(db, staff.account, match_id) if match_id is not None else None
        if match is None:
            return self.not_found(request, staff)
        if (await request.form()).get("confirm") != "yes" or match.status != "active":
            return self.render(request, "error.html", staff, status_code=400, message_id="bad_input")
        await matching.end(db, match, by="coordinator", actor=actions.staff_actor(staff.account), origin=origin_of(request))
        return RedirectResponse("/admin/matches?done=ended", status_code=303)

    # --- walk-in hours (inloop) ---

    async def walk_ins_page(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        places = await walkins.overview(db, staff.account, self.settings.walk_in_days_ahead)
        all_walk_ins = [w for m in places for v in m.locations for w in v.walk_ins]
        slot_ids = [s.id for m in places for v in m.locations for s in v.slots]
        return self.render(
            request, "walk_ins.html", staff, places=places, hosts=await walkins.host_names(db, all_walk_ins),
            held=await walkins.booking_counts(db, slot_ids), now=utcnow(), done=request.query_params.get("done"),
        )

    def _location_form(
        self, request: Request, staff: Staff, values: walkins.LocationForm, *, location: Location | None = None, walk_ins: list[WalkIn] | None = None,
        hosts: dict[int, str] | None = None, errors: dict[str, str] | None = None, status_code: int = 200,
    ) -> HTMLResponse:
        return self.render(
            request, "walk_in_location.html", staff, status_code=status_code, values=values, errors=errors or {}, location=location,
            walk_ins=walk_ins or [], hosts=hosts or {}, own=peers.own_municipalities(staff.account), done=request.query_params.get("done"),
        )

    async def new_location_page(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        own = peers.own_municipalities(staff.account)
        if own == []:
            return self.not_found(request, staff)
        return self._location_form(request, staff, walkins.LocationForm(municipality=own[0] if own and len(own) == 1 else ""))

    async def create_location(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        values = walkins.LocationForm.from_post(await request.form())
        data, errors = walkins.check_location(values, staff.account, self._translate(request, staff))
        if data is None:
            return self._location_form(request, staff, values, errors=errors, status_code=400)
        location = await walkins.create_location(db, data, actor=actions.staff_actor(staff.account), origin=origin_of(request))
        return RedirectResponse(f"/admin/walk-ins/locations/{location.id}?done=created", status_code=303)

    async def _scoped_location(self, request: Request, db: AsyncSession, staff: Staff) -> Location | None:
        location_id = path_id(request, "location_id")
        return await walkins.location_in_scope(db, staff.account, location_id) if location_id is not None else None

    async def _location_page(self, request: Request, db: AsyncSession, staff: Staff, location: Location, **kwargs: Any) -> HTMLResponse:
        walk_ins = list(await db.scalars(select(WalkIn).where(WalkIn.location_id == location.id).order_by(WalkIn.active.desc(), WalkIn.on_date, WalkIn.weekday, WalkIn.start_time, WalkIn.id)))
        values = kwargs.pop("values", None) or walkins.LocationForm.from_location(location)
        return self._location_form(request, staff, values, location=location, walk_ins=walk_ins, hosts=await walkins.host_names(db, walk_ins), **kwargs)

    async def location_page(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        location = await self._scoped_location(request, db, staff)
        if location is None:
            return self.not_found(request, staff)
        return await self._location_page(request, db, staff, location)

    async def update_location(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        location = await self._scoped_location(request, db, staff)
        if location is None:
            return self.not_found(request, staff)
        values = walkins.LocationForm.from_post(await request.form())
        data, errors = walkins.check_location(values, staff.account, self._translate(request, staff))
        if data is None:
            return await self._location_page(request, db, staff, location, values=values, errors=errors, status_code=400)
        await walkins.update_location(db, location, data, actor=actions.staff_actor(staff.account), origin=origin_of(request))
        return RedirectResponse(f"/admin/walk-ins/locations/{location.id}?done=saved", status_code=303)

    async def location_active(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        location = await self._scoped_location(request, db, staff)
        if location is None:
            return self.not_found(request, staff)
        active = (await request.form()).get("active") == "yes"
        await walkins.set_location_active(db, location, active, actor=actions.staff_actor(staff.account), origin=origin_of(request))
        return RedirectResponse(f"/admin/walk-ins/locations/{location.id}?done={'activated' if active else 'deactivated'}", status_code=303)

    def _hours_form(
        self, request: Request, staff: Staff, location: Location, values: walkins.HoursForm, hosts: list[Peer], *, walk_in: WalkIn | None = None,
        errors: dict[str, str] | None = None, status_code: int = 200, booked_ahead: int = 0,
    ) -> HTMLResponse:
        return self.render(
            request, "walk_in_hours.html", staff, status_code=status_code, location=location, walk_in=walk_in, values=values, host_choices=hosts,
            errors=errors or {}, weekdays=walkins.WEEKDAYS, booked_ahead=booked_ahead, done=request.query_params.get("done"),
            kept=request.query_params.get("kept", ""),
        )

    def _today(self) -> Any:
        return utcnow().astimezone(schedule.TIMEZONE).date()

    async def new_hours_page(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        location = await self._scoped_location(request, db, staff)
        if location is None:
            return self.not_found(request, staff)
        return self._hours_form(request, staff, location, walkins.HoursForm(), await walkins.host_choices(db, location.municipality))

    async def create_hours(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        location = await self._scoped_location(request, db, staff)
        if location is None:
            return self.not_found(request, staff)
        values = walkins.HoursForm.from_post(await request.form())
        hosts = await walkins.host_choices(db, location.municipality)
        data, errors = walkins.check_hours(values, hosts, self._translate(request, staff), today=self._today())
        if data is None:
            return self._hours_form(request, staff, location, values, hosts, errors=errors, status_code=400)
        await walkins.create_walk_in(db, location, data, actor=actions.staff_actor(staff.account), origin=origin_of(request))
        return RedirectResponse(f"/admin/walk-ins/locations/{location.id}?done=hours-created", status_code=303)

    async def _scoped_walk_in(self, request: Request, db: AsyncSession, staff: Staff) -> WalkIn | None:
        walk_in_id = path_id(request, "walk_in_id")
        return await walkins.walk_in_in_scope(db, staff.account, walk_in_id) if walk_in_id is not None else None

    async def _booked_ahead(self, db: AsyncSession, walk_in: WalkIn) -> int:
        return await db.scalar(
            select(func.count()).select_from(WalkInSlot).where(WalkInSlot.walk_in_id == walk_in.id, WalkInSlot.starts_at > utcnow(), WalkInSlot.booked > 0, WalkInSlot.cancelled.is_(False))
        ) or 0

    async def hours_page(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        walk_in = await self._scoped_walk_in(request, db, staff)
        if walk_in is None:
            return self.not_found(request, staff)
        hosts = await walkins.host_choices(db, walk_in.location.municipality, walk_in.host_peer_id)
        return self._hours_form(request, staff, walk_in.location, walkins.HoursForm.from_walk_in(walk_in), hosts, walk_in=walk_in, booked_ahead=await self._booked_ahead(db, walk_in))

    async def update_hours(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        walk_in = await self._scoped_walk_in(request, db, staff)
        if walk_in is None:
            return self.not_found(request, staff)
        values = walkins.HoursForm.from_post(await request.form())
        hosts = await walkins.host_choices(db, walk_in.location.municipality, walk_in.host_peer_id)
        data, errors = walkins.check_hours(values, hosts, self._translate(request, staff), today=self._today(), current=walk_in)
        if data is None:
            return self._hours_form(request, staff, walk_in.location, values, hosts, walk_in=walk_in, errors=errors, status_code=400, booked_ahead=await self._booked_ahead(db, walk_in))
        kept = await walkins.update_walk_in(db, walk_in, data, actor=actions.staff_actor(staff.account), origin=origin_of(request))
        if walk_in.active and walk_in.location.active:  # made again from the new hours right away
            await walkin_actions.ensure_slots(db, walk_in.location.municipality, utcnow(), self.settings.walk_in_days_ahead)
        return RedirectResponse(f"/admin/walk-ins/hours/{walk_in.id}?done=saved&kept={kept}", status_code=303)

    async def hours_active(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        walk_in = await self._scoped_walk_in(request, db, staff)
        if walk_in is None:
            return self.not_found(request, staff)
        active = (await request.form()).get("active") == "yes"
        await walkins.set_walk_in_active(db, walk_in, active, actor=actions.staff_actor(staff.account), origin=origin_of(request))
        return RedirectResponse(f"/admin/walk-ins/locations/{walk_in.location_id}?done={'hours-activated' if active else 'hours-deactivated'}", status_code=303)

    async def _scoped_slot(self, request: Request, db: AsyncSession, staff: Staff) -> WalkInSlot | None:
        slot_id = path_id(request, "slot_id")
        return await walkins.slot_in_scope(db, staff.account, slot_id) if slot_id is not None else None

    async def slot_page(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        slot = await self._scoped_slot(request, db, staff)
        if slot is None:
            return self.not_found(request, staff)
        bookings = await walkins.bookings_of(db, slot)
        host = await db.get(Peer, slot.walk_in.host_peer_id) if slot.walk_in.host_peer_id else None
        now = utcnow()
        return self.render(
            request, "walk_in_slot.html", staff, slot=slot, walk_in=slot.walk_in, location=slot.walk_in.location, bookings=bookings, host=host,
            started=slot.starts_at <= now, can_cancel=not slot.cancelled and slot.ends_at > now, feedback=walkins.feedback_counts(bookings),
            done=request.query_params.get("done"), told=request.query_params.get("told", ""),
        )

    async def mark_booking(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        slot = await self._scoped_slot(request, db, staff)
        booking_id = path_id(request, "booking_id")
        booking = await db.scalar(select(Booking).where(Booking.id == booking_id, Booking.slot_id == slot.id)) if slot is not None and booking_id is not None else None
        if slot is None or booking is None:
            return self.not_found(request, staff)
        attended = (await request.form()).get("attended")
        if attended not in ("yes", "no") or slot.cancelled or slot.starts_at > utcnow() or booking.status not in ("booked", "attended", "no_show"):
            return self.render(request, "error.html", staff, status_code=400, message_id="bad_input")
        await walkin_actions.mark(db, booking, attended == "yes", actor=actions.staff_actor(staff.account), origin=origin_of(request))
        return RedirectResponse(f"/admin/walk-ins/slots/{slot.id}?done=marked#booking-{booking.id}", status_code=303)

    async def cancel_slot(self, request: Request, db: AsyncSession, staff: Staff) -> Response:
        slot = await self._scoped_slot(request, db, staff)
        if slot is None:
            return self.not_found(request, staff)
        if (await request.form()).get("confirm") != "yes" or slot.cancelled or slot.ends_at <= utcnow():
            return self.render(request, "error.html", staff, status_code=400, message_id="bad_input")
        told = await walkin_actions.cancel_slot(db, slot, actor=actions.staff_actor(staff.account), origin=origin_of(request))
        return RedirectResponse(f"/admin/walk-ins/slots/{slot.id}?done=cancelled&told={told}", status_code=303)

    # --- routes ---

    def router(self) -> Router:
        auth = self.authenticated
        return Router(
            routes=[
                Route("/", auth(self.queue_page)),
                Route("/login", self.login_page, methods=["GET"]),
                Route("/login", self.login, methods=["POST"]),
                Route("/mfa", self.mfa_page, methods=["GET"]),
                Route("/mfa", self.mfa, methods=["POST"]),
                Route("/logout", auth(self.logout, csrf=True), methods=["POST"]),
                Route("/password", auth(self.password_page), methods=["GET"]),
                Route("/password", auth(self.change_password, csrf=True), methods=["POST"]),
                Route("/queue", auth(self.queue_fragment)),
                Route("/alerts", auth(self.alerts_fragment), methods=["GET"]),
                Route("/alerts/{alert_id}/acknowledge", auth(self.acknowledge_alert, csrf=True), methods=["POST"]),
                Route("/events", auth(self.events_stream)),
                Route("/audit", auth(self.audit_page, admin_only=True)),
                Route("/settings", auth(self.settings_page, admin_only=True), methods=["GET"]),
                Route("/settings", auth(self.save_setting, csrf=True, admin_only=True), methods=["POST"]),
                Route("/accounts", auth(self.accounts_page, admin_only=True), methods=["GET"]),
                Route("/accounts", auth(self.create_account, csrf=True, admin_only=True), methods=["POST"]),
                Route("/accounts/{account_id:int}/disabled", auth(self.toggle_account, csrf=True, admin_only=True), methods=["POST"]),
                Route("/media/{media_id:int}", auth(self.media)),
                Route("/conversations/{handoff_id}", auth(self.conversation_page)),
                Route("/conversations/{handoff_id}/messages", auth(self.messages_fragment)),
                Route("/conversations/{handoff_id}/take", auth(self._on_handoff(self._take), csrf=True), methods=["POST"]),
                Route("/conversations/{handoff_id}/send", auth(self._on_handoff(self._send), csrf=True), methods=["POST"]),
                Route("/conversations/{handoff_id}/give-back", auth(self._on_handoff(self._give_back, redirect_to_queue=True), csrf=True), methods=["POST"]),
                Route("/conversations/{handoff_id}/close", auth(self._on_handoff(self._close, redirect_to_queue=True), csrf=True), methods=["POST"]),
                Route("/conversations/{handoff_id}/transfer", auth(self._on_handoff(self._transfer, redirect_to_queue=True), csrf=True), methods=["POST"]),
                Route("/conversations/{handoff_id}/erase", auth(self._on_handoff(self._erase, redirect_to_queue=True), csrf=True), methods=["POST"]),
                Route("/peers", auth(self.peers_page), methods=["GET"]),
                Route("/peers", auth(self.create_peer, csrf=True), methods=["POST"]),
                Route("/peers/new", auth(self.new_peer_page), methods=["GET"]),
                Route("/peers/{peer_id}", auth(self.peer_page), methods=["GET"]),
                Route("/peers/{peer_id}", auth(self.update_peer, csrf=True), methods=["POST"]),
                Route("/peers/{peer_id}/pause", auth(self.pause_peer, csrf=True), methods=["POST"]),
                Route("/peers/{peer_id}/invite", auth(self.peer_invite, csrf=True), methods=["POST"]),
                Route("/peers/{peer_id}/active", auth(self.peer_active, csrf=True), methods=["POST"]),
                Route("/matches", auth(self.matches_page), methods=["GET"]),
                Route("/matches/{match_id}/end", auth(self.end_match, csrf=True), methods=["POST"]),
                Route("/walk-ins", auth(self.walk_ins_page), methods=["GET"]),
                Route("/walk-ins/locations", auth(self.create_location, csrf=True), methods=["POST"]),
                Route("/walk-ins/locations/new", auth(self.new_location_page), methods=["GET"]),
                Route("/walk-ins/locations/{location_id}", auth(self.location_page), methods=["GET"]),
                Route("/walk-ins/locations/{location_id}", auth(self.update_location, csrf=True), methods=["POST"]),
                Route("/walk-ins/locations/{location_id}/active", auth(self.location_active, csrf=True), methods=["POST"]),
                Route("/walk-ins/locations/{location_id}/hours/new", auth(self.new_hours_page), methods=["GET"]),
                Route("/walk-ins/locations/{location_id}/hours", auth(self.create_hours, csrf=True), methods=["POST"]),
                Route("/walk-ins/hours/{walk_in_id}", auth(self.hours_page), methods=["GET"]),
                Route("/walk-ins/hours/{walk_in_id}", auth(self.update_hours, csrf=True), methods=["POST"]),
                Route("/walk-ins/hours/{walk_in_id}/active", auth(self.hours_active, csrf=True), methods=["POST"]),
                Route("/walk-ins/slots/{slot_id}", auth(self.slot_page), methods=["GET"]),
                Route("/walk-ins/slots/{slot_id}/bookings/{booking_id}/mark", auth(self.mark_booking, csrf=True), methods=["POST"]),
                Route("/walk-ins/slots/{slot_id}/cancel", auth(self.cancel_slot, csrf=True), methods=["POST"]),
                Mount("/static", StaticFiles(directory=HERE / "static"), name="admin-static"),
            ]
        )


def path_id(request: Request, name: str) -> int | None:
    """A row id from the path; None for anything that is not one (a database integer)."""
    raw = str(request.path_params.get(name, ""))
    return int(raw) if raw.isascii() and raw.isdigit() and 0 < int(raw) < 2**31 else None


def waiting_minutes(since: datetime, now: datetime) -> int:
    return max(0, int((now - since).total_seconds() // 60))


def wait_words(minutes: int, gettext: Callable[[str], str]) -> str:
    """How long someone waits, in words: '35 min', '4 uur 5 min'."""
    if minutes < 60:
        return gettext("%(minutes)s min") % {"minutes": minutes}
    return gettext("%(hours)s uur %(minutes)s min") % {"hours": minutes // 60, "minutes": minutes % 60}


_templates.globals.update(
    waiting_minutes=waiting_minutes,
    wait_words=wait_words,
    aftercare_status_labels=AFTERCARE_STATUS_LABELS,
    aftercare_answer_labels=AFTERCARE_ANSWER_LABELS,
    local_time=peers.local_time,
    reason_words=peers.reason_words,
    kind_labels=peers.KIND_LABELS,
    theme_labels=peers.THEME_LABELS,
    match_status_labels=peers.MATCH_STATUS_LABELS,
    proposal_status_labels=peers.PROPOSAL_STATUS_LABELS,
    ended_by_labels=peers.ENDED_BY_LABELS,
    handoff_reason_labels=peers.HANDOFF_REASON_LABELS,
    language_choices=peers.LANGUAGE_CHOICES,
    format_availability=pool.format_availability,
    hours_words=walkins.hours_words,
    slot_words=walkins.slot_words,
    booking_status_labels=walkins.BOOKING_STATUS_LABELS,
    feedback_labels=walkins.FEEDBACK_LABELS,
)
