"""Dutch municipalities (gemeenten) and forgiving matching of what people type.

Parents are asked where they live so we can point them to their own municipality's
support. They type town names, old municipality names, typos and whole sentences, so
matching must be tolerant, but it must never confidently pick the wrong municipality:
when in doubt we offer a few candidates and let the parent choose.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rapidfuzz import fuzz, process

__all__ = ["Municipality", "MatchResult", "all_municipalities", "find", "match"]

_DATA_PACKAGE = "flows"
_MUNICIPALITIES_FILE = "gemeenten.txt"
_ALIASES_FILE = "gemeente_aliases.txt"

# Official CBS names that nobody uses in conversation.
_DISPLAY_OVERRIDES: dict[str, str] = {"'s-Gravenhage": "Den Haag"}

# Input limits: a municipality name is at most a few words, so anything beyond this is
# noise; the limits keep matching fast for 5,000-character messages.
_MAX_CHARS = 200
_MAX_TOKENS = 25
_MAX_WINDOW = 5

# Score thresholds (0-100). A confident answer needs a high score and a clear lead.
_EXACT_MIN = 85.0
_EXACT_MARGIN = 8.0
_CANDIDATE_MIN = 75.0
_CANDIDATE_SPREAD = 15.0
_FUZZY_CUTOFF = 60.0
# Typos in very short names (Ede, Oss, Best) are too easy to hit by accident: such
# near misses are only suggestions, and weak ones ("nee" ~ "Neede") are dropped.
_SHORT_KEY = 5
_SHORT_CAP = 80.0
# A name found inside other, unexplained words ("ruzie met mijn buren") is only a hint.
_EMBEDDED_MIN_RAW = 95.0
_EMBEDDED_SCORE = 75.0
# A name typed as the start of a longer one ("Alphen", "Súdwest") is only a hint.
_PREFIX_SCORE = 80.0
# "Hengelo Gelderland": the province named does not fit this municipality.
_PROVINCE_MISMATCH_PENALTY = 25.0

# Phrases stripped from the start of the answer.
_LEADING_PHRASES: tuple[tuple[str, ...], ...] = (
    ("ik", "woon", "in", "de", "gemeente"),
    ("ik", "woon", "in"),
    ("wij", "wonen", "in"),
    ("we", "wonen", "in"),
    ("mijn", "gemeente", "is"),
    ("woonachtig", "in"),
    ("woon", "in"),
    ("wonen", "in"),
    ("ik", "woon"),
    ("de", "gemeente"),
    ("gemeente",),
    ("gem",),
    ("in",),
)

# Words that may surround a municipality name without making the answer doubtful.
_FILLER: frozenset[str] = frozenset(
    """
    ik wij we woon wonen woonachtig in de het een te gemeente gem provincie prov is dat
    mijn ons onze dorp stad plaats regio ja hoor hallo hoi dag goedemorgen goedemiddag
    nederland nl holland noord zuid oost west centrum c a i live the city of municipality
    netherlands
    """.split()
)

# Province names people add as a qualifier ("Bergen Limburg", "Zeist, Utrecht").
_PROVINCE_WORDS: dict[tuple[str, ...], str] = {
    ("groningen",): "Groningen",
    ("friesland",): "Fryslân",
    ("fryslan",): "Fryslân",
    ("drenthe",): "Drenthe",
    ("overijssel",): "Overijssel",
    ("flevoland",): "Flevoland",
    ("gelderland",): "Gelderland",
    ("gld",): "Gelderland",
    ("utrecht",): "Utrecht",
    ("noord", "holland"): "Noord-Holland",
    ("noordholland",): "Noord-Holland",
    ("nh",): "Noord-Holland",
    ("zuid", "holland"): "Zuid-Holland",
    ("zuidholland",): "Zuid-Holland",
    ("zh",): "Zuid-Holland",
    ("zeeland",): "Zeeland",
    ("noord", "brabant"): "Noord-Brabant",
    ("noordbrabant",): "Noord-Brabant",
    ("brabant",): "Noord-Brabant",
    ("limburg",): "Limburg",
}
_CLEAN_WORDS = _FILLER | {word for phrase in _PROVINCE_WORDS for word in phrase}

_APOSTROPHES = re.compile(r"['’‘`´]")
_AAN_DE = re.compile(r"\ba\s*/\s*d\b|\ba\.\s*d\.")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Municipality:
    """A municipality as registered by CBS; `name` is the official name."""

    name: str
    province: str

    @property
    def display(self) -> str:
        """The name to show people: the official name, except e.g. Den Haag for 's-Gravenhage."""
        return _DISPLAY_OVERRIDES.get(self.name, self.name)


