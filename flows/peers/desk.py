"""The bot as a peer sees it: connecting with an invite, proposals to answer, contacts to write to,
a pause, ending a contact, raising a concern. A peer's chat is marked by its step (`peer:...`),
so a parent's turn never pays for a lookup. Every change goes through flows.actions.matching."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from flows.actions import matching, outbox
from flows.actions.erasure import erase_contact
from flows.actions.handoff import OPEN_STATUSES
from flows.engine import keywords
from flows.engine.spec import load as load_flows
from flows.engine.types import Button, Inbound, Reply
from flows.events import emit
from flows.i18n import gettext_for
from flows.peers import pool, texts
from flows.settings import Settings
from flows.store.models import Contact, Conversation, Match, Message, Peer
from nlu.crisis import detect_crisis

STEP_PREFIX = "peer:"
DESK = "peer:desk"
WHO = "peer:who"  # step_data: {"pending": text} until the peer says for whom
CONCERN = "peer:concern"
SHARE = "peer:share"  # step_data: {"match": id}

_WORDS = {
    "contacten": ("contacten", "contacts", "mijn contacten"),
    "pauze": ("pauze", "pause", "pauzeren"),
    "verder": ("verder", "resume", "hervat"),
    "zorg": ("zorg", "concern", "zorgen"),
}
_LOOKUP = {keywords.fold(word): name for name, words in _WORDS.items() for word in words}


def _signals_crisis(event: Inbound) -> bool:
    """The phrase layer, or the classifier's recall-first crisis signal."""
    if event.kind != "text":
        return False
    return detect_crisis(event.text) is not None or bool(event.understanding and event.understanding.crisis)


def invite_code(event: Inbound) -> str | None:
    """The code in '/start CODE' (what a Telegram invite link sends), if it looks like one."""
    if event.kind != "command":
        return None
    parts = event.text.split()
    if len(parts) == 2 and parts[0].split("@")[0].lower() == "/start" and pool.looks_like_invite(parts[1]):
        return parts[1].upper()
    return None


def _command(event: Inbound) -> str | None:
    if event.kind == "command":
        parts = event.text.split()
        return parts[0].lstrip("/").split("@")[0].lower() if parts else None
    if event.kind == "text" and len(event.text) <= 40:
        return _LOOKUP.get(keywords.fold(event.text)) or keywords.command_for(event.text)
    return None


