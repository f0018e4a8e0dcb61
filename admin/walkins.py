"""Walk-in hours (inloop) in the console: the forms for a location and for its hours (read,
checked field by field in plain Dutch), the small functions that write them (each audits and
emits "walk_in.changed"), the words for weekly or one-off hours, and what the list pages read.
Slots, bookings, cancelling and marking who came go through flows.actions.walkins."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from babel.dates import format_date
from sqlalchemy import ColumnElement, case, delete, false, func, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from admin.peers import own_municipalities
from flows import municipalities
from flows.actions import audit
from flows.actions import walkins as actions
from flows.events import emit
from flows.i18n import _
from flows.peers import pool
from flows.store.models import Booking, Location, Peer, PeerMunicipality, StaffAccount, WalkIn, WalkInSlot, utcnow
from flows.walkins import schedule

Translate = Callable[[str], str]

MAX_CAPACITY = 200
LIST_DAYS = 28  # the list shows the coming four weeks
RECENT_DAYS = 7  # and the past week, to mark who came
WEEKDAYS = (_("maandag"), _("dinsdag"), _("woensdag"), _("donderdag"), _("vrijdag"), _("zaterdag"), _("zondag"))
BOOKING_STATUS_LABELS = {
    "booked": _("Geboekt"),
    "attended": _("Was er"),
    "no_show": _("Was er niet"),
    "cancelled": _("Afgemeld"),
    "moved": _("Ander moment gekozen"),
}
FEEDBACK_LABELS = {"good": _("Goed"), "okay": _("Gaat wel"), "bad": _("Niet goed")}

_CLOCK = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# --- scope ---


def location_scope(account: StaffAccount) -> ColumnElement[bool]:
    """Locations an account may see: a coordinator those of their own municipalities (the default
    team "*" is not a municipality), an admin every one."""
    own = own_municipalities(account)
    if own is None:
        return true()
    return Location.municipality.in_(own) if own else false()


async def location_in_scope(db: AsyncSession, account: StaffAccount, location_id: int) -> Location | None:
    return await db.scalar(select(Location).where(Location.id == location_id, location_scope(account)))


async def walk_in_in_scope(db: AsyncSession, account: StaffAccount, walk_in_id: int) -> WalkIn | None:
    return await db.scalar(select(WalkIn).join(Location, Location.id == WalkIn.location_id).where(WalkIn.id == walk_in_id, location_scope(account)))


async def slot_in_scope(db: AsyncSession, account: StaffAccount, slot_id: int) -> WalkInSlot | None:
    return await db.scalar(
        select(WalkInSlot)
        .join(WalkIn, WalkIn.id == WalkInSlot.walk_in_id)
        .join(Location, Location.id == WalkIn.location_id)
        .where(WalkInSlot.id == slot_id, location_scope(account))
    )


# --- words ---


def hours_words(walk_in: WalkIn, t: Translate, language: str) -> str:
    """'elke dinsdag, 10:00–12:00' or 'dinsdag 24 november 2026, 10:00–12:00', with the period."""
    if walk_in.on_date is not None:
        day = format_date(walk_in.on_date, format="full", locale=language)
        return t("%(day)s, %(start)s–%(end)s") % {"day": day, "start": walk_in.start_time, "end": walk_in.end_time}
    weekday = t(WEEKDAYS[walk_in.weekday or 0])
    words = t("elke %(day)s, %(start)s–%(end)s") % {"day": weekday, "start": walk_in.start_time, "end": walk_in.end_time}
    if walk_in.starts_on and walk_in.ends_on:
        words += " " + t("(van %(first)s tot en met %(last)s)") % {"first": _short(walk_in.starts_on, language), "last": _short(walk_in.ends_on, language)}
    elif walk_in.starts_on:
        words += " " + t("(vanaf %(first)s)") % {"first": _short(walk_in.starts_on, language)}
    elif walk_in.ends_on:
        words += " " + t("(tot en met %(last)s)") % {"last": _short(walk_in.ends_on, language)}
    return words


def _short(day: date, language: str) -> str:
    return format_date(day, format="long", locale=language)


def slot_words(slot: WalkInSlot, language: str) -> str:
    return schedule.when_words(slot.starts_at, slot.ends_at, language)


# --- the location form ---


@dataclass
class LocationForm:
    """What the form holds, as typed: shown again unchanged when something is wrong."""

    name: str = ""
    address: str = ""
    route: str = ""
    accessibility: str = ""
    municipality: str = ""

    @classmethod
    def from_location(cls, location: Location) -> LocationForm:
        return cls(location.name, location.address, location.route or "", location.accessibility or "", location.municipality)

    @classmethod
    def from_post(cls, form: Any) -> LocationForm:
        return cls(
            name=str(form.get("name", ""))[:300],
            address=str(form.get("address", ""))[:400],
            route=str(form.get("route", ""))[:2000],
            accessibility=str(form.get("accessibility", ""))[:2000],
            municipality=str(form.get("municipality", ""))[:120],
        )


@dataclass(frozen=True)
class LocationInput:
    name: str
    address: str
    route: str | None
    accessibility: str | None
    municipality: str


def _line(value: str) -> str:
    return " ".join(value.split())


def _text(value: str) -> str:
    return _CONTROL.sub("", value.replace("\r\n", "\n")).strip()


def check_location(values: LocationForm, account: StaffAccount, t: Translate) -> tuple[LocationInput | None, dict[str, str]]:
    """The input for create/update_location, or the problems per field (translated)."""
    problems: dict[str, str] = {}
    name, address = _line(_text(values.name)), _line(_text(values.address))
    if not 1 <= len(name) <= 120:
        problems["name"] = t("Vul de naam van de plek in: 1 tot 120 tekens.")
    if not 1 <= len(address) <= 200:
        problems["address"] = t("Vul het adres in: straat, huisnummer en plaats. Hoogstens 200 tekens.")
    route, accessibility = _text(values.route), _text(values.accessibility)
    if len(route) > 1000:
        problems["route"] = t("Schrijf de route in hoogstens 1000 tekens.")
    if len(accessibility) > 1000:
        problems["accessibility"] = t("Schrijf de toegankelijkheid in hoogstens 1000 tekens.")
    found = municipalities.find(values.municipality) if values.municipality.strip() else None
    own = own_municipalities(account)
    if found is None:
        problems["municipality"] = t("Kies een bestaande gemeente.")
    elif own is not None and found.name not in own:
        problems["municipality"] = t("Je kunt alleen je eigen gemeenten kiezen.")
    if problems or found is None:
        return None, problems
    return LocationInput(name, address, route or None, accessibility or None, found.name), {}


# --- the hours form ---


@dataclass
class HoursForm:
    repeat: str = "weekly"  # weekly | once
    weekday: str = ""
    on_date: str = ""
    start_time: str = ""
    end_time: str = ""
    starts_on: str = ""
    ends_on: str = ""
    capacity: str = "8"
    host: str = ""

    @classmethod
    def from_walk_in(cls, walk_in: WalkIn) -> HoursForm:
        return cls(
            repeat="once" if walk_in.on_date is not None else "weekly",
            weekday="" if walk_in.weekday is None else str(walk_in.weekday),
            on_date=walk_in.on_date.isoformat() if walk_in.on_date else "",
            start_time=walk_in.start_time,
            end_time=walk_in.end_time,
            starts_on=walk_in.starts_on.isoformat() if walk_in.starts_on else "",
            ends_on=walk_in.ends_on.isoformat() if walk_in.ends_on else "",
            capacity=str(walk_in.capacity),
            host="" if walk_in.host_peer_id is None else str(walk_in.host_peer_id),
        )

    @classmethod
    def from_post(cls, form: Any) -> HoursForm:
        def get(name: str, limit: int = 12) -> str:
            return str(form.get(name, "")).strip()[:limit]

        return cls(
            repeat=get("repeat"), weekday=get("weekday"), on_date=get("on_date"), start_time=get("start_time"), end_time=get("end_time"),
            starts_on=get("starts_on"), ends_on=get("ends_on"), capacity=get("capacity", 6), host=get("host"),
        )


@dataclass(frozen=True)
class HoursInput:
    weekday: int | None
    on_date: date | None
    starts_on: date | None
    ends_on: date | None
    start_time: str
    end_time: str
    capacity: int
    host_peer_id: int | None


def _date(value: str) -> date | None:
    if not _DATE.match(value):
        raise ValueError(value)
    return date.fromisoformat(value)


def check_hours(values: HoursForm, hosts: Sequence[Peer], t: Translate, *, today: date, current: WalkIn | None = None) -> tuple[HoursInput | None, dict[str, str]]:
    """The input for create/update_walk_in, or the problems per field (translated). A one-off
    date must be today or later, unless it is the date the hours already had."""
    problems: dict[str, str] = {}
    weekday = on_date = starts_on = ends_on = None
    if values.repeat not in ("weekly", "once"):
        problems["repeat"] = t("Kies elke week of één keer.")
    elif values.repeat == "weekly":
        if values.weekday in ("0", "1", "2", "3", "4", "5", "6"):
            weekday = int(values.weekday)
        else:
            problems["weekday"] = t("Kies een dag van de week.")
        try:
            starts_on = _date(values.starts_on) if values.starts_on else None
        except ValueError:
            problems["starts_on"] = t("Vul een datum in, of laat het leeg.")
        try:
            ends_on = _date(values.ends_on) if values.ends_on else None
        except ValueError:
            problems["ends_on"] = t("Vul een datum in, of laat het leeg.")
        if starts_on and ends_on and ends_on < starts_on:
            problems["ends_on"] = t("De laatste datum moet na de eerste datum liggen.")
    else:
        try:
            on_date = _date(values.on_date)
        except ValueError:
            problems["on_date"] = t("Vul de datum in.")
        if on_date is not None and on_date < today and (current is None or current.on_date != on_date):
            problems["on_date"] = t("Kies vandaag of een latere datum.")
    clock_ok = True
    for name in ("start_time", "end_time"):
        if not _CLOCK.match(getattr(values, name)):
            problems[name] = t("Schrijf de tijd zo: 09:30.")
            clock_ok = False
    if clock_ok and values.end_time <= values.start_time:
        problems["end_time"] = t("De eindtijd moet na de begintijd liggen.")
    capacity = int(values.capacity) if values.capacity.isascii() and values.capacity.isdigit() else 0
    if not 1 <= capacity <= MAX_CAPACITY:
        problems["capacity"] = t("Vul een aantal van 1 tot 200 in.")
    host_id = None
    if values.host:
        allowed = {str(p.id): p.id for p in hosts}
        if values.host not in allowed:
            problems["host"] = t("Kies een lotgenoot uit de lijst, of niemand.")
        else:
            host_id = allowed[values.host]
    if problems:
        return None, problems
    return HoursInput(weekday, on_date, starts_on, ends_on, values.start_time, values.end_time, capacity, host_id), {}


async def host_choices(db: AsyncSession, municipality: str, current: int | None = None) -> list[Peer]:
    """Active peers serving the municipality, peer experts first; the current host stays a
    choice even when they no longer fit, so saving other changes keeps them."""
    query = (
        select(Peer)
        .join(PeerMunicipality, PeerMunicipality.peer_id == Peer.id)
        .where(PeerMunicipality.municipality == municipality, Peer.active.is_(True))
        .order_by(case((Peer.kind == pool.KINDS[0], 0), else_=1), Peer.display_name, Peer.id)
    )
    peers = list(dict.fromkeys(await db.scalars(query)))
    if current is not None and all(p.id != current for p in peers):
        kept = await db.get(Peer, current)
        if kept is not None:
            peers.append(kept)
    return peers


# --- writing ---


def _changed(db: AsyncSession, municipality: str, **ids: int) -> None:
    emit(db, "walk_in.changed", municipality=municipality, **ids)


async def create_location(db: AsyncSession, data: LocationInput, *, actor: str, origin: str | None = None) -> Location:
    location = Location(municipality=data.municipality, name=data.name, address=data.address, route=data.route, accessibility=data.accessibility, active=True)
    db.add(location)
    await db.flush()
    audit.record(db, actor=actor, action="location.created", object_type="location", object_id=location.id, origin=origin)
    _changed(db, location.municipality, location_id=location.id)
    return location


async def update_location(db: AsyncSession, location: Location, data: LocationInput, *, actor: str, origin: str | None = None) -> None:
    before = location.municipality
    location.name, location.address, location.route, location.accessibility = data.name, data.address, data.route, data.accessibility
    location.municipality = data.municipality
    await db.flush()
    audit.record(db, actor=actor, action="location.updated", object_type="location", object_id=location.id, origin=origin)
    _changed(db, location.municipality, location_id=location.id)
    if before != location.municipality:
        _changed(db, before, location_id=location.id)


async def set_location_active(db: AsyncSession, location: Location, active: bool, *, actor: str, origin: str | None = None) -> None:
    """Off: no longer offered to parents. Seats already booked stay; cancel those moments apart."""
    location.active = active
    await db.flush()
    audit.record(db, actor=actor, action="location.reactivated" if active else "location.deactivated", object_type="location", object_id=location.id, origin=origin)
    _changed(db, location.municipality, location_id=location.id)


async def create_walk_in(db: AsyncSession, location: Location, data: HoursInput, *, actor: str, origin: str | None = None) -> WalkIn:
    walk_in = WalkIn(
        location_id=location.id, weekday=data.weekday, on_date=data.on_date, starts_on=data.starts_on, ends_on=data.ends_on,
        start_time=data.start_time, end_time=data.end_time, capacity=data.capacity, host_peer_id=data.host_peer_id, active=True,
    )
    db.add(walk_in)
    await db.flush()
    audit.record(db, actor=actor, action="walk_in.created", object_type="walk_in", object_id=walk_in.id, origin=origin)
    _changed(db, location.municipality, location_id=location.id, walk_in_id=walk_in.id)
    return walk_in


def _hours(walk_in: WalkIn | HoursInput) -> schedule.Hours:
    return schedule.Hours(walk_in.weekday, walk_in.on_date, walk_in.starts_on, walk_in.ends_on, walk_in.start_time, walk_in.end_time)


async def update_walk_in(db: AsyncSession, walk_in: WalkIn, data: HoursInput, *, actor: str, origin: str | None = None, now: datetime | None = None) -> int:
    """Change the hours. Future slots nobody booked are made again from the new hours; a slot
    with a booking keeps its time. The capacity counts for every future slot, never below the
    seats booked. Returns how many booked slots kept their old time."""
    now = now or utcnow()
    time_changed = _hours(walk_in) != _hours(data)
    walk_in.weekday, walk_in.on_date, walk_in.starts_on, walk_in.ends_on = data.weekday, data.on_date, data.starts_on, data.ends_on
    walk_in.start_time, walk_in.end_time, walk_in.capacity, walk_in.host_peer_id = data.start_time, data.end_time, data.capacity, data.host_peer_id
    await db.flush()
    future = list(await db.scalars(select(WalkInSlot).where(WalkInSlot.walk_in_id == walk_in.id, WalkInSlot.starts_at > now, WalkInSlot.cancelled.is_(False))))
    statuses = await _booking_statuses(db, [s.id for s in future])
    kept, remove = 0, []
    if time_changed:
        # Far enough ahead to cover every slot that exists already.
        horizon = max([s.starts_at for s in future], default=now)
        days = max(1, (horizon - now).days + 2)
        wanted = {starts: ends for starts, ends in schedule.occurrences(_hours(walk_in), now, days)}
        for slot in future:
            held = statuses.get(slot.id, [])
            if "booked" in held:
                kept += slot.starts_at not in wanted or wanted[slot.starts_at] != slot.ends_at
            elif not held:
                remove.append(slot.id)
            elif slot.starts_at in wanted:  # only cancelled bookings, and the moment stays: keep the row
                slot.ends_at = wanted[slot.starts_at]
            else:  # only cancelled bookings: keep their record, no longer offered
                slot.cancelled = True
    if remove:
        await db.execute(delete(WalkInSlot).where(WalkInSlot.id.in_(remove)).execution_options(synchronize_session=False))
    for slot in future:
        if slot.id not in remove:
            slot.capacity = max(data.capacity, slot.booked)
    await db.flush()
    audit.record(db, actor=actor, action="walk_in.updated", object_type="walk_in", object_id=walk_in.id, origin=origin)
    _changed(db, walk_in.location.municipality, location_id=walk_in.location_id, walk_in_id=walk_in.id)
    return kept


async def set_walk_in_active(db: AsyncSession, walk_in: WalkIn, active: bool, *, actor: str, origin: str | None = None) -> None:
    """Off: no longer offered to parents. Seats already booked stay; cancel those moments apart."""
    walk_in.active = active
    await db.flush()
    audit.record(db, actor=actor, action="walk_in.reactivated" if active else "walk_in.deactivated", object_type="walk_in", object_id=walk_in.id, origin=origin)
    _changed(db, walk_in.location.municipality, location_id=walk_in.location_id, walk_in_id=walk_in.id)


async def _booking_statuses(db: AsyncSession, slot_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    if slot_ids:
        for slot_id, status in await db.execute(select(Booking.slot_id, Booking.status).where(Booking.slot_id.in_(slot_ids))):
            found.setdefault(slot_id, []).append(status)
    return found


# --- reading ---


@dataclass
class LocationView:
    location: Location
    walk_ins: list[WalkIn] = field(default_factory=list)
    slots: list[WalkInSlot] = field(default_factory=list)


@dataclass
class MunicipalityView:
    name: str
    locations: list[LocationView] = field(default_factory=list)


async def overview(db: AsyncSession, account: StaffAccount, days_ahead: int, now: datetime | None = None) -> list[MunicipalityView]:
    """Per municipality in scope: its locations, their hours, and the slots from a week ago to
    four weeks ahead (made first where missing). Slots of hours or places that are off are
    shown only when someone booked them."""
    now = now or utcnow()
    own = own_municipalities(account)
    locations = list(await db.scalars(select(Location).where(location_scope(account)).order_by(Location.municipality, Location.active.desc(), Location.name, Location.id)))
    names = sorted({loc.municipality for loc in locations} | set(own or ()))
    for name in sorted({loc.municipality for loc in locations if loc.active}):
        await actions.ensure_slots(db, name, now, days_ahead)
    ids = [loc.id for loc in locations]
    walk_ins = list(await db.scalars(select(WalkIn).where(WalkIn.location_id.in_(ids)).order_by(WalkIn.active.desc(), WalkIn.on_date, WalkIn.weekday, WalkIn.start_time, WalkIn.id))) if ids else []
    slots = (
        list(
            await db.scalars(
                select(WalkInSlot)
                .where(
                    WalkInSlot.walk_in_id.in_([w.id for w in walk_ins]),
                    WalkInSlot.starts_at >= now - timedelta(days=RECENT_DAYS),
                    WalkInSlot.starts_at <= now + timedelta(days=LIST_DAYS),
                )
                .order_by(WalkInSlot.starts_at, WalkInSlot.id)
            )
        )
        if walk_ins
        else []
    )
    held = await booking_counts(db, [s.id for s in slots])
    views = {loc.id: LocationView(loc) for loc in locations}
    by_walk_in = {w.id: w for w in walk_ins}
    for walk_in in walk_ins:
        views[walk_in.location_id].walk_ins.append(walk_in)
    for slot in slots:
        walk_in = by_walk_in[slot.walk_in_id]
        offered = walk_in.active and views[walk_in.location_id].location.active
        if offered or held.get(slot.id):
            views[walk_in.location_id].slots.append(slot)
    result = {name: MunicipalityView(name) for name in names}
    for loc in locations:
        result[loc.municipality].locations.append(views[loc.id])
    return list(result.values())


async def booking_counts(db: AsyncSession, slot_ids: list[int]) -> dict[int, int]:
    """How many booking rows (any status) each slot has."""
    if not slot_ids:
        return {}
    rows = await db.execute(select(Booking.slot_id, func.count()).where(Booking.slot_id.in_(slot_ids)).group_by(Booking.slot_id))
    return {slot_id: count for slot_id, count in rows}


async def bookings_of(db: AsyncSession, slot: WalkInSlot) -> list[Booking]:
    return list(await db.scalars(select(Booking).where(Booking.slot_id == slot.id).order_by(Booking.created_at, Booking.id)))


def feedback_counts(bookings: Sequence[Booking]) -> dict[str, int]:
    counts = {key: 0 for key in FEEDBACK_LABELS}
    for booking in bookings:
        if booking.feedback in counts:
            counts[booking.feedback] += 1
    return counts


async def host_names(db: AsyncSession, walk_ins: Sequence[WalkIn]) -> dict[int, str]:
    ids = {w.host_peer_id for w in walk_ins if w.host_peer_id}
    if not ids:
        return {}
    return {row[0]: row[1] for row in await db.execute(select(Peer.id, Peer.display_name).where(Peer.id.in_(ids)))}
