"""Weekly hours in Dutch local time, as people write them ('ma 9-17, wo 13:00-17:30'): when a
peer is available, when a municipality's office is open. Stored as {"0": [["09:00", "17:00"]]}
with Monday = "0"; empty means any time."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

TIMEZONE = ZoneInfo("Europe/Amsterdam")
DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")


class HoursError(ValueError):
    """Hours that cannot be read; the message says how to write them."""


def parse(text: str) -> dict[str, list[list[str]]]:
    """'ma 9-17, wo 13:00-17:30' → {"0": [["09:00", "17:00"]], "2": [["13:00", "17:30"]]}.
    Empty text means any time."""
    result: dict[str, list[list[str]]] = {}
    for part in filter(None, (p.strip() for p in re.split(r"[,;\n]", text))):
        match = re.fullmatch(r"(\w\w)\w*\s+(\d{1,2}(?::\d\d)?)\s*-\s*(\d{1,2}(?::\d\d)?)", part.lower())
        if not match or match.group(1) not in DAYS:
            raise HoursError(f"availability: write it like 'ma 9-17, wo 13:00-17:00' (not {part!r})")
        start, end = _clock(match.group(2)), _clock(match.group(3))
        if start >= end:
            raise HoursError(f"availability: {part!r} ends before it starts")
        result.setdefault(str(DAYS.index(match.group(1))), []).append([start, end])
    return result


def describe(hours: dict) -> str:
    """The inverse of parse, for forms."""
    parts = []
    for day in sorted(hours, key=int):
        parts.extend(f"{DAYS[int(day)]} {start}-{end}" for start, end in hours[day])
    return ", ".join(parts)


def _clock(raw: str) -> str:
    hours, _, minutes = raw.partition(":")
    if int(hours) > 24 or int(minutes or 0) > 59:
        raise HoursError(f"availability: {raw} is not a time")
    return f"{int(hours):02d}:{int(minutes or 0):02d}"


def open_at(hours: dict, when: datetime) -> bool:
    """Whether the weekly hours include this moment, in Dutch local time (DST included)."""
    if not hours:
        return True
    local = when.astimezone(TIMEZONE)
    clock = local.strftime("%H:%M")
    return any(start <= clock < end for start, end in hours.get(str(local.weekday()), []))


def _windows(hours: dict, first_day, last_day):  # type: ignore[no-untyped-def]
    day = first_day
    while day <= last_day:
        for opens, closes in hours.get(str(day.weekday()), []):
            begin = datetime.combine(day, time.fromisoformat(opens), TIMEZONE)
            end = datetime.combine(day, time.fromisoformat(closes), TIMEZONE) if closes != "24:00" else datetime.combine(day + timedelta(days=1), time(0), TIMEZONE)
            yield begin, end
        day += timedelta(days=1)


def open_between(hours: dict, start: datetime, end: datetime) -> bool:
    """Whether the weekly hours overlap [start, end), in Dutch local time."""
    if not hours:
        return True
    local_start, local_end = start.astimezone(TIMEZONE), end.astimezone(TIMEZONE)
    return any(begin < local_end and local_start < close for begin, close in _windows(hours, local_start.date(), local_end.date()))


def next_opening(hours: dict, now: datetime) -> datetime | None:
    """When the hours next begin after `now` (now itself when open); None without any hours."""
    if open_at(hours, now):
        return now
    local = now.astimezone(TIMEZONE)
    starts = sorted(begin for begin, _ in _windows(hours, local.date(), local.date() + timedelta(days=7)) if begin > local)
    return starts[0] if starts else None
