"""`naast nlu eval`: accuracy and macro-F1 per language, crisis recall and false alarms, parses
per second, memory and start time, on a held-out split (or a given file), for the embedded
classifier and, when a Rasa URL is given, for Rasa on the very same texts."""

from __future__ import annotations

import resource
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score

from nlu.classifier import train
from nlu.data import EVAL_DIR, FALLBACK, Example, read_dir, read_file, split
from nlu.parser import Analysis, Parser


def held_out(data_file: Path | None) -> tuple[list[Example], list[Example]]:
    """Training examples and test examples: all of nlu/data against FILE (or a folder of them), or nlu/data against
    nlu/eval when it exists, or else a stratified 80/20 split of nlu/data."""
    examples = read_dir()
    if data_file is not None:
        return examples, read_dir(data_file) if data_file.is_dir() else read_file(data_file)
    if any(EVAL_DIR.glob("*.yml")):
        return examples, read_dir(EVAL_DIR)
    return split(examples)


LANGUAGE_MIN_WORDS = 3  # the bot offers to switch language only on texts this long


def score(name: str, analyse: Callable[[str], Analysis], test: list[Example]) -> dict:
    """Parse each text one at a time (as messages arrive) and compare."""
    results, check_ins, times = [], [], []
    for example in test:
        started = time.perf_counter()
        analysis = analyse(example.text)
        times.append(time.perf_counter() - started)
        results.append(analysis.result)
        check_ins.append(analysis.check_in)
    per_language: dict[str, dict] = {}
    by_language: dict[str, list[int]] = defaultdict(list)
    for index, example in enumerate(test):
        by_language[example.language].append(index)
    for language, indexes in sorted(by_language.items()):
        truth = [test[i].intent for i in indexes]
        guess = [results[i]["intent"]["name"] for i in indexes]
        worded = [i for i in indexes if len(test[i].text.split()) >= LANGUAGE_MIN_WORDS]
        crises = [i for i in indexes if test[i].intent == "crisis"]
        per_language[language] = {
            "n": len(indexes),
            "accuracy": accuracy_score(truth, guess),
            "macro_f1": f1_score(truth, guess, labels=sorted(set(truth)), average="macro", zero_division=0),
            "fallback": sum(g == FALLBACK for g in guess) / len(guess),
            "language": sum(results[i].get("language") == language for i in worded) / len(worded) if worded else float("nan"),
            "crisis_recall": sum(bool(results[i]["crisis"]) for i in crises) / len(crises) if crises else float("nan"),
        }
    crisis_truth = [e.intent == "crisis" for e in test]
    crisis_flag = [bool(r["crisis"]) for r in results]
    positives = sum(crisis_truth)
    negatives = len(test) - positives
    return {
        "name": name,
        "languages": per_language,
        "accuracy": accuracy_score([e.intent for e in test], [r["intent"]["name"] for r in results]),
        "macro_f1": f1_score([e.intent for e in test], [r["intent"]["name"] for r in results], average="macro", zero_division=0),
        "crisis_recall": sum(t and f for t, f in zip(crisis_truth, crisis_flag, strict=True)) / positives if positives else float("nan"),
        "crisis_false_alarms": sum(f and not t for t, f in zip(crisis_truth, crisis_flag, strict=True)) / negatives if negatives else float("nan"),
        "safety_recall": sum(t and (f or c) for t, f, c in zip(crisis_truth, crisis_flag, check_ins, strict=True)) / positives if positives else float("nan"),
        "check_in_rate": sum(c and not f and not t for t, f, c in zip(crisis_truth, crisis_flag, check_ins, strict=True)) / negatives if negatives else float("nan"),
        "missed_crisis": [e.text for e, r in zip(test, results, strict=True) if e.intent == "crisis" and not r["crisis"]],
        "parses_per_second": 1 / statistics.median(times) if times else 0.0,
    }


def report(result: dict) -> list[str]:
    lines = [f"{result['name']}:"]
    for language, figures in result["languages"].items():
        lines.append(
            f"  {language}: accuracy {figures['accuracy']:.3f}  macro-F1 {figures['macro_f1']:.3f}  fallback {figures['fallback']:.1%}  "
            f"crisis recall {figures['crisis_recall']:.3f}  language detected {figures['language']:.1%}  (n={figures['n']})"
        )
    lines.append(f"  all: accuracy {result['accuracy']:.3f}  macro-F1 {result['macro_f1']:.3f}")
    lines.append(f"  crisis recall {result['crisis_recall']:.3f}  false alarms {result['crisis_false_alarms']:.1%}")
    lines.append(
        f"  alarm or safety check-in: recall {result['safety_recall']:.3f}; "
        f"check-in asked on {result['check_in_rate']:.1%} of the non-crisis texts"
    )
    lines.append(f"  parses per second (one at a time, median): {result['parses_per_second']:.0f}")
    return lines


def run(data_file: Path | None = None, rasa_url: str | None = None) -> list[str]:
    train_set, test_set = held_out(data_file)
    started = time.perf_counter()
    model = train(train_set)
    start_seconds = time.perf_counter() - started
    embedded = Parser(model)
    results = [score("embedded", embedded.analyse, test_set)]
    if rasa_url:
        from nlu.rasa_client import RasaParser

        rasa = RasaParser(rasa_url, embedded, timeout=10.0)
        results.append(score(f"rasa ({rasa_url})", rasa.analyse, test_set))
        rasa.close()
    lines = [f"trained on {len(train_set)} examples in {start_seconds:.1f} s; tested on {len(test_set)}"]
    for result in results:
        lines.extend(report(result))
        if result["missed_crisis"]:
            lines.append(f"  missed crisis texts: {len(result['missed_crisis'])}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines.append(
        f"peak memory {peak:.0f} MB; fallback threshold {model.fallback_threshold:.2f}, crisis threshold "
        f"{model.crisis_threshold:.3f}, check-in from {model.check_in_threshold:.3f}"
    )
    embedded_result = results[0]
    lines.append(
        f"nlu eval: accuracy {embedded_result['accuracy']:.3f}, macro-F1 {embedded_result['macro_f1']:.3f}, "
        f"crisis recall {embedded_result['crisis_recall']:.3f}, false alarms {embedded_result['crisis_false_alarms']:.1%}, "
        f"{embedded_result['parses_per_second']:.0f} parses/s"
    )
    return lines
