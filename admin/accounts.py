"""Creating console accounts from the command line (and the demo)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from admin import security
from flows import municipalities
from flows.actions import audit
from flows.settings import Settings
from flows.store.db import create_engine, session_factory
from flows.store.models import StaffAccount, StaffMunicipality

ROLES = ("coordinator", "admin")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class AccountError(ValueError):
    """Bad input for an account; the message is shown as is."""


@dataclass(frozen=True)
class CreatedAccount:
    email: str
    role: str
    municipalities: list[str]
    password: str
    totp_secret: str
    totp_uri: str


def _municipality(name: str) -> str:
    if name == security.DEFAULT_TEAM:
        return name
    found = municipalities.find(name) or municipalities.match(name).exact
    if found is None:
        raise AccountError(f"unknown municipality: {name}")
    return found.name


async def create_account(
    db: AsyncSession, *, email: str, role: str, municipalities: list[str], name: str | None, actor: str, origin: str | None = None
) -> CreatedAccount:
    """Create an account with a one-time password and a TOTP secret, both shown once."""
    email = email.strip().lower()
    if not _EMAIL.match(email):
        raise AccountError(f"not an e-mail address: {email}")
    if role not in ROLES:
        raise AccountError(f"unknown role: {role}")
    if role == "coordinator" and not municipalities:
        raise AccountError("a coordinator needs at least one municipality")
    names = sorted({_municipality(m) for m in municipalities})
    if await db.scalar(select(StaffAccount.id).where(StaffAccount.email == email)) is not None:
        raise AccountError(f"an account for {email} exists already")
    password = security.one_time_password()
    secret = security.new_totp_secret()
    account = StaffAccount(
        email=email,
        display_name=(name or email.split("@")[0].split(".")[0]).strip().title()[:64],
        role=role,
        password_hash=security.hash_password(password),
        must_change_password=True,
        totp_secret=secret,
        municipalities=[StaffMunicipality(municipality=m) for m in names],
    )
    db.add(account)
    await db.flush()
    audit.record(db, actor=actor, action="account.created", object_type="account", object_id=account.id, origin=origin)
    return CreatedAccount(email, role, names, password, secret, security.provisioning_uri(secret, email))


async def set_disabled(db: AsyncSession, account: StaffAccount, disabled: bool, *, actor: str, origin: str | None = None) -> None:
    """Disabling ends every session of the account at once."""
    account.disabled = disabled
    if disabled:
        await security.end_all_sessions(db, account.id)
    audit.record(db, actor=actor, action="account.disabled" if disabled else "account.enabled", object_type="account", object_id=account.id, origin=origin)


async def add_user(settings: Settings, *, email: str, role: str, municipalities: list[str], name: str | None = None) -> CreatedAccount:
    """For the command line and the demo: one account, in its own transaction."""
    engine = create_engine(settings.resolved_database_url())
    try:
        async with session_factory(engine)() as db, db.begin():
            return await create_account(db, email=email, role=role, municipalities=municipalities, name=name, actor="cli")
    finally:
        await engine.dispose()
