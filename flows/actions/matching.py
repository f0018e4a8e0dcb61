"""Peer matching: every change to a match goes through one function here, which writes it, records
the audit line, emits the event and tells the people involved through the outbox.

Locks are always taken in the same order (the parent's conversation, then the match, then the
proposal), so a peer accepting while the parent cancels cannot deadlock.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta

from babel import Locale
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from flows import municipalities
from flows.actions import audit
from flows.actions.handoff import parent_by_conversation, request_handoff
from flows.actions.tell import send, t
from flows.engine.types import Button, Notice
from flows.events import emit
from flows.i18n import ngettext_for
from flows.peers import pool, texts
from flows.peers.ranking import ERVARINGSDESKUNDIGE, LOTGENOOT, Request, rank
from flows.settings import Settings
from flows.store.models import Contact, Conversation, Match, MatchProposal, Peer, utcnow

log = logging.getLogger(__name__)

OPEN_MATCH = ("searching", "active")
THEME_LABELS = {
    "money": "Geld en schulden",
    "housing": "Wonen",
    "health": "Zorg en gezondheid",
    "family": "Gezin en kinderen",
    "work": "Werk",
}
# Contact details a parent and a peer exchange only when both choose to (/deel).
_CONTACT_DETAILS = re.compile(
    r"(?:\+|\b00)?\d(?:[\s\-().]*\d){8,}"  # phone numbers: nine digits or more
    r"|[\w.+-]+@[\w-]+\.[\w.-]+"  # e-mail
    r"|(?<![\w@])@[A-Za-z]\w{3,}"  # @username
    r"|\b(?:https?://|www\.|t\.me/|wa\.me/)\S+",
    re.IGNORECASE,
)
MAX_RELAY = 3500  # a relayed message fits one Telegram message with the name in front


def has_contact_details(text: str) -> bool:
    return _CONTACT_DETAILS.search(text) is not None


async def _peer_contact(session: AsyncSession, peer: Peer | None) -> Contact | None:
    if peer is None or peer.contact_id is None:
        return None
    return await session.get(Contact, peer.contact_id)


def alias_for(match: Match, contact: Contact) -> str:
    """How the peer sees the parent: the name the parent chose, or 'Ouder 12'."""
    return match.parent_alias or t(contact, texts.PARENT_DEFAULT_ALIAS, n=match.id)


def _language_names(codes: list[str], contact: Contact) -> str:
    locale = Locale.parse(contact.language or "nl")
    return ", ".join(Locale.parse(code).get_display_name(locale) or code for code in codes)


def _kind_phrase(kind: str | None, contact: Contact) -> str:
    message = {ERVARINGSDESKUNDIGE: texts.KIND_EXPERT, LOTGENOOT: texts.KIND_FELLOW}.get(kind or "", texts.KIND_EITHER)
    return t(contact, message)


def summary_for_peer(match: Match, peer_contact: Contact, hours: int) -> list[str]:
    """The anonymous proposal: language, region and themes in plain words, nothing that names or
    reaches the parent."""
    themes = [t(peer_contact, THEME_LABELS[theme]) for theme in match.themes if theme in THEME_LABELS]
    question = ngettext_for(peer_contact.language or "nl")(*texts.PROPOSAL_QUESTION, hours) % {"n": hours}
    return [
        t(peer_contact, texts.PROPOSAL, kind=_kind_phrase(match.kind, peer_contact)),
        "\n".join(
            [
                t(peer_contact, texts.PROPOSAL_LANGUAGE, languages=_language_names(match.languages, peer_contact)),
                t(peer_contact, texts.PROPOSAL_REGION, region=match.province or t(peer_contact, texts.REGION_UNKNOWN)),
                t(peer_contact, texts.PROPOSAL_THEMES, themes=", ".join(themes) or t(peer_contact, texts.THEMES_UNKNOWN)),
            ]
        ),
        question,
    ]


# --- asking ---


async def request_match(session: AsyncSession, contact: Contact, conversation: Conversation, settings: Settings) -> Match:
    """The parent asked for a peer and answered the questions (kept in `conversation.peer_wish`)."""
    wish = dict(conversation.peer_wish or {})
    language = contact.language or settings.default_language
    languages = [language] + [code for code in wish.get("languages", []) if code != language]
    place = municipalities.find(conversation.municipality) if conversation.municipality else None
    match = Match(
        conversation_id=conversation.id,
        status="searching",
        municipality=place.name if place else None,
        province=place.province if place else None,
        language=language,
        languages=languages,
        kind=wish.get("kind") if wish.get("kind") in pool.KINDS else None,
        prefer_local=wish.get("prefer_local") if place else None,
        themes=[area for area in conversation.life_areas or [] if area in pool.THEMES],
        parent_alias=(wish.get("alias") or None),
        proposals=[],
    )
    session.add(match)
    conversation.match_status = "searching"
    conversation.peer_wish = {}
    await session.flush()
    audit.record(session, actor=audit.parent_actor(contact.public_id), action="match.requested", object_type="match", object_id=match.id)
    emit(session, "match.requested", match_id=match.id, municipality=match.municipality)
    await propose_next(session, match, settings)
    return match


async def propose_next(session: AsyncSession, match: Match, settings: Settings, now: datetime | None = None) -> MatchProposal | None:
    """Ask the best fitting peer not asked before; when nobody is left, say so honestly and ask
    a coordinator to help."""
    now = now or utcnow()
    request = Request(
        language=match.language,
        also_languages=frozenset(match.languages[1:]),
        municipality=match.municipality,
        province=match.province,
        kind=match.kind,
        themes=frozenset(match.themes),
        prefer_local=match.prefer_local,
        exclude=frozenset(p.peer_id for p in match.proposals if p.peer_id is not None),
    )
    window = timedelta(hours=settings.peer_proposal_hours)
    ranked = rank(await pool.profiles(session, now, window), request)
    for best in ranked:
        peer = await session.get(Peer, best.peer.id)
        peer_contact = await _peer_contact(session, peer)
        if peer is None or peer_contact is None:
            continue
        hours = max(1, round(settings.peer_proposal_hours))
        proposal = MatchProposal(
            match_id=match.id,
            peer_id=peer.id,
            score=best.score,
            reasons=list(best.reasons),
            proposed_at=now,
            expires_at=now + timedelta(hours=settings.peer_proposal_hours),
        )
        match.proposals.append(proposal)
        await session.flush()
        buttons = (
            Button(f"peer:accept:{proposal.id}", t(peer_contact, texts.ACCEPT)),
            Button(f"peer:decline:{proposal.id}", t(peer_contact, texts.DECLINE)),
        )
        await send(session, peer_contact, None, summary_for_peer(match, peer_contact, hours), buttons, notice=Notice("peer_proposal"))
        audit.record(session, actor="system:matching", action="match.proposed", object_type="match", object_id=match.id)
        emit(session, "match.proposed", match_id=match.id, proposal_id=proposal.id, peer_id=peer.id, expires_at=proposal.expires_at.isoformat())
        return proposal
    await _unmatched(session, match)
    return None


async def _unmatched(session: AsyncSession, match: Match) -> None:
    match.status, match.ended_at, match.end_reason = "unmatched", utcnow(), "nobody_left"
    audit.record(session, actor="system:matching", action="match.unmatched", object_type="match", object_id=match.id)
    emit(session, "match.unmatched", match_id=match.id, municipality=match.municipality)
    parent = await parent_by_conversation(session, match.conversation_id)
    if parent is None:
        return
    contact, conversation = parent
    conversation.match_status = None
    await request_handoff(session, contact, conversation, "peer_unmatched")
    conversation.step, conversation.step_data = "handoff_done", {}
    await send(session, contact, conversation, [t(contact, texts.UNMATCHED)])


# --- the peer answers ---


async def _lock(session: AsyncSession, proposal_id: int) -> tuple[MatchProposal, Match, Contact | None, Conversation | None] | None:
    """Lock in the fixed order: the parent's conversation, the match, the proposal."""
    match_id = await session.scalar(select(MatchProposal.match_id).where(MatchProposal.id == proposal_id))
    if match_id is None:
        return None
    conversation_id = await session.scalar(select(Match.conversation_id).where(Match.id == match_id))
    parent: tuple[Contact, Conversation] | None = None
    if conversation_id is not None:
        conversation = await session.scalar(select(Conversation).where(Conversation.id == conversation_id).with_for_update())
        if conversation is not None:
            contact = await session.get(Contact, conversation.contact_id)
            parent = (contact, conversation) if contact else None
    match = await session.scalar(select(Match).where(Match.id == match_id).with_for_update())
    proposal = await session.scalar(select(MatchProposal).where(MatchProposal.id == proposal_id).with_for_update())
    if match is None or proposal is None:
        return None
    return proposal, match, *(parent or (None, None))


