"""Demo data for `naast serve --demo`: a fresh embedded database unless one is configured, and the
municipality Heerenveen set up. Added only where absent, so rerunning on a real database is safe."""

from __future__ import annotations

from sqlalchemy import select

from flows.settings import Settings
from flows.store.db import create_engine, session_factory
from flows.store.models import MunicipalitySetting

DEMO_MUNICIPALITY = "Heerenveen"


def fresh_embedded_settings(settings: Settings) -> Settings:
    """A new, empty SQLite database of the demo's own under var/."""
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    path = (settings.var_dir / "demo.db").resolve()
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return settings.model_copy(update={"database_url": f"sqlite:///{path}"})


async def seed(settings: Settings) -> list[str]:
    """Add what is missing; returns lines to print for the person who started the demo."""
    engine = create_engine(settings.resolved_database_url())
    try:
        async with session_factory(engine)() as session, session.begin():
            if await session.scalar(select(MunicipalitySetting).where(MunicipalitySetting.name == DEMO_MUNICIPALITY)) is None:
                session.add(MunicipalitySetting(name=DEMO_MUNICIPALITY, response_working_days=2))
    finally:
        await engine.dispose()
    return [
        f"Demo data: municipality {DEMO_MUNICIPALITY} (a coordinator answers within 2 working days).",
        f"Open {settings.public_url}/ and say hello; type 'mens' to ask for a person.",
    ]
