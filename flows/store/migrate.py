"""Schema upgrades through Alembic, callable from the CLI, `naast serve` and the tests."""

from __future__ import annotations

from importlib.resources import files

from alembic import command
from alembic.config import Config

from flows.store.db import sync_url


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("flows.store") / "migrations"))
    config.set_main_option(
        "sqlalchemy.url", sync_url(database_url).render_as_string(hide_password=False).replace("%", "%%")
    )
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    """Bring the schema to `revision`; a no-op when it is already there."""
    command.upgrade(alembic_config(database_url), revision)


def revision(database_url: str, message: str) -> None:
    """Developer helper: autogenerate a migration from the models."""
    command.revision(alembic_config(database_url), message=message, autogenerate=True)
