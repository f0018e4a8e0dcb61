"""Crisis safety check: the phrase and pattern layer (nl, en, tr, ar, pl, uk).

Runs on every inbound message, before any flow, so that a parent in acute danger is offered
help at once. It only *detects*; what the bot says afterwards is decided elsewhere.

Design choices (why):

* **Recall first.** Missing a person in danger is far worse than a false alarm, whose cost is
  one gentle check-in with helpline numbers. Rules therefore match generously, tolerate typos,
  fillers and missing punctuation, and all languages are checked at once (people mix).
* **No negation for danger to life and body.** "ik denk niet aan zelfmoord", "ik wil niet dood"
  and "nie chcę umrzeć" still count: people often raise the topic through a denial, and a
  negation word can belong to another clause. Negation (only inside the matched phrase) may
  suppress the *eviction* and *basic needs* rules, where it is safe: "het gas is niet
  afgesloten", "we worden morgen niet uit huis gezet".
* **"ik kan niet meer" alone is not a crisis.** It is everyday burnout talk for these parents
  (and so are "I can't do this anymore", "dayanamıyorum", "nie daję rady", "більше не можу",
  "لم أعد أحتمل"). It counts only together with a despair marker in the same message
  ("hopeloos", "geen uitweg", "ik geef het op", "leven", "vergeef me", ...). "ik kan niet meer
  leven" and the direct phrases ("ik zie het niet meer zitten", "het hoeft voor mij niet meer")
  count on their own.
* **Tense.** Past youth-care history ("mijn kind is uit huis geplaatst in 2019") is not a
  pattern at all. Abuse of a child is reported whatever the tense ("werd mishandeld"), because
  the child may still be there. Eviction needs a time word (vandaag, morgen, nu, ...) or a
  bailiff at the door: a worry about losing the house some day is not acute.
* **Bounded, fast work.** Normalisation is a few C-level passes; each distinct word is looked up
  once (cached); phrase matching is linear in the number of matching words. No backtracking
  regular expressions run on user text.

The tables live in :mod:`nlu.crisis_patterns` so that non-programmers can review them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from rapidfuzz.distance import OSA

from nlu import crisis_patterns as _tables

__all__ = ["CrisisCategory", "CrisisHit", "detect_crisis", "find_crisis_hits", "normalize"]


class CrisisCategory(StrEnum):
    """Kind of acute danger; the value is what gets logged and routed on."""

    suicide = "suicide"
    self_harm = "self_harm"
    violence = "violence"
    child_danger = "child_danger"
    eviction = "eviction"
    basic_needs = "basic_needs"


#: When one message matches several categories, the first in this order is reported.
PRIORITY: tuple[CrisisCategory, ...] = (
    CrisisCategory.suicide,
    CrisisCategory.self_harm,
    CrisisCategory.child_danger,
    CrisisCategory.violence,
    CrisisCategory.eviction,
    CrisisCategory.basic_needs,
)

_NEGATION_AWARE = frozenset({CrisisCategory.eviction, CrisisCategory.basic_needs})


@dataclass(frozen=True)
class CrisisHit:
    """A detected crisis. ``pattern`` is the table rule that fired, never the user's text."""

    category: CrisisCategory
    language: str
    pattern: str


# --------------------------------------------------------------------------- normalisation

_DEFAULT_GAP = 2  # other words allowed between two rule words ("a b")
_WIDE_GAP = 6  # ... with "a ... b"
_MAX_FILLER_SKIP = 4  # extra filler words tolerated on top of a gap
_NEAR_WINDOW = 12  # words between the two halves of "A & B"
_FUZZY_MIN_LEN = 7  # key words this long (after normalisation) tolerate one typo
_MAX_FUZZY_TOKEN = 40

