"""Configuration from the environment (and a `.env` file), as listed in CONTRACTS.md."""

from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

LANGUAGES: tuple[str, ...] = ("nl", "en", "tr", "ar", "pl", "uk")
RTL_LANGUAGES: frozenset[str] = frozenset({"ar"})


class Settings(BaseSettings):
    """Everything an operator can set; defaults run a working embedded instance."""

    model_config = SettingsConfigDict(env_prefix="NAAST_", env_file=".env", extra="ignore")

    database_url: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    public_url: str = "http://127.0.0.1:8000"
    secret_key: str | None = None
    var_dir: Path = Path("var")

    telegram_token: str | None = None
    telegram_api_url: str = "https://api.telegram.org/bot"
    telegram_webhook_secret: str | None = None

    whatsapp_token: str | None = None
    whatsapp_phone_number_id: str | None = None
    whatsapp_app_secret: str | None = None
    whatsapp_verify_token: str | None = None
    whatsapp_api_url: str = "https://graph.facebook.com/v21.0"
    # The public WhatsApp number (as on the poster), for peers' invite links (wa.me).
    whatsapp_number: str | None = None
    # Meta's throughput limit per business phone number (messages per second).
    whatsapp_messages_per_second: int = Field(default=80, ge=1)
    # A YAML file with template names, language codes and parameters (see README); unset: defaults.
    whatsapp_templates_file: Path | None = None

    rasa_url: str | None = None
    default_language: str = "nl"

    # Not in the contract table but operators may need them.
    quick_exit_url: str = "https://www.buienradar.nl"
    retention_days: int = Field(default=365, ge=30)
    default_response_working_days: int = Field(default=2, ge=1)
    log_json: bool = True
    # Peer matching: how long a peer has to answer a proposal, and how long an invite is valid.
    peer_proposal_hours: float = Field(default=24.0, gt=0)
    peer_invite_days: int = Field(default=14, ge=1)
    # Walk-ins: reminders ("1d" = same local time a day before, "2h" = two hours before), how far
    # ahead the bot offers walk-in hours, and how many at once.
    walk_in_reminders: str = "1d,2h"
    walk_in_days_ahead: int = Field(default=28, ge=1, le=120)
    walk_in_offer_limit: int = Field(default=6, ge=1, le=10)
    # When a municipality set no office hours of its own; empty means always staffed.
    default_office_hours: str = "ma 9-17, di 9-17, wo 9-17, do 9-17, vr 9-17"
    # Aftercare check-ins after a case closed with aftercare: days, weeks, months or years.
    aftercare_rhythm: str = "14d,1m,3m,6m,12m,24m"
    # How often a standby process checks whether it should take over the scheduler.
    leader_check_seconds: float = Field(default=5.0, gt=0)
    # For invite links (t.me/<name>?start=CODE); asked from Telegram when unset.
    telegram_bot_username: str | None = None

    def resolved_database_url(self) -> str:
        """The configured URL, or an SQLite file under var/ (created on demand)."""
        if self.database_url:
            return self.database_url
        self.var_dir.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{(self.var_dir / 'naast.db').resolve()}"

    def resolved_secret_key(self) -> str:
        """The configured key, or one generated once and kept under var/ so sessions survive restarts."""
        if self.secret_key:
            return self.secret_key
        self.var_dir.mkdir(parents=True, exist_ok=True)
        path = self.var_dir / "secret_key"
        if not path.exists():
            path.write_text(secrets.token_urlsafe(48))
            path.chmod(0o600)
        return path.read_text().strip()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
