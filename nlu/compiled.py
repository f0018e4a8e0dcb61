"""The trained classifier in a form that answers fast and small: the vocabularies, IDF weights
and linear weights taken out of the fitted scikit-learn objects, applied with plain dictionaries
and numpy. Serving needs neither scikit-learn nor its per-call checks, so one text takes tens of
microseconds instead of milliseconds, and `tests/test_nlu.py` checks that it gives the very
same probabilities as the pipeline it came from.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from nlu.normalize import fold

_WHITE = re.compile(r"\s\s+")
_WORD = re.compile(r"(?u)\b\w+\b")


@dataclass
class Vocabulary:
    """One TF-IDF block: n-gram → column, its IDF, and how n-grams are made."""

    analyzer: str  # char_wb | word
    ngram_range: tuple[int, int]
    index: dict[str, int]
    idf: np.ndarray
    offset: int  # where this block's columns start in the combined feature space

    def ngrams(self, text: str) -> list[str]:
        low, high = self.ngram_range
        if self.analyzer == "char_wb":  # as sklearn's _char_wb_ngrams
            grams = []
            for word in _WHITE.sub(" ", text).split():
                padded = f" {word} "
                length = len(padded)
                for n in range(low, high + 1):
                    offset = 0
                    grams.append(padded[offset : offset + n])
                    while offset + n < length:
                        offset += 1
                        grams.append(padded[offset : offset + n])
                    if offset == 0:
                        break
            return grams
        tokens = _WORD.findall(text)
        grams = list(tokens) if low == 1 else []
        for n in range(max(2, low), high + 1):
            grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        return grams

    def features(self, text: str) -> tuple[list[int], list[float]]:
        """Sublinear TF × IDF, L2-normalised, as (columns, values) in the combined space."""
        counts: dict[int, int] = {}
        for gram in self.ngrams(text):
            column = self.index.get(gram)
            if column is not None:
                counts[column] = counts.get(column, 0) + 1
        if not counts:
            return [], []
        columns = list(counts)
        values = [(1.0 + math.log(counts[c])) * float(self.idf[c]) for c in columns]
        norm = math.sqrt(sum(v * v for v in values)) or 1.0
        return [c + self.offset for c in columns], [v / norm for v in values]


@dataclass
class LinearHead:
    """One-vs-rest logistic weights over the combined features (as SGDClassifier's log loss)."""

    classes: list[str]
    weights: np.ndarray  # (n_features, n_classes), float32
    intercept: np.ndarray  # (n_classes,)

    def probabilities(self, columns: list[int], values: list[float]) -> np.ndarray:
        if columns:
            scores = np.asarray(values, dtype=np.float32) @ self.weights[columns] + self.intercept
        else:
            scores = self.intercept.copy()
        positive = 1.0 / (1.0 + np.exp(-scores))
        return positive / positive.sum()


@dataclass
class CompiledModel:
    vocabularies: list[Vocabulary]
    intents: LinearHead
    languages: LinearHead
    fallback_threshold: float
    crisis_threshold: float
    data_fingerprint: str
    trained_seconds: float = 0.0

    def _features(self, text: str) -> tuple[list[int], list[float]]:
        folded = fold(text)
        columns: list[int] = []
        values: list[float] = []
        for vocabulary in self.vocabularies:
            c, v = vocabulary.features(folded)
            columns += c
            values += v
        return columns, values

    def rank(self, texts: list[str]) -> list[list[tuple[str, float]]]:
        ranked = []
        for text in texts:
            p = self.intents.probabilities(*self._features(text))
            order = np.argsort(p)[::-1]
            ranked.append([(self.intents.classes[i], float(p[i])) for i in order])
        return ranked

    def language(self, texts: list[str]) -> list[tuple[str, float]]:
        found = []
        for text in texts:
            p = self.languages.probabilities(*self._features(text))
            best = int(np.argmax(p))
            found.append((self.languages.classes[best], float(p[best])))
        return found

    def understand(self, text: str) -> tuple[list[tuple[str, float]], tuple[str, float]]:
        """Intent ranking and language from one feature pass."""
        columns, values = self._features(text)
        p = self.intents.probabilities(columns, values)
        order = np.argsort(p)[::-1]
        languages = self.languages.probabilities(columns, values)
        best = int(np.argmax(languages))
        return [(self.intents.classes[i], float(p[i])) for i in order], (self.languages.classes[best], float(languages[best]))


def compile_model(features, intent_model, language_model, **thresholds: object) -> CompiledModel:  # type: ignore[no-untyped-def]
    """Take the numbers out of a fitted FeatureUnion and two fitted SGDClassifiers."""
    vocabularies, offset = [], 0
    for _name, vectorizer in features.transformer_list:
        index = {gram: int(column) for gram, column in vectorizer.vocabulary_.items()}
        vocabularies.append(Vocabulary(vectorizer.analyzer, tuple(vectorizer.ngram_range), index, vectorizer.idf_.astype(np.float64), offset))
        offset += len(vectorizer.idf_)

    def head(model) -> LinearHead:  # type: ignore[no-untyped-def]
        return LinearHead([str(c) for c in model.classes_], np.ascontiguousarray(model.coef_.T, dtype=np.float32), model.intercept_.astype(np.float32))

    return CompiledModel(vocabularies, head(intent_model), head(language_model), **thresholds)  # type: ignore[arg-type]
