"""The pool of peers: adding and editing them, one-time invites that link their chat, weekly
availability, and the profiles the ranking reads. Used by the CLI, the console and matching."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from flows import municipalities, weekly
from flows.actions import audit
from flows.events import emit
from flows.peers.ranking import ERVARINGSDESKUNDIGE, LOTGENOOT, PeerProfile
from flows.settings import LANGUAGES, Settings
from flows.store.models import Contact, Match, MatchProposal, Peer, PeerMunicipality, utcnow

KINDS = (ERVARINGSDESKUNDIGE, LOTGENOOT)
LIFE_AREAS = ("money", "housing", "health", "family", "work")
# Themes beyond the five life areas that peers often bring (DOMAIN.md, seeds 000-002).
EXTRA_THEMES = ("children_placed", "debts", "ex_partner", "recovery_uht")
THEMES = LIFE_AREAS + EXTRA_THEMES
MAX_CAPACITY = 10
_INVITE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud or typed over
_INVITE_LENGTH = 10
_NAME = re.compile(r"^[^\x00-\x1f<>]{1,40}$")


class PeerError(ValueError):
    """Bad input for a peer; the message is safe to show to the person who gave it."""


@dataclass(frozen=True)
class PeerInput:
    """What a coordinator or the CLI gives for a peer; checked by `validate`."""

    display_name: str
    kind: str
    languages: tuple[str, ...]
    municipalities: tuple[str, ...]
    themes: tuple[str, ...] = ()
    capacity: int = 2
    province: str | None = None
    availability: dict | None = None


def validate(data: PeerInput) -> PeerInput:
    """Normalised input, or PeerError naming the first problem."""
    name = " ".join(data.display_name.split())
    if not _NAME.match(name):
        raise PeerError("display name: 1 to 40 characters, a first name or alias")
    if data.kind not in KINDS:
        raise PeerError(f"kind: one of {', '.join(KINDS)}")
    languages = tuple(dict.fromkeys(code.strip().lower() for code in data.languages if code.strip()))
    if not languages or any(code not in LANGUAGES for code in languages):
        raise PeerError(f"languages: one or more of {', '.join(LANGUAGES)}")
    places = []
    for raw in data.municipalities:
        found = municipalities.find(raw.strip())
        if found is None:
            raise PeerError(f"unknown municipality: {raw.strip()}")
        places.append(found.name)
    if not places:
        raise PeerError("at least one municipality the peer serves")
    themes = tuple(dict.fromkeys(t.strip() for t in data.themes if t.strip()))
    if any(theme not in THEMES for theme in themes):
        raise PeerError(f"themes: any of {', '.join(THEMES)}")
    if not 1 <= data.capacity <= MAX_CAPACITY:
        raise PeerError(f"capacity: 1 to {MAX_CAPACITY} contacts at once")
    province = data.province or municipalities.find(places[0]).province  # type: ignore[union-attr]
    return PeerInput(name, data.kind, languages, tuple(dict.fromkeys(places)), themes, data.capacity, province, data.availability or {})


# --- weekly availability (flows.weekly) ---


def parse_availability(text: str) -> dict[str, list[list[str]]]:
    try:
        return weekly.parse(text)
    except weekly.HoursError as exc:
        raise PeerError(str(exc)) from exc


format_availability = weekly.describe
available_at = weekly.open_at


def available_between(availability: dict, start: datetime, end: datetime) -> bool:
    """A proposal waits a day for an answer, so a peer who is free tomorrow morning can be asked
    tonight; a parent who asks at night is not told "nobody" because nobody works at night."""
    return weekly.open_between(availability, start, end)


# --- invites ---


def _invite_hash(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


def looks_like_invite(code: str) -> bool:
    return len(code) == _INVITE_LENGTH and all(c in _INVITE_ALPHABET for c in code.upper())


def new_invite(peer: Peer, settings: Settings) -> str:
    """A fresh one-time code; only its hash is stored, and an earlier code stops working."""
    code = "".join(secrets.choice(_INVITE_ALPHABET) for _ in range(_INVITE_LENGTH))
    peer.invite_hash = _invite_hash(code)
    peer.invite_expires_at = utcnow() + timedelta(days=settings.peer_invite_days)
    return code


def invite_link(code: str, bot_username: str | None) -> str | None:
    return f"https://t.me/{bot_username}?start={code}" if bot_username else None


def whatsapp_invite_link(code: str, number: str | None) -> str | None:
    """A wa.me link that opens a chat with the business number, '/start CODE' already typed."""
    digits = "".join(ch for ch in number or "" if ch.isdigit())
    return f"https://wa.me/{digits}?text=%2Fstart%20{code}" if digits else None


async def connect(session: AsyncSession, code: str, contact: Contact) -> Peer | None:
    """Link this chat to the peer whose invite it is; the code is used up. None if the code is
    unknown or expired (the same answer for both, so codes cannot be probed)."""
    peer = await session.scalar(select(Peer).where(Peer.invite_hash == _invite_hash(code)).with_for_update())
    if peer is None or peer.invite_expires_at is None or peer.invite_expires_at < utcnow() or not peer.active:
        audit.record(session, actor=audit.parent_actor(contact.public_id), action="peer.connect", object_type="peer", object_id=None, result="refused")
        return None
    previous = await session.scalar(select(Peer).where(Peer.contact_id == contact.id, Peer.id != peer.id))
    if previous is not None:
        previous.contact_id = None
    peer.contact_id, peer.invite_hash, peer.invite_expires_at = contact.id, None, None
    if contact.language is None:
        contact.language = peer.languages[0] if peer.languages else "nl"
    audit.record(session, actor=f"peer:{peer.id}", action="peer.connect", object_type="peer", object_id=peer.id)
    emit(session, "peer.connected", peer_id=peer.id)
    return peer


# --- adding and changing ---


async def create(session: AsyncSession, data: PeerInput, settings: Settings, *, actor: str, origin: str | None = None) -> tuple[Peer, str]:
    """Add a peer to the pool; returns the peer and a one-time invite code."""
    data = validate(data)
    peer = Peer(
        display_name=data.display_name,
        kind=data.kind,
        languages=list(data.languages),
        province=data.province,
        themes=list(data.themes),
        availability=data.availability or {},
        capacity=data.capacity,
        municipalities=[PeerMunicipality(municipality=name) for name in data.municipalities],
    )
    code = new_invite(peer, settings)
    session.add(peer)
    await session.flush()
    audit.record(session, actor=actor, action="peer.created", object_type="peer", object_id=peer.id, origin=origin)
    emit(session, "peer.changed", peer_id=peer.id)
    return peer, code


async def update(session: AsyncSession, peer: Peer, data: PeerInput, *, actor: str, origin: str | None = None) -> None:
    """Change a peer's profile. Lowering the capacity never ends running contacts."""
    data = validate(data)
    peer.display_name, peer.kind, peer.capacity = data.display_name, data.kind, data.capacity
    peer.languages, peer.themes, peer.province = list(data.languages), list(data.themes), data.province
    peer.availability = data.availability or {}
    wanted = set(data.municipalities)
    peer.municipalities = [m for m in peer.municipalities if m.municipality in wanted] + [
        PeerMunicipality(municipality=name) for name in data.municipalities if name not in set(peer.municipality_names)
    ]
    audit.record(session, actor=actor, action="peer.updated", object_type="peer", object_id=peer.id, origin=origin)
    emit(session, "peer.changed", peer_id=peer.id)


