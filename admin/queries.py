"""What the console reads, always through the account's scope: a coordinator sees only their own
municipalities, and an id from elsewhere is simply not found."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, case, false, func, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from admin.security import DEFAULT_TEAM, can_see, scope_filter
from flows.actions.handoff import OPEN_STATUSES
from flows.store.models import AWAITING_REPLY, AftercarePlan, Alert, AuditLog, Contact, Conversation, Handoff, Match, MatchProposal, Media, Message, OutboundDelivery, Outbox, Peer, PeerMunicipality, StaffAccount


@dataclass(frozen=True)
class QueueRow:
    handoff: Handoff
    contact: Contact
    conversation: Conversation
    holder: str | None


async def queue(db: AsyncSession, account: StaffAccount) -> list[QueueRow]:
    """Open handoffs of the account's municipalities: urgent first, then oldest."""
    rows = await db.execute(
        select(Handoff, Contact, Conversation, StaffAccount.display_name)
        .join(Conversation, Conversation.id == Handoff.conversation_id)
        .join(Contact, Contact.id == Conversation.contact_id)
        .outerjoin(StaffAccount, StaffAccount.id == Handoff.taken_by)
        .where(Handoff.status.in_(OPEN_STATUSES), scope_filter(account, Handoff.municipality))
        .order_by(case((Handoff.urgent, 0), else_=1), Handoff.created_at, Handoff.id)
    )
    return [QueueRow(h, c, conv, holder) for h, c, conv, holder in rows]


async def handoff_in_scope(db: AsyncSession, account: StaffAccount, handoff_id: int) -> Handoff | None:
    return await db.scalar(select(Handoff).where(Handoff.id == handoff_id, scope_filter(account, Handoff.municipality)))


# --- alerts: requests nobody took in time ---


@dataclass(frozen=True)
class AlertRow:
    alert: Alert
    handoff: Handoff


@dataclass(frozen=True)
class AlertMark:
    """How a queue row shows its escalation: still open, or picked up (by whom)."""

    open: bool
    picked_by: str | None


def alert_scope(account: StaffAccount) -> ColumnElement[bool]:
    """Alerts an account is meant to act on (with Handoff joined): a coordinator the level-1
    alerts of requests they may see, exactly as the queue is scoped; an admin every level."""
    if account.role == "admin":
        return true()
    return and_(Alert.level == 1, scope_filter(account, Handoff.municipality))


async def open_alerts(db: AsyncSession, account: StaffAccount) -> list[AlertRow]:
    """Unacknowledged alerts of requests that still wait, one per request (the highest level):
    most escalated first, then urgent, then who waits longest."""
    rows = await db.execute(
        select(Alert, Handoff)
        .join(Handoff, Handoff.id == Alert.handoff_id)
        .where(Alert.acknowledged_at.is_(None), Handoff.status == "waiting", alert_scope(account))
        .order_by(Alert.level.desc(), case((Handoff.urgent, 0), else_=1), Handoff.created_at, Alert.id)
    )
    shown: list[AlertRow] = []
    seen: set[int] = set()
    for alert, handoff in rows:
        if handoff.id not in seen:
            seen.add(handoff.id)
            shown.append(AlertRow(alert, handoff))
    return shown


async def alert_in_scope(db: AsyncSession, account: StaffAccount, alert_id: int) -> Alert | None:
    return await db.scalar(select(Alert).join(Handoff, Handoff.id == Alert.handoff_id).where(Alert.id == alert_id, alert_scope(account)))


async def open_alerts_of(db: AsyncSession, account: StaffAccount, handoff_id: int) -> list[Alert]:
    """The alerts of one request the account may act on that nobody picked up yet."""
    return list(
        await db.scalars(
            select(Alert).join(Handoff, Handoff.id == Alert.handoff_id)
            .where(Alert.handoff_id == handoff_id, Alert.acknowledged_at.is_(None), alert_scope(account))
            .order_by(Alert.level, Alert.id)
        )
    )


