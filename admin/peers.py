"""The peer pool in the console: the form for a peer (read, checked field by field in plain Dutch,
turned into a `pool.PeerInput`) and the words a coordinator reads for kinds, themes and the
ranking's reasons. Changes themselves go through flows.peers.pool and flows.actions.matching."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from admin.security import DEFAULT_TEAM
from flows import municipalities, weekly
from flows.i18n import LANGUAGE_NAMES, _
from flows.peers import pool
from flows.settings import LANGUAGES
from flows.store.models import Peer, StaffAccount

Translate = Callable[[str], str]

KIND_LABELS = {
    pool.KINDS[0]: _("Ervaringsdeskundige"),
    pool.KINDS[1]: _("Lotgenoot"),
}
THEME_LABELS = {
    "money": _("Geld"),
    "housing": _("Wonen"),
    "health": _("Zorg en gezondheid"),
    "family": _("Gezin en kinderen"),
    "work": _("Werk"),
    "children_placed": _("Kinderen uit huis geplaatst"),
    "debts": _("Schulden"),
    "ex_partner": _("Ex-partner"),
    "recovery_uht": _("Herstelproces bij UHT"),
}
MATCH_STATUS_LABELS = {
    "searching": _("Zoekt"),
    "active": _("Actief contact"),
    "ended": _("Gestopt"),
    "unmatched": _("Niemand gevonden"),
    "cancelled": _("Geannuleerd"),
}
PROPOSAL_STATUS_LABELS = {
    "proposed": _("Gevraagd, wacht op antwoord"),
    "accepted": _("Ja gezegd"),
    "declined": _("Nee gezegd"),
    "expired": _("Geen antwoord op tijd"),
    "withdrawn": _("Ingetrokken"),
}
ENDED_BY_LABELS = {
    "parent": _("de ouder"),
    "peer": _("de lotgenoot"),
    "coordinator": _("een coördinator"),
    "system": _("het systeem"),
}
HANDOFF_REASON_LABELS = {
    "peer_concern": _("Zorg van lotgenoot"),
    "peer_unmatched": _("Geen lotgenoot gevonden"),
}

_NAME = re.compile(r"^[^\x00-\x1f<>]{1,40}$")
_LOAD = re.compile(r"^load:(\d+)/(\d+)$")
_THEMES = re.compile(r"^themes:(\d+)$")


def reason_words(key: str, t: Translate) -> str:
    """One machine key of the ranking (flows.peers.ranking) as plain Dutch for a coordinator."""
    fixed = {
        "language": t("spreekt de taal"),
        "own_language": t("spreekt de eigen taal van de ouder"),
        "other_language": t("spreekt een andere taal die de ouder goed vindt"),
        "kind": t("is het soort dat de ouder vroeg"),
        "same_municipality": t("zelfde gemeente"),
        "same_province": t("zelfde provincie"),
        "penalty:same_municipality": t("zelfde gemeente (minder punten: de ouder wil liever iemand van verder weg)"),
        "penalty:same_province": t("zelfde provincie (minder punten: de ouder wil liever iemand van verder weg)"),
        "elsewhere": t("woont in een andere provincie, zoals de ouder wilde"),
    }
    if key in fixed:
        return fixed[key]
    if found := _THEMES.match(key):
        n = int(found.group(1))
        return t("1 gedeeld onderwerp") if n == 1 else t("%(n)s gedeelde onderwerpen") % {"n": n}
    if found := _LOAD.match(key):
        return t("belasting %(used)s van %(capacity)s") % {"used": found.group(1), "capacity": found.group(2)}
    return key


def own_municipalities(account: StaffAccount) -> list[str] | None:
    """The municipalities a coordinator may give a peer; None for an admin (any)."""
    if account.role == "admin":
        return None
    if account.role != "coordinator":
        return []
    return [name for name in account.municipality_names if name != DEFAULT_TEAM]


def split_places(peer: Peer | None, account: StaffAccount) -> tuple[list[str], list[str]]:
    """A peer's municipalities as (this account may change them, only someone else may)."""
    names = list(peer.municipality_names) if peer is not None else []
    own = own_municipalities(account)
    if own is None:
        return names, []
    return [n for n in names if n in own], [n for n in names if n not in own]