class Desk:
    """One peer turn: collects the replies to the peer and sends them at the end."""

    def __init__(self, session: AsyncSession, contact: Contact, conversation: Conversation, settings: Settings) -> None:
        self.session, self.contact, self.conversation, self.settings = session, contact, conversation, settings
        self.replies: list[Reply] = []

    def t(self, message: str, **values: object) -> str:
        text = gettext_for(self.contact.language or "nl")(message)
        return text % values if values else text

    def say(self, *lines: str, buttons: tuple[Button, ...] = ()) -> None:
        self.replies.append(Reply(text="\n\n".join(lines), buttons=buttons, language=self.contact.language or "nl"))

    def goto(self, step: str, **data: object) -> None:
        self.conversation.step, self.conversation.step_data = step, dict(data)

    async def send(self) -> int:
        return await outbox.enqueue(
            self.session,
            channel=self.contact.channel,
            address=self.contact.address,
            replies=self.replies,
            contact=self.contact,
            conversation=self.conversation,
        )

    # --- the turn ---

    async def run(self, peer: Peer, event: Inbound) -> None:
        if self.conversation.status == "taken":
            await self._to_coordinator(peer, event)
            return
        if _signals_crisis(event):
            await self._crisis(peer)
        command = _command(event)
        if command is not None and await self._command(peer, command):
            return
        if event.kind == "button":
            await self._button(peer, event.text)
        elif event.kind == "media":
            self.say(self.t(texts.PEER_MEDIA))
        elif self.conversation.step == CONCERN:
            await self._concern(peer, event.text)
        elif self.conversation.step == SHARE:
            await self._share(peer, event.text)
        else:
            await self._write(peer, event.text)

    async def _to_coordinator(self, peer: Peer, event: Inbound) -> None:
        """A coordinator holds this peer's chat: their words go to the coordinator, not to a parent."""
        if _signals_crisis(event):
            self.conversation.urgent = True
        body = event.text[:10_000] if event.kind in ("text", "command") else None
        self.session.add(Message(conversation_id=self.conversation.id, direction="in", sender="peer", kind=event.kind, body=body, media_type=event.media_type))
        emit(self.session, "conversation.message", conversation_id=self.conversation.id)

    async def _crisis(self, peer: Peer) -> None:
        """Signs of danger in a peer's message: the lines at once, and a coordinator alerted."""
        self.say(*(self.t(line) for line in load_flows()["crisis"].say))  # the very words parents get
        matches = await matching.active_matches(self.session, peer)
        await matching.raise_concern(
            self.session, peer, self.contact, self.conversation, "crisis", match=matches[0] if len(matches) == 1 else None, urgent=True
        )

    async def _command(self, peer: Peer, command: str) -> bool:
        if command in ("start", "help"):
            self.say(self.t(texts.MENU))
        elif command == "contacten":
            await self._contacts(peer)
        elif command in ("pauze", "stop"):
            await matching.set_paused(self.session, peer, True, self.settings, actor=f"peer:{peer.id}")
            self.say(self.t(texts.PAUSED))
        elif command == "verder":
            await matching.set_paused(self.session, peer, False, self.settings, actor=f"peer:{peer.id}")
            self.say(self.t(texts.RESUMED))
        elif command == "einde":
            await self._choose(peer, "end", texts.END_WHICH, texts.END_WITH)
        elif command in ("zorg", "mens"):
            self.goto(CONCERN)
            self.say(self.t(texts.CONCERN_ASK))
        elif command == "deel":
            await self._choose(peer, "share", texts.WHO_TO, texts.WRITE_TO)
        elif command == "vergeet":
            await matching.disconnect_peer(self.session, peer, actor=f"peer:{peer.id}", settings=self.settings)
            self.say(self.t(texts.PEER_DISCONNECTED))
            await outbox.enqueue(
                self.session, channel=self.contact.channel, address=self.contact.address, replies=self.replies, contact=None, conversation=None, delete_after_send=True
            )
            self.replies = []
            await erase_contact(self.session, self.contact)
        else:
            return False
        return True

    async def _contacts(self, peer: Peer) -> None:
        matches = await matching.active_matches(self.session, peer)
        if not matches:
            self.say(self.t(texts.NO_CONTACTS))
            return
        buttons = []
        for match in matches:
            alias = matching.alias_for(match, self.contact)
            buttons.append(Button(f"peer:to:{match.id}", self.t(texts.WRITE_TO, alias=alias)))
            buttons.append(Button(f"peer:end:{match.id}", self.t(texts.END_WITH, alias=alias)))
        self.say(self.t(texts.CONTACTS), buttons=tuple(buttons))

    async def _choose(self, peer: Peer, verb: str, question: str, label: str) -> None:
        """End or share: straight away with one contact, after a choice with several."""
        matches = await matching.active_matches(self.session, peer)
        if not matches:
            self.say(self.t(texts.NO_CONTACTS))
        elif len(matches) == 1:
            await self._act(peer, verb, matches[0])
        else:
            buttons = tuple(Button(f"peer:{verb}:{m.id}", self.t(label, alias=matching.alias_for(m, self.contact))) for m in matches)
            self.say(self.t(question), buttons=buttons)

    async def _act(self, peer: Peer, verb: str, match: Match) -> None:
        if verb == "end":
            await matching.end(self.session, match, by="peer", actor=f"peer:{peer.id}")
            self.goto(DESK)
        elif verb == "share":
            self.goto(SHARE, match=match.id)
            self.say(self.t(texts.SHARE_ASK, peer=matching.alias_for(match, self.contact)))

    async def _button(self, peer: Peer, data: str) -> None:
        parts = data.split(":")
        if len(parts) != 3 or parts[0] != "peer" or not parts[2].isdigit():
            self.say(self.t(texts.MENU))
            return
        verb, number = parts[1], int(parts[2])
        if verb in ("accept", "decline"):
            await matching.answer(self.session, number, peer, verb == "accept", self.settings)
            return
        match = await self.session.scalar(select(Match).where(Match.id == number, Match.peer_id == peer.id, Match.status == "active"))
        if match is None:
            self.say(self.t(texts.PROPOSAL_GONE))
        elif verb == "to":
            self.goto(DESK, target=match.id)
            self.say(self.t(texts.WRITING_TO, alias=matching.alias_for(match, self.contact)))
        elif verb == "who":
            pending = str(self.conversation.step_data.get("pending", ""))
            self.goto(DESK, target=match.id)
            if pending:
                await matching.relay(self.session, match, from_parent=False, text=pending)
        elif verb in ("end", "share"):
            await self._act(peer, verb, match)
        else:
            self.say(self.t(texts.MENU))

    async def _concern(self, peer: Peer, text: str) -> None:
        matches = await matching.active_matches(self.session, peer)
        await matching.raise_concern(self.session, peer, self.contact, self.conversation, text, match=matches[0] if len(matches) == 1 else None)
        self.session.add(Message(conversation_id=self.conversation.id, direction="in", sender="peer", kind="text", body=text[:10_000]))
        self.goto(DESK)
        self.say(self.t(texts.CONCERN_SENT))

    async def _share(self, peer: Peer, text: str) -> None:
        match_id = self.conversation.step_data.get("match")
        match = await self.session.scalar(select(Match).where(Match.id == match_id, Match.peer_id == peer.id, Match.status == "active"))
        self.goto(DESK)
        if match is None:
            self.say(self.t(texts.PROPOSAL_GONE))
            return
        await matching.share_details(self.session, match, from_parent=False, details=text)

    async def _write(self, peer: Peer, text: str) -> None:
        """Free text goes to the peer's contact; with several contacts, to the one chosen, and
        when none is chosen the bot asks first and keeps the text meanwhile."""
        matches = await matching.active_matches(self.session, peer)
        if not matches:
            self.say(self.t(texts.PEER_NOT_UNDERSTOOD))
            return
        target = self.conversation.step_data.get("target")
        chosen = next((m for m in matches if m.id == target), None) if len(matches) > 1 else matches[0]
        if chosen is None:
            earlier = str(self.conversation.step_data.get("pending", "")) if self.conversation.step == WHO else ""
            self.goto(WHO, pending=f"{earlier}\n\n{text}".strip()[: matching.MAX_RELAY])
            buttons = tuple(Button(f"peer:who:{m.id}", matching.alias_for(m, self.contact)) for m in matches)
            self.say(self.t(texts.WHO_TO), buttons=buttons)
            return
        await matching.relay(self.session, chosen, from_parent=False, text=text)


async def handle(session: AsyncSession, contact: Contact, conversation: Conversation, event: Inbound, settings: Settings) -> int | None:
    """Handle a turn of a peer's chat; None when this chat is not (or no longer) a peer's, so the
    parent engine answers it."""
    code = invite_code(event)
    peer = await pool.peer_for_contact(session, contact.id)
    desk = Desk(session, contact, conversation, settings)
    if code is not None:
        if peer is None:
            peer = await pool.connect(session, code, contact)
            if peer is None:
                desk.say(desk.t(texts.INVITE_INVALID))
                return await desk.send()
            if conversation.status in OPEN_STATUSES:
                conversation.status = "bot"
            desk.goto(DESK)
            desk.say(desk.t(texts.CONNECTED, name=peer.display_name), desk.t(texts.HOW_IT_WORKS), desk.t(texts.MENU))
        else:
            desk.say(desk.t(texts.ALREADY_CONNECTED))
        return await desk.send()
    if peer is None:
        conversation.step, conversation.step_data = "start", {}
        return None
    await desk.run(peer, event)
    return await desk.send() if desk.replies else 0