async def alert_marks(db: AsyncSession, account: StaffAccount, handoff_ids: list[int]) -> dict[int, AlertMark]:
    """Per queue row with an alert the account may see: open, or who picked it up."""
    if not handoff_ids:
        return {}
    rows = await db.execute(
        select(Alert.handoff_id, Alert.acknowledged_at, StaffAccount.display_name)
        .join(Handoff, Handoff.id == Alert.handoff_id)
        .outerjoin(StaffAccount, StaffAccount.id == Alert.acknowledged_by)
        .where(Alert.handoff_id.in_(handoff_ids), alert_scope(account))
        .order_by(Alert.level, Alert.id)
    )
    marks: dict[int, AlertMark] = {}
    for handoff_id, acknowledged_at, name in rows:
        before = marks.get(handoff_id)
        if acknowledged_at is None:
            marks[handoff_id] = AlertMark(True, None)
        elif before is None or not before.open:
            marks[handoff_id] = AlertMark(False, name or "?")
    return marks


async def new_alert_since(db: AsyncSession, account: StaffAccount, after_id: int) -> bool:
    """Whether an alert newer than `after_id` is open for this account (for the live banner)."""
    found = await db.scalar(
        select(Alert.id).join(Handoff, Handoff.id == Alert.handoff_id)
        .where(Alert.id > after_id, Alert.acknowledged_at.is_(None), alert_scope(account))
        .limit(1)
    )
    return found is not None


async def aftercare_of(db: AsyncSession, contact_id: int) -> AftercarePlan | None:
    """The parent's latest aftercare plan, if any."""
    return await db.scalar(
        select(AftercarePlan).where(AftercarePlan.contact_id == contact_id).order_by(AftercarePlan.started_at.desc(), AftercarePlan.id.desc()).limit(1)
    )


async def media_in_scope(db: AsyncSession, account: StaffAccount, media_id: int) -> tuple[Media, int] | None:
    row = (
        await db.execute(
            select(Media, Handoff.id)
            .join(Message, Message.id == Media.message_id)
            .join(Handoff, Handoff.conversation_id == Message.conversation_id)
            .where(Media.id == media_id, scope_filter(account, Handoff.municipality))
            .order_by(Handoff.id.desc())
            .limit(1)
        )
    ).first()
    return (row[0], row[1]) if row else None


async def media_bytes(db: AsyncSession, media_id: int) -> bytes:
    return await db.scalar(select(Media.data).where(Media.id == media_id)) or b""


async def colleagues(db: AsyncSession, account: StaffAccount, municipality: str | None) -> list[StaffAccount]:
    """Who a conversation can be transferred to: active accounts that may see it."""
    candidates = await db.scalars(select(StaffAccount).where(StaffAccount.disabled.is_(False), StaffAccount.id != account.id).order_by(StaffAccount.display_name))
    return [c for c in candidates if can_see(c, municipality)]


async def audit_search(db: AsyncSession, *, actor: str = "", action: str = "", since: datetime | None = None, limit: int = 200) -> list[AuditLog]:
    query = select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)
    if actor:
        query = query.where(AuditLog.actor.contains(actor))
    if action:
        query = query.where(AuditLog.action.contains(action))
    if since:
        query = query.where(AuditLog.at >= since)
    return list(await db.scalars(query))


# --- the peer pool ---

MATCH_STATUSES = ("searching", "active", "unmatched", "ended", "cancelled")
SHOWN_MATCH_STATUSES = ("searching", "active", "unmatched", "ended")
MATCH_LIST_LIMIT = 300


def peer_scope(account: StaffAccount) -> ColumnElement[bool]:
    """Peers an account may see: a coordinator those serving at least one of their own
    municipalities (the default team "*" is not a municipality), an admin every peer."""
    if account.role == "admin":
        return true()
    if account.role != "coordinator":
        return false()
    real = [name for name in account.municipality_names if name != DEFAULT_TEAM]
    if not real:
        return false()
    return Peer.id.in_(select(PeerMunicipality.peer_id).where(PeerMunicipality.municipality.in_(real)))


async def peers(db: AsyncSession, account: StaffAccount, *, kind: str | None = None, paused: bool | None = None) -> list[Peer]:
    query = select(Peer).where(peer_scope(account)).order_by(Peer.active.desc(), Peer.display_name, Peer.id)
    if kind:
        query = query.where(Peer.kind == kind)
    if paused is not None:
        query = query.where(Peer.paused.is_(paused))
    return list(await db.scalars(query))