# Combining marks (Latin accents, Arabic tashkeel, Cyrillic breve/diaeresis after NFD),
# tatweel, soft hyphen and zero-width characters.
_STRIP_RE = re.compile(
    "[\u00ad\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u200b-\u200f\u2060\u20d0-\u20ff\ufe20-\ufe2f\ufeff]"
)
_APOSTROPHES = "'’‘ʼʻ`´ʹ"
_FOLD = str.maketrans(
    {
        **{c: None for c in _APOSTROPHES},
        # Latin letters that do not decompose
        "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "ß": "ss",
        # Arabic letter variants (hamza carriers decompose and lose the hamza via NFD)
        "ة": "ه", "ى": "ي", "ٱ": "ا", "ء": None, "ک": "ك", "ی": "ي", "ۀ": "ه",
        # Ukrainian / Russian spelling variants (ї and й are і and и after NFD)
        "і": "и", "ы": "и", "є": "е", "э": "е", "ґ": "г", "ь": None, "ъ": None,
    }
)
_ASCII_FOLD = str.maketrans({c: None for c in "'`"})
_REPEAT_RE = re.compile(r"([^\W\d_])\1+")
_TOKEN_RE = re.compile(r"[^\W_]+")
_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
_LATIN_RE = re.compile("[a-z]")
_LATIN_TO_CYRILLIC = str.maketrans("aceiopxyk", "асеиорхук")


def normalize(text: str) -> str:
    """Fold text to the form the rules are written against.

    Lowercase, NFKC, accents stripped (Latin), Arabic letter variants unified and tashkeel
    removed, Ukrainian/Russian letter variants unified, apostrophes dropped ("m'n" -> "mn",
    "can't" -> "cant", "б'є" -> "бе"), and runs of a repeated letter collapsed ("dooood" ->
    "dod"), so the same folding applied to rules and to messages makes them meet.
    """
    if text.isascii():
        folded = text.lower().translate(_ASCII_FOLD)
    else:
        folded = unicodedata.normalize("NFKC", text).casefold()
        folded = _STRIP_RE.sub("", unicodedata.normalize("NFD", folded)).translate(_FOLD)
    return _REPEAT_RE.sub(r"\1", folded)


def _tokenize(text: str) -> list[str]:
    return _TOKEN_RE.findall(normalize(text))


_AR_PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "عال", "لل", "ال", "و", "ف", "ب", "ل", "س")
# Clitics that carry the article: "فالدار", "عالسطح" ("على السطح") also stand for "الدار", "السطح".
_AR_WITH_ARTICLE = frozenset({"وبال", "وال", "بال", "فال", "كال", "عال", "لل"})


# Spoken present-tense markers before the verb's own prefix (ي ت ن): Moroccan "كيضرب", "تيضرب",
# "كايضرب"; the Egyptian/Levantine "بيضرب" is the clitic ب. Without them the verb is the one the
# tables list ("يضرب").
_AR_PRESENT = ("كا", "تا", "ك", "ت")


def _arabic_forms(token: str) -> set[str]:
    """The token plus its forms without attached conjunctions/prepositions/article and without a
    spoken present-tense marker."""
    forms = {token}
    for marker in _AR_PRESENT:
        rest = token[len(marker):]
        if token.startswith(marker) and len(rest) >= 3 and rest[0] in "ينت":
            forms.add(rest)
    frontier = list(forms)
    for _ in range(3):
        following: list[str] = []
        for word in frontier:
            for clitic in _AR_PROCLITICS:
                if word.startswith(clitic) and len(word) - len(clitic) >= 2:
                    rest = word[len(clitic):]
                    for variant in (rest, "ال" + rest) if clitic in _AR_WITH_ARTICLE else (rest,):
                        if variant not in forms:
                            forms.add(variant)
                            following.append(variant)
        frontier = following
    return forms


def _canonical(token: str) -> str:
    """Fix Latin look-alike letters typed inside a Cyrillic word (Latin "i" for "і")."""
    if not token.isascii() and _CYRILLIC_RE.search(token) and _LATIN_RE.search(token):
        return token.translate(_LATIN_TO_CYRILLIC)
    return token


def _is_arabic(word: str) -> bool:
    return "\u0600" <= word[0] <= "\u06ff"


# --------------------------------------------------------------------------- compiled rules


@dataclass(frozen=True, slots=True)
class _Phrase:
    elements: tuple[int, ...]  # element ids in order
    gaps: tuple[int, ...]  # max non-filler words before element i+1


@dataclass(frozen=True, slots=True)
class _Rule:
    category: CrisisCategory | None  # None for a time-context rule
    language: str
    source: str
    mode: str  # "one" | "near" | "all"
    parts: tuple[tuple[_Phrase, ...], ...]  # each part: alternative phrases
    negation_aware: bool


