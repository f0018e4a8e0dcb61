"""A Rasa server as the intent classifier (`NAAST_RASA_URL`): its /model/parse answers, with a
short timeout; on any error the embedded classifier answers and a warning is logged. Language and
crisis always come from the embedded side (the phrase layer never depends on a server)."""

from __future__ import annotations

import logging

import httpx

from nlu.parser import Analysis, Parser

log = logging.getLogger(__name__)


class RasaParser:
    def __init__(self, url: str, embedded: Parser, *, timeout: float = 1.5, transport: httpx.BaseTransport | None = None) -> None:
        self.url = url.rstrip("/") + "/model/parse"
        self.embedded = embedded
        self.client = httpx.Client(timeout=timeout, transport=transport)

    def parse(self, text: str) -> dict:
        return self.analyse(text).result

    def analyse(self, text: str) -> Analysis:
        analysis = self.embedded.analyse(text)
        local = analysis.result
        try:
            response = self.client.post(self.url, json={"text": text})
            response.raise_for_status()
            answer = response.json()
            intent = answer["intent"]
            ranking = answer.get("intent_ranking") or [intent]
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
            log.warning("rasa unavailable; the embedded classifier answers", extra={"error": type(exc).__name__})
            return analysis
        return Analysis({
            "text": text,
            "intent": {"name": intent.get("name") or "nlu_fallback", "confidence": float(intent.get("confidence") or 0.0)},
            "intent_ranking": [{"name": r.get("name"), "confidence": float(r.get("confidence") or 0.0)} for r in ranking],
            "entities": answer.get("entities", []),
            "language": local["language"],
            "crisis": local["crisis"] or intent.get("name") == "crisis",
        }, analysis.language_confidence, analysis.check_in and intent.get("name") != "crisis")

    def close(self) -> None:
        self.client.close()
