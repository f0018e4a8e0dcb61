"""Translations. Dutch (B1) is the source language: message ids are the Dutch texts. Catalogs are
gettext files under `locales/`, managed with Babel; they are compiled here at start when the
compiled file is missing or older than its source, so a fresh checkout needs no build step."""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from flows.settings import LANGUAGES, RTL_LANGUAGES

DOMAIN = "naast"  # what parents read: all six languages
CONSOLE_DOMAIN = "console"  # what coordinators read: Dutch and English
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"

LANGUAGE_NAMES: dict[str, str] = {
    "nl": "Nederlands",
    "en": "English",
    "tr": "Türkçe",
    "ar": "العربية",
    "pl": "Polski",
    "uk": "Українська",
}


def normalise_language(code: str | None) -> str | None:
    """'en-GB' → 'en'; None for languages Naast does not speak."""
    if not code:
        return None
    base = code.replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else None


def text_direction(language: str) -> str:
    return "rtl" if language in RTL_LANGUAGES else "ltr"


def compile_catalogs(locales_dir: Path = LOCALES_DIR) -> list[Path]:
    """Compile every stale .po to .mo; returns what was written."""
    written = []
    for po_path in sorted(locales_dir.glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file, locale=po_path.parent.parent.name)
        with mo_path.open("wb") as mo_file:
            write_mo(mo_file, catalog, use_fuzzy=False)
        written.append(mo_path)
    return written


@cache
def translations(language: str, domain: str = DOMAIN) -> gettext.NullTranslations:
    """The catalog for `language`; Dutch and unknown languages fall back to the source text."""
    if language == "nl" or language not in LANGUAGES:
        return gettext.NullTranslations()
    compile_catalogs()
    return gettext.translation(domain, localedir=LOCALES_DIR, languages=[language], fallback=True)


def gettext_for(language: str, domain: str = DOMAIN):  # type: ignore[no-untyped-def]
    """A `_` function bound to one language, for templates and the engine."""
    return translations(language, domain).gettext


def ngettext_for(language: str):  # type: ignore[no-untyped-def]
    return translations(language).ngettext


def _(message: str) -> str:
    """Marks a text for extraction where it is translated later, per parent."""
    return message


def N_(singular: str, plural: str) -> tuple[str, str]:
    """Marks a plural pair for extraction; translate later with `ngettext_for(language)`."""
    return singular, plural