async def answer(session: AsyncSession, proposal_id: int, peer: Peer, accept: bool, settings: Settings) -> str:
    """The peer tapped yes or no. Returns what happened: accepted, declined, full or gone."""
    locked = await _lock(session, proposal_id)
    peer_contact = await _peer_contact(session, peer)
    if locked is None or locked[0].peer_id != peer.id or locked[0].status != "proposed" or locked[1].status != "searching":
        if peer_contact:
            await send(session, peer_contact, None, [t(peer_contact, texts.PROPOSAL_GONE)])
        return "gone"
    proposal, match, contact, conversation = locked
    proposal.answered_at = utcnow()
    actor = f"peer:{peer.id}"
    if not peer.active:  # taken out of the pool since the proposal was sent
        proposal.status = "withdrawn"
        if peer_contact:
            await send(session, peer_contact, None, [t(peer_contact, texts.PROPOSAL_GONE)])
        audit.record(session, actor=actor, action="match.declined", object_type="match", object_id=match.id, result="inactive")
        await propose_next(session, match, settings)
        return "gone"
    if accept and (await pool.committed_counts(session, [peer.id])).get(peer.id, 0) > peer.capacity:
        accept = False
        proposal.status = "declined"
        if peer_contact:
            await send(session, peer_contact, None, [t(peer_contact, texts.PROPOSAL_FULL)])
        audit.record(session, actor=actor, action="match.declined", object_type="match", object_id=match.id, result="full")
        emit(session, "match.declined", match_id=match.id, peer_id=peer.id)
        await propose_next(session, match, settings)
        return "full"
    if not accept:
        proposal.status = "declined"
        if peer_contact:
            await send(session, peer_contact, None, [t(peer_contact, texts.PEER_DECLINED)])
        audit.record(session, actor=actor, action="match.declined", object_type="match", object_id=match.id)
        emit(session, "match.declined", match_id=match.id, peer_id=peer.id)
        await propose_next(session, match, settings)
        return "declined"
    proposal.status = "accepted"
    match.status, match.peer_id, match.accepted_at = "active", peer.id, utcnow()
    if peer_contact:
        await send(session, peer_contact, None, [t(peer_contact, texts.PEER_ACCEPTED, alias=alias_for(match, peer_contact))])
    if contact is not None and conversation is not None:
        conversation.match_status = "active"
        conversation.step, conversation.step_data = "peer_active", {}
        kind = t(contact, texts.PARENT_KIND_EXPERT if peer.kind == ERVARINGSDESKUNDIGE else texts.PARENT_KIND_FELLOW)
        await send(
            session,
            contact,
            conversation,
            [t(contact, texts.PARENT_ACCEPTED, name=peer.display_name, kind=kind), t(contact, texts.PARENT_HOW, name=peer.display_name)],
        )
    audit.record(session, actor=actor, action="match.accepted", object_type="match", object_id=match.id)
    emit(session, "match.accepted", match_id=match.id, peer_id=peer.id, municipality=match.municipality)
    return "accepted"


