"""The embedded intent classifier: character and word n-grams (TF-IDF) into a logistic
regression, trained from nlu/data in seconds. Character n-grams carry typos, missing accents and
Dutch words inside other languages; word n-grams carry phrasing. Below a calibrated confidence
the answer is `nlu_fallback`, as in Rasa.

The same features also tell the language (six classes), and the crisis probability is kept
with its own, recall-first threshold.
"""

from __future__ import annotations

import logging
import time

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import FeatureUnion, Pipeline

from nlu.compiled import CompiledModel, compile_model
from nlu.crisis import detect_crisis
from nlu.data import FALLBACK, Example
from nlu.normalize import fold

log = logging.getLogger(__name__)

CRISIS = "crisis"
CRISIS_FALSE_ALARMS = 0.03  # the crisis threshold: as low as possible while out-of-fold false alarms stay below this
MIN_FALLBACK, MAX_FALLBACK = 0.15, 0.6


def _features() -> FeatureUnion:
    return FeatureUnion(
        [
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, preprocessor=fold, max_features=120_000, dtype=np.float32)),
            ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, preprocessor=fold, token_pattern=r"(?u)\b\w+\b", dtype=np.float32)),
        ]
    )


def _pipeline(alpha: float) -> Pipeline:
    """Logistic loss by stochastic gradient descent: probabilities like a logistic regression,
    trained in well under a second on a few thousand texts."""
    model = SGDClassifier(loss="log_loss", alpha=alpha, max_iter=30, tol=None, class_weight="balanced", random_state=1)
    return Pipeline([("features", _features()), ("model", model)])


Model = CompiledModel


def _fallback_threshold(confidences: np.ndarray, correct: np.ndarray) -> float:
    """The threshold that scores best when a right answer counts +1, a wrong one -1 and a
    fallback (asking with buttons) 0: asking beats guessing wrong."""
    best, best_score = MIN_FALLBACK, -1e9
    for threshold in np.arange(MIN_FALLBACK, MAX_FALLBACK + 1e-9, 0.01):
        accepted = confidences >= threshold
        score = float(np.sum(correct & accepted) - np.sum(~correct & accepted))
        if score > best_score:
            best, best_score = float(threshold), score
    return round(best, 2)


def _crisis_threshold(crisis_probability: np.ndarray, is_crisis: np.ndarray, phrase_hits: np.ndarray) -> float:
    """Recall first, within a false-alarm budget: the lowest threshold at which the classifier
    together with the phrase layer raises at most CRISIS_FALSE_ALARMS false alarms out of fold."""
    negatives = ~is_crisis
    if not is_crisis.any() or not negatives.any():
        return 0.5
    for threshold in np.arange(0.05, 0.951, 0.01):
        flagged = phrase_hits | (crisis_probability >= threshold)
        if np.mean(flagged[negatives]) <= CRISIS_FALSE_ALARMS:
            return round(float(threshold), 2)
    return 0.95


def fit(examples: list[Example], alpha: float = 2e-5):  # type: ignore[no-untyped-def]
    """The fitted scikit-learn parts: one feature space, an intent head and a language head."""
    features = _features()
    matrix = features.fit_transform([e.text for e in examples])
    intent_model = _pipeline(alpha).named_steps["model"].fit(matrix, [e.intent for e in examples])
    language_model = _pipeline(alpha).named_steps["model"].fit(matrix, [e.language for e in examples])
    return features, intent_model, language_model


def train(examples: list[Example], *, alpha: float = 2e-5, data_fingerprint: str = "") -> Model:
    """Fit on the examples; thresholds come from 5-fold out-of-fold predictions."""
    started = time.perf_counter()
    texts = [e.text for e in examples]
    intents = np.array([e.intent for e in examples])
    pipeline = _pipeline(alpha)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
    out_of_fold = cross_val_predict(pipeline, texts, intents, cv=folds, method="predict_proba", n_jobs=1)
    labels = np.array(sorted(set(intents)))
    predicted = labels[np.argmax(out_of_fold, axis=1)]
    fallback = _fallback_threshold(out_of_fold.max(axis=1), predicted == intents)
    crisis_column = int(np.where(labels == CRISIS)[0][0]) if CRISIS in labels else None
    phrase_hits = np.array([detect_crisis(text) is not None for text in texts])
    crisis = _crisis_threshold(out_of_fold[:, crisis_column], intents == CRISIS, phrase_hits) if crisis_column is not None else 0.5
    features, intent_model, language_model = fit(examples, alpha)
    seconds = time.perf_counter() - started
    log.info("nlu trained", extra={"examples": len(examples), "seconds": round(seconds, 2), "fallback": fallback, "crisis": round(crisis, 3)})
    return compile_model(
        features, intent_model, language_model,
        fallback_threshold=fallback, crisis_threshold=crisis, data_fingerprint=data_fingerprint, trained_seconds=seconds,
    )


__all__ = ["CRISIS", "FALLBACK", "Model", "fit", "train"]
