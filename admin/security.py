"""Security primitives for the coordinator console: passwords, the second factor, lockout,
server-side sessions, CSRF and the municipality scope.

These functions never commit and never write audit lines: the caller owns the transaction and
knows who did what (flows.actions.audit.record), so it records the outcome itself.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import re
import secrets
from datetime import datetime, timedelta
from functools import cache
from typing import Any

import pyotp
import segno
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import ColumnElement, delete, false, or_, true
from sqlalchemy.ext.asyncio import AsyncSession

from flows.i18n import _
from flows.store.models import StaffAccount, StaffSession, utcnow

# --- Passwords ------------------------------------------------------------------------------

MIN_PASSWORD_LENGTH = 12

_hasher = PasswordHasher()  # argon2id with the library's current (OWASP-level) parameters

# Without ambiguous look-alikes (0/o, 1/l/i), so a one-time password survives being read aloud.
_READABLE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def hash_password(password: str) -> str:
    """An argon2id hash (salt and parameters included) to store instead of the password."""
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """True when `password` matches; False (never an exception) for a wrong password or a
    broken hash, so a login handler has a single path whatever went wrong."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@cache
def dummy_hash() -> str:
    """A real hash of a random password, computed once. Verifying against it when an e-mail is
    unknown costs as much as a real check, so timing does not reveal which addresses exist."""
    return hash_password(secrets.token_urlsafe(32))


DUMMY_HASH: str  # declared for type checkers; provided lazily by __getattr__ below


def __getattr__(name: str) -> Any:
    """`DUMMY_HASH` is computed on first use only: hashing costs time that an import should not."""
    if name == "DUMMY_HASH":
        return dummy_hash()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def password_problem(password: str, email: str | None = None) -> str | None:
    """Why `password` is too weak (a message id in Dutch, to translate for the reader), or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return _("Kies een wachtwoord van minstens 12 tekens.")
    if len(set(password)) == 1:
        return _("Gebruik niet steeds hetzelfde teken. Kies een wachtwoord dat moeilijk te raden is.")
    if email and password.strip().casefold() == email.strip().casefold():
        return _("Je wachtwoord mag niet hetzelfde zijn als je e-mailadres.")
    return None


def one_time_password() -> str:
    """A first password for a new or reset account: 16 random characters (about 79 bits) in
    groups of four, e.g. `k7mq-x3pa-…`; the account must change it at first login."""
    chars = "".join(secrets.choice(_READABLE_ALPHABET) for _i in range(16))
    return "-".join(chars[i : i + 4] for i in range(0, 16, 4))


# --- Second factor (TOTP) -------------------------------------------------------------------

TOTP_STEP_SECONDS = 30
TOTP_DIGITS = 6
_TOTP_CODE = re.compile(rf"[0-9]{{{TOTP_DIGITS}}}")  # ASCII only: str.isdigit() also takes '²' or '٣'


def new_totp_secret() -> str:
    """A fresh base32 secret (160 bits) for an authenticator app."""
    return pyotp.random_base32()


def provisioning_uri(secret: str, email: str, issuer: str = "Naast") -> str:
    """The otpauth:// URI an authenticator app reads from the QR code."""
    return pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=issuer)


def qr_svg(uri: str, title: str = _("QR-code om je app voor inlogcodes in te stellen")) -> str:
    """The URI as an inline SVG (no XML declaration) for a template. `<title>` and role="img"
    give screen readers a name; pass an already translated `title`."""
    svg = segno.make(uri, error="m").svg_inline(title=title, scale=4, border=4)
    return svg.replace("<svg ", '<svg role="img" ', 1)


def totp_step(moment: datetime) -> int:
    """The number of the 30-second time step `moment` falls in (RFC 6238)."""
    return int(moment.timestamp()) // TOTP_STEP_SECONDS


def _normalise_code(code: str) -> str | None:
    """The code without the spaces apps show in it ("123 456"); None unless six ASCII digits."""
    cleaned = "".join(code.split())
    return cleaned if _TOTP_CODE.fullmatch(cleaned) else None


