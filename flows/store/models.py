"""The tables. What is stored about a parent is deliberately small: no name is needed and
nationality or ethnicity is never stored (DOMAIN.md). Everything hangs off `contacts` with
ON DELETE CASCADE so that erasure removes it all in one delete."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    LargeBinary,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite hands back naive ones otherwise)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime; use flows.store.models.utcnow()")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


def new_public_id() -> str:
    return uuid.uuid4().hex


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON, list[str]: JSON}


class Contact(Base):
    """One person on one channel. `public_id` is what audit lines refer to: it means nothing
    once the contact is erased."""

    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("channel", "channel_user_id", name="uq_contacts_channel_user"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), default=new_public_id, unique=True)
    channel: Mapped[str] = mapped_column(String(16))
    channel_user_id: Mapped[str] = mapped_column(String(128))
    address: Mapped[str] = mapped_column(String(128))
    language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    # When they last wrote (exact): some platforms let a business answer freely only for a while
    # after that (WhatsApp: 24 hours); `nudged_at` is when we last asked them to write back.
    last_inbound_at: Mapped[datetime | None] = mapped_column()
    nudged_at: Mapped[datetime | None] = mapped_column()

    conversation: Mapped[Conversation] = relationship(
        back_populates="contact", uselist=False, cascade="all, delete-orphan", passive_deletes=True
    )


class Consent(Base):
    """Every consent answer with its time and the version of the text that was shown."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    scope: Mapped[str] = mapped_column(String(32))
    given: Mapped[bool] = mapped_column(Boolean)
    text_version: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Conversation(Base):
    """Where the parent is in the flows, and what triage learned (only with consent)."""

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), unique=True
    )
    step: Mapped[str] = mapped_column(String(48), default="start")
    step_data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(16), default="bot")  # bot | waiting | taken (by a person)
    stopped: Mapped[bool] = mapped_column(Boolean, default=False)  # the parent said /stop
    consent: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    role: Mapped[str | None] = mapped_column(String(24))
    municipality: Mapped[str | None] = mapped_column(String(80))
    municipality_declined: Mapped[bool] = mapped_column(Boolean, default=False)
    life_areas: Mapped[list[str]] = mapped_column(default=list)
    wish: Mapped[str | None] = mapped_column(String(24))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent_reasons: Mapped[list[str]] = mapped_column(default=list)
    # Peer matching: the parent's answers while asking (kind, languages, prefer_local, alias), and
    # whether a match is searching or active. Written only by flows.actions.matching.
    peer_wish: Mapped[dict[str, Any]] = mapped_column(default=dict)
    match_status: Mapped[str | None] = mapped_column(String(12))  # searching | active
    # Languages the bot offered to switch to and the parent said no to (never a stand-in for origin).
    languages_declined: Mapped[list[str]] = mapped_column(default=list)
    safe_said_at: Mapped[datetime | None] = mapped_column()  # the parent answered the safety check: safe
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    contact: Mapped[Contact] = relationship(back_populates="conversation")


class Message(Base):
    """The history a coordinator reads. Text is kept only where the parent agreed or asked for a
    person; otherwise only that a message came."""

    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_conversation_id_id", "conversation_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    sender: Mapped[str] = mapped_column(String(16))  # parent | bot | coordinator
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_accounts.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(16))  # text | button | command | media
    body: Mapped[str | None] = mapped_column(Text)
    media_type: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    media: Mapped[Media | None] = relationship(uselist=False, lazy="selectin", cascade="all, delete-orphan", passive_deletes=True)


class Media(Base):
    """A parent's photo or voice note, kept with the message so a coordinator can see or hear it,
    and erased with it."""

    __tablename__ = "media"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), unique=True)
    content_type: Mapped[str] = mapped_column(String(80))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