class _Index:
    """Words -> element ids, built once from the tables."""

    def __init__(self) -> None:
        self.element_ids: dict[frozenset[tuple[str, str, bool]], int] = {}
        self.element_score: list[float] = []
        self.exact: dict[str, set[int]] = {}
        self.prefix: dict[str, set[int]] = {}
        self.prefix_lengths: list[int] = []
        self.contains: dict[str, set[int]] = {}
        # key words that tolerate a typo, by (first letter, length) for whole words and by first
        # letter for stems; (kind, word) -> elements allowing it
        self.fuzzy_exact: dict[tuple[str, int], list[str]] = {}
        self.fuzzy_prefix: dict[str, list[str]] = {}
        self.fuzzy_ids: dict[tuple[str, str], set[int]] = {}
        self.fuzzy_never: frozenset[str] = frozenset()

    def element(self, spec: str, where: str) -> int:
        terms: set[tuple[str, str, bool]] = set()
        for raw in spec.split("|"):
            fuzzy = not raw.startswith("=")
            raw = raw.lstrip("=")
            if len(raw) > 2 and raw.startswith("*") and raw.endswith("*"):
                kind, word = "contains", raw[1:-1]
            elif raw.endswith("*"):
                kind, word = "prefix", raw[:-1]
            else:
                kind, word = "exact", raw
            norm = normalize(word)
            if not word or not _TOKEN_RE.fullmatch(norm):
                raise ValueError(f"crisis rule {where!r}: {raw!r} is not a single word")
            terms.add((kind, norm, fuzzy))
        key = frozenset(terms)
        if key in self.element_ids:
            return self.element_ids[key]
        eid = len(self.element_score)
        self.element_ids[key] = eid
        # how specific (rare) the element is: its shortest word, then the fewer words the better
        self.element_score.append(min(len(n) + (1 if k == "exact" else 0) for k, n, _ in terms) - len(terms) / 1000)
        for kind, norm, fuzzy in terms:
            target = {"exact": self.exact, "prefix": self.prefix, "contains": self.contains}[kind]
            target.setdefault(norm, set()).add(eid)
            typo_tolerant = len(norm) >= _FUZZY_MIN_LEN and not _is_arabic(norm)
            if fuzzy and kind != "contains" and typo_tolerant:
                if kind == "exact":
                    words = self.fuzzy_exact.setdefault((norm[0], len(norm)), [])
                else:
                    words = self.fuzzy_prefix.setdefault(norm[0], [])
                if norm not in words:
                    words.append(norm)
                self.fuzzy_ids.setdefault((kind, norm), set()).add(eid)
        return eid

    def finish(self) -> None:
        self.prefix_lengths = sorted({len(p) for p in self.prefix})


_GROUP_RE = re.compile(r"\{([^{}\s|]+)\}")


