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
    training = {e.text.casefold() for e in read_dir() if e.language == language}
    assert read_file(EVAL_DIR / f"{language}.yml")
    for path in [EVAL_DIR / f"{language}.yml", *sorted(EVAL_DIR.parent.glob(f"test*/{language}.yml"))]:  # dev, and test sets measured once
        held_out = read_file(path)
        assert held_out and not [e.text for e in held_out if e.text.casefold() in training], path


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


RECORDED = Path(__file__).parent / "data"  # answers of a real Rasa 3.6.21 server, trained on nlu/data


@pytest.mark.parametrize(("recording", "intent"), [("rasa_parse_book_walk_in.json", "book_walk_in"), ("rasa_parse_ask_human.json", "ask_human")])
def test_the_rasa_adapter_reads_a_real_answer(parser: Parser, recording: str, intent: str) -> None:
    recorded = json.loads((RECORDED / recording).read_text(encoding="utf-8"))
    seen = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, json.loads(request.content)))
        return httpx.Response(200, json=recorded)

    rasa = RasaParser("http://rasa.test:5005/", parser, transport=httpx.MockTransport(answer))
    result = rasa.parse(recorded["text"])
    assert seen == [("/model/parse", {"text": recorded["text"]})]
    assert result["intent"] == recorded["intent"] and result["intent"]["name"] == intent
    assert result["intent_ranking"][0]["name"] == intent
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
    """The fast path reimplements only the arithmetic; it must agree with scikit-learn, for every
    head (intents, languages, the binary crisis model)."""
    import numpy as np

    from nlu.classifier import fit
    from nlu.compiled import combine, compile_model

    examples = read_dir()
    features, intents, languages, crisis = fit(examples)
    compiled = compile_model(features, intents, languages, crisis, fallback_threshold=0.3, crisis_threshold=0.5, data_fingerprint="test")
    texts = [e.text for e in read_dir(EVAL_DIR)][::7] + ["", "   ", "ÇOK acil!!! yardım", "x" * 3000, "ik ik ik wil wil dood dood"]
    matrix = features.transform(texts)
    expected = intents.predict_proba(matrix)
    expected_crisis = crisis.predict_proba(matrix)[:, list(crisis.classes_).index(True)]
    crisis_column = list(intents.classes_).index("crisis")
    assert list(compiled.intents.classes) == [str(c) for c in intents.classes_]
    for text, row, binary in zip(texts, expected, expected_crisis, strict=True):
        columns, values = compiled._arrays(text)
        assert np.allclose(compiled.intents.probabilities(columns, values), row, atol=1e-4), text
        assert compiled.crisis is not None and abs(compiled.crisis.probabilities(columns, values)[1] - binary) < 1e-4, text
        found = compiled.analyse(text)
        assert np.allclose([p for _, p in sorted(found.ranking)], row, atol=1e-4), text
        assert abs(found.crisis_probability - combine(row[crisis_column], binary)) < 1e-4, text
    expected_languages = languages.predict(features.transform(texts[:-5]))
    assert [compiled.analyse(t).language[0] for t in texts[:-5]] == list(expected_languages)


def test_the_safety_thresholds_keep_false_alarms_within_budget_on_texts_the_rules_never_saw() -> None:
    """The alarm threshold and the phrase corroboration are set on the calibration texts, with
    classifier probabilities from models that did not see them: there the alarm raises at most
    CRISIS_FALSE_ALARMS (a little under 3%) false alarms, and a step lower would raise more; the
    check-in band below it keeps its own budget and reaches more crisis texts."""
    import numpy as np

    from nlu.classifier import (
        CHECK_IN_FALSE_ALARMS,
        CRISIS,
        CRISIS_FALSE_ALARMS,
        _crisis_threshold,
        _out_of_fold,
        _safety_thresholds,
    )
    from nlu.compiled import combine
    from nlu.crisis import detect_crisis

    assert 0.025 <= CRISIS_FALSE_ALARMS < 0.03
    examples = read_dir()
    calibrates = np.array([e.calibrates for e in examples])
    texts = [e.text for e in examples]
    intents = np.array([e.intent for e in examples])
    multi, binary = _out_of_fold(texts, intents, 2e-5)
    combined = combine(multi[:, sorted(set(intents)).index(CRISIS)], binary)
    phrase = np.array([detect_crisis(t) is not None for t in texts])
    is_crisis = intents == CRISIS
    threshold, level, check = _safety_thresholds(combined, is_crisis, phrase, calibrates)
    p, crisis, hits = combined[calibrates], is_crisis[calibrates], phrase[calibrates]
    assert crisis.sum() >= 200 and (~crisis).sum() >= 500  # enough texts for a rate near 3% to mean something
    corroborated = hits & (p >= level)
    alarm = corroborated | (p >= threshold)
    assert np.mean(alarm[~crisis]) <= CRISIS_FALSE_ALARMS
    assert threshold == _crisis_threshold(p, crisis, corroborated)
    assert np.mean((corroborated | (p >= threshold - 0.005))[~crisis]) > CRISIS_FALSE_ALARMS
    # alarm recall out of fold on the calibration texts: a floor only (the README has the figures)
    assert np.mean(alarm[crisis]) >= 0.9
    asked_or_alarmed = hits | (p >= check)
    assert check <= threshold
    assert np.mean(asked_or_alarmed[~crisis]) <= CHECK_IN_FALSE_ALARMS
    assert np.mean(asked_or_alarmed[crisis]) > np.mean(alarm[crisis])


