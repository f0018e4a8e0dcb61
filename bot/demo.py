"""Demo data for `naast serve --demo`: a fresh embedded database unless one is configured, and the
municipality Heerenveen set up. Added only where absent, so rerunning on a real database is safe."""

from __future__ import annotations

from sqlalchemy import select

from flows.settings import Settings
from flows.store.db import create_engine, session_factory
from admin.accounts import add_user
from flows.peers import pool
from flows.store.models import Location, MunicipalitySetting, Peer, StaffAccount, WalkIn

DEMO_MUNICIPALITY = "Heerenveen"


def fresh_embedded_settings(settings: Settings) -> Settings:
    """A new, empty SQLite database of the demo's own under var/."""
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    path = (settings.var_dir / "demo.db").resolve()
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return settings.model_copy(update={"database_url": f"sqlite:///{path}"})


DEMO_ACCOUNTS = (
    ("coordinator@heerenveen.example", "coordinator", [DEMO_MUNICIPALITY, "*"], "Meike"),  # "*": parents who named no municipality
    ("admin@naast.example", "admin", [], "Admin"),
)


DEMO_PEERS = (
    pool.PeerInput("Sanne", "ervaringsdeskundige", ("nl", "en"), (DEMO_MUNICIPALITY, "Leeuwarden"), ("money", "family", "recovery_uht"), 3),
    pool.PeerInput("Ayşe", "ervaringsdeskundige", ("nl", "tr"), (DEMO_MUNICIPALITY,), ("money", "housing", "debts"), 2),
    pool.PeerInput("Karim", "lotgenoot", ("nl", "ar"), (DEMO_MUNICIPALITY, "Smallingerland"), ("family", "children_placed"), 2),
    pool.PeerInput("Marta", "lotgenoot", ("nl", "pl", "uk"), (DEMO_MUNICIPALITY,), ("work", "health"), 1),
)


async def _seed_peers(session, settings: Settings) -> list[str]:  # type: ignore[no-untyped-def]
    """Demo peers with their invite codes: send /start CODE to the bot to act as one."""
    known = set(await session.scalars(select(Peer.display_name)))
    lines = []
    for data in DEMO_PEERS:
        if data.display_name in known:
            continue
        peer, code = await pool.create(session, data, settings, actor="demo")
        lines.append(f"  peer {peer.display_name} ({peer.kind}, {', '.join(peer.languages)}): send /start {code} to the bot")
    return lines


async def _seed_walk_ins(session) -> list[str]:  # type: ignore[no-untyped-def]
    """A place with weekly walk-in hours, so there are sessions in each of the coming four weeks."""
    if await session.scalar(select(Location).where(Location.municipality == DEMO_MUNICIPALITY)) is not None:
        return []
    location = Location(
        municipality=DEMO_MUNICIPALITY,
        name="Wijkcentrum It Hearrenfean",
        address="Van Kleffenslaan 4, Heerenveen",
        route="Vanaf station Heerenveen tien minuten lopen, of bus 10 tot halte Van Kleffenslaan.",
        accessibility="Alles gelijkvloers. Er is een invalidentoilet.",
    )
    session.add(location)
    await session.flush()
    host = await session.scalar(select(Peer).where(Peer.display_name == "Sanne"))
    session.add(WalkIn(location_id=location.id, weekday=1, start_time="10:00", end_time="12:00", capacity=8, host_peer_id=host.id if host else None))
    session.add(WalkIn(location_id=location.id, weekday=3, start_time="19:00", end_time="20:30", capacity=6))
    return [f"  walk-in hours: {location.name}, every Tuesday 10:00-12:00 and Thursday 19:00-20:30 (type 'inloop' in the chat)"]


async def seed(settings: Settings) -> list[str]:
    """Add what is missing; returns lines to print for the person who started the demo."""
    engine = create_engine(settings.resolved_database_url())
    try:
        async with session_factory(engine)() as session, session.begin():
            if await session.scalar(select(MunicipalitySetting).where(MunicipalitySetting.name == DEMO_MUNICIPALITY)) is None:
                session.add(MunicipalitySetting(name=DEMO_MUNICIPALITY, response_working_days=2))
            existing = set(await session.scalars(select(StaffAccount.email)))
            peer_lines = await _seed_peers(session, settings)
            peer_lines += await _seed_walk_ins(session)
    finally:
        await engine.dispose()
    lines = [
        f"Demo data: municipality {DEMO_MUNICIPALITY} (a coordinator answers within 2 working days).",
        f"Web chat: {settings.public_url}/  (type 'mens' to ask for a person)",
        f"Console:  {settings.public_url}/admin/",
    ]
    lines.extend(peer_lines)
    for email, role, places, name in DEMO_ACCOUNTS:
        if email in existing:
            lines.append(f"  {role} {email}: exists already (password unchanged)")
            continue
        created = await add_user(settings, email=email, role=role, municipalities=places, name=name)
        lines.append(f"  {role} {email}  one-time password: {created.password}  TOTP secret: {created.totp_secret}")
    return lines
