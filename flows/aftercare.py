"""Aftercare (nazorg) without a database: the rhythm of check-ins and what the bot says.
Municipalities keep a finger on the pulse for about 24 months after support ends (DOMAIN.md)."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from flows.i18n import _
from flows.weekly import TIMEZONE

DEFAULT_RHYTHM = "14d,1m,3m,6m,12m,24m"
CHECK_IN_TIME = time(10, 0)  # local: a friendly hour, not the minute the case was closed
_OFFSET = re.compile(r"^\s*(\d{1,3})\s*([dwmy])\s*$")

QUESTION = _("Hoi, met Naast. Je hebt een tijd geleden hulp gehad van je gemeente. Hoe gaat het nu met je?")
GOING_WELL = _("Het gaat goed")
WANT_TALK = _("Ik wil iemand spreken")
STOP = _("Stuur dit niet meer")
THANKS_WELL = _("Fijn om te horen. Je kunt hier altijd een bericht sturen als je iets nodig hebt.")
STOPPED = _("Goed. Ik stuur je deze vraag niet meer. Je kunt hier altijd zelf een bericht sturen.")


def parse_rhythm(spec: str) -> list[str]:
    """'14d,1m,3m' → ['14d', '1m', '3m']: days, weeks, months or years after the start."""
    offsets = [part.strip() for part in spec.split(",") if part.strip()]
    for offset in offsets:
        if not _OFFSET.match(offset):
            raise ValueError(f"aftercare offset {offset!r}: write it like 14d, 2w, 3m or 1y")
    return offsets


def _add_months(day, months: int):  # type: ignore[no-untyped-def]
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def check_in_at(started_at: datetime, offset: str) -> datetime:
    """The moment of one check-in: that many days, weeks, months or years after the start, at
    10:00 Dutch time (31 January + 1 month is 28 or 29 February)."""
    match = _OFFSET.match(offset)
    if match is None:
        raise ValueError(offset)
    amount, unit = int(match.group(1)), match.group(2)
    day = started_at.astimezone(TIMEZONE).date()
    if unit == "d":
        day += timedelta(days=amount)
    elif unit == "w":
        day += timedelta(weeks=amount)
    else:
        day = _add_months(day, amount * (12 if unit == "y" else 1))
    return datetime.combine(day, CHECK_IN_TIME, TIMEZONE)


def current_index(started_at: datetime, rhythm: list[str], now: datetime, from_index: int) -> int | None:
    """The check-in to send now: the latest one whose moment has come (after downtime, older
    ones are skipped rather than sent in a row), or None when none is due yet."""
    due = None
    for index in range(from_index, len(rhythm)):
        if check_in_at(started_at, rhythm[index]) <= now:
            due = index
    return due
