"""Walk-in times without a database: occurrences of weekly or one-off hours, reminder moments, the
words for a date in the parent's language, and a calendar file. All local times are
Europe/Amsterdam, so 10:00 stays 10:00 when the clocks change."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from babel.dates import format_date, format_skeleton

from flows.weekly import TIMEZONE
_REMINDER = re.compile(r"^\s*(\d{1,3})\s*([dh])\s*$")


@dataclass(frozen=True)
class Hours:
    """What `occurrences` needs of a walk-in (a model row fits)."""

    weekday: int | None
    on_date: date | None
    starts_on: date | None
    ends_on: date | None
    start_time: str
    end_time: str


def local(day: date, clock: str) -> datetime:
    """A local wall-clock time as an aware datetime (fold=0: the first 02:30 on the autumn night)."""
    return datetime.combine(day, time.fromisoformat(clock), TIMEZONE)


def occurrences(hours: Hours, start: datetime, days: int) -> list[tuple[datetime, datetime]]:
    """(starts_at, ends_at) in UTC for every occurrence that starts within `days` from `start`."""
    first = start.astimezone(TIMEZONE).date()
    found = []
    for offset in range(days + 1):
        day = first + timedelta(days=offset)
        if hours.on_date is not None:
            if day != hours.on_date:
                continue
        elif hours.weekday is None or day.weekday() != hours.weekday:
            continue
        if hours.starts_on and day < hours.starts_on or hours.ends_on and day > hours.ends_on:
            continue
        begins, ends = local(day, hours.start_time), local(day, hours.end_time)
        if begins >= start and begins < start + timedelta(days=days):
            found.append((begins.astimezone(UTC), ends.astimezone(UTC)))
    return found


def parse_reminders(spec: str) -> list[str]:
    """'1d,2h' → ['1d', '2h']: a number of days (same local time, that many days before) or
    hours (that long before)."""
    kinds = [part.strip() for part in spec.split(",") if part.strip()]
    for kind in kinds:
        if not _REMINDER.match(kind):
            raise ValueError(f"reminder {kind!r}: write it like 1d or 2h")
    return kinds


def reminder_at(starts_at: datetime, kind: str) -> datetime:
    """When a reminder goes out. Days count in local time: the day before a Sunday 10:00 walk-in
    is Saturday 10:00, also in the night the clocks change (then 23 or 25 hours before)."""
    match = _REMINDER.match(kind)
    if match is None:
        raise ValueError(kind)
    amount, unit = int(match.group(1)), match.group(2)
    if unit == "h":
        return starts_at - timedelta(hours=amount)
    begins = starts_at.astimezone(TIMEZONE)
    earlier = datetime.combine(begins.date() - timedelta(days=amount), begins.time(), TIMEZONE)
    return earlier.astimezone(UTC)


def when_words(starts_at: datetime, ends_at: datetime, language: str) -> str:
    """'dinsdag 24 november 2026, 10:00 – 12:00' in the parent's language."""
    begins, ends = starts_at.astimezone(TIMEZONE), ends_at.astimezone(TIMEZONE)
    day = format_date(begins.date(), format="full", locale=language)
    return f"{day}, {format_skeleton('Hm', begins, locale=language)} – {format_skeleton('Hm', ends, locale=language)}"


def button_words(starts_at: datetime, language: str) -> str:
    """Short, for a button: 'di 24 nov. 10:00'."""
    begins = starts_at.astimezone(TIMEZONE)
    return f"{format_skeleton('MMMEd', begins, locale=language)} {format_skeleton('Hm', begins, locale=language)}"


def _ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n")


def calendar_file(uid: str, starts_at: datetime, ends_at: datetime, title: str, place: str, note: str) -> bytes:
    """A one-event iCalendar file (RFC 5545) in UTC, which every calendar app shows in local time."""
    stamp = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Naast//inloop//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}@naast",
        f"DTSTAMP:{datetime.now(UTC).strftime(stamp)}",
        f"DTSTART:{starts_at.astimezone(UTC).strftime(stamp)}",
        f"DTEND:{ends_at.astimezone(UTC).strftime(stamp)}",
        f"SUMMARY:{_ics_text(title)}",
        f"LOCATION:{_ics_text(place)}",
        f"DESCRIPTION:{_ics_text(note)}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(_fold(line) for line in lines) + "\r\n").encode()


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1)."""
    encoded = line.encode()
    if len(encoded) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        piece = char.encode()
        if len(current) + len(piece) > (75 if not parts else 74):
            parts.append(current.decode())
            current = b""
        current += piece
    parts.append(current.decode())
    return "\r\n ".join(parts)