async def expire(session: AsyncSession, proposal_id: int, settings: Settings, now: datetime | None = None) -> bool:
    """A proposal's time is up: move on to the next peer. Idempotent: a proposal that was
    answered, or whose time is not up yet, is left alone (a job that fires twice sends once)."""
    now = now or utcnow()
    locked = await _lock(session, proposal_id)
    if locked is None:
        return False
    proposal, match, _contact, _conversation = locked
    if proposal.status != "proposed" or proposal.expires_at > now:
        return False
    proposal.status, proposal.answered_at = "expired", now
    peer = await session.get(Peer, proposal.peer_id) if proposal.peer_id else None
    peer_contact = await _peer_contact(session, peer)
    if peer_contact is not None:
        await send(session, peer_contact, None, [t(peer_contact, texts.PEER_EXPIRED)])
    audit.record(session, actor="system:matching", action="match.expired", object_type="match", object_id=match.id)
    emit(session, "match.expired", match_id=match.id, peer_id=proposal.peer_id)
    if match.status == "searching":
        await propose_next(session, match, settings, now)
    return True


async def open_proposals(session: AsyncSession) -> list[tuple[int, datetime]]:
    """Every proposal still waiting for an answer, for the scheduler to (re)arm at start."""
    rows = await session.execute(select(MatchProposal.id, MatchProposal.expires_at).where(MatchProposal.status == "proposed"))
    return [(row[0], row[1]) for row in rows]