async def peer_in_scope(db: AsyncSession, account: StaffAccount, peer_id: int) -> Peer | None:
    return await db.scalar(select(Peer).where(Peer.id == peer_id, peer_scope(account)))


async def visible_peer_ids(db: AsyncSession, account: StaffAccount, ids: list[int]) -> set[int]:
    if not ids:
        return set()
    return set(await db.scalars(select(Peer.id).where(Peer.id.in_(ids), peer_scope(account))))


async def peer_names(db: AsyncSession, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {row[0]: row[1] for row in await db.execute(select(Peer.id, Peer.display_name).where(Peer.id.in_(ids)))}


async def matches(db: AsyncSession, account: StaffAccount, statuses: tuple[str, ...] = SHOWN_MATCH_STATUSES) -> list[Match]:
    """Matches of the account's municipalities (no municipality: the default team), newest
    first. Never what was said: that is not stored."""
    query = (
        select(Match)
        .where(Match.status.in_(statuses), scope_filter(account, Match.municipality))
        .order_by(case((Match.status == "searching", 0), (Match.status == "active", 1), else_=2), Match.created_at.desc(), Match.id.desc())
        .limit(MATCH_LIST_LIMIT)
    )
    return list(await db.scalars(query))


async def match_in_scope(db: AsyncSession, account: StaffAccount, match_id: int) -> Match | None:
    return await db.scalar(select(Match).where(Match.id == match_id, scope_filter(account, Match.municipality)))


async def matches_of_peer(db: AsyncSession, account: StaffAccount, peer_id: int) -> tuple[list[Match], int]:
    """The matches this peer had or was asked for that the account may see, and how many more
    there are elsewhere (counted, not shown)."""
    involved = or_(Match.peer_id == peer_id, Match.id.in_(select(MatchProposal.match_id).where(MatchProposal.peer_id == peer_id)))
    shown = list(await db.scalars(select(Match).where(involved, scope_filter(account, Match.municipality)).order_by(Match.created_at.desc(), Match.id.desc()).limit(MATCH_LIST_LIMIT)))
    total = await db.scalar(select(func.count()).select_from(Match).where(involved)) or 0
    return shown, max(0, total - len(shown))


@dataclass(frozen=True)
class Delivery:
    """How far a message to the parent got: queued, waiting (for the parent to write first),
    sent, delivered, read or failed (with the platform's reason)."""

    state: str
    error: str | None = None


_DELIVERY_RANK = {"accepted": 1, "sent": 1, "delivered": 2, "read": 3}
_DELIVERY_STATE = {1: "sent", 2: "delivered", 3: "read"}


async def deliveries(db: AsyncSession, messages: list[Message]) -> dict[int, Delivery]:
    """Delivery news per outgoing message, for the channels that report it. Messages of a channel
    without receipts (the web chat, Telegram) show nothing unless they are stuck or failed. The
    outbox row decides failure: a failure the platform reported for an earlier try of a message
    that went again (WhatsApp's closed window) is no longer news."""
    ids = [m.id for m in messages if m.direction == "out"]
    if not ids:
        return {}
    rows = await db.execute(
        select(Outbox.message_id, Outbox.status, Outbox.error, OutboundDelivery.status)
        .outerjoin(OutboundDelivery, OutboundDelivery.outbox_id == Outbox.id)
        .where(Outbox.message_id.in_(ids))
    )
    found: dict[int, Delivery] = {}
    best: dict[int, int] = {}
    for message_id, status, error, reported in rows:
        if status == "failed":
            found[message_id] = Delivery("failed", error)
        elif status == "pending":
            found[message_id] = Delivery("waiting" if error == AWAITING_REPLY else "queued")
        elif reported in _DELIVERY_RANK:
            best[message_id] = max(best.get(message_id, 0), _DELIVERY_RANK[reported])
    for message_id, rank in best.items():
        found.setdefault(message_id, Delivery(_DELIVERY_STATE[rank]))
    return found
