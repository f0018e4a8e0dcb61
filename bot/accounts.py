"""Creating console accounts from the command line (and the demo)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from admin import security
from flows import municipalities
from flows.actions import audit
from flows.settings import Settings
from flows.store.db import create_engine, session_factory
from flows.store.models import StaffAccount, StaffMunicipality

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


async def add_user(settings: Settings, *, email: str, role: str, municipalities: list[str], name: str | None = None) -> CreatedAccount:
    email = email.strip().lower()
    if not _EMAIL.match(email):
        raise AccountError(f"not an e-mail address: {email}")
    if role == "coordinator" and not municipalities:
        raise AccountError("a coordinator needs at least one --gemeente")
    names = sorted({_municipality(m) for m in municipalities})
    password = security.one_time_password()
    secret = security.new_totp_secret()
    engine = create_engine(settings.resolved_database_url())
    try:
        async with session_factory(engine)() as db, db.begin():
            if await db.scalar(select(StaffAccount.id).where(StaffAccount.email == email)) is not None:
                raise AccountError(f"an account for {email} exists already")
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
            audit.record(db, actor="cli", action="account.created", object_type="account", object_id=account.id)
    finally:
        await engine.dispose()
    return CreatedAccount(email, role, names, password, secret, security.provisioning_uri(secret, email))