@dataclass(frozen=True)
class MatchResult:
    """Outcome of `match`: a confident answer, or suggestions to let the user choose."""

    exact: Municipality | None
    candidates: tuple[Municipality, ...] = ()


def _read_data(filename: str) -> list[list[str]]:
    """Read a `;`-separated data file shipped in `flows/data`, skipping comments."""
    text = resources.files(_DATA_PACKAGE).joinpath("data").joinpath(filename).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append([part.strip() for part in line.split(";")])
    return rows


@cache
def all_municipalities() -> tuple[Municipality, ...]:
    """All municipalities in file order (sorted by name); read once and cached."""
    return tuple(Municipality(name, province) for name, province in _read_data(_MUNICIPALITIES_FILE))


@cache
def _aliases() -> tuple[tuple[str, Municipality], ...]:
    """(alias, municipality) pairs for everyday names, towns and former municipalities."""
    by_name = {m.name: m for m in all_municipalities()}
    return tuple((alias, by_name[official]) for alias, official in _read_data(_ALIASES_FILE))


@cache
def _by_folded_name() -> dict[str, Municipality]:
    index: dict[str, Municipality] = {}
    for municipality in all_municipalities():
        index.setdefault(municipality.name.casefold(), municipality)
        index.setdefault(municipality.display.casefold(), municipality)
    return index


def find(name: str) -> Municipality | None:
    """Exact, case-insensitive lookup by official (or display) name, for stored values."""
    return _by_folded_name().get(unicodedata.normalize("NFC", name).strip().casefold())


