"""Per-municipality settings in the console (admins): how soon the bot promises an answer, the
office hours, and after how many minutes a request nobody takes alerts the coordinators."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from flows import municipalities, weekly
from flows.actions import audit
from flows.actions.escalation import DEFAULT_MINUTES, DEFAULT_URGENT_MINUTES
from flows.store.models import MunicipalitySetting

Translate = Callable[[str], str]

DAYS_RANGE = (1, 30)
MINUTES_RANGE = (5, 10080)  # up to a week
URGENT_MINUTES_RANGE = (5, 1440)  # up to a day


@dataclass
class SettingForm:
    """What the form holds, as typed: shown again unchanged when something is wrong."""

    municipality: str = ""
    days: str = ""
    office_hours: str = ""
    escalate_after: str = str(DEFAULT_MINUTES)
    escalate_urgent: str = str(DEFAULT_URGENT_MINUTES)

    @classmethod
    def new(cls, default_days: int, municipality: str = "") -> SettingForm:
        return cls(municipality=municipality, days=str(default_days))

    @classmethod
    def from_setting(cls, setting: MunicipalitySetting) -> SettingForm:
        return cls(
            municipality=setting.name,
            days=str(setting.response_working_days),
            office_hours=weekly.describe(setting.office_hours or {}),
            escalate_after=str(setting.escalate_after_minutes),
            escalate_urgent=str(setting.escalate_urgent_minutes),
        )

    @classmethod
    def from_post(cls, form: Any) -> SettingForm:
        return cls(
            municipality=str(form.get("municipality", ""))[:120],
            days=str(form.get("days", ""))[:12],
            office_hours=str(form.get("office_hours", ""))[:1000],
            escalate_after=str(form.get("escalate_after", ""))[:12],
            escalate_urgent=str(form.get("escalate_urgent", ""))[:12],
        )


@dataclass(frozen=True)
class SettingInput:
    name: str
    days: int
    office_hours: dict[str, list[list[str]]]
    escalate_after: int
    escalate_urgent: int


def _number(raw: str, bounds: tuple[int, int], default: int | None) -> int | None:
    raw = raw.strip()
    if not raw and default is not None:
        return default
    if not raw.isascii() or not raw.isdigit():
        return None
    value = int(raw)
    return value if bounds[0] <= value <= bounds[1] else None


def find_municipality(raw: str) -> str | None:
    found = municipalities.find(raw) or municipalities.match(raw).exact if raw.strip() else None
    return found.name if found else None


def check(values: SettingForm, t: Translate) -> tuple[SettingInput | None, dict[str, str]]:
    """The input to save, or the problems per field (translated)."""
    problems: dict[str, str] = {}
    name = find_municipality(values.municipality)
    if name is None:
        problems["municipality"] = t("Kies een bestaande gemeente.")
    days = _number(values.days, DAYS_RANGE, None)
    if days is None:
        problems["days"] = t("Vul een aantal werkdagen van 1 tot 30 in.")
    try:
        hours = weekly.parse(values.office_hours)
    except weekly.HoursError:
        hours = None
        problems["office_hours"] = t("Schrijf de tijden zo: ma 9-17, wo 13:00-17:00. Of laat het leeg.")
    after = _number(values.escalate_after, MINUTES_RANGE, DEFAULT_MINUTES)
    if after is None:
        problems["escalate_after"] = t("Vul een aantal minuten van 5 tot 10080 in.")
    urgent = _number(values.escalate_urgent, URGENT_MINUTES_RANGE, DEFAULT_URGENT_MINUTES)
    if urgent is None:
        problems["escalate_urgent"] = t("Vul een aantal minuten van 5 tot 1440 in.")
    if problems or name is None or days is None or hours is None or after is None or urgent is None:
        return None, problems
    return SettingInput(name, days, hours, after, urgent), {}


async def save(db: AsyncSession, data: SettingInput, *, default_days: int, actor: str, origin: str | None) -> MunicipalitySetting:
    """Store the setting; each kind of change gets its own audit line."""
    setting = await db.get(MunicipalitySetting, data.name)
    if setting is None:
        setting = MunicipalitySetting(
            name=data.name, response_working_days=default_days, office_hours={},
            escalate_after_minutes=DEFAULT_MINUTES, escalate_urgent_minutes=DEFAULT_URGENT_MINUTES,
        )
        db.add(setting)
        new = True
    else:
        new = False
    record = lambda action: audit.record(db, actor=actor, action=action, object_type="municipality", object_id=data.name[:64], origin=origin)  # noqa: E731
    if new or setting.response_working_days != data.days:
        setting.response_working_days = data.days
        record("settings.response_time")
    if (setting.office_hours or {}) != data.office_hours:
        setting.office_hours = data.office_hours
        record("settings.office_hours")
    if (setting.escalate_after_minutes, setting.escalate_urgent_minutes) != (data.escalate_after, data.escalate_urgent):
        setting.escalate_after_minutes, setting.escalate_urgent_minutes = data.escalate_after, data.escalate_urgent
        record("settings.escalation")
    return setting