# --- withdrawing and ending ---


async def _withdraw_open(session: AsyncSession, match: Match, message: str) -> None:
    for proposal in match.proposals:
        if proposal.status != "proposed":
            continue
        proposal.status, proposal.answered_at = "withdrawn", utcnow()
        peer_contact = await _peer_contact(session, await session.get(Peer, proposal.peer_id) if proposal.peer_id else None)
        if peer_contact is not None:
            await send(session, peer_contact, None, [t(peer_contact, message)])


async def cancel_search(session: AsyncSession, match: Match, contact: Contact, conversation: Conversation) -> None:
    """The parent no longer wants a peer (the caller holds the parent's conversation)."""
    if match.status != "searching":
        return
    await _withdraw_open(session, match, texts.PROPOSAL_WITHDRAWN)
    match.status, match.ended_at, match.ended_by, match.end_reason = "cancelled", utcnow(), "parent", "cancelled"
    conversation.match_status = None
    audit.record(session, actor=audit.parent_actor(contact.public_id), action="match.cancelled", object_type="match", object_id=match.id)
    emit(session, "match.cancelled", match_id=match.id)


async def end(session: AsyncSession, match: Match, *, by: str, actor: str, reason: str = "ended", origin: str | None = None) -> None:
    """Stop an active contact. The other side is told kindly; what was said stays between them
    (nothing of it was stored)."""
    if match.status != "active":
        return
    peer = await session.get(Peer, match.peer_id) if match.peer_id else None
    peer_contact = await _peer_contact(session, peer)
    parent = await parent_by_conversation(session, match.conversation_id)
    peer_name = peer.display_name if peer else "?"
    if parent is not None:
        contact, conversation = parent
        conversation.match_status = None
        if conversation.step.startswith("peer_"):
            conversation.step, conversation.step_data = "welcome", {}
        if by == "parent" and reason != "erased":
            await send(session, contact, conversation, [t(contact, texts.ENDED_SELF, name=peer_name)])
        elif by == "peer":
            await send(session, contact, conversation, [t(contact, texts.ENDED_BY_OTHER, name=peer_name), t(contact, texts.ENDED_PARENT_NEXT)])
        elif reason != "erased":
            await send(session, contact, conversation, [t(contact, texts.ENDED_BY_COORDINATOR, name=peer_name), t(contact, texts.ENDED_PARENT_NEXT)])
    if peer_contact is not None:
        alias = alias_for(match, peer_contact)
        if by == "peer":
            await send(session, peer_contact, None, [t(peer_contact, texts.ENDED_SELF, name=alias)])
        elif by == "parent":
            await send(session, peer_contact, None, [t(peer_contact, texts.ENDED_BY_OTHER, name=alias)])
        else:
            await send(session, peer_contact, None, [t(peer_contact, texts.ENDED_BY_COORDINATOR, name=alias)])
    match.status, match.ended_at, match.ended_by, match.end_reason = "ended", utcnow(), by, reason
    match.parent_alias = match.parent_shares = match.peer_shares = None
    audit.record(session, actor=actor, action="match.ended", object_type="match", object_id=match.id, origin=origin)
    emit(session, "match.ended", match_id=match.id, peer_id=match.peer_id, by=by)


