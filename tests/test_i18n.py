"""Catalogs: every text the bot can say is in them, translated (no fuzzy, no empty entries, the
same placeholders), and the Dutch source stays plain."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from flows.settings import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w+\}")
TRANSLATED = [lang for lang in LANGUAGES if lang != "nl"]


def _catalog(language: str, domain: str = "naast"):  # type: ignore[no-untyped-def]
    with (LOCALES / language / "LC_MESSAGES" / f"{domain}.po").open("rb") as handle:
        return read_po(handle, locale=language)


DOMAINS = {"naast": "babel.cfg", "console": "babel-console.cfg"}
CATALOGS = [("naast", lang) for lang in TRANSLATED] + [("console", "en")]


@pytest.mark.parametrize("domain", sorted(DOMAINS))
def test_template_is_up_to_date(tmp_path: Path, domain: str) -> None:
    """Every string in code, flows and templates is in its .pot (run scripts/i18n update)."""
    fresh = tmp_path / "fresh.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "extract", "-F", DOMAINS[domain], "-k", "_", "-k", "t", "-k", "N_:1,2",
         "-k", "ngettext:1,2", "--no-location", "-o", str(fresh), "."],
        cwd=ROOT, check=True, capture_output=True,
    )
    with fresh.open("rb") as handle:
        wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
    with (LOCALES / f"{domain}.pot").open("rb") as handle:
        present = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
    assert wanted - present == set(), "run scripts/i18n update"


@pytest.mark.parametrize(("domain", "language"), CATALOGS)
def test_catalog_is_complete(domain: str, language: str) -> None:
    catalog = _catalog(language, domain)
    problems = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy:
            problems.append(("fuzzy", ids[0]))
        if not all(strings):
            problems.append(("missing", ids[0]))
            continue
        wanted = set(PLACEHOLDER.findall(" ".join(ids)))
        for string in strings:
            if set(PLACEHOLDER.findall(string)) - wanted or (len(ids) == 1 and set(PLACEHOLDER.findall(string)) != wanted):
                problems.append(("placeholders", ids[0]))
    assert problems == []


def test_dutch_source_is_plain() -> None:
    """B1 for what parents read: sentences of at most 20 words."""
    with (LOCALES / "naast.pot").open("rb") as handle:
        catalog = read_po(handle)
    long = []
    for message in catalog:
        for text in message.id if isinstance(message.id, tuple) else (message.id,):
            for sentence in re.split(r"(?<=[.?!:])\s+|\n", text or ""):
                if len(sentence.split()) > 20:
                    long.append(sentence)
    assert long == []