@dataclass
class PeerForm:
    """What the form holds, as typed: shown again unchanged when something is wrong."""

    display_name: str = ""
    kind: str = ""
    languages: list[str] = field(default_factory=list)
    municipalities: str = ""
    themes: list[str] = field(default_factory=list)
    capacity: str = "2"
    availability: str = ""

    @classmethod
    def from_peer(cls, peer: Peer, editable_places: Iterable[str]) -> PeerForm:
        return cls(
            display_name=peer.display_name,
            kind=peer.kind,
            languages=list(peer.languages),
            municipalities=", ".join(editable_places),
            themes=list(peer.themes),
            capacity=str(peer.capacity),
            availability=pool.format_availability(peer.availability or {}),
        )

    @classmethod
    def from_post(cls, form: Any) -> PeerForm:
        return cls(
            display_name=str(form.get("display_name", ""))[:200],
            kind=str(form.get("kind", ""))[:40],
            languages=[str(v)[:8] for v in form.getlist("languages")][:10],
            municipalities=str(form.get("municipalities", ""))[:2000],
            themes=[str(v)[:40] for v in form.getlist("themes")][:20],
            capacity=str(form.get("capacity", "")).strip()[:4],
            availability=str(form.get("availability", ""))[:500],
        )


def check(values: PeerForm, account: StaffAccount, fixed_places: Iterable[str], t: Translate) -> tuple[pool.PeerInput | None, dict[str, str]]:
    """The input for pool.create/update, or the problems per field (translated, for the reader).
    `fixed_places` are the peer's municipalities this account cannot change; they are kept."""
    problems: dict[str, str] = {}
    name = " ".join(values.display_name.split())
    if not _NAME.match(name):
        problems["display_name"] = t("Vul een voornaam of bijnaam in: 1 tot 40 tekens, zonder < of >.")
    if values.kind not in pool.KINDS:
        problems["kind"] = t("Kies ervaringsdeskundige of lotgenoot.")
    languages = [code for code in dict.fromkeys(values.languages) if code in LANGUAGES]
    if not languages or len(languages) != len(set(values.languages)):
        problems["languages"] = t("Kies minstens één taal.")
    places: list[str] = []
    own = own_municipalities(account)
    for raw in (part.strip() for part in values.municipalities.split(",")):
        if not raw:
            continue
        found = municipalities.find(raw) or municipalities.match(raw).exact
        if found is None:
            problems["municipalities"] = t("Deze gemeente kennen we niet: %(name)s") % {"name": raw}
            break
        if own is not None and found.name not in own:
            problems["municipalities"] = t("Je kunt alleen je eigen gemeenten kiezen. Niet: %(name)s") % {"name": found.name}
            break
        places.append(found.name)
    places = list(dict.fromkeys([*places, *fixed_places]))
    if "municipalities" not in problems and not places:
        problems["municipalities"] = t("Vul minstens één gemeente in.")
    themes = list(dict.fromkeys(values.themes))
    if any(theme not in pool.THEMES for theme in themes):
        problems["themes"] = t("Kies alleen onderwerpen uit de lijst.")
    capacity = int(values.capacity) if values.capacity.isascii() and values.capacity.isdigit() else 0
    if not 1 <= capacity <= pool.MAX_CAPACITY:
        problems["capacity"] = t("Vul een aantal van 1 tot 10 in.")
    availability: dict = {}
    try:
        availability = pool.parse_availability(values.availability)
    except (pool.PeerError, ValueError):
        problems["availability"] = t("Schrijf de tijden zo: ma 9-17, wo 13:00-17:00. Of laat het leeg.")
    if problems:
        return None, problems
    return pool.PeerInput(
        display_name=name,
        kind=values.kind,
        languages=tuple(languages),
        municipalities=tuple(places),
        themes=tuple(themes),
        capacity=capacity,
        availability=availability,
    ), {}


def local_time(moment: datetime | None) -> str:
    """A stored UTC time as Dutch local time, for tables."""
    if moment is None:
        return "–"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(weekly.TIMEZONE).strftime("%d-%m-%Y %H:%M")


LANGUAGE_CHOICES = [(code, LANGUAGE_NAMES[code]) for code in LANGUAGES]