async def set_active(session: AsyncSession, peer: Peer, active: bool, *, actor: str, origin: str | None = None) -> None:
    """Take a peer out of the pool (or back in). Running contacts are not cut off by this."""
    peer.active = active
    if not active:
        peer.invite_hash = peer.invite_expires_at = None
    audit.record(session, actor=actor, action="peer.activated" if active else "peer.deactivated", object_type="peer", object_id=peer.id, origin=origin)
    emit(session, "peer.changed", peer_id=peer.id)


# --- reading ---


async def committed_counts(session: AsyncSession, peer_ids: Iterable[int] | None = None) -> dict[int, int]:
    """Active contacts plus open proposals per peer: both take a place of the peer's capacity,
    so two parents cannot be proposed to one free place at once."""
    active = select(Match.peer_id, func.count()).where(Match.status == "active", Match.peer_id.is_not(None)).group_by(Match.peer_id)
    open_ = select(MatchProposal.peer_id, func.count()).where(MatchProposal.status == "proposed", MatchProposal.peer_id.is_not(None)).group_by(MatchProposal.peer_id)
    if peer_ids is not None:
        ids = list(peer_ids)
        active, open_ = active.where(Match.peer_id.in_(ids)), open_.where(MatchProposal.peer_id.in_(ids))
    counts: dict[int, int] = {}
    for query in (active, open_):
        for peer_id, count in await session.execute(query):
            counts[peer_id] = counts.get(peer_id, 0) + count
    return counts


def profile(peer: Peer, committed: int, now: datetime, window: timedelta = timedelta(0)) -> PeerProfile:
    return PeerProfile(
        id=peer.id,
        display_name=peer.display_name,
        kind=peer.kind,
        languages=frozenset(peer.languages),
        municipalities=frozenset(peer.municipality_names),
        province=peer.province,
        themes=frozenset(peer.themes),
        capacity=peer.capacity,
        active_matches=committed,
        paused=peer.paused,
        available_now=available_at(peer.availability, now) if not window else available_between(peer.availability, now, now + window),
        connected=peer.contact_id is not None,
    )


async def profiles(session: AsyncSession, now: datetime | None = None, window: timedelta = timedelta(0)) -> list[PeerProfile]:
    """Every active peer as the ranking sees them at `now`; with a `window`, available means
    free at some moment within it (the time a proposal waits for an answer)."""
    now = now or utcnow()
    peers = (await session.scalars(select(Peer).where(Peer.active.is_(True)).order_by(Peer.id))).all()
    counts = await committed_counts(session, [p.id for p in peers])
    return [profile(peer, counts.get(peer.id, 0), now, window) for peer in peers]


async def peer_for_contact(session: AsyncSession, contact_id: int) -> Peer | None:
    return await session.scalar(select(Peer).where(Peer.contact_id == contact_id))


def split_list(raw: str | Sequence[str]) -> tuple[str, ...]:
    """'nl, tr' or ['nl', 'tr'] → ('nl', 'tr')."""
    items = raw.split(",") if isinstance(raw, str) else raw
    return tuple(item.strip() for item in items if item.strip())
