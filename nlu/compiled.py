"""The trained classifier in a form that answers fast and small: the vocabularies, IDF weights
and linear weights taken out of the fitted scikit-learn objects, applied with plain dictionaries
and numpy. Serving needs neither scikit-learn nor its per-call checks, so one text takes tens of
microseconds instead of milliseconds, and `tests/test_nlu.py` checks that it gives the very
same probabilities as the pipeline it came from.

All heads (intent, language and the binary crisis model) share one weight matrix, so one text
costs one feature pass and one small matrix product, whatever the number of heads.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

import numpy as np

from nlu.normalize import fold, sound, sound_key

_WHITE = re.compile(r"\s\s+")
_WORD = re.compile(r"(?u)\b\w+\b")
_WORD_CACHE_SIZE = 50_000  # distinct words whose character n-grams are kept (a few MB at most)


def _char_wb_grams(word: str, low: int, high: int) -> list[str]:
    """The n-grams of one word, padded with spaces, exactly as sklearn's _char_wb_ngrams: every
    n-gram shorter than the padded word, and the whole padded word once if some n reaches it."""
    padded = f" {word} "
    length = len(padded)
    grams = [padded[i : i + n] for n in range(low, min(high, length - 1) + 1) for i in range(length - n + 1)]
    if high >= length:
        grams.append(padded)
    return grams


@dataclass
class Vocabulary:
    """One TF-IDF block: n-gram → column, its IDF, and how n-grams are made."""

    analyzer: str  # char_wb | word
    ngram_range: tuple[int, int]
    index: dict[str, int]
    idf: np.ndarray
    offset: int  # where this block's columns start in the combined feature space
    sounds: bool = False  # reads the sound key of the folded text (nlu.normalize.sound)
    # word → the columns of its character n-grams: words repeat across messages, lookups need not
    _words: dict[str, tuple[int, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_words"}  # the cache is not the model

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._words = {}

    def ngrams(self, text: str) -> list[str]:
        low, high = self.ngram_range
        if self.analyzer == "char_wb":
            return [gram for word in _WHITE.sub(" ", text).split() for gram in _char_wb_grams(word, low, high)]
        tokens = _WORD.findall(text)
        grams = list(tokens) if low == 1 else []
        for n in range(max(2, low), high + 1):
            grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        return grams

    def _word_columns(self, word: str) -> tuple[int, ...]:
        """The columns of one word's known character n-grams (repeats kept); cached per word."""
        found = self._words.get(word)
        if found is None:
            low, high = self.ngram_range
            index = self.index
            columns = list(map(index.get, _char_wb_grams(word, low, high)))
            found = tuple([c for c in columns if c is not None] if None in columns else columns)
            if len(self._words) >= _WORD_CACHE_SIZE:
                self._words.clear()
            self._words[word] = found
        return found

    def counts(self, text: str) -> dict[int, int]:
        """Column → how often its n-gram occurs in the (folded) text."""
        if self.analyzer == "char_wb":
            columns: list[int] = []
            for word in text.split():
                columns.extend(self._word_columns(word))
            return Counter(columns)
        index = self.index
        return Counter(c for c in map(index.get, self.ngrams(text)) if c is not None)

    def arrays(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Sublinear TF × IDF, L2-normalised, as (columns, values) in the combined space."""
        counts = self.counts(text)
        if not counts:
            return np.empty(0, dtype=np.intp), np.empty(0)
        columns = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * self.idf[columns]
        values /= math.sqrt(float(values @ values)) or 1.0
        return columns + self.offset, values


@dataclass
class LinearHead:
    """Logistic weights for some classes, as columns [start, start + len(classes)) of a weight
    matrix that all heads share (as SGDClassifier's log loss). `binary` is a two-class model with
    one column: the probability of `classes[1]`."""

    classes: list[str]
    weights: np.ndarray  # (n_features, n_columns of all heads), float32; the same object in every head
    intercept: np.ndarray  # (n_columns of all heads,)
    start: int = 0
    binary: bool = False

    @property
    def width(self) -> int:
        return 1 if self.binary else len(self.classes)

    def probabilities(self, columns: list[int] | np.ndarray, values: list[float] | np.ndarray) -> np.ndarray:
        return self.from_scores(_scores(self.weights, self.intercept, columns, values))

    def from_scores(self, scores: np.ndarray) -> np.ndarray:
        """Class probabilities from the shared scores: one-vs-rest sigmoids, normalised (as
        sklearn), or for a binary head [P(classes[0]), P(classes[1])]."""
        return self.normalised(1.0 / (1.0 + np.exp(-scores)))

    def normalised(self, positive: np.ndarray) -> np.ndarray:
        """This head's probabilities from the sigmoids of all heads' scores."""
        mine = positive[self.start : self.start + self.width]
        if self.binary:
            return np.array([1.0 - mine[0], mine[0]])
        return mine / mine.sum()


def _scores(weights: np.ndarray, intercept: np.ndarray, columns: list[int] | np.ndarray, values: list[float] | np.ndarray) -> np.ndarray:
    if len(columns):
        return np.asarray(values, dtype=np.float32) @ weights[columns] + intercept
    return intercept.copy()


class Understanding(NamedTuple):
    """What one feature pass tells: the intents ranked, the language and the classifier's
    crisis probability (the multi-class and the binary model combined)."""

    ranking: list[tuple[str, float]]
    language: tuple[str, float]
    crisis_probability: float


@dataclass
class CompiledModel:
    vocabularies: list[Vocabulary]
    intents: LinearHead
    languages: LinearHead
    fallback_threshold: float
    crisis_threshold: float
    data_fingerprint: str
    trained_seconds: float = 0.0
    check_in_threshold: float = 1.0  # from here up to crisis_threshold: ask whether the parent is safe
    phrase_corroboration: float = 0.0  # a phrase hit below this probability asks instead of alarming
    crisis: LinearHead | None = None  # the binary crisis-vs-rest model

    def _arrays(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The features of a text in the combined space of every vocabulary."""
        folded = fold(text)
        key = sound(folded) if any(vocabulary.sounds for vocabulary in self.vocabularies) else ""
        blocks = [vocabulary.arrays(key if vocabulary.sounds else folded) for vocabulary in self.vocabularies]
        return np.concatenate([c for c, _ in blocks]), np.concatenate([v for _, v in blocks])

    def analyse(self, text: str) -> Understanding:
        """Intents, language and crisis probability from one feature pass and one product."""
        scores = _scores(self.intents.weights, self.intents.intercept, *self._arrays(text))
        positive = 1.0 / (1.0 + np.exp(-scores))  # every head's one-vs-rest sigmoids at once
        p = self.intents.normalised(positive)
        classes = self.intents.classes
        ranking = sorted(zip(classes, p.tolist()), key=itemgetter(1), reverse=True)
        languages = self.languages.normalised(positive)
        best = int(np.argmax(languages))
        multi = float(p[classes.index("crisis")]) if "crisis" in classes else 0.0
        crisis = multi if self.crisis is None else combine(multi, float(positive[self.crisis.start]))
        return Understanding(ranking, (self.languages.classes[best], float(languages[best])), crisis)


def combine(multi: float | np.ndarray, binary: float | np.ndarray) -> float | np.ndarray:
    """The crisis probability the threshold is calibrated on (training) and applied to (serving)."""
    return 1.0 - (1.0 - multi) * (1.0 - binary)


def compile_model(features, intent_model, language_model, crisis_model=None, **thresholds: object) -> CompiledModel:  # type: ignore[no-untyped-def]
    """Take the numbers out of a fitted FeatureUnion and the fitted SGDClassifiers (intents,
    languages and, optionally, the binary crisis model), into one shared weight matrix."""
    vocabularies, offset = [], 0
    for _name, vectorizer in features.transformer_list:
        index = {gram: int(column) for gram, column in vectorizer.vocabulary_.items()}
        sounds = vectorizer.preprocessor is sound_key
        vocabularies.append(Vocabulary(vectorizer.analyzer, tuple(vectorizer.ngram_range), index, vectorizer.idf_.astype(np.float64), offset, sounds))
        offset += len(vectorizer.idf_)
    models = [m for m in (intent_model, language_model, crisis_model) if m is not None]
    weights = np.ascontiguousarray(np.concatenate([m.coef_.T for m in models], axis=1), dtype=np.float32)
    intercept = np.concatenate([m.intercept_ for m in models]).astype(np.float32)
    heads, start = [], 0
    for model in models:
        classes = [str(c) for c in model.classes_]
        binary = model.coef_.shape[0] == 1  # sklearn keeps one column for two classes
        heads.append(LinearHead(classes, weights, intercept, start, binary))
        start += 1 if binary else len(classes)
    crisis = heads[2] if crisis_model is not None else None
    return CompiledModel(vocabularies, heads[0], heads[1], crisis=crisis, **thresholds)  # type: ignore[arg-type]
