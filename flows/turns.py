"""One inbound event, one transaction: record the platform message id (a redelivery stops here),
load the conversation, let the engine decide, apply its changes through `flows.actions`, and queue
the replies in the outbox. If anything fails, nothing of it is kept and a redelivery or retry
starts clean."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, replace
from typing import Any, Protocol
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from flows.actions import aftercare, audit, escalation, matching, outbox, walkins
from flows.actions import conversation as conv_actions
from flows.actions.erasure import erase_contact
from flows.actions.handoff import OPEN_STATUSES, request_handoff
from flows.engine.engine import Context, Engine
from flows.engine.types import (
    PEER_CHANGES,
    CancelPeerSearch,
    Decision,
    EndPeerContact,
    Inbound,
    MarkUrgent,
    RecordConsent,
    RelayToPeer,
    RequestHandoff,
    RequestPeer,
    Resume,
    SetField,
    SetLanguage,
    SetPeerWish,
    ShareWithPeer,
    AftercareAnswer,
    DeclineLanguage,
    SaidSafe,
    State,
    Understanding,
    Stop,
    WalkInRequest,
)
from flows import weekly
from flows.events import emit
from flows.store.upsert import insert_ignore
from flows.peers import desk
from flows.settings import Settings
from flows.store.models import (
    Contact,
    Conversation,
    Handoff,
    InboundReceipt,
    Match,
    Media,
    Message,
    MunicipalitySetting,
    Peer,
    new_public_id,
    utcnow,
)
from nlu.crisis import detect_crisis

log = logging.getLogger(__name__)

MAX_STORED_TEXT = 10_000
MAX_UNDERSTOOD = 2_000  # a 5,000-character message is read by its start


LAST_SEEN_RESOLUTION = timedelta(hours=1)
# When they last wrote, for channels that may answer freely only for a while after (WhatsApp's
# 24-hour window keeps a larger margin than this), without a write on every turn.
LAST_INBOUND_RESOLUTION = timedelta(minutes=1)


class Understander(Protocol):
    def analyse(self, text: str) -> Any: ...


@dataclass(frozen=True)
class TurnOutcome:
    duplicate: bool = False
    replies: int = 0
    erased: bool = False


class TurnHandler:
    """Runs turns against one database; shared by every channel."""

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], settings: Settings, engine: Engine, understand: Understander | None = None
    ) -> None:
        self.sessions = sessions
        self.settings = settings
        self.engine = engine
        self.understand = understand
        self._default_office_hours = weekly.parse(settings.default_office_hours)
        self._response_days: dict[str, int] = {}
        self._response_days_loaded = 0.0

    async def handle(self, event: Inbound) -> TurnOutcome:
        async with self.sessions() as session, session.begin():
            return await self._turn(session, event)

    async def handle_with_retry(self, event: Inbound, attempts: int = 5, first_delay: float = 0.5) -> TurnOutcome:
        """Retry when the database is briefly away; the receipt key keeps retries exactly-once."""
        delay = first_delay
        for attempt in range(1, attempts + 1):
            try:
                return await self.handle(event)
            except (OperationalError, DBAPIError, OSError, ConnectionError) as exc:
                if attempt == attempts or isinstance(exc, IntegrityError):
                    raise
                log.warning("database unavailable, retrying turn", extra={"attempt": attempt, "channel": event.channel})
                await asyncio.sleep(delay)
                delay = min(delay * 2, 8.0)
        raise AssertionError("unreachable")

    # --- the turn ---

    def _understood(self, event: Inbound) -> Inbound:
        """Free text gets the NLU's reading (intent, language, danger); the engine decides with it."""
        if self.understand is None or event.kind != "text" or not event.text.strip():
            return event
        analysis = self.understand.analyse(event.text[:MAX_UNDERSTOOD])
        result = analysis.result
        # the classifier reads the start of a long message; the phrase layer reads all of it
        beyond = len(event.text) > MAX_UNDERSTOOD and detect_crisis(event.text) is not None
        return replace(
            event,
            understanding=Understanding(
                intent=result["intent"]["name"],
                confidence=float(result["intent"]["confidence"]),
                language=result.get("language"),
                language_confidence=analysis.language_confidence,
                crisis=bool(result.get("crisis")) or beyond,
                check_in=analysis.check_in and not beyond,
            ),
        )

    async def _turn(self, session: AsyncSession, event: Inbound) -> TurnOutcome:
        event = self._understood(event)
        contact, conversation = await self._load(session, event)
        receipt = await session.execute(
            insert_ignore(
                session,
                InboundReceipt,
                {"channel": event.channel, "platform_message_id": event.message_id, "contact_id": contact.id},
            )
        )
        if receipt.rowcount == 0:
            log.info("duplicate delivery ignored", extra={"channel": event.channel})
            return TurnOutcome(duplicate=True)
        if contact.last_inbound_at is None or utcnow() - contact.last_inbound_at > LAST_INBOUND_RESOLUTION:
            contact.last_inbound_at = utcnow()

        if conversation.step.startswith(desk.STEP_PREFIX) or desk.invite_code(event) is not None:
            if utcnow() - contact.last_seen_at > LAST_SEEN_RESOLUTION:
                contact.last_seen_at = utcnow()
            count = await desk.handle(session, contact, conversation, event, self.settings)
            if count is not None:
                return TurnOutcome(replies=count)

        await self._refresh_response_days(session)
        state = self._state(contact, conversation)
        if state.match == "active":
            state.peer_name = await session.scalar(
                select(Peer.display_name).join(Match, Match.peer_id == Peer.id).where(Match.conversation_id == conversation.id, Match.status == "active")
            )
        decision = self.engine.decide(state, event, self._context())
        if utcnow() - contact.last_seen_at > LAST_SEEN_RESOLUTION:  # retention counts in days
            contact.last_seen_at = utcnow()

        if decision.erase:
            await erase_contact(session, contact)
            await outbox.enqueue(
                session,
                channel=event.channel,
                address=event.reply_address,
                replies=decision.replies,
                contact=None,
                conversation=None,
                delete_after_send=True,
            )
            return TurnOutcome(replies=len(decision.replies), erased=True)

        had_request = conversation.status in OPEN_STATUSES
        handoff = await self._apply(session, contact, conversation, decision)
        assert decision.state is not None
        conversation.step = decision.state.step
        conversation.step_data = dict(decision.state.step_data)
        relayed = any(isinstance(change, RelayToPeer) for change in decision.changes)
        self._record_inbound(session, conversation, event, private=relayed)
        count = await outbox.enqueue(
            session,
            channel=event.channel,
            address=contact.address,
            replies=decision.replies,
            contact=contact,
            conversation=conversation,
        )
        if handoff is not None and not had_request:  # a new request: outside office hours, say when
            crisis_given = any(isinstance(c, RequestHandoff) and c.reason == "crisis" for c in decision.changes)
            await escalation.after_hours_notice(
                session, contact, conversation, handoff, default_hours=self._default_office_hours, lines_given=crisis_given
            )
        # Matching goes last: what it tells the parent (a peer found, nobody found) follows the
        # replies of this turn, and it may move the conversation on.
        await self._apply_peer_changes(session, contact, conversation, decision)
        for change in decision.changes:
            if isinstance(change, WalkInRequest):
                await self._walk_in(session, contact, conversation, change)
            elif isinstance(change, AftercareAnswer):
                await aftercare.answer(session, contact, conversation, change.plan_id, change.value)
        return TurnOutcome(replies=count)

    async def _load(self, session: AsyncSession, event: Inbound) -> tuple[Contact, Conversation]:
        """Find or create the contact, and lock its conversation for this turn (two processes may
        receive messages of the same parent at once)."""
        found = (
            await session.execute(
                select(Contact, Conversation)
                .join(Conversation, Conversation.contact_id == Contact.id)
                .where(Contact.channel == event.channel, Contact.channel_user_id == event.user_id)
                .with_for_update(of=Conversation)
            )
        ).first()
        if found is not None:
            contact, conversation = found
            if contact.address != event.reply_address:
                contact.address = event.reply_address
            return contact, conversation
        contact = await session.scalar(
            select(Contact).where(Contact.channel == event.channel, Contact.channel_user_id == event.user_id)
        )
        if contact is None:
            contact = await self._create_contact(session, event)
        if contact.address != event.reply_address:
            contact.address = event.reply_address
        conversation = await session.scalar(
            select(Conversation).where(Conversation.contact_id == contact.id).with_for_update()
        )
        if conversation is None:
            conversation = Conversation(contact_id=contact.id, step="start", step_data={}, life_areas=[], urgent_reasons=[])
            session.add(conversation)
            await session.flush()
        return contact, conversation

    @staticmethod
    async def _create_contact(session: AsyncSession, event: Inbound) -> Contact:
        """Insert-or-ignore, then read back: two first messages at once make one contact."""
        await session.execute(
            insert_ignore(
                session,
                Contact,
                {
                    "public_id": new_public_id(),
                    "channel": event.channel,
                    "channel_user_id": event.user_id,
                    "address": event.reply_address,
                    "created_at": utcnow(),
                    "last_seen_at": utcnow(),
                },
            )
        )
        contact = await session.scalar(
            select(Contact).where(Contact.channel == event.channel, Contact.channel_user_id == event.user_id)
        )
        assert contact is not None
        return contact

    @staticmethod
    def _state(contact: Contact, conversation: Conversation) -> State:
        return State(
            step=conversation.step,
            step_data=dict(conversation.step_data or {}),
            status=conversation.status,
            stopped=conversation.stopped,
            language=contact.language,
            consent=conversation.consent,
            role=conversation.role,
            municipality=conversation.municipality,
            life_areas=list(conversation.life_areas or []),
            wish=conversation.wish,
            urgent=conversation.urgent,
            handoff_open=conversation.status in OPEN_STATUSES,
            match=conversation.match_status,
            languages_declined=list(conversation.languages_declined or []),
            peer_wish=dict(conversation.peer_wish or {}),
            safe_said_recently=conv_actions.said_safe_recently(conversation),
        )

    async def _apply(self, session: AsyncSession, contact: Contact, conversation: Conversation, decision: Decision) -> Handoff | None:
        """Apply the engine's changes; returns the request for a person they opened or updated."""
        handoff = None
        for change in decision.changes:
            match change:
                case SetLanguage(language):
                    conv_actions.set_language(contact, language)
                case RecordConsent(given):
                    conv_actions.record_consent(session, contact, conversation, given)
                case SetField(name, value):
                    conv_actions.set_triage_field(conversation, name, value)
                case MarkUrgent(reason):
                    await conv_actions.mark_urgent(session, contact, conversation, reason)
                case RequestHandoff(reason):
                    handoff = await request_handoff(session, contact, conversation, reason)
                case Stop():
                    conv_actions.set_stopped(conversation, True)
                case Resume():
                    conv_actions.set_stopped(conversation, False)
                case SetPeerWish(name, value):
                    conv_actions.set_peer_wish(conversation, name, value)
                case DeclineLanguage(language):
                    conv_actions.decline_language(conversation, language)
                case SaidSafe():
                    conv_actions.note_said_safe(session, contact, conversation)
        return handoff

    async def _apply_peer_changes(self, session: AsyncSession, contact: Contact, conversation: Conversation, decision: Decision) -> None:
        changes = [change for change in decision.changes if isinstance(change, PEER_CHANGES)]
        if not changes:
            return
        match = await matching.open_match(session, conversation)
        for change in changes:
            match change:
                case RequestPeer():
                    if match is None:
                        match = await matching.request_match(session, contact, conversation, self.settings)
                case CancelPeerSearch() if match is not None:
                    await matching.cancel_search(session, match, contact, conversation)
                case EndPeerContact() if match is not None:
                    await matching.end(session, match, by="parent", actor=audit.parent_actor(contact.public_id))
                case RelayToPeer(text, crisis) if match is not None:
                    await matching.relay(session, match, from_parent=True, text=text, crisis=crisis)
                case ShareWithPeer(details) if match is not None:
                    await matching.share_details(session, match, from_parent=True, details=details)
                case _:
                    log.info("peer change without an open match", extra={"change": type(change).__name__})

    async def _walk_in(self, session: AsyncSession, contact: Contact, conversation: Conversation, request: WalkInRequest) -> None:
        settings = self.settings
        match request.verb:
            case "offer" | "list":
                await walkins.offer(session, contact, conversation, settings)
            case "times":
                await walkins.tell_times(session, contact, conversation, settings)
            case "book":
                await walkins.book(session, contact, conversation, request.target, settings)
            case "cancel" | "move":
                await walkins.cancel(session, contact, conversation, request.target, settings, move=request.verb == "move")
            case "keep":
                await walkins.keep(session, contact, conversation)
            case "manage":
                await walkins.manage(session, contact, conversation, settings)
            case "feedback":
                await walkins.feedback(session, contact, conversation, request.target, request.value)

    def _record_inbound(self, session: AsyncSession, conversation: Conversation, event: Inbound, *, private: bool = False) -> None:
        """Keep the parent's words only with consent or when a person will read them, and never
        what was said to a peer (that stays between them)."""
        keep = (bool(conversation.consent) or conversation.status in OPEN_STATUSES) and not private
        body = event.text[:MAX_STORED_TEXT] if keep and event.kind != "media" else None
        message = Message(
            conversation_id=conversation.id,
            direction="in",
            sender="parent",
            kind=event.kind,
            body=body,
            media_type=event.media_type,
        )
        if keep and event.attachment is not None:
            attachment = event.attachment
            message.media = Media(content_type=attachment.content_type, size=len(attachment.data), data=attachment.data)
        session.add(message)
        if conversation.status in OPEN_STATUSES:
            emit(session, "conversation.message", conversation_id=conversation.id)

    # --- context ---

    def _context(self) -> Context:
        days = self._response_days
        default = self.settings.default_response_working_days
        return Context(
            default_language=self.settings.default_language,
            response_working_days=lambda municipality: days.get(municipality or "", default),
        )

    async def _refresh_response_days(self, session: AsyncSession) -> None:
        if time.monotonic() - self._response_days_loaded < 30:
            return
        rows = await session.execute(select(MunicipalitySetting.name, MunicipalitySetting.response_working_days))
        self._response_days = {name: days for name, days in rows}
        self._response_days_loaded = time.monotonic()