def verify_totp(account: StaffAccount, code: str, now: datetime | None = None) -> bool:
    """True for a valid code of the current time step or one step either side (clock drift).
    A code is accepted only once: its step must be later than `account.totp_last_step`, which
    is then moved forward, so an overheard code cannot be replayed. The caller commits."""
    if not account.totp_secret or code is None:
        return False
    cleaned = _normalise_code(code)
    if cleaned is None:
        return False
    totp = pyotp.TOTP(account.totp_secret, digits=TOTP_DIGITS, interval=TOTP_STEP_SECONDS)
    current = totp_step(now or utcnow())
    matches = [step for step in (current - 1, current, current + 1) if hmac.compare_digest(totp.generate_otp(step), cleaned)]
    if not matches:
        return False
    step = max(matches)
    if account.totp_last_step is not None and step <= account.totp_last_step:
        return False
    account.totp_last_step = step
    return True


# --- Lockout and throttle -------------------------------------------------------------------

MAX_FAILURES = 5
LOCK_MINUTES = 15
_MAX_LOCK_DOUBLINGS = 4  # at most 15 * 2**4 = 240 minutes


def is_locked(account: StaffAccount, now: datetime | None = None) -> bool:
    """True while the account is locked after too many failed logins."""
    return account.locked_until is not None and (now or utcnow()) < account.locked_until