class InboundReceipt(Base):
    """One row per platform message id: the unique key makes a redelivery a no-op."""

    __tablename__ = "inbound_receipts"
    __table_args__ = (UniqueConstraint("channel", "platform_message_id", name="uq_inbound_receipts_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    platform_message_id: Mapped[str] = mapped_column(String(160))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


AWAITING_REPLY = "awaiting reply"  # Outbox.error of a message parked until the person writes again


class Outbox(Base):
    """Durable outgoing messages; channels drain them. A crash between decide and send loses
    nothing: the row is still pending at the next start."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_pending", "channel", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(128))
    payload: Mapped[dict[str, Any]] = mapped_column()
    status: Mapped[str] = mapped_column(String(12), default="pending")  # pending | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    lease_until: Mapped[datetime | None] = mapped_column()
    lease_token: Mapped[str | None] = mapped_column(String(32))
    delete_after_send: Mapped[bool] = mapped_column(Boolean, default=False)
    error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column()
    # The history line a coordinator reads for this message, so delivery news can be shown there.
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"), index=True)


class OutboundDelivery(Base):
    """What the platform reported about one message it accepted (sent, delivered, read, failed),
    keyed on the platform's message id so its status callbacks find the outbox row."""

    __tablename__ = "outbound_deliveries"
    __table_args__ = (UniqueConstraint("channel", "platform_message_id", name="uq_outbound_deliveries_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    platform_message_id: Mapped[str] = mapped_column(String(160))
    status: Mapped[str] = mapped_column(String(12), default="accepted")  # accepted | sent | delivered | read | failed
    error: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class WebhookInbox(Base):
    """A verified webhook body, kept only until it is processed: the platform got its 200 at
    once, and a crash before processing loses nothing (claimed with a lease, like the outbox)."""

    __tablename__ = "webhook_inbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    lease_until: Mapped[datetime | None] = mapped_column()
    error: Mapped[str | None] = mapped_column(String(200))


class Handoff(Base):
    """A request for a person. The coordinators of `municipality` (or the default team) see it."""

    __tablename__ = "handoffs"
    __table_args__ = (Index("ix_handoffs_queue", "status", "municipality"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    municipality: Mapped[str | None] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(String(24))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), default="waiting")  # waiting | taken | closed
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)
    taken_by: Mapped[int | None] = mapped_column(ForeignKey("staff_accounts.id", ondelete="SET NULL"))
    taken_at: Mapped[datetime | None] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column()
    outcome: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)  # internal; never sent to the parent
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class MunicipalitySetting(Base):
    """Per-municipality promises: how soon a person answers, when the office is open, and how
    long a request may wait before coordinators (then admins) are alerted."""

    __tablename__ = "municipality_settings"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    response_working_days: Mapped[int] = mapped_column(Integer, default=2)
    # Weekly hours like a peer's availability ({"0": [["09:00", "17:00"]], ...}); empty = Mon-Fri 9-17.
    office_hours: Mapped[dict[str, Any]] = mapped_column(default=dict)
    escalate_after_minutes: Mapped[int] = mapped_column(Integer, default=240)
    escalate_urgent_minutes: Mapped[int] = mapped_column(Integer, default=30)


class AuditLog(Base):
    """Who did what to which object, with what result, when and from where. Never message text,
    never secrets (BIO2 8.15)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(48))
    object_type: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[str | None] = mapped_column(String(64))
    result: Mapped[str] = mapped_column(String(16), default="ok")
    origin: Mapped[str | None] = mapped_column(String(64))


class StaffAccount(Base):
    """A coordinator or admin of the console. The password is an argon2id hash; the second factor
    is TOTP. `display_name` is the first name a parent hears when this person takes over."""

    __tablename__ = "staff_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))  # admin | coordinator
    password_hash: Mapped[str] = mapped_column(String(255))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    totp_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    totp_last_step: Mapped[int | None] = mapped_column(Integer)  # a code is accepted once
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column()
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column()

    municipalities: Mapped[list[StaffMunicipality]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    @property
    def municipality_names(self) -> list[str]:
        return sorted(m.municipality for m in self.municipalities)


class StaffMunicipality(Base):
    """Which municipalities a coordinator serves; everything they see is scoped by this."""

    __tablename__ = "staff_municipalities"

    account_id: Mapped[int] = mapped_column(ForeignKey("staff_accounts.id", ondelete="CASCADE"), primary_key=True)
    municipality: Mapped[str] = mapped_column(String(80), primary_key=True)


class StaffSession(Base):
    """A console session, kept server-side so it can end: after 30 idle minutes, at logout, or
    when the account is disabled. Only a hash of the cookie's token is stored."""

    __tablename__ = "staff_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("staff_accounts.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(16))  # password | complete
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    origin: Mapped[str | None] = mapped_column(String(64))


class Peer(Base):
    """A lotgenoot or ervaringsdeskundige in the pool. Only what matching needs: a first name or
    alias, no phone number. Their chat is linked through a one-time invite (`contact_id`)."""

    __tablename__ = "peers"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(24))  # ervaringsdeskundige | lotgenoot
    languages: Mapped[list[str]] = mapped_column(default=list)
    province: Mapped[str | None] = mapped_column(String(40))  # where the peer lives, if they said
    themes: Mapped[list[str]] = mapped_column(default=list)
    # Weekly availability: {"0": [["09:00", "17:00"]], ...} with Monday = "0", Europe/Amsterdam.
    # Empty means any time.
    availability: Mapped[dict[str, Any]] = mapped_column(default=dict)
    capacity: Mapped[int] = mapped_column(Integer, default=2)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    paused_at: Mapped[datetime | None] = mapped_column()
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # False: taken out of the pool
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), unique=True)
    invite_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    invite_expires_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    municipalities: Mapped[list[PeerMunicipality]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    @property
    def municipality_names(self) -> list[str]:
        return sorted(m.municipality for m in self.municipalities)


class PeerMunicipality(Base):
    """The municipalities a peer serves; coordinators of these manage the peer."""

    __tablename__ = "peer_municipalities"

    peer_id: Mapped[int] = mapped_column(ForeignKey("peers.id", ondelete="CASCADE"), primary_key=True)
    municipality: Mapped[str] = mapped_column(String(80), primary_key=True, index=True)


class Match(Base):
    """A parent's request for a peer and the contact that follows. The lifecycle (created,
    accepted, ended, and each proposal) stays for the half-yearly report after the parent is
    erased; only the link to the parent goes."""

    __tablename__ = "matches"
    __table_args__ = (Index("ix_matches_status", "status", "municipality"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id", ondelete="SET NULL"), index=True)
    peer_id: Mapped[int | None] = mapped_column(ForeignKey("peers.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="searching")  # searching | active | ended | unmatched | cancelled
    municipality: Mapped[str | None] = mapped_column(String(80))
    province: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(8))
    languages: Mapped[list[str]] = mapped_column(default=list)  # acceptable, the parent's own first
    kind: Mapped[str | None] = mapped_column(String(24))  # wanted kind; None = either
    prefer_local: Mapped[bool | None] = mapped_column(Boolean)
    themes: Mapped[list[str]] = mapped_column(default=list)
    parent_alias: Mapped[str | None] = mapped_column(String(40))
    # Contact details each side chose to share; delivered to the other only when both did.
    parent_shares: Mapped[str | None] = mapped_column(String(200))
    peer_shares: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    accepted_at: Mapped[datetime | None] = mapped_column()
    ended_at: Mapped[datetime | None] = mapped_column()
    ended_by: Mapped[str | None] = mapped_column(String(16))  # parent | peer | coordinator | system
    end_reason: Mapped[str | None] = mapped_column(String(24))

    proposals: Mapped[list[MatchProposal]] = relationship(
        back_populates="match", cascade="all, delete-orphan", lazy="selectin", order_by="MatchProposal.id"
    )


class MatchProposal(Base):
    """One peer asked for one match, with why they were chosen (shown in the console)."""

    __tablename__ = "match_proposals"
    __table_args__ = (Index("ix_match_proposals_open", "status", "expires_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    match_id: Mapped[int] = mapped_column(ForeignKey("matches.id", ondelete="CASCADE"), index=True)
    peer_id: Mapped[int | None] = mapped_column(ForeignKey("peers.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="proposed")  # proposed | accepted | declined | expired | withdrawn
    score: Mapped[float] = mapped_column(default=0.0)
    reasons: Mapped[list[str]] = mapped_column(default=list)
    proposed_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    answered_at: Mapped[datetime | None] = mapped_column()

    match: Mapped[Match] = relationship(back_populates="proposals")


class Location(Base):
    """A place where a municipality holds walk-in hours (inloop)."""

    __tablename__ = "locations"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality: Mapped[str] = mapped_column(String(80), index=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(String(200))
    route: Mapped[str | None] = mapped_column(Text)  # how to get there
    accessibility: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class WalkIn(Base):
    """Walk-in hours: every week on `weekday` (between `starts_on` and `ends_on`), or once on
    `on_date`. Times are local (Europe/Amsterdam) so they stay put when the clocks change."""

    __tablename__ = "walk_ins"

    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int | None] = mapped_column(Integer)  # 0 = Monday; None for a one-off
    on_date: Mapped[date | None] = mapped_column(Date)  # a one-off
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(5))  # "HH:MM" local
    end_time: Mapped[str] = mapped_column(String(5))
    capacity: Mapped[int] = mapped_column(Integer, default=8)
    host_peer_id: Mapped[int | None] = mapped_column(ForeignKey("peers.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    location: Mapped[Location] = relationship(lazy="selectin")


class WalkInSlot(Base):
    """One occurrence of walk-in hours, made when first offered. `booked` is raised with a
    conditional UPDATE, so two parents cannot both take the last seat."""

    __tablename__ = "walk_in_slots"
    __table_args__ = (UniqueConstraint("walk_in_id", "starts_at", name="uq_walk_in_slots_occurrence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    walk_in_id: Mapped[int] = mapped_column(ForeignKey("walk_ins.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime] = mapped_column()
    capacity: Mapped[int] = mapped_column(Integer)
    booked: Mapped[int] = mapped_column(Integer, default=0)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)

    walk_in: Mapped[WalkIn] = relationship(lazy="selectin")


class Booking(Base):
    """A parent's seat at a walk-in. Erased with the parent; reminders sent are remembered so a
    job that fires twice sends once."""

    __tablename__ = "bookings"
    __table_args__ = (Index("ix_bookings_slot_status", "slot_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("walk_in_slots.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="booked")  # booked | cancelled | moved | attended | no_show
    code: Mapped[str] = mapped_column(String(8), default="")  # said at the door; the host marks who came by it
    reminders_sent: Mapped[list[str]] = mapped_column(default=list)
    feedback: Mapped[str | None] = mapped_column(String(16))  # good | okay | bad
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    cancelled_at: Mapped[datetime | None] = mapped_column()
    marked_at: Mapped[datetime | None] = mapped_column()

    slot: Mapped[WalkInSlot] = relationship(lazy="selectin")


class AftercarePlan(Base):
    """Check-ins after a case is closed with aftercare (nazorg): one gentle question at each
    moment of the rhythm, until the parent says stop or the rhythm ends."""

    __tablename__ = "aftercare_plans"
    __table_args__ = (Index("ix_aftercare_plans_due", "status", "next_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    municipality: Mapped[str | None] = mapped_column(String(80))
    rhythm: Mapped[list[str]] = mapped_column(default=list)  # offsets from the start: 14d, 1m, 3m ...
    status: Mapped[str] = mapped_column(String(12), default="active")  # active | stopped | done
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    next_index: Mapped[int] = mapped_column(Integer, default=0)
    next_at: Mapped[datetime | None] = mapped_column()
    answers: Mapped[list[str]] = mapped_column(default=list)  # good | talk | stop, in order
    stopped_at: Mapped[datetime | None] = mapped_column()


class Alert(Base):
    """A waiting request nobody took in time: level 1 alerts the municipality's coordinators,
    level 2 the admins. One row per level, so a job that fires twice alerts once."""

    __tablename__ = "alerts"
    __table_args__ = (UniqueConstraint("handoff_id", "level", name="uq_alerts_handoff_level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    handoff_id: Mapped[int] = mapped_column(ForeignKey("handoffs.id", ondelete="CASCADE"), index=True)
    level: Mapped[int] = mapped_column(Integer)
    municipality: Mapped[str | None] = mapped_column(String(80))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    acknowledged_by: Mapped[int | None] = mapped_column(ForeignKey("staff_accounts.id", ondelete="SET NULL"))
    acknowledged_at: Mapped[datetime | None] = mapped_column()