async def release_contact(session: AsyncSession, contact: Contact) -> None:
    """Before a contact is erased: end the parent's search or contact, or, for a peer's chat,
    their contacts and open proposals. Nobody is left waiting for someone who is gone."""
    conversation = await session.scalar(select(Conversation).where(Conversation.contact_id == contact.id))
    if conversation is not None and conversation.match_status:
        for match in await session.scalars(select(Match).where(Match.conversation_id == conversation.id, Match.status.in_(OPEN_MATCH))):
            if match.status == "searching":
                await cancel_search(session, match, contact, conversation)
            else:
                await end(session, match, by="parent", actor=audit.parent_actor(contact.public_id), reason="erased")
    peer = await pool.peer_for_contact(session, contact.id)
    if peer is not None:
        await disconnect_peer(session, peer, actor=f"peer:{peer.id}")


async def disconnect_peer(session: AsyncSession, peer: Peer, *, actor: str, settings: Settings | None = None) -> None:
    """The peer's chat is unlinked (they asked to be forgotten): contacts end, proposals move on."""
    for match in (await session.scalars(select(Match).where(Match.peer_id == peer.id, Match.status == "active"))).all():
        await end(session, match, by="system", actor=actor, reason="peer_left")
    await _move_open_proposals(session, peer, settings)
    peer.contact_id = None
    audit.record(session, actor=actor, action="peer.disconnected", object_type="peer", object_id=peer.id)
    emit(session, "peer.changed", peer_id=peer.id)


async def _move_open_proposals(session: AsyncSession, peer: Peer, settings: Settings | None) -> None:
    """Open proposals of a peer who paused or left go to the next peer at once."""
    proposals = (await session.scalars(select(MatchProposal).where(MatchProposal.peer_id == peer.id, MatchProposal.status == "proposed"))).all()
    for proposal in proposals:
        proposal.status, proposal.answered_at = "withdrawn", utcnow()
        match = await session.get(Match, proposal.match_id)
        if match is not None and match.status == "searching" and settings is not None:
            await propose_next(session, match, settings)


async def set_paused(session: AsyncSession, peer: Peer, paused: bool, settings: Settings, *, actor: str, origin: str | None = None) -> None:
    """A peer's pause, no reason asked: no new proposals, and open ones go to someone else.
    Running contacts go on."""
    peer.paused, peer.paused_at = paused, utcnow() if paused else None
    if paused:
        await _move_open_proposals(session, peer, settings)
    audit.record(session, actor=actor, action="peer.paused" if paused else "peer.resumed", object_type="peer", object_id=peer.id, origin=origin)
    emit(session, "peer.changed", peer_id=peer.id)


# --- talking ---


async def relay(session: AsyncSession, match: Match, *, from_parent: bool, text: str, crisis: bool = False) -> bool:
    """Pass one message to the other side with the sender's name; False when it was held back
    because it carries contact details both have not agreed to share."""
    if match.status != "active":
        return False
    peer = await session.get(Peer, match.peer_id) if match.peer_id else None
    peer_contact = await _peer_contact(session, peer)
    parent = await parent_by_conversation(session, match.conversation_id)
    if peer is None or peer_contact is None or parent is None:
        return False
    contact, conversation = parent
    sender, sender_conversation = (contact, conversation) if from_parent else (peer_contact, None)
    both_shared = bool(match.parent_shares and match.peer_shares)
    if not both_shared and has_contact_details(text):
        await send(session, sender, sender_conversation, [t(sender, texts.HELD_BACK)])
        audit.record(session, actor="system:matching", action="match.relay_held", object_type="match", object_id=match.id)
        return False
    body = text[:MAX_RELAY]
    if from_parent:
        alias = alias_for(match, peer_contact)
        lines = [f"{alias}:\n{body}"]
        if crisis:
            lines.append(t(peer_contact, texts.CRISIS_NOTICE, alias=alias))
        buttons: tuple[Button, ...] = ()
        active = await session.scalar(select(Match.id).where(Match.peer_id == peer.id, Match.status == "active", Match.id != match.id).limit(1))
        if active is not None:  # the peer has several contacts: one tap answers this one
            buttons = (Button(f"peer:to:{match.id}", t(peer_contact, texts.WRITE_TO, alias=alias)),)
        await send(session, peer_contact, None, lines, buttons, private=True)
    else:
        await send(session, contact, None, [f"{peer.display_name}:\n{body}"], private=True)
    emit(session, "match.relayed", match_id=match.id)
    return True