def lock_duration(failed_attempts: int) -> timedelta | None:
    """How long to lock after this many failures: none below MAX_FAILURES, then LOCK_MINUTES,
    doubling for every further MAX_FAILURES failures (capped), to slow patient guessing."""
    if failed_attempts < MAX_FAILURES:
        return None
    doublings = min((failed_attempts - MAX_FAILURES) // MAX_FAILURES, _MAX_LOCK_DOUBLINGS)
    return timedelta(minutes=LOCK_MINUTES * 2**doublings)


def register_failure(account: StaffAccount, now: datetime | None = None) -> None:
    """Count a failed password or code; lock the account from the MAX_FAILURES-th failure on."""
    account.failed_attempts = (account.failed_attempts or 0) + 1
    duration = lock_duration(account.failed_attempts)
    if duration is not None:
        account.locked_until = (now or utcnow()) + duration


def register_success(account: StaffAccount, now: datetime | None = None) -> None:
    """After a complete login: forget earlier failures and remember when this was."""
    account.failed_attempts = 0
    account.locked_until = None
    account.last_login_at = now or utcnow()


def throttle_seconds(failed_attempts: int) -> float:
    """0.05 s doubling per failure up to 1.6 s: slow for a guesser, unnoticeable for a typo."""
    return 0.05 * 2 ** min(max(failed_attempts, 0), 5)


async def throttle_delay(failed_attempts: int) -> None:
    """Wait before answering a login attempt. Callers pass 0 for an unknown e-mail as for a
    known one, so the answer time does not tell whether the address exists."""
    await asyncio.sleep(throttle_seconds(failed_attempts))


# --- Sessions ---------------------------------------------------------------------------------

IDLE_TIMEOUT = timedelta(minutes=30)
SESSION_STAGES = ("password", "complete")  # password: second factor still to come


def token_hash(token: str) -> str:
    """What is stored for a cookie token: a stolen database row cannot be used as a cookie."""
    return hashlib.sha256(token.encode()).hexdigest()


async def create_session(
    db: AsyncSession, account: StaffAccount, *, stage: str, origin: str | None, now: datetime | None = None
) -> str:
    """Start a session for `account` at `stage` with a fresh CSRF token; returns the raw token
    for the cookie (only its hash is stored)."""
    if stage not in SESSION_STAGES:
        raise ValueError(f"unknown session stage: {stage!r}")
    token = secrets.token_urlsafe(32)
    moment = now or utcnow()
    db.add(
        StaffSession(
            token_hash=token_hash(token),
            account_id=account.id,
            stage=stage,
            csrf_token=secrets.token_urlsafe(32),
            created_at=moment,
            last_seen_at=moment,
            origin=origin[:64] if origin else None,
        )
    )
    await db.flush()
    return token


async def load_session(
    db: AsyncSession, token: str | None, *, now: datetime | None = None
) -> tuple[StaffSession, StaffAccount] | None:
    """The session and account behind a cookie token, and mark it as used now. None for no or an
    unknown token; an idle session or one of a disabled account is deleted and gives None too."""
    if not token:
        return None
    staff_session = await db.get(StaffSession, token_hash(token))
    if staff_session is None:
        return None
    moment = now or utcnow()
    account = await db.get(StaffAccount, staff_session.account_id)
    if moment - staff_session.last_seen_at >= IDLE_TIMEOUT or account is None or account.disabled:
        await db.delete(staff_session)
        await db.flush()
        return None
    staff_session.last_seen_at = moment
    await db.flush()
    return staff_session, account


async def promote_session(
    db: AsyncSession,
    staff_session: StaffSession,
    account: StaffAccount,
    origin: str | None,
    *,
    now: datetime | None = None,
) -> str:
    """After the second factor: replace the session by a new `complete` one with a new token and
    CSRF token, so a token planted or seen before login is worth nothing (session fixation)."""
    if staff_session.account_id != account.id:
        raise ValueError("session belongs to another account")
    await db.delete(staff_session)
    await db.flush()
    return await create_session(db, account, stage="complete", origin=origin, now=now)


async def end_session(db: AsyncSession, token: str | None) -> None:
    """Log out: the token no longer opens anything."""
    if token:
        await db.execute(delete(StaffSession).where(StaffSession.token_hash == token_hash(token)))


async def end_all_sessions(db: AsyncSession, account_id: int) -> None:
    """End every session of an account: when it is disabled, or its password or second factor
    is reset."""
    await db.execute(delete(StaffSession).where(StaffSession.account_id == account_id))


# --- CSRF -------------------------------------------------------------------------------------


def csrf_ok(staff_session: StaffSession | None, submitted: str | None) -> bool:
    """True when a form carries the session's CSRF token; compared in constant time (as bytes,
    so a non-ASCII value is a plain mismatch, not an error)."""
    if staff_session is None or not submitted or not staff_session.csrf_token:
        return False
    return hmac.compare_digest(staff_session.csrf_token.encode(), submitted.encode())


# --- Scope ------------------------------------------------------------------------------------

# A handoff without a municipality (the parent did not say, or declined) goes to the default team.
# A coordinator is in that team when DEFAULT_TEAM is among their municipalities (a row in
# staff_municipalities with municipality "*"); only then do they see such handoffs. It never
# means "all municipalities". Admins see everything.
DEFAULT_TEAM = "*"


def can_see(account: StaffAccount, municipality: str | None) -> bool:
    """Whether `account` may see a handoff or conversation of `municipality` (None: default team).
    Unknown roles see nothing."""
    if account.role == "admin":
        return True
    if account.role != "coordinator":
        return False
    names = account.municipality_names
    if municipality is None:
        return DEFAULT_TEAM in names
    return municipality != DEFAULT_TEAM and municipality in names


def scope_filter(account: StaffAccount, column: ColumnElement[Any] | Any) -> ColumnElement[bool]:
    """The same rule as `can_see` as a WHERE clause on a municipality column, so a query never
    returns what the account may not see."""
    if account.role == "admin":
        return true()
    if account.role != "coordinator":
        return false()
    names = account.municipality_names
    clauses: list[ColumnElement[bool]] = []
    real = [name for name in names if name != DEFAULT_TEAM]
    if real:
        clauses.append(column.in_(real))
    if DEFAULT_TEAM in names:
        clauses.append(column.is_(None))
    return or_(*clauses) if clauses else false()