def _expand(rule: str, groups: dict[str, str], where: str) -> str:
    def repl(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in groups:
            raise ValueError(f"crisis rule {where!r}: unknown group {{{name}}}")
        return groups[name]

    return _GROUP_RE.sub(repl, rule)


def _parse_phrase(text: str, index: _Index, where: str) -> _Phrase:
    elements: list[int] = []
    gaps: list[int] = []
    gap = _DEFAULT_GAP
    pending_operator = False
    for item in text.split():
        if item in ("+", "..."):
            if not elements or pending_operator:
                raise ValueError(f"crisis rule {where!r}: misplaced {item!r}")
            gap, pending_operator = (0 if item == "+" else _WIDE_GAP), True
            continue
        if elements:
            gaps.append(gap)
        elements.append(index.element(item, where))
        gap, pending_operator = _DEFAULT_GAP, False
    if not elements or pending_operator:
        raise ValueError(f"crisis rule {where!r}: empty or dangling phrase")
    return _Phrase(tuple(elements), tuple(gaps))


_WordSets = dict[str, tuple[frozenset[str], frozenset[str]]]  # language -> (fillers, negations)


def _parse_rule(
    source: str, groups: dict[str, str], language: str, category: CrisisCategory | None, index: _Index, where: str
) -> _Rule:
    text = _expand(source, groups, where)
    if " && " in text:
        mode, halves = "all", text.split(" && ")
    elif " & " in text:
        mode, halves = "near", text.split(" & ")
    else:
        mode, halves = "one", [text]
    parts = tuple(tuple(_parse_phrase(alt, index, where) for alt in half.split(" / ")) for half in halves)
    return _Rule(category, language, source, mode, parts, category in _NEGATION_AWARE)


def _compile() -> tuple[_Index, list[_Rule], dict[int, list[int]], _WordSets, dict[str, list[_Rule]]]:
    """Parse and index all tables once at import; table mistakes fail loudly here."""
    index = _Index()
    rules: list[_Rule] = []
    for category in PRIORITY:
        for language, (groups, table) in _tables.LANGUAGES.items():
            for source in table.get(category.value, ()):
                where = f"{language}/{category.value}: {source}"
                rules.append(_parse_rule(source, groups, language, category, index, where))
    context: dict[str, list[_Rule]] = {}
    for name, by_language in _tables.CONTEXT.items():
        for language, sources in by_language.items():
            groups = _tables.LANGUAGES[language][0]
            for source in sources:
                where = f"{language}/context {name}: {source}"
                context.setdefault(name, []).append(_parse_rule(source, groups, language, None, index, where))
    index.finish()
    index.fuzzy_never = frozenset(normalize(w) for w in _tables.FUZZY_NEVER.split("|"))

    # Each rule is indexed under element(s) that any match must contain: one per alternative of
    # one part (every alternative needs its own most specific element). Of the parts, the one whose
    # least specific anchor is the most specific is used, so that a rule like "PILLS ... & me|all"
    # waits for the pills, not for every "me".
    def best(phrase: _Phrase) -> int:
        return max(phrase.elements, key=lambda e: index.element_score[e])

    def specificity(anchors: set[int]) -> tuple[float, int]:
        return min(index.element_score[e] for e in anchors), -len(anchors)

    by_anchor: dict[int, list[int]] = {}
    for rid, rule in enumerate(rules):
        anchors = max(({best(p) for p in part} for part in rule.parts), key=specificity)
        for eid in anchors:
            by_anchor.setdefault(eid, []).append(rid)

    word_sets: _WordSets = {}
    for language in _tables.LANGUAGES:
        fillers = frozenset(normalize(w) for w in _tables.FILLERS.get(language, "").split("|") if w)
        negations = frozenset(
            normalize(w) for w in _tables.NEGATIONS.get(language, "").split("|") if w
        )
        word_sets[language] = (fillers, negations)
    return index, rules, by_anchor, word_sets, context


_INDEX, _RULES, _BY_ANCHOR, _WORD_SETS, _CONTEXT = _compile()
_EMPTY: frozenset[int] = frozenset()


# --------------------------------------------------------------------------- word lookup


def _fuzzy_elements(token: str) -> set[int]:
    """Elements whose long key word is one edit away (same first letter: phone typos rarely
    hit the first letter, and requiring it halves the false-alarm surface)."""
    found: set[int] = set()
    first = token[0]
    for length in (len(token) - 1, len(token), len(token) + 1):  # one edit changes it by one at most
        for word in _INDEX.fuzzy_exact.get((first, length), ()):
            if OSA.distance(token, word, score_cutoff=1) <= 1:
                found |= _INDEX.fuzzy_ids[("exact", word)]
    for stem in _INDEX.fuzzy_prefix.get(first, ()):
        size = len(stem)
        for cut in (size - 1, size, size + 1):
            head = token[:cut]
            # the stem's last letter must be there: "przedawk*" must not take "przedawn..."
            if (
                len(head) == cut
                and head[-1] == stem[-1]
                and OSA.distance(head, stem, score_cutoff=1) <= 1
            ):
                found |= _INDEX.fuzzy_ids[("prefix", stem)]
                break
    return found


_MAX_CACHED_TOKEN = 64


def _token_elements(token: str) -> frozenset[int]:
    """All rule elements one normalised word satisfies.

    Ordinary words are cached (they repeat a lot, and the cache holds single words only);
    very long "words" (links, pasted codes) are computed each time so that they cannot
    bloat the cache.
    """
    if len(token) <= _MAX_CACHED_TOKEN:
        return _cached_token_elements(token)
    return _compute_token_elements(token)


@lru_cache(maxsize=1 << 16)
def _cached_token_elements(token: str) -> frozenset[int]:
    return _compute_token_elements(token)


def _compute_token_elements(token: str) -> frozenset[int]:
    token = _canonical(token)
    found: set[int] = set()
    forms = _arabic_forms(token) if _is_arabic(token) else (token,)
    for form in forms:
        hit = _INDEX.exact.get(form)
        if hit:
            found |= hit
        size = len(form)
        for length in _INDEX.prefix_lengths:
            if length > size:
                break
            hit = _INDEX.prefix.get(form[:length])
            if hit:
                found |= hit
        for piece, ids in _INDEX.contains.items():
            if piece in form:
                found |= ids
    if (
        not found
        and _FUZZY_MIN_LEN - 1 <= len(token) <= _MAX_FUZZY_TOKEN
        and token not in _INDEX.fuzzy_never
    ):
        found = _fuzzy_elements(token)
    return frozenset(found) if found else _EMPTY


# --------------------------------------------------------------------------- matching


class _Scan:
    """One message: word positions per element, plus lazily built per-language counters."""

    __slots__ = ("tokens", "positions", "_counts")

    def __init__(self, tokens: list[str], positions: dict[int, list[int]]) -> None:
        self.tokens = tokens
        self.positions = positions
        self._counts: dict[tuple[str, int], list[int]] = {}

    def counts(self, language: str, which: int) -> list[int]:
        """Prefix sums of filler (which=0) or negation (which=1) words for a language."""
        key = (language, which)
        table = self._counts.get(key)
        if table is None:
            words = _WORD_SETS[language][which]
            table = [0]
            total = 0
            for token in self.tokens:
                total += token in words
                table.append(total)
            self._counts[key] = table
        return table

    def present(self, phrase: _Phrase) -> bool:
        return all(e in self.positions for e in phrase.elements)

    def spans(self, phrase: _Phrase, language: str, negation_aware: bool) -> list[tuple[int, int]]:
        """(start, end) word positions of every match end, each with its latest start."""
        positions = self.positions
        ends = positions[phrase.elements[0]]
        starts = ends
        if len(phrase.elements) == 1:
            return [(p, p) for p in ends]
        fill = self.counts(language, 0)
        neg = self.counts(language, 1) if negation_aware else None
        for k in range(1, len(phrase.elements)):
            gap = phrase.gaps[k - 1]
            new_ends: list[int] = []
            new_starts: list[int] = []
            for q in positions[phrase.elements[k]]:
                lo = bisect_left(ends, q - 1 - gap - _MAX_FILLER_SKIP)
                j = bisect_left(ends, q) - 1
                best = -1
                while j >= lo:
                    p = ends[j]
                    # other words in between, not counting fillers; grows as p moves left
                    if (q - p - 1) - (fill[q] - fill[p + 1]) > gap:
                        break
                    if neg is not None and neg[q] - neg[p + 1]:
                        break
                    if starts[j] > best:
                        best = starts[j]
                    j -= 1
                if best >= 0:
                    new_ends.append(q)
                    new_starts.append(best)
            if not new_ends:
                return []
            ends, starts = new_ends, new_starts
        return list(zip(starts, ends))

    def part_spans(self, part: tuple[_Phrase, ...], rule: _Rule) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        for phrase in part:
            if self.present(phrase):
                found.extend(self.spans(phrase, rule.language, rule.negation_aware))
        return found

    def matches(self, rule: _Rule) -> bool:
        if not all(any(self.present(ph) for ph in part) for part in rule.parts):
            return False
        if rule.mode == "one":
            return bool(self.part_spans(rule.parts[0], rule))
        if rule.mode == "all":
            return all(self.part_spans(part, rule) for part in rule.parts)
        base = self.part_spans(rule.parts[0], rule)
        if not base:
            return False
        return all(_near(base, self.part_spans(part, rule)) for part in rule.parts[1:])


_LIFE_AND_BODY = frozenset(PRIORITY) - _NEGATION_AWARE
_NEGATION_REACH = 2  # words before an OVER phrase in which a negation voids it ("niet veilig", "nie jestem bezpieczna")


class _TimeContext:
    """Is the danger a message names clearly over, or still weeks away? Asked only when a rule
    has fired, and answered once per message (see CONTEXT in the tables)."""

    __slots__ = ("scan", "_found", "_idioms")

    def __init__(self, scan: _Scan) -> None:
        self.scan = scan
        self._found: dict[str, bool] = {}
        self._idioms: list[tuple[int, int]] | None = None

    def has(self, name: str) -> bool:
        if name not in self._found:
            check = self._affirmed if name == "over" else self.scan.matches
            self._found[name] = any(check(rule) for rule in _CONTEXT.get(name, ()))
        return self._found[name]

    def _affirmed(self, rule: _Rule) -> bool:
        """An OVER phrase with no negation in it or just before it ("niet veilig" is not safe)."""
        if not self.scan.matches(rule):
            return False
        negations = self.scan.counts(rule.language, 1)
        for part in rule.parts:
            for start, end in self.scan.part_spans(part, rule):
                if negations[end + 1] - negations[max(0, start - _NEGATION_REACH)] == 0:
                    return True
        return False

    def _explained_by_idiom(self, rule: _Rule) -> bool:
        """Every match of the rule lies inside an idiom ("dood van schaamte"): only then does the
        idiom explain it; "ik ga dood van de zenuwen, ik wil dood" still alarms."""
        if self._idioms is None:
            self._idioms = [
                span for idiom in _CONTEXT.get("idiom", ()) if self.scan.matches(idiom)
                for part in idiom.parts for span in self.scan.part_spans(part, idiom)
            ]
        if not self._idioms:
            return False
        spans = [span for part in rule.parts for span in self.scan.part_spans(part, rule)]
        return bool(spans) and all(any(s <= end and start <= e for s, e in self._idioms) for start, end in spans)

    def defers(self, rule: _Rule) -> bool:
        """True when the alarm goes back to the classifier rather than firing on its own."""
        if self.has("again"):
            return False
        if (self.has("past") and self.has("over")) or self.has("topic") or self._explained_by_idiom(rule):
            return True
        return rule.category not in _LIFE_AND_BODY and self.has("later") and not self.has("soon")


def _near(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> bool:
    """Is some span of ``first`` within the window of some span of ``second``?"""
    if not second:
        return False
    second = sorted(second)
    starts = [s for s, _ in second]
    max_end: list[int] = []
    running = -1
    for _, end in second:
        running = max(running, end)
        max_end.append(running)
    for start, end in first:
        i = bisect_right(starts, end + _NEAR_WINDOW)
        if i and max_end[i - 1] >= start - _NEAR_WINDOW:
            return True
    return False


def _scan(text: str, first_only: bool) -> list[CrisisHit]:
    if not text or not isinstance(text, str):
        return []
    tokens = _tokenize(text)
    positions: dict[int, list[int]] = {}
    for i, token in enumerate(tokens):
        for eid in _token_elements(token):
            positions.setdefault(eid, []).append(i)
    if not positions:
        return []
    candidates: set[int] = set()
    for eid in positions:
        rids = _BY_ANCHOR.get(eid)
        if rids:
            candidates.update(rids)
    scan = _Scan(tokens, positions)
    context = _TimeContext(scan)
    hits: list[CrisisHit] = []
    for rid in sorted(candidates):  # rule ids follow PRIORITY
        rule = _RULES[rid]
        if scan.matches(rule) and not context.defers(rule):
            hits.append(CrisisHit(rule.category, rule.language, rule.source))  # type: ignore[arg-type]
            if first_only:
                break
    return hits


def detect_crisis(text: str) -> CrisisHit | None:
    """The most urgent crisis in ``text`` (see ``PRIORITY``), or None.

    Checks all six languages at once; safe to call on every message, any length.
    """
    hits = _scan(text, first_only=True)
    return hits[0] if hits else None


def find_crisis_hits(text: str) -> list[CrisisHit]:
    """Every rule that fires on ``text``, most urgent first (for review and debugging)."""
    return _scan(text, first_only=False)


def rule_counts() -> dict[str, int]:
    """Number of table rules per language (for reports and review)."""
    counts: dict[str, int] = {}
    for rule in _RULES:
        counts[rule.language] = counts.get(rule.language, 0) + 1
    return counts
