"""Choose which peer (lotgenoot or ervaringsdeskundige) to propose to a parent.

The policy lives here, free of the database, so it can be read, tested and explained on its own:
the caller loads the profiles, evaluates weekly availability and records what was proposed.

Hard filters (`eligible`) remove peers who cannot take this parent now. Among the rest, `rank`
adds up a few components, and every component that counts is named in `Ranked.reasons`, so a
coordinator can see why a peer was proposed:

* themes: each life area the peer and parent share adds `THEME_WEIGHT`. Having been through the
  same thing matters most, so this weight exceeds every other component together: one more
  shared theme always wins.
* closeness, following the parent's wish (`Request.prefer_local`):
  - True: serving the parent's municipality, then living in the same province, scores higher.
  - None: the same order at half weight; local peers know the local support, but the parent did
    not ask for it, so a lighter load may outweigh a shared province.
  - False (privacy: "rather not someone from around here"): reversed. We only know which
    municipalities a peer serves and their own province, so serving the parent's municipality or
    living in the same province lowers the score (keys `penalty:...`) and a peer known to live in
    another province gets a bonus ("elsewhere"). Local peers are never excluded for this.
* own language: when the parent also accepts other languages (`Request.also_languages`, e.g.
  Dutch besides Turkish), a peer who speaks the parent's own language gets `OWN_LANGUAGE_WEIGHT`.
* fair load: the freer share of a peer's capacity; 0/2 beats 1/2, so work is spread evenly.

There is no bonus for a kind: a wanted kind is a hard filter (a bonus would be equal for all),
and when the parent said "either" we do not override that by favouring one group.

Equal scores are broken by the lower load (active/capacity), then the lower id, so the same
input always gives the same proposal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

__all__ = [
    "ELSEWHERE_WEIGHT",
    "ERVARINGSDESKUNDIGE",
    "LOAD_WEIGHT",
    "LOTGENOOT",
    "MUNICIPALITY_WEIGHT",
    "NO_PREFERENCE_FACTOR",
    "OWN_LANGUAGE_WEIGHT",
    "PROVINCE_WEIGHT",
    "THEME_WEIGHT",
    "PeerProfile",
    "Ranked",
    "Request",
    "eligible",
    "rank",
]

ERVARINGSDESKUNDIGE = "ervaringsdeskundige"
LOTGENOOT = "lotgenoot"

# Non-theme components span at most 6 points (closeness -3..+1 when prefer_local is False, own
# language 1, load below 1), so one shared theme (10) always outweighs them.
THEME_WEIGHT = 10.0
MUNICIPALITY_WEIGHT = 2.0
PROVINCE_WEIGHT = 1.0
ELSEWHERE_WEIGHT = 1.0
NO_PREFERENCE_FACTOR = 0.5
LOAD_WEIGHT = 1.0
OWN_LANGUAGE_WEIGHT = 1.0

# Scores are rounded so float noise can never break a tie that should go to load and id.
_SCORE_DIGITS = 6


@dataclass(frozen=True)
class PeerProfile:
    id: int
    display_name: str
    kind: str  # ERVARINGSDESKUNDIGE | LOTGENOOT
    languages: frozenset[str]  # e.g. {"nl", "tr"}
    municipalities: frozenset[str]  # official names of the municipalities the peer serves
    province: str | None  # the peer's own province; None if unknown
    themes: frozenset[str]  # money, housing, health, family, work, children_placed, debts, ...
    capacity: int  # most active matches at once
    active_matches: int
    paused: bool
    available_now: bool  # weekly availability, already evaluated by the caller
    connected: bool  # the peer has linked their chat (invite used)


@dataclass(frozen=True)
class Request:
    language: str
    municipality: str | None  # the parent's, official name; None = rather not say
    province: str | None  # the parent's; callers should fill it from the municipality if known
    kind: str | None  # wanted kind; None = either
    themes: frozenset[str]
    prefer_local: bool | None  # True: local fine/preferred; False: rather elsewhere; None: no wish
    exclude: frozenset[int] = frozenset()  # peers already proposed (declined/expired) for this request
    also_languages: frozenset[str] = frozenset()  # other languages the parent accepts, e.g. {"nl"}


@dataclass(frozen=True)
class Ranked:
    peer: PeerProfile
    score: float
    reasons: tuple[str, ...]  # machine keys, e.g. ("language", "themes:2", "same_province", "load:0/2")


def eligible(peer: PeerProfile, request: Request) -> str | None:
    """None if the peer may be proposed, else the key of the first hard filter that fails.

    The key tells a coordinator why nobody was found (everyone "full" needs other action than
    everyone "language"), so the order is fixed: readiness first, then fit, then history.
    """
    if not peer.connected:
        return "not_connected"
    if peer.paused:
        return "paused"
    if peer.active_matches >= peer.capacity:
        return "full"
    if not peer.available_now:
        return "unavailable"
    if not _speaks(peer, request):
        return "language"
    if request.kind is not None and peer.kind != request.kind:
        return "kind"
    if not _covers_region(peer, request):
        return "region"
    if peer.id in request.exclude:
        return "excluded"
    return None


def rank(peers: Iterable[PeerProfile], request: Request) -> list[Ranked]:
    """Eligible peers only, best first; empty when nobody fits."""
    ranked = [_score(peer, request) for peer in peers if eligible(peer, request) is None]
    return sorted(ranked, key=_order)


def _speaks(peer: PeerProfile, language: str | Request) -> bool:
    """Language codes are compared case-insensitively: "NL" from a form is still Dutch. Given a
    request, any language the parent accepts will do."""
    if isinstance(language, Request):
        return any(_speaks(peer, code) for code in (language.language, *language.also_languages))
    wanted = language.strip().casefold()
    return any(known.strip().casefold() == wanted for known in peer.languages)


def _covers_region(peer: PeerProfile, request: Request) -> bool:
    """Whether the peer's catchment allows this parent.

    A peer who serves no municipality has no catchment set up yet and is never proposed. A parent
    who did not name a municipality may get any peer with a catchment. Otherwise the peer must
    serve the parent's municipality, except when the parent would rather have someone from
    elsewhere: then requiring a local catchment would defeat the wish, so any peer may be proposed
    and closeness scoring steers away from local ones.
    """
    if not peer.municipalities:
        return False
    if request.municipality is None or request.prefer_local is False:
        return True
    return request.municipality in peer.municipalities


def _score(peer: PeerProfile, request: Request) -> Ranked:
    """Add up the components; each one that counts is named, so the score can be explained."""
    parts = [
        *_matched_wishes(peer, request),
        *_themes(peer, request),
        *_closeness(peer, request),
        _load(peer),
    ]
    score = round(sum(points for _, points in parts), _SCORE_DIGITS)
    return Ranked(peer=peer, score=score, reasons=tuple(key for key, _ in parts))


def _matched_wishes(peer: PeerProfile, request: Request) -> list[tuple[str, float]]:
    """The wishes the hard filters honoured; they add no points but explain the proposal, except
    the parent's own language when other languages were acceptable too."""
    own = _speaks(peer, request.language)
    if request.also_languages and own:
        parts = [("own_language", OWN_LANGUAGE_WEIGHT)]
    elif request.also_languages:
        parts = [("other_language", 0.0)]
    else:
        parts = [("language", 0.0)]
    if request.kind is not None:
        parts.append(("kind", 0.0))
    return parts