def _tokens(text: str) -> list[str]:
    """Lowercase, accent-free word tokens, so spelling variants compare equal.

    "'s-Hertogenbosch", "s Hertogenbosch" and "Hertogenbosch" all become
    ["hertogenbosch"]; "St." becomes "sint"; "a/d" becomes "aan de".
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _AAN_DE.sub(" aan de ", text)
    text = _APOSTROPHES.sub("", text)
    text = _NON_ALNUM.sub(" ", text)
    return ["sint" if token == "st" else token for token in text.split() if token != "s"]


def _strip_leading(tokens: list[str]) -> list[str]:
    """Drop introductions such as "ik woon in" or "gemeente" from the start."""
    stripped = True
    while stripped and tokens:
        stripped = False
        for phrase in _LEADING_PHRASES:
            if len(tokens) > len(phrase) and tuple(tokens[: len(phrase)]) == phrase:
                tokens = tokens[len(phrase) :]
                stripped = True
                break
    return tokens


@dataclass(frozen=True)
class _Index:
    """Parallel tuples of everything a user might type, for fast fuzzy lookup."""

    keys: tuple[str, ...]  # compact keys (tokens joined without spaces), one per entry
    key_tokens: tuple[tuple[str, ...], ...]
    targets: tuple[tuple[int, ...], ...]  # municipality indexes per key


@cache
def _index() -> _Index:
    """Searchable keys: official names, names without "(NH)"/"(L)", display names, aliases."""
    municipalities = all_municipalities()
    position = {m: i for i, m in enumerate(municipalities)}
    entries: dict[tuple[str, ...], set[int]] = {}

    def add(text: str, municipality: Municipality) -> None:
        tokens = tuple(_tokens(text))
        if tokens:
            entries.setdefault(tokens, set()).add(position[municipality])

    for municipality in municipalities:
        add(municipality.name, municipality)
        add(municipality.display, municipality)
        add(re.sub(r"\s*\(.*?\)", "", municipality.name), municipality)  # "Bergen" -> both
    for alias, municipality in _aliases():
        add(alias, municipality)
    items = list(entries.items())
    return _Index(
        keys=tuple("".join(tokens) for tokens, _ in items),
        key_tokens=tuple(tokens for tokens, _ in items),
        targets=tuple(tuple(sorted(targets)) for _, targets in items),
    )


def _mentioned_provinces(tokens: list[str]) -> set[str]:
    """Provinces named next to the municipality, used to settle "Bergen Limburg"."""
    padded = f" {' '.join(tokens)} "
    return {province for phrase, province in _PROVINCE_WORDS.items() if f" {' '.join(phrase)} " in padded}


def _score_windows(tokens: list[str]) -> dict[int, float]:
    """Best score per municipality over every run of up to five consecutive words."""
    index = _index()
    municipalities = all_municipalities()
    scores: dict[int, float] = {}

    def record(targets: tuple[int, ...], score: float, provinces: set[str]) -> None:
        for target in targets:
            if provinces and municipalities[target].province not in provinces:
                score_here = score - _PROVINCE_MISMATCH_PENALTY
            else:
                score_here = score
            if score_here > scores.get(target, 0.0):
                scores[target] = score_here

    for start in range(len(tokens)):
        for end in range(start + 1, min(len(tokens), start + _MAX_WINDOW) + 1):
            window = tokens[start:end]
            compact = "".join(window)
            if len(compact) < 3:
                continue
            leftover = tokens[:start] + tokens[end:]
            clean = all(token in _CLEAN_WORDS for token in leftover)
            # "Friesland", "ja hoor": only filler or a province, so only an exact key counts.
            filler_only = all(token in _CLEAN_WORDS for token in window)
            provinces = _mentioned_provinces(leftover) if clean else set()
            for _, raw, i in process.extract(
                compact, index.keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=None
            ):
                score = float(raw)
                if score < 100.0:
                    if filler_only or len(index.targets[i]) > 1:
                        continue  # "Bergen" is only a key for an exact hit, never a fuzzy one
                    if min(len(compact), len(index.keys[i])) < _SHORT_KEY:
                        if score < _SHORT_CAP:
                            continue
                        score = _SHORT_CAP
                if not clean:
                    if raw < _EMBEDDED_MIN_RAW:
                        continue
                    score = _EMBEDDED_SCORE
                record(index.targets[i], score, provinces)
            if clean and not filler_only and len(compact) >= 4:
                window_tuple = tuple(window)
                for i, key_tokens in enumerate(index.key_tokens):
                    if len(key_tokens) > len(window) and key_tokens[: len(window)] == window_tuple:
                        record(index.targets[i], _PREFIX_SCORE, provinces)
    return scores


def match(text: str, limit: int = 3) -> MatchResult:
    """Match free text to a municipality.

    Returns `exact` only when one municipality clearly wins; otherwise up to `limit`
    close `candidates` (best first) so the user can pick, or nothing for text that
    does not look like a municipality at all.
    """
    tokens = _strip_leading(_tokens(text.strip()[:_MAX_CHARS]))[:_MAX_TOKENS]
    if not tokens:
        return MatchResult(exact=None)
    scores = _score_windows(tokens)
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    if not ranked or ranked[0][1] < _CANDIDATE_MIN:
        return MatchResult(exact=None)
    municipalities = all_municipalities()
    best_index, best = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best >= _EXACT_MIN and best - runner_up >= _EXACT_MARGIN:
        return MatchResult(exact=municipalities[best_index])
    floor = max(_CANDIDATE_MIN, best - _CANDIDATE_SPREAD)
    candidates = tuple(municipalities[i] for i, score in ranked if score >= floor)
    return MatchResult(exact=None, candidates=candidates[: max(limit, 0)])
