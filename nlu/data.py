"""Training and evaluation data in Rasa's NLU YAML format (`version: "3.1"`, `nlu: - intent: …
examples: |`), one file per language, so the same files train a Rasa model."""

from __future__ import annotations

import hashlib
import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).parent / "data"
EVAL_DIR = Path(__file__).parent / "eval"
# Training texts the crisis rules were never written from (see the top of each file): the texts on which
# the phrase layer shows how it does on words it has not seen, so the safety thresholds are set
# on them. They train the classifier like any other.
CALIBRATION = "calibration"
INTENTS = (
    "greet", "goodbye", "thanks", "affirm", "deny", "ask_human", "want_peer", "book_walk_in",
    "cancel_booking", "ask_info", "ask_privacy", "need_money", "need_housing", "need_health",
    "need_family", "need_work", "crisis", "forget_me", "change_language", "out_of_scope",
)
FALLBACK = "nlu_fallback"


@dataclass(frozen=True)
class Example:
    text: str
    intent: str
    language: str
    calibrates: bool = False  # from nlu/data/calibration: unseen by the crisis rules


def _examples_of(block: str) -> list[str]:
    return [line.strip()[2:].strip() for line in block.splitlines() if line.strip().startswith("- ") and line.strip()[2:].strip()]


def read_file(path: Path, language: str | None = None, *, calibrates: bool = False) -> list[Example]:
    """A Rasa NLU file (language from the file name, e.g. nl.yml), or `items: [{text, intent, lang}]`."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if "items" in raw:
        return [
            Example(str(item["text"]), str(item["intent"]), str(item.get("lang") or language or "nl"), calibrates)
            for item in raw["items"]
        ]
    language = language or path.stem
    return [
        Example(text, str(block["intent"]), language, calibrates)
        for block in raw.get("nlu", [])
        for text in _examples_of(block.get("examples", ""))
    ]


def data_files(directory: Path = DATA_DIR) -> list[Path]:
    """Every file that trains: the folder's own and its calibration folder's (as `rasa train nlu
    --data` reads a folder, with its subfolders)."""
    return sorted(directory.glob("*.yml")) + sorted((directory / CALIBRATION).glob("*.yml"))


def read_dir(directory: Path = DATA_DIR, *, calibration: bool = True) -> list[Example]:
    """The examples of a folder, with those of its calibration folder unless `calibration` is off."""
    return [
        example
        for path in data_files(directory)
        if calibration or path.parent.name != CALIBRATION
        for example in read_file(path, calibrates=path.parent.name == CALIBRATION)
    ]


def fingerprint(paths: Iterable[Path]) -> str:
    """A hash of files (their folder, name and bytes), so a cached model is used only for the very same data and code."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(f"{path.parent.name}/{path.name}".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def split(examples: list[Example], held_out: float = 0.2, seed: int = 13) -> tuple[list[Example], list[Example]]:
    """A stratified split per (language, intent), the same every time."""
    groups: dict[tuple[str, str], list[Example]] = defaultdict(list)
    for example in examples:
        groups[(example.language, example.intent)].append(example)
    rng = random.Random(seed)
    train, test = [], []
    for key in sorted(groups):
        items = sorted(groups[key], key=lambda e: e.text)
        rng.shuffle(items)
        cut = max(1, round(len(items) * held_out)) if len(items) > 2 else 0
        test.extend(items[:cut])
        train.extend(items[cut:])
    return train, test
