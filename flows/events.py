"""In-process events, published only after the transaction that caused them commits, so a
listener (the console, a channel's outbox drainer) never sees a change that was rolled back."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

_KEY = "naast_events"


@dataclass(frozen=True)
class Event:
    kind: str  # e.g. handoff.requested, outbox.queued, contact.erased
    data: dict[str, Any] = field(default_factory=dict)


Listener = Callable[[Event], None]
_listeners: list[Listener] = []


def subscribe(listener: Listener) -> Callable[[], None]:
    """Listen to every event; returns a function that stops listening."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


def emit(session: Session, kind: str, **data: Any) -> None:
    """Queue an event on the session; it is published when the session commits."""
    session.info.setdefault(_KEY, []).append(Event(kind, data))


def _publish(session: Session) -> None:
    for queued in session.info.pop(_KEY, []):
        for listener in list(_listeners):
            try:
                listener(queued)
            except Exception:  # a broken listener must not break the turn that already committed
                log.exception("event listener failed", extra={"event": queued.kind})


def _discard(session: Session) -> None:
    session.info.pop(_KEY, None)


sa_event.listen(Session, "after_commit", _publish)
sa_event.listen(Session, "after_soft_rollback", lambda session, _tx: _discard(session))
