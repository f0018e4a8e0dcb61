"""The audit trail: actor, action, object, result, time and origin. Never message text or secrets."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from flows.store.models import AuditLog


def record(
    session: AsyncSession,
    *,
    actor: str,
    action: str,
    object_type: str,
    object_id: str | int | None,
    result: str = "ok",
    origin: str | None = None,
) -> None:
    session.add(
        AuditLog(
            actor=actor,
            action=action,
            object_type=object_type,
            object_id=None if object_id is None else str(object_id),
            result=result,
            origin=origin,
        )
    )


def parent_actor(public_id: str) -> str:
    return f"parent:{public_id}"
