"""What goes into the engine and what comes out. No platform types here: a channel translates
its updates into `Inbound` and renders `Reply`."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Literal

InboundKind = Literal["text", "button", "command", "media"]


@dataclass(frozen=True)
class Attachment:
    """A photo or voice note as the channel fetched it; the engine never looks inside."""

    content_type: str
    data: bytes


@dataclass(frozen=True)
class Understanding:
    """What the NLU made of a text (flows.nlu): an intent or nlu_fallback, the language it is
    written in, and whether it signals danger."""

    intent: str
    confidence: float = 0.0
    language: str | None = None
    language_confidence: float = 0.0
    crisis: bool = False
    check_in: bool = False  # no alarm, but worrying enough to ask whether the parent is safe


@dataclass(frozen=True)
class Inbound:
    """One thing a parent did, as a channel saw it."""

    channel: str
    user_id: str
    message_id: str
    kind: InboundKind
    text: str = ""
    address: str = ""
    language_hint: str | None = None
    media_type: str | None = None
    attachment: Attachment | None = field(default=None, repr=False)
    understanding: Understanding | None = None

    @property
    def reply_address(self) -> str:
        return self.address or self.user_id


@dataclass(frozen=True)
class Button:
    data: str
    label: str


@dataclass(frozen=True)
class Document:
    """A file sent with a message where the channel can carry one (a calendar file)."""

    filename: str
    content_type: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Notice:
    """What kind of unprompted message a reply is (a reminder, a check-in, a proposal to a peer, a
    coordinator's words) and its key values. Platforms that restrict messages nobody asked for
    (WhatsApp outside its 24-hour window) send a pre-approved text for the kind instead."""

    kind: str
    values: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Reply:
    """One message to send, already in the parent's language."""

    text: str
    buttons: tuple[Button, ...] = ()
    language: str = "nl"
    document: Document | None = None
    notice: Notice | None = None

    def as_payload(self) -> dict:
        payload = {
            "text": self.text,
            "buttons": [{"data": b.data, "label": b.label} for b in self.buttons],
            "language": self.language,
        }
        if self.document is not None:
            payload["document"] = {
                "filename": self.document.filename,
                "content_type": self.document.content_type,
                "data": base64.b64encode(self.document.data).decode(),
            }
        if self.notice is not None:
            payload["notice"] = {"kind": self.notice.kind, "values": dict(self.notice.values)}
        return payload


# --- State changes the runtime applies, in order, through flows.actions ---


@dataclass(frozen=True)
class SetLanguage:
    language: str


@dataclass(frozen=True)
class RecordConsent:
    given: bool


@dataclass(frozen=True)
class SetField:
    name: str
    value: str | list[str] | None


@dataclass(frozen=True)
class MarkUrgent:
    reason: str


@dataclass(frozen=True)
class RequestHandoff:
    reason: str


@dataclass(frozen=True)
class Stop:
    pass


@dataclass(frozen=True)
class Resume:
    """The parent wrote after /stop."""


@dataclass(frozen=True)
class SetPeerWish:
    """An answer to one of the matching questions (kind, languages, prefer_local, alias)."""

    name: str
    value: object


@dataclass(frozen=True)
class RequestPeer:
    """Start looking for a peer with the answers given."""


@dataclass(frozen=True)
class CancelPeerSearch:
    pass


@dataclass(frozen=True)
class EndPeerContact:
    pass


@dataclass(frozen=True)
class RelayToPeer:
    """Pass the parent's words to their peer; `crisis` also tells the peer help was given."""

    text: str
    crisis: bool = False


@dataclass(frozen=True)
class ShareWithPeer:
    details: str


@dataclass(frozen=True)
class WalkInRequest:
    """Something about walk-in hours that needs the database: offer, times, book, cancel,
    move, keep, manage, list, feedback. `target` is the slot or booking id when there is one."""

    verb: str
    target: int = 0
    value: str = ""


@dataclass(frozen=True)
class AftercareAnswer:
    plan_id: int
    value: str  # good | talk | stop


@dataclass(frozen=True)
class DeclineLanguage:
    """The parent would rather not switch to this language; do not offer it again."""

    language: str


@dataclass(frozen=True)
class SaidSafe:
    """The parent answered the safety check: safe now. Not asked again for a while."""


Change = (
    SetLanguage | RecordConsent | SetField | MarkUrgent | RequestHandoff | Stop | Resume
    | SetPeerWish | RequestPeer | CancelPeerSearch | EndPeerContact | RelayToPeer | ShareWithPeer | WalkInRequest
    | AftercareAnswer | DeclineLanguage | SaidSafe
)
PEER_CHANGES = (RequestPeer, CancelPeerSearch, EndPeerContact, RelayToPeer, ShareWithPeer)
WALK_IN_VERBS = frozenset({"offer", "times", "book", "cancel", "move", "keep", "manage", "list", "feedback"})


@dataclass
class State:
    """The conversation as the engine sees it; the runtime loads it from and saves it to the
    database around each turn."""

    step: str = "start"
    step_data: dict = field(default_factory=dict)
    status: str = "bot"
    stopped: bool = False
    language: str | None = None
    consent: bool | None = None
    role: str | None = None
    municipality: str | None = None
    life_areas: list[str] = field(default_factory=list)
    wish: str | None = None
    urgent: bool = False
    handoff_open: bool = False
    match: str | None = None  # searching | active: the parent's peer contact
    peer_name: str | None = None  # the peer's display name while a contact is active
    peer_wish: dict = field(default_factory=dict)
    languages_declined: list[str] = field(default_factory=list)  # switches the parent said no to
    safe_said_recently: bool = False  # answered the safety check "I am safe" within SAFE_QUIET

    @property
    def is_new(self) -> bool:
        return self.step == "start"


@dataclass
class Decision:
    replies: list[Reply] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    erase: bool = False  # erase everything about the parent; no other change applies
    state: State | None = None  # the conversation after this turn