def test_the_phrase_layer_is_trusted_as_far_as_the_calibration_texts_show() -> None:
    """Phrase hits that on unseen texts fire on safe messages the classifier doubts get a higher
    corroboration level, which lets the classifier's own threshold come down; without calibration
    texts the fixed level and out-of-fold thresholds on everything apply."""
    import numpy as np

    from nlu.classifier import PHRASE_CORROBORATION, _safety_thresholds

    rng = np.random.default_rng(3)
    n = 400
    is_crisis = np.arange(n) < 150
    # crisis texts: the classifier fairly sure; half of them matched by a rule
    probability = np.where(is_crisis, rng.uniform(0.75, 1.0, n), rng.uniform(0.0, 0.8, n))
    hits = np.where(is_crisis, np.arange(n) % 2 == 0, False)
    # unseen safe texts about a dark past: rules fire, the classifier says about 0.3
    hits[150:170] = True
    probability[150:170] = 0.3
    calibrates = np.ones(n, dtype=bool)
    threshold, level, check = _safety_thresholds(probability, is_crisis, hits, calibrates)
    assert 0.3 < level <= threshold
    alarm = (hits & (probability >= level)) | (probability >= threshold)
    assert alarm[is_crisis].mean() >= 0.95 and alarm[~is_crisis].mean() <= 0.03
    assert check <= threshold

    fixed = _safety_thresholds(probability, is_crisis, hits, np.zeros(n, dtype=bool))
    assert fixed[1] == PHRASE_CORROBORATION and fixed[0] > threshold


def test_the_sound_key_joins_a_language_typed_in_its_own_script_and_in_latin_letters() -> None:
    """Ukrainian typed in Latin letters and Arabic in Arabizi meet the same words in their own
    script (the classifier reads this key beside the text)."""
    from nlu.normalize import sound_key

    assert sound_key("я більше не можу") == sound_key("ya bilshe ne mozhu")
    assert sound_key("Чоловік б'є мене зараз") == sound_key("cholovik bie mene zaraz")
    assert sound_key("نقتل راسي") == sound_key("nqtel rasi")
    assert sound_key("بلعت حبوب") == sound_key("bl3t 7bob")
    assert sound_key("ik heb 2 kinderen") == "k hb 2 kndrn"  # numbers on their own stay numbers


def test_the_served_model_has_the_binary_crisis_head(parser: Parser) -> None:
    model = parser.model
    assert model.crisis is not None and model.crisis.binary and model.crisis.classes[1] == "True"
    assert 0.05 <= model.crisis_threshold < 1.0
    found = model.analyse("ik wil er niet meer zijn, ik heb de pillen al klaargelegd")
    assert found.crisis_probability >= dict(found.ranking)["crisis"]  # noisy-or never lowers it


def test_a_phrase_hit_alarms_unless_the_classifier_is_nearly_sure_it_is_safe(parser: Parser) -> None:
    """The decision rule, with the thresholds moved out of the way: a phrase hit the classifier
    doubts becomes a check-in, never nothing; probabilities in the band ask too."""
    from dataclasses import replace

    text = "ik wil niet meer leven"
    doubting = Parser(replace(parser.model, phrase_corroboration=1.01, crisis_threshold=1.01, check_in_threshold=1.01))
    analysis = doubting.analyse(text)
    assert analysis.result["crisis"] is False and analysis.check_in is True
    trusting = Parser(replace(parser.model, phrase_corroboration=0.0))
    assert trusting.analyse(text).result["crisis"] is True and trusting.analyse(text).check_in is False
    band = Parser(replace(parser.model, crisis_threshold=1.01, check_in_threshold=0.0))
    quiet = band.analyse("hoe laat is de inloop op dinsdag")
    assert quiet.result["crisis"] is False and quiet.check_in is True
    model = parser.model
    assert 0.0 < model.phrase_corroboration <= model.crisis_threshold and model.check_in_threshold <= model.crisis_threshold
