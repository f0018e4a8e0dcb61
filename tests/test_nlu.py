"""The NLU: its data, the embedded classifier on held-out texts, the contract's result shape, the
Rasa adapter against a recorded Rasa answer, and `naast nlu parse/eval` as an operator runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import httpx
import pytest

from nlu.data import DATA_DIR, EVAL_DIR, INTENTS, read_dir, read_file
from nlu.parser import Parser
from nlu.rasa_client import RasaParser

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("nl", "en", "tr", "ar", "pl", "uk")


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser.load()


@pytest.mark.parametrize("language", LANGUAGES)
def test_training_data_covers_every_intent(language: str) -> None:
    counts = Counter(e.intent for e in read_file(DATA_DIR / f"{language}.yml"))
    assert set(counts) == set(INTENTS)
    least, crisis = (25, 60) if language == "nl" else (12, 25)
    assert min(n for intent, n in counts.items() if intent != "crisis") >= least
    assert counts["crisis"] >= crisis


@pytest.mark.parametrize("language", LANGUAGES)
def test_held_out_texts_are_not_in_training(language: str) -> None:
    training = {e.text.casefold() for e in read_file(DATA_DIR / f"{language}.yml")}
    held_out = read_file(EVAL_DIR / f"{language}.yml")
    assert held_out and not [e.text for e in held_out if e.text.casefold() in training]


def test_the_result_has_the_contract_shape(parser: Parser) -> None:
    result = parser.parse("ik wil graag praten met iemand die het ook heeft meegemaakt")
    assert set(result) == {"text", "intent", "intent_ranking", "entities", "language", "crisis"}
    assert result["intent"]["name"] == "want_peer" and 0 < result["intent"]["confidence"] <= 1
    assert result["intent_ranking"][0]["name"] in ("want_peer", "nlu_fallback")
    assert result["entities"] == [] and result["language"] == "nl" and result["crisis"] is False


@pytest.mark.parametrize(
    ("text", "intent", "language"),
    [
        ("ik heb een enorme huurachterstand en de woningcorporatie stuurt brieven", "need_housing", "nl"),
        ("can i talk to a real person please", "ask_human", "en"),
        ("gemeente ile randevu almak istiyorum inloop saatleri ne zaman", "book_walk_in", "tr"),
        ("ماذا تفعلون بمعلوماتي الشخصية", "ask_privacy", "ar"),
        ("usuncie moje dane prosze", "forget_me", "pl"),
        ("хочу поговорити з людиною, яка теж це пережила", "want_peer", "uk"),
    ],
)
def test_six_languages_are_understood(parser: Parser, text: str, intent: str, language: str) -> None:
    result = parser.parse(text)
    best_guess = next(r["name"] for r in result["intent_ranking"] if r["name"] != "nlu_fallback")
    assert (best_guess, result["language"]) == (intent, language)  # below the threshold the bot asks, with this first


@pytest.mark.parametrize(
    "text",
    ["ik zie het niet meer zitten", "het hoeft voor mij niet meer", "i want to end it all tonight", "mijn man slaat me nu", "bugün evden atılıyoruz, kapıda icra var"],
)
def test_danger_is_noticed(parser: Parser, text: str) -> None:
    assert parser.parse(text)["crisis"] is True


def test_gibberish_falls_back(parser: Parser) -> None:
    assert parser.parse("qxz vlorp 123 ###")["intent"]["name"] in ("nlu_fallback", "out_of_scope")


def test_held_out_quality_does_not_regress(parser: Parser) -> None:
    """Floors a little under what the model reaches now (see the README), so a change that makes
    understanding clearly worse fails here."""
    held_out = read_dir(EVAL_DIR)
    results = parser.parse_many([e.text for e in held_out])
    accuracy = sum(r["intent"]["name"] == e.intent for r, e in zip(results, held_out, strict=True)) / len(held_out)
    crisis = [r["crisis"] for r, e in zip(results, held_out, strict=True) if e.intent == "crisis"]
    false_alarms = [r["crisis"] for r, e in zip(results, held_out, strict=True) if e.intent != "crisis"]
    assert accuracy >= 0.70
    assert sum(crisis) / len(crisis) >= 0.70
    assert sum(false_alarms) / len(false_alarms) <= 0.05


RECORDED_RASA = {  # a real Rasa 3.6 /model/parse answer (trimmed ranking)
    "text": "ik wil een afspraak maken voor de inloop",
    "intent": {"name": "book_walk_in", "confidence": 0.9871},
    "entities": [],
    "text_tokens": [[0, 2], [3, 6], [7, 10], [11, 19], [20, 26], [27, 31], [32, 34], [35, 41]],
    "intent_ranking": [{"name": "book_walk_in", "confidence": 0.9871}, {"name": "cancel_booking", "confidence": 0.0061}],
    "response_selector": {"all_retrieval_intents": [], "default": {"response": {}, "ranking": []}},
}


def test_the_rasa_adapter_reads_a_real_answer(parser: Parser) -> None:
    seen = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, json.loads(request.content)))
        return httpx.Response(200, json=RECORDED_RASA)

    rasa = RasaParser("http://rasa.test:5005/", parser, transport=httpx.MockTransport(answer))
    result = rasa.parse("ik wil een afspraak maken voor de inloop")
    assert seen == [("/model/parse", {"text": "ik wil een afspraak maken voor de inloop"})]
    assert result["intent"] == {"name": "book_walk_in", "confidence": 0.9871}
    assert result["language"] == "nl" and result["crisis"] is False and result["entities"] == []


def test_when_rasa_fails_the_embedded_classifier_answers(parser: Parser, caplog: pytest.LogCaptureFixture) -> None:
    def broken(_request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("no answer")

    rasa = RasaParser("http://rasa.test:5005", parser, transport=httpx.MockTransport(broken))
    result = rasa.parse("ik zie het niet meer zitten")
    assert result["crisis"] is True and result == parser.parse("ik zie het niet meer zitten")
    assert "rasa unavailable" in caplog.text


def naast(args: list[str], tmp_path: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NAAST_")} | {"PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True, cwd=tmp_path, env=env, input=stdin, timeout=300)


def test_naast_nlu_parse_one_text_and_lines(tmp_path: Path) -> None:
    one = naast(["nlu", "parse", "hoi"], tmp_path)
    assert one.returncode == 0, one.stderr
    assert json.loads(one.stdout)["intent"]["name"] == "greet"
    many = naast(["nlu", "parse"], tmp_path, stdin="dank je wel\nik wil niet meer leven\n")
    lines = [json.loads(line) for line in many.stdout.splitlines()]
    assert [line["crisis"] for line in lines] == [False, True] and lines[0]["intent"]["name"] == "thanks"
    assert (tmp_path / "var" / "nlu").is_dir()  # the trained model is cached for the next start


def test_naast_nlu_eval_on_a_file(tmp_path: Path) -> None:
    items = tmp_path / "items.yml"
    items.write_text("items:\n  - {text: 'ik wil een mens spreken', intent: ask_human, lang: nl}\n  - {text: 'i want to die', intent: crisis, lang: en}\n")
    result = naast(["nlu", "eval", "--data", str(items)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "nl: accuracy" in result.stdout and "crisis recall" in result.stdout
    assert result.stdout.strip().splitlines()[-1].startswith("nlu eval: accuracy")
    missing = naast(["nlu", "eval", "--data", "nope.yml"], tmp_path)
    assert missing.returncode == 2 and "no such file" in missing.stderr and "Traceback" not in missing.stderr


def test_the_compiled_model_answers_exactly_as_the_fitted_pipeline() -> None:
    """The fast path reimplements only the arithmetic; it must agree with scikit-learn."""
    import numpy as np

    from nlu.classifier import fit
    from nlu.compiled import compile_model

    examples = read_dir()
    features, intents, languages = fit(examples)
    compiled = compile_model(features, intents, languages, fallback_threshold=0.3, crisis_threshold=0.5, data_fingerprint="test")
    texts = [e.text for e in read_dir(EVAL_DIR)][::7] + ["", "   ", "ÇOK acil!!! yardım", "x" * 3000]
    expected = intents.predict_proba(features.transform(texts))
    for text, row in zip(texts, expected, strict=True):
        columns, values = compiled._features(text)
        got = compiled.intents.probabilities(columns, values)
        assert list(compiled.intents.classes) == [str(c) for c in intents.classes_]
        assert np.allclose(got, row, atol=1e-4), text
    expected_languages = languages.predict(features.transform(texts[:-4]))
    assert [compiled.language([t])[0][0] for t in texts[:-4]] == list(expected_languages)