def _themes(peer: PeerProfile, request: Request) -> list[tuple[str, float]]:
    """Shared life areas: the strongest sign the peer understands what the parent went through."""
    shared = len(peer.themes & request.themes)
    return [(f"themes:{shared}", shared * THEME_WEIGHT)] if shared else []


def _closeness(peer: PeerProfile, request: Request) -> list[tuple[str, float]]:
    """Closeness points in the direction the parent asked for (see the module docstring)."""
    serves = request.municipality is not None and request.municipality in peer.municipalities
    same_province = request.province is not None and peer.province == request.province
    if request.prefer_local is False:
        return _away_from_home(peer, request, serves, same_province)
    factor = 1.0 if request.prefer_local else NO_PREFERENCE_FACTOR
    parts = []
    if serves:
        parts.append(("same_municipality", MUNICIPALITY_WEIGHT * factor))
    if same_province:
        parts.append(("same_province", PROVINCE_WEIGHT * factor))
    return parts


def _away_from_home(
    peer: PeerProfile, request: Request, serves: bool, same_province: bool
) -> list[tuple[str, float]]:
    """Privacy wish: local peers lose points, a peer known to live elsewhere gains some.

    A peer whose province is unknown gets neither, so they rank between the two.
    """
    parts = []
    if serves:
        parts.append(("penalty:same_municipality", -MUNICIPALITY_WEIGHT))
    if same_province:
        parts.append(("penalty:same_province", -PROVINCE_WEIGHT))
    elsewhere = (
        not serves
        and request.province is not None
        and peer.province is not None
        and peer.province != request.province
    )
    if elsewhere:
        parts.append(("elsewhere", ELSEWHERE_WEIGHT))
    return parts


def _load(peer: PeerProfile) -> tuple[str, float]:
    """Fair load: the free share of the peer's capacity, so nobody is overloaded while others wait."""
    free = 1.0 - float(_load_ratio(peer))
    return f"load:{peer.active_matches}/{peer.capacity}", LOAD_WEIGHT * free


def _load_ratio(peer: PeerProfile) -> Fraction:
    """Exact, so equal loads (1/2 and 2/4) compare equal in the tie-break."""
    return Fraction(peer.active_matches, peer.capacity)


def _order(ranked: Ranked) -> tuple[float, Fraction, int]:
    """Best score first, then the lower load, then the lower id: deterministic."""
    return (-ranked.score, _load_ratio(ranked.peer), ranked.peer.id)
