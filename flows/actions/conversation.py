"""Changes to a parent's conversation that the engine decides: language, consent, triage answers,
urgency, the answer to the safety check, and stopping or resuming messages."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from flows.actions import audit
from flows.actions.handoff import OPEN_STATUSES
from flows.events import emit
from flows.store.models import Consent, Contact, Conversation, Handoff, utcnow

CONSENT_TEXT_VERSION = "triage-2026-11"
TRIAGE_FIELDS = frozenset({"role", "municipality", "life_areas", "wish"})


def set_language(contact: Contact, language: str) -> None:
    contact.language = language


def record_consent(session: AsyncSession, contact: Contact, conversation: Conversation, given: bool) -> None:
    """Consent is specific (triage answers) and kept with its time and text version; saying no
    also wipes anything stored under an earlier yes."""
    conversation.consent = given
    session.add(Consent(contact_id=contact.id, scope="triage", given=given, text_version=CONSENT_TEXT_VERSION))
    if not given:
        conversation.role = None
        conversation.municipality = None
        conversation.life_areas = []
        conversation.wish = None
    audit.record(
        session,
        actor=audit.parent_actor(contact.public_id),
        action="consent.given" if given else "consent.refused",
        object_type="conversation",
        object_id=conversation.id,
    )
    emit(session, "conversation.consent", conversation_id=conversation.id, given=given)


def set_triage_field(conversation: Conversation, name: str, value: str | list[str] | None) -> None:
    """Store a triage answer; refused without consent, whatever the caller thinks."""
    if name not in TRIAGE_FIELDS:
        raise ValueError(f"not a triage field: {name}")
    if not conversation.consent:
        return
    if name == "municipality":
        conversation.municipality_declined = value is None
    setattr(conversation, name, list(value) if isinstance(value, list) else value)


async def mark_urgent(session: AsyncSession, contact: Contact, conversation: Conversation, reason: str) -> None:
    """Urgency is stored even without consent: it protects the parent (vital interest). An open
    handoff moves up the queue with it."""
    conversation.urgent = True
    await session.execute(
        update(Handoff)
        .where(Handoff.conversation_id == conversation.id, Handoff.status.in_(OPEN_STATUSES))
        .values(urgent=True)
        .execution_options(synchronize_session="fetch")
    )
    if reason not in conversation.urgent_reasons:
        conversation.urgent_reasons = [*conversation.urgent_reasons, reason]
    _parent_did(session, contact, conversation, "conversation.urgent", reason=reason)


def _parent_did(session: AsyncSession, contact: Contact, conversation: Conversation, action: str, **event: object) -> None:
    """The audit line (the parent as actor, never their words) and the event of one change."""
    audit.record(session, actor=audit.parent_actor(contact.public_id), action=action, object_type="conversation", object_id=conversation.id)
    emit(session, action, conversation_id=conversation.id, **event)


def set_stopped(conversation: Conversation, stopped: bool) -> None:
    """/stop: no messages unless the parent writes again (replies to the parent still go out)."""
    conversation.stopped = stopped


PEER_WISH_KEYS = frozenset({"kind", "languages", "prefer_local", "alias"})


def set_peer_wish(conversation: Conversation, name: str, value: object) -> None:
    """Keep one answer to the matching questions until the search starts."""
    if name not in PEER_WISH_KEYS:
        raise ValueError(f"not a peer wish: {name}")
    conversation.peer_wish = {**(conversation.peer_wish or {}), name: value}


SAFE_QUIET = timedelta(hours=24)  # after "I am safe", the safety check is not asked again this long


def said_safe_recently(conversation: Conversation) -> bool:
    said = conversation.safe_said_at
    return said is not None and utcnow() - said < SAFE_QUIET


def note_said_safe(session: AsyncSession, contact: Contact, conversation: Conversation) -> None:
    """The parent answered the safety check with "I am safe": kept for the audit trail (a safety
    answer matters later) and so that the question is not asked over and over."""
    conversation.safe_said_at = utcnow()
    _parent_did(session, contact, conversation, "conversation.said_safe")


def decline_language(conversation: Conversation, language: str) -> None:
    """Remember a switch the parent said no to, so it is not offered again."""
    if language not in (conversation.languages_declined or []):
        conversation.languages_declined = [*(conversation.languages_declined or []), language]
