"""Understanding one text: the intent (Rasa's /model/parse shape), the language it is written
in, and whether it signals danger. `crisis` is true when the phrase layer fires or the
classifier's crisis probability (multi-class and binary model combined) passes its
recall-first threshold, whatever the intent; a phrase hit counts unless the classifier is nearly
sure the message is safe. Below the alarm lies the check-in (`Analysis.check_in`): a phrase hit the
classifier doubts, or a probability in the band under the threshold. Not an alarm, but reason
enough to ask the parent whether they are safe."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from nlu.cache import load_or_train, model_key
from nlu.compiled import CompiledModel as Model
from nlu.crisis import detect_crisis
from nlu.data import FALLBACK

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
RANKING_LENGTH = 10


@dataclass(frozen=True)
class Analysis:
    """A parse result (the contract's shape) and how sure the language guess is."""

    result: dict
    language_confidence: float
    check_in: bool = False  # no alarm, but worrying enough to ask whether the parent is safe


_MODELS: dict[str, Model] = {}


class Parser:
    """The embedded NLU. Thread-safe for reading; build it once per process."""

    def __init__(self, model: Model) -> None:
        self.model = model

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> Parser:
        """Trained once per process and data version (and cached on disk under `cache_dir`)."""
        key = model_key()
        if key not in _MODELS:
            _MODELS[key] = load_or_train(cache_dir, key=key)
        return cls(_MODELS[key])

    def parse(self, text: str) -> dict:
        return self.analyse(text).result

    def analyse(self, text: str) -> Analysis:
        return self.analyse_many([text])[0]

    def parse_many(self, texts: list[str]) -> list[dict]:
        return [analysis.result for analysis in self.analyse_many(texts)]

    def analyse_many(self, texts: list[str]) -> list[Analysis]:
        analyses = []
        for text in texts:
            clean = text if text.strip() else ""
            found = self.model.analyse(clean)
            language, probability = found.language
            by_script = script_language(clean)
            hit = detect_crisis(clean) is not None
            result = self._result(clean, found.ranking, by_script or language, found.crisis_probability, hit)
            check_in = not result["crisis"] and (hit or found.crisis_probability >= self.model.check_in_threshold)
            analyses.append(Analysis(result, 1.0 if by_script else probability, check_in))
        return analyses

    def _result(self, text: str, ranking: list[tuple[str, float]], language: str, crisis_probability: float, hit: bool) -> dict:
        best, confidence = ranking[0]
        corroborated = hit and crisis_probability >= self.model.phrase_corroboration
        crisis = corroborated or crisis_probability >= self.model.crisis_threshold
        intent_ranking = [{"name": name, "confidence": round(p, 4)} for name, p in ranking[:RANKING_LENGTH]]
        intent = {"name": best, "confidence": round(confidence, 4)}
        if confidence < self.model.fallback_threshold:
            intent = {"name": FALLBACK, "confidence": self.model.fallback_threshold}
            intent_ranking = [intent, *intent_ranking]
        return {
            "text": text,
            "intent": intent,
            "intent_ranking": intent_ranking,
            "entities": [],
            "language": language,
            "crisis": crisis,
        }


def script_language(text: str) -> str | None:
    """Arabic or Cyrillic letters settle it among our six languages."""
    if _ARABIC.search(text):
        return "ar"
    if _CYRILLIC.search(text):
        return "uk"
    return None