async def share_details(session: AsyncSession, match: Match, *, from_parent: bool, details: str) -> None:
    """Keep what one side offers; when both have offered, each gets the other's details."""
    if match.status != "active":
        return
    details = " ".join(details.split())[:200]
    peer = await session.get(Peer, match.peer_id) if match.peer_id else None
    peer_contact = await _peer_contact(session, peer)
    parent = await parent_by_conversation(session, match.conversation_id)
    if peer is None or peer_contact is None or parent is None:
        return
    contact, conversation = parent
    if from_parent:
        match.parent_shares = details
    else:
        match.peer_shares = details
    alias = alias_for(match, peer_contact)
    if match.parent_shares and match.peer_shares:
        await send(session, contact, None, [t(contact, texts.SHARE_DONE, name=peer.display_name, details=match.peer_shares)], private=True)
        await send(session, peer_contact, None, [t(peer_contact, texts.SHARE_DONE, name=alias, details=match.parent_shares)], private=True)
        action = "match.details_exchanged"
    elif from_parent:
        await send(session, contact, conversation, [t(contact, texts.SHARE_WAITING, name=peer.display_name)])
        await send(session, peer_contact, None, [t(peer_contact, texts.SHARE_OFFER, name=alias)])
        action = "match.details_offered"
    else:
        await send(session, peer_contact, None, [t(peer_contact, texts.SHARE_WAITING, name=alias)])
        await send(session, contact, conversation, [t(contact, texts.SHARE_OFFER, name=peer.display_name)])
        action = "match.details_offered"
    audit.record(session, actor="system:matching", action=action, object_type="match", object_id=match.id)
    emit(session, action, match_id=match.id)


async def raise_concern(
    session: AsyncSession, peer: Peer, contact: Contact, conversation: Conversation, text: str, *, match: Match | None, urgent: bool = False
) -> None:
    """A peer's worry reaches a coordinator as a handoff on the peer's own chat, so the
    coordinator can answer the peer there. It names the match, not what was said in it."""
    if urgent:
        conversation.urgent = True
        if "peer_crisis" not in conversation.urgent_reasons:
            conversation.urgent_reasons = [*conversation.urgent_reasons, "peer_crisis"]
    handoff = await request_handoff(session, contact, conversation, "peer_concern")
    handoff.municipality = (match.municipality if match else None) or (peer.municipality_names[0] if peer.municipality_names else None)
    handoff.summary = {
        **handoff.summary,
        "peer": peer.display_name,
        "peer_id": peer.id,
        "match_id": match.id if match else None,
        "concern": text[:1000],
    }
    audit.record(session, actor=f"peer:{peer.id}", action="peer.concern", object_type="handoff", object_id=handoff.id)
    emit(session, "peer.concern", handoff_id=handoff.id, peer_id=peer.id, municipality=handoff.municipality, urgent=urgent)


async def active_matches(session: AsyncSession, peer: Peer) -> list[Match]:
    return list(await session.scalars(select(Match).where(Match.peer_id == peer.id, Match.status == "active").order_by(Match.id)))


async def open_match(session: AsyncSession, conversation: Conversation) -> Match | None:
    """The parent's searching or active match, locked for this turn."""
    return await session.scalar(
        select(Match).where(Match.conversation_id == conversation.id, Match.status.in_(OPEN_MATCH)).order_by(Match.id.desc()).limit(1).with_for_update()
    )
